"""Shared vocabularies: the fixed ids every layer names.

Plain ``Literal`` types and tuples only, with no pydantic, so that the models,
the lint rules and the quick bundle-reading commands can all import them.
"""

from __future__ import annotations

import typing
from typing import Literal

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
NUTRIENT_ORDER: tuple[NutrientId, ...] = typing.get_args(NutrientId)
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
UnitCode = Literal["g", "mg", "ug"]
"""UCUM codes of amounts (per day for intakes)."""
IdentifierScheme = Literal[
    "fdc-nutrient-id",
    "fdc-nutrient-number",
    "infoods",
    "chebi",
    "pubchem-cid",
    "cas",
    "wikidata",
    "unii",
]
"""The database identifier schemes, in the order tables show them."""
SCHEME_ORDER: tuple[IdentifierScheme, ...] = typing.get_args(IdentifierScheme)
SCHEMES: dict[IdentifierScheme, str] = {
    "fdc-nutrient-id": "USDA FoodData Central nutrient id (the `id` the FDC API "
    "returns, e.g. 1090 for magnesium)",
    "fdc-nutrient-number": "USDA nutrient number (FDC `nutrient_nbr`, the SR "
    "number, e.g. 304 for magnesium)",
    "infoods": "FAO/INFOODS component tagname",
    "chebi": "ChEBI entity id",
    "pubchem-cid": "PubChem compound id",
    "cas": "CAS Registry Number",
    "wikidata": "Wikidata item id",
    "unii": "FDA Unique Ingredient Identifier",
}
IdentifierUnit = Literal["g", "mg", "ug", "[IU]"]
"""UCUM unit of a food-composition row (FDC, INFOODS): mass or International Units."""
PERCENT_ENERGY = "percent-energy"
ReferenceUnit = Literal["g", "mg", "ug", "percent-energy"]
"""A UCUM amount per day, or ``percent-energy``: percent of total energy intake."""
Sex = Literal["female", "male"]
Authority = Literal["us", "efsa"]
AUTHORITIES: tuple[Authority, ...] = typing.get_args(Authority)
AUTHORITY_NAMES: dict[Authority, str] = {
    "us": "US Food and Nutrition Board (DRI)",
    "efsa": "European Food Safety Authority (DRV)",
}
IntakeKind = Literal["RDA", "AI", "ND"]
EfsaKind = Literal["PRI", "AI", "not-set"]
"""EFSA's Population Reference Intake or Adequate Intake, or none set for a group."""
UlKind = Literal["UL", "safe-level", "none"]
"""A Tolerable Upper Intake Level, a "safe level" (not a UL), or none set."""
UlAppliesTo = Literal["total-intake", "supplemental-only"]
HistoryKind = Literal["RDA", "AI", "EAR", "PRI", "AR", "UL", "safe-level"]
PhytateLevel = Literal[300, 600, 900, 1200]
PHYTATE_LEVELS: tuple[PhytateLevel, ...] = typing.get_args(PhytateLevel)
"""EFSA's zinc values depend on phytate intake (mg/day): these four levels."""
VitaminEForm = Literal["natural", "synthetic"]
"""Vitamin E given in IU: natural (d-, RRR-) or synthetic (dl-, all-rac-)."""
VITAMIN_E_FORMS: tuple[VitaminEForm, ...] = typing.get_args(VitaminEForm)
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
EfsaGroupId = Literal[
    "infants-7-11mo",
    "children-1-3y",
    "children-4-6y",
    "children-7-10y",
    "children-11-14y",
    "children-15-17y",
    "adults",
    "pregnancy",
    "lactation",
]
GroupId = LifeStageId | EfsaGroupId
"""A life-stage group of any authority."""


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
"""The pathway or outcome a claim is about."""

# The evidence model: a claim's verdict and the certainty of that verdict are
# separate judgements (GRADE). Each vocabulary maps its codes to definitions,
# which the schema, the CLI's error messages and the site all show.

Verdict = Literal["supported", "contradicted", "mixed", "insufficient"]
VERDICTS: dict[Verdict, str] = {
    "supported": "The body of evidence consistently shows that the statement holds.",
    "contradicted": "Adequate tests show that the statement does not hold, "
    "or that the opposite does.",
    "mixed": "Credible evidence points both ways, or the effect is confined to "
    "subgroups (such as people who are deficient).",
    "insufficient": "Too little, or too indirect, evidence to judge the statement.",
}
Certainty = Literal["high", "moderate", "low", "very-low"]
CERTAINTIES: dict[Certainty, str] = {
    "high": "Very confident that the verdict is right; further research is very "
    "unlikely to change it.",
    "moderate": "Moderately confident; further research may change the verdict.",
    "low": "Limited confidence; further research is likely to change the verdict.",
    "very-low": "Very little confidence; the verdict is very uncertain.",
}
"""GRADE certainty, coded as HL7 FHIR EvidenceCertaintyRating (high to very-low)."""
CERTAINTY_RANK: dict[Certainty, int] = {
    "very-low": 0,
    "low": 1,
    "moderate": 2,
    "high": 3,
}
RatingDown = Literal[
    "risk-of-bias", "inconsistency", "indirectness", "imprecision", "publication-bias"
]
RATING_DOWN: dict[RatingDown, str] = {
    "risk-of-bias": "Limitations in the design or conduct of the studies.",
    "inconsistency": "Results differ between studies more than chance explains.",
    "indirectness": "The studies' people, doses or outcomes differ from the "
    "statement's.",
    "imprecision": "Few participants or events, or wide confidence intervals.",
    "publication-bias": "Studies with null results are likely missing.",
}
EvidenceBase = Literal[
    "meta-analysis-of-randomized-trials",
    "randomized-trials",
    "observational-studies",
    "mechanistic-or-animal-studies",
    "case-reports",
    "authoritative-consensus",
]
EVIDENCE_BASES: dict[EvidenceBase, str] = {
    "meta-analysis-of-randomized-trials": "Pooled analyses of randomized "
    "controlled trials.",
    "randomized-trials": "One or more randomized controlled trials, not pooled.",
    "observational-studies": "Cohort, case-control or cross-sectional studies.",
    "mechanistic-or-animal-studies": "Cell, tissue or animal experiments, or "
    "mechanistic reasoning.",
    "case-reports": "Reports of individual patients.",
    "authoritative-consensus": "Textbook physiology or the consensus of an "
    "authoritative body (such as the DRI reports).",
}
