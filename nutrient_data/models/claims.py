"""Claims about insulin sensitivity and the per-nutrient roll-ups built on them."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from nutrient_data.models.base import Record, ReferenceIds, Slug, Text
from nutrient_data.vocab import (
    CERTAINTIES,
    EVIDENCE_BASES,
    RATING_DOWN,
    VERDICTS,
    Certainty,
    EvidenceBase,
    Mechanism,
    NutrientId,
    RatingDown,
    Verdict,
)


class Claim(Record):
    """A hypothesis about the nutrient and insulin sensitivity, and what the
    evidence says about it.

    The verdict (does the statement hold?) and its certainty (how sure are we?)
    are separate judgements, both taken from the cited papers.
    """

    id: Slug
    """Claim id, unique in the dataset: "<nutrient-id>-<slug>" ("framing-<slug>"
    for claims about the essay as a whole)."""
    statement: Text = Field(
        description="The hypothesis as the essay or the literature puts it, stated "
        "affirmatively and never negated; the verdict says whether it holds."
    )
    mechanism: Mechanism
    """The pathway or outcome the claim is about."""
    verdict: Verdict = Field(
        description="What the body of evidence says about the statement: "
        + "; ".join(f"{k}: {v}" for k, v in VERDICTS.items())
    )
    certainty: Certainty = Field(
        description="GRADE certainty of the verdict, coded as HL7 FHIR "
        "EvidenceCertaintyRating: "
        + "; ".join(f"{k}: {v}" for k, v in CERTAINTIES.items())
    )
    rated_down_for: tuple[RatingDown, ...] = Field(
        default=(),
        description="The GRADE reasons for rating the certainty down, where they "
        "apply: " + "; ".join(f"{k}: {v}" for k, v in RATING_DOWN.items()),
    )
    evidence_base: EvidenceBase = Field(
        description="The strongest kind of evidence behind the verdict: "
        + "; ".join(f"{k}: {v}" for k, v in EVIDENCE_BASES.items())
    )
    supplement_efficacy: bool = Field(
        default=False,
        description="True when the statement is that supplementing this nutrient "
        "improves insulin sensitivity or glycaemic outcomes; these claims, and "
        "only these, feed the nutrient's roll-up in the synthesis.",
    )
    evidence: Text = Field(
        description="What the cited studies found, justifying verdict and certainty."
    )
    reference_ids: ReferenceIds
    """The studies, reviews and reports behind the verdict."""

    @field_validator("rated_down_for")
    @classmethod
    def _each_reason_once(cls, reasons: tuple[str, ...]) -> tuple[str, ...]:
        if len(set(reasons)) != len(reasons):
            raise ValueError("each reason for rating down is listed once")
        return reasons


class Intervention(Record):
    """The roll-up for one nutrient: does supplementing it improve insulin
    sensitivity or glycaemic outcomes?

    Only ``summary`` is written by hand. ``claim_ids``, ``verdict`` and
    ``certainty`` are computed from the nutrient's supplement-efficacy claims by
    the rule in :mod:`nutrient_data.rollup`, and a lint rule checks them.
    """

    nutrient_id: NutrientId
    """The nutrient supplemented."""
    claim_ids: tuple[Slug, ...]
    """The supplement-efficacy claims this verdict rests on (all of them)."""
    verdict: Verdict
    """The verdict the roll-up rule computes from those claims."""
    certainty: Certainty
    """The certainty the roll-up rule computes from those claims."""
    summary: Text
    """What the trials show, in a sentence or two."""


class EssayPart(Record):
    """The essay's opening thesis or closing conclusion, audited by claims."""

    part: Literal["opening", "closing"]
    """Which part of the essay this is."""
    essay_says: Text
    """What that part of the essay asserts, in our words."""
    evidence_says: Text
    """What the evidence as a whole supports."""
    claims: tuple[Claim, ...] = Field(min_length=1)
    """The claims that audit it (ids "framing-<slug>")."""


class Synthesis(Record):
    """The essay as a whole, and one roll-up per nutrient, set against the evidence."""

    framing: tuple[EssayPart, ...] = Field(min_length=2, max_length=2)
    """The essay's opening thesis and closing conclusion, in that order."""
    interventions: tuple[Intervention, ...] = Field(min_length=1)
    """One roll-up per nutrient, in canonical nutrient order."""
