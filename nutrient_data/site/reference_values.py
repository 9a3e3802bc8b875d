"""Reference values across authorities on a nutrient page: what the main
table's recommendations rest on, every other authority's values beside the
main authority's groups that hold the same people, and the values each
authority replaced.

Kept apart from :mod:`nutrient_data.site.intakes`, which lays out the main
authority's tables; the page places this section right after it.
"""

from __future__ import annotations

from nutrient_data.models import (
    Authority,
    Dataset,
    Nutrient,
    ReferenceTable,
    ReferenceValue,
    ValueChange,
)
from nutrient_data.site.intakes import main_table
from nutrient_data.site.markdown import amount, table, words
from nutrient_data.site.matrix import authority_matrix
from nutrient_data.site.references import Citations
from nutrient_data.vocab import PERCENT_ENERGY


def _value(value: float | None, unit: str) -> str:
    if value is not None and unit == PERCENT_ENERGY:
        return f"{value:g}% of energy"
    return amount(value, unit)


def _code(authority: Authority, role: str) -> str:
    return next((k.code for k in authority.kinds if k.role == role), role)


def requirement_note(data: Dataset, nutrient: Nutrient, cite: Citations) -> str:
    """What the main table's requirements rest on: the CV, or why there is none."""
    found = main_table(data, nutrient)
    if found is None:
        return ""
    authority, i = found
    code = _code(authority, "requirement")
    recommendation = _code(authority, "recommendation")
    lines = []
    if i.requirement_cv_note is not None and i.requirement_cv_reference_id:
        figure = (
            f"here **{i.requirement_cv:.0%}**."
            if i.requirement_cv is not None
            else "no CV figure is recorded here."
        )
        source = cite.cite([i.requirement_cv_reference_id], "ear", code)
        lines.append(
            f"**Average requirement ({code}).** A {recommendation} is set from the "
            f"{code}, the intake that meets the needs of half the group, as {code} "
            "x (1 + 2 CV), with CV the coefficient of variation of the requirement; "
            f"{figure} {i.requirement_cv_note} ({source})"
        )
    if i.average_requirement_note:
        lines.append(f"**{code}.** {i.average_requirement_note}")
    if not lines:
        return ""
    return (
        f"### How the values are computed from the {code} {{#ear}}\n\n"
        + "\n\n".join(lines)
        + "\n"
    )


