"""The one place that decides which outside HTML may be kept.

Imported pages are untrusted. Elements whose *content* is code or never meant as reading (script, style,
iframe, form field values...) are dropped whole; navigation, buttons and forms keep their words, because
reviewers tag those as boilerplate. Then bleach keeps a small allow-list of structural and inline tags, no
attributes beyond link targets and image text, and only http(s)/mailto links. Everything else a template
shows is escaped by Django; nothing outside this module imports bleach, and only the reader's run markup
(``annotations.run_markup``, which escapes every value it writes) calls ``mark_safe`` besides it.
"""

import re

from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "dl", "dt", "em",
        "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "li", "ol", "p", "pre",
        "q", "s", "small", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
        "time", "tr", "u", "ul", "article", "section", "header", "footer", "aside", "main", "div",
        "span", "nav",
    }
)
ALLOWED_ATTRIBUTES = {"a": ["href", "title"], "abbr": ["title"], "time": ["datetime"], "q": ["cite"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})

# Elements removed together with everything inside them, before the allow-list applies.
DROPPED_WITH_CONTENT = (
    "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "head",
    "title", "select", "textarea",
)
_DROP_RE = re.compile(
    r"<(?P<tag>" + "|".join(DROPPED_WITH_CONTENT) + r")\b[^>]*>.*?</(?P=tag)\s*>",
    re.IGNORECASE | re.DOTALL,
)
_DROP_OPEN_RE = re.compile(r"<(?:" + "|".join(DROPPED_WITH_CONTENT) + r")\b[^>]*/?>", re.IGNORECASE)


def clean_html(html: str) -> str:
    """Return imported HTML reduced to the allow-list: safe to store and to show."""
    import bleach  # and its HTML parser: loaded by the first import that cleans a page, not at start-up

    without_code = _DROP_OPEN_RE.sub("", _DROP_RE.sub("", html))
    return bleach.clean(
        without_code,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
    )


def safe_html(html: str) -> SafeString:
    """Mark HTML as safe for a template, after cleaning it again (stored HTML is never trusted)."""
    return mark_safe(clean_html(html))  # noqa: S308 - cleaned by bleach on the line above


def clean_text(text: str) -> str:
    """Plain text from a form (notes, sources): strip every tag so nothing executable is stored."""
    import bleach  # see clean_html

    return bleach.clean(text, tags=set(), attributes={}, strip=True, strip_comments=True)
