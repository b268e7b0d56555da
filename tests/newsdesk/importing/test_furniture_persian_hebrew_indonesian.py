"""Page furniture in Persian, Hebrew and Indonesian: the phrases their pages share, found by the line rules,
contributors' notes and a footer's details above its copyright line, while the story's own sentences in those
languages stay the story's."""

from collections import Counter

import pytest

from newsdesk.alignment.furniture import line_reasons
from newsdesk.importing.furniture_lines import line_furniture, related_label


@pytest.mark.parametrize("line", [
    "تمامی حقوق این وبگاه متعلق به روزنامه نمونه است.",
    "تمامي حقوق اين وبگاه متعلق به روزنامه نمونه است.",  # typed with the Arabic letters
    "استفاده از مطالب با ذکر منبع بلامانع است.",
    "כל הזכויות שמורות לעיתון הגליל התחתון.",
    "Hak cipta dilindungi undang-undang.",
    "Dilarang mengambil konten dari situs ini tanpa izin redaksi.",
])
def test_copyright_notices_are_furniture(line):
    assert line_furniture(line) is not None


@pytest.mark.parametrize("line", [
    "ما برای بهتر کردن سایت از کوکی استفاده می‌کنیم و با ادامه کار موافقت شما را فرض می‌کنیم.",
    "אתר זה משתמש בעוגיות כדי לשפר את החוויה שלכם.",
    "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.",
])
def test_cookie_banners_are_furniture(line):
    assert line_furniture(line) is not None


@pytest.mark.parametrize("line", [
    "نظر خود را بنویسید؛ پیام‌های توهین‌آمیز حذف می‌شوند.",
    "הצטרפו לחוג התומכים שלנו ותקבלו את הגיליון לפני כולם.",
    "Ikuti saluran WhatsApp kami untuk berita terbaru setiap pagi.",
    "Tulis komentar Anda di kolom di bawah ini.",
])
def test_prompts_that_speak_to_the_reader_are_furniture(line):
    assert line_furniture(line) is not None


@pytest.mark.parametrize("line", [
    "نوشته‌های این ستون لزوماً بیانگر دیدگاه تحریریه نیست.",
    "הטור משקף את דעת הכותבת בלבד.",
    "Tulisan ini tidak mencerminkan pandangan redaksi.",
])
def test_notes_that_the_views_are_the_writers_are_furniture(line):
    assert line_furniture(line) is not None


@pytest.mark.parametrize("line", ["מאת: רונית שמש", "Penulis: Siti Rahmawati", "Editor: Bayu Pratama"])
def test_bylines_behind_their_label_are_furniture(line):
    assert line_furniture(line) is not None


def test_a_sign_off_in_a_script_without_capitals_is_a_byline():
    assert line_furniture("נועה לוי, חדשות הצפון, עפולה.")[0] == "byline"


@pytest.mark.parametrize("label", ["بیشتر بخوانید:", "כתבות נוספות", "Baca Juga"])
def test_read_more_labels_head_a_list_of_links(label):
    assert related_label(label)


@pytest.mark.parametrize("line", [
    # The wages of the workers are "حقوق" as the rights of a copyright are: a report on them is the story's.
    "کلیه حقوق معوقه کارگران کارخانه تا پایان ماه پرداخت خواهد شد.",
    # A broadcaster's script cue opening a paragraph is the story's.
    "خبرنگار: به گفته نماینده کارگران، طلب آنها به چند ماه رسیده است و کسی پاسخگو نیست.",
    "המועצה הודיעה כי תמשיך לתמוך בעובדים שפוטרו מהמפעל.",
    "Para pekerja mengaku belum menerima gaji selama dua bulan terakhir.",
])
def test_the_storys_own_sentences_stay_the_storys(line):
    assert line_furniture(line) is None


@pytest.mark.parametrize("line", [
    "مهسا افراسیابی دکترای جامعه‌شناسی دارد و درباره شهرهای کوچک پژوهش می‌کند.",
    "مهسا افراسيابي دكتراي جامعه‌شناسي دارد و درباره شهرهاي كوچك پژوهش مي‌كند.",  # typed with the Arabic letters
    "دکتر بهرام نوروزی استاد اقتصاد دانشگاه شیراز است.",
    "נועה ברק היא עיתונאית ופרשנית כלכלית, לשעבר חוקרת במכון למדיניות ציבורית.",
    "פרופ׳ אורי לוין הוא היסטוריון באוניברסיטת חיפה.",
    "Dr. Ir. Wulan Sasmita adalah dosen teknik industri di Universitas Nusa Raya.",
    "Hj. Ratna Dewi adalah peneliti senior di Lembaga Kajian Pangan dan menulis tentang pertanian.",
])
def test_contributors_notes_are_furniture(line):
    assert line_furniture(line)[0] == "contributor_bio"


@pytest.mark.parametrize("line", [
    # A person in the news brought in by name and role, or by what they said or did, is the story's.
    "Agus Salim adalah ketua serikat pekerja yang sudah dua puluh tahun bekerja di pabrik itu.",
    "Dosen Universitas Nusa Raya Wulan Sasmita mengatakan upah buruh belum dibayar.",
    "יוסי כהן כתב מכתב למועצה ובו ביקש עזרה לעובדים שפוטרו.",
    "נועה ברק היא עיתונאית, אמרה אתמול ראש המועצה בישיבה.",
    "بهرام نوروزی استاد دانشگاه شیراز دیروز گفت که کارخانه باید دوباره باز شود.",
])
def test_people_in_the_news_are_not_contributors_notes(line):
    found = line_furniture(line)
    assert found is None or found[0] != "contributor_bio"


@pytest.mark.parametrize("text", [
    "نشانی: شهر نمونه، خیابان آزادی، پلاک ۷\n© کلیه حقوق برای روزنامه نمونه محفوظ است.",
    "כתובת: רחוב הדקל 4, עפולה | טל׳ 04-6123456\nכל הזכויות שמורות לעיתון הגליל.",
    "WARTA KOTA | Jl. Merdeka No. 12, Bandung | Redaksi | Kontak\n© 2025 Warta Kota. Hak cipta dilindungi.",
    "Harbour Herald | 12 Quay Road | Tel. 01632 960 111\n© 2025 Harbour Herald",
])
def test_a_footers_details_above_its_copyright_line_are_furniture(text):
    assert line_reasons(text, Counter())


@pytest.mark.parametrize("text", [
    # A caption over its picture's credit ends like a sentence or has no footer's details: the passage stays.
    "Pekerja berkumpul di depan gerbang pabrik di Jalan Raya Cibareng.\n© Foto Warta Kota",
    "Workers gather at the factory gate on Monday morning\n© Reuters",
])
def test_a_caption_above_a_credit_is_no_footer(text):
    assert line_reasons(text, Counter()) == []
