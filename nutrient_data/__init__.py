"""nutrient-data: micronutrients acting on insulin resistance, as cited data.

>>> import nutrient_data
>>> data = nutrient_data.load()
>>> data.nutrient("b12").name
'Vitamin B12'

Nothing here is medical advice.
"""

from __future__ import annotations

from nutrient_data.dri import LifeStage, PersonError, PersonIntake, Sex, life_stage_for
from nutrient_data.loader import load
from nutrient_data.lookup import UnknownNameError
from nutrient_data.models import (
    Claim,
    Dataset,
    Nutrient,
    NutrientClaim,
    Profile,
    Reference,
)
from nutrient_data.problem import DatasetError, Problem


def __getattr__(name: str) -> str:
    """Read ``__version__`` from the installed metadata only when asked for."""
    if name != "__version__":
        raise AttributeError(f"module 'nutrient_data' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("nutrient-data")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0+unknown"


def intake(
    nutrient: str,
    *,
    age: float,
    sex: Sex,
    pregnant: bool = False,
    lactating: bool = False,
) -> PersonIntake:
    """The RDA or AI and UL of one nutrient for a person (age in years)."""
    from nutrient_data.dri import intake_for

    stage = life_stage_for(age, sex, pregnant=pregnant, lactating=lactating)
    return intake_for(load().nutrient(nutrient), stage)


def intakes(
    *, age: float, sex: Sex, pregnant: bool = False, lactating: bool = False
) -> tuple[PersonIntake, ...]:
    """The RDA or AI and UL of all 13 nutrients for a person."""
    from nutrient_data.dri import intake_for

    stage = life_stage_for(age, sex, pregnant=pregnant, lactating=lactating)
    return tuple(intake_for(n, stage) for n in load().nutrients)


__all__ = [
    "Claim",
    "Dataset",
    "DatasetError",
    "LifeStage",
    "Nutrient",
    "NutrientClaim",
    "PersonError",
    "PersonIntake",
    "Problem",
    "Profile",
    "Reference",
    "UnknownNameError",
    "__version__",
    "intake",
    "intakes",
    "life_stage_for",
    "load",
]
