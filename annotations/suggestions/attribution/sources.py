"""Who speaks: the source phrase before a reporting verb (walking back over auxiliaries, adverbs and a
bracketed acronym), after it ('"…," said one resident'), set apart by commas ("Name, a title at Org, said"),
or described without a name ("people familiar with the matter", "Owners we spoke to")."""

from annotations.names import BODY_WORDS, NAME_PARTICLES, PERSONAL_TITLES, TITLES
from annotations.suggestions import subjectivity
from annotations.suggestions.attribution.words import (
    ADVERBS,
    AFFILIATION_LINKS,
    AGE_UNITS,
    ANONYMOUS_HEADS,
    ANONYMOUS_LINKS,
    AUXILIARIES,
    BEFORE_COORDINATED_SUBJECT,
    CONNECTORS,
    CONSTRUCTION_ONLY,
    CONTACT_VERBS,
    COORDINATORS,
    DATA_NOUNS,
    DATA_PARTICIPLES,
    DETERMINERS,
    DO_FORMS,
    DOCUMENT_NOUNS,
    ELIDED_NAME,
    FINITE_VERB_TAGS,
    INVERTED_SPEECH,
    NAMING_VERBS,
    NEGATIONS,
    NOUN_PHRASE_OPENERS,
    OPENING_LINKS,
    PEOPLE_OPENERS,
    PEOPLE_PLACES,
    PEOPLE_PLURAL,
    PERSON_SINGULAR,
    PHRASE_OPENERS,
    PLACE_PREPOSITIONS,
    PLACED_RECORDS,
    PRONOUNS,
    REPORTING_VERBS,
    SETTING_PREPOSITIONS,
    SHORT_NEGATIVES,
    SHOW_SOURCES,
    SOURCE_WORDS,
    SPEECH_VERBS,
    STOP_AFTER,
    TIME_WORDS,
    token_cue,
)
from annotations.suggestions.base import BE_FORMS
from annotations.suggestions.person_nouns import PEOPLE_NOUNS, PERSON_NOUNS


def _people_plural(word) -> bool:
    """A lower-case plural for people: by its ending ("campaigners", "economists"), or from the lexicon of nouns
    for people that no ending gives ("guests", "nurses", "fans", "children", "staff")."""
    return bool(PEOPLE_PLURAL.match(word)) or word in PEOPLE_NOUNS


def _age_noun(token) -> bool:
    """A part of a noun of age ("15-year-olds", "a 67-year-old", "six-month-old"): its number, its unit or its
    "old", joined by hyphens inside one word."""
    doc, i = token.doc, token.i
    for start in range(max(0, i - 4), min(i, len(doc) - 5) + 1):
        parts = [doc[k] for k in range(start, start + 5)]
        if (parts[0].like_num or parts[0].is_alpha) and parts[2].lower_ in AGE_UNITS and (
            parts[4].lower_ in ("old", "olds")
        ) and _inner_hyphen(doc, start + 1) and _inner_hyphen(doc, start + 3):
            return True
    return False


def _is_source_token(token) -> bool:
    text = token.text
    if text in ("'", "’") and _plural_possessive(token):
        return True  # "The teachers' union said"
    if token.is_punct and text not in ("-", "’s", "'s"):
        return False
    if _age_noun(token):
        return True  # "Almost half of 15-year-olds said"
    lower = token.lower_
    if lower in TIME_WORDS or lower in PRONOUNS or lower in STOP_AFTER:
        return False  # "He said": a pronoun is a cue without a named source, even when it opens the sentence
    if lower in SOURCE_WORDS or lower in DETERMINERS or lower in CONNECTORS or _people_plural(text):
        return True
    if _person_noun(token):
        return True  # "the head teacher said", "owner insists"
    if _body_noun(token):
        return True  # "The bank kept its forecast, saying …", "the university said": a body speaks
    if text[:1].isupper() or _elided_particle_name(text):
        return True
    doc, i = token.doc, token.i
    neighbours = [doc[i - 1].text if i > 0 else "", doc[i + 1].text if i + 1 < len(doc) else ""]
    if lower in NAME_PARTICLES and all(n[:1].isupper() for n in neighbours):
        return True  # "Rubén del Campo", "Ursula von der Leyen"
    return "-" in neighbours and token.is_alpha


def _elided_particle_name(text) -> bool:
    return bool(ELIDED_NAME.match(text))


def _plural_possessive(token) -> bool:
    """An apostrophe that makes a plural possessive ("teachers' union", "residents’ groups"): right after a word in
    -s, with a space and a word after it."""
    doc, i = token.doc, token.i
    if i == 0 or i + 1 >= len(doc):
        return False
    before, after = doc[i - 1], doc[i + 1]
    return (
        before.is_alpha and before.lower_.endswith("s") and before.idx + len(before.text) == token.idx
        and after.is_alpha and after.idx > token.idx + 1
    )


def _has_head(tokens) -> bool:
    return any(
        t.lower_ in SOURCE_WORDS or _people_plural(t.text) or t.lower_ in ("old", "olds") and _age_noun(t)
        or t is tokens[-1] and (_person_noun(t) or _body_noun(t))
        or (t.text[:1].isupper() and t.lower_ not in DETERMINERS and t.lower_ not in PRONOUNS
            and not (_opening_adjective(t) and t is not tokens[-1] and t.doc[t.i + 1].is_lower))
        for t in tokens
    )


def _opening_participle(token) -> bool:
    """A participle capitalised only because it opens the sentence: "Raising hopes that …", "Adding that …". The
    caller passes the sentence's first word."""
    if not token.text[:1].isupper() or token.text.isupper() or not token.lower_.endswith("ing"):
        return False
    return subjectivity.tags().get(token.lower_, "") == "VBG"


