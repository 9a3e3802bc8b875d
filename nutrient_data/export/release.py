"""Release artifacts: every download of one data version, with checksums.

``python -m nutrient_data.build --release DIR`` writes them; the site's
Downloads page publishes the same files with their sizes and checksums.
The two large files, the JSON bundle and the SQLite database, ship gzipped
(about a tenth and a fifth of their size; ``gunzip -k`` restores them), so the
site that publishes them stays small. Archives carry the release date as their
time stamp, so a release built twice from the same data has the same bytes.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import Path

from nutrient_data.export import datapackage, sqlite
from nutrient_data.export.folder import write_set
from nutrient_data.export.json_bundle import render_compact_bundle
from nutrient_data.models import Dataset
from nutrient_data.paths import BUNDLE_NAME, schema_file_name
from nutrient_data.schema import MODELS, render

CHECKSUMS = "SHA256SUMS"


@dataclass(frozen=True)
class Download:
    """One file of a release, as a data catalogue describes it."""

    name: str
    title: str
    description: str
    encoding_format: str
    """Media type (schema.org ``encodingFormat``)."""


@dataclass(frozen=True)
class Artifact:
    download: Download
    content: bytes
    unpacked: int | None = None
    """Bytes once gunzipped, for a gzipped download."""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


JSON_DOWNLOAD = Download(
    f"{BUNDLE_NAME}.gz",
    "JSON bundle",
    f"The whole dataset as one JSON document, valid against dataset.schema.json, "
    f"gzipped (gunzip -k gives {BUNDLE_NAME}; compact: jq . lays it out).",
    "application/gzip",
)
CSV_DOWNLOAD = Download(
    "nutrient-data-csv.zip",
    "CSV tables (Frictionless data package)",
    "Tidy UTF-8 CSV tables, one row per fact, with a datapackage.json that "
    "gives every column's type and the primary and foreign keys.",
    "application/zip",
)
SQLITE_DOWNLOAD = Download(
    f"{sqlite.DATABASE}.gz",
    "SQLite database",
    f"The same tables with keys, indices, full-text search and views, gzipped "
    f"(gunzip -k gives {sqlite.DATABASE}); for the sqlite3 shell, DuckDB, R or "
    "Datasette.",
    "application/gzip",
)
DATASETTE_DOWNLOAD = Download(
    "datasette-metadata.json",
    "Datasette metadata",
    "Titles, licence and column descriptions for serving the SQLite file "
    "with Datasette (datasette nutrient-data.sqlite -m datasette-metadata.json).",
    "application/json",
)
DOWNLOADS: tuple[Download, ...] = (
    JSON_DOWNLOAD,
    CSV_DOWNLOAD,
    SQLITE_DOWNLOAD,
    DATASETTE_DOWNLOAD,
    *(
        Download(
            schema_file_name(kind),
            f"JSON Schema ({kind})",
            f"JSON Schema (draft 2020-12) of one {kind} document.",
            "application/schema+json",
        )
        for kind in MODELS
    ),
)


def _zip(folder: Path, names: tuple[str, ...], data: Dataset) -> bytes:
    stamp = data.metadata.released.timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, (folder / name).read_bytes())
    return buffer.getvalue()


def _gzip(content: bytes, data: Dataset) -> bytes:
    stamp = datetime.combine(data.metadata.released, time(), UTC)
    return gzip.compress(content, compresslevel=9, mtime=int(stamp.timestamp()))


def artifacts(data: Dataset) -> tuple[Artifact, ...]:
    """Every download of this data version, in :data:`DOWNLOADS` order."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        datapackage.write_datapackage(data, folder)
        sqlite.write_sqlite(data, folder)
        gzipped = {
            JSON_DOWNLOAD.name: render_compact_bundle(data).encode(),
            SQLITE_DOWNLOAD.name: (folder / sqlite.DATABASE).read_bytes(),
        }
        content = {
            CSV_DOWNLOAD.name: _zip(folder, datapackage.FILES, data),
            DATASETTE_DOWNLOAD.name: (folder / sqlite.METADATA).read_bytes(),
            **{schema_file_name(kind): render(kind).encode() for kind in MODELS},
            **{name: _gzip(raw, data) for name, raw in gzipped.items()},
        }
        return tuple(
            Artifact(
                d, content[d.name], len(gzipped[d.name]) if d.name in gzipped else None
            )
            for d in DOWNLOADS
        )


def checksums(files: tuple[Artifact, ...]) -> str:
    """``SHA256SUMS`` text, as ``sha256sum -c`` reads it."""
    return "".join(f"{a.sha256}  {a.download.name}\n" for a in files)


def write_release(data: Dataset, out: Path | str, *, force: bool = False) -> list[Path]:
    """Write every artifact and ``SHA256SUMS`` into the folder ``out``."""
    files = artifacts(data)

    def write(folder: Path) -> None:
        for artifact in files:
            (folder / artifact.download.name).write_bytes(artifact.content)
        (folder / CHECKSUMS).write_text(checksums(files), encoding="utf-8")

    names = [a.download.name for a in files] + [CHECKSUMS]
    return write_set(out, names, write, force=force)
