/*
 * Newsdesk selection offsets: THE one place that converts between the browser's UTF-16 positions and
 * the Unicode code points the server, the database and every export count.
 *
 * A passage is `<p class="passage" data-start data-end>` whose textContent is exactly the article text
 * between data-start and data-end (code points), inside an element with `data-article="<id>"`.
 * Highlight runs are nested spans inside it; offsets are measured through the text, never the markup.
 */
(function () {
  "use strict";

  var PASSAGE = ".passage[data-start]";

  /** Number of code points in a JS string (a surrogate pair counts once, a lone surrogate once). */
  function codePointLength(text) {
    var count = 0;
    for (var i = 0; i < text.length; i++) {
      var unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        var next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
      count++;
    }
    return count;
  }

  /** UTF-16 index in `text` of the code point at position `codePoints`. */
  function utf16Index(text, codePoints) {
    var i = 0;
    for (var n = 0; n < codePoints && i < text.length; n++) {
      var unit = text.charCodeAt(i);
      i += unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length ? 2 : 1;
    }
    return i;
  }

  function passageOf(node) {
    var element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return element ? element.closest(PASSAGE) : null;
  }

  /** Text of `passage` before the DOM point (node, offset), as a string. */
  function textBefore(passage, node, offset) {
    var range = document.createRange();
    range.setStart(passage, 0);
    range.setEnd(node, offset);
    return range.toString();
  }

  function isSpace(character) {
    return /\s/.test(character);
  }

  /**
   * Describe a DOM Range as code-point offsets into one article's text.
   * Returns null for an empty selection, {error} when it cannot be a highlight, or
   * {article, container, start, end, quote, passages} where quote is null when the selection spans
   * passages (the text between paragraphs is not in the page, so the server fills the quote in).
   * Leading and trailing white space is left out, as a reviewer means the words.
   */
  function describeRange(range) {
    if (!range || range.collapsed) return null;
    var passages = Array.prototype.filter.call(document.querySelectorAll(PASSAGE), function (p) {
      return range.intersectsNode(p);
    });
    var pieces = [];
    passages.forEach(function (passage) {
      var text = passage.textContent;
      var from = 0;
      var to = text.length;
      if (passage.contains(range.startContainer)) from = textBefore(passage, range.startContainer, range.startOffset).length;
      if (passage.contains(range.endContainer)) to = textBefore(passage, range.endContainer, range.endOffset).length;
      if (to > from) pieces.push({ passage: passage, text: text, from: from, to: to });
    });
    if (!pieces.length) return null;
    var articles = [];
    pieces.forEach(function (piece) {
      var holder = piece.passage.closest("[data-article]");
      piece.container = holder;
      if (holder && articles.indexOf(holder) === -1) articles.push(holder);
    });
    if (articles.length !== 1) {
      return { error: "A highlight must stay within one article: select words in a single article." };
    }
    while (pieces.length) {
      var head = pieces[0];
      while (head.from < head.to && isSpace(head.text.charAt(head.from))) head.from++;
      if (head.from < head.to) break;
      pieces.shift();
    }
    while (pieces.length) {
      var tail = pieces[pieces.length - 1];
      while (tail.to > tail.from && isSpace(tail.text.charAt(tail.to - 1))) tail.to--;
      if (tail.to > tail.from) break;
      pieces.pop();
    }
    if (!pieces.length) return null;
    var first = pieces[0];
    var last = pieces[pieces.length - 1];
    var start = Number(first.passage.dataset.start) + codePointLength(first.text.slice(0, first.from));
    var end = Number(last.passage.dataset.start) + codePointLength(last.text.slice(0, last.to));
    if (end <= start) return null;
    return {
      article: articles[0].dataset.article,
      container: articles[0],
      start: start,
      end: end,
      quote: pieces.length === 1 ? first.text.slice(first.from, first.to) : null,
      passages: pieces.map(function (piece) { return piece.passage; }),
    };
  }

  /** The current window selection, described as by describeRange (null when nothing is selected). */
  function describeSelection() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    return describeRange(selection.getRangeAt(0));
  }

  /** DOM point (node, offset) for code point `offset` of the article inside `container`. */
  function domPoint(container, offset) {
    var passages = container.querySelectorAll(PASSAGE);
    for (var i = 0; i < passages.length; i++) {
      var passage = passages[i];
      var start = Number(passage.dataset.start);
      var end = Number(passage.dataset.end);
      if (offset < start || offset > end) continue;
      var remaining = utf16Index(passage.textContent, offset - start);
      var walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT);
      var node;
      var last = null;
      while ((node = walker.nextNode())) {
        if (remaining <= node.data.length) return { node: node, offset: remaining, passage: passage };
        remaining -= node.data.length;
        last = node;
      }
      if (last) return { node: last, offset: last.data.length, passage: passage };
      return { node: passage, offset: 0, passage: passage };
    }
    return null;
  }

  /** A DOM Range over code points [start, end) of the article inside `container`, or null. */
  function rangeFor(container, start, end) {
    var from = domPoint(container, start);
    var to = domPoint(container, end);
    if (!from || !to) return null;
    var range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  window.NewsdeskSelection = {
    codePointLength: codePointLength,
    utf16Index: utf16Index,
    passageOf: passageOf,
    describeRange: describeRange,
    describeSelection: describeSelection,
    rangeFor: rangeFor,
  };
})();
