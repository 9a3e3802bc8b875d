"""The intake check page's own data file, small enough to load at once.

Instead of the whole bundle (about 0.8 MB), the page loads what a check needs:
each nutrient's names, unit and medicine interactions, the short names of the
sources, and, per authority, every person the page can be asked about (sex,
pregnancy or lactation, a span of ages) with that person's group and values,
read through the public lookup (:func:`nutrient_data.intake`). A new authority
in the data is a new entry here with no code change; ``intake-check-core.js``
reads the values as the command line computes them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from nutrient_data import intake, life_stage_for
from nutrient_data.dri.tables import kinds
from nutrient_data.lifestages import MAX_AGE
from nutrient_data.models import Dataset
from nutrient_data.problem import NoValuesError, PersonError
from nutrient_data.site.authorities import (
    authority_groups,
    authority_ids,
    authority_name,
    main_unit,
)
from nutrient_data.site.references import author_year

FIELDS = (
    "kind",
    "value",
    "unit",
    "ul",
    "ul_note",
    "note",
    "reference_id",
    "average_requirement",
    "requirement_cv",
    "ul_kind",
    "ul_applies_to",
    "ul_reference_id",
)
"""The fields of a lookup's answer that the page's check reads."""
CONDITIONS: tuple[dict[str, bool], ...] = ({}, {"pregnant": True}, {"lactating": True})


def _ages(authority: str) -> list[float]:
    """Every whole year and every group's bounds: a person's values change
    only at these ages."""
    bounds = {b for g in authority_groups(authority) for b in (g.min_age, g.max_age)}
    return sorted({*map(float, range(int(MAX_AGE) + 1)), *bounds} - {MAX_AGE + 1})


class _Table:
    """Distinct texts and value records, each stored once and named by index."""

    def __init__(self) -> None:
        self.texts: dict[str, int] = {}
        self.values: dict[tuple[Any, ...], int] = {}

    def text(self, value: str | None) -> int | None:
        return None if value is None else self.texts.setdefault(value, len(self.texts))

    def record(self, found: Any) -> int:
        row = tuple(
            self.text(getattr(found, f))
            if f in ("ul_note", "note")
            else getattr(found, f)
            for f in FIELDS
        )
        return self.values.setdefault(row, len(self.values))


def _person(
    table: _Table,
    nutrients: Sequence[str],
    authority: str,
    age: float,
    sex: str,
    flags: dict[str, bool],
) -> dict[str, Any]:
    """What the page needs of one person: the group and values, or the refusal."""
    try:
        stage = life_stage_for(age, sex, authority=authority, **flags)  # type: ignore[arg-type]
    except PersonError as error:
        # "... for age 5": the page fills in the age it was asked about.
        message = str(error)
        message = re.sub(rf"\bage {age:g}(?![\d.])", "age {age}", message, count=1)
        return {"error": message}
    values: list[int | None] = []
    for nutrient in nutrients:
        try:
            found = intake(nutrient, age=age, sex=sex, authority=authority, **flags)  # type: ignore[arg-type]
        except NoValuesError:  # no table of this authority for the nutrient
            values.append(None)
        else:
            values.append(table.record(found))
    return {"group": stage.id, "label": stage.label, "values": values}


def _people(
    table: _Table, nutrients: Sequence[str], authority: str
) -> list[dict[str, Any]]:
    """Every person the page may be asked about, as spans of ages that share
    a group, values or refusal."""
    people: list[dict[str, Any]] = []
    ages = _ages(authority)
    for sex in ("female", "male"):
        for flags in CONDITIONS:
            condition = next(iter(flags), None)
            for low, high in zip(ages, [*ages[1:], MAX_AGE], strict=True):
                found = _person(table, nutrients, authority, low, sex, flags)
                last = people[-1] if people else {}
                if (last.get("sex"), last.get("condition")) == (sex, condition) and {
                    k: v
                    for k, v in last.items()
                    if k not in ("sex", "condition", "from", "to")
                } == found:
                    last["to"] = high
                else:
                    people.append(
                        {
                            "sex": sex,
                            "condition": condition,
                            "from": low,
                            "to": high,
                            **found,
                        }
                    )
    return people


def page_data(data: Dataset) -> dict[str, Any]:
    """The page's data file (``intake-check/page-data.json``)."""
    table = _Table()
    ids = [n.id for n in data.nutrients]
    authorities = [
        {
            "id": a,
            "name": authority_name(a),
            "roles": kinds(a).role,
            "people": _people(table, ids, a),
        }
        for a in authority_ids()
    ]
    cited = {
        r
        for row in table.values
        for r in (
            row[FIELDS.index("reference_id")],
            row[FIELDS.index("ul_reference_id")],
        )
        if r
    }
    nutrients = []
    for n in data.nutrients:
        medicines = [x for x in n.interactions if x.agent_type == "medicine"]
        cited.update(r for x in medicines for r in x.reference_ids)
        nutrients.append(
            {
                "id": n.id,
                "name": n.name,
                "synonyms": list(n.synonyms),
                "unit": main_unit(n.id),
                "interactions": [
                    {
                        "agent": x.agent,
                        "effect": x.effect,
                        "reference_ids": list(x.reference_ids),
                    }
                    for x in medicines
                ],
            }
        )
    return {
        "version": data.metadata.version,
        "max_age": MAX_AGE,
        "fields": list(FIELDS),
        "nutrients": nutrients,
        "references": {r: author_year(data.reference(r)) for r in sorted(cited)},
        "authorities": authorities,
        "values": [list(v) for v in table.values],
        "texts": list(table.texts),
    }
