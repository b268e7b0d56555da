"""Finding claim mentions: the sentences of an article that state something checkable.

Policy. A mention is a sentence (or one of its clauses: split at a semicolon, and at a comma before a
conjunction or a relative pronoun that opens a clause of its own) of at least six words that ends as a
sentence does and carries a checkable detail: a figure, a date, a named actor or a quotation of a few
words. Questions, headlines, menus and captions (lines that do not end in a full stop, an exclamation mark
or a closing quote) are not claims. A speaker's label at the start of a line ("REPORTER:") and a time stamp
("09:12") are left out of the span. Offsets are code points of the article text. Pure: no database.

Scripts other than the Latin alphabet follow the same policy with their own marks (``newsdesk.importing.scripts``):
a sentence ends at their stops (``。！？`` with no space after them, ``। ؟ ۔`` and the like), and at ``. ! ?``
before a letter of a script without capitals; it ends as a statement at ``。！`` or a full stop of theirs, and is
a question at ``？ ؟``; a clause also ends at ``；`` and ``؛``; a word keeps its combining marks (Hindi's vowel
signs), and a run of Chinese or Japanese counts the words its length holds (``scripts.measured``), so that six
words mean as much in every script. Quotations are marked “…”, «…» or 「…」.

Alphabets with capitals other than the Latin one (Greek, Cyrillic) end a sentence before any of their capitals, and
their datelines and speakers' labels in capitals ("ΚΕΡΑΜΟΒΡΥΣΗ, 14 Οκτωβρίου (ΕΠΝ) – ", "ΡΕΠΟΡΤΑΖ:") are left out as
English's are; Greek asks a question with ";". Thai writes no full stop: a sentence ends at a space after a clause
of some length (``_thai_boundaries``: never after an abbreviation, "น.", "มี.ค.", "ผู้ว่าฯ", nor before a figure or a
word that goes on with the sentence), and a line of Thai is prose, its sentences statements, when it is long enough
(``PROSE_WORDS``) or quotes someone, as a headline, a caption or a menu is not. A time stamp, a byline and a row of
page furniture split by "|" are not claims. An article's language (``normalise.text_language`` when not given)
says how its figures are written.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import islice

from newsdesk.alignment import verbal, wordclass
from newsdesk.alignment.arabic import REPORTING as ARABIC_REPORTING
from newsdesk.importing.ingest import wrapped
from newsdesk.importing.languages import ETHIOPIC_LETTERS, arabic_folded
from newsdesk.importing.scripts import CJK_STOPS, FULL_STOPS, HAN, KANA, STOPS, cased, measured, reading_text
from newsdesk.importing.tokens import MARKS, OTHER_LANGUAGES_TITLES, TITLES_WRITTEN_AS_WORDS

from . import match_figures
from .normalise import (
    MONTHS,
    ORDINAL_DOTS,
    SENTENCE_OPENERS,
    THAI_LETTER,
    THAI_RANGE,
    TIME_OF_DAY,
    WEEKDAYS,
    Details,
    Figure,
    caseless,
    common_word,
    details,
    fold,
    function_words,
    lower_vocabulary,
    ordinal_before,
    text_language,
)

MIN_WORDS = 6
# In languages that write an ordinal as a figure and a full stop (``normalise.ORDINAL_DOTS``: "2. Lig", "3. Oktober") a
# full stop after a figure of one to three digits ends no sentence when the word after it goes with the ordinal
# (``normalise.ordinal_before``); before a word that opens a sentence ("auf 14. Am Abend") it ends one.
ORDINAL = re.compile(r"\d{1,3}")
NEXT_WORD = re.compile(r"[^\W\d_]+")
# A unit of one letter after a figure ("sâu 2 m. Một người …") ends its sentence, as an initial ("J. Smith") does not.
UNIT_END = re.compile(r"\d[\s\u00a0]*[^\W\d_]\.[\"'”’»)\]]*$")
BLOCK = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
LINE = re.compile(r"[^\n]+")
# The capitals of the Latin, Greek and Cyrillic alphabets (with their accents: "Έ", "É").
CAPITALS = "".join(c for c in map(chr, [*range(0x41, 0x530), *range(0x1E00, 0x2000)]) if c.isupper() and c.isalpha())
# A sentence ends at . ! ? (with closing quotes or brackets) before white space and a capital, digit or quote.
BOUNDARY = re.compile(rf"(?<=[.!?])[\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?[{CAPITALS}0-9£$€])")
# Greek asks with ";" (or its own question mark, which is the same character once normalised).
GREEK_QUESTION_MARKS = ";\u037e"
GREEK_BOUNDARY = re.compile(rf"(?<=[{GREEK_QUESTION_MARKS}])[\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?[{CAPITALS}0-9])")
# Scripts without capitals end a sentence otherwise: at their own stops (``scripts.STOPS``: the danda, the Arabic
# question mark, the Urdu full stop ...) before a space, at the stops of Chinese and Japanese (``scripts.CJK_STOPS``)
# with no space after them, and at ``. ! ?`` before a space and a letter of a script without case (Arabic writes
# a Latin full stop). Closing quotes and brackets stay with the sentence they close.
CLOSERS = "\"'”’)\\]»」』）"
OTHER_BOUNDARY = re.compile(
    rf"(?<=[{STOPS}])[{CLOSERS}]*\s+(?=\S)|(?<=[{CJK_STOPS}])[{CLOSERS}]*\s*(?=\S)"
    rf"|(?<=[.!?])[{CLOSERS}]*\s+(?=[\"'“‘«(\[「『]?[^\W\d_])"
)
# A script with a full stop of its own writes "." mostly in abbreviations: Amharic ends a sentence with "።" (and "?"
# "!"), and its "." are those of "ዓ.ም." (the Ethiopian era), "እ.ኤ.አ." (the Gregorian one), "ኪ.ሜ" (km): one or two
# of its letters (each a syllable) after another stop, or one letter alone (an initial). A full stop after a word of
# it ("ተጠናቋል.", "ነው.") is a sentence's end typed with the Latin mark.
ABBREVIATING_LETTERS = ETHIOPIC_LETTERS
ABBREVIATED_SYLLABLES = 2
ABBREVIATIONS = frozenset("mr mrs ms dr st no vs prof gen col lt sgt rep sen gov jr sr inc ltd co corp u.s u.k e.g i.e"
                          # and other languages' before a capital: "κ. Παπαδόπουλος", "2 Mio. Euro"
                          " κ κα εκατ δισ χιλ π.χ οδ αρ mme mlle mio mrd ca nr bzw z.b sra srta".split()
                          ) | OTHER_LANGUAGES_TITLES  # and the titles the sentence splitter of a line knows ("Dkt.")
# Abbreviations of one language that stand before a figure ("ч. 2 ст. 270", "буд. 5") or also before a name ("вул.
# Заводська", "ім. Шевченка", "Hj. Euis", "Ir. Budi"): they hold the sentence only when that follows them. Elsewhere
# the same letters are words ("ir", to go; "dra", to pull) or end the sentence ("у XIX ст. Тепер …").
_CYRILLIC_ABBREVIATIONS = ("ст ч буд кв корп тел", "вул просп пров пл ім ул пр пер смт напр")
_MALAY_TITLES = ("", "hj ir drs dra kh bpk tgk")
LANGUAGE_ABBREVIATIONS = {
    language: (frozenset(figure.split()), frozenset(name.split()))
    for languages, (figure, name) in (("uk ru be", _CYRILLIC_ABBREVIATIONS), ("id ms", _MALAY_TITLES))
    for language in languages.split()
}
# A speaker's label in capitals ("REPORTER:", "ΡΕΠΟΡΤΑΖ:"), a time stamp, a list mark, a bracketed cue ("[รายงาน]").
LABEL = re.compile(rf"^\s*(?:[{CAPITALS}][{CAPITALS} .'-]{{1,30}}:|\d{{1,2}}[:.]\d{{2}}\b[^\n]*?(?=[{CAPITALS}])"
                   r"|[-•*]\s+|\[[^\]\n]{1,40}\]\s*)\s*")
# A speaker's label in a script without capitals: a line's first few words and a colon ("خبرنگار:", "הכתב:") before
# a quotation or alone on its line (the speech below it). Before other words the colon is the sentence's own ("ביום
# שלישי נמסר: 120 עובדים …"), and so it is after a date, a day or a verb of reporting ("قال الوزير: «…»"), which
# the claim keeps (``_speaker_label``).
CASELESS_WORD = rf"[^\W\d_](?:[^\W\d_]|[{MARKS}]|\u200c|[\"״'׳](?=[^\W\d_]))*"
CASELESS_LABEL = re.compile(
    rf"^\s*(?P<label>{CASELESS_WORD}(?:\s+{CASELESS_WORD}){{0,2}})\s*[:፦](?:\s*$|\s+(?=[\"'“‘«„]))\s*")
# Words of a day and verbs of reporting that make the words before a colon part of the sentence (with "و", "ו" or
# "ف" written onto them): Arabic's verbs are the attribution's (``alignment.arabic.REPORTING``).
LABEL_DAY_WORDS = frozenset(arabic_folded(word) for word in (
    "אתמול היום מחר שלשום הבוקר הערב הלילה أمس اليوم غدا صباح مساء ليلة دیروز امروز فردا امشب صبح عصر شب"
).split())
LABEL_REPORTING = ARABIC_REPORTING | frozenset(arabic_folded(word) for word in (
    "אמר אמרה אמרו נמסר נמסרה מסר מסרה מסרו הודיע הודיעה הודיעו הוסיף הוסיפה הוסיפו ציין ציינה ציינו כתב כתבה "
    "כתבו הבהיר הבהירה הבהירו טען טענה טענו הסביר הסבירה הסבירו "
    "گفت گفتند افزود افزودند اعلام کرد کردند نوشت نوشتند اظهار داشت تاکید تصریح خاطرنشان"
).split())
# "PORT KESSARY, March 4 (Agency) - ", "SEOUL (Agency) - ", "ΚΕΡΑΜΟΒΡΥΣΗ, 14 Οκτωβρίου (ΕΠΝ) – ": where and when
# the report was filed, not a detail of the fact.
_DATELINE_PLACE = rf"[{CAPITALS}][^\W\d_]+(?:[ '-][{CAPITALS}][^\W\d_]*){{0,3}}"  # "Hà Lĩnh", "BESSAC-SUR-AURE"
_DATELINE_PART = r"[^\W_][^\n(),.–—]{0,24}"  # after a comma or a full stop: a region or a date ("Jawa Barat", "15/10")
_DATELINE_AGENCY = rf"\([^()\n]{{1,30}}\)|[{CAPITALS}]{{2,}}(?:[ -][{CAPITALS}]{{2,}})?"  # "(TPN)", "PTV"
# What a dateline's dash comes before: the sentence, opening on a capital, a figure or a quotation mark.
_DATELINE_NEXT = rf"(?=[\"'“‘«„(]?[{CAPITALS}0-9])"
DATELINE = re.compile(
    rf"^[{CAPITALS}][{CAPITALS} .'-]+(?:,\s+(?:[{CAPITALS}][^\W\d_]+\.?\s+\d{{1,2}}"
    rf"|\d{{1,2}}\s+[{CAPITALS}][^\W\d_]+\.?)"
    # a month in lower case ("PARIS, 14 octobre (AFP) – ") only before the agency's name
    r"\s*(?:\([^)]*\))?|,\s+\d{1,2}\s+[^\W\d_]+\.?\s*\([^)]*\)|\s*\([^)]*\))\s*[-–—]+\s*"
    # a place in any case, what follows it after commas or full stops, and the agency in brackets or in capitals:
    # "ZAPORIZHZHIA, Ukraine, March 4 (Agency) - ", "Hà Lĩnh, 15/10 (TPN) – ", "PASIRLAYA, PTV - ",
    # "Глиноріччя. 3 грудня. ЦЕНТРІНФОРМ – "
    rf"|^{_DATELINE_PLACE}(?:[,.]\s+{_DATELINE_PART}){{0,3}}?(?:\s*\([^()\n]{{1,30}}\)|[,.]\s+(?:{_DATELINE_AGENCY}))"
    rf"\s*[-–—]+\s+{_DATELINE_NEXT}"
    # the agency alone ("(HLTV) - "), or the place alone in capitals before a spaced dash and the sentence
    # ("OMMERLOO - Waar …", "PYONGYANG — North Korea …")
    rf"|^\([^()\n]{{1,30}}\)\s*[-–—]+\s+{_DATELINE_NEXT}"
    rf"|^[{CAPITALS}]{{3,}}(?:[ '-][{CAPITALS}]{{2,}}){{0,3}}\s+[-–—]+\s+{_DATELINE_NEXT}"
)
# A place of one capitalised word before a spaced dash ("Pasirlaya - Kabar buruk datang …"): a dateline when the
# sentence after the dash opens as a sentence does, not as the second of two names (``_one_word_dateline``). "Name –
# Name verb", one capitalised word after the dash and then the sentence's words ("Liverpool – Arsenal drew 2-2",
# "Biden – Trump debate"), pairs two names, both of the sentence; a run of two capitalised words or more ("Bramford -
# Chief Constable Ann Lee said", "Ommerdam - Burgemeester Jan Smit zegt"), a common word ("Police arrested" where the
# story writes "police") or a function word ("The council") opens the sentence after a place.
ONE_WORD_DATELINE = re.compile(rf"^[{CAPITALS}][^\W\d_]+\s+[-–—]+\s+(?=(?P<next>[{CAPITALS}][^\W\d_]*)"
                               rf"(?:[ \t]+(?P<then>[{CAPITALS}][^\W\d_]+)|[\s,.:;]))")
# The same in scripts without capitals: a wire's "南岭快讯云泽10月28日电（记者 韩屿）" or "本报讯（记者 …）", Korean's
# "(은포=한빛통신) 최동훈 기자 = ", and a place with its date and outlet in brackets before a dash or a danda
# ("وادي القرنفل، ١٣ أغسطس (مشرق) – ", "सुरमाघाट, 14 अक्टूबर (देशवार्ता)। "), the place's district in brackets after it
# and a colon for the dash ("কেতকীপুর (কাজলদিঘি), ১৭ জুলাই, ২০২৫ (সংবাদধারা) : ") where the words before the outlet
# hold a date (``_other_dateline``): a speaker's name in brackets before a colon ("قال وزير الصحة (…): ") opens the
# claim itself.
OTHER_DATELINE = re.compile(
    r"^[^\s，。：]{0,20}?(?:\d{1,2}月\d{1,2}日[电電]\s*(?:[（(][^）)\n]{0,30}[）)])?|讯\s*[（(][^）)\n]{0,30}[）)])\s*"
    r"|^\([^()\n=]{1,20}=[^()\n]{1,20}\)\s*(?:(?:[^\s=]+\s+){1,3}?(?:기자|특파원)\s*=\s*)?"
    r"|^(?P<dated>[^\n()،,.]{1,30}(?:\([^()\n]{1,30}\))?(?:[،,]\s*[^\n()،,]{1,20}){0,2}[،,]?)\s*\([^()\n]{1,30}\)"
    r"\s*(?P<dash>[-–—।:])\s*"
    # Thai's, with its month's short name ("ศรีวารินทร์ 8 มี.ค. (แหลมทอง) – ")
    rf"|^[{THAI_RANGE}\s]{{1,30}}\d{{1,2}}\s*[{THAI_RANGE}.]{{2,6}}\s*(?:\d{{2,4}}\s*)?\([^()\n]{{1,30}}\)\s*[-–—]\s*"
)
# Tamil's: the place, a comma, the month (written out or with its full stop) and the day, and a dash or a colon
# ("பவழக்குடி, டிச.9- ", "சென்னை, டிசம்பர் 9: "), where the words after the comma date it (``_tamil_dateline``).
TAMIL_WORD = r"[\u0b80-\u0bff]+"
TAMIL_DATELINE = re.compile(
    rf"^{TAMIL_WORD}(?:\s{TAMIL_WORD}){{0,2}},\s*(?P<date>{TAMIL_WORD}\.?\s*\d{{1,2}})\s*[-–—:]\s*")
ENDS_AS_SENTENCE = re.compile(rf"[.!。！{FULL_STOPS}][{CLOSERS}]*$|[”\"»」』]$")
QUESTION_MARKS = "?？؟፧"
# A word, with its combining marks (Hindi's vowel signs) inside it; a run of Chinese or Japanese is measured by
# its length (``scripts.measured``), not counted as one word.
WORDS = re.compile(rf"[^\W_](?:[^\W_]|[{MARKS}])*", re.UNICODE)
# A quotation of a few words or more: what someone said is checkable against the source, and outlets quoting
# one statement repeat its words.
QUOTATION = re.compile(r"[“\"]([^”\"]+)[”\"]|«([^»]+)»|「([^」]+)」")
QUOTED_WORDS = 4
# A straight quote with a letter on both sides is Hebrew's gershayim inside a word (מנכ"ל, ש"ח), no quotation mark.
GERSHAYIM = re.compile(r'(?<=[^\W\d_])"(?=[^\W\d_])')
# A second predicate of one subject opened by "and" and an auxiliary ("… noticed the leak at 3:40 a.m. and had shut the
# valves by 4:30") states a second fact, comma or none.
CLAUSE_BREAK = re.compile(r";\s+|[；؛፤]\s*|,\s+(?=(?:and|but|while|whereas|with|as|along with|together with"
                          r"|(?P<relative>which|who))\s)"
                          r"|\s+(?=and\s+(?:had|has|have|will|would)\s+(?!been\b|to\b|not\b)\w+(?:ed|en|n)\b)")
# A sentence's pieces (``sentence_pieces``): where a clause of a second fact may open inside a sentence or a clause
# the finder keeps whole. In English: a comma before a subordinating word ("…, when the council closed the bridge",
# "…, hours after the board refused to pay", "…, so the county can rebuild") or before a participle that opens a
# clause ("…, writing each call on paper"); "while", "whereas" and "when" with no comma; "and" or "but" before a verb
# (a second predicate of one subject: "met in an emergency session and voted three to nothing"). In a language
# whose clause openers the alignment lists (``verbal.CLAUSE_OPENERS``: Dutch "dat", "toen", Finnish "kun", Hungarian
# "amikor", Romanian "când"), a comma before one; in Chinese and Japanese, their comma between two clauses.
PIECE_WORDS = 5  # words a piece holds at least, as ``_size`` counts them
PIECE_BREAK = re.compile(
    r",\s+(?=(?:(?:hours|days|weeks|months|minutes|shortly|just|soon|only)\s+)?"
    r"(?:when|where|while|whereas|after|before|since|until|because|so|although|though|which|who|including)\s)"
    r"|(?<!\s)\s+(?=(?:while|whereas|when)\s)"
    r"|,\s+(?=(?P<gerund>[a-z]+ing)\s)"
    r"|(?<!\s)\s+(?=(?P<conjunction>and|but)\s+(?P<verb>[a-z]+)\s)"
)
# "and" opens a second predicate before a verb in the past or the present, a participle or an auxiliary ("and
# voted", "and took", "and will stay"), never before a noun ("shells and missiles").
PREDICATE_CLASSES = frozenset({wordclass.VERB, wordclass.PARTICIPLE, wordclass.AUXILIARY})
# "…, according to the health authority" names the source of the sentence's fact, and states none of its own.
NOT_PIECE_GERUNDS = frozenset({"according"})
UNSPACED_COMMA = re.compile("，")  # not "、", which also parts the items of a list
# Greek's ";" asks a question: no clause ends there.
GREEK_CLAUSE_BREAK = re.compile(r"[；؛፤]\s*|,\s+(?=(?:and|but|while|whereas|with|as|(?P<relative>which|who))\s)")
# Thai. A line is prose when it holds this many words (a headline, a caption, a menu item holds fewer) or quotes.
PROSE_WORDS = 4 * MIN_WORDS
THAI_SPACE = re.compile(r"\s+")
THAI_LETTERS = re.compile(f"[{THAI_RANGE}]")
# A clause ends a Thai sentence at a space when its last word holds this many letters (a name, a classifier, a
# title's word before a space are shorter, as a rule).
CLAUSE_LETTERS = 6
THAI_WINDOW = 200  # characters either side of a space read to judge it: enough for MIN_WORDS words of Thai
# Words that go on with the sentence before them: conjunctions, relative pronouns, auxiliaries, reporting verbs,
# and the words of a person's age or address. A sentence does not end before them.
THAI_GOES_ON = ("และ", "แต่", "หรือ", "ซึ่ง", "โดย", "เพื่อ", "เพราะ", "จึง", "จน", "ทำให้", "รวมทั้ง", "รวมถึง", "กับ",
                "ของ", "ว่า", "คือ", "เป็น", "จะ", "ได้", "ยัง", "ก็", "ต้อง", "อาจ", "ควร", "กำลัง", "ถูก", "กล่าว",
                "เปิดเผย", "ระบุ", "อธิบาย", "บอก", "เผย", "ชี้แจง", "ยืนยัน", "แถลง", "เล่า", "อายุ", "วัย", "บ้านเลขที่",
                "หมู่", "ๆ", "ฯ")
# A title before a given name, which a space and the surname follow ("นางสมพร แก้วประเสริฐ", "ผศ.ดร.วรรณา ทองมา").
THAI_TITLES = ("นาย", "นาง", "น.ส.", "ด.ช.", "ด.ญ.", "ลุง", "ป้า", "พระ", "ดร.", "ผศ.", "รศ.", "ศ.", "พล.", "พ.ต.",
               "ร.ต.")
# A caption credits its photograph ("(ภาพ: …)", "ภาพ: …"): not prose however long.
THAI_CAPTION = re.compile(r"\(ภาพ|ภาพ\s*:|ที่มาภาพ")
THAI_ABBREVIATED = re.compile(rf"^[{THAI_RANGE}]{{1,3}}\.")  # "อ.วังแก้วทอง", "จ.ศรีวารินทร์": an address goes on
# A line of a table: a label, a colon and the figures it gives ("Излазност: 56,02%", "1. Naša lista – Ana Perić: 11.020
# glasova (52,31%)", "Registered voters: 38,412"), a list's number before it left out of the span. A release prints
# its figures so: no verb, no full stop, and still a statement whose subject is its label (``_table_line``). The
# label holds words and no figure of its own (a file number "Број: 013-47/2025" has too few words to be a claim);
# what follows the colon opens on a figure and holds a few words at most.
TABLE_LINE = re.compile(r"^(?P<number>\d{1,2}\.\s+)?(?P<label>[^\W\d_][^:\n\d]{1,120}?):\s+(?P<value>\d[^:\n]{0,60})$")
TABLE_VALUE_WORDS = 4
# A row of page furniture ("Home | News", a byline and its time stamps), and a byline.
FURNITURE_ROW = re.compile(r"\s\|\s")
# Thai's byline opens on "โดย" (by) and a space, as a sentence does not; an English one holds no full sentence.
BYLINE = re.compile(r"^(?:รายงานโดย|โดย|เรื่องและภาพ|เรื่อง|ภาพ)\s*:?\s")
BYLINE_WORDS = 2 * MIN_WORDS
# A telephone number in a sentence makes it a line of contact ("Reach her at 330-555-0199"), no fact of the story.
PHONE = re.compile(r"(?<![\d-])(?:\+\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[.-]\d{4}(?![\d-])")
# A broadcast's own talk, in English: an anchor handing over to the station's reporter ("Our Jane Roe has been at
# the scene all day") and the reporter's sign-off ("Reporting live from the town hall, Jane Roe, Channel 5").
OWN_REPORTER = re.compile(r"^(?:Our|My)\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:has|have|is|was|joins|reports|is\s+live)\b")
SIGN_OFF = re.compile(r"^Reporting(?:\s+live)?\s+(?:from|in|at)\b")
# A service line tells the reader what to do, in English the imperative of a verb of service ("Call 911 in an
# emergency just as you normally would", "Visit the county's website"), after a condition or "please" too ("If you
# have an emergency, call 911 like you always would"): an instruction, no fact of the story. A verb that is also a
# noun is one here only before what it acts on, no verb after it ("Calls to 911 were answered" opens on a noun).
SERVICE_VERBS = ("call dial text phone ring email e-mail visit contact check go see follow sign subscribe donate "
                 "report send bring keep use stay avoid register apply write tune").split()
# Words after which a verb of service is a noun ("Report finds …", "Use of force …", "Text of the bill …").
NOT_AFTER_SERVICE_VERB = r"(?:of|from|by|for|is|are|was|were|has|have|had|will|would|can|could|says|said|shows|finds)"
# What an imperative acts on, or the particle or adverb that goes with it: a determiner or a pronoun ("Visit the
# website", "Follow us"), a figure ("Call 911"), a web address, a name in capitals ("Contact Tarrow police"), a
# quotation, or "up", "in", "indoors" ("Sign up", "Stay indoors"). A small word after the verb that is none of these
# makes the verb the first word of a noun ("Contact tracing has …", "Phone records show …", "Report cards went …").
SERVICE_OBJECT = (r"(?:(?:the|a|an|your|our|their|this|that|these|those|its|his|her|my|any|all|some|every|each|no"
                  r"|us|them|him|me|it|you|yourself|yourselves|up|in|on|out|to|into|at|with|off|away|back|home"
                  r"|indoors|inside|safe|clear|calm|alert|informed|tuned)\b"
                  r"|\d|www\.|https?:|[\w-]+\.(?:com|org|net|gov|edu|info|uk)\b|(?-i:[A-Z])|[\"“‘'«])")
SERVICE_LINE = re.compile(r"^(?:(?:If|When|In\s+case)\s+(?:you|your)\b[^,;]{1,80},\s+|In\s+an?\s+\w+(?:\s+\w+)?,\s+)?"
                          r"(?:please\s+)?(?:do\s+not\s+|don[’']t\s+)?"
                          rf"(?:{'|'.join(SERVICE_VERBS)})\s+(?!{NOT_AFTER_SERVICE_VERB}\b)(?={SERVICE_OBJECT})",
                          re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    """A checkable sentence of one article: where it is, its words and its normalised details."""

    article: object
    start: int
    end: int
    text: str
    details: Details
    paragraph: int
    plain: bool = False  # no figure, date, name or quotation: a claim only when another outlet says it alike
    # the moment of the match the sentence tells of when it states no minute itself: its live entry's minute mark
    # ("58' RED CARD! …") or an earlier sentence of its paragraph that tells only the moment ("The final turned in
    # the 58th minute."); compared as its own minute would be (``linking.differing``), never linked by
    moment: tuple = ()
    # the pieces of a sentence of two facts (``sentence_pieces``), mentions of their own that the linker lets join
    # a claim the sentence is not in; read only when asked (``find_mentions(…, pieces=True)``)
    pieces: tuple = ()


def _last_word(line: str, start: int, end: int) -> str:
    """``line[start:end].rstrip(".!?\"'”’)]").rsplit(None, 1)[-1]`` (or "" without a word), read backwards from
    ``end``: a line of initials ("A. B. C. …") keeps ``start`` in place, and a copy of everything since would
    cost it the square of its length."""
    while end > start and line[end - 1] in ".!?\"'”’)]":
        end -= 1
    while end > start and line[end - 1].isspace():
        end -= 1
    first = end
    while first > start and not line[first - 1].isspace():
        first -= 1
    return line[first:end]


def _caseless_next(line: str, match: re.Match) -> bool:
    """The letter after a boundary found by ``OTHER_BOUNDARY`` at ``. ! ?`` is of a script that writes no capital
    at a sentence's start (Arabic, Devanagari, Han, Georgian: ``scripts.cased``): in a script with capitals a small
    letter there continues the sentence, and ``BOUNDARY`` judges a capital."""
    letter = line[match.end():match.end() + 2].lstrip("\"'“‘«([「『")[:1]
    return not cased(letter)


def _boundaries(line: str, language: str | None = None) -> list[tuple[int, int]]:
    """Where sentences end in ``line``, as (start, end) of the space between them: ``BOUNDARY`` (". " before a
    capital), Greek's question mark (``GREEK_BOUNDARY``) and, in a line mostly in scripts without capitals
    (``scripts.caseless``), ``OTHER_BOUNDARY``, and in a line of Thai its spaces that end a clause
    (``_thai_boundaries``), where a full stop ends nothing (it ends an abbreviation: "น.", "มี.ค."); in order and
    each place once."""
    thai = caseless(line) and _thai(line)
    found = {match.start(): match.span() for match in BOUNDARY.finditer(line)
             if not (thai and line[match.start() - 1] == ".")}
    if language == "el":
        for match in GREEK_BOUNDARY.finditer(line):
            found.setdefault(match.start(), match.span())
    # A line in a script with capitals that quotes a sentence of another ("He wrote “我们会修好桥。” on his blog")
    # goes on after the quotation's stop.
    if caseless(line):
        for match in OTHER_BOUNDARY.finditer(line):
            mark = line[match.start() - 1]
            if thai and mark == ".":
                continue
            if match.start() not in found and (mark not in ".!?" or _caseless_next(line, match)):
                found[match.start()] = match.span()
        if thai:
            for span in _thai_boundaries(line):
                found.setdefault(span[0], span)
    return [found[start] for start in sorted(found) if not _abbreviating_stop(line, start)]


def _abbreviating_stop(line: str, end: int) -> bool:
    """The mark before ``end`` is an abbreviation's full stop in a script with a full stop of its own
    (``ABBREVIATING_LETTERS``), no sentence's end: after one or two of its letters (``ABBREVIATED_SYLLABLES``) that
    follow another stop ("በ1970 ዓ.ም. የተገነባው", "እ.ኤ.አ.", "ኪ.ሜ."), or after a letter standing alone (an initial).
    A word of its own before the stop ("ተጠናቋል.", "ነው.") ends the sentence."""
    if line[end - 1:end] != ".":
        return False
    start = end - 1
    while start > 0 and ABBREVIATING_LETTERS.match(line, start - 1):
        start -= 1
    letters = end - 1 - start
    before = line[start - 1:start]
    return (0 < letters <= ABBREVIATED_SYLLABLES and before in (".", "/")
            or letters == 1 and (not before or before.isspace()))


def _thai(text: str) -> bool:
    """Most of the letters of ``text`` are Thai."""
    letters = sum(character.isalpha() for character in text)
    return bool(letters) and 2 * len(THAI_LETTERS.findall(text)) > letters


def _thai_boundaries(line: str) -> list[tuple[int, int]]:
    """The spaces of a line of Thai where one sentence ends and the next begins: after a clause (a word of
    ``CLAUSE_LETTERS`` letters or more, and ``MIN_WORDS`` words since the last end), before the next (``MIN_WORDS``
    words to come, opening on a letter); never after an abbreviation ("น.", "มี.ค.", "ผู้ว่าฯ") or "ว่า" (that: what
    was said follows), nor before a figure, a word that goes on with the sentence (``THAI_GOES_ON``), an address
    ("อ.วังแก้วทอง"), or the words of a speaker's title before the verb that reports him ("… มหาวิทยาลัยศรีวารินทร์
    อธิบายว่า")."""
    spans = []
    start = 0
    word_start = 0  # where the word before the space being judged starts: after the space before it
    for match in THAI_SPACE.finditer(line):
        space, after = match.span()
        previous, word_start = line[word_start:space], after
        if space == 0 or after >= len(line):
            continue
        following = line[after:after + THAI_WINDOW].split(None, 2)
        first = following[0].lstrip("“\"‘'«([")
        if not first or not THAI_LETTER.match(first) or first[0].isdecimal():
            continue
        if previous.endswith((".", "ฯ", "ว่า")) or sum(c.isalpha() for c in previous) < CLAUSE_LETTERS:
            continue
        if previous.startswith(THAI_TITLES):
            continue  # "นายบุญเลิศ แก้วประเสริฐ": a name and its surname
        if first.startswith(THAI_GOES_ON) or THAI_ABBREVIATED.match(first):
            continue
        if len(following) > 1 and following[1].endswith("ว่า"):
            continue
        # measured on a window of the line either side: as many words, and no line read again at each space
        if (_size(line[max(start, space - THAI_WINDOW):space]) < MIN_WORDS
                or _size(line[after:after + THAI_WINDOW]) < MIN_WORDS):
            continue
        spans.append((space, after))
        start = after
    return spans


