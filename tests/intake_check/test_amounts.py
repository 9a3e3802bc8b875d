"""Amounts: spellings, exact conversion, and the factors' sources."""

from __future__ import annotations

from fractions import Fraction

import pytest

from nutrient_data import load
from nutrient_data.intake_check.amounts import (
    Amount,
    AmountError,
    in_table_unit,
    parse_amount,
)
from nutrient_data.units import UL_FACTORS, factor_for


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("400mg", 400, "mg"),
        (" 2.5 g ", Fraction(5, 2), "g"),
        ("500ug", 500, "ug"),
        ("500 µg", 500, "ug"),  # micro sign
        ("500μg", 500, "ug"),  # Greek mu
        ("500 mcg", 500, "ug"),
        ("4000IU", 4000, "IU"),
        ("4000 iu", 4000, "IU"),
        ("1e3MG", 1000, "mg"),
        (".5g", Fraction(1, 2), "g"),
        ("0mg", 0, "mg"),
    ],
)
def test_spellings(text: str, value: Fraction, unit: str) -> None:
    assert parse_amount(text) == Amount(Fraction(value), unit)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "missing amount"),
        ("mg", "missing amount"),
        ("400", "missing unit"),
        ("-1mg", "must not be negative"),
        ("nan mg", "finite"),
        ("-inf mg", "finite"),
        ("Infinity", "finite"),
        ("1e12mg", "must be below"),
        ("400 mg/day", "unknown unit 'mg/day'"),
        ("4 kg", "unknown unit 'kg'"),
    ],
)
def test_refusals(text: str, message: str) -> None:
    with pytest.raises(AmountError, match=message):
        parse_amount(text)


@pytest.mark.parametrize(
    ("text", "nutrient", "table_unit", "expected"),
    [
        ("1.1mg", "copper", "ug", Fraction(1100)),
        ("0.35g", "magnesium", "mg", Fraction(350)),
        ("4000IU", "vitamin-d", "ug", Fraction(100)),
        ("1IU", "vitamin-d", "ug", Fraction(1, 40)),
        ("1200 mg", "omega-3", "g", Fraction(6, 5)),
    ],
)
def test_conversion_is_exact(
    text: str, nutrient: str, table_unit: str, expected: Fraction
) -> None:
    assert in_table_unit(parse_amount(text), nutrient, table_unit) == expected


def test_vitamin_e_ul_factors_reproduce_the_reports_table() -> None:
    # IOM 2000, Table 9-1: 1,100 IU synthetic and 1,500 IU natural = 1,000 mg.
    for iu, form in ((1100, "synthetic"), (1500, "natural")):
        amount = Amount(Fraction(iu), "IU", form)  # type: ignore[arg-type]
        assert in_table_unit(amount, "vitamin-e", "mg", for_ul=True) == 1000
    assert factor_for("vitamin-d", for_ul=True) is factor_for("vitamin-d")


def test_every_ul_factor_cites_a_reference_in_the_dataset() -> None:
    data = load()
    for factor in UL_FACTORS:
        assert data.reference(factor.reference_id)