# The speaker's own pronouns: who they are is the turn's or the quotation's, never a name in the words.
FIRST_PERSON = frozenset("i we".split())


def _names_someone(token) -> bool:
    """Whether ``token`` can name who speaks: a word in capitals (a name, a body), a plural for people
    ("growers", "nurses"), a word for a source ("officials", "police") or a noun for a person ("a nurse")."""
    if token.lower_ in FIRST_PERSON:
        return False  # "I called the board", "We welcome the inquiry": the speaker's own acts, no one named
    return token.text[:1].isupper() or _people_plural(token.lower_) or token.lower_ in SOURCE_WORDS or (
        _person_noun(token)
    )


def _body_noun(token) -> bool:
    """A lower-case noun for a body ("the bank", "the university", "the trust"), from the names' lexicon."""
    return token.is_lower and token.lower_ in BODY_WORDS and token.is_alpha and len(token.text) > 3


def _person_noun(token) -> bool:
    """A lower-case noun for a person or for people: by its ending, when the tagger's word list knows it as a
    singular noun ("teacher", "resident"), or from the lexicon of nouns for people ("nurse", "guide", "fans")."""
    return token.is_lower and (
        bool(PERSON_SINGULAR.match(token.lower_)) and subjectivity.tag(token.lower_) == "NN"
        or token.lower_ in PERSON_NOUNS
    )


def _opening_adjective(token) -> bool:
    """An adjective capitalised only because it opens the sentence ("Heavy hail fell", "Heavy rain fell, …"): the
    tagger's word list knows its lower-case form as an adjective. A name that is an adjective too ("Hardy told")
    is told apart by its callers: a head stands before the verb, an adjective before its noun."""
    doc = token.doc
    if not token.text[:1].isupper() or token.text.isupper():
        return False
    if token.i > 0 and not any(sentence.start == token.i for sentence in doc.sents):
        return False
    return subjectivity.tags().get(token.lower_, "").startswith("JJ")


def _opening_link(token) -> bool:
    """A word that opens a sentence without being part of its subject: a linking word ("Meanwhile analysts
    said"), or an adverb of manner in -ly that the lexicon knows in lower case ("Privately officials say"; not
    the names "Kelly", "Emily")."""
    lower = token.lower_
    return lower in OPENING_LINKS or lower.endswith("ly") and subjectivity.tags().get(lower) == "RB"


def _trim(tokens):
    while tokens and (tokens[0].lower_ in CONNECTORS or tokens[0].is_punct or _opening_link(tokens[0])):
        tokens = tokens[1:]
    while tokens and (tokens[-1].lower_ in CONNECTORS or tokens[-1].is_punct or tokens[-1].lower_ in DETERMINERS):
        tokens = tokens[:-1]
    return tokens


def _between_verb_parts(token) -> bool:
    """An auxiliary, a negation or an adverb that may stand between a subject and its verb: "has previously
    affirmed", "have long warned", "officials privately say", "did say", "have not said", "didn't say"."""
    lower = token.lower_
    return lower in AUXILIARIES or lower in ADVERBS or _ly_adverb(token) or lower in DO_FORMS or lower in NEGATIONS or (
        _short_negative(token)
    )


def _short_negative(token) -> bool:
    """The verb of a negative written short, before its "n't": "didn" of "didn't", "won" of "won’t"."""
    doc, i = token.doc, token.i
    return token.lower_ in SHORT_NEGATIVES and i + 1 < len(doc) and doc[i + 1].lower_ in NEGATIONS and (
        doc[i + 1].idx == token.idx + len(token.text)
    )


def _ly_adverb(token) -> bool:
    """A lower-case word in -ly that is an adverb ("privately", "reportedly"), not a noun that ends so ("family",
    "rally", "assembly"): the tagger's word list decides, and a word it lacks counts as an adverb."""
    return token.is_lower and token.lower_.endswith("ly") and not subjectivity.tag(token.lower_).startswith("NN")


def _before_verb_parts(doc, index, s_start) -> int:
    """The position of the last token before the verb at ``index`` once its auxiliaries and adverbs are walked
    back over (``s_start - 1`` when they open the sentence)."""
    j = index - 1
    while j >= s_start and _between_verb_parts(doc[j]):
        j -= 1
    return j


