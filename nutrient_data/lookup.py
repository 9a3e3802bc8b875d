"""Name lookup: O(1), insensitive to case, punctuation, accents and Unicode forms,
with "did you mean" suggestions ranked by similarity."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Generic, TypeVar

from nutrient_data.problem import shorten

T = TypeVar("T")
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


class UnknownNameError(KeyError):
    """A name matched no record; the message suggests the closest ids."""

    def __init__(self, kind: str, name: str, suggestions: Iterable[str]) -> None:
        self.kind = kind
        self.name = name
        self.suggestions = tuple(suggestions)
        hint = (
            f"; did you mean {', '.join(repr(s) for s in self.suggestions)}?"
            if self.suggestions
            else ""
        )
        self.message = f"unknown {kind} {shorten(repr(name))}{hint}"
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class NameIndex(Generic[T]):
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
        """Return the record for ``name`` or raise :class:`UnknownNameError`."""
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
