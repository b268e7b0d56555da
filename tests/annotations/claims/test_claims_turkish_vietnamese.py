"""Claims in Turkish and Vietnamese: their sentence ends, dates, times, multipliers, currencies and units, and the
endings Turkish writes onto a word or a figure after an apostrophe. Invented sentences."""

from annotations.claims.finding import find_mentions
from annotations.claims.linking import link_articles
from annotations.claims.normalise import details, fold


def figures(text, language):
    return [(f.kind, round(f.value, 4), f.hedge) for f in details(text, language).figures]


# Sentence ends


def test_a_turkish_ordinal_before_a_capital_ends_no_sentence():
    text = "Takım bu sezon 3. Lig'de 14 maç oynadı ve 9 galibiyet aldı. Teknik direktör Selim Aras istifa etmedi."

    mentions = find_mentions(1, text, "tr")

    assert [m.text[:15] for m in mentions] == ["Takım bu sezon ", "Teknik direktör"]


def test_a_turkish_ordinal_is_a_rank_not_a_count():
    assert figures("Kulüp 8 haftadır ligde 11. sırada bekliyor.", "tr") == [("unit:week", 8, ""), ("rank", 11, "")]


def test_a_unit_of_one_letter_before_a_full_stop_and_a_capital_ends_a_sentence():
    text = "Nước trong kho hàng dâng cao 1,4 m. Một công nhân 45 tuổi đã được đưa ra ngoài an toàn."

    mentions = find_mentions(1, text, "vi")

    assert [m.text for m in mentions] == ["Nước trong kho hàng dâng cao 1,4 m.",
                                          "Một công nhân 45 tuổi đã được đưa ra ngoài an toàn."]


# Turkish endings after an apostrophe


def test_a_turkish_ending_after_an_apostrophe_belongs_to_its_figure():
    found = details("Toplantıya katılan 90 üyeden 64'ü evet, 26'sı hayır dedi; karar 2019'dan beri ilk kez çıktı.",
                    "tr")

    assert [(f.kind, f.value) for f in found.figures] == [("count", 90), ("count", 64), ("count", 26)]
    assert found.dates == {"year:2019"}  # "2019'dan" is the year, and "dan" no word


def test_a_turkish_ending_does_not_read_as_an_english_number_word():
    assert figures("Fabrika 1998'den beri aynı binada üretim yapıyor.", "tr") == []


def test_a_turkish_name_is_compared_without_its_ending_and_its_dotted_capitals():
    with_ending = details("Belediye meclisi Kestaneli Madencilik'e yeni bir süre verdi.", "tr")
    capitals = details("Belediye meclisi KESTANELİ MADENCİLİK için oylama yaptı, Kestaneli Madencilik itiraz etti.",
                       "tr")

    assert {"kestaneli", "madencilik"} <= with_ending.names
    assert "e" not in with_ending.names
    assert fold("KIYIKÖY") == fold("Kıyıköy")
    assert capitals.names >= {"kestaneli", "madencilik"}


# Dates and times


def test_turkish_months_and_weekdays_are_dates_with_their_endings():
    found = details("Komisyon 4 Mart Perşembe günü toplanacak ve raporu 30 Nisan'a kadar teslim edecek.", "tr")

    assert found.figures == ()
    assert found.dates == {"day:march-4", "month:march", "weekday:thursday", "day:april-30", "month:april"}


def test_a_turkish_month_that_is_also_a_common_noun_is_a_date_only_capitalised_or_after_a_day():
    assert "month:january" not in details("Mutfaktaki eski ocak bütün kış yandı ve evi ısıttı.", "tr").dates
    assert "month:january" in details("Yeni tarife Ocak ayında yürürlüğe girecek ve 3 yıl sürecek.", "tr").dates


