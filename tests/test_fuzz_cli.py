"""Fuzzing the read-only commands and the environment they run in.

Whatever arguments ``show``, ``dri``, ``convert`` and ``claims`` get, they exit
0 with a result or 2 with one line on stderr (argparse's own usage errors print
the usage first); never a traceback, and ``--json`` output is strict JSON. The
environment part runs real processes with unusual encodings, closed streams and
undecodable arguments; it is bounded (few examples) since each is a process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nutrient_data.cli import main
from nutrient_data.vocab import CERTAINTIES, NUTRIENT_ORDER, VERDICTS

NAMES = st.sampled_from([*NUTRIENT_ORDER, "b12", "Vitamin D", "iron", ""]) | st.text(
    max_size=12
)
NUMBERS = st.sampled_from(
    ["0", "45", "0.5", "130", "131", "-1", "nan", "inf", "-inf", "1e308", "1e999"]
) | st.floats().map(repr)
SEXES = st.sampled_from(["female", "male"]) | st.text(max_size=6)


def _strict(name: str) -> Any:
    raise AssertionError(f"{name} in --json output")


def check(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    try:
        code = main(argv)
    except SystemExit as stop:  # argparse's usage errors
        code = stop.code if isinstance(stop.code, int) else 2
        assert code in (0, 2)
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    if code == 0:
        assert out and not err
        if "--json" in argv:
            json.loads(out, parse_constant=_strict)
    else:
        assert code == 2 and not out
        assert err.startswith("nutrient-data: error: ") and err.count("\n") == 1, err


@given(NAMES, st.booleans())
def test_show(capsys: pytest.CaptureFixture[str], name: str, as_json: bool) -> None:
    check(capsys, ["show", "--", name, *(["--json"] if as_json else [])])


@given(
    st.none() | NAMES,
    NUMBERS,
    SEXES,
    st.sampled_from([[], ["--pregnant"], ["--lactating"]]),
    st.booleans(),
)
def test_dri(
    capsys: pytest.CaptureFixture[str],
    name: str | None,
    age: str,
    sex: str,
    state: list[str],
    as_json: bool,
) -> None:
    options = [f"--age={age}", f"--sex={sex}", *state, *(["--json"] * as_json)]
    check(capsys, ["dri", *options, *(["--", name] if name is not None else [])])


@given(
    NAMES | st.sampled_from(["vitamin-d", "vitamin-e", "vitamin E"]),
    NUMBERS,
    st.sampled_from(["IU", "ug", "mg"]) | st.text(max_size=3),
    st.sampled_from([[], ["--form=natural"], ["--form=synthetic"]]),
    st.booleans(),
)
def test_convert(
    capsys: pytest.CaptureFixture[str],
    name: str,
    amount: str,
    unit: str,
    form: list[str],
    as_json: bool,
) -> None:
    argv = ["convert", *form, *(["--json"] * as_json), "--", name, amount, unit]
    check(capsys, argv)


@given(
    st.none() | NAMES,
    st.none() | st.sampled_from(list(VERDICTS)) | st.text(max_size=8),
    st.none() | st.sampled_from(list(CERTAINTIES)) | st.text(max_size=8),
    st.booleans(),
)
def test_claims(
    capsys: pytest.CaptureFixture[str],
    nutrient: str | None,
    verdict: str | None,
    certainty: str | None,
    as_json: bool,
) -> None:
    argv = ["claims", *(["--json"] * as_json)]
    for option, value in (
        ("--nutrient", nutrient),
        ("--verdict", verdict),
        ("--min-certainty", certainty),
    ):
        if value is not None:
            argv.append(f"{option}={value}")
    check(capsys, argv)


# -- the environment: real processes -------------------------------------------

COMMANDS = st.sampled_from(
    [
        ["show", "vitamin-e"],
        ["show", "omega-3", "--json"],
        ["dri", "--age", "45", "--sex", "female"],
        ["dri", "vitamin-e", "--age", "30", "--sex", "female", "--json"],
        ["claims", "--nutrient", "omega-3"],
        ["convert", "vitamin-e", "400", "IU", "--form", "natural", "--json"],
        ["list"],
        ["profiles", "--json"],
        ["show", "\u03b1-tocopherol"],
        ["show", "unknown \u00bd \u03c9"],
    ]
)
ENCODINGS = st.sampled_from(["ascii", "latin-1", "cp1252", "utf-8"])
STDOUT = st.sampled_from(["pipe", "closed", "devnull", "early-close"])


@settings(max_examples=25)
@given(
    COMMANDS,
    ENCODINGS,
    STDOUT,
    st.booleans(),
    st.binary(max_size=4).map(lambda raw: raw.replace(b"\0", b"")),
)
def test_environment(
    argv: list[str], encoding: str, stdout: str, closed_stdin: bool, junk: bytes
) -> None:
    if junk:  # an argument that is not valid in the locale's encoding
        argv = [*argv[:1], os.fsdecode(b"x\xff" + junk), *argv[2:]]
    env = {**os.environ, "PYTHONIOENCODING": encoding}

    def closing() -> None:
        if stdout == "closed":
            os.close(1)
        if closed_stdin:
            os.close(0)

    target: Any = {
        "pipe": subprocess.PIPE,
        "early-close": subprocess.PIPE,
        "devnull": subprocess.DEVNULL,
        "closed": None,
    }[stdout]
    with subprocess.Popen(
        [sys.executable, "-m", "nutrient_data", *argv],
        stdout=target,
        stderr=subprocess.PIPE,
        env=env,
        preexec_fn=closing,
    ) as process:
        if stdout == "early-close":
            assert process.stdout is not None
            process.stdout.read(3)
            process.stdout.close()
        elif process.stdout is not None:
            process.stdout.read()
        assert process.stderr is not None
        err = process.stderr.read().decode("utf-8", "replace")
        code = process.wait(timeout=120)
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert code in (0, 2), err
    assert len(err.splitlines()) <= 1, err
    if stdout == "closed":
        assert code == 2 and "standard output is closed" in err
