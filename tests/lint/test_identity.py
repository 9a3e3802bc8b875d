from __future__ import annotations

from typing import Any

from nutrient_data.lint import identity
from tests.lint import findings


def messages(document: dict[str, Any]) -> list[str]:
    return findings(identity.check, document)


def test_valid_document_passes(document: dict[str, Any]) -> None:
    assert messages(document) == []


def test_repeated_nutrient_id_is_named(document: dict[str, Any]) -> None:
    document["nutrients"][1]["id"] = "chromium"
    document["nutrients"][1]["claims"][0]["id"] = "other-claim"
    assert any(
        m.startswith("$.nutrients[1].id: nutrient id 'chromium' repeats")
        for m in messages(document)
    )


def test_repeated_claim_id_is_named(document: dict[str, Any]) -> None:
    document["nutrients"][1]["claims"][0]["id"] = "chromium-test-claim"
    assert messages(document) == [
        "$.nutrients[1].claims[0].id: claim id 'chromium-test-claim' repeats "
        "$.nutrients[0].claims[0].id"
    ]


def test_synonym_shared_by_two_nutrients(document: dict[str, Any]) -> None:
    document["nutrients"][1]["synonyms"] = ["Chromium Test-Synonym"]
    assert messages(document) == [
        "$.nutrients[1].synonyms[0]: name 'Chromium Test-Synonym' also names "
        "nutrient 'chromium'"
    ]
