"""Exports carry every authority, its groups and kinds, the requirement beside
each value, and the history of each value."""

from __future__ import annotations

from nutrient_data.export import table_rows
from nutrient_data.loader import load


def test_values_carry_the_requirement() -> None:
    rows = table_rows(load())["reference_table_values"]
    row = next(
        r
        for r in rows
        if (r["authority_id"], r["nutrient_id"], r["group"])
        == ("us", "magnesium", "females-31-50y")
    )
    assert (row["kind"], row["value"], row["average_requirement"]) == (
        "RDA",
        320.0,
        265.0,
    )


def test_us_tables_carry_the_cv() -> None:
    rows = {
        r["nutrient_id"]: r
        for r in table_rows(load())["reference_tables"]
        if r["authority_id"] == "us"
    }
    assert rows["magnesium"]["requirement_cv"] == 0.1
    assert rows["chromium"]["requirement_cv"] is None
    assert rows["chromium"]["average_requirement_note"]


def test_every_authority_has_a_table_for_every_nutrient() -> None:
    tables = table_rows(load())
    nutrients = {n.id for n in load().nutrients}
    for authority in tables["authorities"]:
        mine = [
            r
            for r in tables["reference_tables"]
            if r["authority_id"] == authority["authority_id"]
        ]
        gaps = {
            r["nutrient_id"]
            for r in tables["authority_not_confirmed"]
            if r["authority_id"] == authority["authority_id"]
        }
        assert {r["nutrient_id"] for r in mine} | gaps == nutrients
        assert not {r["nutrient_id"] for r in mine} & gaps
    efsa = [r for r in tables["reference_tables"] if r["authority_id"] == "efsa"]
    assert any(r["ul_kind"] == "safe-level" for r in efsa)
    assert {"percent-energy", "mg"} <= {r["unit"] for r in efsa}
    groups = tables["authority_groups"]
    assert sum(g["authority_id"] == "efsa" for g in groups) == 9
    assert sum(g["authority_id"] == "us" for g in groups) == 22
    roles = {
        (k["authority_id"], k["code"]): k["role"] for k in tables["authority_kinds"]
    }
    assert roles[("us", "EAR")] == roles[("efsa", "AR")] == "requirement"


def test_history_of_both_authorities_with_years() -> None:
    tables = table_rows(load())
    values = tables["reference_history"]
    limits = tables["reference_upper_level_history"]
    us = [r for r in values + limits if r["authority_id"] == "us"]
    assert {r["nutrient_id"] for r in values if r["authority_id"] == "us"} == {
        "vitamin-d"
    }
    b6 = next(
        r
        for r in table_rows(load())["reference_tables"]
        if (r["authority_id"], r["nutrient_id"]) == ("efsa", "vitamin-b6")
    )
    adults = [
        r
        for r in limits
        if (r["authority_id"], r["table"], r["group"])
        == ("efsa", b6["table"], "adults")
    ]
    assert (adults[0]["value"], adults[0]["in_force_until"]) == (25.0, 2023)
    assert all(r["in_force_from"] <= r["in_force_until"] for r in us + limits)
