"""Write the synthetic survey of the worked example (seeded, so always the same).

    python docs/examples/make_survey.py

writes ``survey.csv`` (one row per person and day) and
``survey-components.json`` (what it was made from) beside this script. The
people are invented: each has a usual intake drawn from a log-normal
distribution (between-person SD ``sb`` on the log scale around the median),
and each day's intake is the usual intake times a log-normal day effect
(within-person SD ``sw``). Every person has a first day; 60% have a second.
A share of persons take a supplement of a fixed dose every day. Nothing here
describes a real population.
"""

from __future__ import annotations

import csv
import json
import math
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20260
PERSONS = 1500
SECOND_DAY = 0.6
AGES = {"19-30": (19, 30), "31-50": (31, 50), "51-70": (51, 70)}
COMPONENTS = {
    # nutrient: median food intake by sex (unit per day), sb, sw (log scale),
    # supplement users' share and dose, and the column's unit suffix
    "magnesium": {
        "unit": "mg",
        "female": 250,
        "male": 320,
        "sb": 0.25,
        "sw": 0.35,
        "users": 0.15,
        "dose": 250,
        "column_unit": "",
    },
    "zinc": {
        "unit": "mg",
        "female": 9,
        "male": 12,
        "sb": 0.3,
        "sw": 0.45,
        "users": 0.1,
        "dose": 25,
        "column_unit": "",
    },
    "vitamin-d": {
        "unit": "ug",
        "female": 4,
        "male": 5,
        "sb": 0.5,
        "sw": 0.7,
        "users": 0.3,
        "dose": 1000,
        "column_unit": "IU",
    },
    "vitamin-b12": {
        "unit": "ug",
        "female": 3.5,
        "male": 5,
        "sb": 0.35,
        "sw": 0.6,
        "users": 0.2,
        "dose": 25,
        "column_unit": "",
    },
    "chromium": {
        "unit": "ug",
        "female": 25,
        "male": 33,
        "sb": 0.3,
        "sw": 0.4,
        "users": 0.05,
        "dose": 200,
        "column_unit": "",
    },
}
"""The variance components the survey is made from (see the module docstring)."""


def rows(rng: random.Random) -> list[dict[str, str]]:
    made = []
    for person in range(1, PERSONS + 1):
        sex = "female" if person % 2 else "male"
        low, high = AGES[rng.choice(list(AGES))]
        age = rng.randint(low, high)
        weight = round(rng.uniform(0.5, 2.0), 3)
        region = rng.choice(("north", "south"))
        usual = {
            n: c[sex] * math.exp(rng.gauss(0, c["sb"])) for n, c in COMPONENTS.items()
        }
        takes = {n: rng.random() < c["users"] for n, c in COMPONENTS.items()}
        days = 2 if rng.random() < SECOND_DAY else 1
        for day in range(1, days + 1):
            row = {
                "person_id": f"P{person:04d}",
                "day": str(day),
                "age": str(age),
                "sex": sex,
                "weight": f"{weight:g}",
                "region": region,
            }
            for n, c in COMPONENTS.items():
                intake = usual[n] * math.exp(rng.gauss(0, c["sw"]))
                suffix = f"_{c['column_unit']}" if c["column_unit"] else ""
                row[f"{n}_food"] = f"{intake:.4g}"
                row[f"{n}_supplements{suffix}"] = f"{c['dose']:g}" if takes[n] else "0"
            made.append(row)
    return made


def main() -> int:
    made = rows(random.Random(SEED))
    with open(HERE / "survey.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(made[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(made)
    described = {
        "description": "Synthetic survey of the worked example: invented people, "
        "not a real population. Usual food intake is log-normal (median by sex, "
        "between-person SD sb on the log scale); each day multiplies it by a "
        "log-normal day effect (within-person SD sw). Supplement users take "
        "the dose every day (in the column's unit).",
        "seed": SEED,
        "persons": PERSONS,
        "second_day_share": SECOND_DAY,
        "components": COMPONENTS,
    }
    (HERE / "survey-components.json").write_text(
        json.dumps(described, indent=2) + "\n", encoding="utf-8"
    )
    print(f"wrote {HERE / 'survey.csv'} ({len(made)} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
