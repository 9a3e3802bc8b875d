from __future__ import annotations

import pytest

from nutrient_data.loader import load
from nutrient_data.units import FACTORS, ConversionError, iu_to_mass, mass_to_iu


@pytest.mark.parametrize(
    ("iu", "nutrient", "form", "mass"),
    [
        (40, "vitamin-d", None, 1.0),  # 1 ug cholecalciferol = 40 IU
        (600, "vitamin-d", None, 15.0),  # the adult RDA, 15 ug
        (4000, "vitamin-d", None, 100.0),  # the adult UL, 100 ug
        (1, "vitamin-e", "natural", 0.67),  # RRR-alpha-tocopherol
        (1, "vitamin-e", "synthetic", 0.45),  # all-rac-alpha-tocopherol
        (400, "vitamin-e", "natural", 268.0),
    ],
)
def test_published_factors(
    iu: float, nutrient: str, form: str | None, mass: float
) -> None:
    assert iu_to_mass(iu, nutrient, form) == pytest.approx(mass)  # type: ignore[arg-type]
    assert mass_to_iu(mass, nutrient, form) == pytest.approx(iu)  # type: ignore[arg-type]


def test_vitamin_e_needs_a_form() -> None:
    with pytest.raises(ConversionError, match="needs a form"):
        iu_to_mass(400, "vitamin-e")


def test_other_nutrients_have_no_iu() -> None:
    with pytest.raises(ConversionError, match="IU applies to vitamin-d, vitamin-e"):
        iu_to_mass(1, "zinc")


def test_every_factor_cites_a_reference_in_the_dataset() -> None:
    data = load()
    for factor in FACTORS:
        assert data.reference(factor.reference_id)
