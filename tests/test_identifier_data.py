"""Shipped identifiers: at the level the issue asks for, with known traps avoided."""

from __future__ import annotations

import pytest

from nutrient_data.crosswalk import parse_identifier
from nutrient_data.loader import load
from nutrient_data.models import Component, Identifier, Nutrient
from nutrient_data.site.identifiers import REGISTRY_SCHEMES
from tests.commandline import run_json

DATA = load()
NO_NUTRIENT_FDC_ROW = {"omega-3"}
"""FDC has no total omega-3 row (stated as no_record); the AI counts ALA, whose row
is on its component. INFOODS has a total n-3 tagname, FAPUN3."""
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
        assert not schemes(nutrient.identifiers) & {"fdc-nutrient-id"}
        assert {"fdc-nutrient-id", "fdc-nutrient-number"} <= {
            gap.scheme for gap in nutrient.no_record
        }
        assert "infoods" in schemes(nutrient.identifiers)
    else:
        assert {"fdc-nutrient-id", "fdc-nutrient-number", "infoods"} <= schemes(
            nutrient.identifiers
        )


def test_each_substance_is_a_component() -> None:
    for nutrient_id, wanted in COMPONENTS.items():
        have = {c.id for c in DATA.nutrient(nutrient_id).components}
        assert wanted <= have, nutrient_id


def test_chemical_ids_sit_on_substances_not_on_mixtures() -> None:
    chemical = {"pubchem-cid", "cas", "unii"}
    for nutrient_id in COMPONENTS:
        nutrient = DATA.nutrient(nutrient_id)
        assert not schemes(nutrient.identifiers) & chemical
        # ChEBI has classes for vitamin groups (vitamin B6, omega-3 fatty acid):
        # only such a class may name the nutrient as a whole.
        for i in nutrient.identifiers:
            if i.scheme == "chebi":
                assert "class entry" in i.confirmed_by.casefold(), nutrient_id


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


ISSUE_29_IDS = [
    ("Q139347", "vitamin-d/vitamin-d3"),
    ("Q139200", "vitamin-d/vitamin-d2"),
    ("Q158348", "vitamin-e/rrr-alpha-tocopherol"),
    ("Q181354", "biotin/d-biotin"),
    ("Q199678", "vitamin-c/l-ascorbic-acid"),
    ("Q250442", "vitamin-b12/methylcobalamin"),
    ("Q418957", "vitamin-b6/pyridoxal-5-phosphate"),
    ("Q423345", "omega-3/dha"),
    ("Q3065731", "vitamin-b6/pyridoxal"),
    ("Q876", "selenium/selenium-element"),
    ("pubchem-cid:1054", "vitamin-b6/pyridoxine"),
    ("pubchem-cid:1050", "vitamin-b6/pyridoxal"),
    ("pubchem-cid:1052", "vitamin-b6/pyridoxamine"),
    ("pubchem-cid:1051", "vitamin-b6/pyridoxal-5-phosphate"),
    ("pubchem-cid:445580", "omega-3/dha"),
    ("pubchem-cid:14985", "vitamin-e/rrr-alpha-tocopherol"),
    ("66-72-8", "vitamin-b6/pyridoxal"),
    ("85-87-0", "vitamin-b6/pyridoxamine"),
    ("CHEBI:17310", "vitamin-b6/pyridoxal"),
    ("CHEBI:16410", "vitamin-b6/pyridoxamine"),
    ("CHEBI:18405", "vitamin-b6/pyridoxal-5-phosphate"),
    ("unii:789U1901C5", "copper/copper-element"),
    ("CHEBI:27306", "vitamin-b6"),
    ("CHEBI:176843", "vitamin-b12"),
    ("CHEBI:27300", "vitamin-d"),
    ("CHEBI:176783", "vitamin-c"),
    ("CHEBI:33234", "vitamin-e"),
    ("CHEBI:176841", "biotin"),
    ("Q256502", "omega-3/ala"),
    ("Q409990", "omega-3/epa"),
    ("Q423746", "vitamin-b6/pyridoxine"),
    ("Q2541149", "vitamin-b6/pyridoxamine"),
    ("Q205130", "vitamin-b6"),
    ("Q175621", "vitamin-d"),
    ("wikidata:q2541149", "vitamin-b6/pyridoxamine"),
    ("infoods:FAPUN3", "omega-3"),
]
"""Identifiers added from whole registry records for issue 29, as a user spells them."""


@pytest.mark.parametrize(("spelling", "owner"), ISSUE_29_IDS)
def test_new_identifiers_are_found_by_show_and_by_identifier(
    capsys: pytest.CaptureFixture[str], spelling: str, owner: str
) -> None:
    shown = run_json(capsys, "show", spelling)
    found = (
        f"{shown['nutrient_id']}/{shown['id']}"
        if "nutrient_id" in shown
        else shown["id"]
    )
    assert found == owner
    parsed = parse_identifier(spelling)
    assert parsed is not None
    assert DATA.by_identifier(*parsed).owner == owner


def test_a_scheme_without_a_record_says_why() -> None:
    all_rac = next(
        c
        for c in DATA.nutrient("vitamin-e").components
        if c.id == "all-rac-alpha-tocopherol"
    )
    assert [gap.scheme for gap in all_rac.no_record] == ["chebi"]
    assert "CHEBI:22470" in all_rac.no_record[0].reason


def test_omega3_says_why_fdc_has_no_row() -> None:
    gaps = {gap.scheme: gap.reason for gap in DATA.nutrient("omega-3").no_record}
    assert set(gaps) == {"fdc-nutrient-id", "fdc-nutrient-number"}
    assert all("no row for total omega-3" in reason for reason in gaps.values())


def test_wikidata_classes_sit_on_nutrients_not_on_their_vitamers() -> None:
    for nutrient_id, qid in (("vitamin-b6", "Q205130"), ("vitamin-d", "Q175621")):
        match = DATA.by_identifier("wikidata", qid)
        assert match.component is None
        assert match.nutrient.id == nutrient_id
        assert "class entry" in match.identifier.confirmed_by.casefold()


@pytest.mark.parametrize(
    "component",
    [c for n in DATA.nutrients for c in n.components],
    ids=lambda c: c.id,
)
def test_every_substance_states_each_registry_scheme(component: Component) -> None:
    """An id, 'no record' or 'not confirmed' for each registry: never silence."""
    stated = (
        schemes(component.identifiers)
        | {gap.scheme for gap in component.no_record}
        | {gap.scheme for gap in component.unconfirmed}
    )
    assert set(REGISTRY_SCHEMES) <= stated


def test_an_id_seen_in_one_source_only_is_left_out_and_said_why() -> None:
    element = DATA.nutrient("chromium").components[0]
    assert "pubchem-cid" not in schemes(element.identifiers)
    (gap,) = element.unconfirmed
    assert gap.scheme == "pubchem-cid" and "23976" in gap.reason
    with pytest.raises(KeyError):
        DATA.by_identifier("pubchem-cid", "23976")
