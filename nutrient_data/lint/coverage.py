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
from typing import NamedTuple

from nutrient_data.models import Authority, Dataset, ReferenceTable
from nutrient_data.problem import Problem
from nutrient_data.vocab import PHYTATE_LEVELS, VALUE_ROLES, KindRole, Sex


class _Vocabulary(NamedTuple):
    """An authority's group ids, kind codes with their roles, and upper-limit
    codes: gathered once per authority, not once per table."""

    groups: frozenset[str]
    roles: dict[str, KindRole]
    limits: frozenset[str]

    @classmethod
    def of(cls, authority: Authority) -> _Vocabulary:
        return cls(
            frozenset(g.id for g in authority.groups),
            authority.roles(),
            frozenset(k.code for k in authority.kinds if k.role == "upper-limit"),
        )


def _declared(
    authority: Authority, own: _Vocabulary, table: ReferenceTable, path: str
) -> Iterator[Problem]:
    groups, roles = own.groups, own.roles
    for j, v in enumerate(table.values):
        if v.group not in groups:
            yield Problem(
                f"{path}.values[{j}].group",
                f"{v.group!r} is no group of {authority.id}",
            )
        role = roles.get(v.kind)
        if role is None:
            yield Problem(
                f"{path}.values[{j}].kind", f"{v.kind!r} is no kind of {authority.id}"
            )
        elif role == "not-set":
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
        elif role in VALUE_ROLES and v.value is None and v.value_range is None:
            yield Problem(
                f"{path}.values[{j}]",
                f"a {v.kind} row needs a value or a value_range (use a not-set kind, "
                "with not_set_reason, where none was set)",
            )
    if table.ul.kind != "none" and table.ul.kind not in own.limits:
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
            if h.kind not in roles:
                yield Problem(
                    f"{path}.{where}[{j}].kind",
                    f"{h.kind!r} is no kind of {authority.id}",
                )


def _rows(authority: Authority, table: ReferenceTable, path: str) -> Iterator[Problem]:
    seen: set[tuple[object, ...]] = set()
    sexes: dict[str, set[Sex | None]] = {}
    """The sexes each group's rows name (``None`` for a row for both)."""
    phytate = False
    for j, v in enumerate(table.values):
        key = (v.group, v.sex, v.phytate_mg, v.bioavailability, v.age_band, v.kind)
        if key in seen:
            yield Problem(f"{path}.values[{j}]", f"repeats the row for {v.group}")
        seen.add(key)
        named = sexes.get(v.group)
        if named is None:
            sexes[v.group] = {v.sex}
        else:
            named.add(v.sex)
        phytate = phytate or bool(v.phytate_mg)
    if table.status == "no-value-set" and not table.values:
        return
    both = {"female", "male"}
    for group in authority.groups:
        named = sexes.get(group.id)
        if named is None:
            yield Problem(f"{path}.values", f"no row for {group.id} (add not-set)")
            continue
        split = group.condition is None and group.sex is None and None not in named
        if split and not both <= named:
            for sex in sorted(both - named):
                yield Problem(f"{path}.values", f"no row for {group.id}, {sex}")
    if phytate:
        yield from _phytate_rows(authority, table, sexes, path)
    limits: set[tuple[str, Sex | None, str | None]] = set()
    for j, limit in enumerate(table.ul.values):
        if (limit.group, limit.sex, limit.age_band) in limits:
            yield Problem(f"{path}.ul.values[{j}]", f"repeats {limit.group}")
        limits.add((limit.group, limit.sex, limit.age_band))


def _phytate_rows(
    authority: Authority,
    table: ReferenceTable,
    sexes: dict[str, set[Sex | None]],
    path: str,
) -> Iterator[Problem]:
    """Where a group's rows depend on phytate, every level for each sex."""
    have: dict[str, set[tuple[Sex | None, int]]] = {}
    for v in table.values:
        if v.phytate_mg is not None:
            have.setdefault(v.group, set()).add((v.sex, v.phytate_mg))
    for group in authority.groups:
        levels = have.get(group.id)
        if levels is None:
            continue
        for sex in sexes[group.id]:
            for level in sorted(
                set(PHYTATE_LEVELS) - {p for s, p in levels if s == sex}
            ):
                who = f"{group.id}, {sex}" if sex else group.id
                yield Problem(
                    f"{path}.values", f"no row for {who} at phytate {level} mg"
                )


def check(dataset: Dataset) -> Iterator[Problem]:
    for a, authority in enumerate(dataset.authorities):
        own = _Vocabulary.of(authority)
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
            yield from _declared(authority, own, table, path)
            yield from _rows(authority, table, path)
