"""A new authority is data, not code: a throw-away one, added from the fixture
files in ``tests/fixtures/test-board/`` to a copy of the package, answers in
``dri``, ``compare``, ``check``, ``authorities``, the exports and a nutrient
page, with no code changed."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "test-board"


def _package(tmp: Path) -> Path:
    """A copy of the package with the fixture authority added and the bundle
    rebuilt from its files."""
    copy = tmp / "pkg"
    shutil.copytree(
        ROOT / "nutrient_data",
        copy / "nutrient_data",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    data = copy / "nutrient_data" / "data"
    folder = data / "reference-values" / "test-board"
    folder.mkdir()
    for entry in FIXTURE.iterdir():
        if entry.name == "references.json":
            shutil.copy(entry, data / "references" / "test-board.json")
        else:
            shutil.copy(entry, folder / entry.name)
    run(copy, "-m", "nutrient_data.build")
    return copy


def run(package: Path, *argv: str) -> str:
    done = subprocess.run(
        [sys.executable, *argv],
        capture_output=True,
        text=True,
        check=False,
        cwd=package,
        env={**os.environ, "PYTHONPATH": str(package)},
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def cli(package: Path, *argv: str) -> Any:
    return json.loads(run(package, "-m", "nutrient_data", *argv, "--json"))


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _package(tmp_path_factory.mktemp("fixture-authority"))


def test_it_is_listed(package: Path) -> None:
    listed = {a["id"]: a for a in cli(package, "authorities")}
    assert list(listed)[:3] == ["us", "efsa", "test-board"]
    assert listed["test-board"]["nutrients"] == ["magnesium"]


def test_dri_answers_by_its_groups_and_kinds(package: Path) -> None:
    row = cli(
        package,
        "dri",
        "magnesium",
        "--age",
        "40",
        "--sex",
        "male",
        "--authority",
        "test-board",
    )
    assert (row["life_stage"], row["kind"], row["value"]) == ("grown", "RV", 360.0)
    assert (row["average_requirement"], row["ul"], row["ul_kind"]) == (
        300.0,
        300.0,
        "TOP",
    )
    assert row["ul_applies_to"] == "supplemental-only"
    zinc = cli(
        package,
        "dri",
        "zinc",
        "--age",
        "40",
        "--sex",
        "male",
        "--authority",
        "test-board",
    )
    assert (zinc["kind"], zinc["value"]) == ("NONE", None)
    assert zinc["note"] == "The Test Board set no value for it."


def test_its_youngest_pregnancy_group_bounds_are_named(package: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "nutrient_data",
            "dri",
            "--age",
            "15",
            "--sex",
            "female",
            "--pregnant",
            "--authority",
            "test-board",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=package,
        env={**os.environ, "PYTHONPATH": str(package)},
    )
    assert done.returncode == 2
    assert "no TB pregnancy group for age 15: the youngest, Expecting 16-45 y" in (
        done.stderr
    )


def test_compare_sets_it_beside_the_others(package: Path) -> None:
    result = cli(package, "compare", "magnesium", "--age", "40", "--sex", "female")
    assert result["test-board"]["value"] == 290.0
    assert any("TB RV 290 mg" in d for d in result["differences"])
    assert "The Test Board made its numbers up." in result["why"]


def test_check_judges_against_it(package: Path) -> None:
    checked = cli(
        package,
        "check",
        "--age",
        "40",
        "--sex",
        "female",
        "--authority",
        "test-board",
        "--food",
        "magnesium=200mg",
        "--supplement",
        "magnesium=350mg",
    )
    results = checked["results"] if isinstance(checked, dict) else checked
    (magnesium,) = results
    assert (magnesium["kind"], magnesium["value"], magnesium["ul"]) == ("RV", 290, 300)
    assert magnesium["over_ul"] is True
    assert magnesium["ul_status"] == "above the top level of 300 mg"


def test_the_exports_carry_it(package: Path, tmp_path: Path) -> None:
    run(
        package,
        "-m",
        "nutrient_data",
        "export",
        "--format",
        "sqlite",
        "--out",
        str(tmp_path),
    )
    with closing(sqlite3.connect(tmp_path / "nutrient-data.sqlite")) as db:
        rows = db.execute(
            "SELECT group_label, sex, kind, role, value, ul FROM reference_values "
            "WHERE authority_id = 'test-board' AND nutrient_id = 'magnesium' "
            "ORDER BY group_rank, sex"
        ).fetchall()
    assert rows == [
        ("Young people 1-17 y", None, "RV", "recommendation", 150.0, None),
        ("Grown-ups 18 y and over", "female", "RV", "recommendation", 290.0, 300.0),
        ("Grown-ups 18 y and over", "male", "RV", "recommendation", 360.0, 300.0),
        ("Expecting 16-45 y", "female", "NONE", "not-set", None, None),
    ]
    run(
        package,
        "-m",
        "nutrient_data",
        "export",
        "--format",
        "datapackage",
        "--out",
        str(tmp_path / "package"),
    )
    described = json.loads((tmp_path / "package" / "datapackage.json").read_text())
    paths = {r["path"] for r in described["resources"]}
    assert {
        "authorities.csv",
        "authority_groups.csv",
        "reference_table_values.csv",
    } <= paths
    authorities = (tmp_path / "package" / "authorities.csv").read_text()
    assert "test-board" in authorities


def test_a_nutrient_page_shows_it(package: Path) -> None:
    page = run(
        package,
        "-c",
        "from nutrient_data.loader import load\n"
        "from nutrient_data.site.nutrients import nutrient_page\n"
        "data = load()\n"
        "print(nutrient_page(data, data.nutrient('magnesium')))",
    )
    section = page.split("{#test-board}", 1)[1]
    assert "RV 290 mg (BR 240 mg)" in section
    assert "top level 300 mg" in section
