"""How a tidy table is declared, and how its rows are drawn from the bundle.

A table names the *path* in the JSON bundle its rows come from, written as a
template such as ``nutrients[{nutrient_id}].food_sources[{rank}]``. A
placeholder in brackets names the column that holds the list item's key: its
identity field (``id``; ``nutrient_id`` for a roll-up; ``part`` for an essay
part) where it has one, else its 1-based position. Each column reads one
field of the item (a dotted path), the item itself (``.``), its position
(``#``) or a field of the object that holds the list (``../field``); a list
of slugs or names may be joined into one cell.

Because rows are drawn by walking these templates, a new field in the models
needs only a new column; the round-trip test rebuilds every leaf of the
bundle from the tables and fails on any fact that no column carries.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

FieldType = Literal["string", "number", "integer", "boolean", "date"]
Row = dict[str, Any]
JSON = dict[str, Any]
KEY = "{key}"
"""Column source: the value bound by a placeholder of the table's path."""
ITEM = "."
"""Column source: the list item itself (a name, a slug)."""
POSITION = "#"
"""Column source: the item's 1-based position in its list."""
IDENTITY_FIELDS = ("id", "nutrient_id", "part")
"""Fields that identify an object in a list; other items are known by position."""


@dataclass(frozen=True)
class Column:
    name: str
    type: FieldType
    description: str
    required: bool = True
    source: str = ""
    """Where the value comes from (see the module docstring); default: the field
    of the same name."""
    join: str | None = None
    """Separator when the source is a list joined into one cell."""

    @property
    def field(self) -> str:
        return self.source or self.name


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    table: str
    target: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """One tidy table: one row per fact, with its keys."""

    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    path: str | None
    """Where in the bundle the rows come from; None for a table of fixed codes."""
    foreign_keys: tuple[ForeignKey, ...] = ()
    order_by: tuple[str, ...] = ()
    """Columns that put the rows of one parent in the bundle's order, where the
    path's last key is an id rather than a position."""
    lookups: tuple[tuple[str, ...], ...] = ()
    """Columns (besides keys) that queries look rows up by: each gets an index."""
    vocabulary: Callable[[], Iterator[Row]] | None = None
    """For a table of fixed codes rather than bundle facts: its rows."""
    also: tuple[str, ...] = ()
    """Other places in the bundle where rows of this table live (the essay's
    framing claims sit in the synthesis, not under a nutrient); a key that a
    path does not bind is left empty."""

    @property
    def paths(self) -> tuple[str, ...]:
        return () if self.path is None else (self.path, *self.also)

    def rows(self, document: JSON) -> Iterator[Row]:
        """This table's rows from the bundle (as JSON)."""
        if self.vocabulary is not None:
            yield from self.vocabulary()
            return
        for path in self.paths:
            for bound, item, holder in _walk(document, parse_path(path), {}, {}):
                yield {c.name: _cell(c, bound, item, holder) for c in self.columns}


def column(
    name: str,
    type_: FieldType,
    description: str,
    *,
    required: bool = True,
    source: str = "",
    join: str | None = None,
) -> Column:
    return Column(name, type_, description, required, source, join)


def key_column(name: str, description: str, required: bool = True) -> Column:
    return Column(name, "string", description, required, KEY)


def rank_column(description: str = "Position in the list it belongs to.") -> Column:
    return Column("rank", "integer", description, True, KEY)


def position_column(description: str) -> Column:
    return Column("rank", "integer", description, True, POSITION)


def refs_column(name: str = "reference_ids", source: str = "reference_ids") -> Column:
    return column(
        name, "string", "Space-separated reference ids.", source=source, join=" "
    )


def foreign_key(columns: str, table: str) -> ForeignKey:
    """A foreign key to the columns of the same names in ``table``."""
    return ForeignKey(tuple(columns.split()), table, tuple(columns.split()))


Segment = tuple[str, str | None]
_SEGMENT = re.compile(r"^(\w+)(?:\[\{(\w+)\}\])?$")


def parse_path(path: str) -> tuple[Segment, ...]:
    """``"a[{x}].b"`` as ``(("a", "x"), ("b", None))``."""
    segments = []
    for part in path.split("."):
        match = _SEGMENT.match(part)
        if match is None:
            raise ValueError(f"bad table path {path!r} at {part!r}")
        segments.append((match[1], match[2]))
    return tuple(segments)


def item_key(item: Any, position: int) -> Any:
    """How a list item is known in a path: its identity field, else its position."""
    if isinstance(item, dict):
        for name in IDENTITY_FIELDS:
            if name in item:
                return item[name]
    return position


def _walk(
    node: Any, segments: tuple[Segment, ...], bound: Row, holder: JSON
) -> Iterator[tuple[Row, Any, JSON]]:
    if not segments:
        yield bound, node, holder
        return
    (name, placeholder), rest = segments[0], segments[1:]
    child = node[name]
    if placeholder is None:
        yield from _walk(child, rest, bound, holder)
        return
    for position, item in enumerate(child, start=1):
        key = item_key(item, position)
        yield from _walk(
            item, rest, {**bound, placeholder: key, POSITION: position}, node
        )


def _cell(column: Column, bound: Row, item: Any, holder: JSON) -> Any:
    source = column.field
    if source == KEY:
        value = bound.get(column.name)
    elif source == POSITION:
        value = bound[POSITION]
    elif source == ITEM:
        value = item
    elif source.startswith("../"):
        value = _dig(holder, source[3:])
    else:
        value = _dig(item, source)
    if column.join is not None and value is not None:
        value = column.join.join(value) or None
    return value


def _dig(node: Any, dotted: str) -> Any:
    """The value at ``dotted``; ``name[2]`` is the second item of a list."""
    for part in dotted.split("."):
        name, _, index = part.partition("[")
        node = node.get(name) if isinstance(node, dict) else None
        if index:
            position = int(index.rstrip("]"))
            node = node[position - 1] if isinstance(node, list) else None
    return node
