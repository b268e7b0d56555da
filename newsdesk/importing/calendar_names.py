"""The names of the months and weekdays, per language, in the forms pages write them: one table for every reader of
dates. The furniture rules find a time stamp by them (``furniture_vocabulary.DATE_NAMES``), story matching and row
labels keep them out of a story's names and terms, and the claims read a date with them (``claims.normalise``).

Each language has twelve rows of months (January first) and seven of weekdays (Monday first); a row holds the
name's forms between spaces: its cases ("Οκτώβριος Οκτωβρίου Οκτώβριο", "listopad listopada"), spoken forms
("Οκτώβρης"); abbreviations stand apart (``MONTH_ABBREVIATIONS``). English is the claims' and the
furniture rules' own business (its names are also words: "May", "March"). A language whose months are numbers
(Chinese, Japanese, Korean: "12月"; Vietnamese: "tháng 12") has no rows here.
"""

import unicodedata

# Dutch writes a weekday joined to a part of the day as one word ("maandagochtend", "dinsdagmiddag", "zondagavond"):
# that weekday. Bengali writes its case endings onto a name ("শনিবারের", of Saturday; "জুলাইয়ে", in July): after a
# consonant "-ে", "-ের", after a vowel "-র", "-তে", "-য়ে", "-য়ের" ("য়" as NFC writes it, য and its nukta).
DAY_PARTS = {"nl": "ochtend morgen middag namiddag avond nacht"}
_BENGALI_VOWELS = "অআইঈউঊঋএঐওঔ\u09be\u09bf\u09c0\u09c1\u09c2\u09c3\u09c7\u09c8\u09cb\u09cc"
_YA = "\u09af\u09bc"
BENGALI_ENDINGS = {False: ("ে", "ের"), True: ("র", "তে", f"{_YA}ে", f"{_YA}ের")}  # by whether a vowel ends the name


# Tamil writes its case endings onto a name too ("டிசம்பரில்", in December; "மார்ச்சில்"; "ஜூலையில்"): after a
# consonant (a name ending in the virama) the ending's vowel sign takes the virama's place, a final "ச்" or "ட்" doubled
# ("மார்ச்சில்", "ஆகஸ்ட்டில்"); after a vowel a "ய" comes between ("ஜூலையில்"), and "க்கு" follows it ("ஜனவரிக்கு"). A
# weekday is its name joined to "கிழமை" (day), as a
# date writes it ("திங்கள்கிழமை", "செவ்வாய்க்கிழமை"), with the endings written onto that ("திங்கள்கிழமையன்று", on Monday;
# "சனிக்கிழமைக்குள்", by Saturday); the names alone are also the planets' and the moon's.
_VIRAMA = "\u0bcd"
_TAMIL_ENDINGS = {"இல்": "\u0bbfல்", "இலிருந்து": "\u0bbfலிருந்து", "உக்கு": "\u0bc1க்கு", "இன்": "\u0bbfன்"}
_TAMIL_DAY_ENDINGS = ("", "யன்று", "யில்", "யிலிருந்து", "க்கு", "க்குள்", "யும்", "யே", "யான", "யின்", "யை")


def _tamil_months(names: str) -> tuple[str, ...]:
    """Tamil's months (``names``, one a word), each with the forms its case endings write."""
    rows = []
    for name in names.split():
        if name.endswith(_VIRAMA):
            stem = name + name[-2:] if name[-2] in "சட" else name  # "மார்ச்" + "ச்": "மார்ச்ச்"
            forms = [stem[:-1] + sign for sign in _TAMIL_ENDINGS.values()]
        else:
            forms = [name + ("க்கு" if ending == "உக்கு" else "ய" + sign) for ending, sign in _TAMIL_ENDINGS.items()]
        rows.append(" ".join([name, *forms]))
    return tuple(rows)


def _tamil_weekdays(names: str) -> tuple[str, ...]:
    """Tamil's weekdays: each name (``names``, as joined to "கிழமை") with "கிழமை" and its endings."""
    return tuple(" ".join(f"{name}கிழமை{ending}" for name in row.split("/") for ending in _TAMIL_DAY_ENDINGS)
                 for row in names.split())


# Telugu writes a month's name borrowed from English with a final virama or with "-ు" after it ("డిసెంబర్",
# "డిసెంబరు"), and its locative written onto either ("డిసెంబర్‌లో" with a non-joiner, "డిసెంబర్లో" without,
# "డిసెంబరులో"; "మార్చిలో" after a vowel). A weekday ends on "-వారం" (day), with "నాడు" (on) written onto it and
# its dative ("మంగళవారానికి", by Tuesday).
_TELUGU_VIRAMA = "\u0c4d"


def _telugu_months(names: str) -> tuple[str, ...]:
    """Telugu's months (``names``, one a word, its spellings joined by "/"), each with its locative."""
    rows = []
    for row in names.split():
        spellings = row.split("/")
        for name in row.split("/"):
            if name.endswith(_TELUGU_VIRAMA):
                spellings.append(name[:-1] + "\u0c41")  # "డిసెంబర్" and "డిసెంబరు"
        forms = []
        for name in dict.fromkeys(spellings):
            forms += [name, name + "లో"] + ([name + "\u200cలో"] if name.endswith(_TELUGU_VIRAMA) else [])
        rows.append(" ".join(dict.fromkeys(forms)))
    return tuple(rows)


def _telugu_weekdays(names: str) -> tuple[str, ...]:
    """Telugu's weekdays (``names``, one a word, ending on "ం"), each with "నాడు" and its dative."""
    return tuple(f"{name} {name}నాడు {name[:-1]}ానికి" for name in names.split())


# Malayalam writes its case endings onto a name ("ഡിസംബറിൽ", in December; "മാർച്ചിലെ", of March; "ജനുവരിയോടെ", by
# January): a name closed by a chillu letter gives it up for its consonant before the ending ("ഡിസംബർ",
# "ഡിസംബറിൽ": "ർ" becomes "റ"; "ഏപ്രിൽ", "ഏപ്രിലിൽ"; "ജൂൺ", "ജൂണിൽ"), one closed by the virama takes the ending's
# vowel in its place ("മാർച്ച്", "മാർച്ചിൽ"), one closed by a vowel takes "യ" before it ("ജൂലൈയിൽ"). A weekday is its
# name joined to "ആഴ്ച" (day: "ചൊവ്വാഴ്ച"), with "and", "of", "by", "is" and "within" written onto it
# ("ഞായറാഴ്ചയും", "ഞായറാഴ്ചത്തെ", "ചൊവ്വാഴ്ചയോടെ", "ചൊവ്വാഴ്ചക്കകം"); its names alone are also the sun's, the moon's
# and the planets' (and "വെള്ളി" is silver), so they are not here.
_MALAYALAM_CHILLU = {"ർ": "റ", "ൽ": "ല", "ൻ": "ന", "ൺ": "ണ", "ൾ": "ള"}
_MALAYALAM_VIRAMA = "\u0d4d"
_MALAYALAM_MONTH_ENDINGS = ("\u0d3fൽ", "\u0d3fലെ", "\u0d4bടെ")  # "-ിൽ", "-ിലെ", "-ോടെ"
_MALAYALAM_DAY_ENDINGS = ("", "യും", "ത്തെ", "യോടെ", "യാണ്", "ക്കകം", "യ്ക്കകം", "യിലെ")


def _malayalam_months(names: str) -> tuple[str, ...]:
    """Malayalam's months (``names``, one a word, its spellings joined by "/"), each with its endings."""
    rows = []
    for row in names.split():
        forms = []
        for name in row.split("/"):
            if name[-1] in _MALAYALAM_CHILLU:
                forms += [name, *(name[:-1] + _MALAYALAM_CHILLU[name[-1]] + ending for ending in
                                  _MALAYALAM_MONTH_ENDINGS)]
            elif name.endswith(_MALAYALAM_VIRAMA):
                forms += [name, *(name[:-1] + ending for ending in _MALAYALAM_MONTH_ENDINGS)]
            else:
                forms += [name, *(name + "യ" + ending for ending in _MALAYALAM_MONTH_ENDINGS)]
        rows.append(" ".join(dict.fromkeys(forms)))
    return tuple(rows)


def _malayalam_weekdays(names: str) -> tuple[str, ...]:
    """Malayalam's weekdays (``names``, one a word, ending on "ആഴ്ച"), each with the endings written onto it."""
    return tuple(" ".join(name + ending for ending in _MALAYALAM_DAY_ENDINGS) for name in names.split())


