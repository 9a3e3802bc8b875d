"""The column-wise path (pyarrow and numpy) gives what the row-by-row path gives."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from nutrient_data.population.assess import assess_survey
from nutrient_data.population.files import read_path
from tests.population.simulate import same

pytest.importorskip("numpy", reason="numpy (the analysis extra) is not installed")
pytest.importorskip("pyarrow", reason="pyarrow (the analysis extra) is not installed")

from nutrient_data.population import fast

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "survey.csv"


def both(path: Path, authority: str, by: str) -> None:
    quick = fast.assess_csv(path, authority, by)
    assert quick is not None
    rows = read_path(path, authority=authority, by=by, strict=False, progress=None)
    slow = assess_survey(rows, authority)
    assert (quick.rows, quick.persons) == (slow.rows, slow.persons)
    same(quick.as_json(), slow.as_json())
    assert quick.notes == slow.notes


@pytest.mark.parametrize(
    ("authority", "by"), [("us", "life-stage"), ("efsa", "sex"), ("us", "region")]
)
def test_the_example_gives_the_same_results(authority: str, by: str) -> None:
    both(EXAMPLE, authority, by)


def test_a_varied_survey_gives_the_same_results(tmp_path: Path) -> None:
    """Weights, one, two and three days, missing food days, empty supplement
    cells, pregnancy and lactation, IU columns, a group without reference."""
    rng = random.Random(11)
    header = [
        "person_id", "day", "age", "sex", "pregnant", "lactating", "weight",
        "zinc_food", "zinc_supplements", "vitamin-d_food", "vitamin-d_supplements_IU",
        "magnesium_food_g", "chromium_food",
    ]  # fmt: skip
    path = tmp_path / "varied.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for person in range(400):
            sex = rng.choice(("female", "male"))
            age = rng.choice((2, 7, 16, 25, 40, 60, 80))
            pregnant = sex == "female" and 19 <= age <= 40 and person % 7 == 0
            lactating = sex == "female" and 19 <= age <= 40 and person % 11 == 0
            lactating = lactating and not pregnant
            weight = f"{rng.uniform(0.2, 3):.3f}"
            zinc = rng.lognormvariate(2.2, 0.3)
            for day in range(1, rng.choice((1, 2, 2, 3)) + 1):
                today = zinc * rng.lognormvariate(0, 0.4)
                zinc_cell = "" if rng.random() < 0.05 else f"{today:.3f}"
                vitamin_d = f"{rng.lognormvariate(1.5, 0.6):.3f}"
                writer.writerow(
                    [
                        f"id{person}", day, age, sex,
                        "true" if pregnant else "", "TRUE" if lactating else "false",
                        weight,
                        zinc_cell,
                        rng.choice(("", "0", "15")),
                        vitamin_d, rng.choice(("0", "400", "2000")),
                        f"{rng.lognormvariate(-1.2, 0.3):.4f}",
                        f"{rng.lognormvariate(3.2, 0.3):.2f}",
                    ]
                )  # fmt: skip
    both(path, "us", "life-stage")
    both(path, "efsa", "life-stage")


def test_a_file_with_a_bad_row_is_left_to_the_row_by_row_reader(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "person_id,day,age,sex,zinc_food\na,1,40,female,8\nb,1,40,female,-1\n",
        encoding="utf-8",
    )
    assert fast.assess_csv(path, "us", "life-stage") is None
