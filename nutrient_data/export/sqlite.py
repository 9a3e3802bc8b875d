"""One SQLite database of the tidy tables, for SQL users, DuckDB and Datasette.

Each CSV table becomes a table of the same name and columns, with its primary
and foreign keys declared and indices on the columns queries look rows up by.
Full-text (FTS5) tables cover claims, nutrient names and interactions, and
views answer the common questions. A Datasette ``metadata.json`` beside the
database describes every table and column. Standard library ``sqlite3`` only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nutrient_data.export.datapackage import LICENSE_URL
from nutrient_data.export.tables import TABLES, table_rows
from nutrient_data.export.tabular import Table
from nutrient_data.models import Dataset
from nutrient_data.paths import json_text

DATABASE = "nutrient-data.sqlite"
METADATA = "metadata.json"
FILES = (DATABASE, METADATA)
SQL_TYPES = {
    "string": "TEXT",
    "number": "REAL",
    "integer": "INTEGER",
    "boolean": "INTEGER",
    "date": "TEXT",
}
TOKENIZER = "porter unicode61 remove_diacritics 2"


def q(name: str) -> str:
    """An SQL identifier, quoted (``references`` and ``order`` are keywords)."""
    return '"' + name.replace('"', '""') + '"'


def _names(columns: tuple[str, ...]) -> str:
    return ", ".join(q(c) for c in columns)


def create_table(table: Table) -> str:
    lines = [
        f"{q(c.name)} {SQL_TYPES[c.type]}{' NOT NULL' if c.required else ''}"
        for c in table.columns
    ]
    if table.primary_key:
        lines.append(f"PRIMARY KEY ({_names(table.primary_key)})")
    lines += [
        f"FOREIGN KEY ({_names(fk.columns)}) REFERENCES {q(fk.table)} "
        f"({_names(fk.target)})"
        for fk in table.foreign_keys
    ]
    return f"CREATE TABLE {q(table.name)} (\n  " + ",\n  ".join(lines) + "\n)"


def create_indexes(table: Table) -> Iterator[str]:
    """An index for each foreign key and lookup not already led by the key."""
    wanted = [fk.columns for fk in table.foreign_keys] + list(table.lookups)
    seen: set[tuple[str, ...]] = set()
    for columns in wanted:
        if columns in seen or table.primary_key[: len(columns)] == columns:
            continue
        seen.add(columns)
        name = f"{table.name}_by_{'_'.join(columns)}"
        yield f"CREATE INDEX {q(name)} ON {q(table.name)} ({_names(columns)})"


@dataclass(frozen=True)
class FullText:
    """An FTS5 index over some text of one table, sharing its rowids (so that
    Datasette offers a search box on that table)."""

    name: str
    table: str
    description: str
    columns: tuple[str, ...]
    select: str
    """SELECT giving rowid, then one value per column, from ``table``."""

    def sql(self) -> Iterator[str]:
        yield (
            f"CREATE VIRTUAL TABLE {q(self.name)} USING fts5("
            f"{_names(self.columns)}, tokenize = '{TOKENIZER}')"
        )
        columns = _names(self.columns)
        yield f"INSERT INTO {q(self.name)} (rowid, {columns}) {self.select}"


FULL_TEXT = (
    FullText(
        "claims_fts",
        "claims",
        "Full-text index of claim statements and evidence: "
        "SELECT claim_id FROM claims_fts WHERE claims_fts MATCH 'metformin'.",
        ("claim_id", "statement", "evidence"),
        "SELECT rowid, claim_id, statement, evidence FROM claims",
    ),
    FullText(
        "nutrients_fts",
        "nutrients",
        "Full-text index of nutrient names, synonyms and component names.",
        ("nutrient_id", "name", "synonyms"),
        "SELECT n.rowid, n.nutrient_id, n.name, (SELECT group_concat(name, '; ') "
        "FROM (SELECT synonym AS name FROM synonyms s "
        "WHERE s.nutrient_id = n.nutrient_id "
        "UNION ALL SELECT name FROM components c WHERE c.nutrient_id = n.nutrient_id "
        "UNION ALL SELECT synonym FROM component_synonyms cs "
        "WHERE cs.nutrient_id = n.nutrient_id)) FROM nutrients n",
    ),
    FullText(
        "interactions_fts",
        "interactions",
        "Full-text index of interactions with medicines, nutrients and tests.",
        ("nutrient_id", "interaction_rank", "agent", "effect", "relevance"),
        "SELECT rowid, nutrient_id, rank, agent, effect, relevance FROM interactions",
    ),
)

VIEWS: dict[str, tuple[str, str]] = {
    "reference_values": (
        "Every authority's value of every nutrient for every group, with who the "
        "group covers (ages, sex, pregnancy or lactation), the role of the value's "
        "kind and the group's upper level, to filter by authority and person.",
        """
        SELECT a.rank AS authority_rank, v.authority_id, a.short_name AS authority,
               n.rank AS nutrient_rank, v.nutrient_id, n.name AS nutrient,
               t."table", g.rank AS group_rank, v."group", g.label AS group_label,
               COALESCE(v.sex, g.sex) AS sex, g.condition, g.min_age, g.max_age,
               v.age_band, v.phytate_mg, v.bioavailability,
               v.kind, COALESCE(k.role, CASE v.kind WHEN 'not-set' THEN 'not-set' END)
                 AS role, v.value, v.value_low, v.value_high,
               v.average_requirement, t.unit, t.basis, t.form,
               (SELECT u.value FROM reference_upper_levels u
                WHERE u.authority_id = v.authority_id AND u."table" = v."table"
                  AND u."group" = v."group"
                  AND (u.sex IS NULL OR v.sex IS NULL OR u.sex = v.sex)
                ORDER BY u.rank LIMIT 1) AS ul,
               t.ul_kind, t.ul_applies_to, t.ul_scope,
               v.not_set_reason, v.note, v.reference_id
        FROM reference_table_values v
        JOIN authorities a ON a.authority_id = v.authority_id
        JOIN reference_tables t
          ON t.authority_id = v.authority_id AND t."table" = v."table"
        JOIN nutrients n ON n.nutrient_id = v.nutrient_id
        JOIN authority_groups g
          ON g.authority_id = v.authority_id AND g."group" = v."group"
        LEFT JOIN authority_kinds k
          ON k.authority_id = v.authority_id AND k.code = v.kind
        """,
    ),
    "claims_with_references": (
        "Each claim with its verdict, certainty, nutrient and the references it "
        "cites, in order.",
        """
        SELECT c.*, n.name AS nutrient,
               (SELECT group_concat(reference_id, ' ') FROM (
                  SELECT reference_id FROM claim_references cr
                  WHERE cr.claim_id = c.claim_id ORDER BY cr.rank)) AS reference_ids,
               (SELECT group_concat(citation, ' | ') FROM (
                  SELECT r.title || ' (' || r.year || ')' AS citation
                  FROM claim_references cr JOIN "references" r
                    ON r.reference_id = cr.reference_id
                  WHERE cr.claim_id = c.claim_id ORDER BY cr.rank)) AS cited
        FROM claims c LEFT JOIN nutrients n ON n.nutrient_id = c.nutrient_id
        """,
    ),
    "claim_sources": (
        "One row per claim and cited reference, with the reference's details.",
        """
        SELECT cr.claim_id, c.nutrient_id, c.part, c.verdict, c.certainty,
               cr.rank, r.reference_id,
               r.type, r.title, r.year, r.container, r.pmid, r.doi, r.url
        FROM claim_references cr
        JOIN claims c ON c.claim_id = cr.claim_id
        JOIN "references" r ON r.reference_id = cr.reference_id
        """,
    ),
}

PERSON_QUERY = """SELECT authority, nutrient, group_label, kind, value, ul, unit,
  ul_applies_to FROM reference_values
