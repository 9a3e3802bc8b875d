"""Life-stage groups and the mapping from a person to their group.

Reference intakes are tabulated by life-stage group. This module holds the
groups as plain data (no pydantic), low enough for the models, the lint rules
and the quick commands to import.
"""

from __future__ import annotations

import math
import typing
from typing import Literal, NamedTuple

from nutrient_data.problem import PersonError, shorten
from nutrient_data.vocab import LifeStageId, Sex

MAX_AGE = 130.0
Condition = Literal["pregnancy", "lactation"]


class LifeStage(NamedTuple):
    """One DRI life-stage group: ages ``min_age`` (inclusive) to ``max_age``."""

    id: LifeStageId
    label: str
    min_age: float
    max_age: float
    sex: Sex | None = None
    condition: Condition | None = None


def _adult_groups(
    prefix: str, sex: Sex | None, condition: Condition | None
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


def _years(age: object) -> float:
    """``age`` as years, or PersonError: a bool or a string is not an age."""
    if isinstance(age, bool) or not isinstance(age, int | float):
        raise PersonError(f"age must be a number of years, got {shorten(repr(age))}")
    try:
        years = float(age)
    except OverflowError:
        years = math.inf
    if not math.isfinite(years) or not 0 <= years <= MAX_AGE:
        raise PersonError(f"age must be between 0 and {MAX_AGE:g} years, got {years:g}")
    return years


def life_stage_for(
    age: float, sex: Sex, *, pregnant: bool = False, lactating: bool = False
) -> LifeStage:
    """Return the life-stage group of a person aged ``age`` years.

    Ages are in years; fractions are allowed (0.25 is three months). Pregnancy
    and lactation under 14 fall in the 14-18 group, as the FNB tables ("<=18 y")
    put them. Arguments are checked (:class:`PersonError`, a ``ValueError``):
    ``True`` is not an age, and ``pregnant="no"`` is not a yes or no.
    """
    age = _years(age)
    if sex not in ("female", "male"):
        raise PersonError(f"sex must be 'female' or 'male', got {shorten(repr(sex))}")
    for flag, value in (("pregnant", pregnant), ("lactating", lactating)):
        if not isinstance(value, bool):
            raise PersonError(
                f"{flag} must be True or False, got {shorten(repr(value))}"
            )
    condition: Condition | None = None
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
