"""The publication date a news page prints near its top, for an article imported without one.

``page_date(text)`` gives the first full date (a day, a month and a year: a year alone, or a day and a month alone,
is no date) in the page's header: the lines above the article's first paragraph of prose and that paragraph's
dateline ("CASTROLUNA, 11 mar 2025 (AIN) - …"), or the first ``HEADER_LINES`` lines when no paragraph of prose is
found. A date in the body (an event's), after it (comments, related links) or in a copyright line is never read.

Months are read by name in English and in every language of ``calendar_names`` (full names, the abbreviations it
lists, and a stopped or unstopped word of three letters or more that begins one month's name only: "déc.", "Okt"),
in the Chinese, Japanese and Korean figures ("2025年10月28日", "2025년 10월 28일"), Vietnamese's "10 tháng 3 năm 2026",
the year of the Thai Buddhist era ("8 มี.ค. 2569"), the Solar Hijri months of Iran ("۱۲ آذر ۱۴۰۴") and the months of
the Ethiopian calendar ("ኅዳር 25 ቀን 2018 ዓ.ም.", "ኅዳር 24/2018") and of Nepal's Bikram Sambat ("२०८३ मंसिर १६ गते",
"मंसिर १६, २०८३"), turned into the Gregorian date; a year of the
Ethiopian calendar is never read as a Gregorian one. Figures of any script count. A date of figures alone is year
first ("2026-03-10"), else day first ("10.03.2026", "13/10/2025"), except in an English page, which may write the
month first: there a date only one reading makes valid ("10/13/2025") is read that way, and one both readings make
valid ("03/10/2026") is skipped unless the page's other dates tell its order ("March 9, 2026" month first, "9 March
2026" or "13/10/2025" day first). Impossible dates ("31 June"), dates before 1900 and dates later than tomorrow are
no date.

A date a label of revision leads ("Updated", "Aktualisiert am", "수정", "更新", on its line or alone on the line
above) is when the page last changed, not when it was published: a page that prints its update first ("Updated 4
Dec 2025 · Published 3 Dec 2025") gives its other date when it stands on that line or within ``STAMP_LINES``
written lines of it, and a page that gives only an update gives that (a date further down is a caption's).

Plain Python and regular expressions, no Django.
"""

import datetime as dt
import re
import unicodedata

from newsdesk.importing import calendar_names, languages
from newsdesk.importing.furniture_lines import copyright_line, ends_sentence, line_furniture, shortened_runs
from newsdesk.importing.scripts import trimmed, word_count

STAMP_LINES = 2  # a page's published date stands on its update's line or within this many written lines of it
HEADER_LINES = 15  # the lines read when the page shows no paragraph of prose
PROSE_WORDS = 12  # a line of prose (a paragraph of the story) holds this many words or more
OPEN_ENDS = (";", ":", ")", "]")  # a headline cut at a semicolon, a video's label with its running time: no prose
DATELINE_CHARACTERS = 80  # a wire story's dateline ends on its dash within this many characters of its start
EARLIEST_YEAR = 1900
BUDDHIST_ERA = 543  # a Thai year is the Gregorian one plus this
SOLAR_HIJRI_YEARS = (1300, 1500)  # a year of figures in this range is a Solar Hijri one ("۱۴۰۴/۰۹/۱۲")

ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december")
ENGLISH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep sept", "oct", "nov", "dec")
PREFIX_LETTERS = 3  # a word this long or longer that begins one month's name only is that month ("févr", "окт")
# Languages whose pages write a month by its full name or in figures ("13. července 2025", "13. 7. 2025"; "11 მარტი"),
# never cut short: their names lend no shortened form, so that a word that begins one of them is no month ("pro",
# Czech's "for" and the start of "prosinec", December: "iPhone 16 Pro 2025").
UNSHORTENED = frozenset({"cs", "ka"})


