from __future__ import annotations

from typing import Any

from nutrient_data.lint import intakes
from tests.lint import findings


def messages(document: dict[str, Any]) -> list[str]:
    return findings(intakes.check, document)


def test_valid_document_passes(document: dict[str, Any]) -> None:
    assert messages(document) == []


def test_missing_life_stage_is_named(document: dict[str, Any]) -> None:
    del document["nutrients"][0]["intakes"]["values"][16]
    assert messages(document) == [
        "$.nutrients[0].intakes.values: DRI grid must list all 22 groups in order: "
        "missing pregnancy-14-18y"
    ]


def test_ul_below_rda_is_an_error_for_total_intake(document: dict[str, Any]) -> None:
    document["nutrients"][0]["intakes"]["values"][6]["ul"] = 5.0
    assert messages(document) == [
        "$.nutrients[0].intakes.values[6].ul: UL 5 is below the AI 10 (both mg)"
    ]


def test_ul_below_rda_is_allowed_for_supplement_only_ul(
    document: dict[str, Any],
) -> None:
    document["nutrients"][0]["intakes"]["ul_applies_to"] = "supplemental-only"
    document["nutrients"][0]["intakes"]["values"][6]["ul"] = 5.0
    assert messages(document) == []


def test_no_ul_set_means_no_ul_values(document: dict[str, Any]) -> None:
    document["nutrients"][0]["intakes"]["ul_applies_to"] = "no-ul-set"
    rows = document["nutrients"][0]["intakes"]["values"]
    for row in rows[1:]:
        row["ul"] = None
    assert messages(document) == [
        "$.nutrients[0].intakes.values[0].ul: a UL is given but ul_applies_to is "
        "'no-ul-set'"
    ]


def test_food_unit_must_match_dri_unit(document: dict[str, Any]) -> None:
    document["nutrients"][0]["food_sources"][0]["unit"] = "ug"
    assert messages(document) == [
        "$.nutrients[0].food_sources[0].unit: food amount in 'ug'; the DRI table "
        "uses 'mg'"
    ]
