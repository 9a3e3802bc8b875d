"""What every command shares: exit codes, the usage error, and how output looks."""

from __future__ import annotations

import io
import os
import sys

from nutrient_data.paths import json_text

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any


EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A user mistake to report on stderr with exit code 2."""


def years(text: str) -> float:
    """``--age`` as every command reads it: a number, whose bounds
    (:func:`nutrient_data.lifestages.life_stage_for`) are the API's."""
    try:
        return float(text)
    except ValueError:
        shown = repr(text) if len(text) <= 40 else repr(text[:37] + "...")
        raise UsageError(f"age must be a number of years, got {shown}") from None


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
    """Print rows as left-aligned columns (the first row is the header); where
    they are wider than the terminal (a tty, or $COLUMNS), the widest columns
    wrap their cells. Output to a file or pipe keeps a row on one line."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    known = terminal_known()
    floors = [
        max(12, *(len(w) for row in rows for w in row[i].split()))
        for i in range(len(widths))
    ]
    room = terminal_columns() - 1 - 2 * (len(widths) - 1)
    while known and sum(widths) > room:
        widest = max(range(len(widths)), key=lambda i: widths[i] - floors[i])
        if widths[widest] <= floors[widest]:
            break  # as narrow as the longest words allow
        widths[widest] -= 1
    for row in rows:
        cells = [
            wrapped(cell, "", "", w) if len(cell) > w else [cell]
            for cell, w in zip(row, widths, strict=True)
        ]
        for at in range(max(len(c) for c in cells)):
            line = [
                (c[at] if at < len(c) else "").ljust(w)
                for c, w in zip(cells, widths, strict=True)
            ]
            print("  ".join(line).rstrip())


def terminal_known() -> bool:
    """Whether output goes to a terminal of known width (a tty, or $COLUMNS
    set); output to a file or pipe is not wrapped to a guess."""
    if os.environ.get("COLUMNS"):
        return True
    try:
        return sys.__stdout__ is not None and sys.__stdout__.isatty()
    except (ValueError, OSError):
        return False


def say(text: str, first: str = "", rest: str = "") -> None:
    """Print a paragraph, wrapped to the terminal (at most 100 columns) where
    its width is known, else on one line."""
    if not terminal_known():
        print(f"{first}{text}")
        return
    width = max(min(terminal_columns(), 100), 40)
    print("\n".join(wrapped(text, first, rest, width)))


def terminal_columns() -> int:
    """The terminal's width as argparse would find it ($COLUMNS, the tty, else 80),
    without importing ``shutil``."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 80
    return columns


def wrapped(text: str, first: str, rest: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` characters (a longer word gets its
    own line), the first starting with ``first``, the others with ``rest``.

    Greedy, like ``textwrap.fill``, which costs a quick command a millisecond
    to import.
    """
    lines = [first]
    for word in text.split():
        line = lines[-1]
        fresh = line in (first, rest)
        if fresh or len(line) + 1 + len(word) <= width:
            lines[-1] = line + word if fresh else f"{line} {word}"
        else:
            lines.append(rest + word)
    return lines


def print_notes(
    title: str, notes: Sequence[tuple[str, str]], width: int | None = None
) -> None:
    """Print labelled notes under a table, each wrapped to ``width`` (default:
    the terminal's, at most 100 columns)."""
    if not notes:
        return
    width = width or max(min(terminal_columns(), 100), 40)
    print(f"\n{title}")
    for label, note in notes:
        print("\n".join(wrapped(note, f"  {label}: ", "      ", width)))


def amount(value: float | None, unit: str) -> str:
    return "-" if value is None else f"{value:g} {unit}"
