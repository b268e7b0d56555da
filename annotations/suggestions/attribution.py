"""Attribution: a reporting cue and, where the text names one, its source.

The shapes, found on the line's tokens sentence by sentence:

- "according to X" and "citing X": the cue and the noun phrase after it ("citing" only when the phrase names
  a source — a name, an agency, officials — not a reason such as "citing delays");
- "X said / says / told / reported / warned / expects / fears …" (and "…, said X" after a quotation, where a
  title may come before the name: "said lead author Jane Roe"): a reporting verb and the noun phrase before
  it, walking back over auxiliaries and adverbs ("has previously affirmed") and over a bracketed acronym or
  affiliation ("the Grain Association (UGA) said"); a pronoun ("he said") is a cue without a named source;
- "Name, a title at Org, said" and "The minister, Name, told": the source is the name the commas set apart;
- groups named by a plural for people (economists, growers, fishermen) that expect, fear, warn or say;
- "with some calling it …", "and warned that …", "but accused …" (more words from the source named before, or
  from the sentence's subject: "Minister Jane Roe ordered an audit and said …", never the words before
  "and"); "…, which warned that …" (the phrase before the comma, or the cue it follows: "according to a
  report by the Office for Students, which found that …"); an instruction ("and urged people to") is none;
- "has raised concerns", "voiced fears": a named source voicing a worry; "critics point out"; "…, say
  forecasters" and "said the shadow home secretary, Raj Patel" (the name after the title's comma);
- a participle of speech after a comma, or after "with" and a few words ("with many admitting");
- a participle clause of speech: "…, telling the BBC that …", "with Name accusing …" (the source is the
  name before the participle, or the names that open the sentence);
- agentless cues: "is widely believed", "believed to be", "is said to", "reportedly", ", saying";
- figures that show: a data noun (data, figures, statistics, survey …) whose source follows "by" or "from"
  ("data compiled by the Grain Association (UGA) showed", "figures from the district show"): the cue runs
  from the data noun to the verb, and the source is the phrase after "by"/"from", without its acronym; so too
  "according to an analysis … by the Union": the source is the author after "by".

A source phrase is made of names (title case or capitals), determiners, and words that name sources
(analysts, media, agency, officials…), never a date or a weekday ("said in June"). A reporting verb in
capitals after a capitalised word is part of a name ("the United States"). Verbs that are also ordinary
words need a fitting source: "read" only for a statement, letter or "it"; "showed" only for media, footage
or data; "found" only for a study or a survey; "called" or "branded" only after a name; "added" and
"announced" only when words follow; "welcomed" only after a named source. A cue inside quotation marks is the
speaker's words, not a cue ("They told us nothing"). A verb right after a possessive is a noun ("the union's
claim"), a participle after a determiner or a preposition is an adjective ("owners of condemned buildings"),
and a verb of the base form needs a plural subject or an auxiliary ("critics claim", "the authors report",
"can reveal"; not "a bold claim"). Adverbs may stand between the parts of a verb ("have long warned").
"""

import re

from annotations.names import BODY_WORDS, NAME_PARTICLES, PERSONAL_TITLES, TITLES
from annotations.suggestions import subjectivity
from annotations.suggestions.base import BE_FORMS, Line, Suggestion, quoted_tokens
from annotations.suggestions.person_nouns import PEOPLE_NOUNS, PERSON_NOUNS
from annotations.suggestions.wording import mid_sentence, possessive

TAG = "attribution"

# Loaded and manner verbs of speech (complaining, censuring, touting, answering): each needs a named source before
# it (NAMED_ONLY). Forms that are nouns too ("protests", "remarks", "replies") are left out.
LOADED_SPEECH = frozenset(
    "decried decries deplored deplores lambasted lambasts castigated castigates rebuked rebukes berated berates "
    "complained complains lamented laments bemoaned bemoans grumbled grumbles protested reiterated reiterates "
    "remarked replied retorted retorts countered quipped joked touted touts"
    # verbs of touting (tout, trumpet, boast, brag): "Ministers trumpet their target", "Ministers boast of"
    " tout trumpet trumpets trumpeted boast brag".split()
)
REPORTING_VERBS = frozenset(
    """
    said says say added adds reported reports told tells announced announces confirmed confirms stated states
    claimed claims claim warned warns insisted insists noted notes explained explains argued argues believe
    believes emphasize emphasizes emphasized emphasise emphasises emphasised revealed reveals indicated indicates
    affirmed affirms urged urges wrote writes read showed shows acknowledged acknowledges denied denies alleged
    alleges estimated estimates predicted predicts suggested suggests concluded concludes declared declares
    accuse hailed hails expressed expresses spoke speaks admitted admits accused accuses vowed vows pledged pledges
    stressed stresses maintained maintains asserted asserts disclosed discloses testified quoted cited
    expect expects fear fears warn show find finds found branded brand brands described describes disputed
    disputes called calls estimate predict criticised criticized condemned praised dismissed slammed
    conceded concedes confessed confesses recalled recalls insist reveal reveals revealed admit concede deny
    argue urge accuse cautioned cautions caution recommends recommended recommend advises advised advise
    heard hears report describe demanded welcomed welcomes welcome acknowledge explain stress suggest confirm
    blamed blames blame mocked mocks point points pointed
    boasted boasts bragged brags blasted blasts denounced denounces highlighted highlights questioned
    framed frames understands gave gives
    note contend contends contended ruled expected allege forecast posted tweeted
    vow hail tell anticipated anticipates anticipate reckon reckons reckoned bet bets
    learned learnt hinted hints signalled signaled signals observed observes responded responds
    asked asks ask wondered wonders promised promises rejected rejects reject
    suspect suspects suspected slam slams blast
    agreed agrees accepted accepts thinks thought feels felt hopes hoped worried worries speculated speculates
    commented comments clarified clarifies repeated repeats objected objects regretted regrets refuted refutes
    doubted doubts assured assures reassured reassures threatened threatens forecasts
    hit hits lashed lashes lash labelled labeled
    """.split()
) | LOADED_SPEECH
# Verbs that report words only when words follow: "added that …", "announced: …".
SPEECH_ONLY = frozenset("added adds announced announces announce".split())
# Verbs of judging that are ordinary words too ("a village called …"): only after a named source.
NAMED_ONLY = frozenset(
    "called calls branded brand brands slammed welcomed welcomes welcome blamed blames blame mocked mocks "
    "blasted blasts blast slam slams highlighted highlights questioned framed frames labelled labeled".split()
    # An expectation reads as someone's word only when someone is named: "the Bank expected"; not "than expected".
    + ["expected", "anticipated", "anticipates", "anticipate"]
    # So does a forecast with an object: "Météo-France forecasts storms"; not "profit forecasts", a noun.
    + ["forecasts"]
) | LOADED_SPEECH
# "understands" reports what an outlet has learned only before "that": "Goalline understands that …".
# So too a court's verdict: "the tribunal ruled that …", not "ruled out a penalty".
# So too what a source forecast or posted: "the OBR forecast that …", "the singer posted on Instagram that …".
# "That" or a colon may follow a short phrase of place or time.
# So too a wager on what will happen: "traders bet that rates would stay high", not "bet £5 on a horse".
THAT_ONLY = frozenset("understands ruled forecast posted tweeted bet bets promised promises".split())
# Verbs of learning, hinting, signalling, observing and answering report words only before a clause that "that"
# opens: "The Herald has learned that …", "The bank signalled that …", "The ministry responded that …".
COMPLEMENT_ONLY = frozenset(
    "learned learnt hinted hints signalled signaled signals observed observes responded responds".split()
) | frozenset(
    # So too the verbs of thinking, agreeing, hoping and worrying, and of commenting, repeating and objecting
    # (Levin's verbs of communication and of conjecture, 37 and 29.5), whose words "that" opens: "The board
    # thinks that …", "Skippers agreed that …"; "the doubts that remain" has no clause after "that".
    """
    agreed agrees accepted accepts thinks thought feels felt hopes hoped worried worries speculated speculates
    commented comments clarified clarifies repeated repeats objected objects regretted regrets refuted refutes
    doubted doubts assured assures reassured reassures threatened threatens
    """.split()
)
# Verbs of expecting and recommending that, after "than", give the yardstick of a comparison, not words.
STANDARD_VERBS = frozenset(
    "expected expect expects forecast forecasts predicted predict predicts recommends recommend recommended "
    "anticipated estimated estimate estimates projected required requires".split()
)


def _after_than(doc, i, s_start) -> bool:
    """Whether "than" opens the few words before the verb: "than the national framework recommends"."""
    for k in range(i - 1, max(s_start, i - 7) - 1, -1):
        if doc[k].lower_ == "than":
            return True
        if doc[k].is_punct or doc[k].lower_ in STOP_AFTER:
            return False
    return False


