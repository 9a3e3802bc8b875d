"""Reference values by authority: EFSA groups, EAR and AR, upper levels and their
scope, history ("as of"), percent of energy, and the side-by-side comparison."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import nutrient_data
from nutrient_data.dri import EFSA_GROUPS, intake_for, life_stage_for
from nutrient_data.models import Dataset, ReferenceTable, ReferenceValue, UpperLimit
from nutrient_data.problem import NoValuesError, PersonError
from nutrient_data.units import percent_energy_to_grams
from tests.factories import make_document, make_efsa_table


def bundled(document: dict[str, Any], index: int = 0) -> list[dict[str, Any]]:
    """The EFSA tables of a nutrient of a validated document, as bundle JSON."""
    data = Dataset.model_validate(document)
    nutrient = data.nutrients[index].id
    return [t.model_dump(mode="json") for t in data.tables("efsa", nutrient)]


def read(tables: list[dict[str, Any]], stage: Any, **person: Any) -> Any:
    """The row for ``stage`` of ``tables`` (chromium's)."""
    return intake_for("chromium", stage, tables=tables, **person)


def efsa(age: float, sex: Any = "female", **flags: Any) -> Any:
    return life_stage_for(age, sex, authority="efsa", **flags)


@pytest.mark.parametrize(
    ("age", "flags", "expected"),
    [
        (0.5, {}, "infants-7-11mo"),
        (0.99, {}, "infants-7-11mo"),
        (1, {}, "children-1-3y"),
        (6.9, {}, "children-4-6y"),
        (10.5, {}, "children-7-10y"),
        (14.99, {}, "children-11-14y"),
        (17.5, {}, "children-15-17y"),
        (18, {}, "adults"),
        (130, {}, "adults"),
        (14, {"pregnant": True}, "pregnancy"),
        (40, {"lactating": True}, "lactation"),
    ],
)
def test_efsa_groups(age: float, flags: dict[str, Any], expected: str) -> None:
    assert efsa(age, **flags).id == expected


def test_efsa_groups_cover_ages_from_7_months_without_gaps() -> None:
    bands = [g for g in EFSA_GROUPS if g.condition is None]
    assert bands[0].min_age == 0.5
    assert all(a.max_age == b.min_age for a, b in itertools.pairwise(bands))


@pytest.mark.parametrize(
    ("age", "flags", "message"),
    [
        (0.3, {}, "the youngest, Infants 7-11 months, starts at 0.5 years"),
        (55, {"lactating": True}, "the oldest, Lactation, ends before 51 years"),
        (5, {"pregnant": True}, "no EFSA pregnancy group for age 5: the youngest"),
        (12, {"pregnant": True}, "Pregnancy, starts at 14 years"),
    ],
)
def test_efsa_refuses_impossible_people(
    age: float, flags: dict[str, Any], message: str
) -> None:
    with pytest.raises(PersonError, match=message):
        efsa(age, **flags)


def test_unknown_authority_is_a_person_error() -> None:
    with pytest.raises(PersonError, match="authority must be"):
        life_stage_for(30, "male", authority="nowhere")


def test_efsa_row_carries_ar_pri_and_ul_with_scope() -> None:
    row = read(bundled(make_document()), efsa(40), sex="female", age=40)
    assert (row.authority, row.kind, row.value, row.average_requirement) == (
        "efsa",
        "PRI",
        10.0,
        8.0,
    )
    assert (row.ul, row.ul_kind, row.ul_applies_to) == (20.0, "UL", "total-intake")
    assert row.ul_note == "All sources."


def test_group_without_a_level_says_so() -> None:
    row = read(bundled(make_document()), efsa(8), sex="male", age=8)
    assert row.ul is None
    assert row.ul_note is not None and "No UL is recorded for this group" in row.ul_note


def test_rows_split_by_sex_and_phytate() -> None:
    document = make_document()
    rows = document["authorities"][1]["tables"][0]["values"]
    adult = rows[6]
    rows[6:7] = [
        adult | {"sex": sex, "phytate_mg": level, "value": value}
        for sex, base in (("female", 10.0), ("male", 12.0))
        for level, value in zip(
            (300, 600, 900, 1200), (base, base + 1, base + 2, base + 3), strict=True
        )
    ]
    nutrient = bundled(document)
    pick = {
        (sex, level): read(
            nutrient, efsa(30, sex), sex=sex, age=30, phytate=level
        ).value
        for sex in ("female", "male")
        for level in (None, 900)
    }
    assert pick == {
        ("female", None): 10.0,
        ("female", 900): 12.0,
        ("male", None): 12.0,
        ("male", 900): 14.0,
    }
    with pytest.raises(PersonError, match="phytate must be one of"):
        read(nutrient, efsa(30), sex="female", age=30, phytate=450)


def test_phytate_applies_only_to_zinc_like_tables() -> None:
    with pytest.raises(
        PersonError, match="phytate applies to values that depend on it"
    ):
        read(bundled(make_document()), efsa(30), sex="female", age=30, phytate=300)


def test_as_of_a_year_reads_the_history() -> None:
    nutrient = bundled(make_document())
    then = read(nutrient, efsa(30), sex="male", age=30, as_of=1995)
    now = read(nutrient, efsa(30), sex="male", age=30, as_of=2010)
    assert (then.ul, then.ul_reference_id, then.as_of) == (30.0, "test-report", 1995)
    assert (then.value, then.kind) == (10.0, "PRI")  # its source is not in the bundle
    assert now.ul == 20.0 and now.value == 10.0


def test_no_table_is_a_no_values_error() -> None:
    with pytest.raises(NoValuesError, match="no EFSA values are recorded for iron"):
        intake_for("iron", efsa(30), sex="male", age=30)


def test_table_models_refuse_silent_gaps() -> None:
    row = make_efsa_table()["values"][0]
    with pytest.raises(ValueError, match="needs a note or not_set_reason"):
        ReferenceValue.model_validate(row | {"value": None})
    from nutrient_data.lint import coverage
    from tests.lint import findings

    document = make_document()
    rows = document["authorities"][1]["tables"][0]["values"]
    rows[0] |= {"value": None, "note": "not confirmed"}
    rows[1] |= {
        "kind": "not-set",
        "value": None,
        "average_requirement": None,
        "note": "a note is not the reason",
    }
    rows[2] |= {"not_set_reason": "no evidence"}
    assert findings(coverage.check, document) == [
        "$.authorities[1].tables[0].values[0]: a PRI row needs a value or a "
        "value_range (use a not-set kind, with not_set_reason, where none was set)",
        "$.authorities[1].tables[0].values[1]: a not-set row needs not_set_reason",
        "$.authorities[1].tables[0].values[2].not_set_reason: not_set_reason goes "
        "with a not-set kind only",
    ]
    with pytest.raises(ValueError, match="reference_id of its source"):
        ReferenceValue.model_validate(row | {"reference_id": None})
    with pytest.raises(ValueError, match="value or a value_range, not both"):
        ReferenceValue.model_validate(row | {"value_range": (1, 2)})
    with pytest.raises(ValueError, match="no-value-set"):
        ReferenceTable.model_validate(make_efsa_table(status="no-value-set"))
    limit = {"group": "adults", "value": None}
    with pytest.raises(ValueError, match="not_set_reason"):
        UpperLimit.model_validate(limit)


def test_an_efsa_range_stands_in_for_one_value() -> None:
    row = make_efsa_table()["values"][0] | {"kind": "AI", "average_requirement": None}
    ranged = ReferenceValue.model_validate(
        row | {"value": None, "value_range": [0.02, 0.5]}
    )
    assert ranged.value_range == (0.02, 0.5)
    with pytest.raises(ValueError, match="not both"):
        ReferenceValue.model_validate(row | {"value_range": [0.02, 0.5]})
    with pytest.raises(ValueError, match="low < high"):
        ReferenceValue.model_validate(row | {"value": None, "value_range": [0.5, 0.02]})


def test_percent_of_energy_converts_to_grams() -> None:
    assert percent_energy_to_grams(0.5, 1800) == pytest.approx(1.0)
    with pytest.raises(ValueError, match="finite"):
        percent_energy_to_grams(float("nan"), 2000)


# The shipped data: the facts the issue asks for.


def test_us_values_gain_the_ear_and_cv_but_keep_the_rda() -> None:
    row = nutrient_data.intake("magnesium", age=45, sex="female")
    assert (row.kind, row.value, row.average_requirement) == ("RDA", 320.0, 265.0)
    assert row.requirement_cv == 0.1
    assert row.authority == "us"


@pytest.mark.parametrize("nutrient", ["chromium", "biotin", "manganese", "omega-3"])
def test_nutrients_without_an_ear_say_why(nutrient: str) -> None:
    (table,) = nutrient_data.load().tables("us", nutrient)
    assert all(v.average_requirement is None for v in table.values)
    assert table.average_requirement_note


def test_efsa_ul_in_force_and_its_predecessor() -> None:
    now = nutrient_data.intake("vitamin-b6", age=40, sex="male", authority="efsa")
    before = nutrient_data.intake(
        "vitamin-b6", age=40, sex="male", authority="efsa", as_of=2010
    )
    assert (now.ul, before.ul) == (12.0, 25.0)
    selenium = nutrient_data.intake("selenium", age=40, sex="male", authority="efsa")
    assert selenium.ul == 255.0


@pytest.mark.parametrize(
    ("nutrient", "age", "level"),
    [
        ("selenium", 0.8, 55.0),  # EFSA 2023, every band
        ("selenium", 12, 180.0),
        ("vitamin-b6", 12, 8.6),
        ("zinc", 8, 13.0),  # SCF, every band
        ("copper", 5, 2.0),
        ("vitamin-e", 16, 260.0),
        ("manganese", 3.5, 5.0),  # safe level, EFSA's band 3-6 y
        ("manganese", 14.5, 7.0),  # band 14-17 y
    ],
)
def test_efsa_upper_levels_follow_efsa_s_overview(
    nutrient: str, age: float, level: float
) -> None:
    row = nutrient_data.intake(nutrient, age=age, sex="female", authority="efsa")
    assert row.ul == level


def test_manganese_has_a_safe_level_not_a_ul() -> None:
    row = nutrient_data.intake("manganese", age=40, sex="male", authority="efsa")
    assert (row.ul_kind, row.ul) == ("safe-level", 8.0)


def test_chromium_under_efsa_is_explicitly_not_set() -> None:
    row = nutrient_data.intake("chromium", age=40, sex="male", authority="efsa")
    assert (row.kind, row.value) == ("not-set", None)
    assert row.note


def test_every_efsa_row_has_a_value_or_efsa_s_reason_for_none() -> None:
    data = nutrient_data.load()
    for record in data.nutrients:
        for table in data.tables("efsa", record.id):
            for row in table.values:
                given = (row.value, row.value_range) != (None, None)
                assert given or row.not_set_reason, (record.id, row.group)


def test_efsa_children_read_from_efsa_s_own_bands() -> None:
    def efsa_row(nutrient: str, age: float, sex: Any = "female") -> Any:
        return nutrient_data.intake(nutrient, age=age, sex=sex, authority="efsa")

    assert efsa_row("copper", 2).value == 0.7  # EFSA band 1-2 y
    assert efsa_row("copper", 3.5).value == 1.0  # band 3-9 y
    assert efsa_row("copper", 10.5, "male").value == 1.3  # band 10-17 y
    assert efsa_row("selenium", 5).value == 20.0
    zinc = efsa_row("zinc", 16, "male")
    assert (zinc.value, zinc.average_requirement, zinc.phytate_mg) == (14.2, 11.8, None)
    infant = efsa_row("manganese", 0.7)
    assert (infant.value, infant.value_range) == (None, (0.02, 0.5))


def test_efsa_zinc_has_ar_and_pri_at_all_four_phytate_levels() -> None:
    for level, pair in {300: (6.2, 7.5), 600: (7.6, 9.3), 900: (8.9, 11.0)}.items():
        row = nutrient_data.intake(
            "zinc", age=30, sex="female", authority="efsa", phytate=level
        )
        assert (row.average_requirement, row.value) == pair


def test_us_history_answers_as_of_a_year() -> None:
    row = nutrient_data.intake("vitamin-d", age=40, sex="male", as_of=2005)
    assert (row.kind, row.value) == ("AI", 5.0)
    assert nutrient_data.intake("vitamin-d", age=40, sex="male").value == 15.0


def test_ala_is_in_percent_of_energy() -> None:
    row = nutrient_data.intake("omega-3", age=40, sex="male", authority="efsa")
    assert row.unit == "percent-energy"
    assert row.value == 0.5
    assert row.grams_for_energy(1800) == pytest.approx(1.0)  # 9 kcal per gram


def test_compare_sets_both_side_by_side() -> None:
    result = nutrient_data.compare("magnesium", age=45, sex="female")
    assert result.us is not None and result.efsa is not None
    assert result.us.authority == "us"
    assert result.efsa.authority == "efsa"
    assert any("Intake" in d for d in result.differences)
    assert result.as_json()["efsa"]["life_stage"] == "adults"


def test_an_efsa_table_file_is_validated_in_context() -> None:
    from nutrient_data.paths import DATA_ROOT, read_shipped_json
    from nutrient_data.validate import problems_in

    shipped = read_shipped_json(DATA_ROOT / "reference-values" / "efsa" / "zinc.json")
    assert problems_in(shipped) == []
    broken = dict(shipped, values=shipped["values"][1:])
    assert [p.message for p in problems_in(broken)] == [
        "no row for infants-7-11mo (add not-set)"
    ]


@given(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["female", "male"]),
    st.booleans(),
    st.booleans(),
)
def test_every_person_gets_an_efsa_group_or_a_person_error(
    age: float, sex: Any, pregnant: bool, lactating: bool
) -> None:
    try:
        stage = efsa(age, sex, pregnant=pregnant, lactating=lactating)
    except PersonError:
        return
    assert stage.authority == "efsa"
    assert stage.min_age <= age <= stage.max_age


def test_flags_must_be_booleans() -> None:
    with pytest.raises(PersonError, match="pregnant must be True or False"):
        nutrient_data.intake("zinc", age=30, sex="female", pregnant="no")  # type: ignore[arg-type]
