"""The built site's weight: its bytes in all, and what a page's first visit
fetches (the page, its stylesheets, scripts and images), for the size budgets
that ``benchmarks/run.py`` prints and the site tests assert.

A first visit's figure is read from the built files, as a browser with an
empty cache would fetch them before anything is used: the search index, which
waits for the search box, is not among them.
"""

from __future__ import annotations

import re
from pathlib import Path

MAX_SITE_BYTES = 5_000_000
"""The issue's budget for the built site."""
MAX_FIRST_LOAD_BYTES = 300_000
"""The issue's budget for a nutrient page's first load, uncompressed."""

_FETCHED = re.compile(
    r'<(?:link\b[^>]*\brel="(?:stylesheet|icon)"[^>]*\bhref|script\b[^>]*\bsrc'
    r'|img\b[^>]*\bsrc)="([^"#?]+)'
)


def total_bytes(site: Path, *, without: str | None = None) -> int:
    """Every file's bytes, or all but those under the folder ``without``."""
    return sum(
        p.stat().st_size
        for p in site.rglob("*")
        if p.is_file() and (without is None or p.relative_to(site).parts[0] != without)
    )


def first_load_bytes(page: Path) -> int:
    """A built page's bytes and those of every local file its markup fetches."""
    html = page.read_text("utf-8")
    fetched = {
        (page.parent / str(target)).resolve()
        for target in _FETCHED.findall(html)
        if "//" not in target
    }
    return len(html.encode()) + sum(f.stat().st_size for f in fetched if f.is_file())


def heaviest_first_load(site: Path, folder: str) -> tuple[str, int]:
    """The page under ``folder`` whose first load is heaviest, and its bytes."""
    loads = {
        p.parent.name: first_load_bytes(p) for p in (site / folder).glob("*/index.html")
    }
    name = max(loads, key=loads.__getitem__)
    return name, loads[name]
