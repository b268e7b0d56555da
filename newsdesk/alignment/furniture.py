"""Page furniture: passages that carry no reporting (navigation, share buttons, captions, credits, headings,
reader appeals, subscription prompts), told apart from the story's prose by their shape alone.

Policy: judge a passage by general features of news pages, never by the wording of any one site: how long it is,
whether its lines read as sentences (end in sentence punctuation, carry the function words of their language),
whether it is a block of short menu-like lines, whether the outlet addresses the reader ("our", "you", and their
like in other languages: ``furniture_vocabulary.READER_PRONOUNS``, Arabic's "you" written as a suffix, and Korean's
and Chinese's, chosen by the passage's script: ``languages.script_language``) outside
quotation marks (single ones too, the British way) and outside a turn of an interview led by its speaker's label
(``speaker_turn``), or speaks of its own pages to readers it names in the third
person (the rules for its comments: ``furniture_lines.house_rules``), and whether the same short line recurs
elsewhere on the page or across articles; and, by its place, whether it stands on a line of its own above its
article's first paragraph (``above_the_story``). (The items of a list the story opens with a line of its own are
kept by ``clustering.listed_under_a_lead_in``, which sees the passage before them.) Thai, which writes no spaces
between its words and ends its sentences with a space, is judged by its own measure: its prose by the small words
that join a sentence, found inside its runs (``furniture_lines.unstopped_prose``). A section's heading behind its
mark ("■ …", "◆ …") is the story's, and so is one without a mark between two of its article's paragraphs when the
article heads its sections more than once (``heading_shaped``; ``clustering.section_headings`` sees where it stands).
A consent banner's buttons on lines of their own are furniture under their banner (``line_reasons``). Every rule
gives a reason, so an editor can see why a passage went to the furniture band.
"""

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from newsdesk.importing import furniture_vocabulary, languages, page_dates
from newsdesk.importing.furniture_lines import (
    ABBREVIATED,
    NOTE_WORDS,
    REPORTING,
    about_label,
    commenter_line,
    house_rules,
    joining_words,
    list_item,
    one_post,
    opens_as_note,
    related_label,
    unstopped,
    unstopped_prose,
    without_picture_lines,
)
from newsdesk.importing.furniture_vocabulary import COMBINING_MARKS
from newsdesk.importing.scripts import (
    CJK_STOPS,
    FULL_STOPS,
    HAN,
    KANA,
    STOPS,
    measured,
    trimmed,
    word_count,
)
from newsdesk.importing.turn_labels import NOT_SPEAKERS

# ``words`` finds a word per character of Chinese and Japanese, and a word per spaced run of Korean (the passages'
# keys compare them); ``size`` counts a run of a script written without spaces as the words its length holds
# (``scripts.measured``), so that a paragraph in them is not taken for a one-word label nor a label for a paragraph.
# A letter keeps the combining marks written after it (``furniture_vocabulary.COMBINING_MARKS``: the vowel signs of
# Devanagari, Tamil or Thai, an accent written apart): Python's ``\w`` leaves them out, and without them "भी" would be
# read as "भ" and a word of Hindi as two or three, which skews the rules' counts and hides their function words.
UNSPACED = HAN + KANA  # Korean spaces its words; Thai and its neighbours are measured by ``scripts.measured``
SPACED_LETTER = rf"(?:(?![{UNSPACED}])[^\W\d_][{COMBINING_MARKS}]*)"
WORD = re.compile(rf"[{UNSPACED}]|{SPACED_LETTER}+(?:['’\-]{SPACED_LETTER}+)*", re.UNICODE)
# A sentence ends in . ! ? or …, or the full stop of another script (। ؟ ۔ …), perhaps followed by a closing
# quote (German closes with “ or ‘, and some close guillemets with «) or bracket, or in a colon introducing a
# quotation (Ethiopic writes its colons ፥ and ፦ and its semicolon ፤ as ":" and ";" are, Khmer its colon ៖ before a
# quotation or a list of points). Captions, headings, link
# lists and button labels do not.
SENTENCE_END = re.compile(rf"[.!?…:;፤፥፦៖{STOPS}{CJK_STOPS}][\"'”’“‘»«›‹)\]」』]*\s*$")
# Quoted speech: from an opening mark to the matching close, or to the end of the passage (news style
# leaves a quotation that runs on into the next paragraph unclosed); German opens with „ or » (a letter after it:
# a breadcrumb's "Weather » Tell us" is no quotation), French with «.
# British style quotes in single marks, which are apostrophes too ("didn't", "rock 'n' roll", "the Smiths' house"): a
# quotation opens on a mark before a letter, at the start of the passage or after a space, a colon or a bracket, and
# closes on a mark after the punctuation that ends what was said ("'We grabbed the dog and ran.'", "'It's over,' she
# said"). It closes on the first mark that could close it: inside it, a mark stands between two letters ("didn't",
# "O'Brien"), after the "s" of a plural possessive ("the Hendersons' barn") or before a year ("the '90s"), and no
# line breaks; a mark after a letter and before none ("'n'", "'Cost of living' questions") closes
# a phrase in quotes or an elision, no speech, and a mark after a space and before a letter opens another quotation.
# So a quotation never runs on past the next one's start, and each start is read up to the next mark and at most
# ``QUOTE_CHARACTERS`` on (a page of elisions, "rock 'n' roll " over and over, is read in time linear in its length).
# One that opens the passage and has no mark anywhere that could close it runs on into the next paragraph.
QUOTE_CHARACTERS = 400
QUOTED = re.compile(r"„[^“”]*(?:[“”]|$)|“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|«[^»]*(?:»|$)|»(?=[^\W\d_])[^«]*(?:«|$)|"
                    r"(?:^|(?<=[\s:(\[—–-]))['‘](?=[^\W\d_])"
                    rf"(?:[^'’\n]|(?<=[^\W\d_])['’](?=[^\W\d_])|(?<=s)['’](?=\s)|(?<=\s)['’](?=\d))"
                    rf"{{0,{QUOTE_CHARACTERS}}}?[.,!?…]['’](?![^\W\d_])|"
                    r"\A['‘](?=[^\W\d_])(?![\s\S]*[^\s(\[]['’](?![^\W\d_]))[\s\S]*")
