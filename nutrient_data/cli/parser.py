"""argparse, built from the commands' recorded arguments, for help and mistakes.

Only a command line that :func:`~nutrient_data.cli.arguments.quick_parse`
leaves aside comes here: help, ``--version``, and anything argparse must word
an error for.
"""

from __future__ import annotations

import argparse
import re
import weakref
from functools import partial
from types import SimpleNamespace

from nutrient_data.cli.output import EXIT_USAGE, terminal_columns
from nutrient_data.problem import DatasetError, one_line, shorten

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any, NoReturn

    from nutrient_data.cli.arguments import CommandSpec


def version_text() -> str:
    """The package version and the data version, which move separately."""
    from nutrient_data import __version__
    from nutrient_data.bundle import section

    try:
        data = str(section("metadata")["version"])
    except (DatasetError, KeyError, TypeError):
        data = "unreadable"
    return f"nutrient-data {__version__} (data {data})"


class _VersionAction(argparse.Action):
    """``--version``, answered only when asked (it reads the bundle)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **_: object) -> None:
        super().__init__(
            option_strings,
            dest,
            nargs=0,
            default=argparse.SUPPRESS,
            help="print the package and data versions and exit",
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        print(version_text())
        parser.exit()


class _Once(argparse._StoreAction):
    """An option that takes one value: given twice, it is a mistake, not the
    last one silently kept (``--nutrient zinc --nutrient magnesium``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # the namespaces this option was given in (a Namespace is unhashable)
        self.given: list[weakref.ref[argparse.Namespace]] = []

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        if any(seen() is namespace for seen in self.given):
            parser.error(f"{option_string} is given more than once; give it once")
        self.given.append(weakref.ref(namespace))
        super().__call__(parser, namespace, values, option_string)


class _Parser(argparse.ArgumentParser):
    """argparse, except that a usage mistake is one line on stderr and exit 2,
    like every other input problem (``--help`` still shows the usage)."""

    def error(self, message: str) -> NoReturn:
        self.exit(
            EXIT_USAGE,
            f"{self.prog}: error: {one_line(shorten(message, 300))} (see --help)\n",
        )


def build(specs: Sequence[CommandSpec]) -> argparse.ArgumentParser:
    """The parser of the commands ``specs`` (for help on all, or one command)."""
    # argparse sizes help to the terminal by importing shutil, once per argument;
    # this sizes it the same way, once.
    layout = partial(argparse.HelpFormatter, width=terminal_columns() - 2)
    parser = _Parser(
        formatter_class=layout,
        prog="nutrient-data",
        description="Micronutrients and insulin resistance: a cited dataset. "
        "Not medical advice.",
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for spec in specs:
        command = sub.add_parser(
            spec.name,
            help=spec.help_text,
            description=spec.help_text,
            formatter_class=layout,
        )
        groups = [
            command.add_mutually_exclusive_group(required=g.required)
            for g in spec.groups
        ]
        for argument in spec.arguments:
            target = groups[argument.group] if argument.group >= 0 else command
            options = argument.options
            if not argument.positional and options.get("action", "store") == "store":
                options = {**options, "action": _Once}
            target.add_argument(*argument.names, **options)
        command.set_defaults(func=spec.handler)
    return parser


NEGATIVE = re.compile(r"-(?:inf|infinity|nan|\d|\.\d)", re.IGNORECASE)
"""A value that starts like an option but is a number (``-inf``, ``-5e3``),
which argparse would take for an unknown option."""


def _attached(specs: Sequence[CommandSpec], argv: Sequence[str]) -> list[str]:
    """``argv`` with ``--age -inf`` written ``--age=-inf``, so that argparse
    reads it as the value it is (and words what is wrong with it)."""
    takes_value = {
        name
        for spec in specs
        for argument in spec.arguments
        if argument.options.get("action", "store") in ("store", "append")
        for name in argument.names
        if name.startswith("--")
    }
    out: list[str] = []
    at = 0
    while at < len(argv):
        token = argv[at]
        following = argv[at + 1] if at + 1 < len(argv) else ""
        if token in takes_value and NEGATIVE.match(following):
            out.append(f"{token}={following}")
            at += 2
        else:
            out.append(token)
            at += 1
    return out


def parse(specs: Sequence[CommandSpec], argv: Sequence[str]) -> SimpleNamespace:
    """What argparse makes of ``argv``; help and mistakes end the process."""
    return SimpleNamespace(**vars(build(specs).parse_args(_attached(specs, argv))))
