// nutrient-data: make scrolling tables reachable by keyboard and name the
// search dialog. Runs after Material has wrapped each table.
(function () {
  "use strict";

  function labelFor(wrap) {
    let node = wrap;
    while (node && node !== document.body) {
      let prev = node.previousElementSibling;
      while (prev) {
        if (/^H[1-6]$/.test(prev.tagName)) {
          return prev.textContent.replace(/¶$/, "").trim() + " (table)";
        }
        prev = prev.previousElementSibling;
      }
      node = node.parentElement;
    }
    return "Table";
  }

  function markScrollables() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap) {
      const scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
      wrap.classList.toggle("is-scrollable", scrolls);
      let hint = wrap.previousElementSibling;
      if (!(hint && hint.classList.contains("scroll-hint"))) hint = null;
      if (scrolls) {
        wrap.tabIndex = 0;
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", labelFor(wrap));
        if (!hint) {
          hint = document.createElement("p");
          hint.className = "scroll-hint";
          hint.textContent = "Wide table: scroll sideways to see every column →";
          wrap.parentNode.insertBefore(hint, wrap);
        }
      } else {
        wrap.removeAttribute("tabindex");
        wrap.removeAttribute("role");
        wrap.removeAttribute("aria-label");
        if (hint) hint.remove();
      }
    });
  }

  function nameDialogs() {
    document.querySelectorAll('.md-search[role="dialog"]').forEach(function (d) {
      if (!d.hasAttribute("aria-label")) d.setAttribute("aria-label", "Search");
    });
    // Each code block's buttons (copy) are a navigation landmark of the
    // theme's: give each its own name, so landmarks stay told apart.
    document.querySelectorAll(".md-code__nav:not([aria-label])").forEach(function (nav, i) {
      nav.setAttribute("aria-label", "Code block " + (i + 1) + " actions");
    });
  }

  // Search results: the theme shows a section's text from its start, so a
  // word found far in (a long table, run together) is out of sight. Show the
  // stretch of text around the first word found instead.
  const EXCERPT = 300;
  const KEEP = /^(H[1-6]|DIV|NAV)$/;
  function trimTeaser(teaser) {
    if (teaser.dataset.trimmed) return;
    teaser.dataset.trimmed = "1";
    const kept = [...teaser.childNodes].filter(function (n) { return KEEP.test(n.nodeName); });
    const text = [...teaser.childNodes].filter(function (n) { return !KEEP.test(n.nodeName); });
    const parts = text.map(function (n) {
      const marked = n.nodeName === "MARK" || (n.querySelector && n.querySelector("mark"));
      return { text: n.textContent, mark: Boolean(marked) };
    });
    const full = parts.map(function (p) { return p.text; }).join("");
    if (full.length <= EXCERPT || !parts.some(function (p) { return p.mark; })) return;
    let at = 0;
    let first = -1;
    parts.forEach(function (p) {
      if (p.mark && first < 0) first = at;
      at += p.text.length;
    });
    const start = first < 100 ? 0 : full.lastIndexOf(" ", first - 100) + 1;
    const end = Math.min(full.length, start + EXCERPT);
    teaser.replaceChildren(...kept);
    if (start > 0) teaser.append("… ");
    at = 0;
    parts.forEach(function (p) {
      const from = Math.max(at, start);
      const to = Math.min(at + p.text.length, end);
      if (from < to) {
        const text = p.text.slice(from - at, to - at);
        if (p.mark) {
          const mark = document.createElement("mark");
          mark.textContent = text;
          teaser.append(mark);
        } else {
          teaser.append(text);
        }
      }
      at += p.text.length;
    });
    if (end < full.length) teaser.append(" …");
  }
  new MutationObserver(function () {
    nameDialogs();
    document.querySelectorAll(".md-search-result__article:not([data-trimmed])").forEach(trimTeaser);
  }).observe(document.body, { childList: true, subtree: true });

  function run() {
    nameDialogs();
    markScrollables();
    document.documentElement.dataset.siteReady = "1";
  }

  let pending = 0;
  window.addEventListener("resize", function () {
    clearTimeout(pending);
    pending = setTimeout(markScrollables, 150);
  });
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(run);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", run);
  } else {
    run();
  }
})();
