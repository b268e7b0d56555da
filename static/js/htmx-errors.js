// Failed htmx requests (403, 422 left unswapped, 500, no connection) show a message the user can see and
// dismiss, in the #htmx-error region of base.html. Responses a page swaps in itself (validation fragments
// marked as not an error) never get here. A conflict (409: someone changed the thing since the page showed
// it) that comes as HTML shows it as it is now and says what changed, so it is swapped in like those.
(function () {
  "use strict";

  var MAX_DETAIL = 200;
  var MAX_CONFLICT = 600;  // a conflict names who changed what: worth reading whole

  function region() {
    return document.getElementById("htmx-error");
  }

  // The server's own words when they are short: plain text, or JSON {"errors": {...}} / {"error": "..."}.
  function detailOf(xhr, limit) {
    limit = limit || MAX_DETAIL;
    var body = (xhr && xhr.responseText || "").trim();
    var type = (xhr && xhr.getResponseHeader("Content-Type")) || "";
    if (!body) return "";
    if (type.indexOf("json") !== -1) {
      try {
        var data = JSON.parse(body);
        var errors = data.errors !== undefined ? data.errors : data.error !== undefined ? data.error : data.detail;
        var words = flatten(errors).join(" ");
        return words.length <= limit ? words : words.slice(0, limit - 1) + "…";
      } catch (error) {
        return "";
      }
    }
    if (type.indexOf("text/plain") !== -1 && body.length <= limit) return body;
    return "";
  }

  function flatten(value) {
    if (value === null || value === undefined) return [];
    if (typeof value === "string") return [value];
    if (Array.isArray(value)) return value.reduce(function (all, item) { return all.concat(flatten(item)); }, []);
    if (typeof value === "object") {
      return Object.keys(value).reduce(function (all, key) { return all.concat(flatten(value[key])); }, []);
    }
    return [String(value)];
  }

  function messageFor(status, detail, verb) {
    if (status === 409 && detail) return "Not saved: " + detail;
    if (status === 403) return "You do not have permission to do this." + (detail ? " " + detail : "");
    var doing = verb === "get" ? "Could not load" : "Could not save";
    if (status === 404) return doing + ": it was not found (it may have been deleted).";
    if (detail) return doing + ": " + detail;
    return doing + " (error " + status + "). Please try again.";
  }

  function show(text) {
    var box = region();
    if (!box) return;
    box.textContent = "";
    var message = document.createElement("p");
    message.textContent = text;
    var close = document.createElement("button");
    close.type = "button";
    close.className = "link-button htmx-error-dismiss";
    close.textContent = "Dismiss";
    close.setAttribute("aria-label", "Dismiss this message");
    close.addEventListener("click", function () { box.textContent = ""; });
    box.appendChild(message);
    box.appendChild(close);
  }

  function verbOf(event) {
    var config = event.detail && event.detail.requestConfig;
    return config && config.verb ? String(config.verb).toLowerCase() : "post";
  }

  document.addEventListener("htmx:beforeSwap", function (event) {
    var xhr = event.detail.xhr;
    var type = (xhr && xhr.getResponseHeader("Content-Type")) || "";
    if (xhr && xhr.status === 409 && type.indexOf("text/html") !== -1) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  document.addEventListener("htmx:responseError", function (event) {
    var xhr = event.detail.xhr;
    var status = xhr ? xhr.status : 0;
    show(messageFor(status, detailOf(xhr, status === 409 ? MAX_CONFLICT : MAX_DETAIL), verbOf(event)));
  });

  document.addEventListener("htmx:sendError", function () {
    show("Could not reach the server. Check your connection and try again.");
  });

  // A new request clears an old message; Escape dismisses it.
  document.addEventListener("htmx:beforeRequest", function () {
    var box = region();
    if (box) box.textContent = "";
  });
  document.addEventListener("keydown", function (event) {
    var box = region();
    if (event.key === "Escape" && box && box.firstChild) box.textContent = "";
  });
})();
