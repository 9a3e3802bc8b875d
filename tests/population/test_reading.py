"""Reading survey files: bad rows by line number, --strict, formats, the schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from nutrient_data.population import SurveyError, assess_population
from nutrient_data.population.columns import SCHEMA_NAME
from tests import commandline
from tests.population.simulate import same

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "survey.csv"
HEADER = "person_id,day,age,sex,magnesium_food,magnesium_supplements\n"
GOOD = [f"p{i},{d},40,female,{250 + i * 7 + d},0\n" for i in range(6) for d in (1, 2)]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bad_rows_are_reported_with_their_line_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = [
        "q1,1,40,female,-5,0\n",  # line 14: negative
        "q2,1,40,female,lots,0\n",  # line 15: not a number
        "q3,1,,female,250,0\n",  # line 16: no age
    ]
    path = write(tmp_path, "s.csv", HEADER + "".join(GOOD) + "".join(bad))
    result = assess_population(path)
    assert [(b.where, b.problem.split(":")[0]) for b in result.bad_rows] == [
        ("line 14", "magnesium_food"),
        ("line 15", "magnesium_food"),
        ("line 16", "missing age"),
    ]
    assert result.rows == 12
    code, out, err = commandline.run(capsys, "survey", str(path), "--json")
    assert code == 0 and json.loads(out)
    assert f"{path}: line 14: magnesium_food: amount must not be negative" in err
    assert "line 15: magnesium_food: must be a number, got 'lots'" in err
    assert "line 16: missing age" in err
    assert "3 bad row(s) left out" in err

    code, out, err = commandline.run(capsys, "survey", str(path), "--strict")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "line 14" in err and "Traceback" not in err


def test_an_unknown_nutrient_is_a_bad_row_in_json_lines(tmp_path: Path) -> None:
    lines = [
        {"person_id": "a", "day": 1, "age": 40, "sex": "female", "zinc_food": 8},
        {"person_id": "b", "day": 1, "age": 40, "sex": "female", "zinc_food": 9},
        {"person_id": "c", "day": 1, "age": 40, "sex": "female", "zinq_food": 9},
        {"person_id": "d", "day": 1, "age": 40, "sex": "male", "zinc_food": True},
    ]
    text = "\n".join(json.dumps(x) for x in lines) + "\n{not json\n"
    result = assess_population(write(tmp_path, "s.jsonl", text))
    problems = {b.where: b.problem for b in result.bad_rows}
    assert problems["line 3"].startswith("zinq_food: unknown nutrient 'zinq'")
    assert "must be a number" in problems["line 4"]
    assert problems["line 5"].startswith("not valid JSON")
    with pytest.raises(SurveyError, match="line 3: zinq_food: unknown nutrient"):
        assess_population(write(tmp_path, "s.jsonl", text), strict=True)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty file"),
        ("person_id,day,age,sex\n", "no nutrient columns"),
        ("person_id,day,sex,zinc_food\n", "missing column 'age'"),
        ("person_id,day,age,sex,zinq_food\n", "unknown nutrient 'zinq'"),
        (
            "person_id,day,age,sex,vitamin-e_supplements_IU\n",
            "vitamin-e_supplements_IU-natural",
        ),
        ("person_id,day,age,sex,zinc_food_IU\n", "IU does not fit zinc"),
    ],
)
def test_a_bad_header_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    path = write(tmp_path, "h.csv", text)
    code, out, err = commandline.run(capsys, "survey", str(path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err, err


@pytest.mark.parametrize(
    "argv",
    [
        ["nope.csv"],
        ["survey.txt"],
        [str(EXAMPLE), "--authority", "nowhere"],
        [str(EXAMPLE), "--by", "county"],
        [str(EXAMPLE), "--bootstrap", "-1"],
        [str(EXAMPLE), "--json", "--csv"],
    ],
)
def test_bad_usage_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = commandline.run(capsys, "survey", *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err, err


def test_the_example_gives_exactly_the_documented_keys(
    capsys: pytest.CaptureFixture[str],
) -> None:
    shown = commandline.run_json(capsys, "survey", str(EXAMPLE))
    keys = {
        "nutrient", "group", "n", "unit", "mean", "percentiles", "below_ear",
        "probability_inadequate", "at_or_above_ai", "above_ul", "method", "notes",
    }  # fmt: skip
    assert shown and all(set(r) == keys for r in shown)
    assert all(
        list(r["percentiles"]) == ["5", "10", "25", "50", "75", "90", "95"]
        for r in shown
    )
    code, out, _ = commandline.run(
        capsys, "survey", str(EXAMPLE), "--bootstrap", "20", "--seed", "4", "--json"
    )
    assert code == 0
    again = json.loads(out)
    assert all(set(r) == keys | {"ci"} for r in again)
    magnesium = next(r for r in again if r["nutrient"] == "magnesium")
    low, high = magnesium["ci"]["below_ear"]
    assert low <= magnesium["below_ear"] <= high
    _code, out2, _ = commandline.run(
        capsys, "survey", str(EXAMPLE), "--bootstrap", "20", "--seed", "4", "--json"
    )
    assert out2 == out  # seeded


def test_csv_and_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = commandline.run(capsys, "survey", str(EXAMPLE), "--csv")
    assert code == 0 and out.startswith("nutrient,group,n,unit,mean,p5,")
    code, out, _ = commandline.run(capsys, "survey", str(EXAMPLE), "--by", "region")
    assert code == 0 and "magnesium    north" in out and "not medical advice" in out


def test_parquet_reads_like_csv(tmp_path: Path) -> None:
    pq = pytest.importorskip(
        "pyarrow.parquet", reason="pyarrow (the parquet extra) is not installed"
    )
    import csv

    import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

    with open(EXAMPLE, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    numeric = {k for k in rows[0] if k.endswith(("_food", "_supplements", "_IU"))}
    table = pa.Table.from_pylist(
        [
            {
                k: float(v) if k in numeric | {"age", "weight"} else v
                for k, v in r.items()
            }
            for r in rows
        ]
    )
    path = tmp_path / "survey.parquet"
    pq.write_table(table, path)
    same(assess_population(path).as_json(), assess_population(EXAMPLE).as_json())


def test_the_schema_is_the_generated_one_and_accepts_the_example() -> None:
    from nutrient_data.population.columns import json_schema
    from nutrient_data.schema import data_version

    committed = json.loads((ROOT / "schema" / SCHEMA_NAME).read_text(encoding="utf-8"))
    assert committed == json_schema(data_version()), "run python -m nutrient_data.build"
    Draft202012Validator.check_schema(committed)
    validator = Draft202012Validator(committed)
    good = {"person_id": "a", "day": 1, "age": 40, "sex": "female", "zinc_food": 8.5}
    assert list(validator.iter_errors(good)) == []
    for bad in (
        {**good, "zinq_food": 1},
        {**good, "zinc_food": -1},
        {**good, "sex": "f"},
    ):
        assert list(validator.iter_errors(bad)), bad


CELL = st.one_of(
    st.text(alphabet='0123456789.-eE, "\n', max_size=6),
    st.sampled_from(["", "nan", "inf", "-1", "1e400", "female", "true"]),
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(rows=st.lists(st.lists(CELL, min_size=5, max_size=7), max_size=6))
def test_any_rows_are_read_or_reported_never_crash(
    tmp_path: Path, rows: list[list[str]]
) -> None:
    """Whatever the cells, the reader keeps a row or reports it; nothing else."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        ["person_id", "day", "age", "sex", "magnesium_food", "magnesium_supplements"]
    )
    writer.writerow(["a", "1", "40", "female", "250", "0"])
    writer.writerows(rows)
    path = write(tmp_path, "fuzz.csv", buffer.getvalue())
    try:
        result = assess_population(path)
    except SurveyError:
        return  # e.g. a quoted newline left open: one clear error
    assert result.rows + len(result.bad_rows) >= 1
    for found in result.results:
        assert 0 <= (found.below_ear or 0) <= 1


def test_a_long_reading_shows_its_progress_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """(Made long by asking for the line at once and after every row.)"""
    from nutrient_data.cli import survey
    from nutrient_data.population import records

    monkeypatch.setattr(survey, "PROGRESS_AFTER", 0.0)
    monkeypatch.setattr(records, "PROGRESS_EVERY", 1)
    rows = [json.dumps({"person_id": "a", "day": d, "age": 40, "sex": "female",
                        "zinc_food": 8 + d}) for d in (1, 2, 3)]  # fmt: skip
    path = write(tmp_path, "s.jsonl", "\n".join(rows) + "\n")
    code, out, err = commandline.run(capsys, "survey", str(path), "--json")
    assert code == 0 and json.loads(out)
    assert f"nutrient-data: reading {path}: 1 rows" in err
