"""The ``nutrient-data`` command: browse, look up intakes, and validate files.

Exit codes: 0 success; 1 a validated file has problems (or the installed data
is invalid); 2 bad usage or input (unknown id, unreadable file, impossible
person). Errors go to stderr as one line each, never as a traceback.

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
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    Handler,
    UsageError,
)
from nutrient_data.lookup import UnknownNameError
from nutrient_data.problem import DatasetError, NoValuesError, PersonError

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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (UnknownNameError, PersonError, NoValuesError, UsageError) as error:
        print(f"nutrient-data: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except DatasetError as error:
        print(f"nutrient-data: the installed data is invalid: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    except BrokenPipeError:
        return EXIT_OK


__all__ = ["main"]
