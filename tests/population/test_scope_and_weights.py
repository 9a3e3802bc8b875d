"""The UL's scope, supplements added after shrinking, weights, AI and groups."""

from __future__ import annotations

import random
from typing import Any

import pytest

from nutrient_data import assess_population

GROUP = "females-31-50y"


def person(pid: str, day: int, **amounts: Any) -> dict[str, Any]:
    return {"person_id": pid, "day": day, "age": 40, "sex": "female", **amounts}


def test_magnesium_from_food_alone_never_counts_towards_the_ul() -> None:
    """The magnesium UL (350 mg) is for supplements: 900 mg from food is not over."""
    rows = [
        person(f"p{i}", d, magnesium_food=900 + 10 * i + d, magnesium_supplements=0)
        for i in range(50)
        for d in (1, 2)
    ]
    found = assess_population(rows).result("magnesium", GROUP)
    assert found.above_ul == 0.0
    assert any("supplements only" in n for n in found.notes)
    with_pills = [
        {**r, "magnesium_supplements": 400 if r["person_id"] < "p2" else 100}
        for r in rows
    ]
    found = assess_population(with_pills).result("magnesium", GROUP)
    # p0, p1 and p10-p19 take 400 mg (ids sort as text): 12 of 50
    assert found.above_ul == pytest.approx(12 / 50)


def test_zinc_counts_food_and_supplements_towards_the_ul() -> None:
    rows = [
        person(f"p{i}", d, zinc_food=30 + i % 3, zinc_supplements=15 if i < 10 else 0)
        for i in range(40)
        for d in (1, 2)
    ]
    found = assess_population(rows).result("zinc", GROUP)
    assert found.above_ul == pytest.approx(10 / 40)  # 45+ mg against 40 mg


def test_supplements_are_added_after_shrinking() -> None:
    """Shrinking leaves the group mean of food; supplements add their mean."""
    rng = random.Random(2)
    rows = []
    for i in range(2000):
        usual = rng.gauss(300, 40)
        for d in (1, 2):
            rows.append(
                person(
                    f"p{i}",
                    d,
                    magnesium_food=usual + rng.gauss(0, 60),
                    magnesium_supplements=200 if i % 4 == 0 else 0,
                )
            )
    found = assess_population(rows).result("magnesium", GROUP)
    assert found.mean == pytest.approx(300 + 50, abs=4)
    assert found.above_ul == pytest.approx(0.0)  # 200 mg is under 350 mg


def test_vitamin_d_in_iu_converts_by_the_published_factor() -> None:
    rows = [
        person(f"p{i}", d, **{"vitamin-d_food": 5, "vitamin-d_supplements_IU": 4400})
        for i in range(20)
        for d in (1, 2)
    ]
    found = assess_population(rows).result("vitamin-d", GROUP)
    assert found.mean == pytest.approx(5 + 110)
    assert found.unit == "ug"
    assert found.above_ul == 1.0  # 115 ug against 100 ug


def _survey(rng: random.Random) -> list[dict[str, Any]]:
    rows = []
    for i in range(60):
        days = 1 if i % 5 == 0 else 2
        for d in range(1, days + 1):
            rows.append(
                person(
                    f"p{i:02d}",
                    d,
                    weight=1.0,
                    magnesium_food=rng.lognormvariate(5.6, 0.4),
                    magnesium_supplements=rng.choice((0, 0, 100, 400)) if d == 1 else 0,
                    chromium_food=rng.lognormvariate(3.2, 0.3),
                )
            )
    return rows


def test_duplicating_a_person_equals_doubling_their_weight() -> None:
    rows = _survey(random.Random(7))
    twice = rows + [{**r, "person_id": "copy"} for r in rows if r["person_id"] == "p03"]
    doubled = [{**r, "weight": 2.0} if r["person_id"] == "p03" else r for r in rows]
    a = assess_population(twice).results
    b = assess_population(doubled).results
    assert [r.as_json() for r in a] == [r.as_json() for r in b]
    assert a[0].n == 61 and a[0].persons == 61 and b[0].persons == 60


def test_an_ai_gives_the_share_at_or_above_it_and_no_prevalence() -> None:
    rows = [person(f"p{i}", d, chromium_food=20 + i) for i in range(10) for d in (1, 2)]
    found = assess_population(rows).result("chromium", GROUP)
    assert found.below_ear is None and found.probability_inadequate is None
    assert found.at_or_above_ai == pytest.approx(0.5)  # 25..29 of 20..29
    assert any("cannot be used to calculate the prevalence" in n for n in found.notes)


def test_persons_are_compared_with_their_own_life_stage_in_a_wider_group() -> None:
    """By sex, a woman of 25 and one of 60 meet their own groups' EARs."""
    rows = [{**person("young", d, magnesium_food=260), "age": 25} for d in (1, 2)] + [
        {**person("older", d, magnesium_food=260), "age": 60} for d in (1, 2)
    ]
    found = assess_population(rows, by="sex").result("magnesium", "female")
    # EAR 255 mg at 19-30 y, 265 mg at 51-70 y: one of the two is below
    assert found.below_ear == 0.5


def test_efsa_values_are_used_when_asked() -> None:
    rows = [person(f"p{i}", d, zinc_food=5 + i) for i in range(10) for d in (1, 2)]
    found = assess_population(rows, authority="efsa").result("zinc", "adults")
    assert found.below_ear is not None  # EFSA's zinc AR
    assert found.probability_inadequate is None  # no CV recorded


def test_the_docstring_examples_hold() -> None:
    import doctest

    from nutrient_data.population import assess

    failed, tried = doctest.testmod(assess)
    assert tried and not failed
