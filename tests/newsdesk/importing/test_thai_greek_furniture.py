"""Page furniture in Thai and Greek (``furniture_vocabulary``), the sentences of news in those languages that share its
words but are the story's, Thai prose told from Thai headlines without a stop to go by, and the lines of a script
(a broadcaster's cue, a transcript's speaker) kept with the paragraph they head.

Every text here is invented for the test. The rules of ``alignment.furniture`` are asked with the language given
("th", "el"), as the story's language tells it."""

import pytest

from newsdesk.alignment import furniture
from newsdesk.importing import furniture_vocabulary, ingest
from newsdesk.importing.furniture_lines import ends_sentence, line_furniture, related_label, unstopped_prose

FURNITURE = {
    "th": {
        "เว็บไซต์ของเราใช้คุกกี้เพื่อปรับปรุงการให้บริการ การใช้งานเว็บไซต์ต่อถือว่าท่านยอมรับนโยบายคุกกี้": "consent",
        "อ่านข่าวด่วนก่อนใครทาง LINE @bannakhao กดเพิ่มเพื่อนได้เลย": "furniture_words",
        "15 ก.ย. 2568 18:05 น.": "timestamp",
        "วันจันทร์ที่ ๒ มิถุนายน ๒๕๖๙ เวลา ๐๗:๔๕ น.": "timestamp",
        "อัปเดต 3 ตุลาคม 2568 เวลา 10:30 น.": "timestamp",
        "เรื่องและภาพ: สมศักดิ์ ใจงาม": "byline",
        "ข่าวที่เกี่ยวข้อง": "related_list",
        "ข่าวยอดนิยม": "related_list",
        "ชลธิชา วงศ์ใหญ่ เป็นนักวิชาการด้านการจัดการน้ำและอดีตผู้สื่อข่าว": "contributor_bio",
        "ธีรภัทร สุขใจ บ้านนาทีวี รายงานจากอำเภอท่าน้ำ": "contributor_bio",
        "ข้อเขียนนี้เป็นความคิดเห็นส่วนตัวของผู้เขียน ไม่จำเป็นต้องสอดคล้องกับจุดยืนของสำนักข่าว": "disclaimer",
    },
    "el": {
        "Αυτός ο ιστότοπος χρησιμοποιεί cookies για τη λειτουργία του. Συνεχίζοντας, συμφωνείτε με την πολιτική μας.":
            "consent",
        "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας.": "consent",
        "Αποδοχή όλων  Απόρριψη  Ρυθμίσεις": "consent",
        "Συνδεθείτε για να σχολιάσετε. Τα σχόλια ελέγχονται πριν δημοσιευτούν.": "call_to_action",
        "Τα σημαντικότερα νέα της εβδομάδας στο ηλεκτρονικό σας ταχυδρομείο κάθε Παρασκευή.": "furniture_words",
        "Κατεβάστε την εφαρμογή μας και διαβάστε τα νέα από το κινητό σας.": "furniture_words",
        "Κατεβάστε τη νέα εφαρμογή της ΑΚΤΗ και δείτε τις ειδήσεις ζωντανά από το κινητό σας.": "call_to_action",
        "Γίνετε συνδρομητής με 3,50 € τον μήνα και στηρίξτε την τοπική δημοσιογραφία.": "offer",
        "Νίκος Παππάς, ΡΑΔΙΟ ΛΙΜΑΝΙ, Αγία Μαρίνα.": "byline",
        "Της Ελένης Βασιλείου": "byline",
        "Η Μαρία Κωνσταντίνου είναι οικονομολόγος και διδάσκει δημόσια οικονομικά.": "contributor_bio",
        "Οι απόψεις του άρθρου εκφράζουν τον συγγραφέα και όχι απαραίτητα την εφημερίδα.": "disclaimer",
        "ΔΕΙΤΕ ΕΠΙΣΗΣ": "related_list",
        "Σχετικά άρθρα": "related_list",
        "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ: Νέο ωράριο για τη λαϊκή αγορά της Τετάρτης": "related_list",
        "Τελευταία ενημέρωση: 5 Μαρτίου 2026, 09:15": "timestamp",
    },
}


@pytest.mark.parametrize(
    ("text", "rule"), [(text, rule) for table in FURNITURE.values() for text, rule in table.items()]
)
def test_page_furniture_in_thai_and_greek_is_told_by_its_words(text, rule):
    found = line_furniture(text)
    assert found is not None and found[0] == rule, found


