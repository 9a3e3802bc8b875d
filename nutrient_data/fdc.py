"""The rows of USDA FoodData Central's nutrient table that the dataset points at.

FDC names each nutrient twice: by its ``id`` (what the API returns) and by its
``nutrient_nbr`` (the number of the older SR tables). The shipped map
``data/fdc-nutrients.json`` pairs the two for every row an identifier uses, with
its source, so that the lint can check that a record's FDC id and number agree.
"""

from __future__ import annotations

from functools import cache

from pydantic import ValidationError

from nutrient_data.models import FdcNutrientTable
from nutrient_data.paths import DATA_ROOT, read_shipped_json
from nutrient_data.problem import DatasetError, Problem

FDC_TABLE_NAME = "fdc-nutrients.json"


@cache
def fdc_table() -> FdcNutrientTable:
    """The shipped FDC nutrient rows, validated once per process."""
    try:
        return FdcNutrientTable.model_validate(
            read_shipped_json(DATA_ROOT / FDC_TABLE_NAME)
        )
    except ValidationError as error:
        raise DatasetError(
            [Problem("$", f"{FDC_TABLE_NAME}: {e['msg']}") for e in error.errors()]
        ) from None
