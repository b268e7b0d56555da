"""Selecting text in a page as a reader would: a DOM Range over the passage's text nodes, then mouseup.

Shared by every browser test that tags text, in the reader or in the comparison grid.
"""

from playwright.sync_api import expect

SELECT_PHRASE = """([scope, index, phrase]) => {
  const passage = document.querySelector(`${scope} .passage[data-index="${index}"]`);
  const at = passage.textContent.indexOf(phrase);
  if (at < 0) throw new Error("phrase not in passage: " + phrase);
  const point = (wanted) => {
    const walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT);
    let node, seen = 0;
    while ((node = walker.nextNode())) {
      if (wanted <= seen + node.data.length) return [node, wanted - seen];
      seen += node.data.length;
    }
  };
  const range = document.createRange();
  range.setStart(...point(at));
  range.setEnd(...point(at + phrase.length));
  const selection = getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  passage.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
}"""


def select_phrase(page, article, phrase, scope=""):
    """Select ``phrase`` in the passage of ``article`` that contains it; ``scope`` narrows to a container."""
    passage = next(p for p in article.passages.all() if phrase in article.text[p.start : p.end])
    page.wait_for_load_state()  # the deferred annotator must be listening before the mouseup
    page.evaluate(SELECT_PHRASE, [scope, passage.index, phrase])
    expect(page.get_by_role("button", name="Attribution")).to_be_visible()
    return passage
