"""Rule: the synthesis frames the essay in order (opening, then closing) and has
one roll-up per nutrient, each equal to what the roll-up rule computes."""

from __future__ import annotations

from collections.abc import Iterator

from nutrient_data.models import Dataset
from nutrient_data.problem import Problem
from nutrient_data.rollup import roll_up


def check(dataset: Dataset) -> Iterator[Problem]:
    parts = [p.part for p in dataset.synthesis.framing]
    if parts != ["opening", "closing"]:
        yield Problem(
            "$.synthesis.framing", f"must be the opening, then the closing: {parts}"
        )
    items = dataset.synthesis.interventions
    expected = [n.id for n in dataset.nutrients]
    if [v.nutrient_id for v in items] != expected:
        yield Problem(
            "$.synthesis.interventions",
            f"needs one roll-up per nutrient in order: {', '.join(expected)}",
        )
    nutrients = {n.id: n for n in dataset.nutrients}
    for i, item in enumerate(items):
        nutrient = nutrients.get(item.nutrient_id)
        if nutrient is None:
            continue
        computed = roll_up(
            (c.id, c.verdict, c.certainty)
            for c in nutrient.claims
            if c.supplement_efficacy
        )
        path = f"$.synthesis.interventions[{i}]"
        for field in ("claim_ids", "verdict", "certainty"):
            stated, wanted = getattr(item, field), getattr(computed, field)
            if stated != wanted:
                yield Problem(
                    f"{path}.{field}",
                    f"is {stated!r}, but the roll-up rule computes {wanted!r} "
                    f"from {item.nutrient_id}'s supplement-efficacy claims",
                )
