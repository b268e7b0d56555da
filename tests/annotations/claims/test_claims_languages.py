"""Claims in languages that write their sentences, dates and figures their own way: Thai (no full stop, the
Buddhist era, "น." for the hour) and Greek (capitals of their own, ";" for a question), and the languages that write a
decimal comma and a thousands dot. Invented sentences; the language is given where it matters."""

import pytest

from annotations.claims.finding import find_mentions
from annotations.claims.linking import label_for, link_articles
from annotations.claims.normalise import details, fold, number_value, text_language


def figures(text, language=None):
    return [(f.kind, round(f.value, 4), f.hedge) for f in details(text, language).figures]


# Sentences, datelines and labels


def test_greek_sentences_end_before_a_greek_capital():
    text = ("Το δημοτικό συμβούλιο ενέκρινε 1,8 εκατ. ευρώ για τη γέφυρα της Ποταμιάς. "
            "Ο αντιδήμαρχος Στέλιος Γαλανός είπε ότι τα έργα θα κρατήσουν 14 μήνες.")

    mentions = find_mentions(1, text, "el")

    assert [m.text[:20] for m in mentions] == ["Το δημοτικό συμβούλι", "Ο αντιδήμαρχος Στέλι"]
    assert "το" not in mentions[0].details.names and "ο" not in mentions[1].details.names


def test_a_greek_question_ends_at_its_semicolon_and_is_no_claim():
    text = ("Πού θα σταθμεύουν τα 4.300 αυτοκίνητα των κατοίκων της Ποταμιάς; "
            "Ο δήμος υπόσχεται νέο χώρο με 250 θέσεις στάθμευσης δίπλα στην αγορά.")

    mentions = find_mentions(1, text, "el")

    assert [m.text[:9] for m in mentions] == ["Ο δήμος υ"]


def test_a_greek_dateline_and_a_speaker_label_in_capitals_are_left_out():
    [wire] = find_mentions(1, "ΠΟΤΑΜΙΑ, 3 Μαρτίου (ΝΠΕ) – Το δημοτικό συμβούλιο ενέκρινε 1,8 εκατ. ευρώ για τη γέφυρα.")
    [report] = find_mentions(1, "ΡΕΠΟΡΤΑΖ: Η δήμαρχος Ρένα Σταύρου επισκέφθηκε την Τρίτη το λιμάνι με 40 εργάτες.")

    assert wire.text.startswith("Το δημοτικό") and "month:march" not in wire.details.dates
    assert report.text.startswith("Η δήμαρχος") and "ρεπορταζ" not in report.details.names


def test_a_thai_sentence_ends_at_a_space_after_a_clause_never_after_an_abbreviation():
    text = ("เมื่อคืนวันที่ 8 มี.ค. ฝูงกวางป่าราว 40 ตัวจากอุทยานเขาสูงเดินเข้าไปในไร่ข้าวโพดของชาวบ้านหนองบัวทอง "
            "เจ้าหน้าที่อุทยานเปิดเผยว่าไร่ข้าวโพดเสียหายทั้งหมด 25 ไร่ และต้องใช้เวลาฟื้นฟูอีกหลายเดือน")

    mentions = find_mentions(1, text, "th")

    assert len(mentions) == 2
    first, second = mentions
    assert first.text.startswith("เมื่อคืนวันที่ 8 มี.ค. ฝูงกวางป่า") and "day:march-8" in first.details.dates
    assert second.text.startswith("เจ้าหน้าที่อุทยาน") and text[second.start:second.end] == second.text


def test_a_thai_name_and_a_speakers_title_stay_with_what_follows():
    text = ("นายสมศักดิ์ ทองดี หัวหน้าอุทยานแห่งชาติเขาสูง มหาวิทยาลัยบ้านนา เปิดเผยว่า ได้ส่งเจ้าหน้าที่ 30 นาย "
            "ออกติดตามฝูงกวางป่าตลอดทั้งคืนจนกลับเข้าป่าได้ทั้งหมดในเช้าวันรุ่งขึ้น")

    [mention] = find_mentions(1, text, "th")

    assert mention.text.startswith("นายสมศักดิ์ ทองดี")


