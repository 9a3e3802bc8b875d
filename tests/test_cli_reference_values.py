"""The dri and compare commands across authorities (the CLI contract of issue 14)."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from tests.commandline import run, run_json

OLD_KEYS = {
    "nutrient",
    "life_stage",
    "life_stage_label",
    "kind",
    "value",
    "unit",
    "ul",
    "ul_note",
    "note",
    "reference_id",
}


def test_us_is_the_default_and_json_keeps_todays_keys(
    capsys: pytest.CaptureFixture[str],
) -> None:
    row = run_json(capsys, "dri", "magnesium", "--age", "45", "--sex", "female")
    assert OLD_KEYS | {"authority", "average_requirement"} <= set(row)
    assert (row["authority"], row["kind"], row["value"]) == ("us", "RDA", 320.0)
    assert row["average_requirement"] == 265.0


def test_efsa_json(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ("dri", "vitamin-c", "--age", "45", "--sex", "male", "--authority", "efsa")
    row = run_json(capsys, *argv)
    assert (row["authority"], row["life_stage"], row["kind"]) == (
        "efsa",
        "adults",
        "PRI",
    )
    assert row["value"] == 110.0 and row["average_requirement"] == 90.0


def test_every_efsa_kind_is_pri_ai_or_not_set(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = run_json(
        capsys, "dri", "--age", "30", "--sex", "female", "--authority", "efsa"
    )
    assert len(rows) == 13
    assert {r["kind"] for r in rows} <= {"PRI", "AI", "not-set"}


def test_zinc_text_shows_all_four_phytate_levels(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(
        capsys, "dri", "zinc", "--age", "30", "--sex", "male", "--authority", "efsa"
    )
    assert code == 0
    for level in (300, 600, 900, 1200):
        assert f"zinc (phytate {level} mg)" in out


def test_zinc_json_says_which_level_it_returned(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ("dri", "zinc", "--age", "30", "--sex", "male", "--authority", "efsa")
    assert run_json(capsys, *argv)["phytate_mg"] == 300
    assert run_json(capsys, *argv, "--phytate", "1200")["phytate_mg"] == 1200


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("zinc", "--authority", "efsa", "--phytate", "450"), "--phytate must be"),
        (("zinc", "--authority", "efsa", "--phytate", "x"), "--phytate must be"),
        (("zinc", "--phytate", "300"), "depend on phytate; US's do not"),
        (("magnesium", "--authority", "efsa", "--phytate", "300"), "applies to zinc"),
        (
            ("magnesium", "--age", "0.2", "--authority", "efsa"),
            "Infants 7-11 months, starts at 0.5 years",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    person = () if "--age" in argv else ("--age", "30")
    code, out, err = run(capsys, "dri", *argv, *person, "--sex", "female")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and message in err


def test_compare_text_notes_the_differences(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "compare", "selenium", "--age", "40", "--sex", "male")
    assert code == 0
    assert "US " in out and "EFSA" in out
    assert "Where they differ:" in out and "255 ug" in out
    assert "not medical advice" in out


def test_compare_json(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_json(
        capsys, "compare", "magnesium", "--age", "30", "--sex", "female", "--pregnant"
    )
    assert result["us"]["life_stage"] == "pregnancy-19-30y"
    assert result["efsa"]["life_stage"] == "pregnancy"
    assert result["differences"]


def _documented_commands() -> list[list[str]]:
    root = Path(__file__).resolve().parents[1]
    text = "\n".join(
        (root / name).read_text(encoding="utf-8")
        for name in ("README.md", "docs/getting-started/cli.md")
    )
    return [
        shlex.split(line.split("#")[0])[1:]
        for line in text.splitlines()
        if line.startswith("nutrient-data ")
        and ("--authority" in line or " compare " in line)
    ]


@pytest.mark.parametrize("argv", _documented_commands())
def test_documented_commands_work_as_written(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, "") and out
