"""The base of every model and the constrained scalar types they share."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from nutrient_data.vocab import UnitCode

Slug = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$",
        max_length=80,
        description="Lower-case id: letters, digits and single hyphens.",
    ),
]
Text = Annotated[str, Field(min_length=1, max_length=4000)]
Amount = Annotated[float, Field(ge=0, le=1_000_000, allow_inf_nan=False)]
Unit = Annotated[
    UnitCode,
    Field(description="UCUM code of an amount (per day for intakes)."),
]
ReferenceIds = Annotated[
    tuple[Slug, ...],
    Field(min_length=1, description="Ids of entries in the reference registry."),
]


class Record(BaseModel):
    """Base of every model: immutable, and unknown keys are an error.

    Validators are built on first use, not at import, so a CLI lookup starts fast.
    """

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        str_strip_whitespace=True,
        use_attribute_docstrings=True,
        defer_build=True,
    )
