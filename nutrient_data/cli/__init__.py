"""The ``nutrient-data`` command: browse, look up intakes, and validate files.

Exit codes: 0 success; 1 a validated file has problems (or the installed data
is invalid); 2 bad usage or input (unknown id, unreadable file, impossible
person, closed output). Errors go to stderr as one line each, never as a
traceback. Output a terminal cannot encode degrades to backslash escapes (JSON
to ``\\u`` escapes); a reader that goes away ends the command quietly.

Read-only commands answer from the prebuilt JSON bundle (see
:mod:`nutrient_data.bundle`), so they start without building validators; the
test suite checks that the bundle equals the validated source. ``export`` and
``validate`` work on the validated dataset. Each module of this package adds
the commands of one concern through its ``register``.
"""

from __future__ import annotations

import argparse
import sys
from functools import partial

from nutrient_data.cli.output import (
    EXIT_PROBLEMS,
    EXIT_USAGE,
    UsageError,
    forgiving_streams,
    quiet_broken_pipe,
    terminal_columns,
)
from nutrient_data.problem import (
    DatasetError,
    NoValuesError,
    PersonError,
    UnknownNameError,
    shorten,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any, NoReturn

    from nutrient_data.cli.output import Arguments, Handler

COMMAND_MODULES = {
    "browse": ("list", "profiles", "show", "claims"),
    "intakes": ("dri", "compare", "convert"),
    "check": ("check",),
    "files": ("schema", "export", "paths", "validate"),
}
"""The module of this package that registers each command, in help order; a
command being run imports only its own module (a test keeps this in step)."""


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


class _Unused:
    """Takes the arguments of a command that is not being run, and drops them."""

    def add_argument(self, *names: str, **options: Any) -> None:
        """Drop the argument."""

    def add_mutually_exclusive_group(self, *, required: bool = False) -> _Unused:
        return self


class _Parser(argparse.ArgumentParser):
    """argparse, except that a usage mistake is one line on stderr and exit 2,
    like every other input problem (``--help`` still shows the usage)."""

    def error(self, message: str) -> NoReturn:
        self.exit(
            EXIT_USAGE, f"{self.prog}: error: {shorten(message, 300)} (see --help)\n"
        )


def _parser(wanted: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``wanted``, only that command gets its own parser.

    Building every subcommand's parser costs a quick command about a tenth of
    its run time, so only the command being run is built, unless it is not a
    known command (then all are, for argparse's "invalid choice" message).
    """
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
    built: list[str] = []

    def command(
        name: str, help_text: str, handler: Handler, *, json_flag: bool = True
    ) -> Arguments:
        if wanted not in (None, name):
            return _Unused()
        built.append(name)
        p = sub.add_parser(
            name, help=help_text, description=help_text, formatter_class=layout
        )
        if json_flag:
            p.add_argument("--json", action="store_true", help="print JSON")
        p.set_defaults(func=handler)
        return p

    for name, commands in COMMAND_MODULES.items():
        if wanted is None or wanted in commands:
            # (__import__ with a fromlist gives the submodule; importlib would
            # cost a quick command half a millisecond to import)
            __import__(f"nutrient_data.cli.{name}", fromlist=["register"]).register(
                command
            )
    return parser if built else _parser()


def _error(message: str) -> None:
    if sys.stderr is not None:
        print(f"nutrient-data: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    forgiving_streams()
    if sys.stdout is None:
        _error("error: standard output is closed")
        return EXIT_USAGE
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _parser(
        argv[0] if argv and not argv[0].startswith("-") else None
    ).parse_args(argv)
    try:
        status = int(args.func(args))
        sys.stdout.flush()
    except (UnknownNameError, PersonError, NoValuesError, UsageError) as error:
        _error(f"error: {shorten(str(error), 300)}")
        return EXIT_USAGE
    except DatasetError as error:
        _error(f"the installed data is invalid: {error}")
        return EXIT_PROBLEMS
    except BrokenPipeError:
        return quiet_broken_pipe()
    except OSError as error:  # e.g. stdout closed under us (EBADF), disk full
        _error(f"error: cannot write output: {error.strerror or error}")
        return EXIT_USAGE
    return status


__all__ = ["main"]
