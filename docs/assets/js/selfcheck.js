// Self-check: scores the answers in the page, shows the verdict, keeps answers on this
// device only. All wording and plural forms arrive pre-rendered in the page's JSON.
(function () {
  "use strict";
  var root = document.querySelector("[data-selfcheck]");
  if (!root) return;
  var KEY = "parting-ways:selfcheck";
  var data = JSON.parse(root.querySelector("[data-selfcheck-data]").textContent);
  var form = root.querySelector("form");
  var result = root.querySelector("[data-result]");
  var body = root.querySelector("[data-result-body]");
  var progress = root.querySelector("[data-progress]");
  var error = root.querySelector("[data-error]");
  var sets = Array.prototype.slice.call(root.querySelectorAll("fieldset[data-sign]"));

  function store(value) {
    try {
      if (value === null) localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, JSON.stringify(value));
    } catch (e) { /* storage off or full: the check still works for this visit */ }
  }
  // Whatever is stored may have been written by another version or another site on the
  // same origin (every *.github.io project shares one): accept only an object of strings.
  function saved() {
    var parsed = null;
    try { parsed = JSON.parse(localStorage.getItem(KEY) || "{}"); } catch (e) { /* not JSON */ }
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {};
  }
  // Compares values instead of building a selector from one: a stored quote or bracket
  // would make querySelector throw and stop the whole self-check.
  function inputFor(set, value) {
    if (typeof value !== "string") return null;
    return Array.prototype.filter.call(set.querySelectorAll("input"), function (input) {
      return input.value === value;
    })[0] || null;
  }
  function picked(set) { return set.querySelector("input:checked"); }
  function answers() {
    var out = {};
    sets.forEach(function (set) { var input = picked(set); if (input) out[set.dataset.sign] = input.value; });
    return out;
  }
  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (m, name) { return name in values ? values[name] : m; });
  }
  function item(list, href, label) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = href;
    a.textContent = label;
    li.appendChild(a);
    list.appendChild(li);
  }
  function updateProgress() {
    progress.textContent = data.answered[Object.keys(answers()).length];
  }

  function show(moveFocus) {
    var scored = sets.map(function (set) {
      var points = Number(picked(set).dataset.points);
      var strongest = Math.max.apply(null, Array.prototype.map.call(set.querySelectorAll("input"), function (i) {
        return Number(i.dataset.points);
      }));
      return { id: set.dataset.sign, points: points * Number(set.dataset.weight), top: points === strongest,
        deal: set.hasAttribute("data-deal-breaker") && points > 0 };
    });
    var score = scored.reduce(function (sum, s) { return sum + s.points; }, 0);
    var deal = scored.some(function (s) { return s.deal; });
    var band = deal || score >= data.endFrom ? "end" : score >= data.repairFrom ? "repair" : "keep";
    // A deal-breaker that decided the verdict leads both lists: its sign first among those
    // that weigh most, its messages first among those suggested. Otherwise: by points.
    var marked = scored.filter(function (s) { return s.points > 0; })
      .sort(function (a, b) { return (b.deal - a.deal) || (b.points - a.points); });
    var view = root.querySelector('template[data-verdict="' + band + '"]').content.cloneNode(true);
    view.querySelector("[data-deal-note]").hidden = !deal;
    // A deal-breaker ends it for its own reason, not because the relationship "costs more
    // than it brings": the score-based advice would give the reader the wrong reason.
    view.querySelector("[data-advice]").hidden = deal;
    view.querySelector("[data-marked]").textContent = marked.length ? data.marked[marked.length] : data.nothing;
    view.querySelector("[data-score]").textContent = fill(data.score, { score: data.numbers[score], max: data.max });
    var weighed = view.querySelector("[data-weighed-list]");
    var templates = view.querySelector("[data-templates-list]");
    var seen = {};
    marked.forEach(function (s, index) {
      var sign = data.signs[s.id];
      if (index < 3) item(weighed, sign.href, sign.label);
      sign.templates.forEach(function (id) {
        // Under "keep", only a sign answered at its strongest offers its message.
        if (seen[id] || (band === "keep" && !s.top)) return;
        seen[id] = true;
        item(templates, data.templates[id].href, data.templates[id].title);
      });
    });
    view.querySelector("[data-weighed]").hidden = !weighed.children.length;
    view.querySelector("[data-templates]").hidden = !templates.children.length;
    body.textContent = "";
    body.appendChild(view);
    result.hidden = false;
    result.dataset.band = band;
    if (moveFocus) result.querySelector("h2").focus();
  }

  var previous = saved();
  sets.forEach(function (set) {
    var input = Object.prototype.hasOwnProperty.call(previous, set.dataset.sign) &&
      inputFor(set, previous[set.dataset.sign]);
    if (input) input.checked = true;
  });
  updateProgress();
  if (Object.keys(answers()).length === sets.length) show(false);

  form.addEventListener("change", function () {
    store(answers());
    updateProgress();
    error.hidden = true;
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var open = sets.filter(function (set) { return !picked(set); });
    if (open.length) {
      error.textContent = fill(data.unanswered, { count: data.numbers[open.length] });
      error.hidden = false;
      open[0].querySelector("input").focus();
      return;
    }
    show(true);
  });
  form.addEventListener("reset", function () {
    store(null);
    result.hidden = true;
    error.hidden = true;
    body.textContent = "";
    setTimeout(function () { updateProgress(); sets[0].querySelector("input").focus(); }, 0);
  });
  root.querySelector("[data-print]").addEventListener("click", function () { window.print(); });
})();
