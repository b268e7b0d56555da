"""A reporting verb and its source: the checks that tell a verb that reports words from the same word used
otherwise, then the source, found by the construction the verb stands in."""

from annotations.suggestions import subjectivity
from annotations.suggestions.attribution.readings import (
    _after_reported_clause,
    _after_than,
    _aimed_at_someone,
    _clause_after,
    _complementizer,
    _concession_is_an_act,
    _credit_line,
    _data_before,
    _grounds_follow,
    _hearing_before,
    _naming,
    _notifying,
    _object_only,
    _plural_subject,
    _question_follows,
    _quote_before,
    _right_after_quotation,
    _singular_phrase_before,
    _speaker_after_quotation,
    _speech_follows,
    _subject_and_verb,
    _that_follows,
    _thing_object,
    _words_after_infinitive,
)
from annotations.suggestions.attribution.sources import (
    _adjective,
    _appositive_source,
    _aside_mark,
    _author_of_document,
    _before_verb_parts,
    _body_noun,
    _contacted_source,
    _free_relative,
    _group_subject,
    _has_head,
    _inner_hyphen,
    _is_source_token,
    _name_after,
    _name_in,
    _names_someone,
    _noun_phrase_before,
    _opening_adjective,
    _opening_appositive,
    _opening_link,
    _opening_participle,
    _opening_subject,
    _people_plural,
    _person_of_body,
    _placed_records,
    _records_before,
    _source_after,
    _source_before,
    _source_text,
    _suggestion,
    _trim,
    _unnamed_source,
)
from annotations.suggestions.attribution.words import (
    ACCUSING,
    ACT_PARTICLES,
    ARTICLES_AND_POSSESSIVES,
    ASKING,
    AUTHORED_POSTS,
    BASE_FORMS,
    BEFORE_ADJECTIVE,
    CATENATIVES,
    CLAIMING,
    CLAUSE_MARKERS,
    COMPLEMENT_ONLY,
    CONCEDED_ACTS,
    CONCERNS,
    CONSTRUCTION_ONLY,
    COORDINATORS,
    DATA_MODIFIERS,
    DATA_NOUNS,
    DATA_PARTICIPLES,
    DATA_VERBS,
    DECLARING,
    DETERMINERS,
    DO_FORMS,
    DOCUMENT_NOUNS,
    FIND_SOURCES,
    FIND_VERBS_AFTER_CLAUSE,
    FINITE_OR_MODAL,
    FORCE_VERBS,
    GIVEN_FIGURES,
    INDEFINITE_PRONOUNS,
    INVERTED_SPEECH,
    LEARNING,
    MESSAGING,
    NAMED_ONLY,
    NEGATIONS,
    NOT_BY_AGENT,
    NOT_JOINED,
    OUT_ONLY,
    OWN_SOURCE_VERBS,
    PLACE_PREPOSITIONS,
    POSTED_AT,
    POSTED_WORDS,
    PRONOUNS,
    PROPOSITIONS,
    READ_SOURCES,
    REJECTING,
    REPORTING_VERBS,
    RESULT_VERBS,
    SETTING_PREPOSITIONS,
    SHOW_SOURCES,
    SOURCE_WORDS,
    SPEECH_ONLY,
    SPEECH_VERBS,
    STANDARD_VERBS,
    STANDING_ONE,
    STANDING_QUANTIFIERS,
    STOP_AFTER,
    THAT_ONLY,
    TIME_WORDS,
    VERDICT_OBJECTS,
    VOWING,
    WRITING,
    WRITTEN_IN,
)
from annotations.suggestions.base import BE_FORMS, Suggestion
from annotations.suggestions.wording import mid_sentence, possessive


