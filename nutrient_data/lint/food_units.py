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
    for i, nutrient in enumerate(dataset.nutrients):
        mains = [
            (a, authority.tables.index(tables[0]), tables[0].unit)
            for a, authority in enumerate(dataset.authorities)
            if (tables := authority.tables_for(nutrient.id))
            and tables[0].unit != PERCENT_ENERGY
            and tables[0].status == "values-set"
        ]
        if not mains:
            continue
        a, t, unit = mains[0]
        for j, food in enumerate(nutrient.food_sources):
            if food.unit != unit:
                yield Problem(
                    f"$.nutrients[{i}].food_sources[{j}].unit",
                    f"food amount in {food.unit!r}; the table at "
                    f"$.authorities[{a}].tables[{t}] uses {unit!r}",
                )
