// Root chooser and 404 page: put the reader's language first. A language they chose
// before wins; otherwise the first of the browser's preferred languages we have.
(function () {
  "use strict";
  var KEY = "parting-ways:language";
  var list = document.querySelector("[data-language-list]");
  if (!list) return;
  var items = Array.prototype.slice.call(list.querySelectorAll("[data-lang]"));
  var isChooser = document.querySelector("[data-page=chooser]") !== null;
  var stored = null;
  try { stored = localStorage.getItem(KEY); } catch (e) { /* private mode: no memory */ }

  function find(tag) {
    if (!tag) return null;
    tag = tag.toLowerCase();
    var base = tag.split("-")[0];
    return items.filter(function (item) {
      return item.dataset.tag.toLowerCase() === tag || item.dataset.lang === base;
    })[0] || null;
  }

  var choose = /[?&]choose\b/.test(location.search);
  var remembered = find(stored);
  if (isChooser && remembered && !choose) {
    location.replace(remembered.querySelector("a").href);
    return;
  }

  var pick = null;
  if (!isChooser) {
    // On a 404 the path usually says which language the reader was in.
    var segments = location.pathname.split("/");
    for (var i = 0; i < segments.length && !pick; i++) {
      pick = items.filter(function (item) { return item.dataset.lang === segments[i]; })[0] || null;
    }
  }
  pick = pick || remembered;
  var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  for (var j = 0; j < preferred.length && !pick; j++) pick = find(preferred[j]);

  if (pick) {
    list.insertBefore(pick, list.firstChild);
    pick.classList.add("is-suggested");
    var note = pick.querySelector("[data-suggested]");
    if (note && isChooser) note.hidden = false;
  }

  list.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-lang-link]");
    if (!link) return;
    try { localStorage.setItem(KEY, link.closest("[data-lang]").dataset.tag); } catch (e) { /* ignore */ }
  });
})();
