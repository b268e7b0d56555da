"""Words as the alignment counts them: content words, lightly stemmed, and figures.

Policy: the same for any story; nothing here knows a subject. Reporting verbs and titles are stop words, since
they say who spoke, not what about. A text in another language also skips that language's function words
(``newsdesk.importing.languages``: German "der", "und", Spanish "los", "que"), beside English's: a story's
function words would otherwise be the words its articles share most.
"""

import functools
import re
import unicodedata

from annotations import czech_numbers, georgian_numbers, swahili_numbers
from newsdesk.alignment import amharic
from newsdesk.importing import burmese, calendar_names, khmer, languages, speech_verbs
from newsdesk.importing.scripts import HAN, HANGUL, HANGUL_SYLLABLES, HIRAGANA, JOINER_IN_WORD, KANA, reading_text
from newsdesk.importing.tokens import MARKS, THAI_CHARACTER, thai_word_form, thai_words

# A word's combining marks (the vowel signs of Devanagari, Tamil or Thai) stay inside it, and so does a zero-width
# non-joiner between two of its letters, which Persian writes between a word's parts ("خصوصی‌سازی", "ارغوان‌دشت"),
# and a joiner inside a conjunct (``scripts.JOINER_IN_WORD``: Sinhala's "ප්‍ර").
LETTERS = rf"[^\W\d_](?:[^\W\d_]|[{MARKS}]|\u200c(?=[^\W\d_])|{JOINER_IN_WORD})*"
TOKEN = re.compile(rf"{LETTERS}(?:['’]{LETTERS})*", re.UNICODE)
MARK = re.compile(f"[{MARKS}]")
MARKED = re.compile(f".[{MARKS}]*", re.DOTALL)  # a character with the combining marks that follow it
# Figures (casualties, sums, percentages, dates) are among the surest signs that two outlets report the same
# fact; single digits are too common to count. A figure is written in the digits of any script (``\d`` is every
# Unicode decimal digit: "٢٤٠", "२४०") and read as one (``figure``): Arabic's decimal separator and its thousands
# separator ("٦٫٥", "١٬٢٠٠") hold a figure together as the point and the comma do.
ARABIC_DECIMAL = "\u066b"
ARABIC_THOUSANDS = "\u066c"
NUMBER = re.compile(rf"\d+(?:[.,{ARABIC_DECIMAL}{ARABIC_THOUSANDS}]\d+)*")
# Chinese and Japanese (and Lao, Khmer and Myanmar) write a clause without spaces, so a run of their letters is
# no word: it is counted in overlapping pairs of characters, as search engines do for Chinese and Japanese (most
# of their words are one or two characters long, and a pair that spans two words is rare enough that TF-IDF weighs
# it down). For Lao and its neighbours, which search engines split with a dictionary, pairs are a rough stand-in;
# a character there is a letter with its vowel and tone marks, never a mark alone. Thai is split with a dictionary
# (``tokens.thai_words``: PyThaiNLP's segmenter), in a text in any language: pairs of its letters crossed its
# syllables ("นา", "าย" of "นาย") and tied any two Thai texts together. Korean spaces its words but writes a word's
# particles onto it ("제재를", "제재는": sanctions, with their case endings): a Korean text's words are read without
# them (``korean_stem``), and a run of Hangul in a text in another language is counted in pairs, as search engines
# for Korean do.
# Japanese writes its particles and its verbs' and adjectives' endings in hiragana ("が", "した", "している") and its
# nouns in kanji and katakana: a run of hiragana is grammar, which every passage shares, so it is no term (pairs of
# it tied every passage that "did" something to every other). Chinese writes no hiragana.
HIRAGANA_RUN = re.compile(f"[{HIRAGANA}]+")
# Chinese writes its grammar in characters of its own, which every passage shares: the particles of possession
# and aspect ("的", "了", "着"), the copula "是", prepositions and conjunctions ("在", "和", "与", "及", "把", "被",
# "从", "于"), adverbs ("已", "将", "也", "都", "就", "还", "再"), pronouns and demonstratives ("他", "我们", "这",
# "那", "其", "该"). A pair with one of them is a pair of grammar or straddles two words ("学校的食堂": "校的",
# "的食"), and is no term. The ``stop-words`` list holds more: characters that are a content word's part as often
# as a function word ("人", "上", "下", "有", "一", "个", "来", "后", "为", "所", "因", "由", "对"), which are kept. The
# pairs around a function character are left out, and the characters beside it are not read alone (splitting runs
# at them, as runs of Japanese are split at hiragana, left a character of a word behind: "现在" gave "现").
CHINESE_FUNCTION_CHARACTERS = frozenset("的了着是在和与及并已将被把也都就而又还从于之这那此他她它我你们"
                                        "但却仍即则且或若等曾再每各该")
HANGUL_RUN = re.compile(f"[{HANGUL}]+")
# Runs read in pairs: Han and kana, Lao, Myanmar and Khmer, and Hangul outside a Korean text; not Thai.
PAIRED_RUN = re.compile(f"[{HAN}{KANA}]+|[\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff]+|[{HANGUL}]+")
# Burmese has a syllable splitter (``importing/burmese.py``): a run of the Myanmar script is read in pairs of its
# syllables, as Chinese is in pairs of its characters (each a syllable), not of its letters, whose pairs crossed its
# syllables ("ပ်သ" of "ကျပ်သန်း"). Its particles, which it writes onto the word before them ("တံတားကို", the bridge;
# "ပြောသည်", said), its verbs of saying, and its words that date and count (the year "ခုနှစ်", the month "လ" and
# the months' names, the day "ရက်", the hour "နာရီ", the kyat and its lakhs, as ``GENERIC_WORDS`` holds other
# languages') are what every passage shares: they break the run, as hiragana breaks Japanese, and are no term (pairs
# with "သည်", "တွင်" and "ခဲ့" tied any two Burmese pages together, "ရက်" and "ခုနှစ်" any two pages of one date
# line). A word of more than one syllable ("အတွက်", "ပြီးနောက်", "ကျပ်သိန်း") is matched whole, the longest first.
MYANMAR_RUN = re.compile("[\u1000-\u109f]+")
BURMESE_UNSAID = frozenset("""
    ပြော ပြောကြား ဆို ပြောဆို ဖော်ပြ သိရ အဆို အတွင်း အနီး အထိ ယခု အခု
    ခုနှစ် နှစ် လ ရက် နေ့ ယနေ့ နံနက် မနက် ညနေ ည နာရီ မိနစ် ကျပ် ကျပ်သိန်း ကျပ်သန်း သိန်း
""".split()) | frozenset(word for table in (calendar_names.MONTHS, calendar_names.WEEKDAYS)
                         for row in table[languages.BURMESE] for word in row.split())
# Khmer has a syllable splitter too (``importing/khmer.py``): a run of its script is read in pairs of its orthographic
# syllables, not of its letters, whose pairs crossed its syllables ("ក់ត្" of "លក់ត្រី"), broken at its function words
# (``languages.KHMER_FUNCTION_WORDS``), its verbs of saying and its words that date and count (the day "ថ្ងៃ", the
# month "ខែ" and the months' names, the year "ឆ្នាំ", the hour "ម៉ោង", the riel "រៀល", persons counted "នាក់"), which
# every report shares and are no term. Its digits and its punctuation break a run as well.
KHMER_RUN = re.compile("[\u1780-\u17ff]+")
KHMER_UNSAID = frozenset("""
    និយាយ ថ្លែង ប្រាប់ បញ្ជាក់ ដឹង ឲ្យដឹង អោយដឹង បន្ត ទៀត
    ថ្ងៃ ខែ ឆ្នាំ ម៉ោង នាទី ទី ព្រឹក ល្ងាច រសៀល យប់ ថ្ងៃនេះ ម្សិលមិញ កាលពី
    រៀល ដុល្លារ ដុល្លារអាមេរិក នាក់ ម្នាក់ មួយ ពីរ បី បួន ប្រាំ លាន ពាន់ ម៉ឺន សែន
""".split()) | frozenset(word for table in (calendar_names.MONTHS, calendar_names.WEEKDAYS)
                         for row in table[languages.KHMER] for word in row.split())
KHMER_BREAKS = re.compile("[\u17d4-\u17da\u17dc\u17e0-\u17e9\u17f0-\u17f9]")
# Reporting verbs and titles say who spoke, not what about; they would tie every quoted paragraph together.
EXTRA_STOP_WORDS = frozenset({"said", "says", "say", "told", "according", "mr", "mrs", "ms", "dr", "just", "also"})
# Calendar words are capitalised but name no one and no sub-topic: every story has a Monday and a March.
CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                     "june july august september october november december".split())


# Languages that write a decimal comma and group thousands with a dot ("0,80 ευρώ", "9.500 επισκέπτες",
# "2.380.000 euros", "1,2 milhões"); English, and the languages that write figures as it does, the other way round.
DECIMAL_COMMA = frozenset({"el", "fr", "de", "es", "it", "pt", "pl", "ru", "uk", "bg", "nl", "sv", "nb", "no", "da",
                           "fi", "cs", "sk", "ro", "hu", "tr", "ca", "id", "vi", "sr", "hr", "sl", "et", "lv", "lt",
                           "hy", "az"})
THOUSANDS_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def figure(surface: str, language: str | None = None) -> str:
    """A figure (a match of ``NUMBER``) as the figures of every script meet: in ASCII digits, its thousands
    separators left out and its decimal point a full stop ("٦٫٥" and "6.5" are "6.5", "٢٤٠" and "240" are "240").
    In a language that writes a decimal comma (``DECIMAL_COMMA``: ``language``, the text's), a single comma is the
    decimal point and dots between groups of three digits part the thousands ("0,80" is "0.80", "9.500" is "9500",
    "1.234,5" is "1234.5"); a figure written the English way there ("1,234,567", "2.5") keeps its English reading."""
    digits = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in surface)
    digits = digits.replace(ARABIC_DECIMAL, ".").replace(ARABIC_THOUSANDS, "")
    if language in DECIMAL_COMMA and (digits.count(",") == 1 and "." not in digits[digits.index(","):]
                                      or "," not in digits and THOUSANDS_GROUPS.fullmatch(digits)):
        whole, _, decimals = digits.partition(",")
        if "." not in whole or THOUSANDS_GROUPS.fullmatch(whole):
            return whole.replace(".", "") + ("." + decimals if decimals else "")
    return digits.replace(",", "")