def _data_source(line, doc, i, s_start):
    """ "Shipping data compiled by the Grain Association (UGA) showed", "figures from the district show": the
    cue runs from the data noun's phrase to the verb, and the source is who the figures come from."""
    j = _before_verb_parts(doc, i, s_start)
    for k in range(j - 1, max(s_start, j - 12) - 1, -1):
        if doc[k].lower_ not in DATA_NOUNS:
            continue
        m = k + 1
        if m <= j and doc[m].lower_ in DATA_PARTICIPLES:
            m += 1
        if m <= j and doc[m].lower_ in ("on", "in", "this", "last", "earlier") and all(
            t.lower_ in TIME_WORDS or t.lower_ in ("on", "in", "this", "the") for t in doc[m : j + 1]
        ):
            m = j + 1  # "NHS figures published on Thursday show": the source stands before the noun
        if m > j:
            before, _ = _source_before(doc, k, s_start)
            before = [t for t in before if t.lower_ not in DATA_NOUNS]
            if not before or not _has_head(before) or doc[m - 1] is doc[k]:
                return None
            name = _source_text(before)
            return _suggestion(line, before[0], doc[i], "reporting_verb",
                               f"“{doc[i].text}” reports figures from {mid_sentence(name)}.", name)
        if doc[m].lower_ not in ("by", "from", "of"):
            continue
        phrase = [t for t in doc[m + 1 : j + 1]]
        if doc[m].lower_ == "of" and _kind_phrase(phrase):
            # "the first study of its kind suggests": the phrase ranks the study among its like, and names no author
            first = _data_phrase_start(doc, k, s_start)
            name = doc[first : j + 1].text
            return _suggestion(line, doc[first], doc[i], "reporting_verb",
                               f"“{doc[i].text}”: {mid_sentence(name)} is the source.", name)
        if any(t.lower_ in STOP_AFTER or t.text in (",", ";", ":") for t in phrase):
            return None
        if phrase and phrase[-1].text == ")":
            opening = next((n for n in range(len(phrase) - 1, -1, -1) if phrase[n].text == "("), None)
            phrase = phrase[:opening] if opening else phrase
        phrase = _trim(phrase)
        if not phrase or not _has_head(phrase) and not any(t.is_alpha and t.is_lower for t in phrase):
            return None
        first = k
        while first - 1 >= s_start and (
            doc[first - 1].lower_ in DATA_MODIFIERS or doc[first - 1].lower_ in ("the", "a", "an")
            or doc[first - 1].text[:1].isupper() and doc[first - 1].is_alpha
        ):
            first -= 1
        name = _source_text(phrase)
        return _suggestion(line, doc[first], doc[i], "reporting_verb",
                           f"“{doc[i].text}” reports figures from {mid_sentence(name)}.", name)
    return None


KIND_NOUNS = frozenset({"kind", "sort", "type"})
KIND_DETERMINERS = frozenset({"its", "their", "this", "that", "the"})
RANKING_WORDS = frozenset({"first", "second", "third", "only", "last"})


def _kind_phrase(phrase) -> bool:
    """``phrase``, after "of", places what it follows among its like: "its kind", "this type", "their sort"."""
    return len(phrase) == 2 and phrase[0].lower_ in KIND_DETERMINERS and phrase[1].lower_ in KIND_NOUNS


def _data_phrase_start(doc, k, s_start) -> int:
    """Where the phrase of the data noun at ``k`` opens: over its modifiers ("new", "official"), a word that ranks
    it ("first", "largest": ``RANKING_WORDS`` or a superlative) and its article."""
    first = k
    while first - 1 >= s_start and (
        doc[first - 1].lower_ in DATA_MODIFIERS or doc[first - 1].lower_ in RANKING_WORDS
        or doc[first - 1].is_lower and subjectivity.tag(doc[first - 1].lower_) == "JJS"
    ):
        first -= 1
    if first - 1 >= s_start and doc[first - 1].lower_ in ("the", "a", "an"):
        first -= 1
    return first


def _posted_before(doc, source, s_start):
    """The written thing whose place ``source`` is: "A notice on the gates of the school tells" — the source is
    "A notice", the head noun before the phrase of place, not the gates. None when no such noun stands there."""
    k = source[0].i - 1 if source else -1
    if k - 1 < s_start or doc[k].lower_ not in POSTED_AT or doc[k - 1].lower_ not in POSTED_WORDS:
        return None
    head = next((n for n, t in enumerate(source) if t.lower_ == "of"), len(source))
    if doc[k - 1].lower_ in AUTHORED_POSTS and head and _person_or_body(source[head - 1]):
        return None  # "A statement at the county council said": the council wrote it; not "on the gates of …"
    first = k - 1
    while first - 1 >= s_start and doc[first - 1].lower_ in DETERMINERS:
        first -= 1
    return list(doc[first:k])


def _person_or_body(token) -> bool:
    """Whether ``token`` names a person or a body that may write what is posted ("the county council", "Dr Roe"),
    not a place words are put ("the ministry's website", "the gates") nor a time ("on Monday")."""
    lower = token.lower_
    if not token.is_alpha or lower in WRITTEN_IN or lower in DOCUMENT_NOUNS or lower in POSTED_WORDS or (
        lower in TIME_WORDS or lower in DETERMINERS
    ):
        return False
    return _names_someone(token) or _body_noun(token)