def test_a_short_thai_line_is_a_headline_and_a_long_one_prose():
    headline = "กวางป่า 40 ตัวบุกไร่ข้าวโพดหนองบัวทอง ชาวบ้านเสียหาย 25 ไร่"
    body = ("ฝูงกวางป่าราว 40 ตัวจากอุทยานแห่งชาติเขาสูงเดินเข้าไปกินไร่ข้าวโพดของชาวบ้านหนองบัวทองตลอดทั้งคืน "
            "ทำให้ไร่ข้าวโพดเสียหายรวม 25 ไร่ มูลค่าความเสียหายเบื้องต้นประมาณ 3.5 แสนบาท")

    assert find_mentions(1, headline, "th") == []
    assert find_mentions(1, body, "th")


def test_time_stamps_bylines_and_rows_of_furniture_are_not_claims():
    assert find_mentions(1, "Last updated 14 October 2025, 09:12.") == []
    assert find_mentions(1, "ปรับปรุงล่าสุด ๙ มีนาคม ๒๕๖๙ เวลา ๑๔:๑๐ น.", "th") == []
    assert find_mentions(1, "ทีมข่าวหนองบัวทองออนไลน์ | 8 มี.ค. 2569 07:52 น. | อัปเดต 8 มี.ค. 2569 12:15 น.", "th") == []


def test_the_language_of_an_article_is_told_by_its_script_for_thai_and_greek():
    assert text_language("ฝูงกวางป่าราว 40 ตัวจากอุทยานแห่งชาติเขาสูงเดินเข้าไปกินไร่ข้าวโพด") == "th"
    assert text_language("Το δημοτικό συμβούλιο ενέκρινε 1,8 εκατ. ευρώ για τη γέφυρα.") == "el"


# Dates


def test_greek_months_in_every_case_and_ordinal_days():
    assert {"day:december-1", "month:december", "weekday:monday"} <= details(
        "Ο δρόμος κλείνει από τη Δευτέρα 1η Δεκεμβρίου.", "el").dates
    assert {"day:may-31", "year:2026"} <= details("Η δοκιμή κρατά έως τις 31 Μαΐου 2026.", "el").dates
    assert "month:december" in details("Οι έμποροι ζήτησαν να μη γίνει τον Δεκέμβριο.", "el").dates
    assert "month:december" in details("Ο Δεκέμβριος είναι ο καλύτερος μήνας.", "el").dates
    assert "day:october-14" in details("Η ΣΥΝΕΔΡΙΑΣΗ ΤΗΣ 14 ΟΚΤΩΒΡΙΟΥ ΚΡΑΤΗΣΕ ΠΕΝΤΕ ΩΡΕΣ", "el").dates
    # lower-case "τρίτη" is "third", not Tuesday
    assert not details("Ήταν η τρίτη φορά μέσα στο έτος.", "el").dates


def test_a_date_in_figures_and_a_day_with_a_word_between_it_and_its_month():
    assert {"day:october-14", "year:2025"} <= details("Η ψηφοφορία έγινε στις 14/10/2025 στο δημαρχείο.", "el").dates
    assert "day:may-1" in details("El mercado abre el 1º de mayo.", "es").dates
    assert "day:march-4" in details("Le marché ouvre le 4 mars.", "fr").dates


def test_thai_months_full_and_short_and_the_buddhist_era():
    assert {"day:march-8", "month:march", "year:2026", "weekday:sunday"} <= details(
        "เมื่อวันอาทิตย์ที่ ๘ มีนาคม ๒๕๖๙ ฝูงกวางเข้าไร่", "th").dates
    assert {"day:july-12", "year:2025"} <= details("ประชุมเมื่อ ๑๒ ก.ค. ๖๘ ที่ศาลากลาง", "th").dates
    assert "year:2016" in details("จำนวนกวางเพิ่มจาก 90 ตัวเมื่อปี ๒๕๕๙", "th").dates
    assert {"month:november", "year:2024"} <= details("เมื่อเดือนพฤศจิกายน 2567 มีกวางเข้าไร่", "th").dates
    # a bare year of the Buddhist era is a year, not a count
    assert figures("ตั้งแต่ต้นปี ๒๕๖๙ ถึงปัจจุบัน", "th") == []


def test_thai_times_of_day_and_numbers_of_roads_are_not_figures():
    assert figures("เมื่อเวลาประมาณ 03.40 น. ชาวบ้านพบกวาง", "th") == []
    assert figures("เดินข้ามทางหลวงหมายเลข 2145 จนถึงเช้า 9 โมง", "th") == []


