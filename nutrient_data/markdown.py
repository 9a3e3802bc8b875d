"""Markdown building blocks shared by the generated site pages."""

from __future__ import annotations

from collections.abc import Sequence


def cell(text: object) -> str:
    """Text made safe for one Markdown table cell."""
    return "-" if text is None else str(text).replace("|", "\\|").replace("\n", " ")


def table(header: tuple[str, ...], rows: Sequence[tuple[object, ...]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"
