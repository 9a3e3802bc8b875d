"""The worked join example in the docs runs as written and prints what it shows."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PAGE = Path(__file__).resolve().parents[1] / "docs/getting-started/food-composition.md"
FIXTURE = PAGE.parent / "illustrative-food-composition.csv"


def blocks(language: str) -> list[str]:
    text = PAGE.read_text(encoding="utf-8")
    return re.findall(rf"```{language}\n(.*?)```", text, flags=re.DOTALL)


def test_the_page_shows_the_fixture_it_reads() -> None:
    assert blocks("text")[0] == FIXTURE.read_text(encoding="utf-8")


def test_the_join_prints_what_the_page_shows() -> None:
    (code,) = blocks("python")
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PAGE.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == blocks("text")[1]


def test_the_fixture_is_labelled_illustrative() -> None:
    rows = FIXTURE.read_text(encoding="utf-8").splitlines()[1:]
    assert rows and all(row.startswith("Illustrative food") for row in rows)
    assert "Illustrative data, not facts" in PAGE.read_text(encoding="utf-8")