def _source_before(doc, index, sentence_start):
    """The source phrase ending just before token ``index`` (after skipping auxiliaries), and what was skipped."""
    j = index - 1
    skipped = []
    while j >= sentence_start and (_between_verb_parts(doc[j]) or doc[j].lower_ in BE_FORMS):
        skipped.append(doc[j])
        j -= 1
    # An acronym or an affiliation in brackets after the name: "the Grain Association (UGA) said".
    if j - 2 >= sentence_start and doc[j].text == ")":
        opening = next((k for k in range(j - 1, max(sentence_start, j - 5) - 1, -1) if doc[k].text == "("), None)
        if opening is not None:
            skipped += list(doc[opening : j + 1])
            j = opening - 1
    end = j
    while j >= sentence_start and _is_source_token(doc[j]) and end - j < 8:
        j -= 1
        if j + 1 < end and doc[j + 1].lower_ in DETERMINERS and not (
            j >= sentence_start and doc[j].lower_ in CONNECTORS
            # "the" inside a name: "Stop the War Coalition", "Save the Children"
            or j >= sentence_start and doc[j].text[:1].isupper() and doc[j + 2].text[:1].isupper()
        ):
            break  # a determiner opens the phrase: "In court his wife said"; not "leader of the party"
    # A plural after a name in capitals: "City fans said", "Labour rebels warned".
    if j == end and end - 1 >= sentence_start and _plural_after_name(doc, end):
        j = end - 1
        while j >= sentence_start and doc[j].text[:1].isupper() and doc[j].is_alpha and end - j < 5:
            j -= 1
    # Lower-case words between a determiner and the source word ("the city council", "the county fire service"),
    # unless a determiner opens the phrase already ("At the hearing his widow said").
    if j < end and not (doc[j + 1].lower_ in DETERMINERS and j >= sentence_start and doc[j].lower_ not in CONNECTORS):
        k = j
        while k >= sentence_start and j - k < 2 and doc[k].is_alpha and doc[k].is_lower and (
            doc[k].lower_ not in DETERMINERS and doc[k].lower_ not in STOP_AFTER and doc[k].lower_ not in TIME_WORDS
            and doc[k].lower_ not in BE_FORMS and doc[k].lower_ not in AUXILIARIES
            and subjectivity.tag(doc[k].lower_) not in FINITE_VERB_TAGS  # "The ministry rejected the claims"
        ):
            k -= 1
        if k < j and k >= sentence_start and doc[k].lower_ in ("the", "a", "an", "its", "their"):
            j = k - 1
        elif k < j and k - 1 >= sentence_start and doc[k].is_alpha and doc[k].text[:1].isupper() and (
            doc[k - 1].lower_ in ("the", "a", "an", "its", "their")
        ):
            j = k - 2  # a name as an adjective between: "the Philippine coast guard", "the Andalusian health service"
        elif k < j and k == sentence_start and doc[k].is_alpha and doc[k].text[:1].isupper() and not (
            doc[k].lower_ in STOP_AFTER or doc[k].lower_ in TIME_WORDS or _opening_link(doc[k])
            or doc[k].lower_ in PRONOUNS or doc[k].lower_ in CONNECTORS
        ):
            j = k - 1  # an adjective capitalised because it opens the sentence: "Regional water authority figures"
    # A named possessor before lower-case words: "China's coast guard said", "Japan's defence ministry said".
    k = j
    while k >= sentence_start and j - k < 3 and doc[k].is_alpha and doc[k].is_lower and (
        doc[k].lower_ not in DETERMINERS and doc[k].lower_ not in STOP_AFTER and doc[k].lower_ not in TIME_WORDS
        and doc[k].lower_ not in BE_FORMS and doc[k].lower_ not in AUXILIARIES and doc[k].lower_ not in CONNECTORS
    ):
        k -= 1
    if k - 1 >= sentence_start and doc[k].text in ("'s", "’s") and doc[k - 1].text[:1].isupper() and (
        doc[k - 1].lower_ not in PRONOUNS
    ):
        j = k - 1
        while j - 1 >= sentence_start and doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha:
            j -= 1
            # "Sergeant Liam Oduya of Kestle Police's roads policing unit": the person the unit belongs to
            if j - 2 >= sentence_start and doc[j - 1].lower_ == "of" and doc[j - 2].text[:1].isupper():
                j -= 1
        j -= 1
    elif k - 2 >= sentence_start and k < j + 1 and doc[k].text in ("'s", "’s") and doc[k - 1].is_alpha and (
        doc[index].lower_ in INVERTED_SPEECH
    ):
        # a possessor of lower-case words after a determiner, before a verb of saying: "the state oil company's
        # chief executive said"; not "the rogue state's rocket blasted"
        m = k - 1
        while m - 1 >= sentence_start and k - m < 4 and doc[m - 1].is_alpha and doc[m - 1].lower_ not in (
            DETERMINERS
        ) and doc[m - 1].lower_ not in STOP_AFTER and doc[m - 1].lower_ not in CONNECTORS:
            m -= 1
        if m - 1 >= sentence_start and doc[m - 1].lower_ in ("the", "a", "an", "its", "their", "his", "her", "our"):
            j = m - 2
    tokens = _trim(list(doc[j + 1 : end + 1]))
    return _with_relative_head(doc, _after_coordinated_clause(doc, tokens, sentence_start), sentence_start), skipped


RELATIVE_PRONOUNS = frozenset({"who", "which"})
RELATIVE_VERB_TAGS = FINITE_VERB_TAGS | {"VBN", "MD"}
RELATIVE_CLAUSE_WORDS = 4  # words of a relative clause between its pronoun and the phrase that ends it


def _with_relative_head(doc, tokens, sentence_start):
    """``tokens`` with the head noun they belong to when they close a relative clause set without commas: in
    "Campaigners who fought the road said", "the road" is the object of "fought", and the source is the head with
    its clause, "Campaigners who fought the road". The clause is "who" or "which", then a verb and up to
    ``RELATIVE_CLAUSE_WORDS`` lower-case words in all; its head is a source phrase or a noun phrase right before
    the pronoun. ``tokens`` themselves when no such clause stands before them."""
    if not tokens:
        return tokens
    k = tokens[0].i - 1
    while k >= sentence_start and tokens[0].i - k <= RELATIVE_CLAUSE_WORDS and doc[k].is_alpha and doc[k].is_lower and (
        doc[k].lower_ not in RELATIVE_PRONOUNS
    ):
        k -= 1
    if k < sentence_start or doc[k].lower_ not in RELATIVE_PRONOUNS or k + 1 == tokens[0].i or k == sentence_start:
        return tokens
    verb = doc[k + 1]
    if not (verb.lower_ in AUXILIARIES or subjectivity.tag(verb.lower_) in RELATIVE_VERB_TAGS):
        return tokens
    head, _ = _source_before(doc, k, sentence_start)
    if not (head and _has_head(head)):
        head = _noun_phrase_before(doc, k, sentence_start)
    if not head or head[-1].i != k - 1:
        return tokens
    return list(doc[head[0].i : tokens[-1].i + 1])


