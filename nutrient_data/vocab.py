"""Shared vocabularies: the fixed ids every layer names.

Plain ``Literal`` types and tuples only, with no pydantic, so that the models,
the lint rules and the quick bundle-reading commands can all import them.
"""

from __future__ import annotations

import typing
from collections.abc import Sequence
from typing import Literal

from nutrient_data.problem import shorten

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
Sex = Literal["female", "male"]
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


def check_choice(what: str, value: object, allowed: Sequence[str]) -> None:
    """Raise ``ValueError`` naming the allowed values unless ``value`` is one."""
    if value not in allowed:
        shown = shorten(repr(value))
        raise ValueError(f"unknown {what} {shown}; choose from {', '.join(allowed)}")
