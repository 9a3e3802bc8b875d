"""Build the MkDocs site strictly, check its links, and open it in a real browser.

The browser part needs Debian's chromium (``/usr/bin/chromium``) and the
``playwright`` package; ``.ci/run`` installs both and the test skips, saying
why, only where the browser cannot be had.
"""

from __future__ import annotations

import functools
import hashlib
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import pytest

from nutrient_data.downloads import location
from nutrient_data.loader import load

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("NUTRIENT_DATA_CHROMIUM", "/usr/bin/chromium")
pytestmark = pytest.mark.slow
# Ceiling for every browser wait: generous, since tests wait on a condition and a
# loaded CI machine can be slow; a passing run never waits this long.
CEILING_MS = 120_000
MKDOCS_WARNING = re.compile(r"^(\x1b\[[0-9;]*m)*WARNING(\x1b\[[0-9;]*m)*\s+-")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={
            **os.environ,
            "NO_MKDOCS_2_WARNING": "1",
            "DISABLE_MKDOCS_2_WARNING": "true",
        },
    )
    assert done.returncode == 0, done.stderr[-3000:]
    warnings = [line for line in done.stderr.splitlines() if MKDOCS_WARNING.match(line)]
    assert warnings == []
    return out


def test_site_has_every_page(site: Path) -> None:
    nutrients = [p for p in (site / "nutrients").iterdir() if p.is_dir()]
    profiles = [p for p in (site / "profiles").iterdir() if p.is_dir()]
    assert len(nutrients) == 13 and len(profiles) == 10
    for page in ("claims", "references", "schema", "api", "curation-method", "essay"):
        assert (site / page / "index.html").is_file(), page
    assert (site / "schema" / "dataset.schema.json").is_file()


LINK = re.compile(r'(?:href|src)="([^"#?]+)[^"]*"')


def test_no_internal_link_is_broken(site: Path) -> None:
    broken = []
    for page in site.rglob("*.html"):
        for target in LINK.findall(page.read_text(encoding="utf-8")):
            if urlparse(target).scheme or target.startswith(("//", "mailto:")):
                continue
            base = site if target.startswith("/") else page.parent
            resolved = (base / unquote(target).lstrip("/")).resolve()
            if resolved.is_dir():
                resolved = resolved / "index.html"
            if not resolved.exists():
                broken.append(f"{page.relative_to(site)} -> {target}")
    assert broken == []


