"""References: author-year citations, each page's numbered list, the global page.

A page cites through one :class:`Citations` object, which numbers references
in order of first citation and remembers where each was cited, so the list at
the foot of the page links back to the claims and sections that cite it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from nutrient_data.lint.references import citations
from nutrient_data.models import Dataset, Reference
from nutrient_data.site.markdown import UNSEARCHED, sentence

_INITIALS = re.compile(r"^[A-Z]{1,4}$")
_SUFFIXES = {"Jr", "Sr", "II", "III"}


def family_name(author: str) -> str:
    """``Wise JP Sr`` -> ``Wise``; a body such as ``Institute of Medicine`` stays."""
    parts = [p for p in author.split() if p not in _SUFFIXES]
    if len(parts) > 1 and _INITIALS.match(parts[-1]):
        return " ".join(parts[:-1])
    return author


def author_year(reference: Reference) -> str:
    """``Veronese et al. 2016``, ``Ali and Ma 2011``, ``Institute of Medicine 1997``."""
    names = [family_name(a) for a in reference.authors]
    if not names:
        who = reference.container or reference.title
    elif len(names) == 1:
        who = names[0]
    elif len(names) == 2:
        who = f"{names[0]} and {names[1]}"
    else:
        who = f"{names[0]} et al."
    return f"{who} {reference.year}"


def anchor(reference_id: str) -> str:
    return f"ref-{reference_id}"


def entry(reference: Reference) -> str:
    """One reference in full: authors, year, title, journal and identifier links.

    Link text is always the title or the identifier, never a bare "link".
    """
    title = reference.title.rstrip(".")
    shown = f"[{title}]({reference.url})" if reference.url else title
    ids = []
    if reference.pmid:
        ids.append(
            f"PubMed [{reference.pmid}](https://pubmed.ncbi.nlm.nih.gov/{reference.pmid}/)"
        )
    if reference.doi:
        ids.append(f"DOI [{reference.doi}](https://doi.org/{reference.doi})")
    authors = ", ".join(reference.authors)
    container = f" *{reference.container}*." if reference.container else ""
    return (
        f"{authors + ' ' if authors else ''}({reference.year}). {shown}.{container}"
        + (f" {' · '.join(ids)}." if ids else "")
        + f" {sentence(reference.type)}."
    )


class Citations:
    """The references one page cites, numbered in order of first citation."""

    def __init__(self, data: Dataset) -> None:
        self._data = data
        self._cited_from: dict[str, list[tuple[str, str]]] = {}

    def cite(self, reference_ids: Iterable[str], where: str, label: str) -> str:
        """Author-year links to the page's list; ``where`` is the citing anchor."""
        links = []
        for reference_id in reference_ids:
            back = self._cited_from.setdefault(reference_id, [])
            if (where, label) not in back:
                back.append((where, label))
            shown = author_year(self._data.reference(reference_id))
            links.append(f"[{shown}](#{anchor(reference_id)})")
        return "; ".join(links)

    def section(self) -> str:
        """The page's numbered reference list, each entry linking back."""
        lines = [f"## References {{#references {UNSEARCHED}}}\n"]
        for reference_id, back in self._cited_from.items():
            reference = self._data.reference(reference_id)
            cited = ", ".join(f"[{label}](#{where})" for where, label in back)
            lines.append(
                f'1. <a id="{anchor(reference_id)}"></a>{entry(reference)} '
                f"Cited for: {cited}."
            )
        return "\n".join(lines) + "\n"


def _groups(data: Dataset) -> list[tuple[str, str, Sequence[Reference]]]:
    """``(anchor, heading, references)`` per nutrient, then the essay as a whole."""
    groups: list[tuple[str, str, Sequence[Reference]]] = []
    for nutrient in data.nutrients:
        tables = tuple(t for a in data.authorities for t in a.tables_for(nutrient.id))
        ids = sorted({ref for _, ref in citations((nutrient, *tables))})
        groups.append((nutrient.id, nutrient.name, [data.reference(i) for i in ids]))
    framing = sorted(
        {
            r
            for part in data.synthesis.framing
            for c in part.claims
            for r in c.reference_ids
        }
    )
    groups.append(
        (
            "essay-as-a-whole",
            "The essay as a whole",
            [data.reference(i) for i in framing],
        )
    )
    return groups


def references_page(data: Dataset) -> str:
    """Every reference, grouped by the nutrient that cites it, with contents."""
    groups = _groups(data)
    contents = "\n".join(
        f"- [{heading}](#{key}) ({len(refs)})" for key, heading, refs in groups
    )
    parts = [
        "# References\n",
        f"{len(data.references)} sources, grouped by the nutrient whose page cites "
        "them; a source cited for several nutrients is listed under each. Each "
        "nutrient page also numbers its own references, with links back to the "
        "claims that cite them. The [curation method](curation-method.md) says "
        "how every title, year and identifier was confirmed.\n",
        f"## Contents\n\n{contents}\n",
    ]
    placed: set[str] = set()
    for key, heading, refs in groups:
        parts.append(f"## {heading} {{#{key}}}\n")
        items = []
        for r in refs:
            # Each source's first listing is where other pages link to it.
            mark = "" if r.id in placed else f'<a id="{anchor(r.id)}"></a>'
            placed.add(r.id)
            items.append(f"1. {mark}{entry(r)}")
        parts.append("\n".join(items) + "\n")
    return "\n".join(parts)