# A passage that is one quoted sentence, however short ("'Enquiries continue.'", "“No.”"): speech, not a label.
QUOTED_SENTENCE = re.compile(r"^[\"“„«»'‘][^\n]*[.!?…][\"”“»«'’]$")
READER = frozenset({"you", "your", "yours", "yourself", "yourselves"})
OUTLET = frozenset({"we", "our", "ours", "us"})
HYPHENATED_ADDRESS = frozenset({"fr", "pt"})  # "écrivez-nous", "escreva-nos"

MIN_WORDS = 4  # fewer words than this is a label, a button or a credit
SHORT_WORDS = 25  # a line this short that does not end like a sentence is a caption, heading or link
MENU_LINE_WORDS = 6  # a block of three or more lines this short is a menu or a promotion
HEADLINE_WORDS = 16  # a line under a "Related" label this short is another story's headline
MIN_FUNCTION_SHARE = 0.2  # prose is a third to a half function words (its language's); lists of names are not
# Thai writes its words without spaces: its function words are counted inside its runs of letters, the small words
# that join a sentence (``furniture_lines.joining_words``), against its words measured by their letters. Its prose
# holds one in eight or more even where figures and names crowd a paragraph; a list of names or labels next to none.
MIN_JOINING_SHARE = 0.1
ADDRESS_SHARE = 0.04  # talking to the reader this much, outside quotes, is an appeal, not reporting
PROMPT_WORDS = 20  # a short line in which the outlet speaks of itself ("our newsletter") is a prompt
REPEATED_WORDS = 12  # a repeated line this short is a button or a label; longer ones may be wire copy
# The line rules (``furniture_lines``) are asked about passages whose lines are at most this long: an author
# box, a credit, a note or an offer is shorter, and a longer appeal is the shape rules' to find (the outlet
# addressing the reader), so long paragraphs of reporting do not pay for the line rules, nor are taken for a
# consent banner or a disclaimer because they report on cookies or on an earlier version of a plan.
LINE_RULE_WORDS = 40
# A line of Chinese or Japanese is measured by its length (``scripts.measured``), which runs longer: a Japanese
# cookie banner of three sentences on one line measures some 45 words.
UNSPACED_LINE_RULE_WORDS = 60
_UNSPACED_CHARACTER = re.compile(f"[{UNSPACED}]")
PROSE_WORDS = 10  # a passage this long that ends like a sentence is a paragraph of the story
# A headline that ends on a question or an exclamation ("… but will it cut YOUR bills?", "من يرمم السوق؟ ولمن؟") reads
# as a sentence, yet stands above the story's first paragraph, which ends on a full stop: a line there, this short and
# ending so, is the page's header (a headline, a deck, a kicker). A story may open on a question or an exclamation
# too, and a body paragraph in the band costs more than a headline left in a row: a line ending on a full stop, an
# ellipsis, a colon or nothing, a longer line, and a list and its lead-in are left to the story.
HEADER_WORDS = 15
HEADER_END = re.compile(r"[?!？！؟‼⁉][\"'”’“‘»«›‹)\]」』）]*\s*$")
FULL_STOP = re.compile(rf"[.。{FULL_STOPS}][\"'”’“‘»«›‹)\]」』]*\s*$")


def words(text: str) -> list[str]:
    return WORD.findall(text)


def size(text: str) -> int:
    """How many words ``text`` holds, for the rules' thresholds."""
    return measured(words(text), text)


def sentence_like(line: str) -> bool:
    """A line that ends like a sentence; in Thai and its neighbours, which end one with a space and write a stop after
    an abbreviation only ("… 11:20 น."), a line of their prose (``furniture_lines.unstopped_prose``)."""
    return bool(SENTENCE_END.search(line)) and ABBREVIATED.search(line) is None or unstopped_prose(line)


def normalised(text: str) -> str:
    return " ".join(words(text.lower()))


def visible_lines(text: str) -> list[str]:
    """The lines of ``text`` that show something, without the spaces and invisible marks around them."""
    return [line for line in map(trimmed, text.splitlines()) if line]


