"""Intake tables in the layout of the NIH fact sheets, and the adult key facts.

The page's main tables are those of the first authority in the data's order
(the default one, the US): ages run down, male, female, pregnancy and
lactation across (see :mod:`nutrient_data.site.grid`); the upper levels get a
table of their own; the source is a numbered note, not a column. Kept apart
from the rest of the nutrient page so the other authorities' section can sit
beside it.
"""

from __future__ import annotations

from collections.abc import Callable

from nutrient_data.models import Authority, Dataset, Nutrient, ReferenceValue
from nutrient_data.models import ReferenceTable as Table
from nutrient_data.site.figures import intake_chart
from nutrient_data.site.grid import (
    COLUMNS,
    Cell,
    adult_groups,
    grid,
    limit_row,
    value_row,
)
from nutrient_data.site.markdown import amount, figure, table, words
from nutrient_data.site.references import Citations
from nutrient_data.units import factor_for
from nutrient_data.vocab import VitaminEForm

IU_FORMS: dict[str, VitaminEForm | None] = {"vitamin-d": None, "vitamin-e": "natural"}


def main_table(data: Dataset, nutrient: Nutrient) -> tuple[Authority, Table] | None:
    """The page's main table: the first authority's (in the data's order) that
    has one in values for the nutrient, and that authority."""
    for authority in data.authorities:
        tables = authority.tables_for(nutrient.id)
        if tables and tables[0].status == "values-set":
            return authority, tables[0]
    return None


def with_iu(nutrient: Nutrient, value: float | None, unit: str) -> str:
    """An amount, with its IU beside it for vitamins D and E (``15 µg (600 IU)``)."""
    shown = amount(value, unit)
    if value is None or nutrient.id not in IU_FORMS:
        return shown
    factor = factor_for(nutrient.id, IU_FORMS[nutrient.id])
    if factor.unit != unit:
        return shown
    iu = factor.to_iu(value)
    return f"{shown} ({iu:,.1f} IU)".replace(".0 IU", " IU")


def _span(nutrient: Nutrient, values: list[float], unit: str) -> str:
    low, high = min(values), max(values)
    if low == high:
        return with_iu(nutrient, low, unit)
    return f"{with_iu(nutrient, low, unit)} to {with_iu(nutrient, high, unit)}"


def adult_intakes(data: Dataset, nutrient: Nutrient) -> list[str]:
    """Key-fact lines: the main authority's adult values and upper levels for
    women and men."""
    found = main_table(data, nutrient)
    if found is None:
        return []
    authority, main = found
    lines = []
    limit_code = main.ul.kind
    for who, sex in (("Women", "female"), ("Men", "male")):
        groups = adult_groups(authority, sex)  # type: ignore[arg-type]
        rows = [r for g in groups if (r := value_row(main, g.id, sex)) is not None]  # type: ignore[arg-type]
        kinds = " or ".join(sorted({r.kind for r in rows if r.value is not None}))
        values = [r.value for r in rows if r.value is not None]
        need = (
            f"{kinds} {_span(nutrient, values, main.unit)} a day"
            if values
            else "none set"
        )
        uls = [
            u.value
            for g in groups
            if (u := limit_row(main, g.id, sex)) is not None and u.value is not None  # type: ignore[arg-type]
        ]
        limit = (
            f"{limit_code} {_span(nutrient, uls, main.unit)} a day"
            if uls
            else "no UL set"
        )
        since = min(g.min_age for g in groups) if groups else 18
        lines.append(f"**{who} ({since:g} years and over):** {need}; {limit}.")
    if main.ul.kind != "none" and main.ul.applies_to:
        lines.append(f"**The {limit_code} counts:** {words(main.ul.applies_to)}.")
    return lines


def _grid(
    authority: Authority,
    shown: Callable[[Cell], str],
    keep: Callable[[Cell], bool],
) -> str:
    rows = []
    for label, cells in grid(authority):
        if any(keep(c) for c in cells if c is not None):
            rows.append((label, *(shown(c) if c is not None else "" for c in cells)))
    return table(("Age", *COLUMNS), rows)


