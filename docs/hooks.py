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
from collections.abc import Callable
from pathlib import Path
from typing import Any

_BUNDLE = re.compile(r'<script src="([^"]*?)assets/javascripts/bundle\.')
_MAP_COMMENT = re.compile(rb"\n?/[/*][#@] sourceMappingURL=[^\n]*?(\*/)?\s*$")


_KEEP = re.compile(
    r"(<pre\b.*?</pre>|<textarea\b.*?</textarea>|<script\b.*?</script>)", re.S
)
_INDENT = re.compile(r"\n[ \t]+")
_ABBR = re.compile(r'<abbr title="([^"]*)">([^<]*)</abbr>')

# Theme features this site never uses (keyboard keys, blog posts, tabs, banners,
# consent, repository facts, versions, tags, footnotes...): their rules are
# dropped from the theme's stylesheet, which every page loads.
_UNUSED = re.compile(
    r"\.(?:key-[\w-]+|md-(?:banner|consent|feedback|post|author|pagination|profile"
    r"|social|source|tabs|path|meta|select|status|tag|version)[\w-]*|md-top|md-progress"
    r"|md-draft|md-pin|md-sidebar--post|md-content--post|tabbed-[\w-]+"
    r"|task-list-[\w-]+|critic|arithmatex|katex[\w-]*|emojione|twemoji|gemoji"
    r"|giscus|mermaid|md-annotation[\w-]*|grid|footnote[\w-]*)(?![\w-])"
)


# Admonition types no page uses (pages use note and warning), and their icons.
_TYPES = (
    "abstract|summary|tldr|info|todo|tip|hint|important|success|check|done"
    "|question|help|faq|failure|fail|missing|danger|error|bug|example|quote|cite"
)
_UNUSED_TYPE = re.compile(
    rf"(?:\.admonition|details|\.md-typeset )\.(?:{_TYPES})(?![\w-])"
)
_UNUSED_ICON = re.compile(rf"--md-admonition-icon--(?:{_TYPES}):url\([^)]*\);?")


