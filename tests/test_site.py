"""Generated pages and figures: complete, in reading order, in words, well-formed."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from typing import get_args

import pytest

from nutrient_data.loader import load
from nutrient_data.models.nutrient import Form, Interaction, NutrientClass
from nutrient_data.models.reference import ReferenceType
from nutrient_data.schema import generate
from nutrient_data.site import pages
from nutrient_data.site.authorities import authority_ids, authority_short
from nutrient_data.site.curation import curation_page
from nutrient_data.site.figures import FONT, WIDTH, intake_chart, verdicts_chart
from nutrient_data.site.markdown import prose
from nutrient_data.site.references import author_year, family_name
from nutrient_data.site.schema_doc import reading_order
from nutrient_data.vocab import (
    CERTAINTIES,
    EVIDENCE_BASES,
    RATING_DOWN,
    Mechanism,
    UlAppliesTo,
)

SVG = "{http://www.w3.org/2000/svg}"
DATA = load()


@cache
def generated() -> dict[str, str]:
    """The generated text files (downloads are bytes and skipped)."""
    return {p: c for p, c in pages(DATA) if isinstance(c, str)}


def visible(markdown: str) -> str:
    """What a reader sees: no link targets, attribute lists, tags or code."""
    text = re.sub(r"\]\([^)]*\)|\{[^}]*\}|<[^>]+>|`[^`]*`", " ", markdown)
    return re.sub(r"^\|?[-| ]+\|$", "", text, flags=re.MULTILINE)


def test_every_page_is_generated() -> None:
    names = generated()
    assert (
        sum(p.startswith("nutrients/") and p != "nutrients/index.md" for p in names)
        == 13
    )
    assert (
        sum(p.startswith("profiles/") and p != "profiles/index.md" for p in names) == 10
    )
    for name in (
        "index.md",
        "essay.md",
        "claims.md",
        "references.md",
        "schema.md",
        "evidence-scale.md",
        "synthesis.md",
        "curation-method.md",
        "SUMMARY.md",
        "downloads.md",
        "schema/dataset.schema.json",
    ):
        assert name in names


@pytest.mark.parametrize("nutrient", DATA.nutrients, ids=lambda n: n.id)
def test_nutrient_page_reads_answer_first(nutrient: object) -> None:
    page = generated()[f"nutrients/{nutrient.id}.md"]  # type: ignore[attr-defined]
    order = [
        '!!! key-facts "Key facts"',
        "## Intakes",
        "## Food sources",
        "## Evidence on insulin sensitivity",
        "## References",
        "## Reference detail",
    ]
    positions = [page.index(heading) for heading in order]
    assert positions == sorted(positions)
    facts = page[: positions[1]]
    assert "improve insulin sensitivity or blood sugar, all trials together?" in facts
    assert "roll-up-rule" in facts  # the rule the headline answer comes from
    for authority in authority_ids()[:2]:  # US and EU; others as they set adults'
        assert f"**{authority_short(authority)}, adults:** women " in facts
    assert "**Top food sources:**" in facts
    assert "| Age | Male | Female | Pregnancy | Lactation |" in page
    assert page.count("| 19\u201330 years |") == 2 - (
        DATA.tables("us", nutrient.id)[0].ul.kind == "none"  # type: ignore[attr-defined]
    )


def test_no_vocabulary_code_is_shown_as_a_label() -> None:
    codes = {
        *get_args(UlAppliesTo),
        *get_args(NutrientClass),
        *get_args(ReferenceType),
        *get_args(Form.model_fields["found_in"].annotation),
        *get_args(Interaction.model_fields["agent_type"].annotation),
        *get_args(Mechanism),
        *CERTAINTIES,
        *RATING_DOWN,
        *EVIDENCE_BASES,
    }
    english = {"meta-analysis", "glucose-metabolism"}  # also words in curated prose
    hyphenated = {c for c in codes if "-" in c} - english
    assert "supplemental-only" in hyphenated
    for name, page in generated().items():
        if name.endswith(".md") and name not in ("schema.md", "SUMMARY.md"):
            shown = visible(page)
            leaked = {
                c for c in hyphenated if re.search(rf"(?<![\w-]){c}(?![\w-])", shown)
            }
            assert leaked == set(), (name, leaked)


def test_units_show_as_micrograms_and_iu_beside_them() -> None:
    vitamin_d = generated()["nutrients/vitamin-d.md"]
    assert "15 µg (600 IU)" in vitamin_d and "100 µg (4,000 IU)" in vitamin_d
    assert not re.search(r"[0-9] ?ug\b", visible(vitamin_d))
    assert "15 mg (22.4 IU)" in generated()["nutrients/vitamin-e.md"]


def test_claims_are_a_table_with_badges_not_headed_by_ids() -> None:
    page = generated()["nutrients/magnesium.md"]
    for claim in DATA.nutrient("magnesium").claims:
        assert f'<span id="{claim.id}"></span>' in page
        assert f"# `{claim.id}`" not in page and f"### {claim.id}" not in page
    assert "{ .badge .verdict-" in page and "{ .badge .certainty-" in page


def test_each_page_numbers_its_references_with_back_links() -> None:
    page = generated()["nutrients/zinc.md"]
    section = page.split("## References {#references", 1)[1]
    zinc = DATA.nutrient("zinc")
    for claim in zinc.claims:
        for reference_id in claim.reference_ids:
            entry = next(
                line
                for line in section.splitlines()
                if f'id="ref-{reference_id}"' in line
            )
            assert f"](#{claim.id})" in entry
            assert (
                f"[{author_year(DATA.reference(reference_id))}](#ref-{reference_id})"
                in page
            )
    body = page.split("## References {#references", 1)[0]
    listed = set(re.findall(r'^1\. <a id="ref-([^"]+)"></a>', section, re.M))
    assert listed == set(re.findall(r"\]\(#ref-([^)]+)\)", body))
    # What the nutrient page no longer carries (each authority's own rows) is
    # cited on the authority's page: no source of the nutrient's is lost.
    tables = tuple(t for a in DATA.authorities for t in a.tables_for("zinc"))
    own = "".join(generated()[f"authorities/{a.id}.md"] for a in DATA.authorities)
    for _, reference_id in _cited((zinc, *tables)):
        assert reference_id in listed or f'id="ref-{reference_id}"' in own


def _cited(records: object) -> list[tuple[object, str]]:
    from nutrient_data.lint.references import citations

    return list(citations(records))


def test_author_year_uses_family_names() -> None:
    assert family_name("Wise JP Sr") == "Wise"
    assert family_name("Institute of Medicine") == "Institute of Medicine"


def test_references_page_is_grouped_and_never_says_link() -> None:
    page = generated()["references.md"]
    assert "## Contents" in page
    for nutrient in DATA.nutrients:
        assert f"- [{nutrient.name}](#{nutrient.id})" in page
    assert "[link]" not in page
    for page_text in generated().values():
        assert "[link](" not in page_text
    for reference in DATA.references:
        if reference.pmid:
            assert f"https://pubmed.ncbi.nlm.nih.gov/{reference.pmid}/" in page
        if reference.doi:
            assert f"https://doi.org/{reference.doi}" in page


def test_intake_chart_is_narrow_svg_with_axis_grid_and_legend() -> None:
    us = DATA.authority("us")
    for nutrient in DATA.nutrients:
        (table,) = us.tables_for(nutrient.id)
        root = ET.fromstring(intake_chart(us, table, nutrient.name))
        assert root.get("viewBox", "").startswith(f"0 0 {WIDTH} ")
        labels = [t.text for t in root.iter(f"{SVG}text")]
        assert "Lactation 31-50 y" in labels and "Infants 0-6 months" in labels
        assert any(label and label.endswith("a day") for label in labels)
        assert len(list(root.iter(f"{SVG}line"))) >= 3  # gridlines and axis
        assert ("UL" in labels) == any(u.value is not None for u in table.ul.values)
        assert ("RDA" in labels) == any(v.kind == "RDA" for v in table.values)
        sizes = [float(t.get("font-size", FONT)) for t in root.iter(f"{SVG}text")]
        assert min(sizes) >= 12


def test_verdicts_chart_counts_every_claim_and_has_a_table() -> None:
    root = ET.fromstring(verdicts_chart(DATA))
    counted = sum(
        int(t.text or 0) for t in root.iter(f"{SVG}text") if t.get("fill") == "#fff"
    )
    assert counted == sum(len(p.claim_ids) for p in DATA.profiles)
    home = generated()["index.md"]
    assert "| Topic |" in home and '<figure class="chart">' in home


def test_home_page_shows_version_citation_and_the_essay() -> None:
    home = generated()["index.md"]
    assert f"Data version **{DATA.metadata.version}**" in home
    assert DATA.metadata.citation in home
    assert "(essay.md)" in home
    essay = generated()["essay.md"]
    assert "unsigned" in essay and "ten headed sections" in essay


def test_schema_page_starts_at_the_top_and_documents_each_definition_once() -> None:
    page = generated()["schema.md"]
    assert page.index("## The top-level object") < page.index("## A small example")
    assert page.index("## A small example") < page.index("## Metadata")
    schema = generate("dataset")
    order = reading_order(schema)
    assert sorted(order) == sorted(schema["$defs"]) and len(order) == len(set(order))
    assert order[0] == "Metadata"
    for name in schema["$defs"]:
        assert page.count(f"\n## {name} {{#") == 1


def test_curation_page_shows_each_records_coverage() -> None:
    page = curation_page(DATA)
    coverage = page.split("## Coverage per nutrient", 1)[1].split("\n## ", 1)[0]
    for nutrient in DATA.nutrients:
        foods = len(nutrient.food_sources)
        assert f"[{nutrient.name}](nutrients/{nutrient.id}.md) | {foods} |" in coverage


@pytest.mark.parametrize("nutrient", DATA.nutrients, ids=lambda n: n.id)
def test_food_section_lists_the_rows_or_says_none_is_confirmed(
    nutrient: object,
) -> None:
    page = generated()[f"nutrients/{nutrient.id}.md"]  # type: ignore[attr-defined]
    foods = page[page.index("## Food sources") :].split("\n## ")[0]
    rows = nutrient.food_sources  # type: ignore[attr-defined]
    assert ("No food amounts confirmed" in foods) == (not rows)
    for row in rows:
        assert f"| {row.food} | {row.serving} |" in foods


def test_each_authority_has_a_page_from_its_data_file() -> None:
    """What it is, when it was issued, how its groups are cut and what its
    kinds mean, for every authority the data holds (however many)."""
    made = generated()
    index = made["authorities/index.md"]
    navigation = made["SUMMARY.md"]
    for authority in DATA.authorities:
        page = made[f"authorities/{authority.id}.md"]
        assert f"# {authority.name}\n" in page
        assert authority.issuing_body in page and f"{authority.year}" in page
        assert prose(authority.summary) in page
        groups = page.split("{#groups}", 1)[1].split("\n## ", 1)[0]
        for group in authority.groups:
            assert f"| {prose(group.label)} |" in groups, (authority.id, group.id)
        kinds = page.split("{#kinds}", 1)[1].split("\n## ", 1)[0]
        for kind in authority.kinds:
            assert f"**{kind.code}**" in kinds and prose(kind.meaning) in kinds
        assert f"]({authority.id}.md)" in index
        assert f"](authorities/{authority.id}.md)" in navigation
        assert "## References {#references" in page


def test_every_download_is_published_once_with_the_bytes_it_is_listed_with() -> None:
    from nutrient_data.downloads import PAGE, location
    from nutrient_data.export.release import artifacts

    made = dict(pages(DATA))
    page = made[PAGE]
    assert isinstance(page, str)
    for artifact in artifacts(DATA):
        where = location(artifact.download.name)
        assert f"]({where})" in page
        content = made[where]
        published = content.encode() if isinstance(content, str) else content
        assert published == artifact.content, where
    bodies = [c.encode() if isinstance(c, str) else c for c in made.values()]
    large = [b for b in bodies if len(b) > 10_000]
    assert len(large) == len(set(large)), "a file is published twice"
