"""The cut-point prevalence in SQL, for surveys larger than memory (DuckDB recipe).

The SQL joins a ``survey`` table (one row per person and day) to
``reference_values`` (the US rows of the SQLite export's view of the same
name, which joins each value to its group's ages, sex and condition) and
computes, per life-stage group, the share of persons whose usual zinc intake
is below the EAR: person means shrunk by the NRC/IOM factor, then
supplements added. It leaves out what the Python method adds (the transform
chosen by the data, survey weights, the probability approach); a test checks
it against the package's own functions with no transform. It runs as written
in DuckDB (``pip install -e '.[duckdb]'``) and, with its aggregate names
(``var_pop``, ``any_value``, ``greatest``), in other engines that have them,
such as PostgreSQL.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

REFERENCE_VALUES = """
SELECT nutrient_id, "group", sex, condition, min_age, max_age,
       average_requirement, ul
FROM reference_values WHERE authority_id = 'us'
"""
"""The rows of ``reference_values``, read from the SQLite export."""

SQL = """
WITH days AS (
  SELECT person_id, age, sex, zinc_food AS food,
         coalesce(zinc_supplements, 0) AS supplements
  FROM survey
  WHERE zinc_food IS NOT NULL
),
persons AS (
  SELECT person_id, any_value(age) AS age, any_value(sex) AS sex,
         count(*) AS n, avg(food) AS mean_food,
         sum(food * food) - count(*) * avg(food) * avg(food) AS within_ss,
         avg(supplements) AS supplements
  FROM days
  GROUP BY person_id
),
grouped AS (
  SELECT p.*, r.life_stage, r.average_requirement AS ear
  FROM persons p
  JOIN reference_values r
    ON r.nutrient_id = 'zinc' AND r.sex = p.sex AND r.condition IS NULL
   AND p.age >= r.min_age AND (p.age < r.max_age OR p.age = 130)
),
components AS (
  SELECT life_stage, avg(mean_food) AS mean,
         sum(within_ss) / nullif(sum(n - 1), 0) AS within,
         var_pop(mean_food)
           - coalesce(sum(within_ss) / nullif(sum(n - 1), 0), 0) * avg(1.0 / n)
           AS between_
  FROM grouped
  GROUP BY life_stage
),
usual AS (
  SELECT g.life_stage, g.ear,
         c.mean + (g.mean_food - c.mean) * coalesce(
           sqrt(greatest(c.between_, 0)
                / nullif(greatest(c.between_, 0) + c.within / g.n, 0)),
           1) + g.supplements AS intake
  FROM grouped g JOIN components c ON c.life_stage = g.life_stage
)
SELECT life_stage, count(*) AS n,
       avg(CASE WHEN intake < ear THEN 1.0 ELSE 0.0 END) AS below_ear
FROM usual
GROUP BY life_stage
ORDER BY life_stage
"""
"""Zinc's cut-point prevalence by US life-stage group (``survey`` and
``reference_values`` must exist)."""


def describe() -> str:
    """The recipe in a paragraph, for the site."""
    return (
        "For a survey too large for memory, an engine can do the same in SQL. "
        "The query below joins a `survey` table to `reference_values` (the US "
        "rows of the SQLite export's view of that name) and gives zinc's "
        "cut-point prevalence by group, shrinking person means by the NRC/IOM "
        "factor before adding supplements; it leaves out the transform, the "
        "weights and the probability approach. In DuckDB "
        "(`pip install -e '.[duckdb]'`), `nutrient_data.population.recipe.run` "
        "loads both tables (the survey straight from its CSV file) and runs it."
    )


def run(survey_csv: Path, sqlite_file: Path) -> list[tuple[str, int, float]]:
    """Run :data:`SQL` in DuckDB on a survey CSV file and the SQLite export."""
    import sqlite3

    import duckdb  # type: ignore[import-not-found, unused-ignore]

    with sqlite3.connect(sqlite_file) as source:
        rows = source.execute(REFERENCE_VALUES).fetchall()
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE reference_values (nutrient_id TEXT, life_stage TEXT, "
        "sex TEXT, condition TEXT, min_age DOUBLE, max_age DOUBLE, "
        "average_requirement DOUBLE, ul DOUBLE)"
    )
    con.executemany(
        "INSERT INTO reference_values VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows
    )
    quoted = str(survey_csv).replace("'", "''")
    con.execute(f"CREATE VIEW survey AS SELECT * FROM read_csv_auto('{quoted}')")
    return [(str(g), int(n), float(p)) for g, n, p in con.execute(SQL).fetchall()]
