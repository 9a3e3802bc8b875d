"""Rule: a nutrient's food amounts are in the unit of its first reference table.

The first authority in the data's order whose main table of the nutrient is
in mass (the US's) sets the unit food amounts are given in, so that they
compare with its values without conversion; other authorities may print
theirs in another unit (EFSA copper in mg).
"""

from __future__ import annotations

from collections.abc import Iterator

from nutrient_data.models import Dataset
from nutrient_data.problem import Problem
from nutrient_data.vocab import PERCENT_ENERGY


def check(dataset: Dataset) -> Iterator[Problem]:
    first: dict[str, tuple[int, int, str]] = {}
    """Each nutrient's first main table in mass: authority, table, unit."""
    for a, authority in enumerate(dataset.authorities):
        seen: set[str] = set()
        for t, table in enumerate(authority.tables):
            if table.nutrient in seen:
                continue  # a later part, not the main table
            seen.add(table.nutrient)
            mass = table.unit != PERCENT_ENERGY and table.status == "values-set"
            if mass and table.nutrient not in first:
                first[table.nutrient] = (a, t, table.unit)
    for i, nutrient in enumerate(dataset.nutrients):
        if nutrient.id not in first:
            continue
        a, t, unit = first[nutrient.id]
        for j, food in enumerate(nutrient.food_sources):
            if food.unit != unit:
                yield Problem(
                    f"$.nutrients[{i}].food_sources[{j}].unit",
                    f"food amount in {food.unit!r}; the table at "
                    f"$.authorities[{a}].tables[{t}] uses {unit!r}",
                )
