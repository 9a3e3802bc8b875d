"""What a lookup answers: one nutrient's reference values for one person."""

from __future__ import annotations

from nutrient_data.named_tuple import NamedTuple
from nutrient_data.vocab import PERCENT_ENERGY

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any, Literal

    from nutrient_data.dri.dated import Dated
    from nutrient_data.lifestages import LifeStage
    from nutrient_data.vocab import ReferenceUnit

    UlAppliesToAnswer = Literal["total-intake", "supplemental-only", "no-ul-set"]


class PersonIntake(NamedTuple):
    """A nutrient's reference values for one person's life-stage group.

    ``kind`` is the authority's own code (RDA, AI or ND for ``us``; PRI, AI or
    not-set for ``efsa``; see :func:`nutrient_data.authorities` for each
    code's role), and ``None`` only for an ``as_of`` year before any value the
    dataset records;
    ``value`` and ``average_requirement`` (EAR or AR) are in ``unit`` per day,
    or in percent of energy where ``unit`` is ``percent-energy`` (see
    :meth:`grams_for_energy`). ``ul`` is limited by ``ul_applies_to``; its
    ``ul_kind`` is the authority's upper-limit code (``UL``, or EFSA's
    manganese ``safe-level``). ``reference_id``
    is the source of the value, ``ul_reference_id`` that of the upper level.
    """

    nutrient: str
    life_stage: str
    life_stage_label: str
    kind: str | None
    value: float | None
    unit: ReferenceUnit
    ul: float | None
    ul_note: str | None
    note: str | None
    reference_id: str | None
    authority: str
    average_requirement: float | None
    requirement_cv: float | None
    ul_kind: str | None
    ul_applies_to: UlAppliesToAnswer
    ul_reference_id: str | None
    phytate_mg: int | None
    basis: str | None
    as_of: int | None
    value_range: tuple[float, float] | None = None
    """[low, high] where the authority set a range, not one value (``value``
    is then ``None``): EFSA's manganese AI for infants."""

    def as_json(self) -> dict[str, Any]:
        """The intake as a JSON object (the CLI's ``--json`` form)."""
        return self._asdict()

    def grams_for_energy(self, energy_kcal: float) -> float | None:
        """The value in grams per day for an energy intake, where it is in E%."""
        if self.unit != PERCENT_ENERGY or self.value is None:
            return None
        from nutrient_data.units import percent_energy_to_grams  # few callers need it

        return percent_energy_to_grams(self.value, energy_kcal)


def person_intake(
    nutrient_id: str,
    table: Mapping[str, Any],
    stage: LifeStage,
    *,
    value: Dated | None,
    requirement: Dated | None,
    limit: Dated | None,
    limit_kind: str | None,
    applies_to: UlAppliesToAnswer,
    ul_note: str | None,
    notes: list[str],
    reference_id: str | None,
    requirement_cv: float | None = None,
    phytate_mg: int | None = None,
    as_of: int | None = None,
    value_range: tuple[float, float] | None = None,
) -> PersonIntake:
    """The answer for one group of any authority, from the values in force.

    ``reference_id`` stands where the value in force names no source; the
    upper level's kind and source are given only where it has a value.
    """
    limited = limit is not None and limit.value is not None
    return PersonIntake(
        nutrient=nutrient_id,
        life_stage=stage.id,
        life_stage_label=stage.label,
        kind=value.kind if value and value.kind else None,
        value=value.value if value else None,
        unit=table["unit"],
        ul=limit.value if limit else None,
        ul_note=ul_note,
        note=" ".join(notes) or None,
        reference_id=(value.reference_id if value else None) or reference_id,
        authority=stage.authority,
        average_requirement=requirement.value if requirement else None,
        requirement_cv=requirement_cv,
        ul_kind=limit_kind if limited and limit_kind else None,
        ul_applies_to=applies_to,
        ul_reference_id=limit.reference_id if limit and limited else None,
        phytate_mg=phytate_mg,
        basis=table.get("basis"),
        as_of=as_of,
        value_range=value_range if value and value.value is None else None,
    )
