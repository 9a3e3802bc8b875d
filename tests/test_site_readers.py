"""The site as readers meet it, in real Chromium at a desktop and a phone width:
axe-core finds nothing critical, serious or moderate on the pages readers use
most; a nutrient page's first screen carries every authority's adult values;
a nutrient page's first load stays light, the search index waiting until the
search box is used; and the built site stays small.

Fixtures come from ``tests/test_site_build.py``; every wait is on a condition
with a generous ceiling.
"""

from __future__ import annotations

import re
from html import escape, unescape
from pathlib import Path
from typing import Any

import pytest

from nutrient_data.loader import load
from nutrient_data.site.authorities import authority_ids, authority_short
from nutrient_data.site.glossary import GLOSSARY
from nutrient_data.site.weight import (
    MAX_FIRST_LOAD_BYTES,
    MAX_SITE_BYTES,
    heaviest_first_load,
    total_bytes,
)
from tests.test_site_build import CEILING_MS, browser, open_page, pages_of, served, site

pytestmark = pytest.mark.slow
__all__ = ["browser", "served", "site"]
AXE = Path(__file__).resolve().parent / "fixtures" / "axe.min.js"
WIDTHS = [(1280, 900), (390, 844)]


def axe_pages() -> list[str]:
    """The pages the issue names: home, every nutrient, two profiles, claims,
    the intake check, downloads, references, glossary and schema; and the
    authorities' index and every authority's page."""
    data = load()
    return [
        "/",
        *(f"/nutrients/{n.id}/" for n in data.nutrients),
        *(f"/profiles/{p.id}/" for p in data.profiles[:2]),
        "/claims/",
        "/intake-check/",
        "/downloads/",
        "/references/",
        "/glossary/",
        "/schema/",
        "/assessing-a-population/",
        "/authorities/",
        *(f"/authorities/{a.id}/" for a in data.authorities),
    ]


