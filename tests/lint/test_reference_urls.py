from __future__ import annotations

from typing import Any

import pytest

from nutrient_data.lint import reference_urls
from tests.lint import findings


def messages(document: dict[str, Any]) -> list[str]:
    return findings(reference_urls.check, document)


def article(document: dict[str, Any], **fields: Any) -> dict[str, Any]:
    reference: dict[str, Any] = document["references"][0]
    reference.update(type="meta-analysis", **fields)
    return reference


def test_valid_document_passes(document: dict[str, Any]) -> None:
    assert messages(document) == []


@pytest.mark.parametrize(
    ("identifiers", "named", "suggested"),
    [
        ({"doi": "10.1000/xyz"}, "DOI", "https://doi.org/10.1000/xyz"),
        ({"pmid": "12345"}, "PMID", "https://pubmed.ncbi.nlm.nih.gov/12345/"),
        (
            {"pmid": "12345", "doi": "10.1000/xyz"},
            "DOI",
            "https://doi.org/10.1000/xyz",
        ),
    ],
)
def test_an_identifier_without_a_url_is_named(
    document: dict[str, Any], identifiers: dict[str, str], named: str, suggested: str
) -> None:
    article(document, url=None, **identifiers)
    assert messages(document) == [
        f"$.references[0]: has a {named} but no url; link its canonical record "
        f"(e.g. {suggested})"
    ]


def test_a_reference_without_identifiers_needs_no_url(
    document: dict[str, Any],
) -> None:
    article(document, url=None, no_identifier_reason="Not indexed; no DOI issued.")
    assert messages(document) == []


@pytest.mark.parametrize(
    "url",
    [
        "https://doi.org/10.1000/XYZ",
        "https://pubmed.ncbi.nlm.nih.gov/12345/",
        "https://www.ncbi.nlm.nih.gov/pubmed/12345",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC4069007",
    ],
)
def test_a_link_to_the_reference_own_record_passes(
    document: dict[str, Any], url: str
) -> None:
    article(document, pmid="12345", doi="10.1000/xyz", url=url)
    assert messages(document) == []


def test_a_doi_link_to_another_paper_is_named(document: dict[str, Any]) -> None:
    article(
        document, pmid="12345", doi="10.1000/xyz", url="https://doi.org/10.1000/abc"
    )
    assert messages(document) == [
        "$.references[0].url: links DOI 10.1000/abc but the reference's DOI is "
        "10.1000/xyz"
    ]


def test_a_pubmed_link_to_another_paper_is_named(document: dict[str, Any]) -> None:
    article(document, pmid="12345", url="https://pubmed.ncbi.nlm.nih.gov/54321/")
    assert messages(document) == [
        "$.references[0].url: links PMID 54321 but the reference's PMID is 12345"
    ]


def test_a_doi_link_on_a_reference_without_a_doi_is_named(
    document: dict[str, Any],
) -> None:
    article(document, pmid="12345", url="https://doi.org/10.1000/abc")
    assert messages(document) == [
        "$.references[0].url: links DOI 10.1000/abc but the reference has no DOI"
    ]
