"""Rule: a recommended intake is never below the average requirement it rests on.

For every authority: a row whose kind plays the ``recommendation`` role (US
RDA, EFSA PRI) is not below the ``average_requirement`` beside it (EAR, AR),
and a lower reference intake is not above either. All are in the table's unit.
"""

from __future__ import annotations

from collections.abc import Iterator

from nutrient_data.models import Dataset
from nutrient_data.problem import Problem


def check(dataset: Dataset) -> Iterator[Problem]:
    for a, authority in enumerate(dataset.authorities):
        roles = authority.roles()
        for t, table in enumerate(authority.tables):
            for j, row in enumerate(table.values):
                need, value = row.average_requirement, row.value
                if need is None:
                    continue
                if (
                    value is not None
                    and value < need
                    and roles.get(row.kind) == "recommendation"
                ):
                    yield Problem(
                        f"$.authorities[{a}].tables[{t}].values[{j}]",
                        f"{row.kind} {value:g} is below the requirement "
                        f"{need:g} ({table.unit})",
                    )
                low = row.lower_reference_intake
                if low is not None and low > need:
                    yield Problem(
                        f"$.authorities[{a}].tables[{t}].values[{j}]",
                        f"the lower reference intake {low:g} is above the "
                        f"requirement {need:g} ({table.unit})",
                    )