def _with_parts(rows: tuple[str, ...], parts: str) -> tuple[str, ...]:
    """Each weekday of ``rows`` (one form each) and that weekday joined to each part of the day of ``parts``."""
    return tuple(" ".join([row, *(row + part for part in parts.split())]) for row in rows)


def _bengali(names: str) -> tuple[str, ...]:
    """Bengali's months or weekdays (``names``, one a word), each with the forms its case endings write."""
    return tuple(" ".join([name, *(name + ending for ending in BENGALI_ENDINGS[name[-1] in _BENGALI_VOWELS])])
                 for name in names.split())


# Finnish writes its case endings onto a name: a month as a date writes it ("3. joulukuuta", the partitive), "in"
# ("joulukuussa"), "of" ("joulukuun"), "from", "to" and "by" ("joulukuusta", "joulukuuhun", "joulukuuhun mennessä");
# a weekday the same, and "on" ("keskiviikkona"), "by" ("torstaiksi"), and joined to a part of the day
# ("keskiviikkoaamuna", on Wednesday morning).
_FINNISH_MONTH_ENDINGS = ("", "ta", "n", "ssa", "sta", "hun", "lle", "na")
FINNISH_DAY_PARTS = ("aamuna", "aamupäivänä", "iltapäivänä", "iltana", "yönä")


def _finnish_months(names: str) -> tuple[str, ...]:
    """Finnish's months (``names``, one a word, each ending in "kuu"), each with the forms its case endings write."""
    return tuple(" ".join(name + ending for ending in _FINNISH_MONTH_ENDINGS) for name in names.split())


# The endings of a Hungarian month's cases a date writes: "in", "from", "until" and the adjective's, back vowels'
# and front vowels' (vowel harmony: "januárban", "novemberben"; "januártól", "novembertől").
_HUNGARIAN_MONTH_ENDINGS = {"back": ("", "ban", "tól", "ig", "i"), "front": ("", "ben", "től", "ig", "i")}


def _hungarian_months(names: str) -> tuple[str, ...]:
    """Hungarian's months (``names``, one a word), each with the forms its case endings write: the last vowel that
    is no neutral one ("i", "í", "é") decides, a back vowel ("a", "á", "o", "ó", "u", "ú") the back endings
    ("áprilisban"), a front one the front endings ("októberben")."""
    rows = []
    for name in names.split():
        last = [letter for letter in name if letter in "aáoóuúeöőüű"][-1]
        endings = _HUNGARIAN_MONTH_ENDINGS["back" if last in "aáoóuú" else "front"]
        rows.append(" ".join(name + ending for ending in endings))
    return tuple(rows)


def _scandinavian_weekdays(names: str, last: bool) -> tuple[str, ...]:
    """Danish's, Norwegian's or Swedish's weekdays (``names``, one a word), each with its definite form and genitive
    ("fredagen", "fredagens") and, where ``last``, its form with an "-s" ("i fredags", last Friday)."""
    endings = ("", "en", "ens", "s") if last else ("", "en", "ens")
    return tuple(" ".join(name + ending for ending in endings) for name in names.split())


def _finnish_weekdays(names: str) -> tuple[str, ...]:
    """Finnish's weekdays (``names``, one a word), each with its case forms ("maanantaina", "maanantaihin",
    "maanantaisin"; Wednesday's weak "k" where the syllable closes: "keskiviikon", "keskiviikosta") and its parts of
    the day joined to Wednesday ("keskiviikkoaamuna"; the others meet a part's vowel with a hyphen, "maanantai-iltana",
    and are read as two words)."""
    rows = []
    for name in names.split():
        if name.endswith("o"):  # keskiviikko
            weak = name[:-2] + "o"
            forms = [name, weak + "n", name + "a", name + "na", weak + "ksi", weak + "sta", name + "on", weak + "lle",
                     name + "isin"]
        else:
            forms = [name, name + "n", name + "ta", name + "na", name + "ksi", name + "sta", name + "hin",
                     name + "lle", name[:-1] + "isin"]
            forms += [name + part for part in FINNISH_DAY_PARTS]
        rows.append(" ".join(forms))
    return tuple(rows)


# Lithuanian's months, each in the cases a date writes: the nominative ("kovas"), the genitive before a day and after
# a year ("2025 m. kovo 11 d.", "nuo kovo"), the accusative "during" writes ("kovą") and the locative "in" writes
# ("gegužėje"). Written out, for their stems change ("rugpjūtis", "rugpjūčio"; "balandis", "balandžio").
LITHUANIAN_MONTHS = (
    "sausis sausio sausį sausyje", "vasaris vasario vasarį vasaryje", "kovas kovo kovą kove",
    "balandis balandžio balandį balandyje", "gegužė gegužės gegužę gegužėje", "birželis birželio birželį birželyje",
    "liepa liepos liepą liepoje", "rugpjūtis rugpjūčio rugpjūtį rugpjūtyje", "rugsėjis rugsėjo rugsėjį rugsėjyje",
    "spalis spalio spalį spalyje", "lapkritis lapkričio lapkritį lapkrityje", "gruodis gruodžio gruodį gruodyje")


def _lithuanian_weekdays(names: str) -> tuple[str, ...]:
    """Lithuanian's weekdays (``names``, each "…dienis"), with the forms a date writes: the nominative, the genitive
    ("antradienio rytą"), the accusative "on …" writes ("antradienį"), the dative, the locative and "on …s"
    ("antradieniais")."""
    return tuple(" ".join(name[:-2] + ending for ending in ("is", "io", "į", "iui", "yje", "iais"))
                 for name in names.split())


# Georgian writes its case endings and postpositions onto a name: the dative a date and "on …" write ("10 მარტს",
# on 10 March; "ორშაბათს", on Monday), the genitive ("მარტის"), "in" ("მარტში"), "from" ("მარტიდან"), "until"
# ("მარტამდე") and, for a weekday, "on …s" ("ორშაბათობით"). A name ending in "ი" drops it before an ending, and some
# drop a vowel of their stem too before the genitive's "ი" ("იანვარი", "იანვრის"; "სექტემბრის"): that stem is written
# after a slash ("იანვარი/იანვრ"). A name ending in another vowel keeps it ("აგვისტოს"; "კვირას", "კვირის").
def _georgian(names: str, weekdays: bool = False) -> tuple[str, ...]:
    """Georgian's months or weekdays (``names``, one a word, a stem after a slash where it drops a vowel), each with
    the forms its case endings and postpositions write."""
    rows = []
    for name in names.split():
        nominative, _, stem = name.partition("/")
        if nominative.endswith("ი"):
            base = nominative[:-1]
            stem = stem or base
            forms = [base + "ს", base + "ში", stem + "ის", stem + "იდან", stem + "ამდე"]
        elif nominative.endswith("ა"):
            base = nominative
            forms = [base + "ს", base + "ში", base[:-1] + "ის", base[:-1] + "იდან", base + "მდე"]
        else:
            base = nominative
            forms = [base + "ს", base + "ში", base + "დან", base + "მდე"]
        if weekdays:
            forms.append(base + "ობით")
        rows.append(" ".join([nominative, *forms]))
    return tuple(rows)


def _armenian(names: str) -> tuple[str, ...]:
    """Armenian's months or weekdays (``names``, one a word), each with its genitive, its article and its cases "in
    …" and "from …": "դեկտեմբեր", "դեկտեմբերի", "դեկտեմբերը", "դեկտեմբերին", "դեկտեմբերից"; a name ending on a
    vowel takes "-ն" for its article and "-ից" as written ("կիրակի", "կիրակին", "կիրակիից")."""
    rows = []
    for name in names.split():
        if name.endswith("ի"):
            forms = [name, name + "ն", name + "ից"]
        else:
            forms = [name, name + "ի", name + "ը", name + "ին", name + "ից"]
        rows.append(" ".join(forms))
    return tuple(rows)


