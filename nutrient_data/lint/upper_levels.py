"""Rule: an upper level that limits total intake is not below the recommendation
or adequate intake of its group, and a table that names a level has one.

For every authority. A level that covers supplements only (US magnesium) may
sit below the intake from food, so it is not compared; neither is a table in
percent of energy.
"""

from __future__ import annotations

from collections.abc import Iterator

from nutrient_data.models import Dataset
from nutrient_data.problem import Problem
from nutrient_data.vocab import PERCENT_ENERGY, VALUE_ROLES


def check(dataset: Dataset) -> Iterator[Problem]:
    for a, authority in enumerate(dataset.authorities):
        roles = authority.roles()
        for t, table in enumerate(authority.tables):
            path = f"$.authorities[{a}].tables[{t}]"
            limits = table.ul
            if limits.kind != "none" and all(v.value is None for v in limits.values):
                yield Problem(
                    f"{path}.ul", f"names a {limits.kind} but no group has one"
                )
            if limits.applies_to != "total-intake" or table.unit == PERCENT_ENERGY:
                continue
            for j, limit in enumerate(limits.values):
                for value in table.values:
                    same_group = value.group == limit.group and (
                        None in (value.sex, limit.sex) or value.sex == limit.sex
                    )
                    intake = value.value
                    if (
                        same_group
                        and roles.get(value.kind) in VALUE_ROLES
                        and intake is not None
                        and limit.value is not None
                        and limit.value < intake
                    ):
                        yield Problem(
                            f"{path}.ul.values[{j}]",
                            f"{limits.kind} {limit.value:g} is below the "
                            f"{value.kind} {intake:g} of {value.group} ({table.unit})",
                        )
