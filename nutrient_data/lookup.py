"""Name lookup: O(1), case- and punctuation-insensitive, with "did you mean"."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


def normalize(name: str) -> str:
    """Fold a name to its lookup key: "Vitamin B-12" and "vitaminb12" match."""
    return "".join(ch for ch in name.casefold() if ch.isalnum())


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
        self.message = f"unknown {kind} {name!r}{hint}"
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class NameIndex(Generic[T]):
    """Maps every normalized name of a record to the record, built once."""

    def __init__(self, kind: str, entries: Iterable[tuple[str, Iterable[str], T]]):
        self.kind = kind
        self._items: dict[str, tuple[str, T]] = {}
        for record_id, names, item in entries:
            for name in (record_id, *names):
                key = normalize(name)
                known = self._items.get(key)
                if known is not None and known[0] != record_id:
                    raise ValueError(
                        f"{kind} name {name!r} is claimed by both "
                        f"{known[0]!r} and {record_id!r}"
                    )
                self._items[key] = (record_id, item)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and normalize(name) in self._items

    def get(self, name: str) -> T:
        """Return the record for ``name`` or raise :class:`UnknownNameError`."""
        key = normalize(name)
        try:
            return self._items[key][1]
        except KeyError:
            close = difflib.get_close_matches(key, self._items, n=6, cutoff=0.5)
            ids = dict.fromkeys(self._items[k][0] for k in close)
            raise UnknownNameError(self.kind, name, list(ids)[:3]) from None
