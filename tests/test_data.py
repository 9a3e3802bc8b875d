"""The shipped data itself: complete, sourced, faithful to its source text."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

import pytest

from nutrient_data.lifestages import LIFE_STAGES
from nutrient_data.loader import load
from nutrient_data.models import Nutrient, ReferenceTable

DATA = load()
ESSAY = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "source"
    / "micronutrients-and-insulin-resistance.txt"
)
NUTRIENTS = [n.id for n in DATA.nutrients]
NO_FOOD_COMPOSITION_DATA = {"biotin", "chromium"}
"""Nutrients that the food-composition tables food rows are confirmed against
do not give (USDA Standard Reference, Release 28)."""
FOOD_PART = re.compile(r"([0-9.]+) (mg|µg|g)/100 g x ([0-9.]+) g")
"""One value per 100 g times the serving's gram weight, in a food row's confirmed_by."""
FOOD_RESULT = re.compile(r"(?:rounded to|sum to) ([0-9.]+) (?:mg|µg|g)\b")
"""The rounded amount a food row's confirmed_by arrives at."""


class UsRow(NamedTuple):
    """A US row with its UL beside it, as the tests read the grid."""

    life_stage: str
    kind: str
    value: float | None
    ul: float | None


def us(nutrient_id: str) -> ReferenceTable:
    """The US table of a nutrient."""
    (table,) = DATA.tables("us", nutrient_id)
    return table


def us_rows(nutrient_id: str) -> list[UsRow]:
    table = us(nutrient_id)
    limits = {u.group: u.value for u in table.ul.values}
    return [UsRow(v.group, v.kind, v.value, limits.get(v.group)) for v in table.values]


def essay_text() -> str:
    if not ESSAY.exists():
        pytest.skip(f"source essay not found at {ESSAY}")
    return ESSAY.read_text(encoding="utf-8")


def essay_headings() -> list[str]:
    """Topic headings: short lines with a colon that do not end a sentence."""
    return [
        line.strip()
        for line in essay_text().splitlines()
        if ":" in line and len(line) < 90 and not line.rstrip().endswith(".")
    ]


def test_each_essay_heading_maps_to_exactly_one_profile() -> None:
    headings = essay_headings()
    assert len(headings) == 10
    assert [p.source_heading for p in DATA.profiles] == headings


def test_vitamin_e_is_one_record_in_two_profiles() -> None:
    holders = [p.id for p in DATA.profiles if "vitamin-e" in p.nutrient_ids]
    assert holders == ["vitamin-e", "antioxidants"]
    assert NUTRIENTS.count("vitamin-e") == 1


def test_grouped_profiles_list_their_members() -> None:
    assert DATA.profile("b-vitamins").nutrient_ids == (
        "biotin",
        "vitamin-b6",
        "vitamin-b12",
    )
    assert set(DATA.profile("antioxidants").nutrient_ids) == {
        "vitamin-c",
        "vitamin-e",
        "selenium",
    }


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def shingles(text: str, size: int = 6) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i : i + size]) for i in range(len(w) - size + 1)}


def test_no_text_reuses_the_essays_sentences() -> None:
    """No six-word run of the essay appears in any claim, role or audit."""
    essay = shingles(essay_text())
    ours = [(c.id, c.statement) for _, c in DATA.claims()]
    ours += [(p.id, f"{p.role} {p.audit.essay_says}") for p in DATA.profiles]
    copied = [(i, " ".join(s)) for i, text in ours for s in shingles(text) & essay]
    assert copied == []


@pytest.mark.parametrize("nutrient", DATA.nutrients, ids=NUTRIENTS)
class TestCompleteness:
    def test_dri_grid_covers_every_group(self, nutrient: Nutrient) -> None:
        rows = {row.life_stage: row for row in us_rows(nutrient.id)}
        assert list(rows) == [s.id for s in LIFE_STAGES]
        for row in rows.values():
            assert (row.value is not None) or row.kind == "ND"

    def test_ul_not_below_rda_where_it_limits_total_intake(
        self, nutrient: Nutrient
    ) -> None:
        if us(nutrient.id).ul.applies_to != "total-intake":
            return
        for row in us_rows(nutrient.id):
            if row.ul is not None and row.value is not None:
                assert row.ul >= row.value, row.life_stage

    def test_has_eight_food_sources_in_the_dri_unit(self, nutrient: Nutrient) -> None:
        if nutrient.id in NO_FOOD_COMPOSITION_DATA:
            # USDA's Standard Reference, which every food row is confirmed
            # against, gives neither nutrient; the unconfirmed rows were removed.
            assert not nutrient.food_sources
            return
        assert len(nutrient.food_sources) >= 8
        assert {f.unit for f in nutrient.food_sources} == {us(nutrient.id).unit}

    def test_food_amounts_follow_from_their_stated_arithmetic(
        self, nutrient: Nutrient
    ) -> None:
        """Each amount is value per 100 g x grams / 100, rounded as stated."""
        for food in nutrient.food_sources:
            parts = FOOD_PART.findall(food.confirmed_by)
            stated = FOOD_RESULT.search(food.confirmed_by)
            assert parts and stated, food.food
            scale = {"g": 1e6, "mg": 1e3, "ug": 1.0, "µg": 1.0}
            computed = (
                sum(
                    float(per_100g) * float(grams) / 100 * scale[unit]
                    for per_100g, unit, grams in parts
                )
                / scale[food.unit]
            )
            digits = len(stated[1].partition(".")[2])
            tolerance = len(parts) * 0.5 * 10**-digits + 1e-9
            assert float(stated[1]) == food.amount, food.food
            assert abs(computed - food.amount) <= tolerance, food.food

    def test_sections_are_filled_and_cited(self, nutrient: Nutrient) -> None:
        assert nutrient.synonyms and nutrient.forms and nutrient.biomarkers
        assert nutrient.deficiency.signs and nutrient.excess.effects
        assert nutrient.interactions
        for claim in nutrient.claims:
            for ref in claim.reference_ids:
                assert DATA.reference(ref)

    def test_every_profile_claim_is_about_a_profile_nutrient(
        self, nutrient: Nutrient
    ) -> None:
        for profile in DATA.profiles:
            if nutrient.id in profile.nutrient_ids:
                assert profile.claim_ids


