"""Assess a survey: usual intake per nutrient and group, then the shares.

The rows are put in order once (by group, then by each person's number of
days, then by person), so that every group is one slice and each run of
persons with the same number of days can be summed with slices instead of a
loop per row. Each nutrient with a food column is then assessed in each group
(:mod:`.usual`, :mod:`.prevalence`), with bootstrap intervals over persons on
request.
"""

from __future__ import annotations

import math
import os
import random
from collections import Counter
from operator import add, itemgetter, sub
from pathlib import Path

from nutrient_data.population import prevalence, usual
from nutrient_data.population.columns import SurveyError
from nutrient_data.population.records import read_iterable, read_path
from nutrient_data.population.references import (
    check_authority,
    nutrient_unit,
    reference,
)
from nutrient_data.population.result import (
    DISCLAIMER,
    WORDS,
    GroupResult,
    PopulationAssessment,
)
from nutrient_data.vocab import NUTRIENT_ORDER

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from typing import Any

    from nutrient_data.population.records import Progress, Survey
    from nutrient_data.population.references import Reference
    from nutrient_data.vocab import Authority, Sex

SAMPLE = 2_000
"""Days per group the transform is chosen on (an even sample of them)."""


def assess_population(
    records: str | os.PathLike[str] | Iterable[Mapping[str, Any]],
    authority: Authority = "us",
    *,
    by: str = "life-stage",
    bootstrap: int = 0,
    seed: int = 0,
    strict: bool = False,
    progress: Progress | None = None,
) -> PopulationAssessment:
    """Assess a population's usual intakes against an authority's reference values.

    ``records`` is a survey file (``.csv``, ``.jsonl`` or, with the ``parquet``
    extra, ``.parquet``) or an iterable of mappings, one person-day each, with
    the columns of ``schema/survey.schema.json``. ``by`` groups persons by
    ``"life-stage"`` (the authority's groups), ``"sex"`` or a column's value.
    ``bootstrap`` resamples persons that many times (seeded by ``seed``) for 95%
    intervals. Rows that cannot be used are left out and listed in
    ``bad_rows``; with ``strict`` the first raises :class:`SurveyError`, as does
    a file or header that cannot be read. Estimates for groups; not medical
    advice.

    >>> from nutrient_data import assess_population
    >>> rows = [
    ...     {"person_id": p, "day": d, "age": 40, "sex": "female",
    ...      "magnesium_food": 200 + 40 * p + 10 * d}
    ...     for p in range(5) for d in (1, 2)]
    >>> result = assess_population(rows).result("magnesium", "females-31-50y")
    >>> result.below_ear
    0.4
    """
    check_authority(authority)
    if bootstrap < 0:
        raise SurveyError("bootstrap must be 0 or more resamples")
    options: dict[str, Any] = {
        "authority": authority,
        "by": by,
        "strict": strict,
        "progress": progress,
    }
    if isinstance(records, str | os.PathLike):
        survey = read_path(Path(records), **options)
    else:
        survey = read_iterable(records, **options)
    return assess_survey(survey, authority, bootstrap=bootstrap, seed=seed)


class _Layout:
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
        self.row_weights = [
            survey.weight[p]
            for p, n in zip(persons, self.days, strict=True)
            for _ in range(n)
        ]
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


class _Persons:
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