def _month_tables() -> tuple[dict[str, int], dict[str, int]]:
    """Every written form of a month and its number, and the forms whose number is one in every language; the
    names of every month, to read a shortened form by."""
    found: dict[str, set[int]] = {}
    tables = [calendar_names.MONTHS, calendar_names.MONTH_ABBREVIATIONS,
              {"en": ENGLISH_MONTHS}, {"en": ENGLISH_ABBREVIATIONS}]
    for table in tables:
        for language, rows in table.items():
            for form, number in calendar_names.forms(rows).items():
                forms = {form, form.rstrip(".")}
                if language == "tr":  # a page in capitals loses the dotless i ("KASIM")
                    forms.add(form.replace("ı", "i"))
                for written in forms:
                    found.setdefault(written, set()).add(number)
    for phrase, number in calendar_names.TWO_WORD_MONTHS.items():
        found.setdefault(phrase, set()).add(number)
    names = {form: numbers.pop() for form, numbers in found.items() if len(numbers) == 1 and form}
    full = {form: number for table in (calendar_names.MONTHS, {"en": ENGLISH_MONTHS})
            for language, rows in table.items() if language not in UNSHORTENED
            for form, number in calendar_names.forms(rows).items()}
    return names, full


MONTH_NAMES, FULL_NAMES = _month_tables()
SOLAR_HIJRI = calendar_names.forms(calendar_names.SOLAR_HIJRI_MONTHS)
ETHIOPIAN = calendar_names.forms(calendar_names.ETHIOPIAN_MONTHS)
ETHIOPIAN_EPOCH = 1724220  # the Julian day before the Ethiopian calendar's first day, less the days of its year one
JULIAN_DAY_OF_ORDINAL_ZERO = 1721425  # a Julian day number less this is the Gregorian ordinal (``date.fromordinal``)


def _alternatives(forms) -> str:
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))


# A word: letters with the marks written on them (Indic vowel signs, Thai tones), a Thai abbreviation's stops inside.
# Each character matched one way only (a character two alternatives match makes a run's matching exponential).
_MARKS = "".join(chr(code) for start, end in ((0x300, 0x36F), (0x900, 0xDFF), (0xE00, 0xE7F), (0x200C, 0x200D))
                 for code in range(start, end + 1) if not re.match(r"[^\W\d_]", chr(code)) and not chr(code).isdigit())
_WORD_CHARACTER = rf"(?:[^\W\d_]|[{re.escape(_MARKS)}])"
_WORD = rf"(?:{_WORD_CHARACTER})+(?:\.(?:{_WORD_CHARACTER})+)*\.?"
_BEFORE = rf"(?<![\d]|{_WORD_CHARACTER})"
_DAY = r"(?P<day>\d{1,2})(?!\d)"
_YEAR = r"(?P<year>\d{4})(?!\d)"
_SEPARATOR = r"[\s,.،/-]*"

DAY_MONTH_YEAR = re.compile(
    rf"{_BEFORE}{_DAY}(?:st|nd|rd|th|er|e|º|°|\.)?{_SEPARATOR}(?:(?:de|of|del)\s+)?(?P<month>{_WORD}(?:\s+(?:الأول|الثاني))?)"
    rf"{_SEPARATOR}(?:(?:de|del)\s+|(?:พ\.ศ\.|ค\.ศ\.)\s*)?(?:'|’)?{_YEAR}")
MONTH_DAY_YEAR = re.compile(
    rf"(?<!{_WORD_CHARACTER})(?P<month>{_WORD})\s*{_DAY}(?:st|nd|rd|th)?\s*(?:,\s*)?{_YEAR}")
EAST_ASIAN = re.compile(r"(?<!\d)(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})(?!\d)")
VIETNAMESE = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s*tháng\s*(?P<month>\d{1,2})\s*(?:năm|,)?\s*(?P<year>\d{4})(?!\d)", re.IGNORECASE)
YEAR_FIRST = re.compile(r"(?<![\d.,/-])(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d])")
FIGURES = re.compile(r"(?<![\d.,/-])(?P<first>\d{1,2})(?P<sep>[-/.])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4})(?![\d])")
SOLAR_HIJRI_DATE = re.compile(
    rf"{_BEFORE}(?P<day>\d{{1,2}})\s+(?P<month>{_alternatives(SOLAR_HIJRI)})\s+(?:ماه\s+)?(?P<year>1[34]\d\d)(?!\d)")
