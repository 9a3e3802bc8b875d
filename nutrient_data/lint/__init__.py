"""Cross-record rules that the schema alone cannot express, one rule per module.

Each rule module has ``check(dataset)`` yielding :class:`~nutrient_data.problem.Problem`
values; :func:`run` applies them all.
"""

from __future__ import annotations

from nutrient_data.lint import (
    claims,
    coverage,
    food_units,
    identifiers,
    identity,
    links,
    profiles,
    reference_urls,
    references,
    requirements,
    synthesis,
    upper_levels,
)
from nutrient_data.models import Dataset
from nutrient_data.problem import Problem

RULES = (
    identity,
    identifiers,
    references,
    links,
    reference_urls,
    profiles,
    synthesis,
    claims,
    coverage,
    food_units,
    requirements,
    upper_levels,
)


def run(dataset: Dataset) -> list[Problem]:
    """Every problem every rule finds, in rule order."""
    return [problem for rule in RULES for problem in rule.check(dataset)]