def _letters(word: str) -> int:
    """How many letters ``word`` has, its combining marks not counted: a word of one letter and its vowel
    signs (Hindi's postpositions, "के", "को") says as little as "a" does."""
    return len(MARK.sub("", word)) if MARK.search(word) else len(word)


@functools.cache
def stop_words() -> frozenset:
    """scikit-learn's English stop words and ours; scikit-learn is imported on first use, so importing this
    module (every page's URL configuration does, through the alignment) stays cheap."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return ENGLISH_STOP_WORDS | EXTRA_STOP_WORDS


# A language's reporting verbs, as ``EXTRA_STOP_WORDS`` holds English's "said": Arabic's "said" and "says" with
# the conjunction written onto them ("وقال", "فقالت"); and its words that only say when ("اليوم", "أمس", "صباح"),
# which tie every passage dated alike as ``CALENDAR``'s do, and which the ``stop-words`` list held among the news
# wires' nouns it no longer lends the function words (``languages.REMOVED_FUNCTION_WORDS``). In the form they are
# looked up in, and as written: no conjunction or preposition is read past onto them.
LANGUAGE_STOP_WORDS = {
    "ar": frozenset(f"{conjunction}{verb}" for conjunction in ("", "و", "ف")
                    for verb in "قال قالت قالوا يقول تقول يقولون".split())
    | frozenset(languages.arabic_folded(word) for word in
                "اليوم أمس غدا يوم أيام صباح مساء عام عاما سنة سنوات الوقت الماضي المقبل".split()),
    # Romanian: "says", "said", "stated", "explained", "stressed", "added", "announced", "passed on", "held", "tells"
    # in the forms news prose writes them after a quote ("a declarat", "a precizat", "povestește") and "according
    # to": shared by every passage that quotes, they joined passages of unlike sub-topics (pairwise F1 of the
    # Romanian story 0.40 -> 0.47).
    "ro": frozenset("""
        spune spun spus spunea declarat declară explicat explică precizat precizează transmis transmite susținut
        susține susțin afirmat afirmă adăugat adaugă subliniat potrivit povestește povestit anunțat anunță
    """.split()),
    # Hindi: "told", "said" (the list has "कहा"), in the spelling its words are looked up in.
    "hi": frozenset("बताया बताते बताती बताई कही कहे बोले बोली".split()),
    # Korean: "said", "told", "added" and "according to"; and the words that only say when ("오전", morning;
    # "전날", the day before; "이날", that day). Looked up without their particles (``korean_stem``).
    "ko": frozenset("""
        말했다 밝혔다 전했다 덧붙였다 설명했다 강조했다 말한 밝힌 전한 따르면 기자 특파원
        오전 오후 오늘 어제 내일 전날 이날 그날 당일 당시 현재 지난 올해 지난해 작년 최근 이후 이전 이번
    """.split()),
    # Greek: "said", "stated", "added", "stressed", "explained", "noted", "says", in the one form Greek words are
    # compared in (``languages.greek_folded``).
    "el": frozenset(languages.greek_folded(word) for word in """
        είπε δήλωσε ανέφερε τόνισε πρόσθεσε εξήγησε σημείωσε υπογράμμισε λέει λένε δηλώνει αναφέρει είπαν
        δήλωσαν ανέφεραν σύμφωνα
    """.split()),
    # Azerbaijani: "said", "stated", "added", "told", "announced", "says" in the forms news prose writes them
    # ("bildirib", "deyib", "açıqlayıb", "söylədi"), "according to his words" ("sözlərinə görə"; "görə" is a
    # function word).
    "az": frozenset("""
        bildirib bildirdi bildirir bildiriblər deyib dedi deyir deyirlər söyləyib söylədi açıqlayıb açıqladı qeyd edib
        əlavə vurğulayıb danışıb danışdı məlumat verib verir sözlərinə sözləri
    """.split()),
    # Turkish: "said", "stated", "added", "explained", "stressed", "told" in the past tenses news prose writes them,
    # and "according to" ("göre" is in the added function words).
    "tr": frozenset("""
        dedi dedim diyor söyledi söyledim söylüyor belirtti belirterek açıkladı açıklayarak ekledi vurguladı
        kaydetti konuştu anlattı bildirdi ifade dile etti getirdi aktardı
    """.split()),
    # Bengali: "said", "told", "informed" in the forms news prose writes them ("বলেন" and "জানিয়েছেন" are in the
    # list), "according to" and the words that only say when ("গতকাল", yesterday; "সকালে", in the morning).
    # In the spelling its words are compared in (``languages.bengali_folded``).
    "bn": frozenset(languages.bengali_folded(word) for word in """
        জানান জানিয়েছে জানিয়েছেন বলেছে বলছেন বলছে বললেন জানালেন অনুসারে মতে গতকাল আজ সকালে বিকেলে রাতে
    """.split()),
    # Vietnamese: "said" ("nói") and "affirmed" ("khẳng định": its first syllable, as its words are read syllable by
    # syllable; "định" is a syllable of many other words).
    "vi": frozenset("nói khẳng".split()),
    # Ukrainian: "said", "told", "noted", "added", "explained", "stated", "stressed" in the past tense of either
    # gender and the plural, "says", "according to the words of" ("за словами"), and the titles "пан", "пані" (Mr,
    # Mrs) and "голова" (the head of a council, a community or a board), which say who spoke.
    "uk": frozenset("""
        розповів розповіла розповіли повідомив повідомила повідомили зазначив зазначила зазначили додав додала
        додали пояснив пояснила пояснили заявив заявила заявили наголосив наголосила наголосили сказали каже кажуть
        словами пан пані пана панові голова голови голові голову головою
    """.split()),
    # Thai: titles before a name ("นาย", Mr, is in PyThaiNLP's list; "ผศ.ดร.", assistant professor and doctor),
    # "ราว" (about, beside "ประมาณ" of the list), verbs of saying ("ระบุ", "เผย", "กล่าวว่า"), and the words and
    # abbreviations that only say when: the months, written out and abbreviated, the weekdays, the era ("พ.ศ."),
    # o'clock ("น.") and the parts of a day.
    # The abbreviations of a place's kind ("อ.", district; "ต.", subdistrict; "จ.", province; "ม.", village) say
    # no more than "district" does.
    "th": frozenset("""
        ผศ. รศ. ศ. ดร. ผศ.ดร. รศ.ดร. ศ.ดร. นพ. พญ. ด.ช. ด.ญ. พล.อ. พล.ต.อ. พล.ต.ท. พล.ต.ต. พ.ต.อ. พ.ต.ท. พ.ต.ต.
        ร.ต.อ. ร.ต.ท. ร.ต.ต. จ.ส.อ. ส.ต.อ. ด.ต. นส. น.ส.
        ราว ระบุ ระบุว่า เผย เผยว่า กล่าวว่า อธิบาย อธิบายว่า ชี้แจง ชี้แจงว่า เล่า เล่าว่า เปิดเผยว่า ยืนยันว่า
        มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม
        ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค. พ.ศ. ค.ศ. น.
        วันจันทร์ วันอังคาร วันพุธ วันพฤหัสบดี วันพฤหัส วันศุกร์ วันเสาร์ วันอาทิตย์ จันทร์ อังคาร พุธ พฤหัสบดี ศุกร์ เสาร์
        อาทิตย์ เวลา เช้า สาย บ่าย เย็น ค่ำ คืน กลางคืน กลางวัน เช้ามืด ตี เมื่อคืน คืนนี้ ปีนี้ ปีที่แล้ว
        อ. ต. จ. ม. ถ. ซ.
    """.split()),
    # Swedish: its verbs of saying (``speech_verbs``; "säger" and "sade" are in its list too), "to say", "adds",
    # "added", "comments", and "kl", "klockan" (o'clock).
    "sv": speech_verbs.SPEECH_VERBS["sv"] | frozenset("säga tillägger tillade kommenterar kl klockan".split()),
    # Danish: its verbs of saying (``speech_verbs``; "sagde" is in its list too), "to say", and "kl", "klokken"
    # (o'clock).
    "da": speech_verbs.SPEECH_VERBS["da"] | frozenset("sige kl klokken".split()),
    # Norwegian: its verbs of saying (``speech_verbs``; "sier" and "sa" are in its list too), "to say", "ifølge"
    # (according to), and "kl", "klokken" (o'clock).
    "nb": speech_verbs.SPEECH_VERBS["nb"] | frozenset("si ifølge kl klokken".split()),
    # Filipino: its words of saying and "according to" as news prose writes them around a quote or a report ("ani
    # Macaraeg", "aniya", "sabi ni", "sinabi ni", "saad ni", "dagdag pa ng alkalde", "ayon sa", "ayon kay"), and the
    # words that only say when ("kahapon", yesterday; "kamakalawa", the day before; "kanina", earlier today;
    # "ngayon", today; "umaga", "hapon", "gabi", the parts of a day; "alas", o'clock).
    "tl": frozenset("""
        ani aniya sabi sinabi saad ayon dagdag idinagdag pahayag ipinahayag giit iginiit paliwanag ipinaliwanag
        kuwento ikinuwento sinasabi nagsabi
        kahapon kamakalawa kanina ngayon bukas umaga tanghali hapon gabi madaling-araw alas
    """.split()),
    # Urdu: "said", "told", "to say" in the forms news prose writes them (``speech_verbs``: "انہوں نے کہا",
    # "نے بتایا کہ"), "in the words of" ("بقول"; "according to", "مطابق", is in its list), and the words that only
    # say when (today, yesterday, last, day, o'clock, morning, evening). And the names of the Latin letters, in which
    # Urdu spells out an abbreviation ("ٹی ایچ کیو", THQ; "ڈی سی", DC; ``languages.URDU_LETTER_NAMES``): each is a
    # letter, no word, and every report that names a hospital or an official spells some of them. In the spelling
    # its words are looked up in.
    languages.URDU: frozenset(languages.lookup_form(word, languages.URDU) for word in [
        *speech_verbs.SPEECH_VERBS[languages.URDU], *"بقول آج کل گزشتہ روز بجے صبح شام".split(),
        *sorted(languages.URDU_LETTER_NAMES)]),
}


# Finnish: its verbs of saying and their participles (``speech_verbs``), as news prose writes them after a quote
# ("…, sanoo tehtaanjohtaja"), with "they stress", "added" and "explains", "explained"; and "klo", "kello" (o'clock),
# which only say when.
FINNISH_REPORTING = (speech_verbs.SPEECH_VERBS["fi"] | speech_verbs.SPEECH_PARTICIPLES["fi"]
                     | frozenset("korostavat lisäsi selittää selitti klo kello".split()))
# They are skipped in what a Finnish article says happened (``story_suggestion.event_words``), where they tied
# reports of other events to a story, but not in the alignment: skipping them there moved the Finnish story's
# rows and cost it 0.05 of pairwise F1 (its quotes' passages meet on their speakers' words still).
# Amharic: its verbs of saying as news prose writes them after a quote or a report, the plural of respect among them
# ("ብለዋል", "ገልጸዋል", "ተናግረዋል", "አስታውቋል"), "saying" ("ሲሉ", "በማለት"), "it was stated" ("ተገልጿል") and the title
# "አቶ" (Mr), which say who spoke; and the words that count a figure: a thousand, a million, a billion, the birr and
# its cents, percent ("በመቶ"), year, month, week, day, hour, the quintal, the kilo and the metre ("45 ሚሊዮን ብር",
# "70 ኪሎ ሜትር"). As written alone. They tied a report of another event in a story's town to the story ("ብለዋል",
# "ብር", "ሚሊዮን" were its first shared terms), but skipping them in the alignment moved the Amharic story's rows
# (pairwise F1 0.60 -> 0.49), as Finnish's did.
AMHARIC_REPORTING = frozenset("""
    ብለዋል ብሏል ብላለች ብለው ብሎ ብላ ሲሉ ሲል ስትል በማለት ገልጸዋል ገልጿል ገልጻለች ገልጸው ተናግረዋል ተናግሯል ተናግራለች
    አስታውቋል አስታውቀዋል አስታውቃለች አስረድተዋል አስረድቷል አመልክተዋል አመልክቷል ተገልጿል ይላሉ ይላል ትላለች አቶ
    ሺህ ሺ ሚሊዮን ቢሊዮን ብር ሳንቲም በመቶ መቶኛ ዓመት ዓመታት አመት ወር ወራት ሳምንት ሳምንታት ቀን ቀናት ሰዓት ኩንታል ኪሎ ሜትር ሊትር
