"""What the line and sentence rules need to know of writing systems beyond the Latin alphabet, in one place.

Policy: sentence ends and capitals are told by Unicode's classes of characters, never by a list of words.
``STOPS`` are the full stops, question and exclamation marks of scripts that have their own: the danda of
Devanagari, Bengali and their neighbours (``।`` ``॥``), the Arabic question mark and the Urdu full stop
(``؟`` ``۔``), Armenian (``։``), Ethiopic (``።`` ``፧``), Myanmar (``။``), Khmer (``។`` ``៕``). They end a
sentence where ``.`` ``!`` ``?`` would; they follow no abbreviation. ``CJK_STOPS`` are
those of Chinese and Japanese, which end a sentence with no space after them.

Scripts written without spaces between words (Chinese, Japanese; Thai, Lao, Khmer and Myanmar, which space their
clauses only) are measured in words by their length (``word_count``, ``words_in``), so that the rules' thresholds
in words hold for them; a line of Thai clauses ends like a sentence (``ends_in_clauses``).
"""

import re
import unicodedata

STOPS = "\u0964\u0965\u061f\u06d4\u0589\u1362\u1367\u1368\u104b\u17d4\u17d5"
CJK_STOPS = "。！？"
# The full stops among them, which end a statement, not a question or an exclamation: the danda, the Urdu full stop,
# the Armenian, Ethiopic, Myanmar and Khmer full stops.
FULL_STOPS = "\u0964\u0965\u06d4\u0589\u1362\u104b\u17d4\u17d5"
# Armenian's emphasis, exclamation and question marks (``՛`` ``՜`` ``՞``) are written over the stressed vowel, inside
# the word ("Ինչո՞ւ", "Ե՞րբ", "Ե՛ս"): after an Armenian letter each is part of its word, never a token of its own nor
# the end of a sentence (the sentence of a question ends on the full stop ``։``).
ARMENIAN_WORD_MARK = "(?<=[\u0531-\u0556\u0561-\u0587])[\u055b\u055c\u055e]"
# A zero-width joiner after a letter or its sign and before a letter asks for a conjunct's shape inside one word:
# Sinhala writes its rakaransaya and yansaya so ("ප්‍ර", "ව්‍ය": the consonant, the al-lakuna, U+200D, the next
# consonant: "ප්‍රාදේශීය", "ව්‍යාජ", "ශ්‍රී"), Devanagari its eyelash ra and Malayalam its older chillu. A word does not
# fall apart at it; one between emoji, or before a space, joins no word.
JOINER_IN_WORD = "\u200d(?=[^\\W\\d_])"


def opens_in_lower_case(text: str) -> bool:
    """``text`` starts with a small letter of a script that writes a capital at the start of a sentence.

    Georgian has small letters and capitals (Mtavruli), but its prose is written in small letters only: the
    title case of such a letter is the letter itself, and a sentence may open with it."""
    first = text[:1]
    return first.islower() and first.title() != first


# Scripts written without spaces between words. Chinese (Han) and Japanese (Han and kana) put no space anywhere in
# a sentence; Thai, Lao, Khmer and Myanmar put one between clauses and sentences, none between words. The line rules
# count words against thresholds made for spaced prose ("ten words or more is a paragraph", "four or fewer is a
# label"), so a run of such a script counts as the words it holds on average: its characters divided by the
# average length of a word in them. The figures are approximations: segmented Chinese prose holds some 600 to 700
# words per thousand characters (about 1.5 characters a word); Japanese words, kana endings and particles with their
# Han stems, run about 2 characters; a word of Thai and its neighbours about 3.5 letters (vowel and tone marks, which
# are combining characters, not counted). They are safe for the rules' thresholds because these sit far apart: a
# third more or less keeps a body paragraph of a hundred characters well above ten words and a menu item, a button
# or a byline of a few characters within four.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005"
KANA = "\u3040-\u30ff"
# Hiragana, in which Japanese writes its particles and its verbs' and adjectives' endings: its letters and its
# iteration marks, not the combining voicing marks or the unassigned points of the block.
HIRAGANA = "\u3041-\u3096\u309d\u309e"
# Katakana, in which Japanese writes foreign words and names ("ニュース"), with its prolonged sound mark.
KATAKANA = "\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff"
# Hangul, the one definition of its ranges: its syllables (the 11,172 of the block, U+AC00 to U+D7A3), and its
# letters (jamo) written on their own, conjoining and compatibility ones; ``HANGUL`` is both. Korean spaces its words.
HANGUL_SYLLABLES = "\uac00-\ud7a3"
HANGUL_JAMO = "\u1100-\u11ff\u3130-\u318f"
HANGUL = HANGUL_SYLLABLES + HANGUL_JAMO
SOUTHEAST_ASIAN = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"  # Thai, Lao, Myanmar, Khmer
# Thai alone: its letters, vowel and tone marks, digits, the repetition mark "ๆ" and the abbreviation mark "ฯ".
THAI = "\u0e00-\u0e7f"
HAN_PER_WORD = 1.5
KANA_PER_WORD = 2.0
SOUTHEAST_ASIAN_PER_WORD = 3.5
CLAUSE_WORDS = 3  # a clause of Thai and its neighbours holds this many words on average; a menu item fewer
UNSPACED_RUN = re.compile(f"[{HAN}{KANA}]+|[{SOUTHEAST_ASIAN}]+")
_UNSPACED = re.compile(f"[{HAN}{KANA}{SOUTHEAST_ASIAN}]")
_HAN = re.compile(f"[{HAN}]")
_KANA = re.compile(f"[{KANA}]")
_SOUTHEAST_ASIAN = re.compile(f"[{SOUTHEAST_ASIAN}]")
_SOUTHEAST_ASIAN_RUN = re.compile(f"[{SOUTHEAST_ASIAN}]+")
_LETTER = re.compile(r"[^\W\d_]")
_HIRAGANA = re.compile(f"[{HIRAGANA}]")
_KATAKANA = re.compile(f"[{KATAKANA}]")
_HANGUL = re.compile(f"[{HANGUL}]")
_THAI_LETTER = re.compile("[\u0e01-\u0e4f]")
_GREEK_LETTER = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")


