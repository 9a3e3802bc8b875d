"""A person's reference values, from whichever authority they ask for."""

from __future__ import annotations

from nutrient_data import bundle
from nutrient_data.dri.tables import table_intake
from nutrient_data.lifestages import DEFAULT_AUTHORITY, life_stage_for

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any

    from nutrient_data.dri.result import PersonIntake
    from nutrient_data.lifestages import LifeStage
    from nutrient_data.vocab import Sex


def intake_for(
    nutrient: Mapping[str, Any] | str,
    stage: LifeStage,
    *,
    sex: Sex | None = None,
    age: float | None = None,
    phytate: int | None = None,
    as_of: int | None = None,
    part: int = 0,
    tables: Sequence[Mapping[str, Any]] | None = None,
) -> PersonIntake:
    """``stage``'s values of a nutrient (an id, or a record with its ``id``).

    The stage's authority decides which table is read (``tables`` stands in
    for the bundle's, e.g. a table being curated); rows split by sex (and age
    band) need the person's ``sex`` and ``age``; ``part`` picks one of the
    authority's tables where it splits a nutrient (EFSA omega-3: 1 is EPA
    plus DHA).
    """
    nutrient_id = nutrient if isinstance(nutrient, str) else nutrient["id"]
    return table_intake(
        nutrient_id,
        stage,
        sex=sex,
        age=stage.min_age if age is None else age,
        phytate=phytate,
        as_of=as_of,
        part=part,
        tables=tables,
    )


def intake(
    nutrient: str,
    *,
    age: float,
    sex: Sex,
    pregnant: bool = False,
    lactating: bool = False,
    authority: str = DEFAULT_AUTHORITY,
    phytate: int | None = None,
    as_of: int | None = None,
) -> PersonIntake:
    """One nutrient's reference values (id or synonym) for a person.

    ``authority`` is an authority id (see :func:`nutrient_data.authorities`):
    ``"us"`` (RDA or AI, EAR, UL), ``"efsa"`` (PRI or AI, AR, UL or safe
    level), or any other in the data. ``phytate`` (300, 600, 900 or 1200
    mg/day) picks zinc values that depend on it (EFSA's); without it they use
    300. ``as_of`` (a year) answers with the values in force then, from the
    recorded history.
    """
    stage = life_stage_for(
        age, sex, pregnant=pregnant, lactating=lactating, authority=authority
    )
    return intake_for(
        bundle.nutrient_id(nutrient),
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
    authority: str = DEFAULT_AUTHORITY,
) -> tuple[PersonIntake, ...]:
    """The reference values of every nutrient the authority covers, for a person.

    Nutrients without a recorded table of that authority are left out.
    """
    stage = life_stage_for(
        age, sex, pregnant=pregnant, lactating=lactating, authority=authority
    )
    return tuple(intake_for(n, stage, sex=sex, age=age) for n in covered(authority))


def covered(authority: str) -> list[dict[str, Any]]:
    """Every nutrient (as ``{"id": ...}``) with a table of ``authority``, in
    dataset order."""
    return [n for n in bundle.nutrients("id") if bundle.covers(authority, n["id"])]