# Verbs of censure that are verbs of force too: with a particle of direction they are acts ("slammed in").
FORCE_VERBS = frozenset("slam slams slammed blast blasts blasted".split())
WRITING = frozenset("write writes wrote written".split())
# Verbs that censure only as phrasal verbs with "out": "Minister hits out at critics", "lashed out at".
OUT_ONLY = frozenset("hit hits lashed lashes lash".split())
# "found" and "finds" report a study's result only.
FIND_SOURCES = frozenset(
    "study survey report research analysis review investigation poll inquiry audit researchers scientists "
    "data census it paper papers".split()
)
# Plural nouns for groups of people by their ending (tenants, campaigners, economists, fishermen):
# a group that expects, fears or warns is a source.
PEOPLE_PLURAL = re.compile(r"^[a-z][a-z-]*(ers|ors|ists|ians|ants|ents|men|women|folk|ies|ses|ives|eers|ees)$")


def _people_plural(word) -> bool:
    """A lower-case plural for people: by its ending ("campaigners", "economists"), or from the lexicon of nouns
    for people that no ending gives ("guests", "nurses", "fans", "children", "staff")."""
    return bool(PEOPLE_PLURAL.match(word)) or word in PEOPLE_NOUNS


# Dates and times are when something was said, never who said it.
TIME_WORDS = frozenset(
    """
    january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday today yesterday tonight tomorrow morning afternoon evening night
    week weekend month year earlier later last next days weeks months years decade decades hours
    """.split()
)
# "with some calling it …": a reaction attributed to part of a group.
QUANTIFIERS = frozenset("one some many others several few most critics".split())
PARTICIPLES = frozenset(
    "calling saying describing arguing accusing warning claiming insisting urging"
    # and the verbs of writing and posting words: "with one writing: …", "with many posting that …"
    " writing posting tweeting commenting joking complaining".split()
)
SOURCE_WORDS = frozenset(
    """
    figures statistics numbers spokesperson company companies airline operator businesses families doctors
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
    soldiers troops workers citizens locals voters body bodies chiefs bosses regulator regulators club clubs
    regime administration cabinet junta mayor governor premier chancellor chairman chairwoman manager coach
    couple couples family pair campaign campaigns charity charities chief boss
    neighbours neighbors friends colleagues relatives siblings
    """.split()
)
DETERMINERS = frozenset("the a an its their his her our these those some many several most one another".split())
CONNECTORS = frozenset("of 's ’s - in at from for and".split())
PRONOUNS = frozenset("he she they it".split())
AUXILIARIES = frozenset(
    "has have had will would can could may might must should shall also previously officially publicly later earlier"
    " again further once".split()
    + "repeatedly recently initially reportedly separately first still then now just".split()
)
# Adverbs between the parts of a verb that do not end in -ly: "have long warned", "have so far said".
ADVERBS = frozenset("long often always never already ever so far since both all".split())
HEDGES = frozenset("believed thought understood alleged rumoured rumored said reported".split())
HEDGE_ADVERBS = frozenset("widely generally largely commonly broadly".split())
STANDALONE_HEDGES = frozenset("reportedly allegedly".split())
READ_SOURCES = frozenset("statement letter message post note document text it communique communiqué".split())
SHOW_SOURCES = frozenset(
    "media footage images video videos photos pictures data figures records documents report survey poll "
    "study tv television broadcasts broadcast".split()
)
STOP_AFTER = frozenset("that which who whom while when as because if but where whether why how what".split())
SPEECH_VERBS = frozenset("said says told tells stated insisted warned claimed".split())
# Verbs of saying that may stand before their speaker after a quotation: '"It is over," added the minister.'
INVERTED_SPEECH = SPEECH_VERBS | frozenset(
    "added adds wrote writes explained explains admitted admits argued argues noted notes recalled recalls "
    "replied retorted countered quipped joked remarked cautioned concluded declared warns insists claims "
    "stresses cautions believes asked asks wondered".split()
)
CONFIDENCE = {
    "citing": 0.75, "according_to": 0.9, "reporting_verb": 0.8, "pronoun": 0.6, "agentless": 0.7, "participle": 0.55,
}


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


# The units of a noun of age: "15-year-olds", "a six-month-old".
AGE_UNITS = frozenset("year month week day".split())


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


# A name after a particle whose vowel is elided: "Côte d'Ivoire", "Côte-d'Or", "L'Aquila", "dell'Orto".
ELIDED_NAME = re.compile(r"^(?:d|l|dell|all|nell|sull)['’][A-ZÀ-Ý]")


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
    """A participle capitalised only because it opens the sentence: "Raising hopes that …", "Adding that …"."""
    doc = token.doc
    if not token.text[:1].isupper() or token.text.isupper() or not token.lower_.endswith("ing"):
        return False
    if token.i > 0 and not any(sentence.start == token.i for sentence in doc.sents):
        return False
    return subjectivity.tags().get(token.lower_, "") == "VBG"


# A noun for one person by its ending (teacher, surveyor, chemist, librarian, attendant, resident, trustee,
# fisherman), which the tagger's word list knows as a singular noun: the head of a phrase naming someone.
PERSON_SINGULAR = re.compile(r"^[a-z][a-z-]*(er|or|ist|ian|ant|ent|ee|man|woman|person)$")


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


# Words that link a sentence to the one before and are no part of a source: "But critics say".
# So are the conjunctive adverbs that open a sentence ("Meanwhile analysts said", "Elsewhere officials warned").
OPENING_LINKS = frozenset(
    "but yet so however still meanwhile separately elsewhere instead nevertheless nonetheless moreover "
    "furthermore additionally overall indeed likewise similarly otherwise therefore thus hence".split()
)


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
    """An auxiliary or an adverb that may stand between a subject and its verb: "has previously affirmed",
    "have long warned", "officials privately say"."""
    lower = token.lower_
    return lower in AUXILIARIES or lower in ADVERBS or _ly_adverb(token)


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
    return _after_coordinated_clause(doc, tokens, sentence_start), skipped


# Words that may stand before a coordinated subject without closing a clause of their own: "Both Iran and
# Russia said", "as France and Germany warned", "with Labour and the Greens saying".
BEFORE_COORDINATED_SUBJECT = frozenset("both either neither".split())
# Penn Treebank tags of a finite verb (past, third person, present), as the tagger's word list gives them.
FINITE_VERB_TAGS = frozenset("VBD VBZ VBP".split())
FINITE_OR_MODAL = FINITE_VERB_TAGS | {"MD"}
# Reporting verbs that report only in a construction of their own (a particle, "that", a named source, words
# after them): alone they are acts with an object ("hit the bar", "blasted the rock", "announced its exit").
CONSTRUCTION_ONLY = OUT_ONLY | THAT_ONLY | NAMED_ONLY | COMPLEMENT_ONLY | FORCE_VERBS | SPEECH_ONLY | frozenset(
    "claim claims claimed declared declares declare gave gives point points pointed read heard hears".split()
) | frozenset("rejected rejects reject".split())


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


# Nouns for words set down in a document, whose author follows "from" or "by": "A statement from the family said".
DOCUMENT_NOUNS = READ_SOURCES | frozenset(
    "statements letters messages posts notes email emails release communiques press".split()
)


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


# Words that open a noun phrase naming someone: articles, "one", and the possessive determiners ("My landlord
# texted", "his wife said").
NOUN_PHRASE_OPENERS = frozenset("a an the one another my our your his her their".split())


def _noun_phrase_before(doc, index, sentence_start):
    """For verbs that only ever report speech: any short phrase opening with a determiner ("a spokesperson
    for the operator told"), when the source words alone found nothing."""
    j = index - 1
    opening = None
    while j >= sentence_start and index - j <= 7 and (
        doc[j].is_alpha or doc[j].text == "-" or doc[j].text.isdigit() and doc[j + 1].text == "-"
    ) and (  # "A 67-year-old shopkeeper told"; not "recorded 38 confirmed cases"
        doc[j].lower_ not in STOP_AFTER
    ):
        if doc[j].lower_ in NOUN_PHRASE_OPENERS and j < index - 1:
            opening = j
        j -= 1
    if opening is None:
        return []
    # the same cut as for the source words: "Lightning struck the church and the vicar said" has the church for
    # the object of a clause of its own, so the phrase is "the vicar"
    phrase = _after_coordinated_clause(doc, list(doc[opening:index]), sentence_start)
    return phrase if phrase and phrase[0].lower_ in NOUN_PHRASE_OPENERS else []


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
    while index + 1 < sentence_end and (doc[index + 1].lower_ in TIME_WORDS or doc[index + 1].lower_ == "on"):
        index += 1  # "announced on Friday."
    if index + 1 >= sentence_end:
        return True
    following = doc[index + 1]
    return following.is_punct or following.lower_ in ("that", "in") or following.is_quote


