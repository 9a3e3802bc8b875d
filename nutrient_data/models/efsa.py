"""EFSA Dietary Reference Values: one table per nutrient, by EFSA's own groups.

EFSA publishes an Average Requirement (AR) and a Population Reference Intake
(PRI), or an Adequate Intake (AI) where no requirement could be set, for nine
age bands (see :data:`nutrient_data.lifestages.EFSA_GROUPS`), some split by sex,
and zinc by phytate intake. Upper levels come from the SCF (2000-2003) or later
EFSA opinions; manganese has a "safe level", which is not a UL. The loader
attaches each table, stored in ``data/reference-values/efsa/<id>.json``, to its
nutrient record.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from nutrient_data.models.base import Amount, Record, Slug, Text
from nutrient_data.models.history import History
from nutrient_data.vocab import (
    EfsaGroupId,
    EfsaKind,
    PhytateLevel,
    ReferenceUnit,
    Sex,
    UlAppliesTo,
    UlKind,
)


class EfsaValue(Record):
    """EFSA's value for one group (and sex, and phytate level where they apply).

    ``kind`` ``not-set`` says EFSA set no value for the group, and
    ``not_set_reason`` says why, so a gap is never silent. Where EFSA gives a
    range rather than one figure (manganese, infants), ``value_range`` holds it
    and ``value`` is null.
    """

    group: EfsaGroupId
    """EFSA age band (or pregnancy, lactation)."""
    sex: Sex | None = None
    """Set where EFSA splits the group by sex; null where one value covers both."""
    age_band: Text | None = Field(
        default=None,
        description="EFSA's own age band where it cuts one of the groups "
        "('1-2y', '3y', '65y+'): EFSA's tables use other bands for some nutrients.",
    )
    kind: EfsaKind
    """PRI, AI, or not-set."""
    average_requirement: Amount | None = Field(
        default=None, description="EFSA's Average Requirement, in the table's unit."
    )
    value: Amount | None = Field(description="The PRI or AI, in the table's unit.")
    value_range: tuple[Amount, Amount] | None = Field(
        default=None,
        description="[low, high] where EFSA sets a range instead of one figure "
        "(value is then null).",
    )
    phytate_mg: PhytateLevel | None = Field(
        default=None, description="Zinc only: the phytate intake (mg/day) it is for."
    )
    not_set_reason: Text | None = Field(
        default=None,
        description="With kind not-set: why EFSA set no value for the group.",
    )
    note: Text | None = None
    """Caveat for this row."""
    reference_id: Slug | None = Field(
        description="The EFSA opinion the value comes from, or that found no "
        "value could be set."
    )
    confirmed_by: Text
    """What confirmed the value."""

    @model_validator(mode="after")
    def _gaps_are_explained(self) -> EfsaValue:
        given = self.value is not None or self.value_range is not None
        if given and self.reference_id is None:
            raise ValueError("a value needs the reference_id of its source")
        if self.value is not None and self.value_range is not None:
            raise ValueError("a row has a value or a value_range, not both")
        if self.value_range is not None and not (
            self.value_range[0] < self.value_range[1]
        ):
            raise ValueError("value_range must be [low, high] with low < high")
        if self.kind == "not-set":
            if given or self.average_requirement is not None:
                raise ValueError("a not-set row has no value and no AR")
            if self.not_set_reason is None:
                raise ValueError("a not-set row needs not_set_reason")
        elif not given:
            raise ValueError(
                f"a {self.kind} row needs a value or a value_range "
                "(use kind not-set, with not_set_reason, where EFSA set none)"
            )
        elif self.not_set_reason is not None:
            raise ValueError("not_set_reason goes with kind not-set only")
        if self.kind == "AI" and self.average_requirement is not None:
            raise ValueError("an AI is set where no AR could be; AR must be null")
        return self


class EfsaUpperLimit(Record):
    """An upper level for one group."""

    group: EfsaGroupId
    """EFSA age band (or pregnancy, lactation)."""
    sex: Sex | None = None
    """Set where the level differs by sex."""
    age_band: Text | None = Field(
        default=None,
        description="EFSA's own age band where it cuts the group ('1-2y', '3y'): "
        "the 2023 manganese safe levels use other bands.",
    )
    value: Amount
    """The level per day, in the table's unit."""
    note: Text | None = None
    """Caveat for this group."""
    reference_id: Slug
    """The opinion that set it."""
    confirmed_by: Text
    """What confirmed the value."""


class EfsaUpperLimits(Record):
    """EFSA's upper levels for a nutrient, their scope and what they replaced."""

    kind: UlKind
    """UL, safe-level (manganese, 2023: not a UL), or none set for any group."""
    applies_to: UlAppliesTo
    """Whether the level limits total intake or supplemental forms only."""
    scope: Text
    """Which forms and groups the level covers, in words."""
    values: tuple[EfsaUpperLimit, ...] = ()
    """One row per group with a level; groups without one are named in scope."""
    reference_id: Slug | None = None
    """The source of the scope text (where no level is set, the finding itself)."""
    reference_ids: tuple[Slug, ...] = ()
    """Further sources the scope text draws on."""
    confirmed_by: Text | None = None
    """What confirmed the scope, where no row carries it."""
    history: History = ()
    """Levels these replaced, with the years each was in force."""

    @model_validator(mode="after")
    def _none_has_no_values(self) -> EfsaUpperLimits:
        if self.kind == "none" and self.values:
            raise ValueError("kind 'none' lists no values")
        return self


class EfsaTable(Record):
    """EFSA's Dietary Reference Values for one nutrient (or one part of it).

    Most nutrients have one table. Where EFSA sets values for parts of a
    nutrient separately (omega-3: ALA in percent of energy, EPA plus DHA in mg),
    each part has its own table and ``basis`` says which; the first is the one
    compared with the US values.
    """

    nutrient: Slug
    """The id of the nutrient this table belongs to."""
    status: Literal["values-set", "no-value-set"]
    """Whether EFSA set any value; no-value-set (chromium) comes with a note."""
    status_note: Text | None = None
    """Why EFSA set no value, where it set none."""
    unit: ReferenceUnit
    """Unit of every value per day; percent-energy is percent of energy intake."""
    basis: Text | None = None
    """What the values count, where narrower than the nutrient."""
    values: tuple[EfsaValue, ...] = ()
    """One row per group (and sex, and phytate level where they apply)."""
    reference_ids: tuple[Slug, ...] = ()
    """EFSA's documents that print the values (its DRV summary tables and
    summary report), besides the opinion each row cites."""
    ul: EfsaUpperLimits
    """Upper levels (kind ``none`` where none was set), their scope and history."""
    history: History = ()
    """PRI, AI and AR values these replaced."""
    why_it_differs_from_us: Text | None = None
    """Why EFSA's values differ from the US ones, in a sentence or two."""

    @model_validator(mode="after")
    def _status_matches_values(self) -> EfsaTable:
        if self.status == "no-value-set":
            if self.status_note is None or any(v.value for v in self.values):
                raise ValueError("no-value-set has no values and needs status_note")
        elif not self.values:
            raise ValueError("values-set needs at least one value")
        return self