# A date of the Bikram Sambat calendar (Nepali): the year first, its month and the day, "गते" (the day of the month)
# perhaps after it ("२०८३ मंसिर १६ गते"), the month first and the year after a comma ("मंसिर १६, २०८३"), or the day
# first ("१६ मंसिर २०८३"). Its year runs 56 or 57 years ahead of the Gregorian one.
BIKRAM_SAMBAT = calendar_names.forms(calendar_names.BIKRAM_SAMBAT_MONTHS)
_BS_MONTH = _alternatives(BIKRAM_SAMBAT)
_BS_AFTER = rf"(?![\d]|{_WORD_CHARACTER})"
BIKRAM_SAMBAT_DATE = re.compile(
    rf"{_BEFORE}(?P<year>\d{{4}})\s+(?P<month>{_BS_MONTH})\s+(?P<day>\d{{1,2}}){_BS_AFTER}|"
    rf"{_BEFORE}(?P<month2>{_BS_MONTH})\s+(?P<day2>\d{{1,2}})\s*(?:गते\s*)?,?\s*(?P<year2>\d{{4}})(?!\d)|"
    rf"{_BEFORE}(?P<day3>\d{{1,2}})\s*(?:गते\s+)?(?P<month3>{_BS_MONTH})\s*,?\s*(?P<year3>\d{{4}})(?!\d)")
# The parts of a date of the Ethiopian calendar, the one pattern of each for every reader of these dates (the claims'
# dates, the furniture rules' stamps, the story suggestions' years): a month in any of its forms
# (``calendar_names.ETHIOPIAN_MONTHS``), longest first; the era of that calendar after a year ("ዓ.ም.", "ዓ. ም.", "ዓም",
# "ዓ/ም": ``calendar_names.ETHIOPIAN_ERA``), not the start of a longer word; the Gregorian era as Amharic writes it
# ("እ.ኤ.አ.", "እ. ኤ. አ.", "እኤአ": ``calendar_names.GREGORIAN_ERA_AM``).
ETHIOPIAN_MONTH_PATTERN = _alternatives(ETHIOPIAN)
ETHIOPIAN_ERA_PATTERN = r"ዓ\.?\s*ም(?:\.|(?![\u1200-\u137f]))|ዓ/ም"
GREGORIAN_ERA_AM_PATTERN = r"እ\.?\s*ኤ\.?\s*አ\.?"
# A date of the Ethiopian calendar (Amharic): its month, the day, "ቀን" (day) or a slash, the year and perhaps its era
# ("ኅዳር 25 ቀን 2018 ዓ.ም.", "ኅዳር 24/2018 (ኢዜአ)"), or the day first ("25 ኅዳር 2018"). The Gregorian era written after
# it ("እ.ኤ.አ.") makes it no date of this calendar.
_ETHIOPIAN_MONTH = rf"(?P<month>{ETHIOPIAN_MONTH_PATTERN})"
_ETHIOPIAN_AFTER = rf"(?!\d)(?!\s*(?:{GREGORIAN_ERA_AM_PATTERN}))"
ETHIOPIAN_DATE = re.compile(
    rf"{_BEFORE}{_ETHIOPIAN_MONTH}\s*{_DAY}\s*(?:ቀን\s*|/\s*|[,፣]\s*)?(?P<year>\d{{4}}){_ETHIOPIAN_AFTER}|"
    rf"{_BEFORE}(?P<day2>\d{{1,2}})\s*(?:ቀን\s*)?(?P<month2>{ETHIOPIAN_MONTH_PATTERN})\s*[,፣]?\s*"
    rf"(?P<year2>\d{{4}}){_ETHIOPIAN_AFTER}")
# A Gregorian date as Amharic writes it, "ቀን" (day) between its day and year ("ዲሴምበር 6 ቀን 2025 እ.ኤ.አ.").
AMHARIC_GREGORIAN = re.compile(
    rf"(?<!{_WORD_CHARACTER})(?P<month>{_alternatives(calendar_names.forms(calendar_names.MONTHS['am']))})"
    rf"\s*{_DAY}\s*ቀን\s*{_YEAR}")
# A date of figures written day first with a stop and a space after the day and the month ("13. 7. 2025"), as Czech
# and Slovak pages write it: read day first, as every date of figures with stops is.
SPACED_FIGURES = re.compile(
    r"(?<![\d.,/-])(?P<day>\d{1,2})\.[ \u00a0\u202f]+(?P<month>\d{1,2})\.[ \u00a0\u202f]*(?P<year>\d{4})(?!\d)")
