"""assess(): totals, EAR probability, AI wording, UL scope, medicines."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest

import nutrient_data
from nutrient_data import assess
from nutrient_data.intake_check import Amount, AmountError, NutrientCheck
from nutrient_data.intake_check.core import probability_adequate
from nutrient_data.lookup import UnknownNameError
from nutrient_data.problem import PersonError
from tests.intake_check.conftest import MAGNESIUM_EAR

ADULT = {"age": 45, "sex": "female"}


def one(**kwargs: object) -> NutrientCheck:
    (result,) = assess(**{**ADULT, **kwargs})  # type: ignore[arg-type]
    return result


def test_results_are_frozen_and_typed() -> None:
    result = one(supplements={"magnesium": "400mg"})
    assert isinstance(result, NutrientCheck)
    with pytest.raises(AttributeError):
        result.total = 1.0  # type: ignore[misc]
    assert nutrient_data.assess is assess


def test_total_is_food_plus_supplements_in_the_table_unit() -> None:
    result = one(food={"Mg": "0.3 g"}, supplements={"magnesium": ["100mg", (50, "mg")]})
    assert (result.nutrient, result.unit) == ("magnesium", "mg")
    assert (result.food, result.supplement, result.total) == (300.0, 150.0, 450.0)


@pytest.mark.parametrize(
    ("source", "over", "counted"),
    [("supplements", True, 400.0), ("food", False, 0.0)],
)
def test_magnesium_ul_counts_supplements_only(
    source: str, over: bool, counted: float
) -> None:
    result = one(**{source: {"magnesium": "400mg"}})
    assert (result.ul, result.ul_applies_to) == (350.0, "supplemental-only")
    assert (result.over_ul, result.ul_intake) == (over, counted)
    word = "above" if over else "at or below"
    assert result.ul_status == f"{word} the UL for supplements of 350 mg"


def test_intake_equal_to_the_ul_is_not_over_it_even_after_conversion() -> None:
    assert one(supplements={"magnesium": "0.35g"}).over_ul is False
    assert one(food={"copper": "10mg"}).over_ul is False  # UL 10,000 ug
    assert one(food={"copper": "10.000001mg"}).over_ul is True
    assert one(supplements={"vitamin-d": "4000IU"}).over_ul is False  # UL 100 ug
    assert one(supplements={"vitamin-d": "4001IU"}).over_ul is True


def test_total_ul_counts_food_and_supplements() -> None:
    result = one(food={"zinc": "30mg"}, supplements={"zinc": "15mg"})
    assert (result.ul, result.ul_intake, result.over_ul) == (40.0, 45.0, True)
    assert result.ul_status == "above the UL of 40 mg"


def test_iu_convert_by_the_published_factors() -> None:
    assert one(supplements={"vitamin D": "1000 IU"}).supplement == 25.0
    natural = one(supplements={"vitamin-e": "400IU"}, vitamin_e_form="natural")
    assert natural.supplement == 268.0
    synthetic = one(supplements={"vitamin-e": Amount(Fraction(400), "IU", "synthetic")})
    assert synthetic.supplement == 180.0


def test_vitamin_e_ul_counts_all_forms_of_supplemental_alpha_tocopherol() -> None:
    # IOM 2000, Table 9-1: the 1,000 mg UL is 1,100 IU synthetic, 1,500 IU natural.
    at_ul = one(supplements={"vitamin-e": "1100IU"}, vitamin_e_form="synthetic")
    assert (at_ul.supplement, at_ul.ul_intake, at_ul.over_ul) == (495.0, 1000.0, False)
    assert "all forms of alpha-tocopherol: 1000 mg" in (at_ul.note or "")
    over = one(supplements={"vitamin-e": "1200IU"}, vitamin_e_form="synthetic")
    assert over.over_ul is True
    natural = one(supplements={"vitamin-e": "1500IU"}, vitamin_e_form="natural")
    assert (natural.ul_intake, natural.over_ul) == (1000.0, False)
    from_food = one(food={"vitamin-e": "2000mg"})
    assert (from_food.ul_intake, from_food.over_ul) == (0.0, False)


def test_vitamin_e_in_iu_needs_its_form() -> None:
    with pytest.raises(AmountError, match="needs its form"):
        assess(**ADULT, supplements={"vitamin-e": "400IU"})  # type: ignore[arg-type]


def test_no_ul_set_is_not_applicable() -> None:
    result = one(supplements={"biotin": "10000ug"})
    assert (result.ul, result.over_ul, result.ul_applies_to) == (
        None,
        None,
        "no-ul-set",
    )
    assert result.ul_status == "no UL set"


def test_a_group_without_a_ul_is_not_applicable() -> None:
    (result,) = assess(age=0.25, sex="male", food={"magnesium": "30mg"})
    assert (result.ul, result.over_ul, result.ul_status) == (
        None,
        None,
        "no UL for this group",
    )


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("25ug", "at or above the AI: likely adequate"),
        ("30ug", "at or above the AI: likely adequate"),
        ("24.9ug", "below the AI: adequacy cannot be judged"),
    ],
)
def test_ai_nutrients_are_judged_as_the_national_academies_say(
    amount: str, words: str
) -> None:
    result = one(food={"chromium": amount})
    assert (result.kind, result.value) == ("AI", 25.0)
    assert (result.adequacy, result.probability_adequate) == (words, None)


def test_a_recommendation_without_an_average_requirement_gives_no_probability() -> None:
    # every US RDA now has its EAR; EFSA set no AR for vitamin C in pregnancy
    result = one(age=25, pregnant=True, food={"vitamin-c": "50mg"}, authority="efsa")
    assert (result.kind, result.adequacy) == ("PRI", "below the PRI")
    assert result.probability_adequate is None
    assert "No average requirement is recorded" in (result.note or "")


def test_the_selenium_ear_in_lactation_gives_a_probability() -> None:
    result = one(age=25, lactating=True, food={"selenium": "50ug"})
    assert (result.kind, result.average_requirement) == ("RDA", 59.0)
    assert result.probability_adequate is not None


def test_probability_follows_the_normal_requirement() -> None:
    assert probability_adequate(265, 265, 0.1) == 0.5
    # one SD above the EAR: Phi(1)
    assert probability_adequate(291.5, 265, 0.1) == pytest.approx(0.841344746)
    # the RDA, EAR x (1 + 2 CV): Phi(2)
    assert probability_adequate(318, 265, 0.1) == pytest.approx(0.977249868)


@pytest.mark.usefixtures("magnesium_ear")
@pytest.mark.parametrize(
    ("intake", "words", "p"),
    [
        (
            200,
            "below the average requirement",
            0.5 * (1 + math.erf(-65 / 26.5 / 2**0.5)),
        ),
        (265, "between the average requirement and the RDA", 0.5),
        (300, "between the average requirement and the RDA", None),
        (320, "at or above the RDA", None),
    ],
)
def test_ear_probability(intake: float, words: str, p: float | None) -> None:
    result = one(food={"magnesium": f"{intake}mg"})
    assert result.average_requirement == MAGNESIUM_EAR
    assert result.requirement_cv == 0.1
    expected = p if p is not None else probability_adequate(intake, 265, 0.1)
    assert result.probability_adequate == pytest.approx(expected)
    assert result.adequacy == words
    assert "usual (long-term average) intake" in (result.note or "")
    assert result.as_json()["probability_adequate"] == round(expected, 3)


def test_pregnancy_and_lactation_use_their_groups() -> None:
    pregnant = one(age=16, pregnant=True, supplements={"magnesium": "360mg"})
    assert (pregnant.value, pregnant.ul, pregnant.over_ul) == (400.0, 350.0, True)
    (lactating,) = assess(
        age=30, sex="female", lactating=True, food={"chromium": "45ug"}
    )
    assert (lactating.kind, lactating.value) == ("AI", 45.0)


def test_child_ul() -> None:
    (child,) = assess(age=2, sex="male", supplements={"vitamin-d": "4000IU"})
    assert (child.ul, child.total, child.over_ul) == (63.0, 100.0, True)
    assert child.ul_status == "above the UL of 63 ug"


def test_medicines_flag_nutrients_with_their_sources() -> None:
    checked = assess(**ADULT, medicines=["Metformin", "aspirin"])  # type: ignore[arg-type]
    b12 = checked.result("vitamin-b12")
    assert (b12.total, b12.over_ul, b12.adequacy) == (None, None, "no intake given")
    (interaction,) = b12.interactions
    assert interaction.medicine == "Metformin"
    assert "aroda-2016-metformin" in interaction.reference_ids
    assert checked.unmatched_medicines == ("aspirin",)
    assert {r.nutrient for r in checked} == {"magnesium", "vitamin-b12"}


def test_an_example_medicine_matches_its_class_in_other_records() -> None:
    checked = assess(**ADULT, medicines=["omeprazole 20 mg"])  # type: ignore[arg-type]
    b12 = checked.result("vitamin-b12").interactions[0]
    assert b12.via == "Proton-pump inhibitors"
    assert checked.result("magnesium").interactions[0].via is None


@pytest.mark.parametrize("medicine", ["and", "e.g.", "other", "  "])
def test_words_that_name_no_medicine_match_nothing(medicine: str) -> None:
    checked = assess(**ADULT, medicines=[medicine])  # type: ignore[arg-type]
    assert len(checked) == 0 and checked.unmatched_medicines == (medicine,)


def test_ear_probability_from_the_shipped_data() -> None:
    reference = nutrient_data.intake("magnesium", **ADULT)  # type: ignore[arg-type]
    ear, cv = reference.average_requirement, reference.requirement_cv
    if ear is None or cv is None:
        pytest.skip("the shipped data record no EAR and CV for this group")
    result = one(food={"magnesium": "250mg"})
    assert result.probability_adequate == probability_adequate(250, ear, cv)
    if ear > 250:
        assert result.adequacy == "below the average requirement"


def test_no_cv_means_no_probability() -> None:
    reference = nutrient_data.intake("vitamin-d", **ADULT)  # type: ignore[arg-type]
    if reference.average_requirement is None or reference.requirement_cv:
        pytest.skip("vitamin D no longer has an EAR without a CV")
    result = one(food={"vitamin-d": "12ug"})
    assert result.adequacy == "between the average requirement and the RDA"
    assert result.probability_adequate is None
    assert "No CV of the requirement is recorded" in (result.note or "")


def test_efsa_values_and_scope() -> None:
    efsa = nutrient_data.intake(
        "magnesium",
        **ADULT,  # type: ignore[arg-type]
        authority="efsa",
    )
    result = one(
        food={"magnesium": "1000mg"}, supplements={"magnesium": "1mg"}, authority="efsa"
    )
    assert (result.kind, result.value, result.ul) == (efsa.kind, efsa.value, efsa.ul)
    assert result.ul_applies_to == efsa.ul_applies_to
    if efsa.ul_applies_to == "supplemental-only":
        assert (result.ul_intake, result.over_ul) == (1.0, False)


def test_efsa_safe_level_is_named_as_such() -> None:
    efsa = nutrient_data.intake("manganese", **ADULT, authority="efsa")  # type: ignore[arg-type]
    if efsa.ul_kind != "safe-level" or efsa.ul is None:
        pytest.skip("no EFSA safe level recorded for manganese")
    result = one(food={"manganese": f"{efsa.ul + 1}mg"}, authority="efsa")
    assert result.ul_status == f"above the safe level of {efsa.ul:g} mg"


def test_a_value_in_percent_of_energy_is_not_compared() -> None:
    efsa = nutrient_data.intake("omega-3", **ADULT, authority="efsa")  # type: ignore[arg-type]
    if efsa.unit != "percent-energy":
        pytest.skip("EFSA's omega-3 value is no longer in percent of energy")
    result = one(food={"omega-3": "2g"}, authority="efsa")
    assert (result.unit, result.value, result.over_ul) == ("g", None, None)
    assert "percent-energy" in (result.note or "")


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"food": {"magnesum": "4mg"}}, UnknownNameError, "did you mean 'magnesium'"),
        ({"food": {"magnesium": "-4mg"}}, AmountError, "must not be negative"),
        ({"food": {"magnesium": (math.nan, "mg")}}, AmountError, "finite"),
        ({"food": {"magnesium": (math.inf, "mg")}}, AmountError, "finite"),
        ({"food": {"magnesium": "400IU"}}, AmountError, "IU does not fit magnesium"),
        ({"food": {"magnesium": "400"}}, AmountError, "missing unit"),
        ({"food": {"magnesium": "mg"}}, AmountError, "missing amount"),
        ({"food": {"magnesium": "4 kg"}}, AmountError, "unknown unit 'kg'"),
        ({"food": {"magnesium": 400}}, AmountError, "a number and a unit"),
        ({"food": {"magnesium": []}}, AmountError, "missing amount"),
        ({"vitamin_e_form": "both"}, AmountError, "natural' or 'synthetic"),
        ({"age": -1}, PersonError, "age must be between"),
        ({"sex": "male", "pregnant": True}, PersonError, "females only"),
        ({"pregnant": True, "lactating": True}, PersonError, "not both"),
        ({"authority": "nowhere"}, PersonError, "authority must be"),
    ],
)
def test_bad_input_raises_a_clear_error(
    kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        assess(**{**ADULT, "food": {"zinc": "1mg"}, **kwargs})  # type: ignore[arg-type]
