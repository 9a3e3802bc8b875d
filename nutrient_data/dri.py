"""US Dietary Reference Intakes for a person: the row of a nutrient's table.

The Food and Nutrition Board tabulates intakes by life-stage group
(:mod:`nutrient_data.lifestages`); this module reads off a nutrient's RDA or AI
and UL for a person's group. It works on the shipped bundle, so answers need
no validators.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from nutrient_data import bundle
from nutrient_data.lifestages import (
    LIFE_STAGE_BY_ID,
    LIFE_STAGES,
    LifeStage,
    life_stage_for,
)
from nutrient_data.vocab import IntakeKind, LifeStageId, Sex, UnitCode

__all__ = [
    "LIFE_STAGES",
    "LIFE_STAGE_BY_ID",
    "LifeStage",
    "PersonIntake",
    "Sex",
    "intake",
    "intake_for",
    "intakes",
    "life_stage_for",
]


class PersonIntake(NamedTuple):
    """A nutrient's reference intake for one person's life-stage group.

    Immutable; a named tuple rather than a dataclass, which would cost a quick
    command a tenth of its start-up time to import.
    """

    nutrient: str
    life_stage: LifeStageId
    life_stage_label: str
    kind: IntakeKind
    value: float | None
    unit: UnitCode
    ul: float | None
    ul_note: str | None
    note: str | None
    reference_id: str

    def as_json(self) -> dict[str, Any]:
        """The intake as a JSON object (the CLI's ``--json`` form)."""
        return self._asdict()


def intake_for(nutrient: Mapping[str, Any], stage: LifeStage) -> PersonIntake:
    """Read the row for ``stage`` of a nutrient record (bundle JSON)."""
    table = nutrient["intakes"]
    row = next(v for v in table["values"] if v["life_stage"] == stage.id)
    ul_parts = [table["ul_scope"]] if table.get("ul_scope") else []
    if row["ul"] is None and table["ul_applies_to"] != "no-ul-set":
        ul_parts.append("No UL was set for this group.")
    return PersonIntake(
        nutrient=nutrient["id"],
        life_stage=stage.id,
        life_stage_label=stage.label,
        kind=row["kind"],
        value=row["value"],
        unit=table["unit"],
        ul=row["ul"],
        ul_note=" ".join(ul_parts) or None,
        note=row.get("note"),
        reference_id=row["reference_id"],
    )


def intake(
    nutrient: str,
    *,
    age: float,
    sex: Sex,
    pregnant: bool = False,
    lactating: bool = False,
) -> PersonIntake:
    """The RDA or AI and UL of one nutrient (id or synonym) for a person."""
    stage = life_stage_for(age, sex, pregnant=pregnant, lactating=lactating)
    return intake_for(bundle.nutrient(nutrient), stage)


def intakes(
    *, age: float, sex: Sex, pregnant: bool = False, lactating: bool = False
) -> tuple[PersonIntake, ...]:
    """The RDA or AI and UL of all 13 nutrients for a person."""
    stage = life_stage_for(age, sex, pregnant=pregnant, lactating=lactating)
    return tuple(intake_for(n, stage) for n in bundle.read_bundle()["nutrients"])