def _right_after_quotation(doc, index, sentence_start) -> bool:
    """The verb follows a closing quotation mark, perhaps with a comma: '"…," said' or '"…", said'."""
    j = index - 1
    if j >= sentence_start and doc[j].text == ",":
        j -= 1
    return j >= sentence_start and doc[j].is_quote


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


# "has raised concerns", "voiced fears": a source that voices a worry reports it.
RAISING = frozenset("raised raises raise voiced voices voice".split())
CONCERNS = frozenset("concern concerns fears doubts questions objections alarm".split())


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
    agent = []
    j = k + 1
    while j < sentence_end and len(agent) < 8 and (
        doc[j].text[:1].isupper() or doc[j].lower_ in ("the", "of", "for", "and", "'s", "’s")
        or doc[j].lower_ in SOURCE_WORDS
    ):
        agent.append(doc[j])
        j += 1
    agent = _trim(agent)
    return agent if _has_head(agent) else []


def suggest_in_line(line: Line) -> list[Suggestion]:
    doc = line.doc
    found = []
    quoted = quoted_tokens(doc)
    for sentence in doc.sents:
        s_start, s_end = sentence.start, sentence.end
        in_sentence: list[Suggestion] = []
        for i in range(s_start, s_end):
            if i in quoted:
                continue  # a cue inside a quotation belongs to the speaker's words: "They told us nothing"
            token = doc[i]
            lower = token.lower_
            if lower == "according" and i + 1 < s_end and doc[i + 1].lower_ == "to":
                source = _source_after(doc, i + 1, s_end, strict=False)
                agent = _author_of_figures(doc, i + 2, s_end)
                if agent:
                    name = _source_text(agent)
                    in_sentence.append(
                        _suggestion(line, token, agent[-1], "according_to",
                                    f"“according to” names {mid_sentence(name)}.", name)
                    )
                elif any(t.is_alpha and t.lower_ not in DETERMINERS for t in source):
                    name = _source_text(_author_of_document(source) or source)  # "a statement from the family"
                    in_sentence.append(
                        _suggestion(line, token, source[-1], "according_to",
                                    f"“according to” names {mid_sentence(name)}.", name)
                    )
            elif lower in RAISING and i + 1 < s_end and doc[i + 1].lower_ in CONCERNS:
                source, skipped = _source_before(doc, i, s_start)
                if source and _has_head(source) and not any(t.lower_ in BE_FORMS for t in skipped):
                    name = _source_text(_name_in(source))
                    in_sentence.append(
                        _suggestion(line, source[0], doc[i + 1], "reporting_verb",
                                    f"“{token.text} {doc[i + 1].text}”: {mid_sentence(name)} voices a worry.", name)
                    )
            elif lower == "citing":
                source = _source_after(doc, i, s_end, strict=False)
                if source and _names_a_source(source):
                    name = _source_text(source)
                    in_sentence.append(_suggestion(line, token, source[-1], "citing",
                                                   f"“citing” names {mid_sentence(name)}.", name))
            elif lower in STANDALONE_HEDGES:
                in_sentence.append(
                    _suggestion(line, token, token, "agentless", f"“{token.text}”: a claim with no source.")
                )
            elif lower in SPEECH_PARTICIPLES and i > s_start and (
                doc[i - 1].text == "," or _with_before(doc, i, s_start)
            ):
                subject = _subject_of(doc, i, s_start)
                name = _source_text(subject)
                if doc[i - 1].text == "," and in_sentence and in_sentence[-1].source:
                    name = in_sentence[-1].source  # "Gan said, adding that …": the cue it continues
                in_sentence.append(
                    _suggestion(line, token, token, "participle",
                                f"“{token.text}”: reported speech"
                                f"{f' from {mid_sentence(name)}' if name else ''} follows.", name)
                )
            elif lower in PARTICIPLES and i - 2 >= s_start and doc[i - 1].lower_ in QUANTIFIERS and (
                doc[i - 2].lower_ == "with"
            ):
                in_sentence.append(
                    _suggestion(line, doc[i - 1], token, "participle",
                                f"“with {doc[i - 1].text} {token.text}”: a reaction from part of a group.")
                )
            elif lower in VOICING and i + 2 < s_end and doc[i + 1].lower_ == "by" and (
                _utterance_before(doc, i, s_start)
            ):
                in_sentence += _voiced_by(line, doc, i, s_end)
            elif lower in IDENTIFYING and i - 1 >= s_start and doc[i - 1].lower_ in BE_FORMS and (
                i + 2 < s_end and doc[i + 1].lower_ == "by"
            ):
                in_sentence += _identified_by(line, doc, i, s_end)
            elif lower in PROGRESSIVE_SPEECH and i - 1 > s_start and doc[i - 1].lower_ in PROGRESSIVE_AUXILIARIES:
                in_sentence += _progressive(line, doc, i, s_start)
            elif lower in PASSIVE_REPORTS and i - 1 >= s_start and doc[i - 1].lower_ in BE_FORMS and (
                lower in ("told", "warned") and doc[i - 1].lower_ == "been"
                or i + 1 < s_end and doc[i + 1].lower_ == "as"
                or lower == "told" and _clause_opens(doc, i + 1, s_end)  # "trustees were told the fund was safe"
                or lower == "told" and _that_follows(doc, i, s_end)  # "were told on Friday that …"
            ) and not (i + 1 < s_end and doc[i + 1].lower_ == "by"):
                first = doc[i - 2] if i - 2 >= s_start and doc[i - 2].lower_ in ("has", "have", "had") else doc[i - 1]
                in_sentence.append(
                    _suggestion(line, first, token, "agentless",
                                f"“{doc[first.i : token.i + 1].text}”: words reported with no named source.")
                )
            elif lower in HEDGES and i + 1 < s_end and (
                doc[i + 1].lower_ in ("to", "that") or _impersonal_passive(doc, i, s_start, s_end)
            ):
                first = token
                j = i - 1
                while j >= s_start and (doc[j].lower_ in HEDGE_ADVERBS or doc[j].lower_ in BE_FORMS):
                    first = doc[j]
                    j -= 1
                passive = first is not token or lower == "believed" and (i == s_start or doc[i - 1].text == ",")
                if passive:
                    in_sentence.append(
                        _suggestion(line, first, token, "agentless",
                                    f"“{doc[first.i : token.i + 1].text}”: a belief or report with no named source.")
                    )
                elif lower in REPORTING_VERBS:
                    in_sentence += _reporting_verb(line, doc, i, s_start, s_end, in_sentence)
            elif lower in CHARACTERISING and lower not in REPORTING_VERBS and _as_follows(doc, i, s_end):
                in_sentence += _characterising(line, doc, i, s_start)
            elif lower in REPORTING_VERBS:
                in_sentence += _reporting_verb(line, doc, i, s_start, s_end, in_sentence)
            elif _quotation_follows_colon(doc, i):
                in_sentence += _manner_of_speaking(line, doc, i, s_start)
        found += _without_nested_reports(line, in_sentence)
    return found


def _without_nested_reports(line, cues):
    """The cues of a sentence less those reported inside another's words: in "The union said some growers
    expected yields to fall" and "The Guardian reported the minister wrote to the Treasury", the second source
    and its verb are what the first source said, right after its verb (or its "that"); the outlet reports only
    the first."""
    kept = []
    for cue in cues:
        nested = any(
            other.end <= cue.start and other.rule == f"{TAG}.reporting_verb" and _directly_after(
                line, other.end, cue.start
            )
            for other in kept
        )
        if not nested:
            kept.append(cue)
    return kept


def _directly_after(line, end, start) -> bool:
    """Whether only spaces, or "that" and spaces, stand between ``end`` and ``start`` (offsets in the article)."""
    between = line.text[end - line.start : start - line.start].strip()
    return between in ("", "that")


# Verbs that cast something as something (after Levin's "characterize" class, 29.2, the verbs of viewing and
# presenting): with "as" after them, or "differently", they give someone's view ("they billed it as the
# greatest show", "Some researchers see them as savings", "which the authors interpret as evidence").
CHARACTERISING = frozenset(
    """
    bill bills billed tout touts touted portray portrays portrayed paint paints painted regard regards regarded
    view views viewed see sees saw interpret interprets interpreted characterise characterises characterised
    characterize characterizes characterized depict depicts depicted cast casts dub dubs dubbed label labels
    labelled labeled
    """.split()
)  # "describe", "hail" and "brand" report words with or without "as": they are reporting verbs
# What follows "as" when it opens a clause of time or a comparison, not a view: "see it as they drive in".
NOT_A_VIEW_AFTER_AS = frozenset("soon well much many long far if though".split())


