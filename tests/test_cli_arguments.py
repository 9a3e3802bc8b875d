"""The quick reading of a command line gives what argparse gives, wherever it answers.

It answers the plain lines the documentation shows; anything else it leaves to
argparse, and on generated lines (plain ones, and ones with abbreviations,
repeats, missing or odd values, options in the wrong place) it never gives an
answer argparse would not.
"""

from __future__ import annotations

import contextlib
import io
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nutrient_data.cli import commands, parse
from nutrient_data.cli.arguments import Argument, CommandSpec, quick_parse
from nutrient_data.cli.parser import build

SPECS = {spec.name: spec for spec in commands()}
WORDS = ["45", "0.5", "-3", "1e3", "nan", "zinc", "Vitamin D", "magnesium=300mg"]
WORDS += ["IU", "", "--", "-", "-h", "--help", "--json", "us", "female", "x=y"]


def argparse_reads(spec: CommandSpec, argv: list[str]) -> dict[str, Any] | None:
    """What argparse makes of ``argv``, or ``None`` where it refuses it."""
    try:
        with (
            contextlib.redirect_stderr(io.StringIO()),
            contextlib.redirect_stdout(io.StringIO()),
        ):
            return comparable(build([spec]).parse_args(argv))
    except SystemExit:
        return None


def comparable(namespace: object) -> dict[str, Any]:
    """A namespace's values, floats by their text (so that NaN equals NaN)."""
    return {
        k: repr(v) if isinstance(v, float) else v for k, v in vars(namespace).items()
    }


def _fitting(argument: Argument) -> st.SearchStrategy[str]:
    """Values the argument accepts."""
    choices = [str(c) for c in argument.options.get("choices") or ()]
    if choices:
        return st.sampled_from(choices)
    if argument.options.get("type") in (int, float):
        return st.sampled_from(["45", "300", "0.5", "1e3"])
    return st.sampled_from(["zinc", "Vitamin D", "magnesium=300mg", "female", "x=y"])


def _values(argument: Argument) -> st.SearchStrategy[str]:
    return _fitting(argument) | st.sampled_from(WORDS)


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    """Plain lines of one command (every positional and required option, some
    others), often spoilt: a name shortened or repeated, an odd value, a word
    out of place."""
    spec = SPECS[draw(st.sampled_from(sorted(SPECS)))]
    positionals = [a for a in spec.arguments if a.positional]
    options = [a for a in spec.arguments if not a.positional]
    words = [draw(_fitting(a)) for a in positionals]
    chosen = [a for a in options if a.options.get("required") or draw(st.booleans())]
    for argument in draw(st.permutations(chosen)):
        name = argument.names[0]
        if argument.options.get("action") == "store_true":
            words.append(name)
        elif draw(st.booleans()):
            words.append(f"{name}={draw(_fitting(argument))}")
        else:
            words += [name, draw(_fitting(argument))]
    for _ in range(draw(st.integers(0, 2))):
        words = _spoil(draw, words, positionals + options)
    return [spec.name, *words]


def _spoil(draw: st.DrawFn, words: list[str], arguments: list[Argument]) -> list[str]:
    at = draw(st.integers(0, len(words)))
    argument = draw(st.sampled_from(arguments)) if arguments else None
    names = [*argument.names, argument.names[0][:5]] if argument else ["--json"]
    extra = draw(
        st.sampled_from(WORDS)
        | st.sampled_from(names)
        | (_values(argument) if argument else st.just("--"))
    )
    if draw(st.booleans()) and words:
        return words[:at] + words[at + 1 :]  # a word left out
    return [*words[:at], extra, *words[at:]]


@given(command_lines())
def test_the_quick_reading_never_differs_from_argparse(argv: list[str]) -> None:
    quick = quick_parse(SPECS[argv[0]], argv[1:])
    if quick is not None:
        assert comparable(quick) == argparse_reads(SPECS[argv[0]], argv), argv


DOCUMENTED = [
    ["list"],
    ["profiles", "--json"],
    ["show", "Vitamin D"],
    ["show", "fdc-nutrient-id:1090", "--json"],
    ["dri", "--age", "45", "--sex", "female"],
    ["dri", "zinc", "--age=30", "--sex", "female", "--authority", "efsa"],
    ["dri", "--age", "30", "--sex", "female", "--pregnant", "--json"],
    ["claims", "--nutrient", "zinc", "--verdict", "supported"],
    ["convert", "vitamin-e", "400", "IU", "--form", "natural"],
    ["compare", "zinc", "--age", "45", "--sex", "female"],
    [
        *("check", "--age", "45", "--sex", "female", "--food", "magnesium=300mg"),
        *("--supplement", "zinc=20mg", "--supplement", "Mg=100mg", "--json"),
    ],
    ["check", "--age", "45", "--sex", "male", "--medicine", "metformin"],
]


@pytest.mark.parametrize("argv", DOCUMENTED, ids=" ".join)
def test_plain_lines_are_read_without_argparse(argv: list[str]) -> None:
    quick = quick_parse(SPECS[argv[0]], argv[1:])
    assert quick is not None
    assert comparable(quick) == argparse_reads(SPECS[argv[0]], argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["dri", "--ag", "45", "--sex", "female"],  # an abbreviation
        ["dri", "--age", "-3", "--sex", "female"],  # a value like an option
        ["dri", "--age", "45", "--age", "46", "--sex", "female"],  # a repeat
        ["dri", "--age", "45"],  # a required option missing
        ["dri", "--age", "45", "--sex", "f"],  # not a choice
        ["dri", "--age", "45", "--sex", "female", "zinc"],  # a positional late
        ["dri", "--age", "45", "--sex", "female", "--pregnant", "--lactating"],
        ["dri", "--age=", "--sex", "female"],  # an empty value
        ["convert", "vitamin-d", "1000"],  # a positional missing
        ["show", "--help"],
        ["validate", "a.json"],  # more than one value per argument
    ],
    ids=" ".join,
)
def test_other_lines_are_left_to_argparse(argv: list[str]) -> None:
    assert quick_parse(SPECS[argv[0]], argv[1:]) is None


def test_help_and_mistakes_still_come_from_argparse(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stop:
        parse(["dri", "--age", "45"])
    assert stop.value.code == 2
    assert "the following arguments are required: --sex" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:
        parse(["dri", "--help"])
    assert stop.value.code == 0
    assert "--authority" in capsys.readouterr().out


def test_defaults_are_stored_as_argparse_stores_them() -> None:
    spec = CommandSpec("demo", "a demo", lambda args: 0, json_flag=False)
    spec.add_argument("--level", type=int, default="300")
    spec.add_argument("--many", action="append", default=["a"])
    spec.add_argument("--flag", action="store_true")
    quick: Any = quick_parse(spec, ["--many", "b"])
    assert vars(quick) == {
        "command": "demo",
        "level": 300,
        "many": ["a", "b"],
        "flag": False,
        "func": spec.handler,
    }
    assert spec.arguments[1].options["default"] == ["a"]  # not changed in place
    assert comparable(quick) == argparse_reads(spec, ["demo", "--many", "b"])
