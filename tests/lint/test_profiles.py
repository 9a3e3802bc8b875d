from __future__ import annotations

from typing import Any

from nutrient_data.lint import profiles
from tests.lint import findings


def messages(document: dict[str, Any]) -> list[str]:
    return findings(profiles.check, document)


def test_valid_document_passes(document: dict[str, Any]) -> None:
    assert messages(document) == []


def test_profile_nutrient_must_exist(document: dict[str, Any]) -> None:
    document["profiles"][0]["nutrient_ids"] = ["chromium", "zinc"]
    assert messages(document) == [
        "$.profiles[0].nutrient_ids[1]: unknown nutrient 'zinc'"
    ]


def test_profile_claim_must_exist_and_belong(document: dict[str, Any]) -> None:
    document["profiles"][0]["claim_ids"] = ["ghost", "magnesium-test-claim"]
    assert messages(document) == [
        "$.profiles[0].claim_ids[0]: unknown claim 'ghost'",
        "$.profiles[0].claim_ids[1]: claim 'magnesium-test-claim' is about "
        "'magnesium', not in this profile",
    ]


def test_profiles_follow_essay_order(document: dict[str, Any]) -> None:
    document["profiles"][0]["order"] = 2
    assert messages(document) == [
        "$.profiles[0].order: profile 'chromium' has order 2, expected 1 "
        "(profiles follow the essay's order)"
    ]
