"""A label's percentage, rounded as the labelling rule in the data says."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import pytest

import nutrient_data
from nutrient_data.labelling import _rounded
from nutrient_data.problem import PersonError

STEPS: list[dict[str, Any]] = [
    {"up_to": 10, "step": 2},
    {"up_to": 50, "step": 5},
    {"up_to": None, "step": 10},
]


@pytest.mark.parametrize(
    ("percent", "label"),
    [
        (Fraction(3), 4),  # half-way rounds up
        (Fraction(99, 10), 10),
        (Fraction(10), 10),
        (Fraction(101, 10), 10),
        (Fraction(51, 2), 25),
        (Fraction(50), 50),
        (Fraction(505, 10), 50),
        (Fraction(125, 2), 60),
        (Fraction(65), 70),
        (Fraction(250), 250),
    ],
)
def test_rounding_bands(percent: Fraction, label: int) -> None:
    assert _rounded(percent, STEPS) == label


def test_no_rounding_rule_leaves_none() -> None:
    assert _rounded(Fraction(21), []) is None


def test_an_authority_that_is_not_in_the_data_is_named() -> None:
    known = [a.id for a in nutrient_data.authorities()]
    with pytest.raises(PersonError, match="authority must be one of"):
        nutrient_data.percent_of_reference("magnesium", 84, authority="no-such-rule")
    assert "no-such-rule" not in known
