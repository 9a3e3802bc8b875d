"""Rule: every authority has a table for every nutrient, and every group a row.

Each group of the authority (``authority.json``) has a value or an explicit
gap in each table: a row of a not-set kind, or a row whose value could not be
confirmed, with a note. Rows name only the authority's own groups and kinds.
Where a table splits a group by sex it lists both sexes (a group for one sex,
or for pregnancy or lactation: the sexes it has); where it depends on phytate
(zinc) it lists all four levels. Rows and upper levels are not repeated. An
authority that sets nothing for a nutrient says so in a table of status
``no-value-set``; values it sets that could not be confirmed are named in its
``not_confirmed`` list instead of a table, so that the gap is the dataset's,
said plainly, and never passed off as the authority's.
"""

from __future__ import annotations

from collections.abc import Iterator

from nutrient_data.models import Authority, Dataset, ReferenceTable, ReferenceValue
from nutrient_data.problem import Problem
from nutrient_data.vocab import PHYTATE_LEVELS, VALUE_ROLES, Sex


def _declared(
    authority: Authority, table: ReferenceTable, path: str
) -> Iterator[Problem]:
    groups = {g.id for g in authority.groups}
    roles = authority.roles()
    codes = set(roles)
    limits = {k.code for k in authority.kinds if k.role == "upper-limit"}
    for j, v in enumerate(table.values):
        if v.group not in groups:
            yield Problem(
                f"{path}.values[{j}].group",
                f"{v.group!r} is no group of {authority.id}",
            )
        if v.kind not in codes:
            yield Problem(
                f"{path}.values[{j}].kind", f"{v.kind!r} is no kind of {authority.id}"
            )
        elif roles[v.kind] == "not-set":
            given = (v.value, v.value_range, v.average_requirement) != (None,) * 3
            if given:
                yield Problem(
                    f"{path}.values[{j}].value", f"a {v.kind} row has no value"
                )
            if v.not_set_reason is None:
                yield Problem(
                    f"{path}.values[{j}]", f"a {v.kind} row needs not_set_reason"
                )
        elif v.not_set_reason is not None:
            yield Problem(
                f"{path}.values[{j}].not_set_reason",
                "not_set_reason goes with a not-set kind only",
            )
        elif roles[v.kind] in VALUE_ROLES and v.value is None and v.value_range is None:
            yield Problem(
                f"{path}.values[{j}]",
                f"a {v.kind} row needs a value or a value_range (use a not-set kind, "
                "with not_set_reason, where none was set)",
            )
    if table.ul.kind != "none" and table.ul.kind not in limits:
        yield Problem(
            f"{path}.ul.kind",
            f"{table.ul.kind!r} is no upper-limit kind of {authority.id}",
        )
    for j, u in enumerate(table.ul.values):
        if u.group not in groups:
            yield Problem(
                f"{path}.ul.values[{j}].group",
                f"{u.group!r} is no group of {authority.id}",
            )
    for where, history in (
        ("history", table.history),
        ("ul.history", table.ul.history),
    ):
        for j, h in enumerate(history):
            if h.group not in groups:
                yield Problem(
                    f"{path}.{where}[{j}].group",
                    f"{h.group!r} is no group of {authority.id}",
                )
            if h.kind not in codes:
                yield Problem(
                    f"{path}.{where}[{j}].kind",
                    f"{h.kind!r} is no kind of {authority.id}",
                )


def _rows(authority: Authority, table: ReferenceTable, path: str) -> Iterator[Problem]:
    seen: set[tuple[object, ...]] = set()
    for j, v in enumerate(table.values):
        key = (v.group, v.sex, v.phytate_mg, v.bioavailability, v.age_band, v.kind)
        if key in seen:
            yield Problem(f"{path}.values[{j}]", f"repeats the row for {v.group}")
        seen.add(key)
    if table.status == "no-value-set" and not table.values:
        return
    levels = PHYTATE_LEVELS if any(v.phytate_mg for v in table.values) else (None,)
    by_group: dict[str, list[ReferenceValue]] = {}
    for v in table.values:
        by_group.setdefault(v.group, []).append(v)
    for group in authority.groups:
        rows = by_group.get(group.id, [])
        sexes = {v.sex for v in rows}
        if not rows:
            yield Problem(f"{path}.values", f"no row for {group.id} (add not-set)")
            continue
        wanted: set[Sex | None] = {None} if None in sexes else {"female", "male"}
        if group.condition is not None or group.sex is not None:
            wanted = set(sexes)
        for sex in sorted(wanted - sexes, key=str):
            yield Problem(f"{path}.values", f"no row for {group.id}, {sex}")
        phytate_rows = [v for v in rows if v.phytate_mg is not None]
        if levels != (None,) and phytate_rows:
            for sex in sexes:
                have = {v.phytate_mg for v in phytate_rows if v.sex == sex}
                for level in sorted(set(levels) - have, key=str):
                    who = f"{group.id}, {sex}" if sex else group.id
                    yield Problem(
                        f"{path}.values", f"no row for {who} at phytate {level} mg"
                    )
    limits: set[tuple[str, Sex | None, str | None]] = set()
    for j, limit in enumerate(table.ul.values):
        if (limit.group, limit.sex, limit.age_band) in limits:
            yield Problem(f"{path}.ul.values[{j}]", f"repeats {limit.group}")
        limits.add((limit.group, limit.sex, limit.age_band))


def check(dataset: Dataset) -> Iterator[Problem]:
    for a, authority in enumerate(dataset.authorities):
        covered = {t.nutrient for t in authority.tables}
        unconfirmed = [n.nutrient for n in authority.not_confirmed]
        for nutrient in dataset.nutrients:
            if nutrient.id not in covered and nutrient.id not in unconfirmed:
                yield Problem(
                    f"$.authorities[{a}].tables",
                    f"no {authority.id} table for {nutrient.id} (a table of status "
                    "no-value-set says the authority set none; not_confirmed names "
                    "values it set that could not be confirmed)",
                )
        known = {n.id for n in dataset.nutrients}
        for j, nutrient_id in enumerate(unconfirmed):
            where = f"$.authorities[{a}].not_confirmed[{j}]"
            if nutrient_id in covered:
                yield Problem(where, f"{nutrient_id} has a table: it is not a gap")
            elif nutrient_id not in known or unconfirmed.index(nutrient_id) != j:
                yield Problem(where, f"{nutrient_id!r} is no nutrient, or repeated")
        for t, table in enumerate(authority.tables):
            path = f"$.authorities[{a}].tables[{t}]"
            yield from _declared(authority, table, path)
            yield from _rows(authority, table, path)
