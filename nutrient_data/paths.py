"""Where the raw files live, for tools that read JSON rather than import Python,
and how the package reads and writes JSON text.

This module imports nothing heavy, so that quick commands stay quick.
"""

from __future__ import annotations

import json
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Literal

from nutrient_data.problem import DatasetError, Problem

PACKAGE = Path(str(resources.files("nutrient_data")))
DATA_ROOT: Traversable = resources.files("nutrient_data") / "data"
BUNDLE_NAME = "nutrient-data.json"
SchemaKind = Literal["dataset", "nutrient", "efsa-table"]


def schema_file_name(kind: SchemaKind) -> str:
    """The file name of one JSON Schema, the same in the repository and the wheel."""
    return f"{kind}.schema.json"


def bundle_path() -> Path:
    """The single JSON bundle shipped in the package (all records, one file)."""
    return PACKAGE / "data" / BUNDLE_NAME


def schema_path(kind: SchemaKind = "dataset") -> Path:
    """The JSON Schema file: inside an installed wheel, else the source tree's."""
    name = schema_file_name(kind)
    packaged = PACKAGE / "schema" / name
    return packaged if packaged.is_file() else PACKAGE.parent / "schema" / name


def read_shipped_json(entry: Traversable) -> Any:
    """Parse one shipped JSON file; a missing or broken one is a dataset problem."""
    try:
        return json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise DatasetError(
            [Problem("$", f"cannot read {entry.name}: {error}")]
        ) from None


def json_text(document: Any, *, ascii_only: bool = False) -> str:
    """``document`` as the package writes JSON: indented, UTF-8, final newline.

    NaN and infinities are refused (``ValueError``): they are not JSON.
    """
    return (
        json.dumps(document, indent=2, ensure_ascii=ascii_only, allow_nan=False) + "\n"
    )
