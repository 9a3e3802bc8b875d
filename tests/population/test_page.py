"""The site's "Assessing a population" page runs the shipped example."""

from __future__ import annotations

import json
import re

from nutrient_data import assess_population
from nutrient_data.site import summary
from nutrient_data.site.population import EXAMPLES, PAGE, chart, page


def test_the_page_shows_the_examples_results_and_says_not_medical_advice() -> None:
    text = page()
    result = assess_population(EXAMPLES / "survey.csv")
    assert "Not medical advice" in text and "**synthetic**" in text
    for r in result.results:
        assert f"| {r.nutrient} | {r.group} | {r.n:.0f} |" in text
    assert "https://doi.org/10.17226/9956" in text
    assert "cannot be used to calculate the prevalence" in text
    assert "WITH days AS" in text  # the SQL recipe


def test_the_chart_marks_each_group_with_its_percentiles_ear_and_ul() -> None:
    result = assess_population(EXAMPLES / "survey.csv")
    svg = chart(result, "zinc")
    groups = [r.group for r in result.results if r.nutrient == "zinc"]
    assert svg.startswith("<svg") and 'role="img"' in svg and "<title>" in svg
    assert all(f">{g}</text>" in svg for g in groups)
    # a box per group, and an EAR and a UL mark per group (3 wide), besides the legend
    assert len(re.findall(r'width="3" height="20.0"', svg)) == 2 * len(groups)


def test_the_components_shown_are_those_the_generator_used() -> None:
    described = json.loads((EXAMPLES / "survey-components.json").read_text("utf-8"))
    text = page()
    for nutrient, c in described["components"].items():
        assert f"| {nutrient} | {c['female']:g} / {c['male']:g}" in text


def test_the_page_is_in_the_navigation() -> None:
    from nutrient_data.loader import load

    assert "(assessing-a-population.md)" in summary(load()) and PAGE in summary(load())