def cased(character: str) -> bool:
    """Whether ``character`` is a letter of a script that writes a capital at the start of a sentence: its small
    form has a title case of its own. Georgian has small letters and capitals (Mtavruli), but the title case of a
    small letter is the letter itself (``opens_in_lower_case``): its prose writes no capital, as Han or Arabic."""
    small = character.lower()
    return character.isalpha() and small.title() != small


def caseless(text: str) -> bool:
    """Whether most of ``text``'s letters are of a script without capitals (Han, kana, Hangul, Arabic, Devanagari,
    Georgian ...: ``cased``). A few such letters in a text with capitals (a name in Hangul in brackets, "Hawaiʻi",
    "nº") leave it a text with capitals, read as one."""
    letters = capitals = 0
    for character in text:
        if character.isalpha():
            letters += 1
            capitals += cased(character)
    return letters > 0 and 2 * capitals < letters


# Georgian: Mkhedruli, the script of its prose, its capitals (Mtavruli) and the old scripts (Asomtavruli,
# Nuskhuri) a title or a church's name may be written in. The one definition of its ranges.
GEORGIAN = "\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f"
GEORGIAN_LETTER = re.compile(f"[{GEORGIAN}]")


def written_in_georgian(text: str) -> bool:
    """Most of ``text``'s letters (one letter: that letter) are Georgian, the script of no other language."""
    letters = sum(character.isalpha() for character in text)
    return letters > 0 and 2 * sum(character.isalpha() for character in GEORGIAN_LETTER.findall(text)) > letters


def east_asian_letters(text: str) -> tuple[int, int, int, int, int]:
    """How many letters ``text`` holds (digits, marks and punctuation aside), and how many of them are Han,
    hiragana, katakana and Hangul."""
    return (len(_LETTER.findall(text)), len(_HAN.findall(text)), len(_HIRAGANA.findall(text)),
            len(_KATAKANA.findall(text)), len(_HANGUL.findall(text)))


def thai_letters(text: str) -> int:
    """How many of ``text``'s letters are Thai (its vowel and tone marks, which are combining marks, not counted)."""
    return sum(1 for character in _THAI_LETTER.findall(text) if character.isalpha())


def greek_letters(text: str) -> int:
    """How many of ``text``'s letters are Greek (monotonic or polytonic)."""
    return sum(1 for character in _GREEK_LETTER.findall(text) if character.isalpha())


def run_words(run: str) -> int:
    """The words a run of an unspaced script holds, by its length: at least one."""
    if _SOUTHEAST_ASIAN.match(run):
        letters = sum(unicodedata.category(c)[0] == "L" for c in run)
        return max(1, round(letters / SOUTHEAST_ASIAN_PER_WORD))
    han = len(_HAN.findall(run))
    return max(1, round(han / HAN_PER_WORD + (len(run) - han) / KANA_PER_WORD))


def unspaced_words(text: str) -> int:
    """The words in ``text``'s runs of scripts written without spaces between words; 0 when it has none."""
    return sum(run_words(m.group()) for m in UNSPACED_RUN.finditer(text))


