from __future__ import annotations

from typing import Any

import pytest

from nutrient_data.lint import identifiers
from nutrient_data.models import ChebiId, Dataset
from tests.lint import findings


def ident(scheme: str, value: str, unit: str | None = None) -> dict[str, Any]:
    found: dict[str, Any] = {"scheme": scheme, "value": value, "confirmed_by": "t"}
    if unit is not None:
        found["unit"] = unit
    return found


def messages(document: dict[str, Any]) -> list[str]:
    return findings(identifiers.check, document)


def test_valid_document_passes(document: dict[str, Any]) -> None:
    assert messages(document) == []


def test_each_fdc_row_is_listed_once(document: dict[str, Any]) -> None:
    rows = document["fdc_nutrients"]["rows"]
    rows.append({**rows[0], "number": "999"})
    assert messages(document) == [
        "$.fdc_nutrients.rows[4].id: FDC id 1090 is listed twice"
    ]


def test_value_shared_by_two_nutrients_is_named(document: dict[str, Any]) -> None:
    document["nutrients"][1]["identifiers"] = [ident("cas", "7440-47-3")]
    assert messages(document) == [
        "$.nutrients[1].identifiers[0]: cas 7440-47-3 already identifies chromium "
        "($.nutrients[0].identifiers[0]); state same_substance_as if both denote "
        "one substance"
    ]


def test_value_listed_twice_for_one_record(document: dict[str, Any]) -> None:
    document["nutrients"][0]["identifiers"] *= 2
    assert messages(document) == [
        "$.nutrients[0].identifiers[1]: cas 7440-47-3 is listed twice for chromium"
    ]


def test_one_substance_may_share_a_value_when_stated(document: dict[str, Any]) -> None:
    component = {
        "id": "element",
        "name": "Chromium",
        "identifiers": [ident("cas", "7440-47-3")],
    }
    document["nutrients"][0]["components"] = [component]
    assert messages(document) == [
        "$.nutrients[0].components[0].identifiers[0]: cas 7440-47-3 already "
        "identifies chromium ($.nutrients[0].identifiers[0]); state "
        "same_substance_as if both denote one substance"
    ]
    component["same_substance_as"] = "chromium"
    assert messages(document) == []


def test_same_substance_as_must_name_a_record(document: dict[str, Any]) -> None:
    document["nutrients"][0]["components"] = [
        {"id": "element", "name": "Chromium", "same_substance_as": "chromium/ion"}
    ]
    assert messages(document) == [
        "$.nutrients[0].components[0].same_substance_as: no record 'chromium/ion'"
    ]
    document["nutrients"][0]["components"].append({"id": "ion", "name": "Cr(III)"})
    assert messages(document) == []


def test_pattern_is_checked_on_records_built_without_validation(
    document: dict[str, Any],
) -> None:
    data = Dataset.model_validate(document)
    bad = ChebiId.model_construct(scheme="chebi", value="28073", confirmed_by="t")
    chromium = data.nutrients[0].model_copy(update={"identifiers": (bad,)})
    built = data.model_copy(update={"nutrients": (chromium, *data.nutrients[1:])})
    found = [str(p) for p in identifiers.check(built)]
    assert len(found) == 1
    assert found[0].startswith("$.nutrients[0].identifiers[0]: chebi '28073': String")


def test_fdc_id_and_number_of_one_row_pass(document: dict[str, Any]) -> None:
    document["nutrients"][1]["identifiers"] = [
        ident("fdc-nutrient-id", "1090", "mg"),
        ident("fdc-nutrient-number", "304"),
    ]
    assert messages(document) == []


def test_fdc_id_and_number_of_different_rows_are_named(
    document: dict[str, Any],
) -> None:
    document["nutrients"][1]["identifiers"] = [
        ident("fdc-nutrient-id", "1090"),
        ident("fdc-nutrient-number", "310"),
    ]
    assert messages(document) == [
        "$.nutrients[1].identifiers[0]: fdc-nutrient-id 1090 is FDC's row "
        "'Magnesium, Mg' with fdc-nutrient-number 304, but magnesium has "
        "fdc-nutrient-number 310",
        "$.nutrients[1].identifiers[1]: fdc-nutrient-number 310 is FDC's row "
        "'Chromium, Cr' with fdc-nutrient-id 1096, but magnesium has "
        "fdc-nutrient-id 1090",
    ]


def test_an_id_entered_as_the_number_is_caught(document: dict[str, Any]) -> None:
    document["nutrients"][1]["identifiers"] = [ident("fdc-nutrient-number", "1090")]
    assert messages(document) == [
        "$.nutrients[1].identifiers[0]: fdc-nutrient-number 1090 is not in "
        "fdc_nutrients; it is the fdc-nutrient-id of 'Magnesium, Mg'"
    ]


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("[IU]", []),
        (
            "ug",
            [
                "$.nutrients[1].identifiers[1]: fdc-nutrient-id 1110 is FDC's row "
                "in [IU], not ug"
            ],
        ),
    ],
)
def test_fdc_rows_per_unit(
    document: dict[str, Any], unit: str, expected: list[str]
) -> None:
    document["nutrients"][1]["identifiers"] = [
        ident("fdc-nutrient-id", "1114", "ug"),
        ident("fdc-nutrient-id", "1110", unit),
    ]
    assert messages(document) == expected


def test_several_fdc_rows_need_their_units(document: dict[str, Any]) -> None:
    document["nutrients"][1]["identifiers"] = [
        ident("fdc-nutrient-id", "1114"),
        ident("fdc-nutrient-id", "1110", "[IU]"),
    ]
    assert messages(document) == [
        "$.nutrients[1].identifiers[0]: fdc-nutrient-id 1114: magnesium has "
        "several FDC rows; give the unit"
    ]


def test_no_record_names_a_scheme_without_an_id(document: dict[str, Any]) -> None:
    document["nutrients"][0]["no_record"] = [
        {"scheme": "cas", "reason": "r"},
        {"scheme": "unii", "reason": "r"},
        {"scheme": "unii", "reason": "again"},
    ]
    document["nutrients"][0]["components"] = [
        {
            "id": "element",
            "name": "Chromium",
            "no_record": [{"scheme": "chebi", "reason": "r"}],
        }
    ]
    assert messages(document) == [
        "$.nutrients[0].no_record[0]: cas has no record here, yet an id is given",
        "$.nutrients[0].no_record[2]: unii is stated twice",
    ]


def test_an_unconfirmed_scheme_has_no_id_and_is_not_also_said_to_have_none(
    document: dict[str, Any],
) -> None:
    document["nutrients"][0]["unconfirmed"] = [
        {"scheme": "cas", "reason": "r"},
        {"scheme": "wikidata", "reason": "r"},
    ]
    document["nutrients"][0]["no_record"] = [{"scheme": "wikidata", "reason": "r"}]
    assert messages(document) == [
        "$.nutrients[0].unconfirmed[0]: cas is not confirmed here, yet an id is given",
        "$.nutrients[0].unconfirmed[1]: wikidata is stated twice",
    ]
