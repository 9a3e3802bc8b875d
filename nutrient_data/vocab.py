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