def _after_coordinated_clause(doc, tokens, sentence_start):
    """A source never reaches back across a coordinated clause: in "The storm claimed three lives and the council
    said", "three lives" is the object of the clause before "and", so the source is "the council" alone. Two
    subjects joined by "and" stay one source when nothing but a clause opening stands before the first ("Police
    and prosecutors said", "As Iran and Russia warned", "Officials in Kyiv and Warsaw said")."""
    joins = [n for n, t in enumerate(tokens) if t.lower_ in COORDINATORS]
    if not joins:
        return tokens
    before = doc[tokens[0].i - 1] if tokens[0].i > sentence_start else None
    opens_clause = before is None or (
        before.is_punct or before.is_quote or before.lower_ in STOP_AFTER or before.lower_ in COORDINATORS
        or before.lower_ in BEFORE_COORDINATED_SUBJECT or before.lower_ in PLACE_PREPOSITIONS
        or before.lower_ in SETTING_PREPOSITIONS or _opening_link(before)
        # "said some growers in Norfolk and Suffolk expected": words begin; not after a verb that reports only
        # in a construction of its own ("hit out at", "ruled that", a named source): "The keeper hit the bar and
        # the referee said" has the bar for an object
        or before.lower_ in REPORTING_VERBS and before.lower_ not in CONSTRUCTION_ONLY
    )
    finite_verb = any(
        t.is_lower and t.is_alpha and subjectivity.tag(t.text) in FINITE_VERB_TAGS for t in tokens[: joins[-1]]
    )  # "The mayor met union leaders and the council said": a verb of its own makes the first part a clause
    if opens_clause and not finite_verb:
        return tokens
    return _trim(tokens[joins[-1] + 1 :])


def _author_of_document(tokens):
    """ "A statement from the family", "a letter by 40 MPs": the author after "from" or "by", when the phrase is
    a document's; else nothing."""
    for n, token in enumerate(tokens[:-1]):
        if token.lower_ in DOCUMENT_NOUNS and tokens[n + 1].lower_ in ("from", "by"):
            author = _trim(tokens[n + 2 :])
            return author if _has_head(author) else []
    return []


def _plural_after_name(doc, k) -> bool:
    token, before = doc[k], doc[k - 1]
    return (
        token.is_alpha and token.is_lower and token.lower_.endswith("s") and not token.lower_.endswith("ss")
        and token.lower_ not in AUXILIARIES and token.lower_ not in STOP_AFTER and token.lower_ not in ADVERBS
        and before.is_alpha and before.text[:1].isupper() and before.lower_ not in PRONOUNS
        and before.lower_ not in STOP_AFTER and not _opening_link(before) and before.lower_ not in TIME_WORDS
    )


def _noun_phrase_before(doc, index, sentence_start):
    """For verbs that only ever report speech: any short phrase opening with a determiner ("a spokesperson
    for the operator told"), when the source words alone found nothing."""
    j = index - 1
    opening = None
    while j >= sentence_start and index - j <= 7 and (
        doc[j].is_alpha or doc[j].text == "-" or doc[j].text.isdigit() and doc[j + 1].text == "-"
    ) and (  # "A 67-year-old shopkeeper told"; not "recorded 38 confirmed cases"
        doc[j].lower_ not in STOP_AFTER
    ) and doc[j].lower_ not in SPEECH_VERBS:  # "the county said it could not confirm": a clause of its words
        if doc[j].lower_ in NOUN_PHRASE_OPENERS and j < index - 1:
            opening = j
        j -= 1
    if opening is None:
        return []
    # the same cut as for the source words: "Lightning struck the church and the vicar said" has the church for
    # the object of a clause of its own, so the phrase is "the vicar"
    phrase = _after_coordinated_clause(doc, list(doc[opening:index]), sentence_start)
    if not phrase or phrase[0].lower_ not in NOUN_PHRASE_OPENERS:
        return []
    return _with_relative_head(doc, phrase, sentence_start)


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


_suggestion = token_cue  # the name the English readers know it by


def _source_text(tokens) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def _author_of_figures(doc, start, sentence_end):
    """ "according to an analysis of consultation notices by the University and College Union (UCU)": when the
    phrase after "according to" is a body of figures made by someone, the source is its author, after "by"."""
    k = start
    data = False
    while k < sentence_end and k - start < 10 and doc[k].lower_ != "by":
        if doc[k].is_punct or doc[k].lower_ in STOP_AFTER:
            return []
        data = data or doc[k].lower_ in DATA_NOUNS
        k += 1
    if not data or k >= sentence_end or doc[k].lower_ != "by":
        return []
    agent, _ = _agent_after_by(doc, k + 1, sentence_end, lambda t: (
        t.text[:1].isupper() or t.lower_ in ("the", "of", "for", "and", "'s", "’s") or t.lower_ in SOURCE_WORDS
    ))
    return agent if _has_head(agent) else []


def _agent_after_by(doc, j, end, part):
    """The agent that starts at ``j``, right after "by": up to eight words that ``part`` accepts, trimmed; and
    where it stopped."""
    agent = []
    while j < end and len(agent) < 8 and part(doc[j]):
        agent.append(doc[j])
        j += 1
    return _trim(agent), j


