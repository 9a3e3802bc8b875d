"""Reference values for a person, from any authority in the data.

By concern: :mod:`~nutrient_data.lifestages` maps a person to a group of an
authority, :mod:`.tables` reads the row of its table, :mod:`.dated` picks the
value in force in a given year, :mod:`.lookup` answers for a person and
:mod:`.comparison` sets authorities side by side. Everything reads the shipped
bundle, so answers need no validators.
"""

from nutrient_data.dri.lookup import covered, intake, intake_for, intakes
from nutrient_data.dri.result import PersonIntake
from nutrient_data.dri.tables import DEFAULT_PHYTATE, phytate_levels
from nutrient_data.lifestages import LifeStage, groups, life_stage_for

TYPE_CHECKING = False
if TYPE_CHECKING:
    from nutrient_data.dri.comparison import Comparison as Comparison
    from nutrient_data.dri.comparison import compare as compare
    from nutrient_data.lifestages import EFSA_GROUP_BY_ID as EFSA_GROUP_BY_ID
    from nutrient_data.lifestages import EFSA_GROUPS as EFSA_GROUPS
    from nutrient_data.lifestages import LIFE_STAGE_BY_ID as LIFE_STAGE_BY_ID
    from nutrient_data.lifestages import LIFE_STAGES as LIFE_STAGES
    from nutrient_data.vocab import Sex as Sex

    Authority = str

_GROUP_NAMES = ("EFSA_GROUPS", "EFSA_GROUP_BY_ID", "LIFE_STAGES", "LIFE_STAGE_BY_ID")


def __getattr__(name: str) -> object:
    """Made on first use, since the intake commands need neither: the comparison
    of authorities, the type ``Sex``, and the group names kept from before the
    authorities became data (read from it)."""
    if name in ("Comparison", "compare"):
        from nutrient_data.dri import comparison

        return getattr(comparison, name)
    if name == "Sex":
        from nutrient_data import vocab

        return vocab.Sex
    if name == "Authority":
        return str
    if name in _GROUP_NAMES:
        from nutrient_data import lifestages

        return getattr(lifestages, name)
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
    "groups",
    "intake",
    "intake_for",
    "intakes",
    "life_stage_for",
    "phytate_levels",
]
