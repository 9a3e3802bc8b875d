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


def test_efsa_tables_cover_every_nutrient() -> None:
    tables = table_rows(load())
    assert {r["nutrient_id"] for r in tables["efsa_tables"]} == {
        n.id for n in load().nutrients
    }
    assert any(r["kind"] == "safe-level" for r in tables["efsa_upper_levels"])
    assert {r["unit"] for r in tables["efsa_values"]} >= {"percent-energy", "mg"}


def test_history_names_its_authority_and_years() -> None:
    rows = table_rows(load())["value_history"]
    assert {r["authority"] for r in rows} == {"us", "efsa"}
    b6 = [
        r for r in rows if r["nutrient_id"] == "vitamin-b6" and r["group"] == "adults"
    ]
    assert (b6[0]["value"], b6[0]["in_force_until"]) == (25.0, 2023)
    assert all(r["in_force_from"] <= r["in_force_until"] for r in rows)