VIOLATIONS = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations
    .filter(v => ["critical", "serious", "moderate"].includes(v.impact))
    .map(v => `${v.id} (${v.impact}): ${v.nodes.length} nodes, e.g. ${
      v.nodes.slice(0, 2).map(n => n.target.join(" ")).join("; ")}`);
}"""


def _axe(page: Any) -> list[str]:
    page.add_script_tag(path=str(AXE))
    return list(page.evaluate(VIOLATIONS))


def _check_once(page: Any) -> None:
    """Fill the intake check as a person would and wait for the result."""
    page.wait_for_selector("html[data-intake-ready]", state="attached")
    page.select_option("#ic-row-1-nutrient", "magnesium")
    page.fill("#ic-row-1-amount", "400")
    page.fill("#ic-medicines", "metformin")
    page.click("#intake-form button[type=submit]")
    page.wait_for_selector("#intake-results article", state="attached")


@pytest.mark.parametrize(("width", "height"), WIDTHS, ids=["desktop", "phone"])
def test_axe_finds_nothing_moderate_or_worse(
    browser: object, served: str, width: int, height: int
) -> None:
    found = {}
    for path in axe_pages():
        page = open_page(browser, f"{served}{path}", width, height)
        violations = _axe(page)
        if path == "/intake-check/":
            _check_once(page)
            violations += [f"after a check: {v}" for v in _axe(page)]
        if violations:
            found[path] = violations
        page.close()
    assert found == {}


def test_first_screen_shows_every_authoritys_adult_values(
    browser: object, served: str
) -> None:
    """At 1280x900, the US and EU adults' lines sit within the first screen
    (the other authorities' lines follow them)."""
    late = {}
    for nutrient in load().nutrients:
        page = open_page(browser, f"{served}/nutrients/{nutrient.id}/", 1280, 900)
        for authority in authority_ids()[:2]:  # the US and the EU first
            line = page.locator(
                ".admonition.key-facts p",
                has_text=f"{authority_short(authority)}, adults:",
            ).first
            box = line.bounding_box()
            assert box is not None, (nutrient.id, authority)
            if box["y"] + box["height"] > 900:
                late[(nutrient.id, authority)] = box["y"] + box["height"]
        page.close()
    assert late == {}


def test_matrix_reads_on_a_phone_without_sideways_scrolling(
    browser: object, served: str
) -> None:
    page = open_page(browser, f"{served}/nutrients/magnesium/", 390, 844)
    matrix = page.locator("table.authority-matrix")
    assert matrix.evaluate("t => t.scrollWidth <= t.parentElement.clientWidth")
    cell = matrix.locator("td").first
    assert cell.evaluate("td => getComputedStyle(td, '::before').content").startswith(
        '"US'
    )
    page.close()


def _first_load(page: Any, url: str) -> dict[str, int]:
    """Bytes of every response a first visit loads, up to network idle."""
    sizes: dict[str, int] = {}
    page.on("response", lambda r: sizes.__setitem__(r.url, len(r.body())))
    page.goto(url, wait_until="load")
    page.wait_for_selector("html[data-site-ready]", state="attached")
    page.wait_for_load_state("networkidle")
    return sizes


def test_nutrient_pages_first_load_is_light_and_search_waits(
    browser: object, served: str
) -> None:
    """Every nutrient page's first visit, uncompressed, before search is used."""
    heavy = {}
    for nutrient in load().nutrients:
        page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
        page.set_default_timeout(CEILING_MS)
        sizes = _first_load(page, f"{served}/nutrients/{nutrient.id}/")
        searching = [u for u in sizes if "search_index" in u or "workers/search" in u]
        assert searching == [], searching
        if sum(sizes.values()) >= MAX_FIRST_LOAD_BYTES:
            heavy[nutrient.id] = (sum(sizes.values()), sizes)
        page.close()
    assert heavy == {}


def test_search_index_loads_when_the_search_box_is_used(
    browser: object, served: str
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page.set_default_timeout(CEILING_MS)
    _first_load(page, f"{served}/nutrients/magnesium/")
    with page.expect_response(lambda r: r.url.endswith("search_index.json")):
        page.locator(".md-search__input").click()
    expect = pytest.importorskip("playwright.sync_api").expect
    meta = page.locator(".md-search-result__meta")
    expect(meta).to_have_text("Type to start searching", timeout=CEILING_MS)
    # A word deep in a long section: the excerpt shown is the stretch around it.
    page.locator("input.md-search__input").press_sequentially("digoxin")
    found = page.locator(".md-search-result__article[data-trimmed] mark").first
    expect(found).to_be_visible(timeout=CEILING_MS)
    excerpt = found.evaluate("m => m.closest('article').innerText")
    assert "digoxin" in excerpt.lower() and len(excerpt) < 450, excerpt
    page.close()


def test_built_site_is_small(site: Path) -> None:
    """No source maps, each file once, no unused search languages, the whole
    site (pages, assets and the gzipped downloads) under 5 MB, and every
    nutrient page's first load, as read from the built files, under 300 KB."""
    files = [p for p in site.rglob("*") if p.is_file()]
    assert not [p for p in files if p.suffix == ".map"]
    assert [p.name for p in files if p.name.startswith("nutrient-data.json")] == [
        "nutrient-data.json.gz"
    ]
    assert not (site / "assets" / "javascripts" / "lunr").exists()
    large = [p.read_bytes() for p in files if p.stat().st_size > 10_000]
    assert len(large) == len(set(large)), "a file is published twice"
    assert total_bytes(site) < MAX_SITE_BYTES, total_bytes(site)
    name, heaviest = heaviest_first_load(site, "nutrients")
    assert heaviest < MAX_FIRST_LOAD_BYTES, (name, heaviest)


def _article_text(html: str) -> str:
    """A page's article as text: no code, scripts, choices, headings, markup."""
    start, end = html.find("<article"), html.find("</article>")
    article = re.sub(
        r"<(pre|code|script|svg|select|h[1-6])\b.*?</\1>",
        " ",
        html[start:end],
        flags=re.S,
    )
    return unescape(re.sub(r"<[^>]+>", " ", article))


def test_every_abbreviation_is_explained_where_it_is_used(site: Path) -> None:
    """Each abbreviation a page's text uses is an <abbr> there (its first use)."""
    unexplained = {}
    for page in site.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        text = _article_text(html)
        missing = [
            term
            for term, stands_for, _ in GLOSSARY
            if stands_for
            and (term[:1].isupper() or term[:1].isdigit())
            and re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text)
            and f'<abbr title="{escape(stands_for)}">{escape(term)}</abbr>' not in html
        ]
        if missing:
            unexplained[str(page.relative_to(site))] = missing
    assert unexplained == {}


def test_prose_uses_typographic_units_and_arrows(site: Path) -> None:
    ascii_forms = re.compile(r"\d ?ug\b|\bumol/|\S -> \S")
    found = {}
    for page in site.rglob("index.html"):
        if page.parent.name in ("api", "schema"):  # code and field names
            continue
        hits = ascii_forms.findall(_article_text(page.read_text(encoding="utf-8")))
        if hits:
            found[str(page.relative_to(site))] = hits[:5]
    assert found == {}


SCROLLERS = """() => [
  ...document.querySelectorAll('.md-typeset__scrollwrap, pre, pre > code, table')]
  .filter(e => e.scrollWidth > e.clientWidth + 1)
  .filter(e => !(e.tabIndex >= 0 || e.querySelector('a, button, [tabindex]')))
  .map(e => e.getAttribute('aria-label') || e.className || e.tagName)"""


@pytest.mark.parametrize(("width", "height"), WIDTHS, ids=["desktop", "phone"])
def test_no_page_is_wider_than_the_screen_or_hides_a_table(
    browser: object, served: str, site: Path, width: int, height: int
) -> None:
    """No page scrolls sideways, and whatever does scroll inside it (a wide
    table, a code block) can be reached and scrolled from the keyboard."""
    wide, hidden = {}, {}
    for path in pages_of(site):
        page = open_page(browser, f"{served}{path}", width, height)
        if page.evaluate("document.documentElement.scrollWidth") > width:
            wide[path] = page.evaluate("document.documentElement.scrollWidth")
        unreachable = page.evaluate(SCROLLERS)
        if unreachable:
            hidden[path] = unreachable
        page.close()
    assert wide == {} and hidden == {}
