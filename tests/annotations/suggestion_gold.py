"""A hand-made gold set for the suggester on the three seed articles, and the scoring that uses it.

Written by reading the articles before the rules were tuned, by the tag definitions in ``annotations/tags.py``:

- boilerplate: every whole line that is page furniture — navigation, prompts, bylines and dates, captions and
  credits, share buttons, related-story lists, aggregator promotions. Headlines, standfirsts and crossheads are
  the outlet's own words, so they are not boilerplate.
- attribution: each reporting cue with its source ("[US intelligence says]"), with the named source where the
  text gives one (empty for pronouns and agentless cues such as "is widely believed").
- factual_claim: sentences that state something checkable with a quantity, a measure, a date, a count or a
  named event. Predictions and vague time ("in recent years") are left out.
- rhetoric: loaded labels, intensifiers and framing words, and one- to three-word phrases set in quotation
  marks mid-sentence (distance quotes), but not longer real quotations.

Spans are written as a context string with the gold part in square brackets; every occurrence of the context
counts. Scoring is by overlap: a gold span is found when a suggestion of its tag overlaps it, and a suggestion
is right when it overlaps a gold span of its tag. Boilerplate is scored per line.
"""

import re
from dataclasses import dataclass

GOLD = {
    "000_b1b79d059bc8e26d.txt": {
        "boilerplate": [
            "Vue lecture",
            "North Korean leader Kim Jong Un at a military operations base in the western region of the country",
            "You could close this page. Or you could join our community and help us produce more materials like "
            "this. We keep our reporting open and accessible to everyone because we believe in the power of free "
            "information. This is why our small, cost-effective team depends on the support of readers like you "
            "to bring deliver timely news, quality analysis, and on-the-ground reports about Russia's war against "
            "Ukraine and Ukraine's struggle to build a democratic society. A little bit goes a long way: for as "
            "little as the cost of one cup of coffee a month, you can help build bridges between Ukraine and the "
            "rest of the world, plus become a co-creator and vote for topics we should cover next. Become a patron "
            "or see other ways to support",
            "❌",
        ],
        "attribution": [
            ("[According to leader Kim Jong Un]", "Kim Jong Un"),
            ("[NK Pro reports]", "NK Pro"),
            ("[Analysts emphasize]", "Analysts"),
            ("[the Kremlin officially confirmed] that", "the Kremlin"),
            ("[captured North Korean soldiers in Ukraine revealed] that", "captured North Korean soldiers"),
        ],
        "factual_claim": [
            "[Kim Jong Un announces “leap forward” in defense industry with its new largest 5-hectare plant to "
            "boost arms exports to Russia]",
            "[The country has begun construction of its biggest military plant, covering more than 5 hectares.]",
            "[These troops have played an active role in Russia’s defense of Kursk Oblast.]",
            "[On 20 June, the Kremlin officially confirmed that Russia does not want an end to the fire.]",
            "[Construction started shortly after Kim Jong Un visited the site last month.]",
            "[The 3.5 km by 1.5 km facility includes a 40-hectare mock city divided into four sections]",
            "[Most structures are simple, single-story buildings, with a handful of two-story models.]",
        ],
        "rhetoric": [
            "Kim Jong Un announces [“leap forward”] in defense",
        ],
    },
    "001_dc5e0afdedba9f8a.txt": {
        "boilerplate": [
            "Newsletter Newsletters Events Events Podcasts Videos Africanews",
            "Loader",
            "Advertisement",
            "Kim Jong-un inspects missile and shell production at a factory in an undisclosed location, North "
            "Korea, 26 December 2025",
            "Kim Jong-un inspects missile and shell production at a factory in an undisclosed location, North "
            "Korea, 26 December 2025 Copyright\u00a0 朝鮮通信社/AP",
            "Copyright\u00a0朝鮮通信社/AP",
            "By\u00a0Euronews",
            "Published on",
            "Share Comments",
            "Share Close Button",
            "Go to accessibility shortcuts",
            "Read more",
            "North Korea makes progress on its first nuclear-powered submarine",
            "Kim Jong Un welcomes back North Korean soldiers returning from fighting for Russia",
            "North Korea leader Kim Jong Un and daughter mark air force anniversary",
        ],
        "attribution": [
            ("[state-run media announced] Friday", "state-run media"),
            ("[the KCNA news agency reported]", "the KCNA news agency"),
            ("[Kim said] it was necessary", "Kim"),
            ("[according to the agency]", "the agency"),
            ("[the leader added]", "the leader"),
            ("[Analysts say]", "Analysts"),
            ("[Kim has previously affirmed]", "Kim"),
            ("[saying] it flagrantly", ""),
            ("[The report said]", "The report"),
            ("[The group also expressed concern]", "The group"),
            ("[Pyongyang has indicated]", "Pyongyang"),
            ("[Experts believe]", "Experts"),
            ("which [Kim hailed]", "Kim"),
        ],
        "factual_claim": [
            "[Kim Jong-un orders North Korea to boost missile production in 2026]",
            "[North Korea is to significantly increase its missile and munitions production in 2026, after dictator "
            "Kim Jong-un ordered factories to step up production to meet growing demand, state-run media announced "
            "Friday.]",
            "[Kim has previously affirmed his \"unconditional support\" for Russia's all-out war against Ukraine]",
            "[The North Korean soldiers have been deployed in Russia's Kursk region, parts of which were seized by "
            "the Ukrainian army in a surprise offensive last August.]",
            "[A monitoring group comprising South Korea, the US, Japan and eight other countries in June classified "
            "Russia and North Korea's military alliance]",
            "[Just one day earlier, Pyongyang released photographs]",
            "[It was the first time North Korean state media released images of the submarine since March]",
            "[A nuclear-powered submarine was one item on a wish list of sophisticated weaponry that Kim announced "
            "during a political conference in 2021.]",
        ],
        "rhetoric": [
            "after [dictator] Kim Jong-un",
            "as the [regime] in Pyongyang",
            "Analysts say the [regime] aims",
            "Russia's [all-out war]",
            "saying it [flagrantly] violates",
            "military alliance as [“illegal\"]",
            "his [\"unconditional support\"] for",
        ],
    },
    "002_cb067e46bdd3d5e6.txt": {
        "boilerplate": [
            "Get all your news in one place.",
            "100’s of premium titles.",
            "One app.",
            "Start reading",
            "The Independent UK",
            "World",
            "Arpan Rai",
            "via REUTERS",
            "North Korean leader Kim Jong-un visits a munitions factory at an undisclosed location",
            "— (via REUTERS)",
            "North Korean leader Kim Jong Un speaks to officials at a munitions factory",
            "Sign up to read this article",
            "Read news from 100’s of titles, curated specifically for you.",
            "Already a member? Sign in here",
            "Related Stories",
            "Top stories on inkl right now",
            "One subscription that gives you access to news from hundreds of sites",
            "Our Picks",
            "Fourteen days free",
            "Download the app",
            "One app. One membership.",
            "100+ trusted global sources.",
        ],
        "attribution": [
            ("[US intelligence says]", "US intelligence"),
            ("[believed to be] the first", ""),
            ("[is widely believed]", ""),
            ("[state media showed]", "state media"),
            ("[according to state news agency KCNA]", "KCNA"),
            ("[Mr Kim urged]", "Mr Kim"),
            ("[he spoke of]", ""),
            ("[Mr Kim said]", "Mr Kim"),
            ("[he said]", ""),
            ("[it read]", ""),
            ("[it added]", ""),
            ("the [statement added]", "the statement"),
            ("the [statement read]", "the statement"),
        ],
        "factual_claim": [
            "[US intelligence says Moscow has repeatedly fired North Korea-supplied missiles at Ukrainian targets in "
            "recent days, believed to be the first such incidents since Kim and Putin met to discuss arms deals and "
            "other increased cooperation.]",
            "[Nearly 50 countries have issued a joint statement condemning Russia’s procurement]",
            "[And while Pyongyang did not respond to that statement directly on Wednesday]",
            "[The joint statement by 50 countries on Tuesday was signed by the US]",
        ],
        "rhetoric": [
            "its [struggling] satellite",
            "Mr Kim [defiantly] touring",
            "which are [purportedly] capable",
            "he spoke of [“annihilating”]",
            "the kind of [bombastic rhetoric]",
            "more [familiar rhetoric]",
            "and [\"unavoidable reality\"]",
        ],
    },
}

