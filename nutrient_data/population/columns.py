"""The columns of a survey file, and the JSON Schema that describes them.

A survey gives one row per person and day: ``person_id``, ``day``, ``age``,
``sex``, optionally ``pregnant``, ``lactating`` and ``weight``, and per
nutrient the amount from food and from supplements, in two columns named
``<nutrient id>_food`` and ``<nutrient id>_supplements``. Without a suffix an
amount is in the nutrient's unit (the unit ``nutrient-data show ID --json``
gives under ``intakes``); a suffix names another (``magnesium_food_g``,
``vitamin-d_supplements_IU``; vitamin E in IU names its form,
``vitamin-e_supplements_IU-natural``). Other columns are kept, so that results
can be grouped by one of them (``--by region``). This module is the one source
of that shape: the reader parses names with it and the build writes
``schema/survey.schema.json`` from it.
"""

from __future__ import annotations

import re
from fractions import Fraction

from nutrient_data.named_tuple import NamedTuple
from nutrient_data.vocab import NUTRIENT_ORDER, VITAMIN_E_FORMS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any, Literal

    Source = Literal["food", "supplements"]

REQUIRED = ("person_id", "day", "age", "sex")
OPTIONAL = ("pregnant", "lactating", "weight")
BASE = REQUIRED + OPTIONAL
SOURCES: tuple[Source, ...] = ("food", "supplements")
UNIT_SUFFIXES = (
    "mg",
    "ug",
    "µg",
    "mcg",
    "g",
    "IU",
    *(f"IU-{form}" for form in VITAMIN_E_FORMS),
)
"""The unit suffixes a nutrient column may carry (case-insensitive)."""
TRUE, FALSE = ("true", "1", "yes"), ("false", "0", "no", "")
"""How ``pregnant`` and ``lactating`` are spelt in a CSV file (case-insensitive);
an empty cell is ``false``."""
SCHEMA_NAME = "survey.schema.json"
_NUTRIENT_COLUMN = re.compile(r"^([^_]+)_(food|supplements)(?:_(.+))?$")


class SurveyError(ValueError):
    """Survey input that cannot be used (a bad file, header or row); the message
    says where."""


class Column(NamedTuple):
    """One nutrient column: amounts times ``scale`` are in the nutrient's unit;
    times ``ul_scale``, the amount its upper level counts (they differ only for
    vitamin E given in IU, whose UL counts every form of alpha-tocopherol)."""

    name: str
    nutrient: str
    source: Source
    scale: Fraction
    ul_scale: Fraction


def looks_like_nutrient(name: str) -> bool:
    """Whether ``name`` has the shape of a nutrient column (known nutrient or not)."""
    return _NUTRIENT_COLUMN.match(name) is not None


def nutrient_column(name: str, unit: str, *, us_ul_factor: bool) -> Column:
    """The nutrient column ``name``, whose nutrient's values are in ``unit``.

    ``us_ul_factor`` counts vitamin E IU against the UL by the US report's own
    factor, as ``check`` does for the US values.
    """
    from nutrient_data.intake_check.amounts import (
        Amount,
        AmountError,
        in_table_unit,
        unit_named,
    )

    match = _NUTRIENT_COLUMN.match(name)
    if match is None:
        raise SurveyError(f"column {name!r} is not <nutrient id>_food or _supplements")
    nutrient, source, suffix = match[1], match[2], match[3]
    if nutrient not in NUTRIENT_ORDER:
        raise SurveyError(
            f"column {name!r}: unknown nutrient {nutrient!r}; ids are "
            + ", ".join(NUTRIENT_ORDER)
        )
    form = None
    spelled = suffix or unit
    if suffix and suffix.casefold().startswith("iu-"):
        spelled, form = "IU", suffix[3:].casefold()
        if form not in VITAMIN_E_FORMS:
            raise SurveyError(
                f"column {name!r}: the IU form must be natural or synthetic"
            )
    try:
        one = Amount(Fraction(1), unit_named(spelled), form)  # type: ignore[arg-type]
        scale = in_table_unit(one, nutrient, unit)
        ul_scale = in_table_unit(one, nutrient, unit, for_ul=us_ul_factor)
    except AmountError as error:
        hint = (
            f"; name the column {nutrient}_{source}_IU-natural or _IU-synthetic"
            if "needs its form" in str(error)
            else ""
        )
        raise SurveyError(f"column {name!r}: {error}{hint}") from None
    return Column(name, nutrient, source, scale, ul_scale)  # type: ignore[arg-type]


def flag(text: str) -> bool | None:
    """``pregnant`` or ``lactating`` from a cell; ``None`` if it is no yes or no."""
    folded = text.strip().casefold()
    return True if folded in TRUE else False if folded in FALSE else None


def json_schema(version: str) -> dict[str, Any]:
    """The JSON Schema of one person-day record (a JSON Lines object; a CSV row
    has the same columns, as text)."""
    ids = "|".join(re.escape(n) for n in NUTRIENT_ORDER)
    units = "|".join(UNIT_SUFFIXES)
    amount = {
        "description": "Amount per day from this source; null or absent where "
        "not recorded (for supplements, none taken).",
        "type": ["number", "null"],
        "minimum": 0,
    }
    text_or_number = {"type": ["string", "integer"], "minLength": 1}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:nutrient-data:schema:survey:{version}",
        "title": "Survey person-day record",
        "description": "One person's intake on one day, for `nutrient-data survey` "
        "and nutrient_data.assess_population. Nutrient columns are "
        "<nutrient id>_food and <nutrient id>_supplements, in the nutrient's unit "
        f"or with a unit suffix ({', '.join(UNIT_SUFFIXES)}; case-insensitive). "
        "Other columns are allowed and kept for grouping.",
        "type": "object",
        "required": list(REQUIRED),
        "properties": {
            "person_id": {"description": "The person.", **text_or_number},
            "day": {
                "description": "The day or recall number; once per person.",
                **text_or_number,
            },
            "age": {
                "description": "Age in years (0.5 is six months).",
                "type": "number",
                "minimum": 0,
                "maximum": 130,
            },
            "sex": {"enum": ["female", "male"]},
            "pregnant": {"type": "boolean", "default": False},
            "lactating": {"type": "boolean", "default": False},
            "weight": {
                "description": "Survey weight of the person (the same on each day).",
                "type": "number",
                "exclusiveMinimum": 0,
            },
        },
        "patternProperties": {
            f"^({ids})_(food|supplements)(_({units}))?$": amount,
        },
        "propertyNames": {
            "description": "A column shaped like a nutrient column must name a "
            "known nutrient.",
            "not": {"pattern": f"^(?!({ids})_)[^_]+_(food|supplements)(_.*)?$"},
        },
    }


def write_schema(directory: Path, version: str) -> Path:
    """Write ``survey.schema.json`` into ``directory``; return its path."""
    from nutrient_data.paths import json_text

    path = directory / SCHEMA_NAME
    path.write_text(json_text(json_schema(version)), encoding="utf-8")
    return path
