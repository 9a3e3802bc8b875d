from __future__ import annotations

from typing import Any

from nutrient_data.lint import efsa_coverage
from tests.lint import findings


def messages(document: dict[str, Any]) -> list[str]:
    return findings(efsa_coverage.check, document)


def table(document: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = document["nutrients"][0]["efsa"][0]
    return result


def test_valid_document_passes(document: dict[str, Any]) -> None:
    assert messages(document) == []


def test_missing_group_is_named(document: dict[str, Any]) -> None:
    del table(document)["values"][2]
    assert messages(document) == [
        "$.nutrients[0].efsa[0].values: no row for children-4-6y (add not-set)"
    ]


def test_explicit_gaps_count_as_covered(document: dict[str, Any]) -> None:
    rows = table(document)["values"]
    rows[2] = rows[2] | {"kind": "not-set", "value": None, "not_set_reason": "none"}
    del rows[2]["average_requirement"]
    assert messages(document) == []


def test_a_split_group_needs_both_sexes(document: dict[str, Any]) -> None:
    table(document)["values"][6]["sex"] = "female"
    assert messages(document) == [
        "$.nutrients[0].efsa[0].values: no row for adults, male"
    ]


def test_pregnancy_is_for_women_only(document: dict[str, Any]) -> None:
    table(document)["values"][7]["sex"] = "female"
    assert messages(document) == []


def test_every_phytate_level_is_listed(document: dict[str, Any]) -> None:
    rows = table(document)["values"]
    rows[6:7] = [rows[6] | {"phytate_mg": p} for p in (300, 600, 1200)]
    assert messages(document) == [
        "$.nutrients[0].efsa[0].values: no row for adults at phytate 900 mg"
    ]


def test_repeated_row_is_named(document: dict[str, Any]) -> None:
    rows = table(document)["values"]
    rows.append(dict(rows[0]))
    assert messages(document) == [
        "$.nutrients[0].efsa[0].values[9]: repeats the row for infants-7-11mo"
    ]


def test_every_nutrient_has_a_table(document: dict[str, Any]) -> None:
    document["nutrients"][1]["efsa"] = []
    assert messages(document) == ["$.nutrients[1].efsa: no EFSA table for magnesium"]


def test_no_value_set_needs_no_rows(document: dict[str, Any]) -> None:
    document["nutrients"][0]["efsa"][0] = {
        "nutrient": "chromium",
        "status": "no-value-set",
        "ul": {"kind": "none", "applies_to": "total-intake", "scope": "None set."},
        "status_note": "EFSA found that no value can be set.",
        "unit": "ug",
    }
    assert messages(document) == []