def _joined_verb(line, doc, i, s_start, s_end, earlier):
    """A reporting verb with no subject of its own: after "and" or "but" ("… and accused the operator of",
    "welcomed the approach, but warned that"), the source is the earlier cue's or the sentence's subject;
    after ", which" or ", who" ("the watchdog, which warned in a report"), the phrase before the comma.
    None when the verb has a subject of its own."""
    j = _before_verb_parts(doc, i, s_start)
    if j < s_start or doc[j].lower_ not in ("and", "but", "which", "who"):
        return None
    lower = doc[i].lower_
    relative = doc[j].lower_ in ("which", "who")
    # "and called the result a success": a verdict on something named; "and called for calm" is a demand
    verdict = lower in ("called", "calls") and i + 1 < s_end and doc[i + 1].lower_ in VERDICT_OBJECTS
    if relative and lower in RESULT_VERBS and i + 1 < s_end and doc[i + 1].lower_ == "that":
        pass  # "a report by the Office for Students, which found that …"
    elif lower in NOT_JOINED and not verdict or not (
        verdict or relative or lower in SPEECH_VERBS or lower == "say" or lower in ACCUSING
        or _speech_follows(doc, i, s_end)
        or i + 1 < s_end and doc[i + 1].lower_ == "that"
        # a clause reported with no "that": "but admitted the timetable had been too tight"
        or lower not in CONSTRUCTION_ONLY and _clause_after(doc, i + 1, s_end)
        # a vow is words: "and has vowed not to cut a single branch"
        or lower in VOWING and i + 1 < s_end and doc[i + 1].lower_ in ("to", "not", "never")
    ):
        # "and emphasised their importance", "and urged people to": an act, unless words follow; never a
        # source made of the words before "and"
        return [] if doc[j].lower_ in ("and", "but") else None
    if lower in NAMED_ONLY and (i + 1 >= s_end or doc[i + 1].is_punct):
        return []  # "Good morning and welcome.": a greeting, not a verdict on something
    if relative:
        if j - 1 < s_start or doc[j - 1].text != ",":
            return _restrictive_relative(line, doc, i, j, s_start)
        if earlier:
            name = earlier[-1].source
        else:
            before, _ = _source_before(doc, j - 1, s_start)
            phrase = before if before and _has_head(before) else _noun_phrase_before(doc, j - 1, s_start)
            if not phrase:
                return None
            name = _source_text(_name_in(phrase))
        return [_suggestion(line, doc[i], doc[i], "reporting_verb",
                            f"“{doc[j].text} {doc[i].text}”: words from "
                            f"{mid_sentence(name) or 'the source named before'}.",
                            name)]
    if earlier:
        name = earlier[-1].source
    else:
        opening = _opening_subject(doc, s_start, j) or _opening_appositive(doc, s_start, j)
        if not opening and lower not in SPEECH_VERBS:
            return None
        name = _source_text(_name_in(opening)) if opening else ""
    return [_suggestion(line, doc[i], doc[i], "reporting_verb",
                        f"“{doc[j].text} {doc[i].text}”: more words from "
                        f"{mid_sentence(name) or 'the source named before'}.",
                        name)]


def _rejects_words(doc, i, s_start, s_end) -> bool:
    """Whether the verb of rejecting at ``i`` answers something said: its object is a proposition ("rejected the
    allegations", "rejects any suggestion that", "dismissed the “doubts”"), or a proposition stands before its
    subject in a relative clause with no "which" ("a link the ministry has rejected")."""
    for k in range(i + 1, min(s_end, i + 5)):
        if doc[k].lower_ in PROPOSITIONS:
            return True
        if doc[k].is_quote:
            continue  # the words in quotation marks
        if doc[k].is_punct or not doc[k].is_alpha or doc[k].lower_ in STOP_AFTER or doc[k].lower_ in COORDINATORS:
            break
    if i + 1 < s_end and not (doc[i + 1].is_punct or doc[i + 1].lower_ in COORDINATORS):
        return False  # an object of its own that is no proposition: "rejected a third bid"
    source, _ = _source_before(doc, i, s_start)
    if not source:
        return False
    first = source[0].i
    return first - 1 >= s_start and doc[first - 1].lower_ in PROPOSITIONS


def _pointing_to(line, doc, i, s_start):
    """ "Supporters point to Edinburgh", "Campaign group Stop the Road points to the last scheme": people or a
    named body that open the clause cite something as evidence. Data that point to a cause ("the flight data
    pointed to a solid fuel") are evidence themselves, and a thing in a place ("hoard on Bornholm points to")
    names no one."""
    group = _group_subject(doc, i, s_start)
    if group:
        name = _source_text(group)
        return [_suggestion(line, group[0], doc[i + 1], "reporting_verb",
                            f"“{doc[i].text} to”: {mid_sentence(name)} cite evidence.", name)]
    source, skipped = _source_before(doc, i, s_start)
    if not source or not _has_head(source) or any(t.lower_ in BE_FORMS for t in skipped):
        return []
    if any(t.lower_ in DATA_NOUNS or t.lower_ in SHOW_SOURCES for t in source):
        return []
    opening = source[0].i
    if opening > s_start and not (doc[opening - 1].is_punct or _opening_link(doc[opening - 1])):
        return []
    if not any(_names_someone(t) for t in source) or len(source) == 1 and _opening_adjective(source[0]):
        return []
    place = next((n for n, t in enumerate(source) if t.lower_ in PLACE_PREPOSITIONS), None)
    if place is not None and (place == 0 or not _names_someone(source[place - 1])):
        return []  # "Silver hoard on Bornholm points to": a thing in a place; "Growers in the valley" are people
    name = _source_text(_name_in(source))
    return [_suggestion(line, source[0], doc[i + 1], "reporting_verb",
                        f"“{doc[i].text} to”: {mid_sentence(name)} cite evidence.", name)]


