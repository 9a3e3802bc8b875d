"""A new authority is data, not code: throw-away ones, added from the fixture
files in ``tests/fixtures/test-board/`` (reference values) and
``tests/fixtures/test-label/`` (a labelling rule) to a copy of the package,
answer in ``dri``, ``compare``, ``check``, ``authorities``, ``label``, the
exports, a page of its own and the nutrient pages' matrix, with no code changed."""

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
FIXTURES = ROOT / "tests" / "fixtures"


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
    for authority in ("test-board", "test-label"):
        folder = data / "reference-values" / authority
        folder.mkdir()
        for entry in (FIXTURES / authority).iterdir():
            if entry.name == "references.json":
                shutil.copy(entry, data / "references" / f"{authority}.json")
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
    assert listed["test-label"]["purpose"] == "labelling"
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


def test_its_page_and_a_nutrient_page_show_it(package: Path) -> None:
    """It gets a page of its own, a line in the navigation and a column of the
    nutrient pages' matrix linking that page."""
    out = run(
        package,
        "-c",
        "from nutrient_data.loader import load\n"
        "from nutrient_data.site import summary\n"
        "from nutrient_data.site.authority_pages import authority_page\n"
        "from nutrient_data.site.nutrients import nutrient_page\n"
        "data = load()\n"
        "board = next(a for a in data.authorities if a.id == 'test-board')\n"
        "print(authority_page(data, board))\n"
        "print('=====')\n"
        "print(nutrient_page(data, data.nutrient('magnesium')))\n"
        "print('=====')\n"
        "print(summary(data))",
    )
    own, nutrient, navigation = out.split("=====")
    section = own.split("{#magnesium ", 1)[1].split("\n### ", 1)[0]
    assert "RV 290 mg (BR 240 mg)" in section
    assert "top level 300 mg" in section
    assert '<a href="../../authorities/test-board/">TB</a>' in nutrient
    assert "](../authorities/test-board.md#magnesium)" in nutrient
    assert "(authorities/test-board.md)" in navigation


def test_label_rounds_as_its_rule_rounds(package: Path) -> None:
    def label(*argv: str) -> Any:
        return cli(package, "label", *argv, "--authority", "test-label")

    mg = label("magnesium", "84mg")
    assert (mg["percent"], mg["label_percent"], mg["label"]) == (21.0, 20.0, "20%")
    assert (mg["reference"], mg["kind"], mg["population"]) == (
        400.0,
        "LV",
        "adults-and-teens",
    )
    assert mg["significant"] is None
    assert label("magnesium", "18")["label"] == "4%"  # 4.5% to the nearest 2%
    assert label("magnesium", "5")["label"] == "<2%"
    assert label("magnesium", "250mg")["label"] == "60%"  # 62.5% to the nearest 10%
    toddler = label("magnesium", "20", "--population", "toddlers")
    assert (toddler["percent"], toddler["label"]) == (25.0, "25%")
    food = label("magnesium", "56mg", "--per-100g")
    assert (food["significant"], food["significant_percent"]) == (False, 15.0)
    drink = label("magnesium", "30mg", "--per-100ml-beverage")
    assert (drink["significant"], drink["significant_percent"]) == (True, 7.5)
    d = label("vitamin-d", "400IU", "--portion")
    assert (d["amount"], d["percent"], d["label"], d["significant"]) == (
        10.0,
        50.0,
        "50%",
        True,
    )


def test_label_text_and_refusals(package: Path) -> None:
    text = run(
        package,
        "-m",
        "nutrient_data",
        "label",
        "magnesium",
        "84mg",
        "--authority",
        "test-label",
        "--portion",
    )
    assert "magnesium: 84 mg = 20% (exactly 21%) of the LV 400 mg" in text
    assert "It is a significant amount per-portion" in text
    for argv, message in (
        (("label", "magnesium", "84", "--authority", "us"), "a labelling authority"),
        (("label", "zinc", "8", "--authority", "test-label"), "no TL reference"),
        (
            (
                "label",
                "magnesium",
                "8",
                "--authority",
                "test-label",
                "--population",
                "infants",
            ),
            "population must be one of adults-and-teens, toddlers",
        ),
        (("label", "magnesium", "-8", "--authority", "test-label"), "error"),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "nutrient_data", *argv],
            capture_output=True,
            text=True,
            check=False,
            cwd=package,
            env={**os.environ, "PYTHONPATH": str(package)},
        )
        assert done.returncode == 2 and done.stdout == "", argv
        assert done.stderr.count("\n") == 1 and message in done.stderr, done.stderr
