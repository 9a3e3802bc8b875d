"""Checking users' files: clear problems by JSON path, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nutrient_data import load
from nutrient_data.paths import DATA_ROOT, read_shipped_json
from nutrient_data.validate import InputError, problems_in, read_json, validate_file


def chromium_record() -> dict[str, Any]:
    record: dict[str, Any] = json.loads(
        (DATA_ROOT / "nutrients" / "chromium.json").read_text(encoding="utf-8")
    )
    return record


def write(tmp_path: Path, content: bytes | str, name: str = "input.json") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"nutrients": [', "not valid JSON: Expecting value at line 1, column 16"),
        (b"\xff\xfe{}", "not UTF-8 text (byte 0)"),
        ('{"a": NaN}', "not valid JSON: NaN is not a JSON number"),
        ('{"a": -Infinity}', "not valid JSON: -Infinity is not a JSON number"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_unreadable_input_raises_input_error(
    tmp_path: Path, content: str | bytes, message: str
) -> None:
    with pytest.raises(
        InputError, match=message.replace("(", r"\(").replace(")", r"\)")
    ):
        read_json(write(tmp_path, content))


def test_oversized_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = write(tmp_path, b" " * 2048)
    with pytest.raises(InputError, match="larger than"):
        read_json(path, max_bytes=1024)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read file"):
        read_json(tmp_path / "absent.json")


def test_shipped_nutrient_record_is_valid() -> None:
    assert problems_in(chromium_record()) == []


def us_table(nutrient: str = "chromium") -> dict[str, Any]:
    found = read_shipped_json(
        DATA_ROOT / "reference-values" / "us" / f"{nutrient}.json"
    )
    assert isinstance(found, dict)
    return found


def test_wrong_type_deep_inside_a_record_is_named_by_path() -> None:
    record = us_table()
    record["values"][5]["value"] = "high"
    assert [p.path for p in problems_in(record)] == ["$.values[5].value"]


def test_dangling_reference_in_a_record_is_named_by_path() -> None:
    record = chromium_record()
    record["claims"][0]["reference_ids"] = ["nobody-1999-nothing"]
    assert [str(p) for p in problems_in(record)] == [
        "$.claims[0].reference_ids[0]: cites unknown reference 'nobody-1999-nothing'"
    ]


def test_model_rule_beyond_the_schema_is_reported() -> None:
    record = us_table()
    record["values"][0].update(kind="ND")
    problems = problems_in(record)
    assert [p.path for p in problems] == ["$.values[0].value", "$.values[0]"]
    assert "a ND row has no value" in problems[0].message
    assert "needs not_set_reason" in problems[1].message


def test_dataset_document(document: dict[str, Any], tmp_path: Path) -> None:
    assert validate_file(write(tmp_path, json.dumps(document))) == []
    document["profiles"][0]["nutrient_ids"] = ["zinc"]
    assert [str(p) for p in problems_in(document)] == [
        "$.profiles[0].nutrient_ids[0]: unknown nutrient 'zinc'",
        "$.profiles[0].claim_ids[0]: claim 'chromium-test-claim' is about "
        "'chromium', not in this profile",
    ]


@pytest.mark.parametrize("document", ["text", 3, None, {"something": 1}])
def test_documents_of_no_known_kind_say_which_kinds_are_accepted(
    document: Any,
) -> None:
    [problem] = problems_in(document)
    assert problem.path == "$"
    assert problem.message.startswith("not a kind of file this command checks")
    for kind in ("dataset", "nutrient record", "profile", "reference file"):
        assert kind in problem.message


def test_an_empty_list_is_an_empty_reference_file() -> None:
    assert [str(p) for p in problems_in([])] == [
        "$: a reference file lists at least one reference"
    ]


SHIPPED = sorted(
    str(entry.relative_to(Path(str(DATA_ROOT))))
    for entry in Path(str(DATA_ROOT)).rglob("*.json")
)


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_file_is_recognised_and_valid(name: str) -> None:
    assert validate_file(Path(str(DATA_ROOT)) / name) == []


def test_a_broken_profile_is_named_by_path_in_its_own_file() -> None:
    profile = json.loads((DATA_ROOT / "profiles" / "zinc.json").read_text("utf-8"))
    profile["nutrient_ids"] = ["zinc", "iron"]
    profile["claim_ids"].append("nobody-claims-this")
    paths = [p.path for p in problems_in(profile)]
    assert "$.nutrient_ids[1]" in paths
    assert all(path.startswith("$.") for path in paths)


def test_a_broken_reference_file_is_named_by_path_in_its_own_file() -> None:
    listed = json.loads((DATA_ROOT / "references" / "zinc.json").read_text("utf-8"))
    listed[1]["year"] = "last year"
    assert [p.path for p in problems_in(listed)] == ["$[1].year"]


def test_huge_integer_is_refused_in_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, '{"nutrients": [], "x": ' + "9" * 5000 + "}")
    with pytest.raises(InputError, match="an integer with 5,000 digits"):
        validate_file(path)


def test_repeated_keys_are_problems_named_by_path(tmp_path: Path) -> None:
    record = json.dumps(chromium_record())
    # repeat the first claim's "id" key, and a top-level key
    text = record.replace('"claims": [{', '"claims": [{"id": "x", ', 1)
    text = '{"id": "chromium", ' + text[1:]
    problems = validate_file(write(tmp_path, text))
    assert [str(p) for p in problems[:2]] == [
        "$.claims[0].id: key appears more than once; only the last value would count",
        "$.id: key appears more than once; only the last value would count",
    ]


def test_an_rda_of_zero_is_a_problem() -> None:
    record = us_table("magnesium")
    row = next(r for r in record["values"] if r["kind"] == "RDA")
    row["value"] = 0
    j = record["values"].index(row)
    problems = problems_in(record)
    assert [p.path for p in problems] == [f"$.values[{j}]"]
    assert "above 0" in problems[0].message


def test_long_values_are_shortened_in_messages() -> None:
    record = json.loads(
        (DATA_ROOT / "nutrients" / "magnesium.json").read_text(encoding="utf-8")
    )
    record["food_sources"][0]["unit"] = "m" * 1_000_000
    [problem] = problems_in(record)
    assert problem.path == "$.food_sources[0].unit"
    assert len(str(problem)) < 400
    assert "characters)" in str(problem)
    assert str(problem).endswith("is not one of ['g', 'mg', 'ug']")


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@given(JSON)
def test_random_json_never_crashes(document: Any) -> None:
    for problem in problems_in(document):
        assert problem.path.startswith("$")
        assert problem.message


@given(
    st.sampled_from(["claims", "biomarkers", "food_sources", "identifiers", "forms"]),
    JSON,
)
def test_mutated_record_gives_problems_not_crashes(key: str, value: Any) -> None:
    record = chromium_record()
    record[key] = value
    for problem in problems_in(record):
        assert problem.path.startswith("$")


def test_a_table_of_an_authority_not_in_the_data_is_named() -> None:
    table = us_table("magnesium")
    table["values"][0]["group"] = "no-such-group"
    assert [str(p) for p in problems_in(table)] == [
        "$.values: its groups and kinds are those of no authority in the data "
        f"({', '.join(a.id for a in load().authorities)}); "
        "add the authority's authority.json first"
    ]