""".split())
# Hungarian: its verbs of saying as news prose writes them after a quote or before a reported clause ("– … – mondta
# Fekete Gábor", "közölte a polgármester"), in the third person, past and present, with "szerint" (according to),
# and the words of a clock time ("14 órakor"). They tied a report of another event in the story's town to the story
# ("mondta" was among its first shared terms).
HUNGARIAN_REPORTING = speech_verbs.HUNGARIAN_SAYING | frozenset("""
    mondott tette hozzá tájékoztatott elmondta szerint óra órakor órától óráig
""".split())
# Danish: its verbs of saying (``speech_verbs``: "siger", "sagde", "oplyser") and "kl", "klokken" (o'clock).
DANISH_REPORTING = speech_verbs.SPEECH_VERBS["da"] | frozenset("sige kl klokken".split())
EVENT_STOP_WORDS = {"fi": FINNISH_REPORTING, languages.AMHARIC: AMHARIC_REPORTING, "hu": HUNGARIAN_REPORTING,
                    "da": DANISH_REPORTING}


# Words that count or date anything and so tie every report in a language to every other: its words for a thousand,
# a million and a billion, its currency's names and signs, its time zones, and "year", "month", "percent" (a story's
# figures are compared as figures). In the form they are looked up in.
GENERIC_WORDS = {
    "id": frozenset("""
        ribu ribuan juta jutaan miliar triliun rp rupiah wib wita wit persen tahun bulan hari pekan pukul sekitar
    """.split()),
    "ms": frozenset("ribu juta bilion trilion rm ringgit sen peratus tahun bulan hari minggu pukul kira".split()),
    # Filipino: a thousand, a million, a billion in their bare and linked forms ("2.5 milyong piso", "libu-libong"),
    # the peso and its sign's letter ("P2.5 milyon", "P2.5M"), percent, year, month, week, day, hour.
    "tl": frozenset("""
        libo libong libu-libo libu-libong milyon milyong bilyon bilyong trilyon piso pisong sentimo porsiyento
        porsyento porsiyento taon taong buwan buwang linggo araw oras minuto
    """.split()),
    "he": frozenset("""
        אלף אלפי אלפים מיליון מיליוני מיליונים מיליארד מיליארדים ש"ח ש״ח שקל שקלים אגורות אחוז אחוזים שנה שנים
        שנת חודש חודשים יום ימים שבוע שעה
    """.split()),
    # Bengali: its words for a hundred, a thousand, a lakh and a crore, taka, percent, year, month, day, week, hour
    # and o'clock, as a figure puts them ("৪ কোটি ২০ লাখ টাকা", "১২০ মিটার").
    "bn": frozenset(languages.bengali_folded(word) for word in """
        শত শো হাজার লাখ লক্ষ কোটি টাকা শতাংশ বছর বছরের মাস মাসের দিন দিনের সপ্তাহ ঘণ্টা টার সময়
    """.split()),
    "fa": frozenset(languages.persian_folded(word) for word in """
        هزار میلیون میلیارد تومان ریال درصد سال ماه روز هفته ساعت
    """.split()),
    # Finnish: its words for a thousand, a million and a billion, the euro and the percent in the cases a figure
    # puts them in ("3,2 miljoonaa euroa", "miljoonan euron", "milj. euroa"), and year, month, week, day, hour.
    "fi": frozenset("""
        tuhat tuhatta tuhannen tuhansia tuhansien miljoona miljoonaa miljoonan miljoonalla miljoonia miljoonien milj
        miljardi miljardia miljardin miljardeja mrd euro euroa euron euroon euroilla euroja eurolla prosentti
        prosenttia prosentin prosenttiin vuosi vuotta vuoden vuonna kuukausi kuukautta kuukauden viikko viikkoa
        viikon päivä päivää päivän tunti tuntia tunnin
    """.split()),
    # Swedish: a thousand, a million, a billion, its crowns and the euro, the percent, year, month, week, day, hour.
    "sv": frozenset("""
        tusen miljon miljoner miljonen milj miljard miljarder mdr kronor krona kr euro procent år året åren
        månad månader vecka veckor dag dagar timme timmar
    """.split()),
    # Norwegian: a thousand, a million, a billion, its crowns and the euro, the percent, year, month, week, day, hour.
    "nb": frozenset("""
        tusen million millioner mill milliard milliarder mrd kroner krone kr euro prosent år året årene
        måned måneder uke uker uka dag dager døgn time timer
    """.split()),
    # Urdu: a hundred, a thousand, a lakh, a crore and a billion, rupees, percent, year, month, week, day, hour.
    languages.URDU: frozenset(languages.lookup_form(word, languages.URDU) for word in """
        سو ہزار لاکھ کروڑ ارب روپے روپیہ روپوں روپئے فیصد سال سالوں ماہ مہینے ہفتے گھنٹے گھنٹوں
    """.split()),
    # Ukrainian: its words for a thousand, a million and a billion and its currency in the cases a figure puts them
    # in ("1 мільйон", "2 мільйони", "5 мільйонів", "14,6 мільйона гривень") and abbreviated ("млн грн").
    "uk": frozenset("""
        тисяча тисячі тисяч тисячу тисячею тисячам тисячами тисячах тис
        мільйон мільйона мільйону мільйони мільйонів мільйоном мільйонам мільйонами мільйонах млн
        мільярд мільярда мільярду мільярди мільярдів мільярдом мільярдам мільярдами мільярдах млрд
        гривня гривні гривень гривню гривнею гривням гривнями гривнях грн копійка копійки копійок коп
        відсоток відсотка відсотки відсотків відсотками
    """.split()),
    # Bulgarian: its words for a thousand, a million and a billion, the lev and the euro, per cent, and the units a
    # figure is written before, with their article and their count form ("2,5 млн. лв.", "два милиона лева", "47 км",
    # "60 метра"). Not its counting words nor its words of time, which Serbian's rows showed hold passages together.
    "bg": frozenset("""
        хиляда хиляди хил хилядата хилядите милион милиона милиони млн милиард милиарда милиарди млрд
        лев лева левове лв евро стотинки ст процент процента процентът
        метър метра метри м километър километра километри км сантиметър сантиметра см тон тона тонове
    """.split()),
    # Czech: its words for a thousand, a million and a billion, the crown, the percent and the units a figure is
    # written before, in the cases a figure puts them in ("200 milionů korun", "10 mil. Kč", "3,1 metru"), as the
    # claims read them (``annotations.czech_numbers``); year, month, week, day, hour and the parts of a day.
    "cs": frozenset(word for table in (czech_numbers.SCALES, czech_numbers.CURRENCY, czech_numbers.UNITS_AFTER)
                    for row in table for word in row.split()) | czech_numbers.PERCENT | frozenset("""
        roku roce rokem dne dni dnem týdne týdnu měsíců hodinách ráno dopoledne odpoledne večer večera noc noci
    """.split()),
    # Georgian: a thousand, a million, a billion, the lari and the units in their case forms ("5 000 ლარს",
    # "2,5 მილიონი ლარი", ``annotations.georgian_numbers``); year ("წელს", this year), month, week, day, hour,
    # minute, morning, evening and night in theirs.
    "ka": frozenset(word for table in (georgian_numbers.SCALES, georgian_numbers.CURRENCY, georgian_numbers.UNITS)
                    for word in table if " " not in word) | frozenset("""
        წელი წელს წლის წლით წლამდე წლიდან წლები წლების წელიწადი წელიწადში თვე თვის თვეში თვით თვეები თვეების
        კვირის კვირაში დღე დღის დღით დღეები დღეების საათი საათის საათზე საათში საათით წუთი წუთის წუთში წუთით
        დილა დილით დილის საღამო საღამოს საღამოთი ღამე ღამით ღამის
    """.split()),
    # Portuguese: year, month, week, day, hour and the parts of a day, a thousand, a million, a billion and the real
    # ("mil", "R$ 2 milhões"), which every report of the language writes.
    "pt": frozenset("""
        ano anos mês meses semana semanas dia dias hora horas minuto minutos manhã tarde noite madrugada
        mil milhão milhões bilhão bilhões reais
    """.split()),
    # Swahili: year, month, week, day, hour (and o'clock, "saa"), the parts of a day, and a hundred, a thousand, a
    # million, a billion (``annotations.swahili_numbers``) and the shilling ("shilingi milioni 40", "TSh").
    "sw": frozenset("""
        mwaka miaka mwezi miezi wiki juma siku saa masaa dakika asubuhi mchana jioni usiku alfajiri
        shilingi tsh tzs asilimia
    """.split()) | frozenset(swahili_numbers.SCALES),
    # Serbian: its words for a thousand, a million and a billion, the dinar and the euro, per cent and the units a
    # figure is written before, in the cases a figure puts them in ("1,2 milijarde dinara", "186 metara"); in Latin
    # letters, as a Serbian word is looked up in either alphabet (``languages.lower``). Not its counting words nor
    # its words of time ("tri", "godine", "dana", "časova"): skipped too, they moved the Serbian story's two
    # Cyrillic passages on the closure into the row of the detour (pairwise F1 0.76 to 0.64).
    languages.SERBIAN: frozenset("""
        hiljada hiljade hiljadu hiljadama milion miliona milionu milioni milijarda milijarde milijardi milijardu
        dinar dinara dinari dinarima din rsd evro evra evrima procenat procenta procenata odsto
        metar metra metara kilometar kilometra kilometara centimetar centimetra centimetara tona tone
    """.split()),
}
# A company's legal form ("ТОВ «…»", a limited company; "ПрАТ", a private joint-stock company) names no company: every
# report that names a company shares it. Each language's abbreviations, compared in lower case; skipped as words and
# left off names (``story_suggestion.names_and_figures``). Russian's too in a Ukrainian text, which quotes them.
RUSSIAN_LEGAL_FORMS = frozenset("ооо оао зао пао ао ип".split())
LEGAL_FORMS = {
    "uk": frozenset("тов тзов прат пат ат дп кп фоп".split()) | RUSSIAN_LEGAL_FORMS,
    "ru": RUSSIAN_LEGAL_FORMS,
}
for _language, _forms in LEGAL_FORMS.items():
    GENERIC_WORDS[_language] = GENERIC_WORDS.get(_language, frozenset()) | _forms


@functools.cache
def stop_words_for(language: str | None) -> frozenset:
    """The words skipped in a text in ``language`` (an ISO 639-1 code): English's stop words and that language's
    function words, reporting verbs and words that count and date (``GENERIC_WORDS``; a text in another language
    quotes English names and titles too). Month and weekday names stay words, as in English: a date may be what a
    sub-topic is about, and skipping them moved single stories' rows by 0.1 of pairwise F1 either way."""
    if language in (None, languages.ENGLISH):
        return stop_words()
    return (stop_words() | languages.with_english(language) | LANGUAGE_STOP_WORDS.get(language, frozenset())
            | GENERIC_WORDS.get(language, frozenset()))


