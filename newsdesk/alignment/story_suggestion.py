"""Story matching: which stored story an article belongs to, how sure that is, and why.

Method: every stored article becomes a TF-IDF vector of its title and its reporting (page furniture left
out, so two pages of one site do not look alike for sharing a menu), with IDF counted over all stored
articles, so words every article uses count for little. An article's resemblance to a story blends four
measures, each between 0 and 1:

- the cosine similarity to the story's centroid (what the story is about on the whole);
- the cosine similarity to the story's nearest article (a story that grows in several directions, or has
  an unrelated article filed into it by mistake, still holds the articles a newcomer is like, so this
  part does not fall as the story grows);
- the same for its event words (``event_words``: its content words without the words of its names and figures,
  as character n-grams that meet across a word's endings), weighted most: a report of another event with the
  story's actors and in its places (floods in the country of a war story, a market reopening in the town of a
  drought) shares their names and the words about them, but not what happened. A script without capitals shows no
  names: there the words the headline names and the body repeats stand in for them (``headline_words``);
- the share of the article's names and figures (capitalised names, acronyms, numbers) that the story's
  articles also mention, weighted by how rare each is among stored articles. Names back up wording, they do
  not stand in for it: this part counts in full only when the article is worded like one of the story's
  articles and its event words are like one of theirs (each at ``NAMES_SUPPORT[1]`` or more), and not at all
  when either is below ``NAMES_SUPPORT[0]``.

A text with fewer than ``MIN_EVENT_WORDS`` event words (a two-line brief) says too little in its own words to be
judged by them: the event share goes to the wording, and the names are gated by the wording alone.

A story's core is the names every one of its articles names (``CORE_NAMES``): a relation between them, what the
story is about. An article that names fewer than half of them tells of one of them without the others (a satellite
launch of the country whose arms trade with another is the story) and the story is not suggested for it; one that
names them all tells of that relation, and its names are gated by its wording alone, as a short text's are.

The article is suggested for the best story when the blend reaches ``THRESHOLD`` and beats the runner-up
by ``MARGIN``, among the stories it was not written weeks before (``BEFORE_THE_STORY``: a report dated more than
two weeks before the first dated article of a story of one event reports another event, whatever words and names it
shares; a story whose dated articles span longer than ``EVENT_WINDOW`` is ongoing and has no such bound). When the
words chose a story the date rules out, the editor is told (``passed_over``).
On the project's test corpus (145 decisions, eleven of them written blind)
reports of the story's events score 0.28 and more but for one four-paragraph brief (0.20 and 0.22), reports of other
events and unrelated articles 0.26 and less but for three (a failed satellite launch beside the seed story's
missiles, 0.41; a library in a town beside its factory closure, 0.28; a children's intensive care unit opened at the
hospital of a Hindi story of children poisoned by a school meal, sharing its officials, whose names Devanagari
writes without capitals, 0.29; a naval museum in the old customs house of the Greek story's town, sharing its mayor,
deputy mayor, opposition and council, 0.49); the threshold sits in the middle of the gap (0.27 to 0.29).
Since a story's core counts, the satellite launch and the naval museum name too few of their stories' core names to
be suggested for them, and the brief names all of the seed story's (0.44).
A filed article is compared with its story exactly as it would be unseen: the IDF of both views is counted as
if it had never been stored (``Weighted.leaving_out``).
The shared distinctive words and names are kept as the reason shown to editors.

``build`` and ``rank`` are pure; ``suggest_story`` and ``match_article`` read the database and keep the story matrix
of the filed articles, brought up to date when they change by reading only the articles added or changed (``_Store``):
reading articles is most of the cost of a matrix, so filing one article into a large store stays quick.
"""

import collections
import datetime as dt
import functools
import re
import threading
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from annotations.claims import normalise
from newsdesk.alignment import amharic, furniture, thai
from newsdesk.alignment.words import (
    CALENDAR,
    ELIDING,
    EVENT_STOP_WORDS,
    KHMER_RUN,
    LEGAL_FORMS,
    LETTERS,
    MYANMAR_RUN,
    NAME_STEMMERS,
    NUMBER,
    PAIRED_RUN,
    SUFFIXING,
    burmese_persons,
    character_pairs,
    content_words,
    figure,
    khmer_persons,
    stem,
    stemmer,
    syllable_pairs_of,
    terms_with_surface,
    unigrams,
    without_ending,
    word_matches,
)
from newsdesk.importing import calendar_names, furniture_vocabulary, ingest, languages, page_dates, speech_verbs
from newsdesk.importing.headline import MEDIA_WORDS
from newsdesk.importing.scripts import HAN, KANA, caseless, reading_text
from newsdesk.importing.tokens import THAI_CHARACTER, thai_word_form
from newsdesk.importing.turn_labels import turn_labels

THRESHOLD = 0.27
MARGIN = 0.05  # the best story must beat the runner-up by this much, or no story is suggested
TITLE_WEIGHT = 2  # a title names the subject: count it twice
CENTROID_SHARE = 0.2
NEAREST_SHARE = 0.2
EVENT_SHARE = 0.5  # how like the story's nearest article the article's event words are (``event_words``)
NAMES_SHARE = 0.3
NAMES_PRIOR = 4.0  # rarity mass added to an article's own names, so that one shared name is not a match
# The names part counts in proportion to how like the story's nearest article the wording is, from none at the
# first figure to all of it at the second. On the project's corpus and on real pages studied, articles on the
# story's event are 0.30 or more like its nearest article, articles on other events 0.19 or less (other events
# in the same places included).
NAMES_SUPPORT = (0.2, 0.3)
# ... and in proportion to how like the nearest article its event words are, between the same figures: a report of
# another event with the story's actors and places shares their names, and words about them, but not what happened.
EVENT_SUPPORT = NAMES_SUPPORT
MIN_EVENT_WORDS = 20  # event words below which a text says too little in its own words to be judged by them
EVENT_GRAMS = (4, 5)  # character n-grams of the event words, which meet across a word's endings
# Chinese writes a clause as one run of characters (Japanese breaks its clauses with kana), so n-grams of it span two
# or three words and seldom recur in another report of the event ("长风评论" left out at 0.12 for event words): a run of
# Han characters without kana is read as its overlapping pairs, as the words' view reads it (``words.character_pairs``;
# Latin letters beside it, "ICU", as one word).
HAN_RUN = re.compile(f"[{HAN}]")
KANA_RUN = re.compile(f"[{KANA}]")
# A script without capitals (Arabic, Devanagari, Chinese, Japanese, Korean) shows no names. What a text's headline
# says and its body repeats is what the text is about: its places and people, with the key word of its event. Those
# headline words are no event words there: a report of another event in the story's town ("a bus station in Wadi
# al-Qaranful", "a youth market in Eunpo") shares the town's name in its headline and body, and the rest of what it
# says is its own event; a report of the story's event shares what happened, told in many more words than its
# headline's. Measured on the project's corpus: a bus station beside the Arabic market story 0.28 -> 0.26, a youth
# market beside the Korean sinkhole 0.26 -> 0.20; reports of the stories' events 0.30 and more.
HEADLINE_REPEATS = 2  # times the body must repeat a headline word
REASONS = 6  # shared terms and names kept as the reason
# A story's first reports come within days of its event. A report dated more than this many days before the story's
# first dated article was written before that event happened: it reports another event, however many of the story's
# names and words it shares (a fish landing opened in the town five months before its cholera, a league match three
# weeks before the cup final), and the story is not suggested for it (``best``). A report dated after the story began,
# a follow-up however late, and an article or a story without a date are judged by their words alone.
BEFORE_THE_STORY = 14
# ... but only a story of one event is bound so. A story whose dated articles all fall within this many days of its
# first is reported as one event is, in its first days; one whose dated articles span longer is a running subject
# (arms transfers between two countries, reported over months, its articles' own events months apart), and an
# earlier report on that subject is still its own: its words decide. The window is the bound's own two weeks: the
# days in which a story's first reports come. It takes two dated articles to show a span: a story with one dated
# article may be a running subject as well as an event (the seed story's one dated page is a factory visit among
# reports of arms transfers over months), so it has no date bound either; undated articles say nothing of its span.
EVENT_WINDOW = BEFORE_THE_STORY
EVENT_DATES = 2
# A story's core: the names and figures every one of its articles names (``core_names``), once two articles or more
# show it. A story of two countries' arms trade names North Korea, Russia, Ukraine and Pyongyang in every article; a
# story of a town's closed factory, the town and the company. When a core holds ``CORE_NAMES`` names or more, it is a
# relation between them, and what the story is about:
# - an article that names fewer than ``CORE_SHARE`` of them (of as many as it names, so that a two-line brief naming
#   two of them holds its core) tells of one of them without the others, another story of the same country or town
#   (a North Korean satellite launch, naming North Korea but neither Russia nor Ukraine; a museum in the town hall
#   of a story of its high street, naming the town and its mayor but none of the street's figures): the story is not
#   suggested for it, whatever its words (``Match.outside_core``);
# - an article that names them all tells of that relation: its names count as far as its wording is like the
#   story's, not gated by its event words too (a four-paragraph wire brief on North Korean shells found on Russian
#   positions in Ukraine shares few of the long pages' event words, 0.20, but every one of the story's names).
CORE_ARTICLES = 2
CORE_NAMES = 2
CORE_SHARE = 0.5

