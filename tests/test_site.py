"""Generated pages and figures: complete, linked and well-formed."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from nutrient_data.loader import load
from nutrient_data.site import curation_page, intake_chart, pages, verdicts_overview

SVG = "{http://www.w3.org/2000/svg}"


def test_every_page_is_generated() -> None:
    generated = dict(pages(load()))
    assert (
        sum(p.startswith("nutrients/") and p != "nutrients/index.md" for p in generated)
        == 13
    )
    assert (
        sum(p.startswith("profiles/") and p != "profiles/index.md" for p in generated)
        == 10
    )
    for name in (
        "claims.md",
        "references.md",
        "schema.md",
        "evidence-scale.md",
        "synthesis.md",
        "curation-method.md",
        "SUMMARY.md",
        "schema/dataset.schema.json",
    ):
        assert name in generated


def test_nutrient_page_has_table_chart_and_disclaimer() -> None:
    page = dict(pages(load()))["nutrients/magnesium.md"]
    assert "Not medical advice" in page
    assert "| Life-stage group | Kind | Value | EAR | UL |" in page
    assert "../figures/magnesium-intakes.svg" in page
    assert page.count("| Males 19-30 y |") == 1


def test_intake_chart_is_valid_svg_with_a_row_per_group() -> None:
    for nutrient in load().nutrients:
        root = ET.fromstring(intake_chart(nutrient))
        assert root.tag == f"{SVG}svg"
        labels = [t.text for t in root.iter(f"{SVG}text")]
        assert "Lactation 31-50 y" in labels and "Infants 0-6 months" in labels


def test_verdicts_overview_counts_every_profile_claim() -> None:
    data = load()
    root = ET.fromstring(verdicts_overview(data))
    counted = sum(
        int(t.text or 0) for t in root.iter(f"{SVG}text") if t.get("fill") == "#fff"
    )
    assert counted == sum(len(p.claim_ids) for p in data.profiles)


def test_references_page_links_pubmed_and_doi() -> None:
    data = load()
    page = dict(pages(data))["references.md"]
    for reference in data.references:
        assert f'<a id="{reference.id}"></a>' in page
        if reference.pmid:
            assert f"https://pubmed.ncbi.nlm.nih.gov/{reference.pmid}/" in page
        if reference.doi:
            assert f"https://doi.org/{reference.doi}" in page


def test_curation_page_shows_each_records_coverage() -> None:
    data = load()
    page = curation_page(data)
    coverage = page.split("## Coverage per nutrient", 1)[1].split("\n## ", 1)[0]
    for nutrient in data.nutrients:
        foods = len(nutrient.food_sources)
        assert f"[{nutrient.name}](nutrients/{nutrient.id}.md) | {foods} |" in coverage
