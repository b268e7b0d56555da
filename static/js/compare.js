// The comparison page: options that apply themselves, the "new topic" field of the move form, and, at
// phone width, one article column at a time behind tabs (arrow keys move between tabs).
//
// On a long story the outlet of each column stays in view: the grid's head row is sticky. It sticks to the
// window when the columns fit the page, and inside the grid (which then scrolls both ways, row labels
// sticky on the left) when they do not, because a box that scrolls sideways keeps sticky things inside it.
// Compact mode shows the first lines of each cell, a row opening on demand; J and K move to the next and
// previous topic row (not while typing in a field); the topic list in the head row jumps to any row.
(function () {
  "use strict";

  var COMPACT_KEY = "newsdesk.compare.compact";

  document.querySelectorAll("form[data-compare-autosubmit]").forEach(function (form) {
    form.addEventListener("change", function () { form.requestSubmit(); });
  });

  // A topic label is one line of words, shown whole in a field that wraps: Enter saves it, as in a text box.
  document.querySelectorAll("textarea[data-enter-submits]").forEach(function (field) {
    field.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
      event.preventDefault();
      field.form.requestSubmit();
    });
  });

  function syncNewLabel(select) {
    var form = select.closest("form");
    var wanted = select.value === "new";
    form.querySelectorAll(".new-label").forEach(function (element) {
      element.classList.toggle("is-shown", wanted);
      if (element.tagName === "INPUT") { element.required = wanted; }
    });
  }
  document.querySelectorAll("[data-move-destination]").forEach(function (select) {
    syncNewLabel(select);
    select.addEventListener("change", function () { syncNewLabel(select); });
  });

  // One move menu open at a time; it closes on Escape (focus back on its button) or a click elsewhere.
  document.addEventListener("toggle", function (event) {
    var opened = event.target;
    if (!opened.matches || !opened.matches("details.move, details.topic-jump") || !opened.open) { return; }
    document.querySelectorAll("details.move[open], details.topic-jump[open]").forEach(function (other) {
      if (other !== opened) { other.open = false; }
    });
  }, true);
  document.addEventListener("click", function (event) {
    document.querySelectorAll("details.move[open], details.topic-jump[open]").forEach(function (menu) {
      if (!menu.contains(event.target)) { menu.open = false; }
    });
    var jump = event.target.closest && event.target.closest("details.topic-jump a[href^='#']");
    if (jump) { jump.closest("details").open = false; }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var menu = document.activeElement && document.activeElement.closest &&
      document.activeElement.closest("details.move[open], details.topic-jump[open]");
    if (menu) {
      menu.open = false;
      menu.querySelector("summary").focus();
    }
  });

  var grid = document.getElementById("compare-grid");
  if (!grid) { return; }
  var head = grid.querySelector(".grid-head");
  var tablist = document.querySelector("[data-compare-tabs]");
  var tabs = tablist ? Array.prototype.slice.call(tablist.querySelectorAll("[role=tab]")) : [];
  var phone = window.matchMedia("(max-width: 700px)");

  /* ---------- column tabs at phone width ---------- */

  // Scroll the strip (never the page) so the chosen tab is whole.
  function showTab(tab) {
    var left = tab.getBoundingClientRect().left - tablist.getBoundingClientRect().left + tablist.scrollLeft;
    var right = left + tab.offsetWidth;
    if (left < tablist.scrollLeft) { tablist.scrollLeft = left; }
    else if (right > tablist.scrollLeft + tablist.clientWidth) { tablist.scrollLeft = right - tablist.clientWidth; }
  }

  function select(index, focus) {
    tabs.forEach(function (tab, i) {
      var active = i === index;
      tab.setAttribute("aria-selected", active ? "true" : "false");
      tab.tabIndex = active ? 0 : -1;
      if (active && focus) { tab.focus(); }
      if (active) { showTab(tab); }
    });
    grid.querySelectorAll(".cell[data-column]").forEach(function (cell) {
      cell.classList.toggle("is-active-column", Number(cell.dataset.column) === index);
    });
    measureCells();
  }

  // Tabs past either end of the strip: it fades out on that side, so a cut name reads as "more this way".
  function markTabOverflow() {
    if (!tablist) { return; }
    var more = tablist.scrollWidth - tablist.clientWidth;
    tablist.classList.toggle("has-more-before", more > 1 && tablist.scrollLeft > 1);
    tablist.classList.toggle("has-more-after", more > 1 && tablist.scrollLeft < more - 1);
  }

  if (tablist) {
    tablist.hidden = false;
    markTabOverflow();
    tablist.addEventListener("scroll", markTabOverflow, { passive: true });
    window.addEventListener("resize", markTabOverflow);
    grid.classList.add("is-tabbed");
    tabs.forEach(function (tab, i) {
      tab.addEventListener("click", function () { select(i, false); });
      tab.addEventListener("keydown", function (event) {
        var next = null;
        if (event.key === "ArrowRight") { next = (i + 1) % tabs.length; }
        if (event.key === "ArrowLeft") { next = (i - 1 + tabs.length) % tabs.length; }
        if (event.key === "Home") { next = 0; }
        if (event.key === "End") { next = tabs.length - 1; }
        if (next !== null) { event.preventDefault(); select(next, true); }
      });
    });
  }

  /* ---------- sticky column headers ---------- */

  // What stays at the top while reading: the column tabs on a phone, the grid's head row otherwise.
  function stickyBar() {
    return phone.matches && tablist && !tablist.hidden ? tablist : head;
  }

  // Columns past the grid's right edge: a line above it says so, as above every table that scrolls sideways
  // (tables.js), whether the grid is boxed on a laptop or too wide on a phone without its tabs.
  var sidewaysHint = document.createElement("p");
  sidewaysHint.className = "scroll-hint compare-scroll-hint";
  sidewaysHint.hidden = true;
  sidewaysHint.setAttribute("aria-hidden", "true");
  sidewaysHint.textContent = "Scroll sideways for more columns →";
  grid.parentNode.insertBefore(sidewaysHint, grid);

  function fitGrid() {
    grid.classList.remove("is-open", "is-boxed");
    if (!phone.matches) {
      grid.classList.add(grid.scrollWidth > grid.clientWidth + 1 ? "is-boxed" : "is-open");
    }
    sidewaysHint.hidden = !(grid.scrollWidth > grid.clientWidth + 1);
    var bar = stickyBar();
    grid.style.setProperty("--sticky-offset", (bar ? bar.offsetHeight : 0) + "px");
  }

  /* ---------- compact mode ---------- */

  var compactToggle = document.querySelector("[data-compact-toggle]");

  // A cell whose text runs past the clamp gets its "Show more" button; rows already opened keep theirs.
  function measureCells() {
    var compact = grid.classList.contains("is-compact");
    grid.querySelectorAll(".topic-row").forEach(function (row) {
      var expanded = row.classList.contains("is-expanded");
      var clipped = false;
      row.querySelectorAll(".cell").forEach(function (cell) {
        var body = cell.querySelector(".cell-body");
        var more = cell.querySelector("[data-row-expand]");
        if (!body || !more) { return; }
        var overflows = compact && (expanded || body.scrollHeight > body.clientHeight + 2);
        more.hidden = !overflows;
        clipped = clipped || overflows;
      });
      row.classList.toggle("is-clipped", clipped);
    });
  }

  function setRowExpanded(row, expanded) {
    row.classList.toggle("is-expanded", expanded);
    row.querySelectorAll("[data-row-expand]").forEach(function (button) {
      button.setAttribute("aria-expanded", expanded ? "true" : "false");
      button.textContent = expanded ? "Show less" : "Show more";
    });
  }

  function setCompact(compact, remember) {
    grid.classList.toggle("is-compact", compact);
    if (compactToggle) { compactToggle.setAttribute("aria-pressed", compact ? "true" : "false"); }
    if (!compact) {
      grid.querySelectorAll(".topic-row.is-expanded").forEach(function (row) { setRowExpanded(row, false); });
    }
    measureCells();
    if (remember) {
      try { window.localStorage.setItem(COMPACT_KEY, compact ? "on" : "off"); } catch (error) { /* private mode */ }
    }
  }

  if (compactToggle) {
    compactToggle.hidden = false;
    compactToggle.addEventListener("click", function () {
      setCompact(compactToggle.getAttribute("aria-pressed") !== "true", true);
    });
  }
  grid.addEventListener("click", function (event) {
    var button = event.target.closest("[data-row-expand]");
    if (!button) { return; }
    var row = button.closest(".topic-row");
    var opening = !row.classList.contains("is-expanded");
    setRowExpanded(row, opening);
    if (!opening && row.getBoundingClientRect().top < 0) { row.scrollIntoView({ block: "start" }); }
  });

  /* ---------- next / previous topic row ---------- */

  function isTextField(element) {
    if (!element || !element.tagName) { return false; }
    var tag = element.tagName;
    return tag === "TEXTAREA" || tag === "SELECT" || element.isContentEditable ||
      (tag === "INPUT" && !/^(button|submit|checkbox|radio|reset)$/i.test(element.type));
  }

  function rows() {
    return Array.prototype.slice.call(grid.querySelectorAll(".topic-row"));
  }

  // The row being read: the last one whose top has reached the bottom of the sticky bar; -1 above the grid.
  function currentIndex(list) {
    var bar = stickyBar();
    var line = bar ? bar.getBoundingClientRect().bottom : 0;
    var top = grid.classList.contains("is-boxed") ? grid.getBoundingClientRect().top : 0;
    if (bar && bar.getBoundingClientRect().top > top + 12) { return -1; }  // the grid has not reached the top yet
    // A grid that scrolls in its own box and has not scrolled: its first row shows below the heads, but no row has
    // been reached yet, so J goes to the first.
    if (grid.classList.contains("is-boxed") && grid.scrollTop < 4 &&
        !list.some(function (row) { return row.classList.contains("is-current"); })) { return -1; }
    var found = -1;
    list.forEach(function (row, i) {
      if (row.getBoundingClientRect().top <= line + 12) { found = i; }  // rows land 8 px below it
    });
    return found;
  }

  function goToRow(step) {
    var list = rows();
    if (!list.length) { return; }
    var index = Math.max(0, Math.min(list.length - 1, currentIndex(list) + step));
    var row = list[index];
    list.forEach(function (other) { other.classList.toggle("is-current", other === row); });
    row.scrollIntoView({ block: "start" });
    var label = row.querySelector(".topic-label");
    if (label) { label.focus({ preventScroll: true }); }
  }

  document.querySelectorAll("[data-grid-keys]").forEach(function (line) { line.hidden = false; });
  document.querySelectorAll("[data-row-step]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { goToRow(Number(button.dataset.rowStep)); });
  });

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (isTextField(event.target)) { return; }
    var popover = document.getElementById("annotation-popover");
    if (popover && !popover.hidden && popover.contains(event.target)) { return; }
    var key = event.key.toLowerCase();
    if (key !== "j" && key !== "k") { return; }
    event.preventDefault();
    goToRow(key === "j" ? 1 : -1);
  });

  /* ---------- start ---------- */

  if (tablist) { select(0, false); }
  var remembered = null;
  try { remembered = window.localStorage.getItem(COMPACT_KEY); } catch (error) { /* private mode */ }
  setCompact(remembered === "on", false);
  fitGrid();

  var refitScheduled = false;
  window.addEventListener("resize", function () {
    if (refitScheduled) { return; }
    refitScheduled = true;
    window.requestAnimationFrame(function () {
      refitScheduled = false;
      fitGrid();
      measureCells();
    });
  });
  // Tagging redraws passages in place, which can change how much of a cell is clipped.
  document.body.addEventListener("htmx:oobAfterSwap", function () { window.requestAnimationFrame(measureCells); });
})();
