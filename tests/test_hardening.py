"""Hostile input on every path, as issue 28 tried it: each case of the issue,
by its number, fails on the code before the fix.

Reading a user's data is one layer (:mod:`nutrient_data.user_input`); these
tests go through the commands and the API functions that use it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from nutrient_data.cli import main
from nutrient_data.paths import DATA_ROOT
from nutrient_data.units import iu_to_mass
from tests.commandline import run

ROOT = Path(__file__).resolve().parents[1]


def cli(*argv: str, cwd: Path | None = None, **options: Any) -> Any:
    """``nutrient-data *argv`` in a fresh interpreter (for limits and streams)."""
    return subprocess.run(
        [sys.executable, "-m", "nutrient_data", *argv],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        timeout=300,
        **options,
    )


def one_line(err: str) -> str:
    """The single error line, checked to be one line and no traceback."""
    assert "Traceback" not in err, err
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


# 1. Amounts of 1e309 or more are refused, not an OverflowError.


@pytest.mark.parametrize(
    "argv",
    [
        ["--supplement", "magnesium=1e309mg"],
        ["--food", "magnesium=1e400 mg"],
        ["--food", "magnesium=-1e309mg"],
    ],
)
def test_case_1_huge_amounts_are_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = run(capsys, "check", "--age", "45", "--sex", "female", *argv)
    assert (code, out) == (2, "")
    assert "must be below 1e+12" in err or "must not be negative" in err


def test_case_1_huge_amounts_in_a_csv_row_and_the_api(tmp_path: Path) -> None:
    from nutrient_data import assess
    from nutrient_data.intake_check.amounts import AmountError
    from nutrient_data.units import ConversionError

    rows = tmp_path / "in.csv"
    rows.write_text("nutrient,amount,unit,source\nmagnesium,1e309,mg,food\n")
    done = cli("check", "--age", "45", "--sex", "female", "--file", str(rows))
    assert done.returncode == 2
    assert "row 2: amount must be below 1e+12" in one_line(done.stderr)
    with pytest.raises(AmountError, match="must be below"):
        assess(age=45, sex="female", food={"magnesium": "1e309mg"})
    with pytest.raises(AmountError, match="must be below"):
        assess(age=45, sex="female", food={"magnesium": (10**400, "mg")})
    with pytest.raises(ConversionError, match="too large to convert"):
        iu_to_mass(10**400, "vitamin-d")


# 2 and 4. check --file reads within validate's limits.


def test_case_2_deeply_nested_json_in_check_file(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text('{"intakes": ' + "[" * 100_000 + "]" * 100_000 + "}")
    for argv in (
        ["check", "--age", "45", "--sex", "female", "--file", str(deep)],
        ["validate", "--kind", "intake-check", str(deep)],
    ):
        done = cli(*argv)
        assert done.returncode == 2
        assert "nested too deeply" in one_line(done.stderr)


def test_case_2_nesting_past_the_limit_is_refused_alike(tmp_path: Path) -> None:
    from nutrient_data.user_input import MAX_DEPTH

    deep = tmp_path / "deep.json"
    deep.write_text("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))
    done = cli("check", "--age", "45", "--sex", "female", "--file", str(deep))
    assert f"at most {MAX_DEPTH} levels" in one_line(done.stderr)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_case_4_check_file_has_validates_size_limit(tmp_path: Path) -> None:
    link = tmp_path / "zero.json"
    link.symlink_to("/dev/zero")
    done = cli("check", "--age", "45", "--sex", "female", "--file", str(link))
    assert done.returncode == 2
    assert "larger than the 20 MiB limit" in one_line(done.stderr)


# 3, 7, 8, 9. Exports are all or nothing.


@pytest.mark.skipif(sys.platform == "win32", reason="ulimit is POSIX")
@pytest.mark.parametrize("fmt", ["sqlite", "csv", "json"])
def test_case_3_a_refused_write_is_one_line_and_leaves_nothing(
    tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / "out"
    done = subprocess.run(
        [
            "bash",
            "-c",
            'ulimit -f 10; exec "$0" -m nutrient_data "$@"',
            sys.executable,
            *("export", "--format", fmt, "--out", str(out)),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 2
    assert "cannot write to" in one_line(done.stderr)
    assert not out.exists()


def test_case_7_a_folder_in_the_way_is_named_and_nothing_changes(
    tmp_path: Path,
) -> None:
    assert main(["export", "--format", "csv", "--out", str(tmp_path)]) == 0
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    (tmp_path / "datapackage.json").mkdir()
    done = cli("export", "--format", "datapackage", "--out", str(tmp_path), "--force")
    assert done.returncode == 2
    assert f"{tmp_path / 'datapackage.json'} is a folder" in one_line(done.stderr)
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    assert after == before


def test_case_7_a_failure_while_moving_in_puts_every_file_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nutrient_data.export import folder

    (tmp_path / "a.txt").write_text("old a")
    (tmp_path / "b.txt").write_text("old b")
    real = os.replace
    failed: list[Any] = []

    def failing(source: Any, target: Any) -> None:
        moving_in = ".replaced" not in str(target)
        if Path(target).name == "b.txt" and moving_in and not failed:
            failed.append(target)
            raise OSError(28, "No space left on device")
        real(source, target)

    monkeypatch.setattr(os, "replace", failing)

    def write(staging: Path) -> None:
        for name in ("a.txt", "b.txt"):
            (staging / name).write_text("new")

    with pytest.raises(OSError, match="No space"):
        folder.write_set(tmp_path, ["a.txt", "b.txt"], write, force=True)
    assert {p.name: p.read_text() for p in tmp_path.iterdir()} == {
        "a.txt": "old a",
        "b.txt": "old b",
    }


def test_case_8_concurrent_exports_never_replace_without_force(
    tmp_path: Path,
) -> None:
    out = tmp_path / "same"
    argv = [sys.executable, "-m", "nutrient_data", "export", "--format", "csv"]
    runs = [
        subprocess.Popen(
            [*argv, "--out", str(out)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    codes = [r.wait(timeout=300) for r in runs]
    errors = [r.stderr.read() for r in runs if r.stderr]
    assert sorted(codes) == [0, 2, 2, 2], errors
    assert sum("already holds" in e for e in errors) == 3


@pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX")
def test_case_8_an_export_waits_for_the_one_writing_into_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first export is held inside its write until the second has reached
    the folder's lock (or, without a lock, has finished): the second must then
    see the first's files and refuse to replace them."""
    import fcntl
    import threading

    from nutrient_data.export.folder import ExportError, write_set

    go = threading.Event()
    real_flock = fcntl.flock

    def flock(descriptor: int, operation: int) -> None:
        if threading.current_thread().name == "second":
            go.set()  # about to wait for the first export's lock
        real_flock(descriptor, operation)

    monkeypatch.setattr(fcntl, "flock", flock)
    outcome: dict[str, str] = {}

    def export(who: str, text: str, hold: bool) -> None:
        def write(staging: Path) -> None:
            if hold:
                second.start()
                assert go.wait(timeout=120)
            (staging / "table.csv").write_text(text)

        try:
            write_set(tmp_path, ["table.csv"], write)
            outcome[who] = "written"
        except ExportError as error:
            outcome[who] = str(error)
        finally:
            if who == "second":
                go.set()

    second = threading.Thread(target=export, args=("second", "2", False), name="second")
    first = threading.Thread(target=export, args=("first", "1", True))
    first.start()
    first.join(timeout=120)
    second.join(timeout=120)
    assert outcome["first"] == "written"
    assert "already holds table.csv" in outcome["second"]
    assert (tmp_path / "table.csv").read_text() == "1"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_case_9_output_that_cannot_be_written_undoes_the_export(
    tmp_path: Path,
) -> None:
    out = tmp_path / "tables"
    argv = ["export", "--format", "csv", "--out", str(out)]
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "nutrient_data", *argv],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            timeout=300,
        )
    assert done.returncode == 2
    assert "cannot write output" in one_line(done.stderr)
    assert not out.exists()
    rerun = cli(*argv)
    assert rerun.returncode == 0, rerun.stderr


