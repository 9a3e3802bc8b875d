"""Rebuild the bundle's facts from exported tables, to prove the tables lossless.

A *fact* is one leaf of the bundle, named by its path: list items by their id
(with their position as a fact of its own) or by their position. The bundle's
facts come from walking its JSON, independently of the table declarations; the
tables' facts come from reading each row back through its table's path
template. Any leaf no column carries, or carries differently, shows up as a
difference.
"""

from __future__ import annotations

import csv
import re
import sqlite3
from collections import defaultdict
from contextlib import closing
from pathlib import Path
from typing import Any

from nutrient_data.export.sqlite import q
from nutrient_data.export.tables import TABLES
from nutrient_data.export.tabular import (
    IDENTITY_FIELDS,
    ITEM,
    KEY,
    POSITION,
    Row,
    Table,
)

Facts = dict[str, Any]
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def bundle_facts(
    node: Any, path: str = "", out: Facts | None = None, skip: str = ""
) -> Facts:
    """Every leaf of a JSON document by path (an item's identity field is in
    its path, so it is not a leaf of its own)."""
    facts: Facts = {} if out is None else out
    if isinstance(node, dict):
        for key, value in node.items():
            if key != skip:
                bundle_facts(value, f"{path}.{key}" if path else key, facts)
    elif isinstance(node, list):
        for position, item in enumerate(node, start=1):
            field = next(
                (f for f in IDENTITY_FIELDS if isinstance(item, dict) and f in item),
                None,
            )
            if field is None:
                bundle_facts(item, f"{path}[{position}]", facts)
            else:
                ident = item[field]
                bundle_facts(item, f"{path}[{ident}]", facts, skip=field)
                facts[f"{path}[{ident}].#"] = position
    else:
        facts[path] = node
    return facts


def _lookup(tables: dict[str, list[Row]], row: Row, wanted: str) -> Any:
    """A key missing from ``row``, found through a table keyed by one of its
    columns (a claim's nutrient, through the claims table)."""
    for other in TABLES:
        if len(other.primary_key) != 1 or wanted not in {c.name for c in other.columns}:
            continue
        (key,) = other.primary_key
        if key in row:
            for candidate in tables[other.name]:
                if candidate[key] == row[key]:
                    return candidate[wanted]
    raise KeyError(f"cannot find {wanted} for {row}")


def _base(table: Table, row: Row, tables: dict[str, list[Row]]) -> str:
    """The row's path in the bundle: the first of its table's paths whose keys
    the row has, with the keys filled in."""
    for path in table.paths:
        values = {
            n: row[n] if n in row else _lookup(tables, row, n)
            for n in PLACEHOLDER.findall(path)
        }
        if all(v is not None for v in values.values()):
            return path.format_map(values)
    raise ValueError(f"no path of {table.name} fits {row}")


def table_facts(tables: dict[str, list[Row]]) -> tuple[Facts, list[str]]:
    """Facts rebuilt from rows of every table, and any conflicting leaves."""
    facts: Facts = {}
    conflicts: list[str] = []

    def put(leaf: str, value: Any) -> None:
        if leaf in facts and facts[leaf] != value:
            conflicts.append(f"{leaf}: {facts[leaf]!r} != {value!r}")
        facts[leaf] = value

    for table in TABLES:
        if table.path is None:
            continue
        siblings: dict[str, list[tuple[tuple[Any, ...], str]]] = defaultdict(list)
        for row in tables[table.name]:
            base = _base(table, row, tables)
            for column in table.columns:
                source = column.field
                if source in (KEY, POSITION):
                    continue
                if source == ITEM:
                    leaf = base
                elif source.startswith("../"):
                    leaf = f"{base.rsplit('.', 1)[0]}.{source[3:]}"
                else:
                    leaf = f"{base}.{source}"
                value = row[column.name]
                if value is None and leaf.endswith("]") and "[" in source:
                    put(leaf.rsplit("[", 1)[0], None)  # a null list: one leaf
                elif column.join is None:
                    put(leaf, value)
                elif value is not None:
                    for i, part in enumerate(value.split(column.join), start=1):
                        put(f"{leaf}[{i}]", part)
            if table.order_by:
                order = tuple(row[c] for c in table.order_by)
                siblings[base.rsplit("[", 1)[0]].append((order, base))
        for group in siblings.values():
            for position, (_, base) in enumerate(sorted(group), start=1):
                put(f"{base}.#", position)
    return facts, conflicts


def _typed(value: str, kind: str) -> Any:
    if value == "":
        return None
    if kind == "boolean":
        return {"True": True, "False": False}[value]
    return {"number": float, "integer": int}.get(kind, str)(value)


def read_csv_tables(folder: Path) -> dict[str, list[Row]]:
    tables = {}
    for table in TABLES:
        kinds = {c.name: c.type for c in table.columns}
        with (folder / f"{table.name}.csv").open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            assert reader.fieldnames == list(kinds), table.name
            tables[table.name] = [
                {k: _typed(v, kinds[k]) for k, v in row.items()} for row in reader
            ]
    return tables


def read_sqlite_tables(path: Path) -> dict[str, list[Row]]:
    with closing(sqlite3.connect(path)) as db:
        db.row_factory = sqlite3.Row
        return {
            t.name: [
                dict(row)
                for row in db.execute(
                    f"SELECT {', '.join(q(c.name) for c in t.columns)} FROM {q(t.name)}"
                )
            ]
            for t in TABLES
        }


def missing_and_wrong(expected: Facts, got: Facts) -> tuple[list[str], list[str]]:
    missing = sorted(set(expected) - set(got))
    wrong = sorted(
        f"{k}: {expected[k]!r} != {got.get(k)!r}"
        for k in expected
        if k in got and got[k] != expected[k]
    )
    wrong += sorted(f"{k}: not in the bundle" for k in set(got) - set(expected))
    return missing, wrong