def _restrictive_relative(line, doc, i, j, s_start):
    """ "pressure from commuters who said the rules …": "who" with no comma before it picks out the people just
    named, and they said the words. None when no people are named before "who"."""
    if doc[j].lower_ != "who":
        return None
    k = j - 1
    while k >= s_start and j - k <= 6 and (_is_source_token(doc[k]) or doc[k].is_lower and _adjective(doc[k])):
        k -= 1  # "drivers and suburban commuters who said": names, nouns for people and their adjectives
        if doc[k + 1].lower_ in DETERMINERS:
            break
    before = _trim(list(doc[k + 1 : j]))
    if not before or not _has_head(before):
        before = _noun_phrase_before(doc, j, s_start)
    if not before or before[-1].lower_ in INDEFINITE_PRONOUNS:
        return None  # "Anyone who tells you …": whoever would say it, no one who did
    name = _source_text(_name_in(before))
    return [_suggestion(line, doc[i], doc[i], "reporting_verb",
                        f"“who {doc[i].text}”: words from {mid_sentence(name)}.", name)]


def _reporting_verb(line, doc, i, s_start, s_end, earlier=()) -> list[Suggestion]:
    token = doc[i]
    lower = token.lower_
    verb = token.text
    if token.text[:1].isupper() and i > s_start and doc[i - 1].text[:1].isupper():
        return []  # part of a name: "the United States", "Fox News Reports"
    if i - 1 > s_start and _inner_hyphen(doc, i - 1):
        return []  # part of a compound adjective: "the much-trumpeted plan", "the long-anticipated report"
    if lower in INVERTED_SPEECH and _right_after_quotation(doc, i, s_start):
        after = _name_after(doc, i, s_end)
        if after:
            name = _source_text(_name_in(after))
            return [_suggestion(line, token, after[-1], "reporting_verb",
                                f"“{verb}” after a quotation names {mid_sentence(name)}.", name)]
    if lower in DATA_VERBS:
        through_data = _data_source(line, doc, i, s_start)
        if through_data is not None:
            return [through_data]
    if lower in ("tell", "tells", "told") and _data_before(doc, i, s_start):
        return []  # "The lab results tell a different story": figures show, they do not speak, on every branch
    if lower in SPEECH_ONLY and not _speech_follows(doc, i, s_end):
        return []  # "announced its retirement" is an act, "announced that …" reports words
    if lower in ("expected", "anticipated") and (
        i + 1 < s_end and doc[i + 1].lower_ == "to" or i > s_start and doc[i - 1].lower_ in ("as", "than")
    ):
        return []  # "sales expected to rise", "as anticipated": what is foreseen, not who foresees it
    if lower == "estimated" and i + 1 < s_end and doc[i + 1].lower_ == "at":
        return []  # "turnout estimated at 61%": a measure
    if lower.endswith("ed") and i > s_start and doc[i - 1].lower_ in BEFORE_ADJECTIVE:
        return []  # "an estimated £3bn", "the recommended dose", "owners of condemned buildings": an adjective
    if i > s_start and doc[i - 1].lower_ in ("'s", "’s"):
        return []  # "the union's claim", "the council's estimates": a noun
    if i > s_start and doc[i - 1].lower_ in ARTICLES_AND_POSSESSIVES:
        return []  # "rejected the claims", "its estimates", "their reports": a noun after its determiner
    if _plural_noun_form(lower) and i + 1 < s_end and (
        doc[i + 1].lower_ in CLAUSE_MARKERS or subjectivity.tag(doc[i + 1].text) in FINITE_OR_MODAL | {"VB"}
        or doc[i + 1].lower_ in DATA_VERBS or doc[i + 1].lower_ in REPORTING_VERBS
    ):
        return []  # "Growth forecasts were cut", "Met Office estimates show rain": the noun, its verb after it
    if lower in REJECTING and not _rejects_words(doc, i, s_start, s_end):
        return []  # "rejected a third bid": an act; "rejected the allegations", "a claim the ministry rejected"
    if lower in ("point", "points", "pointed") and i + 1 < s_end and doc[i + 1].lower_ == "to":
        return _pointing_to(line, doc, i, s_start)
    if lower in ("point", "points", "pointed") and not (i + 1 < s_end and doc[i + 1].lower_ == "out"):
        return []  # only "point out" and "point to" report words
    if lower in FORCE_VERBS and i + 1 < s_end and doc[i + 1].lower_ in ACT_PARTICLES | {"into", "home", "shut"}:
        return []  # "slammed in four goals", "blasted into the net", "slammed the door shut": force, not words
    if lower in FORCE_VERBS and not (
        i + 1 >= s_end or doc[i + 1].is_punct or doc[i + 1].is_quote or _aimed_at_someone(doc, i + 1, s_end)
        or _grounds_follow(doc, i, s_end)
    ):
        return []  # "Miners blast the rock face", "Arctic blast hits towns": force; "slammed the FA over …" censures
    if lower in WRITING and i + 1 < s_end and doc[i + 1].lower_ in ("off", "down", "up"):
        return []  # "writes off £640m", "wrote down its stake", "wrote up the minutes": acts of accounting
    if lower in WRITING and i + 1 < s_end and doc[i + 1].lower_ in ARTICLES_AND_POSSESSIVES and not any(
        doc[k].lower_ in DOCUMENT_NOUNS for k in range(i + 2, min(i + 5, s_end))
    ):
        return []  # "writes a call on a paper card": a thing set down, not words; "wrote a letter" may report them
    if i > s_start and doc[i - 1].lower_ in REPORTING_VERBS and any(
        cue.end == line.start + doc[i - 1].idx + len(doc[i - 1].text) for cue in earlier
    ):
        return []  # "Pruitt says calls are answered": the words reported open after the verb, "calls" their noun
    if lower in OUT_ONLY and not (i + 1 < s_end and doc[i + 1].lower_ == "out"):
        return []  # "hit out at", "lashed out at" censure someone; "hit the town", "lashed the coast" do not
    if lower in OUT_ONLY and i + 2 < s_end and doc[i + 2].lower_ in ("at", "against") and not _aimed_at_someone(
        doc, i + 3, s_end
    ):
        return []  # "hit out at the end of the innings", "lashed out at a wide delivery": a stroke, not censure
    if lower == "report" and i + 1 < s_end and doc[i + 1].lower_ in ("to", "on", "for", "back", "into"):
        return []  # "will report to Parliament": to answer to a body, not words reported
    if lower in ("reports", "reported") and i + 1 < s_end and doc[i + 1].lower_ == "on" and not (
        i + 2 < s_end and doc[i + 2].lower_ in TIME_WORDS
    ):
        return []  # "state media usually reports on tests": covering a subject, not words reported
    if lower == "reports" and _credit_line(doc, i, s_start, s_end):
        return []  # "Sun-hee Park reports from Seoul": a reporter's credit, not a source's words
    if lower in ("expressed", "expresses") and not any(
        doc[k].lower_ in CONCERNS or doc[k].lower_ == "that" for k in range(i + 1, min(s_end, i + 4))
    ):
        return []  # "expressed concern that …" voices a worry; "expressed great satisfaction" shows a feeling
    if lower in ("gave", "gives") and not any(
        doc[k].lower_ in GIVEN_FIGURES for k in range(i + 1, min(s_end, i + 4))
    ):
        return []  # "gave a similar range" reports a source's figure; "gave way", "gave birth" report nothing
    if i + 2 < s_end and doc[i + 1].lower_ == "by":
        k = _before_verb_parts(doc, i, s_start)
        agent = _source_after(doc, i + 1, s_end, strict=False)
        if k >= s_start and doc[k].lower_ == "as" and agent and _has_head(agent) and lower not in NOT_JOINED:
            name = _source_text(agent)  # "as first reported by the Gazette", "as noted by the regulator"
            return [_suggestion(line, doc[k], agent[-1], "reporting_verb",
                                f"“{doc[k].text} … {verb} by” names {mid_sentence(name)}.", name)]
        passive = k >= s_start and doc[k].lower_ in BE_FORMS and (lower.endswith("ed") or lower == "told") and (
            lower not in OWN_SOURCE_VERBS and lower not in DATA_VERBS and lower not in NOT_BY_AGENT
        )
        if passive:
            setting = next((n for n, t in enumerate(agent) if t.lower_ in SETTING_PREPOSITIONS or (
                t.lower_ in TIME_WORDS)), None)
            agent = _trim(agent[:setting]) if setting is not None else agent  # "by the club on Friday"
        if passive and agent and _has_head(agent) and any(_names_someone(t) for t in agent):
            name = _source_text(_name_in(agent))  # "The figures were disputed by the union"
            return [_suggestion(line, token, agent[-1], "reporting_verb",
                                f"“{verb} by” names {mid_sentence(name)} as who said it.", name)]
    if lower in CLAIMING and _object_only(doc, i, s_end):
        return []  # "City claimed a 2-1 win", "the storm claimed three lives", "China claims the sea": taking
    if lower in ("called", "calls") and i + 1 < s_end and doc[i + 1].lower_ in ACT_PARTICLES:
        return []  # "called up three players", "called off the match": acts, not verdicts
    if lower in ("called", "calls") and i + 2 < s_end and doc[i + 1].lower_ == "to" and (
        doc[i + 2].lower_ in DETERMINERS or doc[i + 2].text[:1].isupper()
    ):
        return []  # "police called to the close", "crews called to Dunmore": summoned to a place
    if lower in ("called", "calls") and _naming(doc, i, s_end):
        return []  # "the reef, which Beijing calls Haiyan Jiao", "calls it Haiyan Jiao": giving a name
    if lower in ("reported", "reports", "report") and _notifying(doc, i, s_end):
        return []  # "reported it to the local museum": telling an authority of a thing, not words reported
    if lower in DECLARING and _object_only(doc, i, s_end):
        return []  # "declared drought across the region", "declared a state of emergency": an act
    if lower == "read" and i + 1 < s_end and doc[i + 1].lower_ in ("to", "out", "aloud", "by"):
        return []  # "a statement read to the court": a participle, the words are the statement's
    if lower in ("conceded", "concedes", "concede") and _concession_is_an_act(doc, i, s_start, s_end):
        return []  # "as the prime minister concedes", "conceded, and the election was over": an act
    # "…, the Gazette has learned.", "…, Goalline understands.": the clause before the comma is what was learned
    learned = lower in LEARNING and _after_reported_clause(doc, i, s_start, s_end)
    if lower in THAT_ONLY and not (learned or _that_follows(doc, i, s_end) or _clause_after(doc, i + 1, s_end)):
        return []  # "understands the club has agreed", "ruled that"; not "ruled out a penalty"
    if lower in ASKING and not (
        _right_after_quotation(doc, i, s_start) or _question_follows(doc, i, s_end) or _quote_before(doc, i, s_start)
        and doc[i - 1].text != "," or _speaker_after_quotation(doc, i, s_start)
    ):
        return []  # "asked why …", '"Why now?" she asked'; not "asked to be named", "asked for help"
    if lower in COMPLEMENT_ONLY and not (learned or _complementizer(doc, i + 1)):
        return []  # "learned that the deal was close", not "learned that lesson" or "observed the comet"
    if lower in COMPLEMENT_ONLY and i - 1 == s_start and _opening_participle(doc[i - 1]):
        return []  # "Raising hopes that …": a noun after an opening participle
    if lower in ("concluded", "concludes") and not _speech_follows(doc, i, s_end):
        return []  # "concluded trilateral air drills" is an act, "concluded that …" a finding
    contacted = _contacted_source(doc, i, s_start)
    if contacted:
        name = _source_text(contacted)
        return [_suggestion(line, contacted[0], token, "reporting_verb",
                            f"“{verb}” reports the words of {mid_sentence(name)}.", name)]
    if i > s_start and doc[i - 1].lower_ == "to" and not lower.endswith(("ed", "s")):
        # "likes to say", "went on to say", "texted me on Sunday to say": an infinitive of speech after a verb of
        # habit or of sending a message reports words; "refused to confirm", "a stop to deny Mensah" do not
        return _infinitive_of_speech(line, doc, i, s_start, s_end)
    free = _free_relative(doc, i, s_start)
    if free is not None:
        name = _source_text(free) if not (len(free) == 1 and free[0].lower_ in PRONOUNS | {"we", "i"}) else ""
        return [_suggestion(line, doc[free[0].i - 1], token, "reporting_verb",
                            f"“what … {verb}”: words chosen by {mid_sentence(name) or 'someone'}.", name)]
    if lower not in OWN_SOURCE_VERBS and lower not in DATA_VERBS:  # "Sales of the drug suggest": no group
        group = _group_subject(doc, i, s_start)
        if group:
            name = _source_text(group)
            return [_suggestion(line, group[0], token, "reporting_verb",
                                f"“{verb}” reports {possessive(name)} words.", name)]
    unnamed = _unnamed_source(doc, i, s_start)
    if unnamed:
        name = _source_text(unnamed)
        return [_suggestion(line, unnamed[0], token, "reporting_verb",
                            f"“{verb}” reports the words of {mid_sentence(name)}, who are not named.", name)]
    if lower in BASE_FORMS and i > s_start and doc[i - 1].lower_ not in (",", "and", "but", "which", "who") and (
        not _plural_subject(doc[i - 1], lower)
    ):
        return []  # "a bold claim", "global demand": a verb of the base form needs a plural subject
    if lower in BASE_FORMS and _singular_phrase_before(doc, i, s_start):
        return []  # "a bitter Arctic blast": a phrase opened by "a" is singular, so the word is a noun
    if lower in ("conceded", "concedes", "concede") and i + 1 < s_end and (
        doc[i + 1].lower_ in CONCEDED_ACTS or doc[i + 1].like_num
    ) and not (doc[i + 1].lower_ in ARTICLES_AND_POSSESSIVES and _subject_and_verb(doc, i + 1, s_end)):
        return []  # "concedes defeat", "concedes in her seat", "conceded 41 goals": an act, not words
    if lower in ("heard", "hears") and not _hearing_before(doc, i, s_start):
        return []  # only a court, an inquest or a committee "heard" evidence
    if lower in STANDARD_VERBS and _after_than(doc, i, s_start):
        return []  # "fewer nurses than the framework recommends", "higher than analysts forecast": a yardstick
    joined = _joined_verb(line, doc, i, s_start, s_end, earlier)
    if joined is not None:
        return joined
    placed = _placed_records(doc, i, s_start)
    if placed:
        name = _source_text(placed)
        return [_suggestion(line, placed[0], token, "reporting_verb",
                            f"“{verb}”: {mid_sentence(name)} are the source.", name)]
    source, skipped = _source_before(doc, i, s_start)
    if any(t.lower_ in BE_FORMS for t in skipped):
        return []
    source = _posted_before(doc, source, s_start) or source
    if lower in ("showed", "shows", "show") and not (source and _has_head(source)):
        shown = _records_before(doc, i - 1 - len(skipped), s_start)
        if shown:
            name = _source_text(shown)
            return [_suggestion(line, shown[0], token, "reporting_verb",
                                f"“{verb}”: {mid_sentence(name)} are the source.", name)]
    if not source and lower in FIND_VERBS_AFTER_CLAUSE and i - 1 >= s_start and doc[i - 1].text == ",":
        opening = next((k for k in range(i - 2, max(s_start, i - 16) - 1, -1) if doc[k].text == ","), None)
        if opening is not None:
            body, _ = _source_before(doc, opening, s_start)
            that = i + 1 < s_end and doc[i + 1].lower_ == "that"  # "The team, led by Dr Lund, found that"
            if body and (body[-1].lower_ in FIND_SOURCES or body[-1].lower_ in SHOW_SOURCES or that and (
                body[-1].lower_ in SOURCE_WORDS or _people_plural(body[-1].lower_)
            )):
                name = _source_text(body)
                return [_suggestion(line, body[0], token, "reporting_verb",
                                    f"“{verb}” reports {possessive(name)} result.",
                                    name)]
    if not source and i - 1 - len(skipped) >= s_start and _aside_mark(doc, i - 1 - len(skipped)):
        appositive, first = _appositive_source(doc, i - 1 - len(skipped), s_start)
        if appositive and lower not in ("read", "showed", "shows", "show", "found", "finds"):
            name = _source_text(appositive)
            return [_suggestion(line, first, token, "reporting_verb", f"“{verb}” reports {possessive(name)} words.",
                                name)]
    if source and _has_head(source):
        head = source[-1].lower_
        if lower == "read" and head not in READ_SOURCES:
            return []
        if lower in ("showed", "shows", "show") and not any(t.lower_ in SHOW_SOURCES for t in source):
            return []
        if lower in ("found", "finds", "find") and not any(t.lower_ in FIND_SOURCES for t in source) and not (
            i + 1 < s_end and doc[i + 1].lower_ == "that"
        ):
            return []  # a study finds; people find "that" something is so ("The team found that …"), not a body
        if lower in NAMED_ONLY and not any(_names_someone(t) for t in source):
            return []
        person = _person_of_body(doc, source, s_start)
        author = _author_of_document(source)
        if person:
            source, named = person
            name = _source_text(named)
        elif author:
            name = _source_text(_name_in(author))
        else:
            name = _source_text(_name_in(source))
        return [_suggestion(line, source[0], token, "reporting_verb",
                            f"“{verb}” reports {possessive(name)} words.", name)]
    before = doc[i - 1 - len(skipped)] if i - 1 - len(skipped) >= s_start else None
    if before is not None and before.lower_ == "it" and lower not in SPEECH_VERBS and _thing_object(doc, i, s_end):
        # "It confirms a trend": "it" is often a thing, and with a plain noun phrase for its object the verb relates
        # a thing to a thing; "it expects the fees to rise", "it argues that …", "it gave no figure" report words
        return []
    if before is not None and (
        before.lower_ in STANDING_QUANTIFIERS or before.lower_ in STANDING_ONE
    ) and lower not in OWN_SOURCE_VERBS and (
        before.i == s_start or doc[before.i - 1].is_punct or _opening_link(doc[before.i - 1])
    ):
        # "Many believe", "Others argue", "Some say": a quantifier standing alone for people
        return [_suggestion(line, before, token, "reporting_verb",
                            f"“{before.text} {verb}”: the words of people not named.", before.text)]
    if lower in NAMED_ONLY or lower in ("found", "finds", "find", "show", "called", "calls"):
        return []
    if before is not None and before.lower_ in ("and", "but") and earlier and (
        lower in SPEECH_VERBS or _speech_follows(doc, i, s_end) or doc[i + 1].lower_ == "that"
    ):
        source_name = earlier[-1].source
        return [_suggestion(line, token, token, "reporting_verb",
                            f"“and {verb}”: more words from the source named before.", source_name)]
    if lower in SPEECH_VERBS or lower not in ("read", "showed", "shows", "added", "adds", "expressed", "spoke"):
        phrase = _noun_phrase_before(doc, i - len(skipped), s_start)
        phrase = _posted_before(doc, phrase, s_start) or phrase
        if phrase and lower in DATA_VERBS and (not _has_head(phrase) or any(t.lower_ in DATA_NOUNS for t in phrase)):
            phrase = []  # "the data released so far suggest", "the launch vehicle reveals": no one named
        if phrase:
            return [_suggestion(line, phrase[0], token, "reporting_verb", f"“{verb}” reports someone's words.",
                                _source_text(phrase))]
    if before is not None and before.lower_ in PRONOUNS and lower not in ("showed", "shows"):
        if lower == "read" and before.lower_ != "it":
            return []
        if before.i - 1 >= s_start and doc[before.i - 1].lower_ in CLAUSE_MARKERS:
            return []  # "why is it disputed?": a question's inverted verb before a participle, no words reported
        # "They can't say", "it does confirm": a negation or "do" is quoted with the verb, not left out of it
        kept = any(t.lower_ in NEGATIONS or t.lower_ in DO_FORMS for t in doc[before.i + 1 : i])
        said = doc[before.i : i + 1].text if kept else f"{before.text} {verb}"
        return [_suggestion(line, before, token, "pronoun", f"“{said}”: reported speech.")]
    if (lower in INVERTED_SPEECH or lower == "say") and _quote_before(doc, i, s_start):
        after = _name_after(doc, i, s_end)
        if after:
            name = _source_text(after)
            return [_suggestion(line, token, after[-1], "reporting_verb",
                                f"“{verb}” after a quotation names {mid_sentence(name)}.",
                                name)]
    return []