# A date written year first with a stop after the year, as Hungarian writes it: its month by name or by a figure
# with a stop ("2025. november 18.", "2025. nov. 18-án", "2025. 11. 18. 14:35"; "2025.11.18." is ``YEAR_FIRST``'s).
# The day's stop or its ending ("18-án") must follow a month of figures, so that a year and two counts are no date.
YEAR_MONTH_DAY = re.compile(rf"(?<![\d.,/-])(?P<year>\d{{4}})\.\s*(?P<month>{_WORD})\s*{_DAY}(?:\.|-|\s|,|$)")
SPACED_YEAR_FIRST = re.compile(
    r"(?<![\d.,/-])(?P<year>\d{4})\.[ \u00a0\u202f]+(?P<month>\d{1,2})\.[ \u00a0\u202f]*(?P<day>\d{1,2})(?:\.|-)")
# A date as Lithuanian writes it, the year and "m." (of the year), the month's genitive, the day and "d." (day):
# "2025 m. kovo 11 d.", "2025 m. gegužės 30 d., penktadienis". The "d." after the day must be there, so that a year
# and a count ("2024 m. kovo 5 tonos") are no date.
LITHUANIAN_DATE = re.compile(rf"(?<![\d.,/-]){_YEAR}\s*m\.\s*(?P<month>{_WORD})\s*{_DAY}\s*d\.")
# A date as Armenian writes it year first, the year and "թ." (of the year), the month's genitive and the day: "2026 թ.
# մարտի 14", "2025 թ. դեկտեմբերի 3-ին". The "թ." after the year must be there, so that a year and a count are no date.
ARMENIAN_DATE = re.compile(rf"(?<![\d.,/-]){_YEAR}\s*թ\.?\s*(?P<month>{_WORD})\s*{_DAY}")
# A date as Kazakh writes it year first, the year and "жылғы" (of the year; "жылы", in the year; "ж.", cut short),
# the day and the month's name, perhaps with a case ending written onto it: "2026 жылғы 4 желтоқсан", "2025 ж. 14
# наурыз", "2026 жылы 3 желтоқсанда". The word after the year must be there, so that a year and a count are no date.
KAZAKH_DATE = re.compile(rf"(?<![\d.,/-]){_YEAR}\s*(?:жылғы|жылы|ж\.)\s*{_DAY}\s*(?:-\s*)?(?P<month>{_WORD})")
# A date as Burmese writes it: the year, "ခုနှစ်" (year) and perhaps its comma "၊", the month with "လ" (month)
# written onto it, the day and "ရက်" (day): "၂၀၂၆ ခုနှစ် မတ်လ ၁၀ ရက်", "2026 ခုနှစ်၊ မတ်လ 10 ရက်"; or the month and the
# day first, the year after a comma: "မတ်လ ၁၀၊ ၂၀၂၆". Its figures are read as ASCII ones before (``_figures``); its
# words are no word of ``_WORD``'s (its vowel signs are marks), so its months are spelt out.
_BURMESE_MONTH = rf"(?P<month>{_alternatives(calendar_names.forms(calendar_names.MONTHS['my']))})"
BURMESE_DATE = re.compile(
    rf"(?<![\d.,/-]){_YEAR}\s*ခုနှစ်\s*[၊,]?\s*{_BURMESE_MONTH}\s*{_DAY}\s*ရက်|"
    rf"(?<![\d\u1000-\u109f]){_BURMESE_MONTH.replace('month', 'month2')}\s*(?P<day2>\d{{1,2}})\s*(?:ရက်\s*)?[၊,]\s*"
    rf"(?P<year2>\d{{4}})(?!\d)")
