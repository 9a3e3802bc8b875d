"""Rule: a claim's statement is the hypothesis, stated affirmatively.

A negated statement ("X does not lower ...") makes a verdict ambiguous: is it
the statement or its negation that the evidence contradicts? Statements say
what is hypothesised, and the verdict says whether it holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nutrient_data.models import Claim, Dataset
from nutrient_data.problem import Problem

NEGATION = re.compile(
    r"\b(not|no|never|cannot|neither|nor|none|fails?|without effect)\b|n't\b",
    re.IGNORECASE,
)


def claims_with_paths(dataset: Dataset) -> Iterator[tuple[str, Claim]]:
    """Every claim in the dataset (nutrients' and the essay framing's) with its path."""
    for i, nutrient in enumerate(dataset.nutrients):
        for j, claim in enumerate(nutrient.claims):
            yield f"$.nutrients[{i}].claims[{j}]", claim
    for i, part in enumerate(dataset.synthesis.framing):
        for j, claim in enumerate(part.claims):
            yield f"$.synthesis.framing[{i}].claims[{j}]", claim


def check(dataset: Dataset) -> Iterator[Problem]:
    for path, claim in claims_with_paths(dataset):
        found = NEGATION.search(claim.statement)
        if found:
            yield Problem(
                f"{path}.statement",
                f"is negated ({found.group(0)!r}); state the hypothesis "
                "affirmatively and let the verdict say whether it holds",
            )
