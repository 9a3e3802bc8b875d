"""What every command shares: exit codes, the usage error, and how output looks."""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from nutrient_data.paths import json_text

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """A user mistake to report on stderr with exit code 2."""


class Commands(Protocol):
    """Adds one subcommand to the parser (see ``cli.__init__``)."""

    def __call__(
        self, name: str, help_text: str, handler: Handler, *, json_flag: bool = True
    ) -> argparse.ArgumentParser: ...


def forgiving_streams() -> None:
    """Let stdout and stderr write what their encoding cannot, as escapes."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def quiet_broken_pipe() -> int:
    """The reader went away (``| head``): stop quietly, as Unix tools do.

    Standard output is pointed at the null device so that the interpreter's
    final flush does not complain again.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    return EXIT_OK


def print_json(data: Any) -> None:
    """Print JSON; as ASCII with ``\\u`` escapes where stdout cannot encode it."""
    text = json_text(data)
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        text = json_text(data, ascii_only=True)
    sys.stdout.write(text)


def table(rows: Sequence[Sequence[str]]) -> None:
    """Print rows as left-aligned columns (the first row is the header)."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print(
            "  ".join(
                cell.ljust(w) for cell, w in zip(row, widths, strict=True)
            ).rstrip()
        )


def amount(value: float | None, unit: str) -> str:
    return "-" if value is None else f"{value:g} {unit}"
