"""Where the raw files live, for tools that read JSON rather than import Python."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from nutrient_data.export import BUNDLE_NAME
from nutrient_data.schema import SchemaKind, file_name

PACKAGE = Path(str(resources.files("nutrient_data")))


def bundle_path() -> Path:
    """The single JSON bundle shipped in the package (all records, one file)."""
    return PACKAGE / "data" / BUNDLE_NAME


def schema_path(kind: SchemaKind = "dataset") -> Path:
    """The JSON Schema file: inside an installed wheel, else the source tree's."""
    packaged = PACKAGE / "schema" / file_name(kind)
    return (
        packaged if packaged.is_file() else PACKAGE.parent / "schema" / file_name(kind)
    )
