"""Page furniture in Turkish and Vietnamese (``furniture_vocabulary``), the sentences of news in those languages that
share its words but are the story's, and the tables' entries of several syllables that Vietnamese writes its words
with.

Every text here is invented for the test. The rules of ``alignment.furniture`` are asked with the language given
("tr", "vi"), as the story's language tells it."""

import pytest

from newsdesk.alignment import furniture
from newsdesk.importing import furniture_vocabulary
from newsdesk.importing.furniture_lines import consent_button, line_furniture, related_label
from tests.growth import grows_linearly

FURNITURE = {
    "tr": {
        "Sitemizde çerezler kullanılmaktadır. Siteyi kullanarak çerez politikasını kabul etmiş sayılırsınız.":
            "consent",
        "Bu web sitesi, içerikleri kişiselleştirmek için çerez kullanır.": "consent",
        "Tümünü kabul et  Reddet  Ayarlar": "consent",
        "Yorum yapmak için oturum açın.": "call_to_action",
        "Yorum yazmak için giriş yapmalısınız. Yorumlar editör onayından sonra yayımlanır.": "call_to_action",
        "Yorumunuz editör onayından sonra görünecektir.": "call_to_action",
        "Kent Gazetesi'ni Google Haberler'den takip edin, hiçbir gelişmeyi kaçırmayın!": "call_to_action",
        "Mavi Radyo uygulamasını indirin, yayınları her yerden dinleyin.": "call_to_action",
        "Her cuma akşamı öne çıkan haberler e-posta kutunuza gelsin.": "furniture_words",
        "Kent Gazetesi'ne abone olun: Sınırsız erişim ayda 59,90 TL'den başlayan fiyatlarla.": "call_to_action",
        "Yorumlar (17)": "furniture_words",
        "İLGİLİ HABERLER": "related_list",
        "EN ÇOK OKUNANLAR": "related_list",
        "Yazarın diğer yazıları": "related_list",
        "BUNLAR DA İLGİNİZİ ÇEKEBİLİR: Sahil yolunda yeni düzenleme": "related_list",
        "Reklam": "furniture_words",
        "Kaydol": "call_to_action",
        "Ana içeriğe geç": "navigation",
        "© 2031 Kent Gazetesi. Tüm hakları saklıdır.": "credit",
        "Köprünün açılışına yüzlerce kişi katıldı. (Fotoğraf: Ayşe Demir)": "credit",
        "Fotoğraf: Sahil yolunda sabah saatlerinde oluşan trafik": "credit",
        "Güncelleme: 14.03.2031 09:20": "timestamp",
        "Deniz Kara, 1971'de Samsun'da doğdu. Kent Gazetesi'nde 2010'dan bu yana ekonomi yazıları yazıyor.":
            "contributor_bio",
        "Yazıda ifade edilen görüşler yazarına aittir.": "disclaimer",
    },
    "vi": {
        "Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý.": "consent",
        "Bạn nghĩ gì về quy hoạch mới? Hãy để lại bình luận bên dưới!": "call_to_action",
        "Tải ứng dụng Sông Xanh để xem tin tức mọi lúc trên điện thoại.": "call_to_action",
        "Đăng ký gói Đọc Thêm chỉ từ 39.000 đồng/tháng để đọc không giới hạn.": "call_to_action",
        "Gói Đọc Thêm chỉ 39.000 đồng/tháng, bạn có thể hủy bất cứ lúc nào.": "offer",
        "Bình luận (31)": "furniture_words",
        "Ý kiến của bạn": "furniture_words",
        "Viết bình luận...": "furniture_words",
        "ĐỌC NHIỀU NHẤT": "related_list",
        "Tin cùng chuyên mục": "related_list",
        "Cùng tác giả": "related_list",
        "XEM THÊM: Cầu mới nối hai bờ sông mở cửa đón xe": "related_list",
        "Quảng cáo": "furniture_words",
        "Ảnh: Người dân dọn bùn trên phố sau khi nước rút chiều 3/9.": "credit",
        "Công nhân sửa đường dây điện trong mưa. Ảnh: Minh Hà": "credit",
        "Bài và ảnh: Trần Thu Trang": "byline",
        "* Phan Thị Mai là nhà nghiên cứu, nguyên giảng viên Đại học Sông Xanh.": "contributor_bio",
        "Bài viết thể hiện quan điểm riêng của tác giả.": "disclaimer",
        "Quý độc giả muốn giúp đỡ các gia đình bị thiệt hại có thể chuyển khoản về Quỹ Hỗ trợ, số tài khoản "
        "1234 5678, nội dung “Giúp bà con vùng bão”.": "appeal",
        "Bạn đọc có thể chuyển khoản về tài khoản của Quỹ Khuyến học tỉnh.": "appeal",
    },
}

