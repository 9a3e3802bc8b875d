"""Rule: an EFSA upper level that limits total intake is not below the PRI or AI
of its group.

A level that covers supplements only (magnesium) may sit below the intake from
food, so it is not compared; neither is a table in percent of energy. The US
tables have the same check in :mod:`nutrient_data.lint.intakes`.
"""

from __future__ import annotations

from collections.abc import Iterator

from nutrient_data.models import Dataset
from nutrient_data.problem import Problem
from nutrient_data.vocab import PERCENT_ENERGY


def check(dataset: Dataset) -> Iterator[Problem]:
    for i, nutrient in enumerate(dataset.nutrients):
        for t, table in enumerate(nutrient.efsa):
            limits = table.ul
            if (
                limits is None
                or limits.applies_to != "total-intake"
                or table.unit == PERCENT_ENERGY
            ):
                continue
            for j, limit in enumerate(limits.values):
                for value in table.values:
                    same_group = value.group == limit.group and (
                        None in (value.sex, limit.sex) or value.sex == limit.sex
                    )
                    intake = value.value
                    if same_group and intake is not None and limit.value < intake:
                        yield Problem(
                            f"$.nutrients[{i}].efsa[{t}].ul.values[{j}]",
                            f"{limits.kind} {limit.value:g} is below the "
                            f"{value.kind} {intake:g} of {value.group} ({table.unit})",
                        )