def _as_follows(doc, i, s_end) -> bool:
    """ "billed it as", "see them as", "interpret as", "see it differently": "as" within a short object, and no
    clause after it ("see the castle as they drive in")."""
    k = i + 1
    while k < s_end and k - i <= 4 and doc[k].lower_ not in ("as", "differently"):
        if doc[k].is_punct or doc[k].lower_ in STOP_AFTER - {"as"} or doc[k].lower_ in CLAUSE_MARKERS:
            return False
        k += 1
    if k >= s_end or doc[k].lower_ not in ("as", "differently"):
        return False
    if doc[k].lower_ == "differently":
        return True
    following = doc[k + 1] if k + 1 < s_end else None
    if following is None or following.lower_ in PRONOUNS | NOT_A_VIEW_AFTER_AS or following.lower_ in (
        "we", "i", "you"
    ):
        return False
    if doc[i].lower_ in PHYSICAL_CHARACTERISING and not _person_object(doc, i + 1, k):
        return False  # "painted the bridge as part of the repairs", "cast their votes as …": things handled
    return not _clause_after_as(doc, k, s_end)


# Verbs of casting something as something that are verbs of handling things too: they give a view only of
# someone ("painted him as a villain", "cast the minister as the outsider"), not of a thing painted or cast.
PHYSICAL_CHARACTERISING = frozenset("paint paints painted cast casts".split())
OBJECT_PRONOUNS = frozenset("him her them us me it himself herself themselves itself ourselves".split())


def _person_object(doc, start, end) -> bool:
    """Whether the words from ``start`` up to ``end`` name someone: a pronoun, a name, a person or a body."""
    return any(
        t.lower_ in OBJECT_PRONOUNS or t.text[:1].isupper() or _person_noun(t) or _body_noun(t)
        or _people_plural(t.lower_) or t.lower_ in SOURCE_WORDS
        for t in doc[start:end]
    )


def _clause_after_as(doc, k, s_end) -> bool:
    """Whether "as" at ``k`` opens a clause of time: a finite verb follows its short subject before the next
    mark ("saw delays as trains were cancelled", "viewed the eclipse as clouds parted", "as the polls closed");
    not "as a threat", and not "as proof it was failing", where a clause follows a noun."""
    for m in range(k + 1, min(s_end, k + 5)):
        token = doc[m]
        if token.is_punct or token.is_quote or token.lower_ in PRONOUNS or token.lower_ in STOP_AFTER:
            return False
        if m > k + 1 and doc[m - 1].lower_ not in DETERMINERS and token.is_lower and (
            token.lower_ in CLAUSE_MARKERS or subjectivity.tag(token.text) in FINITE_OR_MODAL
        ):
            return True
    return False


def _characterising(line, doc, i, s_start):
    """ "Some researchers see them as savings", "they billed it as …": a named source, or a pronoun, that casts
    something as something gives its view."""
    source, skipped = _source_before(doc, i, s_start)
    if any(t.lower_ in BE_FORMS for t in skipped):
        return []  # "was billed as": the passive is read elsewhere
    verb = doc[i].text
    # the words as the text has them: "see … as", "see it differently"
    way = next((doc[k] for k in range(i + 1, min(len(doc), i + 6)) if doc[k].lower_ in ("as", "differently")), None)
    cue = f"{verb} {' '.join(t.text for t in doc[i + 1 : way.i + 1])}" if way is not None and (
        way.lower_ == "differently"
    ) else f"{verb} … as"
    if source and _has_head(source) and any(
        t.text[:1].isupper() or _people_plural(t.text) or t.lower_ in SOURCE_WORDS for t in source
    ):
        name = _source_text(_name_in(source))
        return [_suggestion(line, source[0], doc[i], "reporting_verb",
                            f"“{cue}” gives {possessive(name)} view.", name)]
    before = doc[i - 1 - len(skipped)] if i - 1 - len(skipped) >= s_start else None
    if before is not None and before.lower_ in PRONOUNS | {"we"} and before.lower_ != "it":
        return [_suggestion(line, before, doc[i], "pronoun", f"“{before.text} {cue}”: a view reported.")]
    return []


def _quotation_follows_colon(doc, i) -> bool:
    """A verb in the past right before a colon and a quotation: 'fumed: "…"', 'continued: "…"'; or a verb of the
    manner of speaking before "that": "fumed that the couple had …"."""
    token = doc[i]
    if token.is_lower and token.lower_ in MANNER_OF_SPEAKING and _complementizer(doc, i + 1):
        return True
    return (
        token.is_lower and token.is_alpha and token.lower_.endswith("ed") and i + 2 < len(doc)
        and doc[i + 1].text == ":" and doc[i + 2].is_quote
    )


# Verbs of the manner of speaking (Levin 1993, class 37.3, with the verbs of speaking in anger or grief that news
# writes the same way: fume, rage, seethe, rant, sob), in the past and the third person: they report words
# when "that" or a quotation follows ("fumed that …", 'muttered: "…"').
MANNER_OF_SPEAKING = frozenset(
    form
    for stem, past in (
        ("babble", "babbled"), ("bark", "barked"), ("bawl", "bawled"), ("bellow", "bellowed"),
        ("bleat", "bleated"), ("boom", "boomed"), ("cackle", "cackled"), ("chant", "chanted"),
        ("chirp", "chirped"), ("croak", "croaked"), ("croon", "crooned"), ("drawl", "drawled"),
        ("gasp", "gasped"), ("groan", "groaned"), ("growl", "growled"), ("grunt", "grunted"),
        ("gush", "gushed"), ("hiss", "hissed"), ("holler", "hollered"), ("howl", "howled"),
        ("moan", "moaned"), ("mumble", "mumbled"), ("murmur", "murmured"), ("mutter", "muttered"),
        ("rasp", "rasped"), ("roar", "roared"), ("scream", "screamed"), ("screech", "screeched"),
        ("shout", "shouted"), ("shriek", "shrieked"), ("snap", "snapped"), ("snarl", "snarled"),
        ("sneer", "sneered"), ("snort", "snorted"), ("sob", "sobbed"), ("splutter", "spluttered"),
        ("stammer", "stammered"), ("stutter", "stuttered"), ("thunder", "thundered"), ("wail", "wailed"),
        ("whimper", "whimpered"), ("whine", "whined"), ("whisper", "whispered"), ("yell", "yelled"),
        ("fume", "fumed"), ("rage", "raged"), ("seethe", "seethed"), ("rant", "ranted"), ("rave", "raved"),
        ("storm", "stormed"), ("blurt", "blurted"), ("gripe", "griped"), ("grouse", "groused"),
    )
    for form in (past, stem + ("es" if stem.endswith(("sh", "ss", "ch")) else "s"))
)


def _complementizer(doc, k) -> bool:
    """Whether "that" at ``k`` opens a clause ("fumed that the couple had …", "roared that prices were …") rather
    than pointing at a thing ("roared that night")."""
    if k + 1 >= len(doc) or doc[k].lower_ != "that":
        return False
    following = doc[k + 1]
    if following.lower_ in DETERMINERS | PRONOUNS or following.lower_ in ("we", "i", "you", "there"):
        return True
    if following.text[:1].isupper():
        # a name for the subject, with its verb after it ("fumed that Smith had lied"); not a day, a month or a
        # time ("boomed that Tuesday across the valley")
        return following.lower_ not in TIME_WORDS and any(
            doc[m].lower_ in CLAUSE_MARKERS or doc[m].is_lower and subjectivity.tag(doc[m].text) in FINITE_OR_MODAL
            for m in range(k + 2, min(len(doc), k + 7))
            if not any(doc[n].is_punct or doc[n].lower_ in STOP_AFTER for n in range(k + 2, m + 1))
        )
    return k + 2 < len(doc) and (
        doc[k + 2].lower_ in CLAUSE_MARKERS or subjectivity.tag(doc[k + 2].text) in FINITE_VERB_TAGS | {"MD"}
    )


def _manner_of_speaking(line, doc, i, s_start):
    """ 'Boss Tom Bell fumed: "We were robbed."': any verb of the manner of speaking (Levin's class: fumed,
    raged, gushed, sobbed) that a named source says a quotation with."""
    source, skipped = _source_before(doc, i, s_start)
    if not source and i - 1 >= s_start and _aside_mark(doc, i - 1):
        appositive, first = _appositive_source(doc, i - 1, s_start)  # "Mr Reed, a builder who …, fumed that"
        if appositive:
            name = _source_text(appositive)
            return [_suggestion(line, first, doc[i], "reporting_verb",
                                f"{_cue_as_written(doc, i)} introduces {possessive(name)} words.", name)]
    if any(t.lower_ in BE_FORMS for t in skipped):
        return []
    if not source or not _has_head(source):
        before = doc[i - 1 - len(skipped)] if i - 1 - len(skipped) >= s_start else None
        if before is not None and before.lower_ in PRONOUNS - {"it"} and doc[i + 1].text == ":":
            # 'He fumed: "…"', 'she smiled: "…"': a pronoun is a cue without a named source
            return [_suggestion(line, before, doc[i], "pronoun",
                                f"“{before.text} {doc[i].text}:” introduces reported words.")]
        return []
    name = _source_text(_name_in(source))
    return [_suggestion(line, source[0], doc[i], "reporting_verb",
                        f"{_cue_as_written(doc, i)} introduces {possessive(name)} words.", name)]


