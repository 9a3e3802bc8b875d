"""A bundle with EARs and a CV, for the probability path the shipped data
cannot exercise until the curated EARs arrive."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest

from nutrient_data import bundle
from nutrient_data.intake_check import medicines
from nutrient_data.lookup import NameIndex
from nutrient_data.paths import bundle_path

MAGNESIUM_EAR = 265.0
"""The EAR of women 31-50 y (IOM 1997), with the 10% CV the report used."""


def with_requirement(
    document: dict[str, Any], nutrient: str, stage: str, ear: float, cv: float
) -> dict[str, Any]:
    """``document`` with an EAR for one group and the table's CV."""
    changed = copy.deepcopy(document)
    us = next(a for a in changed["authorities"] if a["id"] == "us")
    table = next(t for t in us["tables"] if t["nutrient"] == nutrient)
    table["requirement_cv"] = cv
    table["requirement_cv_note"] = "test"
    table["requirement_cv_reference_id"] = table["values"][0]["reference_id"]
    table["requirement_cv_confirmed_by"] = "test fixture"
    for row in table["values"]:
        if row["group"] == stage:
            row["average_requirement"] = ear
    return changed


def use_bundle(monkeypatch: pytest.MonkeyPatch, document: dict[str, Any]) -> None:
    """Answer from ``document`` instead of the shipped bundle."""
    records = document["nutrients"]
    index: NameIndex[dict[str, Any]] = NameIndex(
        "nutrient", ((n["id"], (n["name"], *n["synonyms"]), n) for n in records)
    )

    def nutrients(*fields: str) -> list[dict[str, Any]]:
        return [{f: n[f] for f in fields if f in n} for n in records]

    tables: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for authority in document["authorities"]:
        for table in authority["tables"]:
            tables.setdefault((authority["id"], table["nutrient"]), []).append(table)

    def tables_of(authority: str, nutrient: str) -> tuple[dict[str, Any], ...]:
        return tuple(tables.get((authority, nutrient), ()))

    monkeypatch.setattr(bundle, "nutrients", nutrients)
    monkeypatch.setattr(bundle, "nutrient", lambda name, *_fields: index.get(name))
    monkeypatch.setattr(bundle, "tables", tables_of)


@pytest.fixture
def magnesium_ear(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Magnesium for women 31-50 y with its EAR (265 mg) and CV (10%)."""
    document = with_requirement(
        json.loads(bundle_path().read_text("utf-8")),
        "magnesium",
        "females-31-50y",
        MAGNESIUM_EAR,
        0.1,
    )
    medicines.shipped_index.cache_clear()
    use_bundle(monkeypatch, document)
    yield
    medicines.shipped_index.cache_clear()