@functools.cache
def address_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words by which the outlet speaks to the reader and of itself: English's, and ``language``'s. An English
    pronoun spelt as a function word of a language with pronouns of its own is that word (Polish "we" is "in")."""
    reader, outlet = furniture_vocabulary.address_words(language)
    english = READER | OUTLET
    if reader or outlet:
        english -= languages.function_words(language)
    return (READER & english) | reader, (OUTLET & english) | outlet


# Languages written without spaces, whose words of address are found in the passage's characters ("我们", "您"),
# not among its words (``words`` makes one of each character).
UNSPACED_ADDRESS = frozenset({"zh"})
# Languages in which the outlet's words alone make no prompt, however short the passage: Chinese and Korean outlets
# name themselves in their own reporting ("本报记者从…获悉", "this paper's reporter learnt from …"; "본지 취재 결과",
# "this paper's inquiry found"), and Chinese, Korean and Hindi report speech without quotation marks, in the
# speaker's person ("村民说，我们的井水…", "저희 가게 앞 도로가 … 말했다", "हमारे बच्चों को …, यह आरोप अभिभावकों ने
# लगाया"). Their outlets' prompts speak to the reader too: by a "you" ("请您", "독자 여러분", "आपका सहयोग"), or by
# asking ("欢迎关注…", "구독하세요", "फॉलो करें": ``furniture_vocabulary.READER_REQUESTS``).
# Greek columnists write "μας" ("our") for the town or the country at large ("η πόλη μας"): its outlets' prompts say
# "σας" ("your") or ask in the imperative ("Εγγραφείτε …").
READER_NEEDED = frozenset({"zh", "ko", "hi", "el"})
# Where a sentence ends, for the verbs of saying (``_outlet_count``): a stop before a space, or a stop of Chinese or
# Japanese, which write no space after one.
SENTENCE_BREAK = re.compile(rf"[.!?…{STOPS}]+(?=\s)|[{CJK_STOPS}]+")


def _unspaced_count(text: str, phrases: frozenset[str]) -> int:
    """How often the phrases occur in ``text``, longest first, none counted inside another ("您们" once, not as
    "您" too)."""
    count = 0
    for phrase in sorted(phrases, key=len, reverse=True):
        count += text.count(phrase)
        text = text.replace(phrase, " ")
    return count


@functools.cache
def _reader_stems(language: str | None) -> frozenset[str]:
    return frozenset(furniture_vocabulary.folded(furniture_vocabulary.READER_STEMS.get(language, "")).split())


def reader_suffixed(word: str, language: str | None) -> bool:
    """``word`` (folded) speaks to the reader by a suffix, in a language that writes "you" and "your" so
    (``furniture_vocabulary.READER_SUFFIXES``: Arabic "بريدك", "your mail", "لتصلك", "so that it reaches you"): one
    of the words an outlet writes to its reader (``furniture_vocabulary.READER_STEMS``) with the suffix, a
    conjunction or a preposition perhaps written before it. Any other word that ends so is another word's ("مالك",
    "أماكن", "أسلاك")."""
    suffixes = furniture_vocabulary.READER_SUFFIXES.get(language)
    if not suffixes:
        return False
    stems = _reader_stems(language)
    clitics = ("",) + languages.PROCLITICS.get(language, ())
    for suffix in suffixes.split():
        if word.endswith(suffix):
            stem = word[:-len(suffix)]
            if any(stem.startswith(clitic) and stem[len(clitic):] in stems for clitic in clitics):
                return True
    return False


@functools.cache
def _told_words(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of reporting of ``language`` (``furniture_vocabulary.REPORTING``, ``TOLD_VERBS``) and the outlet's
    words that, in a sentence with one of them or after one, are the reporter's or the speaker's (``TOLD_US``)."""
    vocabulary = furniture_vocabulary
    verbs = {phrase for phrase in map(vocabulary.folded, vocabulary.REPORTING.get(language, "").split("|"))
             if phrase and " " not in phrase}
    verbs |= set(vocabulary.folded(vocabulary.TOLD_VERBS.get(language, "")).split())
    return frozenset(verbs), frozenset(vocabulary.folded(vocabulary.TOLD_US.get(language, "")).split())


def _outlet_count(plain: str, outlet_words: frozenset[str], language: str | None) -> int:
    """How many of the outlet's words ``plain`` (folded, unquoted) holds, leaving out the first person of a
    sentence that has a verb of saying, or follows one: the reporter's ("وقال لنا أحد التجار", someone told the
    reporter) or the speaker's, when speech is reported without quotation marks ("قال ممثل التجار إن البلدية لم توفر
    لنا …", "村民李大爷说，我们的井水…", "저희 가게 앞 도로가 갑자기 꺼졌다고 … 말했다": Korean and Hindi put the verb
    last)."""
    hyphenated = language in HYPHENATED_ADDRESS
    unspaced = language in UNSPACED_ADDRESS
    verbs, told_us = _told_words(language)
    reported = False
    count = 0
    for sentence in SENTENCE_BREAK.split(plain):
        if unspaced:
            reported = reported or any(verb in sentence for verb in verbs)
            if reported:
                sentence = _without(sentence, told_us)
            count += _unspaced_count(sentence, outlet_words)
            continue
        tokens = words(sentence)
        reported = reported or any(token in verbs for token in tokens)
        count += sum(token in outlet_words or hyphenated and bool(furniture_vocabulary.OUTLET_HYPHENATED.match(token))
                     for token in tokens if not (reported and token in told_us))
    return count


def _without(text: str, phrases: frozenset[str]) -> str:
    """``text`` with each of ``phrases`` made a space, longest first."""
    for phrase in sorted(phrases, key=len, reverse=True):
        text = text.replace(phrase, " ")
    return text


@functools.cache
def _requests(language: str | None) -> tuple[str, ...]:
    return tuple(furniture_vocabulary.folded(furniture_vocabulary.READER_REQUESTS.get(language, "")).split())


def asks_the_reader(plain: str, language: str | None) -> bool:
    """``plain`` (folded, unquoted) asks the reader to do something (``furniture_vocabulary.READER_REQUESTS``): a
    phrase of Chinese anywhere in it, a word of Korean or Hindi ending as a polite imperative does."""
    requests = _requests(language)
    if not requests:
        return False
    if language in UNSPACED_ADDRESS:
        return any(request in plain for request in requests)
    return any(word.endswith(requests) for word in words(plain))


# A heading of the story's own sections, behind the mark Korean, Chinese, Japanese and Thai papers set before one
# ("■ ต้อนช้างกลับป่า ๗ ชั่วโมง", "◆ 지하수 빠진 땅 …", "■救治：37人住院 …"): a line of its own between the story's
# paragraphs, which says what the section below reports. Other marks head a player or a caption ("▶ 동영상 재생",
# "▲ 14일 오후 …").
SECTION_MARK = re.compile(r"^[■◆]\s*+[\"“‘'「『«]?[^\W_]")


def section_heading(text: str) -> bool:
    """``text`` is a section's heading behind its mark (``SECTION_MARK``): one line, no longer than a heading, that
    the line rules do not take for a label of the page ("■ 관련기사")."""
    from newsdesk.importing.furniture_lines import line_furniture

    lines = visible_lines(text)
    return len(lines) == 1 and bool(SECTION_MARK.match(lines[0])) and size(lines[0]) <= SHORT_WORDS and (
        line_furniture(lines[0]) is None
    )


# A table of figures set as lines (an electoral commission's results, a release's counts): each line a label, a
# colon and a figure, perhaps a unit and a share in brackets after it ("Излазност: 56,02%", "1. Lista za Brezno – Ana
# Kostić: 4.210 glasova (48,10%)", "Turnout: 61.4%"), and perhaps a first line that opens the table on a colon. Its
# short lines are no menu: they carry what the story reports. Some of its labels are of more than one word, as a
# page's own labels and counts ("Pregleda: 1.204", "Facebook: 12.400") are not, and a date or a telephone number
# is no figure.
# Each run of spaces is read one way only (possessive: ``*+``, ``++``), so that a long run of them costs time in
# proportion to it; the thousands' group gives back its space ("1 204" is one figure, "1 votes" a figure and a word).
TABLE_FIGURE = r"[-+]?\d{1,3}(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?(?:\s*+%)?"
TABLE_ROW = re.compile(rf"^(?:\d{{1,2}}[.)]\s+)?(?P<label>[^\W\d_][^:\n]*+):\s*+{TABLE_FIGURE}"
                       rf"(?:\s++[^\W\d_]++){{0,2}}(?:\s*+\(\s*+{TABLE_FIGURE}\s*+\))?\s*+$")
