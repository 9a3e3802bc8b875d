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
the commands of one concern through its ``register``, which records their
arguments (:mod:`.arguments`); a plain command line is read from those records
directly, and argparse (:mod:`.parser`) is built from them only for help and
mistakes.
"""

from __future__ import annotations

import sys

from nutrient_data.cli.arguments import CommandSpec, quick_parse
from nutrient_data.cli.output import (
    EXIT_PROBLEMS,
    EXIT_USAGE,
    UsageError,
    forgiving_streams,
    quiet_broken_pipe,
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
    from types import SimpleNamespace

    from nutrient_data.cli.arguments import Handler

COMMAND_MODULES = {
    "browse": ("list", "profiles", "show", "claims"),
    "intakes": ("dri", "compare", "authorities", "convert"),
    "check": ("check",),
    "labelling": ("label",),
    "survey": ("survey",),
    "files": ("schema", "export", "paths", "validate"),
}
"""The module of this package that registers each command, in help order; a
command being run imports only its own module (a test keeps this in step)."""


def commands(wanted: str | None = None) -> list[CommandSpec]:
    """The commands' arguments, as each module records them; with ``wanted``, only
    those of its module, unless it names no command (then all, for argparse's
    "invalid choice" message)."""
    specs: list[CommandSpec] = []

    def command(
        name: str, help_text: str, handler: Handler, *, json_flag: bool = True
    ) -> CommandSpec:
        specs.append(CommandSpec(name, help_text, handler, json_flag=json_flag))
        return specs[-1]

    for module, names in COMMAND_MODULES.items():
        if wanted is None or wanted in names:
            # (__import__ with a fromlist gives the submodule; importlib would
            # cost a quick command half a millisecond to import)
            __import__(f"nutrient_data.cli.{module}", fromlist=["register"]).register(
                command
            )
    return specs if specs else commands()


def parse(argv: Sequence[str]) -> SimpleNamespace:
    """The command and its arguments: read directly where the command line is
    plain, else by argparse (which also answers help and words every mistake)."""
    wanted = argv[0] if argv and not argv[0].startswith("-") else None
    specs = commands(wanted)
    spec = next((s for s in specs if s.name == wanted), None)
    if spec is not None:
        quick = quick_parse(spec, argv[1:])
        if quick is not None:
            return quick
        specs = [spec]  # argparse builds only the parser of this command
    from nutrient_data.cli.parser import parse as parse_fully

    return parse_fully(specs, argv)


def _error(message: str) -> None:
    if sys.stderr is not None:
        print(f"nutrient-data: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    forgiving_streams()
    if sys.stdout is None:
        _error("error: standard output is closed")
        return EXIT_USAGE
    args = parse(sys.argv[1:] if argv is None else list(argv))
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
