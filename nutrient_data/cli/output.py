"""What every command shares: exit codes, the usage error, and how output looks."""

from __future__ import annotations

import argparse
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


def print_json(data: Any) -> None:
    sys.stdout.write(json_text(data))


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