# Languages that write an article, a pronoun or a negation onto the word after it with an apostrophe ("l'usine",
# "n'est", "dell'impianto"): the word is what follows.
ELIDING = frozenset({"fr", "it", "ca"})
ELIDED = re.compile(r"^(?:[^\W\d_]{1,2}|[^\W\d_]*qu|[^\W\d_]{2,3}l)'(?=[^\W\d_]{2})")


# The languages whose words Snowball's stemmers fold: those of Europe written in the Latin, Cyrillic and Greek
# alphabets. Not Hindi or Arabic, whose stemmers strip a short word to a letter ("नई", "new", to "न").
# Indonesian's stemmer takes off its prefixes and suffixes ("pekerja", "bekerja": "kerja"; "perusahaan": "usaha").
# Serbian's folds its seven cases ("Drenjevac", "Drenjevcu"), its words in Latin letters whichever alphabet a text
# writes (``languages.lower``: "мосту" and "mostu" are one word).
FOLDED_LANGUAGES = frozenset({"de", "fr", "es", "it", "pt", "nl", "sv", "nb", "da", "fi", "ro", "hu", "tr", "ca",
                              "ru", "el", "id", languages.SERBIAN})


# Arabic writes its article, and a conjunction or a preposition before it, onto the word ("السوق", "والسوق",
# "بالسوق", "للسوق": the market): Snowball's Arabic stemmer strips a short word to a letter, so the prefixes alone
# come off, as light stemming for Arabic search does (Larkey, Ballesteros and Connell, 2002). Whether a word opens
# on the article is read on its letters as written, its hamza not folded ("ألوان", colours, is no "ال" + "وان";
# ``languages.arabic_folded`` folds it after), and a bare conjunction or preposition never comes off ("وزارة",
# "بلدية"). A word whose own letters open like a prefix ("بالستية", ballistic) comes off the same way with the
# article before it or not ("البالستية"): the prefixes come off as long as three letters stay, so that a word and
# the word with the article always meet.
ARABIC_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال")
ARABIC_STEM_LETTERS = 3


@functools.lru_cache(maxsize=200_000)
def arabic_stem(word: str) -> str:
    """``word`` without the article and a conjunction or preposition before it, its hamza folded."""
    word = languages.arabic_folded(word, alef=False)
    stripped = True
    while stripped:
        stripped = False
        for prefix in ARABIC_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= ARABIC_STEM_LETTERS:
                word, stripped = word[len(prefix):], True
                break
    return languages.arabic_folded(word)


# Korean spaces its words but writes its particles onto them ("정부는", "정부가", "정부의": the government,
# with the marks of topic, subject and possessor), and a verb's endings onto its stem; most of its verbs in the
# news are a Sino-Korean noun with "하다" or "되다" ("발생했다", "발생한": occurred). Read as pairs of
# syllables, a word gave its particles and endings as terms ("으로", "에서", "했다") and tied every passage to
# every other. A light stemmer strips them, as light stemmers for Korean search do: the endings below come off the
# end of a word, longest first, again and again (a plural and a case: "주민들이"), as long as two syllables
# stay, or one when it is a function word ("것으로": "것") or the particle ends no noun
# (``KOREAN_ONLY_PARTICLES``). "도" (also) is not among them: more nouns end on it ("철도", railway; "정도",
# degree) than a compound can lose ("도시철도" meets "철도"). A particle that has two forms takes the one its
# syllable before calls for: "이", "은", "을", "과", "으로" after a final consonant ("사고로" is "사고", and
# "국가", a nation, keeps its "가"), "가", "는", "를", "와", "로" after a vowel ("로" after an "ㄹ" too). A
# noun whose last syllable is spelt as a particle loses it wherever it is written ("민주주의", democracy, and
# "민주주의를" are both "민주주"), which is all a term needs.
KOREAN_ENDINGS = {
    # Case particles, and the endings of the verbs made with "하다", "되다" and "시키다", after any syllable.
    "any": """
        에서는 에서도 에서의 에서부터 에서만 에서 에게는 에게도 에게서 에게 에는 에도 에의 에만 에 의 만 만은 만이
        까지 까지는 까지도 부터 부터는 처럼 보다 보다는 마다 조차 께서 께서는 한테 들 들도 뿐 씩 다고 다며 다는 라며
        했다 했고 했으며 했던 했는데 했지만 했다가 했다고 했다는 했습니다 했을 합니다 한다 한다고 한다는 하는 하고
        하며 하면 하면서 하여 해서 해야 하기 하지 하게 하던 하도록 하겠다 할 한 됐다 됐고 됐으며 됐던 되었다 되어
        된다 되는 되고 되며 되면 되면서 된 될 돼 시켰다 시킨 시켜 시키는 시키고
    """,
    # After a final consonant.
    "consonant": """
        이 은 을 과 과는 과도 과의 으로 으로는 으로도 으로서 으로써 으로부터 으로의 이나 이며 이고 이라는 이라고
        이란 이다 이었다 이었던 이라 이지만 이던 이라도
    """,
    # After a vowel; "로" and the particles made with it after an "ㄹ" too.
    "vowel": "가 는 를 와 와는 와도 와의 로 로는 로도 로서 로써 로부터 로의 나 라는 라고 란 였다 였던 라도",
}
# The particles that end no noun, which come off a noun of one syllable too ("시는", the city; "땅을", the ground).
KOREAN_ONLY_PARTICLES = frozenset("은 는 을 를".split())
_KOREAN_ENDINGS = sorted(((ending, kind) for kind, endings in KOREAN_ENDINGS.items() for ending in endings.split()),
                         key=lambda item: -len(item[0]))
HANGUL_SYLLABLE = re.compile(f"[{HANGUL_SYLLABLES}]")
KOREAN_STEM_SYLLABLES = 2
_RIEUL = 8  # the index of a final "ㄹ" among a syllable's final consonants


def final_consonant(syllable: str) -> int:
    """The index of ``syllable``'s final consonant (0: none), -1 for a character that is no Hangul syllable."""
    return (ord(syllable) - 0xAC00) % 28 if HANGUL_SYLLABLE.fullmatch(syllable) else -1


