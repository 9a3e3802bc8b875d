"""Usual intake from a few days per person: the NRC/IOM method of adjustment.

A day's intake is a person's usual intake plus the day's deviation; a
distribution of one or two days per person is wider than that of usual
intakes, so shares below a cut-point are overstated. The National Research
Council's method (NRC 1986, *Nutrient Adequacy: Assessment Using Food
Consumption Surveys*), as the Institute of Medicine describes it (IOM 2000,
*Dietary Reference Intakes: Applications in Dietary Assessment*, p. 97,
https://doi.org/10.17226/9956): transform daily intakes towards
normality; estimate the between-person and within-person variances; move each
person's mean towards the group mean by the ratio of the between-person SD to
the SD of person means; transform back.

Here the transform is a power (or the log) chosen from a fixed ladder by the
data (the smallest skewness of the transformed days); the variances are
weighted by the survey weights, with frequency-weight sums so that a person
counted twice equals a person of double weight; a person with ``n`` days is
moved by ``sb / sqrt(sb^2 + sw^2 / n)``, which is the ratio above for the
usual equal number of days and lets persons with one day stand beside those
with more.
"""

from __future__ import annotations

import math
from fractions import Fraction
from itertools import repeat
from operator import mul

from nutrient_data.named_tuple import NamedTuple

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

POWERS = (0.0, 0.1, 0.2, 0.25, 1 / 3, 0.5, 2 / 3, 1.0)
"""The transforms tried: 0 is the natural log, any other a power."""


class Components(NamedTuple):
    """The variance components of one nutrient in one group, in the transformed
    scale: the weighted mean of person means, the between-person and the
    within-person variance (``None`` where no one has two days)."""

    power: float
    mean: float
    between: float
    within: float | None
    repeat_persons: int

    @property
    def ratio(self) -> float | None:
        """Within- to between-person variance (``None`` where it has no meaning)."""
        if self.within is None or self.between <= 0:
            return None
        return self.within / self.between


def power_name(power: float) -> str:
    """``log``, ``power 1/3`` and so on (``none`` for the identity)."""
    if power == 0:
        return "log"
    if power == 1:
        return "none"
    return f"power {Fraction(power).limit_denominator(10)}"


def skewness(values: Sequence[float], weights: Sequence[float]) -> float:
    """Weighted sample skewness, 0 for a constant."""
    total = math.fsum(weights)
    mean = math.fsum(map(mul, values, weights)) / total
    deviations = [v - mean for v in values]
    squares = list(map(mul, deviations, deviations))
    m2 = math.fsum(map(mul, squares, weights)) / total
    if m2 <= 0:
        return 0.0
    m3 = math.fsum(map(mul, map(mul, squares, deviations), weights)) / total
    return float(m3 / m2**1.5)


def transformed(values: Sequence[float], power: float) -> list[float]:
    """``values`` transformed (NaN stays NaN; the log needs values above 0)."""
    if power == 0:
        return list(map(math.log, values))
    if power == 1:
        return list(values)
    return list(map(pow, values, repeat(power)))


def choose_power(sample: Sequence[float], weights: Sequence[float]) -> float:
    """The power of :data:`POWERS` whose transform of ``sample`` (daily intakes,
    each with its person's weight) is least skewed; the log only where every
    intake is above 0."""
    if len(sample) < 3:
        return 1.0
    positive = min(sample) > 0
    scored = [
        (abs(skewness(transformed(sample, p), weights)), -p, p)
        for p in POWERS
        if p > 0 or positive
    ]
    return min(scored)[2]


SAMPLE = 2_000
"""Days per group the transform is chosen on (an even sample of them)."""


def power_for(days: Sequence[float], weights: Sequence[float]) -> float | None:
    """The power for one group's days (in file order, NaN where not recorded),
    chosen on every k-th day so that about :data:`SAMPLE` are used; ``None``
    where no day is recorded."""
    step = max(1, len(days) // SAMPLE)
    pairs = [
        (v, w) for v, w in zip(days[::step], weights[::step], strict=True) if v == v
    ]
    if not pairs:
        pairs = [(v, w) for v, w in zip(days, weights, strict=True) if v == v]
    if not pairs:
        return None
    power = choose_power([float(v) for v, _ in pairs], [float(w) for _, w in pairs])
    if power == 0 and 0.0 in days:
        power = POWERS[1]
    return power


def components(
    means: Sequence[float],
    within_ss: Sequence[float],
    days: Sequence[int],
    weights: Sequence[float],
    power: float,
) -> Components:
    """Weighted variance components from each person's mean and within-person
    sum of squares (both in the transformed scale) and number of days."""
    total = math.fsum(weights)
    mean = math.fsum(map(mul, weights, means)) / total
    deviations = [y - mean for y in means]
    spread = math.fsum(map(mul, weights, map(mul, deviations, deviations))) / total
    first = days[0]
    uniform = all(n == first for n in days)
    if uniform:
        freedom = total * (first - 1)
        repeats = len(days) if first > 1 else 0
        per_day = 1 / first
    else:
        freedom = math.fsum(w * (n - 1) for w, n in zip(weights, days, strict=True))
        repeats = sum(1 for n in days if n > 1)
        per_day = math.fsum(w / n for w, n in zip(weights, days, strict=True)) / total
    if freedom <= 0:
        return Components(power, mean, spread, None, 0)
    within = math.fsum(map(mul, weights, within_ss)) / freedom
    return Components(power, mean, spread - within * per_day, within, repeats)


def usual_intakes(
    parts: Components, means: Sequence[float], days: Sequence[int]
) -> list[float]:
    """Each person's usual intake in the original scale: the mean moved towards
    the group mean, transformed back. A between-person variance of 0 or less
    puts everyone at the group mean (the caller warns)."""
    moved: Sequence[float] = means
    if parts.within is not None:
        between = max(parts.between, 0.0)
        factor: dict[int, float] = {}
        for n in set(days):
            spread = between + parts.within / n
            factor[n] = math.sqrt(between / spread) if spread > 0 else 1.0
        m = parts.mean
        if len(factor) == 1:
            (f,) = factor.values()
            moved = [m + f * (y - m) for y in means]
        else:
            moved = [m + factor[n] * (y - m) for y, n in zip(means, days, strict=True)]
    if parts.power == 0:
        return list(map(math.exp, moved))
    if parts.power == 1:
        return list(moved)
    root = 1 / parts.power
    return [u**root if u > 0 else 0.0 for u in moved]