NEWS = {
    "tr": [
        "Takip eden günlerde fiyatlar düştü.",
        "Belediye, yeni çerez fabrikası için ihaleye çıktı ve üç firma teklif verdi.",
        "Ahmet Yılmaz, 1975'te Bursa'da doğdu; babası kentin eski çarşısında fırıncılık yapıyordu.",
        "Bakan, konu hakkında yorum yapmak için erken olduğunu söyledi.",
        "Fabrikanın borcu 410 milyon TL'yi aştı, işçiler iki aydır maaş alamıyor.",
        "Sahil yolu tartışması",
        "Borçlar ne kadar?",
        # A person in the news brought in with a job, thinking, not a contributor's note.
        "Kubilay Demir, ekonomist, faiz kararının piyasayı rahatlatacağını düşünüyor.",
    ],
    "vi": [
        "Người dân được hướng dẫn tải ứng dụng để khai báo thiệt hại với chính quyền.",
        "Nhiều bạn đọc đã gửi tiền ủng hộ đồng bào vùng lũ qua các tổ chức từ thiện.",
        "Ông Trần Văn Bình là giám đốc công ty xây dựng trúng thầu dự án.",
        "Mỗi gia đình có người mất được hỗ trợ 10 triệu đồng từ ngân sách tỉnh.",
        "Nước lên trong đêm",
        "Cứu trợ",
        # Advice in the news opens on "hãy" too ("Be careful of the floods").
        "Hãy cẩn thận với lũ",
    ],
}


def test_a_turkish_bylines_label_is_one_before_its_colon_only():
    assert line_furniture("Muhabir: Deniz Acar")[0] == "byline"
    assert line_furniture("Haber: Ayşe Yılmaz")[0] == "byline"
    # "haber" is a Spanish verb as well: a name after it, without a colon, is no byline.
    assert line_furniture("Haber Pérez García") is None
    assert line_furniture("Por Ana Pérez García")[0] == "byline"


def test_a_turkish_contributors_note_ends_on_a_jobs_verb():
    assert line_furniture("Mehmet Aydın, ekonomist, Ege Üniversitesinde ders veriyor.")[0] == "contributor_bio"


@pytest.mark.parametrize(("language", "line", "rule"), [
    (language, line, rule) for language, lines in FURNITURE.items() for line, rule in lines.items()
])
def test_turkish_and_vietnamese_page_furniture_is_found_by_its_words(language, line, rule):
    found = line_furniture(line)
    assert found is not None and found[0] == rule, (line, found)


@pytest.mark.parametrize(("language", "line"), [
    (language, line) for language, lines in NEWS.items() for line in lines
])
def test_turkish_and_vietnamese_sentences_of_news_that_share_its_words_stay_the_storys(language, line):
    assert line_furniture(line) is None, line


def test_a_donation_appeal_is_told_by_its_words_not_by_the_account_figures():
    assert line_furniture("Bạn đọc có thể chuyển khoản về tài khoản của Quỹ Khuyến học tỉnh.")[0] == "appeal"
    assert line_furniture("Quỹ đã nhận 1234 5678 9012 đồng trong 3 ngày.") is None


def test_a_price_in_turkish_lira_or_in_dong_a_month_is_a_price():
    from newsdesk.importing.furniture_lines import PRICE

    for price in ("ayda 59,90 TL'den", "59,90 TL", "₺59,90", "39.000 đồng/tháng", "1,2 triệu đồng / năm"):
        assert PRICE.search(price), price
    assert not PRICE.search("42 tỷ đồng tiền hàng")


def test_a_caption_that_opens_on_its_label_is_one_whatever_follows_it():
    for caption in ("Ảnh: Xe cứu hỏa đến hiện trường lúc nửa đêm.", "Foto: Sahil yolunda kuyruk oluştu."):
        assert line_furniture(caption)[0] == "credit", caption


def test_a_consent_banners_buttons_on_lines_of_their_own_are_furniture_under_their_banner_only():
    banner = ("Sitemizde size daha iyi hizmet vermek için çerezler kullanılmaktadır. Devam ederek çerez "
              "kullanımını kabul etmiş sayılırsınız.\nKabul Et\nAyarlar")
    assert furniture.line_reasons(banner, {})
    assert consent_button("Đồng ý") and consent_button("Kabul Et")
    # A button alone, with no banner above it, is left to the other rules.
    assert furniture.line_reasons("Kabul Et\nAyarlar", {}) == []


