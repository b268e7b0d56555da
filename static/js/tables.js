// Wide tables and charts: one wider than its box scrolls sideways. Such a box is marked (a shadow on the side
// that has more), can be scrolled with the keyboard once focused, and is preceded by a line that says so.
// Boxes are `.table-scroll`, `.table-wrap` and a report's `.chart` (which keeps its text legible on a phone
// rather than shrink it); they are measured again when the window or their content changes.
(function () {
  "use strict";

  var SELECTOR = ".table-scroll, .table-wrap, .chart";

  function isChart(box) { return box.classList.contains("chart"); }

  function hintFor(box) {
    var hint = box.previousElementSibling;
    if (hint && hint.classList.contains("scroll-hint")) { return hint; }
    hint = document.createElement("p");
    hint.className = "scroll-hint";
    hint.hidden = true;
    hint.setAttribute("aria-hidden", "true");
    hint.textContent = isChart(box) ? "Scroll sideways for the whole chart →" : "Scroll sideways for more columns →";
    box.parentNode.insertBefore(hint, box);
    return hint;
  }

  function measure(box) {
    var wide = box.scrollWidth > box.clientWidth + 1;
    box.classList.toggle("is-scrollable", wide);
    hintFor(box).hidden = !wide;
    if (wide) {
      var table = box.querySelector("table");
      var caption = isChart(box) ? box.querySelector("svg > title") : table && table.querySelector("caption");
      // The first column stays in view (app.css); a column scrolled to, by focus or a link, lands beside it
      // rather than under it.
      var sticky = table && table.querySelector(":scope > thead > tr > th:first-child, :scope > tbody > tr > th:first-child");
      var stuck = sticky && window.getComputedStyle(sticky).position === "sticky";
      box.style.scrollPaddingInlineStart = stuck ? Math.ceil(sticky.getBoundingClientRect().width) + "px" : "";
      box.tabIndex = 0;
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", (caption ? caption.textContent.trim() + ": " : "") +
        (isChart(box) ? "chart" : "table") + ", scrolls sideways");
    } else if (box.getAttribute("role") === "region") {
      box.removeAttribute("tabindex");
      box.removeAttribute("role");
      box.removeAttribute("aria-label");
    }
  }

  function measureAll(root) {
    (root || document).querySelectorAll(SELECTOR).forEach(measure);
  }

  var scheduled = false;
  function measureSoon() {
    if (scheduled) { return; }
    scheduled = true;
    window.requestAnimationFrame(function () { scheduled = false; measureAll(); });
  }

  // A link or button tabbed to in a box that scrolls sideways is shown whole. The browser scrolls the box only
  // for something wholly out of view, so one cut by the box's edge (or under the first column) stayed cut.
  document.addEventListener("focusin", function (event) {
    var target = event.target, box = target.closest && target.closest(SELECTOR);
    if (!box || box === target || !box.classList.contains("is-scrollable")) { return; }
    var edges = box.getBoundingClientRect(), shown = target.getBoundingClientRect();
    var start = edges.left + (parseFloat(box.style.scrollPaddingInlineStart) || 0);
    if (shown.left < start - 1 || shown.right > edges.right + 1) {
      target.scrollIntoView({block: "nearest", inline: "nearest"});
    }
  });

  measureAll();
  window.addEventListener("resize", measureSoon);
  document.addEventListener("htmx:afterSettle", measureSoon);
  document.addEventListener("htmx:oobAfterSwap", measureSoon);
})();
