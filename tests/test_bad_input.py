"""Bad input, tried as a new user would: one clear line and an exit code, never
a traceback, never a result that is not one.

Cases that need a real process (encodings, closed or broken streams, stdin) run
the command line in a subprocess; the rest call ``main`` in-process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import nutrient_data
from nutrient_data import bundle
from nutrient_data.bundle import nutrient_index
from nutrient_data.cli import main
from nutrient_data.lookup import UnknownNameError, normalize
from nutrient_data.problem import PersonError

CLI = [sys.executable, "-m", "nutrient_data"]


def cli(
    *argv: str, env: dict[str, str] | None = None, **options: Any
) -> subprocess.CompletedProcess[bytes]:
    """Run the command line in a fresh interpreter; bytes in, bytes out."""
    options.setdefault("capture_output", True)
    return subprocess.run(
        [*CLI, *argv], env={**os.environ, **(env or {})}, check=False, **options
    )


def one_line_error(done: subprocess.CompletedProcess[bytes], code: int) -> str:
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == code, err
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    return err


# -- output streams -----------------------------------------------------------


@pytest.mark.parametrize(
    "argv", [["show", "vitamin-e"], ["dri", "--age", "45", "--sex", "female"]]
)
def test_text_degrades_to_escapes_on_an_ascii_stdout(argv: list[str]) -> None:
    done = cli(*argv, env={"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    done.stdout.decode("ascii")  # nothing but ASCII reached the stream
    if argv[0] == "show":
        assert b"\\u03b1-tocopherol" in done.stdout  # alpha, escaped


def test_json_degrades_to_json_escapes_on_an_ascii_stdout() -> None:
    done = cli("show", "vitamin-e", "--json", env={"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout.decode("ascii"))
    assert record == bundle.nutrient("vitamin-e")


@pytest.mark.parametrize("argv", [["list", "--json"], ["show", "zinc"]])
def test_closed_stdout_is_one_line_not_a_traceback(argv: list[str]) -> None:
    # stdout=CLOSED: the child starts with file descriptor 1 closed, as `>&-`
    done = subprocess.run(
        [*CLI, *argv],
        stdout=None,
        stderr=subprocess.PIPE,
        check=False,
        pass_fds=(),
        preexec_fn=lambda: os.close(1),
    )
    err = one_line_error(done, 2)
    assert "standard output is closed" in err


def test_a_reader_that_goes_away_ends_the_command_quietly() -> None:
    # `nutrient-data dri ... --json | head -c 10`, with a reader that stops early
    command = [*CLI, "dri", "--age", "45", "--sex", "female", "--json"]
    producer = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert producer.stdout is not None and producer.stderr is not None
    producer.stdout.read(10)
    producer.stdout.close()
    err = producer.stderr.read()
    assert producer.wait(timeout=120) == 0
    assert err == b""


# -- convert ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("-5", "amount must not be negative, got -5"),
        ("nan", "amount must be a finite number, got 'nan'"),
        ("inf", "amount must be a finite number, got 'inf'"),
        ("-inf", "amount must be a finite number, got '-inf'"),
        ("1e309", "amount must be below 1e+12, got 1e309"),
    ],
)
def test_convert_refuses_negative_and_non_finite_amounts(
    capsys: pytest.CaptureFixture[str], amount: str, message: str
) -> None:
    code = main(["convert", "--json", "vitamin-d", "--", amount, "IU"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == f"nutrient-data: error: {message}\n"


def test_convert_never_prints_infinity(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["convert", "vitamin-d", "1e308", "ug", "--json"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert "must be below 1e+12" in err


# -- validate -----------------------------------------------------------------


def test_validate_dash_reads_standard_input() -> None:
    record = nutrient_data.paths.bundle_path().parent / "nutrients" / "zinc.json"
    done = cli("validate", "--kind", "nutrient", "-", input=record.read_bytes())
    assert (done.returncode, done.stdout) == (0, b"-: valid\n"), done.stderr
    done = cli("validate", "-", input=b'{"nutrients": [')
    assert one_line_error(done, 2).startswith("-: not valid JSON")


def test_validate_huge_integer_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    path.write_text("[" + "7" * 50_000 + "]")
    err = one_line_error(cli("validate", str(path)), 2)
    assert "an integer with 50,000 digits" in err


def test_validate_repeated_key_exits_1_naming_the_path(tmp_path: Path) -> None:
    path = tmp_path / "twice.json"
    record = nutrient_data.paths.bundle_path().parent / "nutrients" / "zinc.json"
    path.write_text('{"id": "zinc", ' + record.read_text("utf-8").lstrip()[1:])
    done = cli("validate", "--kind", "nutrient", str(path))
    assert done.returncode == 1
    assert done.stdout.decode().splitlines() == [
        f"{path}: $.id: key appears more than once; only the last value would count"
    ]


def test_multi_megabyte_name_is_shortened_in_the_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["show", "x" * 3_000_000])
    _, err = capsys.readouterr()
    assert code == 2
    assert len(err) < 400 and "3,000,002 characters" in err


# -- names --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "\uff56\uff49\uff54\uff41\uff4d\uff49\uff4e \uff22\uff11\uff12",
            "vitamin-b12",
        ),
        ("vitamin B\u2081\u2082", "vitamin-b12"),
        ("Vitamin \u00c9", "vitamin-e"),
        ("s\u00e9l\u00e9nium", "selenium"),
        ("MAGNE\u0301SIUM", "magnesium"),
        ("\u03b1-tocopherol", "vitamin-e"),
    ],
)
def test_unicode_forms_of_a_name_are_found_by_api_and_cli(
    capsys: pytest.CaptureFixture[str], name: str, expected: str
) -> None:
    assert nutrient_data.load().nutrient(name).id == expected
    assert main(["show", name, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == expected


def test_normalize_folds_compatibility_forms_and_accents() -> None:
    assert normalize("\uff3a\uff49\uff4e\uff43") == normalize("zinc") == "zinc"
    assert normalize("B\u2081\u2082") == "b12"
    assert normalize("\u00e9\u00e8\u00ea") == "eee"


def test_did_you_mean_ranks_by_similarity_to_ids_and_names() -> None:
    with pytest.raises(UnknownNameError) as caught:
        nutrient_data.load().nutrient("vitamin")
    assert caught.value.suggestions[0].startswith("vitamin-")
    assert "biotin" not in caught.value.suggestions
    with pytest.raises(UnknownNameError) as caught:
        nutrient_index().get("vitamin")
    assert caught.value.suggestions == ("vitamin-d", "vitamin-e", "vitamin-c")


# -- API arguments ------------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"age": True, "sex": "female"}, "age must be a number of years, got True"),
        ({"age": "45", "sex": "female"}, "age must be a number of years"),
        ({"age": 10**5000, "sex": "male"}, "age must be between 0 and 130"),
        ({"age": 30, "sex": "female", "pregnant": "no"}, "pregnant must be True or"),
        ({"age": 30, "sex": "female", "lactating": 1}, "lactating must be True or"),
        ({"age": 30, "sex": "woman"}, "sex must be 'female' or 'male'"),
    ],
)
def test_api_checks_person_arguments(arguments: dict[str, Any], message: str) -> None:
    with pytest.raises(PersonError, match=message):
        nutrient_data.intake("zinc", **arguments)
    with pytest.raises(ValueError, match=message):
        nutrient_data.intakes(**arguments)


@pytest.mark.parametrize(
    ("filters", "allowed"),
    [
        ({"verdict": "proven"}, "contradicted"),
        ({"min_certainty": "certain"}, "very-low"),
        ({"mechanism": "magic"}, "glucose-uptake"),
    ],
)
def test_claims_refuses_unknown_filter_values_listing_allowed_ones(
    filters: dict[str, Any], allowed: str
) -> None:
    with pytest.raises(ValueError, match=f"choose from .*{allowed}"):
        nutrient_data.load().claims(**filters)
