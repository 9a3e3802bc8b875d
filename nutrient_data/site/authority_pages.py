"""A page per authority: what it is, when it was issued, how its groups are
cut, what its kinds mean, and every value it sets, nutrient by nutrient.

Everything comes from the authority's ``authority.json`` and its tables, so a
new authority folder is a new page and a new line of the index, with no code
here. The nutrient pages show each authority's values for the people readers
most often are (the matrix) and link here for the authority's own groups.
"""

from __future__ import annotations

from nutrient_data.lifestages import MAX_AGE
from nutrient_data.models import (
    Authority,
    Dataset,
    Group,
    Labelling,
    Nutrient,
    ReferenceTable,
    ReferenceValue,
)
from nutrient_data.site.markdown import (
    DISCLAIMER,
    UNSEARCHED,
    amount,
    sentence,
    table,
    words,
)
from nutrient_data.site.references import Citations
from nutrient_data.vocab import KIND_ROLES, PERCENT_ENERGY

FOLDER = "authorities"
PURPOSES = {
    "dietary-reference": "reference values for what people eat",
    "labelling": "reference amounts that food labels state a percentage of",
}


def page_path(authority_id: str) -> str:
    """The authority's page, under ``docs/``."""
    return f"{FOLDER}/{authority_id}.md"


def value_text(value: float | None, unit: str) -> str:
    """An amount, or a share of energy for values set in percent of energy."""
    if value is not None and unit == PERCENT_ENERGY:
        return f"{value:g}% of energy"
    return amount(value, unit)


def kind_code(authority: Authority, role: str) -> str:
    """The authority's own code for a role (``AR`` for EFSA's requirement)."""
    return next((k.code for k in authority.kinds if k.code and k.role == role), role)


def main_authority(data: Dataset, nutrient: Nutrient) -> Authority | None:
    """The authority whose tables head the nutrient page (its Intakes section):
    the first, in the data's order, with values for the nutrient."""
    for authority in data.authorities:
        tables = authority.tables_for(nutrient.id)
        if tables and tables[0].status == "values-set":
            return authority
    return None


def _ages(group: Group) -> str:
    low, high = group.min_age, group.max_age
    if high <= 1:
        return f"{low * 12:g} to under {high * 12:g} months"
    if high >= MAX_AGE:
        return f"{low:g} years and over"
    return f"{low:g} to under {high:g} years"


def _groups(authority: Authority) -> str:
    return table(
        ("Group", "Ages", "Sex", "Condition"),
        [
            (
                g.label,
                _ages(g),
                g.sex or "either",
                words(g.condition) if g.condition else "-",
            )
            for g in authority.groups
        ],
    )


def _kinds(authority: Authority) -> str:
    return table(
        ("Code", "What it means", "Its role in this dataset"),
        [
            (
                f"**{k.code}**" + (f" ({k.label})" if k.label else ""),
                k.meaning,
                KIND_ROLES[k.role],
            )
            for k in authority.kinds
        ],
    )


_BASES = {
    "per-100g": "per 100 g of a food that is not a beverage",
    "per-100ml-beverage": "per 100 ml of a beverage",
    "per-portion": "per portion of a single-portion pack",
}


def _labelling(rules: Labelling, cite: Citations) -> list[str]:
    """A labelling authority's rounding rule and significant amounts, if any."""
    lines, low = [], 0.0
    bands = []
    for step in rules.rounding:
        top = f"up to {step.up_to:g}%" if step.up_to is not None else f"above {low:g}%"
        bands.append(f"{top} to the nearest {step.step:g}%")
        low = step.up_to if step.up_to is not None else low
    if bands:
        lines.append("- Percentages are rounded: " + "; ".join(bands) + ".")
    if rules.below is not None:
        lines.append(f'- Below {rules.below:g}% a label may say "less than".')
    lines += [
        f"- A significant amount is {s.percent:g}% of the reference value "
        f"{_BASES[s.basis]}."
        for s in rules.significant_amounts
    ]
    if not lines or rules.reference_id is None:
        return []
    source = cite.cite([rules.reference_id], "labelling", "labelling rule")
    return [
        "## How labels use it {#labelling}\n",
        "\n".join(lines) + f"\n\nSource: {source}.\n",
    ]