def test_every_page_carries_the_disclaimer(site: Path) -> None:
    for page in site.rglob("*.html"):
        if page.name == "404.html":
            continue
        assert "Not medical advice" in page.read_text(encoding="utf-8"), page


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep test output clean."""


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}; .ci/run installs Debian's chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield launched
        launched.close()


def _open(browser: object, url: str, **options: object) -> Any:
    """A new page with generous ceilings, loaded up to its ``load`` event."""
    page = browser.new_page(**options)  # type: ignore[attr-defined]
    page.set_default_timeout(CEILING_MS)
    page.set_default_navigation_timeout(CEILING_MS)
    page.goto(url, wait_until="load")
    return page


def test_nutrient_page_shows_tables_and_chart(
    browser: object, served: str, tmp_path: Path
) -> None:
    expect = pytest.importorskip("playwright.sync_api").expect
    page = _open(
        browser,
        f"{served}/nutrients/magnesium/",
        viewport={"width": 1280, "height": 900},
    )
    intakes = page.locator("#rda-ai ~ .md-typeset__scrollwrap table").first
    rows = intakes.locator("tbody tr")
    expect(rows).to_have_count(10, timeout=CEILING_MS)  # age groups down
    expect(intakes.locator("th")).to_have_text(
        ["Age", "Male", "Female", "Pregnancy", "Lactation"], timeout=CEILING_MS
    )
    chart = page.locator("figure.chart svg")
    expect(chart).to_have_count(1, timeout=CEILING_MS)
    assert chart.locator("text").count() > 22
    shot = Path(os.environ.get("NUTRIENT_DATA_SCREENSHOT_DIR", tmp_path))
    page.screenshot(path=str(shot / "magnesium.png"), full_page=False)
    page.close()


def pages_of(site: Path) -> list[str]:
    """The URL path of every built page."""
    return sorted(
        "/" + str(p.parent.relative_to(site)).replace(".", "").strip("/") + "/"
        for p in site.rglob("index.html")
    )


def test_sitemap_lists_every_page(site: Path) -> None:
    tree = ET.parse(site / "sitemap.xml")
    listed = {
        urlparse(loc.text or "").path
        for loc in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    }
    assert listed == {p.replace("//", "/") for p in pages_of(site)}
    assert len(listed) > 30


def test_navigation_source_and_build_script_are_not_published(site: Path) -> None:
    published = {p.name for p in site.rglob("*")}
    assert not (site / "SUMMARY").exists() and "SUMMARY.md" not in published
    assert not any(name.startswith("gen_pages") for name in published)
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "SUMMARY" not in index and "gen_pages" not in index


def open_page(browser: object, url: str, width: int, height: int) -> Any:
    """A page at ``url`` once the site script has run, recording other hosts."""
    page = browser.new_page(viewport={"width": width, "height": height})  # type: ignore[attr-defined]
    page.set_default_timeout(CEILING_MS)
    page.set_default_navigation_timeout(CEILING_MS)
    origin = "{0.scheme}://{0.netloc}".format(urlparse(url))
    page.elsewhere = []
    page.on(
        "request",
        lambda r: (
            None
            if r.url.startswith((origin, "data:", "blob:"))
            else page.elsewhere.append(r.url)
        ),
    )
    page.goto(url, wait_until="load")
    page.wait_for_selector("html[data-site-ready]", state="attached")
    return page


def test_key_facts_open_every_nutrient_page(browser: object, served: str) -> None:
    """The verdict summary sits within the first 1,400 px on a 1280x900 desktop."""
    bottoms = {}
    for nutrient in load().nutrients:
        page = open_page(browser, f"{served}/nutrients/{nutrient.id}/", 1280, 900)
        panel = page.locator(".admonition.key-facts p").nth(1)  # after the title
        box = panel.bounding_box()
        assert box is not None and "insulin sensitivity" in panel.inner_text()
        bottoms[nutrient.id] = box["y"] + box["height"]
        page.close()
    assert max(bottoms.values()) <= 1400, bottoms


def test_no_page_is_wider_than_a_phone_or_asks_another_host(
    browser: object, served: str, site: Path
) -> None:
    too_wide, elsewhere = {}, {}
    for path in pages_of(site):
        page = open_page(browser, f"{served}{path}", 390, 844)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 390:
            too_wide[path] = width
        page.wait_for_load_state("networkidle")
        if page.elsewhere:
            elsewhere[path] = page.elsewhere
        page.close()
    assert too_wide == {} and elsewhere == {}


SMALLEST_TEXT = """() => [...document.querySelectorAll('figure.chart svg text')].map(
  t => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a)"""


@pytest.mark.parametrize(
    "path", ["/", "/nutrients/vitamin-d/", "/assessing-a-population/"]
)
def test_chart_text_is_readable_on_a_phone(
    browser: object, served: str, path: str
) -> None:
    page = open_page(browser, f"{served}{path}", 390, 844)
    sizes = page.evaluate(SMALLEST_TEXT)
    assert sizes and min(sizes) >= 11, min(sizes)
    clipped = page.evaluate(
        """() => [...document.querySelectorAll('figure.chart svg text')].filter(t => {
          const b = t.getBBox(), v = t.ownerSVGElement.viewBox.baseVal;
          return b.x < v.x - 0.5 || b.x + b.width > v.x + v.width + 0.5;
        }).map(t => t.textContent)"""
    )
    assert clipped == []
    page.close()


def test_wide_tables_scroll_in_a_focusable_region(browser: object, served: str) -> None:
    page = open_page(browser, f"{served}/nutrients/magnesium/", 390, 844)
    wrap = page.locator(".md-typeset__scrollwrap.is-scrollable").first
    assert wrap.get_attribute("tabindex") == "0"
    assert wrap.get_attribute("role") == "region" and wrap.get_attribute("aria-label")
    assert page.locator(".scroll-hint").first.is_visible()
    page.close()


def test_schema_page_breaks_no_word(browser: object, served: str) -> None:
    """Field names and patterns in the schema tables each stay on one line."""
    page = open_page(browser, f"{served}/schema/", 390, 844)
    broken = page.evaluate(
        """() => [...document.querySelectorAll('table code')]
          .filter(c => c.getClientRects().length > 1).map(c => c.textContent)"""
    )
    assert page.locator("table code").count() > 100 and broken == []
    page.close()


AXE = ROOT / "tests" / "fixtures" / "axe.min.js"
AXE_PAGES = [
    "/",
    "/nutrients/magnesium/",
    "/profiles/chromium/",
    "/claims/",
    "/references/",
    "/schema/",
    "/assessing-a-population/",
]
SERIOUS = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations
    .filter(v => v.impact === "serious" || v.impact === "critical")
    .map(v => `${v.id} (${v.impact}): ${v.nodes.length} nodes, e.g. ${
      v.nodes.slice(0, 2).map(n => n.target.join(" ")).join("; ")}`);
}"""