LETTER = re.compile(r"[^\W\d_]")


def table_opener(line: str) -> bool:
    """``line`` may open a table of figures: it ends on a colon (blanks after it aside) and has a letter before it."""
    line = line.rstrip()
    return line.endswith(":") and bool(LETTER.search(line, 0, len(line) - 1))


def figures_table(text: str) -> bool:
    """``text`` is a table of figures set as lines (``TABLE_ROW``), under an opening line ending on a colon or not:
    three rows at least, or two under their opening line, and some row's label of more than one word."""
    lines = visible_lines(text)
    if lines and table_opener(lines[0]) and not TABLE_ROW.match(lines[0]):
        opened, lines = True, lines[1:]
    else:
        opened = False
    rows = [TABLE_ROW.match(line) for line in lines]
    if not rows or not all(rows) or len(rows) < (2 if opened else 3):
        return False
    return any(len(words(row["label"])) > 1 for row in rows)


# A reader's comment under the line of its writer's name and when it was posted ("Ana P. · 13/03/2025 19:40"), in
# one passage (``ingest`` keeps the line with the comment it heads): the page's, whatever the comment says.
COMMENT_REASON = "a reader's comment, under a line of its writer's name and the time it was posted"

# A note about the page or the coverage itself (``furniture_vocabulary.PAGE_NOTES``: a live page's opening post, "the
# page updates itself", "leave your comment"), in a passage this short: a longer one reports, and may name a
# broadcaster's live coverage.
PAGE_NOTE = furniture_vocabulary.pattern(furniture_vocabulary.PAGE_NOTES)
PAGE_NOTE_WORDS = 30
PAGE_NOTE_REASON = "a note about the page or the coverage itself: its opening, how it updates, its comments"
ADDRESS_REASON = "the outlet addresses the reader: an appeal or a prompt"
# What stands before a sentence's first word: nothing, or the end of the sentence before it, a dash or a colon.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;—–-])[\W\d_]*$")
# What follows a sentence's last word: nothing, or its stop (the Myanmar full stop among them).
_SENTENCE_END = re.compile(rf"[\s.!?{FULL_STOPS}]*$")
# A live page's post opens on the time it went up and a dash ("14h05 — …"): the outlet's own voice.
_POST_TIME = re.compile(r"^\W*\d{1,2}[:.h]\d\d\s*[—–-]")


def page_note(plain: str, language: str | None, addressed: bool) -> bool:
    """``plain`` (folded, outside quotation marks) is the outlet's note about its page (``PAGE_NOTE``): it opens a
    sentence on the note ("Leave a comment below."), or closes one in a language whose verb comes last
    (``languages.VERB_FINAL``), or the passage speaks to the reader or as the outlet
    (``addressed``), or is a live page's post (``_POST_TIME``), and it reports no one's words: "the mayor said
    residents could leave a comment" is the story's (``speech_verbs``, ``furniture_vocabulary.REPORTING``)."""
    from newsdesk.importing import speech_verbs

    match = PAGE_NOTE.search(plain)
    if match is None:
        return False
    tokens = [token.lower() for token in words(plain)]
    saying = _advertising_words(language)[1] | speech_verbs.speech_verbs(language)
    if _holds_phrase(tokens, saying):
        return False
    return addressed or bool(_POST_TIME.match(plain) or _SENTENCE_START.search(plain[: match.start()])) or (
        language in languages.VERB_FINAL and _SENTENCE_END.match(plain[match.end():]) is not None)


# The reasons the shape rules give a line for its shape alone: a label's, a caption's and a heading's.
TOO_FEW_WORDS = "too few words"
NO_SENTENCE = "no sentence: a caption, heading or link"
FEW_FUNCTION_WORDS = "hardly any function words: a list of names or labels"
SHAPE_REASONS = frozenset({TOO_FEW_WORDS, NO_SENTENCE, FEW_FUNCTION_WORDS})
SHORT_LINES_BLOCK = "a block of short lines, like a menu or a promotion"
# A heading of the story's sections, between two of its paragraphs, says in a few words what the section below reports
# ("Borç ne kadar?", "Cứu trợ", "12.640 học sinh nghỉ học", "03 家长：半年前就反映过饭菜有问题"): no longer than this;
# a picture's caption or another story's headline often runs longer.
SECTION_HEADING_WORDS = 9
# A clock time or a day and month in figures ("19:30", "3h40", "15/10"): a caption's or a stamp's, no heading's.
TIME_OR_DATE = re.compile(r"(?<!\d)\d{1,2}(?::|h)\d\d(?!\d)|(?<!\d)\d{1,2}/\d{1,2}(?!\d)")
# ... unless the clock time closes a clause of the heading's own, after its verb ("Most se zavřel ve 4:15", "The bridge
# closed at 4:15"): this many words before it. A stamp opens its line ("19:30 Police arrive") or stands alone.
HEADING_TIME_WORDS = 3
_CLOCK_TIME = re.compile(r"(?<!\d)\d{1,2}:\d\d(?!\d)")


def _stamped(line: str) -> bool:
    """``line`` holds a date in figures, or a clock time that no clause of ``HEADING_TIME_WORDS`` words leads to."""
    for found in TIME_OR_DATE.finditer(line):
        if not _CLOCK_TIME.fullmatch(found.group()) or size(line[:found.start()]) < HEADING_TIME_WORDS or (
            found.end() < len(line.rstrip())
        ):
            return True
    return False


