"""The rule that rolls a nutrient's supplement-efficacy claims into one verdict.

Written once here, used by the loader (which computes each roll-up), by the
lint rule (which checks a document's roll-ups) and by the curation page (which
prints :data:`RULE`). Plain Python, so every layer can import it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from nutrient_data.vocab import CERTAINTY_RANK, Certainty, Verdict

RULE = (
    "A nutrient's roll-up rests on all of its supplement-efficacy claims: the "
    "claims that supplementing it improves insulin sensitivity or glycaemic "
    "outcomes. Claims judged insufficient are set aside while any other verdict "
    "is present. If the remaining claims share one verdict, the roll-up takes it, "
    "with the highest certainty among them (the best evidence for that verdict). "
    "If they differ, the roll-up is mixed, with the lowest certainty among them: "
    "where the parts disagree, the whole is no surer than its least certain "
    "part. A nutrient with no such claim is insufficient, at very low certainty."
)
_BY_RANK: dict[int, Certainty] = {rank: c for c, rank in CERTAINTY_RANK.items()}


@dataclass(frozen=True)
class RollUp:
    """A computed roll-up: the claims it rests on, its verdict and certainty."""

    claim_ids: tuple[str, ...]
    verdict: Verdict
    certainty: Certainty


def roll_up(claims: Iterable[tuple[str, Verdict, Certainty]]) -> RollUp:
    """Apply :data:`RULE` to ``(claim id, verdict, certainty)`` triples."""
    listed = tuple(claims)
    ids = tuple(claim_id for claim_id, _, _ in listed)
    judged: list[tuple[Verdict, Certainty]] = [
        (v, c) for _, v, c in listed if v != "insufficient"
    ] or [(v, c) for _, v, c in listed]
    if not judged:
        return RollUp(ids, "insufficient", "very-low")
    verdicts = {v for v, _ in judged}
    ranks = [CERTAINTY_RANK[c] for _, c in judged]
    if len(verdicts) == 1:
        return RollUp(ids, verdicts.pop(), _BY_RANK[max(ranks)])
    return RollUp(ids, "mixed", _BY_RANK[min(ranks)])
