"""The committed schema matches the models, and the shipped data passes it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from jsonschema import Draft202012Validator

from nutrient_data.loader import load, read_source
from nutrient_data.paths import schema_file_name
from nutrient_data.schema import MODELS, render

if TYPE_CHECKING:
    from nutrient_data.paths import SchemaKind

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "schema"


def committed(kind: SchemaKind) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(
        (SCHEMA_DIR / schema_file_name(kind)).read_text()
    )
    return schema


@pytest.mark.parametrize("kind", list(MODELS))
def test_committed_schema_matches_the_models(kind: SchemaKind) -> None:
    on_disk = (SCHEMA_DIR / schema_file_name(kind)).read_text(encoding="utf-8")
    assert on_disk == render(kind), (
        f"schema/{schema_file_name(kind)} is stale: regenerate it with "
        "nutrient_data.schema.write_all(Path('schema'))"
    )


@pytest.mark.parametrize("kind", list(MODELS))
def test_schema_is_valid_draft_2020_12_with_id(kind: SchemaKind) -> None:
    schema = committed(kind)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    version = load().metadata.version
    assert schema["$id"] == f"urn:nutrient-data:schema:{kind}:{version}"
    assert schema["description"]


def test_every_field_is_described() -> None:
    undocumented = [
        f"{name}.{field}"
        for name, definition in committed("dataset")["$defs"].items()
        for field, spec in definition.get("properties", {}).items()
        if "description" not in spec
    ]
    assert undocumented == []


def test_shipped_bundle_validates_with_jsonschema_alone() -> None:
    validator = Draft202012Validator(committed("dataset"))
    errors = [
        f"{e.json_path}: {e.message}" for e in validator.iter_errors(read_source())
    ]
    assert errors == []


def test_each_shipped_nutrient_file_validates_against_the_record_schema() -> None:
    validator = Draft202012Validator(committed("nutrient"))
    for record in read_source()["nutrients"]:
        errors = [f"{e.json_path}: {e.message}" for e in validator.iter_errors(record)]
        assert errors == [], record["id"]


def test_schema_rejects_a_wrong_type_deep_inside() -> None:
    document = read_source()
    document["authorities"][0]["tables"][0]["values"][3]["value"] = "lots"
    paths = [
        e.json_path
        for e in Draft202012Validator(committed("dataset")).iter_errors(document)
    ]
    assert "$.authorities[0].tables[0].values[3].value" in paths