# A date as Khmer writes it: perhaps "ថ្ងៃ" (day), "ទី" (the ordinal), the day, "ខែ" (month) and the month, "ឆ្នាំ"
# (year) and the year: "ថ្ងៃទី៤ ខែមីនា ឆ្នាំ២០២៦", "ទី4 ខែមីនា ឆ្នាំ2026"; or the day, the month and the year between
# spaces, as a stamp writes it: "០៤ មីនា ២០២៦". Its figures are read as ASCII ones before (``_figures``); its months
# are spelt out, as Burmese's are. A preposition may be written onto "ថ្ងៃ" ("នៅថ្ងៃទី៤ …", on the 4th); "ទី" without
# it must open its word ("នាទី", minute, ends on it).
_KHMER_MONTH = rf"(?P<month>{_alternatives(calendar_names.forms(calendar_names.MONTHS['km']))})"
KHMER_DATE = re.compile(
    rf"(?:(?<!\d)ថ្ងៃ\s*|(?<![\d\u1780-\u17ff]))ទី\s*{_DAY}\s*{_KHMER_MONTH}\s*ឆ្នាំ\s*{_YEAR}|"
    rf"(?<![\d.,/-])(?P<day2>\d{{1,2}})\s+{_KHMER_MONTH.replace('month', 'month2')}\s+(?P<year2>\d{{4}})(?!\d)")
# A date as Sinhala writes it year first, the year, the month's name and the day between spaces: "2026 දෙසැම්බර් 03",
# "2025 මාර්තු 14, සිකුරාදා". Its months are spelt out, as Burmese's are, so that a year and a count in another
# language are no date.
_SINHALA_MONTH = rf"(?P<month>{_alternatives(calendar_names.forms(calendar_names.MONTHS['si']))})"
SINHALA_DATE = re.compile(rf"(?<![\d.,/-]){_YEAR}\s+{_SINHALA_MONTH}\s+{_DAY}")
# A date of figures with a year of two ("02.12.25"): stops only, two figures each, read day first in this century.
SHORT_YEAR = re.compile(r"(?<![\d.,/-])(?P<day>\d\d)\.(?P<month>\d\d)\.(?P<year>\d\d)(?![\d.,])")
# The labels of a page's last revision, in every language a page is read in (a page in one language quotes no other's
# labels); lower case. Scripts without spaces between words match inside a run ("更新时间", "최종수정").
UPDATE_LABELS = (
    "updated", "last updated", "modified", "last modified", "amended", "revised",
    "aktualisiert", "zuletzt aktualisiert", "geändert", "stand",
    "mis à jour", "modifié", "actualisé", "actualizado", "actualizada", "actualización", "modificado",
    "aggiornato", "aggiornamento", "modificato", "atualizado", "atualização", "actualização",
    "bijgewerkt", "laatst bijgewerkt", "gewijzigd", "aangepast", "zaktualizowano", "aktualizacja",
    "обновлено", "обновлён", "изменено", "оновлено", "змінено", "güncellendi", "güncelleme", "güncellenme",
    "son güncelleme", "diperbarui", "pembaruan", "cập nhật", "ενημέρωση", "ενημερώθηκε", "τελευταία ενημέρωση",
    "تحديث", "آخر تحديث", "تم التحديث", "به‌روزرسانی", "بروزرسانی", "به روز رسانی", "اپ ڈیٹ", "עודכן", "עדכון",
    "atnaujinta", "թարմացված", "թարմացվել է", "अपडेट", "अपडेटेड", "अद्यतन", "আপডেট", "হালনাগাদ", "புதுப்பிக்கப்பட்டது", "அப்டேட்",
    "అప్‌డేట్", "అప్డేట్",
    "อัปเดต", "อัพเดต", "อัพเดท", "ปรับปรุงล่าสุด", "แก้ไขล่าสุด", "更新", "수정", "업데이트",
)
_UNSPACED_LABELS = tuple(label for label in UPDATE_LABELS if re.match(r"[\u3040-\u9fff\uac00-\ud7af]", label))
UPDATE_LABEL = re.compile(
    "|".join([rf"(?<![^\W\d_]){re.escape(label)}(?![^\W\d_])" for label in UPDATE_LABELS
              if label not in _UNSPACED_LABELS] + [re.escape(label) for label in _UNSPACED_LABELS]))