def _subject_of(doc, i, s_start):
    """Who speaks in a participle clause: the name right before it ("with Priya Kaur accusing"), or else the
    names that open the sentence ("Ms Marsh defended …, telling")."""
    names = []
    j = i - 1
    while j >= s_start and doc[j].text[:1].isupper() and doc[j].is_alpha:
        names.insert(0, doc[j])
        j -= 1
    if names:
        return names
    if doc[i - 1].text != ",":
        k = i - 1
        while k - 1 >= s_start and doc[k - 1].lower_ != "with":
            k -= 1
        return list(doc[k:i])  # "with rail operators warning"
    opening = _opening_subject(doc, s_start, i)  # "City boss Andrea Valli was left fuming, claiming …"
    if not opening:
        return []
    k = opening[-1].i + 1
    if k < i and doc[k].is_lower and subjectivity.tag(doc[k].text).startswith("NN"):
        return []  # "Heavy rain fell …": the subject's noun is no source word, so the words before it are none
    return _name_in(opening)


def _names_a_source(tokens) -> bool:
    """Whether a phrase after "citing" names who said something rather than a reason ("citing delays")."""
    head = next((t for t in tokens if t.lower_ not in DETERMINERS and not t.like_num), None)  # "citing two people"
    return head is not None and (
        head.text[:1].isupper() or head.lower_ in SOURCE_WORDS or head.lower_ in ("people", "unnamed", "anonymous")
    )


def _aside_mark(doc, j) -> bool:
    """A comma, or a dash set apart by spaces, that opens or closes an aside: "Reed - who founded Acme - said"."""
    token = doc[j]
    if token.text in (",", "–", "—"):
        return True
    if token.text != "-" or j == 0 or j + 1 >= len(doc):
        return False
    return doc[j - 1].idx + len(doc[j - 1].text) < token.idx and token.idx + 1 < doc[j + 1].idx


def _appositive_source(doc, comma, s_start):
    """The source of "Name, a title at Org, said" or "The minister, Name, told": walk back over up to three
    comma-separated stretches to the name they describe. Returns (source tokens, first token of the cue)."""
    k = comma
    mark = doc[comma].text
    for _ in range(4):
        previous = next(
            (j for j in range(k - 1, max(s_start, k - 20) - 1, -1) if doc[j].text == mark and _aside_mark(doc, j)),
            None,
        )
        if previous is None:
            return [], None
        inside = [t for t in doc[previous + 1 : k] if not t.is_punct]
        if inside and all(t.text[:1].isupper() for t in inside) and len(inside) <= 4 and _address_before(doc, previous):
            k = previous  # "Darren Webb, 41, of Mill Lane, Aldbury, said": the town closes an address
            continue
        if inside and all(t.text[:1].isupper() for t in inside) and len(inside) <= 4:
            before, _ = _source_before(doc, previous, s_start)
            return inside, (before[0] if before else inside[0])
        before, skipped = _source_before(doc, previous, s_start)
        bracket = skipped and skipped[0].text == "(" and skipped[-1].text == ")"  # "Jane Roe (Lib Dem), who …,"
        if before and _has_head(before) and (not skipped or bracket):
            link = before[0].i - 1
            if link - 1 > s_start and doc[link].lower_ in AFFILIATION_LINKS and _aside_mark(doc, link - 1):
                # "Dr Ann Holt, of the Space Agency, which built the drill, said": the body is her affiliation,
                # set apart by commas; the person before it speaks
                person, skipped_before = _source_before(doc, link - 1, s_start)
                if person and _has_head(person) and not skipped_before:
                    return _name_in(person), person[0]
            return _name_in(before), before[0]
        phrase = _noun_phrase_before(doc, previous, s_start)
        if phrase:
            return phrase, phrase[0]
        k = previous
    return [], None


def _address_before(doc, comma) -> bool:
    """Whether the stretch that ends at ``comma`` is the start of an address: "…, of Mill Lane, Aldbury"."""
    opening = next((j for j in range(comma - 1, max(-1, comma - 8), -1) if doc[j].text == ","), None)
    return opening is not None and opening + 1 < comma and doc[opening + 1].lower_ in ("of", "from")


def _person_of_body(doc, source, s_start):
    """ "Professor Song Lihua of the National Institute … said", "Jane Roe of Avon Police said": a person of a
    body speaks, and the source is the person. Returns (the whole phrase, the name) or None."""
    first = source[0].i
    of = next((t.i for t in source if t.lower_ in AFFILIATION_LINKS), None)  # "Ann Holt at the University"
    if of is None:
        of = first - 1 if first - 1 > s_start and doc[first - 1].lower_ in AFFILIATION_LINKS else None
    if of is None or of - 1 < s_start:
        return None
    k = of - 1
    while k >= s_start and doc[k].is_alpha and doc[k].text[:1].isupper() and of - k <= 5:
        k -= 1
    run = list(doc[k + 1 : of])
    while run and run[0].lower_ in PERSONAL_TITLES:
        run = run[1:]
    if len(run) < 2 or any(
        t.lower_ in SOURCE_WORDS or t.lower_ in BODY_WORDS or t.lower_ in DETERMINERS or _people_plural(t.lower_)
        for t in run
    ):
        return None
    start = min(k + 1, first)
    return list(doc[start : source[-1].i + 1]), run


def _name_in(tokens):
    """The personal name at the end of a source phrase ("Council leader Joanne Eames" -> "Joanne Eames")."""
    names = []
    for n, token in enumerate(reversed(tokens)):
        ahead = tokens[len(tokens) - n - 2] if n + 1 < len(tokens) else None
        particle = names and (token.lower_ in NAME_PARTICLES or token.text == "the") and ahead is not None and (
            ahead.text[:1].isupper()
        )  # "Rubén del Campo", "Stop the Quay Road"
        if token.text[:1].isupper() and token.lower_ not in DETERMINERS or particle:
            names.insert(0, token)
        else:
            break
    before = tokens[len(tokens) - len(names) - 1] if len(names) < len(tokens) else None
    if before is not None and before.lower_ in CONNECTORS:
        return tokens  # "The Institute for Fiscal Analysis": one name with a connector inside
    return names if len(names) >= 2 and len(names) < len(tokens) else tokens


