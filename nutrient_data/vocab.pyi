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
Authority = Literal[
    "us",
    "efsa",
]
IntakeKind = Literal[
    "RDA",
    "AI",
    "ND",
]
EfsaKind = Literal[
    "PRI",
    "AI",
    "not-set",
]
LimitKind = Literal[
    "UL",
    "safe-level",
]
UlKind = Literal[
    "UL",
    "safe-level",
    "none",
]
UlAppliesTo = Literal[
    "total-intake",
    "supplemental-only",
]
HistoryKind = Literal[
    "RDA",
    "AI",
    "EAR",
    "PRI",
    "AR",
    "UL",
    "safe-level",
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
GroupId = LifeStageId | EfsaGroupId

NUTRIENT_ORDER: tuple[NutrientId, ...]
PROFILE_IDS: tuple[ProfileId, ...]
UNIT_CODES: tuple[UnitCode, ...]
SCHEMES: dict[IdentifierScheme, str]
SCHEME_ORDER: tuple[IdentifierScheme, ...]
IDENTIFIER_UNITS: tuple[IdentifierUnit, ...]
PERCENT_ENERGY: str
REFERENCE_UNITS: tuple[ReferenceUnit, ...]
SEXES: tuple[Sex, ...]
AUTHORITY_NAMES: dict[Authority, str]
AUTHORITIES: tuple[Authority, ...]
INTAKE_KINDS: tuple[IntakeKind, ...]
EFSA_KINDS: tuple[EfsaKind, ...]
LIMIT_KINDS: tuple[LimitKind, ...]
UL_KINDS: tuple[UlKind, ...]
UL_APPLIES_TO: tuple[UlAppliesTo, ...]
HISTORY_KINDS: tuple[HistoryKind, ...]
PHYTATE_LEVELS: tuple[PhytateLevel, ...]
VITAMIN_E_FORMS: tuple[VitaminEForm, ...]
LIFE_STAGE_IDS: tuple[LifeStageId, ...]
EFSA_GROUP_IDS: tuple[EfsaGroupId, ...]
MECHANISMS: tuple[Mechanism, ...]
VERDICTS: dict[Verdict, str]
CERTAINTIES: dict[Certainty, str]
CERTAINTY_RANK: dict[Certainty, int]
RATING_DOWN: dict[RatingDown, str]
EVIDENCE_BASES: dict[EvidenceBase, str]
VOCABULARIES: dict[str, tuple[str | int, ...]]
UNIONS: dict[str, tuple[str, ...]]
