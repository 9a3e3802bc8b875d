from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nutrient_data.lookup import NameIndex, UnknownNameError, normalize

INDEX = NameIndex(
    "nutrient",
    [
        ("vitamin-d", ["Vitamin D", "cholecalciferol", "calciferol"], "D"),
        ("vitamin-b12", ["B12", "cobalamin"], "B12"),
        ("vitamin-b6", ["B6", "pyridoxine"], "B6"),
    ],
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("vitamin-d", "D"),
        ("Vitamin D", "D"),
        ("VITAMIN_D", "D"),
        (" cholecalciferol ", "D"),
        ("b12", "B12"),
        ("Vitamin B-12", "B12"),
        ("vitamin b13", None),
        ("B 6", "B6"),
    ],
)
def test_lookup_ignores_case_and_punctuation(name: str, expected: str | None) -> None:
    if expected is None:
        with pytest.raises(UnknownNameError):
            INDEX.get(name)
    else:
        assert INDEX.get(name) == expected


def test_miss_suggests_closest_ids() -> None:
    with pytest.raises(KeyError) as caught:
        INDEX.get("vitamin-b13")
    error = caught.value
    assert isinstance(error, UnknownNameError)
    assert error.suggestions[0] in {"vitamin-b12", "vitamin-b6"}
    assert str(error).startswith("unknown nutrient 'vitamin-b13'; did you mean")


def test_miss_without_anything_close_has_no_suggestion() -> None:
    with pytest.raises(UnknownNameError) as caught:
        INDEX.get("zzzzzzzzzzzz")
    assert str(caught.value) == "unknown nutrient 'zzzzzzzzzzzz'"


def test_a_name_claimed_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="claimed by both"):
        NameIndex("nutrient", [("a", ["shared"], 1), ("b", ["Shared"], 2)])


def test_contains() -> None:
    assert "Cobalamin" in INDEX
    assert "iron" not in INDEX
    assert 12 not in INDEX


@given(st.text(max_size=60))
def test_any_text_is_found_or_refused_cleanly(name: str) -> None:
    try:
        found = INDEX.get(name)
    except UnknownNameError as error:
        assert error.name == name
        assert all(
            s in {"vitamin-d", "vitamin-b12", "vitamin-b6"} for s in error.suggestions
        )
    else:
        assert found in {"D", "B12", "B6"}
        assert normalize(name)