def words_in(tokens) -> int:
    """How many words ``tokens`` (from ``tokens.tokenize``) hold: a token of a spaced script is one, a run of an
    unspaced script the words its length holds. For spaced scripts this is ``len(tokens)``."""
    return sum(unspaced_words(t.text) or 1 for t in tokens)


def word_count(text: str) -> int:
    """How many words ``text`` holds, counted between spaces, with a run of an unspaced script counted by its
    length. For spaced scripts this is ``len(text.split())``."""
    return sum(unspaced_words(piece) or 1 for piece in text.split())


def measured(pieces, text: str) -> int:
    """How many words ``text`` holds, given ``pieces``, the words a rule finds in it by its own pattern: the pieces
    of scripts written without spaces give way to the words their runs hold. For spaced scripts this is
    ``len(pieces)``."""
    return sum(1 for piece in pieces if not _UNSPACED.match(piece)) + unspaced_words(text)


def ends_in_clauses(text: str) -> bool:
    """A line of Thai, Lao, Khmer or Myanmar written as prose, which ends its sentences with a space rather than a
    stop: it ends in a letter of the script, and holds two runs of it or more, set apart by spaces, of clause
    length on average (a menu or a byline in these scripts is a row of runs of a word or two)."""
    text = text.rstrip()
    if not text or not _SOUTHEAST_ASIAN.match(text[-1]):
        return False
    runs = _SOUTHEAST_ASIAN_RUN.findall(text)
    return len(runs) >= 2 and sum(run_words(run) for run in runs) >= CLAUSE_WORDS * len(runs)


# Marks that show nothing: direction marks (left-to-right, right-to-left, the Arabic letter mark), embeddings and
# isolates, zero-width spaces and joiners, the word joiner and a byte-order mark. A copy of a right-to-left page often
# carries one at the start or the end of a line; the line starts and ends where its visible characters do.
INVISIBLE = frozenset("\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064"
                      "\u2066\u2067\u2068\u2069\ufeff")


def _hidden(character: str) -> bool:
    return character.isspace() or character in INVISIBLE


def visible(line: str) -> tuple[int, int]:
    """Where ``line``'s visible text starts and ends: spaces and invisible marks around it left out ((0, 0) when
    nothing in it shows). Steps over the two ends only, so a long run of spaces inside a line costs nothing (a
    pattern anchored at the line's end would try every position of such a run)."""
    start, end = 0, len(line)
    while start < end and _hidden(line[start]):
        start += 1
    if start == end:
        return 0, 0
    while _hidden(line[end - 1]):
        end -= 1
    return start, end


def trimmed(line: str) -> str:
    """``line`` without the spaces and invisible marks around it."""
    start, end = visible(line)
    return line[start:end]


# A word broken at the end of a line with a hyphen, as a printed column or an e-paper's text breaks it ("dis-\npatch"):
# a letter, the hyphen, one line break (a blank line ends a paragraph, no word), and a small letter.
BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-\n[ \t]*(?=[^\W\d_])")
_WORD_REST = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")
# A hyphen left hanging before a conjunction shares the word's other half with the next word ("Bundes- und
# Landesregierung", "land- en tuinbouw", "pre- and post-war"): no broken word, whichever line it ends. A syllable
# of a word broken in print is none of these ("col-or" is, so "or" is not among them).
HANGING_BEFORE = frozenset("""
    and nor und oder bzw sowie en of et ou y e o i a och eller og ve veya dan atau oraz lub ni
""".split())


def reading_text(text: str) -> str:
    """``text`` as its words read, at the same length, so that every offset of it is an offset of ``text``: a word
    broken by a hyphen at a line's end is joined ("dis-\\npatch" reads "dispatch", the spaces the hyphen and the break
    took written after the word's end, where they stand between it and what follows); a break before a capital
    ("Brannock-\\nCounty") or a figure is kept, as the hyphen of a compound split there may be ("well-\\nknown" is
    joined: a printed column does not tell the two apart), and so is a hyphen left hanging: a space after it, or a
    conjunction after the break ("Bundes-\\nund Landesregierung", ``HANGING_BEFORE``)."""
    if "-" not in text or "\n" not in text:
        return text
    pieces, position = [], 0
    for match in BROKEN_WORD.finditer(text):
        if match.start() < position or not opens_in_lower_case(text[match.end():]):
            continue
        rest = _WORD_REST.match(text, match.end())
        end = rest.end() if rest else match.end()
        if text[match.end():end].lower() in HANGING_BEFORE:
            continue
        pieces += [text[position:match.start()], text[match.end():end], " " * (match.end() - match.start())]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
