"""The site's intake-check page gives the same answers as ``nutrient-data check``.

Drives the built page in Chromium (fixtures from ``tests/test_site_build.py``):
fills the form as a person would (a nutrient picker, amounts in mg, µg and IU,
medicines; some cases through the advanced paste box), reads every judgement
on the cards and the JSON the page shows, and compares it with the command's
``--json`` for the same input. Waits are on conditions, with generous ceilings.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

import pytest

from nutrient_data.cli import main
from nutrient_data.export.json_bundle import render_compact_bundle
from nutrient_data.intake_check.core import probability_adequate
from nutrient_data.intake_check.page import config
from nutrient_data.loader import load
from nutrient_data.site.authorities import authority_ids
from tests.test_site_build import browser, served, site

pytestmark = pytest.mark.slow
__all__ = ["browser", "served", "site"]
CEILING = 120_000  # ms; the machine may be busy with other builds


class Case:
    def __init__(
        self,
        name: str,
        age: str,
        sex: str = "female",
        condition: str = "",
        food: tuple[str, ...] = (),
        supplement: tuple[str, ...] = (),
        medicines: tuple[str, ...] = (),
        form: str = "",
        authority: str = "us",
        paste: bool = False,
    ) -> None:
        self.name, self.age, self.sex, self.condition = name, age, sex, condition
        self.food, self.supplement, self.medicines = food, supplement, medicines
        self.form, self.authority, self.paste = form, authority, paste

    def argv(self) -> list[str]:
        argv = ["check", "--age", self.age, "--sex", self.sex, "--json"]
        argv += ["--authority", self.authority]
        if self.condition:
            argv.append(f"--{self.condition}")
        argv += [a for f in self.food for a in ("--food", f)]
        argv += [a for s in self.supplement for a in ("--supplement", s)]
        argv += [a for m in self.medicines for a in ("--medicine", m)]
        return argv + (["--vitamin-e-form", self.form] if self.form else [])


CASES = [
    Case("UL scope", "45", supplement=("magnesium=400mg",), food=("zinc=8mg",)),
    Case("food magnesium", "45", food=("magnesium=400mg",), paste=True),
    Case(
        "IU",
        "60",
        "male",
        supplement=("vitamin D=4000IU", "vitamin-e=1100IU"),
        form="synthetic",
    ),
    Case("AI nutrients", "45", food=("chromium=20mcg", "biotin=30ug", "omega-3=1.2g")),
    Case("pregnancy", "16", condition="pregnant", supplement=("magnesium=360mg",)),
    Case("lactation", "30", condition="lactating", food=("vitamin-e=0.019g",)),
    Case("child UL", "2", "male", supplement=("vitamin-d=4000IU", "zinc=8mg")),
    Case(
        "medicines",
        "45",
        food=("Mg=300mg",),
        medicines=("metformin", "omeprazole", "aspirin"),
        paste=True,
    ),
    Case(
        "EAR probability",
        "45",
        food=("magnesium=250mg", "selenium=40ug", "copper=700ug", "vitamin-e=10mg"),
        supplement=("vitamin-d=10ug", "vitamin C=70mg"),
    ),
    Case(
        "EFSA",
        "45",
        food=("magnesium=250mg", "zinc=7mg", "chromium=30ug", "omega-3=1g"),
        supplement=("magnesium=300mg", "vitamin-e=400IU", "manganese=9mg"),
        form="natural",
        authority="efsa",
    ),
    Case(
        "EFSA child and pregnancy",
        "8",
        "male",
        supplement=("vitamin-d=60ug", "zinc=5mg", "selenium=100ug"),
        authority="efsa",
    ),
    Case(
        "EFSA pregnancy",
        "30",
        condition="pregnant",
        food=("vitamin-c=100mg", "copper=1.5mg", "vitamin-b12=4ug", "biotin=40ug"),
        supplement=("vitamin-b6=20mg",),
        medicines=("metformin",),
        authority="efsa",
    ),
    Case("exact limit", "45", food=("copper=10mg",), supplement=("vitamin-d=0.1mg",)),
    Case(
        "a person's day",
        "52",
        "male",
        food=("magnesium=280mg", "vitamin B12=3µg", "selenium=60mcg"),
        supplement=("vitamin D=2000IU", "zinc=30mg", "vitamin C=1g"),
        medicines=("metformin", "omeprazole"),
    ),
]
UNITS = {"mg": "mg", "g": "g", "iu": "IU", "ug": "ug", "µg": "ug", "mcg": "ug"}
AMOUNT = re.compile(r"^([0-9.]+)\s*(\S+)$")


def cli_json(capsys: pytest.CaptureFixture[str], case: Case) -> Any:
    code = main(case.argv())
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)["results"]


@pytest.fixture(scope="module")
def page(browser: Any, served: str) -> Any:
    tab = browser.new_page()
    tab.set_default_timeout(CEILING)
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.goto(f"{served}/intake-check/")
    yield tab
    assert errors == []
    tab.close()


def _ready(page: Any) -> None:
    page.reload()
    page.wait_for_selector("html[data-intake-ready]", state="attached", timeout=CEILING)


def _rows(page: Any, case: Case) -> None:
    """Each amount as a row: the nutrient picked by name, amount, unit, source."""
    data = load()
    entries = [("food", e) for e in case.food] + [
        ("supplement", e) for e in case.supplement
    ]
    for row, (source, entry) in enumerate(entries, start=1):
        name, spelled = entry.split("=")
        number, unit = AMOUNT.match(spelled).groups()  # type: ignore[union-attr]
        if row > 1:
            page.click("#ic-add")
        page.select_option(f"#ic-row-{row}-nutrient", data.nutrient(name).id)
        page.fill(f"#ic-row-{row}-amount", number)
        page.select_option(f"#ic-row-{row}-unit", UNITS[unit.lower()])
        page.select_option(f"#ic-row-{row}-source", source)


def fill(page: Any, case: Case) -> None:
    _ready(page)
    page.fill("input[name=age]", case.age)
    page.select_option("select[name=sex]", case.sex)
    page.select_option(
        "select[name=condition]",
        {"pregnant": "pregnant", "lactating": "lactating"}.get(case.condition, ""),
    )
    if case.paste:
        page.click("details.ic-paste > summary")
        page.fill("textarea[name=food]", "\n".join(case.food))
        page.fill("textarea[name=supplement]", "\n".join(case.supplement))
    else:
        _rows(page, case)
    page.fill("textarea[name=medicines]", "\n".join(case.medicines))
    page.select_option("select[name=vitamin_e_form]", case.form)
    page.select_option("select[name=authority]", case.authority)
    page.click("#intake-form button[type=submit]")


def results(answer: Any) -> Any:
    """The command's results, whether ``--json`` prints a list or an object."""
    return answer["results"] if isinstance(answer, dict) else answer


