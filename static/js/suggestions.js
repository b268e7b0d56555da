/*
 * Newsdesk suggestions: dashed outlines over the suggester's spans, for the reviewer who turns them on.
 *
 * Works in any page whose passages are `.passage[data-start]` inside `[data-article]` containers (the
 * reader has one, the comparison grid one per column) and which includes the suggestions panel
 * (`[data-suggestions-panel]`). Offsets arrive in code points and are turned into DOM ranges by
 * NewsdeskSelection, the only module that converts between code points and UTF-16.
 *
 * Keys, while suggestions are shown: N / P move to the next / previous suggestion, A accepts the
 * suggestion under the mouse pointer (or the one moved to), X rejects it. Accepting goes through the
 * server, which answers with the refreshed passages, as when a highlight is made by hand.
 */
(function () {
  "use strict";

  var Selection = window.NewsdeskSelection;
  var panel = document.querySelector("[data-suggestions-panel]");
  if (!panel || !Selection) return;

  var STORAGE_KEY = "newsdesk.suggestions";
  var toggle = panel.querySelector("[data-suggestions-toggle]");
  var countsElement = panel.querySelector("[data-suggestion-counts]");
  var acceptAllForms = panel.querySelectorAll("[data-accept-all]");
  var acceptAllForm = acceptAllForms[0] || null;
  // One button accepts the boilerplate of every article on the page; the per-article forms are for pages
  // without JavaScript.
  Array.prototype.slice.call(acceptAllForms, 1).forEach(function (form) { form.hidden = true; });
  var statusElement = document.getElementById("suggestion-status");
  var tip = document.getElementById("suggestion-tip");
  var LABELS = JSON.parse(panel.dataset.tagLabels || "{}");

  var shown = false;
  var items = [];        // {suggestion, container, boxes: [element], rects: [DOMRect-like]}
  var hovered = null;
  var current = null;    // the one moved to with N / P
  var busy = false;

  function containers() {
    return Array.prototype.slice.call(document.querySelectorAll("[data-article]")).filter(function (element) {
      return element.querySelector(".passage[data-start]");
    });
  }

  function csrfToken() {
    try {
      return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRFToken"] || "";
    } catch (error) {
      return "";
    }
  }

  function say(text) {
    if (statusElement) statusElement.textContent = text;
  }

  function isTextField(element) {
    if (!element) return false;
    var tag = element.tagName;
    return tag === "TEXTAREA" || tag === "SELECT" || tag === "INPUT" || element.isContentEditable;
  }

  /* ---------- drawing ---------- */

  function layerOf(container) {
    var layer = container.querySelector(":scope > .suggestion-layer");
    if (!layer) {
      layer = document.createElement("div");
      layer.className = "suggestion-layer";
      layer.setAttribute("aria-hidden", "true");
      container.classList.add("has-suggestions");
      container.appendChild(layer);
    }
    return layer;
  }

  function clearDrawing() {
    document.querySelectorAll(".suggestion-layer").forEach(function (layer) { layer.textContent = ""; });
    items.forEach(function (item) { item.boxes = []; item.rects = []; });
  }

  /* A range gives one rectangle per text node, so a span across a highlight's edges would be drawn as a row
   * of boxes; the pieces that sit side by side on one line are joined into one box. */
  function lineRects(range) {
    var lines = [];
    Array.prototype.forEach.call(range.getClientRects(), function (rect) {
      if (rect.width < 1 || rect.height < 1) return;
      var last = lines[lines.length - 1];
      var sameLine = last && Math.abs(rect.top + rect.height / 2 - (last.top + last.height / 2)) < Math.min(rect.height, last.height) / 2;
      if (sameLine && rect.left <= last.right + 4 && rect.right >= last.left - 4) {
        var left = Math.min(last.left, rect.left), top = Math.min(last.top, rect.top);
        var right = Math.max(last.right, rect.right), bottom = Math.max(last.bottom, rect.bottom);
        lines[lines.length - 1] = {left: left, top: top, right: right, bottom: bottom, width: right - left, height: bottom - top};
      } else {
        lines.push({left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom, width: rect.width, height: rect.height});
      }
    });
    return lines;
  }

  /* A suggestion inside another one's words is underlined, not boxed, so outlines never stack inside
   * outlines; pointing at it (or moving to it) draws its full box. */
  function isNested(item) {
    var s = item.suggestion;
    return items.some(function (other) {
      var o = other.suggestion;
      return other !== item && other.container === item.container && o.start <= s.start && o.end >= s.end &&
        (o.end - o.start > s.end - s.start || o.start < s.start || o.end > s.end);
    });
  }

  function draw() {
    clearDrawing();
    items.forEach(function (item) {
      var range = Selection.rangeFor(item.container, item.suggestion.start, item.suggestion.end);
      if (!range) return;
      var layer = layerOf(item.container);
      var origin = item.container.getBoundingClientRect();
      var nested = isNested(item);
      lineRects(range).forEach(function (rect) {
        var box = document.createElement("div");
        box.className = "suggestion-box suggestion-" + item.suggestion.tag + (nested ? " is-nested" : "");
        box.dataset.start = item.suggestion.start;
        box.dataset.end = item.suggestion.end;
        // An outline stands just outside its words; a nested underline sits inside them, clear of the outline.
        var pad = nested ? {x: 0, top: 0, bottom: -4} : {x: 2, top: 1, bottom: 1};
        box.style.left = rect.left - origin.left - pad.x + "px";
        box.style.top = rect.top - origin.top - pad.top + "px";
        box.style.width = rect.width + 2 * pad.x + "px";
        box.style.height = rect.height + pad.top + pad.bottom + "px";
        layer.appendChild(box);
        item.boxes.push(box);
        item.rects.push(rect);
      });
    });
    mark();
  }

  function active() {
    return hovered || current;
  }

  function mark() {
    var chosen = active();
    items.forEach(function (item) {
      item.boxes.forEach(function (box) { box.classList.toggle("is-current", item === chosen); });
    });
    showTip(chosen);
  }

  function showTip(item) {
    if (!tip) return;
    if (!item || !item.boxes.length) {
      tip.hidden = true;
      return;
    }
    var s = item.suggestion;
    tip.querySelector("[data-tip-tag]").textContent = LABELS[s.tag] || s.tag;
    tip.querySelector("[data-tip-tag]").className = "suggestion-chip suggestion-chip-" + s.tag;
    tip.querySelector("[data-tip-reason]").textContent = s.reason + (s.source ? " Source: " + s.source + "." : "");
    tip.hidden = false;
    var rect = item.boxes[item.boxes.length - 1].getBoundingClientRect();
    var width = tip.offsetWidth;
    var pageWidth = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(rect.left, pageWidth - width - 8));
    tip.style.left = left + window.scrollX + "px";
    tip.style.top = rect.bottom + 6 + window.scrollY + "px";
  }

  function updateCounts() {
    var counts = {};
    items.forEach(function (item) { counts[item.suggestion.tag] = (counts[item.suggestion.tag] || 0) + 1; });
    if (countsElement) {
      countsElement.textContent = "";
      if (!items.length) {
        countsElement.textContent = "No suggestions left for you on this page.";
      }
      Object.keys(LABELS).forEach(function (tag) {
        if (!counts[tag]) return;
        var entry = document.createElement("li");
        var chip = document.createElement("span");
        chip.className = "suggestion-swatch suggestion-" + tag;
        entry.appendChild(chip);
        entry.appendChild(document.createTextNode(" " + LABELS[tag] + ": " + counts[tag]));
        countsElement.appendChild(entry);
      });
    }
    if (acceptAllForm) {
      var button = acceptAllForm.querySelector("button");
      var n = counts.boilerplate || 0;
      button.disabled = n === 0;
      button.textContent = n ? "Accept all " + n + " boilerplate suggestions" : "No boilerplate suggestions left";
    }
  }

  /* ---------- loading ---------- */

  /* The element of article `id` that shows code point `offset` (the comparison grid splits an article
     into cells, one per topic); null when the page does not show that part of the article. */
  function containerFor(id, offset) {
    var list = containers();
    for (var i = 0; i < list.length; i++) {
      if (list[i].dataset.article !== id) continue;
      var passages = list[i].querySelectorAll(".passage[data-start]");
      for (var j = 0; j < passages.length; j++) {
        if (offset >= Number(passages[j].dataset.start) && offset < Number(passages[j].dataset.end)) return list[i];
      }
    }
    return null;
  }

  function articleIds() {
    var ids = [];
    containers().forEach(function (container) {
      if (ids.indexOf(container.dataset.article) === -1) ids.push(container.dataset.article);
    });
    return ids;
  }

  function load() {
    return Promise.all(articleIds().map(function (id) {
      var url = "/api/articles/" + id + "/suggestions";
      return fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.json();
        })
        .then(function (data) {
          return data.map(function (suggestion) {
            return { suggestion: suggestion, container: containerFor(id, suggestion.start), article: id, boxes: [], rects: [] };
          }).filter(function (item) { return item.container; });
        });
    })).then(function (groups) {
      items = [].concat.apply([], groups);
      if (current) {
        var key = current.suggestion.tag + ":" + current.suggestion.start;
        current = items.filter(function (item) { return item.suggestion.tag + ":" + item.suggestion.start === key; })[0] || null;
      }
      hovered = null;
      draw();
      updateCounts();
    }).catch(function () {
      say("Suggestions could not be loaded; try again.");
    });
  }

  function setShown(on) {
    shown = on;
    panel.classList.toggle("is-on", on);
    document.body.classList.toggle("suggestions-on", on);
    if (toggle) {
      toggle.setAttribute("aria-pressed", on ? "true" : "false");
      toggle.textContent = on ? "Hide suggestions" : "Show suggestions";
    }
    try { window.localStorage.setItem(STORAGE_KEY, on ? "on" : "off"); } catch (error) { /* private mode */ }
    if (on) {
      say("Loading suggestions…");
      load().then(function () { say(items.length + " suggestion" + (items.length === 1 ? "" : "s") + " shown."); });
    } else {
      items = [];
      hovered = current = null;
      clearDrawing();
      showTip(null);
      say("Suggestions hidden.");
    }
  }

  /* ---------- deciding ---------- */

  function decide(action) {
    var item = active();
    if (!item || busy) {
      if (!item) say("Point at a suggestion (or press N) first.");
      return;
    }
    busy = true;
    var s = item.suggestion;
    var url = "/api/articles/" + item.article + "/suggestions/" + action;
    var done;
    if (action === "accept" && window.htmx) {
      // htmx, so that the server's refreshed passages and legend swap in as after a hand-made highlight.
      done = window.htmx.ajax("POST", url, {
        source: item.container, target: item.container, swap: "none",
        values: { tag: s.tag, start: s.start, end: s.end },
      });
    } else {
      done = fetch(url, {
        method: "POST", credentials: "same-origin",
        headers: { "Content-Type": "application/json", Accept: "application/json", "X-CSRFToken": csrfToken() },
        body: JSON.stringify({ tag: s.tag, start: s.start, end: s.end }),
      }).then(function (response) { if (!response.ok) throw new Error("HTTP " + response.status); });
    }
    var label = (LABELS[s.tag] || s.tag).toLowerCase();
    Promise.resolve(done).then(function () {
      hovered = null;
      if (current === item) current = null;
      return load();
    }).then(function () {
      // Said once the outlines are redrawn, so the next key acts on what is on screen.
      say(action === "accept" ? "Accepted: now your " + label + " highlight." : "Rejected the " + label + " suggestion.");
    }).catch(function () {
      say("That did not work; reload the page and try again.");
    }).then(function () { busy = false; });
  }

  function acceptAll(event) {
    event.preventDefault();
    if (busy || !window.htmx) return;
    busy = true;
    var requests = articleIds().map(function (id) {
      var holder = document.querySelector('[data-article="' + id + '"]');
      return window.htmx.ajax("POST", "/api/articles/" + id + "/suggestions/accept-all", {
        source: holder, target: holder, swap: "none", values: { tag: "boilerplate" },
      });
    });
    Promise.all(requests).then(load).then(function () {
      say("Accepted every boilerplate suggestion.");
    }).catch(function () {
      say("That did not work; reload the page and try again.");
    }).then(function () { busy = false; });
  }

  function move(step) {
    if (!items.length) return;
    var index = items.indexOf(current);
    index = index === -1 ? (step > 0 ? 0 : items.length - 1) : (index + step + items.length) % items.length;
    current = items[index];
    hovered = null;
    mark();
    if (current.boxes.length) current.boxes[0].scrollIntoView({ block: "center", behavior: "smooth" });
  }

  /* ---------- events ---------- */

  // The smallest box under the pointer wins, so a suggestion inside another one can be pointed at.
  function itemAt(x, y) {
    var found = null, foundArea = Infinity;
    for (var i = items.length - 1; i >= 0; i--) {
      var boxes = items[i].boxes;
      for (var j = 0; j < boxes.length; j++) {
        var r = boxes[j].getBoundingClientRect();
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom && r.width * r.height < foundArea) {
          found = items[i];
          foundArea = r.width * r.height;
        }
      }
    }
    return found;
  }

  function pointAt(x, y) {
    var found = itemAt(x, y);
    if (found !== hovered) {
      hovered = found;
      mark();
    }
  }

  // The tip sits over the lines below the suggestion it names, and those may hold outlines of their own: on its way
  // from the outline to the tip's buttons the pointer crosses them. So the tip leaves its suggestion only once the
  // pointer rests elsewhere (SWITCH_DELAY), and never while the pointer is on the tip itself.
  var SWITCH_DELAY = 250;
  var switchTimer = null;
  document.addEventListener("mousemove", function (event) {
    if (!shown || !items.length) return;
    window.clearTimeout(switchTimer);
    if (tip && tip.contains(event.target)) return;
    var x = event.clientX, y = event.clientY;
    if (!hovered) {
      pointAt(x, y);
    } else if (itemAt(x, y) !== hovered) {
      switchTimer = window.setTimeout(function () { pointAt(x, y); }, SWITCH_DELAY);
    }
  });

  document.addEventListener("keydown", function (event) {
    if (!shown || event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return;
    var key = event.key.toLowerCase();
    if (key === "a") { event.preventDefault(); decide("accept"); }
    else if (key === "x") { event.preventDefault(); decide("reject"); }
    else if (key === "n") { event.preventDefault(); move(1); }
    else if (key === "p") { event.preventDefault(); move(-1); }
  });

  if (toggle) {
    toggle.addEventListener("click", function (event) {
      event.preventDefault();
      setShown(!shown);
    });
  }
  if (acceptAllForm) acceptAllForm.addEventListener("submit", acceptAll);
  if (tip) {
    tip.querySelectorAll("[data-tip-action]").forEach(function (button) {
      button.addEventListener("click", function () { decide(button.dataset.tipAction); });
    });
  }

  var redrawScheduled = false;
  function redrawSoon() {
    if (!shown || redrawScheduled) return;
    redrawScheduled = true;
    window.requestAnimationFrame(function () { redrawScheduled = false; draw(); });
  }
  window.addEventListener("resize", redrawSoon);
  document.addEventListener("click", redrawSoon);  // e.g. the comparison grid's column tabs at phone width
  document.addEventListener("toggle", redrawSoon, true);  // <details> opening moves the text below it
  document.body.addEventListener("htmx:afterSettle", redrawSoon);
  document.body.addEventListener("htmx:oobAfterSwap", redrawSoon);

  var wanted = /[?&]suggestions=on\b/.test(window.location.search);
  var remembered = null;
  try { remembered = window.localStorage.getItem(STORAGE_KEY); } catch (error) { /* private mode */ }
  if (wanted || remembered === "on") setShown(true);
})();
