"""The reference values a survey is assessed against, through the public lookup only.

Everything the population assessment knows of the authorities comes from
:func:`nutrient_data.intake` and :func:`nutrient_data.life_stage_for`, so that
whatever authority they accept is accepted here and their internals can change
freely. Values are converted to the unit of the survey's columns (the
nutrient's own unit, that of its US table).
"""

from __future__ import annotations

from functools import cache

import nutrient_data
from nutrient_data.named_tuple import NamedTuple
from nutrient_data.problem import NoValuesError, UnknownNameError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from nutrient_data.vocab import Sex

    Authority = str

UG_PER = {"ug": 1, "mg": 1_000, "g": 1_000_000}


class Reference(NamedTuple):
    """One nutrient's values for one person's group, in the survey's unit.

    ``ear`` and ``cv`` are the average requirement (EAR or AR) and the CV of the
    requirement; ``ai`` the Adequate Intake where that is the value set;
    ``ul`` the upper level, counting total intake or, where
    ``supplemental_only``, supplements only; ``ul_kind`` is ``UL`` or a
    ``safe-level``. ``missing`` says why no value could be used (then all are
    ``None``); ``phytate_mg`` is the phytate intake EFSA's zinc values assume.
    """

    ear: float | None = None
    cv: float | None = None
    ai: float | None = None
    ul: float | None = None
    supplemental_only: bool = False
    ul_kind: str | None = None
    missing: str | None = None
    phytate_mg: int | None = None


@cache
def nutrient_unit(nutrient: str) -> str:
    """The unit of a nutrient's survey columns (that of its US table)."""
    return nutrient_data.intake(nutrient, age=30, sex="female").unit


@cache
def life_stage(
    authority: Authority, age: float, sex: Sex, pregnant: bool, lactating: bool
) -> tuple[str, str]:
    """The id and label of a person's life-stage group (PersonError if none)."""
    stage = nutrient_data.life_stage_for(
        age, sex, pregnant=pregnant, lactating=lactating, authority=authority
    )
    return stage.id, stage.label


def check_authority(authority: str) -> None:
    """A PersonError naming the authorities the lookup accepts, for any other."""
    nutrient_data.life_stage_for(30, "female", authority=authority)


def ul_counts_all_forms(nutrient: str, authority: str) -> bool:
    """Whether the authority's upper level of the nutrient counts every form of
    it (US vitamin E: IU counted by the factor for the UL), from its table."""
    from nutrient_data import bundle

    try:
        tables = bundle.tables(authority, bundle.nutrient_id(nutrient))
    except UnknownNameError:  # the column's own check words it
        return False
    return bool(tables and tables[0]["ul"].get("counts_all_forms"))


@cache
def reference(
    nutrient: str,
    authority: Authority,
    age: float,
    sex: Sex,
    pregnant: bool,
    lactating: bool,
) -> Reference:
    """The values ``authority`` sets for a person, in the survey's unit."""
    try:
        found = nutrient_data.intake(
            nutrient,
            age=age,
            sex=sex,
            pregnant=pregnant,
            lactating=lactating,
            authority=authority,
        )
    except NoValuesError as error:
        return Reference(missing=str(error))
    wanted = nutrient_unit(nutrient)
    if found.unit not in UG_PER:
        return Reference(
            missing=f"values are in {found.unit}, not a mass per day; "
            "a survey of amounts cannot be compared with them"
        )
    have, want = UG_PER[found.unit], UG_PER[wanted]

    def amount(value: float | None) -> float | None:
        return None if value is None else value * have / want

    return Reference(
        ear=amount(found.average_requirement),
        cv=found.requirement_cv,
        ai=amount(found.value) if found.kind == "AI" else None,
        ul=amount(found.ul),
        supplemental_only=found.ul_applies_to == "supplemental-only",
        ul_kind=found.ul_kind,
        phytate_mg=found.phytate_mg,
    )
