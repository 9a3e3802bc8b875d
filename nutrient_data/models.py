"""The shape of every record: one pydantic model per kind of fact.

These models are the single source of truth for the data's shape. The JSON
Schema under ``schema/`` is generated from them (see ``schema.py``), and every
model is frozen, so a loaded dataset cannot be changed by the code that uses it.
"""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import Annotated, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, model_validator

from nutrient_data.lookup import NameIndex

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
ReferenceIds = Annotated[
    tuple[Slug, ...],
    Field(min_length=1, description="Ids of entries in the reference registry."),
]

NutrientId = Literal[
    "chromium",
    "magnesium",
    "zinc",
    "vitamin-d",
    "vitamin-e",
    "omega-3",
    "biotin",
    "vitamin-b6",
    "vitamin-b12",
    "vitamin-c",
    "selenium",
    "copper",
    "manganese",
]
ProfileId = Literal[
    "chromium",
    "magnesium",
    "zinc",
    "vitamin-d",
    "vitamin-e",
    "omega-3",
    "b-vitamins",
    "antioxidants",
    "copper",
    "manganese",
]
NutrientClass = Literal[
    "macromineral",
    "essential-trace-mineral",
    "trace-mineral-essentiality-debated",
    "fat-soluble-vitamin",
    "water-soluble-vitamin",
    "essential-fatty-acids",
]
Unit = Annotated[
    Literal["g", "mg", "ug"],
    Field(description="UCUM code of an amount (per day for intakes)."),
]
IntakeKind = Literal["RDA", "AI", "ND"]
LifeStageId = Literal[
    "infants-0-6mo",
    "infants-7-12mo",
    "children-1-3y",
    "children-4-8y",
    "males-9-13y",
    "males-14-18y",
    "males-19-30y",
    "males-31-50y",
    "males-51-70y",
    "males-71y-plus",
    "females-9-13y",
    "females-14-18y",
    "females-19-30y",
    "females-31-50y",
    "females-51-70y",
    "females-71y-plus",
    "pregnancy-14-18y",
    "pregnancy-19-30y",
    "pregnancy-31-50y",
    "lactation-14-18y",
    "lactation-19-30y",
    "lactation-31-50y",
]
EvidenceGrade = Literal[
    "established-physiology",
    "supported-by-meta-analyses",
    "mixed-or-inconsistent",
    "observational-only",
    "mechanistic-or-animal-only",
    "not-supported",
]
EVIDENCE_GRADES: dict[EvidenceGrade, str] = {
    "established-physiology": "Textbook biochemistry or physiology, not in dispute.",
    "supported-by-meta-analyses": "Meta-analyses of randomized trials show a "
    "consistent, clinically meaningful effect on the stated outcome.",
    "mixed-or-inconsistent": "Trials or meta-analyses disagree, or effects are "
    "small, heterogeneous or confined to subgroups (such as deficient people).",
    "observational-only": "An association in cohort or cross-sectional studies, "
    "without support from trials.",
    "mechanistic-or-animal-only": "Cell, animal or mechanistic evidence only.",
    "not-supported": "Trials tested it and found no effect, or found harm.",
}
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


# Identifiers: one model per scheme so the JSON Schema itself checks each pattern.


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


class IntakeValue(Record):
    """The reference intake of one life-stage group.

    ``kind`` is RDA or AI with a value, or ND ("not determined") without one,
    so that a gap in the grid is explicit rather than missing.
    """

    life_stage: LifeStageId
    """The DRI life-stage group this row is for."""
    kind: IntakeKind
    """RDA, AI, or ND where the report set no value."""
    value: Amount | None = Field(description="RDA or AI per day, in the DRI unit.")
    ul: Amount | None = Field(
        description="Tolerable Upper Intake Level per day, in the DRI unit; "
        "null where none was set for this group."
    )
    note: Text | None = Field(default=None, description="Caveat for this group only.")
    reference_id: Slug = Field(description="The report these values come from.")

    @model_validator(mode="after")
    def _value_matches_kind(self) -> IntakeValue:
        if (self.kind == "ND") != (self.value is None):
            raise ValueError("value must be null exactly when kind is ND")
        return self