def test_a_capital_dotted_and_a_capital_dotless_i_fold_as_the_tables_are_written():
    assert furniture_vocabulary.folded("İLGİLİ HABERLER") == "ilgili haberler"
    assert furniture_vocabulary.label_key("EN ÇOK OKUNANLARI") == furniture_vocabulary.label_key("en çok okunanları")
    assert related_label("İlginizi çekebilir")


def test_an_entry_of_several_syllables_is_one_entry_of_a_table_of_words():
    table = {"vi": "ứng dụng | bản tin | gói", "de": "app newsletter"}
    assert furniture_vocabulary.words(table) == frozenset({"gói", "app", "newsletter"})
    phrases = furniture_vocabulary.word_phrases(table)
    assert phrases.search("tải ứng dụng mới") and not phrases.search("ứng cử viên dụng cụ")
    assert furniture_vocabulary.word_phrases({"de": "app"}).search("app") is None
    reader, outlet = furniture_vocabulary.address_words("vi")
    assert "quý vị" in reader and "chúng tôi" in outlet


def test_a_vietnamese_name_opening_on_a_capital_beyond_latins_first_blocks_is_a_name():
    assert line_furniture("Ưng Thị Hoa là nhà báo, cộng tác viên của nhiều tờ báo.")[0] == "contributor_bio"


@pytest.mark.parametrize("line", [
    "Tải ứng dụng để nghe đài mọi lúc",
    "Đăng ký nhận bản tin mỗi sáng",
])
def test_a_vietnamese_prompt_opening_on_its_imperative_is_furniture(line):
    found = line_furniture(line)
    assert found is not None and found[0] in {"call_to_action", "furniture_words"}, (line, found)


def test_the_new_patterns_run_in_linear_time_on_a_long_line():
    from newsdesk.importing import furniture_lines

    checks = [
        furniture_lines.OTHER_READER_PROMPTS.search,
        furniture_lines.OTHER_OPENING_PROMPTS.match,
        furniture_lines.OTHER_DONATION_MEANS.search,
        lambda text: furniture_lines.LABEL_COUNT.sub(" ", text),
        furniture_lines.PRICE.search,
    ]
    for piece in ("(1", "(1.", "ayda ", "tải ", "1 ", "bạn đọc "):
        for check in checks:
            linear, small, large = grows_linearly(check, lambda n, piece=piece: piece * (n // len(piece)), 10_000)
            assert linear, (piece, small, large)


def test_a_vietnamese_contact_line_behind_its_label_is_the_pages_though_it_ends_on_a_stop():
    line = ("Thông tin liên hệ: Văn phòng Sở Y tế tỉnh Sông Xanh, số 14 Lê Lợi, thành phố Bình Minh; "
            "điện thoại: 0236 3821 456.")
    assert line_furniture(line)[0] == "contact"
    assert line_furniture("Địa chỉ: 12 Trần Hưng Đạo, phường Bình Minh; ĐT: 0236 3821 456")[0] == "contact"
    # A sentence of news that gives a hotline stays the story's.
    assert line_furniture("Người dân mất điện có thể gọi đường dây nóng 0236 3821 456 để được hỗ trợ.") is None


def test_a_news_lead_with_a_helpline_after_a_place_or_a_speaker_is_no_contact_line():
    # A dateline that opens like a contact word ("Tel …") and a sentence that says who spoke before its colon.
    assert line_furniture("Tel Aviv: Police urged anyone who saw the attack to call 03 545 4444, a spokesman said."
                          ) is None
    assert line_furniture("Tel Aviv: Police urged anyone who saw the attack to call 03 545 4444.") is None
    assert line_furniture("Liên hệ với người dân, ông Nam nói: ai mất điện hãy gọi số 0236 3821 456 để được giúp."
                          ) is None
    # The label and one word that qualifies it, then details: the page's.
    assert line_furniture("Liên hệ quảng cáo: 0912 345 678.")[0] == "contact"


def test_a_vietnamese_contact_line_of_lower_case_nouns_behind_its_label_is_the_pages():
    # Vietnamese writes its common nouns in lower case: the office is named without a capital, and no verb of saying
    # follows the colon, so the stop that closes it ends no sentence of news.
    assert line_furniture("Liên hệ: phòng hành chính của công ty, số điện thoại 0912 345 678.")[0] == "contact"
