"""check --file: JSON (and its schema) and CSV, with problems located."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from nutrient_data.intake_check.files import SCHEMA_NAME, read_intake_file
from tests import commandline

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "schema" / SCHEMA_NAME).read_text(encoding="utf-8"))
GOOD_ROW = {
    "nutrient": "magnesium",
    "amount": 400,
    "unit": "mg",
    "source": "supplement",
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    return commandline.run(capsys, "check", "--age", "45", "--sex", "female", *argv)


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_schema_is_valid_and_accepts_the_documented_example() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    example = json.loads((ROOT / "docs/examples/intakes.json").read_text())
    assert list(Draft202012Validator(SCHEMA).iter_errors(example)) == []
    entries, medicines = read_intake_file(ROOT / "docs/examples/intakes.json")
    assert len(entries) == 5 and medicines == ["metformin"]


def test_json_file_gives_the_same_answer_as_flags(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    document = {
        "intakes": [GOOD_ROW, {**GOOD_ROW, "amount": 300, "source": "food"}],
        "medicines": ["metformin"],
    }
    path = write(tmp_path, "in.json", json.dumps(document))
    code, from_file, err = run(capsys, "--file", str(path), "--json")
    assert code == 0, err
    code, from_flags, _ = run(
        capsys,
        "--supplement",
        "magnesium=400mg",
        "--food",
        "magnesium=300mg",
        "--medicine",
        "metformin",
        "--json",
    )
    assert json.loads(from_file) == json.loads(from_flags)


def test_csv_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "in.csv",
        "\ufeffnutrient,amount,unit,source,form\n"
        "magnesium,400,mg,supplement,\n\n"
        "vitamin-e,400,IU,supplement,natural\n",
    )
    code, out, err = run(capsys, "--file", str(path), "--json")
    assert code == 0, err
    rows = {r["nutrient"]: r for r in json.loads(out)["results"]}
    assert rows["magnesium"]["over_ul"] is True
    assert rows["vitamin-e"]["supplement"] == 268.0


BAD_JSON: list[tuple[Any, str]] = [
    ([GOOD_ROW], "$: must be an object"),
    ({"intake": []}, "$.intake: unknown key"),
    ({"intakes": {}}, "$.intakes: must be a list"),
    ({"intakes": [GOOD_ROW, 3]}, "$.intakes[1]: must be an object"),
    ({"intakes": [{**GOOD_ROW, "amount": -1}]}, "$.intakes[0]: amount must not be"),
    ({"intakes": [{**GOOD_ROW, "amount": "4"}]}, "$.intakes[0].amount: must be a"),
    ({"intakes": [{**GOOD_ROW, "amount": True}]}, "$.intakes[0]: amount must be a"),
    ({"intakes": [{**GOOD_ROW, "unit": "kg"}]}, "$.intakes[0]: unknown unit 'kg'"),
    ({"intakes": [{**GOOD_ROW, "unit": "IU"}]}, "$.intakes[0]: unit IU does not fit"),
    ({"intakes": [{**GOOD_ROW, "unit": ""}]}, "$.intakes[0]: missing unit"),
    ({"intakes": [{**GOOD_ROW, "source": "diet"}]}, "$.intakes[0]: source must be"),
    ({"intakes": [{**GOOD_ROW, "form": "d"}]}, "$.intakes[0]: form must be"),
    ({"intakes": [{**GOOD_ROW, "dose": 1}]}, "$.intakes[0].dose: unknown key"),
    (
        {"intakes": [{k: v for k, v in GOOD_ROW.items() if k != "amount"}]},
        "$.intakes[0]: missing amount",
    ),
    ({"intakes": [{**GOOD_ROW, "nutrient": "magnesum"}]}, "did you mean 'magnesium'"),
    ({"medicines": [""]}, "$.medicines[0]: must be a medicine name"),
]


@pytest.mark.parametrize(("document", "message"), BAD_JSON)
def test_json_problems_name_their_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, document: Any, message: str
) -> None:
    path = write(tmp_path, "in.json", json.dumps(document))
    code, out, err = run(capsys, "--file", str(path))
    assert (code, out) == (2, "")
    assert message in err and str(path) in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(("document", "message"), BAD_JSON)
def test_the_schema_rejects_what_the_reader_rejects_for_its_shape(
    document: Any, message: str
) -> None:
    semantic = ("unit IU does not fit", "did you mean")
    errors = list(Draft202012Validator(SCHEMA).iter_errors(document))
    assert (errors == []) == any(s in message for s in semantic)


def test_non_finite_json_numbers_are_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = json.dumps({"intakes": [GOOD_ROW]}).replace("400", "NaN")
    code, _, err = run(capsys, "--file", str(write(tmp_path, "nan.json", text)))
    # NaN is not JSON at all, though Python's reader accepts it.
    assert code == 2 and "not valid JSON: NaN is not a JSON number" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("nutrient,amount,unit\nzinc,1,mg\n", "row 1: missing column 'source'"),
        ("nutrient,amount,unit,source,dose\n", "row 1: unknown column 'dose'"),
        ("", "empty CSV"),
        (
            "nutrient,amount,unit,source\nzinc,1,mg,food\nzinc,,mg,food\n",
            "row 3: missing amount",
        ),
        ("nutrient,amount,unit,source\nzinc,-1,mg,food\n", "row 2: amount must not be"),
        (
            "nutrient,amount,unit,source\nzinc,inf,mg,food\n",
            "row 2: amount must be a finite",
        ),
        ("nutrient,amount,unit,source\nzinc,1,,food\n", "row 2: missing unit"),
        (
            "nutrient,amount,unit,source\nzinc,1,IU,food\n",
            "row 2: unit IU does not fit zinc",
        ),
        ("nutrient,amount,unit,source\nzinc,1,mg,diet\n", "row 2: source must be"),
        ("nutrient,amount,unit,source\nzinc,1,mg,food,x\n", "row 2: more cells than"),
        (
            "nutrient,amount,unit,source\nzinx,1,mg,food\n",
            "row 2: unknown nutrient 'zinx'",
        ),
    ],
)
def test_csv_problems_name_their_row(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, message: str
) -> None:
    path = write(tmp_path, "in.csv", content)
    code, out, err = run(capsys, "--file", str(path))
    assert (code, out) == (2, "")
    assert message in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("in.json", "{", "not valid JSON"),
        ("in.txt", "", "use a .json or .csv file"),
        ("in.csv", None, "cannot read"),
    ],
)
def test_unreadable_files(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    name: str,
    content: str | None,
    message: str,
) -> None:
    path = write(tmp_path, name, content) if content is not None else tmp_path / name
    code, out, err = run(capsys, "--file", str(path))
    assert (code, out) == (2, "") and message in err
