from __future__ import annotations

import typing
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nutrient_data.dri import LIFE_STAGES, groups, intake_for, life_stage_for
from nutrient_data.models import Dataset
from nutrient_data.problem import PersonError
from tests.factories import US_GROUPS, make_document, make_us_table


def test_the_us_groups_are_read_from_its_authority_file() -> None:
    assert [s.id for s in LIFE_STAGES] == US_GROUPS
    assert groups("us") == LIFE_STAGES and len(LIFE_STAGES) == 22


@pytest.mark.parametrize(
    ("age", "sex", "flags", "expected"),
    [
        (0, "male", {}, "infants-0-6mo"),
        (0.49, "female", {}, "infants-0-6mo"),
        (0.5, "female", {}, "infants-7-12mo"),
        (1, "male", {}, "children-1-3y"),
        (3.99, "male", {}, "children-1-3y"),
        (8.5, "female", {}, "children-4-8y"),
        (9, "male", {}, "males-9-13y"),
        (18.9, "female", {}, "females-14-18y"),
        (45, "female", {}, "females-31-50y"),
        (70.99, "male", {}, "males-51-70y"),
        (71, "male", {}, "males-71y-plus"),
        (130, "female", {}, "females-71y-plus"),
        (16, "female", {"pregnant": True}, "pregnancy-14-18y"),
        (35, "female", {"lactating": True}, "lactation-31-50y"),
    ],
)
def test_life_stage_for(
    age: float,
    sex: typing.Literal["female", "male"],
    flags: dict[str, Any],
    expected: str,
) -> None:
    assert life_stage_for(age, sex, **flags).id == expected


@pytest.mark.parametrize(
    ("age", "sex", "flags", "message"),
    [
        (-1, "female", {}, "between 0 and 130"),
        (float("nan"), "female", {}, "between 0 and 130"),
        (131, "male", {}, "between 0 and 130"),
        (30, "male", {"pregnant": True}, "females only"),
        (30, "female", {"pregnant": True, "lactating": True}, "not both"),
        (55, "female", {"lactating": True}, "Lactation 31-50 y, ends before 51"),
        (5, "female", {"pregnant": True}, "no US pregnancy group for age 5"),
        (9, "female", {"pregnant": True}, "Pregnancy 14-18 y, starts at 14 years"),
        (13.9, "female", {"lactating": True}, "Lactation 14-18 y, starts at 14"),
    ],
)
def test_impossible_people_are_refused(
    age: float,
    sex: typing.Literal["female", "male"],
    flags: dict[str, Any],
    message: str,
) -> None:
    with pytest.raises(PersonError, match=message):
        life_stage_for(age, sex, **flags)


@given(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["female", "male"]),
    st.booleans(),
    st.booleans(),
)
def test_every_input_gives_a_group_or_a_person_error(
    age: float, sex: typing.Literal["female", "male"], pregnant: bool, lactating: bool
) -> None:
    try:
        stage = life_stage_for(age, sex, pregnant=pregnant, lactating=lactating)
    except PersonError:
        return
    assert stage.min_age <= age <= stage.max_age
    assert stage.sex in (None, sex)


def test_intake_for_reads_the_row_and_the_ul_caveat() -> None:
    table = make_us_table()
    table["ul"] |= {"applies_to": "supplemental-only", "scope": "Supplements only."}
    document = make_document()
    document["authorities"][0]["tables"][0] = table
    tables = [
        t.model_dump(mode="json")
        for t in Dataset.model_validate(document).tables("us", "chromium")
    ]
    row = intake_for("chromium", life_stage_for(45, "female"), tables=tables)
    assert (row.life_stage, row.kind, row.value, row.unit, row.ul) == (
        "females-31-50y",
        "AI",
        10.0,
        "mg",
        20.0,
    )
    assert row.ul_note == "Supplements only."