# A name: capitalised words in a row (with a name's linking word between them, written in lower case: "Bank of
# England", "Banco de España"), or an acronym, in any alphabet that has capitals (not Arabic, Hebrew, Chinese or
# Japanese, which the words' own likeness covers). A lone capitalised word that opens a sentence is not taken for
# a name ("Analysts", "The"), nor, in a language that capitalises every noun (German), any lone capitalised word
# ("Verkehr", "Umleitung"): there a name is a run of two words or more ("Anke Brümmer") or an acronym.
CAPITALISED = re.compile(r"(?<![\w.])(?P<word>[^\W\d_][\w’'\-]+)")
# In a language that elides its articles, the word after one is the word ("l'Élysée", "dell'Umbria"); in English
# "O'Brien" is one word.
CAPITALISED_AFTER_ELISION = re.compile(r"(?<![\w.])(?:[^\W\d_]{1,4}['’](?=[^\W\d_]))?(?P<word>[^\W\d_][\w’'\-]+)")
NAME_LINKS = {"en": frozenset({"of", "the"}), "es": frozenset({"de", "del", "la", "las", "los"}),
              "fr": frozenset({"de", "du", "des", "la", "le", "les"}), "it": frozenset({"di", "del", "della", "dei"}),
              "pt": frozenset({"de", "do", "da", "dos", "das"}), "nl": frozenset({"van", "der", "den", "de"}),
              # Romanian: "Casa de Cultură", "Universitatea din …", the genitive's article ("Palatul Culturii al …").
              "ro": frozenset({"de", "din", "a", "al", "ale"})}
# A sentence's opening article is no part of the name after it ("The Kremlin", "El Gobierno", "Nach Angaben"): in
# English the articles, in another language its short function words (the English list holds "mill" and "fire").
OPENING_WORDS = frozenset({"the", "a", "an"})
# What a sentence's first word follows: the end of a sentence, a colon, a quotation mark; and the separators of a menu
# or a breadcrumb ("Gündem > Spor", "Trang chủ | Thời sự"), each of whose items opens as a sentence does.
SENTENCE_OPENERS = ".!?:\"“‘'„«»¿¡|>•·"
# A dash opening a line opens a quote in many languages ("– Meille silta on elinehto.", "— Nous attendons"): the word
# after it opens a sentence.
QUOTE_DASHES = frozenset("–—―-")
OPENING_LETTERS = 4
FIGURE = NUMBER  # in any script's digits, read as one figure (``words.figure``: "٢٤٠" is 240, "٦٫٥" is 6.5)
# A figure whose thousands a space groups ("1 200", "250 000", "5 000-მდე"), as most of Europe writes them and
# Georgian too, is one figure: read in two, "1 200" left "200" a figure that any report of a few hundred shares.
GROUPED_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?![\d.,]?\d)|"
                            + NUMBER.pattern)
GROUP_SPACE = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3})")
# The year of a date ("14/10/2025", "14 Οκτωβρίου 2025", "8 มี.ค. 2569", "March 8, 2026", "พ.ศ. ๒๕๖๙") says when an
# article was written, which every article of that year shares: it is no figure that ties an article to a story
# (a year written alone, "closed in 1991", still is). The Buddhist era, which Thai writes its years in (2569 is 2026),
# is the era of every year a Thai article names: a figure from 2443 to 2643 in a Thai text is a year wherever it
# stands. A date is a day, a word or three (a month, with "de" in Spanish) and a year, or a month, a day and a year;
# in Amharic also a month, a day, a slash and a year, as its wires date their datelines ("ሐምሌ 15/2017").
YEARS_CE = range(1900, 2101)
YEARS_BE = range(2443, 2644)
# The Ethiopian calendar's months, in every spelling (``page_dates.ETHIOPIAN_MONTH_PATTERN``), perhaps with a
# preposition written onto it (``amharic.PROCLITICS``: "በሐምሌ", in Hamle): only one of them dates a "d/yyyy" ("ሐምሌ
# 15/2017"); another word before one is no date ("ቁጥር 15/2017", number 15/2017).
DATE_YEAR = re.compile(r"(?<!\d)\d{1,2}[./-]\d{1,2}[./-](\d{4})(?!\d)"
                       r"|(?<![\d.,])\d{1,2}\S{0,3}(?:\s+[^\W\d_][^\s\d]{0,15}){1,3}\s+(\d{4})(?!\d|[.,]\d)"
                       r"|(?<![^\W\d_])[^\W\d_]{3,}\.?\s+\d{1,2},\s+(\d{4})(?!\d|[.,]\d)"
                       r"|(?:พ\.ศ\.|ค\.ศ\.|ปี)\s*(\d{4})(?!\d|[.,]\d)"
                       r"|(?<![^\W\d_])(?:" + "|".join(map(re.escape, amharic.PROCLITICS)) + r")?(?:"
                       + page_dates.ETHIOPIAN_MONTH_PATTERN + r")\s+\d{1,2}/(\d{4})(?!\d)")

# A month's or a weekday's name is no name in any language's text (``calendar_names``: "Jumanne", "Khamis",
# "Domingo"), also where the text's own language is misread or has no calendar in the tables: a name made only of
# them names no one. Each name of four letters or more, but those that are also common words of their language
# ("pazar", a market; "marco", a frame); a shorter one ("mai", "mei", "mac") is as often a word or a name elsewhere.
CALENDAR_LETTERS = 4
ANY_CALENDAR = frozenset(
    name for table in (calendar_names.MONTHS, calendar_names.WEEKDAYS) for rows in table.values()
    for name in calendar_names.forms(rows)
    if len(name) >= CALENDAR_LETTERS and name not in calendar_names.COMMON_NOUN | calendar_names.ALSO_WORDS)
# A title abbreviated before a name ("Bi. Lyimo", "Dkt. Halima Mbwambo", "Dra. Quirino", "Mr. Holt") is no name: a
# short capitalised word the text writes only before a stop and a capitalised word, where one of those is a name of
# two words ("Dkt. Halima Mbwambo") or a surname the text also writes after a given name ("Neema Lyimo" … "Bi.
# Lyimo"). A short name that ends a sentence ("… in Rome. The …") is written elsewhere without the stop, or before
# a function word or no surname.
TITLE_LETTERS = 4
ABBREVIATED = re.compile(rf"(?<![\w.])(?P<title>[^\W\d_][^\W\d_]{{1,{TITLE_LETTERS - 1}}})\."
                         r"(?:[ \t]+(?P<after>[^\W\d_][\w’'\-]*)(?:[ \t]+(?P<next>[^\W\d_][\w’'\-]*))?)?")


# A transcript's speaker label: the speaker's name, title or place in capitals opening a line, and a colon ("ANCHOR
# LISA MARTINEZ:", "TOM KOWALCZYK, ASHBY MILLS:"). Repeated before every turn, it would tie any two pages of one
# station (or any report naming the speaker's town) together; the words after it are the turn. Only a transcript's:
# in an article where two different labels take turns (``importing.turn_labels``, as the attribution reads speakers).
# Elsewhere a label in capitals before a colon is a dateline ("NEW DELHI: …") or a kicker ("NATO: …"), which
# names the place or the actor of the story.
SPEAKER_LABEL = re.compile(r"^[ \t]*(?P<label>[^\n:.!?]{2,60}):[ \t]+(?=\S)", re.MULTILINE)


# A kicker in capitals naming the medium that opens a broadcaster's headline ("VIDEO : …", "WATCH: …",
# ``headline.MEDIA_KICKER``), on the title or on a line of the page: it opens its every video page's headline,
# whatever the page reports, and in a script without capitals it would stand alone as a name tying them together.
MEDIA_KICKER = re.compile(rf"^([ \t]*)(?:{MEDIA_WORDS})[ \t]*[:|][ \t]*(?=\S)", re.MULTILINE)


def _speaker_label(match: re.Match) -> str:
    label = match["label"]
    return "" if label.upper() == label and label.lower() != label else match.group()


def reporting(title: str, text: str) -> str:
    """The title and the passages that are not page furniture, as the alignment tells them: by each passage's own
    shape and words (``furniture.furniture_reasons``) or a note under its "About …" label (``furniture.about_note``),
    then by the line rules (``furniture.line_reasons``: a byline
    and its author box, a telephone number, a "Most read" or "Latest news" list of other stories) and without a
    transcript's speaker labels (``SPEAKER_LABEL``). Words a printed column broke at a line's end are read whole
    (``scripts.reading_text``)."""
    text = MEDIA_KICKER.sub(r"\1", reading_text(text))
    title = MEDIA_KICKER.sub(r"\1", title)
    blocks = [text[start:end] for start, end in ingest.split_passages(text)]
    repeated = furniture.repeated_texts(blocks)
    language = languages.language_of(text)
    # A note under its "About …" label (the writer's bio, a press release's boilerplate) is the page's too.
    notes = {position for position in range(1, len(blocks)) if furniture.about_note(blocks[position - 1],
                                                                                     blocks[position])}
    passages = [(position, b) for position, b in enumerate(blocks) if position not in notes
                and not furniture.furniture_reasons(b, repeated=furniture.normalised(b) in repeated, language=language)]
    kept = _without_furniture_lines(passages)
    if not caseless(text) and any(turn_labels(line.strip() for line in text.splitlines())):
        kept = [SPEAKER_LABEL.sub(_speaker_label, block) for block in kept]
    own = _own_names(text)
    if own:
        # The page's own names are its furniture wherever they stand ("… Postası'nı her sabah okumak için").
        mention = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(name) for name in sorted(own, key=len, reverse=True))
                             + r")(?:['’][^\W\d_]+)?(?![\w])")
        kept = [mention.sub("", block) for block in kept]
    return "\n\n".join([title] * TITLE_WEIGHT + (kept or blocks))


def _without_furniture_lines(passages: list[tuple[int, str]]) -> list[str]:
    """The passages (each with its position on the page) that the line rules leave to the story, as the alignment
    asks them (``clustering.set_lines_apart``): every line furniture by its own words and shape, or a list of links
    under a label; a passage between two paragraphs of prose is judged as part of the body, where a sentence shaped
    like a contributor's note is the story's."""
    repeats = furniture.line_repeats(block for _, block in passages)
    judged = [furniture.line_reasons(block, repeats) or furniture.related_list(block) for _, block in passages]
    prose = {position for (position, block), found in zip(passages, judged, strict=True)
             if not found and furniture.is_prose(block)}
    kept = []
    for (position, block), found in zip(passages, judged, strict=True):
        if found and {position - 1, position + 1} <= prose:
            found = furniture.line_reasons(block, repeats, inside_body=True)
        if not found:
            kept.append(block)
    return kept


