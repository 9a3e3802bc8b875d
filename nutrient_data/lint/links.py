"""Rule: references point at canonical records.

A mirror, a publisher's staging host or a file-sharing copy can change, vanish
or differ from the version of record, so such hosts are refused outright. A
journal article needs a PMID or DOI, or a stated reason why it has neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from nutrient_data.models import Dataset
from nutrient_data.models.reference import JOURNAL_ARTICLE_TYPES
from nutrient_data.problem import Problem

DENIED_HOSTS = (
    "researchgate.net",
    "academia.edu",
    "scribd.com",
    "semanticscholar.org",
    "pdfs.semanticscholar.org",
    "docslib.org",
    "dokumen.pub",
    "studylib.net",
    "yumpu.com",
    "issuu.com",
    "sci-hub",
    "libgen",
    "z-lib",
    "dropbox.com",
    "drive.google.com",
    "docs.google.com",
    "slideshare.net",
    "coursehero.com",
    "europepmc.org/abstract/med",
    "scite.ai",
    "ouci.dntb.gov.ua",
    "cyberleninka.ru",
    "staging",
    "proxy",
)
"""Host names (or parts of them) that are never a canonical record."""


_ORDER = {entry: i for i, entry in enumerate(DENIED_HOSTS)}
_IN_HOST = tuple(e for e in DENIED_HOSTS if "." not in e)
"""Entries without a dot match anywhere in the host name."""
_DOMAINS = frozenset(e for e in DENIED_HOSTS if "." in e and "/" not in e)
"""Entries with a dot match the host or a domain it belongs to."""
_PREFIXES = tuple(e for e in DENIED_HOSTS if "/" in e)
"""Entries with a path match the start of host and path."""


_HOST_PARTS = re.compile(
    "|".join(re.escape(e.split("/")[0]) for e in dict.fromkeys(DENIED_HOSTS))
)
"""What some entry needs to find in a URL (its host part) before it can match:
one search of the URL for all of them."""


def denied(url: str) -> str | None:
    """The deny-list entry that ``url`` matches, if any (the first listed)."""
    lowered = url.lower()
    if _HOST_PARTS.search(lowered) is None:
        return None  # the common case, decided without parsing the URL
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    labels = host.split(".")
    found = [e for e in _IN_HOST if e in host]
    found += [
        d for d in (".".join(labels[i:]) for i in range(len(labels))) if d in _DOMAINS
    ]
    where = f"{host}{parts.path}".lower()
    found += [e for e in _PREFIXES if where.startswith(e)]
    return min(found, key=_ORDER.__getitem__) if found else None


def check(dataset: Dataset) -> Iterator[Problem]:
    for i, reference in enumerate(dataset.references):
        path = f"$.references[{i}]"
        if reference.url is not None:
            entry = denied(reference.url)
            if entry is not None:
                yield Problem(
                    f"{path}.url",
                    f"links a mirror or file-sharing copy ({entry}); "
                    "link the canonical record",
                )
        if (
            reference.type in JOURNAL_ARTICLE_TYPES
            and reference.pmid is None
            and reference.doi is None
            and reference.no_identifier_reason is None
        ):
            yield Problem(
                path,
                f"journal article {reference.id!r} has neither PMID nor DOI; "
                "add one, or say why in no_identifier_reason",
            )