# The labels of a paper's history on a journal's page, lower case: the dates it was received, revised and accepted
# are the manuscript's, and the page's own date is the one it was published on, further along the line or below.
# The blanks after a label are read by one run only, its colon taking its own ("Received :  3 May"): two runs of
# blanks side by side would share a long run between them in every way, work that grows with its square.
HISTORY_LABELS = (
    "received", "submitted", "revised", "accepted", "accepted for publication", "eingegangen", "eingereicht",
    "überarbeitet", "angenommen", "reçu", "soumis", "révisé", "accepté", "recibido", "revisado", "aceptado", "recebido",
    "aceito", "aceite", "ricevuto", "revisionato", "accettato", "ontvangen", "herzien", "geaccepteerd", "otrzymano",
    "przyjęto", "zaakceptowano", "получено", "поступила", "принята", "принято",
)
HISTORY_LABEL = re.compile(
    "(?:" + "|".join(rf"(?<![^\W\d_]){re.escape(label)}" for label in HISTORY_LABELS) + r")\s*(?:[:：]\s*)?(?:on\s+)?$"
)
DATELINE_DASH = re.compile(r"\s[-–—]\s|\s[-–—]+$")
# A dateline may end on the agency's name in brackets instead, its few words before it ("ሰሎቤ፣ ኅዳር 23/2018 (አዜአ) …",
# "LINDENFURT (npa) …"): the place in capitals or in a script without them, or the place, a comma and a date
# ("Hà Lĩnh, 15/10 (TPN) …"); the agency a short name, capitalised, or an abbreviation ("npa"). A sentence's bracket
# a few words in ("The mayor (Labour) said …") is none.
DATELINE_AGENCY = re.compile(
    r"^(?P<place>[^\s,፣،(]+(?:\s+[^\s,፣،(]+){0,2})(?P<date>\s*[,፣،]\s*(?:[^\s(]+\s+){0,3}?[^\s(]*\d[^\s(]*)?"
    r"\s*\((?P<agency>[^\W\d_]{2,}(?:[ .][^\W\d_]+){0,2})\)(?=\s)"
)
DATELINE_ABBREVIATION_LETTERS = 4
UNCASED_PLACE_WORDS = 2


def _figures(text: str) -> str:
    """``text`` with every decimal figure of any script as an ASCII one (one character for one)."""
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in text)


def _month(word: str) -> int | None:
    """The number of the month ``word`` names (lower case), or None."""
    word = " ".join(word.split()).rstrip(".")
    if word in MONTH_NAMES:
        return MONTH_NAMES[word]
    if len(word) >= PREFIX_LETTERS and "." not in word:
        numbers = {number for name, number in FULL_NAMES.items() if name.startswith(word)}
        if len(numbers) == 1:
            return numbers.pop()
    return None


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a Solar Hijri one (the arithmetic of the 33-year cycle)."""
    year += 1595
    days = (-355668 + 365 * year + (year // 33) * 8 + ((year % 33) + 3) // 4 + day
            + ((month - 1) * 31 if month < 7 else (month - 7) * 30 + 186))
    gregorian = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gregorian += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gregorian += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gregorian += (days - 1) // 365
        days = (days - 1) % 365
    return dt.date(gregorian, 1, 1) + dt.timedelta(days=days)


def bikram_sambat_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Bikram Sambat one, by the table of its months' lengths the ``nepali_datetime``
    package keeps (years 1975 to 2100 of that calendar; its months' lengths follow no arithmetic); None for a day the
    month does not have or a year outside the table."""
    import nepali_datetime  # on first use: only pages of Nepali write these dates

    try:
        return nepali_datetime.date(year, month, day).to_datetime_date()
    except (ValueError, OverflowError):
        return None


def ethiopian_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of an Ethiopian one (thirteen months: twelve of 30 days, then Pagume; a year of 366 days
    before each year divisible by four): its Julian day, counted from the calendar's epoch."""
    julian_day = ETHIOPIAN_EPOCH + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day
    return dt.date.fromordinal(julian_day - JULIAN_DAY_OF_ORDINAL_ZERO)


def ethiopian_month_days(year: int, month: int) -> int:
    """The days of an Ethiopian month: 30, and Pagume's five, six in the year before a year divisible by four."""
    return 30 if month <= 12 else 6 if year % 4 == 3 else 5


def _valid(year: int, month: int, day: int, latest: dt.date) -> dt.date | None:
    if year - BUDDHIST_ERA >= EARLIEST_YEAR and year > latest.year + 1:
        year -= BUDDHIST_ERA
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date if EARLIEST_YEAR <= year and date <= latest else None


