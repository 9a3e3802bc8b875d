"""Bootstrap intervals of the shares, over persons, seeded."""

from __future__ import annotations

import random

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

    from nutrient_data.population import prevalence
    from nutrient_data.population.layout import Persons
    from nutrient_data.population.references import Reference


def intervals(
    persons: Persons,
    references: Sequence[Reference],
    ul_ratio: float,
    shares: prevalence.Shares,
    replicates: int,
    seed: str,
) -> dict[str, tuple[float, float]]:
    """95% percentile intervals of the shares over resamples of persons."""
    rng = random.Random(seed)
    everyone = range(len(persons.means))
    wanted = [
        k
        for k in ("below_ear", "probability_inadequate", "at_or_above_ai", "above_ul")
        if getattr(shares, k) is not None
    ]
    draws: dict[str, list[float]] = {k: [] for k in wanted}
    for _ in range(replicates):
        pick = rng.choices(everyone, k=len(everyone))
        again = persons.estimate(references, ul_ratio, pick)[3]
        for k in wanted:
            value = getattr(again, k)
            if value is not None:
                draws[k].append(value)
    return {k: _interval(v) for k, v in draws.items() if v}


def _interval(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    last = len(ordered) - 1
    return ordered[round(0.025 * last)], ordered[round(0.975 * last)]
