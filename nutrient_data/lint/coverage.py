"""Rule: every group of an authority has a row in each of its tables.

Each group of the authority (``authority.json``) has a value or an explicit
gap in each table: a row of a not-set kind, or a row whose value could not be
confirmed, with a note. Rows name only the authority's own groups and kinds.
Where a table splits a group by sex it lists both sexes (a group for one sex,
or for pregnancy or lactation: the sexes it has); where it depends on phytate
(zinc) it lists all four levels. Rows and upper levels are not repeated. An
authority that sets nothing for a nutrient says so in a table of status
``no-value-set``; a nutrient without a table is one whose values are not
curated yet (the authority's notes say which).
"""

from __future__ import annotations

from collections.abc import Iterator

from nutrient_data.models import Authority, Dataset, ReferenceTable, ReferenceValue
from nutrient_data.problem import Problem
from nutrient_data.vocab import PHYTATE_LEVELS, VALUE_ROLES, Sex


class _Declared:
    """What an authority declares, found once for all its tables."""

    def __init__(self, authority: Authority) -> None:
        self.groups = {g.id for g in authority.groups}
        self.roles = authority.roles()
        self.limits = {k.code for k in authority.kinds if k.role == "upper-limit"}


def _declared(
    authority: Authority, table: ReferenceTable, path: str, known: _Declared
) -> Iterator[Problem]:
    groups, roles, limits = known.groups, known.roles, known.limits
    codes = roles
    for j, v in enumerate(table.values):
        role = roles.get(v.kind)
        usual = role in VALUE_ROLES and v.value is not None and v.group in groups
        if usual and v.not_set_reason is None:
            continue  # the common case: a value of a declared kind and group
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
    by_group: dict[str, list[ReferenceValue]] = {}
    phytate = False
    for j, v in enumerate(table.values):
        key = (v.group, v.sex, v.phytate_mg, v.bioavailability, v.age_band, v.kind)
        if key in seen:
            yield Problem(f"{path}.values[{j}]", f"repeats the row for {v.group}")
        seen.add(key)
        by_group.setdefault(v.group, []).append(v)
        phytate = phytate or bool(v.phytate_mg)
    if table.status == "no-value-set" and not table.values:
        return
    both = {"female", "male"}
    for group in authority.groups:
        rows = by_group.get(group.id)
        if not rows:
            yield Problem(f"{path}.values", f"no row for {group.id} (add not-set)")
            continue
        sexes = {v.sex for v in rows}
        split = group.condition is None and group.sex is None and None not in sexes
        if split and not both <= sexes:
            for sex in sorted(both - sexes):
                yield Problem(f"{path}.values", f"no row for {group.id}, {sex}")
        if phytate:
            yield from _phytate_rows(group.id, rows, sexes, path)
    limits: set[tuple[str, Sex | None, str | None]] = set()
    for j, limit in enumerate(table.ul.values):
        if (limit.group, limit.sex, limit.age_band) in limits:
            yield Problem(f"{path}.ul.values[{j}]", f"repeats {limit.group}")
        limits.add((limit.group, limit.sex, limit.age_band))


def _phytate_rows(
    group: str, rows: list[ReferenceValue], sexes: set[Sex | None], path: str
) -> Iterator[Problem]:
    """Where a group's rows depend on phytate, every level for each sex."""
    phytate_rows = [v for v in rows if v.phytate_mg is not None]
    if not phytate_rows:
        return
    for sex in sexes:
        have = {v.phytate_mg for v in phytate_rows if v.sex == sex}
        for level in sorted(set(PHYTATE_LEVELS) - have):
            who = f"{group}, {sex}" if sex else group
            yield Problem(f"{path}.values", f"no row for {who} at phytate {level} mg")


def check(dataset: Dataset) -> Iterator[Problem]:
    for a, authority in enumerate(dataset.authorities):
        known = _Declared(authority)
        for t, table in enumerate(authority.tables):
            path = f"$.authorities[{a}].tables[{t}]"
            yield from _declared(authority, table, path, known)
            yield from _rows(authority, table, path)