NEWS = [
    # Thai: a person in the news is named with the honorific written onto the name; a reporter is quoted; cookies in
    # a report of what a company did.
    "นายประเสริฐ ทองคำ เป็นนักวิชาการประจำกรมชลประทานมากว่าสิบปี",
    "ผู้สื่อข่าวรายงานว่าน้ำในแม่น้ำท่าน้ำลดลงแล้วกว่าครึ่งเมตร",
    "บริษัทระบุว่าไม่ได้ใช้คุกกี้เก็บข้อมูลลูกค้าโดยไม่ได้รับความยินยอม",
    # Greek: a job named beside what the person said, an honorific, a subscription in the news.
    "Ο Γιάννης Ρήγας είναι συγκοινωνιολόγος, είπε ο δήμαρχος στο συμβούλιο.",
    "Η κ. Σταύρου είναι πρόεδρος του συλλόγου εδώ και δύο χρόνια.",
    "Ο δήμος ανακοίνωσε ότι η μηνιαία κάρτα θα κοστίζει 3,50 € για τους συνδρομητές του λεωφορείου.",
]


@pytest.mark.parametrize("text", NEWS)
def test_news_sharing_furnitures_words_in_thai_and_greek_is_the_storys(text):
    assert line_furniture(text) is None


# Thai ends its sentences with a space: a paragraph of prose, one that closes on a quotation, one that closes on an
# abbreviation's stop, and one crowded with figures and abbreviations.
THAI_PROSE = [
    "เมื่อคืนวันเสาร์ที่ผ่านมา น้ำจากแม่น้ำท่าน้ำได้ไหลเข้าท่วมตลาดเทศบาลจนชาวบ้านต้องขนของขึ้นที่สูง "
    "เจ้าหน้าที่เทศบาลยังคงเฝ้าระวังระดับน้ำอย่างใกล้ชิด",
    "“เราไม่เคยเห็นน้ำขึ้นเร็วขนาดนี้มาก่อน ต้องรีบปลุกลูกหลานให้ย้ายของขึ้นชั้นบนก่อนที่น้ำจะเข้าบ้าน”",
    "ระดับน้ำที่สะพานท่าน้ำขึ้นสูงสุดเมื่อเวลาประมาณ ๐๓.๑๕ น. ก่อนจะค่อย ๆ ลดลงในช่วงสาย "
    "ซึ่งเจ้าหน้าที่ได้เปิดประตูระบายน้ำทั้งสามบานตั้งแต่เวลา ๐๕.๐๐ น.",
    "ผลการสำรวจ ณ วันที่ ๙ ก.ย. พบว่ามีบ้านเรือนเสียหาย ๔๒ หลัง ถนน ๖ สาย ต.ท่าน้ำ อ.ริมฝั่ง "
    "และนาข้าวอีก ๑๒๐ ไร่ ซึ่งอำเภอจะจ่ายเงินช่วยเหลือภายใน ๓๐ วัน",
]
THAI_HEADLINES = [
    "น้ำท่วมตลาดท่าน้ำกลางดึก ชาวบ้านขนของหนีน้ำ ถนนหลายสายปิดการจราจร",
    "ผู้ว่าฯ สั่งเร่งสูบน้ำออกจากตลาด ๔ เครื่อง",
]


@pytest.mark.parametrize("text", THAI_PROSE)
def test_thai_prose_reads_as_prose_without_a_stop(text):
    assert ends_sentence(text)
    assert furniture.sentence_like(text)
    assert furniture.furniture_reasons(text, language="th") == []


@pytest.mark.parametrize("text", THAI_HEADLINES)
def test_a_thai_headline_reads_as_no_sentence(text):
    assert not unstopped_prose(text)
    assert "no sentence: a caption, heading or link" in furniture.furniture_reasons(text, language="th")


def test_a_thai_list_of_names_has_hardly_any_words_that_join_a_sentence():
    names = "\n".join(["ช่างภาพ สมชาย ใจดี", "ตัดต่อ วิภา แสงทอง", "กราฟิก ธนพล ศรีทอง"] * 4)
    assert furniture.furniture_reasons(names, language="th")


def test_the_greek_reader_is_addressed_by_the_outlet_and_a_columnists_our_is_the_towns():
    prompt = "Εγγραφείτε στο ενημερωτικό μας δελτίο και λάβετε τα νέα στο email σας."
    column = "Η πόλη μας χρειάζεται περισσότερους πεζόδρομους."
    assert "the outlet addresses the reader: an appeal or a prompt" in furniture.furniture_reasons(
        prompt, language="el")
    assert furniture.furniture_reasons(column, language="el") == []