@pytest.mark.parametrize("width", [1280, 390])
def test_axe_finds_no_serious_violation(
    browser: object, served: str, width: int
) -> None:
    found = {}
    for path in AXE_PAGES:
        page = open_page(browser, f"{served}{path}", width, 900)
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate(SERIOUS)
        if violations:
            found[path] = violations
        page.close()
    assert found == {}


def test_search_finds_selenium(browser: object, served: str) -> None:
    """Type only once the search worker has loaded its index, then wait for a hit.

    Material's search box says "Initializing search" until its worker has read
    ``search/search_index.json``, then "Type to start searching"; a busy machine
    can take many seconds for that, so the test waits on the condition.
    """
    expect = pytest.importorskip("playwright.sync_api").expect
    page = _open(browser, f"{served}/")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    meta = page.locator(".md-search-result__meta")
    expect(meta).to_have_text("Type to start searching", timeout=CEILING_MS)
    # Typed key by key: the search box reacts to key events, not to a bare fill.
    page.locator("input.md-search__input").press_sequentially("selenium")
    result = page.locator(".md-search-result__item", has_text="Selenium").first
    expect(result).to_be_visible(timeout=CEILING_MS)


def test_home_page_describes_the_dataset_and_its_downloads(site: Path) -> None:
    from nutrient_data.loader import load

    html = (site / "index.html").read_text(encoding="utf-8")
    (script,) = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.S
    )
    dataset = json.loads(script)
    meta = load().metadata
    assert dataset["@type"] == "Dataset" and dataset["version"] == meta.version
    formats = {d["encodingFormat"] for d in dataset["distribution"]}
    assert {"application/gzip", "application/zip"} <= formats
    for download in dataset["distribution"]:
        assert (site / download["contentUrl"]).is_file(), download


def test_downloads_page_lists_the_published_files_with_checksums(site: Path) -> None:
    page = (site / "downloads" / "index.html").read_text(encoding="utf-8")
    sums = (site / "downloads" / "SHA256SUMS").read_text(encoding="utf-8")
    for line in sums.splitlines():
        digest, name = line.split("  ")
        where = site / location(name)  # each file once: schemas sit in schema/
        content = where.read_bytes()
        assert hashlib.sha256(content).hexdigest() == digest, name
        href = os.path.relpath(where, site / "downloads")
        assert digest in page and f'href="{href}"' in page
    assert 'href="downloads/"' in (site / "index.html").read_text(encoding="utf-8")
