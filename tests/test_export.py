"""Exports round-trip, and the data package passes Frictionless validation."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from nutrient_data.export import TABLES, export, render_bundle, table_rows
from nutrient_data.loader import build, load
from nutrient_data.paths import BUNDLE_NAME, bundle_path, schema_path


def test_json_export_round_trips_through_the_loader(tmp_path: Path) -> None:
    (path,) = export(load(), "json", tmp_path)
    assert path.name == BUNDLE_NAME
    assert build(json.loads(path.read_text(encoding="utf-8"))) == load()


def test_json_export_validates_against_the_committed_schema(tmp_path: Path) -> None:
    from jsonschema import Draft202012Validator

    (path,) = export(load(), "json", tmp_path)
    schema = json.loads(schema_path("dataset").read_text(encoding="utf-8"))
    assert (
        list(Draft202012Validator(schema).iter_errors(json.loads(path.read_text())))
        == []
    )


def test_shipped_bundle_is_up_to_date() -> None:
    assert bundle_path().read_text(encoding="utf-8") == render_bundle(load()), (
        "the bundle is stale: run python -m nutrient_data.build"
    )


def _typed(value: str, kind: str) -> Any:
    if value == "":
        return None
    if kind == "boolean":
        return {"True": True, "False": False}[value]
    return {"number": float, "integer": int}.get(kind, str)(value)


def test_csv_export_rebuilds_the_same_facts(tmp_path: Path) -> None:
    export(load(), "csv", tmp_path)
    expected = table_rows(load())
    for table in TABLES:
        kinds = {c.name: c.type for c in table.columns}
        with (tmp_path / f"{table.name}.csv").open(encoding="utf-8", newline="") as f:
            rows = [
                {k: _typed(v, kinds[k]) for k, v in row.items()}
                for row in csv.DictReader(f)
            ]
        want = [
            {k: (None if v in ("", None) else v) for k, v in row.items()}
            for row in expected[table.name]
        ]
        assert rows == want, table.name
    assert len(expected["intakes"]) == 13 * 22


def test_primary_keys_are_unique() -> None:
    for table in TABLES:
        keys = [tuple(row[k] for k in table.primary_key) for row in table.rows(load())]
        assert len(keys) == len(set(keys)), table.name


@pytest.mark.slow
def test_datapackage_passes_frictionless_validate(tmp_path: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    export(load(), "datapackage", tmp_path)
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    errors = [
        e["message"] for task in report.to_dict()["tasks"] for e in task["errors"]
    ]
    assert report.valid, errors[:10]