def heading_shaped(text: str) -> bool:
    """``text`` is shaped like a heading of the story's sections, not a caption, a label or a lead-in: one line of
    ``SECTION_HEADING_WORDS`` or fewer, no item of a list, not ending on a colon (a speaker's line, a lead-in), with
    no date in figures nor a clock time but one that closes its clause (``_stamped``), that the line rules take for
    nothing of the page's (a label, a credit, a byline, a stamp, a prompt). Where it stands is the caller's to tell
    (``clustering.section_headings``)."""
    from newsdesk.importing.furniture_lines import line_furniture

    lines = visible_lines(text)
    if len(lines) != 1:
        return False
    line = lines[0]
    return size(line) <= SECTION_HEADING_WORDS and list_item(line) is None and not line.rstrip().endswith(
        (":", "：", "፥", "፦")
    ) and not _stamped(line) and line_furniture(line) is None


# A turn of an interview or a transcript, led by its speaker's label: a name in capitals, or "Q:" and "A:" ("DANBY:
# Police have arrested a member of your staff. What can you tell us?", "OKAFOR: We followed every rule …"). The "you"
# and the "we" in it are the interviewer's and the interviewee's, speaking to each other, not the outlet to its reader.
# A broadcast's transcript may lead the label with the turn's time code ("[07:10:04] GEMMA HURST:", "(00:12:40)
# PRESENTER:") and follow it with a role or a place in brackets ("CALLER (MAVIS, ORTON):", "JO REID (PRESENTER):"):
# both are the label's, and come off with it. A time code is bracketed or counts seconds ("[00:12:31]", "00:12:31"); a
# bare clock time is a live post's ("10:42 POLICE: Officers have closed the road"), and makes no turn of its post.
TURN_TIME_CODE = r"(?:(?:\[\d{1,2}(?::\d{2}){1,2}\]|\(\d{1,2}(?::\d{2}){1,2}\)|\d{1,2}(?::\d{2}){2})[ \t]+)?"
SPEAKER_ROLE = r"(?:[ \t]*\([^()\n:]{1,40}\))?"
SPEAKER_LABEL = re.compile(r"^" + TURN_TIME_CODE
                           + r"(?P<label>[^\W\d_][^\W\d_'’.\-]*(?: [^\W\d_][^\W\d_'’.\-]*){0,2})"
                           + SPEAKER_ROLE + r":\s+\S")
ANSWER_LABELS = frozenset({"Q", "A"})


def speaker_turn(text: str) -> bool:
    """``text`` opens on a speaker's label (``SPEAKER_LABEL``): "Q" or "A", or a name of a few words in capitals that
    is no label of the page's ("WATCH:", "UPDATE:", "NEWSLETTER:": ``turn_labels.NOT_SPEAKERS`` and the line rules)."""
    from newsdesk.importing.furniture_lines import line_furniture

    match = SPEAKER_LABEL.match(trimmed(text))
    if match is None:
        return False
    label = match.group("label")
    if label in ANSWER_LABELS:
        return True
    return len(label) > 1 and label.isupper() and not NOT_SPEAKERS.intersection(label.lower().split()) and (
        line_furniture(label) is None
    )


# An advertisement closes on its small print, a sentence of its own or behind a bar ("18+ | T&Cs apply.")
# (``furniture_vocabulary.SMALL_PRINT``: "Terms apply.", "Es gelten die AGB.", "Please gamble responsibly."), in a
# passage no longer than the line rules read (``LINE_RULE_WORDS``): a sponsor's item ("… is supported by …. Save for
# your first home with …. Terms apply."). The small print alone makes no
# advertisement: news of a scheme or a refund closes on its terms too ("… the council said. Terms and conditions
# apply."). The item is a sponsor's by a cue of one (``SPONSOR_CUE``, ``furniture_vocabulary.ADVERTISEMENT``'s labels)
# or by speaking to the reader ("your first home"), outside quotation marks, and reports no one's words (a verb of
# reporting: ``furniture_vocabulary.REPORTING``, English's ``labels.REPORTING``). Reporting on an offer quotes its
# terms.
SMALL_PRINT = re.compile(r"(?:^|[.!?…|]\s)\s*" + furniture_vocabulary.alternatives(furniture_vocabulary.SMALL_PRINT)
                         + r"\s*[.!]?$")
SMALL_PRINT_REASON = "an advertisement: it closes on its small print (“Terms apply.”)"
# A sponsor named in the item, as a newsletter names its own ("… is supported by Harlow Credit Union", "sponsored by
# …"; ``furniture_lines.SPONSOR_MESSAGE``). Not "funded by" or "paid for by", which report who pays for a scheme.
SPONSOR_CUE = re.compile(r"\b(?:is|are) (?:supported|sponsored|presented|powered|brought to you) by\s+(?:the\s+)?[A-Z]|"
                         r"\bsponsored by\s+(?:the\s+)?[A-Z]")