class Intakes(Record):
    """US Dietary Reference Intakes for every life-stage group."""

    unit: Unit
    """UCUM unit of every value and UL in the table (per day)."""
    basis: Text | None = Field(
        default=None,
        description="What the values count, where it is narrower than the nutrient "
        "(e.g. 2R-alpha-tocopherol only, or alpha-linolenic acid).",
    )
    ul_applies_to: Literal["total-intake", "supplemental-only", "no-ul-set"] = Field(
        description="Which intake the UL limits: all sources, only supplements and "
        "medicines (so it may sit below the RDA), or no UL was set for any group."
    )
    ul_scope: Text | None = Field(
        default=None,
        description="The UL's caveat in words, for every group "
        "(e.g. which supplemental forms it covers).",
    )
    notes: tuple[Text, ...] = Field(
        default=(), description="Caveats that apply to the whole table."
    )
    values: tuple[IntakeValue, ...] = Field(min_length=1)
    """One row per life-stage group, all 22 in the DRI order."""


class FoodSource(Record):
    food: Text
    """The food as the source names it."""
    serving: Text = Field(description="Serving size as published (e.g. '1 ounce').")
    amount: Amount = Field(description="Amount of the nutrient in one serving.")
    unit: Unit
    """UCUM unit of the amount; the same as the DRI table."""
    reference_id: Slug
    """Where the amount comes from."""


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
    components: tuple[Component, ...] = ()
    """Distinct substances counted under this nutrient, if any."""
    intakes: Intakes
    """The DRI table: RDA or AI and UL for all 22 life-stage groups."""
    food_sources: tuple[FoodSource, ...] = Field(min_length=1)
    """Foods with the amount in one serving."""
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
        if not (self.pmid or self.doi or self.url):
            raise ValueError("a reference needs at least one of pmid, doi or url")
        return self


class Metadata(Record):
    """What the dataset is, which version, and under what terms."""

    name: Slug
    """Machine name of the dataset."""
    title: Text
    """Human title of the dataset."""
    description: Text
    """What the dataset holds."""
    version: str = Field(pattern=r"^[0-9]+\.[0-9]+\.[0-9]+$")
    """Dataset version (semantic versioning), separate from the code version."""
    released: datetime.date
    """Release date of this dataset version."""
    license_data: Text
    """SPDX id of the data licence."""
    license_code: Text
    """SPDX id of the code licence."""
    disclaimer: Text
    """The medical disclaimer that goes with the data."""
    citation: Text
    """How to cite this dataset version (also in CITATION.cff)."""


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


class NutrientClaim(NamedTuple):
    """A claim together with the id of the nutrient it is about."""

    nutrient_id: NutrientId
    claim: Claim


class Dataset(Record):
    """The whole dataset: the bundle that consumers read.

    Lookups build their indices on first use, once per dataset object.
    """

    metadata: Metadata
    """What the dataset is, its version and licences."""
    nutrients: tuple[Nutrient, ...]
    """The 13 nutrient records, in canonical order."""
    profiles: tuple[Profile, ...]
    """The essay's ten topics, in essay order."""
    references: tuple[Reference, ...]
    """The reference registry, sorted by id."""
    synthesis: Synthesis
    """Which micronutrient interventions have trial support, and which do not."""

    @cached_property
    def _nutrient_index(self) -> NameIndex[Nutrient]:
        return NameIndex(
            "nutrient", ((n.id, (n.name, *n.synonyms), n) for n in self.nutrients)
        )

    @cached_property
    def _profile_index(self) -> NameIndex[Profile]:
        return NameIndex("profile", ((p.id, (p.title,), p) for p in self.profiles))

    @cached_property
    def _reference_index(self) -> NameIndex[Reference]:
        return NameIndex("reference", ((r.id, (), r) for r in self.references))

    def nutrient(self, name: str) -> Nutrient:
        """The nutrient with this id or synonym ("Vitamin D", "b12", "cholecalciferol").

        Raises :class:`~nutrient_data.lookup.UnknownNameError` (a ``KeyError``)
        naming the closest ids when nothing matches.
        """
        return self._nutrient_index.get(name)

    def profile(self, name: str) -> Profile:
        """The essay-topic profile with this id or title."""
        return self._profile_index.get(name)

    def reference(self, reference_id: str) -> Reference:
        """The reference with this id."""
        return self._reference_index.get(reference_id)

    def claims(
        self,
        *,
        nutrient: str | None = None,
        mechanism: Mechanism | None = None,
        grade: EvidenceGrade | None = None,
    ) -> tuple[NutrientClaim, ...]:
        """Claims, optionally only those about one nutrient, mechanism or grade."""
        about = self.nutrient(nutrient).id if nutrient is not None else None
        return tuple(
            NutrientClaim(n.id, c)
            for n in self.nutrients
            if about in (None, n.id)
            for c in n.claims
            if mechanism in (None, c.mechanism) and grade in (None, c.grade)
        )