def _cue_as_written(doc, i) -> str:
    """The verb at ``i`` with what introduced the words after it, as the text has it: “fumed:”, “fumed that”,
    “fumed”."""
    following = doc[i + 1] if i + 1 < len(doc) else None
    if following is not None and following.text == ":":
        return f"“{doc[i].text}:”"
    if following is not None and following.lower_ == "that":
        return f"“{doc[i].text} that”"
    return f"“{doc[i].text}”"


# Verbs of finding that may follow a clause set apart by commas ("The study, published in June, found").
FIND_VERBS_AFTER_CLAUSE = frozenset("found finds showed shows suggested suggests concluded concludes".split())
# What a side or a candidate concedes without saying anything.
CONCEDED_ACTS = frozenset(
    "defeat victory the a an goals goal penalty penalties ground seats seat points in at after on before as".split()
)


def _concession_is_an_act(doc, i, s_start, s_end) -> bool:
    """Whether "conceded" closes a clause of its own, conceding defeat: at the end of the sentence, before a
    coordinator, or before a mark that no quotation follows ("conceded, and the election was over",
    "Procházková concedes: it is over" in a headline). A colon or a comma before a quotation introduces words
    ('The minister conceded: "We got this wrong."'), and so does a verb right after a quotation."""
    if _right_after_quotation(doc, i, s_start):
        return False
    if i + 1 >= s_end or doc[i + 1].lower_ in COORDINATORS:
        return True
    if doc[i + 1].text in (":", ";", ",", "-", "–", "—"):
        if doc[i + 1].text in (":", ",") and i + 2 < s_end and doc[i + 2].is_quote:
            return False
        # an aside before the words: "conceded, however, that …"
        aside_end = next((k for k in range(i + 2, min(s_end, i + 6)) if doc[k].text == ","), None)
        return not (doc[i + 1].text == "," and aside_end is not None and aside_end + 1 < s_end and (
            doc[aside_end + 1].lower_ == "that" or doc[aside_end + 1].is_quote
        ))
    return False


def _subject_and_verb(doc, k, s_end) -> bool:
    """Whether a short subject at ``k`` is followed by its own verb before any mark or coordinator: "conceded the
    plan had failed" reports words; "conceded a goal and the crowd fell silent" an act."""
    for m in range(k + 1, min(s_end, k + 5)):
        token = doc[m]
        if token.is_punct or token.lower_ in STOP_AFTER or token.lower_ in COORDINATORS:
            return False
        if token.lower_ in CLAUSE_MARKERS or token.is_lower and doc[m - 1].lower_ not in DETERMINERS and (
            subjectivity.tag(token.text) in FINITE_OR_MODAL
        ):
            return True
    return False


# Bodies that hear evidence: "the court heard", "an inquest heard", "MPs heard".
HEARING_BODIES = frozenset(
    "court inquest hearing tribunal jury jurors trial committee inquiry panel mps commons magistrates coroner".split()
)


def _hearing_before(doc, i, s_start) -> bool:
    return any(doc[k].lower_ in HEARING_BODIES for k in range(max(s_start, i - 3), i))


# Words said, named as a noun, then voiced by someone: "the concerns voiced by the U.S.", "claims made by the firm".
VOICING = frozenset("voiced raised expressed made levelled leveled issued aired".split())
UTTERANCE_NOUNS = frozenset(
    "concern concerns fear fears claim claims criticism criticisms accusation accusations allegation allegations "
    "warning warnings remark remarks comment comments statement statements objection objections doubts".split()
)


# Things said or decided that a source may be censured for: "hit out at plans for …", "lashed out at the decision".
CENSURED_THINGS = UTTERANCE_NOUNS | frozenset(
    "plan plans decision decisions proposal proposals policy policies scheme schemes rules ban bans move cuts "
    "treatment handling comments remarks criticism reforms bill law laws verdict ruling".split()
)


def _aimed_at_someone(doc, start, s_end) -> bool:
    """Whether the phrase after "hit out at" or "lashed out at" names someone, a body, or what they said or
    decided ("hit out at critics", "at the FA", "at the head of the board", "at plans for …"); not a ball, a
    delivery or "the end of the innings"."""
    for k in range(start, min(s_end, start + 6)):
        token = doc[k]
        if token.lower_ in ("who", "whom") and k > start:
            return True  # "slammed a greedy landlord who …": a relative for a person
        if token.is_punct and token.text not in ("-",) or token.lower_ in STOP_AFTER or token.lower_ in (
            "of", "for", "to", "over", "in", "on", "after", "and", "with", "by"
        ):
            return False
        if token.lower_ in OBJECT_PRONOUNS - {"it"} or token.text[:1].isupper() or _person_noun(token) or (
            _body_noun(token) or _people_plural(token.lower_) or token.lower_ in TITLES
            or token.lower_ in SOURCE_WORDS or token.lower_ in CENSURED_THINGS
        ):
            return True
    return False


def _grounds_follow(doc, i, s_end) -> bool:
    """Whether "over", "for" or "as" follows a short object of the verb at ``i``: the grounds or the verdict of a
    censure ("blasted the timetable as a disgrace", "slammed the delays over …")."""
    for k in range(i + 1, min(s_end, i + 8)):
        if doc[k].is_punct or doc[k].lower_ in STOP_AFTER - {"as"}:
            return False
        if doc[k].lower_ in ("over", "for", "as"):
            return True
    return False


def _utterance_before(doc, i, s_start) -> bool:
    k = i - 1
    if k >= s_start and doc[k].is_quote:
        k -= 1  # 'the so-called "concerns" voiced by'
    return k >= s_start and doc[k].lower_ in UTTERANCE_NOUNS


# Verbs of identifying someone, which report who gave a name: "was identified by the ministry as Ann Roe".
IDENTIFYING = frozenset("identified named".split())


def _identified_by(line, doc, i, s_end):
    """ "The diver was identified by Global Affairs Canada as Ann Roe": the agent after "by" gave the name, which
    "as" introduces; without "as" ("named by scientists after a singer") no one is reported."""
    agent = []
    j = i + 2
    while j < s_end and len(agent) < 8 and _is_source_token(doc[j]) and doc[j].lower_ not in STOP_AFTER:
        agent.append(doc[j])
        j += 1
    agent = _trim(agent)
    if not agent or not _has_head(agent) or j >= s_end or doc[j].lower_ != "as":
        return []
    name = _source_text(agent)
    return [_suggestion(line, doc[i], agent[-1], "reporting_verb",
                        f"“{doc[i].text} by” names {mid_sentence(name)} as who gave the name.", name)]


def _voiced_by(line, doc, i, s_end):
    """ "the concerns voiced by the U.S. and its allies": the agent after "by" said them."""
    agent = []
    j = i + 2
    while j < s_end and len(agent) < 8 and (
        _is_source_token(doc[j]) and doc[j].lower_ not in STOP_AFTER
        or doc[j].text == "." and len(doc[j - 1].text) == 1 and doc[j - 1].text.isupper()  # "the U.S."
    ):
        agent.append(doc[j])
        j += 1
    agent = _trim(agent)
    if not agent or not _has_head(agent):
        return []
    name = _source_text(agent)
    return [_suggestion(line, doc[i], agent[-1], "reporting_verb",
                        f"“{doc[i].text} by” names {mid_sentence(name)} as who said it.", name)]


# The -ing forms of verbs of saying, warning and claiming, which report words after "be" or "keep":
# "suppliers were reporting", "residents are warning that", "ministers keep insisting".
PROGRESSIVE_SPEECH = frozenset(
    "saying warning reporting claiming insisting arguing predicting complaining accusing suggesting "
    "expecting forecasting betting".split()
)
PROGRESSIVE_AUXILIARIES = frozenset("is are was were been keep keeps kept".split())


