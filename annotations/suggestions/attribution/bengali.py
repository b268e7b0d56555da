"""Attribution in Bengali, read on the words of the line.

Bengali puts its verb last, as Japanese does (``japanese``), and writes its case endings onto its nouns: the
source comes before the verb that reports it, and a phrase of source before the word that makes it one. It has no
capital letters to tell a name, so a source is the run of words that opens the verb's clause, less the words that
say when, where, to whom and how it was said. Sentences end at "।", "!" and "?" outside quotation marks (a
quotation holds sentences of its own); a cue inside quotation marks ("…", “…”, ‘…’) is the speaker's words.

The shapes:

- a reporting verb after its source: "উপজেলা নির্বাহী কর্মকর্তা (ইউএনও) X জানান, …", "X সাংবাদিকদের বলেন,
  …", '… বলে স্থানীয়রা জানিয়েছেন।' (the clause opens after the complementizer "বলে" or "যে", a comma, a
  quotation mark); the verbs of saying and telling (বলেন, বলেছেন, জানান, জানিয়েছেন, জানায় …) and a noun with
  the verb "do" (অভিযোগ করেন, দাবি করেন, উল্লেখ করেন, মন্তব্য করেছেন; "নিশ্চিত করেছেন" only when words follow
  or the thing confirmed is named, as it is also "ensured"). The cue runs from the source to the verb; the source
  ends before a word of whom it was told to (a noun in -কে, "সাংবাদিকদের"), of when (a weekday, "সকালে"), of how
  ("মুঠোফোনে", "আরও") and before a phrase said with it ("অভিযোগ অস্বীকার করে বলেন"); the words that open the
  clause and say where or when ("মানববন্ধনে বক্তারা বলেন", "জানতে চাইলে ইউএনও বলেন") are no part of it. An age
  in brackets after a name is in the cue but not in the name. A pronoun ("তিনি বলেন") is a cue without a source;
- the verb before its source, after the words said: '"…", বলেন তিনি।', '… বলে জানান ইউএনও।': the words after
  the verb to the end of the sentence;
- a phrase of source before "according to": "X-এর মতে", "X-এর ভাষ্যমতে" (X written in the genitive),
  "X-এর তথ্য অনুসারে" and "অনুযায়ী" (a genitive in the phrase, not a rule: "নিয়ম অনুসারে", "আইন অনুযায়ী"), "X সূত্রে"
  ("এই সূত্রে" is "in this connection"); the source of "X-এর তথ্য অনুসারে" is X;
- the claim of a source, a noun in the genitive and a comma: "এলাকাবাসীর অভিযোগ, …", "X-এর দাবি, …";
- hearsay with no named source: "জানা গেছে", "জানা যায়" (when no phrase of source comes before it).
"""

import re

from annotations.suggestions.attribution.quotations import LineToken, cues_by_sentence, line_tokens, sentences
from annotations.suggestions.attribution.words import TAG
from annotations.suggestions.attribution.words import line_cue as _cue
from annotations.suggestions.base import Suggestion
from newsdesk.importing.languages import bengali_folded

_WORD = re.compile(r"[^\s,;:!?।॥\"“”‘’()\[\]{}—–]+|[,;:!?।॥\"“”‘’()\[\]{}—–]")
_STOPS = frozenset("।॥!?")
_BREAKS = frozenset(",;:\"“”‘’—–")
_MAX_CLAUSE = 14
_MAX_SOURCE = 9


def _set(words: str) -> frozenset[str]:
    return frozenset(bengali_folded(w) for w in words.split())


# Finite verbs of saying and telling: present, perfect, progressive and past, polite and plain.
VERBS = _set("বলেন বলেছেন বলছেন বলেছিলেন বললেন বলেছে বলছে বলল বলেছিল জানান জানিয়েছেন জানাচ্ছেন জানিয়েছিলেন "
             "জানালেন জানায় জানিয়েছে জানাচ্ছে জানাল জানিয়েছিল")