# Figures


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("el", "περνούν 9.500 οχήματα", [("count", 9500, "")]),
    ("el", "κοστίζει 2.380.000 ευρώ", [("money:EUR", 2_380_000, "")]),
    ("el", "κάθε ώρα κοστίζει 0,80 ευρώ", [("money:EUR", 0.8, "")]),
    ("el", "το 58,4% των εμπόρων", [("share", 0.584, "")]),
    ("el", "προϋπολογισμός 2,4 εκατ. ευρώ", [("money:EUR", 2_400_000, "")]),
    ("de", "Die Stadt zahlt 1,5 Mio. Euro", [("money:EUR", 1_500_000, "")]),
    ("fr", "la ville paie 2 380 000 euros", [("money:EUR", 2_380_000, "")]),
    ("fr", "le conseil vote 1,2 million d'euros", [("money:EUR", 1_200_000, "")]),
    ("pt", "a câmara gastou 1,2 milhões de euros", [("money:EUR", 1_200_000, "")]),
    ("es", "el gobierno gastó 2 mil millones de dólares", [("money:USD", 2_000_000_000, "")]),
    ("pl", "miasto wyda 3,5 mln złotych", [("money:PLN", 3_500_000, "")]),
    ("ru", "город потратит 1,5 млн рублей", [("money:RUB", 1_500_000, "")]),
])
def test_figures_with_a_decimal_comma_and_a_thousands_dot(language, text, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Der Laden am Markt ist 24/7 geöffnet.", []),
    ("fr", "Le club local a gagné 10/1 contre ses voisins.", []),
    ("el", "Η ομάδα του χωριού κέρδισε 7/3 στον τελικό.", []),
    ("ru", "Аптека у вокзала работает 24/7 без перерыва.", []),
    ("pl", "Sklep przy rynku jest otwarty 24/7 przez cały rok.", []),
])
def test_two_figures_joined_by_a_slash_are_no_date(language, text, expected):
    found = details(text, language)

    assert figures(text, language) == expected
    assert not found.dates


@pytest.mark.parametrize(("language", "text", "first", "second"), [
    ("de", "Die Zahl der Toten in der Region stieg auf 14. Am Abend kamen 3 weitere hinzu.",
     "Die Zahl der Toten in der Region stieg auf 14.", "Am Abend kamen 3 weitere hinzu."),
    ("pl", "Liczba ofiar powodzi w powiecie wzrosła do 14. Wieczorem policja zamknęła 3 drogi do miasta.",
     "Liczba ofiar powodzi w powiecie wzrosła do 14.", "Wieczorem policja zamknęła 3 drogi do miasta."),
])
def test_a_figure_ending_a_sentence_before_a_capital_is_a_count_not_an_ordinal(language, text, first, second):
    mentions = find_mentions(1, text, language)

    assert [m.text for m in mentions] == [first, second]
    assert [(f.kind, f.value) for f in mentions[0].details.figures] == [("count", 14)]
    assert [(f.kind, f.value) for f in mentions[1].details.figures] == [("count", 3)]


def test_an_ordinal_before_a_month_a_ranked_noun_or_a_word_in_lower_case_goes_on():
    [german] = find_mentions(1, "Der Verein spielt seit dem 3. Oktober in der 3. Liga und hat 12 Punkte.", "de")
    [polish] = find_mentions(1, "Drużyna zajmuje obecnie 4. miejsce w tabeli po 12 meczach sezonu.", "pl")

    assert [(f.kind, f.value) for f in german.details.figures] == [("rank", 3), ("count", 12)]
    assert "day:october-3" in german.details.dates
    assert [(f.kind, f.value) for f in polish.details.figures] == [("rank", 4), ("count", 12)]


def test_english_keeps_its_own_figures():
    assert figures("They paid 1,240 pounds and 2.5 million euros.") == [("money:GBP", 1240, ""),
                                                                        ("money:EUR", 2_500_000, "")]
    assert number_value("1,240", "en") == 1240 and number_value("1.240", "el") == 1240
    assert number_value("2.5", "el") == 2.5  # a full stop before other than three digits is a decimal point


def test_hedges_of_other_languages():
    assert figures("περνούν καθημερινά περίπου 9.500 οχήματα", "el") == [("count", 9500, "rounded")]
    assert figures("υπέγραψαν πάνω από 1.240 πολίτες", "el") == [("count", 1240, "bound")]
    assert figures("σχεδόν 30 καταστήματα", "el") == [("count", 30, "bound")]
    assert figures("il y avait environ 300 personnes", "fr") == [("count", 300, "rounded")]
    assert figures("กวางป่าราว 40 ตัว", "th") == [("count", 40, "rounded")]
    assert figures("จำนวนประมาณ 23 ตัว", "th") == [("count", 23, "rounded")]
    assert figures("ต้นกล้วยกว่า ๓๐๐ ต้น", "th") == [("count", 300, "bound")]


