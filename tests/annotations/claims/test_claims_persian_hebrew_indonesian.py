"""Figures and dates in Persian, Hebrew, Indonesian and Malay: months, weekdays, scale words, currencies, hedges and
the two ways of grouping thousands. Every sentence is invented."""

from annotations.claims.finding import _sentences, quotations
from annotations.claims.normalise import details, number_value


def _figures(text, language):
    return [(f.value, f.kind, f.hedge) for f in details(text, language).figures]


def test_indonesian_weekday_with_day_and_month_in_brackets_is_a_date_not_two_counts():
    found = details("Warga berkumpul di depan balai desa pada Rabu (12/11) sejak pagi.", "id")
    assert {"weekday:wednesday", "day:november-12", "month:november"} <= found.dates
    assert not found.figures


def test_indonesian_abbreviated_month_after_a_day_is_a_date_and_lower_case_minggu_is_a_week():
    found = details("Surat itu terbit 05 Nov dan minggu lalu dibahas lagi oleh warga.", "id")
    assert "day:november-5" in found.dates
    assert not any(date.startswith("weekday:") for date in found.dates)
    assert "weekday:sunday" in details("Pertemuan digelar Minggu 9 November di aula kecamatan.", "id").dates


def test_rupiah_written_onto_the_figure_with_a_scale_word_is_money_in_rupiah():
    assert _figures("Tunggakan pemasok mencapai Rp186,4 miliar menurut serikat.", "id") == [
        (186_400_000_000.0, "money:IDR", "")]
    assert _figures("Upah minimum kabupaten itu Rp4.215.600 per bulan.", "ms")[0][:2] == (4_215_600.0, "money:IDR")


def test_malay_reads_dotted_groups_of_three_as_thousands_and_keeps_the_decimal_point():
    assert number_value("2.000", "ms") == 2000
    assert number_value("4.215.600", "ms") == 4_215_600
    assert number_value("1,200.50", "ms") == 1200.5
    assert number_value("2.5", "ms") == 2.5
    assert number_value("1,27", "ms") == 1.27


def test_indonesian_hedges_bound_or_round_the_figure():
    assert _figures("Sedikitnya 14 pabrik tekstil tutup tahun ini di kabupaten itu.", "id")[0][2] == "bound"
    assert _figures("Ada sekitar 600 kamar kos di desa tersebut menurut kepala desa.", "id")[0][2] == "rounded"


def test_an_honorific_before_a_name_does_not_end_the_sentence():
    line = "Bupati Hj. Euis Marlina menemui para pekerja di gerbang pabrik. Mereka menunggu kabar."
    assert len(list(_sentences(line, "id"))) == 2


def test_hebrew_month_with_its_preposition_and_the_year_after_it_is_one_date():
    found = details("החברה הודיעה כי תסגור את המפעל עד 31 במרץ 2026 לכל המאוחר.", "he")
    assert {"day:march-31", "month:march", "year:2026"} <= found.dates
    assert not found.figures


def test_hebrew_weekday_is_the_word_for_day_and_an_ordinal():
    assert "weekday:thursday" in details("ההפגנה תתקיים ביום חמישי מול שער המפעל.", "he").dates
    assert not any(d.startswith("weekday") for d in details("זו הפעם השנייה שהמפעל נסגר.", "he").dates)


def test_hebrew_scale_word_and_shekel_with_gershayim_either_way_make_money():
    assert _figures('המפעל הפסיד 48 מיליון ש"ח בשנה האחרונה.', "he") == [(48_000_000.0, "money:ILS", "")]
    assert _figures("ההובלה תעלה 90 אלף ש״ח לכל רפת.", "he") == [(90_000.0, "money:ILS", "")]


def test_hebrew_year_after_a_prefix_and_hyphen_or_maqaf_is_a_year_and_kaf_rounds():
    found = details("המחלבה הוקמה ב-1963 ונסגרה ב־2024 אחרי שנים של הפסדים וכ-300 משפחות נפגעו.", "he")
    assert {"year:1963", "year:2024"} <= found.dates
    assert [(f.value, f.hedge) for f in found.figures] == [(300.0, "rounded")]


def test_gershayim_inside_a_hebrew_word_is_not_a_quotation_mark():
    text = 'מנכ"ל החברה אמר כי "המפעל הפסיד כסף רב מאוד בשנה האחרונה".'
    assert [m.group()[1:-1] for m in quotations(text)] == ["המפעל הפסיד כסף רב מאוד בשנה האחרונה"]


def test_persian_toman_and_rial_are_two_currencies_and_scale_words_multiply():
    assert _figures("استانداری ۴۰ میلیارد تومان برای حقوق کارگران تصویب کرد.", "fa") == [
        (40_000_000_000.0, "money:IRT", "")]
    assert _figures("طلب کارگران ۱۸ میلیارد و ۶۰۰ میلیون ريال است.", "fa") == [(18_600_000_000.0, "money:IRR", "")]


def test_persian_solar_hijri_dates_are_their_own_calendar_and_gregorian_months_are_dates():
    found = details("کارخانه از ۲۹ آبان ۱۴۰۴ تعطیل شد و در ۲۲ نوامبر ۲۰۲۵ خبر آن منتشر شد.", "fa")
    assert {"shday:m8-29", "shyear:1404", "day:november-22", "year:2025"} <= found.dates
    assert not found.figures
    assert not any(d.startswith("year:") for d in details("این کارخانه در سال ۱۳۸۹ بازسازی شد.", "fa").dates)


def test_persian_hedges_before_a_figure():
    assert _figures("بیش از ۳۸ هزار تن چغندر تحویل گرفته نشده است.", "fa") == [(38_000.0, "unit:tonne", "bound")]
    assert _figures("حدود ۷۰۰ نفر در این کارخانه کار می‌کنند.", "fa")[0][2] == "rounded"


def test_hebrew_weekday_ordinal_in_brackets_after_today_is_a_weekday():
    found = details("הקבוצה הודיעה היום (שלישי) כי תסגור את המחלבה בסוף החודש.", "he")
    assert "weekday:tuesday" in found.dates


def test_hebrew_range_gives_its_scale_to_both_ends():
    assert [f.value for f in details("בין 40 ל־90 אלף ליטר חלב ייוצרו במפעל החדש מדי חודש.", "he").figures] == [
        40_000.0, 90_000.0]


def test_hebrew_decade_is_a_date_not_a_count():
    found = details("המחלבה הורחבה בשנות ה־90 על ידי מגדלי הבקר של העמק.", "he")
    assert not found.figures
    assert "decade:1990" in found.dates


def test_indonesian_half_is_fifty_per_cent_but_not_one_and_a_half_hours():
    assert _figures("Gaji bulan Oktober baru dibayar separuh oleh perusahaan itu.", "id") == [(0.5, "share", "")]
    assert _figures("Gaji bulan Oktober baru dibayar 50 persen oleh perusahaan itu.", "id") == [(0.5, "share", "")]
    assert not details("Perjalanan ke kota memakan waktu satu setengah jam dengan bus.", "id").figures


def test_a_short_label_before_a_colon_at_a_caseless_line_start_is_left_out_of_the_claim():
    from annotations.claims.finding import find_mentions

    text = "خبرنگار: «کارخانه قند ۶۴۰ کارگر دارد که پنج ماه حقوق نگرفته‌اند»."
    mentions = find_mentions("a", text, "fa")
    assert mentions and mentions[0].text.startswith("«کارخانه")


def test_time_zone_abbreviation_is_no_name():
    assert "wib" not in details("Aksi dimulai pukul 09.00 WIB di depan gerbang pabrik kain itu.", "id").names