def _progressive(line, doc, i, s_start):
    """ "Suppliers were reporting shortages", "Ministers keep insisting": the subject before the auxiliary."""
    if i + 1 < len(doc) and doc[i + 1].lower_ == "to":
        return []  # "talks were expecting to resume": what is foreseen, not who foresees it
    source, _ = _source_before(doc, i - 1, s_start)
    group = _group_subject(doc, i - 1, s_start)
    if group:
        source = group
    if not source or not _has_head(source):
        return []
    name = _source_text(_name_in(source))
    return [_suggestion(line, source[0], doc[i], "reporting_verb",
                        f"“{doc[i - 1].text} {doc[i].text}” reports {possessive(name)} words.", name)]


# Passives that report words or a verdict without saying whose ("have been told", "was hailed as"); an
# instruction ("has been urged to") is not reported words.
PASSIVE_REPORTS = frozenset(
    "told warned hailed described branded dubbed quoted billed touted portrayed labelled labeled".split()
)
# Participles that report words in a clause of their own ("…, telling the BBC that …", "with X accusing …").
SPEECH_PARTICIPLES = frozenset(
    "telling accusing insisting arguing warning claiming adding urging admitting describing saying"
    # and verbs of calling names: "with one supporter branding him a mercenary"
    " branding dubbing labelling labeling"
    # and verbs of stating (note, stress, explain): "…, noting that …"
    " noting stressing explaining".split()
)


def _with_before(doc, i, s_start) -> bool:
    """ "with shadow chancellor Priya Kaur accusing", "with rail operators warning": "with" shortly before a
    name run, or right before a group of people, that ends at the participle."""
    j = i - 1
    while j >= s_start and doc[j].text[:1].isupper():
        j -= 1
    if j < i - 1:
        return any(doc[k].lower_ == "with" for k in range(max(s_start, j - 3), j + 1))
    group = _people_plural(doc[i - 1].text) or doc[i - 1].lower_ in SOURCE_WORDS
    if group and any(doc[k].lower_ == "with" for k in range(max(s_start, i - 4), i - 1)):
        return True
    # "with many admitting", "with one chain saying": "with" and a few lower-case words before the participle
    k = i - 1
    while k >= s_start and i - k <= 3 and doc[k].is_alpha and doc[k].is_lower and doc[k].lower_ != "with":
        if doc[k].lower_ in ARTICLES_AND_POSSESSIVES:
            return False  # "with a yellow warning for hail": after an article the word is a noun
        k -= 1
    return k >= s_start and k < i - 1 and doc[k].lower_ == "with"


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


# The prepositions that tie a person to a body: "Jane Roe of Avon Police", "Ann Holt at the University of Leeds",
# "Prof Ann Holt from the University of Leeds".
AFFILIATION_LINKS = frozenset("of at from".split())


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


# Nouns for a body of figures that a verb of showing can report from ("data compiled by X showed").
DATA_NOUNS = frozenset(
    "data figures statistics numbers records estimates count counts tally tallies survey poll study report analysis "
    "research census audit review documents papers files emails minutes"
    # and the products of measuring and modelling: "Orbital calculations published by the centre show"
    " calculations projections forecasts models modelling modeling simulations measurements readings results"
    " findings observations tests"
    # and recordings that show what happened: "video released by the coast guard showed"
    " video videos footage images photos pictures recordings".split()
)


def _data_before(doc, i, s_start) -> bool:
    """Whether the head just before the verb at ``i`` (past its auxiliaries) is a noun for data: "the lab results
    tell", "the numbers told"."""
    k = _before_verb_parts(doc, i, s_start)
    return k >= s_start and doc[k].lower_ in DATA_NOUNS


DATA_VERBS = frozenset("showed shows show suggest suggests suggested indicate indicates indicated revealed "
                       "reveals reveal found finds".split())
DATA_PARTICIPLES = frozenset(
    "compiled published collected released gathered produced provided analysed analyzed issued kept obtained "
    "seen leaked".split()
)
# Words that may open the phrase of a data noun ("New data", "Official figures", "Shipping data").
DATA_MODIFIERS = frozenset(
    "new latest official provisional preliminary recent annual monthly weekly quarterly early final fresh "
    "separate internal".split()
)


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


# Quantifiers that stand alone for people as a subject ("Many believe", "Others argue"); not "few", which says
# that almost no one does.
STANDING_QUANTIFIERS = frozenset("many some most others several both".split())
# Words that stand alone for one person of a group already named ('Another added: "…"', "One said the …").
STANDING_ONE = frozenset("one another".split())
# Passives whose agent after "by" is no speaker: a foreseen or measured thing, an instruction or advice.
NOT_BY_AGENT = frozenset(
    "expected estimated recommended advised urged believed called heard read shown found".split()
)
# Determiners after which a word is a noun, never a verb: articles, demonstratives and possessives (not "some",
# "many" or "most", which may stand alone as a subject: "Many believe").
ARTICLES_AND_POSSESSIVES = frozenset("the a an its their his her our my your these those this".split())
# Words after which a past participle is an adjective: "the recommended dose", "owners of condemned buildings".
BEFORE_ADJECTIVE = frozenset("a an the its their his her our these those of for with in on at from into about".split())
# Reporting verbs in the base form that are nouns too, which read as verbs only after a plural subject
# ("critics claim", "the authors report", "staff say") or an auxiliary ("can reveal", "will say"): "a bold
# claim", "global demand", "the union report" are nouns. "say" may follow a body too ("the club say").
BASE_FORMS = frozenset(
    "say claim fear find brand estimate reveal urge caution report demand welcome stress blame mock point note "
    "allege vow hail tell anticipate reckon tout trumpet boast brag suspect slam blast".split()
)
# Subjects a base form agrees with: plural pronouns, plural nouns of people, and the nouns that take a plural
# verb in British usage (collective nouns of people, "media", "data": "staff say", "police warn", "crew report").
PLURAL_WORDS = frozenset(
    "people staff police media men women children they we you i crew data folk couple family pair".split()
)
MODALS = frozenset("can could will would may might must should shall do did does also still now".split())


# Prepositions that place a group: "Growers in the valley say", "Parents at the school warn".
PLACE_PREPOSITIONS = frozenset(
    "in at across from on near around outside throughout inside within among along of".split()
)
# Verbs whose source must be of their own kind (a study finds, a court hears, a statement reads).
OWN_SOURCE_VERBS = frozenset("read showed shows show found finds find heard hears".split())


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


def _singular_phrase_before(doc, i, s_start) -> bool:
    """Whether the words right before ``i`` are a phrase opened by a singular determiner ("a bitter Arctic")."""
    for k in range(i - 1, max(s_start, i - 5) - 1, -1):
        if doc[k].lower_ in ("a", "an", "every", "each"):
            # "a few rebels", "a number of residents", "a group of parents": a plural after all
            return not (k + 1 < i and doc[k + 1].lower_ in PLURAL_QUANTITIES)
        if not doc[k].is_alpha or doc[k].lower_ in STOP_AFTER or doc[k].lower_ in CLAUSE_MARKERS or (
            doc[k].lower_ in PRONOUNS or doc[k].lower_ in PLURAL_WORDS
        ):
            return False
    return False


# Words after "a" that make a plural of what follows: "a few", "a number of", "a group of".
PLURAL_QUANTITIES = frozenset(
    "few number lot lots group groups couple handful dozen host majority minority third quarter half series "
    "string coalition".split()
)


def _plural_subject(token, verb="") -> bool:
    lower = token.lower_
    if verb == "say" and lower in SOURCE_WORDS:
        return True
    if token.text[:1].isupper() and not _opening_adjective(token) or lower in PLURAL_WORDS or lower in MODALS or (
        lower in AUXILIARIES
    ):
        return True
    if _ly_adverb(token):
        return True  # an adverb between subject and verb: "Neighbours also fear", "critics rightly say"
    return token.is_alpha and lower.endswith("s") and not lower.endswith("ss") or bool(_people_plural(token.text))


# Verbs that can share the subject of an earlier verb ("X ordered an audit and said …", "the watchdog, which
# warned …"); not the verbs that need a source of their own kind, nor an instruction ("and urged people to").
NOT_JOINED = frozenset(
    "read showed shows show found finds find heard hears urged urges urge called calls estimated estimates "
    "estimate expect expects fear fears believe believes recommended recommends recommend advised advises advise "
    "described describes describe quoted cited".split()
)


# Verbs of a study's result, which a relative clause may report: ", which found that".
RESULT_VERBS = frozenset("found finds showed shows concluded concludes suggested suggests".split())
# Verbs that report an accusation or a demand with an object: "and accused the operator of", "and demanded".
ACCUSING = frozenset(
    "accused accuses demanded demands condemned condemns denounced denounces highlighted highlights criticised "
    "criticized slammed blasted lambasted praised hailed dismissed mocked blamed branded questioned decried "
    "deplored".split()
)


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


# Verbs of vowing, which report words even with an infinitive after them ("vowed to fight on").
VOWING = frozenset("vowed vows vow pledged pledges pledge".split())