def _split_selectors(head: str) -> list[str]:
    """A selector list split at its top-level commas (not those in ``:is()``)."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(head):
        depth += ch in "(["
        depth -= ch in ")]"
        if ch == "," and depth == 0:
            parts.append(head[start:i])
            start = i + 1
    return [*parts, head[start:]]


def _purge(css: str) -> str:
    """``css`` (minified) without the rules that only style unused features."""
    out, i = [], 0
    while (j := css.find("{", i)) >= 0:
        depth, k = 0, j
        while True:
            depth += {"{": 1, "}": -1}.get(css[k], 0)
            if depth == 0:
                break
            k += 1
        head, body = css[i:j], css[j + 1 : k]
        if head.lstrip().startswith(("@media", "@supports")):
            inner = _purge(body)
            if inner:
                out.append(f"{head}{{{inner}}}")
        elif head.lstrip().startswith("@"):
            out.append(css[i : k + 1])
        elif keep := [
            s
            for s in _split_selectors(head)
            if not _UNUSED.search(s) and not _UNUSED_TYPE.search(s)
        ]:
            out.append(",".join(keep) + "{" + _UNUSED_ICON.sub("", body) + "}")
        i = k + 1
    return "".join(out) + css[i:]


_PROPERTY = re.compile(
    r"(?<=[{;])(--[\w-]+):(?:url\((?:\"[^\"]*\"|'[^']*'|[^)]*)\)|[^;}])*;?"
)
_VAR = re.compile(r"var\((--[\w-]+)")


def _drop_unused_properties(css: str, elsewhere: set[str]) -> str:
    """``css`` without the custom properties that nothing reads: no ``var()``
    in it (outside the dropped ones) nor in ``elsewhere`` (the other assets)."""

    def keep(used: set[str]) -> Callable[[re.Match[str]], str]:
        return lambda m: m.group(0) if m.group(1) in used else ""

    while True:
        used = elsewhere | set(_VAR.findall(css))
        trimmed = re.sub(r";}", "}", _PROPERTY.sub(keep(used), css))
        if trimmed == css:
            return css
        css = trimmed


def _first_abbr_only(html: str) -> str:
    """Mark an abbreviation on its first use on the page, not on every use."""
    seen: set[str] = set()

    def once(m: re.Match[str]) -> str:
        if m.group(2) in seen:
            return m.group(2)
        seen.add(m.group(2))
        return m.group(0)

    return _ABBR.sub(once, html)


_SKIP = {
    "code",
    "pre",
    "script",
    "style",
    "textarea",
    "option",
    "select",
    "abbr",
    "svg",
    "a",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "title",
}
_TOKEN = re.compile(r"(<[^>]+>)")


def _mark_first_uses(article: str) -> str:
    """``<abbr>`` on the first use of each glossary abbreviation that the
    Markdown ``abbr`` extension did not reach (docstrings, raw HTML)."""
    from html import escape

    from nutrient_data.site.glossary import marked_terms

    terms = {t: s for t, s in marked_terms() if f">{escape(t)}</abbr>" not in article}
    if not terms:
        return article
    pattern = re.compile(
        r"(?<![\w-])("
        + "|".join(map(re.escape, sorted(terms, key=len, reverse=True)))
        + r")(?![\w-])"
    )
    out, skipping = [], []
    for token in _TOKEN.split(article):
        if token.startswith("<"):
            name = re.match(r"</?([a-zA-Z0-9]+)", token)
            tag = name.group(1).lower() if name else ""
            if tag in _SKIP and not token.endswith("/>"):
                if token.startswith("</"):
                    if tag in skipping:
                        skipping.remove(tag)
                else:
                    skipping.append(tag)
            out.append(token)
            continue
        if skipping or not terms:
            out.append(token)
            continue

        def mark(m: re.Match[str]) -> str:
            term = m.group(1)
            if term not in terms:
                return term
            stands_for = terms.pop(term)
            return f'<abbr title="{escape(stands_for)}">{term}</abbr>'

        out.append(pattern.sub(mark, token))
    return "".join(out)


def on_post_page(output: str, page: Any, config: Any) -> str:
    """Load the search gate before the theme's script (which would fetch the
    index), mark each abbreviation once, and drop the indentation of the
    markup (not of preformatted text or scripts)."""
    output = _BUNDLE.sub(
        lambda m: (
            f'<script src="{m.group(1)}assets/search-on-use.js"></script>\n'
            + m.group(0)
        ),
        output,
        count=1,
    )
    if not page.file.src_uri.startswith("api"):  # only the API page uses it
        output = re.sub(r'<link[^>]*_mkdocstrings\.css"[^>]*>\n?', "", output)
    # Which page this is, for the stylesheet (the schema's names never wrap).
    output = output.replace(
        '<html lang="en"', f'<html lang="en" data-page="{page.file.src_uri}"', 1
    )
    body = output.find("<body")
    output = output[:body] + _first_abbr_only(output[body:])
    start, end = output.find("<article"), output.find("</article>")
    if 0 <= start < end:
        output = output[:start] + _mark_first_uses(output[start:end]) + output[end:]
    parts = _KEEP.split(output)
    return "".join(
        part if i % 2 else _INDENT.sub("\n", part) for i, part in enumerate(parts)
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
    main = list(site.glob("assets/stylesheets/main.*.css"))
    others = [p for p in site.rglob("*") if p.suffix in {".css", ".js", ".html"}]
    elsewhere = {
        v
        for p in others
        if p not in main
        for v in _VAR.findall(p.read_text("utf-8", errors="replace"))
    }
    for stylesheet in main:
        css = _purge(stylesheet.read_text("utf-8"))
        stylesheet.write_text(_drop_unused_properties(css, elsewhere), "utf-8")
    for script in ("site.js", "search-on-use.js"):  # ours, with no multi-line strings:
        # whole-line comments and indentation go
        path = site / "assets" / script
        text = re.sub(r"^[ \t]*//[^\n]*\n", "", path.read_text("utf-8"), flags=re.M)
        path.write_text(re.sub(r"^[ \t]+", "", text, flags=re.M), "utf-8")
    own = site / "assets" / "site.css"  # ours, written to be read: minified here
    text = re.sub(r"/\*.*?\*/", "", own.read_text("utf-8"), flags=re.S)
    own.write_text(re.sub(r"\s*([{};,>])\s*", r"\1", re.sub(r"\s+", " ", text)).strip())
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