# What a reader must never see: ids, command-line spelling, UCUM units.
NOT_FOR_READERS = re.compile(
    r"\b(?:vitamin-[a-z0-9]+|omega-3=|[a-z]+-\d+-\d+y|[a-z]+-\d+y-plus)\b"
    r"|--[a-z]|ID=AMOUNT|\d ug\b|\bug/|probability adequate|Sources: [a-z]+-\d{4}"
)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_page_and_cli_agree(
    page: Any, capsys: pytest.CaptureFixture[str], case: Case
) -> None:
    fill(page, case)
    shown = page.locator("#intake-json")
    shown.wait_for(state="attached", timeout=CEILING)
    expected = results(cli_json(capsys, case))
    page_results = json.loads(shown.text_content())
    # Every field the page computes, as the command gives it (the command may
    # say more about each result than the page does).
    assert [r["nutrient"] for r in page_results] == [r["nutrient"] for r in expected]
    for on_page, by_cli in zip(page_results, expected, strict=True):
        assert on_page == {k: by_cli.get(k) for k in on_page}, on_page["nutrient"]
        assert len(on_page) >= 20  # the page's result is the full record
    assert page.locator("#intake-error").text_content() == ""
    # Every judgement, read off its card in words, with the exact figure beside.
    for r in expected:
        card = page.locator(f"#intake-results article[data-nutrient={r['nutrient']}]")
        text = card.inner_text()
        assert r["name"] in text
        if r["over_ul"]:
            assert "⚠ Above the upper limit" in text
            assert f"limit of {r['ul']:g}" in text
        if r["adequacy"] == "below the average requirement":
            assert "▼ Below the average requirement" in text
        if r["probability_adequate"] is not None:
            assert f"(probability {r['probability_adequate']:.2f})" in text
        for i in r["interactions"]:
            assert i["agent"] in text
    visible = page.locator("#intake-app").inner_text()
    assert NOT_FOR_READERS.search(visible) is None, NOT_FOR_READERS.search(visible)
    article = page.locator("article.md-content__inner").inner_text()
    assert article.count("Not medical advice") == 1  # the notice, once


def test_page_shows_the_ul_scope_in_words(page: Any) -> None:
    fill(page, CASES[0])
    card = page.locator("#intake-results article[data-nutrient=magnesium]")
    card.wait_for(timeout=CEILING)
    assert (
        "Above the upper limit for supplements (UL): 400 mg from supplements "
        "against a limit of 350 mg." in card.inner_text()
    )
    link = card.locator("a[href^='../references/#ref-']").first
    assert link.inner_text() and "-" not in link.inner_text().split()[0]


