"""EFSA Dietary Reference Values for a person: the row of a nutrient's EFSA table.

EFSA's groups are age bands (:data:`nutrient_data.lifestages.EFSA_GROUPS`);
within a band a table may split by sex, and zinc by phytate intake. This reads
the PRI or AI, the AR and the upper level for a person from bundle JSON.
"""

from __future__ import annotations

from nutrient_data.dri.dated import (
    LIMIT_KINDS,
    Dated,
    in_force,
    of_group,
    row_in_force,
)
from nutrient_data.dri.result import person_intake
from nutrient_data.problem import NoValuesError, PersonError
from nutrient_data.vocab import PHYTATE_LEVELS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any

    from nutrient_data.dri.result import PersonIntake, UlAppliesToAnswer
    from nutrient_data.lifestages import LifeStage
    from nutrient_data.vocab import PhytateLevel, Sex

    JSON = Mapping[str, Any]
DEFAULT_PHYTATE: PhytateLevel = 300
"""The phytate level (mg/day) used for EFSA zinc values when none is given:
the lowest level EFSA tabulates. Diets rich in whole grains and legumes supply
more; pass the level that fits."""


def efsa_tables(nutrient: JSON) -> Sequence[JSON]:
    """The EFSA tables of a nutrient record (the first is its main one)."""
    tables: Sequence[JSON] = nutrient.get("efsa") or ()
    if not tables:
        raise NoValuesError(f"no EFSA values are recorded for {nutrient['id']} yet")
    return tables


def phytate_levels(nutrient: JSON) -> tuple[PhytateLevel, ...]:
    """The phytate levels a nutrient's EFSA values depend on (zinc), else none."""
    rows = (r for t in nutrient.get("efsa") or () for r in t.get("values", ()))
    return PHYTATE_LEVELS if any(r.get("phytate_mg") for r in rows) else ()


def _in_band(row: JSON, age: float) -> bool:
    """Whether ``age`` falls in a row's own EFSA band: "1-2y" (1 to under 3),
    "3y" (that year of age), "65y+" (65 and over); a row without one: all."""
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


def _rows(
    table: JSON, stage: LifeStage, sex: Sex, age: float, phytate: int | None
) -> Sequence[JSON]:
    return [
        r
        for r in table["values"]
        if r["group"] == stage.id
        and r.get("sex") in (None, sex)
        and r.get("phytate_mg") in (None, phytate)
        and _in_band(r, age)
    ]


def efsa_intake(
    nutrient: JSON,
    stage: LifeStage,
    *,
    sex: Sex,
    age: float,
    phytate: int | None = None,
    as_of: int | None = None,
    part: int = 0,
) -> PersonIntake:
    """EFSA's values for ``stage`` (and ``sex``, and zinc's ``phytate`` level).

    ``part`` picks one of several tables (omega-3: 0 is ALA, 1 EPA plus DHA).
    """
    table = efsa_tables(nutrient)[part]
    levels = phytate_levels(nutrient)
    if phytate is not None and phytate not in PHYTATE_LEVELS:
        allowed = ", ".join(str(p) for p in PHYTATE_LEVELS)
        raise PersonError(f"phytate must be one of {allowed} mg/day, got {phytate}")
    if phytate is not None and not levels:
        raise PersonError(f"phytate applies to EFSA zinc values, not {nutrient['id']}")
    level = phytate if phytate is not None else DEFAULT_PHYTATE if levels else None
    rows = _rows(table, stage, sex, age, level)
    if table["status"] == "no-value-set" or not rows:
        return _not_set(nutrient, table, stage, sex)
    row = rows[0]
    row_level = row.get("phytate_mg")
    history = of_group(table.get("history", ()), stage.id, sex, row_level)
    value, ar, notes = row_in_force(row, history, "AR", as_of)
    ul, ul_kind, applies_to, ul_note = _upper_level(table, stage, sex, as_of, age)
    return person_intake(
        nutrient,
        table,
        stage,
        value=value,
        requirement=ar,
        limit=ul,
        limit_kind=ul_kind,
        applies_to=applies_to,
        ul_note=ul_note,
        notes=notes,
        reference_id=row["reference_id"],
        phytate_mg=row_level,
        as_of=as_of,
        value_range=_range(row),
    )


def _range(row: JSON) -> tuple[float, float] | None:
    """The row's [low, high] where EFSA set a range instead of one value."""
    found = row.get("value_range")
    return (found[0], found[1]) if found else None


def _upper_level(
    table: JSON, stage: LifeStage, sex: Sex, as_of: int | None, age: float | None
) -> tuple[Dated | None, Any, UlAppliesToAnswer, str | None]:
    limits = table.get("ul") or {"kind": "none", "scope": None}
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
        Dated(rows[0]["value"], limits["kind"], rows[0]["reference_id"])
        if rows
        else Dated(None, limits["kind"], None)
    )
    found = in_force(current, history, LIMIT_KINDS, as_of)
    label = "safe level" if limits["kind"] == "safe-level" else "UL"
    parts = [limits["scope"]]
    if rows and rows[0].get("note"):
        parts.append(rows[0]["note"])
    if found is None or found.value is None:
        when = f" in force in {as_of}" if as_of is not None else ""
        parts.append(f"No {label} is recorded for this group{when}.")
    return found, limits["kind"], limits["applies_to"], " ".join(parts)


def _not_set(nutrient: JSON, table: JSON, stage: LifeStage, sex: Sex) -> PersonIntake:
    """EFSA set no value for the nutrient (chromium) or this group."""
    note = table.get("status_note") or "EFSA set no value for this group."
    refs = table.get("reference_ids") or [
        r["reference_id"] for r in table.get("values", ())
    ]
    ul, ul_kind, applies_to, ul_note = _upper_level(table, stage, sex, None, None)
    return person_intake(
        nutrient,
        table,
        stage,
        value=Dated(None, "not-set", refs[0] if refs else None),
        requirement=None,
        limit=ul,
        limit_kind=ul_kind,
        applies_to=applies_to,
        ul_note=ul_note,
        notes=[note],
        reference_id=None,
    )