def _order(text: str) -> str | None:
    """How an English page writes its other dates: "month" first, "day" first, or None when it does not tell."""
    month_first = day_first = 0
    for match in MONTH_DAY_YEAR.finditer(text):
        month_first += _month(match["month"]) is not None
    for match in DAY_MONTH_YEAR.finditer(text):
        day_first += _month(match["month"]) is not None
    for match in FIGURES.finditer(text):
        first, second = int(match["first"]), int(match["second"])
        month_first += first <= 12 < second <= 31
        day_first += second <= 12 < first <= 31
    if month_first != day_first:
        return "month" if month_first > day_first else "day"
    return None


def _dates_in(line: str, latest: dt.date, english: bool, order) -> list[tuple[int, dt.date]]:
    """The full dates ``line`` (lower case, ASCII figures) writes, each with where it starts."""
    found = []

    def add(match, year, month, day):
        date = _valid(int(year), int(month), int(day), latest)
        if date:
            found.append((match.start(), date))

    def solar(match, year, month, day):
        if 1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30):
            date = solar_hijri_to_gregorian(year, month, day)
            if date <= latest:
                found.append((match.start(), date))

    for pattern in (EAST_ASIAN, VIETNAMESE, YEAR_FIRST, SPACED_FIGURES, SPACED_YEAR_FIRST):
        for match in pattern.finditer(line):
            if pattern is YEAR_FIRST and SOLAR_HIJRI_YEARS[0] <= int(match["year"]) < SOLAR_HIJRI_YEARS[1]:
                solar(match, int(match["year"]), int(match["month"]), int(match["day"]))
            else:
                add(match, match["year"], match["month"], match["day"])
    for pattern in (DAY_MONTH_YEAR, MONTH_DAY_YEAR, YEAR_MONTH_DAY, LITHUANIAN_DATE, ARMENIAN_DATE, KAZAKH_DATE):
        for match in pattern.finditer(line):
            month = _month(match["month"])
            if month:
                add(match, match["year"], month, match["day"])
    for match in BURMESE_DATE.finditer(line):
        month = calendar_names.forms(calendar_names.MONTHS["my"])[match["month"] or match["month2"]]
        add(match, match["year"] or match["year2"], month, match["day"] or match["day2"])
    for match in KHMER_DATE.finditer(line):
        month = calendar_names.forms(calendar_names.MONTHS["km"])[match["month"] or match["month2"]]
        add(match, match["year"] or match["year2"], month, match["day"] or match["day2"])
    for match in SINHALA_DATE.finditer(line):
        add(match, match["year"], calendar_names.forms(calendar_names.MONTHS["si"])[match["month"]], match["day"])
    for match in SOLAR_HIJRI_DATE.finditer(line):
        solar(match, int(match["year"]), SOLAR_HIJRI[match["month"]], int(match["day"]))
    for match in BIKRAM_SAMBAT_DATE.finditer(line):
        number = next(n for n in ("", "2", "3") if match["month" + n])
        date = bikram_sambat_to_gregorian(
            int(match["year" + number]), BIKRAM_SAMBAT[match["month" + number]], int(match["day" + number]))
        if date and EARLIEST_YEAR <= date.year and date <= latest:
            found.append((match.start(), date))
    for match in ETHIOPIAN_DATE.finditer(line):
        month = ETHIOPIAN[match["month"] or match["month2"]]
        day, year = int(match["day"] or match["day2"]), int(match["year"] or match["year2"])
        if 1 <= day <= ethiopian_month_days(year, month):
            date = ethiopian_to_gregorian(year, month, day)
            if EARLIEST_YEAR <= date.year and date <= latest:
                found.append((match.start(), date))
    for match in AMHARIC_GREGORIAN.finditer(line):
        add(match, match["year"], calendar_names.forms(calendar_names.MONTHS["am"])[match["month"]], match["day"])
    for match in SHORT_YEAR.finditer(line):
        add(match, 2000 + int(match["year"]), match["month"], match["day"])
    for match in FIGURES.finditer(line):
        first, second, year = int(match["first"]), int(match["second"]), match["year"]
        if not english or match["sep"] == ".":
            add(match, year, second, first)
        elif first > 12 or second > 12:  # only one reading can be a date
            add(match, year, min(first, second), max(first, second))
        elif order == "month":
            add(match, year, first, second)
        elif order == "day":
            add(match, year, second, first)
    return sorted(found, key=lambda item: item[0])


