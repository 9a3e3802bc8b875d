"""MkDocs hooks: keep the built site light.

- The search index (about 0.7 MB) is fetched only once a reader opens the
  search box: ``assets/search-on-use.js`` runs before the theme's script and
  holds back its request for ``search_index.json`` until then.
- No source maps are published, nor the search languages' scripts a site in
  English never loads.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

_BUNDLE = re.compile(r'<script src="([^"]*?)assets/javascripts/bundle\.')
_MAP_COMMENT = re.compile(rb"\n?/[/*][#@] sourceMappingURL=[^\n]*?(\*/)?\s*$")


def on_post_page(output: str, page: Any, config: Any) -> str:
    """Load the search gate before the theme's script, which would fetch the index."""
    return _BUNDLE.sub(
        lambda m: (
            f'<script src="{m.group(1)}assets/search-on-use.js"></script>\n'
            + m.group(0)
        ),
        output,
        count=1,
    )


def on_post_build(config: Any) -> None:
    site = Path(config["site_dir"])
    for source_map in site.rglob("*.map"):
        source_map.unlink()
    for asset in [*site.glob("assets/**/*.js"), *site.glob("assets/**/*.css")]:
        content = asset.read_bytes()
        trimmed = _MAP_COMMENT.sub(b"\n", content)
        if trimmed != content:
            asset.write_bytes(trimmed)
    search = next(
        (p for p in config["plugins"].values() if hasattr(p, "search_index")), None
    )
    languages = getattr(search, "config", {}).get("lang") or ["en"]
    if list(languages) == ["en"]:
        shutil.rmtree(site / "assets" / "javascripts" / "lunr", ignore_errors=True)


_PLAIN = re.compile(r"^[A-Za-z0-9*_(\"]")
_MARKUP = re.compile(r"\[([^\]]*)\]\([^)]*\)|[*_`]|\{[^}]*\}|<[^>]+>")


def _description(markdown: str) -> str | None:
    """The page's first paragraph of prose, as plain text of at most ~160 chars."""
    paragraph: list[str] = []
    fenced = False
    for line in markdown.splitlines():
        if line.startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            continue
        if _PLAIN.match(line) and not line.startswith("*["):
            paragraph.append(line.strip())
        elif paragraph:
            break
    if not paragraph:
        return None
    text = _MARKUP.sub(lambda m: m.group(1) or "", " ".join(paragraph))
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) > 160:
        text = text[:157].rsplit(" ", 1)[0] + "…"
    return text


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Give every page its own description, the glossary's abbreviations and the
    data version it was built from."""
    from nutrient_data import load
    from nutrient_data.site.glossary import abbreviations

    if not page.meta.get("description"):
        described = _description(markdown)
        if described:
            page.meta["description"] = described
    meta = load().metadata
    updated = (
        f'\n\n<p class="last-updated">Last updated with data version '
        f"{meta.version}, released {meta.released:%-d %B %Y}.</p>\n"
    )
    return markdown + updated + abbreviations()