def test_vietnamese_months_weekdays_and_days_in_figures_are_dates():
    found = details("Từ chiều 12/9 đến đêm 13-9, ngày 20 tháng 9 và thứ Tư tuần sau, cửa hàng sẽ đóng.", "vi")

    assert found.figures == ()
    assert found.dates == {"day:september-12", "day:september-13", "day:september-20", "month:september",
                           "weekday:wednesday"}


def test_a_vietnamese_ordinal_in_lower_case_is_no_weekday():
    assert not details("Đây là lần thứ hai trong năm nay cây cầu phải đóng để sửa chữa.", "vi").dates


def test_a_fraction_in_figures_is_no_date():
    assert not details("Khoảng 2/3 số hộ trong xóm đã nhận được tiền hỗ trợ.", "vi").dates


def test_a_vietnamese_day_in_figures_needs_a_word_for_the_day_before_it():
    found = details("Chợ đêm mở 24/7 trong mùa lễ hội, cửa hàng nhỏ đóng 15/10 và chiều 16/10.", "vi")

    assert found.dates == {"day:october-16", "month:october"}
    assert [(f.kind, f.value) for f in found.figures] == []  # a bare pair joined by a slash is no count either


def test_a_word_whose_accents_fold_to_an_english_month_is_no_month():
    found = details("Nhà máy nước Suối Mây cấp nước cho 12.000 hộ dân trong huyện.", "vi")

    assert not any(date.startswith("month:") for date in found.dates)


def test_times_of_day_are_not_counts():
    assert figures("Cuộc họp bắt đầu lúc 9 giờ 30 phút và kết thúc lúc 17 giờ.", "vi") == []
    assert figures("Tren saat 14.45'te kalktı, son sefer ise 21.10'da.", "tr") == []


# Multipliers, currencies, units and shares


def test_turkish_and_vietnamese_multipliers_and_currencies_are_read():
    assert figures("Belediye 3,5 milyon lira ve 12 bin avro harcadı.", "tr") == [
        ("money:TRY", 3_500_000, ""), ("money:EUR", 12_000, "")]
    assert figures("Gia đình mất gần 250 triệu đồng, cả chợ thiệt hại khoảng 18 tỷ đồng.", "vi") == [
        ("money:VND", 250_000_000, "bound"), ("money:VND", 18_000_000_000, "rounded")]


def test_a_turkish_share_is_written_before_its_figure():
    assert figures("Seçmenlerin yüzde 62'si ve üyelerin %48'i katıldı.", "tr") == [("share", 0.62, ""),
                                                                                  ("share", 0.48, "")]


def test_centimetres_millimetres_and_a_flow_are_units():
    assert figures("Mưa 215 mm, nước lên 35 cm, hồ xả 850 m³/s.", "vi") == [
        ("unit:mm", 215, ""), ("unit:cm", 35, ""), ("unit:m3/s", 850, "")]


def test_a_roman_level_after_a_word_in_lower_case_is_its_figure():
    assert figures("Mực nước đã vượt mức báo động II vào buổi tối.", "vi") == [("count", 2, "")]


# Linking


def test_sums_of_one_currency_at_different_magnitudes_are_not_one_claim():
    one = "Chủ tiệm cho biết gia đình bà mất gần 250 triệu đồng tiền hàng trong trận cháy."
    other = "Ban quản lý ước tính tổng thiệt hại của các tiệm khoảng 18 tỷ đồng tiền hàng."

    claims = link_articles([("a", one), ("b", other)])

    assert all(len(claim.mentions) == 1 for claim in claims)


def test_outlets_stating_one_vote_with_turkish_endings_do_not_differ():
    one = "Oylamaya katılan 90 üyeden 64'ü plana evet, 26'sı hayır dedi."
    other = "Plan, 90 üyenin katıldığı oylamada 64 evet ve 26 hayır oyuyla kabul edildi."

    claims = link_articles([("a", one), ("b", other)])

    linked = [claim for claim in claims if len(claim.mentions) == 2]
    assert linked and not any(linked[0].differs)
