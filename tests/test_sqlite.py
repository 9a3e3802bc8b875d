"""The SQLite export: the CSV tables with keys, indices, full text and views."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from nutrient_data.dri import intakes
from nutrient_data.export import TABLES, bundle, export
from nutrient_data.export.sqlite import FULL_TEXT, PERSON_QUERY, VIEWS, q
from nutrient_data.loader import load
from tests.tables_roundtrip import (
    bundle_facts,
    missing_and_wrong,
    read_csv_tables,
    read_sqlite_tables,
    table_facts,
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sqlite")
    export(load(), "sqlite", out)
    export(load(), "csv", out)
    return out


@pytest.fixture
def db(folder: Path) -> Iterator[sqlite3.Connection]:
    uri = f"{(folder / 'nutrient-data.sqlite').as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        yield connection


def test_tables_match_the_csv_tables(db: sqlite3.Connection, folder: Path) -> None:
    csv_tables = read_csv_tables(folder)
    for table in TABLES:
        columns = [r[1] for r in db.execute(f"PRAGMA table_info({q(table.name)})")]
        assert columns == [c.name for c in table.columns], table.name
        (count,) = db.execute(f"SELECT count(*) FROM {q(table.name)}").fetchone()
        assert count == len(csv_tables[table.name]), table.name


def test_sqlite_rebuilds_every_fact_of_the_bundle(folder: Path) -> None:
    got, conflicts = table_facts(read_sqlite_tables(folder / "nutrient-data.sqlite"))
    assert conflicts == []
    missing, wrong = missing_and_wrong(bundle_facts(bundle(load())), got)
    assert (missing, wrong) == ([], [])


def test_keys_are_declared_and_resolve(db: sqlite3.Connection) -> None:
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    for table in TABLES:
        info = db.execute(f"PRAGMA table_info({q(table.name)})").fetchall()
        key = tuple(name for _, name, *_, pk in sorted(info, key=lambda r: r[5]) if pk)
        assert key == table.primary_key, table.name
        declared = {
            (row[2], row[3], row[4])
            for row in db.execute(f"PRAGMA foreign_key_list({q(table.name)})")
        }
        wanted = {
            (fk.table, c, t)
            for fk in table.foreign_keys
            for c, t in zip(fk.columns, fk.target, strict=True)
        }
        assert declared == wanted, table.name
    (fks,) = db.execute(
        "SELECT count(*) FROM sqlite_master m, pragma_foreign_key_list(m.name)"
    ).fetchone()
    assert fks >= 20


def test_lookup_columns_are_indexed(db: sqlite3.Connection) -> None:
    def indexed(table: str) -> set[tuple[str, ...]]:
        out = set()
        for _, name, *_ in db.execute(f"PRAGMA index_list({q(table)})"):
            cols = [r[2] for r in db.execute(f"PRAGMA index_info({q(name)})")]
            out.add(tuple(cols))
        return out

    assert {("verdict",), ("certainty",), ("nutrient_id",)} <= indexed("claims")
    assert ("agent",) in indexed("interactions")
    assert ("nutrient_id",) in indexed("reference_tables")
    plan = " ".join(
        str(r)
        for r in db.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM claims WHERE verdict = 'contradicted'"
        )
    )
    assert "USING INDEX" in plan


def _mentions(word: str, *texts: str | None) -> bool:
    return any(re.search(rf"\b{word}", t or "", re.I) for t in texts)


def test_full_text_finds_claims_and_interactions_about_metformin(
    db: sqlite3.Connection,
) -> None:
    data = load()
    claims = {
        r[0]
        for r in db.execute(
            "SELECT claim_id FROM claims_fts WHERE claims_fts MATCH 'metformin'"
        )
    }
    assert claims == {
        c.id
        for _, c in data.claims()
        if _mentions("metformin", c.statement, c.evidence)
    }
    assert claims
    found = set(
        db.execute(
            "SELECT nutrient_id, interaction_rank FROM interactions_fts "
            "WHERE interactions_fts MATCH 'metformin'"
        )
    )
    assert found == {
        (n.id, i)
        for n in data.nutrients
        for i, x in enumerate(n.interactions, start=1)
        if _mentions("metformin", x.agent, x.effect, x.relevance)
    }
    assert {"magnesium", "vitamin-b12"} <= {n for n, _ in found}


def test_full_text_finds_nutrients_by_synonym(db: sqlite3.Connection) -> None:
    rows = db.execute(
        "SELECT nutrient_id FROM nutrients_fts WHERE nutrients_fts MATCH 'cobalamin'"
    ).fetchall()
    assert rows == [("vitamin-b12",)]
    # The FTS rowids are the base table's, so a search joins back to it.
    (name,) = db.execute(
        "SELECT n.name FROM nutrients n JOIN nutrients_fts f ON f.rowid = n.rowid "
        "WHERE nutrients_fts MATCH 'EPA'"
    ).fetchone()
    assert name == load().nutrient("omega-3").name


@pytest.mark.parametrize(
    ("age", "sex"), [(45, "female"), (60, "male"), (2, "female"), (71, "male")]
)
def test_person_view_gives_what_the_api_gives(
    db: sqlite3.Connection, age: float, sex: str
) -> None:
    person = {"age": age, "sex": sex, "authority": "us"}
    rows = db.execute(PERSON_QUERY, person).fetchall()
    expected = intakes(age=age, sex=sex)  # type: ignore[arg-type]
    assert [(r[2], r[3], r[4], r[5], r[6]) for r in rows] == [
        (x.life_stage_label, x.kind, x.value, x.ul, x.unit) for x in expected
    ]


def test_reference_values_view_holds_every_authority(db: sqlite3.Connection) -> None:
    db.row_factory = sqlite3.Row
    rows = db.execute(
        "SELECT * FROM reference_values WHERE nutrient_id = 'magnesium' "
        "AND group_label = 'Adults 18 y and over'"
    ).fetchall()
    assert {r["authority_id"] for r in rows} == {"efsa"}
    assert {(r["sex"], r["kind"], r["role"]) for r in rows} == {
        ("female", "AI", "adequate-intake"),
        ("male", "AI", "adequate-intake"),
    }
    authorities = {
        r[0] for r in db.execute("SELECT authority_id FROM reference_values")
    }
    assert authorities == {
        r[0] for r in db.execute("SELECT authority_id FROM authorities")
    }


def test_claims_view_lists_verdict_and_references_in_order(
    db: sqlite3.Connection,
) -> None:
    db.row_factory = sqlite3.Row
    rows = {
        r["claim_id"]: r for r in db.execute("SELECT * FROM claims_with_references")
    }
    for nutrient_id, claim in load().claims():
        row = rows[claim.id]
        assert (row["nutrient_id"], row["verdict"], row["certainty"]) == (
            nutrient_id,
            claim.verdict,
            claim.certainty,
        )
        assert row["reference_ids"].split() == list(claim.reference_ids)
    framing = [c for part in load().synthesis.framing for c in part.claims]
    assert rows[framing[0].id]["part"] == "opening"
    assert len(rows) == len(load().claims()) + len(framing)
    (sources,) = db.execute("SELECT count(*) FROM claim_sources").fetchone()
    claims = [c for _, c in load().claims()] + framing
    assert sources == sum(len(c.reference_ids) for c in claims)


def test_datasette_metadata_describes_every_table_and_column(folder: Path) -> None:
    meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    assert meta["license"] == "CC-BY-4.0" and meta["license_url"].startswith("https")
    assert load().metadata.version in meta["source"]
    (database,) = meta["databases"].values()
    described = database["tables"]
    for table in TABLES:
        assert described[table.name]["description"]
        assert set(described[table.name]["columns"]) == {c.name for c in table.columns}
    for name in [*VIEWS, *(f.name for f in FULL_TEXT)]:
        assert described[name]["description"], name
    assert described["claims"]["fts_table"] == "claims_fts"
    assert "intakes_for_a_person" in database["queries"]
