// Remembers the language a reader picks in the switcher, on this device only, so the
// root chooser can take them straight back to it next time.
(function () {
  "use strict";
  var KEY = "parting-ways:language";
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[hreflang].md-select__link");
    if (!link) return;
    try { localStorage.setItem(KEY, link.getAttribute("hreflang")); } catch (e) { /* storage off: nothing to remember */ }
  });
})();