def _cell(authority: Authority, row: ReferenceValue, unit: str) -> str:
    role = authority.roles().get(row.kind)
    if role == "not-set":
        return "not set"
    if row.value_range is not None:
        low, high = row.value_range
        return f"{row.kind} {low:g}-{_value(high, unit)} (a range)"
    if row.value is None:
        return f"{row.kind}: not confirmed"
    ar = row.average_requirement
    code = _code(authority, "requirement")
    return f"{row.kind} {_value(row.value, unit)}" + (
        f" ({code} {_value(ar, unit)})" if ar is not None else ""
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


def _limit_label(authority: Authority, code: str) -> str:
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
    label = _limit_label(authority, limits.kind)
    return (
        "<br>".join(
            f"{label} {_value(u.value, t.unit)}"
            + (f" ({u.age_band})" if u.age_band else "")
            for u in found
            if u.value is not None
        )
        or "-"
    )


def _main_for(
    main: tuple[Authority, ReferenceTable], authority: Authority, row: ReferenceValue
) -> str:
    """The main authority's groups that hold the same people as a row, with values."""
    owner, t = main
    group = authority.group(row.group)
    code = _code(owner, "requirement")
    cells = []
    for v in t.values:
        stage = owner.group(v.group)
        overlaps = stage.min_age < group.max_age and group.min_age < stage.max_age
        sex = v.sex or stage.sex
        same_sex = None in (sex, row.sex) or sex == row.sex
        if overlaps and same_sex and stage.condition == group.condition:
            value = v.kind if v.value is None else f"{v.kind} {amount(v.value, t.unit)}"
            ear = v.average_requirement
            cells.append(
                f"{stage.label}: {value}"
                + (f", {code} {amount(ear, t.unit)}" if ear is not None else "")
            )
    return "<br>".join(cells) or "-"


def _authority_table(
    main: tuple[Authority, ReferenceTable] | None,
    authority: Authority,
    t: ReferenceTable,
    first: bool,
    cite: Citations,
) -> list[str]:
    tables = authority.tables_for(t.nutrient)
    unit_text = "percent of energy intake" if t.unit == PERCENT_ENERGY else "a day"
    short = authority.short_name
    parts = []
    if t.basis and len(tables) > 1:
        parts.append(f"#### {short}: {t.basis} {{#{authority.id}-{tables.index(t)}}}\n")
    parts.append(
        f"{authority.name}, {unit_text}."
        + (f" What the values count: {t.basis}." if t.basis else "")
        + (f" Form: {t.form}." if t.form else "")
        + "\n"
    )
    if t.reference_ids:
        printed = cite.cite(list(t.reference_ids), authority.id, short)
        parts.append(f"As printed in {short}'s summary documents ({printed}).\n")
    if t.status == "no-value-set":
        parts.append(f"**{short} set no value.** {t.status_note}\n")
    elif t.status_note:
        parts.append(f"{t.status_note}\n")
    if t.why_it_differs_from_us:
        parts.append(f"**Why the values differ.** {t.why_it_differs_from_us}\n")
    limits = t.ul
    refs = [r for r in (limits.reference_id, *limits.reference_ids) if r]
    sources = f" ({cite.cite(refs, authority.id, short)})" if refs else ""
    label = (
        "No upper level"
        if limits.kind == "none"
        else _limit_label(authority, limits.kind)
    )
    label = label[:1].upper() + label[1:]
    counting = f", counting {words(limits.applies_to)}" if limits.applies_to else ""
    parts.append(f"**{label}**{counting}: {limits.scope or ''}{sources}\n")
    same_people = f"{main[0].short_name}, same people" if main else "-"
    if t.values:
        parts.append(
            table(
                (f"{short} group", short, "Upper level", same_people, "Note", "Source"),
                [
                    (
                        _who(authority, row),
                        _cell(authority, row, t.unit),
                        _limit(authority, t, row),
                        _main_for(main, authority, row) if main and first else "-",
                        " ".join(x for x in (row.not_set_reason, row.note) if x),
                        cite.cite([row.reference_id], authority.id, short)
                        if row.reference_id
                        else "-",
                    )
                    for row in t.values
                ],
            )
        )
    return parts


def _history_rows(
    data: Dataset, nutrient: Nutrient, cite: Citations
) -> list[tuple[object, ...]]:
    """Superseded values, one row per value and period (its groups together)."""
    dated: list[tuple[str, str, ValueChange, str]] = []
    for authority in data.authorities:
        for t in authority.tables_for(nutrient.id):
            for c in (*t.history, *t.ul.history):
                who = authority.group(c.group).label + (f", {c.sex}" if c.sex else "")
                dated.append((authority.short_name, who, c, t.unit))
    merged: dict[tuple[object, ...], list[str]] = {}
    for short, who, c, unit in dated:
        key = (
            short,
            c.kind,
            _value(c.value, unit),
            f"{c.in_force_from}-{c.in_force_until}",
            cite.cite([c.reference_id], "history", "superseded values"),
            cite.cite([c.replaced_by], "history", "superseded values"),
        )
        merged.setdefault(key, []).append(who)
    return [(key[0], "; ".join(groups), *key[1:]) for key, groups in merged.items()]


def reference_values_section(data: Dataset, nutrient: Nutrient, cite: Citations) -> str:
    """The requirement note, every other authority's values beside the main
    one's, and superseded values."""
    main = main_table(data, nutrient)
    parts = [requirement_note(data, nutrient, cite)]
    parts.append("## Reference values by authority {#authorities}\n")
    parts.append(
        "What each authority sets for the people most readers are: the value a "
        "day and the upper level. Each authority draws its own age groups, so a "
        "row is the group that holds those people. Each authority's own groups "
        "follow.\n"
    )
    parts.append(authority_matrix(nutrient, cite))
    others = [a for a in data.authorities if not main or a is not main[0]]
    for authority in others:
        parts.append(f"### {authority.name} {{#{authority.id}}}\n")
        tables = authority.tables_for(nutrient.id)
        if not tables:
            parts.append(f"No {authority.short_name} values are recorded yet.\n")
        for t in tables:
            parts += _authority_table(main, authority, t, t is tables[0], cite)
    parts.append("### Superseded values {#history}\n")
    history = _history_rows(data, nutrient, cite)
    if history:
        parts.append(
            "Values in force before the current ones, with the years each applied "
            "(from the year it took effect to the year it was replaced).\n"
        )
        parts.append(
            table(
                (
                    "Authority",
                    "Group",
                    "Kind",
                    "Value",
                    "In force",
                    "Source",
                    "Replaced by",
                ),
                history,
            )
        )
    else:
        parts.append("No superseded value is recorded.\n")
    return "\n".join(parts)
