// The comparison page: options that apply themselves, the "new topic" field of the move form, and, at
// phone width, one article column at a time behind tabs (arrow keys move between tabs).
(function () {
  "use strict";

  document.querySelectorAll("form[data-compare-autosubmit]").forEach(function (form) {
    form.addEventListener("change", function () { form.requestSubmit(); });
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

  var tablist = document.querySelector("[data-compare-tabs]");
  var grid = document.getElementById("compare-grid");
  if (!tablist || !grid) { return; }
  var tabs = Array.prototype.slice.call(tablist.querySelectorAll("[role=tab]"));
  tablist.hidden = false;
  grid.classList.add("is-tabbed");

  function select(index, focus) {
    tabs.forEach(function (tab, i) {
      var active = i === index;
      tab.setAttribute("aria-selected", active ? "true" : "false");
      tab.tabIndex = active ? 0 : -1;
      if (active && focus) { tab.focus(); }
    });
    grid.querySelectorAll(".cell[data-column]").forEach(function (cell) {
      cell.classList.toggle("is-active-column", Number(cell.dataset.column) === index);
    });
  }

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
  select(0, false);
})();
