// Material's bundle asks for the whole search index, and for the sitemap of every language
// linked in the head, as soon as any page loads. On a phone that is a download, an index
// build and seven XML parses competing with the page the reader opened, for a search most
// readers never use. This runs before the bundle and:
// - holds the search index back until the reader reaches for search (a tap on the
//   magnifier, or focus on the search box, where Material's keyboard shortcuts lead), and
//   asks for it at once on a page opened with a query (?q=) or from a search result (?h=,
//   whose terms Material highlights);
// - never sends the sitemap requests. Material needs them only to map a language link to
//   the same page in the other language, and mkdocs-static-i18n already writes those links
//   page to page; instant navigation, their other user, is off. Material treats a request
//   that never answers as no sitemap and leaves the links alone.
(function () {
  "use strict";
  var proto = XMLHttpRequest.prototype;
  var open = proto.open;
  var send = proto.send;
  var INDEX = /\/search\/search_index\.json$/;
  var SITEMAP = /\/sitemap\.xml$/;
  var params = new URLSearchParams(location.search);
  var released = params.has("h") || params.has("q");
  var held = [];

  function release() {
    if (released) return;
    released = true;
    held.splice(0).forEach(function (go) { go(); });
  }

  proto.open = function (method, url) {
    this.partingWaysPath = new URL(String(url), location.href).pathname;
    return open.apply(this, arguments);
  };
  proto.send = function () {
    var path = this.partingWaysPath || "";
    if (SITEMAP.test(path)) return;
    if (!released && INDEX.test(path)) {
      var request = this;
      var args = arguments;
      held.push(function () { send.apply(request, args); });
      return;
    }
    return send.apply(this, arguments);
  };

  document.addEventListener("focusin", function (event) {
    var target = event.target;
    if (target instanceof Element && target.matches("[data-md-component=search-query]")) release();
  });
  // A tap on the search icon starts the download a moment before the box takes focus.
  document.addEventListener("pointerdown", function (event) {
    var target = event.target;
    if (target instanceof Element && target.closest("label[for=__search]")) release();
  }, true);
})();
