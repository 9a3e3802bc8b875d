"""A problem found in data, named by its JSON path, and the error that carries them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple


class Problem(NamedTuple):
    """One thing wrong with the data, at a JSON path such as ``$.nutrients[0].id``."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def json_path(parts: Iterable[str | int]) -> str:
    """Render path parts as a JSONPath: ``("a", 0, "b")`` becomes ``$.a[0].b``."""
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


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
