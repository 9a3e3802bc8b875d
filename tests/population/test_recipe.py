"""The DuckDB recipe's SQL gives what the package's own functions give."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

import nutrient_data
from nutrient_data.population import usual
from nutrient_data.population.recipe import run

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "survey.csv"


def by_the_package(path: Path) -> dict[str, float]:
    """Zinc's cut-point share per US life stage, by usual.components and
    usual.usual_intakes with no transform and no weights, as the SQL does."""
    days: dict[str, list[float]] = defaultdict(list)
    added: dict[str, list[float]] = defaultdict(list)
    who: dict[str, tuple[float, str]] = {}
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            days[row["person_id"]].append(float(row["zinc_food"]))
            added[row["person_id"]].append(float(row["zinc_supplements"]))
            who.setdefault(row["person_id"], (float(row["age"]), row["sex"]))
    groups: dict[str, list[str]] = defaultdict(list)
    for person, (age, sex) in who.items():
        stage = nutrient_data.life_stage_for(age, sex)  # type: ignore[arg-type]
        groups[stage.id].append(person)
    shares = {}
    for group, persons in groups.items():
        means = [sum(days[p]) / len(days[p]) for p in persons]
        ss = [
            sum((v - m) ** 2 for v in days[p])
            for p, m in zip(persons, means, strict=True)
        ]
        counts = [len(days[p]) for p in persons]
        parts = usual.components(means, ss, counts, [1.0] * len(persons), 1.0)
        food = usual.usual_intakes(parts, means, counts)
        age, sex = who[persons[0]]
        ear = nutrient_data.intake("zinc", age=age, sex=sex).average_requirement  # type: ignore[arg-type]
        assert ear is not None
        totals = [
            f + sum(added[p]) / len(added[p])
            for f, p in zip(food, persons, strict=True)
        ]
        shares[group] = sum(1 for t in totals if t < ear) / len(totals)
    return shares


def test_the_sql_gives_the_packages_cut_point_prevalence(tmp_path: Path) -> None:
    pytest.importorskip("duckdb", reason="duckdb (the duckdb extra) is not installed")
    from nutrient_data.export import export
    from nutrient_data.loader import load

    export(load(), "sqlite", tmp_path)
    found = {g: p for g, _, p in run(EXAMPLE, tmp_path / "nutrient-data.sqlite")}
    expected = by_the_package(EXAMPLE)
    assert found.keys() == expected.keys()
    for group, share in expected.items():
        assert found[group] == pytest.approx(share, abs=1e-12), group
