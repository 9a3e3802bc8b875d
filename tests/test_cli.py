from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nutrient_data import load
from nutrient_data.bundle import nutrient_index
from nutrient_data.cli import main
from nutrient_data.lookup import UnknownNameError
from tests.commandline import modules_after, run, run_json


def test_list(capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_json(capsys, "list")
    assert len(rows) == 13
    assert rows[0] == {"id": "chromium", "name": "Chromium", "class": rows[0]["class"]}
    code, out, _ = run(capsys, "list")
    assert code == 0 and "vitamin-b12" in out


def test_profiles(capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_json(capsys, "profiles")
    assert [r["id"] for r in rows][6:8] == ["b-vitamins", "antioxidants"]


@pytest.mark.parametrize("name", ["vitamin-d", "Vitamin D", "cholecalciferol"])
def test_show_by_id_or_synonym(capsys: pytest.CaptureFixture[str], name: str) -> None:
    assert run_json(capsys, "show", name)["id"] == "vitamin-d"


def test_show_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "b12")
    assert code == 0
    assert "Vitamin B12 (vitamin-b12)" in out
    assert "males-19-30y" in out


def test_unknown_id_exits_2_with_suggestion(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "show", "seleniun")
    assert (code, out) == (2, "")
    assert err.strip() == (
        "nutrient-data: error: unknown nutrient 'seleniun'; did you mean 'selenium'?"
    )


@pytest.mark.parametrize(
    ("identifier", "owner"),
    [
        ("fdc-nutrient-id:1090", "magnesium"),
        ("fdc-nutrient-number:304", "magnesium"),
        ("CHEBI:28940", "vitamin-d/vitamin-d3"),
        ("Q660", "magnesium/magnesium-element"),
        ("67-97-0", "vitamin-d/vitamin-d3"),
    ],
)
def test_show_by_identifier(
    capsys: pytest.CaptureFixture[str], identifier: str, owner: str
) -> None:
    shown = run_json(capsys, "show", identifier)
    found = (
        f"{shown['nutrient_id']}/{shown['id']}"
        if "nutrient_id" in shown
        else shown["id"]
    )
    assert found == owner


def test_show_component_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "CHEBI:28940")
    assert code == 0
    assert out.splitlines()[0] == (
        "Cholecalciferol: component vitamin-d/vitamin-d3 of Vitamin D"
    )
    assert "  fdc-nutrient-id: 1112 (ug)" in out.splitlines()
    _, vitamin_d, _ = run(capsys, "show", "vitamin-d")
    assert "  fdc-nutrient-id: 1110 (IU)" in vitamin_d.splitlines()


@pytest.mark.parametrize(
    ("identifier", "message"),
    [
        ("fdc-nutrient-id:9999", "unknown identifier 'fdc-nutrient-id:9999'"),
        (
            "fdc-nutrient-id:304",
            "unknown identifier 'fdc-nutrient-id:304'; "
            "did you mean 'fdc-nutrient-number:304'?",
        ),
        ("Q1", "unknown identifier 'wikidata:Q1'"),
    ],
)
def test_unknown_identifier_exits_2(
    capsys: pytest.CaptureFixture[str], identifier: str, message: str
) -> None:
    code, out, err = run(capsys, "show", identifier)
    assert (code, out) == (2, "")
    assert err == f"nutrient-data: error: {message}\n"


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert json.loads(out)["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_dri_one_nutrient(capsys: pytest.CaptureFixture[str]) -> None:
    row = run_json(capsys, "dri", "magnesium", "--age", "45", "--sex", "female")
    assert {"nutrient", "life_stage", "kind", "value", "unit", "ul", "ul_note"} <= set(
        row
    )
    assert row["nutrient"] == "magnesium"
    assert row["life_stage"] == "females-31-50y"
    assert row["kind"] == "RDA"


def test_dri_all_nutrients(capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_json(capsys, "dri", "--age", "0.25", "--sex", "male")
    assert len(rows) == 13
    assert {r["life_stage"] for r in rows} == {"infants-0-6mo"}
    code, out, _ = run(capsys, "dri", "--age", "30", "--sex", "female", "--pregnant")
    assert code == 0 and "Pregnancy 19-30 y" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["dri", "--age", "-3", "--sex", "male"], "age must be between"),
        (["dri", "--age", "30", "--sex", "male", "--pregnant"], "females only"),
        (["dri", "zinc", "--age", "nan", "--sex", "female"], "age must be between"),
    ],
)
def test_dri_impossible_person_exits_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["dri", "--age", "45", "--sex", "f"])
    assert caught.value.code == 2
    capsys.readouterr()
    code, _, err = run(capsys, "dri", "--age", "ten", "--sex", "female")
    assert (code, err) == (
        2,
        "nutrient-data: error: age must be a number of years, got 'ten'\n",
    )


def test_claims_filters(capsys: pytest.CaptureFixture[str]) -> None:
    everything = run_json(capsys, "claims")
    chromium = run_json(capsys, "claims", "--nutrient", "chromium")
    assert 0 < len(chromium) < len(everything)
    assert {c["nutrient"] for c in chromium} == {"chromium"}
    judged = run_json(capsys, "claims", "--verdict", "contradicted")
    assert judged and all(c["verdict"] == "contradicted" for c in judged)
    sure = run_json(capsys, "claims", "--min-certainty", "moderate")
    assert sure and {c["certainty"] for c in sure} <= {"moderate", "high"}
    both = run_json(
        capsys, "claims", "--verdict", "supported", "--min-certainty", "high"
    )
    assert all((c["verdict"], c["certainty"]) == ("supported", "high") for c in both)


