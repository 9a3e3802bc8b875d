"""The identifier pages: every identifier shown once per record, units visible."""

from __future__ import annotations

from nutrient_data.loader import load
from nutrient_data.site import pages
from nutrient_data.site.identifiers import (
    CROSSWALK_PAGE,
    SCHEME_HEADINGS,
    crosswalk_page,
    identifiers_section,
)


def test_crosswalk_page_lists_every_scheme_identifier_and_fdc_row() -> None:
    data = load()
    page = crosswalk_page(data)
    headers = " ".join(
        line for line in page.splitlines() if line.startswith("| Nutrient")
    )
    assert all(f" {h} |" in headers for h in SCHEME_HEADINGS.values())
    for m in data.identifiers():
        assert f"| {m.owner} | {m.identifier.scheme} |" in page
    for row in load().fdc_nutrients.rows:
        assert f"| {row.id} | {row.number} |" in page
    records = sum(1 + len(n.components) for n in data.nutrients)
    for part in ("### Food-composition tables", "### Substance registries"):
        matrix = page.split(part)[1].split("##")[0]
        assert matrix.count("\n| [") == records


def test_nutrient_table_shows_fdc_units() -> None:
    section = identifiers_section(load().nutrient("vitamin-d"))
    assert "1114 (µg), 1110 (IU)" in section
    assert "| Cholecalciferol |" in section
    assert f"(../{CROSSWALK_PAGE})" in section


def test_crosswalk_page_is_generated_and_in_the_navigation() -> None:
    generated = dict(pages(load()))
    assert CROSSWALK_PAGE in generated
    assert f"({CROSSWALK_PAGE})" in generated["SUMMARY.md"]
    assert "(getting-started/food-composition.md)" in generated["SUMMARY.md"]


def test_a_scheme_with_no_record_is_told_apart_from_a_gap() -> None:
    data = load()
    section = identifiers_section(data.nutrient("vitamin-e"))
    row = next(line for line in section.splitlines() if "all-rac" in line)
    assert "| no record |" in row
    page = crosswalk_page(data)
    gaps = page.split("## Schemes with no record")[1].split("##")[0]
    assert "| vitamin-e/all-rac-alpha-tocopherol | chebi |" in gaps


def test_an_id_seen_but_not_confirmed_is_told_apart_from_a_gap() -> None:
    data = load()
    row = next(
        line
        for line in identifiers_section(data.nutrient("vitamin-b12")).splitlines()
        if line.startswith("| Cyanocobalamin")
    )
    assert row.count("| not confirmed |") == 1  # PubChem
    page = crosswalk_page(data)
    seen = page.split("## Identifiers not confirmed")[1].split("##")[0]
    assert "| vitamin-b12/cyanocobalamin | pubchem-cid |" in seen
    assert "| chromium/chromium-element | pubchem-cid |" in seen
