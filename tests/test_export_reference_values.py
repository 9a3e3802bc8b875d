"""Exports carry the authority, the EAR and the history of each value."""

from __future__ import annotations

from nutrient_data.export import table_rows
from nutrient_data.loader import load


def test_intakes_carry_the_ear() -> None:
    rows = table_rows(load())["intakes"]
    row = next(
        r
        for r in rows
        if (r["nutrient_id"], r["life_stage"]) == ("magnesium", "females-31-50y")
    )
    assert (row["value"], row["average_requirement"]) == (320.0, 265.0)


def test_us_requirements_carry_the_cv() -> None:
    rows = {r["nutrient_id"]: r for r in table_rows(load())["us_requirements"]}
    assert rows["magnesium"]["requirement_cv"] == 0.1
    assert rows["chromium"]["requirement_cv"] is None
    assert rows["chromium"]["average_requirement_note"]


def test_efsa_tables_cover_every_nutrient() -> None:
    tables = table_rows(load())
    assert {r["nutrient_id"] for r in tables["efsa_tables"]} == {
        n.id for n in load().nutrients
    }
    assert any(r["ul_kind"] == "safe-level" for r in tables["efsa_tables"])
    units = {r["unit"] for r in tables["efsa_tables"]}
    assert {"percent-energy", "mg"} <= units
    assert len(tables["efsa_groups"]) == 9


def test_history_of_both_authorities_with_years() -> None:
    tables = table_rows(load())
    us = tables["intake_history"]
    eu = tables["efsa_upper_level_history"]
    assert {r["nutrient_id"] for r in us} == {"vitamin-d"}
    b6 = [r for r in eu if r["nutrient_id"] == "vitamin-b6" and r["group"] == "adults"]
    assert (b6[0]["value"], b6[0]["in_force_until"]) == (25.0, 2023)
    assert all(r["in_force_from"] <= r["in_force_until"] for r in us + eu)
