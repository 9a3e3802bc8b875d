"""US Dietary Reference Intakes for a person: life-stage groups and their values.

The Food and Nutrition Board tabulates intakes by life-stage group; this module
maps an age, sex and pregnancy or lactation to that group and reads off the
nutrient's RDA or AI and UL.
"""

from __future__ import annotations

import math
import typing
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict

from nutrient_data.models import IntakeKind, LifeStageId, Nutrient, Unit
from nutrient_data.problem import PersonError

Sex = Literal["female", "male"]
MAX_AGE = 130.0


@dataclass(frozen=True)
class LifeStage:
    """One DRI life-stage group: ages ``min_age`` (inclusive) to ``max_age``."""

    id: LifeStageId
    label: str
    min_age: float
    max_age: float
    sex: Sex | None = None
    condition: Literal["pregnancy", "lactation"] | None = None


def _adult_groups(
    prefix: str, sex: Sex | None, condition: Literal["pregnancy", "lactation"] | None
) -> tuple[LifeStage, ...]:
    spans = [(9.0, 14.0, "9-13"), (14.0, 19.0, "14-18"), (19.0, 31.0, "19-30")]
    spans += [(31.0, 51.0, "31-50"), (51.0, 71.0, "51-70"), (71.0, MAX_AGE, "71")]
    if condition is not None:
        spans = spans[1:4]
    return tuple(
        LifeStage(
            typing.cast(
                LifeStageId, f"{prefix}-{ages}{'y-plus' if ages == '71' else 'y'}"
            ),
            f"{prefix.capitalize()} {ages}{'+' if ages == '71' else ''} y",
            lo,
            hi,
            sex,
            condition,
        )
        for lo, hi, ages in spans
    )


LIFE_STAGES: tuple[LifeStage, ...] = (
    LifeStage("infants-0-6mo", "Infants 0-6 months", 0.0, 0.5),
    LifeStage("infants-7-12mo", "Infants 7-12 months", 0.5, 1.0),
    LifeStage("children-1-3y", "Children 1-3 y", 1.0, 4.0),
    LifeStage("children-4-8y", "Children 4-8 y", 4.0, 9.0),
    *_adult_groups("males", "male", None),
    *_adult_groups("females", "female", None),
    *_adult_groups("pregnancy", "female", "pregnancy"),
    *_adult_groups("lactation", "female", "lactation"),
)
LIFE_STAGE_BY_ID: dict[str, LifeStage] = {s.id: s for s in LIFE_STAGES}


def life_stage_for(
    age: float, sex: Sex, *, pregnant: bool = False, lactating: bool = False
) -> LifeStage:
    """Return the life-stage group of a person aged ``age`` years.

    Ages are in years; fractions are allowed (0.25 is three months). Pregnancy
    and lactation under 14 fall in the 14-18 group, as the FNB tables ("<=18 y")
    put them.
    """
    if not math.isfinite(age) or not 0 <= age <= MAX_AGE:
        raise PersonError(f"age must be between 0 and {MAX_AGE:g} years, got {age}")
    if sex not in ("female", "male"):
        raise PersonError(f"sex must be 'female' or 'male', got {sex!r}")
    condition: Literal["pregnancy", "lactation"] | None = None
    if pregnant or lactating:
        if pregnant and lactating:
            raise PersonError("choose pregnant or lactating, not both")
        condition = "pregnancy" if pregnant else "lactation"
        if sex != "female":
            raise PersonError(f"{condition} groups apply to females only")
        if age < 9:
            raise PersonError(f"no DRI {condition} group for age {age:g}")
        if age >= 51:
            raise PersonError(f"the DRI {condition} groups end at 50 years")
        age = max(age, 14.0)
    for stage in LIFE_STAGES:
        top = age == stage.max_age == MAX_AGE
        in_span = stage.min_age <= age < stage.max_age or top
        if in_span and stage.condition == condition and stage.sex in (None, sex):
            return stage
    raise PersonError(f"no DRI group for age {age:g}")  # pragma: no cover


class PersonIntake(BaseModel):
    """A nutrient's reference intake for one person's life-stage group."""

    model_config = ConfigDict(frozen=True)

    nutrient: str
    life_stage: LifeStageId
    life_stage_label: str
    kind: IntakeKind
    value: float | None
    unit: Unit
    ul: float | None
    ul_note: str | None
    note: str | None
    reference_id: str


def intake_for(nutrient: Nutrient, stage: LifeStage) -> PersonIntake:
    """Read the row of ``nutrient``'s DRI table for ``stage``."""
    row = next(v for v in nutrient.intakes.values if v.life_stage == stage.id)
    ul_parts = [nutrient.intakes.ul_scope] if nutrient.intakes.ul_scope else []
    if row.ul is None and nutrient.intakes.ul_applies_to != "no-ul-set":
        ul_parts.append("No UL was set for this group.")
    return PersonIntake(
        nutrient=nutrient.id,
        life_stage=stage.id,
        life_stage_label=stage.label,
        kind=row.kind,
        value=row.value,
        unit=nutrient.intakes.unit,
        ul=row.ul,
        ul_note=" ".join(ul_parts) or None,
        note=row.note,
        reference_id=row.reference_id,
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
    from nutrient_data.loader import load

    stage = life_stage_for(age, sex, pregnant=pregnant, lactating=lactating)
    return intake_for(load().nutrient(nutrient), stage)


def intakes(
    *, age: float, sex: Sex, pregnant: bool = False, lactating: bool = False
) -> tuple[PersonIntake, ...]:
    """The RDA or AI and UL of all 13 nutrients for a person."""
    from nutrient_data.loader import load

    stage = life_stage_for(age, sex, pregnant=pregnant, lactating=lactating)
    return tuple(intake_for(n, stage) for n in load().nutrients)