def _sentences(line: str, language: str | None = None) -> Iterable[tuple[int, int]]:
    start = 0
    for boundary, after in _boundaries(line, language):
        if boundary <= start:
            continue
        last = _last_word(line, start, boundary).lower()
        unit = len(last) == 1 and last.isalpha() and UNIT_END.search(line, start, boundary)
        if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha() and not unit) or (
            last in TITLES_WRITTEN_AS_WORDS and language is not None and language not in TITLES_WRITTEN_AS_WORDS[last]
        ):
            continue  # "Mr. Kim", "J. Smith": not an end; "sâu 2 m. Một người": a unit's is
        if _abbreviation_goes_on(line, last, after, language):
            continue  # "ст. 270", "вул. Заводська", "Hj. Euis"
        if last in CLOCK_HALVES and _dates_the_hour(line, after):
            continue  # "at 3:40 a.m. Monday scrambled …": the hour's day goes on with the sentence
        if language in ORDINAL_DOTS and ORDINAL.fullmatch(last) and _ordinal_goes_on(line, boundary, after, language):
            continue  # "TFF 2. Lig", "am 3. Oktober": an ordinal
        yield start, boundary
        start = after
    yield start, len(line)


# The halves of the day after an hour of the clock ("3:40 a.m.", "6 p.m."): before the name of a day or a month, or a
# word that names a day ("today", "tomorrow"), the full stop is the abbreviation's and the sentence goes on ("found at
# 3:40 a.m. Monday scrambled …", "at 2 p.m. Tuesday in …"); before another capital it may end the sentence.
CLOCK_HALVES = frozenset({"a.m", "p.m", "am", "pm"})
NAMED_DAYS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset("today tonight tomorrow yesterday".split())


