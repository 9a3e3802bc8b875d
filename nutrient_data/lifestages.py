"""The population groups of each authority and the mapping from a person to one.

Reference values are tabulated by group, and each authority draws its own: the
US Food and Nutrition Board 22 life-stage groups split by sex, EFSA nine age
bands. The groups are data (each authority's ``authority.json``); this module
reads them from the bundle as plain tuples (no pydantic), low enough for the
models, the lint rules and the quick commands to import.
"""

from __future__ import annotations

import math
from functools import cache

from nutrient_data import bundle
from nutrient_data.named_tuple import NamedTuple
from nutrient_data.problem import PersonError, shorten

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any, Literal

    from nutrient_data.vocab import Sex

    Condition = Literal["pregnancy", "lactation"]

MAX_AGE = 130.0
DEFAULT_AUTHORITY = "us"
"""The authority answers use when none is named."""


class LifeStage(NamedTuple):
    """One group: ages ``min_age`` (inclusive) to ``max_age``, of ``authority``."""

    id: str
    label: str
    min_age: float
    max_age: float
    sex: Sex | None = None
    condition: Condition | None = None
    authority: str = DEFAULT_AUTHORITY


# Declared for type checkers; made on first use by __getattr__ below.
LIFE_STAGES: tuple[LifeStage, ...]
EFSA_GROUPS: tuple[LifeStage, ...]
LIFE_STAGE_BY_ID: dict[str, LifeStage]
EFSA_GROUP_BY_ID: dict[str, LifeStage]
GROUPS: dict[str, tuple[LifeStage, ...]]


def stage_of(group: Mapping[str, Any], authority: str) -> LifeStage:
    """A group of ``authority.json`` as a :class:`LifeStage`."""
    return LifeStage(
        group["id"],
        group["label"],
        float(group["min_age"]),
        float(group["max_age"]),
        group.get("sex"),
        group.get("condition"),
        authority,
    )


@cache
def groups(authority: str = DEFAULT_AUTHORITY) -> tuple[LifeStage, ...]:
    """The authority's groups in its own order (``PersonError`` if unknown)."""
    return tuple(stage_of(g, authority) for g in bundle.authority(authority)["groups"])


def group(authority: str, group_id: str) -> LifeStage:
    """One group of the authority by id (``KeyError`` if it has none)."""
    for stage in groups(authority):
        if stage.id == group_id:
            return stage
    raise KeyError(group_id)


def __getattr__(name: str) -> object:
    """Names kept for code written before the authorities became data: the US
    groups (``LIFE_STAGES``), EFSA's (``EFSA_GROUPS``), by id, and ``GROUPS``,
    every authority's. New code calls :func:`groups`."""
    by_name = {"LIFE_STAGES": "us", "EFSA_GROUPS": "efsa"}
    if name in by_name:
        return groups(by_name[name])
    if name in ("LIFE_STAGE_BY_ID", "EFSA_GROUP_BY_ID"):
        return {s.id: s for s in groups("us" if name[0] == "L" else "efsa")}
    if name == "GROUPS":
        return {a: groups(a) for a in bundle.authority_ids()}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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


def _outside(
    stages: tuple[LifeStage, ...], short: str, condition: str | None, age: float
) -> PersonError:
    """Why no group takes ``age``: below the youngest or past the oldest of the
    groups that could, each named with its bounds."""
    what = f"{short} {condition} group" if condition else f"{short} group"
    if not stages:
        return PersonError(
            f"{short} has no {condition} group"
            if condition
            else f"{short} has no group"
        )
    youngest = min(stages, key=lambda s: s.min_age)
    oldest = max(stages, key=lambda s: s.max_age)
    if age < youngest.min_age:
        return PersonError(
            f"no {what} for age {age:g}: the youngest, {youngest.label}, starts "
            f"at {youngest.min_age:g} years"
        )
    if age >= oldest.max_age:
        return PersonError(
            f"no {what} for age {age:g}: the oldest, {oldest.label}, ends before "
            f"{oldest.max_age:g} years"
        )
    return PersonError(f"no {what} for age {age:g}")


def life_stage_for(
    age: float,
    sex: Sex,
    *,
    pregnant: bool = False,
    lactating: bool = False,
    authority: str = DEFAULT_AUTHORITY,
) -> LifeStage:
    """Return the group of a person aged ``age`` years, in ``authority``'s groups.

    Ages are in years; fractions are allowed (0.25 is three months).
    ``authority`` is an authority id (``"us"``, the default, ``"efsa"``, ...).
    An age outside every group that could take the person (pregnancy at 12
    where the youngest pregnancy group starts at 14) is refused, naming the
    nearest group's bounds. Arguments are checked (:class:`PersonError`, a
    ``ValueError``): ``True`` is not an age, and ``pregnant="no"`` is not a
    yes or no.
    """
    if not isinstance(authority, str):
        raise PersonError(f"authority must be an id, got {shorten(repr(authority))}")
    stages = groups(authority)
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
    for stage in stages:
        top = age == stage.max_age == MAX_AGE
        in_span = stage.min_age <= age < stage.max_age or top
        if in_span and stage.condition == condition and stage.sex in (None, sex):
            return stage
    candidates = tuple(
        s for s in stages if s.condition == condition and s.sex in (None, sex)
    )
    short = bundle.authority(authority)["short_name"]
    raise _outside(candidates, short, condition, age)
