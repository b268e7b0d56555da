"""Markup on a page that no template wrote: the trace an injection leaves when escaping fails.

The templates write no event-handler attributes, no inline scripts or scripts from other sites, no frames,
objects, embeds, ``<base>`` or refresh ``<meta>``, no style elements or attributes, no images from outside
``/static/``, no ``formaction`` but one to a place on the page itself (``#import-preview``), and no link to a
``javascript:``, ``vbscript:`` or ``data:`` address (the ``data:,`` favicon aside). htmx attributes come only from
the templates, which never write ``hx-on`` or ``js:`` values. So any of these on a page came from data.
``FOREIGN_MARKUP_JS`` runs the same rules on the live DOM in the browser, but for ``style`` attributes: the app's
scripts set styles through the DOM, which the policy allows, and an injected one would show as a policy violation
there.
"""

import json
import re
from html.parser import HTMLParser

DANGEROUS_TAGS = frozenset({
    "iframe", "frame", "frameset", "object", "embed", "applet", "base", "style", "isindex", "xss", "marquee",
    "math", "mglyph", "template", "audio", "video", "source", "animate", "set", "portal",
})
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "data", "xlink:href", "poster", "background",
                            "cite", "srcdoc", "srcset", "ping"})
BAD_SCHEME = re.compile(r"^(javascript|vbscript|livescript|data):", re.IGNORECASE)
_IGNORED_IN_SCHEMES = re.compile(r"[\x00-\x20]")


def foreign_attribute(tag: str, name: str, value: str) -> str | None:
    name, value = name.lower(), value or ""
    if name.startswith("on"):
        return f"<{tag} {name}>: event handler"
    if name in ("style", "srcdoc") or name.startswith("hx-on") or (name == "formaction" and not value.startswith("#")):
        return f"<{tag} {name}>"
    if name.startswith("hx-") and ("__xss" in value or value.lstrip().startswith(("js:", "javascript:"))):
        return f"<{tag} {name}={value[:40]!r}>"
    if name in URL_ATTRIBUTES:
        address = _IGNORED_IN_SCHEMES.sub("", value)
        if BAD_SCHEME.match(address) and not (tag == "link" and address == "data:,"):
            return f"<{tag} {name}={value[:60]!r}>: script or data address"
    return None


def same_site(address: str) -> bool:
    return address.startswith("/") and not address.startswith("//")


def foreign_element(tag: str, attrs: dict) -> str | None:
    if tag in DANGEROUS_TAGS:
        return f"<{tag}>"
    if tag == "script" and not same_site(attrs.get("src") or ""):
        return f"<script src={attrs.get('src')!r}>: inline or outside script"
    if tag == "img" and not (attrs.get("src") or "").startswith("/static/"):
        return f"<img src={attrs.get('src')!r}>"
    if tag == "meta" and "http-equiv" in attrs:
        return f"<meta http-equiv={attrs['http-equiv']!r}>"
    if tag == "link" and "stylesheet" in (attrs.get("rel") or "") and not (attrs.get("href") or "").startswith(
        "/static/"
    ):
        return f"<link rel=stylesheet href={attrs.get('href')!r}>"
    return None


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = {name: value or "" for name, value in attrs}
        if problem := foreign_element(tag, values):
            self.found.append(problem)
        for name, value in attrs:
            if problem := foreign_attribute(tag, name, value or ""):
                self.found.append(problem)

    handle_startendtag = handle_starttag


def foreign_markup(html: str) -> list[str]:
    """Every element or attribute in ``html`` that a template would not have written."""
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector.found


FOREIGN_MARKUP_JS = r"""() => {
  const dangerous = new Set(DANGEROUS_TAGS);
  const urlAttributes = new Set(URL_ATTRIBUTES);
  const badScheme = /^(javascript|vbscript|livescript|data):/i;
  const found = [];
  for (const element of document.querySelectorAll("*")) {
    const tag = element.localName.toLowerCase();
    const src = element.getAttribute("src") || "";
    if (dangerous.has(tag)) found.push(`<${tag}>`);
    if (tag === "script" && !(src.startsWith("/") && !src.startsWith("//"))) found.push(`<script src=${src}>`);
    if (tag === "img" && !src.startsWith("/static/")) found.push(`<img src=${src}>`);
    if (tag === "meta" && element.hasAttribute("http-equiv")) found.push("<meta http-equiv>");
    for (const {name, value} of element.attributes) {
      const lower = name.toLowerCase();
      if (lower.startsWith("on")) found.push(`<${tag} ${lower}>: event handler`);
      if (lower === "srcdoc" || lower.startsWith("hx-on") || (lower === "formaction" && !value.startsWith("#"))) {
        found.push(`<${tag} ${lower}>`);
      }
      if (lower.startsWith("hx-") && (value.includes("__xss") || /^\s*(js|javascript):/.test(value))) {
        found.push(`<${tag} ${lower}=${value.slice(0, 40)}>`);
      }
      const address = value.replace(/[\x00-\x20]/g, "");
      if (urlAttributes.has(lower) && badScheme.test(address) && !(tag === "link" && address === "data:,")) {
        found.push(`<${tag} ${lower}=${value.slice(0, 60)}>: script or data address`);
      }
    }
  }
  return found;
}""".replace("DANGEROUS_TAGS", json.dumps(sorted(DANGEROUS_TAGS))).replace(
    "URL_ATTRIBUTES", json.dumps(sorted(URL_ATTRIBUTES))
)
