"""Rule: a reference with a PMID or DOI links its record, and the link is its own.

A PMID or DOI alone sends readers to look the record up; the URL is what the
site and the exports link. A doi.org or PubMed link must name the reference's
own DOI or PMID, so a copied link cannot point at another paper.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nutrient_data.models import Dataset
from nutrient_data.problem import Problem

_DOI_URL = re.compile(r"^https://(?:dx\.)?doi\.org/(?P<id>\S+)$", re.IGNORECASE)
_PUBMED_URL = re.compile(
    r"^https://(?:pubmed\.ncbi\.nlm\.nih\.gov|www\.ncbi\.nlm\.nih\.gov/pubmed)/"
    r"(?P<id>[0-9]+)/?$"
)


def _mismatch(label: str, linked: str, own: str | None) -> str:
    has = (
        f"the reference's {label} is {own}" if own else f"the reference has no {label}"
    )
    return f"links {label} {linked} but {has}"


def check(dataset: Dataset) -> Iterator[Problem]:
    for i, reference in enumerate(dataset.references):
        path = f"$.references[{i}]"
        url, doi, pmid = reference.url, reference.doi, reference.pmid
        if url is None:
            if doi is not None or pmid is not None:
                suggested = (
                    f"https://doi.org/{doi}"
                    if doi is not None
                    else f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/"
                )
                yield Problem(
                    path,
                    f"has a {'DOI' if doi is not None else 'PMID'} but no url; "
                    f"link its canonical record (e.g. {suggested})",
                )
            continue
        if found := _DOI_URL.match(url):
            if doi is None or found["id"].lower() != doi.lower():
                yield Problem(f"{path}.url", _mismatch("DOI", found["id"], doi))
        elif (found := _PUBMED_URL.match(url)) and found["id"] != pmid:
            yield Problem(f"{path}.url", _mismatch("PMID", found["id"], pmid))
