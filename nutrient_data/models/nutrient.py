"""A nutrient record and the facts it holds (forms, foods, biomarkers, ...)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from nutrient_data.models.base import Amount, Record, ReferenceIds, Slug, Text, Unit
from nutrient_data.models.claims import Claim
from nutrient_data.models.identifiers import Identifier, NoRecord, Unconfirmed
from nutrient_data.vocab import NutrientId

NutrientClass = Literal[
    "macromineral",
    "essential-trace-mineral",
    "trace-mineral-essentiality-debated",
    "fat-soluble-vitamin",
    "water-soluble-vitamin",
    "essential-fatty-acids",
]


class Form(Record):
    """A chemical form in which the nutrient occurs in food or supplements."""

    name: Text
    """Name of the form, e.g. "chromium picolinate"."""
    found_in: Literal["food", "supplements", "food-and-supplements"]
    """Whether the form occurs in food, in supplements, or in both."""
    note: Text | None = None
    """What sets this form apart, where it matters."""


class Component(Record):
    """A distinct substance counted under one nutrient (e.g. ALA, EPA, DHA)."""

    id: Slug
    """Id of the component, unique within the nutrient."""
    name: Text
    """Preferred name of the component."""
    synonyms: tuple[Text, ...] = ()
    """Other names and abbreviations of the component."""
    identifiers: tuple[Identifier, ...] = ()
    """Confirmed database identifiers of the component."""
    no_record: tuple[NoRecord, ...] = ()
    """Schemes that have no record for the component, each with the reason."""
    unconfirmed: tuple[Unconfirmed, ...] = ()
    """Schemes whose identifier for the component could not be confirmed."""
    same_substance_as: str | None = Field(
        default=None,
        pattern=r"^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$",
        description="The record that denotes the same substance, as a nutrient id "
        "or 'nutrient-id/component-id'; only then may both carry the same "
        "identifier.",
    )


class FoodSource(Record):
    food: Text
    """The food as the source names it."""
    serving: Text = Field(description="Serving size as published (e.g. '1 ounce').")
    amount: Amount = Field(description="Amount of the nutrient in one serving.")
    unit: Unit
    """UCUM unit of the amount; the same as the DRI table."""
    reference_id: Slug
    """Where the amount comes from."""
    confirmed_by: Text = Field(
        description="The food-composition entry that confirms the amount and the "
        "arithmetic: value per 100 g x gram weight of the serving = amount.",
    )
    ndb_number: str | None = Field(
        default=None,
        pattern=r"^[0-9]{5}$",
        description="USDA NDB number of the food-composition entry used, where "
        "the amount comes from USDA's Standard Reference.",
    )


class Biomarker(Record):
    name: Text
    """What is measured, e.g. "serum 25-hydroxyvitamin D"."""
    specimen: Text
    """Where it is measured: serum, plasma, urine, ..."""
    interpretation: Text = Field(description="Cut-offs and limits, with their units.")
    reference_ids: ReferenceIds
    """Sources of the cut-offs and their meaning."""


class Deficiency(Record):
    signs: tuple[Text, ...] = Field(min_length=1)
    """Signs and symptoms of deficiency."""
    groups_at_risk: tuple[Text, ...] = Field(min_length=1)
    """Groups more likely to be deficient, and why."""
    reference_ids: ReferenceIds
    """Sources of the signs and risk groups."""


class Excess(Record):
    effects: tuple[Text, ...] = Field(min_length=1)
    """Effects of too much, and from which sources."""
    reference_ids: ReferenceIds
    """Sources of the effects."""


class Interaction(Record):
    agent: Text = Field(description="The medicine, nutrient or test involved.")
    agent_type: Literal["medicine", "nutrient", "laboratory-test"]
    """Whether the agent is a medicine, a nutrient or a laboratory test."""
    effect: Text
    """What happens, in which direction."""
    relevance: Text | None = Field(
        default=None, description="Why it matters to people with insulin resistance."
    )
    reference_ids: ReferenceIds
    """Sources of the interaction."""


class Nutrient(Record):
    """One distinct substance and everything the dataset says about it."""

    id: NutrientId
    """Fixed nutrient id."""
    name: Text
    """Preferred English name."""
    synonyms: tuple[Text, ...] = Field(
        description="Other names, matched case- and punctuation-insensitively."
    )
    nutrient_class: NutrientClass
    """Kind of nutrient."""
    summary: Text
    """What the nutrient is and does, in two or three sentences."""
    forms: tuple[Form, ...] = Field(min_length=1)
    """Chemical forms in food and supplements."""
    identifiers: tuple[Identifier, ...]
    """Confirmed database identifiers; unconfirmed ones are left out."""
    no_record: tuple[NoRecord, ...] = ()
    """Schemes that have no record for the nutrient as a whole, with the reason."""
    unconfirmed: tuple[Unconfirmed, ...] = ()
    """Schemes whose identifier for the nutrient as a whole could not be confirmed."""
    components: tuple[Component, ...] = ()
    """Distinct substances counted under this nutrient, if any."""
    food_sources: tuple[FoodSource, ...] = Field(
        default=(),
        description="Foods with the amount in one serving, each confirmed against "
        "a food-composition table; empty where no table that could be read gives "
        "the nutrient (USDA's Standard Reference carries no biotin or chromium).",
    )
    biomarkers: tuple[Biomarker, ...] = Field(min_length=1)
    """How status is measured."""
    deficiency: Deficiency
    """Signs of deficiency and groups at risk."""
    excess: Excess
    """Effects of too much."""
    interactions: tuple[Interaction, ...]
    """Interactions with medicines, nutrients and tests that matter here."""
    claims: tuple[Claim, ...] = Field(min_length=1)
    """Graded, cited claims about insulin sensitivity and glucose metabolism."""