@functools.cache
def _reading_of_names(language: str):
    """(opening words, linking words, words that name no one) of names in ``language``: the last, its calendar
    words and its companies' legal forms (``LEGAL_FORMS``: "ТОВ «…»" names no company, every company is one)."""
    opening = OPENING_WORDS
    if language != languages.ENGLISH:
        opening = opening | {word for word in languages.function_words(language) if len(word) <= OPENING_LETTERS}
    links = NAME_LINKS["en"] | NAME_LINKS.get(language, frozenset())
    # English's calendar words, and the article's language's ("Mayo Clinic" is a name in English), as written and
    # as stemmed.
    calendar = CALENDAR | frozenset(furniture_vocabulary.folded(furniture_vocabulary.DATE_NAMES.get(language, ""))
                                    .split())
    calendar |= LEGAL_FORMS.get(language, frozenset())
    stemmed = name_stemmer(language)
    return frozenset(opening), links, calendar | frozenset(stemmed(word) for word in calendar)


def date_years(text: str, language: str | None = None) -> frozenset[str]:
    """The years ``text`` writes in its dates, and in a Thai text (``language``) every year of the Buddhist era,
    as figures are read (``words.figure``): see ``DATE_YEAR``."""
    years = set()
    for match in DATE_YEAR.finditer(text):
        read = figure(next(group for group in match.groups() if group))
        if int(read) in YEARS_CE or int(read) in YEARS_BE:
            years.add(read)
    if language == languages.THAI:
        years |= {read for read in (figure(m.group()) for m in re.finditer(r"(?<![\d.,])\d{4}(?![\d.,])", text))
                  if int(read) in YEARS_BE}
    return frozenset(years)


def words_of(document: str) -> list[str]:
    """A document's terms for the words' view (``words.unigrams`` with endings kept), without the years of its dates
    (``date_years``)."""
    language = languages.language_of(document)
    years = date_years(document, language)
    terms = unigrams(document, language, folded=False)
    if language in SYLLABIC:
        # Its words, not its syllables (``syllable_pairs``): the figures, and the pairs of syllables.
        terms = [term for term in terms if term[:1].isdigit()] + syllable_pairs(document, {}, language).split()
    elif language == languages.KHMER:
        # Its pairs of syllables (``words.syllable_pairs_of``), not the pairs of characters alignment compares its
        # passages in: those crossed its syllables and counted its function words and the words of its dates, which
        # tie any two Khmer pages together.
        terms = [term for term in terms if not KHMER_RUN.search(term)] + [
            pair for word, _ in word_matches(document) for run in KHMER_RUN.findall(word)
            for pair in syllable_pairs_of(run)]
    return [term for term in terms if term not in years] if years else terms


def names_and_figures(text: str) -> dict[str, str]:
    """The names and figures of ``text``: a normalised key for each, and the spelling first seen."""
    return dict(_read_names(text)[0])


def _titles(text: str) -> frozenset[str]:
    """The titles ``text`` abbreviates before a name (``ABBREVIATED``)."""
    surnames = {match["second"] for match in re.finditer(
        r"(?<![\w.’'\-])(?P<first>[^\W\d_][\w’'\-]*)[ \t]+(?=(?P<second>[^\W\d_][\w’'\-]*))", text)
        if match["first"][0].isupper() and match["second"][0].isupper()}
    language = languages.language_of(text)
    before: dict[str, list[tuple[str, bool]]] = {}
    for match in ABBREVIATED.finditer(text):
        title, after = match["title"], match["after"] or ""
        if title[0].isupper() and not title.isupper():
            named = after in surnames or bool(match["next"]) and match["next"][0].isupper() \
                and not languages.is_function_word(after, language) and after.lower() not in OPENING_WORDS
            before.setdefault(title, []).append((after, named))
    return frozenset(
        title for title, found in before.items()
        if all(after[:1].isupper() for after, _ in found) and any(named for _, named in found)
        and not re.search(r"(?<![\w.’'\-])" + re.escape(title) + r"(?![\w.’'\-])", text))


def _written_in_lower_case_as_is(surface: str, text: str, language: str) -> bool:
    """Whether ``text`` also writes ``surface`` in lower case, word for word: a capitalised office or body of common
    nouns ("Halmashauri" beside "halmashauri imejenga", "Maji Safi" beside "bomba la maji safi", "the Council" beside
    "the council")."""
    lowered = languages.lower_as_written(surface, language)
    return lowered != surface and re.search(r"(?<![\w’'\-])" + re.escape(lowered) + r"(?![\w’'\-])", text) is not None


@functools.lru_cache(maxsize=256)
def _read_names(text: str) -> tuple[dict[str, str], frozenset[str]]:
    """(``names_and_figures``, the lower-case words of the capitalised runs that name no one: a month's or a
    weekday's name in another language (``ANY_CALENDAR``), a title abbreviated before a name (``_titles``), a body
    of common nouns the text also writes in lower case), whose words are no event words all the same, as a name's
    are not (``event_words``)."""
    language = languages.language_of(text)
    opening, links, calendar = _reading_of_names(language)
    opening = opening | TITLE_SYLLABLES.get(language, frozenset())
    lone_words_are_nouns = language in languages.CAPITALISED_NOUNS or language in SYLLABIC
    pattern = CAPITALISED_AFTER_ELISION if language in ELIDING else CAPITALISED
    stemmed = name_stemmer(language)
    years = date_years(text, language)
    found: dict[str, str] = {}
    if language == languages.THAI:
        # Thai writes no capitals: its names are read by the titles and the words for a place's kind before them.
        for key, surface in thai.names(text).items():
            found.setdefault(key, surface)
    common = _common_openers(text, language, stemmed) if language in SUFFIXING | ENCLITIC_ARTICLES else None
    # (German writes its adjectives in lower case before capitalised nouns, "die freie Wahl": no sign of a title.)
    written_lower = frozenset() if language in languages.CAPITALISED_NOUNS else _written_in_lower_case(
        text, language, stemmed)
    own = _own_names(text)
    titles = _titles(text)
    unnamed: set[str] = set()
    for line in text.splitlines():
        for run in _capitalised_runs(line, pattern, frozenset() if lone_words_are_nouns else links, language):
            if line[run[0].start:run[-1].end] in own:
                continue  # (a page filed unread by ``reporting``)
            before = line[: run[0].opens].rstrip()
            opens_sentence = not before or before[-1] in SENTENCE_OPENERS or before in QUOTE_DASHES
            stripped = False
            # A sentence's first word that is a function word of the text's language ("Meille", for us) is none of
            # a name, whatever its length (English's list holds nouns: "Bill", "Fire").
            while run and (languages.lower(run[0].text, language) in opening
                           or common is not None and opens_sentence and not stripped and run[0].text in common
                           or opens_sentence and not stripped and language != languages.ENGLISH
                           and languages.is_function_word(run[0].text, language)
                           # nor a verb of saying or a weekday ("Disse Tavares", "Sagte Brümmer": ``unsaid_words``)
                           or opens_sentence and not stripped
                           and languages.lookup_form(run[0].text, language) in unsaid_words(language)[0]) \
                    and not run[0].text.isupper():
                run, stripped = run[1:], True
            # A title or a trade before a name ("Burgemeester Wilma van Dorsten", "Mayor Jane Holt") is a common
            # noun the text also writes in lower case before a name ("burgemeester Van Dorsten"): no part of the
            # name, when a name of two words or more follows it ("Security Council" keeps its "Security").
            while (len(run) > 2 and not run[0].text.isupper()
                   and stemmed(languages.lower(run[0].text, language)) in written_lower
                   and sum(word.text not in links for word in run[1:]) >= 2):
                run, stripped = run[1:], True
                while run and run[0].text in links:
                    run = run[1:]
            # Czech capitalises a name of several words on its first word alone ("Dolní zábrdský rybník", "hráz
            # Dolního zábrdského rybníka", "Národní divadlo"): a capitalised adjective before a word in lower case
            # (``NAME_ADJECTIVES``) opens such a name, no name of its own, and a capitalised word before it ("Hráz
            # Dolního …", a sentence's opening noun) is no part of it.
            while run and run[-1].text.endswith(NAME_ADJECTIVES.get(language, ())) \
                    and _lower_case_word_at(line, run[-1].end):
                unnamed.add(languages.lower(run[-1].text, language))
                run = run[:-1]
                while run and run[-1].text in links:
                    run = run[:-1]
            if not run:
                continue
            names = [word for word in run if word.text not in links]
            surface = line[run[0].start:run[-1].end]
            # A lone word after a sentence's opening article ("The Kremlin") is a name; opening it, not.
            if len(names) == 1 and not surface.isupper() and not stripped:
                if lone_words_are_nouns or opens_sentence:
                    continue
            if len(names) == 1 and stripped and lone_words_are_nouns:
                continue
            # A common noun capitalised before a figure that counts it ("Year 11", "Room 4") is no name: a lone word
            # the text also writes in lower case, right before a figure. The figure counts as one still.
            # A currency's letters written onto a figure ("P2.5 milyon", "RM4.50") are a sum, as the claims read them:
            # no name. The figure counts as one still.
            if len(names) == 1 and _currency_onto_figure(names[0].text, language):
                continue
            if len(names) == 1 and FIGURE_AFTER.match(line, run[-1].end) \
                    and stemmed(languages.lower(names[0].text, language)) in lower_case_words(text, language):
                continue
            words = [w for w in (languages.lower(word.text, language) for word in names)
                     if w not in calendar and stemmed(w) not in calendar]
            # A weekday or a month after a capitalised preposition ("On Monday", "Am Montag") leaves no name.
            dated = len(words) < len(names) and all(
                languages.is_function_word(w, language) or w in OPENING_WORDS for w in words)
            if words and (dated or all(w in ANY_CALENDAR for w in words) or len(names) == 1 and names[0].text in titles
                          or not surface.isupper() and _written_in_lower_case_as_is(surface, text, language)):
                unnamed.update(words)
                continue
            if words:
                found.setdefault(" ".join(stemmed(w) for w in words), surface)
        for match in GROUPED_FIGURE.finditer(line):
            read = figure(GROUP_SPACE.sub("", match.group()), language)
            if read in years:
                continue
            if len(read.replace(".", "")) >= 3 or "." in read:  # a day of the month says little
                found.setdefault("#" + read, match.group())
    return found, frozenset(unnamed)