def _collect(
    persons: _Persons,
    layout: _Layout,
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


def assess_survey(
    survey: Survey, authority: Authority, *, bootstrap: int = 0, seed: int = 0
) -> PopulationAssessment:
    """Assess the rows read into ``survey`` (see :func:`assess_population`)."""
    if not survey.rows:
        raise SurveyError("no usable rows: every row was left out")
    layout = _Layout(survey)
    profiles: dict[tuple[float, Sex, bool, bool], int] = {}
    person_profile = [
        profiles.setdefault(
            (
                survey.age[p],
                survey.sex[p],
                bool(survey.pregnant[p]),
                bool(survey.lactating[p]),
            ),
            len(profiles),
        )
        for p in range(len(survey.ids))
    ]
    by_column: dict[tuple[str, str], int] = {
        (c.nutrient, c.source): i for i, c in enumerate(survey.columns)
    }
    notes = []
    for nutrient, source in by_column:
        if source == "supplements" and (nutrient, "food") not in by_column:
            notes.append(
                f"{nutrient} is not assessed: it has a supplements column but no "
                f"{nutrient}_food column."
            )
    results = []
    for nutrient in NUTRIENT_ORDER:
        if (nutrient, "food") not in by_column:
            continue
        results += _nutrient(
            survey,
            layout,
            nutrient,
            by_column,
            authority,
            profiles,
            person_profile,
            bootstrap,
            seed,
        )
    return PopulationAssessment(
        authority=authority,
        by=survey.by,
        results=tuple(results),
        rows=survey.rows,
        persons=len(survey.ids),
        bad_rows=tuple(survey.bad_rows),
        notes=(*notes, DISCLAIMER),
    )


def _nutrient(
    survey: Survey,
    layout: _Layout,
    nutrient: str,
    by_column: Mapping[tuple[str, str], int],
    authority: Authority,
    profiles: Mapping[tuple[float, Sex, bool, bool], int],
    person_profile: Sequence[int],
    bootstrap: int,
    seed: int,
) -> list[GroupResult]:
    food = layout.gather(survey.column(by_column[nutrient, "food"]))
    supplement_at = by_column.get((nutrient, "supplements"))
    ul_ratio = 1.0
    supplements: Sequence[float]
    if supplement_at is None:
        supplements = [0.0] * len(food)
    else:
        supplements = layout.gather(survey.column(supplement_at))
        total = sum(supplements)
        if total != total:  # an empty cell: none taken
            supplements = [0.0 if v != v else v for v in supplements]
        spec = survey.columns[supplement_at]
        ul_ratio = float(spec.ul_scale / spec.scale)
    references: list[Reference] = []
    ref_index: dict[Reference, int] = {}
    profile_ref = []
    for age, sex, pregnant, lactating in profiles:
        found = reference(nutrient, authority, age, sex, pregnant, lactating)
        profile_ref.append(ref_index.setdefault(found, len(ref_index)))
        if len(references) < len(ref_index):
            references.append(found)
    person_ref = [profile_ref[person_profile[p]] for p in layout.persons]
    results = []
    for group, runs in layout.groups.items():
        first_row = runs[0][3]
        last = runs[-1]
        end_row = last[3] + (last[2] - last[1]) * last[0]
        days = food[first_row:end_row]
        step = max(1, len(days) // SAMPLE)
        sampled = [
            (v, w)
            for v, w in zip(
                days[::step], layout.row_weights[first_row:end_row:step], strict=True
            )
            if v == v
        ]
        if not sampled:
            continue
        power = usual.choose_power([v for v, _ in sampled], [w for _, w in sampled])
        if power == 0 and 0.0 in days:
            power = usual.POWERS[1]
        persons = _Persons(power)
        skipped = _collect(persons, layout, runs, food, supplements, person_ref)
        results.append(
            _result(
                nutrient,
                group,
                persons,
                references,
                ul_ratio,
                zeros=days.count(0.0) / len(days),
                skipped=skipped,
                has_supplements=supplement_at is not None,
                bootstrap=bootstrap,
                seed=seed,
            )
        )
    return results


def _result(
    nutrient: str,
    group: str,
    persons: _Persons,
    references: Sequence[Reference],
    ul_ratio: float,
    *,
    zeros: float,
    skipped: int,
    has_supplements: bool,
    bootstrap: int,
    seed: int,
) -> GroupResult:
    parts, totals, weights, shares = persons.estimate(references, ul_ratio)
    unit = nutrient_unit(nutrient)
    mean = prevalence.weighted_mean(totals, weights)
    notes = _notes(
        nutrient, group, persons, parts, references, shares, totals, weights, unit, mean
    )
    if zeros > 0.05:
        notes.append(WORDS["zero_days"].format(share=zeros))
    if skipped:
        notes.append(WORDS["no_food_days"].format(count=skipped))
    if has_supplements:
        notes.append(WORDS["supplements"])
    else:
        notes.append(WORDS["no_supplements"].format(nutrient=nutrient))
    ci = None
    if bootstrap:
        ci = _bootstrap(
            persons,
            references,
            ul_ratio,
            shares,
            bootstrap,
            f"{seed}:{nutrient}:{group}",
        )
        notes.append(WORDS["bootstrap"].format(replicates=bootstrap, seed=seed))
    method = [
        "usual intake (NRC/IOM)"
        if parts.within is not None
        else "single-day intake (not adjusted)"
    ]
    if shares.below_ear is not None:
        method.append("EAR cut-point")
    if shares.probability_inadequate is not None:
        method.append("probability approach")
    if shares.at_or_above_ai is not None:
        method.append("share at or above the AI")
    if shares.above_ul is not None:
        method.append("share above the UL")
    return GroupResult(
        nutrient=nutrient,
        group=group,
        n=math.fsum(weights),
        persons=len(weights),
        unit=unit,
        mean=mean,
        percentiles=prevalence.percentiles(totals, weights),
        below_ear=shares.below_ear,
        probability_inadequate=shares.probability_inadequate,
        at_or_above_ai=shares.at_or_above_ai,
        above_ul=shares.above_ul,
        method="; ".join(method),
        notes=tuple(notes),
        variance_ratio=parts.ratio,
        transform=usual.power_name(parts.power),
        ci=ci,
    )


def _notes(
    nutrient: str,
    group: str,
    persons: _Persons,
    parts: usual.Components,
    references: Sequence[Reference],
    shares: prevalence.Shares,
    totals: Sequence[float],
    weights: Sequence[float],
    unit: str,
    mean: float,
) -> list[str]:
    used = [references[r] for r in sorted(set(persons.refs))]
    notes = []
    if parts.within is None:
        notes.append(WORDS["single_day"])
    else:
        ratio = parts.ratio
        notes.append(WORDS["shrink"])
        notes.append(
            WORDS["ratio"].format(
                transform=usual.power_name(parts.power),
                ratio="undefined" if ratio is None else f"{ratio:.2f}",
            )
        )
        if parts.between <= 0:
            notes.append(WORDS["no_between"].format(nutrient=nutrient, group=group))
        single = sum(1 for n in persons.days if n == 1)
        if single:
            notes.append(WORDS["some_single"])
    missing = Counter(
        references[r].missing for r in persons.refs if references[r].missing
    )
    for reason, count in sorted(missing.items()):
        notes.append(WORDS["not_assessed"].format(count=count, reason=reason))
    if all(getattr(shares, k) is None for k in shares._fields[:4]):
        notes.append(WORDS["no_values"])
    for phytate in sorted({r.phytate_mg for r in used if r.phytate_mg}):
        notes.append(WORDS["phytate"].format(phytate=phytate))
    if shares.below_ear is not None:
        notes.append(WORDS["cut_point"])
        cvs = [(r.ear, r.cv) for r in used if r.ear and r.cv]
        if cvs:
            sd = math.sqrt(
                prevalence.weighted_mean([(t - mean) ** 2 for t in totals], weights)
            )
            widest = max(e * c for e, c in cvs)
            if sd <= widest:
                notes.append(
                    WORDS["cut_point_fails"].format(
                        intake_sd=sd, requirement_sd=widest, unit=unit
                    )
                )
        if shares.probability_inadequate is None:
            notes.append(WORDS["no_cv"])
    if shares.at_or_above_ai is not None:
        notes.append(WORDS["ai"])
        ais = [r.ai for r in used if r.ai is not None]
        if len(set(ais)) == 1:
            notes.append(
                WORDS["ai_mean_at_or_above" if mean >= ais[0] else "ai_mean_below"]
            )
    if shares.above_ul is not None:
        kinds = {r.ul_kind for r in used if r.ul is not None}
        scopes = {r.supplemental_only for r in used if r.ul is not None}
        if "safe-level" in kinds:
            notes.append(WORDS["safe_level"])
        notes.append(WORDS["ul_supplemental" if scopes == {True} else "ul_total"])
    for key, label in (
        ("ear", "An average requirement"),
        ("ai", "An AI"),
        ("ul", "An upper level"),
    ):
        covered = shares.covered.get(key)
        if covered and covered < 1:
            notes.append(WORDS["part_covered"].format(value=label, share=covered))
    return notes


def _bootstrap(
    persons: _Persons,
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
