"""compare's text: within 80 columns for any number of authorities, and worded
from the data (scopes, levels and requirements an authority does not set, and
values the data leaves out), while ``--json`` keeps its old form."""

from __future__ import annotations

import pytest

from nutrient_data import bundle
from nutrient_data.dri.tables import kinds, not_confirmed, not_confirmed_note
from nutrient_data.vocab import NUTRIENT_ORDER, UL_APPLIES_TO
from tests.commandline import run, run_json

PEOPLE = [
    ("--age", "1", "--sex", "male"),
    ("--age", "6", "--sex", "female"),
    ("--age", "15", "--sex", "male"),
    ("--age", "45", "--sex", "female"),
    ("--age", "45", "--sex", "male"),
    ("--age", "75", "--sex", "female"),
    ("--age", "30", "--sex", "female", "--pregnant"),
    ("--age", "30", "--sex", "female", "--lactating"),
]


def _text(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code, out, err = run(capsys, "compare", *argv)
    assert code == 0, err
    return out


def _flat(text: str) -> str:
    return " ".join(text.split())


def _block(out: str, authority: str) -> str | None:
    """The authority's block of compare's text, if it has one."""
    parts = out.split(f"\n{kinds(authority).short_name}: ", 1)
    return parts[1].split("\n\n")[0] if len(parts) == 2 else None


def _dietary() -> list[str]:
    return [
        a
        for a in bundle.authority_ids()
        if bundle.authority(a)["purpose"] == "dietary-reference"
    ]


@pytest.mark.parametrize("nutrient", NUTRIENT_ORDER)
def test_every_line_fits_80_columns_and_no_scope_code_shows(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    nutrient: str,
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # a wide terminal changes nothing
    for person in PEOPLE:
        out = _text(capsys, nutrient, *person)
        widest = max(out.splitlines(), key=len)
        assert len(widest) <= 80, (person, widest)
        for code in (*UL_APPLIES_TO, "no-ul-set"):
            assert code not in out, (person, code)


def test_a_narrower_terminal_narrows_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    out = _text(capsys, "magnesium", "--age", "45", "--sex", "female")
    assert max(len(line) for line in out.splitlines()) <= 60


def test_every_covering_authority_has_a_block(
    capsys: pytest.CaptureFixture[str],
) -> None:
    person = ("--age", "45", "--sex", "female")
    answer = run_json(capsys, "compare", "magnesium", *person)
    out = _text(capsys, "magnesium", *person).splitlines()
    for authority in _dietary():
        short = kinds(authority).short_name
        if answer.get(authority) is not None:
            group = answer[authority]["life_stage_label"]
            assert f"{short}: {group}" in out
        elif authority in answer:
            assert any(line.startswith(f"  {short}: ") for line in out)


def test_scopes_are_compared_only_between_levels_that_differ(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Magnesium's levels all count supplements only (an authority with no
    level does not make them differ); vitamin E's count different intakes."""
    person = ("--age", "45", "--sex", "female")
    levels = run_json(capsys, "compare", "magnesium", *person)
    scopes = {
        v["ul_applies_to"] for v in levels.values() if isinstance(v, dict) and v["ul"]
    }
    assert scopes == {"supplemental-only"} and any(
        isinstance(v, dict) and v["ul"] is None for v in levels.values()
    )
    out = _text(capsys, "magnesium", *person)
    assert "limit different intakes" not in out
    assert f"counting {UL_APPLIES_TO['supplemental-only']}" in _flat(out)
    out = _flat(_text(capsys, "vitamin-e", *person))
    assert "The upper levels limit different intakes." in out
    assert all(words in out for words in UL_APPLIES_TO.values())


def test_a_missing_level_is_none_set_or_not_confirmed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An authority that the data records no kind of upper level for had its
    levels left unconfirmed; one with a kind of level but none for the
    nutrient set none."""
    unread = [a for a in _dietary() if not kinds(a).codes("upper-limit")]
    assert unread, "every authority has upper levels: drop this case"
    out = _text(capsys, "magnesium", "--age", "45", "--sex", "female")
    shown = [b for a in unread if (b := _block(out, a)) is not None]
    assert shown and all("upper level  not confirmed" in b for b in shown)
    out = _text(capsys, "biotin", "--age", "45", "--sex", "female")
    answer = run_json(capsys, "compare", "biotin", "--age", "45", "--sex", "female")
    unset = [
        _block(out, a)
        for a in _dietary()
        if kinds(a).codes("upper-limit") and (answer.get(a) or {"ul": 0})["ul"] is None
    ]
    assert unset and all("upper level  none set" in (b or "") for b in unset)


def test_an_authority_without_a_requirement_kind_sets_none(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = _text(capsys, "magnesium", "--age", "45", "--sex", "female")
    assert "requirement none" not in out
    answer = run_json(capsys, "compare", "magnesium", "--age", "45", "--sex", "female")
    checked = set()
    for authority, found in answer.items():
        if not isinstance(found, dict) or found.get("authority") != authority:
            continue
        code = kinds(authority).first("requirement")
        block = _block(out, authority) or ""
        if code is None:
            assert "requirement  sets no average requirement" in block
            checked.add("none")
        elif found["average_requirement"] is None:
            assert f"requirement  no {code} for this group" in block
            checked.add("group")
    assert checked == {"none", "group"}


def test_a_nutrient_left_out_unconfirmed_says_so(
    capsys: pytest.CaptureFixture[str],
) -> None:
    gaps = [(a, n) for a in _dietary() for n in not_confirmed(a)]
    assert gaps, "no authority leaves a nutrient out: drop this test"
    authority, nutrient = gaps[0]
    out = _flat(_text(capsys, nutrient, "--age", "45", "--sex", "female"))
    assert f"{kinds(authority).short_name}: {not_confirmed_note([nutrient])}" in out
    assert "are recorded for this nutrient yet" not in out


def test_json_keeps_its_form(capsys: pytest.CaptureFixture[str]) -> None:
    """The API's sentences keep their codes (tests/test_golden.py pins them
    for us and efsa); only the text is reworded."""
    answer = run_json(
        capsys,
        "compare",
        "vitamin-e",
        *("--age", "45", "--sex", "male", "--authorities", "us,efsa"),
    )
    assert set(answer) == {"nutrient", "us", "efsa", "differences", "why"}
    assert any(
        d.startswith("The upper levels limit different intakes: US ")
        for d in answer["differences"]
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("magnesium", "--age", "forty", "--sex", "female"), "age must be a number"),
        (("magnesum", "--age", "40", "--sex", "female"), "magnesium"),
        (("magnesium", "--age", "40", "--sex", "female", "--authorities", "x"), "ids"),
    ],
)
def test_bad_input_is_one_line_with_exit_2(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    code, out, err = run(capsys, "compare", *argv)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and message in err