FIGURE_AFTER = re.compile(r"[ \t]+\d")


def _currency_onto_figure(word: str, language: str) -> bool:
    """Whether ``word`` is a currency's letters written onto a figure (``normalise.currency_letters``)."""
    return any(word.startswith(letters) and word[len(letters):len(letters) + 1].isdigit()
               for letters in normalise.currency_letters(language))


# The endings of the capitalised adjective that opens a Czech name of several words (``_read_names``): the soft
# adjectives of a place's part or kind ("Dolní", "Horní", "Střední", "Národní") in their cases. Not the hard ones
# ("-ého", "-ý"): a surname declines as they do ("Komenského", "Novotný").
NAME_ADJECTIVES = {"cs": ("ní", "ního", "nímu", "ním", "ních", "ními")}
WORD_AFTER = re.compile(r"[ \t]+(?P<letter>[^\W\d_])")


def _lower_case_word_at(line: str, position: int) -> bool:
    """Whether a word in lower case follows ``position`` of ``line``, after a space."""
    match = WORD_AFTER.match(line, position)
    return match is not None and match["letter"].islower()


LOWER_CASE_WORD = re.compile(r"(?<![\w'’])[^\W\d_]+(?![\w'’])")  # a part of a compound too ("41-year-old")


@functools.lru_cache(maxsize=64)
def lower_case_words(text: str, language: str) -> frozenset[str]:
    """The stems (``name_stemmer``) of the words ``text`` writes in lower case, alone or in a compound."""
    stemmed = name_stemmer(language)
    return frozenset(stemmed(word) for word in LOWER_CASE_WORD.findall(text) if word.islower())


# Vietnamese writes a word as syllables apart ("học sinh", "thủy điện"), capitalises every syllable of a person's or
# a place's name ("Phạm Đức Thắng", "Hà Nội") and the first syllable alone of an institution's name, a title or a
# sentence ("Sở Giáo dục và Đào tạo", "Phó Chủ tịch"): a lone capitalised syllable is no name, as a lone capitalised
# word is none in German; and a title's syllables before a name are no part of it.
SYLLABIC = frozenset({languages.VIETNAMESE})
TITLE_SYLLABLES = {languages.VIETNAMESE: frozenset("""
    ông bà anh chị em cô chú bác cụ phó chủ tổng giám trưởng thủ bộ sở ủy uỷ ban phòng cục viện đài trường nhà
    công hội đoàn thượng trung đại thiếu tướng tá úy uý tiến thạc giáo bác sĩ kỹ luật nhà báo phóng tỉnh thành
    thị huyện quận xã phường
""".split())}
# The page's own names: its publisher's, in its copyright footer, and a wire's code in brackets, which stands in its
# dateline ("Hà Lĩnh, 22/4 (TPN) –", "ANKARA (KBA) –") and alone on a line at its end ("(TPN)", "(KBA) ÖZK/MTE").
# Two pages of one wire share them whatever they report. The word "copyright" in a sentence ("the copyright holders
# Universal Music Group …") and an organisation's short name in brackets ("The World Health Organization (WHO) –")
# are neither: the publisher is the name after a copyright sign ("© Thông tấn Phương Nam", "Copyright © …", "(c)"
# written onto a word or before a year: "Copyright(c) …", "<저작권자(c) …>", "(c) 2025 Outlet"), after "Copyright"
# and a year opening a short line ("Copyright 1999 - 2026 Outlet"), or after "(c)" opening a short line with a year
# after the name ("(c) Norpress 2026."): a "(c)" that heads an item of a list is none. A dateline's place is written
# in capitals or followed by a comma and a date, and a dash follows its code.
YEARS = r"\d{4}(?:[ \t]*[-–][ \t]*\d{4})?"
COPYRIGHT_SIGN = re.compile(r"(?:[©ⓒⒸ]|(?<=[^\W\d_])\(c\)|(?<=copyright)[ \t]*\(c\)|\(c\)(?=[ \t]*\d{4}))"
                            r"\s*(?:" + YEARS + r"\s*)?(?P<owner>[^.,;|\n]{2,60})", re.IGNORECASE)
COPYRIGHT_LINE = re.compile(r"^[ \t]*(?:copyright[ \t]*" + YEARS + r"[ \t]*(?P<owner>[^.,;|\n\d©ⓒⒸ]{2,60}?)"
                            r"|\(c\)[ \t]*(?P<named>[^.,;|\n\d]{2,60}?)[ \t]*" + YEARS + r")[ \t]*(?=[.,;|]|$)",
                            re.IGNORECASE | re.MULTILINE)
FOOTER_LETTERS = 160
OWNER_WORDS = 5  # a publisher's name after "(c)": capitalised words and short linking words ("Le Courrier du Val")
LINKING_LETTERS = 3
DATELINE = re.compile(r"^[ \t]*(?P<place>[^\W\d_][^()\n]{0,40}?)?\((?P<code>[^\W\d_]{2,6})\)[ \t]*[-–—]",
                      re.MULTILINE)
BURMESE_DATELINE = re.compile(r"^[ \t]*[\u1000-\u109f][\u1000-\u109f \t]{0,60}\([\u1000-\u109f \t]{2,30}\)[ \t]*[-–—]",
                              re.MULTILINE)
# A Khmer wire's dateline: its place and date, its own name in brackets, and a colon ("ស្ទឹងព្រលិត ថ្ងៃទី២០
# ខែមីនា ឆ្នាំ២០២៦ (រស្មីទន្លេ)៖").
KHMER_DATELINE = re.compile(r"^[ \t]*[\u1780-\u17ff][\u1780-\u17ff \t]{0,60}\([\u1780-\u17ff \t]{2,30}\)[ \t]*[៖:\-–—]",
                            re.MULTILINE)
# The date after a dateline's place and a comma: "22/4", "Oct 21", "4 Νοεμβρίου", "11 mar".
DATELINE_DATE = re.compile(r"(?:[^\W\d_]{3,12}\.?\s+)?\d{1,2}(?:[/.]\d{1,2})?(?:\s+[^\W\d_]{3,12}\.?)?")
WIRE_CODE_LINE = re.compile(r"^[ \t]*\((?P<code>[^\W\d_]{2,6})\)(?:[ \t]+[^\W\d_]{2,4}(?:/[^\W\d_]{2,4})*)?[ \t]*$",
                            re.MULTILINE)


def _publishers(text: str) -> list[str]:
    """The publisher's names in ``text``'s copyright lines (``COPYRIGHT_SIGN``, ``COPYRIGHT_LINE``)."""
    owners = [match["owner"] for match in COPYRIGHT_SIGN.finditer(text)]
    for match in COPYRIGHT_LINE.finditer(text):
        line_end = text.find("\n", match.start())
        if len(text[match.start():line_end if line_end >= 0 else len(text)].strip()) <= FOOTER_LETTERS:
            owner = match["owner"] or match["named"]
            # After "(c)", a name ("(c) Norpress 2026"), not an item of a list that ends on a year.
            if match["owner"] or len(owner.split()) <= OWNER_WORDS and all(
                    word[:1].isupper() or len(word) <= LINKING_LETTERS for word in owner.split()):
                owners.append(owner)
    return owners


def _is_dateline_place(place: str | None) -> bool:
    """Whether ``place`` (what stands before a wire's code in brackets, ``DATELINE``) is a dateline's: nothing, a
    place in capitals ("ANKARA", "PORTO AURINO"), or capitalised places and a date after a comma ("Hà Lĩnh, 22/4",
    "ZAPORIZHZHIA, Ukraine, March 4")."""
    place = (place or "").strip()
    if not place:
        return True
    *places, date = [part.strip() for part in place.split(",")]
    if not places:
        return any(letter.isalpha() for letter in date) and date.isupper()
    return DATELINE_DATE.fullmatch(date) is not None and all(part[:1].isupper() for part in places)


def _own_names(text: str) -> frozenset[str]:
    """The names of the page itself: each capitalised run of its publisher's name (``_publishers``), and its wire's
    code in its dateline or alone on a line (``DATELINE``, ``WIRE_CODE_LINE``)."""
    own = set()
    for publisher in _publishers(text):
        owner, run = publisher.split(), []
        own.add(" ".join(owner))
        for word in owner + [""]:
            if word[:1].isupper():
                run.append(word)
                continue
            if len(run) > 1 or run and run[0].isupper():
                own.add(" ".join(run))
            run = []
    own |= {match["code"] for match in DATELINE.finditer(text)
            if match["code"].isupper() and _is_dateline_place(match["place"])}
    own |= {match["code"] for match in WIRE_CODE_LINE.finditer(text) if match["code"].isupper()}
    return frozenset(name.strip() for name in own if name.strip())


TITLE_BEFORE_NAME = re.compile(r"(?<![\w.])(?P<word>[^\W\d_][\w’'\-]+)[ \t]+(?=[^\W\d_])")


def _written_in_lower_case(text: str, language: str, stemmed) -> frozenset[str]:
    """The stems (``stemmed``: the language's stemmer) of the words ``text`` writes in lower case before a
    capitalised word, as a title or a trade is written before a name ("burgemeester Van Dorsten", "mayor Holt"):
    "new" before "York" is seldom written so."""
    return frozenset(stemmed(languages.lower(match.group("word"), language))
                     for match in TITLE_BEFORE_NAME.finditer(text)
                     if match.group("word")[0].islower() and text[match.end()].isupper())