def _korean_ending(word: str, function: frozenset) -> str | None:
    """The longest ending of ``KOREAN_ENDINGS`` that comes off ``word``."""
    for ending, kind in _KOREAN_ENDINGS:
        if not word.endswith(ending) or len(word) == len(ending):
            continue
        stem = word[:-len(ending)]
        if len(stem) < KOREAN_STEM_SYLLABLES and stem not in function and ending not in KOREAN_ONLY_PARTICLES:
            continue
        final = final_consonant(stem[-1])
        if final < 0 or kind == "consonant" and final == 0:
            continue
        if kind == "vowel" and final != 0 and not (ending.startswith("로") and final == _RIEUL):
            continue
        return ending
    return None


@functools.lru_cache(maxsize=200_000)
def korean_stem(word: str) -> str:
    """``word`` (Hangul) without its particles and its verb's endings (``KOREAN_ENDINGS``)."""
    function = stop_words_for(languages.KOREAN)
    while word not in function:
        ending = _korean_ending(word, function)
        if ending is None:
            break
        word = word[:-len(ending)]
    return word


@functools.lru_cache(maxsize=200_000)
def hindi_stem(word: str) -> str:
    """``word`` in the one spelling Hindi words are compared in (``languages.hindi_folded``: "ज़िला" and "जिला",
    "पहुँचे" and "पहुंचे" meet), and ``stem``."""
    return stem(languages.hindi_folded(word))


def korean_word_stem(word: str) -> str:
    """A word of a Korean text as a term: a word in Hangul without its particles and endings (``korean_stem``),
    a word in another script (a name, an acronym) as ``stem`` has it."""
    return korean_stem(word) if HANGUL_RUN.search(word) else stem(word)


@functools.lru_cache(maxsize=200_000)
def vietnamese_stem(word: str) -> str:
    """A syllable of a Vietnamese text in lower case, its tone mark where both spellings meet
    (``languages.vietnamese_folded``: "thủy" and "thuỷ"). Vietnamese words take no endings: an acronym's last "s"
    ("THCS") is no English plural."""
    return languages.lookup_form(word, languages.VIETNAMESE)


# Persian writes a plural's "ها", a comparative's "تر" and some endings after a zero-width non-joiner ("کارخانه‌ها",
# factories; "کارخانه‌های"): those come off a word written so. Snowball's Persian stemmer cuts the words themselves
# ("کارخانه", factory, to "کارخ").
PERSIAN_ENDINGS = frozenset(languages.persian_folded(ending)
                            for ending in "ها های هایی هایش هایشان ای ی ام اش تر ترین".split())


@functools.lru_cache(maxsize=200_000)
def persian_spelling(word: str) -> str:
    """A Persian word in the one spelling its words are compared in (``languages.persian_folded``: "كارگر" and
    "کارگر" meet, the non-joiner left out)."""
    return languages.lookup_form(word, languages.PERSIAN)


@functools.lru_cache(maxsize=200_000)
def persian_stem(word: str) -> str:
    """``word`` without the endings written after a non-joiner (``PERSIAN_ENDINGS``), in ``persian_spelling``."""
    parts = word.split(languages.ZWNJ)
    while len(parts) > 1 and languages.persian_folded(parts[-1]) in PERSIAN_ENDINGS:
        parts.pop()
    return persian_spelling(languages.ZWNJ.join(parts))


# Hebrew writes its conjunction, relative, prepositions and article onto the word after them
# (``languages.HEBREW_PROCLITICS``: "בגבעת", "והמועצה", "ושהמפעל"), and as many of its words open on the same letters
# as part of their root ("מפעל", plant; "הסכם", agreement; "בריאות", health; "מדינות", states; "שביתות", strikes). A
# word's length tells nothing of which it is: a sequence of them comes off a word only when what is left is a word
# the text also writes on its own ("גבעת" beside "בגבעת", "מפעל" beside "והמפעל"), and again from what is left
# ("ושהמפעל", "המפעל", "מפעל"). A word the text writes only with them keeps them.


def hebrew_stem(seen: frozenset, word: str) -> str:
    """``word`` without the proclitics written onto it, where what is left is a word of ``seen`` (the text's words,
    in lower case)."""
    word = word.lower()
    stripped = True
    while stripped:
        stripped = False
        for prefix in languages.HEBREW_PROCLITICS:
            rest = word[len(prefix):]
            if word.startswith(prefix) and _letters(rest) >= 2 and rest in seen:
                word, stripped = rest, True
                break
    return word


def hebrew_stemmer(text: str):
    """``hebrew_stem`` for the words of ``text``."""
    seen = frozenset(word.lower() for word, _ in word_matches(text))
    return functools.partial(hebrew_stem, seen)


# Bengali writes its case endings, plural endings and measure words onto the word ("বাঁধের", of the embankment;
# "শালুকখালীর", of the Shalukkhali; "গ্রামগুলোতে", in the villages; "বাঁধটি", the embankment), as many of its words
# end on the same letters as part of themselves ("পানির" of "পানি", water, but "ঘর", home; "নদীতে" of "নদী", river,
# but "রাতে", at night, beside "রাত"). As for Hebrew's proclitics (``hebrew_stem``), an ending comes off a word only
# when what is left is a word the text also writes on its own ("বাঁধ" beside "বাঁধের"), and again from what is left
# ("গ্রামগুলোর", "গ্রাম"): a word the text writes only with an ending keeps it. Longest first.
BENGALI_ENDINGS = tuple(sorted({languages.bengali_folded(ending) for ending in """
    গুলোর গুলোতে গুলোকে গুলো গুলির গুলিতে গুলিকে গুলি দেরকে দের টির টিতে টিকে টি টার টাতে টাকে টা খানা খানি
    য়ের য়ে য় ের েরা রা কে তে র ে ও ই
""".split()}, key=len, reverse=True))
BENGALI_STEM_LETTERS = 2


def bengali_stem(seen: frozenset, word: str) -> str:
    """``word`` in the spelling Bengali words are compared in (``languages.bengali_folded``), without the endings
    written onto it (``BENGALI_ENDINGS``) where what is left is a word of ``seen`` (the text's words, so spelt)."""
    word = languages.bengali_folded(word.lower())
    stripped = True
    while stripped:
        stripped = False
        for ending in BENGALI_ENDINGS:
            rest = word[:-len(ending)]
            if word.endswith(ending) and _letters(rest) >= BENGALI_STEM_LETTERS and rest in seen:
                word, stripped = rest, True
                break
    return word


def bengali_stemmer(text: str):
    """``bengali_stem`` for the words of ``text``."""
    seen = frozenset(languages.bengali_folded(word.lower()) for word, _ in word_matches(text))
    return functools.partial(bengali_stem, seen)


# Tamil writes its cases, its plural and its clitics onto the noun ("மருத்துவமனையில்", in the hospital;
# "மருத்துவமனைக்கு", to the hospital; "நோயாளிகளுக்கு", to the patients), and a consonant doubled before the next
# word's ("மருத்துவமனைக்குச் சென்று"). Where an ending meets the noun, the noun's last vowel may go ("பிரிவு",
# "பிரிவை"), its final consonant take a vowel ("நகர்", "நகரில்"), or its "-ம்" turn into "-த்த" ("திட்டம்",
# "திட்டத்தில்"): what an ending leaves is read as itself, with the virama, with "-ு" or with "-ம்" after it. As
# Bengali's endings (``bengali_stem``), an ending comes off only when what is left is a word the text also writes
# ("மருத்துவமனை" beside "மருத்துவமனையில்"), up to ``TAMIL_STRIPS`` endings in a row ("நோயாளிகளுக்குச்": the
# doubled consonant, the dative, the plural), the ones between need not be written; a word the text writes only
# with an ending keeps it. Longest first.
TAMIL_ENDINGS = tuple(sorted(set("""
    களிலிருந்து களுக்கும் களுக்கு களுக்காக களிடம் களில் களின் களால் களோடு களுடன் களை களும் கள்
    த்திலிருந்து த்திற்கு த்துக்கு த்தில் த்தின் த்தை த்தால் த்தோடு த்துடன் த்தையும் த்திலும்
    யிலிருந்து யிடம் யில் யின் யை யால் யோடு யுடன் யும் யிலும்
    க்குக் க்காக க்கும் க்கு ுக்கு ிற்கு ிலிருந்து ிடம் ில் ின் ை ால் ோடு ுடன் ும் ிலும்
    க் ச் த் ப்
""".split()), key=len, reverse=True))
# What an ending may have taken from the noun it was written onto.
TAMIL_RESTORED = ("", "\u0bcd", "\u0bc1", "\u0bae\u0bcd")
TAMIL_STEM_LETTERS = 2
TAMIL_STRIPS = 3


def tamil_stem(seen: frozenset, word: str) -> str:
    """``word`` without the endings written onto it (``TAMIL_ENDINGS``), where what is left is a word of ``seen``
    (the text's words): the form reached by the most endings, the shortest among those."""
    best, frontier = (0, 0, word), [word]
    for strips in range(1, TAMIL_STRIPS + 1):
        reached = []
        for form in frontier:
            for ending in TAMIL_ENDINGS:
                if not form.endswith(ending):
                    continue
                rest = form[:-len(ending)]
                if _letters(rest) < TAMIL_STEM_LETTERS:
                    continue
                reached.append(rest)  # the endings before it are read off what is left as written
                for restored in TAMIL_RESTORED:
                    candidate = rest + restored
                    if candidate in seen and (strips, -len(candidate)) > best[:2]:
                        best = (strips, -len(candidate), candidate)
        frontier = list(dict.fromkeys(reached))
    return best[2]


def tamil_stemmer(text: str):
    """``tamil_stem`` for the words of ``text``, each word stemmed once."""
    seen = frozenset(word for word, _ in word_matches(text))
    return functools.lru_cache(maxsize=None)(functools.partial(tamil_stem, seen))


