/*
 * Newsdesk annotator: the tagging toolbar at a selection, keys 1-4 and Escape, and the popover that
 * shows (and lets its owner change or delete) a highlight.
 *
 * Works in any page: passages are `.passage[data-start]` inside an element with `data-article="<id>"`
 * (the reader has one, the comparison grid one per column). The page includes the toolbar form
 * `#annotation-toolbar` once, and `#annotation-popover`. Offsets come from NewsdeskSelection, the only
 * module that converts UTF-16 to code points. Saving is an htmx POST; the server answers with the
 * refreshed passages and legend as out-of-band swaps.
 */
(function () {
  "use strict";

  var Selection = window.NewsdeskSelection;
  var toolbar = document.getElementById("annotation-toolbar");
  var popover = document.getElementById("annotation-popover");
  var popoverOpener = null;
  var pending = false;

  function isTextField(element) {
    if (!element) return false;
    var tag = element.tagName;
    return tag === "TEXTAREA" || tag === "SELECT" || (tag === "INPUT" && !/^(button|submit|checkbox|radio|reset)$/i.test(element.type)) || element.isContentEditable;
  }

  function clamp(value, low, high) {
    return Math.max(low, Math.min(value, high));
  }

  /* "rtl" when `node` sits in right-to-left text (a passage is given the direction most of its letters have). */
  function directionOf(node) {
    var element = node && (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
    return element ? window.getComputedStyle(element).direction : "ltr";
  }

  /*
   * Below the selection, or above it when there is no room below; never off the sides. It starts where the
   * text's lines start: from the selection's left edge in left-to-right text, and mirrored, from its right
   * edge, in right-to-left text.
   */
  function placeNear(element, rect, direction) {
    var width = element.offsetWidth;
    var height = element.offsetHeight;
    var pageWidth = document.documentElement.clientWidth;
    var below = rect.bottom + 8;
    var top = below + height > window.innerHeight && rect.top - 8 - height > 0 ? rect.top - 8 - height : below;
    var left = direction === "rtl" ? rect.right - width : rect.left;
    element.style.left = clamp(left + window.scrollX, 8 + window.scrollX, window.scrollX + pageWidth - width - 8) + "px";
    element.style.top = top + window.scrollY + "px";
  }

  /*
   * The part of a range on its last line, as one box. A line that mixes scripts (a Latin name in an Arabic
   * sentence) gives one box per run, in the order of the text rather than the order shown, so the last box
   * alone may be any piece of the line.
   */
  function lastLineOf(range) {
    var rects = Array.prototype.filter.call(range.getClientRects(), function (r) { return r.width > 0 && r.height > 0; });
    if (!rects.length) return range.getBoundingClientRect();
    var last = rects[rects.length - 1];
    var middle = (last.top + last.bottom) / 2;
    var box = { left: last.left, right: last.right, top: last.top, bottom: last.bottom };
    rects.forEach(function (r) {
      if (r.top > middle || r.bottom < middle) return;
      box.left = Math.min(box.left, r.left);
      box.right = Math.max(box.right, r.right);
      box.top = Math.min(box.top, r.top);
      box.bottom = Math.max(box.bottom, r.bottom);
    });
    return box;
  }

  /* ---------- toolbar ---------- */

  function field(name) {
    return toolbar.elements.namedItem(name);
  }

  function setMessage(text) {
    var errors = document.getElementById("toolbar-errors");
    if (!errors) return;
    errors.textContent = "";
    if (text) {
      var p = document.createElement("p");
      p.className = "error";
      p.textContent = text;
      errors.appendChild(p);
    }
  }

  function tagButtons() {
    return toolbar.querySelectorAll("button[name=tag]");
  }

  function toolbarReady() {
    return toolbar && !toolbar.hidden && field("start").value !== "" && !toolbar.classList.contains("is-refused");
  }

  function showToolbar(description, rect, direction) {
    var refused = Boolean(description.error);
    toolbar.classList.toggle("is-refused", refused);
    tagButtons().forEach(function (button) { button.disabled = refused; });
    var quote = toolbar.querySelector("[data-toolbar-quote]");
    if (refused) {
      field("start").value = "";
      field("end").value = "";
      setMessage(description.error);
      if (quote) quote.textContent = "";
    } else {
      field("article").value = description.article;
      field("start").value = description.start;
      field("end").value = description.end;
      field("quote").value = description.quote === null ? "" : description.quote;
      field("next").value = window.location.pathname + window.location.search;
      setMessage("");
      if (quote) {
        var text = description.quote === null ? "Across " + description.passages.length + " paragraphs" : description.quote;
        quote.textContent = "“" + (text.length > 60 ? text.slice(0, 59) + "…" : text) + "”";
      }
    }
    toolbar.hidden = false;
    placeNear(toolbar, rect, direction);
    keepStatusClearSoon();
  }

  function hideToolbar() {
    if (!toolbar || toolbar.hidden) return;
    toolbar.hidden = true;
    field("start").value = "";
    field("end").value = "";
    setMessage("");
    keepStatusClearSoon();
  }

  function resetToolbar() {
    hideToolbar();
    field("note").value = "";
    field("source").value = "";
  }

  /* Show, fill or hide the toolbar for the current selection. */
  function refreshFromSelection() {
    scheduled = false;
    var description = Selection.describeSelection();
    if (description) {
      var range = window.getSelection().getRangeAt(0);
      var passages = description.passages;
      var direction = directionOf(passages ? passages[passages.length - 1] : range.endContainer);
      showToolbar(description, lastLineOf(range), direction);
    } else if (!toolbar.contains(document.activeElement) && !pending) {
      hideToolbar();
    }
  }

  var scheduled = false;
  function onSelectionChange() {
    if (!toolbar || scheduled) return;
    scheduled = true;
    window.requestAnimationFrame(function () {
      if (scheduled) refreshFromSelection();
    });
  }

  function saveWithShortcut(key) {
    var button = toolbar.querySelector('button[name=tag][aria-keyshortcuts="' + key + '"]');
    if (button && !button.disabled) button.click();
  }

  /* ---------- popover ---------- */

  /* Where focus goes back when the popover closes: the highlight that opened it or, once a save has redrawn
   * its passage, the highlight now drawn there with one of the same ids; the passage if it was deleted. */
  function returnTarget() {
    if (!popoverOpener) return null;
    if (document.contains(popoverOpener.element)) return popoverOpener.element;
    var passage = document.querySelector('[data-article="' + popoverOpener.article + '"] .passage[data-index="' + popoverOpener.index + '"]');
    if (!passage) return null;
    var runs = passage.querySelectorAll(".hl[data-ids]");
    for (var i = 0; i < runs.length; i++) {
      var ids = runs[i].dataset.ids.split(" ");
      if (ids.some(function (id) { return popoverOpener.ids.indexOf(id) !== -1; })) return runs[i];
    }
    return passage;
  }

  /* ``returnFocus``: after a save, Escape or the close button; not when the user clicked somewhere else. */
  function closePopover(returnFocus) {
    if (!popover || popover.hidden) return;
    popover.hidden = true;
    popover.innerHTML = "";
    keepStatusClear();
    var target = returnFocus === false ? null : returnTarget();
    if (target) target.focus({ preventScroll: true });
    popoverOpener = null;
  }

  function openPopover(highlight) {
    var container = highlight.closest("[data-article]");
    if (!popover || !container) return;
    var url = container.dataset.detailsUrl || "/articles/" + container.dataset.article + "/highlights/";
    var passage = highlight.closest(".passage[data-index]");
    popoverOpener = {
      element: highlight,
      article: container.dataset.article,
      index: passage ? passage.dataset.index : null,
      ids: highlight.dataset.ids.split(" "),
    };
    var rect = highlight.getBoundingClientRect();
    window.htmx.ajax("GET", url + "?ids=" + encodeURIComponent(highlight.dataset.ids), {
      target: popover,
      swap: "innerHTML",
    }).then(function () {
      popover.hidden = false;
      placeNear(popover, rect, directionOf(highlight));
      // Too tall for the room both above and below the highlight: the page scrolls just enough to show it
      // whole, its buttons included (on a phone it is fixed to the bottom of the screen and always shown).
      if (window.getComputedStyle(popover).position === "absolute") popover.scrollIntoView({ block: "nearest" });
      keepStatusClear();
      // The chosen tag when the highlight is the user's to change; otherwise the first control (Close).
      var first = popover.querySelector("input:checked") || popover.querySelector("button, input, textarea");
      if (first) first.focus({ preventScroll: true });
    });
  }

  /* ---------- the status line ----------
   * "Saved" or "Updated" shows at the foot of the window for a few seconds (at the top on a phone). An open
   * popover or toolbar lying there keeps its buttons: the line moves to the top of the window, or, with no room
   * there either, waits out of sight (it has been announced already) until they close or move. Each answer
   * brings a new status element, so the one in the page is looked up each time.
   */
  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }

  function keepStatusClear() {
    var status = document.getElementById("reader-status");
    if (!status) return;
    status.classList.remove("is-raised", "is-tucked");
    var open = [popover, toolbar].filter(function (element) { return element && !element.hidden; });
    if (!open.length || !status.textContent.trim()) return;
    var covers = function () {
      var line = status.getBoundingClientRect();
      return open.some(function (element) { return overlaps(line, element.getBoundingClientRect()); });
    };
    if (!covers()) return;
    status.classList.add("is-raised");
    if (covers()) status.classList.add("is-tucked");
  }

  var statusCheckScheduled = false;
  function keepStatusClearSoon() {
    if (statusCheckScheduled) return;
    statusCheckScheduled = true;
    window.requestAnimationFrame(function () {
      statusCheckScheduled = false;
      keepStatusClear();
    });
  }

  /* ---------- keyboard selection ----------
   * Browsers let the keyboard select only editable text (unless caret browsing is on), so a focused
   * passage gets a caret of its own: arrows move it, Shift+arrows extend the selection, Ctrl/Alt work
   * by word, Home/End by line. Then 1-4 tags the selection as with the mouse.
   */
  var CARET_KEYS = {
    ArrowLeft: ["backward", "character"],
    ArrowRight: ["forward", "character"],
    ArrowUp: ["backward", "line"],
    ArrowDown: ["forward", "line"],
    Home: ["backward", "lineboundary"],
    End: ["forward", "lineboundary"],
  };

  function focusedPassage() {
    var active = document.activeElement;
    return active && active.closest ? active.closest(".passage[data-start]") : null;
  }

  function moveCaret(event) {
    var step = CARET_KEYS[event.key];
    var passage = focusedPassage();
    var selection = window.getSelection();
    if (!step || !passage || !selection || typeof selection.modify !== "function") return false;
    if (!selection.rangeCount || !passage.contains(selection.focusNode)) selection.collapse(passage, 0);
    var granularity = (event.ctrlKey || event.altKey) && step[1] === "character" ? "word" : step[1];
    selection.modify(event.shiftKey ? "extend" : "move", step[0], granularity);
    return true;
  }

  document.addEventListener("focusin", function (event) {
    var passage = event.target.classList && event.target.classList.contains("passage") ? event.target : null;
    var selection = window.getSelection();
    if (passage && selection && (!selection.rangeCount || !passage.contains(selection.anchorNode))) {
      selection.collapse(passage, 0);
    }
  });

  /* ---------- events ---------- */

  document.addEventListener("selectionchange", onSelectionChange);

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      if (popover && !popover.hidden) {
        closePopover();
        return;
      }
      if (toolbar && !toolbar.hidden) {
        resetToolbar();
        window.getSelection().removeAllRanges();
      }
      return;
    }
    if (CARET_KEYS[event.key] && !event.metaKey && moveCaret(event)) {
      event.preventDefault();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var selection = window.getSelection();
    if (toolbar && (scheduled || (selection && !selection.isCollapsed && !isTextField(event.target)))) {
      refreshFromSelection();  // a key pressed right after selecting, before the selection event arrived
    }
    if (/^[1-9]$/.test(event.key) && toolbarReady() && !isTextField(event.target)) {
      event.preventDefault();
      saveWithShortcut(event.key);
      return;
    }
    var highlight = event.target.closest && event.target.closest(".hl[data-ids]");
    if (highlight && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      openPopover(highlight);
    }
  });

  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-close-popover]")) {
      closePopover();
      return;
    }
    var highlight = event.target.closest(".hl[data-ids]");
    if (highlight && highlight.closest("[data-article]")) {
      var selection = window.getSelection();
      if (selection && !selection.isCollapsed) return;  // the click ended a selection: tag it instead
      openPopover(highlight);
      return;
    }
    if (popover && !popover.hidden && !popover.contains(event.target)) closePopover(false);
  });

  if (toolbar) {
    // Clicking a tag must not clear the selection it is about to tag.
    toolbar.addEventListener("mousedown", function (event) {
      if (event.target.closest("button")) event.preventDefault();
    });
    toolbar.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && isTextField(event.target)) {
        event.preventDefault();
        setMessage("Choose a tag to save: click it, or press Tab to reach the buttons.");
      }
    });
    toolbar.addEventListener("htmx:beforeRequest", function () {
      pending = true;
    });
    toolbar.addEventListener("htmx:afterRequest", function (event) {
      pending = false;
      // A refusal (422: a duplicate, a quote that no longer matches) keeps the toolbar open with its message;
      // htmx counts it as successful because the fragment is swapped in.
      var status = event.detail.xhr ? event.detail.xhr.status : 0;
      if (event.detail.successful && status >= 200 && status < 300) {
        resetToolbar();
        window.getSelection().removeAllRanges();
      }
      // Other failures are shown by htmx-errors.js, for every page.
    });
  }

  document.body.addEventListener("htmx:beforeSwap", function (event) {
    // Validation errors come back as 422 with a fragment to show; let htmx swap them in.
    if (event.detail.xhr.status === 422) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  document.body.addEventListener("htmx:afterSettle", keepStatusClearSoon);
  window.addEventListener("scroll", keepStatusClearSoon, { passive: true });
  window.addEventListener("resize", keepStatusClearSoon);

  document.body.addEventListener("htmx:afterSwap", function (event) {
    if (popover && event.detail.target === popover && !popover.querySelector(".popover-card, .error")) closePopover();
  });

  // A change saved from the popover closes it, and focus goes back to the highlight (redrawn by the answer);
  // a refusal (409, 422) keeps it open with its message.
  document.body.addEventListener("htmx:afterRequest", function (event) {
    var detail = event.detail;
    var status = detail.xhr ? detail.xhr.status : 0;
    var posted = detail.requestConfig && String(detail.requestConfig.verb).toLowerCase() === "post";
    if (popover && detail.target === popover && posted && status >= 200 && status < 300) closePopover();
  });

  // Filters apply as soon as they change; the form still works as a plain GET without JavaScript.
  document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
    form.addEventListener("change", function () { form.requestSubmit(); });
  });

  // Beside the text the side column scrolls on its own when taller than the window; while more of it is below,
  // its foot fades out (app.css), so a card cut at the window's edge reads as "scroll for more". The column ends
  // at the window's edge wherever it starts: before the page is scrolled it starts below the header, and a
  // column as tall as the window would hide its faded foot, and with it the cue, below the window.
  var aside = document.querySelector(".reader-aside");
  if (aside) {
    var markAside = function () {
      var beside = window.getComputedStyle(aside).overflowY !== "visible";
      if (beside) {
        var gap = parseFloat(window.getComputedStyle(aside).top) || 0;
        var top = Math.max(aside.getBoundingClientRect().top, gap);
        aside.style.maxHeight = Math.max(window.innerHeight - top - gap, 160) + "px";
      } else if (aside.style.maxHeight) {
        aside.style.maxHeight = "";
      }
      var more = aside.scrollHeight - aside.clientHeight - aside.scrollTop > 2;
      aside.classList.toggle("has-more-below", more && beside);
    };
    var markAsideSoon = function () { window.requestAnimationFrame(markAside); };
    aside.addEventListener("scroll", markAsideSoon, { passive: true });
    window.addEventListener("scroll", markAsideSoon, { passive: true });
    window.addEventListener("resize", markAsideSoon);
    document.body.addEventListener("htmx:afterSettle", markAsideSoon);
    if (window.ResizeObserver) {
      var observer = new ResizeObserver(markAsideSoon);
      Array.prototype.forEach.call(aside.children, function (card) { observer.observe(card); });
    }
    markAside();
  }

  // Links from reports point at a spot in the text: /articles/ID/#char-START.
  var spot = /^#char-(\d+)$/.exec(window.location.hash);
  if (spot) {
    var container = document.querySelector("[data-article]");
    var range = container && Selection.rangeFor(container, Number(spot[1]), Number(spot[1]));
    var passage = range && range.startContainer && Selection.passageOf(range.startContainer);
    if (passage) {
      passage.classList.add("is-target");
      passage.scrollIntoView({ block: "center" });
    }
  }
})();
