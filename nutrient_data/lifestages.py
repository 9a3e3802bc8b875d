"""Life-stage groups of each authority and the mapping from a person to a group.

Reference intakes are tabulated by life-stage group, and each authority draws
its own: the US Food and Nutrition Board 22 groups split by sex, EFSA nine age
bands (its tables split some of them by sex). This module holds the groups as
plain data (no pydantic), low enough for the models, the lint rules and the
quick commands to import.
"""

from __future__ import annotations

import math
from fractions import Fraction

from nutrient_data.named_tuple import NamedTuple
from nutrient_data.problem import PersonError, shorten
from nutrient_data.vocab import LIFE_STAGE_IDS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal

    from nutrient_data.vocab import Authority, EfsaGroupId, GroupId, LifeStageId, Sex

    Condition = Literal["pregnancy", "lactation"]

MAX_AGE = 130.0
_LIFE_STAGE_ID: dict[str, LifeStageId] = {code: code for code in LIFE_STAGE_IDS}


class LifeStage(NamedTuple):
    """One life-stage group: ages ``min_age`` (inclusive) to ``max_age``."""

    id: GroupId
    label: str
    min_age: float
    max_age: float
    sex: Sex | None = None
    condition: Condition | None = None
    authority: Authority = "us"


def _adult_groups(
    prefix: str, sex: Sex | None, condition: Condition | None
) -> tuple[LifeStage, ...]:
    spans = [(9.0, 14.0, "9-13"), (14.0, 19.0, "14-18"), (19.0, 31.0, "19-30")]
    spans += [(31.0, 51.0, "31-50"), (51.0, 71.0, "51-70"), (71.0, MAX_AGE, "71")]
    if condition is not None:
        spans = spans[1:4]
    return tuple(
        LifeStage(
            _LIFE_STAGE_ID[f"{prefix}-{ages}{'y-plus' if ages == '71' else 'y'}"],
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


_EFSA_SPANS: tuple[tuple[EfsaGroupId, str, float, float, Condition | None], ...] = (
    ("infants-7-11mo", "Infants 7-11 months", 0.5, 1.0, None),
    ("children-1-3y", "Children 1-3 y", 1.0, 4.0, None),
    ("children-4-6y", "Children 4-6 y", 4.0, 7.0, None),
    ("children-7-10y", "Children 7-10 y", 7.0, 11.0, None),
    ("children-11-14y", "Children 11-14 y", 11.0, 15.0, None),
    ("children-15-17y", "Children 15-17 y", 15.0, 18.0, None),
    ("adults", "Adults 18 y and over", 18.0, MAX_AGE, None),
    ("pregnancy", "Pregnancy", 14.0, 51.0, "pregnancy"),
    ("lactation", "Lactation", 14.0, 51.0, "lactation"),
)
EFSA_GROUPS: tuple[LifeStage, ...] = tuple(
    LifeStage(group_id, label, lo, hi, None, condition, "efsa")
    for group_id, label, lo, hi, condition in _EFSA_SPANS
)
"""EFSA's groups. EFSA sets no values below 7 months. Its pregnancy and
lactation values carry no age band; they are applied here at the ages the US
groups cover (9 to 50 years, under 14 counted as 14), so both authorities
accept the same people."""
EFSA_GROUP_BY_ID: dict[str, LifeStage] = {g.id: g for g in EFSA_GROUPS}
GROUPS: dict[Authority, tuple[LifeStage, ...]] = {
    "us": LIFE_STAGES,
    "efsa": EFSA_GROUPS,
}
BODY: dict[Authority, str] = {"us": "DRI", "efsa": "EFSA"}


def _years(age: object) -> float:
    """``age`` as years, or PersonError: read as every number a user gives is
    (:func:`nutrient_data.user_input.exact_number`), so a bool or text is not
    an age, and ``Decimal``, ``Fraction`` and NumPy numbers are."""
    from nutrient_data.user_input import exact_number, shown

    not_age = PersonError(f"age must be a number of years, got {shown(age)}")
    if isinstance(age, str):
        raise not_age
    try:
        years = exact_number(age, "age", below=math.inf, error=PersonError)
    except PersonError as error:
        if "must be a number" in str(error):
            raise not_age from None
        years = Fraction(-1)
    if not 0 <= years <= MAX_AGE:
        raise PersonError(
            f"age must be between 0 and {MAX_AGE:g} years, got {_shown(age)}"
        )
    return float(years)


def _shown(age: object) -> str:
    from nutrient_data.user_input import shown

    try:
        return f"{float(age):g}"  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return shown(age)


def life_stage_for(
    age: float,
    sex: Sex,
    *,
    pregnant: bool = False,
    lactating: bool = False,
    authority: Authority = "us",
) -> LifeStage:
    """Return the life-stage group of a person aged ``age`` years.

    Ages are in years; fractions are allowed (0.25 is three months). Pregnancy
    and lactation under 14 fall in the 14-18 group, as the FNB tables ("<=18 y")
    put them. ``authority`` picks whose groups: ``"us"`` (the default) or
    ``"efsa"``. Arguments are checked (:class:`PersonError`, a ``ValueError``):
    ``True`` is not an age, and ``pregnant="no"`` is not a yes or no.
    """
    if not isinstance(authority, str) or authority not in GROUPS:
        raise PersonError(
            f"authority must be 'us' or 'efsa', got {shorten(repr(authority))}"
        )
    body = BODY[authority]
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
            raise PersonError(f"no {body} {condition} group for age {age:g}")
        if age >= 51:
            raise PersonError(f"the {body} {condition} groups end at 50 years")
        age = max(age, 14.0)
    for stage in GROUPS[authority]:
        top = age == stage.max_age == MAX_AGE
        in_span = stage.min_age <= age < stage.max_age or top
        if in_span and stage.condition == condition and stage.sex in (None, sex):
            return stage
    if authority == "efsa" and age < 0.5:
        raise PersonError("EFSA sets no values for infants under 7 months")
    raise PersonError(f"no {body} group for age {age:g}")  # pragma: no cover
