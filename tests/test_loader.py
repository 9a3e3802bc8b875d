from __future__ import annotations

import json
import typing
from pathlib import Path
from typing import Any

import pytest

from nutrient_data.loader import build, load, read_authorities, read_source
from nutrient_data.models import NutrientId, ProfileId
from nutrient_data.paths import bundle_file
from nutrient_data.problem import DatasetError


def test_load_is_cached_and_shared() -> None:
    assert load() is load()


def test_load_validates_the_bundle_the_sources_build() -> None:
    assert load() == build(read_source())


def test_a_bundle_load_cannot_use_is_a_dataset_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "nutrient-data.json"
    monkeypatch.setattr("nutrient_data.loader.bundle_file", lambda: str(bundle))
    with pytest.raises(DatasetError, match=r"^1 problem.*\n  \$: cannot read nutrient"):
        load.__wrapped__()
    bundle.write_text('{"nutrients": [', encoding="utf-8")
    with pytest.raises(DatasetError, match="Invalid JSON"):
        load.__wrapped__()
    document = json.loads(Path(bundle_file()).read_text(encoding="utf-8"))
    document["nutrients"][0]["claims"][0]["reference_ids"] = ["missing"]
    bundle.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(DatasetError, match=r"reference_ids\[0\]: cites unknown"):
        load.__wrapped__()


def test_shipped_dataset_has_every_nutrient_and_profile_in_order() -> None:
    data = load()
    assert [n.id for n in data.nutrients] == list(typing.get_args(NutrientId))
    assert [p.id for p in data.profiles] == list(typing.get_args(ProfileId))
    assert [r.id for r in data.references] == sorted(r.id for r in data.references)


def test_build_reports_every_problem_by_path(document: dict[str, Any]) -> None:
    document["nutrients"][0]["claims"][0]["reference_ids"] = ["missing"]
    document["authorities"][0]["tables"][1]["values"][0]["value"] = "a lot"
    with pytest.raises(DatasetError) as caught:
        build(document)
    assert [str(p) for p in caught.value.problems] == [
        "$.authorities[0].tables[1].values[0].value: Input should be a valid "
        "number, unable to parse string as a number"
    ]
    document["authorities"][0]["tables"][1]["values"][0]["value"] = 10.0
    document["nutrients"][0]["claims"][0]["reference_ids"] = ["missing"]
    with pytest.raises(DatasetError, match=r"reference_ids\[0\]: cites unknown"):
        build(document)


def test_read_source_reads_any_folder_in_the_layout(
    tmp_path: Path, document: dict[str, Any]
) -> None:
    for folder in ("nutrients", "profiles", "references"):
        (tmp_path / folder).mkdir()
    (tmp_path / "dataset.json").write_text(json.dumps(document["metadata"]))
    for nutrient in reversed(document["nutrients"]):
        (tmp_path / "nutrients" / f"{nutrient['id']}.json").write_text(
            json.dumps(nutrient)
        )
    (tmp_path / "profiles" / "chromium.json").write_text(
        json.dumps(document["profiles"][0])
    )
    (tmp_path / "references" / "all.json").write_text(
        json.dumps(document["references"])
    )
    (tmp_path / "synthesis.json").write_text(json.dumps(document["synthesis"]))
    (tmp_path / "fdc-nutrients.json").write_text(json.dumps(document["fdc_nutrients"]))
    for authority in reversed(document["authorities"]):
        folder = tmp_path / "reference-values" / authority["id"]
        folder.mkdir(parents=True)
        described = {k: v for k, v in authority.items() if k != "tables"}
        (folder / "authority.json").write_text(json.dumps(described))
        for table in authority["tables"]:
            (folder / f"{table['nutrient']}.json").write_text(json.dumps(table))
    assert read_source(tmp_path) == document
    assert build(read_source(tmp_path)).nutrient("magnesium").id == "magnesium"


def test_read_source_names_a_table_of_no_known_nutrient(
    tmp_path: Path, document: dict[str, Any]
) -> None:
    folder = tmp_path / "reference-values" / "us"
    folder.mkdir(parents=True)
    (folder / "authority.json").write_text(json.dumps(document["authorities"][0]))
    (folder / "iron.json").write_text(json.dumps({"nutrient": "iron"}))
    with pytest.raises(DatasetError, match="tables name no known nutrient: iron"):
        read_authorities(tmp_path)


def test_read_source_names_an_authority_without_its_file(tmp_path: Path) -> None:
    (tmp_path / "reference-values" / "nowhere").mkdir(parents=True)
    with pytest.raises(DatasetError, match=r"nowhere: no authority\.json"):
        read_authorities(tmp_path)


def test_read_source_names_an_unreadable_file(tmp_path: Path) -> None:
    for folder in ("nutrients", "profiles", "references"):
        (tmp_path / folder).mkdir()
    (tmp_path / "dataset.json").write_text('{"truncated": ')
    with pytest.raises(DatasetError, match=r"cannot read dataset\.json"):
        read_source(tmp_path)
