"""Which claims to list: one filter for the API and the bundle-reading CLI.

Unknown filter values are an error that lists the allowed ones, never a
silently empty answer.
"""

from __future__ import annotations

from collections.abc import Collection

from nutrient_data.named_tuple import NamedTuple
from nutrient_data.vocab import CERTAINTIES, CERTAINTY_RANK, MECHANISMS, VERDICTS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from nutrient_data.vocab import Certainty, Mechanism, Verdict


def _allowed(what: str, value: object, choices: Collection[str]) -> None:
    if value is not None and value not in choices:
        raise ValueError(f"unknown {what} {value!r}; choose from {', '.join(choices)}")


class _Codes(NamedTuple):
    verdict: Verdict | None = None
    min_certainty: Certainty | None = None
    mechanism: Mechanism | None = None


class ClaimFilter(_Codes):
    """Keep claims with this verdict, at least this certainty, about this mechanism.

    Immutable (a named tuple, which imports faster than a dataclass); the
    values are checked when it is made.
    """

    __slots__ = ()

    def __new__(
        cls,
        verdict: Verdict | None = None,
        min_certainty: Certainty | None = None,
        mechanism: Mechanism | None = None,
    ) -> ClaimFilter:
        _allowed("verdict", verdict, VERDICTS)
        _allowed("certainty", min_certainty, CERTAINTIES)
        _allowed("mechanism", mechanism, MECHANISMS)
        return super().__new__(cls, verdict, min_certainty, mechanism)

    def accepts(self, verdict: str, certainty: Certainty, mechanism: str) -> bool:
        """Whether a claim with these codes passes the filter."""
        return (
            self.verdict in (None, verdict)
            and self.mechanism in (None, mechanism)
            and (
                self.min_certainty is None
                or CERTAINTY_RANK[certainty] >= CERTAINTY_RANK[self.min_certainty]
            )
        )