TAG_ORDER = ("boilerplate", "attribution", "factual_claim", "rhetoric")
_MARKED = re.compile(r"^(.*?)\[(.+)\](.*)$", re.DOTALL)


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    tag: str
    source: str | None = None


def locate(text: str, marked: str) -> list[tuple[int, int]]:
    """Every occurrence of the bracketed part of ``marked`` in ``text``, in its context."""
    before, inside, after = _MARKED.match(marked).groups()
    context = before + inside + after
    spans = []
    position = text.find(context)
    while position != -1:
        spans.append((position + len(before), position + len(before) + len(inside)))
        position = text.find(context, position + 1)
    if not spans:
        raise ValueError(f"gold context not found in the article: {context!r}")
    return spans


def line_spans(text: str, line: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped == line:
            left = position + raw.index(stripped[0])
            spans.append((left, left + len(stripped)))
        position += len(raw) + 1
    if not spans:
        raise ValueError(f"gold line not found in the article: {line!r}")
    return spans


def gold_spans(text: str, gold: dict) -> list[GoldSpan]:
    spans = []
    for line in gold["boilerplate"]:
        spans += [GoldSpan(s, e, "boilerplate") for s, e in line_spans(text, line)]
    for marked, source in gold["attribution"]:
        spans += [GoldSpan(s, e, "attribution", source) for s, e in locate(text, marked)]
    for tag in ("factual_claim", "rhetoric"):
        for marked in gold[tag]:
            spans += [GoldSpan(s, e, tag) for s, e in locate(text, marked)]
    return spans


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    suggested: int = 0
    correct: int = 0
    sources_named: int = 0
    sources_right: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.suggested if self.suggested else 1.0


def _overlaps(a_start, a_end, b_start, b_end) -> bool:
    return a_start < b_end and b_start < a_end


def score(pairs) -> dict[str, Score]:
    """``pairs``: (gold spans, suggestions) per article -> a Score per tag over all of them."""
    scores = {tag: Score() for tag in TAG_ORDER}
    for golds, suggestions in pairs:
        for tag in TAG_ORDER:
            tag_gold = [g for g in golds if g.tag == tag]
            tag_suggested = [s for s in suggestions if s.tag == tag]
            result = scores[tag]
            result.gold += len(tag_gold)
            result.suggested += len(tag_suggested)
            for g in tag_gold:
                hits = [s for s in tag_suggested if _overlaps(g.start, g.end, s.start, s.end)]
                result.found += bool(hits)
                if g.source:
                    result.sources_named += 1
                    result.sources_right += any(_same_source(g.source, s.source) for s in hits)
            result.correct += sum(
                any(_overlaps(g.start, g.end, s.start, s.end) for g in tag_gold) for s in tag_suggested
            )
    return scores


def _same_source(gold: str, found: str) -> bool:
    """Sources match when they name the same thing, ignoring a leading article and case."""

    def plain(value):
        value = value.casefold().strip()
        return value[4:] if value.startswith("the ") else value

    gold, found = plain(gold), plain(found or "")
    return bool(found) and (gold == found or gold in found or found in gold)
