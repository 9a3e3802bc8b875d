"""A person's row of an authority's table, read the same way for every authority.

A table (one per nutrient, or per part of one) lists rows by the authority's
own groups; a row may be split further by sex, by an adult age band, or (zinc)
by phytate intake. What each row's ``kind`` means comes from the authority's
``kinds``: its role (recommendation, requirement, upper limit, not set ...) is
all the code knows of it. Everything is bundle JSON, so answers need no
validators.
"""

from __future__ import annotations

from functools import cache

from nutrient_data import bundle
from nutrient_data.dri.dated import Dated, in_force, of_group, row_in_force
from nutrient_data.dri.result import person_intake
from nutrient_data.problem import NoValuesError, PersonError
from nutrient_data.vocab import NOT_SET, PHYTATE_LEVELS, VALUE_ROLES

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any

    from nutrient_data.dri.result import PersonIntake, UlAppliesToAnswer
    from nutrient_data.lifestages import LifeStage
    from nutrient_data.vocab import PhytateLevel, Sex

    JSON = Mapping[str, Any]
DEFAULT_PHYTATE: PhytateLevel = 300
"""The phytate level (mg/day) used for zinc values that depend on it when none
is given: the lowest level tabulated. Diets rich in whole grains and legumes
supply more; pass the level that fits."""


class Kinds:
    """An authority's kinds of value: each code's role and label, and the codes
    of each role."""

    def __init__(self, authority: JSON) -> None:
        self.short_name: str = authority["short_name"]
        self.role = {
            NOT_SET: "not-set",
            **{k["code"]: k["role"] for k in authority["kinds"]},
        }
        self.label = {
            k["code"]: k.get("label") or k["code"] for k in authority["kinds"]
        }

    def codes(self, *roles: str) -> frozenset[str]:
        return frozenset(c for c, r in self.role.items() if r in roles)

    def first(self, role: str) -> str | None:
        """The first declared code of ``role`` (for not-set: the shared code
        where the authority declares none of its own)."""
        found = [c for c, r in self.role.items() if r == role]
        return found[-1] if role == "not-set" else found[0] if found else None


@cache
def kinds(authority: str) -> Kinds:
    """The kinds of ``authority`` (read once per process)."""
    return Kinds(bundle.authority(authority))


def not_confirmed(authority: str) -> tuple[str, ...]:
    """The nutrients the authority sets values for that the data leaves out,
    because none could be confirmed from its own text."""
    return tuple(
        g["nutrient"] for g in bundle.authority(authority).get("not_confirmed", ())
    )


def not_confirmed_note(nutrient_ids: Sequence[str]) -> str:
    """Why those of an authority's nutrients are not in the data, in a sentence."""
    return (
        f"no value for {', '.join(nutrient_ids)} could be confirmed from the "
        "authority's own text (reasons: nutrient-data authorities --json)."
    )


def tables_of(nutrient_id: str, authority: str) -> tuple[JSON, ...]:
    """The authority's tables of a nutrient, or :class:`NoValuesError`."""
    found = bundle.tables(authority, nutrient_id)
    if not found:
        short = kinds(authority).short_name
        why = (
            " (they could not be confirmed from its own text; "
            "reasons: nutrient-data authorities --json)"
            if nutrient_id in not_confirmed(authority)
            else " yet"
        )
        raise NoValuesError(f"no {short} values are recorded for {nutrient_id}{why}")
    return found


def table_phytate_levels(tables: Sequence[JSON]) -> tuple[PhytateLevel, ...]:
    """The phytate levels some rows of ``tables`` are for (zinc), else none."""
    rows = (r for t in tables for r in t.get("values", ()))
    return PHYTATE_LEVELS if any(r.get("phytate_mg") for r in rows) else ()


def phytate_levels(
    nutrient: JSON | str, authority: str | None = None
) -> tuple[PhytateLevel, ...]:
    """The phytate levels a nutrient's values depend on (EFSA zinc), else none:
    ``authority``'s values, or any authority's where none is named."""
    nutrient_id = nutrient if isinstance(nutrient, str) else nutrient["id"]
    ids = bundle.authority_ids() if authority is None else (authority,)
    return table_phytate_levels([t for a in ids for t in bundle.tables(a, nutrient_id)])


def _in_band(row: JSON, age: float) -> bool:
    """Whether ``age`` falls in a row's own band: "1-2y" (1 to under 3), "3y"
    (that year of age), "65y+" (65 and over); a row without one: all."""
    raw = row.get("age_band") or ""
    band = raw.rstrip("y+").replace("y", "")
    low, dash, high = band.partition("-")
    if not low.isdigit():
        return True
    if high.isdigit():
        top = float(high) + 1
    else:
        top = float("inf") if raw.endswith("+") or dash else float(low) + 1
    return float(low) <= age < top


def _range(row: JSON) -> tuple[float, float] | None:
    """The row's [low, high] where the authority set a range, not one value."""
    found = row.get("value_range")
    return (found[0], found[1]) if found else None


def _rows(
    table: JSON, stage: LifeStage, sex: Sex | None, age: float, phytate: int | None
) -> Sequence[JSON]:
    return [
        r
        for r in table["values"]
        if r["group"] == stage.id
        and r.get("sex") in (None, sex)
        and r.get("phytate_mg") in (None, phytate)
        and _in_band(r, age)
    ]


