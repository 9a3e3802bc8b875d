"""Nutrient pages show every authority, EARs beside RDAs, and superseded values;
each authority's page holds its own groups, row by row."""

from __future__ import annotations

import re

from nutrient_data.loader import load
from nutrient_data.site.authorities import authority_ids, authority_short
from nutrient_data.site.authority_pages import authority_page, main_authority
from nutrient_data.site.nutrients import nutrient_page


def page(nutrient_id: str) -> str:
    data = load()
    return nutrient_page(data, data.nutrient(nutrient_id))


def own_page(authority_id: str) -> str:
    data = load()
    authority = next(a for a in data.authorities if a.id == authority_id)
    return authority_page(data, authority)


def test_every_nutrient_page_sets_every_authority_side_by_side() -> None:
    """The matrix, then a link to each other authority's own groups, whose
    page has a section for the nutrient."""
    data = load()
    own = {a.id: authority_page(data, a) for a in data.authorities}
    for nutrient in data.nutrients:
        text = nutrient_page(data, nutrient)
        intakes = text.index("## Intakes")
        others = text.index("## Reference values by authority")
        assert intakes < others < text.index("## Food sources")
        main = main_authority(data, nutrient)
        for authority in data.authorities:
            assert f"### {nutrient.name} {{#{nutrient.id} " in own[authority.id]
            if authority is not main:
                link = f"](../authorities/{authority.id}.md#{nutrient.id})"
                assert link in text, (nutrient.id, authority.id)
        assert "### Superseded values" in text


def test_ear_sits_beside_the_rda() -> None:
    text = page("magnesium")
    assert "| 31\u201350 years | 420 mg · EAR 350 mg | 320 mg · EAR 265 mg |" in text
    assert "here **10%**." in text


def test_an_authoritys_rows_show_its_requirement_beside_its_recommendation() -> None:
    text = own_page("efsa").split("{#vitamin-c ", 1)[1].split("\n### ", 1)[0]
    row = next(line for line in text.splitlines() if line.startswith("| Adults 18"))
    assert "PRI 95 mg (AR 80 mg)" in row or "PRI 110 mg (AR 90 mg)" in row


def test_a_note_several_rows_share_is_written_once() -> None:
    text = own_page("efsa").split("{#magnesium ", 1)[1].split("\n### ", 1)[0]
    note = "EFSA's band 10-17 y (10 to under 18 years)."
    rows = [line for line in text.splitlines() if line.startswith("|")]
    assert not [row for row in rows if note in row]
    assert len(re.findall(rf"^\d+\. {re.escape(note)}$", text, re.M)) == 1
    assert "| note " in text and "Notes to the table:" in text


def test_history_lists_the_replaced_uls_with_their_years() -> None:
    text = page("vitamin-b6")
    assert "| EFSA | Adults 18 y and over; Pregnancy; Lactation | UL | 25 mg |" in text
    assert "| 2000-2023 |" in text


def test_safe_level_and_no_value_are_named() -> None:
    assert "**Safe level**" in own_page("efsa")
    assert "**EFSA set no value.**" in page("chromium")
    assert "**EFSA set no value.**" in own_page("efsa")
    assert "% of energy" in page("omega-3")


def test_matrix_has_a_column_per_authority() -> None:
    text = page("magnesium")
    head = text[text.index('<table class="authority-matrix">') :]
    head = head[: head.index("</thead>")]
    for authority in authority_ids():  # one column per authority, no code
        heading = (
            f'<a href="../../authorities/{authority}/">{authority_short(authority)}'
        )
        assert f'<th scope="col">{heading}</a></th>' in head


def test_matrix_cells_hold_the_kind_and_the_ul() -> None:
    text = page("magnesium")
    row = next(line for line in text.splitlines() if "Women 19\u201350" in line)
    assert (
        'data-label="US"><abbr title="Recommended Dietary Allowance">RDA</abbr>' in row
    )
    assert "320 mg<br>" in row and "350 mg (supplements only)" in row
    assert 'data-label="EFSA"><abbr title="Adequate Intake">AI</abbr> 300 mg' in row


def test_key_facts_say_which_ages_get_which_value() -> None:
    text = page("magnesium")
    assert "women RDA 310 mg at 19\u201330 y, 320 mg at 31 y and over" in text
    assert "**EFSA, adults:** women AI 300 mg; men AI 350 mg" in text
