"""Release artifacts, and the versions every metadata file states."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import shutil
import sqlite3
import tomllib
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

import nutrient_data
from nutrient_data import build
from nutrient_data.downloads import json_ld
from nutrient_data.export.datapackage import FILES as DATAPACKAGE_FILES
from nutrient_data.export.datapackage import descriptor
from nutrient_data.export.release import CHECKSUMS, DOWNLOADS, artifacts
from nutrient_data.export.sqlite import datasette_metadata
from nutrient_data.loader import load
from tests.commandline import bash

ROOT = Path(__file__).resolve().parents[1]
META = load().metadata


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("release")
    assert build.main(["--release", str(out)]) == 0
    return out


def test_release_holds_every_artifact_and_valid_checksums(release: Path) -> None:
    names = sorted(p.name for p in release.iterdir())
    assert names == sorted([*(d.name for d in DOWNLOADS), CHECKSUMS])
    lines = (release / CHECKSUMS).read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(DOWNLOADS)
    for line in lines:
        digest, name = line.split("  ")
        assert hashlib.sha256((release / name).read_bytes()).hexdigest() == digest


def test_release_csv_zip_is_the_data_package(release: Path) -> None:
    with zipfile.ZipFile(release / "nutrient-data-csv.zip") as archive:
        assert archive.namelist() == list(DATAPACKAGE_FILES)
        package = json.loads(archive.read("datapackage.json"))
    assert package == descriptor(load())


def test_release_database_and_bundle_open_once_gunzipped(
    release: Path, tmp_path: Path
) -> None:
    database = tmp_path / "nutrient-data.sqlite"
    database.write_bytes(
        gzip.decompress((release / "nutrient-data.sqlite.gz").read_bytes())
    )
    with closing(sqlite3.connect(database)) as db:
        (count,) = db.execute("SELECT count(*) FROM nutrients").fetchone()
    assert count == 13
    bundle = json.loads(
        gzip.decompress((release / "nutrient-data.json.gz").read_bytes())
    )
    assert bundle["metadata"]["version"] == META.version
    assert bundle == json.loads(
        (ROOT / "nutrient_data" / "data" / "nutrient-data.json").read_text("utf-8")
    )


@pytest.mark.skipif(
    not (shutil.which("sha256sum") and shutil.which("gunzip")),
    reason="the Downloads page's commands need sha256sum and gunzip",
)
def test_downloads_page_commands_work_on_the_release(
    release: Path, tmp_path: Path
) -> None:
    from nutrient_data.downloads import PAGE, pages

    page = dict(pages(load()))[PAGE]
    assert isinstance(page, str)
    commands = re.findall(r"^```bash\n(.*?)^```$", page, re.M | re.S)
    assert len(commands) == 2
    folder = shutil.copytree(release, tmp_path / "downloaded")
    for command in commands:
        done = bash(command, folder)
        assert done.returncode == 0, (command, done.stdout, done.stderr)
    assert (folder / "nutrient-data.sqlite").is_file()
    assert (folder / "nutrient-data.json").is_file()


def test_release_refuses_to_replace_files_without_force(
    release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (release / CHECKSUMS).read_bytes()
    assert build.main(["--release", str(release)]) == 2
    assert "nutrient-data.json.gz" in capsys.readouterr().err
    assert build.main(["--release", str(release), "--force"]) == 0
    assert (release / CHECKSUMS).read_bytes() == before  # same data, same bytes


def test_artifacts_are_reproducible() -> None:
    first, second = artifacts(load()), artifacts(load())
    assert [a.sha256 for a in first] == [a.sha256 for a in second]


# One data version everywhere; the package version moves on its own.


def test_metadata_files_state_the_data_version() -> None:
    zenodo = json.loads((ROOT / ".zenodo.json").read_text(encoding="utf-8"))
    cff = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    assert re.search(rf"^version: {re.escape(META.version)}$", cff, re.M)
    assert zenodo["version"] == META.version
    assert zenodo["publication_date"] == META.released.isoformat()
    assert zenodo["license"] == META.license_data
    assert zenodo["title"] == META.title
    assert [c["name"] for c in zenodo["creators"]] == list(META.creators)
    cff_authors = re.findall(r'^  - name: "(.*)"$', cff, re.M)
    assert cff_authors == list(META.creators)
    assert json_ld(load())["version"] == META.version
    assert descriptor(load())["version"] == META.version
    assert META.version in datasette_metadata(load())["source"]


def test_package_version_is_the_one_in_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert nutrient_data.__version__ == project["project"]["version"]


def test_json_ld_is_a_schema_org_dataset() -> None:
    document = json_ld(load())
    assert document["@context"] == "https://schema.org"
    assert document["@type"] == "Dataset"
    for key in ("name", "description", "version", "license", "creator", "citation"):
        assert document[key], key
    assert 50 <= len(document["description"]) <= 5000
    assert document["license"].startswith("https://creativecommons.org/")
    formats = [d["encodingFormat"] for d in document["distribution"]]
    assert formats == ["application/gzip", "application/zip", "application/gzip"]
    for download in document["distribution"]:
        assert download["@type"] == "DataDownload"
        assert download["contentUrl"].startswith("downloads/")