# 15. iu_to_mass returns a float.


def test_case_15_iu_to_mass_returns_a_float() -> None:
    from nutrient_data.units import mass_to_iu

    mass = iu_to_mass(1000, "vitamin-d")
    assert type(mass) is float and repr(mass) == "25.0"
    assert json.dumps(mass) == "25.0"
    assert type(mass_to_iu(25, "vitamin-d")) is float


# 16. validate never guesses the kind of a file from its shape.


def test_case_16_the_shipped_example_validates_by_its_schema() -> None:
    done = cli("validate", str(ROOT / "docs" / "examples" / "intakes.json"))
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.endswith("intakes.json: valid\n")


def test_case_16_profiles_on_standard_input_ask_for_kind() -> None:
    profiles = cli("profiles", "--json").stdout
    done = cli("validate", "-", input=profiles)
    assert done.returncode == 2 and done.stdout == ""
    assert "give --kind" in one_line(done.stderr)
    done = cli("validate", "--kind", "profile", "-", input=profiles)
    assert done.returncode == 1  # a list of profiles is not one profile


def test_case_16_schema_kind_lists_every_shipped_schema(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from nutrient_data.cli.files import SCHEMA_KINDS, VALIDATE_KINDS
    from nutrient_data.validate import KIND_CODES

    shipped = sorted(p.name for p in (ROOT / "schema").glob("*.schema.json"))
    assert sorted(f"{k}.schema.json" for k in SCHEMA_KINDS) == shipped
    assert VALIDATE_KINDS == KIND_CODES
    code, out, _ = run(capsys, "schema", "--kind", "intake-check")
    assert code == 0
    assert json.loads(out) == json.loads(
        (ROOT / "schema" / "intake-check.schema.json").read_text("utf-8")
    )


# 17. check --file and validate read JSON by the same rules.

ROW = {"nutrient": "zinc", "amount": 8, "unit": "mg", "source": "food"}


def _both(tmp_path: Path, raw: bytes) -> tuple[Any, Any]:
    path = tmp_path / "in.json"
    path.write_bytes(raw)
    checked = cli("check", "--age", "45", "--sex", "male", "--file", str(path))
    validated = cli("validate", "--kind", "intake-check", str(path))
    return checked, validated


def test_case_17_a_bom_is_read_alike(tmp_path: Path) -> None:
    raw = b"\xef\xbb\xbf" + json.dumps({"intakes": [ROW]}).encode()
    checked, validated = _both(tmp_path, raw)
    assert checked.returncode == validated.returncode == 0


def test_case_17_repeated_keys_are_refused_alike(tmp_path: Path) -> None:
    raw = b'{"intakes": [{"nutrient": "zinc", "nutrient": "magnesium", '
    raw += b'"amount": 8, "unit": "mg", "source": "food"}]}'
    checked, validated = _both(tmp_path, raw)
    message = "$.intakes[0].nutrient: key appears more than once"
    assert checked.returncode == 2 and message in one_line(checked.stderr)
    assert validated.returncode == 1 and message in validated.stdout


def test_case_17_control_characters(tmp_path: Path) -> None:
    checked, validated = _both(tmp_path, b'{"intakes": [{"nutrient": "a\x01"}]}')
    for done in (checked, validated):
        line = one_line(done.stderr)
        assert "Invalid control character at line 1" in line
        assert "at at" not in line
    named = dict(ROW, nutrient="zinc\u0000")
    checked, validated = _both(tmp_path, json.dumps({"intakes": [named]}).encode())
    assert "control character U+0000" in one_line(checked.stderr)
    assert validated.returncode == 1 and "U+0000" in validated.stdout


def test_case_17_a_nul_in_a_shipped_kind_of_record_is_a_problem(
    tmp_path: Path,
) -> None:
    record = json.loads((DATA_ROOT / "nutrients" / "zinc.json").read_text("utf-8"))
    record["name"] = "Zinc\u0000"
    path = tmp_path / "zinc.json"
    path.write_text(json.dumps(record))
    done = cli("validate", "--kind", "nutrient", str(path))
    assert done.returncode == 1
    assert f"{path}: $.name: text holds the control character U+0000" in done.stdout


def test_case_17_an_empty_file_name_is_named() -> None:
    done = cli("validate", "")
    assert done.returncode == 2
    assert one_line(done.stderr) == "'': the file name is empty"


# 18. The CLI and the API agree.


def test_case_18_convert_takes_the_units_check_takes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for unit in ("µg", "mcg", "ug"):
        assert run(capsys, "convert", "vitamin-d", "25", unit) == (
            0,
            "25 ug = 1000 IU\n",
            "",
        )


def test_case_18_check_file_reads_standard_input() -> None:
    done = cli(
        "check",
        "--age",
        "45",
        "--sex",
        "male",
        "--file",
        "-",
        "--json",
        input=json.dumps({"intakes": [ROW]}),
    )
    assert done.returncode == 0, done.stderr


class NumpyLikeInteger:
    """Stands in for a NumPy integer where NumPy is not installed."""

    def __index__(self) -> int:
        return 45


def _numbers() -> list[Any]:
    numbers: list[Any] = [45, 45.0, Decimal("45"), Fraction(45), NumpyLikeInteger()]
    try:
        import numpy
    except ImportError:
        return numbers
    return [*numbers, numpy.int64(45), numpy.float64(45), numpy.float32(45)]


@pytest.mark.parametrize("age", _numbers(), ids=lambda n: type(n).__name__)
def test_case_18_every_kind_of_number_is_an_age(age: Any) -> None:
    from nutrient_data import assess, intake

    assert intake("zinc", age=age, sex="female").life_stage == "females-31-50y"
    checked = assess(age=age, sex="female", food={"zinc": (age, "mg")})
    assert checked.life_stage == "females-31-50y"


@pytest.mark.parametrize(
    "age", [True, "45", None, float("nan"), Decimal("NaN"), -1, 10**400]
)
def test_case_18_what_is_not_an_age_is_refused_alike(age: Any) -> None:
    from nutrient_data import intake
    from nutrient_data.problem import PersonError

    with pytest.raises(PersonError, match="age must be"):
        intake("zinc", age=age, sex="female")


def test_case_18_phytate_is_read_alike_and_never_ignored(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from nutrient_data import intake
    from nutrient_data.problem import PersonError

    levels: list[Any] = [600, 600.0, Decimal(600), Fraction(600)]
    values = {
        intake("zinc", age=45, sex="male", authority="efsa", phytate=level).value
        for level in levels
    }
    assert values == {11.7}
    depends = "phytate applies to values that depend on it"
    with pytest.raises(PersonError, match=depends):
        intake("zinc", age=45, sex="male", phytate=300)
    wrong: list[Any] = ["600", True, 601, 0]
    for bad in wrong:
        with pytest.raises(PersonError, match=r"phytate must be (one of|a number)"):
            intake("zinc", age=45, sex="male", authority="efsa", phytate=bad)
    argv = ["dri", "zinc", "--age", "45", "--sex", "male", "--authority", "efsa"]
    code, out, _ = run(capsys, *argv, "--phytate", "600.0", "--json")
    assert code == 0 and json.loads(out)["value"] == 11.7


def test_case_18_an_empty_or_repeated_option_is_not_ignored(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "claims", "--nutrient", "")
    assert (code, out) == (2, "") and "unknown nutrient ''" in err
    code, out, err = run(capsys, "dri", "", "--age", "45", "--sex", "male")
    assert (code, out) == (2, "") and "unknown nutrient ''" in err
    argv = ["check", "--age", "45", "--sex", "male", "--file", ""]
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "") and "'': the file name is empty" in err
    with pytest.raises(SystemExit) as stop:
        main(["claims", "--nutrient", "zinc", "--nutrient", "magnesium"])
    assert stop.value.code == 2
    assert "--nutrient is given more than once" in capsys.readouterr().err


# 5. The API refuses wrong types with a ValueError naming the argument.


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: _api().intake(None, age=45, sex="male"), "named by text"),
        (lambda: _api().intake(123, age=45, sex="male"), "named by text"),
        (lambda: _api().intake(["zinc"], age=45, sex="male"), "named by text"),
        (lambda: _api().load().nutrient(None), "named by text"),
        (
            lambda: _api().load().by_identifier("fdc-nutrient-id", 1090),
            "identifier's value is text",
        ),
        (lambda: _api().load().by_identifier(None, "1090"), "unknown identifier"),
        (
            lambda: _api().intake("zinc", age=45, sex="male", as_of="2010"),
            "as_of must be a year",
        ),
        (
            lambda: _api().intake("zinc", age=45, sex="male", as_of=True),
            "as_of must be a year",
        ),
        (
            lambda: _api().assess(
                age=45, sex="male", supplements=[("magnesium", "400mg")]
            ),
            "supplements maps a nutrient to an amount",
        ),
        (
            lambda: _api().assess(age=45, sex="male", food={1: "400mg"}),
            "named by text",
        ),
        (
            lambda: (
                _api()
                .intake("omega-3", age=45, sex="male", authority="efsa")
                .grams_for_energy("2000")
            ),
            "energy_kcal must be a number",
        ),
        (lambda: iu_to_mass("1000", "vitamin-d"), "must be a number"),  # type: ignore[arg-type]
    ],
)
def test_case_5_wrong_types_are_value_errors_naming_the_argument(
    call: Any, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        call()


def _api() -> Any:
    import nutrient_data

    return nutrient_data


# 10, 11, 12, 13. check answers without misleading.

EFSA_ADULT = ["check", "--age", "45", "--sex", "male", "--authority", "efsa"]


def test_case_10_efsa_zinc_says_its_phytate_level_and_takes_another(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, *EFSA_ADULT, "--supplement", "zinc=10mg")
    assert code == 0
    assert "300 mg/day of phytate (assumed; choose with --phytate)" in out
    code, out, _ = run(
        capsys, *EFSA_ADULT, "--supplement", "zinc=10mg", "--phytate", "1200", "--json"
    )
    document = json.loads(out)
    assert document["person"]["phytate_mg"] == 1200
    assert document["results"][0]["value"] == 16.3
    code, out, err = run(
        capsys, *EFSA_ADULT[:5], "--food", "zinc=1mg", "--phytate", "300"
    )
    assert (code, out) == (2, "") and "applies to values that depend on it" in err


def test_case_11_efsa_omega_3_is_judged_from_the_energy_intake(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _code, out, _ = run(capsys, *EFSA_ADULT, "--food", "omega-3=1g", "--json")
    [result] = json.loads(out)["results"]
    assert "needs the energy intake" in result["adequacy"]
    _code, out, _ = run(
        capsys, *EFSA_ADULT, "--food", "omega-3=1.2g", "--energy", "2000", "--json"
    )
    [result] = json.loads(out)["results"]
    assert result["adequacy"] == "at or above the AI: likely adequate"
    assert result["kind"] == "AI" and result["value"] == pytest.approx(10 / 9)


def test_case_12_json_is_an_object_with_the_person_and_unmatched_medicines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["check", "--age", "30", "--sex", "female", "--medicine", "aspirin"]
    code, out, _ = run(capsys, *argv, "--json")
    assert code == 0
    assert json.loads(out) == {
        "person": {
            "age": 30.0,
            "sex": "female",
            "pregnant": False,
            "lactating": False,
            "energy_kcal": None,
            "phytate_mg": None,
        },
        "group": {"id": "females-19-30y", "label": "Females 19-30 y"},
        "authority": "us",
        "results": [],
        "unmatched_medicines": ["aspirin"],
    }


def test_case_13_rounding_never_contradicts_the_verdict(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["check", "--age", "45", "--sex", "female"]
    _code, out, _ = run(capsys, *argv, "--supplement", "magnesium=350.0000001mg")
    row = next(line for line in out.splitlines() if line.startswith("magnesium"))
    assert "350.0000001 mg" in row and "above the UL" in row
    assert run(capsys, "convert", "vitamin-d", "1e-5", "IU")[1] == (
        "1e-5 IU = 2.5e-07 ug\n"
    )
    assert run(capsys, "convert", "vitamin-d", "123456789", "IU")[1] == (
        "123456789 IU = 3086419.725 ug\n"
    )


# 20. Help for every option; long text fits the terminal; long echoes are cut.


def test_case_20_every_option_has_help_and_check_needs_the_person() -> None:
    from nutrient_data.cli import commands

    for spec in commands():
        for argument in spec.arguments:
            assert argument.options.get("help"), (spec.name, argument.names)
    usage = cli("check", "--help").stdout
    assert "[--age" not in usage and "--age A" in usage
    options = usage.split("options:", 1)[1]
    supplement = options.split("--supplement", 1)[1].split("--medicine", 1)[0]
    assert "(repeatable)" in supplement


def test_case_20_check_fits_the_terminal_and_shortens_echoes() -> None:
    argv = [*EFSA_ADULT, "--supplement", "zinc=10mg", "--food", "omega-3=1g"]
    done = cli(*argv, "--medicine", "x" * 100_000, env={**os.environ, "COLUMNS": "80"})
    assert done.returncode == 0, done.stderr
    assert max(len(line) for line in done.stdout.splitlines()) <= 100
    assert len(done.stdout) < 5_000


def test_case_20_show_wraps_its_summary_and_claims_to_the_terminal() -> None:
    done = cli("show", "zinc", env={**os.environ, "COLUMNS": "60"})
    assert done.returncode == 0
    assert max(len(line) for line in done.stdout.splitlines()) <= 60
    piped = cli(
        "show", "zinc", env={k: v for k, v in os.environ.items() if k != "COLUMNS"}
    )
    summary = piped.stdout.splitlines()[1]
    assert len(summary) > 200  # output to a pipe keeps a paragraph on one line


def test_case_20_a_negative_age_is_read_as_an_age() -> None:
    done = cli("check", "--sex", "male", "--food", "zinc=1mg", "--age", "-inf")
    assert done.returncode == 2
    assert "expected one argument" not in done.stderr
    assert "age must be" in one_line(done.stderr)


# 19. load() validates once per process, however many threads ask at once.


def test_case_19_concurrent_loads_validate_once() -> None:
    script = """
import threading
from nutrient_data import loader

calls = []
real = loader.Dataset.model_validate_json

def counted(*args, **kwargs):
    calls.append(1)
    return real(*args, **kwargs)

loader.Dataset.model_validate_json = counted
start = threading.Barrier(8)
found = []

def run():
    start.wait()
    found.append(loader.load())

threads = [threading.Thread(target=run) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(calls), len({id(d) for d in found}))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )
    assert done.stdout.split() == ["1", "1"], done.stderr


# 6. What the documented commands write in a checkout, git ignores.

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
WRITES = re.compile(r"^\s*nutrient-data .*?(?:--out (\S+)|> (\S+))", re.MULTILINE)


def test_case_6_what_the_documented_commands_write_is_ignored() -> None:
    written = {
        (out or redirect).strip("`").removeprefix("./")
        for page in PAGES
        for out, redirect in WRITES.findall(page.read_text(encoding="utf-8"))
    }
    written.discard("DIR")
    assert {"tables", "zinc.json"} <= written
    ignored = subprocess.run(
        ["git", "check-ignore", "--no-index", *(f"{w}/x" for w in written)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if ignored.returncode == 128:
        pytest.skip("not a git checkout")
    assert sorted(ignored.stdout.split()) == sorted(f"{w}/x" for w in written)


# 15 (the guide). The API guide's printed outputs are what Python prints.


def test_case_15_the_python_guide_is_a_passing_doctest() -> None:
    import doctest

    guide = (ROOT / "docs" / "getting-started" / "python.md").read_text("utf-8")
    sessions = re.findall(r"^```pycon\n(.*?)^```$", guide, re.MULTILINE | re.DOTALL)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for at, session in enumerate(sessions):
        test = doctest.DocTestParser().get_doctest(session, {}, f"block {at}", None, 0)
        runner.run(test)
    assert len(sessions) >= 5 and runner.tries >= 30
    assert runner.failures == 0


def test_case_16_a_record_that_names_its_schema_is_checked_by_it(
    tmp_path: Path,
) -> None:
    record = json.loads((DATA_ROOT / "nutrients" / "zinc.json").read_text("utf-8"))
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"$schema": "../schema/nutrient.schema.json", **record}))
    done = cli("validate", str(path))
    assert (done.returncode, done.stdout) == (0, f"{path}: valid\n"), done.stderr
    record["food_sources"][0]["unit"] = "kg"
    path.write_text(
        json.dumps({"$schema": "urn:nutrient-data:schema:nutrient", **record})
    )
    done = cli("validate", str(path))
    assert done.returncode == 1 and "$.food_sources[0].unit" in done.stdout
