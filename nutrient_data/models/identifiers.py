"""Database identifiers: one model per scheme so the JSON Schema checks each pattern.

Food-composition schemes (FoodData Central, INFOODS) may record the unit of
their row, because FDC keeps one row per unit for some nutrients (vitamin D in
ug and in IU): a join on the identifier then cannot mix the two.
"""

from __future__ import annotations

from functools import cached_property
from typing import Annotated, Literal

from pydantic import Field, model_validator

from nutrient_data.models.base import Record, Text
from nutrient_data.vocab import IdentifierScheme, IdentifierUnit

FDC_ID_PATTERN = r"^[1-9][0-9]{3,5}$"
FDC_NUMBER_PATTERN = r"^[0-9]{3,4}$"


class _Identifier(Record):
    confirmed_by: Text = Field(description="What confirmed that this id is right.")


class _RowIdentifier(_Identifier):
    """A row of a food-composition table, which may hold values in one unit."""

    unit: IdentifierUnit | None = Field(
        default=None,
        description="UCUM unit of the values filed under this row, where the "
        "scheme keeps rows per unit.",
    )


class _SubstanceIdentifier(_Identifier):
    """A substance in a registry: it has no unit."""

    unit: None = Field(default=None, description="Always null: a substance id.")


class FdcNutrientId(_RowIdentifier):
    scheme: Literal["fdc-nutrient-id"]
    """Identifier scheme."""
    value: str = Field(
        pattern=FDC_ID_PATTERN,
        description="USDA FoodData Central nutrient id: the `id` column of FDC's "
        "nutrient table and `nutrient.id` in API answers (e.g. 1090).",
    )


class FdcNutrientNumber(_RowIdentifier):
    scheme: Literal["fdc-nutrient-number"]
    """Identifier scheme."""
    value: str = Field(
        pattern=FDC_NUMBER_PATTERN,
        description="USDA nutrient number: `nutrient_nbr` in FDC's nutrient "
        "table, the number of the older SR tables (e.g. 304).",
    )


class InfoodsTagname(_RowIdentifier):
    scheme: Literal["infoods"]
    """Identifier scheme."""
    value: str = Field(
        pattern=r"^[A-Z][A-Z0-9_]{0,15}$", description="INFOODS tagname."
    )


class ChebiId(_SubstanceIdentifier):
    scheme: Literal["chebi"]
    """Identifier scheme."""
    value: str = Field(pattern=r"^CHEBI:[0-9]{1,7}$", description="ChEBI id.")


class PubchemCid(_SubstanceIdentifier):
    scheme: Literal["pubchem-cid"]
    """Identifier scheme."""
    value: str = Field(pattern=r"^[1-9][0-9]{0,9}$", description="PubChem compound id.")


class CasNumber(_SubstanceIdentifier):
    scheme: Literal["cas"]
    """Identifier scheme."""
    value: str = Field(
        pattern=r"^[1-9][0-9]{1,6}-[0-9]{2}-[0-9]$", description="CAS Registry Number."
    )

    @model_validator(mode="after")
    def _check_digit(self) -> CasNumber:
        digits = self.value.replace("-", "")
        body, check = digits[:-1], int(digits[-1])
        total = sum(int(d) * (i + 1) for i, d in enumerate(reversed(body)))
        if total % 10 != check:
            raise ValueError(f"CAS number {self.value} fails its check digit")
        return self


class WikidataId(_SubstanceIdentifier):
    scheme: Literal["wikidata"]
    """Identifier scheme."""
    value: str = Field(pattern=r"^Q[1-9][0-9]*$", description="Wikidata item id.")


class UniiCode(_SubstanceIdentifier):
    scheme: Literal["unii"]
    """Identifier scheme."""
    value: str = Field(
        pattern=r"^[0-9A-Z]{10}$",
        description="FDA Unique Ingredient Identifier: ten capital letters or digits.",
    )


Identifier = Annotated[
    FdcNutrientId
    | FdcNutrientNumber
    | InfoodsTagname
    | ChebiId
    | PubchemCid
    | CasNumber
    | WikidataId
    | UniiCode,
    Field(discriminator="scheme"),
]


class NoRecord(Record):
    """A scheme that has no record for this substance, stated instead of left blank.

    A join that finds nothing then tells "the registry has none" apart from
    "not yet curated".
    """

    scheme: IdentifierScheme
    """The scheme with no record."""
    reason: Text = Field(description="Why the scheme has none, and what showed it.")


class Unconfirmed(Record):
    """A scheme whose identifier for this substance could not be confirmed.

    Stated instead of left blank, so that a missing id reads as "seen but not
    confirmed" with what was seen, not as an oversight; the id itself stays out
    until a registry's own record (or two independent ones) shows it.
    """

    scheme: IdentifierScheme
    """The scheme whose identifier is not confirmed."""
    reason: Text = Field(
        description="What was seen, and why it does not confirm an identifier."
    )


class FdcNutrientRow(Record):
    """One row of USDA FoodData Central's nutrient table that the dataset uses."""

    id: str = Field(pattern=FDC_ID_PATTERN)
    """FDC nutrient id."""
    number: str = Field(pattern=FDC_NUMBER_PATTERN)
    """USDA nutrient number of the same row."""
    name: Text
    """The row's name as FDC gives it."""
    unit: IdentifierUnit
    """UCUM code of the row's unit (FDC writes UG, MG, IU)."""
    confirmed_by: Text
    """What confirmed the row."""


class FdcNutrientTable(Record):
    """The FDC nutrient rows that identifiers in the dataset point at, with source."""

    source: Text
    """Where the rows come from."""
    rows: tuple[FdcNutrientRow, ...] = Field(min_length=1)
    """The rows, one per FDC nutrient id."""

    @cached_property
    def by_id(self) -> dict[str, FdcNutrientRow]:
        """The rows keyed by FDC nutrient id."""
        return {row.id: row for row in self.rows}

    @cached_property
    def by_number(self) -> dict[str, FdcNutrientRow]:
        """The rows keyed by USDA nutrient number."""
        return {row.number: row for row in self.rows}