# What a source gives that is its word: "the Joint Chiefs of Staff gave a similar range".
GIVEN_FIGURES = frozenset("figure figures range estimate estimates account tally total assessment breakdown".split())
VERDICT_OBJECTS = frozenset("the it them him her this that his their its".split())


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


# Verbs of rejecting, which report words only when what is rejected is something said.
REJECTING = frozenset("rejected rejects reject".split())
# Nouns for something said or held to be so (propositions): what a denial or a rejection answers.
PROPOSITIONS = UTTERANCE_NOUNS | frozenset(
    """
    suggestion suggestions idea ideas notion notions link links connection theory theories explanation
    explanations account accounts version characterisation characterization description assertion assertions
    argument arguments interpretation conclusion conclusions finding findings charge charges report reports
    """.split()
)


def _rejects_words(doc, i, s_start, s_end) -> bool:
    """Whether the verb of rejecting at ``i`` answers something said: its object is a proposition ("rejected the
    allegations", "rejects any suggestion that"), or a proposition stands before its subject in a relative
    clause with no "which" ("a link the ministry has rejected")."""
    for k in range(i + 1, min(s_end, i + 5)):
        if doc[k].lower_ in PROPOSITIONS:
            return True
        if doc[k].is_punct or not doc[k].is_alpha or doc[k].lower_ in STOP_AFTER or doc[k].lower_ in COORDINATORS:
            break
    if i + 1 < s_end and not (doc[i + 1].is_punct or doc[i + 1].lower_ in COORDINATORS):
        return False  # an object of its own that is no proposition: "rejected a third bid"
    source, _ = _source_before(doc, i, s_start)
    if not source:
        return False
    first = source[0].i
    return first - 1 >= s_start and doc[first - 1].lower_ in PROPOSITIONS


# Verbs by which an outlet says what it has found out: "the Gazette has learned", "Goalline understands".
LEARNING = frozenset("learned learnt understands".split())


def _after_reported_clause(doc, i, s_start, s_end) -> bool:
    """Whether the verb at ``i`` ends its sentence, after a comma and its short subject: "…, the Gazette has
    learned." reports the clause before the comma."""
    if i + 1 < s_end and not (doc[i + 1].is_punct and doc[i + 1].text in ".!"):
        return False
    k = _before_verb_parts(doc, i, s_start)
    while k >= s_start and i - k <= 6 and doc[k].text != ",":
        if doc[k].is_punct or doc[k].lower_ in STOP_AFTER or doc[k].lower_ in COORDINATORS:
            return False
        k -= 1
    if k <= s_start or doc[k].text != ",":
        return False
    # the words before the comma are a clause with a verb of its own, not a phrase ("After the defeat, …")
    return any(
        t.lower_ in CLAUSE_MARKERS or t.is_lower and subjectivity.tag(t.text) in FINITE_OR_MODAL
        for t in doc[s_start:k]
    )


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

    def someone(t):
        return t.text[:1].isupper() or _people_plural(t.lower_) or t.lower_ in SOURCE_WORDS or _person_noun(t)

    if not any(someone(t) for t in source) or len(source) == 1 and _opening_adjective(source[0]):
        return []
    place = next((n for n, t in enumerate(source) if t.lower_ in PLACE_PREPOSITIONS), None)
    if place is not None and (place == 0 or not someone(source[place - 1])):
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


# Pronouns for anyone at all, who say nothing in particular: "Anyone who tells you …", "those who claim".
INDEFINITE_PRONOUNS = frozenset(
    "anyone anybody everyone everybody someone somebody nobody one those whoever".split()
)


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
    if lower == "forecasts" and (
        i + 1 >= s_end or doc[i + 1].is_punct or doc[i + 1].lower_ in CLAUSE_MARKERS
        or subjectivity.tag(doc[i + 1].text) in FINITE_OR_MODAL | {"VB"} or i > s_start and doc[i - 1].is_quote
        or doc[i + 1].lower_ in DATA_VERBS or doc[i + 1].lower_ in REPORTING_VERBS
    ):
        return []  # "Growth forecasts were cut", "Met Office forecasts show rain": the noun, its verb after it
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
        if passive and agent and _has_head(agent) and any(
            t.text[:1].isupper() or t.lower_ in SOURCE_WORDS or _people_plural(t.lower_) or _person_noun(t)
            for t in agent
        ):
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
        if lower in NAMED_ONLY and not any(
            t.text[:1].isupper() or _people_plural(t.text) or t.lower_ in SOURCE_WORDS for t in source
        ):
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
        return [_suggestion(line, before, token, "pronoun", f"“{before.text} {verb}”: reported speech.")]
    if (lower in INVERTED_SPEECH or lower == "say") and _quote_before(doc, i, s_start):
        after = _name_after(doc, i, s_end)
        if after:
            name = _source_text(after)
            return [_suggestion(line, token, after[-1], "reporting_verb",
                                f"“{verb}” after a quotation names {mid_sentence(name)}.",
                                name)]
    return []


# Verbs after which an infinitive of speech still reports words (catenatives of habit and going on, and the
# verbs of sending a message, Levin's class 37.4): "likes to say", "went on to say", "wrote to members to say".
CATENATIVES = frozenset(
    "like likes liked love loves loved tend tends tended continue continues continued used on".split()
)
MESSAGING = frozenset(
    "texted emailed e-mailed messaged phoned rang called wrote writes write tweeted posted cabled wired".split()
)
# The verbs of naming that a free relative reports: "in what one trader called a panic".
NAMING_VERBS = frozenset(
    "called calls described describes termed terms dubbed dubs branded brands labelled labels labeled".split()
)


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


def _words_after_infinitive(doc, i, s_end) -> bool:
    """Whether what was said follows the infinitive at ``i``: a colon or a quotation, "that", or a clause with its
    own verb ("to say it was over", "to say the club had agreed"), perhaps after whom it was told ("to tell
    reporters that …", "to remind them the fees were due")."""
    k = i + 1
    if doc[i].lower_ in ("tell", "remind", "warn"):
        while k < s_end and k - i <= 3 and doc[k].is_alpha and doc[k].lower_ != "that" and not _clause_after(
            doc, k, s_end
        ):
            k += 1  # whom the words were for
    if k >= s_end:
        return False
    if doc[k].text == ":" or doc[k].is_quote or doc[k].lower_ == "that" or doc[k].text == "," and (
        k + 1 < s_end and doc[k + 1].is_quote
    ):
        return True
    if not doc[k].is_alpha or doc[k].lower_ in SETTING_PREPOSITIONS | ACT_PARTICLES | {"out", "at", "after"}:
        return False
    for m in range(k, min(s_end, k + 6)):
        token = doc[m]
        if token.is_punct or token.lower_ in STOP_AFTER or token.lower_ in SETTING_PREPOSITIONS | {"after"}:
            return False
        if m > k and (token.lower_ in CLAUSE_MARKERS or token.is_lower and (
            subjectivity.tag(token.text) in FINITE_OR_MODAL
        )):
            return True
    return False


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


# How news describes a source it does not name (the anonymous-source conventions of wire style): "people familiar
# with the matter", "sources close to the club", "a person with knowledge of the talks", "officials briefed on".
ANONYMOUS_LINKS = frozenset(
    "familiar:with close:to knowledge:of briefed:on knowledgeable:about privy:to involved:in aware:of".split()
)
ANONYMOUS_HEADS = frozenset("people person sources source officials official insiders insider".split())


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


# Verbs by which the outlet reached its sources: "Owners we spoke to", "heads I have talked to", "the traders
# we interviewed".
CONTACT_VERBS = frozenset(
    "spoke spoken talked interviewed surveyed asked met contacted polled consulted reached visited".split()
)


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


# Records and writings that may open a sentence, then where they were put ("Reviews posted on travel sites").
PLACED_RECORDS = DATA_NOUNS | DOCUMENT_NOUNS | frozenset("reviews comments posts accounts testimonies".split())


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


# The particles of phrasal verbs that make "call" an act ("called up three players", "called off the match",
# "called in the police", "called back the recall"); not "out" and "on", which make it words ("called out the
# mayor", "called on the board to resign").
ACT_PARTICLES = frozenset("up off in back down over away around round through along aside".split())
# "Claim" reports words only when words follow; with an object alone it means to take or win something.
CLAIMING = frozenset("claim claims claimed".split())
COORDINATORS = frozenset("and but or nor yet".split())
CLAUSE_MARKERS = BE_FORMS | frozenset(
    "has have had will would could can may might must should shall did does do".split()
)


