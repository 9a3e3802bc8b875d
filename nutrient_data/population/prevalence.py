"""A group's shares: below the EAR, inadequate, at or above the AI, above the UL.

The methods are the National Academies' for groups (IOM 2000, *Dietary
Reference Intakes: Applications in Dietary Assessment*,
https://doi.org/10.17226/9956): the EAR cut-point (the share whose usual intake
is below the EAR estimates the prevalence of inadequacy); the probability
approach (the mean, over persons, of the probability that the requirement,
normal with mean EAR and SD CV x EAR, exceeds the usual intake); for an AI only
the share at or above it, since the AI cannot give a prevalence; and the share
whose intake counted by the UL's scope is above the UL. Each person is compared
with the values of their own life-stage group, so a group that spans several
(``--by sex``) is assessed correctly. All shares are weighted.
"""

from __future__ import annotations

import math
from itertools import compress, repeat
from operator import ge, gt, lt, mul

from nutrient_data.named_tuple import NamedTuple

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from nutrient_data.population.references import Reference

    Persons = tuple[list[float], list[float], list[float]]
    """Usual total intakes, the intakes the UL counts, and weights."""

PERCENTILES = (5, 10, 25, 50, 75, 90, 95)
SQRT2 = math.sqrt(2)


class Shares(NamedTuple):
    """The four shares (0-1, ``None`` where no one has the value), and the
    share of the group's weight each is computed over."""

    below_ear: float | None
    probability_inadequate: float | None
    at_or_above_ai: float | None
    above_ul: float | None
    covered: dict[str, float]


def percentiles(values: Sequence[float], weights: Sequence[float]) -> dict[str, float]:
    """Weighted percentiles (the inverse of the weighted distribution function:
    the smallest value whose cumulative weight reaches the share)."""
    total = math.fsum(weights)
    first = weights[0]
    if weights.count(first) == len(weights):
        ordered = sorted(values)
        return {
            str(q): ordered[
                min(max(math.ceil(q * total / 100 / first) - 1, 0), len(ordered) - 1)
            ]
            for q in PERCENTILES
        }
    order = sorted(range(len(values)), key=values.__getitem__)
    found: dict[str, float] = {}
    wanted = iter(PERCENTILES)
    q: int | None = next(wanted)
    running = 0.0
    for i in order:
        running += weights[i]
        while q is not None and running >= q * total / 100:
            found[str(q)] = values[i]
            q = next(wanted, None)
        if q is None:
            break
    for rest in PERCENTILES:  # rounding can leave the top ones unreached
        found.setdefault(str(rest), values[order[-1]])
    return found


def weighted_mean(values: Sequence[float], weights: Sequence[float]) -> float:
    return math.fsum(map(mul, values, weights)) / math.fsum(weights)


def _below(values: Sequence[float], weights: Sequence[float], cut: float) -> float:
    return math.fsum(compress(weights, map(lt, values, repeat(cut))))


def _at_or_above(
    values: Sequence[float], weights: Sequence[float], cut: float
) -> float:
    return math.fsum(compress(weights, map(ge, values, repeat(cut))))


def _above(values: Sequence[float], weights: Sequence[float], cut: float) -> float:
    return math.fsum(compress(weights, map(gt, values, repeat(cut))))


def _inadequate(
    values: Sequence[float], weights: Sequence[float], ear: float, cv: float
) -> float:
    """Sum of weight x P(requirement > intake), requirement N(EAR, (CV EAR)^2)."""
    scale = cv * ear * SQRT2
    tails = map(math.erfc, [(v - ear) / scale for v in values])
    return 0.5 * math.fsum(map(mul, weights, tails))


def shares(by_reference: Mapping[Reference, Persons]) -> Shares:
    """The shares of a group whose persons are grouped by their reference values."""
    sums = {key: 0.0 for key in ("ear", "cv", "ai", "ul", "all")}
    hits = {key: 0.0 for key in ("ear", "cv", "ai", "ul")}
    for ref, (totals, counted, weights) in by_reference.items():
        weight = math.fsum(weights)
        sums["all"] += weight
        if ref.ear:
            sums["ear"] += weight
            hits["ear"] += _below(totals, weights, ref.ear)
            if ref.cv:
                sums["cv"] += weight
                hits["cv"] += _inadequate(totals, weights, ref.ear, ref.cv)
        if ref.ai is not None:
            sums["ai"] += weight
            hits["ai"] += _at_or_above(totals, weights, ref.ai)
        if ref.ul is not None:
            sums["ul"] += weight
            hits["ul"] += _above(counted, weights, ref.ul)

    def share(key: str) -> float | None:
        return min(max(hits[key] / sums[key], 0.0), 1.0) if sums[key] else None

    return Shares(
        share("ear"),
        share("cv"),
        share("ai"),
        share("ul"),
        {k: sums[k] / sums["all"] for k in ("ear", "cv", "ai", "ul") if sums["all"]},
    )