@functools.cache
def _advertising_words(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """``language``'s labels of an advertisement (``furniture_vocabulary.ADVERTISEMENT``: "gesponsert", "sponsorisé")
    and its verbs of reporting (``furniture_vocabulary.REPORTING``, with English's ``labels.REPORTING``), folded, each
    a phrase of one word or more."""
    from newsdesk.alignment.labels import REPORTING

    def phrases(table: dict[str, str], separator: str) -> frozenset[str]:
        return frozenset(phrase for phrase in (" ".join(furniture_vocabulary.folded(entry).split())
                                               for entry in table.get(language or "", "").split(separator)) if phrase)

    reporting = phrases(furniture_vocabulary.REPORTING, "|") | (REPORTING if (language or "en") == "en" else set())
    return phrases(furniture_vocabulary.ADVERTISEMENT, "|"), frozenset(reporting)


def _holds_phrase(tokens: list[str], phrases: frozenset[str]) -> bool:
    """One of ``phrases`` stands among ``tokens`` (folded words, in order), word for word."""
    joined = " " + " ".join(tokens) + " "
    return any(" " + phrase + " " in joined for phrase in phrases)


def small_print(text: str, language: str | None = None) -> bool:
    """``text`` is an advertisement by its last sentence, outside quotation marks (``SMALL_PRINT``), in an item that
    names its sponsor or speaks to the reader, and reports no one's words. ``language``: the passage's, read from
    ``text`` when None."""
    outside = QUOTED.sub(" ", trimmed(text))
    plain = furniture_vocabulary.folded(outside)
    if size(text) > LINE_RULE_WORDS or not SMALL_PRINT.search(plain):
        return False
    language = languages.language_of(text) if language is None else language
    advertising, reporting = _advertising_words(language)
    tokens = [token.lower() for token in words(plain)]
    if _holds_phrase(tokens, reporting):
        return False
    reader_words, _outlet_words = address_words(language or "en")
    reader = any(token in reader_words or reader_suffixed(token, language) for token in tokens)
    return reader or bool(SPONSOR_CUE.search(outside)) or _holds_phrase(tokens, advertising)


# A team sheet, a squad or a table of marks: lines of names in a list, behind a label at most ("Kestle Albion:
# Marwood; Tansey, Oduya, …", "Subs: Garside, Penhale, …", "Ennis 7; Maddox 6, …"), each item a name of a few words
# with its mark, each opening on a capital, and no function word among them. Such a line ends on a full stop yet is
# no sentence; a sentence that lists names has items longer than a name, or its function words ("from Tansey, Oduya
# and Birch").
NAME_LIST_REASON = "a list of names, each with its mark at most: a team sheet or a table of marks"
LIST_SEPARATOR = re.compile(r"[,;|]")
MIN_LIST_ITEMS = 5
LIST_ITEM_WORDS = 3
LIST_LABEL_WORDS = 3


def name_list(text: str, language: str | None = None) -> bool:
    """``text`` is a list of names line by line (``NAME_LIST_REASON``); a label of ``LIST_LABEL_WORDS`` or fewer may
    stand on a line of its own over it ("Line-ups", "Player ratings")."""
    language = languages.language_of(text) if language is None else language
    function = languages.with_english(language)
    listed = 0
    for line in visible_lines(text):
        body = line.split(":", 1)[1] if ":" in line else line
        items = [item.strip(" .") for item in LIST_SEPARATOR.split(body)]
        if len(items) < MIN_LIST_ITEMS:
            if size(line) <= LIST_LABEL_WORDS and not sentence_like(line):
                continue
            return False
        if any(not item or size(item) > LIST_ITEM_WORDS or not item[0].isupper() for item in items) or any(
            languages.is_function_word(token.lower(), language, function) for token in words(body)
        ):
            return False
        listed += 1
    return listed > 0


def furniture_reasons(text: str, *, repeated: bool = False, language: str | None = None) -> list[str]:
    """Why ``text`` is page furniture; an empty list when it reads as reporting.

    ``repeated``: the same passage appears elsewhere on this page or in another article of the story.
    ``language``: the story's or the article's (``languages.language_of``), read from ``text`` when None; a
    passage is often too short to tell.
    """
    # A caption is judged without its picture's credit and a gallery's link to the next picture under it
    # (``furniture_lines.without_picture_lines``): they are the picture's, and make no block of short lines of it.
    text = without_picture_lines(text)
    if section_heading(text) or figures_table(text):
        return []
    language = languages.language_of(text) if language is None else language
    tokens = words(text)
    count = size(text)
    lines = visible_lines(text)
    reasons = []
    # A quoted sentence is speech however short ("“No.”"), but one without a word ("“…”", "“2024.”") is none.
    if count < MIN_WORDS and not (count and QUOTED_SENTENCE.match(text.strip())):
        reasons.append(TOO_FEW_WORDS)
        return reasons
    if len(lines) >= 2 and commenter_line(lines[0]):
        reasons.append(COMMENT_REASON)
    # A live page's post kept whole under its time stamp (``furniture_lines.one_post``): its stamp, "Key event" mark
    # and heading are short lines over its paragraph, no menu's.
    post = one_post(lines)
    if len(lines) >= 3 and sorted(size(line) for line in lines)[len(lines) // 2] <= MENU_LINE_WORDS and not (
        post and is_prose(lines[-1])
    ):
        reasons.append(SHORT_LINES_BLOCK)
    sentence_lines = [line for line in lines if sentence_like(line)]
    if not sentence_lines and count <= SHORT_WORDS:
        reasons.append(NO_SENTENCE)
    if unstopped(text):  # Thai: its own words that join a sentence, found inside its runs
        few_function_words = joining_words(text) / count < MIN_JOINING_SHARE
    else:
        lowered = [token.lower() for token in tokens]
        function = languages.with_english(language)
        function_share = sum(languages.is_function_word(token, language, function) for token in lowered) / count
        few_function_words = function_share < MIN_FUNCTION_SHARE
    if few_function_words and not sentence_lines:
        reasons.append(FEW_FUNCTION_WORDS)
    elif name_list(text, language):
        reasons.append(NAME_LIST_REASON)
    # An appeal or a prompt is the outlet ("we", "our") talking to the reader ("you"), outside quotation
    # marks; advice to readers ("you should change your password") speaks to them without the outlet.
    outside = QUOTED.sub(" ", text)
    # Compared as the tables are written (``furniture_vocabulary.folded``: Arabic without its vowel marks).
    plain = furniture_vocabulary.folded(outside)
    unquoted_count = size(outside)
    # Korean and Chinese passages are read in their language whatever the story's: the words by which their outlets
    # speak to the reader are chosen by the script the passage is written in.
    spoken = languages.script_language(outside) or language
    reader_words, outlet_words = address_words(spoken)
    if spoken in UNSPACED_ADDRESS:  # its own words only: English "us" is a part of "status"
        reader_words, outlet_words = furniture_vocabulary.address_words(spoken)
        reader = _unspaced_count(plain, reader_words)
    else:
        reader = sum(token in reader_words or reader_suffixed(token, spoken) for token in words(plain))
    outlet = _outlet_count(plain, outlet_words, spoken)
    share = (reader + outlet) / max(unquoted_count, 1)
    prompt = unquoted_count <= PROMPT_WORDS and (spoken not in READER_NEEDED or asks_the_reader(plain, spoken))
    if outlet and (reader or prompt) and share >= ADDRESS_SHARE and not speaker_turn(text):
        reasons.append(ADDRESS_REASON)
    elif (language or "en") == "en" and house_rules(text):
        reasons.append("the outlet speaks of its own pages to its readers: the rules for its comments")
    # A live page's post kept whole under its stamp and heading (``furniture_lines.one_post``) is a note about the
    # page as its paragraph is: the note is measured and read there ("That's all from us" over "We're closing our
    # live coverage here").
    note, note_count = plain, count
    if post:
        note, note_count = furniture_vocabulary.folded(QUOTED.sub(" ", lines[-1])), size(lines[-1])
    if note_count <= PAGE_NOTE_WORDS and page_note(note, language, bool(reader or outlet)):
        reasons.append(PAGE_NOTE_REASON)
    if small_print(text, language):
        reasons.append(SMALL_PRINT_REASON)
    if repeated and count <= REPEATED_WORDS:
        reasons.append("a short line repeated on the page or across articles")
    return reasons


# A full name opening a note as its subject: two to four words each on a capital, then a word ("Rachel Voss is a …");
# a name, then its verb in small letters ("Kelderbridge University is a …").
NOTE_SUBJECT = re.compile(r"^(?:[^\W\d_][\w'’.-]*\s+){1,3}[^\W\d_][\w'’-]*(?:\s*,)?\s+[^\W_]")
NAMED_SUBJECT = re.compile(r"(?:\s*,)?\s+[^\W\d_]")


def about_note(label: str, text: str) -> bool:
    """``text``, right below ``label``, is the note an "About …" label heads (``furniture_lines.about_label``): under
    "About the author" or "About us", a note opening on a full name as its subject ("Rachel Voss is a medical
    statistician …"); under "About" and a name, one opening on that name, or its first words, and its verb
    ("Kelderbridge University is a research-intensive university …", a press release's boilerplate). A first
    sentence that reports what someone said is the story's ("Marrowby Harbour Trust said on Tuesday …")."""
    subject = about_label(label)
    if subject is None:
        return False
    text = trimmed(text)
    if REPORTING.search(re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]):
        return False
    if subject:
        # The whole name or its first words, as a release's boilerplate shortens its owner's ("About Wenlow Fair
        # Ltd" over "Wenlow Fair is …", "Wenlow is …").
        names = subject.split()
        for count in range(len(names), 0, -1):
            name = " ".join(names[:count])
            rest = text[len(name):] if text.casefold().startswith(name.casefold()) else ""
            predicate = NAMED_SUBJECT.match(rest)
            if predicate is not None and rest[predicate.end() - 1].islower():
                return True
        return False
    return NOTE_SUBJECT.match(text) is not None and all(word[0].isupper() for word in text.split()[:2])


