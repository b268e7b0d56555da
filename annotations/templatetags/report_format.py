"""Formatting for report figures: shares as percentages, statistics to three places, dict lookup by tag."""

from django import template

from annotations.tags import TAG_BY_KEY

register = template.Library()


@register.filter
def closed_directions(text):
    """A name for an SVG ``<title>`` (a chart's tooltip), which no ``<bdi>`` can stand in: each embedding, override
    and isolate it opens closed at its end (``charts.closed``), so the words after it keep their order."""
    from annotations.reports.charts import closed

    return closed(str(text))


@register.filter
def lookup(mapping, key):
    """``{{ row.tags|lookup:tag.key }}``: a value from a dict keyed by a variable."""
    try:
        return mapping[key]
    except (KeyError, TypeError, IndexError):
        return None


@register.filter
def rule_label(rule):
    """A suggestion rule's id as reviewers read it: ``rhetoric.subjective_word`` becomes
    "Rhetoric · subjective word". An id without a known tag prefix keeps its own words."""
    prefix, dot, name = str(rule).partition(".")
    tag = TAG_BY_KEY.get(prefix)
    if not dot or tag is None:
        return str(rule).replace("_", " ")
    return f"{tag.label} · {name.replace('_', ' ')}"


@register.filter
def percent(share):
    if share is None:
        return "—"
    return f"{share * 100:.1f} %"


@register.filter
def statistic(value):
    """Alpha or kappa to three decimals, a true minus sign, and a dash when it cannot be computed."""
    if value is None:
        return "—"
    return f"{value:.3f}".replace("-", "−")


@register.filter
def characters(value):
    """A count of characters in whole characters. A tag's characters are averaged over an article's reviewers
    (30.5 when one marked 40 and the other 21): the page rounds them, half up, and less than half a character reads
    "< 1" rather than 0; the CSV and JSON exports keep the exact figure."""
    if value is None:
        return "—"
    try:
        value = float(value)  # PostgreSQL may average to a Decimal
    except (TypeError, ValueError):
        return "—"
    if 0 < value < 0.5:
        return "< 1"
    return f"{int(value + 0.5) if value >= 0 else -int(-value + 0.5):,}"


RELIABLE, TENTATIVE = 0.8, 0.667  # Krippendorff's thresholds for drawing conclusions from coded data


@register.filter
def agreement_reading(value):
    """How far α (or κ, read the same way) lets one rely on the tags: Krippendorff's ≥ 0.8 reliable,
    ≥ 0.667 tentative, below that not reliable."""
    if value is None:
        return "not computable"
    if value >= RELIABLE:
        return "reliable"
    if value >= TENTATIVE:
        return "tentative"
    return "not reliable"
