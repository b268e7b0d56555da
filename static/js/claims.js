// The claims matrix: "Show in the grid" scrolls to the mention's paragraph in its article's column and
// marks it; from the claims page the link opens the comparison page, which does the same on load.
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

  // The matrix is folded on the comparison page; a link to it, or to one of its rows, opens it.
  var fold = document.querySelector(".claims-fold");
  if (fold && /^#claim(s$|-row-)/.test(window.location.hash)) {
    fold.open = true;
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
})();