def _dates_the_hour(line: str, after: int) -> bool:
    """The word at ``after`` names the day or the month of the hour before it (``NAMED_DAYS``)."""
    word = NEXT_WORD.match(line, after)
    return word is not None and word.group().lower() in NAMED_DAYS


def _abbreviation_goes_on(line: str, last: str, after: int, language: str | None) -> bool:
    """``last``, the word before a full stop, is an abbreviation of ``language`` (``LANGUAGE_ABBREVIATIONS``) that
    what follows at ``after`` completes: a figure, or for one that stands before a name a name. A capitalised
    word is no name when it is a function word or a sentence opener of the language, or when the line writes it in
    lower case elsewhere ("… в XIX ст. Тепер …")."""
    before_figure, before_name = LANGUAGE_ABBREVIATIONS.get(language, (frozenset(), frozenset()))
    if last not in before_figure and last not in before_name:
        return False
    following = line[after:after + 1]
    if following.isdecimal():
        return True
    word = NEXT_WORD.match(line, after)
    if last not in before_name or word is None or not word.group()[0].isupper():
        return False
    key = fold(word.group())
    if key in function_words(language) or key in SENTENCE_OPENERS:
        return False
    return re.search(rf"(?<![^\W\d_]){re.escape(word.group().lower())}(?![^\W\d_])", line) is None


