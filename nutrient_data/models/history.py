"""Superseded reference values: what a value replaced, and when each was in force."""

from __future__ import annotations

from pydantic import Field, model_validator

from nutrient_data.models.base import Amount, Record, Slug, Text
from nutrient_data.vocab import PhytateLevel, Sex

Year = int


class ValueChange(Record):
    """A value an authority once set and later replaced.

    ``in_force_from`` is the year it took effect, ``in_force_until`` the year
    the value in ``replaced_by`` took its place (so a value is in force in year
    Y when ``in_force_from <= Y < in_force_until``).
    """

    group: Slug
    """The group, in the authority's own ids."""
    sex: Sex | None = None
    """Set where the authority split the group by sex."""
    phytate_mg: PhytateLevel | None = None
    """EFSA zinc only: the phytate intake the value is for."""
    kind: Text
    """What the value was, in the authority's own codes (RDA, EAR, PRI, UL, ...)."""
    value: Amount = Field(description="The value, in the table's unit per day.")
    in_force_from: Year = Field(ge=1900, le=2100)
    """Year the value took effect."""
    in_force_until: Year = Field(ge=1900, le=2100)
    """Year the replacing value took effect."""
    reference_id: Slug = Field(description="Where the replaced value was set.")
    replaced_by: Slug = Field(description="The reference that replaced it.")
    note: Text | None = None
    """Caveat for this entry."""
    confirmed_by: Text
    """What confirmed the value and its dates."""

    @model_validator(mode="after")
    def _dates_in_order(self) -> ValueChange:
        if self.in_force_until < self.in_force_from:
            raise ValueError("in_force_until must not precede in_force_from")
        return self


History = tuple[ValueChange, ...]
