"""The single self-contained JSON bundle, valid against the dataset schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from nutrient_data.models import Dataset
from nutrient_data.paths import BUNDLE_NAME
from nutrient_data.spans import render

FILES = (BUNDLE_NAME,)


def bundle(data: Dataset) -> dict[str, Any]:
    """The whole dataset as plain JSON data."""
    return data.model_dump(mode="json")


def render_bundle(data: Dataset) -> str:
    return render(bundle(data))[0]


def render_compact_bundle(data: Dataset) -> str:
    """The bundle as a release ships it: the same document, not indented (a
    third smaller); ``jq .`` lays it out again."""
    text = json.dumps(
        bundle(data), ensure_ascii=False, allow_nan=False, separators=(",", ":")
    )
    return text + "\n"


def render_bundle_and_index(data: Dataset) -> tuple[str, dict[str, Any]]:
    """The bundle's text and the index of its spans, which ships beside it."""
    return render(bundle(data))


def write_json(data: Dataset, folder: Path) -> None:
    (folder / BUNDLE_NAME).write_text(render_bundle(data), encoding="utf-8")