def test_convert(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run(capsys, "convert", "vitamin D", "1000", "IU")[1].strip()
        == "1000 IU = 25 ug"
    )
    assert (
        run(capsys, "convert", "vitamin-d", "15", "ug")[1].strip() == "15 ug = 600 IU"
    )
    row = run_json(capsys, "convert", "vitamin-e", "400", "IU", "--form", "synthetic")
    assert (row["result"], row["result_unit"]) == (180.0, "mg")
    code, _, err = run(capsys, "convert", "vitamin-e", "400", "IU")
    assert code == 2 and "needs a form" in err
    code, _, err = run(capsys, "convert", "vitamin-d", "5", "mg")
    assert code == 2 and "between IU and ug" in err


def test_validate_exit_codes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(json.loads(run(capsys, "show", "zinc", "--json")[1])))
    assert run(capsys, "validate", "--kind", "nutrient", str(good)) == (
        0,
        f"{good}: valid\n",
        "",
    )

    bad = tmp_path / "bad.json"
    record = json.loads(good.read_text())
    record["food_sources"][2]["amount"] = -4
    bad.write_text(json.dumps(record))
    code, out, _ = run(capsys, "validate", "--kind", "nutrient", str(bad))
    assert code == 1
    assert out.startswith(f"{bad}: $.food_sources[2].amount: ")

    broken = tmp_path / "broken.json"
    broken.write_text(good.read_text()[:200])
    code, out, err = run(
        capsys, "validate", "--kind", "nutrient", str(good), str(broken)
    )
    assert code == 2
    assert err.startswith(f"{broken}: not valid JSON")


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "nutrient_data", "show", "selenium", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["id"] == "selenium"


READ_ONLY = [
    ["list"],
    ["profiles"],
    ["show", "Vitamin D"],
    ["show", "fdc-nutrient-id:1090"],
    ["dri", "zinc", "--age", "45", "--sex", "female"],
    ["claims", "--nutrient", "zinc"],
    ["convert", "vitamin E", "400", "IU", "--form", "natural"],
    ["compare", "zinc", "--age", "45", "--sex", "female"],
    ["check", "--age", "45", "--sex", "female", "--supplement", "zinc=20mg"],
    ["check", "--age", "45", "--sex", "male", "--medicine", "metformin"],
]


@pytest.mark.parametrize("argv", READ_ONLY, ids=lambda argv: argv[0])
def test_read_only_commands_import_neither_validators_nor_argparse(
    argv: list[str],
) -> None:
    heavy = {"pydantic", "jsonschema", "nutrient_data.models", "dataclasses"}
    heavy |= {"importlib", "pathlib", "difflib", "shutil", "typing", "argparse"}
    assert sorted(heavy & modules_after(argv)) == []


def test_show_matches_the_validated_record(capsys: pytest.CaptureFixture[str]) -> None:
    shown = run_json(capsys, "show", "cobalamin")
    assert shown == load().nutrient("vitamin-b12").model_dump(mode="json")


@pytest.mark.parametrize(
    ("flag", "value", "message"),
    [
        ("--verdict", "proven", "unknown verdict 'proven'; choose from supported,"),
        ("--min-certainty", "sure", "unknown certainty 'sure'; choose from high,"),
    ],
)
def test_unknown_filter_value_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], flag: str, value: str, message: str
) -> None:
    code, out, err = run(capsys, "claims", flag, value)
    assert (code, out) == (2, "")
    assert message in err and len(err.strip().splitlines()) == 1


# `show` builds its own name index from the bundle; these keep it in step with
# the API's index, so a name that works in Python works on the command line.
SHIPPED = nutrient_index()


def test_show_and_the_api_find_the_same_record_for_every_name() -> None:
    data = load()
    for nutrient in data.nutrients:
        for name in (nutrient.id, nutrient.name, *nutrient.synonyms):
            for variant in (name, name.upper(), f" {name.lower()} "):
                assert SHIPPED.get(variant) == nutrient.id
                assert data.nutrient(variant).id == nutrient.id


@given(st.text(max_size=30))
def test_show_and_the_api_agree_on_any_name(name: str) -> None:
    try:
        expected: str = load().nutrient(name).id
    except UnknownNameError as error:
        with pytest.raises(UnknownNameError) as shown:
            SHIPPED.get(name)
        assert str(shown.value) == str(error)
    else:
        assert SHIPPED.get(name) == expected


def test_dri_text_wraps_its_notes_to_the_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "72")
    code, out, _ = run(capsys, "dri", "--age", "45", "--sex", "female")
    assert code == 0
    assert max(len(line) for line in out.splitlines()) <= 72
    notes = out.split("About the ULs:\n")[1]
    assert notes.startswith("  chromium: The Food and Nutrition Board")
    words = " ".join(notes.split())
    assert "chromium(III) for any group" in words  # nothing lost in wrapping


def test_each_command_is_registered_by_the_module_the_parser_imports_for_it() -> None:
    """A command imports only its own module; the table saying which must hold."""
    from nutrient_data.cli import COMMAND_MODULES, commands

    for name, names in COMMAND_MODULES.items():
        # commands(c) imports the module the table names for c, and returns
        # every command that module registers
        registered = tuple(spec.name for spec in commands(names[0]))
        assert registered == names, name