# Telugu writes its cases, its plural and its clitics onto the noun ("చెరువుకు", to the pond; "చెరువులో", in it;
# "చెరువును"; "వార్డుల్లో", in the wards; "ట్యాంకర్లతో", with the tankers), and an English loanword takes them after a
# non-joiner ("కమిషనర్‌కు"). A light stemmer takes off up to ``TELUGU_STRIPS`` of them in a row, the longest first,
# while ``TELUGU_STEM_LETTERS`` letters are left, a non-joiner before one with it: a stem is no word, only the same for
# each form ("ట్యాంకు", "ట్యాంకుకు", "ట్యాంకును" meet in "ట్యాం"; "వార్డు", "వార్డులు", "వార్డుల్లో" in "వార్డు"), which a
# story's passages need, as the form a passage writes is seldom the one another outlet's passage writes. A noun's
# final vowel sign stays: taken off too, it joined unrelated words more than it joined forms of one.
TELUGU_ENDINGS = tuple(sorted(set("""
    ల్లోని ల్లోనే ల్లోకి ల్లో లలో లకు లను లతో లపై లోని లోనే లోకి లో
    ్లలో ్లకు ్లను ్లతో ్లు ్ల
    ానికి ాన్ని కు కి ను ని తో పై నే కే లు ల ే
""".split()), key=len, reverse=True))
TELUGU_STEM_LETTERS = 2
TELUGU_STRIPS = 3


def telugu_stem(word: str) -> str:
    """A Telugu word without the endings written onto it (``TELUGU_ENDINGS``), for the alignment's vectors."""
    for _ in range(TELUGU_STRIPS):
        ending = next((ending for ending in TELUGU_ENDINGS if word.endswith(ending)
                       and _letters(word[:-len(ending)]) >= TELUGU_STEM_LETTERS), None)
        if ending is None:
            break
        word = word[:-len(ending)].removesuffix("\u200c")
    return word


# Ukrainian declines its nouns, adjectives and names in seven cases and two numbers, and Snowball has no algorithm
# for it: "Глиноріччя", "у Глиноріччі", "над Глиноріччям"; "Заводська", "Заводської", "на Заводській"; "Гнатюк",
# "Гнатюка". A light stemmer takes off one case ending of a noun or an adjective, the longest that leaves
# ``UKRAINIAN_STEM_LETTERS`` letters (as light stemmers for Slavic search do: Dolamic and Savoy, 2008), so that a
# word's cases meet: a stem is no word, only the same for each case. Verbs keep most of their endings, which are no
# case. A word of another script in a Ukrainian text (a name in Latin letters) is read as ``stem`` reads it.
UKRAINIAN_ENDINGS = tuple(sorted("""
    ього ого ому ьому ими іми ами ями ові еві єві
    ій ої ий их им ім ою ею єю ую юю ах ях ам ям ом ем єм ів їв ей
    а я о е є и і ї у ю ь й
""".split(), key=len, reverse=True))
UKRAINIAN_STEM_LETTERS = 3
CYRILLIC = re.compile("[\u0400-\u04ff]")


@functools.lru_cache(maxsize=200_000)
def ukrainian_stem(word: str) -> str:
    """``word`` in lower case, its apostrophe straight, without its case ending (``UKRAINIAN_ENDINGS``): "Глиноріччі"
    and "Глиноріччям" are "глинорічч", "Заводської" and "Заводською" "заводськ"."""
    if not CYRILLIC.search(word):
        return stem(word)
    word = languages.lookup_form(word, languages.UKRAINIAN)
    for ending in UKRAINIAN_ENDINGS:
        if word.endswith(ending) and _letters(word) - len(ending) >= UKRAINIAN_STEM_LETTERS:
            return word[:-len(ending)]
    return word


# Urdu writes its plural and its oblique case onto the noun ("ہسپتالوں", of the hospitals; "مریضوں", of the
# patients; "فیکٹریوں", of the factories; "کتابیں", books; "گاڑیاں", cars) and makes a masculine noun or adjective in
# "ا" or "ہ" oblique or plural with "ے" ("کمرے" of "کمرہ", "بڑے" of "بڑا"), as many of its words end on the same
# letters as part of themselves ("دوں", "ایمرجنسی"). As Bengali's endings (``bengali_stem``), an ending comes off a
# word only when what is left, or what is left with the "ا" or "ہ" the ending took, is a word the text also writes
# on its own ("ہسپتال" beside "ہسپتالوں"): a word the text writes only with an ending keeps it. Longest first; a
# word in its folded spelling (``languages.lookup_form``: "ي" and "ی", "ك" and "ک" meet).
URDU_ENDINGS = (("وں", ("", "ا", "ہ")), ("یں", ("", "ا", "ہ")), ("اں", ("",)), ("ے", ("ا", "ہ")))
URDU_STEM_LETTERS = 2


def urdu_stem(seen: frozenset, word: str) -> str:
    """``word`` in the spelling Urdu words are compared in, without its plural's or oblique case's ending
    (``URDU_ENDINGS``) where what is left (with what the ending took) is a word of ``seen`` (the text's words)."""
    word = languages.lookup_form(word, languages.URDU)
    for ending, restored in URDU_ENDINGS:
        if not word.endswith(ending) or _letters(word) - len(ending) < URDU_STEM_LETTERS:
            continue
        rest = word[:-len(ending)]
        for candidate in (rest + letter for letter in restored):
            if candidate in seen:
                return candidate
    return word


def urdu_stemmer(text: str):
    """``urdu_stem`` for the words of ``text``, each word stemmed once."""
    seen = frozenset(languages.lookup_form(word, languages.URDU) for word, _ in word_matches(text))
    return functools.lru_cache(maxsize=None)(functools.partial(urdu_stem, seen))


# Czech writes a name's case onto it ("Radouňov", "v Radouňově"; "Radouňka", "u Radouňky", "k Radouňce"; "Dolní",
# "Dolního", "Dolnímu"): Snowball has no Czech. Dolamic and Savoy's light stemmer for Czech (Information Processing
# and Management, 2009) takes off the case ending, then a possessive's suffix ("-ov", "-in", "-ův"), and writes the
# consonant a case softened back ("Radouňce" and "Radouňka" meet on "radouňk"). Read for names alone
# (``story_suggestion``): the alignment compares Czech words as written.
CZECH_ENDINGS = ((7, ("atech",)), (6, ("ětem", "etem", "atům")),
                 (5, ("ech", "ich", "ích", "ého", "ěmi", "emi", "ému", "ěte", "ete", "ěti", "eti", "ího", "iho", "ími",
                      "ímu", "imu", "ách", "ata", "aty", "ých", "ama", "ami", "ové", "ovi", "ými")),
                 (4, ("em", "es", "ém", "ím", "ům", "at", "ám", "os", "us", "ým", "mi", "ou")),
                 (3, tuple("aeiouůyáéíýě")))
CZECH_POSSESSIVES = ("ov", "in", "ův")
CZECH_SOFTENED = (("čt", "ck"), ("št", "sk"), ("c", "k"), ("č", "k"), ("z", "h"), ("ž", "h"))


def czech_stem(word: str) -> str:
    """``word`` in lower case without its Czech case ending and possessive suffix (``CZECH_ENDINGS``)."""
    word = languages.straight_apostrophes(word.lower())
    for longer_than, endings in CZECH_ENDINGS:
        if len(word) > longer_than and word.endswith(endings):
            word = word[:-len(next(ending for ending in endings if word.endswith(ending)))]
            break
    if len(word) > 5 and word.endswith(CZECH_POSSESSIVES):
        word = word[:-2]
    for softened, hard in CZECH_SOFTENED:
        if word.endswith(softened):
            word = word[:-len(softened)] + hard
            break
    if len(word) > 2 and word[-2] == "e":  # the vowel a case drops ("Přemysl", "Přemysla"; "Karel", "Karla")
        word = word[:-2] + word[-1]
    if len(word) > 2 and word[-2] == "ů":
        word = word[:-2] + "o" + word[-1]
    return word


# The stemmers of the names of a language whose names take case endings where ``stemmer`` folds none.
@functools.cache
def _lithuanian_algorithm():
    import snowballstemmer

    return snowballstemmer.stemmer("lithuanian")


def lithuanian_stem(word: str) -> str:
    """``word`` in lower case without its Lithuanian case ending (Snowball's Lithuanian stemmer: "Vėjūnai",
    "Vėjūnų", "Vėjūnuose" and the residents' "vėjūniškiai" are "vėjūn"). For names alone: stemmed throughout, a
    Lithuanian story's passages shared their subject's every form ("pieninė", "pieninės") and its rows ran together."""
    return _lithuanian_algorithm().stemWord(languages.straight_apostrophes(word.lower()))


NAME_STEMMERS = {"cs": czech_stem, "lt": lithuanian_stem}


# Azerbaijani writes Turkish's endings by the same vowel harmony ("avtobuslarda", "şirkətin", "sakinlərə"), the
# front "ə" where Turkish writes "e" ("-lər", "-də", "-dən"): Snowball's Turkish stemmer reads its words once "ə" is
# written "e" ("şirkətin", "şirkəti", "şirkət": "şirket"; "hakimiyyətinin": "hakimiyyet"). Snowball keeps no
# Azerbaijani stemmer; unstemmed, a story's passages shared no word in its other cases.
@functools.cache
def _turkish_algorithm():
    import snowballstemmer

    return snowballstemmer.stemmer("turkish")


@functools.lru_cache(maxsize=100_000)
def azerbaijani_stem(word: str) -> str:
    """``word`` in lower case without its Azerbaijani endings (``_turkish_algorithm`` on the word with "ə" as "e")."""
    lowered = languages.straight_apostrophes(languages.lower(word, languages.AZERBAIJANI))
    return _turkish_algorithm().stemWord(lowered.replace("ə", "e"))


LIGHT_STEMMERS = {"ar": arabic_stem, "ko": korean_word_stem, "hi": hindi_stem, "vi": vietnamese_stem,
                  "fa": persian_stem, languages.UKRAINIAN: ukrainian_stem, languages.AMHARIC: amharic.stem,
                  languages.TELUGU: telugu_stem, languages.AZERBAIJANI: azerbaijani_stem}
