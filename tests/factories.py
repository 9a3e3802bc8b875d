"""A small synthetic dataset that tests can break on purpose."""

from __future__ import annotations

import copy
from typing import Any

from nutrient_data.lifestages import LIFE_STAGES
from nutrient_data.vocab import EFSA_GROUP_IDS

REF = {
    "id": "test-report",
    "type": "dri-report",
    "title": "A test report",
    "authors": ["Test Board"],
    "year": 2001,
    "url": "https://example.org/report",
    "confirmed_by": "synthetic test fixture",
    "confirmed_on": "2026-11-25",
}

CAS = {"chromium": "7440-47-3", "magnesium": "7439-95-4"}
FDC_ROWS = (
    ("1090", "304", "Magnesium, Mg", "mg"),
    ("1096", "310", "Chromium, Cr", "ug"),
    ("1114", "328", "Vitamin D (D2 + D3)", "ug"),
    ("1110", "324", "Vitamin D (D2 + D3), International Units", "[IU]"),
)
"""FoodData Central rows of the fixture (id, number, name, unit), for its ids."""
"""Each fixture nutrient's own CAS number (identifiers are unique per scheme)."""


def make_nutrient(nutrient_id: str = "chromium", **changes: Any) -> dict[str, Any]:
    """A minimal valid nutrient record; keyword arguments replace top-level keys."""
    record: dict[str, Any] = {
        "id": nutrient_id,
        "name": nutrient_id.replace("-", " ").title(),
        "synonyms": [f"{nutrient_id} test synonym"],
        "nutrient_class": "essential-trace-mineral",
        "summary": "A synthetic record for tests.",
        "forms": [{"name": "test form", "found_in": "food"}],
        "identifiers": [
            {"scheme": "cas", "value": CAS[nutrient_id], "confirmed_by": "fixture"}
        ]
        if nutrient_id in CAS
        else [],
        "intakes": {
            "unit": "mg",
            "ul_applies_to": "total-intake",
            "values": [
                {
                    "life_stage": stage.id,
                    "kind": "AI",
                    "value": 10.0,
                    "ul": 20.0,
                    "reference_id": "test-report",
                }
                for stage in LIFE_STAGES
            ],
        },
        "food_sources": [
            {
                "food": "Test food",
                "serving": "1 cup",
                "amount": 1.5,
                "unit": "mg",
                "reference_id": "test-report",
                "confirmed_by": "Test table: 1.5 mg/100 g x 100 g = 1.5 mg",
            }
        ],
        "biomarkers": [
            {
                "name": "serum test",
                "specimen": "serum",
                "interpretation": "1-2 mg/L",
                "reference_ids": ["test-report"],
            }
        ],
        "deficiency": {
            "signs": ["tiredness"],
            "groups_at_risk": ["everyone"],
            "reference_ids": ["test-report"],
        },
        "excess": {"effects": ["nausea"], "reference_ids": ["test-report"]},
        "interactions": [],
        "claims": [
            {
                "id": f"{nutrient_id}-test-claim",
                "statement": "It improves glucose uptake.",
                "mechanism": "glucose-uptake",
                "verdict": "mixed",
                "certainty": "low",
                "rated_down_for": ["inconsistency"],
                "evidence_base": "randomized-trials",
                "supplement_efficacy": True,
                "evidence": "Trials disagree.",
                "reference_ids": ["test-report"],
            }
        ],
    }
    record.update(changes)
    return record


def make_efsa_table(nutrient_id: str = "chromium", **changes: Any) -> dict[str, Any]:
    """A minimal valid EFSA table: a PRI and AR for every group, an adult UL
    and one superseded UL; keyword arguments replace top-level keys."""
    table: dict[str, Any] = {
        "nutrient": nutrient_id,
        "status": "values-set",
        "unit": "mg",
        "values": [
            {
                "group": group,
                "kind": "PRI",
                "average_requirement": 8.0,
                "value": 10.0,
                "reference_id": "test-report",
                "confirmed_by": "synthetic test fixture",
            }
            for group in EFSA_GROUP_IDS
        ],
        "ul": {
            "kind": "UL",
            "applies_to": "total-intake",
            "scope": "All sources.",
            "values": [
                {
                    "group": "adults",
                    "value": 20.0,
                    "reference_id": "test-report",
                    "confirmed_by": "synthetic test fixture",
                }
            ],
            "history": [
                {
                    "group": "adults",
                    "kind": "UL",
                    "value": 30.0,
                    "in_force_from": 1990,
                    "in_force_until": 2001,
                    "reference_id": "test-report",
                    "replaced_by": "test-report",
                    "confirmed_by": "synthetic test fixture",
                }
            ],
        },
    }
    table.update(changes)
    return table


def make_document() -> dict[str, Any]:
    """A minimal valid dataset bundle with two nutrients and one profile."""
    return {
        "metadata": {
            "name": "nutrient-data",
            "title": "Test",
            "description": "Test dataset",
            "version": "0.0.1",
            "released": "2026-11-25",
            "license_data": "CC-BY-4.0",
            "license_code": "MIT",
            "disclaimer": "Not medical advice.",
            "creators": ["Test"],
            "citation": "Test (2026).",
        },
        "nutrients": [
            make_nutrient("chromium", efsa=[make_efsa_table("chromium")]),
            make_nutrient("magnesium", efsa=[make_efsa_table("magnesium")]),
        ],
        "profiles": [
            {
                "id": "chromium",
                "order": 1,
                "source_heading": "Chromium: A Heading",
                "title": "Chromium",
                "role": "A role.",
                "nutrient_ids": ["chromium"],
                "claim_ids": ["chromium-test-claim"],
                "audit": {
                    "essay_says": "x",
                    "evidence_says": "y",
                    "differences": "z",
                },
            }
        ],
        "references": [copy.deepcopy(REF)],
        "synthesis": {
            "framing": [
                {
                    "part": part,
                    "essay_says": "x",
                    "evidence_says": "y",
                    "claims": [
                        {
                            "id": f"framing-test-{part}",
                            "statement": "Micronutrients govern insulin sensitivity.",
                            "mechanism": "clinical-outcome",
                            "verdict": "mixed",
                            "certainty": "low",
                            "evidence_base": "meta-analysis-of-randomized-trials",
                            "evidence": "Trials disagree.",
                            "reference_ids": ["test-report"],
                        }
                    ],
                }
                for part in ("opening", "closing")
            ],
            "interventions": [
                {
                    "nutrient_id": nutrient_id,
                    "claim_ids": [f"{nutrient_id}-test-claim"],
                    "verdict": "mixed",
                    "certainty": "low",
                    "summary": "z",
                }
                for nutrient_id in ("chromium", "magnesium")
            ],
        },
        "fdc_nutrients": {
            "source": "synthetic test rows",
            "rows": [
                {
                    "id": fdc_id,
                    "number": number,
                    "name": name,
                    "unit": unit,
                    "confirmed_by": "fixture",
                }
                for fdc_id, number, name, unit in FDC_ROWS
            ],
        },
    }