WHERE authority_id = :authority AND (sex IS NULL OR sex = :sex) AND condition IS NULL
  AND CAST(:age AS REAL) >= min_age
  AND (CAST(:age AS REAL) < max_age OR (max_age = 130 AND CAST(:age AS REAL) = 130))
ORDER BY authority_rank, nutrient_rank, "table"
"""


def build(data: Dataset, path: Path) -> None:
    """Write the database to ``path`` (which must not exist)."""
    rows = table_rows(data)
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        # Small pages: most tables and indices are a few rows, and each takes
        # whole pages; at 1 KiB rather than 4 KiB the file is 7% smaller.
        db.execute("PRAGMA page_size = 1024")
        db.execute("BEGIN")
        for table in TABLES:
            db.execute(create_table(table))
            names = [c.name for c in table.columns]
            db.executemany(
                f"INSERT INTO {q(table.name)} ({_names(tuple(names))}) "
                f"VALUES ({', '.join('?' * len(names))})",
                ([row[n] for n in names] for row in rows[table.name]),
            )
            for statement in create_indexes(table):
                db.execute(statement)
        for index in FULL_TEXT:
            for statement in index.sql():
                db.execute(statement)
        for name, (_, select) in VIEWS.items():
            db.execute(f"CREATE VIEW {q(name)} AS {select.strip()}")
        broken = db.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise ValueError(f"foreign keys do not resolve: {broken[:5]}")
        db.execute("COMMIT")
        db.execute("PRAGMA optimize")


def datasette_metadata(data: Dataset) -> dict[str, Any]:
    """Datasette ``metadata.json``: title, licence, source, table and column notes."""
    meta = data.metadata
    tables: dict[str, Any] = {
        t.name: {
            "description": t.description,
            "columns": {c.name: c.description for c in t.columns},
        }
        for t in TABLES
    }
    for index in FULL_TEXT:
        tables[index.table]["fts_table"] = index.name
        tables[index.name] = {"description": index.description}
    for name, (description, _) in VIEWS.items():
        tables[name] = {"description": description}
    return {
        "title": meta.title,
        "description": f"{meta.description} {meta.disclaimer}",
        "license": meta.license_data,
        "license_url": LICENSE_URL,
        "source": meta.citation,
        "databases": {
            Path(DATABASE).stem: {
                "tables": tables,
                "queries": {
                    "intakes_for_a_person": {
                        "title": "Reference intakes for a person",
                        "description": "Authority id (us, efsa, ...), age in "
                        "years and sex (female or male). Not medical advice.",
                        "sql": PERSON_QUERY,
                    }
                },
            }
        },
    }


def write_sqlite(data: Dataset, folder: Path) -> None:
    """The database and its Datasette metadata; a write SQLite cannot make (a
    full disk, a file size limit) is an ``OSError``, as any other file's is."""
    try:
        build(data, folder / DATABASE)
    except sqlite3.OperationalError as error:
        raise OSError(f"cannot write {DATABASE}: {error}") from None
    (folder / METADATA).write_text(
        json_text(datasette_metadata(data)), encoding="utf-8"
    )