MONTHS: dict[str, tuple[str, ...]] = {
    "de": ("januar jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre setiembre",
           "octubre", "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"),
    # Arabic: the names of the Gregorian months written from the French, and the Syriac names of the Levant and
    # Iraq that are one word; January and December ("كانون الثاني", "كانون الأول"), October and November ("تشرين
    # الأول", "تشرين الثاني") are two, whose first word they share (``TWO_WORD_MONTHS``).
    "ar": ("يناير", "فبراير شباط", "مارس آذار", "أبريل ابريل نيسان", "مايو أيار", "يونيو حزيران", "يوليو تموز",
           "أغسطس اغسطس آب", "سبتمبر أيلول", "أكتوبر اكتوبر", "نوفمبر", "ديسمبر"),
    # Russian and Ukrainian: the nominative and the genitive a date writes ("3 декабря", "3 грудня").
    # and the locative "in …" writes ("в марте", "у березні 2024 року").
    "ru": ("январь января январе", "февраль февраля феврале", "март марта марте", "апрель апреля апреле",
           "май мая мае", "июнь июня июне", "июль июля июле", "август августа августе", "сентябрь сентября сентябре",
           "октябрь октября октябре", "ноябрь ноября ноябре", "декабрь декабря декабре"),
    "uk": ("січень січня січні", "лютий лютого лютому", "березень березня березні", "квітень квітня квітні",
           "травень травня травні", "червень червня червні", "липень липня липні", "серпень серпня серпні",
           "вересень вересня вересні", "жовтень жовтня жовтні", "листопад листопада листопаді",
           "грудень грудня грудні"),
    # Czech: the nominative, the genitive a date writes ("13. července 2025") and the locative "in …" writes ("v
    # červenci"), with and without their diacritics (an address or a page typed without them: "13. cervence").
    "cs": ("leden ledna lednu", "únor února únoru unor unora unoru", "březen března březnu brezen brezna breznu",
           "duben dubna dubnu", "květen května květnu kveten kvetna kvetnu",
           "červen června červnu cerven cervna cervnu",
           "červenec července červenci cervenec cervence cervenci", "srpen srpna srpnu", "září zari",
           "říjen října říjnu rijen rijna rijnu", "listopad listopadu", "prosinec prosince prosinci"),
    # Slovak: the nominative, the genitive a date writes ("5. decembra 2026") and the locative "in …" writes ("v
    # decembri"), with and without their diacritics where they differ ("5. jula"); June's and July's locatives
    # without them are German's June and July ("juni", "juli"), the same months.
    "sk": ("január januára januári januar januara", "február februára februári februar februara",
           "marec marca marci", "apríl apríla apríli april aprila", "máj mája máji", "jún júna júni juna",
           "júl júla júli jula", "august augusta auguste", "september septembra septembri",
           "október októbra októbri oktober oktobra", "november novembra novembri", "december decembra decembri"),
    # Georgian: each month with its case endings ("11 მარტი", "10 მარტს", "მარტში").
    "ka": _georgian("იანვარი/იანვრ თებერვალი/თებერვლ მარტი აპრილი მაისი ივნისი ივლისი აგვისტო "
                    "სექტემბერი/სექტემბრ ოქტომბერი/ოქტომბრ ნოემბერი/ნოემბრ დეკემბერი/დეკემბრ"),
    "pl": ("styczeń stycznia", "luty lutego", "marzec marca", "kwiecień kwietnia", "maj maja", "czerwiec czerwca",
           "lipiec lipca", "sierpień sierpnia", "wrzesień września", "październik października",
           "listopad listopada", "grudzień grudnia"),
    # Greek: the nominative, genitive and accusative, and the spoken forms ("Οκτώβρης").
    "el": ("ιανουάριος ιανουαρίου ιανουάριο γενάρης γενάρη", "φεβρουάριος φεβρουαρίου φεβρουάριο φλεβάρης φλεβάρη",
           "μάρτιος μαρτίου μάρτιο μάρτης μάρτη", "απρίλιος απριλίου απρίλιο απρίλης απρίλη",
           "μάιος μαΐου μάιο μάης μάη", "ιούνιος ιουνίου ιούνιο ιούνης ιούνη", "ιούλιος ιουλίου ιούλιο ιούλης ιούλη",
           "αύγουστος αυγούστου αύγουστο", "σεπτέμβριος σεπτεμβρίου σεπτέμβριο σεπτέμβρης σεπτέμβρη",
           "οκτώβριος οκτωβρίου οκτώβριο οκτώβρης οκτώβρη", "νοέμβριος νοεμβρίου νοέμβριο νοέμβρης νοέμβρη",
           "δεκέμβριος δεκεμβρίου δεκέμβριο δεκέμβρης δεκέμβρη"),
    "th": ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม",
           "พฤศจิกายน", "ธันวาคม"),
    # Turkish: the bare names ("9 Kasım 2025"); a form with a case ending is the stamp's own business.
    "tr": ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
           "aralık"),
    # Azerbaijani: each name in lower case, as a date writes it ("6 dekabr 2026"), and with the case endings its vowel
    # harmony chooses, written onto it in a date of prose: "of" ("dekabrın 8-də", on the 8th of December; "aprelin",
    # "iyunun"), "in" ("dekabrda", "apreldə"), "from" ("dekabrdan"), "to" ("dekabra", "aprelə") and "in the month
    # of" ("2026-cı ilin dekabrında").
    "az": tuple(" ".join((name, *(name + ending for ending in endings))) for name, endings in (
        (name, {"a": ("ın", "da", "dan", "a", "ında"), "e": ("in", "də", "dən", "ə", "ində"),
                "u": ("un", "da", "dan", "a", "unda")}[vowel]) for name, vowel in (
            ("yanvar", "a"), ("fevral", "a"), ("mart", "a"), ("aprel", "e"), ("may", "a"), ("iyun", "u"),
            ("iyul", "u"), ("avqust", "u"), ("sentyabr", "a"), ("oktyabr", "a"), ("noyabr", "a"), ("dekabr", "a")))),
    # Hindi: both spellings of the names written from English ("फ़रवरी", "फरवरी").
    "hi": ("जनवरी", "फ़रवरी फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर सितम्बर",
           "अक्टूबर अक्तूबर", "नवंबर नवम्बर", "दिसंबर दिसम्बर"),
    # Marathi: the names written from English as Marathi spells them, which Hindi does not ("जानेवारी", "जुलै",
    # "ऑगस्ट", "डिसेंबर"; "मार्च" and "जून" as Hindi), with "ऑ" written "ओ" too, and each with "मध्ये" (in)
    # written onto it ("डिसेंबरमध्ये"). May's "मे" is also Hindi's "में" misspelt (``ALSO_WORDS``).
    "mr": tuple(" ".join(form for name in names.split() for form in (name, name + "मध्ये")) for names in (
        "जानेवारी", "फेब्रुवारी", "मार्च", "एप्रिल", "मे", "जून", "जुलै", "ऑगस्ट ओगस्ट", "सप्टेंबर",
        "ऑक्टोबर ओक्टोबर", "नोव्हेंबर", "डिसेंबर")),
    # Gujarati: the names written from English ("જાન્યુઆરી", "જુલાઈ", "ડિસેમ્બર"), "ઑ" written "ઓ" too ("ઑગસ્ટ",
    # "ઓગસ્ટ"), each with the locative "માં" (in) and "થી" (from) written onto it ("ડિસેમ્બરમાં", "૧ ડિસેમ્બરથી").
    # May's "મે" is a date only beside a figure (``ALSO_WORDS``), as Marathi's.
    "gu": tuple(" ".join(form for name in names.split() for form in (name, name + "માં", name + "થી")) for names in (
        "જાન્યુઆરી", "ફેબ્રુઆરી", "માર્ચ", "એપ્રિલ", "મે", "જૂન", "જુલાઈ", "ઑગસ્ટ ઓગસ્ટ", "સપ્ટેમ્બર",
        "ઑક્ટોબર ઓક્ટોબર", "નવેમ્બર", "ડિસેમ્બર")),
    # Nepali: the Gregorian months as Nepali spells them ("फेब्रुअरी", "अप्रिल", "अगस्ट", "सेप्टेम्बर", "नोभेम्बर",
    # "डिसेम्बर"), in both spellings pages write. Its own calendar's months (Bikram Sambat: "मंसिर", "पुस") are no
    # Gregorian months and are not here. June's "जुन" is also "which", May's "मे" Hindi's "में" (``ALSO_WORDS``).
    "ne": ("जनवरी", "फेब्रुअरी फेब्रुवरी", "मार्च", "अप्रिल", "मे", "जुन", "जुलाई", "अगस्ट अगष्ट", "सेप्टेम्बर सेप्टेम्वर",
           "अक्टोबर अक्टुबर", "नोभेम्बर नोवेम्बर", "डिसेम्बर"),
    # Punjabi, in Gurmukhi: the names written from English, with and without the nukta ("ਫ਼ਰਵਰੀ", "ਫਰਵਰੀ") and
    # the half "ਰ" ("ਅਪ੍ਰੈਲ", "ਅਪਰੈਲ"); its postpositions are written apart ("ਦਸੰਬਰ ਤੋਂ"), so no endings.
    "pa": tuple(unicodedata.normalize("NFC", names) for names in (
        "ਜਨਵਰੀ", "ਫ਼ਰਵਰੀ ਫਰਵਰੀ", "ਮਾਰਚ", "ਅਪ੍ਰੈਲ ਅਪਰੈਲ", "ਮਈ", "ਜੂਨ", "ਜੁਲਾਈ", "ਅਗਸਤ", "ਸਤੰਬਰ ਸਿਤੰਬਰ",
        "ਅਕਤੂਬਰ", "ਨਵੰਬਰ", "ਦਸੰਬਰ")),
    # Indonesian and Malay: both spellings of the months they write apart ("Agustus", "Ogos"; "Nopember").
    "id": ("januari", "februari pebruari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
           "oktober", "november nopember", "desember"),
    "ms": ("januari", "februari", "mac", "april", "mei", "jun", "julai", "ogos", "september", "oktober", "november",
           "disember"),
    # Filipino: the months as it spells them from Spanish ("Disyembre 3, 2026", "ika-3 ng Disyembre"), with the
    # spellings pages write beside them ("Pebrero", "Febrero"; "Setyembre", "Septiyembre", "Septiembre").
    "tl": ("enero", "pebrero febrero", "marso", "abril", "mayo", "hunyo", "hulyo", "agosto",
           "setyembre septiyembre septiembre", "oktubre", "nobyembre", "disyembre"),
    # Swahili: the months as it spells them from English ("Machi", "Agosti", "Desemba"); a date writes the month
    # before the day ("Machi 11, 2025") or after it, "tarehe" (date) before ("tarehe 11 Machi 2025").
    "sw": ("januari", "februari", "machi", "aprili", "mei", "juni", "julai", "agosti", "septemba", "oktoba",
           "novemba", "desemba"),
    # Hebrew: the name and the forms with the preposition written onto it ("במרץ", "בדצמבר": in March), as a date
    # writes it ("4 בדצמבר").
    "he": ("ינואר בינואר", "פברואר בפברואר", "מרץ מרס במרץ במרס", "אפריל באפריל", "מאי במאי", "יוני ביוני",
           "יולי ביולי", "אוגוסט באוגוסט", "ספטמבר בספטמבר", "אוקטובר באוקטובר", "נובמבר בנובמבר",
           "דצמבר בדצמבר"),
    # Persian: the Gregorian months as Persian spells them. The months of the Solar Hijri calendar ("آذر", "آبان")
    # are another calendar's, no row here (``SOLAR_HIJRI_MONTHS``).
    # Dutch (Indonesian's "mei" too: each language's rows are its own).
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    # Bengali: the Gregorian months as Bengali pages write them, with their case endings ("জুলাইয়ের").
    "bn": _bengali("জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর"),
    # Tamil: the Gregorian months as Tamil pages write them, with their case endings ("டிசம்பரில்").
    "ta": _tamil_months("ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்"),
    "fa": ("ژانویه ژانویهٔ", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه جولای", "اوت آگوست", "سپتامبر",
           "اکتبر", "نوامبر", "دسامبر"),
    # Urdu: the Gregorian months as Urdu writes them from English.
    "ur": ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"),
    # Finnish: each month "…kuu" with its case endings ("3. joulukuuta 2025", "joulukuussa").
    "fi": _finnish_months("tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu "
                          "marraskuu joulukuu"),
    # Amharic: the Gregorian months as Amharic writes them from English, in their usual spellings. The months of the
    # Ethiopian calendar ("ኅዳር", "ታኅሣሥ") are another calendar's, no row here (``ETHIOPIAN_MONTHS``).
    # Romanian: the names, invariable ("14 martie 2025", "în luna martie").
    "ro": ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
           "noiembrie", "decembrie"),
    # Hungarian: each month with the endings a date's month takes ("novemberben", in November; "decembertől", from
    # December; "márciusig", until March; "novemberi", November's), by vowel harmony; a day after it takes its own
    # ("november 18-án", "december 1-jétől"), written onto the figure.
    "hu": _hungarian_months("január február március április május június július augusztus szeptember október "
                            "november december"),
    # Danish, Norwegian (Bokmål) and Swedish: the names, invariable and in small letters ("14. marts 2025", "3. mai",
    # "den 14 mars"); each spells March, May, August or December its own way.
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"),
    "nb": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"),
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"),
    "am": ("ጃንዋሪ ጃንዩወሪ ጃኑዋሪ", "ፌብሩዋሪ ፌብሩወሪ", "ማርች", "ኤፕሪል", "ሜይ", "ጁን", "ጁላይ", "ኦገስት ኦጋስት",
           "ሴፕቴምበር ሴፕተምበር", "ኦክቶበር", "ኖቬምበር ኖቨምበር", "ዲሴምበር"),
    # Serbian, written in Cyrillic and in Latin letters: the nominative, the genitive a date writes ("16. marta
    # 2025.", "16. марта") and the locative "in …" writes ("u julu", "у децембру").
    # Lithuanian: in the cases a date writes (``LITHUANIAN_MONTHS``).
    "lt": LITHUANIAN_MONTHS,
    "sr": ("januar januara januaru јануар јануара јануару", "februar februara februaru фебруар фебруара фебруару",
           "mart marta martu март марта марту", "april aprila aprilu април априла априлу",
           "maj maja maju мај маја мају", "jun juna junu јун јуна јуну", "jul jula julu јул јула јулу",
           "avgust avgusta avgustu август августа августу",
           "septembar septembra septembru септембар септембра септембру",
           "oktobar oktobra oktobru октобар октобра октобру", "novembar novembra novembru новембар новембра новембру",
           "decembar decembra decembru децембар децембра децембру"),
    # Armenian: each month with the genitive a date writes ("3 դեկտեմբերի, 2026", "մարտի 14-ին"), its article and the
    # cases "in …" and "from …" write ("դեկտեմբերին", "հունվարից") (``_armenian``).
    "hy": _armenian("հունվար փետրվար մարտ ապրիլ մայիս հունիս հուլիս օգոստոս սեպտեմբեր հոկտեմբեր նոյեմբեր "
                    "դեկտեմբեր"),
    # Burmese: each month's name, alone and with "လ" (month) written onto it as a date writes it ("မတ်လ ၁၀ ရက်",
    # "၂၀၂၆ ခုနှစ် ဧပြီလ ၃ ရက်"); August in its spellings.
    "my": tuple(" ".join(f"{name} {name}လ" for name in names.split()) for names in (
        "ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ် ဒြဂုတ် သြဂုတ်", "စက်တင်ဘာ",
        "အောက်တိုဘာ", "နိုဝင်ဘာ", "ဒီဇင်ဘာ")),
    # Khmer: each month's name, alone and with "ខែ" (month) written before it as a date writes it ("ថ្ងៃទី៤ ខែមីនា
    # ឆ្នាំ២០២៦", "០៤ មីនា ២០២៦"); February with its visarga and without.
    "km": tuple(" ".join(f"{name} ខែ{name}" for name in names.split()) for names in (
        "មករា", "កុម្ភៈ កុម្ភះ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា",
        "ធ្នូ")),
    # Bulgarian: the names, which no case changes ("14 март 2025 г.", "през юни"); "май" is also "it seems".
    "bg": ("януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември",
           "декември"),
    # Sinhala: the names, as a stamp writes them ("2026 දෙසැම්බර් 03", "දෙසැම්බර් 3 වැනිදා"), and with the locative
    # ending a date in prose writes onto them ("දෙසැම්බරයේ", "ජූලියේ", "මාර්තුවේ": in December, July, March); April with
    # its joiner ("ප්‍ර", ``scripts.JOINER_IN_WORD``).
    "si": ("ජනවාරි ජනවාරියේ", "පෙබරවාරි පෙබරවාරියේ", "මාර්තු මාර්තුවේ", "අප්‍රේල් අප්‍රේලයේ", "මැයි මැයියේ",
           "ජූනි ජූනියේ", "ජූලි ජූලියේ", "අගෝස්තු අගෝස්තුවේ", "සැප්තැම්බර් සැප්තැම්බරයේ", "ඔක්තෝබර් ඔක්තෝබරයේ",
           "නොවැම්බර් නොවැම්බරයේ", "දෙසැම්බර් දෙසැම්බරයේ"),
    # Telugu: the names with both spellings pages write and the locative (``_telugu_months``).
    "te": _telugu_months("జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్ జూలై/జులై ఆగస్టు/ఆగస్ట్ సెప్టెంబర్ అక్టోబర్ నవంబర్ "
                         "డిసెంబర్"),
    # Malayalam: the names written from English in both spellings pages write ("മേയ്", "മെയ്"; "ഓഗസ്റ്റ്",
    # "ആഗസ്റ്റ്"; "സെപ്റ്റംബർ", "സെപ്തംബർ"), with their endings (``_malayalam_months``).
    "ml": _malayalam_months("ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ മേയ്/മെയ് ജൂൺ ജൂലൈ ഓഗസ്റ്റ്/ആഗസ്റ്റ് "
                            "സെപ്റ്റംബർ/സെപ്തംബർ ഒക്ടോബർ നവംബർ ഡിസംബർ"),
    # Kazakh: each name in lower case, as a date writes it ("3 желтоқсан 2026", "2026 жылғы 4 желтоқсан"), and with
    # the case endings a date in prose writes onto it, as its vowel harmony and its last sound choose them: "in"
    # ("желтоқсанда", "шілдеде", "қыркүйекте"), "to", "until" ("желтоқсанға", "қыркүйекке"), "from" ("желтоқсаннан",
    # "наурыздан", "қыркүйектен") and "of" ("желтоқсанның", "наурыздың", "шілденің"). October's "қазан" is also a
    # cauldron and a boiler (``ALSO_WORDS``).
    "kk": ("қаңтар қаңтарда қаңтарға қаңтардан қаңтардың", "ақпан ақпанда ақпанға ақпаннан ақпанның",
           "наурыз наурызда наурызға наурыздан наурыздың", "сәуір сәуірде сәуірге сәуірден сәуірдің",
           "мамыр мамырда мамырға мамырдан мамырдың", "маусым маусымда маусымға маусымнан маусымның",
           "шілде шілдеде шілдеге шілдеден шілденің", "тамыз тамызда тамызға тамыздан тамыздың",
           "қыркүйек қыркүйекте қыркүйекке қыркүйектен қыркүйектің", "қазан қазанда қазанға қазаннан қазанның",
           "қараша қарашада қарашаға қарашадан қарашаның",
           "желтоқсан желтоқсанда желтоқсанға желтоқсаннан желтоқсанның"),
}

