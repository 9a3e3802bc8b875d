"""The site's Downloads page, and the schema.org ``Dataset`` description that
points search engines and data catalogues at the same files.

``docs/gen_pages.py`` publishes the release artifacts under ``downloads/``
with this page beside them, and appends the JSON-LD to the home page. Each
file is published once: the JSON Schemas, which the site already serves
beside the schema page, are linked there rather than copied.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from nutrient_data.export.datapackage import LICENSE_URL
from nutrient_data.export.release import (
    CHECKSUMS,
    CSV_DOWNLOAD,
    JSON_DOWNLOAD,
    SQLITE_DOWNLOAD,
    Artifact,
    artifacts,
    checksums,
)
from nutrient_data.models import Dataset
from nutrient_data.paths import json_text, schema_file_name
from nutrient_data.schema import MODELS

FOLDER = "downloads"
SCHEMAS = "schema"
"""Where the site serves the JSON Schemas, beside the schema page."""
_SCHEMA_NAMES = frozenset(schema_file_name(kind) for kind in MODELS)
PAGE = "downloads.md"
DISTRIBUTION = (JSON_DOWNLOAD, CSV_DOWNLOAD, SQLITE_DOWNLOAD)


def location(name: str) -> str:
    """Where a download sits in the site (a path under ``docs/``)."""
    return f"{SCHEMAS}/{name}" if name in _SCHEMA_NAMES else f"{FOLDER}/{name}"


def size(n: int) -> str:
    return f"{n / 1024:.0f} KiB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MiB"


def _sizes(artifact: Artifact) -> str:
    packed = size(len(artifact.content))
    if artifact.unpacked is None:
        return packed
    return f"{packed} ({size(artifact.unpacked)} gunzipped)"


def downloads_page(data: Dataset, files: tuple[Artifact, ...]) -> str:
    meta = data.metadata
    rows = "".join(
        f"| [{a.download.name}]({location(a.download.name)}) | {a.download.description}"
        f" | {_sizes(a)} | `{a.sha256}` |\n"
        for a in files
    )
    gzipped = " ".join(a.download.name for a in files if a.unpacked is not None)
    return (
        "# Downloads\n\n"
        '!!! warning "Not medical advice"\n'
        "    These files describe published data for research and software use; "
        "they do not replace a clinician's judgement.\n\n"
        f"Data version **{meta.version}**, released {meta.released.isoformat()}. "
        f"Data licence {meta.license_data} ([terms]({LICENSE_URL})): cite it as "
        f"*{meta.citation}*\n\n"
        "| File | What it holds | Size | SHA-256 |\n|---|---|---|---|\n"
        f"{rows}\n"
        f"[{CHECKSUMS}]({FOLDER}/{CHECKSUMS}) lists the checksums; after "
        "downloading, check them with:\n\n"
        f"```bash\nsha256sum -c {CHECKSUMS} --ignore-missing\n```\n\n"
        "The JSON bundle and the SQLite database are gzipped; `gunzip -k` "
        "restores them beside the download (Python's `gzip` module, pandas, "
        "DuckDB and R's `gzfile` also read them as they are):\n\n"
        f"```bash\ngunzip -k {gzipped}\n```\n\n"
        "[Reading the raw data](getting-started/raw-data.md) shows how to query "
        "these files with jq, the sqlite3 shell, DuckDB and R.\n"
    )


def json_ld(data: Dataset) -> dict[str, Any]:
    """schema.org ``Dataset``, with a distribution for each download, as URLs
    relative to the home page."""
    meta = data.metadata
    return {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": meta.title,
        "alternateName": meta.name,
        "description": f"{meta.description} {meta.disclaimer}",
        "version": meta.version,
        "datePublished": meta.released.isoformat(),
        "license": LICENSE_URL,
        "isAccessibleForFree": True,
        "creator": [{"@type": "Organization", "name": c} for c in meta.creators],
        "citation": meta.citation,
        "distribution": [
            {
                "@type": "DataDownload",
                "name": d.title,
                "description": d.description,
                "encodingFormat": d.encoding_format,
                "contentUrl": location(d.name),
            }
            for d in DISTRIBUTION
        ],
    }


def json_ld_script(data: Dataset) -> str:
    """The JSON-LD as an HTML block for the end of the home page's Markdown."""
    text = json_text(json_ld(data)).replace("</", "<\\/")
    return f'\n<script type="application/ld+json">\n{text}</script>\n'


def pages(data: Dataset) -> Iterator[tuple[str, str | bytes]]:
    """The artifacts under ``downloads/`` (the schemas are the site's own,
    see :func:`location`), their checksums and the page."""
    files = artifacts(data)
    for artifact in files:
        if location(artifact.download.name).startswith(f"{FOLDER}/"):
            yield f"{FOLDER}/{artifact.download.name}", artifact.content
    yield f"{FOLDER}/{CHECKSUMS}", checksums(files)
    yield PAGE, downloads_page(data, files)
