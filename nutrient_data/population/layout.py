"""The survey's persons and rows in order, and one nutrient's person summaries.

The rows are put in order once (by group, then by each person's number of
days, then by person), so that every group is one slice and each run of
persons with the same number of days is summed with slices instead of a loop
per row.
"""

from __future__ import annotations

import math
from collections import Counter
from operator import add, itemgetter, sub

from nutrient_data.population import prevalence, usual

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

    from nutrient_data.population.records import Survey
    from nutrient_data.population.references import Reference


class Layout:
    """The survey's persons and rows in order of group, number of days, person."""

    def __init__(self, survey: Survey) -> None:
        counted = Counter(survey.row_person)
        days = [counted[p] for p in range(len(survey.ids))]
        keys = list(zip(survey.group, days, strict=True))
        persons = sorted(range(len(survey.ids)), key=keys.__getitem__)
        start, place = 0, [0] * len(survey.ids)
        for p in persons:
            place[p] = start
            start += days[p]
        rows = [0] * survey.rows
        for row, p in enumerate(survey.row_person):
            rows[place[p]] = row
            place[p] += 1
        self.gather = itemgetter(*rows) if len(rows) > 1 else lambda c: (c[0],)
        """Picks a column's values in this order."""
        self.persons = persons
        self.days = [days[p] for p in persons]
        self.weights = [survey.weight[p] for p in persons]
        self.file_weights = [survey.weight[p] for p in survey.row_person]
        """Each row's person's weight, in file order."""
        self.file_rows: dict[str, list[int]] = {}
        """Each group's rows, in file order."""
        for row, p in enumerate(survey.row_person):
            self.file_rows.setdefault(survey.group[p], []).append(row)
        self.groups: dict[str, list[tuple[int, int, int, int]]] = {}
        """Per group, its runs: (days, first person, end person, first row)."""
        at = row = 0
        while at < len(persons):
            group, count = survey.group[persons[at]], self.days[at]
            end = at
            while (
                end < len(persons)
                and self.days[end] == count
                and survey.group[persons[end]] == group
            ):
                end += 1
            self.groups.setdefault(group, []).append((count, at, end, row))
            row += (end - at) * count
            at = end


class Persons:
    """One nutrient in one group: each person's mean and within-person sum of
    squares of transformed food days, days, weight, mean supplements, and the
    index of their reference values."""

    def __init__(self, power: float) -> None:
        self.power = power
        self.means: list[float] = []
        self.ss: list[float] = []
        self.days: list[int] = []
        self.weights: list[float] = []
        self.supplements: list[float] = []
        self.refs: list[int] = []

    def estimate(
        self,
        references: Sequence[Reference],
        ul_ratio: float,
        pick: Sequence[int] | None = None,
    ) -> tuple[usual.Components, list[float], list[float], prevalence.Shares]:
        """Components, usual total intakes, weights and shares (of the persons
        ``pick`` chooses, with repeats, for a bootstrap resample)."""
        if pick is None:
            means, ss, days, weights = self.means, self.ss, self.days, self.weights
            supplements, refs = self.supplements, self.refs
        else:
            means = [self.means[i] for i in pick]
            ss = [self.ss[i] for i in pick]
            days = [self.days[i] for i in pick]
            weights = [self.weights[i] for i in pick]
            supplements = [self.supplements[i] for i in pick]
            refs = [self.refs[i] for i in pick]
        parts = usual.components(means, ss, days, weights, self.power)
        food = usual.usual_intakes(parts, means, days)
        totals = list(map(add, food, supplements))
        grouped: dict[Reference, tuple[list[float], list[float], list[float]]] = {}
        if len(set(refs)) == 1:
            only = references[refs[0]]
            counted = _counted(only, food, supplements, ul_ratio)
            grouped[only] = (totals, counted, weights)
        else:
            for i, r in enumerate(refs):
                ref = references[r]
                lists = grouped.setdefault(ref, ([], [], []))
                lists[0].append(totals[i])
                added = supplements[i] * ul_ratio
                lists[1].append(added if ref.supplemental_only else food[i] + added)
                lists[2].append(weights[i])
        kept = {ref: lists for ref, lists in grouped.items() if ref.missing is None}
        return parts, totals, list(weights), prevalence.shares(kept)


def _counted(
    ref: Reference, food: Sequence[float], supplements: Sequence[float], ratio: float
) -> list[float]:
    """The intake the UL counts: supplements (by the UL's IU factor) and, unless
    the UL is for supplements only, food."""
    scaled = supplements if ratio == 1 else [s * ratio for s in supplements]
    return list(scaled) if ref.supplemental_only else list(map(add, food, scaled))


def collect(
    persons: Persons,
    layout: Layout,
    runs: Sequence[tuple[int, int, int, int]],
    food: Sequence[float],
    supplements: Sequence[float],
    refs: Sequence[int],
) -> int:
    """Fill ``persons`` from the group's runs (``refs``: each person's reference
    values, in the layout's order); return how many had no food day."""
    skipped = 0
    for count, first, end, row in runs:
        rows = (end - first) * count
        days = usual.transformed(food[row : row + rows], persons.power)
        added = supplements[row : row + rows]
        who = layout.persons[first:end]
        total = sum(days)
        if total == total and count <= 2:  # no NaN: by slices
            if count == 1:
                persons.means += days
                persons.ss += [0.0] * len(days)
                persons.supplements += added
            else:
                one, two = days[0::2], days[1::2]
                persons.means += [(a + b) * 0.5 for a, b in zip(one, two, strict=True)]
                gaps = list(map(sub, one, two))
                persons.ss += [g * g * 0.5 for g in gaps]
                persons.supplements += [
                    (a + b) * 0.5 for a, b in zip(added[0::2], added[1::2], strict=True)
                ]
            persons.days += [count] * len(who)
            persons.weights += layout.weights[first:end]
            persons.refs += refs[first:end]
            continue
        for k in range(len(who)):
            mine = [v for v in days[k * count : (k + 1) * count] if v == v]
            if not mine:
                skipped += 1
                continue
            mean = math.fsum(mine) / len(mine)
            persons.means.append(mean)
            persons.ss.append(math.fsum((v - mean) ** 2 for v in mine))
            persons.days.append(len(mine))
            persons.supplements.append(
                math.fsum(added[k * count : (k + 1) * count]) / count
            )
            persons.weights.append(layout.weights[first + k])
            persons.refs.append(refs[first + k])
    return skipped
