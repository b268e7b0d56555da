"""Furniture phrases of Persian, Hebrew, Indonesian, Malay, Ukrainian and Russian pages leave a sentence of news that
writes the same words alone (invented sentences)."""

from collections import Counter

import pytest

from newsdesk.alignment.furniture import furniture_reasons, line_reasons
from newsdesk.importing.furniture_lines import line_furniture


def _furniture(text: str, language: str) -> bool:
    return bool(furniture_reasons(text, language=language) or line_reasons(text, Counter()))


@pytest.mark.parametrize("language, sentence", [
    # Hebrew writes the plural imperative as the past: "they joined", "they sent a response", "they supported us".
    ("he", "עשרות תושבים הצטרפו לקבוצת המפגינים מול שער המפעל בשעות הבוקר."),
    ("he", "מהנהלת החברה שלחו תגובה שלפיה ההחלטה סופית ואין בכוונתה לשנות אותה."),
    ("he", "ראשי המועצות השכנות הצטרפו לתומכים בתוכנית ההבראה של המפעל."),
    ("he", "נציגי הוועד הצטרפו לערוץ התקשורת הקבוע עם משרד הכלכלה."),
    ("he", "לאורך כל המשבר תושבי היישוב תמכו בנו, מספר מנהל המפעל."),
    ("he", "העובדים כתבו תגובה חריפה למכתב ההנהלה ופרסמו אותה בקבוצת היישוב."),
    # A law protects an artist's material and moral rights; a factory "uses" sugar for cookies.
    ("fa", "لایحه حمایت از حقوق مادی و معنوی هنرمندان دیروز در مجلس تصویب شد."),
    ("fa", "این کارخانه تنها تولیدکننده قند استان است که برای تولید کوکی از آن استفاده می‌کند."),
    # "They found an error", "look for yourselves", speech after a dash in the speaker's person.
    ("uk", "Аудитори знайшли помилку в розрахунках заробітної плати за жовтень."),
    ("uk", "Інспектори помітили помилку в документах підприємства ще влітку."),
    ("uk", "Дивіться самі, що тут залишилося, – показує рукою охоронець."),
    ("uk", "– Нам обіцяли виплатити зарплату ще у вересні, – каже працівниця цеху."),
    ("uk", "Ми використовуємо аміак у холодильних установках уже тридцять років, – пояснив головний інженер."),
    ("ru", "Проверяющие нашли ошибку в смете ремонта роддома."),
    ("ru", "Смотрите сами, что осталось от отделения, – показывает санитарка."),
    # "Send a comment", "follow us", "not an invitation" as a sentence of news says them.
    ("id", "Warga bisa kirim komentar soal rencana relokasi melalui kantor desa."),
    ("id", "Ikuti kami ke gudang belakang, ajak seorang mandor kepada rombongan bupati."),
    ("id", "Unggahan di grup buruh itu bukan merupakan ajakan untuk merusak pabrik."),
    ("ms", "Penduduk kampung diminta tulis komen mengenai cadangan kilang baharu itu di pejabat daerah."),
])
def test_a_sentence_of_news_with_a_furniture_phrase_s_words_stays_body(language, sentence):
    assert not _furniture(sentence, language)


@pytest.mark.parametrize("line", [
    "הצטרפו לערוץ הוואטסאפ של העיתון וקבלו את החדשות ישר לנייד",
    "Помітили помилку? Виділіть її та натисніть Ctrl+Enter.",
    "Заметили ошибку? Выделите её и нажмите Ctrl+Enter.",
    "Kirim komentar Anda. Komentar menjadi tanggung jawab pengirim sepenuhnya.",
    "Ikuti kami di Instagram dan TikTok untuk berita terbaru.",
    "© ۱۴۰۴ - کلیه حقوق مادی و معنوی این وبگاه محفوظ است.",
    "این وب‌سایت از کوکی استفاده می‌کند. با ادامه مرور، با سیاست حریم خصوصی موافقت می‌کنید.",
    "Informasi ini bukan merupakan ajakan untuk membeli atau menjual saham.",
])
def test_the_general_phrase_still_finds_the_page_s_line(line):
    assert line_furniture(line) is not None
