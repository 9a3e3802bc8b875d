"""Lookup by identifier: the spellings accepted, and the API and bundle agree."""

from __future__ import annotations

import pytest

from nutrient_data import bundle, load
from nutrient_data.crosswalk import parse_identifier
from nutrient_data.export import table_rows
from nutrient_data.problem import UnknownNameError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fdc-nutrient-id:1090", ("fdc-nutrient-id", "1090")),
        ("FDC-Nutrient-Number: 304", ("fdc-nutrient-number", "304")),
        ("CHEBI:28940", ("chebi", "CHEBI:28940")),
        ("chebi:28940", ("chebi", "CHEBI:28940")),
        ("chebi:CHEBI:28940", ("chebi", "CHEBI:28940")),
        ("Q660", ("wikidata", "Q660")),
        ("q660", ("wikidata", "Q660")),
        ("7439-95-4", ("cas", "7439-95-4")),
        ("unii:1c6v77qf41", ("unii", "1C6V77QF41")),
        ("magnesium", None),
        ("Vitamin B-12", None),
        ("omega-3", None),
        ("isbn:123", None),
    ],
)
def test_identifier_spellings(text: str, expected: tuple[str, str] | None) -> None:
    assert parse_identifier(text) == expected


def test_no_name_of_a_nutrient_reads_as_an_identifier() -> None:
    for n in load().nutrients:
        for name in (n.id, n.name, *n.synonyms):
            assert parse_identifier(name) is None, name


def test_every_identifier_finds_its_record_in_the_api_and_the_bundle() -> None:
    data = load()
    for m in data.identifiers():
        scheme, value = m.identifier.scheme, m.identifier.value
        found = data.by_identifier(scheme, value)
        assert found.owner == m.owner
        nutrient, component = bundle.by_identifier(scheme, value)
        shown = nutrient["id"] + (f"/{component['id']}" if component else "")
        assert shown == m.owner


def test_carriers_are_each_nutrient_then_its_components_once() -> None:
    data = load()
    expected = [
        owner
        for n in data.nutrients
        for owner in (n.id, *(f"{n.id}/{c.id}" for c in n.components))
    ]
    carriers = data.carriers()
    assert [c.owner for c in carriers] == expected
    assert all(
        c.record is (c.nutrient if c.component is None else c.component)
        for c in carriers
    )
    assert [m.owner for m in data.identifiers()] == [
        c.owner for c in carriers for _ in c.record.identifiers
    ]


def test_fdc_nutrient_id_finds_the_nutrient() -> None:
    found = load().by_identifier("fdc-nutrient-id", "1090")
    assert (found.nutrient.id, found.component) == ("magnesium", None)
    assert found.unit == "mg"


def test_chebi_finds_a_component_with_or_without_prefix() -> None:
    data = load()
    for value in ("CHEBI:28940", "28940", "chebi:28940"):
        assert data.by_identifier("chebi", value).owner == "vitamin-d/vitamin-d3"


def test_vitamin_d_rows_per_unit_are_kept_apart() -> None:
    data = load()
    units = {data.by_identifier("fdc-nutrient-id", v).unit for v in ("1114", "1110")}
    assert units == {"ug", "[IU]"}


def test_a_number_asked_for_as_an_id_suggests_the_number() -> None:
    with pytest.raises(UnknownNameError) as caught:
        load().by_identifier("fdc-nutrient-id", "304")
    assert str(caught.value) == (
        "unknown identifier 'fdc-nutrient-id:304'; "
        "did you mean 'fdc-nutrient-number:304'?"
    )


def test_unknown_scheme_lists_the_schemes() -> None:
    with pytest.raises(ValueError, match="use one of fdc-nutrient-id, "):
        load().by_identifier("isbn", "123")


def test_the_identifiers_table_is_the_crosswalk() -> None:
    data = load()
    rows = table_rows(data)["identifiers"]
    assert len(rows) == len(data.identifiers())
    found = {
        (r["nutrient_id"], r["component_id"], r["scheme"], r["value"], r["unit"])
        for r in rows
    }
    assert ("vitamin-d", None, "fdc-nutrient-id", "1110", "[IU]") in found
    assert ("vitamin-d", "vitamin-d3", "chebi", "CHEBI:28940", None) in found
    fdc = {r["fdc_nutrient_id"]: r for r in table_rows(data)["fdc_nutrients"]}
    assert (fdc["1090"]["fdc_nutrient_number"], fdc["1090"]["unit"]) == ("304", "mg")
