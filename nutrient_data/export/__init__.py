"""Exports for users who never import Python: one JSON bundle, tidy CSV tables,
a Frictionless data package, and a SQLite database with a Datasette description.

One module per format; :mod:`~nutrient_data.export.tables` declares the tables
they all share, and :mod:`~nutrient_data.export.folder` writes each set of
files so that a user's files are never overwritten without ``force`` and a
failed export leaves nothing half-written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, get_args

from nutrient_data.export import csv_tables, datapackage, json_bundle, sqlite
from nutrient_data.export.folder import ExportError, write_set
from nutrient_data.export.json_bundle import bundle, render_bundle
from nutrient_data.export.tables import TABLES, table_rows, to_dataframes
from nutrient_data.export.tabular import Table
from nutrient_data.models import Dataset

FormatName = Literal["json", "csv", "datapackage", "sqlite"]
FORMAT_NAMES: tuple[FormatName, ...] = get_args(FormatName)


@dataclass(frozen=True)
class Format:
    files: tuple[str, ...]
    write: Callable[[Dataset, Path], None]
    replaces: tuple[str, ...] = ()
    """Files of another format that would no longer describe this set."""


FORMATS: dict[FormatName, Format] = {
    "json": Format(json_bundle.FILES, json_bundle.write_json),
    "csv": Format(
        csv_tables.FILES, csv_tables.write_csv, replaces=(datapackage.DESCRIPTOR,)
    ),
    "datapackage": Format(datapackage.FILES, datapackage.write_datapackage),
    "sqlite": Format(sqlite.FILES, sqlite.write_sqlite),
}


def export(
    data: Dataset,
    fmt: FormatName,
    out: Path | str,
    *,
    force: bool = False,
    confirm: Callable[[list[Path]], None] | None = None,
) -> list[Path]:
    """Write ``data`` in format ``fmt`` into the folder ``out``; return the files.

    Raises :class:`ExportError` (nothing written) when ``out`` is empty or a file,
    or holds files of the same names and ``force`` is false; any failure,
    ``confirm(files)`` raising included, leaves ``out`` as it was.
    """
    spec = FORMATS[fmt]
    return write_set(
        out,
        spec.files,
        lambda folder: spec.write(data, folder),
        replaces=spec.replaces,
        force=force,
        confirm=confirm,
    )


__all__ = [
    "FORMATS",
    "FORMAT_NAMES",
    "TABLES",
    "ExportError",
    "Format",
    "FormatName",
    "Table",
    "bundle",
    "export",
    "render_bundle",
    "table_rows",
    "to_dataframes",
]