def related_list(text: str) -> list[str]:
    """Why ``text`` is a list of links to other stories: a label ("Related", "More from Health") on its first line
    and only headline-length lines under it; an empty list otherwise."""
    lines = visible_lines(text)
    if len(lines) >= 2 and related_label(lines[0]) and all(_headline(line) for line in lines[1:]):
        return ["links to other stories under a label (“Related”, “More from …”)"]
    return []


def _headline(line: str) -> bool:
    """``line`` is as long as a headline (``HEADLINE_WORDS``); in Thai and its neighbours, whose words are measured by
    their letters and whose headlines are written as their sentences are, a line short of a paragraph that does not
    read as prose (``furniture_lines.unstopped_prose``)."""
    if unstopped(line):
        return size(line) <= SHORT_WORDS and not unstopped_prose(line)
    return size(line) <= HEADLINE_WORDS


def repeated_texts(texts: Iterable[str]) -> set[str]:
    """Normalised passages that occur more than once among ``texts`` (within or across articles)."""
    seen, repeated = set(), set()
    for text in texts:
        key = normalised(text)
        if key in seen:
            repeated.add(key)
        seen.add(key)
    return repeated


def line_reasons(text: str, repeats: Mapping[str, int], *, inside_body: bool = False) -> list[str]:
    """Why ``text`` is page furniture judged line by line (``furniture_lines``): the reason of each of its
    lines, when every line is furniture by its own words and shape; an empty list when any line reads as
    reporting. ``repeats``: how often each line (compared by ``furniture_lines.normal``) occurs in the story.
    ``inside_body``: the passage sits between two paragraphs of prose, where a sentence shaped like a
    contributor's note ("Ana Ruiz is a professor of law at …") is part of the story."""
    from newsdesk.importing.furniture_lines import consent_button, line_furniture, normal

    lines = visible_lines(text)
    if not lines or any(word_count(line) > line_rule_words(line) for line in lines):
        return []
    footer = _footer_lines(lines)
    found, rules, buttons = [], set(), 0
    for position, line in enumerate(lines):
        judged = line_furniture(line, repeats.get(normal(line), 1))
        if judged is None and position in footer:
            judged = ("footer", FOOTER_REASON)
        # A consent banner's button on a line of its own ("Kabul Et", "Đồng ý") is one under its banner.
        if judged is None and consent_button(line):
            buttons += 1
            continue
        if judged is None or inside_body and judged[0] == "contributor_bio":
            return []
        found.append(judged[1])
        rules.add(judged[0])
    if buttons and "consent" not in rules:
        return []
    return list(dict.fromkeys(found))


FOOTER_REASON = "the page's footer: the outlet's address, contact details or pages, above its copyright line"


def _footer_lines(lines: Sequence[str]) -> set[int]:
    """The positions of ``lines`` that make a footer block with the copyright line under them: each shaped like a
    footer's line of details (``furniture_lines.footer_line``), the line under it the copyright line or another
    of the block's."""
    from newsdesk.importing.furniture_lines import copyright_line, footer_line

    block = set()
    below = False  # the line under this one is the copyright line or in the block
    for position in range(len(lines) - 1, -1, -1):
        if below and footer_line(lines[position]):
            block.add(position)
            continue
        below = copyright_line(lines[position])
    return block


