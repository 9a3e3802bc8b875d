"""Dataset metadata agrees with the citation file, changelog and licences."""

from __future__ import annotations

import re
from pathlib import Path

from nutrient_data.loader import load

ROOT = Path(__file__).resolve().parents[1]
META = load().metadata


def test_citation_file_matches_the_dataset_version() -> None:
    cff = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    assert re.search(rf"^version: {re.escape(META.version)}$", cff, re.M)
    assert f"date-released: {META.released.isoformat()}" in cff
    assert f"license: {META.license_data}" in cff
    assert META.version in META.citation


def test_changelog_records_this_data_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## Data {META.version} ({META.released.isoformat()})" in changelog


def test_licences_are_stated_separately() -> None:
    assert (META.license_data, META.license_code) == ("CC-BY-4.0", "MIT")
    licence_text = " ".join((ROOT / "LICENSE-DATA").read_text().split())
    assert "Creative Commons Attribution 4.0" in licence_text
    assert "MIT License" in (ROOT / "LICENSE").read_text()
