"""Identifier lookup: parse "scheme:value" and bare ids, and find their record in O(1).

Shared by the typed API (:meth:`Dataset.by_identifier`) and the bundle-reading
command line, so both accept the same spellings; no pydantic here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Generic, TypeVar, cast

from nutrient_data.problem import UnknownNameError
from nutrient_data.vocab import SCHEME_ORDER, IdentifierScheme

T = TypeVar("T")

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
    if scheme not in SCHEME_ORDER:
        schemes = ", ".join(SCHEME_ORDER)
        raise ValueError(f"unknown identifier scheme {scheme!r}; use one of {schemes}")
    return scheme


def parse_identifier(text: str) -> tuple[IdentifierScheme, str] | None:
    """``(scheme, value)`` for "fdc-nutrient-id:1090", "CHEBI:28940", "Q660"
    or a CAS number;
    ``None`` when ``text`` is not written as an identifier (so it is a name)."""
    text = text.strip()
    prefix, colon, rest = text.partition(":")
    if colon and prefix.casefold() in SCHEME_ORDER:
        scheme = cast(IdentifierScheme, prefix.casefold())
        return scheme, canonical_value(scheme, rest)
    for scheme, pattern in _BARE:
        if pattern.match(text):
            return scheme, canonical_value(scheme, text)
    return None


class IdentifierIndex(Generic[T]):
    """Maps ``(scheme, value)`` to the record that carries it, built once.

    Where two records denote one substance (and so share an id), the first in
    dataset order, the nutrient before its components, answers.
    """

    def __init__(self, entries: Iterable[tuple[str, str, T]]) -> None:
        self._items: dict[tuple[str, str], T] = {}
        self._schemes_of: dict[str, list[str]] = {}
        for scheme, value, item in entries:
            if (scheme, value) not in self._items:
                self._items[scheme, value] = item
                self._schemes_of.setdefault(value, []).append(scheme)

    def get(self, scheme: str, value: str) -> T:
        """The record with this identifier, or :class:`UnknownNameError`.

        The error suggests the same value under another scheme, which catches
        an FDC nutrient number passed as an FDC id and the reverse.
        """
        known = check_scheme(scheme)
        key = canonical_value(known, value)
        try:
            return self._items[known, key]
        except KeyError:
            others = [f"{s}:{key}" for s in self._schemes_of.get(key, ())]
            raise UnknownNameError("identifier", f"{known}:{key}", others) from None
