"""``nutrient-data export`` never overwrites a user's file; ``--version``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from nutrient_data import export
from nutrient_data.cli import files, main
from nutrient_data.loader import load
from tests.commandline import run


def test_the_parser_offers_every_export_format() -> None:
    assert files.FORMAT_NAMES == export.FORMAT_NAMES


def test_export_refuses_a_users_file_then_replaces_it_with_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    mine = tmp_path / "claims.csv"
    mine.write_text("my notes\n", encoding="utf-8")
    code, out, err = run(capsys, "export", "--format", "csv", "--out", str(tmp_path))
    assert (code, out) == (2, "")
    assert "claims.csv" in err and "--force" in err and len(err.splitlines()) == 1
    assert mine.read_text(encoding="utf-8") == "my notes\n"
    assert [p.name for p in tmp_path.iterdir()] == ["claims.csv"]
    code, out, err = run(
        capsys, "export", "--format", "csv", "--out", str(tmp_path), "--force"
    )
    assert code == 0, err
    assert str(mine) in out.splitlines()
    assert mine.read_text(encoding="utf-8").startswith("claim_id,")


@pytest.mark.parametrize("out", ["", "file"])
def test_export_to_an_empty_or_file_path_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, out: str
) -> None:
    if out:
        out = str(tmp_path / out)
        Path(out).write_text("mine", encoding="utf-8")
    code, stdout, err = run(capsys, "export", "--format", "json", "--out", out)
    assert (code, stdout) == (2, "")
    assert err.startswith("nutrient-data: error: ") and len(err.splitlines()) == 1


def test_export_sqlite_writes_the_database_and_its_description(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, "export", "--format", "sqlite", "--out", str(tmp_path))
    assert code == 0, err
    assert [Path(p).name for p in out.splitlines()] == [
        "nutrient-data.sqlite",
        "metadata.json",
    ]


def test_version_prints_package_and_data_versions() -> None:
    import nutrient_data

    done = subprocess.run(
        [sys.executable, "-m", "nutrient_data", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        f"nutrient-data {nutrient_data.__version__} (data {load().metadata.version})\n"
    )


def test_a_refusal_over_a_whole_earlier_export_stays_readable(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["export", "--format", "datapackage", "--out", str(tmp_path)]) == 0
    capsys.readouterr()
    code, _, err = run(capsys, "export", "--format", "csv", "--out", str(tmp_path))
    assert code == 2 and len(err.splitlines()) == 1
    assert "datapackage.json" in err and "characters)" not in err
