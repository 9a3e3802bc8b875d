"""Lookup in O(1): by name, insensitive to case, punctuation, accents and Unicode
forms, with "did you mean" suggestions ranked by similarity; and by identifier.

Both indices are generic for type checkers only: at run time they import no
``typing``, which a quick command cannot afford.
"""

from __future__ import annotations

import unicodedata

from nutrient_data.crosswalk import canonical_value, check_scheme
from nutrient_data.problem import UnknownNameError, shorten

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Generic, TypeVar

    T = TypeVar("T")

    class _Index(Generic[T]):
        """A generic index (for type checkers)."""

else:
    T = None

    class _Index:
        """An index; ``_Index[T]`` is the class itself at run time."""

        def __class_getitem__(cls, _: object) -> type:
            return cls


__all__ = ["IdentifierIndex", "NameIndex", "UnknownNameError", "normalize"]
SUGGESTIONS = 3
# Names longer than this are compared by their start only, so a pasted
# megabyte costs no more to refuse than a typo.
COMPARED_CHARS = 64


def normalize(name: str) -> str:
    """Fold a name to its lookup key.

    "Vitamin B-12", "vitaminb12", "vitamin B12" in full-width letters, "vitamin
    B\N{SUBSCRIPT ONE}\N{SUBSCRIPT TWO}" and "Vitamin B12" with accents all fold
    to one key: compatibility forms (NFKC), case, accents and punctuation are
    dropped.
    """
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name))
    return "".join(
        ch for ch in folded.casefold() if ch.isalnum() and not unicodedata.combining(ch)
    )


class NameIndex(_Index[T]):
    """Maps every normalized name of a record to the record, built once."""

    def __init__(self, kind: str, entries: Iterable[tuple[str, Iterable[str], T]]):
        self.kind = kind
        self._items: dict[str, tuple[str, T]] = {}
        # (key, record id, is the id or first name) for ranking suggestions
        self._names: list[tuple[str, str, bool]] = []
        self._order: dict[str, int] = {}
        for record_id, names, item in entries:
            for rank, name in enumerate((record_id, *names)):
                key = normalize(name)
                known = self._items.get(key)
                if known is not None and known[0] != record_id:
                    raise ValueError(
                        f"{kind} name {name!r} is claimed by both "
                        f"{known[0]!r} and {record_id!r}"
                    )
                self._items[key] = (record_id, item)
                self._names.append((key, record_id, rank < 2))
            self._order.setdefault(record_id, len(self._order))

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and normalize(name) in self._items

    def get(self, name: str) -> T:
        """Return the record for ``name`` or raise :class:`UnknownNameError`
        (a ``ValueError`` when ``name`` is not text)."""
        if not isinstance(name, str):
            raise ValueError(
                f"a {self.kind} is named by text (an id, name or synonym), "
                f"got {shorten(repr(name))}"
            )
        key = normalize(name)
        try:
            return self._items[key][1]
        except KeyError:
            raise UnknownNameError(self.kind, name, self.suggest(key)) from None

    def suggest(self, key: str) -> list[str]:
        """Ids whose id, name or synonym is most like ``key`` (a normalized name).

        Each record scores its most similar name; at equal similarity an id or
        main name beats a synonym, then records keep their order, so "vitamin"
        suggests the vitamins D, E and C before biotin ("vitamin H"). Records
        much less similar than the best one are left out.
        """
        from difflib import SequenceMatcher

        matcher = SequenceMatcher(autojunk=False)
        matcher.set_seq2(key[:COMPARED_CHARS])
        best: dict[str, tuple[float, bool]] = {}
        for name, record_id, primary in self._names:
            matcher.set_seq1(name)
            if matcher.real_quick_ratio() < 0.5 or matcher.quick_ratio() < 0.5:
                continue
            score = (matcher.ratio(), primary)
            if score[0] >= 0.5 and score > best.get(record_id, (0.0, False)):
                best[record_id] = score
        ranked = sorted(
            best, key=lambda r: (-best[r][0], not best[r][1], self._order[r])
        )
        # Keep only those nearly as close as the best: a clear match stands alone.
        return [r for r in ranked if best[r][0] >= best[ranked[0]][0] - 0.2][
            :SUGGESTIONS
        ]


class IdentifierIndex(_Index[T]):
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
        if not isinstance(value, str):
            raise ValueError(
                f"an identifier's value is text, such as '1090', "
                f"got {shorten(repr(value))}"
            )
        key = canonical_value(known, value)
        try:
            return self._items[known, key]
        except KeyError:
            others = [f"{s}:{key}" for s in self._schemes_of.get(key, ())]
            raise UnknownNameError("identifier", f"{known}:{key}", others) from None
