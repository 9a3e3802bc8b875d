"""Assess a survey: usual intake per nutrient and group, then the shares.

The rows are put in order once (:mod:`.layout`); each nutrient with a food
column is then assessed in each group (:mod:`.usual`, :mod:`.prevalence`), with
bootstrap intervals over persons on request (:mod:`.bootstrap`), and the
result carries the notes that say how to read it.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from pathlib import Path

from nutrient_data.population import prevalence, usual
from nutrient_data.population.bootstrap import intervals
from nutrient_data.population.columns import SurveyError
from nutrient_data.population.files import read_iterable, read_path
from nutrient_data.population.layout import Layout, Persons, collect
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
    from nutrient_data.vocab import Sex

    Authority = str


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
        path = Path(records)
        if not bootstrap and path.suffix.casefold() == ".csv" and path.is_file():
            from nutrient_data.population import fast

            found = fast.assess_csv(path, authority, by) if fast.available() else None
            if found is not None:
                return found
        survey = read_path(path, **options)
    else:
        survey = read_iterable(records, **options)
    return assess_survey(survey, authority, bootstrap=bootstrap, seed=seed)


def assess_survey(
    survey: Survey, authority: Authority, *, bootstrap: int = 0, seed: int = 0
) -> PopulationAssessment:
    """Assess the rows read into ``survey`` (see :func:`assess_population`)."""
    if not survey.rows:
        raise SurveyError("no usable rows: every row was left out")
    layout = Layout(survey)
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


def references_for(
    nutrient: str,
    authority: Authority,
    profiles: Iterable[tuple[float, Sex, bool, bool]],
) -> tuple[list[Reference], list[int]]:
    """The distinct reference values of a nutrient for the persons' profiles (age,
    sex, pregnant, lactating), and the index of each profile's."""
    references: list[Reference] = []
    ref_index: dict[Reference, int] = {}
    profile_ref = []
    for age, sex, pregnant, lactating in profiles:
        found = reference(nutrient, authority, age, sex, pregnant, lactating)
        profile_ref.append(ref_index.setdefault(found, len(ref_index)))
        if len(references) < len(ref_index):
            references.append(found)
    return references, profile_ref


def _nutrient(
    survey: Survey,
    layout: Layout,
    nutrient: str,
    by_column: Mapping[tuple[str, str], int],
    authority: Authority,
    profiles: Mapping[tuple[float, Sex, bool, bool], int],
    person_profile: Sequence[int],
    bootstrap: int,
    seed: int,
) -> list[GroupResult]:
    raw = survey.column(by_column[nutrient, "food"])
    food = layout.gather(raw)
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
    references, profile_ref = references_for(nutrient, authority, profiles)
    person_ref = [profile_ref[person_profile[p]] for p in layout.persons]
    results = []
    for group, runs in layout.groups.items():
        first_row = runs[0][3]
        last = runs[-1]
        end_row = last[3] + (last[2] - last[1]) * last[0]
        days = food[first_row:end_row]
        in_file = layout.file_rows[group]
        power = usual.power_for(
            [raw[r] for r in in_file], [layout.file_weights[r] for r in in_file]
        )
        if power is None:
            continue
        persons = Persons(power)
        skipped = collect(persons, layout, runs, food, supplements, person_ref)
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
    persons: Persons,
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
    ci = None
    if bootstrap:
        ci = intervals(
            persons,
            references,
            ul_ratio,
            shares,
            bootstrap,
            f"{seed}:{nutrient}:{group}",
        )
    return group_result(
        nutrient,
        group,
        (parts, totals, weights, shares),
        persons.days,
        persons.refs,
        references,
        zeros=zeros,
        skipped=skipped,
        has_supplements=has_supplements,
        ci=ci,
        replicates=(bootstrap, seed),
    )


def group_result(
    nutrient: str,
    group: str,
    estimate: tuple[usual.Components, list[float], list[float], prevalence.Shares],
    days: Sequence[int],
    refs: Sequence[int],
    references: Sequence[Reference],
    *,
    zeros: float,
    skipped: int,
    has_supplements: bool,
    ci: dict[str, tuple[float, float]] | None = None,
    replicates: tuple[int, int] = (0, 0),
    summary: tuple[float, float, float, dict[str, float]] | None = None,
) -> GroupResult:
    """One nutrient in one group, from its estimate: the components, each
    person's usual total intake and weight, and the shares; ``days`` and
    ``refs`` give each person's days and reference values. ``summary`` (the
    weighted n, mean, SD and percentiles of usual intake) is computed from
    the intakes unless given."""
    parts, totals, weights, shares = estimate
    unit = nutrient_unit(nutrient)
    if summary is None:
        mean = prevalence.weighted_mean(totals, weights)
        sd = math.sqrt(
            prevalence.weighted_mean([(t - mean) ** 2 for t in totals], weights)
        )
        summary = (
            math.fsum(weights),
            mean,
            sd,
            prevalence.percentiles(totals, weights),
        )
    n, mean, sd, percentiles = summary
    if sd <= 1e-9 * abs(mean):
        sd = 0.0  # all alike: what is left is rounding
    notes = _notes(
        nutrient, group, (days, refs), parts, references, shares, unit, mean, sd
    )
    if zeros > 0.05:
        notes.append(WORDS["zero_days"].format(share=zeros))
    if skipped:
        notes.append(WORDS["no_food_days"].format(count=skipped))
    if has_supplements:
        notes.append(WORDS["supplements"])
    else:
        notes.append(WORDS["no_supplements"].format(nutrient=nutrient))
    if ci is not None:
        replicated, seed = replicates
        notes.append(WORDS["bootstrap"].format(replicates=replicated, seed=seed))
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
        n=n,
        persons=len(weights),
        unit=unit,
        mean=mean,
        percentiles=percentiles,
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
    persons: tuple[Sequence[int], Sequence[int]],
    parts: usual.Components,
    references: Sequence[Reference],
    shares: prevalence.Shares,
    unit: str,
    mean: float,
    sd: float,
) -> list[str]:
    days, refs = persons
    used = [references[r] for r in sorted(set(refs))]
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
        single = list(days).count(1)
        if single:
            notes.append(WORDS["some_single"])
    missing: Counter[str] = Counter()
    if any(r.missing for r in used):
        missing.update(references[r].missing or "" for r in refs)
        del missing[""]
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
