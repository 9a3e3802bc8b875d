"""Rule: each DRI table covers every life-stage group once, with sound ULs and units."""

from __future__ import annotations

from collections.abc import Iterator

from nutrient_data.lifestages import LIFE_STAGES
from nutrient_data.models import Dataset
from nutrient_data.problem import Problem


def check(dataset: Dataset) -> Iterator[Problem]:
    expected = [stage.id for stage in LIFE_STAGES]
    for i, nutrient in enumerate(dataset.nutrients):
        table = nutrient.intakes
        path = f"$.nutrients[{i}].intakes"
        stages = [row.life_stage for row in table.values]
        if stages != expected:
            missing = [s for s in expected if s not in stages]
            detail = (
                f"missing {', '.join(missing)}"
                if missing
                else "repeated or out of order"
            )
            yield Problem(
                f"{path}.values", f"DRI grid must list all 22 groups in order: {detail}"
            )
        for j, row in enumerate(table.values):
            where = f"{path}.values[{j}]"
            if table.ul_applies_to == "no-ul-set" and row.ul is not None:
                yield Problem(
                    f"{where}.ul", "a UL is given but ul_applies_to is 'no-ul-set'"
                )
            if (
                table.ul_applies_to == "total-intake"
                and row.ul is not None
                and row.value is not None
                and row.ul < row.value
            ):
                yield Problem(
                    f"{where}.ul",
                    f"UL {row.ul:g} is below the {row.kind} {row.value:g} "
                    f"(both {table.unit})",
                )
        if table.ul_applies_to != "no-ul-set" and all(
            r.ul is None for r in table.values
        ):
            yield Problem(
                f"{path}.ul_applies_to", "says a UL is set, but no group has one"
            )
        for j, food in enumerate(nutrient.food_sources):
            if food.unit != table.unit:
                yield Problem(
                    f"$.nutrients[{i}].food_sources[{j}].unit",
                    f"food amount in {food.unit!r}; the DRI table uses {table.unit!r}",
                )
