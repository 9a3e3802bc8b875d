from __future__ import annotations

from typing import Any

from nutrient_data.lint import requirements
from tests.lint import findings


def messages(document: dict[str, Any]) -> list[str]:
    return findings(requirements.check, document)


def test_valid_document_passes(document: dict[str, Any]) -> None:
    assert messages(document) == []


def test_pri_below_ar_is_named(document: dict[str, Any]) -> None:
    document["authorities"][1]["tables"][1]["values"][6]["value"] = 7.0
    assert messages(document) == [
        "$.authorities[1].tables[1].values[6]: PRI 7 is below the requirement 8 (mg)"
    ]


def test_rda_below_ear_is_named(document: dict[str, Any]) -> None:
    row = document["authorities"][0]["tables"][0]["values"][6]
    row.update(kind="RDA", value=10.0, average_requirement=12.0)
    assert messages(document) == [
        "$.authorities[0].tables[0].values[6]: RDA 10 is below the requirement 12 (mg)"
    ]


def test_rda_equal_to_ear_passes(document: dict[str, Any]) -> None:
    row = document["authorities"][0]["tables"][0]["values"][6]
    row.update(kind="RDA", value=10.0, average_requirement=10.0)
    assert messages(document) == []
