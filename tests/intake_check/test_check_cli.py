"""The ``check`` command's contract: JSON keys, words, and every bad input."""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Any

import pytest

from tests.commandline import modules_after, run

ROOT = Path(__file__).resolve().parents[2]
ADULT = ["check", "--age", "45", "--sex", "female"]
KEYS = {
    "nutrient",
    "food",
    "supplement",
    "total",
    "unit",
    "kind",
    "value",
    "average_requirement",
    "probability_adequate",
    "ul",
    "ul_applies_to",
    "over_ul",
    "interactions",
    "note",
}


def checked(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    """The JSON results of ``check``, by nutrient."""
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert isinstance(rows, list)
    return {row["nutrient"]: row for row in rows}


def test_json_has_one_object_per_nutrient_given_or_flagged(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = checked(
        capsys,
        *ADULT,
        "--food",
        "zinc=8mg",
        "--supplement",
        "magnesium=200mg",
        "--medicine",
        "metformin",
    )
    assert list(rows) == ["magnesium", "zinc", "vitamin-b12"]
    for row in rows.values():
        assert set(row) >= KEYS
        assert isinstance(row["interactions"], list)
    assert rows["zinc"]["total"] == 8.0 and rows["zinc"]["over_ul"] is False
    assert rows["vitamin-b12"]["total"] is None
    assert rows["vitamin-b12"]["over_ul"] is None
    assert rows["vitamin-b12"]["probability_adequate"] is None


def test_ul_scope_supplemental_magnesium_is_over_while_food_is_not(
    capsys: pytest.CaptureFixture[str],
) -> None:
    supplement = checked(capsys, *ADULT, "--supplement", "magnesium=400mg")
    food = checked(capsys, *ADULT, "--food", "magnesium=400mg")
    assert supplement["magnesium"]["over_ul"] is True
    assert food["magnesium"]["over_ul"] is False
    assert supplement["magnesium"]["ul_applies_to"] == "supplemental-only"


def test_iu_and_child_ul(capsys: pytest.CaptureFixture[str]) -> None:
    adult = checked(capsys, *ADULT, "--supplement", "vitamin-d=4000IU")["vitamin-d"]
    assert (adult["total"], adult["unit"], adult["over_ul"]) == (100.0, "ug", False)
    child = checked(
        capsys,
        "check",
        "--age",
        "2",
        "--sex",
        "male",
        "--supplement",
        "vitamin-d=4000IU",
    )["vitamin-d"]
    assert (child["ul"], child["over_ul"]) == (63.0, True)
    e = checked(
        capsys,
        *ADULT,
        "--supplement",
        "vitamin-e=400IU",
        "--vitamin-e-form",
        "synthetic",
    )["vitamin-e"]
    assert e["supplement"] == 180.0


def test_ai_nutrient_and_pregnancy(capsys: pytest.CaptureFixture[str]) -> None:
    chromium = checked(capsys, *ADULT, "--pregnant", "--food", "chromium=35mcg")
    row = chromium["chromium"]
    assert (row["kind"], row["value"]) == ("AI", 30.0)
    assert row["adequacy"] == "at or above the AI: likely adequate"
    assert row["probability_adequate"] is None


@pytest.mark.usefixtures("magnesium_ear")
def test_ear_probability_on_the_command_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    row = checked(capsys, *ADULT, "--food", "magnesium=291.5mg")["magnesium"]
    assert row["average_requirement"] == 265.0
    assert row["probability_adequate"] == 0.841
    code, out, _ = run(capsys, *ADULT, "--food", "magnesium=200mg")
    assert code == 0
    assert "below the average requirement (probability adequate 0.01)" in out


def test_text_output_reads_in_words(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys,
        *ADULT,
        "--supplement",
        "magnesium=400mg",
        "--food",
        "chromium=10ug",
        "--medicine",
        "metformin",
        "--medicine",
        "aspirin",
    )
    assert (code, err) == (0, "")
    assert "Females 31-50 y" in out
    assert "above the UL for supplements of 350 mg" in out
    assert "below the AI: adequacy cannot be judged" in out
    assert "metformin and vitamin-b12: Metformin." in out
    assert "aroda-2016-metformin" in out
    assert "No interaction is recorded in this dataset for: aspirin" in out
    assert out.rstrip().splitlines()[-1].startswith("Not medical advice")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--food", "magnesum=4mg"], "did you mean 'magnesium'"),
        (["--food", "magnesium=-4mg"], "must not be negative"),
        (["--food", "magnesium=nanmg"], "must be a finite number"),
        (["--food", "magnesium=inf mg"], "must be a finite number"),
        (["--supplement", "magnesium=400IU"], "unit IU does not fit magnesium"),
        (["--food", "magnesium"], "missing amount"),
        (["--food", "magnesium="], "missing amount"),
        (["--food", "=400mg"], "give ID=AMOUNT"),
        (["--food", "magnesium=400"], "missing unit"),
        (["--food", "magnesium=400kg"], "unknown unit 'kg'"),
        (["--supplement", "vitamin-e=400IU"], "needs its form"),
        (["--food", "zinc=1mg", "--vitamin-e-form", "d"], "--vitamin-e-form must be"),
        (
            ["--food", "zinc=1mg", "--authority", "nowhere"],
            "--authority must be us or efsa",
        ),
        (["--medicine", ""], "--medicine needs a name"),
        ([], "nothing to check"),
        (["--food", "zinc=1mg", "--pregnant", "--lactating"], "not both"),
        (["--food", "zinc=1mg", "--age", "200"], "age must be between"),
        (["--food", "zinc=1mg", "--age", "ten"], "age must be a number"),
        (["--food", "zinc=1mg", "--age", "nan"], "finite number of years"),
        (["--food", "zinc=1mg", "--sex", "other"], "--sex must be female or male"),
        (
            ["--food", "zinc=1mg", "--age", "60", "--pregnant"],
            "the oldest, Pregnancy 31-50 y, ends before 51 years",
        ),
        (["--food"], "expected one argument"),
        (["--food", "zinc=1mg", "--file", "missing.json"], "cannot read missing.json"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *ADULT, *argv)
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1, err
    assert message in err
    assert "Traceback" not in err


@pytest.mark.parametrize("missing", ["--age", "--sex"])
def test_the_person_is_required(
    capsys: pytest.CaptureFixture[str], missing: str
) -> None:
    argv = ["check", "--age", "45", "--sex", "male", "--food", "zinc=1mg"]
    at = argv.index(missing)
    del argv[at : at + 2]
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert f"check needs {missing}" in err


def test_male_pregnant_is_impossible(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys,
        "check",
        "--age",
        "30",
        "--sex",
        "male",
        "--pregnant",
        "--food",
        "zinc=1mg",
    )
    assert (code, out) == (2, "")
    assert "females only" in err


def test_check_needs_neither_validators_nor_jsonschema() -> None:
    argv = ["check", "--age", "45", "--sex", "female"]
    argv += ["--supplement", "magnesium=400mg", "--medicine", "metformin"]
    heavy = {"pydantic.main", "jsonschema", "nutrient_data.models"}
    assert sorted(heavy & modules_after(argv)) == []


def test_other_commands_do_not_load_the_intake_check() -> None:
    assert "nutrient_data.intake_check" not in modules_after(["show", "zinc"])


def documented_checks() -> list[str]:
    """Every ``nutrient-data check`` line the README and the CLI page show."""
    lines = []
    for doc in (ROOT / "README.md", ROOT / "docs/getting-started/cli.md"):
        for line in doc.read_text(encoding="utf-8").splitlines():
            command = line.split("  #")[0].strip()
            if command.startswith("nutrient-data check"):
                lines.append(command)
    return lines


@pytest.mark.parametrize("command", documented_checks())
def test_documented_commands_work_as_written(
    capsys: pytest.CaptureFixture[str], command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    code, out, err = run(capsys, *shlex.split(command)[1:])
    assert code == 0, err
    assert out


def test_documentation_shows_check() -> None:
    assert len(documented_checks()) >= 3
