"""The README's commands, and the site's command-line page, work as written.

The command-line examples run through ``bash`` exactly as printed (with the
user's ``my-record.json`` made first), the Python example runs in a fresh
interpreter, and the two set-up commands are the ones CI runs. The ``unzip``
and ``jq`` example needs a built wheel and ``jq``; the wheel's content is
checked in ``test_install.py`` instead.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.commandline import bash

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BIN = Path(sys.executable).parent


def section(title: str) -> str:
    """The README's text from the heading ``## title`` to the next heading."""
    start = README.index(f"## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end > 0 else None]


def blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", text, flags=re.DOTALL)


# The site's command-line page is run, block by block, by test_docs_commands.py.
CLI_LINES = list(
    dict.fromkeys(
        line.strip()
        for block in blocks(section("Command line"), "bash")
        for line in block.splitlines()
        if line.strip()
    )
)


def test_the_readme_shows_command_line_examples() -> None:
    assert len(CLI_LINES) >= 10
    assert all(line.startswith("nutrient-data ") for line in CLI_LINES)


@pytest.mark.parametrize("line", CLI_LINES)
def test_command_line_example_works_as_written(line: str, tmp_path: Path) -> None:
    """Run from a folder that holds what a checkout's top folder holds for it:
    the example intake files, and a record to validate."""
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    shutil.copytree(ROOT / "docs" / "examples", tmp_path / "docs" / "examples")
    made = subprocess.run(
        "nutrient-data show magnesium --json > my-record.json",
        shell=True,
        cwd=tmp_path,
        env=env,
        check=True,
    )
    assert made.returncode == 0
    done = bash(line, tmp_path, env)
    assert done.returncode == 0, done.stderr
    assert done.stdout and not done.stderr


def test_python_example_works_as_written() -> None:
    (code,) = blocks(section("Python API"), "python")
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout


def test_names_the_readme_uses_after_a_plain_import() -> None:
    """Every ``nutrient_data.<module>.<name>`` the README mentions resolves after a
    plain ``import nutrient_data``."""
    named = sorted(set(re.findall(r"nutrient_data\.(\w+)\.(\w+)\(", README)))
    assert ("export", "to_dataframes") in named
    code = "import nutrient_data\n" + "".join(
        f"assert callable(nutrient_data.{module}.{name})\n" for module, name in named
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def test_set_up_commands_are_the_ones_ci_runs() -> None:
    first, second = blocks(section("Set-up (two commands)"), "bash")
    assert "pip install -e . &&" in first
    assert "[dev" not in first, "the first command installs only what running needs"
    assert first.strip().endswith("nutrient-data dri --age 45 --sex female")
    assert "pip install -e '.[dev,docs]'" in second
    assert second.strip().endswith("python -m pytest")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for step in (
        "pip install --quiet -e .\n",
        "nutrient-data dri --age 45 --sex female",
        "pip install --quiet -e '.[dev,docs]'",
        "python -m pytest",
    ):
        assert step in ci, step