# "বলে" and "করে" are verbs when a clause follows them ("পুলিশ বলে, …"); otherwise "that" and "having done".
PLAIN_VERBS = _set("বলে")
# Nouns that report with the verb "do" after them, and its finite forms.
SPEECH_NOUNS = _set("অভিযোগ দাবি উল্লেখ নিশ্চিত মন্তব্য স্বীকার অস্বীকার")
DO = _set("করেন করেছেন করছেন করেছিলেন করলেন করেছে করছে করল করেছিল")
PLAIN_DO = _set("করে")
# A verb that is an ordinary verb too ("ensured"): it reports when words follow or the thing confirmed is named.
NEEDS_WORDS = _set("নিশ্চিত")
CONFIRMED = _set("বলে বিষয়টি তথ্যটি খবরটি তথ্য খবর")
# Nouns of a claim: "এলাকাবাসীর অভিযোগ, …".
CLAIMS = _set("অভিযোগ দাবি ভাষ্য বক্তব্য")
# Phrases of source after their source.
OPINION = _set("মতে ভাষ্যমতে তথ্যমতে হিসাবমতে")
ACCORDING = _set("অনুসারে অনুযায়ী")
SOURCES = _set("সূত্রে")
# The nouns of a body of facts, whose owner is the source: "পাউবোর তথ্য অনুসারে".
INFORMATION = _set("তথ্য হিসাব হিসেব ভাষ্য বক্তব্য প্রতিবেদন পরিসংখ্যান জরিপ বিজ্ঞপ্তি ঘোষণা")
# Rules, plans and designs: "নিয়ম অনুসারে" is "by the rules", no source.
RULES = _set("নিয়ম আইন ধারা অনুচ্ছেদ বিধি বিধান নীতিমালা নকশা পরিকল্পনা সূচি সময়সূচি চুক্তি নির্দেশ নির্দেশনা "
             "সিদ্ধান্ত প্রথা রীতি")
DETERMINERS = _set("এই সেই ওই এ সে ঐ একই কোন কোনো")
HEARSAY = (tuple(_set("জানা")), _set("গেছে যায় গেল গিয়েছে"))
# Words that open a clause: "… বলে স্থানীয়রা জানিয়েছেন", "জানতে চাইলে ইউএনও বলেন".
CLAUSE_WORDS = _set("বলে যে এবং কিন্তু তবে আর চাইলে হলে গেলে করলে বললে")
# Words that open a sentence and name no one: "তবে", "এ ছাড়া", "এদিকে", "পরে".
OPENERS = _set("তবে এ ছাড়া এছাড়া এছাড়াও পরে এদিকে অন্যদিকে সেখানে এসময় সময় আজ গতকাল আরও আরো পরবর্তীতে একই "
               "বিষয়ে প্রসঙ্গে ব্যাপারে সম্পর্কে জানতে")
# Words after which the source begins: the end of a phrase of place or time ("বৈঠক শেষে", "ভাঙনের পর").
POSTPOSITIONS = _set("পর পরে আগে থেকে সময় জন্য কাছে মধ্যে শেষে বিষয়ে প্রসঙ্গে ব্যাপারে সম্পর্কে উপলক্ষে সামনে")
# Words of when and how between the source and its verb.
TIMES = _set("রবিবার সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার রোববার আজ গতকাল সকাল দুপুর বিকেল সন্ধ্যা "
             "সন্ধ্যায় রাত রাতে সকালে দুপুরে বিকেলে আরও আরো এ সময় এসময় মুঠোফোনে ফোনে সাংবাদিকদের গণমাধ্যমের "
             "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর")
# Words that start what the source does while speaking: "অভিযোগ অস্বীকার করে বলেন", "ক্ষোভ প্রকাশ করে বলেন".
DOING = _set("অভিযোগ দাবি ক্ষোভ উদ্বেগ হতাশা আশঙ্কা অস্বীকার স্বীকার উল্লেখ মন্তব্য প্রকাশ করে দিয়ে নিয়ে হয়ে "
             "জানিয়ে বিষয়টি তথ্যটি খবরটি")
# Nouns that end in "-ে" and name people, not a place: "তাঁর মেয়ে বলেন"; and the loans in "-way" ("রেলওয়ে").
PEOPLE_IN_E = _set("মেয়ে ছেলে")
WAY = bengali_folded("ওয়ে")
# Words that open the name of a paper the words were told to: "দৈনিক বার্তাকে বলেন".
OUTLETS = _set("দৈনিক সাপ্তাহিক")
PRONOUNS = _set("তিনি তিনিও তাঁরা তারা তারাও সে উনি আমি আমরা তাঁর তার তাঁদের তাদের")


def _fold(word: str) -> str:
    return bengali_folded(word).rstrip(".")


def _tokens(text: str) -> list[LineToken]:
    return line_tokens(text, _WORD, _fold)


def _sentences(tokens):
    return sentences(tokens, _STOPS)


def _genitive(token) -> bool:
    return token.key.endswith("র") and len(token.key) > 1


