"""The reference registry: every source a fact cites."""

from __future__ import annotations

import datetime
from typing import Literal

from pydantic import Field, model_validator

from nutrient_data.models.base import Record, Slug, Text

ReferenceType = Literal[
    "dri-report",
    "fact-sheet",
    "meta-analysis",
    "systematic-review",
    "randomized-trial",
    "cohort-study",
    "cross-sectional-study",
    "case-report",
    "animal-study",
    "review",
    "guideline",
    "database",
]


BODY_TYPES = frozenset({"dri-report", "guideline"})


class Reference(Record):
    """A report, review, study or database that a fact cites."""

    id: Slug
    """Reference id: "<first-author>-<year>-<keyword>" or a report id."""
    type: ReferenceType
    """Kind of source."""
    title: Text
    """Title as published."""
    authors: tuple[Text, ...] = Field(
        min_length=1, description="People, or the body that issued it."
    )
    year: int = Field(ge=1900, le=2100)
    """Year of publication. For a living web page (a fact sheet) whose date of
    last update could not be confirmed, the year it was accessed, as
    ``confirmed_by`` then says."""
    container: Text | None = Field(default=None, description="Journal or publisher.")
    pmid: str | None = Field(default=None, pattern=r"^[1-9][0-9]{0,8}$")
    """PubMed id, only where confirmed against the PubMed record."""
    doi: str | None = Field(default=None, pattern=r"^10\.[0-9]{4,9}/\S+$")
    """DOI, only where confirmed against the publisher or PubMed record."""
    url: str | None = Field(default=None, pattern=r"^https://\S+$")
    """Where the source can be read."""
    confirmed_by: Text = Field(description="What confirmed the title, year and ids.")
    confirmed_on: datetime.date
    """Date of that confirmation."""

    @model_validator(mode="after")
    def _locatable(self) -> Reference:
        # An issuing body's own document (a report or guideline) may lack a
        # confirmed canonical link; it is then cited by title, body and year,
        # and confirmed_by says why no link is given. Never a mirror instead.
        if not (self.pmid or self.doi or self.url) and self.type not in BODY_TYPES:
            raise ValueError("a reference needs at least one of pmid, doi or url")
        return self