def _group_subject(doc, index, s_start):
    """A group of people that opens the sentence, set in a place or picked out by a participle, as the
    subject of the verb at ``index``: "Growers in the valley say", "Real estate agents in Mapo say",
    "Economists polled by the bank had expected". The phrase runs from the group to the verb."""
    end = _before_verb_parts(doc, index, s_start)
    first = s_start
    # or that opens a clause joined to the one before: "…, and officials at the ministry fear"
    joined = next((k + 1 for k in range(end - 1, max(s_start, end - 10) - 1, -1) if doc[k].text == ";" or (
        doc[k].lower_ in ("and", "but") and k - 1 >= s_start and doc[k - 1].text == ","
    )), None)
    if joined is not None:
        first = joined
    while first < end and (_opening_link(doc[first]) or doc[first].text == ","):
        first += 1
    head = first
    while head <= end and head - first < 4 and doc[head].is_alpha and not (
        doc[head].lower_ in PLACE_PREPOSITIONS
        or doc[head].lower_.endswith("ed") and head + 1 <= end and doc[head + 1].lower_ == "by"
    ):
        head += 1
    if head >= end or head == first:
        return []
    group = doc[head - 1]
    if not (_people_plural(group.lower_) or group.lower_ in SOURCE_WORDS and group.lower_.endswith("s")):
        return []
    if group.lower_ in PRONOUNS or any(t.lower_ in STOP_AFTER or t.lower_ in BE_FORMS for t in doc[first:head]):
        return []
    rest = doc[head : end + 1]
    if len(rest) > 9 or any(
        not (t.is_alpha or t.text in ("-", "'s", "’s") or t.like_num) or t.lower_ in STOP_AFTER
        or t.lower_ in BE_FORMS or t.lower_ in REPORTING_VERBS for t in rest
    ):
        return []
    return list(doc[first : end + 1])


def _opening_subject(doc, s_start, end):
    """The source phrase that opens a sentence, before ``end``: names and source words, with up to two
    lower-case words of a title between them ("Minerals minister Halima Kombo", "Harbury boss Steve Kettle").
    An opening participle clause is no part of it: "Observing the launch from a post, Kim Jong Un …"."""
    if doc[s_start].lower_.endswith("ing") and doc[s_start].is_alpha:
        comma = next((k for k in range(s_start + 1, min(end, s_start + 14)) if doc[k].text == ","), None)
        if comma is not None:
            s_start = comma + 1
    last = None
    k = s_start
    while k < end and k - s_start < 16:
        if doc[k].text != "," and doc[k].lower_ not in ("and", "but") and _is_source_token(doc[k]):
            last = k
            k += 1
            continue
        run = k
        while run < end and run - k < 2 and doc[run].is_alpha and doc[run].is_lower:
            run += 1
        if run == k or run >= end or not (doc[run].text[:1].isupper() or doc[run].lower_ in SOURCE_WORDS):
            break
        k = run
    opening = _trim(list(doc[s_start : last + 1])) if last is not None else []
    if all(t.lower_ in PRONOUNS or t.lower_ in ("we", "i", "you") for t in opening):
        return []  # "She thanked the fans and said …": a pronoun names no source
    return opening if _has_head(opening) else []


def _opening_appositive(doc, s_start, end):
    """ "The city's deputy mayor, Jo Bell, defended …": the name set apart by the first two commas of the
    sentence, after a title that opens it."""
    commas = [k for k in range(s_start, min(end, s_start + 16)) if doc[k].text == ","][:2]
    if len(commas) < 2 or commas[0] == s_start:
        return []
    inside = list(doc[commas[0] + 1 : commas[1]])
    title = [t for t in doc[s_start : commas[0]] if t.is_alpha]
    if not inside or len(inside) > 4 or not all(t.text[:1].isupper() or t.text == "-" for t in inside):
        return []
    if not any(t.lower_ in TITLES or t.lower_ in SOURCE_WORDS or _person_noun(t) for t in title):
        return []
    return inside


def _free_relative(doc, i, s_start):
    """ "in what one trader called a panic", "what critics describe as a betrayal": the words between "what" and
    a verb of naming are who chose the name (a short phrase or a pronoun). None when no "what" opens them."""
    if doc[i].lower_ not in NAMING_VERBS:
        return None
    k = _before_verb_parts(doc, i, s_start)
    first = k
    while first >= s_start and k - first < 4 and doc[first].is_alpha and doc[first].lower_ != "what":
        first -= 1
    if first < s_start or doc[first].lower_ != "what" or first == k:
        return None
    between = list(doc[first + 1 : k + 1])
    if any(t.lower_ in BE_FORMS or t.is_lower and subjectivity.tag(t.text) in FINITE_VERB_TAGS for t in between):
        return None  # "What happened next was called a miracle": a clause of its own, and a passive
    return between


def _unnamed_source(doc, i, s_start):
    """ "People familiar with the matter said": the whole description, from its head to the verb."""
    end = _before_verb_parts(doc, i, s_start)
    for k in range(end - 1, max(s_start, end - 8) - 1, -1):
        if not (doc[k + 1].is_alpha or doc[k + 1].text in ("'s", "’s", "-")):
            return []
        if f"{doc[k].lower_}:{doc[k + 1].lower_}" not in ANONYMOUS_LINKS:
            continue
        head = k - 1
        if head - 1 >= s_start and doc[head].lower_ == "with":
            head -= 1  # "a person with knowledge of"
        if head < s_start or not _anonymous_head(doc[head]):
            return []
        first = head
        while first - 1 >= s_start and (doc[first - 1].lower_ in DETERMINERS or doc[first - 1].like_num
                                        or _adjective(doc[first - 1]) or _name_word(doc[first - 1])):
            first -= 1  # "two people", "Western officials", "Two junior officials", "an Army officer"
        return list(doc[first : end + 1])
    return []


