"""Which claims to list: one filter for the API and the bundle-reading CLI.

Unknown filter values are an error that lists the allowed ones, never a
silently empty answer.
"""

from __future__ import annotations

import typing
from collections.abc import Collection
from dataclasses import dataclass

from nutrient_data.vocab import (
    CERTAINTIES,
    CERTAINTY_RANK,
    VERDICTS,
    Certainty,
    Mechanism,
    Verdict,
)

MECHANISMS: tuple[Mechanism, ...] = typing.get_args(Mechanism)


def _allowed(what: str, value: object, choices: Collection[str]) -> None:
    if value is not None and value not in choices:
        raise ValueError(f"unknown {what} {value!r}; choose from {', '.join(choices)}")


@dataclass(frozen=True)
class ClaimFilter:
    """Keep claims with this verdict, at least this certainty, about this mechanism."""

    verdict: Verdict | None = None
    min_certainty: Certainty | None = None
    mechanism: Mechanism | None = None

    def __post_init__(self) -> None:
        _allowed("verdict", self.verdict, VERDICTS)
        _allowed("certainty", self.min_certainty, CERTAINTIES)
        _allowed("mechanism", self.mechanism, MECHANISMS)

    def accepts(self, verdict: str, certainty: str, mechanism: str) -> bool:
        """Whether a claim with these codes passes the filter."""
        return (
            self.verdict in (None, verdict)
            and self.mechanism in (None, mechanism)
            and (
                self.min_certainty is None
                or CERTAINTY_RANK[typing.cast(Certainty, certainty)]
                >= CERTAINTY_RANK[self.min_certainty]
            )
        )
