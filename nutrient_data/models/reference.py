"""The reference registry: every source a fact cites."""

from __future__ import annotations

import datetime
from typing import Literal, get_args

from pydantic import Field, model_validator

from nutrient_data.models.base import Record, Slug, Text

JournalArticleType = Literal[
    "meta-analysis",
    "systematic-review",
    "randomized-trial",
    "cohort-study",
    "cross-sectional-study",
    "mendelian-randomization-study",
    "case-report",
    "animal-study",
    "review",
]
"""Kinds of source published as journal articles, which have a PMID or DOI."""
JOURNAL_ARTICLE_TYPES: frozenset[str] = frozenset(get_args(JournalArticleType))
ReferenceType = Literal[
    "dri-report", "fact-sheet", JournalArticleType, "guideline", "database"
]


class Reference(Record):
    """A report, review, study or database that a fact cites."""

    id: Slug
    """Reference id: `<first-author>-<year>-<keyword>` or a report id."""
    type: ReferenceType
    """Kind of source."""
    title: Text
    """Title as published."""
    authors: tuple[Text, ...] = Field(
        default=(),
        description="People, or the body that issued it; empty only where no "
        "record that could be read shows them (confirmed_by says so), since a "
        "name recalled is not a name confirmed.",
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
    """The canonical record: the DOI, PubMed or PMC page, the publisher's or the
    issuing body's page; never a mirror or file-sharing copy."""
    no_identifier_reason: Text | None = None
    """Why a journal article has neither PMID nor DOI (e.g. not indexed)."""
    confirmed_by: Text = Field(description="What confirmed the title, year and ids.")
    confirmed_on: datetime.date
    """Date of that confirmation."""

    @model_validator(mode="after")
    def _locatable(self) -> Reference:
        if not (self.pmid or self.doi or self.url or self.no_identifier_reason):
            raise ValueError(
                "a reference needs a pmid, doi or url, or a no_identifier_reason"
            )
        return self
