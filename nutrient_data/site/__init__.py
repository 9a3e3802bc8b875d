"""Pages and figures of the documentation site, rendered from the data.

``docs/gen_pages.py`` calls :func:`pages` at build time, so the site can never
drift from the dataset. One module per kind of page; shared Markdown pieces
live in :mod:`nutrient_data.site.markdown`.
"""

from __future__ import annotations

from collections.abc import Iterator

from nutrient_data import downloads
from nutrient_data.models import Dataset
from nutrient_data.paths import schema_file_name
from nutrient_data.schema import MODELS, render
from nutrient_data.site.authority_pages import (
    FOLDER as AUTHORITIES,
)
from nutrient_data.site.authority_pages import (
    authorities_index,
    authority_page,
    page_path,
)
from nutrient_data.site.claims import claims_page, evidence_scale_page, synthesis_page
from nutrient_data.site.curation import curation_page
from nutrient_data.site.glossary import glossary_page
from nutrient_data.site.home import home_page
from nutrient_data.site.identifiers import CROSSWALK_PAGE, JOIN_PAGE, crosswalk_page
from nutrient_data.site.markdown import prose
from nutrient_data.site.nutrients import nutrient_page, nutrients_index
from nutrient_data.site.population import PAGE as POPULATION_PAGE
from nutrient_data.site.population import page as population_page
from nutrient_data.site.profiles import essay_page, profile_page, profiles_index
from nutrient_data.site.references import references_page
from nutrient_data.site.schema_doc import schema_page

__all__ = ["pages", "summary"]


def summary(data: Dataset) -> str:
    """The site's navigation, for mkdocs-literate-nav (not itself published)."""
    nutrients = "".join(
        f"    - [{n.name}](nutrients/{n.id}.md)\n" for n in data.nutrients
    )
    profiles = "".join(
        f"    - [{p.title}](profiles/{p.id}.md)\n" for p in data.profiles
    )
    authorities = "".join(
        f"    - [{a.short_name}]({page_path(a.id)})\n" for a in data.authorities
    )
    return (
        "- [Home](index.md)\n"
        "- Getting started\n"
        "    - [Python](getting-started/python.md)\n"
        "    - [Raw data: JSON, CSV, SQLite](getting-started/raw-data.md)\n"
        "    - [Command line](getting-started/cli.md)\n"
        f"    - [Joining food-composition data]({JOIN_PAGE})\n"
        "- [Intake check](intake-check.md)\n"
        f"- [Assessing a population]({POPULATION_PAGE})\n"
        "- [Downloads](downloads.md)\n"
        f"- [Nutrients](nutrients/index.md)\n{nutrients}"
        f"- [Profiles](profiles/index.md)\n{profiles}"
        f"- [Authorities]({AUTHORITIES}/index.md)\n{authorities}"
        "- [About the source essay](essay.md)\n"
        "- [The essay as a whole](synthesis.md)\n"
        "- [Claims by verdict](claims.md)\n"
        "- [Evidence scale](evidence-scale.md)\n"
        "- [References](references.md)\n"
        "- [Glossary](glossary.md)\n"
        f"- [Identifier crosswalk]({CROSSWALK_PAGE})\n"
        "- [Curation method](curation-method.md)\n"
        "- [Data schema](schema.md)\n"
        "- [API reference](api.md)\n"
    )


def pages(data: Dataset) -> Iterator[tuple[str, str | bytes]]:
    """Every generated file as ``(path under docs/, content)``.

    Pages pass through :func:`~nutrient_data.site.markdown.prose` once here,
    so every amount in curated text reads in µg.
    """
    yield from downloads.pages(data)
    for path, content in _pages(data):
        yield path, prose(content) if path.endswith(".md") else content


def _pages(data: Dataset) -> Iterator[tuple[str, str]]:
    yield "index.md", home_page(data)
    for nutrient in data.nutrients:
        yield f"nutrients/{nutrient.id}.md", nutrient_page(data, nutrient)
    yield "nutrients/index.md", nutrients_index(data)
    for profile in data.profiles:
        yield f"profiles/{profile.id}.md", profile_page(data, profile)
    yield "profiles/index.md", profiles_index(data)
    for authority in data.authorities:
        yield page_path(authority.id), authority_page(data, authority)
    yield f"{AUTHORITIES}/index.md", authorities_index(data)
    yield "essay.md", essay_page(data)
    yield "claims.md", claims_page(data)
    yield "synthesis.md", synthesis_page(data)
    yield "evidence-scale.md", evidence_scale_page()
    yield "references.md", references_page(data)
    yield "glossary.md", glossary_page()
    yield "curation-method.md", curation_page(data)
    yield POPULATION_PAGE, population_page()
    yield CROSSWALK_PAGE, crosswalk_page(data)
    yield "schema.md", schema_page(data)
    for kind in MODELS:
        yield f"{downloads.SCHEMAS}/{schema_file_name(kind)}", render(kind)
    yield "SUMMARY.md", summary(data)
