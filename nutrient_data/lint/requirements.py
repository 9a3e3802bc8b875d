"""Rule: a recommended intake is never below the average requirement it rests on.

US: RDA >= EAR. EFSA: PRI >= AR. Both are in the table's unit, so the numbers
compare directly.
"""

from __future__ import annotations

from collections.abc import Iterator

from nutrient_data.models import Dataset
from nutrient_data.problem import Problem


def check(dataset: Dataset) -> Iterator[Problem]:
    for i, nutrient in enumerate(dataset.nutrients):
        us = nutrient.intakes
        for j, row in enumerate(us.values):
            ear, rda = row.average_requirement, row.value
            if ear is not None and rda is not None and rda < ear:
                yield Problem(
                    f"$.nutrients[{i}].intakes.values[{j}]",
                    f"RDA {rda:g} is below the EAR {ear:g} ({us.unit})",
                )
        for t, table in enumerate(nutrient.efsa):
            for j, value in enumerate(table.values):
                ar, pri = value.average_requirement, value.value
                if ar is not None and pri is not None and pri < ar:
                    yield Problem(
                        f"$.nutrients[{i}].efsa[{t}].values[{j}]",
                        f"{value.kind} {pri:g} is below the AR {ar:g} ({table.unit})",
                    )
