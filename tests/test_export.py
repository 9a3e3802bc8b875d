"""Exports are lossless, never destroy a user's file, and the data package
passes Frictionless validation."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest

from nutrient_data.export import (
    FORMAT_NAMES,
    FORMATS,
    TABLES,
    ExportError,
    bundle,
    export,
    render_bundle,
    table_rows,
)
from nutrient_data.export import tables as tables_module
from nutrient_data.loader import build, load, read_source
from nutrient_data.paths import BUNDLE_NAME, bundle_path, schema_path
from tests.tables_roundtrip import (
    bundle_facts,
    missing_and_wrong,
    read_csv_tables,
    table_facts,
)


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
    """The bundle ``load()`` reads is what the validated source files build."""
    built = render_bundle(build(read_source()))
    assert bundle_path().read_text(encoding="utf-8") == built, (
        "the bundle is stale: run python -m nutrient_data.build"
    )


def test_csv_tables_rebuild_every_fact_of_the_bundle(tmp_path: Path) -> None:
    export(load(), "csv", tmp_path)
    expected = bundle_facts(bundle(load()))
    got, conflicts = table_facts(read_csv_tables(tmp_path))
    assert conflicts == []
    missing, wrong = missing_and_wrong(expected, got)
    assert missing == [], f"{len(missing)} facts in no table: {missing[:10]}"
    assert wrong == [], wrong[:10]
    assert len(expected) > 6000


def test_a_fact_left_out_of_the_tables_fails_the_round_trip(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    claims = tables_module.TABLE_BY_NAME["claims"]
    without = dataclasses.replace(
        claims, columns=tuple(c for c in claims.columns if c.name != "evidence")
    )
    monkeypatch.setattr(
        tables_module,
        "TABLES",
        tuple(without if t is claims else t for t in tables_module.TABLES),
    )
    import tests.tables_roundtrip as roundtrip

    monkeypatch.setattr(roundtrip, "TABLES", tables_module.TABLES)
    got, _ = table_facts(tables_module.table_rows(load()))
    missing, _ = missing_and_wrong(bundle_facts(bundle(load())), got)
    assert len(missing) == len(table_rows(load())["claims"]) > len(load().claims())
    assert all(m.endswith(".evidence") for m in missing)


def test_table_rows_match_the_csv_files(tmp_path: Path) -> None:
    export(load(), "csv", tmp_path)
    expected = table_rows(load())
    for name, rows in read_csv_tables(tmp_path).items():
        assert rows == expected[name], name
    us = [r for r in expected["reference_table_values"] if r["authority_id"] == "us"]
    assert len(us) == 13 * 22


def test_primary_keys_are_unique() -> None:
    for table in TABLES:
        if not table.primary_key:
            continue
        keys = [
            tuple(row[k] for k in table.primary_key)
            for row in table_rows(load())[table.name]
        ]
        assert len(keys) == len(set(keys)), table.name


# Never destroy a user's files


@pytest.mark.parametrize("fmt", FORMAT_NAMES)
def test_export_refuses_to_overwrite_a_users_file(tmp_path: Path, fmt: str) -> None:
    name = FORMATS[fmt].files[0]  # type: ignore[index]
    (tmp_path / name).write_text("mine", encoding="utf-8")
    with pytest.raises(ExportError, match=name):
        export(load(), fmt, tmp_path)  # type: ignore[arg-type]
    assert (tmp_path / name).read_text(encoding="utf-8") == "mine"
    assert sorted(os.listdir(tmp_path)) == [name]
    written = export(load(), fmt, tmp_path, force=True)  # type: ignore[arg-type]
    assert [p.name for p in written] == list(FORMATS[fmt].files)  # type: ignore[index]
    assert (tmp_path / name).read_bytes() != b"mine"


def test_csv_export_leaves_no_stale_datapackage(tmp_path: Path) -> None:
    export(load(), "datapackage", tmp_path)
    with pytest.raises(ExportError, match=r"datapackage\.json"):
        export(load(), "csv", tmp_path)
    export(load(), "csv", tmp_path, force=True)
    assert not (tmp_path / "datapackage.json").exists()
    assert len(list(tmp_path.glob("*.csv"))) == len(TABLES)


@pytest.mark.parametrize("out", ["", "  "])
def test_an_empty_output_path_is_an_error(out: str) -> None:
    with pytest.raises(ExportError, match="empty"):
        export(load(), "json", out)


def test_a_file_as_output_folder_is_an_error(tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(ExportError, match="is a file"):
        export(load(), "csv", target)
    assert target.read_text(encoding="utf-8") == "mine"


def test_a_failed_export_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail_halfway(data: object, folder: Path) -> None:
        (folder / "nutrients.csv").write_text("half", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(
        FORMATS, "csv", dataclasses.replace(FORMATS["csv"], write=fail_halfway)
    )
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(OSError):
        export(load(), "csv", tmp_path)
    assert sorted(os.listdir(tmp_path)) == ["notes.txt"]
    with pytest.raises(OSError):
        export(load(), "csv", tmp_path / "new")
    assert not (tmp_path / "new").exists()


def test_export_creates_a_missing_folder(tmp_path: Path) -> None:
    written = export(load(), "sqlite", tmp_path / "a" / "b")
    assert [p.name for p in written] == ["nutrient-data.sqlite", "metadata.json"]
    assert sorted(os.listdir(tmp_path / "a" / "b")) == sorted(p.name for p in written)


@pytest.mark.slow
def test_datapackage_passes_frictionless_validate(tmp_path: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    export(load(), "datapackage", tmp_path)
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    errors = [
        e["message"] for task in report.to_dict()["tasks"] for e in task["errors"]
    ]
    assert report.valid, errors[:10]