def _prose(line: str) -> bool:
    """``line`` is a paragraph of the story: long, ending as a sentence ends, and no furniture."""
    return (word_count(line) >= PROSE_WORDS and ends_sentence(line) and not line.endswith(OPEN_ENDS)
            and line_furniture(line) is None)


def header(text: str) -> list[str]:
    """The lines a page's date is read in: those above its first paragraph of prose and that paragraph's dateline, or
    its first ``HEADER_LINES`` lines when it shows no paragraph of prose. A dateline ends on a dash or on the agency's
    name in brackets after a few words (``DATELINE_AGENCY``). The story's first paragraph is the first of
    two paragraphs of prose in a row: a headline or a deck that ends on a stop, or a consent banner, stands alone."""
    lines = [trimmed(line) for line in text.split("\n")]
    written = [number for number, line in enumerate(lines) if line]
    prose = {number: None for number in written}

    def is_prose(number: int) -> bool:
        if prose[number] is None:
            prose[number] = _prose(lines[number])
        return prose[number]

    for here, following in zip(written, written[1:], strict=False):
        if is_prose(here) and is_prose(following):
            opening = lines[here][:DATELINE_CHARACTERS]
            dash = DATELINE_DASH.search(opening)
            if dash:
                return lines[:here] + [lines[here][:dash.start()]]
            agency = dateline_agency(opening)
            return lines[:here] + ([agency] if agency else [])
    return lines[:HEADER_LINES]


def dateline_agency(opening: str) -> str | None:
    """The dateline that opens ``opening`` and ends on its agency's name in brackets (``DATELINE_AGENCY``), or None: a
    place in capitals, or in a script without them (two words at most unless a date follows), or any place followed
    by a comma and a date; the agency capitalised, in a script without capitals, or a short abbreviation."""
    match = DATELINE_AGENCY.match(opening)
    if match is None:
        return None
    place, agency = match["place"], match["agency"]
    cased = [c for c in place if c.isupper() or c.islower()]
    if not (match["date"] or cased and all(c.isupper() for c in cased) or not cased and (
        len(place.split()) <= UNCASED_PLACE_WORDS or any(c.isdecimal() for c in place)
    )):
        return None
    initial = next((c for c in agency if c.isupper() or c.islower()), None)
    if initial is not None and not initial.isupper() and len(agency) > DATELINE_ABBREVIATION_LETTERS:
        return None
    return match.group(0)


def page_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The publication date the page ``text`` prints in its header, or None (see the module's note)."""
    latest = (today or dt.date.today()) + dt.timedelta(days=1)
    text = _figures(unicodedata.normalize("NFC", text or ""))
    english = languages.language_of(text[:5000]) == "en"
    order = _order(text.lower()) if english else None
    updated = None  # the first date a label of revision leads
    updated_at = 0  # the number of the written line it stands on
    label_above = False  # the line above is a label of revision alone ("Updated:")
    written = 0
    for line in header(text):
        line = shortened_runs(line)  # a long run of spaces is no part of a date, and no pattern reads it twice
        if not line or copyright_line(line):
            continue
        written += 1
        if updated and written - updated_at > STAMP_LINES:
            return updated  # the stamp's lines are past: a date further down is a caption's or a teaser's
        lowered = line.replace("İ", "i").lower()
        before = 0
        for start, date in _dates_in(lowered, latest, english, order):
            if HISTORY_LABEL.search(lowered[before:start]):
                before = start + 1
                continue
            if label_above or UPDATE_LABEL.search(lowered, before, start):
                if not updated:
                    updated, updated_at = date, written
            else:
                return date
            label_above, before = False, start + 1
        label_above = _label_alone(lowered)
    return updated


def _label_alone(line: str) -> bool:
    """``line`` (lower case) is a label of revision and nothing else ("Updated:", "Zuletzt aktualisiert")."""
    match = UPDATE_LABEL.search(line)
    return bool(match) and not (line[:match.start()] + line[match.end():]).strip(" :：-–—|·•")
