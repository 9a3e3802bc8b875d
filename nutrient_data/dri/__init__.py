"""Reference intakes for a person, from the US Food and Nutrition Board or EFSA.

By concern: :mod:`~nutrient_data.lifestages` maps a person to a group,
:mod:`.us` and :mod:`.efsa` read each authority's table, :mod:`.dated` picks
the value in force in a given year, :mod:`.lookup` answers for a person and
:mod:`.comparison` sets the two authorities side by side. Everything reads the
shipped bundle, so answers need no validators.
"""

from nutrient_data.dri.efsa import DEFAULT_PHYTATE, phytate_levels
from nutrient_data.dri.lookup import covered, intake, intake_for, intakes
from nutrient_data.dri.result import PersonIntake
from nutrient_data.lifestages import (
    EFSA_GROUP_BY_ID,
    EFSA_GROUPS,
    LIFE_STAGE_BY_ID,
    LIFE_STAGES,
    LifeStage,
    life_stage_for,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from nutrient_data.dri.comparison import Comparison as Comparison
    from nutrient_data.dri.comparison import compare as compare
    from nutrient_data.vocab import Authority as Authority
    from nutrient_data.vocab import Sex as Sex


def __getattr__(name: str) -> object:
    """Made on first use, since the intake commands need neither: the comparison
    of the two authorities, and the vocabularies' types ``Authority`` and ``Sex``."""
    if name in ("Comparison", "compare"):
        from nutrient_data.dri import comparison

        return getattr(comparison, name)
    if name in ("Authority", "Sex"):
        from nutrient_data import vocab

        return getattr(vocab, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_PHYTATE",
    "EFSA_GROUPS",
    "EFSA_GROUP_BY_ID",
    "LIFE_STAGES",
    "LIFE_STAGE_BY_ID",
    "Authority",
    "Comparison",
    "LifeStage",
    "PersonIntake",
    "Sex",
    "compare",
    "covered",
    "intake",
    "intake_for",
    "intakes",
    "life_stage_for",
    "phytate_levels",
]
