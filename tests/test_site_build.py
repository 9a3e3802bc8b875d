"""Build the MkDocs site strictly, check its links, and open it in a real browser.

The browser part needs Debian's chromium (``/usr/bin/chromium``) and the
``playwright`` package; ``.ci/run`` installs both and the test skips, saying
why, only where the browser cannot be had.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import pytest

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
    for page in ("claims", "references", "schema", "api", "curation-method"):
        assert (site / page / "index.html").is_file(), page
    assert (site / "schema" / "dataset.schema.json").is_file()
    assert (site / "figures" / "zinc-intakes.svg").is_file()


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


def test_nutrient_page_shows_table_and_chart(
    browser: object, served: str, tmp_path: Path
) -> None:
    expect = pytest.importorskip("playwright.sync_api").expect
    page = _open(
        browser,
        f"{served}/nutrients/magnesium/",
        viewport={"width": 1280, "height": 2000},
    )
    table = page.locator("table", has_text="Life-stage group")
    expect(table).to_have_count(1, timeout=CEILING_MS)
    expect(table).to_be_visible(timeout=CEILING_MS)
    expect(table.locator("tr")).to_have_count(23, timeout=CEILING_MS)
    chart = page.locator('img[src*="magnesium-intakes.svg"]')
    chart.scroll_into_view_if_needed()
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0",
        arg=chart.element_handle(),
        timeout=CEILING_MS,
    )
    shot = Path(os.environ.get("NUTRIENT_DATA_SCREENSHOT_DIR", tmp_path))
    page.screenshot(path=str(shot / "magnesium.png"), full_page=False)


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
