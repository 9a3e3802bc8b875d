from __future__ import annotations

from typing import Any

from nutrient_data.lint import synthesis
from tests.lint import findings


def messages(document: dict[str, Any]) -> list[str]:
    return findings(synthesis.check, document)


def test_valid_document_passes(document: dict[str, Any]) -> None:
    assert messages(document) == []


def test_a_hand_written_roll_up_that_disagrees_is_named(
    document: dict[str, Any],
) -> None:
    document["synthesis"]["interventions"][0]["verdict"] = "supported"
    assert messages(document) == [
        "$.synthesis.interventions[0].verdict: is 'supported', but the roll-up rule "
        "computes 'mixed' from chromium's supplement-efficacy claims"
    ]


def test_a_claim_left_out_of_the_roll_up_is_named(document: dict[str, Any]) -> None:
    document["synthesis"]["interventions"][1]["claim_ids"] = []
    assert messages(document) == [
        "$.synthesis.interventions[1].claim_ids: is (), but the roll-up rule "
        "computes ('magnesium-test-claim',) from magnesium's supplement-efficacy "
        "claims"
    ]


def test_one_roll_up_per_nutrient_in_order(document: dict[str, Any]) -> None:
    document["synthesis"]["interventions"].reverse()
    assert messages(document)[0].startswith(
        "$.synthesis.interventions: needs one roll-up per nutrient in order"
    )


def test_framing_is_opening_then_closing(document: dict[str, Any]) -> None:
    document["synthesis"]["framing"].reverse()
    assert messages(document) == [
        "$.synthesis.framing: must be the opening, then the closing: "
        "['closing', 'opening']"
    ]
