"""Database identifiers: one model per scheme so the JSON Schema checks each pattern."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from nutrient_data.models.base import Record, Text


class _Identifier(Record):
    confirmed_by: Text = Field(description="What confirmed that this id is right.")


class ChebiId(_Identifier):
    scheme: Literal["chebi"]
    """Identifier scheme."""
    value: str = Field(pattern=r"^CHEBI:[0-9]{1,7}$", description="ChEBI id.")


class PubchemCid(_Identifier):
    scheme: Literal["pubchem-cid"]
    """Identifier scheme."""
    value: str = Field(pattern=r"^[1-9][0-9]{0,9}$", description="PubChem compound id.")


class CasNumber(_Identifier):
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


class WikidataId(_Identifier):
    scheme: Literal["wikidata"]
    """Identifier scheme."""
    value: str = Field(pattern=r"^Q[1-9][0-9]*$", description="Wikidata item id.")


class FdcNutrientNumber(_Identifier):
    scheme: Literal["fdc-nutrient"]
    """Identifier scheme."""
    value: str = Field(
        pattern=r"^[0-9]{3,4}$", description="USDA FoodData Central nutrient number."
    )


class InfoodsTagname(_Identifier):
    scheme: Literal["infoods"]
    """Identifier scheme."""
    value: str = Field(
        pattern=r"^[A-Z][A-Z0-9_]{0,15}$", description="INFOODS tagname."
    )


Identifier = Annotated[
    ChebiId | PubchemCid | CasNumber | WikidataId | FdcNutrientNumber | InfoodsTagname,
    Field(discriminator="scheme"),
]
