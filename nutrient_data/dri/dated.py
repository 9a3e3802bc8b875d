"""Which value was in force in a given year, from a table's history."""

from __future__ import annotations

from nutrient_data import bundle
from nutrient_data.named_tuple import NamedTuple

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from typing import Any

    JSON = Mapping[str, Any]


class Dated(NamedTuple):
    """A value with its kind and source, or nothing where none was in force."""

    value: float | None
    kind: str | None
    reference_id: str | None


def in_force(
    current: Dated,
    history: Iterable[JSON],
    kinds: frozenset[str],
    year: int | None,
) -> Dated | None:
    """``current``, or the entry of ``history`` in force in ``year``.

    ``history`` holds one group's replaced values. The current value counts
    from the year the last of them ended, or else from the year of its
    source; ``None`` means no value is recorded for that year (before the
    first one the dataset knows).
    """
    if year is None:
        return current
    entries = [e for e in history if e["kind"] in kinds]
    ends = [e["in_force_until"] for e in entries]
    if ends:
        since = max(ends)
    else:
        since = bundle.reference_years().get(current.reference_id or "", 0)
    if year >= since:
        return current
    for entry in entries:
        if entry["in_force_from"] <= year < entry["in_force_until"]:
            return Dated(entry["value"], entry["kind"], entry["reference_id"])
    return None


def row_in_force(
    row: JSON,
    history: Sequence[JSON],
    requirement_kind: str,
    value_kinds: frozenset[str],
    requirement_kinds: frozenset[str],
    year: int | None,
) -> tuple[Dated | None, Dated | None, list[str]]:
    """A table row's value and average requirement (of ``requirement_kind``,
    the authority's EAR or AR) in force in ``year``, and the notes that go with
    them; ``value_kinds`` and ``requirement_kinds`` are the codes of the
    history entries that replaced each."""
    ref = row["reference_id"]
    value = in_force(Dated(row["value"], row["kind"], ref), history, value_kinds, year)
    requirement = in_force(
        Dated(row.get("average_requirement"), requirement_kind, ref),
        history,
        requirement_kinds,
        year,
    )
    notes = [row["note"]] if row.get("note") else []
    if value is None:
        notes.append(f"No value is recorded in force in {year}.")
    return value, requirement, notes


def of_group(
    history: Iterable[JSON], group: str, sex: str | None, phytate: int | None = None
) -> list[JSON]:
    """The history entries for one group, sex and phytate level."""
    return [
        e
        for e in history
        if e["group"] == group
        and e.get("sex") in (None, sex)
        and e.get("phytate_mg") == phytate
    ]