# The stemmers that fold a word's spelling, not its endings: the same with ``unigrams``' words as written.
SPELLING_STEMMERS = {"hi": hindi_stem, "vi": vietnamese_stem, "fa": persian_spelling}
# The languages whose stemmer reads the whole text (``hebrew_stemmer``), for words as written too.
TEXT_STEMMERS = {languages.HEBREW: hebrew_stemmer, languages.BENGALI: bengali_stemmer, languages.TAMIL: tamil_stemmer,
                 languages.URDU: urdu_stemmer}


@functools.cache
def stemmer(language: str | None):
    """The stemmer for a text in ``language``: Snowball's for a language it has an algorithm for (Russian cases,
    German plurals and French verb endings fold together: "Красноборска", "Красноборске"), a light stemmer for Arabic
    (``arabic_stem``), else ``stem``."""
    if language in LIGHT_STEMMERS:
        return LIGHT_STEMMERS[language]
    if language not in FOLDED_LANGUAGES:
        return stem
    import snowballstemmer

    name = languages.language_name(language)
    if name not in snowballstemmer.algorithms():
        return stem
    algorithm = snowballstemmer.stemmer(name)
    return functools.lru_cache(maxsize=100_000)(
        lambda word: algorithm.stemWord(languages.straight_apostrophes(languages.lower(word, language))))


def _reading(language: str | None, text: str) -> tuple[object, object, bool]:
    """Whether a word is skipped, the stemmer, and whether elided words are split, for ``text`` in ``language``
    (read from the text when None)."""
    language = languages.language_of(text) if language is None else language
    stemmed = TEXT_STEMMERS[language](text) if language in TEXT_STEMMERS else stemmer(language)
    return functools.partial(skipped_word, stop_words_for(language), language), stemmed, language in ELIDING


def skipped_word(skipped: frozenset, language: str | None, word: str) -> bool:
    """Whether ``word`` (in lower case) is one of ``skipped`` (``stop_words_for(language)``), looked up as
    ``languages.is_function_word`` looks it up (Arabic's hamza folded, its one-letter conjunctions and prepositions
    before it: "فقد", "وإن"), or is a skipped word with an English plural's or possessive's "s"."""
    return languages.is_function_word(word, language, skipped) or word.rstrip("s").rstrip("'") in skipped


def _unelided(lowered: str, eliding: bool) -> str:
    return ELIDED.sub("", lowered, count=1) if eliding else lowered


# Languages that write a name's case ending after an apostrophe ("Ankara'da", "FIFA'nın", "Holding’e"): the word
# is what comes before it, and the ending is no part of a name, a term or a label.
SUFFIXING = languages.DOTTED_I_LANGUAGES
APOSTROPHE_ENDING = re.compile(r"['’][^\W\d_]+$")


def without_ending(word: str, language: str | None) -> str:
    """``word`` without the case ending a language that writes it after an apostrophe (``SUFFIXING``) gives it
    ("Ankara'da": "Ankara"); any other word as it is."""
    return APOSTROPHE_ENDING.sub("", word) if language in SUFFIXING else word


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light, consistent suffix-stripper: plurals, possessives, -ed and -ing. It need not be English,
    only the same for ``visit``, ``visits`` and ``visited``."""
    word = languages.straight_apostrophes(word.lower())
    if word.endswith("'s"):
        word = word[:-2]
    word = word.strip("'")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "ls":
                word = word[:-1]
            break
    return word


def word_matches(text: str) -> list[tuple[str, int]]:
    """The words of ``text`` (matches of ``TOKEN``) with where each starts; the Thai words of its runs of Thai
    letters found by a dictionary, and its Thai abbreviations whole (``tokens.thai_words``). A word a printed column
    broke at a line's end with a hyphen is one word, where its first piece starts (``scripts.reading_text``)."""
    text = reading_text(text)
    if not THAI_CHARACTER.search(text):
        return [(match.group(), match.start()) for match in TOKEN.finditer(text)]
    found, position = [], 0
    for word, start, end in thai_words(text):
        found += [(match.group(), match.start()) for match in TOKEN.finditer(text, position, start)]
        found.append((word, start))
        position = end
    return found + [(match.group(), match.start()) for match in TOKEN.finditer(text, position)]


def _thai_term(word: str) -> str:
    """A Thai word as a term: as compared (``tokens.thai_word_form``); "" for a lone repetition mark or an
    abbreviation of one letter ("อ.")."""
    word = thai_word_form(word)
    letters = _letters(word.replace(".", "").replace("ๆ", ""))
    return word if letters >= 2 or letters == 1 and not word.endswith(".") and len(word) > 1 else ""


def terms_with_surface(text: str, language: str | None = None) -> list[tuple[str, str]]:
    """(term, surface) pairs: stemmed content words, and two-word phrases of adjacent content words. ``language``:
    the text's, when the caller knows it (else read from the text). A Korean word's surface is the word without its
    particles and endings (``korean_stem``), which are no part of what it says; a Hindi word's is in the one spelling
    its words are compared in (``languages.hindi_folded``)."""
    language = languages.language_of(text) if language is None else language
    skipped, stemmed, eliding = _reading(language, text)
    korean = language == languages.KOREAN
    result = []
    previous = None
    for surface, _ in word_matches(text):
        if THAI_CHARACTER.match(surface):
            term = _thai_term(surface)
            if not term or skipped(term):
                previous = None
                continue
            result.append((term, surface))
            if previous is not None:
                result.append((f"{previous[0]} {term}", f"{previous[1]} {surface}"))
            previous = (term, surface)
            continue
        surface = without_ending(surface, language)
        lowered = _unelided(languages.straight_apostrophes(languages.lower(surface, language)), eliding)
        if _letters(lowered) < 2 or skipped(lowered):
            previous = None
            continue
        term = stemmed(lowered)
        if language in TEXT_STEMMERS and skipped(term):
            previous = None
            continue
        if korean:
            if skipped(term):
                previous = None
                continue
            if HANGUL_RUN.search(lowered):
                surface = term
        elif language in SPELLING_STEMMERS:
            surface = languages.lookup_form(surface, language)
        elif language in TEXT_STEMMERS:
            surface = term  # the word without what is written onto it ("גבעת" of "בגבעת")
        result.append((term, surface))
        if previous is not None:
            result.append((f"{previous[0]} {term}", f"{previous[1]} {surface}"))
        previous = (term, surface)
    return result


def analyse(text: str, language: str | None = None) -> list[str]:
    return [term for term, _ in terms_with_surface(text, language)]


def content_words(text: str, language: str | None = None) -> str:
    """The passage's content words in lower case, for the character n-gram view."""
    return " ".join(languages.lower(surface, language) for term, surface in terms_with_surface(text, language)
                    if " " not in term)


def unigrams(text: str, language: str | None = None, folded: bool = True) -> list[str]:
    """Stemmed content words, without the phrases (the fast path, for similarity). ``language``: the text's, when
    the caller knows it (a story's passages are too short to tell each one's apart); else read from the text.
    Without ``folded``, a language other than English keeps its words' endings (``stem`` alone, not Snowball's),
    its spelling folded still (``SPELLING_STEMMERS``)."""
    language = languages.language_of(text) if language is None else language
    skipped, stemmed, eliding = _reading(language, text)
    if not folded and language not in TEXT_STEMMERS:
        stemmed = SPELLING_STEMMERS.get(language, stem)
    result = []
    for word, _ in word_matches(text):
        lowered = languages.straight_apostrophes(languages.lower(without_ending(word, language), language))
        if THAI_CHARACTER.match(lowered):
            term = _thai_term(lowered)
            if term and not skipped(term):
                result.append(term)
            continue
        if language == languages.KOREAN and HANGUL_RUN.search(lowered):
            result += korean_terms(lowered)
            continue
        if PAIRED_RUN.search(lowered):
            result += character_pairs(lowered, language)
            continue
        lowered = _unelided(lowered, eliding)
        if _letters(lowered) < 2 or skipped(lowered):
            continue
        term = stemmed(lowered)
        if language in TEXT_STEMMERS and skipped(term):
            continue  # a word skipped behind what is written onto it ("בשנה")
        result.append(term)
    for match in NUMBER.finditer(text):
        read = figure(match.group(), language)
        if len(read) >= 2:
            result.append(read)
    return result


def korean_terms(token: str) -> list[str]:
    """The terms of a token of a Korean text: its word without particles and endings (``korean_stem``), none for a
    function word, and the letters of another script beside it as a word of their own ("ktx역": "ktx", "역")."""
    terms = []
    skipped = stop_words_for(languages.KOREAN)
    position = 0
    for run in HANGUL_RUN.finditer(token):
        before = token[position:run.start()]
        if _letters(before) >= 2 and before not in skipped:
            terms.append(stem(before))
        word = run.group()
        stemmed = korean_stem(word)
        if word not in skipped and stemmed not in skipped:
            terms += _korean_pieces(stemmed)
        position = run.end()
    after = token[position:]
    if _letters(after) >= 2 and after not in skipped:
        terms.append(stem(after))
    return terms


def _korean_pieces(stemmed: str) -> list[str]:
    """A Korean stem as its terms: itself, and the pairs of syllables within it when it has three or more, so that
    a compound and its parts meet ("도시철도", city railway, and "철도"; "은포역" and "은포시" on "은포")."""
    if len(stemmed) <= 2:
        return [stemmed]
    return [stemmed] + [stemmed[i:i + 2] for i in range(len(stemmed) - 1)]


@functools.cache
def _burmese_grammar() -> dict[int, frozenset[tuple[str, ...]]]:
    """Burmese's particles, verbs of saying and words that date and count (``BURMESE_UNSAID``) as runs of
    syllables, by their length."""
    return _syllable_grammar(languages.BURMESE_FUNCTION_WORDS | BURMESE_UNSAID, burmese.syllables)


@functools.cache
def _khmer_grammar() -> dict[int, frozenset[tuple[str, ...]]]:
    """Khmer's function words, verbs of saying and words that date and count (``KHMER_UNSAID``) as runs of
    syllables, by their length."""
    return _syllable_grammar(languages.KHMER_FUNCTION_WORDS | KHMER_UNSAID, khmer.spoken_syllables)


