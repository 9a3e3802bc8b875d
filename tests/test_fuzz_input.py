"""Fuzzing every path a user's data enters besides ``validate``: ``check`` (its
options and its files), ``export`` and the API functions.

Whatever they are given, the commands exit 0 or 2 with one line on stderr and
no traceback, and the functions answer or raise the package's own errors (a
``ValueError`` or the ``KeyError`` of an unknown name), never a ``TypeError``,
``AttributeError`` or ``OverflowError``. Bounded for CI like the other fuzz tests.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nutrient_data
from nutrient_data.cli import main
from nutrient_data.problem import UnknownNameError
from nutrient_data.units import iu_to_mass, percent_energy_to_grams

NUMBERS = (
    st.integers(min_value=-(10**400), max_value=10**400)
    | st.floats()
    | st.decimals(allow_nan=True, allow_infinity=True)
    | st.fractions()
    | st.sampled_from([0, 1e309, -0.0, 10**12, 45, 300, 2010])
)
ANYTHING = (
    NUMBERS
    | st.none()
    | st.booleans()
    | st.text(max_size=12)
    | st.lists(st.integers(), max_size=2)
    | st.tuples(st.text(max_size=4), st.text(max_size=4))
    | st.dictionaries(st.text(max_size=4), st.integers(), max_size=2)
)
AMOUNT_TEXT = st.one_of(
    st.from_regex(
        r"-?[0-9]{0,4}(\.[0-9]{0,3})?(e-?[0-9]{1,4})? ?(mg|ug|µg|mcg|g|IU|kg|)",
        fullmatch=True,
    ),
    st.text(max_size=12),
)
NUTRIENTS = st.sampled_from(
    ["magnesium", "zinc", "vitamin-d", "vitamin-e", "omega-3", "x"]
)
FINE = settings(
    max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def one_line_or_success(code: int, err: str) -> None:
    assert code in (0, 2), err
    assert "Traceback" not in err
    if code == 2:
        assert len(err.strip().splitlines()) == 1, err


# -- check: options --------------------------------------------------------


@FINE
@given(
    age=st.one_of(st.text(max_size=8), st.floats().map(repr)),
    sex=st.sampled_from(["female", "male", "", "x"]),
    authority=st.sampled_from(["us", "efsa", "eu"]),
    entries=st.lists(
        st.tuples(st.sampled_from(["--food", "--supplement"]), NUTRIENTS, AMOUNT_TEXT),
        max_size=3,
    ),
    extra=st.lists(
        st.sampled_from(
            [
                ["--pregnant"],
                ["--lactating"],
                ["--phytate", "600"],
                ["--phytate", "301"],
                ["--energy", "2000"],
                ["--energy", "-1"],
                ["--vitamin-e-form", "natural"],
                ["--medicine", "metformin"],
                ["--json"],
            ]
        ),
        max_size=3,
        unique_by=lambda option: option[0],
    ),
)
def test_check_options_never_crash(
    capsys: pytest.CaptureFixture[str],
    age: str,
    sex: str,
    authority: str,
    entries: list[tuple[str, str, str]],
    extra: list[list[str]],
) -> None:
    argv = ["check", f"--age={age}", f"--sex={sex}", f"--authority={authority}"]
    argv += [f"{flag}={name}={amount}" for flag, name, amount in entries]
    argv += [word for option in extra for word in option]
    try:
        code = main(argv)
    except SystemExit as stop:  # argparse's own refusal
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    one_line_or_success(code, err)
    if code == 0 and "--json" in argv:
        assert set(json.loads(out)) >= {"person", "group", "results"}


# -- check: files ----------------------------------------------------------

ROWS = st.fixed_dictionaries(
    {},
    optional={
        "nutrient": NUTRIENTS | st.text(max_size=6),
        "amount": ANYTHING,
        "unit": st.sampled_from(["mg", "ug", "IU", "kg", ""]) | st.integers(),
        "source": st.sampled_from(["food", "supplement", "drink"]),
        "form": st.sampled_from(["natural", "synthetic", "x"]) | st.none(),
        "extra": st.integers(),
    },
)


def _json_safe(value: Any) -> Any:
    if isinstance(value, Decimal | Fraction):
        try:
            number = float(value)
        except (OverflowError, ValueError):  # huge, or a signalling NaN
            return str(value)
        return number if abs(number) < 1e300 else str(value)
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**300:
        return str(value)
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    return value


@FINE
@given(
    st.fixed_dictionaries(
        {"intakes": st.lists(ROWS, max_size=3)},
        optional={
            "medicines": st.lists(st.text(max_size=8) | st.integers(), max_size=2)
        },
    ),
    st.sampled_from([".json", ".csv"]),
    st.binary(max_size=3),
)
def test_check_files_never_crash(
    capsys: pytest.CaptureFixture[str],
    document: dict[str, Any],
    suffix: str,
    junk: bytes,
) -> None:
    document = _json_safe(document)
    if suffix == ".json":
        raw = json.dumps(document, allow_nan=True).encode() + junk
    else:
        columns = ["nutrient", "amount", "unit", "source", "form"]
        lines = [",".join(columns)] + [
            ",".join(str(row.get(c, "")) for c in columns)
            for row in document["intakes"]
        ]
        raw = "\n".join(lines).encode() + junk
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"in{suffix}"
        path.write_bytes(raw)
        code = main(["check", "--age", "40", "--sex", "female", "--file", str(path)])
    _, err = capsys.readouterr()
    one_line_or_success(code, err)


# -- export ----------------------------------------------------------------


@settings(max_examples=15, deadline=None)
@given(
    fmt=st.sampled_from(["json", "csv", "datapackage", "sqlite"]),
    name=st.text(min_size=0, max_size=8).filter(
        lambda n: "\0" not in n and "/" not in n
    ),
    in_the_way=st.sampled_from(
        [None, "file", "folder", "same-name-file", "same-name-folder"]
    ),
    force=st.booleans(),
)
def test_export_never_crashes_nor_half_writes(
    capsys: pytest.CaptureFixture[str],
    fmt: str,
    name: str,
    in_the_way: str | None,
    force: bool,
) -> None:
    from nutrient_data.export import FORMATS

    first = FORMATS[fmt].files[0]  # type: ignore[index]
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / (name or "out") if name.strip() else Path(folder, "x")
        if in_the_way == "file":
            out.write_text("a user's file")
        elif in_the_way == "folder":
            out.mkdir()
            (out / "keep.txt").write_text("kept")
        elif in_the_way:
            out.mkdir()
            target = out / first
            if in_the_way == "same-name-file":
                target.write_text("old")
            else:
                target.mkdir()
        before = sorted(str(p.relative_to(folder)) for p in Path(folder).rglob("*"))
        argv = ["export", "--format", fmt, "--out", str(out)] + (
            ["--force"] if force else []
        )
        code = main(argv)
        _, err = capsys.readouterr()
        one_line_or_success(code, err)
        after = sorted(str(p.relative_to(folder)) for p in Path(folder).rglob("*"))
        if code != 0:
            assert after == before  # nothing half-written
        else:
            assert all((out / n).is_file() for n in FORMATS[fmt].files)  # type: ignore[index]
            assert not [
                p for p in out.iterdir() if p.name.startswith(".nutrient-data-")
            ]


# -- the API functions -----------------------------------------------------

OWN_ERRORS = (ValueError, UnknownNameError)


@settings(max_examples=150)
@given(
    nutrient=ANYTHING | NUTRIENTS,
    age=ANYTHING,
    sex=st.sampled_from(["female", "male"]) | ANYTHING,
    authority=st.sampled_from(["us", "efsa"]) | ANYTHING,
    phytate=st.none() | ANYTHING,
    as_of=st.none() | ANYTHING,
    pregnant=st.booleans() | ANYTHING,
)
def test_intake_answers_or_refuses_in_its_own_words(
    nutrient: Any,
    age: Any,
    sex: Any,
    authority: Any,
    phytate: Any,
    as_of: Any,
    pregnant: Any,
) -> None:
    try:
        nutrient_data.intake(
            nutrient,
            age=age,
            sex=sex,
            authority=authority,
            phytate=phytate,
            as_of=as_of,
            pregnant=pregnant,
        )
    except OWN_ERRORS:
        pass
    except LookupError as error:  # NoValuesError: no values of that authority
        assert type(error).__name__ == "NoValuesError"


@settings(max_examples=150)
@given(
    age=st.sampled_from([45, 2.5]) | ANYTHING,
    food=st.none()
    | ANYTHING
    | st.dictionaries(NUTRIENTS, ANYTHING | AMOUNT_TEXT, max_size=2),
    supplements=st.none()
    | st.dictionaries(NUTRIENTS, ANYTHING | AMOUNT_TEXT, max_size=2),
    medicines=st.lists(st.text(max_size=8), max_size=2) | ANYTHING,
    energy=st.none() | ANYTHING,
    form=st.none() | st.sampled_from(["natural", "synthetic"]) | ANYTHING,
)
def test_assess_answers_or_refuses_in_its_own_words(
    age: Any, food: Any, supplements: Any, medicines: Any, energy: Any, form: Any
) -> None:
    with contextlib.suppress(*OWN_ERRORS):
        nutrient_data.assess(
            age=age,
            sex="female",
            food=food,
            supplements=supplements,
            medicines=medicines,
            energy_kcal=energy,
            vitamin_e_form=form,
        )


@settings(max_examples=150)
@given(
    ANYTHING,
    NUTRIENTS | ANYTHING,
    st.none() | st.sampled_from(["natural", "synthetic"]) | ANYTHING,
)
def test_conversions_answer_a_float_or_refuse(
    amount: Any, nutrient: Any, form: Any
) -> None:
    try:
        result = iu_to_mass(amount, nutrient, form)
    except OWN_ERRORS:
        return
    assert type(result) is float and result >= 0


@settings(max_examples=100)
@given(ANYTHING, ANYTHING)
def test_percent_energy_answers_a_float_or_refuses(percent: Any, energy: Any) -> None:
    try:
        grams = percent_energy_to_grams(percent, energy)
    except ValueError:
        return
    assert type(grams) is float


@settings(max_examples=100)
@given(
    st.sampled_from(["fdc-nutrient-id", "chebi", "cas"]) | ANYTHING,
    ANYTHING | st.text(max_size=8),
)
def test_identifier_lookup_answers_or_refuses(scheme: Any, value: Any) -> None:
    with contextlib.suppress(*OWN_ERRORS):
        nutrient_data.load().by_identifier(scheme, value)
