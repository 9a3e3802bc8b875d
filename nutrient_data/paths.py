"""Where the raw files live, for tools that read JSON rather than import Python,
and how the package reads and writes JSON text.

This module imports nothing heavy, so that quick commands stay quick.
"""

from __future__ import annotations

import json
import os

from nutrient_data.problem import DatasetError, Problem

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from importlib.resources.abc import Traversable
    from pathlib import Path
    from typing import Any, Literal

    PACKAGE: Path
    DATA_ROOT: Traversable
    SchemaKind = Literal[
        "dataset",
        "nutrient",
        "authority",
        "reference-table",
        "intake-check",
        "survey",
    ]

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
BUNDLE_NAME = "nutrient-data.json"
FDC_FILE = "fdc-nutrients.json"
"""The FoodData Central nutrient rows in use (``Dataset.fdc_nutrients``)."""
INDEX_NAME = "bundle-spans.json"
INDEX_FORMAT = 2
"""The index of where each part of the bundle sits (:mod:`nutrient_data.spans`)."""


def __getattr__(name: str) -> Any:
    """``PACKAGE`` and ``DATA_ROOT`` (paths) are made on first use: importing
    pathlib would cost a quick command a third of its time."""
    if name not in ("PACKAGE", "DATA_ROOT"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from pathlib import Path

    return Path(PACKAGE_DIR) if name == "PACKAGE" else Path(PACKAGE_DIR, "data")


def bundle_file() -> str:
    """The bundle's file name as a string, for readers that need no pathlib."""
    return os.path.join(PACKAGE_DIR, "data", BUNDLE_NAME)


def schema_file_name(kind: SchemaKind) -> str:
    """The file name of one JSON Schema, the same in the repository and the wheel."""
    return f"{kind}.schema.json"


def bundle_path() -> Path:
    """The single JSON bundle shipped in the package (all records, one file)."""
    from pathlib import Path

    return Path(bundle_file())


def schema_path(kind: SchemaKind = "dataset") -> Path:
    """The JSON Schema file: inside an installed wheel, else the source tree's."""
    from pathlib import Path

    name = schema_file_name(kind)
    packaged = Path(PACKAGE_DIR, "schema", name)
    return (
        packaged if packaged.is_file() else Path(PACKAGE_DIR).parent / "schema" / name
    )


def read_shipped_json(
    entry: Traversable | str, parse: Callable[[bytes], Any] = json.loads
) -> Any:
    """Parse one shipped JSON file (a path string or a resource) with ``parse``,
    from its bytes (UTF-8); a missing or broken one is a dataset problem."""
    name = os.path.basename(entry) if isinstance(entry, str) else entry.name
    try:
        if isinstance(entry, str):
            with open(entry, "rb") as handle:
                return parse(handle.read())
        return parse(entry.read_bytes())
    except (OSError, ValueError) as error:  # UnicodeDecodeError, JSONDecodeError
        raise DatasetError([Problem("$", f"cannot read {name}: {error}")]) from None


def json_text(document: Any, *, ascii_only: bool = False) -> str:
    """``document`` as the package writes JSON: indented, UTF-8, final newline.

    NaN and infinities are refused (``ValueError``): they are not JSON.
    """
    return (
        json.dumps(document, indent=2, ensure_ascii=ascii_only, allow_nan=False) + "\n"
    )


def write_whole(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a reader sees the old file or the new
    one, never half of it (a test run reads the bundle while a build writes)."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)