def _contacted_source(doc, i, s_start):
    """ "Owners we spoke to this week fear", "heads I have spoken to report": people the writer spoke to, named by
    a noun and a relative clause with no "who" ("we spoke to", "I interviewed"); the source is the whole phrase."""
    end = _before_verb_parts(doc, i, s_start)
    if end - 1 >= s_start and doc[end].lower_ in CONTACT_VERBS | {"questioned"} and doc[end - 1].lower_ == "those":
        # "Half of those surveyed said", "Most of those polled expect": the share of the people asked
        first = end - 1
        while first - 1 >= s_start and end - first < 8 and (
            not doc[first - 1].is_punct or doc[first - 1].text == "%"
        ):
            if doc[first - 1].lower_ in STOP_AFTER or doc[first - 1].lower_ in COORDINATORS:
                break
            first -= 1
        return list(doc[first : end + 1])
    for k in range(end, max(s_start, end - 8) - 1, -1):
        if doc[k].is_punct or doc[k].lower_ in STOP_AFTER:
            return []
        if doc[k].lower_ not in ("we", "i") or k + 1 > end:
            continue
        m = k + 1
        if doc[m].lower_ in ("have", "has", "had", "'ve", "’ve"):
            m += 1
        if m > end or doc[m].lower_ not in CONTACT_VERBS:
            return []
        first = k
        while first - 1 >= s_start and k - first < 4 and doc[first - 1].is_alpha and (
            doc[first - 1].lower_ not in STOP_AFTER and doc[first - 1].lower_ not in PRONOUNS
            and doc[first - 1].lower_ not in BE_FORMS and not _opening_link(doc[first - 1])
            and doc[first - 1].lower_ not in COORDINATORS and doc[first - 1].lower_ not in SETTING_PREPOSITIONS
        ):
            first -= 1
            if doc[first].lower_ in DETERMINERS:
                break
        if first == k or doc[k - 1].lower_ in DETERMINERS:
            return []  # whoever the writer spoke to is a person: "heads I have spoken to", "the traders we met"
        return list(doc[first : end + 1])
    return []


def _anonymous_head(token) -> bool:
    """The noun an unnamed source is described by: people, sources, officials, or any noun of a person's office
    or of a group of people ("an Army officer privy to the talks", "a diplomat familiar with the plan")."""
    lower = token.lower_
    return token.is_alpha and (
        lower in ANONYMOUS_HEADS or lower in SOURCE_WORDS or lower in TITLES or _people_plural(lower)
    )


def _name_word(token) -> bool:
    """A word in capitals inside a description, not a determiner or a pronoun: "an Army officer"."""
    return token.is_alpha and token.text[:1].isupper() and token.lower_ not in DETERMINERS | PRONOUNS


def _adjective(token) -> bool:
    """A word the tagger lexicon knows as an adjective, as written or in lower case ("senior", "Western")."""
    return token.is_alpha and subjectivity.tag(token.text).startswith("JJ")


def _records_before(doc, k, s_start):
    """ "phone records showed", "the footage shows": records, figures or footage that show something are the
    source themselves when no one is named; the noun with up to three words before it."""
    if k < s_start or doc[k].lower_ not in SHOW_SOURCES:
        return []
    j = k
    while j - 1 >= s_start and k - j < 3 and (doc[j - 1].is_alpha or doc[j - 1].text == "-") and (
        doc[j - 1].lower_ not in STOP_AFTER and doc[j - 1].lower_ not in BE_FORMS
        and doc[j - 1].lower_ not in AUXILIARIES and doc[j - 1].lower_ not in PRONOUNS
        and doc[j - 1].lower_ not in CONNECTORS and doc[j - 1].lower_ not in SETTING_PREPOSITIONS
    ):
        j -= 1
        if doc[j].lower_ in DETERMINERS:
            break
    return _trim(list(doc[j : k + 1]))


def _placed_records(doc, i, s_start):
    """ "Reviews posted on travel websites in 2024 describe …", "Documents filed with the court say …": records or
    writings that open the sentence, with a participle of where they were put, are the source of the verb at
    ``i``: the phrase from the noun to the verb."""
    end = _before_verb_parts(doc, i, s_start)
    first = s_start
    while first < end and (_opening_link(doc[first]) or doc[first].text == ","):
        first += 1
    k = first
    while k < end and k - first < 3 and doc[k].lower_ not in PLACED_RECORDS:
        if not doc[k].is_alpha or doc[k].lower_ in STOP_AFTER:
            return []
        k += 1
    if k + 2 > end or doc[k].lower_ not in PLACED_RECORDS or doc[k + 1].lower_ not in DATA_PARTICIPLES | {
        "posted", "filed", "written", "sent", "shared", "lodged", "submitted"
    } or doc[k + 2].lower_ not in SETTING_PREPOSITIONS | {"at", "with", "online"}:
        return []
    rest = doc[k + 2 : end + 1]
    if len(rest) > 8 or any(
        not (t.is_alpha or t.like_num or t.text in ("-", "'s", "’s")) or t.lower_ in STOP_AFTER or t.lower_ in BE_FORMS
        for t in rest
    ):
        return []
    return list(doc[first : end + 1])


def _inner_hyphen(doc, j) -> bool:
    """A hyphen inside a word ("Min-jae", "24-year-old"), with no space on either side."""
    return (
        doc[j].text == "-" and 0 < j < len(doc) - 1
        and doc[j - 1].idx + len(doc[j - 1].text) == doc[j].idx and doc[j].idx + 1 == doc[j + 1].idx
    )


