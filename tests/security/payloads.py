"""Well-known XSS and HTML-injection payloads, each wired to a marker a browser test can see.

Drawn from the OWASP XSS filter-evasion cheat sheet and the classic lists that grew from it: script tags,
event handlers, ``javascript:``/``data:`` URLs, attribute and element breakouts, template injection, CSS,
framing, mutation XSS, mixed case and encodings, Unicode tricks and NUL bytes, plus a few aimed at htmx.

Every payload, if it ever ran, would call ``window.__xss(N)`` (N is its index in ``PAYLOADS``), so a browser
test that defines ``__xss`` sees exactly which one got through. Where a payload cannot call a function
(template injection), its text must show literally instead: ``{{7*7}}`` must never read ``49``.

Payloads holding a NUL character cannot be stored on PostgreSQL and are refused by every entry point;
``STORABLE`` lists the others, the ones that must come back literally.
"""

import base64

_TEMPLATES = [
    # Script elements.
    "<script>$X</script>",
    "<SCRIPT SRC=data:text/javascript,$X></SCRIPT>",
    "<script src=//example.invalid/$N.js></script>",
    "<<script>script>$X<</script>/script>",
    "<scr<script>ipt>$X</scr</script>ipt>",
    "<svg><script>$X</script></svg>",
    "<template><script>$X</script></template>",
    # Event handlers.
    "<img src=x onerror=$X>",
    '<img src="x" onerror="$X">',
    "<IMG SRC=# onmouseover=\"$X\">",
    "<img src=`x`onerror=$X>",
    '<img """><script>$X</script>">',
    "<svg onload=$X>",
    "<svg/onload=$X//",
    "<body onload=$X>",
    "<input autofocus onfocus=$X>",
    "<details open ontoggle=$X>",
    "<video><source onerror=$X></video>",
    "<audio src=x onerror=$X>",
    "<marquee onstart=$X>scroll $N</marquee>",
    "<svg><animate onbegin=$X attributeName=x dur=1s>",
    "<xss id=x$N tabindex=1 onfocus=$X></xss>",
    '<img src=x onerror="\\u005f\\u005fxss($N)">',
    "<img src=x:$N onerror=eval('__xss('+src.slice(2)+')')>",
    # javascript:, data: and vbscript: URLs.
    '<a href="javascript:$X">click $N</a>',
    '<a href="JaVaScRiPt:$X">mixed case $N</a>',
    '<a href="&#106;avascript:$X">entity $N</a>',
    '<a href="jav&#x09;ascript:$X">tab $N</a>',
    '<a href=" &#14; javascript:$X">control character $N</a>',
    "<a href=\"data:text/html;base64,$B64\">data URL $N</a>",
    '<iframe src="javascript:$X"></iframe>',
    '<iframe srcdoc="<script>parent.$X</script>"></iframe>',
    '<object data="javascript:$X"></object>',
    '<embed src="javascript:$X">',
    '<form action="javascript:$X"><button>go $N</button></form>',
    '<button form=x formaction="javascript:$X">go $N</button>',
    '<svg><a xlink:href="javascript:$X"><text x=20 y=20>svg link $N</text></a></svg>',
    '<base href="javascript:$X//">',
    '<meta http-equiv="refresh" content="0;url=javascript:$X">',
    '<link rel=stylesheet href="javascript:$X">',
    "javascript:$X",
    "data:text/html,<script>$X</script>",
    "vbscript:$X",
    # Breaking out of attributes, elements and scripts.
    '"><script>$X</script>',
    "'><img src=x onerror=$X>",
    '" autofocus onfocus="$X" x="',
    "' onmouseover='$X' x='",
    "</textarea><script>$X</script>",
    "</title><script>$X</script>",
    "</script><script>$X</script>",
    "</style><script>$X</script>",
    '"}]}</script><script>$X</script>',
    "\\\";$X;//",
    "';$X;//",
    "<!--<img src=\"--><img src=x onerror=$X//\">",
    # Template injection: must show literally.
    "{{7*7}} {{ constructor.constructor('$X')() }}",
    "{% csrf_token %}{% debug %}{{ request.user.password }} $N",
    "${7*7} #{7*7} <%= 7*7 %> $N",
    # CSS.
    '<div style="background:url(javascript:$X)">css $N</div>',
    '<div style="width:expression($X)">css expression $N</div>',
    "<style>@import 'javascript:$X';</style>",
    # Mutation XSS: parsers that disagree.
    "<math><mtext><table><mglyph><style><img src=x onerror=$X>",
    '<noscript><p title="</noscript><img src=x onerror=$X>">',
    "<svg></p><style><a id=\"</style><img src=1 onerror=$X>\">",
    # htmx: attributes that would make the page itself fetch or run something.
    '<div hx-get="/" hx-trigger="load" hx-on::load="$X">htmx $N</div>',
    '<img src=x hx-on:htmx:load="$X">',
    "<div hx-vals='js:{a:$X}' hx-post=\"/annotations/\" hx-trigger=load>htmx vals $N</div>",
    # Encodings and Unicode.
    "%3Cscript%3E$X%3C%2Fscript%3E",
    "&lt;script&gt;$X&lt;/script&gt;",
    "&#60;script&#62;$X&#60;/script&#62;",
    "\uff1cscript\uff1e$X\uff1c/script\uff1e",
    "\u202e<script>$X</script>\u202d reversed",
    "<scr\u200bipt>$X</scr\u200bipt>",
    "\u2028<img src=x onerror=$X>\u2029",
    "<scr\x00ipt>$X</scr\x00ipt>",
    "\x00<img src=x onerror=$X>",
    # Spreadsheet formulas that would also be links.
    '=HYPERLINK("javascript:$X","open $N")',
    "@SUM(1+1)*cmd|' /C calc'!A0 <img src=x onerror=$X>",
]


def _render(template: str, n: int) -> str:
    call = f"__xss({n})"
    encoded = base64.b64encode(f"<script>parent.{call}</script>".encode()).decode()
    return template.replace("$B64", encoded).replace("$X", call).replace("$N", str(n))


PAYLOADS: list[str] = [_render(template, n) for n, template in enumerate(_TEMPLATES)]
STORABLE: list[str] = [p for p in PAYLOADS if "\x00" not in p]
WITH_NUL: list[str] = [p for p in PAYLOADS if "\x00" in p]
