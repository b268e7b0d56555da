// Import form: refuse a file or pasted text over the size limit before it is sent, with the same message
// the server gives, so that nobody waits for a large upload only to be told it is too big.
(function () {
  "use strict";
  const form = document.getElementById("import");
  if (!form) return;
  const limit = Number(form.dataset.maxBytes || 0);
  const fileInput = form.querySelector("input[type=file]");
  const textArea = form.querySelector("textarea[name=text]");
  const message = document.getElementById("file-size-error");

  function size(bytes) {
    if (bytes >= 1024 * 1024) return (bytes / (1024 * 1024)).toFixed(1) + " MB";
    if (bytes >= 1024) return Math.round(bytes / 1024) + " KB";
    return bytes + " bytes";
  }

  function problem() {
    const file = fileInput && fileInput.files[0];
    if (file && file.size > limit) {
      return file.name + " is " + size(file.size) + "; imports are limited to " + size(limit) +
        " at a time. Split it into smaller files.";
    }
    const pasted = textArea ? new TextEncoder().encode(textArea.value).length : 0;
    if (pasted > limit) {
      return "The pasted text is " + size(pasted) + "; imports are limited to " + size(limit) +
        " at a time. Split it into smaller parts.";
    }
    return "";
  }

  function show() {
    const text = problem();
    message.textContent = text;
    message.hidden = !text;
    return !text;
  }

  if (fileInput) fileInput.addEventListener("change", show);
  form.addEventListener("submit", function (event) {
    if (limit && !show()) event.preventDefault();
  });
})();
