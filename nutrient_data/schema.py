"""JSON Schema (draft 2020-12) generated from the models, the one source of shape.

``schema/`` at the top of the repository holds the committed output of
:func:`write_all`; a test fails when it drifts from the models.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from nutrient_data.models import Authority, Dataset, Nutrient, ReferenceTable
from nutrient_data.paths import (
    DATA_ROOT,
    json_text,
    read_shipped_json,
    schema_file_name,
    write_whole,
)

if TYPE_CHECKING:
    from nutrient_data.paths import SchemaKind

DRAFT = "https://json-schema.org/draft/2020-12/schema"
MODELS: dict[SchemaKind, type[BaseModel]] = {
    "dataset": Dataset,
    "nutrient": Nutrient,
    "authority": Authority,
    "reference-table": ReferenceTable,
}
DESCRIPTIONS: dict[SchemaKind, str] = {
    "dataset": "The whole nutrient-data bundle: metadata, nutrients, profiles, "
    "references and the authorities with their reference tables.",
    "nutrient": "One nutrient record, as stored in nutrient_data/data/nutrients/.",
    "authority": "One authority, as stored in "
    "nutrient_data/data/reference-values/<authority>/authority.json (its tables, "
    "gathered from the folder's other files, are left out there).",
    "reference-table": "One authority's reference values for one nutrient, as "
    "stored in nutrient_data/data/reference-values/<authority>/<nutrient>.json.",
}


def data_version() -> str:
    """The dataset version, which every schema's ``$id`` carries."""
    return str(read_shipped_json(DATA_ROOT / "dataset.json")["version"])


@cache
def generate(kind: SchemaKind) -> dict[str, Any]:
    """The JSON Schema of one kind of document, with ``$schema`` and ``$id``."""
    body = MODELS[kind].model_json_schema(mode="validation")
    body.pop("description", None)
    return {
        "$schema": DRAFT,
        "$id": f"urn:nutrient-data:schema:{kind}:{data_version()}",
        "description": DESCRIPTIONS[kind],
        **body,
    }


def render(kind: SchemaKind) -> str:
    """The schema as the exact text committed under ``schema/``."""
    return json_text(generate(kind))


def write_all(directory: Path) -> list[Path]:
    """Write every schema into ``directory``; return the files written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in MODELS:
        path = directory / schema_file_name(kind)
        write_whole(path, render(kind))
        written.append(path)
    return written