def _common_openers(text: str, language: str, stemmed) -> frozenset[str]:
    """The capitalised words of ``text`` (in a language that writes a name's case ending after an apostrophe,
    ``words.SUFFIXING``) that are common words when they open a sentence: a name takes its endings after an
    apostrophe ("Ankara'da"), so a word the text writes in lower case elsewhere, with its endings written onto it
    ("Kulüp" beside "kulübün", "Parayı" beside "para") is none. A word the text also capitalises inside a sentence is
    a name wherever it stands."""
    lowered, inside, capitalised = set(), set(), set()
    for match in CAPITALISED.finditer(text):
        word = without_ending(match.group("word"), language)
        if word[0].islower():
            lowered.add(stemmed(word))
            continue
        capitalised.add(word)
        before = text[:match.start()].rstrip(" \t")
        if before and before[-1] not in SENTENCE_OPENERS and before[-1] != "\n":
            inside.add(word)
    return frozenset(word for word in capitalised - inside if not word.isupper() and stemmed(word) in lowered)


# Languages that write the definite article onto the noun ("Reprezentanții", the representatives): a sentence's
# opening noun stands capitalised with no article before it to leave out, glued to the name after it
# ("Reprezentanții Lunca Verde spun …"); a capitalised opener the text writes in lower case elsewhere, by its stem,
# is a common word there (``_common_openers``).
ENCLITIC_ARTICLES = frozenset({"ro"})


# Languages whose names take case endings, compared with a text's words by their stems in ``event_words``: Greek
# ("Κεραμόβρυση", "Κεραμόβρυσης"), Czech ("Radouňov", "v Radouňově", ``name_stemmer``), Hungarian ("Szelecsény",
# "Szelecsényben", and the adjective written in lower case, "szelecsényi": Snowball's stemmer folds them), Lithuanian
# ("Vėjūnai", "Vėjūnų", "Vėjūnuose", and its residents, "vėjūniškiai": ``words.lithuanian_stem``).
INFLECTED_NAMES = frozenset({"el", "cs", "hu", "lt"})


def name_stemmer(language: str | None):
    """The stemmer names and the words beside them are compared by in ``language``: the language's own
    (``words.stemmer``), or one that takes a name's case ending off where that folds none (``words.NAME_STEMMERS``:
    Czech's "Radouňky", "Radouňku" and "Radouňce" are one name, as Greek's are by Snowball's stemmer)."""
    return NAME_STEMMERS.get(language or "") or stemmer(language)


# A word with its combining marks (Devanagari's, Tamil's or Thai's vowel signs): without them "अस्पताल" fell apart into
# fragments ("अस", "पत") that other words share.
NAME_WORD = re.compile(LETTERS)


def _terms(text: str, language: str) -> list[str]:
    """Content words of ``text`` in lower case; a run of an unspaced script or of Hangul as its character pairs."""
    return [term for word in content_words(text, language).split()
            for term in (character_pairs(word) if PAIRED_RUN.search(word) else [word])]


def headline_words(text: str, language: str) -> set[str]:
    """The terms (``_terms``) of ``text``'s headline (its first block) that its body repeats ``HEADLINE_REPEATS``
    times or more: what the text is about (see ``HEADLINE_REPEATS``); not what says nothing of what happened
    (``without_unsaid``: a weekday a sports report's headline and body both name, "ਐਤਵਾਰ")."""
    blocks = [without_unsaid(block, language) for block in text.split("\n\n") if block.strip()]
    if not blocks:
        return set()
    headline = blocks[0]
    body = collections.Counter(_terms("\n\n".join(block for block in blocks[1:] if block != headline), language))
    return {term for term in _terms(headline, language) if body[term] >= HEADLINE_REPEATS}


# Words that say nothing of what happened, whatever happened: when (the language's months and weekdays, as its dates
# write them, ``calendar_names``; the words of a date, "ቀን"; the words that put an event in time, "ontem", "last
# week", ``furniture_vocabulary.EVENT_TIME``) and who said it (its verbs of saying, ``speech_verbs``, and the
# reporting verbs and "according to" the furniture rules read, ``furniture_vocabulary.REPORTING``: "disse",
# "alisema", "sagte"). Every report of the language writes them, so two reports of different events in one town,
# both told on a Monday in March, met on them ("segunda-feira", "Jumanne", "Machi", "disse"). A name of a month or a
# weekday that is also a common word of its language ("pazar", a market; "marco", a frame; Urdu "پیر", a saint)
# stays a word; so do English "March" and "May".
ALSO_WORDS = calendar_names.COMMON_NOUN | calendar_names.ALSO_WORDS | {"march", "may"}


@functools.cache
def unsaid_words(language: str | None) -> tuple[frozenset[str], re.Pattern | None]:
    """(the one-word forms, in their lookup form, ``languages.lookup_form``; a pattern of the forms of several words,
    "segunda-feira", "ביום שני", "a déclaré") of what says nothing of what happened in ``language``: see
    ``ALSO_WORDS``."""
    language = language or languages.ENGLISH
    forms = set(calendar_names.date_names(language).split()) | set(calendar_names.DATE_WORDS.get(language, "").split())
    forms -= ALSO_WORDS | set(calendar_names.CONTEXT_WEEKDAYS.get(language, {}))
    if language == languages.ENGLISH:
        forms |= CALENDAR - ALSO_WORDS
    if language == "he":
        forms |= {f"{day} {ordinal}" for day in calendar_names.HEBREW_DAY_WORDS
                  for ordinal in calendar_names.HEBREW_WEEKDAY_ORDINALS if ordinal}
    if language == "ar":
        forms |= set(calendar_names.TWO_WORD_MONTHS)
    forms |= speech_verbs.speech_verbs(language) | speech_verbs.SPEECH_PARTICIPLES.get(language, frozenset())
    for table in (furniture_vocabulary.REPORTING, furniture_vocabulary.EVENT_TIME):
        forms |= {phrase.strip() for phrase in table.get(language, "").split("|") if phrase.strip()}
    words = frozenset(languages.lookup_form(form, language) for form in forms if NAME_WORD.fullmatch(form))
    phrases = sorted((form for form in forms if not NAME_WORD.fullmatch(form)), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w'’\-])(?:" + "|".join(map(re.escape, phrases)) + r")(?![\w'’\-])",
                         re.IGNORECASE) if phrases else None
    return words, pattern


def without_unsaid(text: str, language: str | None) -> str:
    """``text`` without what says nothing of what happened in ``language`` (``unsaid_words``), each left out for a
    space."""
    words, phrases = unsaid_words(language)
    if phrases is not None:
        text = phrases.sub(" ", text)
    return NAME_WORD.sub(lambda match: " " if languages.lookup_form(match.group(), language) in words
                         else match.group(), text)


def event_words(text: str, names: dict[str, str] | None = None) -> str:
    """What ``text`` says happened, in its own words: its content words in lower case, without the words of its
    names and figures (``names``: ``names_and_figures(text)``, when the caller has it). Two reports of different
    events in one place share the place's names; two reports of one event share what happened ("suspended",
    "ferry", "crossings"), whoever and wherever it is told of. In a script without capitals, the headline's words
    that the body repeats stand in for the names (``headline_words``); a run of Han characters is read as its
    character pairs (``HAN_RUN``)."""
    language = languages.language_of(text)
    if names is None:
        names = names_and_figures(text)
    if language in SYLLABIC:
        return syllable_pairs(text, names, language)
    named = {word.lower() for surface in names.values() for word in NAME_WORD.findall(surface)}
    named |= _read_names(text)[1]
    # A name is written in other cases too ("Κεραμόβρυση", "Κεραμόβρυσης"): its words are left out in any of them.
    stemmed = name_stemmer(language) if language in ELIDING or language in INFLECTED_NAMES else None
    named_stems = {stemmed(word) for word in named} if stemmed else set()
    text = without_unsaid(text, language)
    if language == languages.BURMESE:
        # A wire's dateline, its place, its date and its own name in brackets before a dash ("ကျောက်ပလင်၊ မတ်လ ၁၀
        # ရက် (ရွှေမြစ်) —"), says where and who wrote, which two pages of one wire share whatever they report, as
        # ``DATELINE`` is read in a script with capitals; its persons' names, told by their honorifics, and their
        # offices (``words.burmese_persons``) are who, not what happened.
        text = BURMESE_DATELINE.sub(" ", text)
        for name in sorted(set(burmese_persons(text)), key=len, reverse=True):
            text = text.replace(name, " ")
    elif language == languages.KHMER:
        # Likewise a Khmer wire's dateline, and its persons told by their titles (``words.khmer_persons``).
        text = KHMER_DATELINE.sub(" ", text)
        for name in sorted(set(khmer_persons(text)), key=len, reverse=True):
            text = text.replace(name, " ")
    if THAI_CHARACTER.search(text):
        named |= thai.named_words(text)
        kept = " ".join(word for word in (thai_word_form(w) for w, _ in word_matches(text))
                        if word.lower() not in named)
    else:
        kept = " ".join(word for word in NAME_WORD.findall(text)
                        if word.lower() not in named and not (stemmed and stemmed(word.lower()) in named_stems))
    headline = headline_words(text, language) if caseless(text) else set()
    reporting = EVENT_STOP_WORDS.get(language, frozenset())
    told = []
    for word in content_words(kept, language).split():
        if word in reporting:
            continue
        if MYANMAR_RUN.fullmatch(word) or KHMER_RUN.fullmatch(word):
            # Its pairs of syllables, without the syllables of the headline's words (``syllable_pairs_of``).
            told += syllable_pairs_of(word, headline)
            continue
        chinese = HAN_RUN.search(word) and not KANA_RUN.search(word)
        if chinese or (headline and PAIRED_RUN.search(word) and headline & set(character_pairs(word))):
            # A run of Japanese or Korean that holds a headline word keeps the rest of its pairs.
            told += [pair for pair in character_pairs(word) if pair not in headline]
        elif word not in headline:
            told.append(word)
    return " ".join(told)


PAIR_JOINER = "_"  # between the syllables of an event term of a language written in syllables (``syllable_pairs``)
CLAUSE_BREAK = re.compile(r"[^\w\s'’-]+|\n")


