"""Markdown and HTML pieces every page shares: tables, words for codes, badges.

Codes such as ``no-ul-set`` are for machines; a reader sees :func:`words`.
Amounts keep the data's UCUM units and are shown with :func:`amount` (``ug``
becomes ``µg``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from nutrient_data.vocab import UL_APPLIES_TO, Certainty, Verdict

DISCLAIMER = (
    '!!! warning "Not medical advice"\n'
    "    This page describes published data for research and software use. It "
    "does not replace a clinician's judgement; do not start, stop or change a "
    "supplement or medicine because of it.\n"
)

# Codes whose plain rewording (dashes to spaces) would not read as words.
_WORDS: dict[str, str] = {
    "no-ul-set": "no UL set",
    **dict(UL_APPLIES_TO.items()),
    "trace-mineral-essentiality-debated": "trace mineral (essentiality debated)",
    "essential-fatty-acids": "essential fatty acids",
    "dri-report": "DRI report",
    "meta-analysis": "meta-analysis",
    "meta-analysis-of-randomized-trials": "meta-analysis of randomized trials",
    "cross-sectional-study": "cross-sectional study",
    "mendelian-randomization": "Mendelian randomization",
    "mendelian-randomization-study": "Mendelian randomization study",
    "pubchem-cid": "PubChem CID",
    "chebi": "ChEBI",
    "cas": "CAS Registry Number",
    "wikidata": "Wikidata",
    "fdc-nutrient-id": "USDA FoodData Central nutrient id",
    "fdc-nutrient-number": "USDA FoodData Central nutrient number",
    "unii": "FDA UNII",
    "infoods": "INFOODS tagname",
    "RDA": "Recommended Dietary Allowance (RDA)",
    "AI": "Adequate Intake (AI)",
    "ND": "not determined",
}
UNITS: dict[str, str] = {"ug": "µg", "mg": "mg", "g": "g", "[IU]": "IU"}


UNSEARCHED = "data-search-exclude"
"""A heading attribute that keeps its section out of the search index: lists
and tables repeated elsewhere (a page's references, the authority matrix), so
the index holds each fact once and stays small."""


def words(code: str) -> str:
    """A vocabulary code as a reader says it: ``very-low`` -> ``very low``."""
    return _WORDS.get(code, code.replace("-", " "))


def sentence(code: str) -> str:
    """:func:`words` with a capital first letter, for a badge or a cell."""
    text = words(code)
    return text[:1].upper() + text[1:]


def unit(code: str) -> str:
    return UNITS.get(code, code)


def amount(value: float | None, code: str) -> str:
    """``0.5 µg`` from ``(0.5, "ug")``; thousands grouped; a dash for none."""
    return "-" if value is None else f"{value:,g} {unit(code)}"


_UG_IN_TEXT = re.compile(r"(?<=[0-9] )ug\b|(?<=[0-9])ug\b|\bug/")


_UMOL = re.compile(r"\bumol/")
_UG_WORD = re.compile(r"(?<=\bin )ug\b")
_ARROW = re.compile(r"(?<=[0-9A-Za-z)]) -> (?=[0-9A-Za-z(])")
_TIMES = re.compile(r"(?<=[0-9A-Z)]) x (?=[0-9A-Z(])")
_PHRASES = {", the repository unit": ", the unit this dataset uses"}


def _group_labels() -> tuple[re.Pattern[str], dict[str, str]]:
    """Group ids (``children-11-14y``) in prose, and the labels that replace them."""
    from nutrient_data.lifestages import GROUPS

    labels: dict[str, str] = {g.id: g.label for gs in GROUPS.values() for g in gs}
    ids = sorted(
        (i for i in labels if any(c.isdigit() for c in i)), key=len, reverse=True
    )
    pattern = re.compile(
        r"(?<![\w#/=\"`-])(" + "|".join(map(re.escape, ids)) + r")(?![\w-])"
    )
    return pattern, labels


_GROUP, _LABELS = _group_labels()


def prose(text: str) -> str:
    """Curated text as shown: ``µg`` and ``µmol`` for ``ug`` and ``umol``,
    typographic arrows and multiplication signs for ``->`` and ``x``, and a
    group's label for its id."""
    text = _UG_IN_TEXT.sub(lambda m: m.group(0).replace("ug", "µg"), text)
    text = _UG_WORD.sub("µg", _UMOL.sub("µmol/", text))
    for phrase, plain in _PHRASES.items():
        text = text.replace(phrase, plain)
    text = _GROUP.sub(lambda m: _LABELS[m.group(1)].replace("-", "\u2013"), text)
    return _TIMES.sub(" \u00d7 ", _ARROW.sub(" \u2192 ", text))


def cell(text: object) -> str:
    """Text made safe for one Markdown table cell."""
    return "-" if text is None else str(text).replace("|", "\\|").replace("\n", " ")


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def up(depth: int) -> str:
    """The relative path from a page ``depth`` folders down to the docs root."""
    return "../" * depth


def verdict_badge(verdict: Verdict, depth: int) -> str:
    """The verdict as a coloured, labelled link to its definition."""
    return (
        f"[{sentence(verdict)}]({up(depth)}evidence-scale.md#{verdict})"
        f"{{ .badge .verdict-{verdict} }}"
    )


def certainty_badge(certainty: Certainty, depth: int) -> str:
    return (
        f"[{sentence(certainty)} certainty]({up(depth)}evidence-scale.md#{certainty})"
        f"{{ .badge .certainty-{certainty} }}"
    )


def figure(svg: str, caption: str) -> str:
    """An inline SVG chart as one raw HTML block (no blank line inside)."""
    body = "\n".join(line for line in svg.splitlines() if line.strip())
    return (
        f'<figure class="chart">\n{body}\n'
        f"<figcaption>{escape(caption)}</figcaption>\n</figure>\n"
    )
