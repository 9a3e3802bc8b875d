"""The same assessment on whole columns, with pyarrow and numpy (``analysis`` extra).

Reading a large CSV file row by row in Python costs about ten times what
Python's ``csv`` module takes to split it (parsing the numbers alone costs
three), so the speed target cannot be met in the standard library. Where
pyarrow and numpy are installed, a ``.csv`` file assessed without a bootstrap
is read by pyarrow and every check of :mod:`.records` is made on whole columns;
a file with any row those checks would refuse (or anything unusual) is left to
the row-by-row reader, which reports each bad row by its line number. The
transform is chosen on the same sample, and a test checks that both ways give
the same results (up to the order of floating-point sums).
"""

from __future__ import annotations

import csv
import math

from nutrient_data.population import prevalence, usual
from nutrient_data.population.columns import flag
from nutrient_data.population.records import LARGEST, Reader
from nutrient_data.population.references import life_stage
from nutrient_data.problem import PersonError
from nutrient_data.vocab import NUTRIENT_ORDER

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from nutrient_data.population.columns import Column
    from nutrient_data.population.references import Reference
    from nutrient_data.population.result import PopulationAssessment

    Authority = str


def available() -> bool:
    """Whether pyarrow and numpy can be imported."""
    try:
        import numpy  # type: ignore[import-not-found, unused-ignore]  # noqa: F401
        import pyarrow.csv  # type: ignore[import-untyped, import-not-found, unused-ignore]  # noqa: F401
    except ImportError:
        return False
    return True


class _NotPlain(Exception):
    """The file has a cell the row-by-row reader must word."""


