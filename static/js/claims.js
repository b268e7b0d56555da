// The claims matrix: "Show in the grid" scrolls to the mention's paragraph in its article's column and
// marks it; from the claims page the link opens the comparison page, which does the same on load. On the claims
// page, the curation's "Merge into" and "Link to" menus take their choices from the page's one list of claims.
(function () {
  "use strict";

  function target(article, start) {
    var cell = null;
    document.querySelectorAll(".cell[data-article='" + article + "']").forEach(function (candidate) {
      candidate.querySelectorAll(".passage").forEach(function (passage) {
        var from = Number(passage.dataset.start), to = Number(passage.dataset.end);
        if (from <= start && start < to) { cell = passage; }
      });
    });
    return cell;
  }

  function show(article, start) {
    var passage = target(article, start);
    if (!passage) { return false; }
    var column = passage.closest("[data-column]");
    var tab = column && document.querySelector("[role=tab][data-column='" + column.dataset.column + "']");
    if (tab && tab.offsetParent !== null && tab.getAttribute("aria-selected") !== "true") { tab.click(); }
    document.querySelectorAll(".claim-target").forEach(function (old) { old.classList.remove("claim-target"); });
    passage.classList.add("claim-target");
    passage.scrollIntoView({ block: "center" });
    passage.focus({ preventScroll: true });
    return true;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("[data-claim-jump]");
    if (!link || !document.getElementById("compare-grid")) { return; }
    if (show(link.dataset.article, Number(link.dataset.start))) {
      event.preventDefault();
      var details = link.closest("details");
      if (details) { details.open = false; }
    }
  });

  var fold = document.querySelector(".claims-fold");

  // The table's head row sticks to the top of its box (claims.css): a row scrolled to, by a link or the focus, keeps
  // the head's height above it (its scroll margin), so it lands below the head rather than under it.
  function padBelowHead() {
    document.querySelectorAll(".claims-scroll").forEach(function (box) {
      var head = box.querySelector("thead");
      if (head && head.offsetHeight) { box.style.setProperty("--claims-head", head.offsetHeight + "px"); }
    });
  }
  padBelowHead();
  window.addEventListener("resize", padBelowHead);
  if (fold) { fold.addEventListener("toggle", padBelowHead); }

  // The matrix is folded on the comparison page; a link to it, or to one of its rows, opens it.
  if (fold && /^#claim(s$|-row-)/.test(window.location.hash)) {
    fold.open = true;
    padBelowHead();
    var aimed = document.getElementById(window.location.hash.slice(1));
    if (aimed) { aimed.scrollIntoView(); }
  }

  // A link from the claims page names the mention; it is shown once the comparison page's own script has set up
  // its column tabs (this script runs before it), so at phone width the mention's outlet is the tab shown.
  function showWanted() {
    var wanted = new URLSearchParams(window.location.search).get("mention");
    if (wanted && /^\d+:\d+$/.test(wanted)) {
      var parts = wanted.split(":");
      show(parts[0], Number(parts[1]));
    }
  }
  // A deferred script runs while the page is "interactive", before DOMContentLoaded.
  if (document.readyState === "complete") { showWanted(); }
  else { document.addEventListener("DOMContentLoaded", showWanted); }

  // Curation on the claims page: every "Merge into" and "Link to" field takes a claim from the page's one list of
  // the story's claims. Each field becomes a menu, its choices (every claim but its own) copied from that list when
  // it is first focused or pressed, so the page carries each claim once rather than once a field. The form posts the
  // chosen claim's number as before.
  var choices = document.getElementById("claim-choices");
  if (!choices) { return; }

  function fill(menu) {
    if (menu.dataset.filled) { return; }
    menu.dataset.filled = "true";
    var fragment = document.createDocumentFragment();
    Array.prototype.forEach.call(choices.options, function (choice) {
      if (choice.value === menu.dataset.current) { return; }
      var option = document.createElement("option");
      option.value = choice.value;
      option.textContent = choice.textContent;
      option.dir = "auto";
      fragment.appendChild(option);
    });
    menu.appendChild(fragment);
  }

  document.querySelectorAll("input[data-claim-choice]").forEach(function (field) {
    var menu = document.createElement("select");
    menu.id = field.id;
    menu.name = field.name;
    menu.required = true;
    menu.dataset.claimChoice = "";
    menu.dataset.current = field.dataset.current;
    var prompt = document.createElement("option");
    prompt.value = "";
    prompt.textContent = "Choose a claim…";
    menu.appendChild(prompt);
    field.replaceWith(menu);
  });

  // Focus comes first by keyboard; a press (mouse, pen or touch) opens the menu, so it is filled before that too.
  function fillTarget(event) {
    var menu = event.target.closest && event.target.closest("select[data-claim-choice]");
    if (menu) { fill(menu); }
  }
  document.addEventListener("focusin", fillTarget);
  document.addEventListener("pointerdown", fillTarget, true);
  document.addEventListener("mousedown", fillTarget, true);
})();
