from __future__ import annotations

from typing import Any

from nutrient_data.lint import food_units
from tests.lint import findings


def messages(document: dict[str, Any]) -> list[str]:
    return findings(food_units.check, document)


def test_valid_document_passes(document: dict[str, Any]) -> None:
    assert messages(document) == []


def test_food_in_another_unit_than_the_first_table_is_named(
    document: dict[str, Any],
) -> None:
    document["nutrients"][0]["food_sources"][0]["unit"] = "ug"
    assert messages(document) == [
        "$.nutrients[0].food_sources[0].unit: food amount in 'ug'; the table at "
        "$.authorities[0].tables[0] uses 'mg'"
    ]


def test_a_later_authority_may_use_another_unit(document: dict[str, Any]) -> None:
    document["authorities"][1]["tables"][0]["unit"] = "ug"
    assert messages(document) == []
