"""Identifier spellings: parse "scheme:value" and bare ids to their stored form.

Shared by the typed API (:meth:`Dataset.by_identifier`) and the bundle-reading
command line, so both accept the same spellings; the index that finds their
record is :class:`nutrient_data.lookup.IdentifierIndex`.
"""

from __future__ import annotations

import re

from nutrient_data.problem import shorten
from nutrient_data.vocab import SCHEME_ORDER

TYPE_CHECKING = False
if TYPE_CHECKING:
    from nutrient_data.vocab import IdentifierScheme

_BARE: tuple[tuple[IdentifierScheme, re.Pattern[str]], ...] = (
    ("chebi", re.compile(r"^CHEBI:[0-9]+$", re.IGNORECASE)),
    ("wikidata", re.compile(r"^Q[1-9][0-9]*$", re.IGNORECASE)),
    ("cas", re.compile(r"^[1-9][0-9]{1,6}-[0-9]{2}-[0-9]$")),
)


def canonical_value(scheme: IdentifierScheme, value: str) -> str:
    """The stored spelling of ``value``: "chebi", "28940" gives "CHEBI:28940"."""
    value = value.strip()
    if scheme == "chebi":
        digits = value.upper().removeprefix("CHEBI:")
        return f"CHEBI:{digits}"
    if scheme in ("wikidata", "unii", "infoods"):
        return value.upper()
    return value


def check_scheme(scheme: str) -> IdentifierScheme:
    """``scheme`` if it is one of ours, else a ``ValueError`` listing them."""
    if not isinstance(scheme, str) or scheme not in SCHEME_ORDER:
        schemes = ", ".join(SCHEME_ORDER)
        raise ValueError(
            f"unknown identifier scheme {shorten(repr(scheme))}; use one of {schemes}"
        )
    return scheme


def parse_identifier(text: str) -> tuple[IdentifierScheme, str] | None:
    """``(scheme, value)`` for "fdc-nutrient-id:1090", "CHEBI:28940", "Q660"
    or a CAS number;
    ``None`` when ``text`` is not written as an identifier (so it is a name)."""
    text = text.strip()
    prefix, colon, rest = text.partition(":")
    if colon and prefix.casefold() in SCHEME_ORDER:
        scheme = check_scheme(prefix.casefold())
        return scheme, canonical_value(scheme, rest)
    for scheme, pattern in _BARE:
        if pattern.match(text):
            return scheme, canonical_value(scheme, text)
    return None
