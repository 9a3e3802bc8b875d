from __future__ import annotations

from typing import Any

import pytest

from nutrient_data.lint import claims
from tests.lint import findings


def messages(document: dict[str, Any]) -> list[str]:
    return findings(claims.check, document)


def test_valid_document_passes(document: dict[str, Any]) -> None:
    assert messages(document) == []


@pytest.mark.parametrize(
    "statement",
    [
        "Vitamin E supplements do not lower the risk of type 2 diabetes.",
        "Selenium doesn't improve insulin sensitivity.",
        "Zinc has no effect on HbA1c.",
        "Biotin never lowers glucose.",
    ],
)
def test_a_negated_statement_is_named(document: dict[str, Any], statement: str) -> None:
    document["nutrients"][0]["claims"][0]["statement"] = statement
    [message] = messages(document)
    assert message.startswith("$.nutrients[0].claims[0].statement: is negated")


def test_framing_claims_are_checked_too(document: dict[str, Any]) -> None:
    document["synthesis"]["framing"][1]["claims"][0]["statement"] = (
        "Supplements cannot prevent insulin resistance."
    )
    [message] = messages(document)
    assert message.startswith("$.synthesis.framing[1].claims[0].statement")
