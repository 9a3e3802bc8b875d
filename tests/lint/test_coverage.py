from __future__ import annotations

from typing import Any

from nutrient_data.lint import coverage
from tests.lint import findings


def messages(document: dict[str, Any]) -> list[str]:
    return findings(coverage.check, document)


def test_valid_document_passes(document: dict[str, Any]) -> None:
    assert messages(document) == []


def test_a_nutrient_without_a_table_is_named(document: dict[str, Any]) -> None:
    del document["authorities"][1]["tables"][1]
    assert messages(document) == [
        "$.authorities[1].tables: no efsa table for magnesium (a table of status "
        "no-value-set says the authority set none; not_confirmed names values "
        "it set that could not be confirmed)"
    ]


def test_every_group_needs_a_row(document: dict[str, Any]) -> None:
    del document["authorities"][0]["tables"][0]["values"][3]
    assert messages(document) == [
        "$.authorities[0].tables[0].values: no row for children-4-8y (add not-set)"
    ]


def test_groups_and_kinds_are_the_authoritys_own(document: dict[str, Any]) -> None:
    row = document["authorities"][1]["tables"][0]["values"][0]
    row.update(group="infants-0-6mo", kind="RDA")
    assert messages(document) == [
        "$.authorities[1].tables[0].values[0].group: 'infants-0-6mo' is no group "
        "of efsa",
        "$.authorities[1].tables[0].values[0].kind: 'RDA' is no kind of efsa",
        "$.authorities[1].tables[0].values: no row for infants-7-11mo (add not-set)",
    ]


def test_a_split_group_lists_both_sexes(document: dict[str, Any]) -> None:
    rows = document["authorities"][1]["tables"][0]["values"]
    rows[6] = rows[6] | {"sex": "female"}
    assert messages(document) == [
        "$.authorities[1].tables[0].values: no row for adults, male"
    ]


def test_repeated_rows_are_named(document: dict[str, Any]) -> None:
    rows = document["authorities"][0]["tables"][0]["values"]
    rows.append(dict(rows[0]))
    assert messages(document) == [
        "$.authorities[0].tables[0].values[22]: repeats the row for infants-0-6mo"
    ]


def test_the_shared_not_set_code_needs_no_declaring(document: dict[str, Any]) -> None:
    row = document["authorities"][0]["tables"][0]["values"][0]
    row.update(kind="not-set", value=None, not_set_reason="None set.")
    assert messages(document) == []