def test_thai_multipliers_currencies_shares_units_and_classifiers():
    assert figures("ความเสียหายราว 1.2 ล้านบาท", "th") == figures("ความเสียหายราว ๑.๒ ล้านบาท", "th") == [
        ("money:THB", 1_200_000, "rounded")]
    assert figures("ร้อยละ 41 ของครัวเรือน", "th") == [("share", 0.41, "")]
    [rai] = details("ไร่ข้าวโพดเสียหาย 42 ไร่", "th").figures
    [deer] = details("กวางป่า 23 ตัวเดินเข้าไร่", "th").figures
    assert (rai.kind, rai.nouns) == ("unit:rai", frozenset({"ไร่"}))
    assert (deer.kind, deer.nouns) == ("count", frozenset({"ตัว"}))
    # a stray letter of an abbreviation is no noun ("หมู่ ๔ ต.บ้านนา")
    assert all(len(noun) > 1 for figure in details("บ้าน 4 ต.บ้านนา", "th").figures for noun in figure.nouns)


def test_a_figure_per_night_in_thai_is_a_rate():
    [figure] = details("จังหวัดจ่ายค่าตอบแทนคืนละ ๓๐๐ บาท", "th").figures
    assert figure.kind == "money:THB/day"


def test_a_function_word_is_never_a_figures_noun():
    found = details("Τα κλειστά καταστήματα μειώθηκαν από 14 σε 5 μέσα σε τέσσερα χρόνια.", "el").figures
    assert all(not {"σε", "και", "στον"} & figure.nouns for figure in found)
    [votes] = details("Υπέρ ψήφισαν 19 σύμβουλοι.", "el").figures
    assert votes.nouns == {fold("σύμβουλοι")}


# Names, links and labels


def test_capitals_without_accents_meet_the_accented_name():
    shouted = details("Το ΛΙΜΑΝΙ της ΠΟΤΑΜΙΑΣ κλείνει για 40 ημέρες.", "el").names
    written = details("Το λιμάνι της Ποταμιάς κλείνει για 40 ημέρες.", "el").names
    assert shouted & written


def test_a_thai_fact_links_across_outlets_in_either_digits():
    claims = link_articles([
        ("a", "สำนักงานเกษตรอำเภอประเมินมูลค่าความเสียหายของไร่ข้าวโพดในหมู่บ้านหนองบัวทองเบื้องต้นราว 3.5 แสนบาท"),
        ("b", "มูลค่าความเสียหายของไร่ข้าวโพดในหมู่บ้านหนองบัวทองทั้งหมดเบื้องต้นประมาณ ๓.๕ แสนบาท ตามการประเมินของอำเภอ"),
    ])

    [claim] = [c for c in claims if len(c.mentions) == 2]
    assert "3.5 แสนบาท" in claim.reasons[0] or "๓.๕ แสนบาท" in claim.reasons[0]


def test_a_greek_fact_links_across_outlets():
    claims = link_articles([
        ("a", "Σύμφωνα με τη μελέτη του δήμου, από την οδό Ερμού περνούν καθημερινά περίπου 9.500 οχήματα."),
        ("b", "Τα 9.500 οχήματα που περνούν κάθε μέρα από την ΟΔΟ ΕΡΜΟΥ θα πάνε στις παράλληλες οδούς."),
    ])

    [claim] = [c for c in claims if len(c.mentions) == 2]
    assert "9.500 οχήματα" in claim.reasons[0]


def test_a_thai_label_is_never_cut_after_a_figure():
    sentence = ("นายสมศักดิ์ ทองดี หัวหน้าอุทยานแห่งชาติเขาสูง กล่าวว่า เจ้าหน้าที่ 40 นายและอาสาสมัครอีก 25 คน "
                "ออกติดตามฝูงกวางป่าตลอดทั้งคืนจนกลับเข้าป่าได้ทั้งหมด")

    for limit in range(40, 90, 5):
        label = label_for(sentence, limit)
        assert label.endswith("…") and not label[:-1].rstrip()[-1:].isdecimal(), label
        # the label shows the figure: a lead-in too long to keep with it is cut instead ("…เจ้าหน้าที่ 40 นาย…")
        assert label[:-1].lstrip("…") in sentence and "40 นาย" in label, label