def _ordinal_goes_on(line: str, boundary: int, after: int, language: str) -> bool:
    """The figure and full stop before ``boundary`` are an ordinal of the word at ``after`` (``ordinal_before``): the
    full stop follows the figure itself, and a word, not a quotation or a figure, comes next."""
    if line[boundary - 1:boundary] != "." or not line[boundary - 2:boundary - 1].isdecimal():
        return False
    word = NEXT_WORD.match(line, after)
    return word is not None and ordinal_before(word.group(), language)


def _clauses(text: str, start: int, end: int, language: str | None = None) -> Iterable[tuple[int, int]]:
    """A sentence's clauses: split at semicolons, and at a comma before a conjunction that opens a clause of
    its own ("…, and 23 new cases were confirmed"), when both sides are long enough to state a fact. Never inside a
    quotation: what someone said is one statement, and its pieces would be fragments of it with a quotation mark
    open or closed alone. A relative clause ("…, who chairs the parents' forum") is a clause of its own only when it
    states a figure, a date or a quotation ("…, who say at least 13,000 containers have crossed"): one that names
    no more than who or what its head is describes the head, and alone it would read as a fragment with no head."""
    piece = text[start:end]
    quoted_spans = [match.span() for match in quotations(piece)]
    cursor = 0
    for match in (GREEK_CLAUSE_BREAK if language == "el" else CLAUSE_BREAK).finditer(piece):
        if any(s < match.start() < e for s, e in quoted_spans):
            continue
        if match.group("relative") and not _states_detail(piece[match.end():], language):
            continue
        if _has_words(piece, cursor, match.start()) and _has_words(piece, match.end(), len(piece)):
            yield start + cursor, start + match.start()
            cursor = match.end()
    yield start + cursor, end