def syllable_pairs(text: str, names: dict[str, str], language: str) -> str:
    """The event words of a text in a language written in syllables apart (``SYLLABIC``): its pairs of neighbouring
    content syllables within a clause, each joined into one term ("học_sinh", "thuỷ_điện"), its names left out where
    they are written. Most of its words are two syllables, and one syllable is part of many words ("đồng" of "tỷ
    đồng", "đồng ruộng" and the name "Đồng Bãi"): syllables alone, or their character n-grams, made any two
    reports alike, and a name's syllables left out everywhere took the words they belong to with them."""
    surfaces = sorted({surface for key, surface in names.items() if not key.startswith("#")}, key=len, reverse=True)
    if surfaces:
        text = re.sub("|".join(re.escape(surface) for surface in surfaces), "\n", text)
    pairs = []
    for clause in CLAUSE_BREAK.split(text):
        pairs += [surface.lower().replace(" ", PAIR_JOINER) for term, surface in terms_with_surface(clause, language)
                  if " " in term]
    return " ".join(pairs)


def event_terms(grams, told: str) -> list[str]:
    """The terms of event words (``event_words``): character n-grams of each word (``grams``, scikit-learn's
    ``char_wb`` analyser), which meet across a word's endings; a Thai word whole, as Thai words take no endings, and
    n-grams of four or five of its characters are a syllable, which unrelated words share ("ผู้" of "ผู้สูงอายุ",
    elderly, and "ผู้เสียหาย", the injured)."""
    if PAIR_JOINER in told or MYANMAR_RUN.search(told) or KHMER_RUN.search(told):
        return told.split()
    if not THAI_CHARACTER.search(told):
        return grams(told)
    words = told.split()
    return grams(" ".join(word for word in words if not THAI_CHARACTER.match(word))) + [
        word for word in words if THAI_CHARACTER.match(word)]


class _Word(NamedTuple):
    text: str
    start: int
    end: int
    opens: int  # where its token opens, an elided article included ("l'" of "l'Élysée")


def _capitalised_runs(line: str, pattern: re.Pattern, links: frozenset,
                      language: str | None = None) -> list[list[_Word]]:
    """Runs of words of ``line`` (found by ``pattern``) that open with a capital, with one space between, one of
    ``links`` ("of", "de") allowed between two of them (none in German, where "Angaben der Behörde" is a phrase
    of nouns). In a language that writes a name's case ending after an apostrophe (``words.SUFFIXING``:
    "Ankara'da"), the ending is no part of the word, and ends the run: "Portekiz'in Vale Formoso" is two names."""
    words = [_Word(m.group("word"), m.start("word"), m.end("word"), m.start()) for m in pattern.finditer(line)]
    ended = set()
    if language in SUFFIXING:
        for index, word in enumerate(words):
            bare = without_ending(word.text, language)
            if bare != word.text:
                words[index] = word._replace(text=bare, end=word.start + len(bare))
                ended.add(index)
    runs, position = [], 0
    while position < len(words):
        if not words[position].text[0].isupper():
            position += 1
            continue
        run = [words[position]]
        position += 1
        while position < len(words) and position - 1 not in ended and _spaced(line, run[-1], words[position]):
            word = words[position].text
            if word[0].isupper():
                run.append(words[position])
                position += 1
            elif (word in links and position + 1 < len(words)
                  and words[position + 1].text[0].isupper() and _spaced(line, words[position], words[position + 1])):
                run += words[position:position + 2]
                position += 2
            else:
                break
        runs.append(run)
    return runs


def _spaced(line: str, first: _Word, second: _Word) -> bool:
    return line[first.end:second.opens].isspace()