def _locative(token) -> bool:
    """A noun of place, time or manner: "মানববন্ধনে", "সংবাদ সম্মেলনে", "মুঠোফোনে", "মাসেই" (not "মেয়ে")."""
    return token.key.endswith(("\u09c7", "\u09c7ই")) and token.key not in PEOPLE_IN_E and len(token.key) > 2 and (
        not token.key.endswith(WAY)
    )


def _clause_before(tokens, v, s_start):
    """The tokens of the clause before token ``v``, back to a mark, a clause word or the sentence's start; a
    bracket ("(ইউএনও)", "(৫৮)") is read whole. None when the clause runs longer than a source could."""
    k = v - 1
    while k >= s_start:
        t = tokens[k]
        if t.text == ")":
            opening = next((m for m in range(k - 1, max(s_start, k - 8) - 1, -1) if tokens[m].text == "("), None)
            if opening is None:
                break
            k = opening - 1
            continue
        if t.quoted or t.text in _BREAKS or t.text in _STOPS or t.text == "(" or t.key in CLAUSE_WORDS:
            break
        k -= 1
        if v - k > _MAX_CLAUSE:
            return None
    return tokens[k + 1 : v]


def _stops_source(token) -> bool:
    """A word after the source, before its verb: of when, of how, of what it does while speaking, of whom it told
    ("সাংবাদিকদের", a noun in -কে, "দৈনিক …")."""
    return not token.mark and (
        token.key in TIMES or token.key in DOING or token.key in OUTLETS or _locative(token)
        or token.key.endswith("কে") and len(token.key) > 2
    )


def _source(clause):
    """The source in a clause before a verb: (its tokens, the tokens of its name), the name without an age in
    brackets after it; None when no word of it names one."""
    words = list(clause)
    cut = max((n for n, t in enumerate(words) if t.key in POSTPOSITIONS), default=-1)
    words = words[cut + 1 :]
    while words and (words[0].key in OPENERS or words[0].key in TIMES or words[0].key in DETERMINERS or (
        _locative(words[0]) and len(words) > 1
    )):
        words = words[1:]
    place = next((n for n, t in enumerate(words[:2]) if _locative(t)), None)
    if place is not None and place + 1 < len(words) and not _stops_source(words[place + 1]):
        words = words[place + 1 :]  # "সংবাদ সম্মেলনে সংগঠনের সভাপতি …": where it was said opens the clause
    end = 0
    depth = 0
    while end < len(words):
        t = words[end]
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and end and _stops_source(t):
            break
        end += 1
    words = words[:end]
    if not words or not any(not t.mark for t in words) or sum(not t.mark for t in words) > _MAX_SOURCE:
        return None
    name = list(words)
    if name[-1].text == ")":
        opening = max(n for n, t in enumerate(name) if t.text == "(")
        if opening and all(c.isdigit() or c.isspace() for t in name[opening + 1 : -1] for c in t.text):
            name = name[:opening]  # "নিজাম উদ্দিন (৫৮)": an age
    return words, name


def _source_after(tokens, k, s_end):
    """The source after a verb, to the end of its sentence: "বলেন তিনি।", "জানান ইউএনও তাহমিনা আক্তার।"."""
    words = []
    while k < s_end and tokens[k].text not in _STOPS:
        if tokens[k].text in _BREAKS or tokens[k].quoted or tokens[k].key in CLAUSE_WORDS:
            return None
        words.append(tokens[k])
        k += 1
    if not words or len(words) > _MAX_SOURCE or not any(not t.mark for t in words):
        return None
    return words


def _text(text, tokens) -> str:
    return text[tokens[0].start : tokens[-1].end]


def _verb_at(tokens, i, s_end):
    """The last token of the reporting verb that starts at ``i``, or None."""
    key = tokens[i].key
    following = tokens[i + 1] if i + 1 < s_end else None
    ends_clause = following is None or following.text in "," or following.text in _STOPS
    if key in VERBS or key in PLAIN_VERBS and ends_clause:
        return i
    if key in SPEECH_NOUNS and following is not None and not following.quoted and (
        following.key in DO or following.key in PLAIN_DO and (
            i + 2 >= s_end or tokens[i + 2].text == "," or tokens[i + 2].text in _STOPS
        )
    ):
        if key in NEEDS_WORDS:
            after = tokens[i + 2] if i + 2 < s_end else None
            before = tokens[i - 1] if i else None
            if not (after is not None and (after.text == "," or after.key == "যে")
                    or before is not None and before.key in CONFIRMED):
                return None  # "নিরাপত্তা নিশ্চিত করেছে": ensured, not confirmed
        return i + 1
    return None


