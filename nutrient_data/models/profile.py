"""The essay's topics and their audits."""

from __future__ import annotations

from pydantic import Field

from nutrient_data.models.base import Record, Slug, Text
from nutrient_data.vocab import NutrientId, ProfileId


class Audit(Record):
    """The essay's account of a topic set against the evidence."""

    essay_says: Text
    """What the essay asserts about the topic, in our words."""
    evidence_says: Text
    """What trials, meta-analyses and reports show."""
    differences: Text
    """Where the essay and the evidence part ways."""


class Profile(Record):
    """One of the source essay's ten topics, pointing at its nutrients and claims."""

    id: ProfileId
    """Fixed profile id."""
    order: int = Field(ge=1, le=10, description="Position of the topic in the essay.")
    source_heading: Text = Field(description="The topic's heading in the source essay.")
    title: Text
    """Plain title of the topic."""
    role: Text = Field(description="The role the essay gives, in our words.")
    nutrient_ids: tuple[NutrientId, ...] = Field(min_length=1)
    """The nutrients the topic covers."""
    claim_ids: tuple[Slug, ...] = Field(min_length=1)
    """The claims that restate this topic of the essay."""
    audit: Audit
    """The essay set against the evidence."""