def line_rule_words(line: str) -> int:
    """The longest ``line`` may be for the line rules to be asked about it: ``UNSPACED_LINE_RULE_WORDS`` when half
    its letters or more are Chinese or Japanese, ``furniture_lines.NOTE_WORDS`` when it opens as a note about the
    article does ("Correction: …"), ``LINE_RULE_WORDS`` otherwise."""
    if opens_as_note(line):
        return NOTE_WORDS
    letters = sum(character.isalpha() for character in line)
    return UNSPACED_LINE_RULE_WORDS if 2 * len(_UNSPACED_CHARACTER.findall(line)) >= max(letters, 1) else (
        LINE_RULE_WORDS
    )


def is_prose(text: str) -> bool:
    """A paragraph of the story: long enough, and ending like a sentence."""
    return size(text) >= PROSE_WORDS and sentence_like(trimmed(text))


# A live page's post time alone on its line ("14:05", "11.35"): the post over it is the story's, no deck over a stamp.
POST_TIME_ALONE = re.compile(r"^\W*\d{1,2}[:.h]\d\d\W*$")


def above_the_story(texts: Sequence[str], indices: Sequence[int] | None = None,
                    under_first: str | None = None) -> list[int]:
    """Of one article's passages in order (``texts``: those the rules leave to the story), the positions of the
    lines above its first paragraph (``PROSE_WORDS`` or more, ending on a full stop) that are its header: each a
    line of its own of ``HEADER_WORDS`` or fewer that ends on a question or an exclamation mark (``HEADER_END``),
    no item of a list, or a block of lines with its byline or time stamp (``is_header_block``). None when no
    paragraph ends on a full stop (Thai ends its sentences with a space): then nothing tells the header from the
    story.

    ``indices``: where each of ``texts`` stands among all the article's passages. With them, the first of ``texts``
    is the article's deck when the page's furniture (a byline, a date, a caption, set apart already) stands right
    under it, before the next passage the rules leave to the story: one line of ``DECK_WORDS`` or fewer, no item of
    a list, under the headline and over the byline, where a page sets its summary, or the headline and the deck in
    one block (``is_deck``); not when the passage right under it (``under_first``) is a time alone on its line
    (``POST_TIME_ALONE``): a live page's post stands over the next post's time, as a deck over the page's stamp."""
    header = []
    post = under_first is not None and POST_TIME_ALONE.match(under_first.strip()) is not None
    if indices is not None and len(texts) >= 2 and indices[1] > indices[0] + 1 and is_deck(texts[0]) and not post:
        header.append(0)
    first = next((position for position, text in enumerate(texts)
                  if size(text) >= PROSE_WORDS and FULL_STOP.search(trimmed(text))
                  and not ABBREVIATED.search(trimmed(text))), None)
    if first is None:
        return header
    return header + [position for position in range(first) if position not in header
                     and (is_header_line(texts[position]) or is_header_block(texts[position]))]


# A deck sums the story up in a sentence or two; the story's first paragraph, when a picture's caption stands under
# it, runs longer (a lead of fifty words).
DECK_WORDS = 30


def is_deck(text: str) -> bool:
    """``text`` is shaped like a deck: one line of ``DECK_WORDS`` or fewer, no item of a list; or the headline with
    its deck in one block, the headline a line of ``HEADLINE_WORDS`` or fewer that does not end on a full stop
    ("'We were told nothing': villagers on the closure" over "Residents speak for the first time since …")."""
    lines = visible_lines(text)
    if not 1 <= len(lines) <= 2 or any(list_item(line) is not None for line in lines):
        return False
    if len(lines) == 2 and (size(lines[0]) > HEADLINE_WORDS or FULL_STOP.search(lines[0])):
        return False
    return size(lines[-1]) <= DECK_WORDS


def is_header_line(text: str) -> bool:
    """``text`` is shaped like a headline that reads as a sentence: one line, short, ending on "?" or "!"."""
    lines = visible_lines(text)
    return len(lines) == 1 and size(lines[0]) <= HEADER_WORDS and bool(HEADER_END.search(lines[0])) and (
        list_item(lines[0]) is None
    )


# The lines that mark a block of lines as the article's header: who wrote it, and when ("By …", "Updated 9 March").
HEADER_MARKS = frozenset({"byline", "timestamp"})
# A date of the Ethiopian calendar on a line of its own, as an Amharic page dates its articles: a month's name (and a
# weekday's) perhaps, the day, "ቀን" ("day"), the year and "ዓ.ም." (the Ethiopian era), "ኅዳር 28 ቀን 2018 ዓ.ም.". Read
# here by its shape, its names aside: the page's stamp under a byline ("በ<name>", "by <name>", which the line rules do
# not read: Amharic writes its "by" onto the name). The era is the page dates' (``page_dates.ETHIOPIAN_ERA_PATTERN``).
ETHIOPIAN_DATE = re.compile(
    rf"^(?:[^\W\d_]+[፣,]?\s+){{0,2}}\d{{1,2}}\s+ቀን\s+\d{{4}}\s*(?:{page_dates.ETHIOPIAN_ERA_PATTERN})$")


def is_header_block(text: str) -> bool:
    """``text`` is the article's header set as one block of lines: its byline or its time stamp on a line of its own
    (``HEADER_MARKS``), every other line page furniture by the line rules ("LIVE") or as long as a headline that does
    not end like a sentence ("LIVE" / headline / "Updated …" / "By …" over a live blog). Where it stands, above the
    article's first paragraph, is the caller's to tell (``above_the_story``)."""
    from newsdesk.importing.furniture_lines import line_furniture

    lines = visible_lines(text)
    if len(lines) < 2:
        return False
    marked = False
    for line in lines:
        judged = line_furniture(line)
        if judged is None and ETHIOPIAN_DATE.match(line):
            judged = ("timestamp", "")
        if judged is not None:
            marked = marked or judged[0] in HEADER_MARKS
        elif sentence_like(line) or size(line) > SHORT_WORDS or list_item(line) is not None:
            return False
    return marked


HEADER_REASON = "above the article's first paragraph, on a line of its own: its headline, a deck or a kicker"


def line_repeats(texts: Iterable[str]) -> Counter:
    """How often each line occurs among ``texts``, compared the way ``line_reasons`` compares them."""
    from newsdesk.importing.furniture_lines import normal

    return Counter(normal(line) for text in texts for line in text.splitlines() if trimmed(line))
