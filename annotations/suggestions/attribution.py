"""Attribution: a reporting cue and, where the text names one, its source.

Three shapes, found on spaCy tokens sentence by sentence:

- "according to X": the cue and the noun phrase after it;
- "X said / says / added / reported / told / believe …" (and "…, said X" after a quotation): a reporting verb
  and the noun phrase before it, walking back over auxiliaries and adverbs ("has previously affirmed",
  "officially confirmed"); a pronoun ("he said") is a cue without a named source;
- agentless cues: "is widely believed", "believed to be", "is said to", "reportedly", ", saying".

A source phrase is made of names (title case or capitals), determiners, and words that name sources
(analysts, media, agency, officials…). Verbs that are also ordinary words need a fitting source: "read" only
for a statement, letter or "it"; "showed" only for media, footage or data; "added" only when speech follows.
"""

from annotations.suggestions.base import Line, Suggestion

TAG = "attribution"

REPORTING_VERBS = frozenset(
    """
    said says say added adds reported reports told tells announced announces confirmed confirms stated states
    claimed claims claim warned warns insisted insists noted notes explained explains argued argues believe
    believes emphasize emphasizes emphasized emphasise emphasises emphasised revealed reveals indicated indicates
    affirmed affirms urged urges wrote writes read showed shows acknowledged acknowledges denied denies alleged
    alleges estimated estimates predicted predicts suggested suggests concluded concludes declared declares
    accuse hailed hails expressed expresses spoke speaks admitted admits accused accuses vowed vows pledged pledges
    stressed stresses maintained maintains asserted asserts disclosed discloses testified quoted cited
    """.split()
)
SOURCE_WORDS = frozenset(
    """
    analysts analyst experts expert officials official spokesperson spokesman spokeswoman sources source media
    agency agencies intelligence ministry ministries government governments statement statements report reports
    group groups leader leaders police diplomats diplomat observers researchers researcher scientists witnesses
    witness residents authority authorities military army commander commanders president minister secretary office
    department newspaper newspapers outlet broadcaster network survey poll study data documents document
    footage images people critics supporters activists lawyers lawyer prosecutors prosecutor court judge company
    firm representative representatives ambassador envoy watchdog monitors council committee board union news
    state officer officers staff campaigners organisers organizers insiders aides aide adviser advisers advisor
    advisors economists investigators inspectors diplomats lawmakers legislators senators senator members
    member team letter message post communique communiqué website tv television radio agency's media's
    soldiers troops workers citizens locals voters
    """.split()
)
DETERMINERS = frozenset("the a an its their his her our these those some many several most".split())
CONNECTORS = frozenset("of 's ’s - in at from for and".split())
PRONOUNS = frozenset("he she they it".split())
AUXILIARIES = frozenset(
    "has have had will would also previously officially publicly later earlier again further once has".split()
    + "repeatedly recently initially reportedly separately".split()
)
BE_FORMS = frozenset("is are was were be been being".split())
HEDGES = frozenset("believed thought understood alleged rumoured rumored said reported".split())
HEDGE_ADVERBS = frozenset("widely generally largely commonly broadly".split())
STANDALONE_HEDGES = frozenset("reportedly allegedly".split())
READ_SOURCES = frozenset("statement letter message post note document text it communique communiqué".split())
SHOW_SOURCES = frozenset(
    "media footage images video videos photos pictures data figures records documents report survey poll "
    "study tv television broadcasts broadcast".split()
)
STOP_AFTER = frozenset("that which who whom while when as because if but where whether".split())
SPEECH_VERBS = frozenset("said says told tells stated insisted warned claimed".split())
CONFIDENCE = {"according_to": 0.9, "reporting_verb": 0.8, "pronoun": 0.6, "agentless": 0.7, "participle": 0.55}


def _is_source_token(token) -> bool:
    text = token.text
    if token.is_punct and text not in ("-", "’s", "'s"):
        return False
    lower = token.lower_
    if lower in SOURCE_WORDS or lower in DETERMINERS or lower in CONNECTORS:
        return True
    if text[:1].isupper():
        return True
    doc, i = token.doc, token.i
    neighbours = [doc[i - 1].text if i > 0 else "", doc[i + 1].text if i + 1 < len(doc) else ""]
    return "-" in neighbours and token.is_alpha


def _has_head(tokens) -> bool:
    return any(t.lower_ in SOURCE_WORDS or (t.text[:1].isupper() and t.lower_ not in DETERMINERS) for t in tokens)


def _trim(tokens):
    while tokens and (tokens[0].lower_ in CONNECTORS or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].lower_ in CONNECTORS or tokens[-1].is_punct or tokens[-1].lower_ in DETERMINERS):
        tokens = tokens[:-1]
    return tokens


def _source_before(doc, index, sentence_start):
    """The source phrase ending just before token ``index`` (after skipping auxiliaries), and what was skipped."""
    j = index - 1
    skipped = []
    while j >= sentence_start and (
        doc[j].lower_ in AUXILIARIES or doc[j].lower_ in BE_FORMS or (doc[j].lower_.endswith("ly") and doc[j].is_lower)
    ):
        skipped.append(doc[j])
        j -= 1
    end = j
    while j >= sentence_start and _is_source_token(doc[j]) and end - j < 8:
        j -= 1
    tokens = _trim(list(doc[j + 1 : end + 1]))
    return tokens, skipped


