"""A person's reference values, from whichever authority they ask for."""

from __future__ import annotations

import math

from nutrient_data import bundle
from nutrient_data.dri.efsa import efsa_intake
from nutrient_data.dri.us import us_intake
from nutrient_data.lifestages import life_stage_for
from nutrient_data.problem import PersonError, shorten
from nutrient_data.vocab import PHYTATE_LEVELS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    from nutrient_data.dri.result import PersonIntake
    from nutrient_data.lifestages import LifeStage
    from nutrient_data.vocab import Authority, Sex

INTAKE_FIELDS: dict[Authority, tuple[str, ...]] = {
    "us": ("id", "intakes"),
    "efsa": ("id", "efsa"),
}
"""The fields of a nutrient record that :func:`intake_for` reads, by authority."""


def intake_for(
    nutrient: Mapping[str, Any],
    stage: LifeStage,
    *,
    sex: Sex | None = None,
    age: float | None = None,
    phytate: int | None = None,
    as_of: int | None = None,
    part: int = 0,
) -> PersonIntake:
    """Read ``stage``'s values from a nutrient record (bundle JSON).

    The stage's authority decides which table is read; EFSA rows split by sex
    (and age band) need the person's ``sex`` and ``age``; ``part`` picks one
    of EFSA's tables where it splits a nutrient (omega-3: 1 is EPA plus DHA).
    """
    if stage.authority == "us":
        return us_intake(nutrient, stage, as_of=as_of)
    if sex is None:
        raise PersonError("EFSA values need the person's sex")
    return efsa_intake(
        nutrient,
        stage,
        sex=sex,
        age=stage.min_age if age is None else age,
        phytate=phytate,
        as_of=as_of,
        part=part,
    )


def intake(
    nutrient: str,
    *,
    age: float,
    sex: Sex,
    pregnant: bool = False,
    lactating: bool = False,
    authority: Authority = "us",
    phytate: int | None = None,
    as_of: int | None = None,
) -> PersonIntake:
    """One nutrient's reference values (id or synonym) for a person.

    ``authority`` is ``"us"`` (RDA or AI, EAR, UL) or ``"efsa"`` (PRI or AI,
    AR, UL or safe level). ``phytate`` (300, 600, 900 or 1200 mg/day) picks
    EFSA's zinc values; without it zinc uses 300. ``as_of`` (a year) answers
    with the values in force then, from the recorded history.
    """
    stage = life_stage_for(
        age, sex, pregnant=pregnant, lactating=lactating, authority=authority
    )
    return intake_for(
        bundle.nutrient(nutrient),
        stage,
        sex=sex,
        age=age,
        phytate=phytate_level(phytate, authority),
        as_of=year(as_of),
    )


def year(as_of: object) -> int | None:
    """``as_of`` as a year, or PersonError: ``"2010"`` and ``True`` are not years."""
    if as_of is None:
        return None
    if isinstance(as_of, bool) or not hasattr(as_of, "__index__"):
        raise PersonError(
            f"as_of must be a year, an integer such as 2010, got {shorten(repr(as_of))}"
        )
    return int(as_of.__index__())


def phytate_level(phytate: object, authority: str) -> int | None:
    """``phytate`` as one of EFSA's levels (mg/day), read as every number is
    (300, 300.0, ``Decimal("300")``), or PersonError; only EFSA's zinc
    values depend on it, so another authority refuses it rather than ignore it."""
    if phytate is None:
        return None
    from nutrient_data.user_input import exact_number

    allowed = ", ".join(str(p) for p in PHYTATE_LEVELS)
    wrong = f"phytate must be one of {allowed} (mg/day)"
    if isinstance(phytate, str):
        raise PersonError(f"{wrong}, got {shorten(repr(phytate))}")
    level = exact_number(phytate, "phytate", below=math.inf, error=PersonError)
    if level not in PHYTATE_LEVELS:
        raise PersonError(f"{wrong}, got {shorten(repr(phytate))}")
    if authority != "efsa":
        raise PersonError("phytate applies to EFSA zinc values (authority='efsa')")
    return int(level)


def intakes(
    *,
    age: float,
    sex: Sex,
    pregnant: bool = False,
    lactating: bool = False,
    authority: Authority = "us",
) -> tuple[PersonIntake, ...]:
    """The reference values of every nutrient the authority covers, for a person.

    Nutrients without a recorded table of that authority are left out.
    """
    stage = life_stage_for(
        age, sex, pregnant=pregnant, lactating=lactating, authority=authority
    )
    return tuple(intake_for(n, stage, sex=sex, age=age) for n in covered(authority))


def covered(authority: Authority) -> list[dict[str, Any]]:
    """Every nutrient record with a table of ``authority``, in dataset order,
    with only the fields :func:`intake_for` reads."""
    return [
        n
        for n in bundle.nutrients(*INTAKE_FIELDS[authority])
        if authority == "us" or n.get("efsa")
    ]
