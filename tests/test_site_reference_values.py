"""Nutrient pages show every authority, EARs beside RDAs, and superseded values."""

from __future__ import annotations

from nutrient_data.loader import load
from nutrient_data.site.authorities import authority_ids, authority_short
from nutrient_data.site.nutrients import nutrient_page


def page(nutrient_id: str) -> str:
    data = load()
    return nutrient_page(data, data.nutrient(nutrient_id))


def test_every_nutrient_page_sets_every_authority_side_by_side() -> None:
    data = load()
    for nutrient in data.nutrients:
        text = nutrient_page(data, nutrient)
        intakes = text.index("## Intakes")
        others = text.index("## Reference values by authority")
        assert intakes < others < text.index("## Food sources")
        for authority in data.authorities[1:]:
            assert f"### {authority.name} {{#{authority.id}}}" in text
        assert "### Superseded values" in text


def test_ear_sits_beside_the_rda() -> None:
    text = page("magnesium")
    assert "| 31\u201350 years | 420 mg · EAR 350 mg | 320 mg · EAR 265 mg |" in text
    assert "here **10%**." in text


def test_efsa_rows_show_their_us_counterparts() -> None:
    text = page("vitamin-c")
    row = next(line for line in text.splitlines() if line.startswith("| Adults 18"))
    assert "PRI 95 mg (AR 80 mg)" in row or "PRI 110 mg (AR 90 mg)" in row
    assert "Females 31-50 y: RDA 75 mg, EAR 60 mg" in text


def test_history_lists_the_replaced_uls_with_their_years() -> None:
    text = page("vitamin-b6")
    assert "| EFSA | Adults 18 y and over; Pregnancy; Lactation | UL | 25 mg |" in text
    assert "| 2000-2023 |" in text


def test_safe_level_and_no_value_are_named() -> None:
    assert "**Safe level**" in page("manganese")
    assert "**EFSA set no value.**" in page("chromium")
    assert "% of energy" in page("omega-3")


def test_matrix_has_a_column_per_authority() -> None:
    text = page("magnesium")
    head = text[text.index('<table class="authority-matrix">') :]
    head = head[: head.index("</thead>")]
    for authority in authority_ids():  # one column per authority, no code
        assert f'<th scope="col">{authority_short(authority)}</th>' in head


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
