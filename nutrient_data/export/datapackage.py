"""A Frictionless data package: the CSV tables and a ``datapackage.json`` that
gives every column's type and description and the primary and foreign keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nutrient_data.export.csv_tables import FILES as CSV_FILES
from nutrient_data.export.csv_tables import write_csv
from nutrient_data.export.tables import TABLES
from nutrient_data.export.tabular import Table
from nutrient_data.models import Dataset
from nutrient_data.paths import json_text

DESCRIPTOR = "datapackage.json"
FILES = (*CSV_FILES, DESCRIPTOR)
LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"


def _resource_name(table: str) -> str:
    return table.replace("_", "-")


def _schema(table: Table) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "fields": [
            {
                "name": c.name,
                "type": c.type,
                "description": c.description,
                "constraints": {"required": c.required},
            }
            for c in table.columns
        ],
        "missingValues": [""],
        "foreignKeys": [
            {
                "fields": list(fk.columns),
                "reference": {
                    "resource": _resource_name(fk.table),
                    "fields": list(fk.target),
                },
            }
            for fk in table.foreign_keys
        ],
    }
    if table.primary_key:
        schema["primaryKey"] = list(table.primary_key)
    return schema


def descriptor(data: Dataset) -> dict[str, Any]:
    """The Frictionless ``datapackage.json`` for the CSV tables."""
    meta = data.metadata
    return {
        "name": meta.name,
        "title": meta.title,
        "description": f"{meta.description} {meta.disclaimer}",
        "version": meta.version,
        "created": f"{meta.released.isoformat()}T00:00:00Z",
        "licenses": [
            {
                "name": meta.license_data,
                "path": LICENSE_URL,
                "title": "Creative Commons Attribution 4.0",
            }
        ],
        "resources": [
            {
                "name": _resource_name(table.name),
                "path": f"{table.name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": table.description,
                "schema": _schema(table),
            }
            for table in TABLES
        ],
    }


def write_datapackage(data: Dataset, folder: Path) -> None:
    write_csv(data, folder)
    (folder / DESCRIPTOR).write_text(json_text(descriptor(data)), encoding="utf-8")
