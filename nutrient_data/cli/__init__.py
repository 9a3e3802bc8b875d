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
from collections.abc import Sequence

from nutrient_data.cli import browse, check, files, intakes
from nutrient_data.cli.output import (
    EXIT_PROBLEMS,
    EXIT_USAGE,
    Handler,
    UsageError,
    forgiving_streams,
    quiet_broken_pipe,
)
from nutrient_data.lookup import UnknownNameError
from nutrient_data.problem import DatasetError, NoValuesError, PersonError, shorten

COMMAND_MODULES = (browse, intakes, check, files)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nutrient-data",
        description="Micronutrients and insulin resistance: a cited dataset. "
        "Not medical advice.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        name: str, help_text: str, handler: Handler, *, json_flag: bool = True
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        if json_flag:
            p.add_argument("--json", action="store_true", help="print JSON")
        p.set_defaults(func=handler)
        return p

    for module in COMMAND_MODULES:
        module.register(command)
    return parser


def _error(message: str) -> None:
    if sys.stderr is not None:
        print(f"nutrient-data: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    forgiving_streams()
    if sys.stdout is None:
        _error("error: standard output is closed")
        return EXIT_USAGE
    args = _parser().parse_args(argv)
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
