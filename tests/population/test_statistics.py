"""The estimates against closed forms and simulated truth (large samples).

Tolerances are several standard errors of the simulated samples: for a share p
from n persons the error is about sqrt(p(1-p)/n), 0.0034 for n = 20,000.
"""

from __future__ import annotations

from statistics import NormalDist

import pytest

from nutrient_data import assess_population
from tests.population.simulate import normal_days

EAR, CV = 265.0, 0.1  # US magnesium, females 31-50 y (the lookup's values)
GROUP = "females-31-50y"
PHI = NormalDist().cdf


def test_the_reference_values_assumed_here_are_the_lookups() -> None:
    import nutrient_data

    found = nutrient_data.intake("magnesium", age=40, sex="female")
    assert (found.average_requirement, found.requirement_cv) == (EAR, CV)


def test_cut_point_and_probability_approach_match_their_closed_forms() -> None:
    """Usual intake N(m, s) known exactly (no day-to-day variation): the
    cut-point is Phi((EAR - m)/s) and the probability approach
    Phi((EAR - m)/sqrt(s^2 + (CV EAR)^2))."""
    m, s = 280.0, 40.0
    rows = normal_days(20_000, mean=m, between_sd=s, within_sd=0.0, seed=3)
    found = assess_population(rows).result("magnesium", GROUP)
    assert found.below_ear == pytest.approx(PHI((EAR - m) / s), abs=0.012)
    expected = PHI((EAR - m) / (s**2 + (CV * EAR) ** 2) ** 0.5)
    assert found.probability_inadequate == pytest.approx(expected, abs=0.012)
    assert found.mean == pytest.approx(m, abs=1.5)


def test_the_two_approaches_differ_as_the_closed_forms_say() -> None:
    """Far from the EAR the approaches part: the probability approach adds the
    requirement's variance (closed forms 0.0228 and 0.0569)."""
    m, s = 345.0, 40.0
    rows = normal_days(20_000, mean=m, between_sd=s, within_sd=0.0, seed=4)
    found = assess_population(rows).result("magnesium", GROUP)
    assert found.below_ear == pytest.approx(PHI((EAR - m) / s), abs=0.006)
    expected = PHI((EAR - m) / (s**2 + (CV * EAR) ** 2) ** 0.5)
    assert found.probability_inadequate == pytest.approx(expected, abs=0.008)
    assert found.probability_inadequate is not None and found.below_ear is not None
    assert found.probability_inadequate > found.below_ear + 0.02


def test_shrinkage_recovers_the_between_person_sd() -> None:
    """Two days with within-person SD 70 around usual intakes of SD 50: the
    spread of the estimated usual intakes is the between-person SD (within 6%),
    not the SD of person means (sqrt(50^2 + 70^2/2) = 70.4), and the cut-point
    matches that of the usual intakes."""
    m, sb, sw = 300.0, 50.0, 70.0
    rows = normal_days(20_000, mean=m, between_sd=sb, within_sd=sw, seed=5)
    found = assess_population(rows).result("magnesium", GROUP)
    p = found.percentiles
    sd_from_iqr = (p["75"] - p["25"]) / (2 * NormalDist().inv_cdf(0.75))
    assert sd_from_iqr == pytest.approx(sb, rel=0.06)
    assert found.variance_ratio == pytest.approx(sw**2 / sb**2, rel=0.1)
    assert found.below_ear == pytest.approx(PHI((EAR - m) / sb), abs=0.02)
    assert not any("biased" in note for note in found.notes)


def test_one_day_per_person_is_said_to_be_biased() -> None:
    rows = normal_days(500, mean=300, between_sd=50, within_sd=70, days=1)
    found = assess_population(rows).result("magnesium", GROUP)
    assert found.variance_ratio is None
    assert any("one day per person" in n and "biased" in n for n in found.notes)
    assert found.method.startswith("single-day intake (not adjusted)")


def test_a_group_without_between_person_variance_is_named() -> None:
    """Everyone eats alike and only the days differ."""
    rows = normal_days(400, mean=300, between_sd=0.0, within_sd=60, seed=8)
    found = assess_population(rows).result("magnesium", GROUP)
    assert any(
        "between-person variance of magnesium in females-31-50y" in n
        for n in found.notes
    )
