"""What a lookup answers: one nutrient's reference values for one person."""

from typing import Any, Literal, NamedTuple

from nutrient_data.vocab import (
    PERCENT_ENERGY,
    Authority,
    EfsaKind,
    GroupId,
    IntakeKind,
    ReferenceUnit,
)

UlAppliesToAnswer = Literal["total-intake", "supplemental-only", "no-ul-set"]


class PersonIntake(NamedTuple):
    """A nutrient's reference values for one person's life-stage group.

    ``kind`` is RDA, AI or ND (``us``), or PRI, AI or not-set (``efsa``), and
    ``None`` only for an ``as_of`` year before any value the dataset records;
    ``value`` and ``average_requirement`` (EAR or AR) are in ``unit`` per day,
    or in percent of energy where ``unit`` is ``percent-energy`` (see
    :meth:`grams_for_energy`). ``ul`` is limited by ``ul_applies_to``; its
    ``ul_kind`` is ``UL`` or EFSA's manganese ``safe-level``. ``reference_id``
    is the source of the value, ``ul_reference_id`` that of the upper level.
    """

    nutrient: str
    life_stage: GroupId
    life_stage_label: str
    kind: IntakeKind | EfsaKind | None
    value: float | None
    unit: ReferenceUnit
    ul: float | None
    ul_note: str | None
    note: str | None
    reference_id: str | None
    authority: Authority
    average_requirement: float | None
    requirement_cv: float | None
    ul_kind: Literal["UL", "safe-level"] | None
    ul_applies_to: UlAppliesToAnswer
    ul_reference_id: str | None
    phytate_mg: int | None
    basis: str | None
    as_of: int | None

    def as_json(self) -> dict[str, Any]:
        """The intake as a JSON object (the CLI's ``--json`` form)."""
        return self._asdict()

    def grams_for_energy(self, energy_kcal: float) -> float | None:
        """The value in grams per day for an energy intake, where it is in E%."""
        if self.unit != PERCENT_ENERGY or self.value is None:
            return None
        from nutrient_data.units import percent_energy_to_grams  # few callers need it

        return percent_energy_to_grams(self.value, energy_kcal)