def assess_csv(
    path: Path, authority: Authority, by: str
) -> PopulationAssessment | None:
    """The assessment of a plain CSV file, or ``None`` to read it row by row."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle), None)
    if not header or len(set(header)) != len(header):
        return None
    reader = Reader(  # checks the header as the row-by-row reading does
        header, name=str(path), authority=authority, by=by, strict=True, progress=None
    )
    try:
        return _assess(path, reader, authority, by)
    except _NotPlain:
        return None


def _table(path: Path, reader: Reader) -> Any:
    import pyarrow as pa
    import pyarrow.csv as pcsv

    numbers = {c.name for c in reader.survey.columns} | {"age", "weight"}
    types = {h: pa.float64() if h in numbers else pa.string() for h in reader.header}
    try:
        return pcsv.read_csv(
            path,
            read_options=pcsv.ReadOptions(column_names=reader.header, skip_rows=1),
            convert_options=pcsv.ConvertOptions(
                column_types=types, strings_can_be_null=False, null_values=[""]
            ),
        )
    except (pa.ArrowInvalid, OSError, UnicodeDecodeError):
        raise _NotPlain from None


def _numbers(table: Any, name: str, *, nulls: bool) -> Any:
    """A float column as numpy (NaN where empty, if ``nulls`` allows)."""
    import numpy as np
    import pyarrow.compute as pc

    column = table[name]
    if (column.null_count and not nulls) or pc.any(pc.is_nan(column)).as_py():
        raise _NotPlain
    values = column.to_numpy()
    finite = values[~np.isnan(values)]
    if finite.size and (finite.min() < 0 or finite.max() >= LARGEST):
        raise _NotPlain
    return values


def _texts(table: Any, name: str) -> tuple[Any, list[str]]:
    """A text column as codes (numpy) and the texts they stand for."""
    import pyarrow.compute as pc

    encoded = pc.dictionary_encode(table[name]).combine_chunks()
    texts = encoded.dictionary.to_pylist()
    if "" in texts:
        raise _NotPlain  # an empty required cell
    return encoded.indices.to_numpy(), texts


def _assess(
    path: Path, reader: Reader, authority: Authority, by: str
) -> PopulationAssessment:
    import numpy as np

    from nutrient_data.population.result import DISCLAIMER, PopulationAssessment

    table = _table(path, reader)
    rows = table.num_rows
    if not rows:
        raise _NotPlain
    person, ids = _texts(table, "person_id")
    day, _ = _texts(table, "day")
    age = _numbers(table, "age", nulls=False)
    if not np.isfinite(age).all():
        raise _NotPlain
    sex_code, sexes = _texts(table, "sex")
    if not set(sexes) <= {"female", "male"}:
        raise _NotPlain
    female = np.array([s == "female" for s in sexes])[sex_code]
    pregnant, lactating = (
        _flags(table, c) if c in table.column_names else np.zeros(rows, dtype=bool)
        for c in ("pregnant", "lactating")
    )
    weight = (
        _numbers(table, "weight", nulls=False)
        if "weight" in table.column_names
        else np.ones(rows)
    )
    if (weight <= 0).any():
        raise _NotPlain
    # each person as on their first row; every row must agree
    _, first = np.unique(person, return_index=True)
    for values in (female, pregnant, lactating, weight):
        if (values[first][person] != values).any():
            raise _NotPlain
    keys = person.astype(np.int64) * (int(day.max()) + 1) + day
    if np.unique(keys).size != rows:
        raise _NotPlain  # a day twice
    if by not in ("life-stage", "sex"):
        by_code, by_texts = _texts(table, by)
    profiles: dict[tuple[float, str, bool, bool], int] = {}
    person_profile = []
    group_of_profile = []
    for a, f, p, la in zip(
        age[first].tolist(),
        female[first].tolist(),
        pregnant[first].tolist(),
        lactating[first].tolist(),
        strict=True,
    ):
        key = (a, "female" if f else "male", p, la)
        if key not in profiles:
            try:
                stage = life_stage(authority, *key)
            except PersonError:
                raise _NotPlain from None
            profiles[key] = len(profiles)
            group_of_profile.append(stage[0])
        person_profile.append(profiles[key])
    profile_of = np.array(person_profile)
    if by == "life-stage":
        group_names = np.array(group_of_profile, dtype=object)[profile_of]
    elif by == "sex":
        group_names = np.where(female[first], "female", "male").astype(object)
    else:
        group_names = np.array(by_texts, dtype=object)[by_code[first]]
    person_weight = weight[first]
    names = sorted(set(group_names.tolist()))
    code_of = {name: i for i, name in enumerate(names)}
    group_row = np.array([code_of[g] for g in group_names.tolist()])[person]
    groups = {name: np.flatnonzero(group_row == i) for i, name in enumerate(names)}
    results = []
    spec: dict[tuple[str, str], tuple[int, Column]] = {
        (c.nutrient, c.source): (i, c) for i, c in enumerate(reader.survey.columns)
    }
    for nutrient in NUTRIENT_ORDER:
        if (nutrient, "food") not in spec:
            continue
        results += _nutrient(
            table, reader, spec, nutrient, authority, profiles, profile_of,
            person, groups, person_weight,
        )  # fmt: skip
    notes = [
        f"{n} is not assessed: it has a supplements column but no {n}_food column."
        for n, source in spec
        if source == "supplements" and (n, "food") not in spec
    ]
    return PopulationAssessment(
        authority=authority,
        by=by,
        results=tuple(results),
        rows=rows,
        persons=len(ids),
        bad_rows=(),
        notes=(*notes, DISCLAIMER),
    )


def _flags(table: Any, column: str) -> Any:
    """``pregnant`` or ``lactating`` as booleans (numpy)."""
    import numpy as np
    import pyarrow.compute as pc

    encoded = pc.dictionary_encode(table[column]).combine_chunks()
    meaning = [flag(t) for t in encoded.dictionary.to_pylist()]
    if None in meaning:
        raise _NotPlain
    return np.array(meaning, dtype=bool)[encoded.indices.to_numpy()]


def _scaled(values: Any, scale: Any) -> Any:
    return values if scale == 1 else values * scale.numerator / scale.denominator


def _nutrient(
    table: Any,
    reader: Reader,
    spec: dict[tuple[str, str], tuple[int, Any]],
    nutrient: str,
    authority: Authority,
    profiles: dict[tuple[float, str, bool, bool], int],
    profile_of: Any,
    person: Any,
    groups: dict[str, Any],
    person_weight: Any,
) -> list[Any]:
    import numpy as np

    from nutrient_data.population import assess

    _, column = spec[nutrient, "food"]
    food = _scaled(_numbers(table, column.name, nulls=True), column.scale)
    ul_ratio = 1.0
    supplements = np.zeros(len(food))
    if (nutrient, "supplements") in spec:
        _, column = spec[nutrient, "supplements"]
        raw = _numbers(table, column.name, nulls=True)
        supplements = _scaled(np.nan_to_num(raw, nan=0.0), column.scale)
        ul_ratio = float(column.ul_scale / column.scale)
    references, profile_ref = assess.references_for(nutrient, authority, profiles)  # type: ignore[arg-type]
    person_ref = np.array(profile_ref)[profile_of]
    results = []
    everyone = len(person_weight)
    for group, rows in groups.items():
        days = food[rows]
        power = usual.power_for(days, person_weight[person[rows]])
        if power is None:
            continue
        valid = ~np.isnan(days)
        y = np.log(days) if power == 0 else days if power == 1 else days**power
        who = person[rows]
        count = np.bincount(who[valid], minlength=everyone)
        total = np.bincount(who[valid], weights=y[valid], minlength=everyone)
        rows_of = np.bincount(who, minlength=everyone)
        members = np.flatnonzero(rows_of)
        have = members[count[members] > 0]
        means = total[have] / count[have]
        mean_of = np.zeros(everyone)
        mean_of[have] = means
        gaps = y[valid] - mean_of[who[valid]]
        ss = np.bincount(who[valid], weights=gaps * gaps, minlength=everyone)[have]
        taken = np.bincount(who, weights=supplements[rows], minlength=everyone)
        added = taken[have] / rows_of[have]
        n = count[have]
        w = person_weight[have]
        parts = _components(means, ss, n, w, power)
        usual_food = _usual(parts, means, n)
        totals = usual_food + added
        refs = person_ref[have]
        shares = _shares(references, refs, totals, usual_food, added * ul_ratio, w)
        results.append(
            assess.group_result(
                nutrient,
                group,
                (parts, totals, w, shares),
                n.tolist(),
                refs.tolist(),
                references,
                summary=_summary(totals, w),
                zeros=float((days == 0).sum() / len(days)),
                skipped=len(members) - len(have),
                has_supplements=(nutrient, "supplements") in spec,
            )
        )
    return results


def _summary(values: Any, weights: Any) -> tuple[float, float, float, dict[str, float]]:
    """Weighted n, mean, SD and percentiles, as :func:`.prevalence.percentiles`
    defines them (the smallest value whose cumulative weight reaches the share)."""
    import numpy as np

    total = math.fsum(weights.tolist())
    mean = float((weights * values).sum() / weights.sum())
    sd = math.sqrt(float((weights * (values - mean) ** 2).sum() / weights.sum()))
    order = np.argsort(values, kind="stable")
    running = np.cumsum(weights[order])
    last = len(values) - 1
    found = {
        str(q): float(
            values[order[min(int(np.searchsorted(running, q * total / 100)), last)]]
        )
        for q in prevalence.PERCENTILES
    }
    return total, mean, sd, found


def _components(means: Any, ss: Any, n: Any, w: Any, power: float) -> usual.Components:
    total = w.sum()
    mean = float((w * means).sum() / total)
    spread = float((w * (means - mean) ** 2).sum() / total)
    freedom = float((w * (n - 1)).sum())
    if freedom <= 0:
        return usual.Components(power, mean, spread, None, 0)
    within = float((w * ss).sum() / freedom)
    per_day = float((w / n).sum() / total)
    return usual.Components(
        power, mean, spread - within * per_day, within, int((n > 1).sum())
    )


def _usual(parts: usual.Components, means: Any, n: Any) -> Any:
    import numpy as np

    moved = means
    if parts.within is not None:
        between = max(parts.between, 0.0)
        spread = between + parts.within / n
        factor = np.where(
            spread > 0, np.sqrt(between / np.where(spread > 0, spread, 1)), 1.0
        )
        moved = parts.mean + factor * (means - parts.mean)
    if parts.power == 0:
        return np.exp(moved)
    if parts.power == 1:
        return moved
    return np.where(moved > 0, np.abs(moved) ** (1 / parts.power), 0.0)


def _shares(
    references: list[Reference], refs: Any, totals: Any, food: Any, added: Any, w: Any
) -> prevalence.Shares:
    import numpy as np

    def value(name: str) -> Any:
        return np.array(
            [
                getattr(r, name) if getattr(r, name) is not None else np.nan
                for r in references
            ],
            dtype=float,
        )[refs]

    kept = np.array([r.missing is None for r in references])[refs]
    ear, cv, ai, ul = value("ear"), value("cv"), value("ai"), value("ul")
    only = np.array([r.supplemental_only for r in references])[refs]
    counted = np.where(only, added, food + added)
    everyone = w[kept].sum()
    hits: dict[str, float] = {}
    sums: dict[str, float] = {}
    with np.errstate(invalid="ignore"):
        has_ear = kept & (ear > 0)
        sums["ear"] = w[has_ear].sum()
        hits["ear"] = w[has_ear & (totals < ear)].sum()
        has_cv = has_ear & (cv > 0)
        sums["cv"] = w[has_cv].sum()
        scale = (cv * ear * math.sqrt(2))[has_cv]
        tails = list(map(math.erfc, ((totals[has_cv] - ear[has_cv]) / scale).tolist()))
        hits["cv"] = 0.5 * float((w[has_cv] * np.array(tails)).sum()) if tails else 0.0
        has_ai = kept & ~np.isnan(ai)
        sums["ai"] = w[has_ai].sum()
        hits["ai"] = w[has_ai & (totals >= ai)].sum()
        has_ul = kept & ~np.isnan(ul)
        sums["ul"] = w[has_ul].sum()
        hits["ul"] = w[has_ul & (counted > ul)].sum()

    def share(key: str) -> float | None:
        if not sums[key]:
            return None
        return min(max(float(hits[key] / sums[key]), 0.0), 1.0)

    return prevalence.Shares(
        share("ear"),
        share("cv"),
        share("ai"),
        share("ul"),
        {k: float(sums[k] / everyone) for k in ("ear", "cv", "ai", "ul")}
        if everyone
        else {},
    )
