"""US Dietary Reference Intakes for a person: the row of a nutrient's DRI table.

The Food and Nutrition Board tabulates intakes by life-stage group
(:mod:`nutrient_data.lifestages`); this reads off the RDA or AI, the EAR and
the UL for a group from a nutrient record as bundle JSON, so answers need no
validators.
"""

from __future__ import annotations

from nutrient_data.dri.dated import (
    LIMIT_KINDS,
    Dated,
    in_force,
    of_group,
    row_in_force,
)
from nutrient_data.dri.result import person_intake

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    from nutrient_data.dri.result import PersonIntake
    from nutrient_data.lifestages import LifeStage


def us_intake(
    nutrient: Mapping[str, Any], stage: LifeStage, *, as_of: int | None = None
) -> PersonIntake:
    """The row for ``stage`` of a nutrient record, optionally as of a year."""
    table = nutrient["intakes"]
    row = next(v for v in table["values"] if v["life_stage"] == stage.id)
    history = of_group(table.get("history", ()), stage.id, stage.sex)
    ref = row["reference_id"]
    value, ear, notes = row_in_force(row, history, "EAR", as_of)
    ul = in_force(Dated(row["ul"], "UL", ref), history, LIMIT_KINDS, as_of)
    ul_parts = [table["ul_scope"]] if table.get("ul_scope") else []
    if row["ul"] is None and table["ul_applies_to"] != "no-ul-set":
        ul_parts.append("No UL was set for this group.")
    if ul is None:
        notes.append(f"No UL is recorded in force in {as_of}.")
    return person_intake(
        nutrient,
        table,
        stage,
        value=value,
        requirement=ear,
        limit=ul,
        limit_kind="UL",
        applies_to=table["ul_applies_to"],
        ul_note=" ".join(ul_parts) or None,
        notes=notes,
        reference_id=ref,
        requirement_cv=table.get("requirement_cv") if ear and ear.value else None,
        as_of=as_of,
    )
