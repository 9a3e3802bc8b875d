"""The raw-data recipes in the README and on the site work as written."""

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
FENCE = re.compile(r"^```bash\n(.*?)^```", re.M | re.S)


def _section(text: str, heading: str) -> str:
    return text.split(heading, 1)[1].split("\n## ", 1)[0]


RECIPES = {
    "README": _section(
        (ROOT / "README.md").read_text(encoding="utf-8"),
        "## Reading the data without Python",
    ),
    "raw-data page": (ROOT / "docs/getting-started/raw-data.md").read_text(
        encoding="utf-8"
    ),
}


@pytest.mark.parametrize("where", list(RECIPES))
def test_raw_data_recipes_run_on_a_fresh_folder(where: str, tmp_path: Path) -> None:
    blocks = FENCE.findall(RECIPES[where])
    assert blocks, where
    needed = {"sqlite3", "jq"} & set(re.findall(r"\b(sqlite3|jq)\b", "".join(blocks)))
    for tool in needed:
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (.ci/run installs it)")
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    }
    outputs = []
    for block in blocks:
        done = bash(block, tmp_path, env)
        assert done.returncode == 0, (block, done.stderr)
        outputs.append(done.stdout)
    text = "\n".join(outputs)
    assert "Magnesium" in text and "vitamin-b12-metformin-lowers-status" in text


def test_raw_data_r_recipe_runs(tmp_path: Path) -> None:
    """The R example, where R with DBI and RSQLite is installed (not a
    dependency: the test says so and skips elsewhere)."""
    rscript = shutil.which("Rscript")
    if rscript is None:
        pytest.skip("R is not installed")
    has_packages = subprocess.run(
        [rscript, "-e", "library(DBI); library(RSQLite)"],
        capture_output=True,
        check=False,
    )
    if has_packages.returncode != 0:
        pytest.skip("R lacks the DBI or RSQLite package")
    (block,) = re.findall(
        r"^```r\n(.*?)^```", RECIPES["raw-data page"], flags=re.M | re.S
    )
    export = [sys.executable, "-m", "nutrient_data", "export", "--out", "tables"]
    for fmt in ("sqlite", "csv"):
        subprocess.run(
            [*export, "--format", fmt],
            cwd=tmp_path,
            check=True,
            capture_output=True,
        )
    (tmp_path / "recipe.R").write_text(block, encoding="utf-8")
    done = subprocess.run(
        [rscript, "recipe.R"], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "Magnesium" in done.stdout and "contradicted" in done.stdout