def sentence_pieces(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """The pieces of a mention's ``text`` where a clause of a second fact may open (``PIECE_BREAK``, a language's
    clause openers after a comma, the comma of Chinese and Japanese), as (start, end) within it: each piece of
    ``PIECE_WORDS`` words or more, none when nothing parts the text. Never inside a quotation (what someone said is
    one statement). A piece keeps the word that opens it ("when the council closed …") and leaves the comma before
    the next one out. The linker lets a piece join a claim its sentence is not in (``linking.Linker.claims``)."""
    quoted_spans = iter(match.span() for match in quotations(text))  # in order, as the breaks are
    quoted = next(quoted_spans, None)
    breaks = []
    for start, end in _piece_breaks(text, language):
        while quoted is not None and quoted[1] <= start:
            quoted = next(quoted_spans, None)
        if quoted is None or not quoted[0] < start:
            breaks.append((start, end))
    if not breaks:
        return []
    pieces, cursor = [], 0
    for start, end in [*breaks, (len(text), len(text))]:
        piece = text[cursor:start]
        first = len(piece) - len(piece.lstrip())
        last = len(piece.rstrip().rstrip(",;:，"))
        if last > first and _size(piece[first:last]) >= PIECE_WORDS:
            pieces.append((cursor + first, cursor + last))
        cursor = end
    return pieces if pieces != [(0, len(text))] else []


def _pieces_of(mention: Mention, language: str | None, vocabulary: frozenset[str]) -> tuple[Mention, ...]:
    """A mention's pieces (``sentence_pieces``) as mentions of their own words and details, at their offsets."""
    found = []
    for start, end in sentence_pieces(mention.text, language):
        text = mention.text[start:end]
        piece_details = details(text, language, vocabulary)
        bare = not (piece_details.figures or piece_details.dates or piece_details.names or _quotes(text))
        found.append(Mention(mention.article, mention.start + start, mention.start + end, text, piece_details,
                             mention.paragraph, bare, mention.moment))
    return tuple(found)


def _piece_breaks(text: str, language: str | None) -> Iterable[tuple[int, int]]:
    """Where ``sentence_pieces`` parts ``text``: the spans of the marks and spaces between two pieces."""
    if language in (None, "en"):
        for match in PIECE_BREAK.finditer(text):
            gerund = match.group("gerund")
            if gerund and (gerund in NOT_PIECE_GERUNDS or wordclass.word_class(gerund) != wordclass.GERUND):
                continue
            if match.group("conjunction") == "and" and wordclass.word_class(match.group("verb")) \
                    not in PREDICATE_CLASSES:
                continue
            yield match.span()
        return
    openers = verbal.clause_openers(language)
    if openers:
        for match in _opener_break(language).finditer(text):
            yield match.span()
    elif re.search(f"[{HAN}{KANA}]", text):
        for match in UNSPACED_COMMA.finditer(text):
            yield match.span()


@functools.cache
def _opener_break(language: str) -> re.Pattern:
    """A comma before one of ``language``'s clause openers (``verbal.CLAUSE_OPENERS``)."""
    openers = "|".join(sorted(map(re.escape, verbal.clause_openers(language)), key=len, reverse=True))
    return re.compile(rf",\s+(?=(?:{openers})(?![^\W\d_]))", re.IGNORECASE)


def _states_detail(text: str, language: str | None) -> bool:
    """``text`` states a figure, a date or a quotation of a few words: a relative clause that does is a clause of
    its own (``_clauses``)."""
    found = details(text, language)
    return bool(found.figures or found.dates) or _quotes(text)


def _has_words(text: str, start: int, end: int, count: int = MIN_WORDS) -> bool:
    """``text[start:end]`` holds ``count`` words or more, counted only until there are enough: a sentence of
    many clause breaks is not read to its end from each of them. A piece of Chinese or Japanese is measured by
    its length (``_size``)."""
    if sum(1 for _ in islice(WORDS.finditer(text, start, end), count)) >= count:
        return True
    return not text.isascii() and _size(text[start:end]) >= count


def _size(text: str) -> int:
    """How many words ``text`` holds, as ``scripts.measured`` counts them: a run of a script written without
    spaces counts the words its length holds, not one."""
    pieces = WORDS.findall(text)
    return len(pieces) if text.isascii() else measured(pieces, text)


def quotations(text: str) -> Iterable[re.Match]:
    """``QUOTATION.finditer(text)``, read no further than the last closing mark: every quotation ends at one, and
    past it each opening mark would be read to the end of the text in vain. A straight quote inside a word
    (``GERSHAYIM``) is read as Hebrew's own mark, which opens and closes nothing."""
    text = GERSHAYIM.sub("״", text)
    last_close = max(text.rfind("”"), text.rfind('"'), text.rfind("»"), text.rfind("」"))
    return QUOTATION.finditer(text, 0, last_close + 1) if last_close >= 0 else iter(())


def quoted(match: re.Match) -> str:
    """The words a match of ``QUOTATION`` quotes, whichever marks hold them (“…”, «…», 「…」)."""
    return next(group for group in match.groups() if group is not None)


def _quotes(text: str) -> bool:
    return any(_size(quoted(match)) >= QUOTED_WORDS for match in quotations(text))


def _statement(whole: str, language: str | None, prose: bool | None) -> bool:
    """A sentence that states something: it ends as a sentence does, and asks nothing (Greek asks with ";"); a
    sentence of a line of Thai prose ends as one wherever it ends (Thai writes no full stop; a final "." ends an
    abbreviation)."""
    questions = QUESTION_MARKS + (GREEK_QUESTION_MARKS if language == "el" else "")
    if whole.endswith("?") or whole.rstrip(CLOSERS).endswith(tuple(questions)):
        return False
    if prose is not None:
        return prose or whole.endswith("!") or ENDS_AS_SENTENCE.search(whole) is not None and whole[-1] != "."
    return ENDS_AS_SENTENCE.search(whole) is not None


THAI_TIME_WORDS = re.compile(r"(?:เวลา\s*)?\d{1,2}[.:]\d{2}\s*(?:น\.|นาฬิกา)?")
STAMP_WORDS = 2


def _stamp(sentence: str, found: Details) -> bool:
    """A time stamp ("Updated 14 October 2025, 09:12", "ปรับปรุงล่าสุด ๙ มีนาคม ๒๕๖๙ เวลา ๑๔:๑๐ น."): a date and a
    time of day, no figure, and hardly a word besides."""
    if found.figures or not found.dates or not (TIME_OF_DAY.search(sentence) or THAI_TIME_WORDS.search(sentence)):
        return False
    rest = THAI_TIME_WORDS.sub(" ", TIME_OF_DAY.sub(" ", sentence))
    for written in found.date_texts:
        rest = rest.replace(written, " ")
    return sum(1 for piece in rest.split() if any(c.isalpha() for c in piece)) <= STAMP_WORDS


def _other_dateline(line: str, language: str) -> re.Match | None:
    """``OTHER_DATELINE`` at the start of ``line``; one whose dash is a colon only when the words before its outlet
    hold a date, a figure or a month ("…, ১৭ জুলাই, ২০২৫ (সংবাদধারা) :"), as a dateline's do and a speaker's lead-in
    does not."""
    match = OTHER_DATELINE.match(line)
    if match is None or match.group("dash") != ":":
        return match
    dated = match.group("dated")
    return match if any(c.isdecimal() for c in dated) or details(dated, language).dates else None


def _tamil_dateline(line: str, language: str) -> re.Match | None:
    """``TAMIL_DATELINE`` at the start of a line of Tamil when its date is one (a month and its day)."""
    match = TAMIL_DATELINE.match(line) if language == "ta" else None
    return match if match and any(d.startswith("day:") for d in details(match.group("date"), language).dates) else None


def _one_word_dateline(line: str, language: str, vocabulary: frozenset[str]) -> re.Match | None:
    """``ONE_WORD_DATELINE`` at the start of ``line`` when what follows its dash opens a sentence: a function word
    of ``language``, a word its article or story writes in lower case (``vocabulary``, ``common_word``: "Kabar"
    beside "kabar"), or a run of two capitalised words or more ("Polda Sungai Biru menangkap", "Burgemeester Jan
    Smit zegt"). One name and then the sentence's words ("Arsenal drew", "Trump debate") is the second of a pair of
    names, no sentence opening after a place."""
    match = ONE_WORD_DATELINE.match(line)
    if match is None:
        return None
    word = match.group("next")
    key = fold(word)
    opens = (key in function_words(language) or key in SENTENCE_OPENERS or common_word(word, language, vocabulary)
             or match.group("then") is not None)
    return match if opens else None


def _speaker_label(line: str, language: str) -> re.Match | None:
    """``CASELESS_LABEL`` at the start of ``line`` when its words name a speaker: no date or day among them
    (``details``, ``LABEL_DAY_WORDS``) and no verb of reporting (``LABEL_REPORTING``), whose colon is the sentence's."""
    match = CASELESS_LABEL.match(line)
    if match is None:
        return None
    for word in match.group("label").split():
        key = arabic_folded(word)
        forms = (key, key[1:]) if key[:1] in "וوف" else (key,)  # "ואמר", "وقال"
        if any(form in LABEL_DAY_WORDS or form in LABEL_REPORTING for form in forms):
            return None
    return None if details(match.group("label"), language).dates else match


def _table_line(body: str, language: str | None) -> re.Match | None:
    """``TABLE_LINE`` when ``body`` is a line of a table: its value states a figure other than a date
    (``details``), in no more than ``TABLE_VALUE_WORDS`` words besides its figures, and the line is no furniture row
    ("Контакт: … | 035/555-210")."""
    match = TABLE_LINE.match(body.strip())
    if match is None or FURNITURE_ROW.search(body):
        return None
    value = match.group("value")
    words = [w for w in WORDS.findall(value) if not w.isdecimal()]
    if len(words) > TABLE_VALUE_WORDS:
        return None
    found = details(value, language)
    return match if found.figures and not found.dates else None


def _lines(printed: str, reading: str, block: re.Match) -> Iterable[tuple[int, str]]:
    """A block's lines with where each starts; a block wrapped at a fixed width (``ingest.wrapped``, the importer's
    own test for one paragraph, on its lines as printed, before a word broken at a line's end is joined) is one
    line, its breaks read as spaces: its lines are pieces of sentences, and a sentence cut at each of them would
    be no statement or only part of one."""
    if wrapped(printed[block.start():block.end()].split("\n")):
        yield block.start(), block.group().replace("\n", " ")
        return
    for line in LINE.finditer(block.group()):
        yield block.start() + line.start(), line.group()


def find_mentions(article, text: str, language: str | None = None,
                  vocabulary: frozenset[str] | None = None, plain: bool = False,
                  pieces: bool = False) -> list[Mention]:
    """The claim mentions of one article, in reading order; ``language``: the article's, read from its text when not
    given (``normalise.text_language``); ``vocabulary``: the words its story writes in lower case
    (``normalise.lower_vocabulary``), the article's own when not given, which open a sentence as common words;
    ``plain``: also the statements that carry no checkable detail, marked ``Mention.plain`` (the linker keeps one
    only when another outlet states it in nearly the same words, ``linking.PLAIN_LIKENESS``); ``pieces``: also each
    mention's pieces where a clause of a second fact opens (``sentence_pieces``, ``Mention.pieces``). A
    word a printed column broke at a line's end is read whole (``scripts.reading_text``: a caption's "Mon-\nday" reads
    "Monday"), at the same offsets."""
    printed = text
    text = reading_text(text)
    language = language or text_language(text)
    if vocabulary is None:
        vocabulary = lower_vocabulary([text])
    found = []
    for paragraph, block in enumerate(BLOCK.finditer(text)):
        moment: tuple = ()
        for line_start, body in _lines(printed, text, block):
            opening = match_figures.opening_minute(body)
            if opening is not None:
                moment = (Figure(opening[0], match_figures.MINUTE, "", "", opening[1]),)
            label = LABEL.match(body) or DATELINE.match(body) or _one_word_dateline(body, language, vocabulary) or (
                caseless(body) and (_other_dateline(body, language) or _tamil_dateline(body, language)
                                    or _speaker_label(body, language)))
            offset = label.end() if label else 0
            # a line of Thai: prose, or a headline, a caption, a menu item (None: another script)
            prose = ((_size(body) >= PROSE_WORDS or _quotes(body)) and not THAI_CAPTION.search(body)
                     if caseless(body) and _thai(body) else None)
            table = None if label else _table_line(body, language)
            if table is not None:
                offset = len(body) - len(body.lstrip()) + table.end("number") if table.group("number") else 0
            spans = [(0, len(body) - offset)] if table is not None else _sentences(body[offset:], language)
            for s, e in spans:
                whole = body[offset + s:offset + e].strip()
                if table is None and not _statement(whole, language, prose) or FURNITURE_ROW.search(whole):
                    continue
                for cs, ce in _clauses(body, offset + s, offset + e, language):
                    sentence = body[cs:ce]
                    stripped = sentence.strip()
                    if _size(stripped) < MIN_WORDS:
                        continue
                    if BYLINE.match(stripped) and _size(stripped) < BYLINE_WORDS:
                        continue
                    if PHONE.search(stripped):
                        continue
                    if language == "en" and (OWN_REPORTER.match(stripped) or SIGN_OFF.match(stripped)
                                             or SERVICE_LINE.match(stripped)):
                        continue
                    lead = len(sentence) - len(sentence.lstrip())
                    start = line_start + cs + lead
                    end = start + len(stripped)
                    found_details = details(stripped, language, vocabulary)
                    bare = not (found_details.figures or found_details.dates or found_details.names
                                or _quotes(stripped))
                    if bare and not plain:
                        continue
                    if _stamp(stripped, found_details):
                        continue
                    own_minute = any(f.kind == match_figures.MINUTE for f in found_details.figures)
                    mention = Mention(article, start, end, stripped, found_details, paragraph, bare,
                                      () if own_minute else moment)
                    if pieces:
                        mention = replace(mention, pieces=_pieces_of(mention, language, vocabulary))
                    found.append(mention)
                    if own_minute:
                        moment = match_figures.moment_of(found_details.figures)
    return found
