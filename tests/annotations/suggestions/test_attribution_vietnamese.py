"""Attribution in Vietnamese: a verb of saying after its subject (a title set apart by commas, a bracket, words of
aspect), the speaker after a quotation, "theo" opening a clause, an estimate with its figure, a television page's
label over a quotation; the near misses (a verb of saying used as a noun, "theo" as "follow" or "in keeping with",
"nói chung", a figure something is estimated at); and the story's own gold. Every sentence here is invented."""

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import vietnamese
from annotations.suggestions.attribution.languages import reader_of
from annotations.suggestions.base import split_lines
from tests.annotations.suggestions.attribution_story_gold_vi import GOLD
from tests.annotations.suggestions.attribution_story_gold_vi_power_cuts import GOLD as POWER_CUTS_GOLD
from tests.annotations.suggestions.story_cues import story_score

# Sentences before the one under test, so that the article is told to be Vietnamese.
LEAD = "Cây cầu trên sông Lam đã bị đóng cửa từ sáng thứ Hai. Người dân trong xã phải đi đường vòng khá xa. "


def found(sentence):
    text = LEAD + sentence
    return [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution") if s.start >= len(LEAD)]


@pytest.mark.parametrize("sentence, cues", [
    ("Sở Giao thông vận tải cho biết cầu sẽ mở lại vào tuần sau.",
     [("Sở Giao thông vận tải cho biết", "Sở Giao thông vận tải")]),
    ("Nhiều hộ dân đã cho rằng mặt cầu bị nứt từ lâu.", [("Nhiều hộ dân đã cho rằng", "Nhiều hộ dân")]),
    ("Ông Lê Văn Tú, Giám đốc Ban Quản lý cầu, khẳng định kết cấu vẫn an toàn.",
     [("Ông Lê Văn Tú, Giám đốc Ban Quản lý cầu, khẳng định", "Ông Lê Văn Tú")]),
    ("Ủy ban nhân dân (UBND) huyện thông báo rằng xe tải không được qua cầu.",
     [("Ủy ban nhân dân (UBND) huyện thông báo", "Ủy ban nhân dân (UBND) huyện")]),
    ("“Chúng tôi chờ kết quả kiểm định”, bà Trần Thị Mai, Phó Chủ tịch xã, nói.",
     [("bà Trần Thị Mai, Phó Chủ tịch xã, nói", "bà Trần Thị Mai")]),
    ("“Đi vòng mất thêm một tiếng”, anh Đỗ Minh Khoa (41 tuổi) thở dài.",
     [("anh Đỗ Minh Khoa (41 tuổi) thở dài", "anh Đỗ Minh Khoa")]),
    ("Theo Cục Đường bộ, cầu được xây năm 1978.", [("Theo Cục Đường bộ", "Cục Đường bộ")]),
    ("Cầu đã cũ, và theo các kỹ sư, cần thay mới.", [("theo các kỹ sư", "các kỹ sư")]),
    ("Ông cho biết chi phí sửa chữa chưa được tính.", [("Ông cho biết", "")]),
    ("Ban Quản lý cầu ước tính chi phí khoảng 12 tỷ đồng.",
     [("Ban Quản lý cầu ước tính", "Ban Quản lý cầu")]),
])
def test_a_vietnamese_cue_and_its_source(sentence, cues):
    assert found(sentence) == cues


@pytest.mark.parametrize("sentence", [
    "Xã đã dán thông báo ở đầu cầu từ chiều qua.",  # "thông báo", a notice
    "Đến trưa, thông báo mới được gửi tới các thôn.",  # a notice as the subject
    "Trạm bơm không hề phát cảnh báo trong đêm.",  # "cảnh báo", a warning, the object of a verb
    "Người dân đi theo đúng hướng dẫn của công an.",  # "theo" after a verb: in keeping with
    "Theo dõi chúng tôi trên mạng xã hội.",  # "theo dõi": follow
    "Nói chung, người dân chấp nhận đi đường vòng.",  # "nói chung": in general
    "Chi phí ước hơn 12 tỷ đồng.",  # a figure something is estimated at, by no one named
])
def test_a_vietnamese_sentence_that_reports_no_words_has_no_cue(sentence):
    assert found(sentence) == []


def test_a_verb_inside_a_quotation_is_the_speakers_words():
    assert found("“Họ nói cầu an toàn”, bà Vũ Thị Lan nói.") == [("bà Vũ Thị Lan nói", "bà Vũ Thị Lan")]


def test_a_television_label_over_a_quotation_names_its_speaker():
    text = LEAD + "\n\nÔng Ngô Văn Hải, người dân xã Lam:\n“Chúng tôi mong cầu sớm được sửa.”"
    cues = [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution")]
    assert cues == [("Ông Ngô Văn Hải, người dân xã Lam:", "Ông Ngô Văn Hải, người dân xã Lam")]


def test_the_reader_is_vietnamese_and_stays_with_it():
    assert reader_of(split_lines(LEAD)) is vietnamese.suggest_in_line
    assert reader_of(split_lines("The bridge over the river was closed on Monday. Residents took a long detour."
                                 )) is None


def test_the_vietnamese_story_against_its_gold():
    result = story_score("khelam-lu-lut", GOLD)
    assert result.recall >= 0.9 and result.precision >= 0.95


@pytest.mark.parametrize("sentence, cues", [
    ("Nhiều hộ dân phản ánh nước máy có mùi lạ từ tuần trước.", [("Nhiều hộ dân phản ánh", "Nhiều hộ dân")]),
    ("Theo lời kể của một nhân viên bảo vệ, đám cháy bắt đầu lúc nửa đêm.",
     [("Theo lời kể của một nhân viên bảo vệ", "một nhân viên bảo vệ")]),
    ("Theo lời ông Lê Văn Tú, cầu sẽ được sửa trong tháng tới.", [("Theo lời ông Lê Văn Tú", "ông Lê Văn Tú")]),
    ("Theo ý kiến của các kỹ sư, mặt cầu cần thay mới.", [("Theo ý kiến của các kỹ sư", "các kỹ sư")]),
])
def test_a_vietnamese_complaint_and_an_account_name_who_spoke(sentence, cues):
    assert found(sentence) == cues


@pytest.mark.parametrize("sentence", [
    "Xã đã tiếp nhận nhiều phản ánh của người dân về mùi lạ.",  # "phản ánh" after a quantifier: complaints
    "Huyện chưa trả lời phản ánh của các hộ dân ven sông.",  # the object of "trả lời" (answer)
])
def test_a_vietnamese_verb_of_saying_after_a_quantifier_or_a_verb_of_receiving_is_a_noun(sentence):
    assert found(sentence) == []


def test_a_television_label_is_counted_in_words_not_in_syllables():
    text = (LEAD + "\n\nÔng Trần Văn Bình, Phó Giám đốc Công ty Cổ phần Cấp nước Sông Lam:\n"
            "“Chúng tôi sẽ cấp nước bằng xe bồn cho đến khi sửa xong.”")
    cues = [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution")]
    assert cues == [("Ông Trần Văn Bình, Phó Giám đốc Công ty Cổ phần Cấp nước Sông Lam:",
                     "Ông Trần Văn Bình, Phó Giám đốc Công ty Cổ phần Cấp nước Sông Lam")]


def test_the_second_vietnamese_story_against_its_gold_marked_before_the_reader_ran_on_it():
    result = story_score("vithanh-cat-dien", POWER_CUTS_GOLD)
    assert result.recall >= 0.9 and result.precision >= 0.95


@pytest.mark.parametrize("sentence", [
    "Con số này phản ánh thực trạng thiếu điện kéo dài ở các xã ven biển.",  # "phản ánh": reflect
    "Giá điện tăng phản ánh chi phí sản xuất cao hơn của nhà máy.",
])
def test_phan_anh_after_a_thing_is_reflect_not_a_verb_of_saying(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize("sentence, cues", [
    ("Nhiều hộ dân phản ánh nước máy có mùi lạ suốt tuần qua.",
     [("Nhiều hộ dân phản ánh", "Nhiều hộ dân")]),
    ("Báo cáo của xã phản ánh rằng nhiều giếng đã cạn.", [("Báo cáo của xã phản ánh", "Báo cáo của xã")]),
])
def test_phan_anh_after_people_or_before_what_was_said_reports_words(sentence, cues):
    assert found(sentence) == cues


@pytest.mark.parametrize("label", [
    "Trong buổi họp chiều qua với các hộ dân ở phường Đông về lịch cắt điện:",
    "Dưới đây là toàn văn thông báo của công ty điện lực tỉnh Sông Lam gửi khách hàng:",
])
def test_a_long_narrative_line_over_a_quotation_is_no_speakers_label(label):
    text = LEAD + "\n\n" + label + "\n“Chúng tôi sẽ cấp điện trở lại trước 18 giờ hôm nay.”"
    assert [s for s in suggest(text, tag="attribution") if s.label.endswith("speaker")] == []


def test_a_long_label_opening_on_a_name_over_a_quotation_names_its_speaker():
    text = (LEAD + "\n\nNguyễn Thị Mai, Trưởng phòng Kinh doanh Công ty Điện lực tỉnh Sông Lam:\n"
            "“Chúng tôi sẽ cấp điện trở lại trước 18 giờ hôm nay.”")
    assert [s.source for s in suggest(text, tag="attribution")] == [
        "Nguyễn Thị Mai, Trưởng phòng Kinh doanh Công ty Điện lực tỉnh Sông Lam"]


def test_a_long_label_opening_on_a_title_over_a_quotation_names_its_speaker():
    # A Vietnamese title capitalises its first syllable only ("Giám đốc"): the name of two capitals comes later.
    label = "Giám đốc Công ty Điện lực tỉnh Sông Lam Nguyễn Văn Hùng:"
    text = LEAD + "\n\n" + label + "\n“Chúng tôi sẽ cấp điện trở lại trước 18 giờ hôm nay.”"
    cues = [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution")]
    assert cues == [(label, label[:-1])]


@pytest.mark.parametrize("sentence, cues", [
    ("Bạn đọc phản ánh nước máy có mùi lạ suốt tuần qua.", [("Bạn đọc phản ánh", "Bạn đọc")]),
    ("Nhiều doanh nghiệp phản ánh thủ tục hoàn thuế còn chậm.",
     [("Nhiều doanh nghiệp phản ánh", "Nhiều doanh nghiệp")]),
])
def test_bare_phan_anh_after_a_subject_that_is_no_figure_nor_a_demonstrative_reports_words(sentence, cues):
    assert found(sentence) == cues