# Spot checks of facts that careless curation gets wrong (FNB DRI reports).


def test_magnesium_ul_is_for_supplements_only() -> None:
    intakes = us("magnesium")
    assert intakes.ul.applies_to == "supplemental-only"
    adult = next(v for v in us_rows("magnesium") if v.life_stage == "males-31-50y")
    assert (adult.kind, adult.value, adult.ul, intakes.unit) == ("RDA", 420, 350, "mg")


def test_chromium_has_adequate_intakes_and_no_ul() -> None:
    intakes = us("chromium")
    assert intakes.ul.kind == "none"
    assert {v.kind for v in intakes.values} == {"AI"}


def test_vitamin_d_in_micrograms_with_ul_by_age() -> None:
    intakes = us("vitamin-d")
    by_stage = {v.life_stage: v for v in us_rows("vitamin-d")}
    assert intakes.unit == "ug"
    assert (by_stage["females-31-50y"].value, by_stage["females-31-50y"].ul) == (
        15,
        100,
    )
    assert by_stage["males-71y-plus"].value == 20
    assert by_stage["infants-0-6mo"].ul == 25


def test_omega_3_has_ala_dha_epa_components_and_no_ul() -> None:
    omega = DATA.nutrient("omega-3")
    assert {c.id for c in omega.components} >= {"ala", "epa", "dha"}
    assert us("omega-3").ul.kind == "none"
    assert us("omega-3").unit == "g"


def test_b12_records_the_metformin_interaction() -> None:
    agents = [i.agent.lower() for i in DATA.nutrient("vitamin-b12").interactions]
    assert any("metformin" in a for a in agents)


def test_biotin_records_lab_test_interference_and_no_ul() -> None:
    biotin = DATA.nutrient("biotin")
    assert any(i.agent_type == "laboratory-test" for i in biotin.interactions)
    assert us("biotin").ul.kind == "none"


def test_vitamin_c_notes_the_smokers_increment() -> None:
    notes = " ".join(us("vitamin-c").notes).lower()
    assert "smok" in notes and "35" in notes


def test_vitamin_e_counts_alpha_tocopherol_only() -> None:
    intakes = us("vitamin-e")
    assert intakes.basis is not None and "alpha-tocopherol" in intakes.basis.lower()
    assert intakes.ul.applies_to == "supplemental-only"


def test_every_paragraph_of_the_essay_is_audited_by_a_claim() -> None:
    """Opening and closing by the synthesis's framing claims, each topic by the
    claims its profile lists."""
    lines = [line.strip() for line in essay_text().splitlines() if line.strip()]
    headings = set(essay_headings())
    profile_of = {p.source_heading: p for p in DATA.profiles}
    framing = {part.part: part.claims for part in DATA.synthesis.framing}
    audited: list[str] = []
    for i, line in enumerate(lines):
        if line in headings:
            continue
        if i == 0:
            claims = [c.id for c in framing["opening"]]
        elif i == len(lines) - 1:
            claims = [c.id for c in framing["closing"]]
        else:
            assert lines[i - 1] in headings, f"paragraph {i} has no heading"
            claims = list(profile_of[lines[i - 1]].claim_ids)
        assert claims, f"paragraph {i} is audited by no claim"
        audited.append(line)
    assert len(audited) == len(lines) - len(headings) == 12


def test_no_claim_statement_is_negated() -> None:
    from nutrient_data.lint.claims import NEGATION, claims_with_paths

    negated = [c.id for _, c in claims_with_paths(DATA) if NEGATION.search(c.statement)]
    assert negated == []
