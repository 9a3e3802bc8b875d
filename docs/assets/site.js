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
  }

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
