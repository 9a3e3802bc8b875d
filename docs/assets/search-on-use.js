// nutrient-data: load search only once the reader opens it. The theme starts
// its search worker and asks for search/search_index.json (about 0.7 MB) as
// every page loads; this holds both back until the search box is used (a
// click, focus or the keyboard shortcut), then lets them go as asked.
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

  // The search worker: a stand-in that queues what the theme sends and starts
  // the real worker on first use.
  const RealWorker = window.Worker;
  window.Worker = function (url, options) {
    if (!/workers\/search\./.test(String(url))) return new RealWorker(url, options);
    const listeners = [];
    const queued = [];
    let real = null;
    const stand = {
      onmessage: null,
      onerror: null,
      addEventListener(type, listener, o) {
        if (real) real.addEventListener(type, listener, o);
        else listeners.push([type, listener, o]);
      },
      removeEventListener(type, listener, o) {
        if (real) real.removeEventListener(type, listener, o);
      },
      postMessage(message, transfer) {
        if (real) real.postMessage(message, transfer);
        else queued.push([message, transfer]);
      },
      terminate() {
        if (real) real.terminate();
      },
    };
    waiting.push(() => {
      real = new RealWorker(url, options);
      listeners.forEach(([t, l, o]) => real.addEventListener(t, l, o));
      real.onmessage = (e) => stand.onmessage && stand.onmessage(e);
      real.onerror = (e) => stand.onerror && stand.onerror(e);
      queued.forEach(([m, t]) => real.postMessage(m, t));
    });
    return stand;
  };
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
