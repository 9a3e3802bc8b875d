"""Shipped identifiers: at the level the issue asks for, with known traps avoided."""

from __future__ import annotations

import pytest

from nutrient_data.loader import load
from nutrient_data.models import Identifier, Nutrient

DATA = load()
NO_NUTRIENT_FDC_ROW = {"omega-3"}
"""FDC has no total omega-3 row; the AI counts ALA, whose row is on its component."""
COMPONENTS = {
    "vitamin-d": {"vitamin-d3", "vitamin-d2"},
    "vitamin-e": {"rrr-alpha-tocopherol", "all-rac-alpha-tocopherol"},
    "omega-3": {"ala", "epa", "dha"},
    "vitamin-b6": {"pyridoxine", "pyridoxal-5-phosphate"},
    "vitamin-b12": {"cyanocobalamin", "methylcobalamin"},
    "vitamin-c": {"l-ascorbic-acid"},
    "biotin": {"d-biotin"},
    **{
        element: {f"{element}-element"}
        for element in ("magnesium", "zinc", "chromium", "copper", "manganese")
    },
    "selenium": {"selenium-element"},
}


def schemes(identifiers: tuple[Identifier, ...]) -> set[str]:
    return {i.scheme for i in identifiers}


@pytest.mark.parametrize("nutrient", DATA.nutrients, ids=lambda n: n.id)
def test_nutrient_has_its_fdc_id_number_and_infoods_tagname(nutrient: Nutrient) -> None:
    if nutrient.id in NO_NUTRIENT_FDC_ROW:
        assert not schemes(nutrient.identifiers) & {"fdc-nutrient-id", "infoods"}
    else:
        assert {"fdc-nutrient-id", "fdc-nutrient-number", "infoods"} <= schemes(
            nutrient.identifiers
        )


def test_each_substance_is_a_component() -> None:
    for nutrient_id, wanted in COMPONENTS.items():
        have = {c.id for c in DATA.nutrient(nutrient_id).components}
        assert wanted <= have, nutrient_id


def test_chemical_ids_sit_on_substances_not_on_mixtures() -> None:
    chemical = {"chebi", "pubchem-cid", "cas", "unii"}
    for nutrient_id in COMPONENTS:
        if nutrient_id == "omega-3":  # its ChEBI id is the class of omega-3 acids
            continue
        assert not schemes(DATA.nutrient(nutrient_id).identifiers) & chemical


def test_known_traps_are_not_mapped() -> None:
    values = {(m.identifier.scheme, m.identifier.value) for m in DATA.identifiers()}
    assert ("fdc-nutrient-id", "1113") not in values  # 25-hydroxy-D3, not D3
    assert ("chebi", "CHEBI:17933") not in values  # calcidiol
    assert ("fdc-nutrient-id", "1270") not in values  # PUFA 18:3 is not ALA
    all_rac = next(
        c
        for c in DATA.nutrient("vitamin-e").components
        if c.id == "all-rac-alpha-tocopherol"
    )
    assert ("cas", "59-02-9") not in {(i.scheme, i.value) for i in all_rac.identifiers}


def test_vitamin_d_has_its_microgram_and_iu_rows() -> None:
    found = {
        (i.value, i.unit)
        for i in DATA.nutrient("vitamin-d").identifiers
        if i.scheme == "fdc-nutrient-id"
    }
    assert found == {("1114", "ug"), ("1110", "[IU]")}


def test_every_shipped_fdc_row_is_used() -> None:
    used = {
        m.identifier.value
        for m in DATA.identifiers()
        if m.identifier.scheme == "fdc-nutrient-id"
    }
    assert {row.id for row in load().fdc_nutrients.rows} == used
