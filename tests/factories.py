"""A small synthetic dataset that tests can break on purpose."""

from __future__ import annotations

import copy
from typing import Any

from nutrient_data.paths import DATA_ROOT, read_shipped_json


def shipped_authority(authority_id: str) -> dict[str, Any]:
    """A shipped ``authority.json`` (groups and kinds), without tables."""
    found = read_shipped_json(
        DATA_ROOT / "reference-values" / authority_id / "authority.json"
    )
    assert isinstance(found, dict)
    return found


US_GROUPS = [g["id"] for g in shipped_authority("us")["groups"]]
EFSA_GROUPS = [g["id"] for g in shipped_authority("efsa")["groups"]]

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


def make_us_table(nutrient_id: str = "chromium", **changes: Any) -> dict[str, Any]:
    """A minimal valid US table: an AI of 10 and a UL of 20 for every group;
    keyword arguments replace top-level keys."""
    table: dict[str, Any] = {
        "nutrient": nutrient_id,
        "status": "values-set",
        "unit": "mg",
        "values": [
            {"group": group, "kind": "AI", "value": 10.0, "reference_id": "test-report"}
            for group in US_GROUPS
        ],
        "ul": {
            "kind": "UL",
            "applies_to": "total-intake",
            "values": [
                {"group": group, "value": 20.0, "reference_id": "test-report"}
                for group in US_GROUPS
            ],
        },
    }
    table.update(changes)
    return table


def make_authority(
    authority_id: str, tables: list[dict[str, Any]], **changes: Any
) -> dict[str, Any]:
    """A shipped authority's description, citing the fixture report, with
    ``tables``; keyword arguments replace top-level keys."""
    record = {**shipped_authority(authority_id), "reference_ids": ["test-report"]}
    record.update(changes, tables=tables)
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
            for group in EFSA_GROUPS
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
        "nutrients": [make_nutrient("chromium"), make_nutrient("magnesium")],
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
        "authorities": [
            make_authority(
                "us", [make_us_table("chromium"), make_us_table("magnesium")]
            ),
            make_authority(
                "efsa", [make_efsa_table("chromium"), make_efsa_table("magnesium")]
            ),
        ],
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
