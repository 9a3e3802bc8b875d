"""The authorities whose values the site shows, and the people it shows them for.

Everything here reads reference values through the public lookup,
:func:`nutrient_data.intake`, so an authority added to the data appears as a
column of the nutrient pages' matrix and a line of their key facts with no
change to the page code. :func:`authority_ids` is the one place that says
which authorities there are.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from nutrient_data import intake
from nutrient_data.dri import PersonIntake
from nutrient_data.lifestages import GROUPS, LifeStage
from nutrient_data.problem import NoValuesError, PersonError

# Short column headings; an authority without one is shown by its name.
_SHORT = {"us": "US", "efsa": "EU (EFSA)"}


@cache
def _listed() -> dict[str, Any]:
    """The package's own list of authorities where it has one
    (``nutrient_data.authorities()``: authorities as data), by id."""
    import nutrient_data

    listing = getattr(nutrient_data, "authorities", None)
    return {a.id: a for a in listing()} if listing else {}


def authority_ids() -> tuple[str, ...]:
    """Every authority with values in the data, in the data's order."""
    return tuple(_listed()) or tuple(GROUPS)


def authority_groups(authority: str) -> tuple[LifeStage, ...]:
    """The authority's life-stage groups."""
    listed = _listed().get(authority)
    return tuple(listed.groups) if listed else GROUPS[authority]


def authority_name(authority: str) -> str:
    listed = _listed().get(authority)
    if listed:
        return str(listed.name)
    return authority


def authority_short(authority: str) -> str:
    """A column heading: ``US``, ``EU (EFSA)``, or the authority's short name."""
    listed = _listed().get(authority)
    if authority in _SHORT or not listed:
        return _SHORT.get(authority, authority_name(authority))
    return str(listed.short_name)


@cache
def people() -> tuple[dict[str, Any], ...]:
    """The representative people (``people.json``): label, age, sex, condition."""
    text = (resources.files("nutrient_data.site") / "people.json").read_text("utf-8")
    return tuple(json.loads(text)["people"])


def lookup(
    nutrient: str, person: dict[str, Any], authority: str
) -> PersonIntake | None:
    """The person's values from one authority, or None where it has no group."""
    try:
        return intake(
            nutrient,
            age=person["age"],
            sex=person["sex"],
            pregnant=person.get("pregnant", False),
            lactating=person.get("lactating", False),
            authority=authority,
        )
    except (PersonError, NoValuesError):
        return None


ADULT = {"age": 30, "sex": "female"}
"""The person whose values stand for a nutrient's unit and what its UL counts."""


def main_unit(nutrient: str) -> str:
    """The unit of the first authority's values for the nutrient (amounts in
    the intake check are converted to it)."""
    for authority in authority_ids():
        found = lookup(nutrient, ADULT, authority)
        if found is not None:
            return str(found.unit)
    raise ValueError(f"no authority has values for {nutrient}")
