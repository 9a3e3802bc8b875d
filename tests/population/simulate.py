"""Simulated person-day records with known components, for the population tests."""

from __future__ import annotations

import math
import random
from typing import Any


def normal_days(
    persons: int,
    *,
    mean: float,
    between_sd: float,
    within_sd: float,
    days: int = 2,
    seed: int = 1,
    nutrient: str = "magnesium",
    age: float = 40,
    sex: str = "female",
) -> list[dict[str, Any]]:
    """Usual intake normal (mean, between_sd); each day adds normal noise
    (within_sd), clipped at 0 (out of reach for the values the tests use)."""
    rng = random.Random(seed)
    rows = []
    for person in range(persons):
        usual = rng.gauss(mean, between_sd)
        for day in range(1, days + 1):
            amount = max(usual + rng.gauss(0, within_sd), 0.0)
            rows.append(
                {
                    "person_id": f"p{person}",
                    "day": day,
                    "age": age,
                    "sex": sex,
                    f"{nutrient}_food": amount,
                }
            )
    return rows


def same(a: Any, b: Any, where: str = "") -> None:
    """Equal, floats to 1e-9 (the two ways sum in different orders)."""
    if isinstance(a, float) and isinstance(b, float):
        assert math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12), where
    elif isinstance(a, dict):
        assert a.keys() == b.keys(), where
        for key in a:
            same(a[key], b[key], f"{where}.{key}")
    elif isinstance(a, list):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            same(x, y, f"{where}[{i}]")
    else:
        assert a == b, where