def _object_only(doc, i, s_end) -> bool:
    """Whether the verb at ``i`` takes an object and no clause: "claimed a 2-1 win" (an object) against "claimed
    the turbines would …", "claimed that …", "claimed to be …", "…, he claimed." (words reported). The object
    ends at a comma or a coordinator: "claimed three lives and the council said …" is a second clause."""
    k = i + 1
    if k >= s_end or doc[k].is_punct or doc[k].is_quote or doc[k].lower_ in ("that", "to"):
        return False
    while k < s_end and not doc[k].is_punct and doc[k].lower_ not in COORDINATORS and k - i <= 10:
        token = doc[k]
        if token.lower_ in CLAUSE_MARKERS or token.lower_ in PRONOUNS and k > i + 1:
            return False
        if token.lower_.endswith("ed") and token.is_lower and doc[k - 1].lower_ not in DETERMINERS and k > i + 1:
            return False  # "claimed the plan failed"; not "claimed a deserved win"
        k += 1
    return True


# Verbs of declaring a state (a drought, an emergency, a winner): with an object alone they are acts.
DECLARING = frozenset("declared declares declare".split())


def _clause_opens(doc, k, s_end) -> bool:
    """Whether a reported clause begins at ``k``: "that", or a subject (a determiner, a pronoun, a name) — not
    "to" (an instruction), a particle ("told off") or "by" (the agent)."""
    if k >= s_end:
        return False
    token = doc[k]
    return token.lower_ == "that" or token.lower_ in DETERMINERS | PRONOUNS or token.lower_ in ("we", "i", "you") or (
        token.text[:1].isupper() and token.is_alpha
    )


def _naming(doc, i, s_end) -> bool:
    """ "which Beijing calls Haiyan Jiao", "calls it Haiyan Jiao": a name in capitals, perhaps after "it", that
    ends the clause — a name given, not a verdict ("called Smith a liar")."""
    k = i + 1
    if k < s_end and doc[k].lower_ in ("it", "them", "this"):
        k += 1
    first = k
    while k < s_end and doc[k].is_alpha and doc[k].text[:1].isupper() and doc[k].lower_ not in DETERMINERS:
        k += 1
    return k > first and (k >= s_end or doc[k].is_punct or doc[k].lower_ in STOP_AFTER | COORDINATORS)


def _notifying(doc, i, s_end) -> bool:
    """ "reported it to the museum", "reported the theft to police": a short object, then "to" and whom. The
    object is a noun phrase with no finite verb in it: in "reports the club are close to a deal" and "reported
    the minister wrote to the Treasury" a clause was reported, and the "to" belongs to it."""
    k = i + 1
    while k < s_end and k - i <= 4 and doc[k].is_alpha and doc[k].lower_ not in ("to", "that"):
        if k > i + 1 and doc[k - 1].lower_ not in DETERMINERS and (
            doc[k].lower_ in CLAUSE_MARKERS or doc[k].is_lower and subjectivity.tag(doc[k].text) in FINITE_OR_MODAL
        ):
            return False
        k += 1
    return k > i + 1 and k + 1 < s_end and doc[k].lower_ == "to" and (
        doc[k + 1].lower_ in DETERMINERS or doc[k + 1].text[:1].isupper() or doc[k + 1].lower_ in SOURCE_WORDS
    )


# Verbs of asking: they report a question, after a quotation or before "why", "whether", "if" …
ASKING = frozenset("asked asks ask wondered wonders".split())
QUESTION_WORDS = frozenset("why whether if how what when who where which".split())


def _speaker_after_quotation(doc, i, s_start) -> bool:
    """ '"Why now?" she asked', '"Is it safe?" the mayor asked': a few words of a speaker between a closing
    quotation mark and the verb."""
    k = i - 1
    while k >= s_start and i - k <= 4 and doc[k].is_alpha:
        k -= 1
    if k >= i - 1 or k < s_start:
        return False
    return doc[k].is_quote or doc[k].text == "," and k > s_start and doc[k - 1].is_quote


def _question_follows(doc, i, s_end) -> bool:
    """ "asked why", "asked the minister whether", "asked: '…?'": an indirect or a quoted question."""
    for k in range(i + 1, min(s_end, i + 5)):
        if doc[k].lower_ in QUESTION_WORDS or doc[k].text == ":" and k == i + 1:
            return True
        if doc[k].is_punct or doc[k].lower_ in ("to", "for", "not", "that"):
            return False
    return False


def _clause_after(doc, k, s_end) -> bool:
    """Whether a clause with its own verb starts at ``k`` ("the club has agreed a fee", "growth would slow"): a
    finite verb or an auxiliary within five words, before any punctuation or preposition of setting."""
    if k >= s_end or not doc[k].is_alpha or doc[k].lower_ in SETTING_PREPOSITIONS | ACT_PARTICLES | {"out", "at"}:
        return False
    for m in range(k + 1, min(s_end, k + 6)):
        token = doc[m]
        if token.is_punct or token.lower_ in STOP_AFTER:
            return False
        if token.lower_ in CLAUSE_MARKERS or token.is_lower and subjectivity.tag(token.text) in FINITE_OR_MODAL:
            return True
    return False


def _impersonal_passive(doc, i, s_start, s_end) -> bool:
    """ "It is understood the fees will rise", "It was thought the talks had failed": "it", a form of "be", a
    verb of believing or reporting, and a clause."""
    return i - 2 >= s_start and doc[i - 1].lower_ in BE_FORMS and doc[i - 2].lower_ == "it" and (
        _clause_after(doc, i + 1, s_end)
    )


def _that_follows(doc, i, s_end) -> bool:
    """ "ruled that", "ruled in 2016 that", "posted on Instagram that", "posted:": words follow the verb, perhaps
    after a short phrase of place or time."""
    k = i + 1
    if k < s_end and doc[k].lower_ in SETTING_PREPOSITIONS | {"at", "from"}:
        k += 1
        while k < s_end and k - i <= 5 and (doc[k].is_alpha or doc[k].like_num) and doc[k].lower_ != "that":
            k += 1
    return k < s_end and (doc[k].lower_ == "that" or doc[k].text == ":")


def _credit_line(doc, i, s_start, s_end) -> bool:
    """ "Sun-hee Park reports from Seoul", "Listen: Ann Bell reports from the picket line": a reporter's name, then
    "reports from" and where, with no words reported after ("that …")."""
    if not (i + 1 < s_end and doc[i + 1].lower_ == "from"):
        return False
    before = list(doc[s_start:i])
    while before and (before[0].is_punct or before[0].lower_ in ("listen", "watch")):
        before = before[1:]  # "▶ Listen: Ann Bell reports from the picket line"
    after = list(doc[i + 2 : s_end])
    names = all(t.text[:1].isupper() or t.text == "-" or t.i > 0 and doc[t.i - 1].text == "-" for t in before)
    return bool(before) and names and not any(t.lower_ == "that" for t in after)


def _inner_hyphen(doc, j) -> bool:
    """A hyphen inside a word ("Min-jae", "24-year-old"), with no space on either side."""
    return (
        doc[j].text == "-" and 0 < j < len(doc) - 1
        and doc[j - 1].idx + len(doc[j - 1].text) == doc[j].idx and doc[j].idx + 1 == doc[j + 1].idx
    )


def _name_after(doc, index, sentence_end):
    """The source after "…," said: a name (perhaps after its title: "said lead author Jane Roe"), or a
    phrase of source words ("said the ministry")."""
    run = []
    j = index + 1
    while j < sentence_end and len(run) < 8 and (not doc[j].is_punct or _inner_hyphen(doc, j)) and (
        doc[j].lower_ not in STOP_AFTER
    ):
        run.append(doc[j])
        j += 1
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


# Words that open a phrase for some people not named: "said some growers", "said one resident", "said a nurse".
PEOPLE_OPENERS = frozenset("a an one another some many several most two three four five few".split())
# Prepositions that place people ("growers in Norfolk", "a nurse at the hospital", "a driver from Leeds").
PEOPLE_PLACES = frozenset("in at from of near".split())


def _people_in_a_place(run):
    """ "said some growers in Norfolk and Suffolk", "said a nurse at St Mary's": people not named, with where they
    are, make the whole phrase the source (as the gold has "A retired engineer from Ostrava"); it ends before a
    time or a setting ("said one grower on Tuesday")."""
    if len(run) < 4 or run[0].lower_ not in PEOPLE_OPENERS:
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


# Words that open a phrase naming someone without a name: "said one resident", "wrote a port worker".
PHRASE_OPENERS = frozenset("a an one another the two three several some many".split())
# Prepositions that end such a phrase: where or when the words were said, not who said them ("on a forum").
SETTING_PREPOSITIONS = frozenset("on in to into after during before outside near as by with via".split())


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


def suggest(lines: list[Line]) -> list[Suggestion]:
    found = []
    for line in lines:
        found += suggest_in_line(line)
    return found