@pytest.mark.parametrize(
    ("case", "message"),
    [
        (
            Case("IU for magnesium", "45", supplement=("magnesium=400IU",), paste=True),
            "IU does not",
        ),
        (Case("no form", "45", supplement=("vitamin-e=400IU",)), "needs its form"),
        (
            Case("negative", "45", food=("zinc=-1mg",), paste=True),
            "must not be negative",
        ),
        (Case("no unit", "45", food=("zinc=1",), paste=True), "missing unit"),
        (
            Case("unknown", "45", food=("zinx=1mg",), paste=True),
            "unknown nutrient 'zinx'",
        ),
        (Case("impossible", "30", "male", "pregnant", food=("zinc=1mg",)), "females"),
        (
            Case("EFSA infant", "0.25", food=("zinc=1mg",), authority="efsa"),
            "starts at 0.5 years",
        ),
        (
            Case("pregnant child", "5", condition="pregnant", food=("zinc=1mg",)),
            "pregnancy group for age 5",
        ),
    ],
    ids=lambda value: value.name if isinstance(value, Case) else "",
)
def test_page_refuses_what_the_cli_refuses(
    page: Any, capsys: pytest.CaptureFixture[str], case: Case, message: str
) -> None:
    fill(page, case)
    error = page.locator("#intake-error")
    page.wait_for_function(
        "() => document.getElementById('intake-error').textContent !== ''",
        timeout=CEILING,
    )
    assert message in error.text_content()
    assert page.locator("#intake-json").count() == 0
    assert main(case.argv()) == 2
    assert message in capsys.readouterr().err


def test_page_probability_matches_python(page: Any) -> None:
    for intake, ear, cv in [
        (200, 265, 0.1),
        (265, 265, 0.1),
        (300, 265, 0.1),
        (9, 11, 0.15),
        (1.5, 1.1, 0.2),
        (30, 265, 0.1),
    ]:
        js = page.evaluate(
            "([i, e, c]) => window.intakeCheck.probabilityAdequate(i, e, c)",
            [intake, ear, cv],
        )
        assert math.isclose(js, probability_adequate(intake, ear, cv), abs_tol=1e-9)


def test_page_explains_a_bad_age_in_words(page: Any) -> None:
    fill(page, Case("age in letters", "abc", food=("zinc=8mg",)))
    page.wait_for_function(
        "() => document.getElementById('intake-error').textContent !== ''",
        timeout=CEILING,
    )
    message = page.locator("#intake-error").text_content()
    assert "Enter the age as a number of years" in message and "NaN" not in message


def test_published_files(site: Path) -> None:
    folder = site / "intake-check"
    assert not (folder / "nutrient-data.json").exists()  # the bundle ships once
    raw = (folder / "page-data.json").read_bytes()
    bundle = len(render_compact_bundle(load()).encode())
    assert len(raw) < bundle / 2, (len(raw), bundle)  # the page's own, smaller file
    published = json.loads(raw)
    assert published["version"] == load().metadata.version
    assert [a["id"] for a in published["authorities"]] == list(authority_ids())
    assert json.loads((folder / "config.json").read_text()) == json.loads(
        json.dumps(config())
    )
    assert (site / "schema" / "intake-check.schema.json").is_file()
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert 'src="intake-check.js"' in html and "Not medical advice" in html
    for name in ("intake-check-core.js", "intake-check.js"):
        script = (folder / name).read_text(encoding="utf-8")
        assert "http://" not in script and "https://" not in script


def test_form_can_be_filled_and_sent_before_its_data_arrives(
    browser: Any, served: str
) -> None:
    """The page's data file is held back: the form is there to fill in and its
    Check button answers once the data arrive."""
    tab = browser.new_page()
    tab.set_default_timeout(CEILING)
    held: list[Any] = []
    tab.route("**/page-data.json", lambda route: held.append(route))
    tab.goto(f"{served}/intake-check/", wait_until="load")
    tab.wait_for_function("() => document.querySelector('#ic-row-1-nutrient')")
    tab.select_option("#ic-row-1-nutrient", "magnesium")
    tab.fill("#ic-row-1-amount", "400")
    assert tab.locator("#intake-form button[type=submit]").is_enabled()
    tab.click("#intake-form button[type=submit]")
    assert tab.locator("#intake-results").count() == 0 and held
    held[0].continue_()
    card = tab.locator("#intake-results article[data-nutrient=magnesium]")
    card.wait_for(timeout=CEILING)
    assert "Above the upper limit" in card.inner_text()
    tab.close()