# Abbreviations a page writes as a word ("3 dic", "12 Οκτ", Thai with its stops: "8 มี.ค. 2569"), twelve rows; some
# are words of other languages (Spanish "ago" is Italian for a needle), so the claims read one as a month only after
# a day's figure or capitalised.
MONTH_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "es": ("ene", "", "", "abr", "", "", "", "ago", "", "", "", "dic"),
    "el": ("ιαν", "φεβ", "μαρ", "απρ", "", "ιουν", "ιουλ", "αυγ", "σεπ σεπτ", "οκτ", "νοε", "δεκ"),
    "id": ("jan", "feb", "mar", "apr", "", "jun", "jul", "agu agt ags", "sep sept", "okt", "nov", "des"),
    "ms": ("jan", "feb", "mac", "apr", "", "jun", "jul", "ogo", "sep sept", "okt", "nov", "dis"),
    "nl": ("jan", "feb", "mrt", "apr", "", "jun", "jul", "aug", "sep sept", "okt", "nov", "dec"),
    # Tamil writes them with a full stop ("டிச.9-", "நவ. 30"): a month only so written (``claims.normalise``).
    "ta": ("ஜன", "பிப்", "மார்", "ஏப்", "", "", "", "ஆக", "செப்", "அக்", "நவ", "டிச"),
    "th": ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."),
    # Romanian: written with a stop ("14 ian. 2025", "3 sept. 2025"); May is never shortened.
    "ro": ("ian", "feb", "mar", "apr", "", "iun", "iul", "aug", "sept sep", "oct", "nov", "dec"),
    # Hungarian: written with a stop ("2025. nov. 18.", "márc. 3."); May, June and July cut to three letters.
    "hu": ("jan", "febr", "márc", "ápr", "máj", "jún", "júl", "aug", "szept", "okt", "nov", "dec"),
    # Finnish: the month's abbreviation, written with a stop ("3. jouluk. 2025").
    "fi": ("tammik", "helmik", "maalisk", "huhtik", "toukok", "kesäk", "heinäk", "elok", "syysk", "lokak", "marrask",
           "jouluk"),
    # Serbian, in its two alphabets ("16. мар 2025").
    "sr": ("jan јан", "feb феб", "mar мар", "apr апр", "", "", "", "avg авг", "sep sept сеп", "okt окт", "nov нов",
           "dec дец"),
}

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag sonnabend", "sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "pt": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    # Russian, Ukrainian and Polish: the nominative and the accusative "on …" writes ("в среду", "у п'ятницю",
    # "w środę"). Russian "среда" is also "the environment" (``COMMON_NOUN``); "в среду" is only ever a day.
    "ru": ("понедельник", "вторник", "среда среду", "четверг", "пятница пятницу", "суббота субботу",
           "воскресенье"),
    "uk": ("понеділок", "вівторок", "середа середу", "четвер", "п'ятниця п'ятницю п’ятниця п’ятницю",
           "субота суботу", "неділя неділю"),
    # Czech: the nominative, the accusative and locative "on …" writes ("ve středu", "v sobotu", "v neděli"; Monday's,
    # Tuesday's and Friday's are the nominative: "v pondělí", "v úterý", "v pátek") and the genitive "since" and
    # "until" write ("od pondělí", "do pátku"), with and without their diacritics.
    "cs": ("pondělí pondeli", "úterý utery", "středa středu středy streda stredu stredy",
           "čtvrtek čtvrtka ctvrtek ctvrtka", "pátek pátku patek patku", "sobota sobotu soboty",
           "neděle neděli nedele nedeli"),
    # Slovak: the nominative, the accusative "on …" writes ("v stredu", "v sobotu", "v nedeľu"; Monday's, Tuesday's,
    # Thursday's and Friday's are the nominative: "v pondelok", "v piatok") and the genitive "since" and "until"
    # write ("od pondelka", "do piatka"), with and without their diacritics.
    "sk": ("pondelok pondelka", "utorok utorka", "streda stredu stredy", "štvrtok štvrtka stvrtok stvrtka",
           "piatok piatka", "sobota sobotu soboty", "nedeľa nedeľu nedele nedela nedelu"),
    # Georgian: each weekday with its case endings ("ორშაბათს", on Monday). "კვირა" is Sunday and a week
    # (``COMMON_NOUN``).
    "ka": _georgian("ორშაბათი სამშაბათი ოთხშაბათი ხუთშაბათი პარასკევი შაბათი კვირა", weekdays=True),
    "pl": ("poniedziałek", "wtorek", "środa środę", "czwartek", "piątek", "sobota sobotę", "niedziela niedzielę"),
    "el": ("δευτέρα δευτέρας", "τρίτη τρίτης", "τετάρτη τετάρτης", "πέμπτη πέμπτης", "παρασκευή παρασκευής",
           "σάββατο σαββάτου", "κυριακή κυριακής"),
    "th": ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี พฤหัส", "ศุกร์", "เสาร์", "อาทิตย์"),
    "tr": ("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
    # Azerbaijani: Saturday ("şənbə") and Sunday ("bazar", also a market: ``COMMON_NOUN``), with the endings "to",
    # "from" and "of" written onto them ("şənbəyə", "bazardan"). Its other weekdays are two words, the first of two of
    # them another day's name ("çərşənbə axşamı", Tuesday, beside "çərşənbə", Wednesday; "cümə axşamı", Thursday,
    # beside "cümə", Friday; "bazar ertəsi", Monday): a row's forms are single words, which would read Tuesday as
    # Wednesday, so those five stay out.
    "az": ("", "", "", "", "", "şənbə şənbəyə şənbədən şənbənin şənbəsi", "bazar bazara bazardan bazarın"),
    "hi": ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"),
    # Nepali: each weekday with "बार" (day), and with "वार" as Hindi writes it, "मङ्गलबार" with its nasal written as a
    # letter, "बिहीबार" (Thursday) in both spellings.
    "ne": ("सोमबार सोमवार", "मंगलबार मङ्गलबार मंगलवार", "बुधबार बुधवार", "बिहीबार बिहिबार बिहीवार", "शुक्रबार शुक्रवार",
           "शनिबार शनिवार", "आइतबार आइतवार"),
    # Marathi: each weekday, with "ळ" in Tuesday where Hindi writes "ल", and with its locative "-ी" (on:
    # "मंगळवारी", "बुधवारी").
    "mr": tuple(f"{name} {name}ी" for name in "सोमवार मंगळवार बुधवार गुरुवार शुक्रवार शनिवार रविवार".split()),
    # Gujarati: each weekday, with its locative "-ે" (on: "મંગળવારે", "રવિવારે") and "થી" (from: "શનિવારથી").
    "gu": tuple(f"{name} {name}ે {name}થી" for name in "સોમવાર મંગળવાર બુધવાર ગુરુવાર શુક્રવાર શનિવાર રવિવાર".split()),
    # Punjabi, in Gurmukhi: each weekday as it is written, Wednesday and Friday with or without the addak
    # ("ਬੁੱਧਵਾਰ", "ਬੁਧਵਾਰ"), Saturday in its three names ("ਸ਼ਨਿੱਚਰਵਾਰ", "ਸ਼ਨਿਚਰਵਾਰ", "ਸ਼ਨੀਵਾਰ").
    "pa": tuple(unicodedata.normalize("NFC", names) for names in (
        "ਸੋਮਵਾਰ", "ਮੰਗਲਵਾਰ", "ਬੁੱਧਵਾਰ ਬੁਧਵਾਰ", "ਵੀਰਵਾਰ", "ਸ਼ੁੱਕਰਵਾਰ ਸ਼ੁਕਰਵਾਰ", "ਸ਼ਨਿੱਚਰਵਾਰ ਸ਼ਨਿਚਰਵਾਰ ਸ਼ਨੀਵਾਰ",
        "ਐਤਵਾਰ")),
    # Indonesian and Malay: "minggu" is also "a week" (``COMMON_NOUN``); "Ahad" is Malay's Sunday.
    "id": ("senin", "selasa", "rabu", "kamis", "jumat jum'at", "sabtu", "minggu"),
    "ms": ("isnin", "selasa", "rabu", "khamis", "jumaat", "sabtu", "ahad"),
    # Filipino: the weekdays from Spanish, with their other spellings ("Miyerkules", "Myerkules"; "Biyernes",
    # "Byernes"); "linggo" is also "a week" (``COMMON_NOUN``).
    "tl": ("lunes", "martes", "miyerkoles miyerkules myerkules", "huwebes", "biyernes byernes", "sabado", "linggo"),
    # Swahili counts its days from Saturday ("Jumamosi", the first day; "Jumatatu", Monday, the third); Thursday and
    # Friday are the Arabic names ("Alhamisi", "Ijumaa").
    "sw": ("jumatatu", "jumanne", "jumatano", "alhamisi", "ijumaa", "jumamosi", "jumapili"),
    # Persian: written with a zero-width non-joiner, a space or neither ("سه‌شنبه", "سه شنبه", "سهشنبه").
    "fa": ("دوشنبه", "سه\u200cشنبه سهشنبه", "چهارشنبه چهار\u200cشنبه", "پنجشنبه پنج\u200cشنبه", "جمعه", "شنبه",
           "یکشنبه یک\u200cشنبه"),
    "nl": _with_parts(("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
                      DAY_PARTS["nl"]),
    # Tamil: "திங்கள்" joins "கிழமை" as "திங்கள்கிழமை" or "திங்கட்கிழமை"; Thursday and Sunday change their ending.
    "ta": _tamil_weekdays("திங்கள்/திங்கட் செவ்வாய்க் புதன் வியாழக் வெள்ளிக் சனிக் ஞாயிற்றுக்"),
    "bn": _bengali("সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার রবিবার"),
    # Hebrew: Saturday alone is one word (``HEBREW_WEEKDAY_ORDINALS``).
    "he": ("", "", "", "", "", "שבת בשבת", ""),
    # Urdu: Monday is "پیر" or "سوموار"; "پیر" is also a saint and a foot, "ہفتہ" (Saturday) also a week
    # (``CONTEXT_WEEKDAYS``).
    "ur": ("پیر سوموار", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار"),
    # Finnish: each weekday with its case forms and its parts of the day ("keskiviikkona", "keskiviikkoaamuna").
    "fi": _finnish_weekdays("maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai"),
    # Romanian: each weekday and its form with the article ("lunea", "sâmbăta": on Mondays, on Saturday), Tuesday's
    # "ț" written with the comma below or the cedilla ("marți", "marţi"), Saturday's "â" also as the older "î".
    "ro": ("luni lunea", "marți marţi marțea marţea", "miercuri miercurea", "joi joia", "vineri vinerea",
           "sâmbătă sâmbăta sîmbătă sîmbăta", "duminică duminica"),
    # Hungarian: each weekday and the form "on …" writes ("kedden", "szerdán", "csütörtökön"; Sunday's is the name),
    # and the adjective a day's part or event follows ("keddi", "csütörtöki ülés").
    "hu": ("hétfő hétfőn hétfői", "kedd kedden keddi", "szerda szerdán szerdai", "csütörtök csütörtökön csütörtöki",
           "péntek pénteken pénteki", "szombat szombaton szombati", "vasárnap vasárnapi"),
    # Danish, Norwegian and Swedish: each weekday, its definite form and genitive ("lørdagen", "lørdagens havnefest":
    # Saturday's harbour festival) and, in Danish and Swedish, the form "last …" writes ("i torsdags", "i måndags").
    "da": _scandinavian_weekdays("mandag tirsdag onsdag torsdag fredag lørdag søndag", last=True),
    "nb": _scandinavian_weekdays("mandag tirsdag onsdag torsdag fredag lørdag søndag", last=False),
    "sv": _scandinavian_weekdays("måndag tisdag onsdag torsdag fredag lördag söndag", last=True),
    # Amharic: the same days in either calendar; Sunday and Friday in two spellings of one sound.
    "am": ("ሰኞ", "ማክሰኞ", "ረቡዕ ረቡእ", "ሐሙስ ሀሙስ", "ዓርብ አርብ", "ቅዳሜ", "እሑድ እሁድ"),
    # Serbian, in its two alphabets: the nominative and the accusative "on …" writes ("u nedelju", "у среду").
    # Lithuanian: each weekday in the cases a date writes ("antradienį", on Tuesday; "antradienio rytą").
    "lt": _lithuanian_weekdays("pirmadienis antradienis trečiadienis ketvirtadienis penktadienis šeštadienis "
                               "sekmadienis"),
    "sr": ("ponedeljak ponedeljka понедељак понедељка", "utorak utorka уторак уторка", "sreda sredu среда среду",
           "četvrtak četvrtka четвртак четвртка", "petak petka петак петка", "subota subotu субота суботу",
           "nedelja nedelju недеља недељу"),
    # Armenian: each weekday with its article and cases ("չորեքշաբթի գիշերը", "կիրակի օրը", "ուրբաթից"); "շաբաթ"
    # (Saturday) is also "a week" (``COMMON_NOUN``).
    "hy": _armenian("երկուշաբթի երեքշաբթի չորեքշաբթի հինգշաբթի ուրբաթ շաբաթ կիրակի"),
    # Burmese: each weekday alone and with "နေ့" (day) written onto it ("အင်္ဂါနေ့", on Tuesday), Monday to Sunday.
    "my": tuple(f"{name} {name}နေ့" for name in (
        "တနင်္လာ", "အင်္ဂါ", "ဗုဒ္ဓဟူး", "ကြာသပတေး", "သောကြာ", "စနေ", "တနင်္ဂနွေ")),
    # Khmer: each weekday alone and with "ថ្ងៃ" (day) written before it ("ថ្ងៃពុធ", on Wednesday), Monday to Sunday;
    # Monday and Saturday in their spellings.
    "km": tuple(" ".join(f"{name} ថ្ងៃ{name}" for name in names.split()) for names in (
        "ច័ន្ទ ចន្ទ", "អង្គារ", "ពុធ", "ព្រហស្បតិ៍ ព្រហស្បត្តិ៍", "សុក្រ", "សៅរ៍ សៅ", "អាទិត្យ")),
    # Bulgarian: each weekday and its forms with the article ("в понеделник", "от петъка", "съботата").
    "bg": ("понеделник понеделника понеделникът", "вторник вторника вторникът", "сряда срядата",
           "четвъртък четвъртъка четвъртъкът", "петък петъка петъкът", "събота съботата", "неделя неделята"),
    # Sinhala: each weekday, Monday to Sunday, with the "-දා" (day) its names end on, and Thursday with its joiner.
    "si": ("සඳුදා", "අඟහරුවාදා", "බදාදා", "බ්‍රහස්පතින්දා", "සිකුරාදා", "සෙනසුරාදා", "ඉරිදා"),
    # Telugu: each weekday, Monday to Sunday, with "నాడు" (on) and the dative (``_telugu_weekdays``).
    "te": _telugu_weekdays("సోమవారం మంగళవారం బుధవారం గురువారం శుక్రవారం శనివారం ఆదివారం"),
    # Malayalam: each weekday, Monday to Sunday, joined to "ആഴ്ച" and with its endings (``_malayalam_weekdays``).
    "ml": _malayalam_weekdays("തിങ്കളാഴ്ച ചൊവ്വാഴ്ച ബുധനാഴ്ച വ്യാഴാഴ്ച വെള്ളിയാഴ്ച ശനിയാഴ്ച ഞായറാഴ്ച"),
    # Kazakh: each weekday, Monday to Sunday, and with the endings "on", "to", "until", "from" and "of" written onto
    # it ("сәрсенбіде", "сәрсенбіге қараған түні", the night before Wednesday; "дүйсенбіге дейін", "жұмадан").
    "kk": tuple(" ".join((name, *(name + ending for ending in endings))) for name, endings in (
        ("дүйсенбі", ("де", "ге", "ден", "нің")), ("сейсенбі", ("де", "ге", "ден", "нің")),
        ("сәрсенбі", ("де", "ге", "ден", "нің")), ("бейсенбі", ("де", "ге", "ден", "нің")),
        ("жұма", ("да", "ға", "дан", "ның")), ("сенбі", ("де", "ге", "ден", "нің")),
        ("жексенбі", ("де", "ге", "ден", "нің")))),
}

# Hebrew names a weekday as "the day" and an ordinal ("יום שני", Monday: "the second day"; "ביום חמישי", on
# Thursday); the ordinal alone is a word of every sentence ("שני" is also "second"), so a weekday is the pair.
# Saturday is one word ("שבת", in ``WEEKDAYS``).
HEBREW_DAY_WORDS = ("יום", "ביום", "וביום", "מיום", "שביום")
HEBREW_WEEKDAY_ORDINALS = ("שני", "שלישי", "רביעי", "חמישי", "שישי", "", "ראשון")

# The months of the Solar Hijri calendar (Iran's), from Farvardin: another calendar than the Gregorian, so a date in
# them never equals nor contradicts a Gregorian one. Some are also words ("تیر", an arrow; "مهر", kindness; "دی"):
# read as months only after a day's figure or before a year.
SOLAR_HIJRI_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد امرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
                      "بهمن", "اسفند")

# The months of the Bikram Sambat calendar, Nepal's (Baisakh, mid-April, first), as Nepali pages write them
# ("मंसिर", "मङ्सिर"; "पुस", "पौष"), its own and its Sanskrit spellings. Its months run from 29 to 32 days, by a
# table of each year (``page_dates.bikram_sambat_to_gregorian``), so they are no Gregorian months. Not "मार्ग"
# (Mangsir's Sanskrit name, also a road) nor "भाद्र" (also a gentleman).
BIKRAM_SAMBAT_MONTHS = ("बैशाख वैशाख", "जेठ ज्येष्ठ", "असार आषाढ", "साउन श्रावण", "भदौ", "असोज आश्विन",
                        "कात्तिक कार्तिक", "मंसिर मङ्सिर", "पुस पौष", "माघ", "फागुन फाल्गुन", "चैत चैत्र")

# The months of the Ethiopian calendar, from Meskerem (September's), twelve of 30 days and Pagume of five (six before
# a Gregorian leap year): another calendar than the Gregorian, turned into it when a date is read
# (``page_dates.ethiopian_to_gregorian``). A month's name is written with either of two letters of one sound ("ኅዳር",
# "ህዳር"; "ታኅሣሥ", "ታህሳስ"), each spelling a form of its row.
ETHIOPIAN_MONTHS = ("መስከረም", "ጥቅምት", "ኅዳር ህዳር ሕዳር", "ታኅሣሥ ታህሳስ ታኅሳስ ታሕሳስ ታህሣሥ", "ጥር", "የካቲት",
                    "መጋቢት", "ሚያዝያ ሚያዚያ", "ግንቦት", "ሰኔ", "ሐምሌ ሀምሌ ሓምሌ", "ነሐሴ ነሀሴ", "ጳጉሜ ጳጉሜን")
# The words a date in Amharic writes beside its figures and names: "ቀን" (day: "ኅዳር 25 ቀን 2018"), and the era after
# its year, the Ethiopian calendar's ("ዓ.ም.", the year of mercy) or the Gregorian ("እ.ኤ.አ."), with or without
# their last stop.
ETHIOPIAN_ERA = ("ዓ.ም.", "ዓ.ም", "ዓም")
GREGORIAN_ERA_AM = ("እ.ኤ.አ.", "እ.ኤ.አ", "እኤአ")
DATE_WORDS = {"am": " ".join(("ቀን", *ETHIOPIAN_ERA, *GREGORIAN_ERA_AM))}

# Arabic's Syriac names of January and December, October and November: two words each, the first shared.
TWO_WORD_MONTHS = {"كانون الثاني": 1, "كانون الأول": 12, "تشرين الأول": 10, "تشرين الثاني": 11}

# Names that are also common words of their language, which the claims read as a date only when written with a
# capital: Turkish "ocak" (a hearth), "pazar" (a market), "ekim" (sowing), "nisan" (an engagement), "aralık" (a gap,
# a range); Azerbaijani "bazar" (a market); Russian "среда" (the environment).
# Indonesian "minggu" and Filipino "linggo" (a week), Persian "مه" (fog); Georgian "კვირა" (Sunday, and a week: "ორ
# კვირაში", in two weeks), in every form, which no capital tells apart in a script written in small letters; Armenian
# "շաբաթ" (Saturday, and a week: "շաբաթվա վերջ", the end of the week) in every form, and "մարտ" (March, and a battle).
COMMON_NOUN = frozenset({"ocak", "pazar", "ekim", "nisan", "aralık", "среда", "minggu", "linggo", "مه",
                         "bazar", "bazara", "bazardan", "bazarın",
                         *_georgian("კვირა", weekdays=True)[0].split(),
                         *_armenian("շաբաթ")[0].split(), "մարտ", "մարտը"})

# Weekday names that are also common words in a script without capitals, where no capital can tell them apart: Urdu
# "پیر" (Monday; a saint, a title before a name, a foot) and "ہفتہ" (Saturday; a week), with Saturday's oblique
# "ہفتے" ("ہفتے کو", on Saturday; "ایک ہفتے میں", in a week). Each is a day only before a word that dates something
# (``WEEKDAY_DATED_BY``: "پیر کو", on Monday; "ہفتے کی رات", on Saturday night) or a day's figure and its month
# ("ہفتہ، 13 دسمبر"); Monday's other name, "سوموار", is a day wherever it stands.
CONTEXT_WEEKDAYS: dict[str, dict[str, int]] = {"ur": {"پیر": 1, "ہفتہ": 6, "ہفتے": 6}}
WEEKDAY_DATED_BY = {"ur": ("کو", "کے روز", "کے دن", "کی صبح", "کی شام", "کی رات", "کی دوپہر")}

# Names that are also common words of their own language, which writes its months and weekdays in lower case, so that
# no capital tells them apart; the claims read each as a date only where it stands as one. Romanian "mai" is May and
# "more", "still" ("mai mulți", "tot mai des"): May only after a day's figure or before a year ("14 mai", "mai 2025"),
# and never before the words it compares (``COMPARED``: "cu 12 mai mulți", twelve more).
# Romanian "luni" is Monday and "months": months after a figure or a word that counts or orders them (``COUNTED_BY``:
# "3 luni", "trei luni", "ultimele luni") or before "de zile" ("luni de zile", for months on end), Monday elsewhere
# ("a anunțat luni", "Luni seara").
DATED_ONLY: dict[str, frozenset[str]] = {"ro": frozenset({"mai"})}
COMPARED = {"ro": "mult multă mulți multe puțin puțină puțini puține mare mari mic mică mici bine rău rele des rar "
                  "repede încet târziu devreme departe aproape înainte târzie"}
ALSO_COUNTED: dict[str, frozenset[str]] = {"ro": frozenset({"luni"})}
COUNTED_BY = {"ro": "două trei patru cinci șase șapte opt nouă zece unsprezece douăsprezece câteva multe puține "
                    "ultimele următoarele primele ultimii aceste acele celelalte câtorva ultimelor următoarelor"}
COUNTED_AFTER = {"ro": "de zile"}

# Names that are also ordinary words in a language that writes its months in lower case, where a capital tells
# nothing ("Лютий мороз …" opens a sentence): Ukrainian "лютий" (fierce, in every case the month shares), Polish
# "luty" (the same); "листопад", Ukrainian's November, is Russian's fall of the leaves; "marco", Portuguese's March
# written without its cedilla, is Spanish, Italian and Portuguese for a frame or a landmark; "آب", the Levant's August,
# is Persian for water; Czech "září" (September) is also "shines". Each is a date only beside a day's figure ("3
# лютого"), before a year ("лютий 2025") or after a preposition that takes a date (``DATE_PREPOSITIONS``: "у лютому",
# "em marco", "في آب", "v září"), as the Solar Hijri months that are also words are read. Serbian's "marta" and
# "maja" (of March, of May) are women's names in many languages (``GIVEN_NAMES``). Lithuanian's April is also a dove
# ("balandis"), its July a lime tree ("liepa"), and "kovą" a fight as often as March. Kazakh's October, "қазан", is a
# cauldron and a boiler in every case ("№3 қазан тоқтады", "қазанға су құйылды"), and its June, "маусым", a season
# ("жылыту маусымы", the heating season; "жылы маусымда", in the warm season; "жаңа маусымға", for the new season).
# Telugu's "మార్చి" is March and "having changed" ("పేరు మార్చి", having changed the name, of "మార్చు"); its locative,
# "మార్చిలో", is only March. Gujarati's "મે" (May) is also "I" (with the ergative written so), and "મેથી" (from May)
# also fenugreek ("મેથી અને પાલકનું વાવેતર", sowing fenugreek and spinach). March, written from English in the scripts of
# South Asia, is also the protest march those languages took the word for ("किसानों का मार्च", "لانگ مارچ", "ਰੋਸ ਮਾਰਚ",
# "লং মার্চ"): bare, it is a date only where a date stands; its case forms ("मार्चमध्ये", "মার্চে") are the month's.
MARCHES = ("मार्च", "માર્ચ", "ਮਾਰਚ", "مارچ", "মার্চ")
ALSO_WORDS = frozenset({"лютий", "лютого", "лютому", "luty", "листопад", "marco", "آب", "září", "marta", "maja",
                        "balandis", "balandžio", "balandį", "balandyje", "liepa", "liepos", "liepą", "liepoje",
                        "kovas", "kovą", *MONTHS["kk"][9].split(), *MONTHS["kk"][5].split(), "मे", "મે", "મેથી",
                        "మార్చి", "जुन", *MARCHES})
# Month forms that are women's given names wherever a Latin alphabet is written ("la portavoce Marta Colombo").
GIVEN_NAMES = frozenset({"marta", "maja"})
# The prepositions (and nouns of a part of a month) written before a month to date something: "in", "since",
# "until", "at the end of" ...; only the words before a month of ``ALSO_WORDS`` are asked.
DATE_PREPOSITIONS: dict[str, str] = {
    "uk": "у в до з із від після протягом наприкінці напочатку початку кінця середини",
    "ru": "в во до с со по после к концу начала середины",
    "pl": "w we do od z ze po",
    "cs": "v ve do od z ze po během začátkem koncem polovině",
    "sk": "v vo do od z zo po počas začiatkom koncom polovici",
    "sr": "u do od posle pre tokom početkom krajem sredinom",
    "lt": "nuo iki ligi per po",
    "pt": "em desde até",
    "ar": "في منذ حتى خلال مطلع أواخر أوائل منتصف",
    # Telugu: last and next ("గత మార్చి", last March); a verb's participle never follows them.
    "te": "గత వచ్చే",
    # Last and next, and the noun "year" a date writes before its month ("पिछले साल मार्च में", in March last year;
    # "گزشتہ سال مارچ میں"): a protest march follows neither.
    "hi": "पिछले अगले साल वर्ष",
    "mr": "गेल्या पुढील पुढच्या वर्षी",
    "ne": "गत अघिल्लो आगामी साल",
    "gu": "ગયા આવતા વર્ષે",
    "pa": "ਪਿਛਲੇ ਅਗਲੇ ਸਾਲ",
    "ur": "گزشتہ پچھلے اگلے سال",
    "bn": "গত আগামী সালের",
}

# The noun "month" a language writes after a month's name ("маусым айында", in the month of June; "మార్చి నెలలో", in
# the month of March): a month of ``ALSO_WORDS`` before it names a date.
MONTH_NOUNS: dict[str, str] = {"kk": "ай айы айында айының айынан айына айда", "te": "నెల నెలలో నెలలోనే నెలకు",
                               "hi": "महीने महीना माह", "mr": "महिन्यात महिना महिन्यापासून",
                               "ne": "महिना महिनामा महिनादेखि", "gu": "મહિને મહિનામાં મહિનો", "pa": "ਮਹੀਨੇ ਮਹੀਨਾ",
                               "bn": "মাসে মাস মাসের"}

# The words a language writes between a year's figure and its month ("2026 жылы маусымда", in June 2026; "2025 жылғы 3
# маусым"; "2025 ж. маусым"): such a month of ``ALSO_WORDS`` names a date. Kazakh's "жылы" alone is also "warm"
# ("жылы маусымда", in the warm season), so only the figure before it makes it the year's.
YEAR_WORDS: dict[str, str] = {"kk": "жылғы жылы ж ж."}

LANGUAGES = tuple(MONTHS)

# Hungarian's months and weekdays as stems, which its endings follow ("márciusban", "kedden", "szerdán", "szombati";
# Wednesday's "szerda" drops its vowel before them): read by the row labels (``labels.DATE_STEMS``), which take any
# ending after them; ``MONTHS`` and ``WEEKDAYS`` list the forms a date writes, for the furniture rules and the claims.
HUNGARIAN_STEMS = ("január február március április május június július augusztus szeptember október november "
                   "december hétfő kedd szerd csütörtök péntek szombat vasárnap")


def forms(rows: tuple[str, ...]) -> dict[str, int]:
    """Each form of ``rows`` (a language's months or weekdays, or the Solar Hijri months) and its row's number, from 1:
    the one reader of these tables, for the claims' dates and the furniture rules' stamps alike."""
    return {form: number for number, row in enumerate(rows, start=1) for form in row.split()}


def date_stems(language: str) -> tuple[str, ...]:
    """``language``'s month and weekday names as the stems its endings follow: each row's first form (Finnish's
    "maaliskuu", "keskiviikko"), Hungarian's from ``HUNGARIAN_STEMS``."""
    if language == "hu":
        return tuple(HUNGARIAN_STEMS.split())
    return tuple(row.split()[0] for table in (MONTHS, WEEKDAYS) for row in table.get(language, ()) if row.split())


def date_names(language: str) -> str:
    """``language``'s month and weekday names, between spaces (the shape of the furniture tables' entries); Amharic's
    with the Ethiopian calendar's months, which its pages date by."""
    names = [form for table in (MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS) for form in forms(table.get(language, ()))]
    if language == "am":
        names += list(forms(ETHIOPIAN_MONTHS))
    if language == "ar":
        names += sorted({phrase.split()[0] for phrase in TWO_WORD_MONTHS})
    return " ".join(names)
