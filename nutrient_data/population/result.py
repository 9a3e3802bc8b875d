"""What a population assessment answers, and the words its notes use.

The National Academies' statements on the AI are quoted from IOM 2000,
*Dietary Reference Intakes: Applications in Dietary Assessment*, p. 110
(https://doi.org/10.17226/9956); the other notes are this package's words.
"""

from __future__ import annotations

from nutrient_data.named_tuple import NamedTuple
from nutrient_data.population.prevalence import PERCENTILES

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from nutrient_data.population.records import BadRow

SOURCE = "IOM 2000, Dietary Reference Intakes: Applications in Dietary Assessment"
WORDS = {
    "ai": '"The AI cannot be used to calculate the prevalence of inadequate '
    f'nutrient intakes for groups." ({SOURCE}, p. 110)',
    "ai_mean_at_or_above": "The mean usual intake is at or above the AI: groups "
    '"with mean intakes at or above the AI can generally be assumed to have a '
    'low prevalence of inadequate intakes" (p. 110).',
    "ai_mean_below": 'The mean usual intake is below the AI: "If the mean intake '
    "is below the AI, the adequacy of the group's intake cannot be determined.\" "
    "(p. 110)",
    "single_day": "Only one day per person: single-day intakes spread wider than "
    "usual intakes, so this result is biased (the shares in the tails, below the "
    "EAR and above the UL, are usually overstated). Record a second day for at "
    "least part of the sample.",
    "some_single": "Some persons have one day only; the second days of the "
    "others give the within-person variance.",
    "no_between": "The between-person variance of {nutrient} in {group} is zero or "
    "negative: the days do not tell persons apart, so every person is put at the "
    "group mean and the shares are not reliable.",
    "shrink": "Usual intake by the NRC/IOM method: transformed towards "
    "normality, between- and within-person variance estimated, person means "
    "shrunk towards the group mean, transformed back.",
    "ratio": "Transform: {transform}; variance ratio within/between {ratio}.",
    "supplements": "Supplements: each person's mean supplement intake is added "
    "to their usual intake from food (shrink, then add); supplements are not "
    "shrunk.",
    "no_supplements": "No {nutrient}_supplements column: no supplements counted.",
    "cut_point": "The EAR cut-point assumes a symmetric requirement, an intake "
    "variance larger than the requirement variance, and intake independent of "
    "requirement.",
    "cut_point_fails": "The usual-intake SD ({intake_sd:.3g} {unit}) is not above "
    "the requirement SD ({requirement_sd:.3g} {unit}): the cut-point's variance "
    "condition fails; prefer the probability approach.",
    "no_cv": "No CV of the requirement is recorded: the probability approach is "
    "not computed.",
    "ul_supplemental": "The UL counts supplements only: intake from food is not "
    "counted towards it.",
    "ul_total": "The UL counts total intake (food and supplements).",
    "safe_level": "The upper value is a safe level, not a UL: the share above it "
    "is not a share at risk.",
    "part_covered": "{value} is set for {share:.0%} of the group's weight; the "
    "share is over that part only.",
    "no_values": "The authority sets no reference value for this nutrient and "
    "group: only the distribution of usual intake is given.",
    "phytate": "EFSA's zinc values at a phytate intake of {phytate} mg/day (the "
    "lookup's default).",
    "not_assessed": "{count} person(s) with no value set for them ({reason}) are "
    "left out of the shares.",
    "no_food_days": "{count} person(s) with no food amount on any day are left out.",
    "zero_days": "{share:.0%} of days have no intake from food: the method assumes "
    "a nutrient eaten nearly every day.",
    "bootstrap": "95% intervals from {replicates} bootstrap resamples of persons "
    "(seed {seed}), the transform held fixed; they do not reflect a complex "
    "survey design (strata, clusters).",
}
DISCLAIMER = (
    "Prevalence estimates for groups, not a judgement of any person's diet; "
    "not medical advice."
)
SHARES = ("below_ear", "probability_inadequate", "at_or_above_ai", "above_ul")
CSV_COLUMNS = (
    "nutrient",
    "group",
    "n",
    "unit",
    "mean",
    *(f"p{q}" for q in PERCENTILES),
    *SHARES,
    "method",
    "notes",
)


class GroupResult(NamedTuple):
    """One nutrient in one group: the weighted ``n``, the usual intake's mean and
    percentiles (``unit`` per day), the four shares (0-1, ``None`` where the
    value is not set), the method, notes and, with a bootstrap, 95% intervals
    of the shares. ``persons`` counts persons unweighted."""

    nutrient: str
    group: str
    n: float
    persons: int
    unit: str
    mean: float
    percentiles: dict[str, float]
    below_ear: float | None
    probability_inadequate: float | None
    at_or_above_ai: float | None
    above_ul: float | None
    method: str
    notes: tuple[str, ...]
    variance_ratio: float | None
    transform: str
    ci: dict[str, tuple[float, float]] | None = None

    def as_json(self) -> dict[str, Any]:
        """The result as ``survey --json`` prints it."""
        shown: dict[str, Any] = {
            "nutrient": self.nutrient,
            "group": self.group,
            "n": self.n,
            "unit": self.unit,
            "mean": self.mean,
            "percentiles": dict(self.percentiles),
            **{share: getattr(self, share) for share in SHARES},
            "method": self.method,
            "notes": list(self.notes),
        }
        if self.ci is not None:
            shown["ci"] = {k: list(v) for k, v in self.ci.items()}
        return shown

    def csv_row(self, with_ci: bool) -> list[str]:
        cells = [
            self.nutrient,
            self.group,
            f"{self.n:g}",
            self.unit,
            f"{self.mean:.6g}",
            *(f"{self.percentiles[str(q)]:.6g}" for q in PERCENTILES),
            *(_share(getattr(self, s)) for s in SHARES),
        ]
        if with_ci:
            for share in SHARES:
                low, high = (self.ci or {}).get(share, (None, None))
                cells += [_share(low), _share(high)]
        return [*cells, self.method, " | ".join(self.notes)]


def _share(value: float | None) -> str:
    return "" if value is None else f"{value:.6g}"


class PopulationAssessment(NamedTuple):
    """A survey assessed: one result per nutrient and group, the rows and
    persons used, the rows left out, and notes on the survey as a whole."""

    authority: str
    by: str
    results: tuple[GroupResult, ...]
    rows: int
    persons: int
    bad_rows: tuple[BadRow, ...]
    notes: tuple[str, ...]

    def result(self, nutrient: str, group: str) -> GroupResult:
        """The result of one nutrient in one group (KeyError if none)."""
        for found in self.results:
            if found.nutrient == nutrient and found.group == group:
                return found
        raise KeyError(f"no result for {nutrient!r} in {group!r}")

    def as_json(self) -> list[dict[str, Any]]:
        return [r.as_json() for r in self.results]

    def csv_header(self, with_ci: bool) -> list[str]:
        head = list(CSV_COLUMNS[:-2])
        if with_ci:
            head += [f"{s}_{end}" for s in SHARES for end in ("low", "high")]
        return [*head, *CSV_COLUMNS[-2:]]
