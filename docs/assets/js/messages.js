// Farewell messages: fill the placeholders from the form, live. Reader input only ever
// becomes text nodes, never markup, and is kept in this browser only.
(function () {
  "use strict";
  var widgets = document.querySelectorAll("[data-message]");
  if (!widgets.length) return;
  var KEY = "parting-ways:message-fields";
  var FSI = "\u2068", PDI = "\u2069";
  var values = {};
  try { values = JSON.parse(localStorage.getItem(KEY) || "{}") || {}; } catch (e) { values = {}; }

  function save() {
    try { localStorage.setItem(KEY, JSON.stringify(values)); } catch (e) { /* nothing to keep it in */ }
  }
  function shown(root, name) {
    var value = values[name];
    if (!value) return "";
    var input = root.querySelector('[data-field="' + name + '"]');
    if (input && input.type === "date") {
      var parts = value.split("-").map(Number);
      if (parts.length !== 3 || !parts[0]) return "";
      return new Intl.DateTimeFormat(root.dataset.dateLocale, { dateStyle: "long", timeZone: "UTC" })
        .format(new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])));
    }
    return value;
  }
  // Plain text for copy and mailto; in right-to-left pages each value is isolated so a
  // Latin name cannot reorder the sentence around it.
  function plain(root, data, text) {
    return text.replace(/\{(\w+)\}/g, function (m, name) {
      var value = shown(root, name);
      if (!value) return data.labels[name] || m;
      return root.hasAttribute("data-isolate") ? FSI + value + PDI : value;
    });
  }
  function paint(root, element, text, data) {
    element.textContent = "";
    text.split(/(\{\w+\})/).forEach(function (part) {
      var match = /^\{(\w+)\}$/.exec(part);
      if (!match) {
        var lines = part.split("\n");
        lines.forEach(function (line, i) {
          if (i) element.appendChild(document.createElement("br"));
          element.appendChild(document.createTextNode(line));
        });
        return;
      }
      var bdi = document.createElement("bdi");
      var value = shown(root, match[1]);
      bdi.className = value ? "pw-ph is-filled" : "pw-ph";
      bdi.dataset.ph = match[1];
      bdi.textContent = value || data.labels[match[1]] || part;
      element.appendChild(bdi);
    });
  }
  function render(root, repaint) {
    var data = root._data;
    if (repaint) {
      paint(root, root.querySelector("[data-subject]"), data.subject, data);
      var body = root.querySelector("[data-body]");
      body.textContent = "";
      data.body.split("\n\n").forEach(function (block) {
        var p = document.createElement("p");
        paint(root, p, block, data);
        body.appendChild(p);
      });
      var points = root.querySelectorAll("[data-points] li");
      data.points.forEach(function (point, i) { if (points[i]) paint(root, points[i], point, data); });
    }
    var subject = plain(root, data, data.subject);
    var text = plain(root, data, data.body);
    root.querySelector("[data-mailto]").href = "mailto:?subject=" + encodeURIComponent(subject) +
      "&body=" + encodeURIComponent(text.replace(/\n/g, "\r\n"));
    root._plain = data.subjectPrefix + subject + "\n\n" + text;
  }
  function renderAll(repaint) {
    Array.prototype.forEach.call(widgets, function (root) { render(root, repaint); });
  }

  Array.prototype.forEach.call(widgets, function (root) {
    root._data = JSON.parse(root.querySelector("[data-message-data]").textContent);
    var status = root.querySelector("[data-status]");
    root.querySelectorAll("[data-field]").forEach(function (input) {
      var kept = values[input.dataset.field] || "";
      if (input.value !== kept) input.value = kept;
      input.addEventListener("input", function () {
        values[input.dataset.field] = input.value;
        // The same detail (a name, a date) is shared by every template on the page.
        document.querySelectorAll('[data-field="' + input.dataset.field + '"]').forEach(function (other) {
          if (other !== input) other.value = input.value;
        });
        save();
        renderAll(true);
      });
    });
    root.querySelector("[data-copy]").addEventListener("click", function () {
      var done = function () { status.textContent = root._data.copied; };
      var failed = function () { status.textContent = root._data.copyFailed; };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(root._plain).then(done, failed);
      else failed();
    });
    root.querySelector("[data-clear]").addEventListener("click", function () {
      root.querySelectorAll("[data-field]").forEach(function (input) { delete values[input.dataset.field]; });
      document.querySelectorAll("[data-field]").forEach(function (input) { input.value = values[input.dataset.field] || ""; });
      save();
      renderAll(true);
      status.textContent = "";
      root.querySelector("[data-field]").focus();
    });
  });
  // The page arrives with every placeholder already shown; repainting it unchanged would
  // only cost a phone a restyle of six forms while the page is starting up.
  renderAll(Object.keys(values).some(function (name) { return values[name]; }));

  var wanted = new URLSearchParams(location.search).get("template");
  var target = wanted && document.querySelector('[data-message="' + wanted.replace(/[^\w-]/g, "") + '"]');
  if (target) {
    // The templates above the chosen one are laid out first, so their estimated heights
    // cannot move it once it has been scrolled to.
    for (var i = 0; i < widgets.length && widgets[i] !== target; i++) widgets[i].style.contentVisibility = "visible";
    target.classList.add("is-selected");
    var heading = document.getElementById("tpl-" + target.dataset.message);
    (heading || target).scrollIntoView({ block: "start" });
  }
})();
