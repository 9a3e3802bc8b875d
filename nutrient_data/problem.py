"""A problem found in data, named by its JSON path, and the errors the package raises.

Kept low and light: the command line catches these errors without importing the
modules that raise them.
"""

from __future__ import annotations

from nutrient_data.named_tuple import NamedTuple

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence


class Problem(NamedTuple):
    """One thing wrong with the data, at a JSON path such as ``$.nutrients[0].id``."""

    path: str
    message: str

    def __str__(self) -> str:
        return one_line(f"{shorten(self.path)}: {shorten(self.message, 300)}")


def json_path(parts: Iterable[str | int]) -> str:
    """Render path parts as a JSONPath: ``("a", 0, "b")`` becomes ``$.a[0].b``."""
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


class UnknownNameError(KeyError):
    """A name matched no record; the message suggests the closest ids."""

    def __init__(self, kind: str, name: str, suggestions: Iterable[str]) -> None:
        self.kind = kind
        self.name = name
        self.suggestions = tuple(suggestions)
        hint = (
            f"; did you mean {', '.join(repr(s) for s in self.suggestions)}?"
            if self.suggestions
            else ""
        )
        self.message = f"unknown {kind} {shorten(repr(name))}{hint}"
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class PersonError(ValueError):
    """The described person (or their diet) matches no life-stage group or value."""


class NoValuesError(LookupError):
    """The dataset records no values of this authority for the nutrient (yet)."""


class DatasetError(ValueError):
    """The dataset is not valid; ``problems`` lists every finding."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        listing = "\n".join(f"  {p}" for p in self.problems[:20])
        more = len(self.problems) - 20
        tail = f"\n  ... and {more} more" if more > 0 else ""
        super().__init__(
            f"{len(self.problems)} problem(s) in the data:\n{listing}{tail}"
        )


def significant(value: float, digits: int = 6) -> str:
    """``value`` to ``digits`` significant digits, no trailing zeros; a small
    value keeps its exponent (never shown as 0), a large one is written out."""
    text = f"{value:.{digits}g}"
    return text if "e" not in text or abs(value) < 1 else f"{value:.0f}"


def one_line(text: str) -> str:
    """``text`` with line breaks and other unprintable characters as escapes
    (``\\n``, ``\\x85``), so that a message stays one line whatever it quotes."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def shorten(text: str, limit: int = 120) -> str:
    """``text`` cut in the middle to ``limit`` characters, saying how long it was.

    Error messages quote what the user gave; a multi-megabyte value quoted whole
    would bury the message. Both ends stay, since a message often ends with what
    was expected.
    """
    if len(text) <= limit:
        return text
    cut = f" ...({len(text):,} characters)... "
    keep = max(limit - len(cut), 2)
    return text[: keep - keep // 2] + cut + text[len(text) - keep // 2 :]
