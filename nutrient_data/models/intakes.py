"""Reference intakes: the table of values per life-stage group."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from nutrient_data.models.base import Amount, Record, Slug, Text
from nutrient_data.models.history import History
from nutrient_data.vocab import IntakeKind, LifeStageId, UnitCode

Unit = Annotated[
    UnitCode,
    Field(description="UCUM code of an amount (per day for intakes)."),
]


class IntakeValue(Record):
    """The reference intake of one life-stage group.

    ``kind`` is RDA or AI with a value above 0, or ND ("not determined") without
    one, so that a gap in the grid is explicit rather than missing.
    """

    life_stage: LifeStageId
    """The DRI life-stage group this row is for."""
    kind: IntakeKind
    """RDA, AI, or ND where the report set no value."""
    value: Amount | None = Field(description="RDA or AI per day, in the DRI unit.")
    average_requirement: Amount | None = Field(
        default=None,
        description="Estimated Average Requirement (EAR) per day, in the DRI unit; "
        "null where none was set (every AI group) or none could be confirmed.",
    )
    ul: Amount | None = Field(
        description="Tolerable Upper Intake Level per day, in the DRI unit; "
        "null where none was set for this group."
    )
    note: Text | None = Field(default=None, description="Caveat for this group only.")
    reference_id: Slug = Field(description="The report these values come from.")

    @model_validator(mode="after")
    def _value_matches_kind(self) -> IntakeValue:
        if (self.kind == "ND") != (self.value is None):
            raise ValueError("value must be null exactly when kind is ND")
        if self.kind != "RDA" and self.average_requirement is not None:
            raise ValueError("an EAR goes with an RDA (an AI means no EAR was set)")
        if self.value == 0:
            raise ValueError(
                f"an {self.kind} of 0 is not a reference intake: the value must be "
                "above 0 (use kind ND with a null value where none was set)"
            )
        return self


class RequirementVariation(Record):
    """How the RDA was derived from the EAR: RDA = EAR x (1 + 2 CV)."""

    cv: float | None = Field(
        ge=0,
        le=1,
        allow_inf_nan=False,
        description="Coefficient of variation of the requirement (0.1 is 10%); "
        "null where the report used none or its figure could not be "
        "confirmed (the note says which).",
    )
    note: Text
    """How the report chose it, and any group where it differs."""
    reference_id: Slug
    """The report that states it."""
    confirmed_by: Text
    """What confirmed it."""


class Intakes(Record):
    """US Dietary Reference Intakes for every life-stage group."""

    unit: Unit
    """UCUM unit of every value and UL in the table (per day)."""
    basis: Text | None = Field(
        default=None,
        description="What the values count, where it is narrower than the nutrient "
        "(e.g. 2R-alpha-tocopherol only, or alpha-linolenic acid).",
    )
    ul_applies_to: Literal["total-intake", "supplemental-only", "no-ul-set"] = Field(
        description="Which intake the UL limits: all sources, only supplements and "
        "medicines (so it may sit below the RDA), or no UL was set for any group."
    )
    ul_scope: Text | None = Field(
        default=None,
        description="The UL's caveat in words, for every group "
        "(e.g. which supplemental forms it covers).",
    )
    notes: tuple[Text, ...] = Field(
        default=(), description="Caveats that apply to the whole table."
    )
    values: tuple[IntakeValue, ...] = Field(min_length=1)
    """One row per life-stage group, all 22 in the DRI order."""
    requirement_cv: RequirementVariation | None = Field(
        default=None,
        description="The CV of the requirement used to set the RDAs from the EARs; "
        "null where no EAR was set.",
    )
    average_requirement_note: Text | None = Field(
        default=None,
        description="Why no EAR was set, or which EARs could not be confirmed.",
    )
    history: History = ()
    """Values these replaced (e.g. the 1997 vitamin D AIs), with their years."""
