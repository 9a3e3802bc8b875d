"""The built wheel and sdist work from a clean virtual environment outside the repo."""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--sdist",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    return out


def test_wheel_contains_data_schema_bundle_and_marker(dist: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for name in (
        "nutrient_data/py.typed",
        "nutrient_data/data/nutrient-data.json",
        "nutrient_data/bundle-spans.json",
        "nutrient_data/data/dataset.json",
        "nutrient_data/data/nutrients/chromium.json",
        "nutrient_data/data/profiles/antioxidants.json",
        "nutrient_data/schema/dataset.schema.json",
        "nutrient_data/schema/nutrient.schema.json",
        "nutrient_data/schema/intake-check.schema.json",
        "nutrient_data/intake_check/intake-check.js",
        "nutrient_data/intake_check/intake-check-core.js",
        "nutrient_data/intake_check/intake-check.html",
    ):
        assert name in names, name


def test_sdist_contains_tests_data_and_schema(dist: Path) -> None:
    (sdist,) = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    for name in (
        "tests/test_cli.py",
        "nutrient_data/data/nutrients/zinc.json",
        "schema/dataset.schema.json",
        "pyproject.toml",
        "README.md",
    ):
        assert name in names, name


@pytest.mark.parametrize("kind", ["*.whl", "*.tar.gz"])
def test_clean_install_runs_every_command(
    dist: Path, tmp_path: Path, kind: str
) -> None:
    (artifact,) = dist.glob(kind)
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / "bin"
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(artifact)],
        check=True,
        capture_output=True,
    )

    def cli(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bin_dir / "nutrient-data"), *argv],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            check=False,
        )

    for argv in (
        ["list"],
        ["profiles", "--json"],
        ["show", "chromium"],
        ["schema"],
        ["dri", "--age", "45", "--sex", "female", "--json"],
        ["claims", "--verdict", "contradicted", "--min-certainty", "moderate"],
        ["convert", "vitamin-d", "10", "ug"],
        ["check", "--age", "45", "--sex", "female", "--supplement", "Mg=400mg"],
        ["export", "--format", "datapackage", "--out", "tables"],
        ["export", "--format", "sqlite", "--out", "tables"],
        ["--version"],
        ["paths"],
    ):
        done = cli(*argv)
        assert done.returncode == 0, (argv, done.stderr)
    paths = json.loads(cli("paths").stdout)
    for path in paths.values():
        assert Path(path).is_file(), path
    assert cli("validate", paths["bundle"]).returncode == 0
    assert cli("show", "nothing").returncode == 2
    code = (
        "import nutrient_data as n; d = n.load(); assert d is n.load(); "
        "print(len(d.nutrients), len(d.profiles))"
    )
    done = subprocess.run(
        [str(bin_dir / "python"), "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    assert done.stdout.split() == ["13", "10"]