def _infinitive_of_speech(line, doc, i, s_start, s_end):
    """ "The minister likes to say that …", "My landlord texted me on Sunday to say …": the source is the subject
    of the verb that governs the infinitive, within a few words and no punctuation; and words follow the
    infinitive ("tends to say very little after defeats" reports a habit, no words)."""
    if doc[i].lower_ not in SPEECH_VERBS | {"say", "tell", "warn", "claim", "insist", "argue", "confirm", "remind"}:
        return []
    if not _words_after_infinitive(doc, i, s_end):
        return []
    for k in range(i - 2, max(s_start - 1, i - 10), -1):
        token = doc[k]
        if token.is_punct or token.lower_ in STOP_AFTER:
            return []
        governs = token.lower_ in MESSAGING or token.lower_ in CATENATIVES and (
            token.lower_ != "on" or k - 1 >= s_start and doc[k - 1].lower_ in ("went", "goes", "go", "going")
        )
        if not governs:
            continue
        if token.lower_ in REPORTING_VERBS:
            return []  # "The union wrote to members to say": the verb before is the cue already
        head = k - 1 if token.lower_ == "on" else k
        source, skipped = _source_before(doc, head, s_start)
        if any(t.lower_ in BE_FORMS for t in skipped):
            return []
        if not source or not _has_head(source):
            source = _noun_phrase_before(doc, head - len(skipped), s_start)  # "The minister for housing likes"
        if not source:
            return []
        name = _source_text(_name_in(source))
        return [_suggestion(line, source[0], doc[i], "reporting_verb",
                            f"“… to {doc[i].text}” reports {possessive(name)} words.", name)]
    return []


def _plural_noun_form(lower) -> bool:
    """Whether a verb's "-s" form is more often a plural noun ("forecasts", "estimates", "reports", "claims"), as
    the tagger's word list has it."""
    return lower.endswith("s") and subjectivity.tag(lower) == "NNS"
