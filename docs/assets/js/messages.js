// Farewell messages: fill the email, the chat message and the talking points from the
// form, live. Reader input only ever becomes text nodes, never markup, and is kept in
// this browser only. Nothing read from storage is trusted: a value that is not one of
// the page's own choices is ignored, and no selector is ever built from one.
(function () {
  "use strict";
  var widgets = document.querySelectorAll("[data-message]");
  if (!widgets.length) return;
  var KEY = "parting-ways:message-fields";
  var FSI = "\u2068", RLI = "\u2067", PDI = "\u2069";
  var values = {};
  try {
    var stored = JSON.parse(localStorage.getItem(KEY) || "{}");
    if (stored && typeof stored === "object") {
      Object.keys(stored).forEach(function (name) {
        if (typeof stored[name] === "string") values[name] = stored[name].slice(0, 500);
      });
    }
  } catch (e) { values = {}; }

  function save() {
    try { localStorage.setItem(KEY, JSON.stringify(values)); } catch (e) { /* nothing to keep it in */ }
  }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  // The reader's choice of voice, writer and form of address, if it is one this widget offers.
  function setting(root, name) {
    var offered = [];
    each(root.querySelectorAll("[data-setting]"), function (input) {
      if (input.dataset.setting !== name) return;
      if (input.tagName === "SELECT") each(input.options, function (o) { offered.push(o.value); });
      else offered.push(input.value);
    });
    return offered.indexOf(values[name]) >= 0 ? values[name] : offered[0];
  }

  // The locale's long date, or the market's letter pattern filled from the locale's own
  // numbers (Vietnamese letters write «ngày 15/03/2026»; Thai keeps the Buddhist year).
  function dateText(root, value) {
    var parts = value.split("-").map(Number);
    if (parts.length !== 3 || !parts[0] || !parts[1] || !parts[2]) return "";
    var day = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
    var pattern = root._data.address.datePattern;
    try {
      if (!pattern) {
        var text = new Intl.DateTimeFormat(root.dataset.dateLocale, { dateStyle: "long", timeZone: "UTC" }).format(day);
        var first = root._data.address.firstDay;
        return first && parts[2] === 1 ? text.replace(/^1(?!\d)/, first) : text;
      }
      var numbers = {};
      new Intl.DateTimeFormat(root.dataset.dateLocale, { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" })
        .formatToParts(day).forEach(function (part) { numbers[part.type] = part.value; });
      numbers.dd = ("0" + numbers.day).slice(-2);
      numbers.mm = ("0" + numbers.month).slice(-2);
      return pattern.replace(/\{(day|dd|month|mm|year)\}/g, function (m, name) { return numbers[name] || ""; });
    } catch (e) { return ""; }
  }

  // «d'amico» typed all in small letters, or «NGUYỄN VĂN HÙNG» all in capitals (as forms and ID
  // cards write names), is «D'Amico», «Nguyễn Văn Hùng»; a name mixing both stays as typed.
  function cased(name) {
    var one = name.toLowerCase() === name || name.toUpperCase() === name;
    return /[^A-Za-z\u00c0-\u024f\u1e00-\u1eff .'\u2019-]/.test(name) || !one ? name
      : name.toLowerCase().replace(/(^|[ .'\u2019-])(.)/g, function (m, a, b) { return a + b.toUpperCase(); });
  }
  // Whose name a value is (data.nameOf): a person's name is capitalised; in a greeting, «คุณ John»
  // but «คุณสมศรี», a Latin name after a Thai title is set apart.
  // Any other detail sits inside a sentence: a list dash typed before it or a full stop after
  // it («file gốc.» + « theo …») would break the sentence; a name keeps its own («S.r.l.»).
  function shownValue(st, name) {
    var value = st.shown[name] || "";
    if (st.nameOf[name] === "person") return cased(value);
    if (st.nameOf[name] === "greeting") return value.replace(/([\u0e01-\u0e4e]\.?)([A-Za-z])/g, "$1 $2");
    return st.nameOf[name] ? value : value.replace(/^[-\u2013\u2014\u2022*]\s+/, "").replace(/[.;,\u3002\uff1b\uff0c\u060c\u061b]+$/, "");
  }

  // The typed name without a title the form of address will add anyway ("คุณสมศรี",
  // "Sig.ra Rossi", "王总"), cut into the parts the market's greetings use.
  function nameParts(raw, rules) {
    // Names as phones store them: «Hương - kế toán», «Hương (kế toán)» are «Hương».
    var name = (raw || "").replace(/\s*[(（].*$/, "").replace(/\s+[-–—|,].*$/, "").replace(/\s+/g, " ").trim();
    var attached = rules.attached ? new RegExp("^" + rules.attached) : null;
    var typed = "";
    for (var changed = true; changed;) {
      changed = false;
      rules.honorifics.forEach(function (title) {
        if (changed || name.length <= title.length) return;
        if (name.slice(0, title.length).toLowerCase() !== title.toLowerCase()) return;
        var rest = name.slice(title.length);
        // «คุณJohn» too: a title in the market's own script, then a Latin name.
        if (/^[\s.]/.test(rest) || /\.$/.test(title) ||
            (attached && (attached.test(rest) || (attached.test(title.slice(-1)) && /^[A-Za-z]/.test(rest))))) {
          name = rest.replace(/^[\s.]+/, "");
          typed = typed || title;
          changed = true;
        }
      });
      rules.suffixes.forEach(function (title) {
        if (changed || name.length <= title.length) return;
        if (name.slice(-title.length) !== title) return;
        name = name.slice(0, -title.length).trim();
        typed = typed || title;
        changed = true;
      });
    }
    if (!name) return null;
    // Capitalised once the titles are gone: in «Dott. marco bellini» the only capital is the
    // title's, and «LAN KT» keeps the suffix «KT» that marks it until it is removed.
    name = cased(name);
    var words = name.split(" ");
    var given = words[0], family = words[words.length - 1];
    // «عبد الله الخطيب» is addressed as عبد الله: some words open a two-word given name.
    if (words.length > 1 && rules.givenPrefixes.indexOf(words[0]) >= 0) {
      given = words[0] + " " + words[1];
      if (words.length === 2) family = given;
    }
    // «Mario De Luca» is Sig. De Luca: particles before the last word belong to the surname.
    for (var i = words.length - 2; i > 0 && rules.particles.indexOf(words[i].toLowerCase()) >= 0; i--) {
      family = words[i] + " " + family;
    }
    // Where the market's own names are unspaced (Chinese), a Latin-script name («Kevin
    // Zhang») is a Western one, family name last; Vietnamese typed without diacritics is not.
    var western = rules.familyNames.length && /^[A-Za-z][A-Za-z.' -]*$/.test(name);
    if (rules.order === "family-given" && !western) {
      family = words[0];
      given = words[words.length - 1];
      // «Phạm Thị Lan Anh»: after a middle name (Thị, Văn) every word is the given name;
      // «Nguyễn Tuấn Anh», «Mai Anh»: some words close a two-word given name.
      for (var m = 1; m < words.length - 1; m++) {
        if (rules.middleNames.indexOf(words[m].toLowerCase()) >= 0) {
          given = words.slice(m + 1).join(" ");
          break;
        }
      }
      if (given === words[words.length - 1] && words.length > 1 &&
          rules.givenEndings.indexOf(given.toLowerCase()) >= 0) {
        given = words.slice(-2).join(" ");
      }
      // «chị Bảo Anh»: two words after a typed title are how the person is called, not a
      // family name and a given one (Vietnamese «chị Anh» would be someone else).
      if (typed && words.length === 2 && !rules.familyNames.length) given = name;
      // Only a market whose names are written unspaced (Chinese 王小明) is cut inside a word,
      // and only a name in its own script; elsewhere one word is the name to use («Minh», «Wang»).
      if (words.length === 1 && rules.familyNames.length && !/[A-Za-z]/.test(name)) {
        // «欧阳总» leaves «欧阳»: a two-character family name alone is the family name, whole.
        var known = rules.familyNames.filter(function (f) { return name.indexOf(f) === 0; })[0];
        family = known || name.charAt(0);
        given = name.length > family.length ? name.slice(family.length) : name;
      }
    }
    return { given: given, family: family, full: name, title: typed };
  }

  // Segments from the build: strings, ["ph", name] and ["sel", selector, branches], each
  // branch a list of segments (a select inside a select goes one level deep).
  function resolve(segments, choices) {
    var out = [];
    segments.forEach(function (s) {
      var pieces = [s];
      if (typeof s !== "string" && s[0] === "sel") {
        pieces = resolve(Object.prototype.hasOwnProperty.call(s[2], choices[s[1]]) ? s[2][choices[s[1]]] : s[2].other,
          choices);
      }
      pieces.forEach(function (piece) {
        if (typeof piece === "string" && out.length && typeof out[out.length - 1] === "string") {
          out[out.length - 1] += piece;
        } else {
          out.push(piece);
        }
      });
    });
    return out;
  }
  function fillPattern(segments, parts, labels) {
    return resolve(segments, {}).map(function (piece) {
      if (typeof piece === "string") return piece;
      var name = piece[1];
      if (name === "company") return values.client_company || labels.client_company;
      return parts ? parts[name] : labels.client_name;
    }).join("");
  }

  // Everything a text needs: typed values as shown, derived greetings, and the choices.
  function state(root) {
    var data = root._data, rules = data.address;
    var form = rules.forms[setting(root, "address")];
    var shown = {};
    Object.keys(data.labels).forEach(function (name) {
      var input = root.querySelector("#pw-" + root.dataset.message + "-" + name);
      var value = (values[name] || "").trim();
      shown[name] = value && input && input.type === "date" ? dateText(root, value) : value;
    });
    var parts = nameParts(values.client_name, rules);
    var salutation = form.withCompany && values.client_company ? form.withCompany : form.salutation;
    shown.salutation = fillPattern(salutation, form.recipient === "company" ? {} : parts, data.labels);
    shown.addressee = fillPattern(form.addressee, form.recipient === "company" ? {} : parts, data.labels);
    var choices = { writer: setting(root, "writer"), recipient: form.recipient, register: form.register,
      address: setting(root, "address") };
    // A select on a detail reads "empty" until it is typed, or the option picked from a list.
    Object.keys(data.labels).forEach(function (name) {
      var options = data.picks[name];
      if (options) choices[name] = options.indexOf(values[name]) >= 0 ? values[name] : options[0];
      else choices[name] = shown[name] ? "filled" : "empty";
    });
    return { voice: setting(root, "voice"), shown: shown, choices: choices, company: form.recipient === "company",
      isolate: root.hasAttribute("data-isolate"), nameOf: data.nameOf };
  }

  // «Hợp đồng số {contract_ref}» with «số 12/2026» or «Hợp đồng số 12/2026» typed,
  // «contratto n. {ref}» with «n. 12»: the words the sentence says just before a detail (up
  // to three) are not said again at the start of what the reader typed. A name loses only
  // two words or more («Công ty» before «Công ty TNHH …»): one may be its own («team di»
  // before «Di Stefano SpA»). The piece then carries the value as shown: ["ph", name, value].
  function withoutEcho(pieces, st) {
    return pieces.map(function (piece, i) {
      var before = i && pieces[i - 1];
      if (typeof piece === "string" || typeof before !== "string" || !/\S $/.test(before)) return piece;
      var value = shownValue(st, piece[1]), words = before.trim().split(/\s+/).slice(-3);
      var fewest = st.nameOf[piece[1]] ? 2 : 1;
      for (; words.length >= fewest; words.shift()) {
        var said = words.join(" ");
        if (!/[^\d\s.,:;!?()'"«»“”‘’\u2013\u2014-]/.test(said)) continue;
        var typed = value.slice(0, said.length + 1);
        if (/\s/.test(typed.slice(-1)) && typed.slice(0, -1).toLowerCase() === said.toLowerCase()) {
          return ["ph", piece[1], value.slice(said.length).replace(/^\s+/, "")];
        }
      }
      return piece;
    });
  }
  function valueOf(piece, st) { return piece.length > 2 ? piece[2] : shownValue(st, piece[1]); }

  function paint(element, pieces, st, labels) {
    pieces.forEach(function (piece) {
      if (typeof piece === "string") {
        piece.split("\n").forEach(function (line, i) {
          if (i) element.appendChild(document.createElement("br"));
          element.appendChild(document.createTextNode(line));
        });
        return;
      }
      var bdi = document.createElement("bdi");
      var value = valueOf(piece, st);
      // In a right-to-left page, names keep their own direction (a Latin name reads left to
      // right); every other detail («INV-1047 بتاريخ …») reads in the page's direction, so a
      // Latin start cannot turn a mostly Arabic value around.
      if (st.isolate && !st.nameOf[piece[1]]) bdi.dir = "rtl";
      bdi.className = value ? "pw-ph is-filled" : "pw-ph";
      bdi.dataset.ph = piece[1];
      paint(bdi, [value || labels[piece[1]] || "{" + piece[1] + "}"], st, labels);
      element.appendChild(bdi);
    });
  }
  function split(pieces, separator) {
    var blocks = [[]];
    pieces.forEach(function (piece) {
      if (typeof piece !== "string") { blocks[blocks.length - 1].push(piece); return; }
      piece.split(separator).forEach(function (part, i) {
        if (i) blocks.push([]);
        if (part) blocks[blocks.length - 1].push(part);
      });
    });
    return blocks.filter(function (block) {
      return block.some(function (piece) { return typeof piece !== "string" || piece.trim(); });
    });
  }
  function blocks(element, tag, pieces, separator, st, labels) {
    element.textContent = "";
    split(pieces, separator).forEach(function (block) {
      var child = document.createElement(tag);
      paint(child, block, st, labels);
      element.appendChild(child);
    });
  }
  // Plain text for copy, share and mailto; in right-to-left pages each value is isolated
  // so a Latin name cannot reorder the sentence around it.
  function plain(root, pieces, st) {
    return pieces.map(function (piece) {
      if (typeof piece === "string") return piece;
      var value = valueOf(piece, st);
      if (!value) return root._data.labels[piece[1]] || "{" + piece[1] + "}";
      // Only a value with Latin letters can turn the sentence around it; an Arabic one is
      // left bare, since some mail programs show the invisible marks as boxes.
      if (!st.isolate || !/[A-Za-z]/.test(value)) return value;
      return (st.nameOf[piece[1]] ? FSI : RLI) + value + PDI;
    }).join("");
  }

  function render(root, repaint) {
    var data = root._data, st = state(root);
    var texts = data.voices[st.voice];
    var subject = withoutEcho(resolve(texts.subject, st.choices), st);
    var body = withoutEcho(resolve(texts.body, st.choices), st);
    var chat = withoutEcho(resolve(texts.chat, st.choices), st);
    each(root.querySelectorAll("[data-voices]"), function (el) {
      // A detail the texts use only under some options of a list (the contract's clause,
      // when it ends by notice) is asked for only then: "<list> <option> …".
      var when = el.dataset.when ? el.dataset.when.split(" ") : null;
      var hidden = (" " + el.dataset.voices + " ").indexOf(" " + st.voice + " ") < 0 ||
        (el.hasAttribute("data-person") && st.company) || (when && when.indexOf(st.choices[when[0]], 1) < 0);
      if (el.hidden !== hidden) el.hidden = hidden;
    });
    if (repaint) {
      var subjectEl = root.querySelector("[data-subject]");
      subjectEl.textContent = "";
      paint(subjectEl, subject, st, data.labels);
      blocks(root.querySelector("[data-body]"), "p", body, "\n\n", st, data.labels);
      blocks(root.querySelector("[data-chat]"), "p", chat, "\n\n", st, data.labels);
      blocks(root.querySelector("[data-points]"), "li", withoutEcho(resolve(texts.points, st.choices), st), "\n", st,
        data.labels);
    }
    var subjectText = plain(root, subject, st), bodyText = plain(root, body, st);
    root.querySelector("[data-mailto]").href = "mailto:?subject=" + encodeURIComponent(subjectText) +
      "&body=" + encodeURIComponent(bodyText.replace(/\n/g, "\r\n"));
    root._email = bodyText;
    root._subject = subjectText;
    root._chat = plain(root, chat, st);
  }
  // The last day of work before the payment deadline: said beside it until fixed.
  function checkDates(root) {
    var warning = root.querySelector("[data-dates-warning]");
    if (!warning) return;
    var end = root.querySelector("[data-field=end_date]"), pay = root.querySelector("[data-field=pay_by]");
    var wrong = values.end_date && values.pay_by && values.end_date < values.pay_by && !pay.closest("[hidden]");
    // Said once when it appears, not again at every keystroke elsewhere in the form.
    var text = wrong ? warning.dataset.datesWarning : "";
    if (warning.textContent !== text) warning.textContent = text;
    var described = (end.getAttribute("aria-describedby") || "").split(" ").filter(function (id) {
      return id && id !== warning.id;
    });
    if (wrong) described.push(warning.id);
    if (described.length) end.setAttribute("aria-describedby", described.join(" "));
    else end.removeAttribute("aria-describedby");
  }
  function renderAll(repaint) { each(widgets, function (root) { render(root, repaint); checkDates(root); }); }

  // «Dott.ssa Maria Rossi» means the Dott.ssa form: a title typed with the name chooses the
  // form of address it belongs to, so it is neither lost nor replaced by the default.
  // The form a typed title chose, and the one it replaced: once the title is gone from the
  // name (another person typed in, or Clear), the reader's own choice comes back. Kept for
  // this visit only: after a reload the form shown is simply the reader's choice.
  var pickedByTitle = null;
  function showAddress(id) {
    values.address = id;
    each(document.querySelectorAll("[data-setting]"), function (other) {
      if (other.dataset.setting === "address") other.value = id;
    });
  }
  function pickFormFromTitle(root, raw) {
    var rules = root._data.address;
    var parts = nameParts(raw, rules);
    if (!parts || !parts.title) {
      if (pickedByTitle && setting(root, "address") === pickedByTitle.to) showAddress(pickedByTitle.from);
      pickedByTitle = null;
      return;
    }
    var wanted = parts.title.toLowerCase();
    var current = rules.forms[setting(root, "address")];
    // Several forms may share a title (Vietnamese «anh» with em or with tôi): keep the
    // reader's choice when it already fits, else take the first form that lists it.
    if (current && current.typedTitles.indexOf(wanted) >= 0) return;
    var id = Object.keys(rules.forms).filter(function (key) {
      return rules.forms[key].typedTitles.indexOf(wanted) >= 0;
    })[0];
    if (!id) return;
    if (!pickedByTitle) pickedByTitle = { from: setting(root, "address"), to: id };
    else pickedByTitle.to = id;
    showAddress(id);
  }
  // Copied all the same; the status names the details still shown as their bracketed label.
  function copy(root, text, status, done) {
    var data = root._data, gaps = [];
    Object.keys(data.labels).forEach(function (name) {
      var label = root.querySelector("label[for=\"pw-" + root.dataset.message + "-" + name + "\"]");
      if (label && text.indexOf(data.labels[name]) >= 0) gaps.push(label.textContent);
    });
    if (gaps.length) {
      done = data.stillToFill.replace("{copied}", function () { return done; })
        .replace("{labels}", function () { return gaps.join(data.listSeparator); });
    }
    var ok = function () { status.textContent = done; };
    var no = function () { status.textContent = data.copyFailed; };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(ok, no);
    else no();
  }

  // A field as kept in this browser; a list keeps only one of its own options, so a stale
  // or tampered stored value shows the first.
  function showKept(input) {
    var kept = values[input.dataset.field] || "";
    if (input.tagName !== "SELECT") {
      if (input.value !== kept) input.value = kept;
      return;
    }
    input.selectedIndex = 0;
    var picks = input.closest("[data-message]")._data.picks[input.dataset.field];
    if (picks.indexOf(kept) >= 0) input.value = kept;
  }

  // The market's forms of address, the same for every message: written once per page.
  var address = JSON.parse(document.querySelector("[data-message-address]").textContent);
  each(widgets, function (root) {
    root._data = JSON.parse(root.querySelector("[data-message-data]").textContent);
    root._data.address = address;
    var status = root.querySelector("[data-status]");
    var chatStatus = root.querySelector("[data-chat-status]");
    each(root.querySelectorAll("[data-field]"), function (input) {
      showKept(input);
      // Some older browsers tell a list's new choice only by "change"; running twice is harmless.
      var typed = function () {
        values[input.dataset.field] = input.value;
        if (input.dataset.field === "client_name") pickFormFromTitle(root, input.value);
        // The same detail (a name, a date) is shared by every message on the page.
        each(document.querySelectorAll("[data-field]"), function (other) {
          if (other !== input && other.dataset.field === input.dataset.field) other.value = input.value;
        });
        save();
        renderAll(true);
      };
      input.addEventListener("input", typed);
      if (input.tagName === "SELECT") input.addEventListener("change", typed);
    });
    each(root.querySelectorAll("[data-setting]"), function (input) {
      var name = input.dataset.setting;
      if (input.tagName === "SELECT") input.value = setting(root, name);
      else input.checked = input.value === setting(root, name);
      input.addEventListener("change", function () {
        values[name] = input.value;
        if (name === "address") pickedByTitle = null;  // the reader's own choice stands
        each(document.querySelectorAll("[data-setting]"), function (other) {
          if (other.dataset.setting !== name) return;
          if (other.tagName === "SELECT") other.value = input.value;
          else other.checked = other.value === input.value;
        });
        save();
        renderAll(true);
      });
    });
    root.querySelector("[data-copy]").addEventListener("click", function () {
      copy(root, root._email, status, root._data.copied);
    });
    root.querySelector("[data-copy-subject]").addEventListener("click", function () {
      copy(root, root._subject, status, root._data.subjectCopied);
    });
    root.querySelector("[data-copy-chat]").addEventListener("click", function () {
      copy(root, root._chat, chatStatus, root._data.chatCopied);
    });
    var share = root.querySelector("[data-share]");
    if (navigator.share) {
      share.hidden = false;
      share.addEventListener("click", function () {
        // A dismissed share sheet rejects; that is the reader's choice, not an error.
        navigator.share({ text: root._chat }).catch(function () {});
      });
    }
    root.querySelector("[data-clear]").addEventListener("click", function () {
      each(root.querySelectorAll("[data-field]"), function (input) { delete values[input.dataset.field]; });
      each(document.querySelectorAll("[data-field]"), showKept);
      pickFormFromTitle(root, "");  // the name is gone, so is the form its title chose
      save();
      renderAll(true);
      status.textContent = "";
      root.querySelector("[data-field]").focus();
    });
  });
  // The page arrives showing the first choices with nothing typed; repainting that unchanged
  // would only cost a phone a restyle of six forms while the page is starting up.
  renderAll(Object.keys(values).some(function (name) { return values[name]; }));

  var wanted = new URLSearchParams(location.search).get("template");
  var target = null;
  each(widgets, function (root) { if (root.dataset.message === wanted) target = root; });
  if (target) {
    // The messages above the chosen one are laid out first, so their estimated heights
    // cannot move it once it has been scrolled to.
    for (var i = 0; i < widgets.length && widgets[i] !== target; i++) widgets[i].style.contentVisibility = "visible";
    target.classList.add("is-selected");
    var heading = document.getElementById("tpl-" + target.dataset.message);
    (heading || target).scrollIntoView({ block: "start" });
  }
})();
