from __future__ import annotations

from typing import Any

import pytest

from nutrient_data.lint import links
from tests.lint import findings


def messages(document: dict[str, Any]) -> list[str]:
    return findings(links.check, document)


def test_valid_document_passes(document: dict[str, Any]) -> None:
    assert messages(document) == []


@pytest.mark.parametrize(
    "url",
    [
        "https://www.researchgate.net/publication/6326538_Chromium",
        "https://reference.staging.medscape.com/drug/fish-oil",
        "https://www.scribd.com/document/1/x",
        "https://pdfs.semanticscholar.org/ab/cd.pdf",
        "https://ouci.dntb.gov.ua/en/works/123",
    ],
)
def test_mirror_and_staging_hosts_are_refused(
    document: dict[str, Any], url: str
) -> None:
    document["references"][0]["url"] = url
    [message] = messages(document)
    assert message.startswith("$.references[0].url: links a mirror or file-sharing")


@pytest.mark.parametrize(
    "url",
    [
        "https://doi.org/10.1002/dmrr.755",
        "https://pubmed.ncbi.nlm.nih.gov/17506119/",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC4069007",
        "https://ods.od.nih.gov/factsheets/Zinc-HealthProfessional/",
        "https://efsa.onlinelibrary.wiley.com/doi/10.2903/j.efsa.2014.3844",
    ],
)
def test_canonical_hosts_pass(document: dict[str, Any], url: str) -> None:
    document["references"][0]["url"] = url
    assert messages(document) == []


def test_journal_article_needs_an_identifier_or_a_reason(
    document: dict[str, Any],
) -> None:
    reference = document["references"][0]
    reference.update(type="randomized-trial", pmid=None, doi=None)
    reference["url"] = "https://example.org/article"
    [message] = messages(document)
    assert "has neither PMID nor DOI" in message
    reference["no_identifier_reason"] = "Not indexed in PubMed; no DOI was issued."
    assert messages(document) == []
