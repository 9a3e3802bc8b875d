"""An authority's groups laid out as the NIH fact sheets lay out the US ones.

Ages run down (one row per age span the groups cut), male, female, pregnancy
and lactation across; a group for both sexes fills both columns. Rows of a
table are found by group and sex, so a table that splits a group by sex (EFSA)
fills the two columns differently. Everything here is read from the
authority's data, so any authority gets the same layout.
"""

from __future__ import annotations

from nutrient_data.models import (
    Authority,
    Group,
    ReferenceTable,
    ReferenceValue,
    UpperLimit,
)
from nutrient_data.vocab import Sex

COLUMNS = ("Male", "Female", "Pregnancy", "Lactation")
Cell = tuple[Group, Sex] | None
"""A group and the sex its column is for; ``None`` where no group fits."""


def _months(age: float) -> int:
    return round(age * 12)


def age_label(low: float, high: float) -> str:
    """``Birth to 6 months``, ``7-12 months``, ``4-8 years``, ``71+ years``
    (the ranges with en dashes)."""
    if high <= 1:
        if low == 0:
            return f"Birth to {_months(high)} months"
        return f"{_months(low) + 1}\u2013{_months(high)} months"
    if high >= 130:
        return f"{low:g}+ years"
    return f"{low:g}\u2013{high - 1:g} years"


def grid(authority: Authority) -> list[tuple[str, tuple[Cell, ...]]]:
    """One row per age span, with the group of each column (or none)."""
    spans: dict[tuple[float, float], list[Cell]] = {}
    for group in authority.groups:
        if group.condition is not None:
            continue
        cells = spans.setdefault((group.min_age, group.max_age), [None] * 4)
        if group.sex in (None, "male"):
            cells[0] = (group, "male")
        if group.sex in (None, "female"):
            cells[1] = (group, "female")
    for group in authority.groups:
        if group.condition is None:
            continue
        column = 2 if group.condition == "pregnancy" else 3
        overlapping = [
            span
            for span in spans
            if span[0] < group.max_age and group.min_age < span[1]
        ]
        for span in overlapping:
            spans[span][column] = (group, "female")
    return [(age_label(*span), tuple(cells)) for span, cells in sorted(spans.items())]


def value_row(
    table: ReferenceTable, group: str, sex: Sex | None
) -> ReferenceValue | None:
    """The table's first row for the group and sex (any band or phytate level)."""
    return next(
        (
            v
            for v in table.values
            if v.group == group and (v.sex is None or sex is None or v.sex == sex)
        ),
        None,
    )


def limit_row(table: ReferenceTable, group: str, sex: Sex | None) -> UpperLimit | None:
    """The table's upper level for the group and sex, if it lists one."""
    return next(
        (
            u
            for u in table.ul.values
            if u.group == group and (u.sex is None or sex is None or u.sex == sex)
        ),
        None,
    )


def adult_groups(authority: Authority, sex: Sex) -> list[Group]:
    """The authority's adult groups (from 18 years) that hold ``sex``."""
    return [
        g
        for g in authority.groups
        if g.condition is None and g.min_age >= 18 and g.sex in (None, sex)
    ]
