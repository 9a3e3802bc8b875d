"""Claims about insulin sensitivity and the per-nutrient roll-ups built on them."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from nutrient_data.models.base import Record, ReferenceIds, Slug, Text
from nutrient_data.vocab import EvidenceGrade, NutrientId

Mechanism = Literal[
    "insulin-synthesis-and-secretion",
    "insulin-receptor-signalling",
    "glucose-uptake",
    "glucose-metabolism",
    "oxidative-stress",
    "inflammation",
    "homocysteine",
    "enzyme-cofactor",
    "lipid-profile",
    "vascular-integrity",
    "clinical-outcome",
]


class Claim(Record):
    """One statement about the nutrient and insulin sensitivity, graded."""

    id: Slug
    """Claim id, unique in the dataset: "<nutrient-id>-<slug>"."""
    statement: Text = Field(description="The claim in neutral words.")
    mechanism: Mechanism
    """The pathway or outcome the claim is about."""
    grade: EvidenceGrade
    """How strong the evidence for the claim is, on the dataset's scale."""
    evidence: Text = Field(description="What the cited studies and reviews found.")
    reference_ids: ReferenceIds
    """The studies, reviews and reports behind the grade."""


class Intervention(Record):
    """Whether supplementing one nutrient improves insulin sensitivity in trials."""

    nutrient_id: NutrientId
    """The nutrient supplemented."""
    grade: EvidenceGrade
    """The grade of the evidence that supplementation improves insulin sensitivity."""
    summary: Text
    """What the trials show, in a sentence or two."""
    claim_ids: tuple[Slug, ...] = Field(min_length=1)
    """The claims (and so the references) this verdict rests on."""


class Synthesis(Record):
    """The essay's closing framing, set against the trial evidence."""

    essay_says: Text
    """The essay's closing claim, in our words."""
    evidence_says: Text
    """What the evidence as a whole supports."""
    interventions: tuple[Intervention, ...] = Field(min_length=1)
    """One verdict per nutrient, in canonical nutrient order."""
