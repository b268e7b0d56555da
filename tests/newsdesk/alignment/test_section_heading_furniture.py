"""The headings of a story's sections (``clustering.section_headings``): a short line between two paragraphs of the
story, which the shape rules alone would send to the furniture band, is the story's when its article heads its
sections so more than once and each heads a section of two paragraphs or more (the last may head one); a caption,
a label, a lone short line, short lines one paragraph apart or one at the article's end stay furniture.

Every text here is invented for the test."""

from newsdesk.alignment.clustering import PassageText, section_headings, split_furniture
from newsdesk.alignment.furniture import heading_shaped

PARAGRAPHS = [
    "Köprünün onarımı için ayrılan bütçe, belediye meclisinde uzun tartışmaların ardından kabul edildi ve ihale "
    "önümüzdeki ay yapılacak.",
    "Meclis üyelerinin çoğu, köprünün kış gelmeden trafiğe açılması gerektiğini söyledi ve muhalefet de bu görüşe "
    "katıldı.",
    "Esnaf ise köprünün kapalı kaldığı üç ayda satışlarının yarı yarıya düştüğünü, bazı dükkânların kapandığını "
    "anlatıyor.",
    "Belediye, esnafa kira indirimi yapılması için bir önerge hazırladı ve önergenin gelecek hafta oylanması "
    "bekleniyor.",
]


def article(texts: list[str], number: int = 0) -> list[PassageText]:
    return [PassageText(key=(number, index), article=number, index=index, text=text)
            for index, text in enumerate(texts)]


def furniture_of(passages: list[PassageText]) -> set:
    _content, furniture, _reasons = split_furniture(passages, {})
    return set(furniture)


def test_two_headings_between_the_paragraphs_of_an_article_are_the_storys():
    texts = [PARAGRAPHS[0], "Bütçe ne kadar?", PARAGRAPHS[1], PARAGRAPHS[2], "Esnafın derdi", PARAGRAPHS[3]]
    assert furniture_of(article(texts)) == set()


def test_a_vietnamese_article_that_heads_its_sections_keeps_its_headings():
    texts = [
        "Trận mưa lớn kéo dài suốt đêm khiến nhiều tuyến phố của thị trấn ngập sâu, giao thông bị chia cắt.",
        "Nước lên nhanh",
        "Theo trạm thủy văn, mực nước sông lên nhanh từ tối qua và đạt đỉnh vào rạng sáng nay, cao nhất trong "
        "mười năm.",
        "Ở nhiều khu phố, nước ngập đến nửa cửa sổ và người dân phải leo lên mái nhà chờ xuồng đến đón trong đêm.",
        "Hỗ trợ",
        "Chính quyền đã đưa hàng trăm người dân đến nơi an toàn và phát lương thực, nước uống cho các hộ bị ngập.",
    ]
    assert furniture_of(article(texts)) == set()


def test_a_heading_under_a_caption_or_an_advertisements_label_is_still_the_storys():
    texts = [PARAGRAPHS[0], "Reklam", "Bütçe ne kadar?", PARAGRAPHS[1], PARAGRAPHS[3],
             "Fotoğraf: Köprünün kapalı girişi", "Esnafın derdi", PARAGRAPHS[2]]
    assert furniture_of(article(texts)) == {(0, 1), (0, 5)}


def test_a_lone_short_line_between_two_paragraphs_stays_furniture():
    texts = [PARAGRAPHS[0], "Köprünün kapalı girişi", PARAGRAPHS[1], PARAGRAPHS[2]]
    assert furniture_of(article(texts)) == {(0, 1)}


def test_short_lines_with_no_paragraph_below_or_above_them_stay_furniture():
    texts = ["Kent Gazetesi", "Bütçe ne kadar?", PARAGRAPHS[0], PARAGRAPHS[1], "Esnafın derdi", "Etiketler"]
    assert {(0, 0), (0, 1), (0, 4), (0, 5)} <= furniture_of(article(texts))


def test_a_short_line_repeated_across_articles_stays_furniture():
    first = [PARAGRAPHS[0], "Son dakika gelişmesi", PARAGRAPHS[1], "Esnafın derdi", PARAGRAPHS[2]]
    second = [PARAGRAPHS[3], "Son dakika gelişmesi", PARAGRAPHS[1] + " Ek bilgi geldi.", "Yeni öneri",
              PARAGRAPHS[2] + " Oylama yakında."]
    found = furniture_of(article(first, 0) + article(second, 1))
    assert (0, 1) in found and (1, 1) in found


FLOOD = [
    "Heavy rain flooded the market district of the port city on Tuesday, and traders carried their goods to higher "
    "ground as the water rose.",
    "The city council said it would open three shelters for families whose homes were damaged, and buses would take "
    "them there.",
    "Officials said the river had risen by two metres overnight and that more rain was expected before the end of the "
    "week.",
]
CAPTION = "Residents wade through floodwater near the old market"
RELATED = "Floods close schools across the north"


def test_captions_and_related_headlines_one_paragraph_apart_stay_furniture():
    # A picture's caption and another story's headline between the paragraphs head no section.
    assert furniture_of(article([FLOOD[0], CAPTION, FLOOD[1], RELATED, FLOOD[2]])) == {(0, 1), (0, 3)}


def test_a_heading_over_a_single_paragraph_heads_no_section_unless_it_is_the_last():
    texts = [PARAGRAPHS[0], "Bütçe ne kadar?", PARAGRAPHS[1], "Esnafın derdi", PARAGRAPHS[2], PARAGRAPHS[3],
             "Yeni öneri", PARAGRAPHS[0] + " Oylama yakında."]
    # The first heads one paragraph before the next; the last may head one.
    assert furniture_of(article(texts)) == {(0, 1)}


def test_a_line_longer_than_a_heading_is_no_heading():
    assert heading_shaped("Bütçe ne kadar?")
    assert not heading_shaped("Residents of the old town wade through floodwater near the market on Tuesday")


def test_a_line_shaped_like_a_caption_or_a_stamp_is_no_heading():
    assert heading_shaped("Nước lên trong đêm")
    assert not heading_shaped("Chiều 15/10, nước rút")  # a date in figures
    assert not heading_shaped("Bản tin 19:30")  # a clock time
    assert not heading_shaped("Ảnh: Tiểu thương dọn hàng")  # a credit's label
    assert not heading_shaped("Bà Nguyễn Thị Hoa, phường Bến Đò:")  # a speaker's line, ending on a colon
    assert not heading_shaped("Bütçe ne kadar?\nEsnafın derdi")  # two lines


def test_section_headings_reads_the_reasons_it_is_given():
    passages = article([PARAGRAPHS[0], "Bütçe ne kadar?", PARAGRAPHS[1], PARAGRAPHS[3], "Esnafın derdi",
                        PARAGRAPHS[2]])
    shape = {passage.key: [] for passage in passages}
    shape[(0, 1)] = ["too few words"]
    shape[(0, 4)] = ["no sentence: a caption, heading or link"]
    assert section_headings(passages, shape, set()) == {(0, 1), (0, 4)}
    # A line the outlet speaks to the reader in is furniture by more than its shape.
    shape[(0, 4)] = ["the outlet addresses the reader: an appeal or a prompt"]
    assert section_headings(passages, shape, set()) == set()