def _cell(authority: Authority, row: ReferenceValue, unit: str) -> str:
    role = authority.roles().get(row.kind)
    if role == "not-set":
        return "not set"
    if row.value_range is not None:
        low, high = row.value_range
        return f"{row.kind} {low:g}\u2013{value_text(high, unit)} (a range)"
    if row.value is None:
        return f"{row.kind}: not confirmed"
    ar = row.average_requirement
    code = kind_code(authority, "requirement")
    return f"{row.kind} {value_text(row.value, unit)}" + (
        f" ({code} {value_text(ar, unit)})" if ar is not None else ""
    )


def _who(authority: Authority, row: ReferenceValue) -> str:
    parts = [authority.group(row.group).label]
    if row.sex:
        parts.append(row.sex)
    if row.age_band:
        parts.append(row.age_band)
    if row.phytate_mg:
        parts.append(f"phytate {row.phytate_mg} mg a day")
    if row.bioavailability:
        parts.append(f"{row.bioavailability} bioavailability")
    return ", ".join(parts)


def limit_label(authority: Authority, code: str) -> str:
    kind = authority.kind(code)
    return kind.label or kind.code if kind else code


def _limit(authority: Authority, t: ReferenceTable, row: ReferenceValue) -> str:
    limits = t.ul
    if limits.kind == "none":
        return "none set"
    found = [
        u
        for u in limits.values
        if u.group == row.group and (None in (u.sex, row.sex) or u.sex == row.sex)
    ]
    label = limit_label(authority, limits.kind)
    return (
        "<br>".join(
            f"{label} {value_text(u.value, t.unit)}"
            + (f" ({u.age_band})" if u.age_band else "")
            for u in found
            if u.value is not None
        )
        or "-"
    )


def _values(authority: Authority, t: ReferenceTable, cite: Citations) -> str:
    """The table's rows. A source shared by every row is named once, above; a
    note that several rows share is written once, below, and numbered. The
    rows are left out of the search index (the page's prose is in it)."""
    where, short = t.nutrient, authority.short_name
    sources = {row.reference_id for row in t.values}
    texts = [" ".join(x for x in (r.not_set_reason, r.note) if x) for r in t.values]
    distinct = list(dict.fromkeys(x for x in texts if x))
    numbered = len(distinct) < sum(1 for x in texts if x)
    header = [f"{short} group", "Value", "Upper level"]
    header += ["Note"] * bool(distinct) + ["Source"] * (len(sources) > 1)
    rows = []
    for row, text in zip(t.values, texts, strict=True):
        cells = [_who(authority, row), _cell(authority, row, t.unit)]
        cells.append(_limit(authority, t, row))
        if distinct:
            shown = f"note {distinct.index(text) + 1}" if numbered and text else text
            cells.append(shown or "-")
        if len(sources) > 1:
            ref = row.reference_id
            cells.append(cite.cite([ref], where, short) if ref else "-")
        rows.append(cells)
    (only,) = sources if len(sources) == 1 else (None,)
    above = (
        f"Source of every row: {cite.cite([only], where, short)}.\n\n" if only else ""
    )
    below = (
        "\nNotes to the table:\n\n"
        + "".join(f"{i}. {x}\n" for i, x in enumerate(distinct, 1))
        if numbered
        else ""
    )
    return (
        f"{above}<div data-search-exclude markdown>\n\n{table(header, rows)}"
        f"{below}\n</div>\n"
    )


def authority_table(authority: Authority, t: ReferenceTable, cite: Citations) -> str:
    """One of the authority's tables for a nutrient: what it counts, its upper
    level and its scope, and a row per group it sets a value for."""
    tables = authority.tables_for(t.nutrient)
    unit_text = "percent of energy intake" if t.unit == PERCENT_ENERGY else "a day"
    short = authority.short_name
    parts = []
    if t.basis and len(tables) > 1:
        parts.append(
            f"#### {t.basis} {{#{t.nutrient}-{tables.index(t)} {UNSEARCHED}}}\n"
        )
    parts.append(
        f"Values {unit_text}."
        + (f" What they count: {t.basis.rstrip('.')}." if t.basis else "")
        + (f" Form: {t.form.rstrip('.')}." if t.form else "")
        + "\n"
    )
    if t.reference_ids:
        printed = cite.cite(list(t.reference_ids), t.nutrient, short)
        parts.append(f"As printed in {short}'s summary documents ({printed}).\n")
    if t.status == "no-value-set":
        parts.append(f"**{short} set no value.** {t.status_note}\n")
    elif t.status_note:
        parts.append(f"{t.status_note}\n")
    limits = t.ul
    refs = [r for r in (limits.reference_id, *limits.reference_ids) if r]
    sources = f" ({cite.cite(refs, t.nutrient, short)})" if refs else ""
    label = (
        "No upper level"
        if limits.kind == "none"
        else limit_label(authority, limits.kind)
    )
    counting = f", counting {words(limits.applies_to)}" if limits.applies_to else ""
    label = label[:1].upper() + label[1:]
    parts.append(f"**{label}**{counting}: {limits.scope or ''}{sources}\n")
    if t.values:
        parts.append(_values(authority, t, cite))
    return "\n".join(parts)


