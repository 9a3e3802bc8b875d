"""Reference values by authority on a nutrient page: the matrix of the people
a reader most often is (down) against every authority (across, each heading
linking the authority's page), and the adults' values for the key facts.

Everything is read through the public lookup (:mod:`nutrient_data.site.authorities`),
so a new authority is a new column and a new key-facts line, with no code here.
The matrix is an HTML table whose cells carry their column's name, so on a
phone each row stacks into a card (``site.css``) instead of scrolling sideways.
"""

from __future__ import annotations

from html import escape

from nutrient_data.dri import PersonIntake
from nutrient_data.lifestages import MAX_AGE
from nutrient_data.models import Nutrient
from nutrient_data.site.authorities import (
    ADULT,
    authority_groups,
    authority_ids,
    authority_short,
    lookup,
    people,
)
from nutrient_data.site.authority_pages import FOLDER
from nutrient_data.site.glossary import abbr
from nutrient_data.site.intakes import IU_FORMS
from nutrient_data.site.markdown import amount, words
from nutrient_data.site.references import Citations
from nutrient_data.units import factor_for
from nutrient_data.vocab import PERCENT_ENERGY

_NO_VALUE = {"ND": "not determined", "not-set": "not set", None: "no value"}
_COUNTS = {
    "supplemental-only": "supplements only",
    "total-intake": "all sources",
}


def _amount(nutrient: Nutrient, value: float, unit: str) -> str:
    """``15 µg (600 IU)``: an amount, with IU beside it for vitamins D and E."""
    if unit == PERCENT_ENERGY:
        return f"{value:g}% of energy"
    shown = amount(value, unit)
    if nutrient.id not in IU_FORMS:
        return shown
    factor = factor_for(nutrient.id, IU_FORMS[nutrient.id])
    if factor.unit != unit:
        return shown
    return f"{shown} ({factor.to_iu(value):,.1f} IU)".replace(".0 IU", " IU")


def _term(term: str, html: bool) -> str:
    """An abbreviation marked up for raw HTML; Markdown's ``abbr`` marks the rest."""
    return abbr(term) if html else term


def need(nutrient: Nutrient, found: PersonIntake, html: bool = True) -> str:
    """``RDA 320 mg``, or the words for a value not set."""
    if found.value is None:
        if found.kind in _NO_VALUE:
            return _NO_VALUE[found.kind]
        return f"{_term(found.kind or '', html)} not recorded"
    shown = escape(_amount(nutrient, found.value, found.unit))
    return f"{_term(found.kind or '', html)} {shown}"


def limit(nutrient: Nutrient, found: PersonIntake, html: bool = True) -> str:
    ul = _term("UL", html)
    if found.ul is None:
        return (
            f"no {ul} set"
            if found.ul_applies_to == "no-ul-set"
            else f"no {ul} for this group"
        )
    label = "safe level" if found.ul_kind == "safe-level" else ul
    counts = _COUNTS.get(found.ul_applies_to)
    return f"{label} {escape(_amount(nutrient, found.ul, found.unit))}" + (
        f" ({counts})" if counts else ""
    )


def authority_matrix(nutrient: Nutrient, cite: Citations) -> str:
    """The matrix as raw HTML, then each authority's sources once."""
    ids = authority_ids()
    head = "".join(
        f'<th scope="col"><a href="../../{FOLDER}/{a}/">'
        f"{escape(authority_short(a))}</a></th>"
        for a in ids
    )
    rows, sources = [], {a: dict[str, None]() for a in ids}
    for person in people():
        found = [lookup(nutrient.id, person, a) for a in ids]
        if all(f is None for f in found):
            continue
        cells = []
        for a, f in zip(ids, found, strict=True):
            if f is None:
                text = "no group for these people"
            else:
                text = f"{need(nutrient, f)}<br>{limit(nutrient, f)}"
                for ref in (f.reference_id, f.ul_reference_id):
                    if ref:
                        sources[a][ref] = None
            cells.append(f'<td data-label="{escape(authority_short(a))}">{text}</td>')
        rows.append(
            f'<tr><th scope="row">{escape(person["label"])}</th>{"".join(cells)}</tr>'
        )
    table = (
        '<table class="authority-matrix">\n<thead><tr><th scope="col">Who</th>'
        f"{head}</tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>\n"
    )
    cited = "; ".join(
        f"{authority_short(a)}: {cite.cite(refs, 'authorities', 'reference values')}"
        for a, refs in sources.items()
        if refs
    )
    return table + f"\nSources: {cited}.\n"


def _ages(low: float, high: float) -> str:
    if high >= MAX_AGE:
        return f"{low:g} y and over"
    return f"{low:g}\u2013{high - 1:g} y"


def _spans(runs: list[tuple[str, float, float]]) -> str:
    """``RDA 310 mg at 19-30 y, 320 mg at 31 y and over`` from the values of
    consecutive groups, equal neighbours merged, the kind said once."""
    merged: list[tuple[str, float, float]] = []
    for value, low, high in runs:
        if merged and merged[-1][0] == value:
            merged[-1] = (value, merged[-1][1], high)
        else:
            merged.append((value, low, high))
    if len(merged) == 1:
        return merged[0][0]
    shown, before = [], ""
    for value, low, high in merged:
        kind = value.split(" ", 1)[0] + " " if value[:1].isupper() else ""
        text = value[len(kind) :] if kind == before else value
        shown.append(f"{text} at {_ages(low, high)}")
        before = kind
    return ", ".join(shown)


def _adults(nutrient: Nutrient, authority: str, sex: str) -> tuple[str, str]:
    """What an adult of ``sex`` needs and may take, with which ages get which."""
    needs: list[tuple[str, float, float]] = []
    limits: list[tuple[str, float, float]] = []
    for group in authority_groups(authority):
        if group.condition or group.sex not in (None, sex) or group.min_age < 18:
            continue
        found = lookup(nutrient.id, {"age": group.min_age, "sex": sex}, authority)
        if found is not None:
            needs.append((need(nutrient, found, False), group.min_age, group.max_age))
            limits.append((limit(nutrient, found, False), group.min_age, group.max_age))
    return (_spans(needs), _spans(limits)) if needs else ("", "")


def ul_counts(nutrient: Nutrient) -> str | None:
    """What the first authority's adult UL counts, in words (None if no UL)."""
    for authority in authority_ids():
        found = lookup(nutrient.id, ADULT, authority)
        if found is not None:
            if found.ul_applies_to == "no-ul-set":
                return None
            return (
                f"**The {escape(authority_short(authority))} UL counts:** "
                f"{words(found.ul_applies_to)}."
            )
    return None


def adult_values(nutrient: Nutrient) -> list[str]:
    """One key-facts line per authority: women's and men's values, then the UL."""
    lines = []
    for authority in authority_ids():
        (women, women_ul), (men, men_ul) = (
            _adults(nutrient, authority, sex) for sex in ("female", "male")
        )
        if not women and not men:
            continue
        uls = women_ul if women_ul == men_ul else f"women {women_ul}; men {men_ul}"
        lines.append(
            f"**{escape(authority_short(authority))}, adults:** women {women}; "
            f"men {men}; {uls}."
        )
    return lines