def _said(line, text, tokens, i, last, s_start, s_end):
    verb = text[tokens[i].start : tokens[last].end]
    clause = _clause_before(tokens, i, s_start)
    if clause is None:
        return None
    found = _source(clause) if clause else None
    if found:
        words, name = found
        if len(name) == 1 and name[0].key in PRONOUNS:
            return _cue(line, words[0].start, tokens[last].end, "pronoun", f"“{name[0].text} … {verb}”: reported "
                        "speech.")
        source = _text(text, name)
        return _cue(line, words[0].start, tokens[last].end, "reporting_verb", f"“{verb}” reports the words of "
                    f"{source}.", source)
    after = _source_after(tokens, last + 1, s_end)
    if after:
        if len(after) == 1 and after[0].key in PRONOUNS:
            return _cue(line, tokens[i].start, after[-1].end, "pronoun", f"“{verb} {after[0].text}”: reported "
                        "speech.")
        source = _text(text, after)
        return _cue(line, tokens[i].start, after[-1].end, "reporting_verb", f"“{verb}” reports the words of "
                    f"{source}.", source)
    if not clause:
        return _cue(line, tokens[i].start, tokens[last].end, "pronoun", f"“{verb}”: reported speech, its speaker "
                    "named before.")
    return None


def _according(line, text, tokens, i, s_start):
    """ "X-এর মতে", "X-এর তথ্য অনুসারে", "X সূত্রে": the phrase of source before the word at ``i``."""
    key = tokens[i].key
    clause = _clause_before(tokens, i, s_start)
    if not clause:
        return None
    words = list(clause)
    while words and (words[0].key in OPENERS or words[0].key in TIMES):
        words = words[1:]
    if not words or words[-1].mark and words[-1].text != ")":
        return None
    last = words[-1]
    if key in OPINION and not _genitive(last):
        return None
    if key in ACCORDING and (last.key in RULES or not any(_genitive(t) for t in words)):
        return None
    if key in SOURCES and (last.key in DETERMINERS or len(words) == 1 and words[0].key in DETERMINERS):
        return None
    if len([t for t in words if not t.mark]) > _MAX_SOURCE:
        return None
    cue = tokens[i].text
    if len(words) == 1 and last.key in PRONOUNS:
        return _cue(line, last.start, tokens[i].end, "pronoun", f"“{last.text} {cue}”: words reported.")
    name = words[:-1] if last.key in INFORMATION and len(words) > 1 else words
    source = _text(text, name)
    return _cue(line, words[0].start, tokens[i].end, "according_to", f"“{cue}” names {source}.", source)


def _claim(line, text, tokens, i, s_start, s_end):
    """ "এলাকাবাসীর অভিযোগ, …": a claim noun after its source in the genitive, and a comma."""
    if i + 1 >= s_end or tokens[i + 1].text not in ",:" or i - 1 < s_start or not _genitive(tokens[i - 1]):
        return None
    clause = _clause_before(tokens, i, s_start)
    found = _source(clause) if clause else None
    if not found:
        return None
    words, name = found
    if len(name) == 1 and name[0].key in PRONOUNS:
        return _cue(line, words[0].start, tokens[i].end, "pronoun", f"“{name[0].text} {tokens[i].text}”: words "
                    "reported.")
    source = _text(text, name)
    return _cue(line, words[0].start, tokens[i].end, "reporting_verb", f"“{tokens[i].text}” reports the words of "
                f"{source}.", source)


def suggest_in_line(line) -> list[Suggestion]:
    """The attribution cues of one line of an article in Bengali."""
    text = line.text
    tokens = _tokens(text)

    def cue_at(i, s_start, s_end, in_sentence):
        token = tokens[i]
        last = _verb_at(tokens, i, s_end)
        if last is not None:
            cue = _said(line, text, tokens, i, last, s_start, s_end)
        elif token.key in OPINION | ACCORDING | SOURCES:
            cue, last = _according(line, text, tokens, i, s_start), i
        elif token.key in CLAIMS:
            cue, last = _claim(line, text, tokens, i, s_start, s_end), i
        elif token.key in HEARSAY[0] and i + 1 < s_end and tokens[i + 1].key in HEARSAY[1] and not any(
            c.rule == f"{TAG}.according_to" for c in in_sentence
        ):
            cue = _cue(line, token.start, tokens[i + 1].end, "agentless",
                       f"“{text[token.start : tokens[i + 1].end]}”: words reported, their source not named here.")
            last = i + 1
        else:
            return None
        return (cue, last) if cue is not None else None

    return cues_by_sentence(tokens, _sentences(tokens), cue_at)
