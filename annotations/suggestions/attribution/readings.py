"""Whether a word reports words where it stands: what must follow a verb for it to report speech ("that", a
clause, a quotation), and what makes it an act or a noun instead ("claimed a 2-1 win", "a bold claim")."""

from annotations.names import TITLES
from annotations.suggestions import subjectivity
from annotations.suggestions.attribution.sources import (
    _before_verb_parts,
    _body_noun,
    _ly_adverb,
    _names_someone,
    _opening_adjective,
    _people_plural,
    _person_noun,
)
from annotations.suggestions.attribution.words import (
    ACT_PARTICLES,
    ARTICLES_AND_POSSESSIVES,
    AUXILIARIES,
    CENSURED_THINGS,
    CLAUSE_MARKERS,
    CONCERNS,
    COORDINATORS,
    DATA_NOUNS,
    DETERMINERS,
    FINITE_OR_MODAL,
    FINITE_VERB_TAGS,
    GIVEN_FIGURES,
    HEARING_BODIES,
    MANNER_OF_SPEAKING,
    MODALS,
    NEGATIONS,
    NOT_A_VIEW_AFTER_AS,
    OBJECT_PRONOUNS,
    PHYSICAL_CHARACTERISING,
    PLURAL_QUANTITIES,
    PLURAL_WORDS,
    PRONOUNS,
    PROPOSITIONS,
    QUESTION_WORDS,
    SETTING_PREPOSITIONS,
    SOURCE_WORDS,
    STOP_AFTER,
    TIME_WORDS,
    UTTERANCE_NOUNS,
)
from annotations.suggestions.base import BE_FORMS


def _marks_a_clause(token) -> bool:
    """``token`` shows that a clause runs here: a word that opens or joins one, or a verb in lower case that is
    finite or a modal."""
    return token.lower_ in CLAUSE_MARKERS or token.is_lower and subjectivity.tag(token.text) in FINITE_OR_MODAL


def _after_than(doc, i, s_start) -> bool:
    """Whether "than" opens the few words before the verb: "than the national framework recommends"."""
    for k in range(i - 1, max(s_start, i - 7) - 1, -1):
        if doc[k].lower_ == "than":
            return True
        if doc[k].is_punct or doc[k].lower_ in STOP_AFTER:
            return False
    return False


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


def _person_object(doc, start, end) -> bool:
    """Whether the words from ``start`` up to ``end`` name someone: a pronoun, a name, a person or a body."""
    return any(t.lower_ in OBJECT_PRONOUNS or _body_noun(t) or _names_someone(t) for t in doc[start:end])


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
            _marks_a_clause(doc[m])
            for m in range(k + 2, min(len(doc), k + 7))
            if not any(doc[n].is_punct or doc[n].lower_ in STOP_AFTER for n in range(k + 2, m + 1))
        )
    return k + 2 < len(doc) and (
        doc[k + 2].lower_ in CLAUSE_MARKERS or subjectivity.tag(doc[k + 2].text) in FINITE_VERB_TAGS | {"MD"}
    )


def _cue_as_written(doc, i) -> str:
    """The verb at ``i`` with what introduced the words after it, as the text has it: “fumed:”, “fumed that”,
    “fumed”."""
    following = doc[i + 1] if i + 1 < len(doc) else None
    if following is not None and following.text == ":":
        return f"“{doc[i].text}:”"
    if following is not None and following.lower_ == "that":
        return f"“{doc[i].text} that”"
    return f"“{doc[i].text}”"


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


def _hearing_before(doc, i, s_start) -> bool:
    return any(doc[k].lower_ in HEARING_BODIES for k in range(max(s_start, i - 3), i))


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


def _data_before(doc, i, s_start) -> bool:
    """Whether the head just before the verb at ``i`` (past its auxiliaries) is a noun for data: "the lab results
    tell", "the numbers told"."""
    k = _before_verb_parts(doc, i, s_start)
    return k >= s_start and doc[k].lower_ in DATA_NOUNS


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


def _plural_subject(token, verb="") -> bool:
    lower = token.lower_
    if verb == "say" and lower in SOURCE_WORDS:
        return True
    if token.text[:1].isupper() and not _opening_adjective(token) or lower in PLURAL_WORDS or lower in MODALS or (
        lower in AUXILIARIES or lower in NEGATIONS
    ):
        return True  # "did not say", "didn't say", "cannot say": a negation stands after an auxiliary
    if _ly_adverb(token):
        return True  # an adverb between subject and verb: "Neighbours also fear", "critics rightly say"
    return token.is_alpha and lower.endswith("s") and not lower.endswith("ss") or bool(_people_plural(token.text))


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
        _marks_a_clause(t)
        for t in doc[s_start:k]
    )


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


def _thing_object(doc, i, s_end) -> bool:
    """Whether the verb at ``i`` has a plain noun phrase for its object, up to the next mark or coordinator, and
    nothing after it that reports words: no clause ("confirmed the fees would rise", "the plan failed"), no
    quotation, no infinitive ("expects the fees to rise"), no noun that names words or figures ("gave no figure",
    "voiced concerns"). "confirms a trend seen across the coast" has one; so has no verb whose words follow it
    straight away ("it says are", "it argues would cost": a relative clause's verb, its object gone before it)."""
    k = i + 1
    if k >= s_end or not doc[k].is_alpha or not doc[k].is_lower or doc[k].lower_ in PRONOUNS or (
        doc[k].lower_ not in DETERMINERS and doc[k].lower_ not in ARTICLES_AND_POSSESSIVES
        and not subjectivity.tag(doc[k].text).startswith(("DT", "JJ", "NN"))
    ):
        return False
    nouns = 0
    while k < s_end and not doc[k].is_punct and doc[k].lower_ not in COORDINATORS and k - i <= 12:
        token = doc[k]
        lower = token.lower_
        if lower in ("that", "which") and k > i + 1 and not (
            _person_noun(doc[k - 1]) or _people_plural(doc[k - 1].lower_)
        ):
            break  # "confirms a trend that has been clear for years": a relative clause closes the object
        if token.is_quote or lower in ("that", "to") or lower in CLAUSE_MARKERS or lower in STOP_AFTER or (
            lower in PRONOUNS and k > i + 1
        ) or lower in UTTERANCE_NOUNS or lower in PROPOSITIONS or lower in GIVEN_FIGURES or lower in CONCERNS:
            return False  # "reminded drivers that …": whom it was told to, and the words
        if k > i + 1 and token.is_lower and doc[k - 1].lower_ not in DETERMINERS and (
            lower.endswith("ed") or subjectivity.tag(token.text) in FINITE_OR_MODAL
        ) and not subjectivity.tag(doc[k - 1].text).startswith(("JJ", "VBG", "IN")):
            # "confirmed the plan failed", "the plant needs": the subject of a clause and its verb; not a noun after
            # its modifier or its preposition ("a trend of falling catches")
            return False
        nouns += subjectivity.tag(token.text).startswith("NN")
        k += 1
    return nouns > 0


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
            _marks_a_clause(doc[k])
        ):
            return False
        k += 1
    return k > i + 1 and k + 1 < s_end and doc[k].lower_ == "to" and (
        doc[k + 1].lower_ in DETERMINERS or doc[k + 1].text[:1].isupper() or doc[k + 1].lower_ in SOURCE_WORDS
    )


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
        if _marks_a_clause(token):
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