_MAX_RUN = 8  # words after a verb that may name its speaker, when no comma closes a title before a name


def _name_after(doc, index, sentence_end):
    """The source after "…," said: a name (perhaps after its title: "said lead author Jane Roe"), or a
    phrase of source words ("said the ministry")."""
    run = []
    j = index + 1
    # the words up to the clause's next mark: a title before a name set apart by a comma runs to that comma
    while j < sentence_end and (not doc[j].is_punct or _inner_hyphen(doc, j)) and doc[j].lower_ not in STOP_AFTER:
        run.append(doc[j])
        j += 1
    named = j + 1 < sentence_end and doc[j].text == "," and doc[j + 1].text[:1].isupper() and (
        doc[j + 1].lower_ not in DETERMINERS
    )  # "…, Anna Berg": a name after the comma
    if len(run) > _MAX_RUN and not (named and run[0].lower_ == "the" and not any(
        t.lower_ in REPORTING_VERBS or t.lower_ in BE_FORMS for t in run
    )):
        run = run[:_MAX_RUN]  # no title closed by a comma: a run of words that counts as a phrase no longer
        j = run[-1].i + 1
    titled = run and (
        run[0].lower_ == "the"
        # "said Skywatch's lead forecaster, Mark Delaney": a title after a body's possessive, then the name
        or any(t.text in ("'s", "’s") for t in run) and run[-1].is_lower and run[-1].lower_ in TITLES | SOURCE_WORDS
        or any(t.text in ("'s", "’s") for t in run) and "of" in [t.lower_ for t in run] and any(
            t.is_lower and t.lower_ in TITLES for t in run
        )
    )
    if titled and j + 1 < sentence_end and doc[j].text == "," and (
        doc[j + 1].text[:1].isupper() and doc[j + 1].lower_ not in DETERMINERS
    ):
        names = []
        k = j + 1
        while k < sentence_end and doc[k].text[:1].isupper() and len(names) < 4:
            names.append(doc[k])
            k += 1
        # "said the shadow home secretary, Raj Patel", "said the head of Acme, Tom Reed": the title, then the
        # name after a comma
        return names
    described = _people_in_a_place(run)
    if described:
        return described  # "said some growers in Norfolk and Suffolk", not "Norfolk"
    for k, token in enumerate(run[:4]):
        if token.text[:1].isupper() and token.lower_ not in DETERMINERS:
            names = [token]
            for following in run[k + 1 :]:
                if not (following.text[:1].isupper() or following.text == "-" or names[-1].text == "-"):
                    break
                names.append(following)  # "said Park Min-jae": a hyphen joins the parts of a name
            while names[-1].text == "-":
                names.pop()
            after = k + len(names)
            if after + 2 < len(run) and run[after].text in ("'s", "’s"):
                person = []
                for following in run[after + 1 :]:
                    if not following.text[:1].isupper():
                        break
                    person.append(following)
                if len(person) >= 2 and len(person) == len(run) - after - 1:
                    return person  # "said Acme's Tom Reed": the person of the body
            return _name_after_title(run, after) or names
    strict = _source_after(doc, index, sentence_end)
    if strict and _has_head(strict):
        return strict
    return _described_after(run)


def _people_in_a_place(run):
    """ "said some growers in Norfolk and Suffolk", "said a nurse at St Mary's": people not named, with where they
    are, make the whole phrase the source (as the gold has "A retired engineer from Ostrava"); it ends before a
    time or a setting ("said one grower on Tuesday")."""
    if len(run) < 4 or not (run[0].lower_ in PEOPLE_OPENERS or run[0].like_num):
        return []
    head = next((n for n in range(1, min(len(run), 4)) if run[n].lower_ in PEOPLE_PLACES), None)
    if head is None or head == 1:
        return []
    noun = run[head - 1]
    if not (_people_plural(noun.lower_) or _person_noun(noun) or noun.lower_ in SOURCE_WORDS):
        return []
    phrase = list(run[: head + 1])
    for token in run[head + 1 :]:
        if token.lower_ in TIME_WORDS or token.lower_ in SETTING_PREPOSITIONS or not (
            token.is_alpha or token.text in ("-", "'s", "’s") or _elided_particle_name(token.text)
        ):
            break
        phrase.append(token)
    phrase = _trim(phrase)
    return phrase if len(phrase) > head + 1 else []


def _name_after_title(run, k):
    """ "said Liberal Democrat health spokesperson Helen Cross": a title in capitals, lower-case words of the
    title, then the name: the name after them. Position ``k`` in ``run`` is just after the first capitals."""
    m = k
    while m < len(run) and m - k < 3 and run[m].is_alpha and run[m].is_lower and run[m].lower_ not in CONNECTORS:
        m += 1
    if m == k or m >= len(run) or not run[m].text[:1].isupper():
        return []
    names = []
    while m < len(run) and run[m].text[:1].isupper():
        names.append(run[m])
        m += 1
    return names if len(names) >= 2 else []


def _described_after(run):
    """After a quotation, a determiner and the words that follow it, up to a preposition of place or time,
    name the speaker: "said one resident", "wrote a port worker on a forum"."""
    if not run or run[0].lower_ not in PHRASE_OPENERS:
        return []
    phrase = [run[0]]
    for token in run[1:]:
        if not (token.is_alpha or token.like_num) and token.text not in ("-", "'s", "’s") or (
            token.lower_ in SETTING_PREPOSITIONS
        ):
            break
        phrase.append(token)
    return phrase if len(phrase) >= 2 and phrase[-1].is_alpha else []
