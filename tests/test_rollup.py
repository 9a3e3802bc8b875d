"""The roll-up rule: a nutrient's verdict computed from its efficacy claims."""

from __future__ import annotations

from nutrient_data.rollup import roll_up


def test_no_claim_is_insufficient_at_very_low_certainty() -> None:
    rolled = roll_up([])
    assert (rolled.claim_ids, rolled.verdict, rolled.certainty) == (
        (),
        "insufficient",
        "very-low",
    )


def test_agreeing_claims_take_the_highest_certainty() -> None:
    rolled = roll_up([("a", "contradicted", "low"), ("b", "contradicted", "moderate")])
    assert (rolled.verdict, rolled.certainty) == ("contradicted", "moderate")
    assert rolled.claim_ids == ("a", "b")


def test_disagreeing_claims_are_mixed_at_the_lowest_certainty() -> None:
    rolled = roll_up([("a", "supported", "moderate"), ("b", "contradicted", "low")])
    assert (rolled.verdict, rolled.certainty) == ("mixed", "low")


def test_insufficient_claims_are_set_aside_unless_alone() -> None:
    rolled = roll_up([("a", "supported", "low"), ("b", "insufficient", "very-low")])
    assert (rolled.verdict, rolled.certainty) == ("supported", "low")
    alone = roll_up([("a", "insufficient", "low"), ("b", "insufficient", "very-low")])
    assert (alone.verdict, alone.certainty) == ("insufficient", "low")
    assert alone.claim_ids == ("a", "b")
