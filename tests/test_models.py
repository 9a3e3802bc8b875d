from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from nutrient_data.loader import load
from nutrient_data.models import CasNumber, Dataset, Nutrient, Reference, ReferenceValue
from tests.factories import REF, make_nutrient


def test_models_are_frozen(document: dict[str, Any]) -> None:
    dataset = Dataset.model_validate(document)
    with pytest.raises(ValidationError):
        dataset.nutrients[0].name = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        dataset.nutrients.append(dataset.nutrients[0])  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        dataset.nutrients[0].claims[0] = dataset.nutrients[0].claims[0]  # type: ignore[index]


def test_unknown_keys_are_rejected() -> None:
    with pytest.raises(ValidationError, match="Extra inputs"):
        Nutrient.model_validate(make_nutrient(colour="blue"))


def test_reference_values_are_above_zero() -> None:
    row = {"group": "adults", "kind": "RDA", "reference_id": "x"}
    with pytest.raises(ValidationError):
        ReferenceValue.model_validate({**row, "value": -1})
    with pytest.raises(ValidationError, match="above 0"):
        ReferenceValue.model_validate({**row, "value": 0})


def test_a_not_set_row_has_no_value(document: dict[str, Any]) -> None:
    from nutrient_data.lint import coverage
    from tests.lint import findings

    document["authorities"][0]["tables"][0]["values"][0]["kind"] = "ND"
    assert findings(coverage.check, document) == [
        "$.authorities[0].tables[0].values[0].value: a ND row has no value",
        "$.authorities[0].tables[0].values[0]: a ND row needs not_set_reason",
    ]


@pytest.mark.parametrize("cas", ["7440-47-3", "7439-95-4", "7440-66-6"])
def test_cas_check_digit_accepts_real_numbers(cas: str) -> None:
    assert CasNumber(scheme="cas", value=cas, confirmed_by="t").value == cas


def test_cas_check_digit_rejects_a_typo() -> None:
    with pytest.raises(ValidationError, match="check digit"):
        CasNumber(scheme="cas", value="7440-47-4", confirmed_by="t")


def test_reference_needs_a_locator() -> None:
    bare = {k: v for k, v in REF.items() if k != "url"}
    with pytest.raises(ValidationError, match="pmid, doi or url"):
        Reference.model_validate(bare)


def test_identifier_patterns_are_per_scheme() -> None:
    bad = make_nutrient(
        identifiers=[{"scheme": "chebi", "value": "28073", "confirmed_by": "t"}]
    )
    with pytest.raises(ValidationError, match="CHEBI"):
        Nutrient.model_validate(bad)


@pytest.mark.parametrize(
    ("kwargs", "allowed"),
    [
        ({"verdict": "proven"}, "supported, contradicted, mixed, insufficient"),
        ({"min_certainty": "sure"}, "high, moderate, low, very-low"),
        ({"mechanism": "magic"}, "insulin-synthesis-and-secretion"),
    ],
)
def test_unknown_claim_filters_raise_listing_the_allowed_values(
    kwargs: dict[str, Any], allowed: str
) -> None:
    with pytest.raises(ValueError, match=allowed):
        load().claims(**kwargs)


def test_claim_filters_select_by_verdict_and_certainty() -> None:
    data = load()
    sure = data.claims(min_certainty="moderate")
    assert sure and all(c.certainty in ("moderate", "high") for _, c in sure)
    chromium = data.claims(nutrient="chromium", verdict="mixed")
    assert chromium and all(n == "chromium" for n, _ in chromium)