def _phytate_level(
    tables: Sequence[JSON], nutrient_id: str, short: str, phytate: int | None
) -> int | None:
    levels = table_phytate_levels(tables)
    if phytate is not None and phytate not in PHYTATE_LEVELS:
        allowed = ", ".join(str(p) for p in PHYTATE_LEVELS)
        raise PersonError(f"phytate must be one of {allowed} mg/day, got {phytate}")
    if phytate is not None and not levels:
        raise PersonError(
            f"phytate applies to values that depend on it; {short}'s "
            f"{nutrient_id} values do not"
        )
    return phytate if phytate is not None else min(levels) if levels else None


def table_intake(
    nutrient_id: str,
    stage: LifeStage,
    *,
    sex: Sex | None,
    age: float,
    phytate: int | None = None,
    as_of: int | None = None,
    part: int = 0,
    tables: Sequence[JSON] | None = None,
) -> PersonIntake:
    """``stage``'s values (for ``sex`` and ``age``, and zinc's ``phytate``
    level) from its authority's table of the nutrient (or from ``tables``);
    ``part`` picks one of several tables (omega-3 at EFSA: 0 is ALA, 1 EPA
    plus DHA)."""
    if not tables:
        tables = tables_of(nutrient_id, stage.authority)
    table = tables[part]
    kind = kinds(stage.authority)
    level = _phytate_level(tables, nutrient_id, kind.short_name, phytate)
    sex = sex or stage.sex
    rows = sorted(  # a dietary target beside the value (ANZ) is not the answer
        _rows(table, stage, sex, age, level),
        key=lambda r: kind.role.get(r["kind"]) == "dietary-target",
    )
    if len({r.get("sex") for r in rows}) > 1:
        raise PersonError(f"{kind.short_name} values need the person's sex")
    if table["status"] == "no-value-set" or not rows:
        return _not_set(nutrient_id, table, stage, sex, kind)
    row = rows[0]
    row_level = row.get("phytate_mg")
    history = of_group(table.get("history", ()), stage.id, sex, row_level)
    value, requirement, notes = row_in_force(
        row,
        history,
        kind.first("requirement") or "requirement",
        kind.codes(*VALUE_ROLES),
        kind.codes("requirement"),
        as_of,
    )
    ul, ul_kind, applies_to, ul_note = _upper_level(table, stage, sex, as_of, kind, age)
    return person_intake(
        nutrient_id,
        table,
        stage,
        value=value,
        requirement=requirement,
        limit=ul,
        limit_kind=ul_kind,
        applies_to=applies_to,
        ul_note=ul_note,
        notes=notes,
        reference_id=row["reference_id"],
        requirement_cv=(
            table.get("requirement_cv") if requirement and requirement.value else None
        ),
        phytate_mg=row_level,
        as_of=as_of,
        value_range=_range(row),
    )


def _upper_level(
    table: JSON,
    stage: LifeStage,
    sex: Sex | None,
    as_of: int | None,
    kind: Kinds,
    age: float | None = None,
) -> tuple[Dated | None, Any, UlAppliesToAnswer, str | None]:
    limits = table.get("ul") or {"kind": "none"}
    if limits["kind"] == "none":
        return None, None, "no-ul-set", limits.get("scope")
    rows = [
        r
        for r in limits["values"]
        if r["group"] == stage.id
        and r.get("sex") in (None, sex)
        and (age is None or _in_band(r, age))
    ]
    history = of_group(limits.get("history", ()), stage.id, sex)
    current = (
        Dated(rows[0]["value"], limits["kind"], rows[0].get("reference_id"))
        if rows
        else Dated(None, limits["kind"], None)
    )
    found = in_force(current, history, kind.codes("upper-limit"), as_of)
    parts = [limits["scope"]] if limits.get("scope") else []
    row = rows[0] if rows else {}
    parts += [row[k] for k in ("not_set_reason", "note") if row.get(k)]
    if (found is None or found.value is None) and not row.get("not_set_reason"):
        when = f" in force in {as_of}" if as_of is not None else ""
        label = kind.label.get(limits["kind"], limits["kind"])
        parts.append(f"No {label} is recorded for this group{when}.")
    return found, limits["kind"], limits["applies_to"], " ".join(parts) or None


def _not_set(
    nutrient_id: str, table: JSON, stage: LifeStage, sex: Sex | None, kind: Kinds
) -> PersonIntake:
    """The authority set no value for the nutrient, or for this group."""
    note = table.get("status_note") or f"{kind.short_name} set no value for this group."
    refs = table.get("reference_ids") or [
        r["reference_id"] for r in table.get("values", ())
    ]
    ul, ul_kind, applies_to, ul_note = _upper_level(table, stage, sex, None, kind)
    return person_intake(
        nutrient_id,
        table,
        stage,
        value=Dated(None, kind.first("not-set"), refs[0] if refs else None),
        requirement=None,
        limit=ul,
        limit_kind=ul_kind,
        applies_to=applies_to,
        ul_note=ul_note,
        notes=[note],
        reference_id=None,
    )
