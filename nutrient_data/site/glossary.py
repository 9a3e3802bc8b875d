"""The site's glossary: every abbreviation and term of art a page uses.

One table serves three ends: the glossary page, the ``<abbr>`` the Markdown
``abbr`` extension puts on every use of an abbreviation (``docs/hooks.py``
appends :func:`abbreviations` to each page), and :func:`abbr` for raw HTML,
which that extension does not reach.
"""

from __future__ import annotations

import json
from html import escape
from importlib import resources

from nutrient_data.site.markdown import table

# (term, what it stands for, what it means here), from glossary.json.
GLOSSARY: tuple[tuple[str, str, str], ...] = tuple(
    (t["term"], t["stands_for"], t["meaning"])
    for t in json.loads(
        (resources.files("nutrient_data.site") / "glossary.json").read_text("utf-8")
    )["terms"]
)
_BY_TERM = {term: (expansion, meaning) for term, expansion, meaning in GLOSSARY}
# Terms the abbr extension marks; units (µg, mg) and words are left alone.
_MARKED = tuple(
    t
    for t, expansion, _ in GLOSSARY
    if (expansion and t[:1].isupper()) or t[:1].isdigit()
)


def marked_terms() -> tuple[tuple[str, str], ...]:
    """``(abbreviation, what it stands for)`` for every term marked with <abbr>."""
    return tuple((t, _BY_TERM[t][0]) for t in _MARKED)


def abbr(term: str) -> str:
    """``<abbr title=...>RDA</abbr>`` for raw HTML; other text escaped as is."""
    if term not in _BY_TERM or not _BY_TERM[term][0]:
        return escape(term)
    return f'<abbr title="{escape(_BY_TERM[term][0])}">{escape(term)}</abbr>'


def abbreviations() -> str:
    """The ``abbr`` extension's definitions, appended to the end of a page."""
    return "\n\n" + "\n".join(f"*[{t}]: {_BY_TERM[t][0]}" for t in _MARKED) + "\n"


def glossary_page() -> str:
    rows = [
        (f"**{term}**" + (f" ({expansion})" if expansion else ""), meaning)
        for term, expansion, meaning in sorted(GLOSSARY, key=lambda g: g[0].lower())
    ]
    return (
        "# Glossary\n\n"
        "What the abbreviations and terms on this site mean. On every page, the "
        "first use of an abbreviation is marked (dotted underline) and shows its "
        "full name when the pointer rests on it; this page explains them all.\n\n"
        + table(("Term", "Meaning"), rows)
    )