def _noun_phrase_before(doc, index, sentence_start):
    """For verbs that only ever report speech: any short phrase opening with a determiner ("a spokesperson
    for the operator told"), when the source words alone found nothing."""
    j = index - 1
    opening = None
    while j >= sentence_start and index - j <= 6 and doc[j].is_alpha and doc[j].lower_ not in STOP_AFTER:
        if doc[j].lower_ in ("a", "an", "the") and j < index - 1:
            opening = j
        j -= 1
    return list(doc[opening:index]) if opening is not None else []


def _source_after(doc, index, sentence_end, strict=True):
    """The noun phrase after token ``index``; not strict: any words up to punctuation or a clause word."""
    j = index + 1
    tokens = []
    while j < sentence_end and len(tokens) < 8 and doc[j].lower_ not in STOP_AFTER and (
        _is_source_token(doc[j]) if strict else not doc[j].is_punct or doc[j].text in ("-", "’s", "'s")
    ):
        tokens.append(doc[j])
        j += 1
    return _trim(tokens)


def _speech_follows(doc, index, sentence_end) -> bool:
    if index + 1 >= sentence_end:
        return True
    following = doc[index + 1]
    return following.is_punct or following.lower_ in ("that", "in") or following.is_quote


def _quote_before(doc, index, sentence_start) -> bool:
    return index - 1 >= sentence_start and (doc[index - 1].is_quote or doc[index - 1].text in (",", "”", '"'))


def _suggestion(line, first, last, rule, reason, source=""):
    start = line.start + first.idx
    end = line.start + last.idx + len(last.text)
    return Suggestion(start, end, TAG, f"{TAG}.{rule}", reason, CONFIDENCE[rule], source)


def _source_text(tokens) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def suggest_in_line(line: Line) -> list[Suggestion]:
    doc = line.doc
    found = []
    for sentence in doc.sents:
        s_start, s_end = sentence.start, sentence.end
        for i in range(s_start, s_end):
            token = doc[i]
            lower = token.lower_
            if lower == "according" and i + 1 < s_end and doc[i + 1].lower_ == "to":
                source = _source_after(doc, i + 1, s_end, strict=False)
                if any(t.is_alpha and t.lower_ not in DETERMINERS for t in source):
                    name = _source_text(source)
                    found.append(
                        _suggestion(line, token, source[-1], "according_to", f"“according to” names {name}.", name)
                    )
            elif lower in STANDALONE_HEDGES:
                found.append(_suggestion(line, token, token, "agentless", f"“{token.text}”: a claim with no source."))
            elif lower == "saying" and i > s_start and doc[i - 1].text == ",":
                found.append(_suggestion(line, token, token, "participle", "“, saying”: reported speech follows."))
            elif lower in HEDGES and i + 1 < s_end and doc[i + 1].lower_ in ("to", "that"):
                first = token
                j = i - 1
                while j >= s_start and (doc[j].lower_ in HEDGE_ADVERBS or doc[j].lower_ in BE_FORMS):
                    first = doc[j]
                    j -= 1
                passive = first is not token or lower == "believed" and (i == s_start or doc[i - 1].text == ",")
                if passive:
                    found.append(
                        _suggestion(line, first, token, "agentless",
                                    f"“{doc[first.i : token.i + 1].text}”: a belief or report with no named source.")
                    )
                elif lower in REPORTING_VERBS:
                    found += _reporting_verb(line, doc, i, s_start, s_end)
            elif lower in REPORTING_VERBS:
                found += _reporting_verb(line, doc, i, s_start, s_end)
    return found


def _reporting_verb(line, doc, i, s_start, s_end) -> list[Suggestion]:
    token = doc[i]
    lower = token.lower_
    if lower in ("added", "adds") and not _speech_follows(doc, i, s_end):
        return []
    source, skipped = _source_before(doc, i, s_start)
    if any(t.lower_ in BE_FORMS for t in skipped):
        return []
    verb = token.text
    if source and _has_head(source):
        head = source[-1].lower_
        if lower == "read" and head not in READ_SOURCES:
            return []
        if lower in ("showed", "shows") and head not in SHOW_SOURCES:
            return []
        name = _source_text(source)
        return [_suggestion(line, source[0], token, "reporting_verb", f"“{verb}” reports {name}'s words.", name)]
    if lower in SPEECH_VERBS:
        phrase = _noun_phrase_before(doc, i - len(skipped), s_start)
        if phrase:
            return [_suggestion(line, phrase[0], token, "reporting_verb", f"“{verb}” reports someone's words.",
                                _source_text(phrase))]
    before = doc[i - 1 - len(skipped)] if i - 1 - len(skipped) >= s_start else None
    if before is not None and before.lower_ in PRONOUNS and lower not in ("showed", "shows"):
        if lower == "read" and before.lower_ != "it":
            return []
        return [_suggestion(line, before, token, "pronoun", f"“{before.text} {verb}”: reported speech.")]
    if lower in ("said", "says", "added", "told") and _quote_before(doc, i, s_start):
        after = _source_after(doc, i, s_end)
        if after and _has_head(after):
            name = _source_text(after)
            return [_suggestion(line, token, after[-1], "reporting_verb", f"“{verb}” after a quotation names {name}.",
                                name)]
    return []


def suggest(lines: list[Line]) -> list[Suggestion]:
    found = []
    for line in lines:
        found += suggest_in_line(line)
    return found