def _nutrient_section(
    data: Dataset, authority: Authority, nutrient: Nutrient, cite: Citations
) -> list[str]:
    page = f"../nutrients/{nutrient.id}.md"
    parts = [f"### {nutrient.name} {{#{nutrient.id} {UNSEARCHED}}}\n"]
    tables = authority.tables_for(nutrient.id)
    if main_authority(data, nutrient) is authority:
        parts.append(
            f"Its values for every group head the [{nutrient.name} page]"
            f"({page}#intakes), beside the other authorities' values.\n"
        )
        return parts
    parts.append(
        f"Beside the other authorities' values: [{nutrient.name} page]"
        f"({page}#authorities).\n"
    )
    for t in tables:
        parts.append(authority_table(authority, t, cite))
    if not tables:
        left_out = [
            x.reason for x in authority.not_confirmed if x.nutrient == nutrient.id
        ]
        parts.append(
            (f"Left out, not confirmed: {left_out[0]}\n" if left_out else "")
            or "No value is recorded for it here.\n"
        )
    return parts


def authority_page(data: Dataset, authority: Authority) -> str:
    """The authority's page, from its data file and its tables."""
    cite = Citations(data)
    documents = cite.cite(authority.reference_ids, "documents", "the authority")
    covered = sum(1 for n in data.nutrients if authority.tables_for(n.id))
    parts = [
        f"# {authority.name}\n",
        DISCLAIMER,
        f"{authority.summary}\n",
        "".join(
            f"- **{label}:** {text}\n"
            for label, text in (
                ("Issued by", authority.issuing_body),
                ("Issued", f"{authority.year} (the year of its main document)"),
                ("What it sets", sentence(PURPOSES[authority.purpose])),
                ("Its column on the nutrient pages", authority.short_name),
                ("Its id in the data and the command line", f"`{authority.id}`"),
                ("Nutrients it covers here", f"{covered} of {len(data.nutrients)}"),
            )
        ),
        f"## Documents {{#documents}}\n\n{documents}.\n",
        "## How its groups are cut {#groups}\n",
        _groups(authority),
        "## What its kinds of value mean {#kinds}\n",
        _kinds(authority),
    ]
    if authority.notes:
        parts += ["## Notes {#notes}\n", "".join(f"- {n}\n" for n in authority.notes)]
    parts += _labelling(authority.labelling, cite)
    parts += [
        "## Its values, nutrient by nutrient {#values}\n",
        "Every value it sets, group by group, with its upper level, notes and "
        "source. Ages and sexes are the authority's own.\n",
    ]
    for nutrient in data.nutrients:
        parts += _nutrient_section(data, authority, nutrient, cite)
    parts.append(cite.section())
    return "\n".join(parts)


def authorities_index(data: Dataset) -> str:
    """Every authority in the data, one row each, linking its page."""
    return (
        "# Authorities\n\n"
        "The bodies whose reference values this dataset holds. Each page says "
        "what the authority is, when it was issued, how it cuts its groups, "
        "what its kinds of value mean, and every value it sets.\n\n"
        + table(
            ("Authority", "Issued by", "Year", "What it sets", "Nutrients"),
            [
                (
                    f"[{a.name}]({a.id}.md)",
                    a.issuing_body,
                    a.year,
                    sentence(PURPOSES[a.purpose]),
                    sum(1 for n in data.nutrients if a.tables_for(n.id)),
                )
                for a in data.authorities
            ],
        )
    )
