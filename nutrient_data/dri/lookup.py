"""A person's reference values, from whichever authority they ask for."""

from __future__ import annotations

from nutrient_data import bundle
from nutrient_data.dri.efsa import efsa_intake
from nutrient_data.dri.us import us_intake
from nutrient_data.lifestages import life_stage_for
from nutrient_data.problem import PersonError

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
        phytate=phytate,
        as_of=as_of,
    )


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
