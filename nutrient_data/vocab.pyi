"""Types of nutrient_data.vocab, generated from it by
``python -m nutrient_data.build``: do not edit."""

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
UnitCode = Literal[
    "g",
    "mg",
    "ug",
]
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
IdentifierUnit = Literal[
    "g",
    "mg",
    "ug",
    "[IU]",
]
ReferenceUnit = Literal[
    "g",
    "mg",
    "ug",
    "percent-energy",
]
Sex = Literal[
    "female",
    "male",
]
KindRole = Literal[
    "requirement",
    "lower-reference",
    "recommendation",
    "adequate-intake",
    "upper-limit",
    "dietary-target",
    "labelling-reference",
    "not-set",
]
ValueRole = Literal[
    "recommendation",
    "adequate-intake",
    "dietary-target",
    "labelling-reference",
]
UlAppliesTo = Literal[
    "total-intake",
    "supplemental-only",
]
PhytateLevel = Literal[
    300,
    600,
    900,
    1200,
]
VitaminEForm = Literal[
    "natural",
    "synthetic",
]
Bioavailability = Literal[
    "high",
    "moderate",
    "low",
]
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
Verdict = Literal[
    "supported",
    "contradicted",
    "mixed",
    "insufficient",
]
Certainty = Literal[
    "high",
    "moderate",
    "low",
    "very-low",
]
RatingDown = Literal[
    "risk-of-bias",
    "inconsistency",
    "indirectness",
    "imprecision",
    "publication-bias",
]
EvidenceBase = Literal[
    "meta-analysis-of-randomized-trials",
    "randomized-trials",
    "mendelian-randomization",
    "observational-studies",
    "mechanistic-or-animal-studies",
    "case-reports",
    "authoritative-consensus",
]

NUTRIENT_ORDER: tuple[NutrientId, ...]
PROFILE_IDS: tuple[ProfileId, ...]
UNIT_CODES: tuple[UnitCode, ...]
SCHEMES: dict[IdentifierScheme, str]
SCHEME_ORDER: tuple[IdentifierScheme, ...]
IDENTIFIER_UNITS: tuple[IdentifierUnit, ...]
PERCENT_ENERGY: str
REFERENCE_UNITS: tuple[ReferenceUnit, ...]
SEXES: tuple[Sex, ...]
KIND_ROLES: dict[KindRole, str]
NOT_SET: str
VALUE_ROLES: tuple[ValueRole, ...]
UL_APPLIES_TO: dict[UlAppliesTo, str]
PHYTATE_LEVELS: tuple[PhytateLevel, ...]
VITAMIN_E_FORMS: tuple[VitaminEForm, ...]
BIOAVAILABILITY: tuple[Bioavailability, ...]
MECHANISMS: tuple[Mechanism, ...]
VERDICTS: dict[Verdict, str]
CERTAINTIES: dict[Certainty, str]
CERTAINTY_RANK: dict[Certainty, int]
RATING_DOWN: dict[RatingDown, str]
EVIDENCE_BASES: dict[EvidenceBase, str]
VOCABULARIES: dict[str, tuple[str | int, ...]]
UNIONS: dict[str, tuple[str, ...]]