def intakes_section(data: Dataset, nutrient: Nutrient, cite: Citations) -> str:
    """The main authority's intakes: value table, upper-level table, notes,
    sources and chart."""
    found = main_table(data, nutrient)
    if found is None:
        return "## Intakes {#intakes}\n\nNo reference values are recorded.\n"
    authority, intakes = found
    values = intakes.values
    roles = authority.roles()
    label = {k.code: k.label or k.code for k in authority.kinds}
    requirement = next((k.code for k in authority.kinds if k.role == "requirement"), "")
    kinds = [
        k.code
        for k in authority.kinds
        if any(v.kind == k.code and v.value for v in values)
    ]
    notes = list(dict.fromkeys(v.note for v in values if v.note))
    marks = {note: chr(ord("a") + i) for i, note in enumerate(notes)}

    def mark(v: ReferenceValue) -> str:
        return f"<sup>{marks[v.note]}</sup>" if v.note else ""

    def need(cell: Cell) -> str:
        v = value_row(intakes, cell[0].id, cell[1]) if cell else None
        if v is None:
            return "-"
        if v.value is None:
            return "not determined" + mark(v)
        kind = f" ({v.kind})" if len(kinds) > 1 and v.kind != kinds[0] else ""
        ear = v.average_requirement
        beside = (
            f" · {requirement} {with_iu(nutrient, ear, intakes.unit)}"
            if ear is not None
            else ""
        )
        return with_iu(nutrient, v.value, intakes.unit) + kind + beside + mark(v)

    def limit(cell: Cell) -> str:
        u = limit_row(intakes, cell[0].id, cell[1]) if cell else None
        if u is None or u.value is None:
            return "none set"
        return with_iu(nutrient, u.value, intakes.unit)

    def has_limit(cell: Cell) -> bool:
        u = limit_row(intakes, cell[0].id, cell[1]) if cell else None
        return u is not None and u.value is not None

    refs = [v.reference_id for v in values if v.reference_id]
    sources = cite.cite(dict.fromkeys(refs), "intakes", "intakes")
    meaning = {
        k.code: k.meaning.split(":")[0] if ":" in k.meaning else k.label or k.code
        for k in authority.kinds
    }
    named = [f"{meaning[k]} ({k})" for k in kinds if roles[k] != "not-set"]
    kind_text = (
        f"All values are {named[0]}."
        if len(named) == 1
        else f"Values are {named[0]} unless marked "
        + ", ".join(f"{k} ({meaning[k]})" for k in kinds[1:])
        + "."
        if named
        else ""
    ) + (
        f" Beside each {kinds[0]}, the {meaning.get(requirement, requirement)} "
        f"({requirement}) it rests on."
        if requirement and any(v.average_requirement is not None for v in values)
        else ""
    )
    limit_label = label.get(intakes.ul.kind, intakes.ul.kind)
    parts = [
        "## Intakes {#intakes}\n",
        "### How much a day {#rda-ai}\n",
        f"{authority.name}, amounts a day. {kind_text}"
        + (f" What the values count: {intakes.basis}" if intakes.basis else "")
        + "\n",
        _grid(authority, need, lambda c: True),
    ]
    parts += [f"<sup>{marks[n]}</sup> {n}  " for n in notes]
    parts.append(f"Source: {sources}.\n")
    parts.append(f"### Upper limit ({limit_label}) {{#ul}}\n")
    scope = f" {intakes.ul.scope}" if intakes.ul.scope else ""
    if intakes.ul.kind == "none":
        parts.append(f"No upper level set.{scope}\n")
    else:
        what = meaning.get(intakes.ul.kind, limit_label)
        parts.append(
            f"The {what}, a day. It counts "
            f"{words(intakes.ul.applies_to or 'total-intake')}.{scope}\n"
        )
        parts.append(_grid(authority, limit, has_limit))
        parts.append(f"Source: {sources}.\n")
    if nutrient.id == "vitamin-e":
        parts.append(
            "IU are for the natural form (RRR-alpha-tocopherol), 0.67 mg per IU; "
            "for the synthetic form (all-rac) 1 IU is 0.45 mg.\n"
        )
    parts += ["".join(f"- {n}\n" for n in intakes.notes)]
    parts.append(
        figure(
            intake_chart(authority, intakes, nutrient.name),
            f"{nutrient.name}: {' or '.join(kinds)} (bars)"
            + (
                f" and {limit_label} (red marks)"
                if intakes.ul.kind != "none"
                else "; no upper level is set"
            )
            + " per group. The tables above give the same numbers.",
        )
    )
    return "\n".join(parts)