def _syllable_grammar(grammar_words: frozenset[str], syllables) -> dict[int, frozenset[tuple[str, ...]]]:
    grammar: dict[int, set[tuple[str, ...]]] = {}
    for word in grammar_words:
        pieces = tuple(syllables(word))
        grammar.setdefault(len(pieces), set()).add(pieces)
    return {length: frozenset(runs) for length, runs in sorted(grammar.items(), reverse=True)}


def burmese_tokens(run: str) -> list[str]:
    """A run of the Myanmar script as its tokens: each content syllable, and each particle, verb of saying or word
    that dates or counts whole (``_burmese_grammar``: "တံတားသစ်ကို": "တံ", "တား", "သစ်", "ကို")."""
    grammar = _burmese_grammar()
    syllables = burmese.syllables(run)
    tokens = []
    index = 0
    while index < len(syllables):
        length = next((length for length, runs in grammar.items()
                       if tuple(syllables[index:index + length]) in runs), 1)
        tokens.append("".join(syllables[index:index + length]))
        index += length
    return tokens


@functools.cache
def burmese_grammar_words() -> frozenset[str]:
    """Burmese's particles, verbs of saying and words that date and count, as written (``_burmese_grammar``)."""
    return frozenset("".join(run) for runs in _burmese_grammar().values() for run in runs)


def burmese_pieces(run: str) -> list[list[str]]:
    """A run of the Myanmar script as its pieces of content syllables: split into syllables
    (``burmese.syllables``) and broken at its particles, verbs of saying and words that date and count
    (``_burmese_grammar``), which are left out ("တံတားသစ်ကို": ["တံ", "တား", "သစ်"]); a run of Khmer likewise
    (``khmer.spoken_syllables``, ``_khmer_grammar``)."""
    khmer_run = bool(KHMER_RUN.fullmatch(run))
    grammar = _khmer_grammar() if khmer_run else _burmese_grammar()
    syllables = khmer.spoken_syllables(run) if khmer_run else burmese.syllables(run)
    pieces: list[list[str]] = [[]]
    index = 0
    while index < len(syllables):
        length = next((length for length, runs in grammar.items()
                       if tuple(syllables[index:index + length]) in runs), 0)
        if khmer_run and not length and KHMER_BREAKS.search(syllables[index]):
            length = 1  # a digit or a mark of punctuation
        if length:
            pieces.append([])
            index += length
        else:
            pieces[-1].append(syllables[index])
            index += 1
    return [piece for piece in pieces if piece]


def syllable_pairs_of(run: str, left_out: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """The terms of a run of the Myanmar or the Khmer script: its overlapping pairs of content syllables, a piece of
    one syllable as itself (``burmese_pieces``). ``left_out``: terms whose syllables are no part of any term (a
    name's: the pair that joins its last syllable to the word after it, "လင်မြို့" of "ကျောက်ပလင်မြို့", is the name's
    too)."""
    terms = []
    for piece in burmese_pieces(run):
        pairs = ["".join(piece[i:i + 2]) for i in range(len(piece) - 1)] or piece
        if left_out:
            covered = {i + j for i, pair in enumerate(pairs) if pair in left_out for j in range(2)}
            pairs = [pair for i, pair in enumerate(pairs) if not covered & {i, i + 1}] if len(piece) > 1 \
                else [pair for pair in pairs if pair not in left_out]
        terms += pairs
    return terms


# Burmese writes no capitals: a person's name is told by the honorific that opens it, written onto it ("ဦးသန်းထိုက်",
# U Than Htaik; "ဒေါ်ခင်မြင့်အေး", Daw Khin Myint Aye; "ကိုနေလင်း", Ko Nay Lin; "ဒေါက်တာ နှင်းဝေဖြိုး", Dr Hnin Wai
# Phyo), and ends at the particle after it ("…က ပြောသည်") or where its run ends. An honorific with no syllable of a
# name after it is none ("တစ်ဦးအတွက်", for each one).
BURMESE_HONORIFICS = burmese.HONORIFICS  # the one list of them, with the Burmese reading
BURMESE_NAME = re.compile(rf"(?<![\u1000-\u109f])(?:{'|'.join(BURMESE_HONORIFICS)})[\u1000-\u109f]+")
# The particles that close a name: the subject's "က" (and "ကမူ"), the possessive "၏", the object's "ကို" and "အား",
# "with" "နှင့်", the topic's "သည်" and "မှာ", "from" "မှ", the plural "တို့", "too" "လည်း".
NAME_ENDS = frozenset("က ကမူ ၏ ကို အား နှင့် သည် မှာ မှ တို့ လည်း".split())
NAME_SYLLABLES = 4  # syllables of a name after its honorific, at most


def burmese_names(text: str) -> list[str]:
    """The persons' names ``text`` writes in Burmese, each with its honorific (``BURMESE_HONORIFICS``), without the
    particle after it (``NAME_ENDS``)."""
    found = []
    for match in BURMESE_NAME.finditer(text):
        honorific = next(word for word in BURMESE_HONORIFICS if match.group().startswith(word))
        if burmese.cuts_a_syllable(match.group(), len(honorific)):
            continue  # "ကိုယ်", self: the honorific's letters open another syllable
        named = []
        for syllable in burmese.syllables(match.group()[len(honorific):])[:NAME_SYLLABLES]:
            if syllable in NAME_ENDS:
                break
            named.append(syllable)
        if named and "".join(named) not in languages.BURMESE_FUNCTION_WORDS:
            found.append(honorific + "".join(named))
    return found


# A person's office is written before the name, spaced from it ("မြို့နယ်အုပ်ချုပ်ရေးမှူး ဦးသန်းထိုက်", the township
# administrator U Than Htaik; "ဈေးစောင့် ဦးဘစိန်", the market's guard U Ba Sein): it says who, as the name does,
# unless it ends on a particle (the clause before the name: "ညတွင် ဦးဘစိန်", at night U Ba Sein).
BURMESE_LETTER_RUN = burmese.RUN.pattern


def burmese_persons(text: str) -> list[str]:
    """The persons ``text`` names in Burmese (``burmese_names``), each with the office written before the name, if
    any."""
    found = []
    for name in set(burmese_names(text)):
        for match in re.finditer(rf"(?<![\u1000-\u109f])({BURMESE_LETTER_RUN}) {re.escape(name)}", text):
            office = match.group(1)
            pieces = burmese_pieces(office)
            if pieces and office.endswith("".join(pieces[-1])):
                found.append(match.group())
        found.append(name)
    return found


# Khmer writes no capitals either: a person's name is told by the title before it, spaced from it and from the words
# around it ("លោកជំទាវ ឈិន សុគន្ធា", Her Excellency Chhin Sokunthea; "លោក សុខ វណ្ណារិទ្ធ", Mr Sok Vannarith): a
# surname and a given name, each a word of a few syllables. A word that is, or opens on, a function word or a word
# that dates or counts is no name ("លោក បាននិយាយ", he said, names no one); a syllable of a name may be spelt as one
# ("ទេ" of "ទេព"), so a name's inside is not read.
KHMER_TITLES = ("លោកជំទាវ", "លោកស្រី", "អ្នកស្រី", "ឯកឧត្តម", "សម្ដេច", "លោកគ្រូ", "អ្នកគ្រូ", "កញ្ញា",
                "វេជ្ជបណ្ឌិត", "បណ្ឌិត", "លោក")
KHMER_PERSON = re.compile(rf"(?<![\u1780-\u17ff])(?:{'|'.join(KHMER_TITLES)})(?=[ \t])")
KHMER_NAME_WORD = re.compile("[ \t]+([\u1780-\u17d3]+)")
KHMER_NAME_WORDS = 2
KHMER_NAME_SYLLABLES = 5  # syllables of one word of a name, at most


def khmer_persons(text: str) -> list[str]:
    """The persons ``text`` names in Khmer, each with its title (``KHMER_TITLES``): the title and the one or two
    words of the name after it."""
    found = []
    for title in KHMER_PERSON.finditer(text):
        end = title.end()
        for _ in range(KHMER_NAME_WORDS):
            word = KHMER_NAME_WORD.match(text, end)
            if not word:
                break
            syllables = khmer.spoken_syllables(word.group(1))
            opening = next((length for length, runs in _khmer_grammar().items()
                            if tuple(syllables[:length]) in runs), 0)
            if opening or len(syllables) > KHMER_NAME_SYLLABLES:
                break
            end = word.end()
        if end > title.end():
            found.append(text[title.start():end])
    return found


def character_pairs(token: str, language: str | None = None) -> list[str]:
    """The terms of a token holding runs of an unspaced script or of Hangul: each run as overlapping pairs of
    characters (a run of one character as itself), its runs of hiragana left out (``HIRAGANA_RUN``), and any other
    letters beside a run as one word ("iPhone发布" gives "iphone", "发布"). In a Chinese text (``language``), no pair
    holding a function character (``CHINESE_FUNCTION_CHARACTERS``). A run of the Myanmar script in pairs of its
    syllables (``syllable_pairs_of``); a run of Khmer in pairs of characters still, which align its passages better
    (story matching reads it in syllables: ``story_suggestion.words_of``)."""
    terms = []
    position = 0
    grammar = CHINESE_FUNCTION_CHARACTERS if language == languages.CHINESE else frozenset()
    for run in PAIRED_RUN.finditer(token):
        before = token[position:run.start()]
        if _letters(before) >= 2 and before not in stop_words():
            terms.append(stem(before))
        if MYANMAR_RUN.fullmatch(run.group()):
            terms += syllable_pairs_of(run.group())
            position = run.end()
            continue
        for piece in filter(None, HIRAGANA_RUN.split(run.group())):
            characters = MARKED.findall(piece)
            pairs = ["".join(characters[i:i + 2]) for i in range(len(characters) - 1)] or ["".join(characters)]
            terms += [pair for pair in pairs if not grammar.intersection(pair)]
        position = run.end()
    after = token[position:]
    if _letters(after) >= 2 and after not in stop_words():
        terms.append(stem(after))
    return terms
