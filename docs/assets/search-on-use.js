// nutrient-data: fetch the search index only once the reader opens search.
// The theme asks for search/search_index.json as every page loads (about
// 0.7 MB); this holds that one request back until the search box is used
// (a click, focus or the keyboard shortcut), then sends it as asked.
(function () {
  "use strict";
  const proto = XMLHttpRequest.prototype;
  const open = proto.open;
  const send = proto.send;
  const waiting = [];
  let used = false;
  function go() {
    if (used) return;
    used = true;
    document.documentElement.dataset.searchIndex = "requested";
    waiting.splice(0).forEach((run) => run());
  }
  proto.open = function (method, url) {
    this.searchIndex = /search\/search_index\.json(\?|$)/.test(String(url));
    return open.apply(this, arguments);
  };
  proto.send = function () {
    if (this.searchIndex && !used) {
      const request = this;
      const args = arguments;
      waiting.push(() => send.apply(request, args));
      return undefined;
    }
    return send.apply(this, arguments);
  };
  const inSearch = (target) =>
    target instanceof Element &&
    target.closest('.md-search, label[for="__search"], #__search');
  document.addEventListener("focusin", (e) => inSearch(e.target) && go(), true);
  document.addEventListener("click", (e) => inSearch(e.target) && go(), true);
  document.addEventListener("change", (e) => inSearch(e.target) && go(), true);
  document.addEventListener(
    "keydown",
    (e) =>
      ["f", "s", "/"].includes(e.key) &&
      !(e.target instanceof Element && e.target.closest("input, textarea, select")) &&
      go(),
    true,
  );
})();