class Vocabulary:
    """The terms of stored articles, each with its column, in the order first seen. It only grows, so an article read
    once keeps its row however many articles come after it: the story matrix is then re-assembled from rows already
    read, and only a new or changed article is read again (reading is most of the cost of a matrix)."""

    def __init__(self, analyzer):
        self.analyze = analyzer  # text -> its terms, as scikit-learn's vectoriser reads them
        self.columns: dict[str, int] = {}
        self.terms: list[str] = []

    def __len__(self) -> int:
        return len(self.terms)

    def counts(self, text: str, grow: bool = True, width: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(columns, sublinear counts, 1 + log n) of ``text``'s terms; ``grow``: give a new term a column, else skip
        it, and skip columns from ``width`` on (terms added after a matrix was assembled)."""
        found = collections.Counter(self.analyze(text))
        columns, values = [], []
        for term, count in found.items():
            column = self.columns.get(term)
            if column is None:
                if not grow:
                    continue
                column = self.columns[term] = len(self.terms)
                self.terms.append(term)
            elif width is not None and column >= width:
                continue
            columns.append(column)
            values.append(1.0 + np.log(count))
        return np.array(columns, dtype=np.int64), np.array(values, dtype=float)


class Weighted:
    """One view of the stored articles (their words, or their event words): sublinear term counts, and the TF-IDF
    rows they make, with IDF counted over the stored articles as scikit-learn counts it. ``leaving_out`` gives the
    same view as if one stored article had never been stored, so that a filed article is compared with its story
    exactly as an unseen one would be (stored, it makes the words it shares with its story commoner, and so
    weaker, by its own presence)."""

    def __init__(self, vocabulary: Vocabulary, counts: Sequence[tuple[np.ndarray, np.ndarray]]):
        from scipy import sparse

        self.vocabulary = vocabulary
        width = len(vocabulary)
        pointers = np.cumsum([0] + [len(columns) for columns, _ in counts])
        self.counts = sparse.csr_matrix(
            (np.concatenate([values for _, values in counts]) if counts else np.zeros(0),
             np.concatenate([columns for columns, _ in counts]) if counts else np.zeros(0, dtype=np.int64),
             pointers), shape=(len(counts), width))
        self.frequency = np.bincount(self.counts.indices, minlength=width)
        self.size = self.counts.shape[0]
        self.idf = self._idf(self.frequency, self.size)
        self.rows = self._weighted(self.counts, self.idf)

    @staticmethod
    def _idf(frequency: np.ndarray, size: int) -> np.ndarray:
        return (np.log((1 + size) / (1 + frequency)) + 1).reshape(1, -1)

    @staticmethod
    def _weighted(counts, idf):
        """TF-IDF rows of ``counts``, each of length one (or none, when no stored article has a term of this kind:
        a story of one-line notices has no event words, and its rows have no columns to weigh)."""
        from sklearn.preprocessing import normalize

        weighted = counts.multiply(idf).tocsr()
        return normalize(weighted) if weighted.shape[1] else weighted

    def vector(self, text: str):
        """The normalised row of an article not stored: only the terms some stored article uses count (the
        vocabulary may still hold terms of articles no longer stored)."""
        from scipy import sparse

        columns, values = self.vocabulary.counts(text, grow=False, width=self.counts.shape[1])
        used = self.frequency[columns] > 0
        row = sparse.csr_matrix((values[used], columns[used], [0, int(used.sum())]), shape=(1, self.counts.shape[1]))
        return self._weighted(row, self.idf)

    def leaving_out(self, row: int):
        """(rows, the article's own row) as if stored article ``row`` had never been stored: IDF counted without
        it, and the words only it uses dropped from its row (an unseen article's words no stored article uses have
        no column). Its own row in ``rows`` is left for the caller to pass over."""
        own = self.counts[row]
        frequency = self.frequency.copy()
        frequency[own.indices] -= 1
        idf = self._idf(frequency, self.size - 1)
        kept = np.ones(self.counts.shape[1])
        kept[own.indices[frequency[own.indices] == 0]] = 0
        return self._weighted(self.counts, idf), self._weighted(own.multiply(kept), idf)


@dataclass
class StoryMatrix:
    keys: list[Hashable]  # one per story
    words: Weighted  # the stored articles' words (``unigrams``, as written)
    events: Weighted  # character n-grams of their event words (``event_words``)
    story_of_row: np.ndarray  # the story (position in ``keys``) of each row
    document_keys: list[Hashable]  # the article each row stands for
    membership: object  # sparse matrix, stories by stored articles: 1 where the article is the story's
    names: list[dict[str, str]]  # per story, the names and figures its articles mention
    name_weight: dict[str, float]  # per name, how rare it is among stored articles
    name_count: dict[str, int]  # per name, how many stored articles mention it
    vocabulary: np.ndarray = field(default=None)
    document_names: list[frozenset[str]] = field(default_factory=list)  # per stored article, its names' keys
    document_position: dict = field(default_factory=dict)  # per stored article's key, its row
    dates: np.ndarray = field(default=None)  # per stored article, its date's ordinal (0: undated)
    core: list[frozenset[str]] = field(default_factory=list)  # per story, its core names' keys (``core_names``)


@dataclass
class Match:
    """An article's resemblance to one story, with its parts and the reason."""

    story: Hashable
    score: float
    centroid: float = 0.0
    nearest: float = 0.0
    names: float = 0.0
    event: float = 0.0  # how like the story's nearest article the article's event words are
    # Dated more than ``BEFORE_THE_STORY`` days before the first dated article of a story of one event
    # (``EVENT_WINDOW``); ``days_before`` says how many.
    predates: bool = False
    days_before: int = 0
    # Names fewer than ``CORE_SHARE`` of the story's core names (``CORE_NAMES``): the story is not suggested.
    outside_core: bool = False
    shared_terms: list[str] = field(default_factory=list)
    shared_names: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ArticleFeatures:
    """What the story matrix keeps of one stored article, read once: its words' and its event words' columns and
    sublinear counts, and its names and figures."""

    words: tuple[np.ndarray, np.ndarray]
    events: tuple[np.ndarray, np.ndarray]
    names: dict[str, str]


class Reader:
    """Reads articles into ``ArticleFeatures`` over two growing vocabularies (words, event words)."""

    def __init__(self):
        # scikit-learn is imported where it is used, so importing this module stays cheap.
        from sklearn.feature_extraction.text import CountVectorizer

        # Whole articles are compared by their words as written (English's light stemming aside): folding a
        # language's endings together (Russian cases) made every report from a story's places alike through the
        # places' inflected names, and raised reports of other events there more than reports of the story's own.
        self.words = Vocabulary(CountVectorizer(analyzer=words_of).build_analyzer())
        self.events = Vocabulary(functools.partial(
            event_terms, CountVectorizer(analyzer="char_wb", ngram_range=EVENT_GRAMS).build_analyzer()))

    def read(self, document: str) -> ArticleFeatures:
        found = names_and_figures(document)
        return ArticleFeatures(words=self.words.counts(document),
                               events=self.events.counts(event_words(document, found)), names=found)

    def unused_share(self, matrix: "StoryMatrix") -> float:
        """The share of the vocabularies' terms no stored article uses (those of articles since removed)."""
        unused = (matrix.words.frequency == 0).sum() + (matrix.events.frequency == 0).sum()
        return float(unused / max(1, len(self.words) + len(self.events)))


def build(documents: Sequence[tuple], keys: Sequence[Hashable] | None = None,
          dates: Sequence[dt.date | None] | None = None) -> StoryMatrix | None:
    """Story matrix from (story key, article document) pairs; ``keys`` names each document (to leave one
    out when an article already filed is compared with its own story), ``dates`` gives each its publication date
    (or None), which tells when each story began (``BEFORE_THE_STORY``)."""
    reader = Reader()
    return assemble(reader, [(story, reader.read(document)) for story, document in documents], keys, dates)


def assemble(reader: Reader, documents: Sequence[tuple[Hashable, ArticleFeatures]],
             keys: Sequence[Hashable] | None = None,
             dates: Sequence[dt.date | None] | None = None) -> StoryMatrix | None:
    """Story matrix from (story key, features read by ``reader``) pairs; see ``build``."""
    if not documents:
        return None
    # SciPy is imported where it is used, so importing this module stays cheap.
    from scipy import sparse

    words = Weighted(reader.words, [features.words for _, features in documents])
    events = Weighted(reader.events, [features.events for _, features in documents])
    per_document = [features.names for _, features in documents]
    story_keys = sorted({key for key, _ in documents}, key=repr)
    row_of = {key: row for row, key in enumerate(story_keys)}
    story_of_row = np.array([row_of[key] for key, _ in documents])
    membership = sparse.csr_matrix((np.ones(len(documents)), (story_of_row, np.arange(len(documents)))),
                                   shape=(len(story_keys), len(documents)))
    counts: dict[str, int] = {}
    for found in per_document:
        for key in found:
            counts[key] = counts.get(key, 0) + 1
    weight = {key: float(np.log((1 + len(documents)) / (1 + count)) + 1) for key, count in counts.items()}
    names: list[dict[str, str]] = [{} for _ in story_keys]
    for row, found in zip(story_of_row, per_document, strict=True):
        for key, surface in found.items():
            names[row].setdefault(key, surface)
    return StoryMatrix(
        keys=story_keys, words=words, events=events, story_of_row=story_of_row,
        document_keys=list(keys) if keys is not None else list(range(len(documents))),
        membership=membership, names=names, name_weight=weight, name_count=counts,
        vocabulary=np.array(reader.words.terms[:words.counts.shape[1]], dtype=object),
        document_names=[frozenset(found) for found in per_document],
        document_position={key: row for row, key in enumerate(keys if keys is not None else range(len(documents)))},
        dates=np.array([date.toordinal() if date else 0 for date in dates] if dates is not None
                       else [0] * len(documents), dtype=np.int64),
        core=[core_names([per_document[row] for row in np.flatnonzero(story_of_row == story)])
              for story in range(len(story_keys))],
    )


def core_names(articles: Sequence) -> frozenset[str]:
    """The keys of the names and figures each of ``articles`` (their names' keys) names: a story's core
    (``CORE_NAMES``), none before ``CORE_ARTICLES`` articles show it."""
    if len(articles) < CORE_ARTICLES:
        return frozenset()
    return frozenset.intersection(*map(frozenset, articles))


def core_share(core: frozenset[str], found) -> float | None:
    """The share of a story's core names an article naming ``found`` holds, of as many as it could hold (a brief
    naming two names can hold two); None when the core is no relation (fewer than ``CORE_NAMES``) or the article
    names nothing."""
    if len(core) < CORE_NAMES or not found:
        return None
    # Counted against at least ``CORE_NAMES``: an article naming one name holds one end of a relation at most.
    return len(core.intersection(found)) / min(len(core), max(len(found), CORE_NAMES))


def _first_dates(matrix: StoryMatrix, left_out: int | None) -> np.ndarray:
    """Per story, the ordinal of its first dated article (the row ``left_out`` passed over), 0 when none is dated or
    when fewer than ``EVENT_DATES`` of its articles are dated or they span more than ``EVENT_WINDOW`` days (no story
    of one event as far as its dates show, which has no date bound)."""
    dates = matrix.dates if matrix.dates is not None else np.zeros(len(matrix.story_of_row), dtype=np.int64)
    if left_out is not None:
        dates = dates.copy()
        dates[left_out] = 0
    never = np.iinfo(np.int64).max
    first = np.full(len(matrix.keys), never)
    np.minimum.at(first, matrix.story_of_row, np.where(dates > 0, dates, never))
    last = np.zeros(len(matrix.keys), dtype=np.int64)
    np.maximum.at(last, matrix.story_of_row, dates)
    dated = np.zeros(len(matrix.keys), dtype=np.int64)
    np.add.at(dated, matrix.story_of_row, dates > 0)
    bound = (dated >= EVENT_DATES) & (last - np.where(first == never, 0, first) <= EVENT_WINDOW)
    return np.where(bound, first, 0)


def _dated_before(first: int, published: dt.date | None) -> dict:
    """``Match.predates`` and ``Match.days_before`` of an article dated ``published``, for a story whose bound is
    ``first`` (``_first_dates``: 0 when it has none)."""
    days = first - published.toordinal() if published and first else 0
    return {"predates": bool(days > BEFORE_THE_STORY), "days_before": int(days) if days > BEFORE_THE_STORY else 0}


def _nearest(matrix: StoryMatrix, rows, vector, left_out: int | None) -> np.ndarray:
    """Per story, the cosine similarity of ``vector`` to its nearest stored article (``rows``), the row
    ``left_out`` (if any) passed over."""
    similarity = (rows @ vector.T).toarray().ravel()
    if left_out is not None:
        similarity[left_out] = -1.0
    nearest = np.zeros(len(matrix.keys))
    np.maximum.at(nearest, matrix.story_of_row, similarity)
    return nearest


def _centroids(matrix: StoryMatrix, rows, vector, left_out: int | None):
    """(per story, the cosine similarity of ``vector`` to its centroid; per story, its summed rows, sparse: a
    dense row per story would hold every term of the store)."""
    from scipy import sparse

    membership = matrix.membership
    if left_out is not None:
        kept = np.ones(membership.shape[1])
        kept[left_out] = 0.0
        membership = membership @ sparse.diags(kept)
    sums = (membership @ rows).tocsr()
    norms = np.sqrt(np.asarray(sums.multiply(sums).sum(axis=1)).ravel())
    similarity = (sums @ vector.T).toarray().ravel()
    return np.where(norms > 0, similarity / np.where(norms > 0, norms, 1), 0.0), sums


def rank(matrix: StoryMatrix | None, title: str, text: str, exclude: Hashable | None = None,
         explain: Hashable | None = None, published: dt.date | None = None) -> list[Match]:
    """Every story's resemblance to the article, best first, the best with its shared terms (and the story
    ``explain`` too). ``exclude``: a stored article to leave out (the article itself, when it is already filed),
    compared as if it had never been stored. ``published``: the article's date, if known; a story it was written
    weeks before is marked (``Match.predates``, ``BEFORE_THE_STORY``)."""
    if matrix is None:
        return []
    document = reporting(title, text)
    found = names_and_figures(document)
    told = event_words(document, found)
    story_names = matrix.names
    left_out = matrix.document_position.get(exclude) if exclude is not None else None
    counts = np.bincount(matrix.story_of_row, minlength=len(matrix.keys))
    cores = matrix.core
    if left_out is None:
        word_rows, vector = matrix.words.rows, matrix.words.vector(document)
        event_rows, event_vector = matrix.events.rows, matrix.events.vector(told)
    else:
        word_rows, vector = matrix.words.leaving_out(left_out)
        event_rows, event_vector = matrix.events.leaving_out(left_out)
        story = matrix.story_of_row[left_out]
        counts[story] -= 1
        # Its own names are no part of its story's.
        others = [row for row in np.flatnonzero(matrix.story_of_row == story) if row != left_out]
        story_names = list(matrix.names)
        story_names[story] = {key: matrix.names[story][key] for row in others for key in matrix.document_names[row]
                              if key in matrix.names[story]}
        cores = list(matrix.core)
        cores[story] = core_names([matrix.document_names[row] for row in others])
    nearest = _nearest(matrix, word_rows, vector, left_out)
    centroid, sums = _centroids(matrix, word_rows, vector, left_out)
    event_nearest = _nearest(matrix, event_rows, event_vector, left_out)
    name_weight = matrix.name_weight
    if left_out is not None:
        # Its names weigh as rare as they are among the other articles (one only it mentions, as an unseen
        # article's name that no stored article mentions).
        stored = len(matrix.document_keys) - 1
        own = {key: float(np.log((1 + stored) / matrix.name_count[key]) + 1) if matrix.name_count[key] > 1 else 1.0
               for key in matrix.document_names[left_out]}
        name_weight = collections.ChainMap(own, matrix.name_weight)
    total = sum(name_weight.get(key, 1.0) for key in found) + NAMES_PRIOR
    matches = []
    # A text too short to say in its own words what happened (a two-line brief) is judged by its wording and its
    # names alone: the event words' share goes to the wording, and they do not gate the names.
    judged_by_events = len(told.split()) >= MIN_EVENT_WORDS
    wording_share = 1.0 if judged_by_events else (CENTROID_SHARE + NEAREST_SHARE + EVENT_SHARE) / (
        CENTROID_SHARE + NEAREST_SHARE)
    first = _first_dates(matrix, left_out)
    for story, key in enumerate(matrix.keys):
        if counts[story] <= 0:
            continue
        shared = sorted((k for k in found if k in story_names[story]),
                        key=lambda k: -name_weight.get(k, 1.0))
        names = sum(name_weight.get(k, 1.0) for k in shared) / total
        support = names_support(nearest[story])
        held = core_share(cores[story], found) if cores else None
        score = wording_share * (CENTROID_SHARE * centroid[story] + NEAREST_SHARE * max(nearest[story], 0))
        if judged_by_events:
            # Free of the event words' gate only when it names the core whole: a brief naming two of a core of four
            # and nothing else holds the core (``held`` is 1.0) but tells of no more than the two.
            if not (held is not None and cores[story] <= found.keys()):
                support = min(support, names_support(event_nearest[story], EVENT_SUPPORT))
            score += EVENT_SHARE * max(event_nearest[story], 0)
        score += NAMES_SHARE * names * support
        matches.append(Match(story=key, score=round(float(score), 4), centroid=float(centroid[story]),
                             nearest=float(max(nearest[story], 0)), names=float(names),
                             event=float(max(event_nearest[story], 0)),
                             **_dated_before(first[story], published),
                             outside_core=held is not None and held < CORE_SHARE,
                             shared_names=[found[k] for k in shared[:REASONS]]))
    matches.sort(key=lambda match: -match.score)
    # The reason of the best story, of the best the article does not predate (the one ``best`` may suggest), and of
    # the story ``explain``.
    candidate = next(iter(eligible(matches)), None)
    explained = [*matches[:1], *([candidate] if candidate else []),
                 *[m for m in matches[1:] if explain is not None and m.story == explain]]
    for match in {id(match): match for match in explained}.values():
        # A word or figure already given as a shared name is not given again as a shared term ("1600", "Castroluna").
        named = {word.lower() for name in match.shared_names for word in re.findall(r"[\w.,]+", name)}
        story_sum = sums[matrix.keys.index(match.story)].toarray()
        match.shared_terms = [term for term in shared_terms(matrix, vector, story_sum, document)
                              if term.lower() not in named]
    return matches


def names_support(nearest: float, bounds: tuple[float, float] = NAMES_SUPPORT) -> float:
    """How much of the names part counts for an article this like the story's nearest article: none up to
    ``bounds[0]``, all from ``bounds[1]``, in proportion between."""
    low, high = bounds
    return float(min(1.0, max(0.0, (nearest - low) / (high - low))))


def shared_terms(matrix: StoryMatrix, vector, story_sum: np.ndarray, document: str) -> list[str]:
    """The words that most tie the article to the story, spelt as the article spells them."""
    weights = vector.multiply(story_sum.reshape(1, -1)).tocsr()
    # Heaviest first, and among equals (to rounding) in alphabetical order: the columns are in the order first seen.
    order = sorted(range(len(weights.data)), key=lambda position: (
        -round(weights.data[position], 9), matrix.vocabulary[weights.indices[position]]))[:REASONS * 2]
    # Keyed as the words' view compares a word (``languages.lower``: a Serbian word in Latin letters), shown in the
    # article's own alphabet.
    language = languages.language_of(document)
    spelling: dict[str, str] = {}
    for word in re.findall(r"[^\W\d_]+", document):
        spelling.setdefault(stem(languages.lower(word, language)), word.lower())
    terms = []
    for position in order:
        term = matrix.vocabulary[weights.indices[position]]
        if weights.data[position] > 0:
            terms.append(spelling.get(term, term).replace(PAIR_JOINER, " "))
    return terms[:REASONS]


def eligible(ranked: list[Match]) -> list[Match]:
    """The ranked stories the article was not written weeks before (``Match.predates``) and does not leave the core
    of (``Match.outside_core``), best first: the only ones ``best`` may suggest."""
    return [match for match in ranked if not match.predates and not match.outside_core]


def best(ranked: list[Match], threshold: float = THRESHOLD) -> tuple[Hashable | None, float]:
    """The story to suggest (or None) and the best score: the threshold and the margin must both hold, among the
    stories the article was not written weeks before (``Match.predates``)."""
    if not ranked:
        return None, 0.0
    candidates = eligible(ranked)
    if not candidates:
        return None, round(ranked[0].score, 4)
    top = candidates[0]
    return (top.story if _resembles(candidates, threshold) else None), round(top.score, 4)


def passed_over(ranked: list[Match], threshold: float = THRESHOLD) -> Match | None:
    """The story the words alone would suggest, when it is not suggested because the article is dated weeks before
    it began (``Match.predates``): what the editor is told instead of a suggestion. None otherwise."""
    ranked = [match for match in ranked if not match.outside_core]
    if not ranked or not ranked[0].predates:
        return None
    return ranked[0] if _resembles(ranked, threshold) else None


def _resembles(ranked: list[Match], threshold: float) -> bool:
    """Whether the first of ``ranked`` (best first) is the story to suggest among them: it reaches ``threshold``
    and beats the runner-up by ``MARGIN``."""
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    return ranked[0].score >= threshold and ranked[0].score - runner_up >= MARGIN


def time_before(days: int) -> str:
    """``days`` as an editor says it: "16 days", "3 weeks", "5 months", "2 years"."""
    if days < 21:
        return f"{days} days"
    if days < 63:
        return f"{round(days / 7)} weeks"
    if days < 730:
        return f"{round(days / 30.4)} months"
    return f"{round(days / 365.25)} years"


# --- the database entry point --------------------------------------------------------------------------

READ_IN_BATCHES = 500  # articles whose text is fetched per query when the matrix is brought up to date
FRESH_START = 0.5  # start the vocabularies afresh once this share of their terms belongs to no stored article


class _Store:
    """The story matrix of the filed articles, kept up to date: what was read of each article (by its title and
    checksum) is kept, so a change to the corpus reads only the articles it added or changed."""

    def __init__(self):
        self.reader = Reader()
        self.read: dict[int, tuple[tuple[str, str], ArticleFeatures]] = {}
        self.state: list | None = None
        self.matrix: StoryMatrix | None = None

    def update(self, filed: list[tuple]) -> StoryMatrix | None:
        """``filed``: (pk, story, title, checksum, published) of every filed article, in order of pk."""
        from newsdesk.models import Article

        if filed == self.state:
            return self.matrix
        stale = [pk for pk, _, title, checksum, _ in filed
                 if self.read.get(pk, ((None, None),))[0] != (title, checksum)]
        for start in range(0, len(stale), READ_IN_BATCHES):
            rows = Article.objects.filter(pk__in=stale[start:start + READ_IN_BATCHES]).values_list(
                "pk", "title", "text", "checksum")
            for pk, title, text, checksum in rows:
                self.read[pk] = ((title, checksum), self.reader.read(reporting(title, text)))
        kept = {pk for pk, *_ in filed}
        for pk in [pk for pk in self.read if pk not in kept]:
            del self.read[pk]
        # An article changed between the two queries is read again next time (its checksum differs).
        present = [(pk, story, published) for pk, story, _, _, published in filed if pk in self.read]
        self.matrix = assemble(self.reader, [(story, self.read[pk][1]) for pk, story, _ in present],
                               keys=[pk for pk, _, _ in present], dates=[published for _, _, published in present])
        self.state = filed
        return self.matrix


_cache: dict[str, _Store] = {}
_lock = threading.Lock()


def _story_matrix() -> StoryMatrix | None:
    from newsdesk.models import Article

    filed = list(Article.objects.filter(story__isnull=False).order_by("pk").values_list(
        "pk", "story_id", "title", "checksum", "published"))
    with _lock:
        store = _cache.get("store")
        if store is None or (store.matrix is not None and store.reader.unused_share(store.matrix) > FRESH_START):
            store = _cache["store"] = _Store()
        return store.update(filed)


class Suggestion(NamedTuple):
    story: object  # the Story suggested, or None
    score: float
    passed_over: object = None  # the Story the words alone would suggest, which the article is dated weeks before
    days_before: int = 0  # how many days before that story's first article the article is dated


def suggestion(title: str, text: str, published: dt.date | None = None) -> Suggestion:
    """The stored story most like this article, and the score; no story when none is close enough, and then the
    story the words chose that the article predates (``passed_over``), if any. Without ``published``, the date the
    page prints in its header (``page_dates.page_date``), as an import reads it."""
    from newsdesk.models import Story

    if published is None:
        published = page_dates.page_date(text or "")
    ranked = rank(_story_matrix(), title or "", text or "", published=published)
    key, score = best(ranked)
    if key is not None:
        return Suggestion(Story.objects.filter(pk=key).first(), score)
    before = passed_over(ranked)
    if before is None:
        return Suggestion(None, score)
    return Suggestion(None, score, Story.objects.filter(pk=before.story).first(), before.days_before)


def suggest_story(title: str, text: str, published: dt.date | None = None):
    """(``suggestion``'s story, its score)."""
    found = suggestion(title, text, published)
    return found.story, found.score


def match_article(article):
    """Decide and store (``StoryMatch``) how an article matches the stored stories; returns the row.

    Run when the data changes — on import and on filing — so pages only read the decision. The stories are ranked
    once: an unfiled article's match is the best story (suggested when ``best`` says so), a filed article's is its
    own story (it resembles it when the score reaches the threshold).
    """
    from newsdesk.models import StoryMatch

    ranked = rank(_story_matrix(), article.title, article.text, exclude=article.pk, explain=article.story_id,
                  published=article.published)
    before = None
    if article.story_id is None:
        # The best story it was not written weeks before (``Match.predates``): the one ``best`` may suggest.
        match = next(iter(eligible(ranked)), ranked[0] if ranked else None)
        resembles = best(ranked)[0] is not None
        before = None if resembles else passed_over(ranked)
    else:
        match = next((match for match in ranked if match.story == article.story_id), None)
        resembles = match is not None and match.score >= THRESHOLD
    if match is None:
        StoryMatch.objects.filter(article=article).delete()
        return None
    row, _ = StoryMatch.objects.update_or_create(article=article, defaults={
        "story_id": match.story, "score": max(match.score, 0.0), "resembles": resembles,
        "shared_terms": match.shared_terms, "shared_names": match.shared_names,
        "passed_over_id": before.story if before else None, "days_before": before.days_before if before else 0,
    })
    return row
