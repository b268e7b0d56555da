// A select marked data-titled takes the title of its chosen option, so a long choice cut at the select's edge is
// read whole on hover (the filing form's stories: newsdesk/views/stories.py).
document.addEventListener("change", (event) => {
  const select = event.target;
  if (!(select instanceof HTMLSelectElement) || !select.hasAttribute("data-titled")) return;
  const chosen = select.selectedOptions[0];
  if (chosen && chosen.value) {
    select.title = chosen.title || chosen.textContent.trim();
  } else {
    select.removeAttribute("title");
  }
});
