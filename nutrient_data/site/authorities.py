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

from nutrient_data import authorities, intake
from nutrient_data.dri import PersonIntake
from nutrient_data.lifestages import LifeStage
from nutrient_data.problem import NoValuesError, PersonError


@cache
def _listed() -> dict[str, Any]:
    """The authorities in the data (``nutrient_data.authorities()``), by id."""
    return {a.id: a for a in authorities()}


def authority_ids() -> tuple[str, ...]:
    """Every authority with values in the data, in the data's order."""
    return tuple(_listed())


def authority_groups(authority: str) -> tuple[LifeStage, ...]:
    """The authority's life-stage groups."""
    return tuple(_listed()[authority].groups)


def authority_name(authority: str) -> str:
    return str(_listed()[authority].name)


def authority_short(authority: str) -> str:
    """A column heading: the authority's short name (``US``, ``EFSA``, ...)."""
    return str(_listed()[authority].short_name)


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
