"""Rule: every nutrient has an EFSA table, and every EFSA group a row.

Each of EFSA's nine groups has a value or an explicit gap: a ``not-set`` row,
or a row whose value could not be confirmed, with a note. Where a table splits
a group by sex it lists both sexes (pregnancy and lactation: women only);
where it depends on phytate (zinc) it lists all four levels. Rows and upper
levels are not repeated.
"""

from __future__ import annotations

from collections.abc import Iterator

from nutrient_data.lifestages import EFSA_GROUP_BY_ID
from nutrient_data.models import Dataset, EfsaTable
from nutrient_data.problem import Problem
from nutrient_data.vocab import EFSA_GROUP_IDS, PHYTATE_LEVELS, Sex


def _table_problems(table: EfsaTable, path: str) -> Iterator[Problem]:
    seen: set[tuple[object, ...]] = set()
    for j, v in enumerate(table.values):
        key = (v.group, v.sex, v.phytate_mg, v.age_band)
        if key in seen:
            yield Problem(f"{path}.values[{j}]", f"repeats the row for {v.group}")
        seen.add(key)
    if table.status == "no-value-set" and not table.values:
        return
    levels = PHYTATE_LEVELS if any(v.phytate_mg for v in table.values) else (None,)
    for group in EFSA_GROUP_IDS:
        rows = [v for v in table.values if v.group == group]
        sexes = {v.sex for v in rows}
        if not rows:
            yield Problem(f"{path}.values", f"no row for {group} (add not-set)")
            continue
        wanted: set[Sex | None] = {None} if None in sexes else {"female", "male"}
        if EFSA_GROUP_BY_ID[group].condition is not None:
            wanted = set(sexes)
        for sex in sorted(wanted - sexes, key=str):
            yield Problem(f"{path}.values", f"no row for {group}, {sex}")
        phytate_rows = [v for v in rows if v.phytate_mg is not None]
        if levels != (None,) and phytate_rows:
            for sex in sexes:
                have = {v.phytate_mg for v in phytate_rows if v.sex == sex}
                for level in sorted(set(levels) - have, key=str):
                    who = f"{group}, {sex}" if sex else group
                    yield Problem(
                        f"{path}.values", f"no row for {who} at phytate {level} mg"
                    )
    if table.ul.values:
        limits: set[tuple[str, Sex | None, str | None]] = set()
        for j, limit in enumerate(table.ul.values):
            if (limit.group, limit.sex, limit.age_band) in limits:
                yield Problem(f"{path}.ul.values[{j}]", f"repeats {limit.group}")
            limits.add((limit.group, limit.sex, limit.age_band))


def check(dataset: Dataset) -> Iterator[Problem]:
    for i, nutrient in enumerate(dataset.nutrients):
        path = f"$.nutrients[{i}]"
        if not nutrient.efsa:
            yield Problem(f"{path}.efsa", f"no EFSA table for {nutrient.id}")
        for t, table in enumerate(nutrient.efsa):
            if table.nutrient != nutrient.id:
                yield Problem(
                    f"{path}.efsa[{t}].nutrient",
                    f"the EFSA table names {table.nutrient!r}, not {nutrient.id!r}",
                )
            yield from _table_problems(table, f"{path}.efsa[{t}]")
