// Shapes what the reader types into the query the language's index understands.
// Material 9.8 has no query hook (the old __search.transform is gone) and its bundle
// reads the search box's `value` on every keystroke, so the box itself reports the
// shaped query while the reader keeps seeing exactly what they typed.
(function () {
  "use strict";
  var input = document.querySelector("[data-md-component=search-query]");
  var language = (document.documentElement.lang || "").split("-")[0];
  var native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value");
  if (!input || !native) return;

  // Operators and quotes are Material's query syntax; leave such queries alone.
  var SYNTAX = /["*+\-:^~]/;

  function words(query) {
    return query.split(/\s+/).filter(Boolean);
  }

  var thaiWords = null;
  var shapers = {
    // Thai runs words together; the index was cut at build time (pythainlp newmm), the
    // query is cut here by the browser's own dictionary segmenter.
    th: function (query) {
      if (!query || !("Segmenter" in Intl)) return query;
      // Built on first use: loading the Thai dictionary costs a phone tens of milliseconds,
      // and Material reads the empty box while the page is still starting up.
      thaiWords = thaiWords || new Intl.Segmenter("th", { granularity: "word" });
      return Array.from(thaiWords.segment(query))
        .filter(function (part) { return part.isWordLike; })
        .map(function (part) { return part.segment; })
        .join(" ");
    },
    // Vietnamese writes one syllable per space: a multi-syllable query is a word, so
    // every syllable must be present (Material's "+" presence operator).
    vi: function (query) {
      var parts = words(query);
      if (parts.length < 2 || SYNTAX.test(query)) return query;
      return parts.map(function (part) { return "+" + part; }).join(" ");
    },
    // Singular and plural differ in the last vowel (contratto/contratti, amica/amiche);
    // the trailing wildcard Material adds then matches every form of the stem.
    it: function (query) {
      if (SYNTAX.test(query)) return query;
      return words(query).map(function (word) {
        if (word.length < 5) return word;
        return word.replace(/(?:h?[aeioèìòù]|ii)$/i, "");
      }).join(" ");
    },
    // The index drops harakat and tatweel and cuts the article off every word
    // (hooks/search_segment.py); the query does the same. A captured boundary instead
    // of a lookbehind, which Safari before 16.4 cannot parse.
    ar: function (query) {
      return query.replace(/[\u064B-\u065F\u0670\u0640]/g, "")
        .replace(/(^|[^\u0621-\u064A])(?:[\u0648\u0641\u0628\u0643\u0644]?\u0627\u0644|\u0644\u0644)(?=[\u0621-\u064A]{2})/g, "$1");
    }
  };
  var shape = shapers[language];

  Object.defineProperty(input, "value", {
    configurable: true,
    get: function () {
      var typed = native.get.call(this).normalize("NFC");
      return shape ? shape(typed) : typed;
    },
    set: function (value) { native.set.call(this, value); }
  });

  // Material searches on keyup (and focus) only, so text that arrives without a key -
  // pasted, dictated, committed by an IME, autofilled - found nothing until the next
  // keystroke. Every change of the text is now reported the way a key would report it;
  // Material ignores a query that has not changed, so real keys do not search twice.
  function announce() {
    var event;
    try {
      event = new KeyboardEvent("keyup", { bubbles: true });
    } catch (e) { // old WebViews without event constructors
      event = document.createEvent("Event");
      event.initEvent("keyup", true, true);
    }
    input.dispatchEvent(event);
  }
  input.addEventListener("input", function (event) {
    if (!event.isComposing) announce(); // mid-composition text is not what the reader means yet
  });
  input.addEventListener("compositionend", announce);
})();