def test_greek_and_thai_months_and_weekdays_are_date_names_as_lower_case_writes_them():
    names = furniture_vocabulary.words(furniture_vocabulary.DATE_NAMES)
    for word in ("Οκτώβριος", "Οκτωβρίου", "Οκτώβριο", "Μαΐου", "Δευτέρα", "Δευτέρας", "Κυριακής"):
        assert word.lower() in names, word
    for word in ("มีนาคม", "มี.ค.", "ธันวาคม", "ธ.ค.", "วันพฤหัสบดีที่", "อาทิตย์"):
        assert word in names, word


def _passages(text: str) -> list[str]:
    return [text[start:end] for start, end in ingest.split_passages(text)]


def test_thai_broadcast_cues_stay_with_the_paragraph_they_head():
    report = ("เช้าวันนี้ระดับน้ำในแม่น้ำท่าน้ำเริ่มลดลงแล้ว แต่ชาวบ้านหลายครอบครัวยังไม่สามารถกลับเข้าบ้านได้ "
              "เพราะยังมีน้ำขังอยู่ในซอยและบ้านเรือนที่อยู่ต่ำ")
    quote = ("“น้ำมาเร็วมากจริง ๆ ตอนตีสองยังแห้งอยู่เลย พอตีสามน้ำก็เข้ามาถึงเข่าแล้ว "
             "ของในร้านที่ยกขึ้นไม่ทันก็เสียหายไปหมด”")
    cue = "[สัมภาษณ์] นางสาวปราณี ศรีสุข เจ้าของร้านอาหารริมแม่น้ำท่าน้ำ"
    text = f"[รายงาน]\n{report}\n{cue}\n{quote}\n"
    assert _passages(text) == [f"[รายงาน]\n{report}", f"{cue}\n{quote}"]


def test_a_greek_speaker_line_stays_with_the_quotation_below_it():
    quote = "«Τριάντα χρόνια βγαίνω στη θάλασσα και τέτοιο κύμα στο λιμάνι δεν έχω ξαναδεί.»"
    after = "Ο λιμενάρχης απαγόρευσε τον απόπλου όλων των σκαφών μέχρι την Πέμπτη το πρωί."
    text = f"ΓΙΩΡΓΟΣ ΛΑΜΠΡΟΥ, ψαράς:\n{quote}\n{after}\n"
    assert _passages(text) == [f"ΓΙΩΡΓΟΣ ΛΑΜΠΡΟΥ, ψαράς:\n{quote}", after]


def test_a_thai_list_of_links_under_its_label_stays_one_passage_and_is_furniture():
    text = ("ข่าวที่เกี่ยวข้อง\n"
            "น้ำท่วมตลาดท่าน้ำกลางดึก ชาวบ้านขนของหนีน้ำ ถนนหลายสายปิดการจราจร\n"
            "อำเภอริมฝั่งเปิดศูนย์พักพิงชั่วคราว ๓ แห่ง รับผู้ประสบภัยน้ำท่วม\n"
            "ราคาผักในตลาดสดท่าน้ำพุ่งขึ้นเท่าตัวหลังน้ำลด\n")
    assert _passages(text) == [text.strip()]
    assert furniture.related_list(text.strip())
    assert related_label("ข่าวที่เกี่ยวข้อง")


def test_a_thai_date_and_byline_stay_one_passage_of_furniture():
    text = "๑๒ กันยายน ๒๕๖๙ เวลา ๐๖:๓๐ น.\nโดย วิไลวรรณ ทองดี ผู้สื่อข่าวประจำจังหวัดท่าน้ำ\n"
    assert _passages(text) == [text.strip()]
    assert furniture.furniture_reasons(text.strip(), language="th")
    assert furniture.line_reasons(text.strip(), {})


def test_a_section_heading_behind_its_mark_is_the_storys_and_a_label_behind_one_is_not():
    assert furniture.furniture_reasons("■ น้ำลด ชาวบ้านเริ่มกลับบ้าน", language="th") == []
    assert furniture.furniture_reasons("◆ \"언제 집에 가나\" 이틀째 대피", language="ko") == []
    assert furniture.furniture_reasons("■ 관련기사", language="ko")


def test_an_abbreviations_stop_ends_no_thai_sentence():
    assert not ends_sentence("15 ก.ย. 2568 18:05 น.")
    assert not furniture.sentence_like("ปรับปรุงล่าสุด ๙ กันยายน ๒๕๖๙ เวลา ๑๔:๑๐ น.")
    assert ends_sentence("The council met at 9 a.m.")
