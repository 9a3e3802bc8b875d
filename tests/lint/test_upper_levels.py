from __future__ import annotations

from typing import Any

from nutrient_data.lint import upper_levels
from tests.lint import findings


def messages(document: dict[str, Any]) -> list[str]:
    return findings(upper_levels.check, document)


def test_valid_document_passes(document: dict[str, Any]) -> None:
    assert messages(document) == []


def test_total_intake_ul_below_pri_is_named(document: dict[str, Any]) -> None:
    document["authorities"][1]["tables"][0]["ul"]["values"][0]["value"] = 9.0
    assert messages(document) == [
        "$.authorities[1].tables[0].ul.values[0]: UL 9 is below the PRI 10 of adults "
        "(mg)"
    ]


def test_safe_level_is_checked_too(document: dict[str, Any]) -> None:
    limits = document["authorities"][1]["tables"][0]["ul"]
    limits.update(kind="safe-level", history=[])
    limits["values"][0]["value"] = 9.0
    assert len(messages(document)) == 1


def test_supplement_only_level_may_sit_below_the_pri(
    document: dict[str, Any],
) -> None:
    limits = document["authorities"][1]["tables"][0]["ul"]
    limits["applies_to"] = "supplemental-only"
    limits["values"][0]["value"] = 9.0
    assert messages(document) == []


def test_level_compares_only_the_same_sex(document: dict[str, Any]) -> None:
    table = document["authorities"][1]["tables"][0]
    adults = table["values"][6]
    table["values"][6:7] = [
        adults | {"sex": "female", "value": 10.0},
        adults | {"sex": "male", "value": 25.0},
    ]
    table["ul"]["values"][0].update(sex="female", value=15.0)
    assert messages(document) == []


def test_a_us_ul_below_the_value_is_named(document: dict[str, Any]) -> None:
    document["authorities"][0]["tables"][1]["ul"]["values"][0]["value"] = 5.0
    assert messages(document) == [
        "$.authorities[0].tables[1].ul.values[0]: UL 5 is below the AI 10 of "
        "infants-0-6mo (mg)"
    ]


def test_a_level_named_but_set_for_no_group_is_named(
    document: dict[str, Any],
) -> None:
    limits = document["authorities"][0]["tables"][1]["ul"]
    limits["values"] = [
        {"group": v["group"], "value": None, "not_set_reason": "None set."}
        for v in limits["values"]
    ]
    assert messages(document) == [
        "$.authorities[0].tables[1].ul: names a UL but no group has one"
    ]
