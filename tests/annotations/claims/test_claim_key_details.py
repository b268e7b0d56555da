"""A claim's label shows its key detail, and an outlet that states a row's figure in another row is not said to
leave it out. Plain functions: no database."""

from types import SimpleNamespace

import pytest

from annotations.claims.linking import content_words, label_for, link_articles, same_figure_of_one_thing
from annotations.claims.matrix import ReportedElsewhere
from annotations.claims.normalise import details

LONG_LEAD_IN = ("The regional health authority, which took over the two hospitals last spring after a long dispute "
                "with the ministry, said that 42 cases were confirmed by Friday.")


def _piece(label: str) -> str:
    return label.strip("…")


def test_a_long_label_cuts_its_lead_in_rather_than_its_figure():
    label = label_for(LONG_LEAD_IN, 90)

    assert "42 cases" in label and len(label) <= 90
    assert label.startswith("…") and _piece(label) in LONG_LEAD_IN
    assert label == "…said that 42 cases were confirmed by Friday."


def test_a_label_that_already_shows_its_figure_keeps_the_opening():
    sentence = ("Ministers offered a compensation fund of 12 million euros on Tuesday, after three days of talks with "
                "the union in the harbour office.")

    label = label_for(sentence, 90)

    assert label.startswith("Ministers offered a compensation fund of 12 million euros")


def test_a_label_keeps_a_hedge_with_its_figure_and_never_starts_inside_a_name():
    sentence = ("Officials of the Saltby Harbour Development Authority, who have argued with the council over the "
                "quay for years, now say that more than 300 boats use the port each week.")

    label = label_for(sentence, 80)

    assert "more than 300 boats" in label and len(label) <= 80
    assert not _piece(label).startswith(("Harbour", "Development", "Authority"))


def test_a_label_is_never_cut_inside_a_figure_written_with_a_space():
    sentence = ("Власти Северной области, которые долго спорили с министерством о финансировании больниц, заявили, "
                "что более 1 200 человек эвакуированы из прибрежных сёл.")

    label = label_for(sentence, 90)

    assert "более 1 200 человек" in label and len(label) <= 90
    assert _piece(label) in sentence


@pytest.mark.parametrize(("sentence", "limit", "key"), [
    ("Οι αρχές της περιφέρειας, που ανέλαβαν τα δύο νοσοκομεία την περασμένη άνοιξη μετά από μακρά διαμάχη με το "
     "υπουργείο, ανακοίνωσαν ότι επιβεβαιώθηκαν 42 κρούσματα έως την Παρασκευή.", 90, "42 κρούσματα"),
    ("青澜县北河镇的自来水厂因管道老化和水源污染等多方面原因，经县政府研究决定，自下个月起停止供水，涉及北河、南坪、"
     "东岭三个社区约1.8万户居民，县水务局已调派送水车。", 40, "约1.8万户"),
    ("وقالت هيئة الصحة الإقليمية التي تولت إدارة المستشفيين في الربيع الماضي بعد نزاع طويل مع الوزارة إن أكثر من ١٢٠ "
     "عائلة نزحت من القرى الساحلية.", 70, "أكثر من ١٢٠ عائلة"),
    ("क्षेत्रीय स्वास्थ्य प्राधिकरण ने, जिसने पिछले वसंत में मंत्रालय के साथ लंबे विवाद के बाद दोनों अस्पतालों का प्रबंधन संभाला था, "
     "बताया कि लगभग 300 परिवारों को सुरक्षित स्थान पर पहुंचाया गया।", 80, "लगभग 300 परिवारों"),
    ("지역 보건 당국은 지난봄 보건부와의 오랜 분쟁 끝에 두 병원의 운영을 넘겨받았으며 "
     "금요일까지 확진자가 약 1만2천 명에 이르렀다고 밝혔다.", 50, "약 1만2천 명"),
    ("นายสมศักดิ์ ทองดี หัวหน้าอุทยานแห่งชาติเขาสูง กล่าวว่า เจ้าหน้าที่ 40 นายและอาสาสมัครอีก 25 คน "
     "ออกติดตามฝูงกวางป่าตลอดทั้งคืนจนกลับเข้าป่าได้ทั้งหมด", 45, "40 นาย"),
])
def test_a_label_in_another_script_shows_its_figure_whole(sentence, limit, key):
    label = label_for(sentence, limit)

    assert key in label and len(label) <= limit, label
    assert _piece(label) in sentence
    # never cut inside a word where the script writes spaces
    start = sentence.index(_piece(label))
    if " " in sentence and label.startswith("…"):
        assert sentence[start - 1] in " ，、,،", label


def test_a_linked_claims_label_shows_the_figure_its_mentions_share():
    claims = link_articles([
        ("a", "The port authority, which has managed the northern quays since the merger of the two harbour boards "
              "in the spring, confirmed that 27 trawlers were moored across the harbour mouth."),
        ("b", "A row of 27 trawlers was moored across the harbour mouth of the port."),
    ])

    [claim] = [c for c in claims if len(c.mentions) == 2]
    assert "27 trawlers" in claim.label and len(claim.label) <= 90


def test_a_weekday_alone_does_not_pull_a_label_to_its_attribution():
    label = label_for("North Korea's leader has told arms factories to boost missile and shell output sharply before "
                      "the end of next year, the state news agency said on Friday.", 90)

    assert label.startswith("North Korea's leader has told arms factories")


def _same(left: str, right: str, language: str | None = None) -> bool:
    return same_figure_of_one_thing(details(left, language), details(right, language),
                                    content_words(left, language), content_words(right, language), language)


def test_the_same_figure_of_the_same_thing_is_one_fact():
    assert _same("The government has given £2.5 million in emergency funding.",
                 "We are putting £2.5 million of emergency money into this.")
    assert _same("柳溪大桥是主要通道，日均车流量约4.6万辆。", "这座桥平时每天有4.6万辆车通过。", "zh")


def test_the_same_number_of_another_thing_or_period_is_not_one_fact():
    # the same number counting something else, the same sum spent on something else
    assert not _same("Fourteen patients have been admitted to hospital.", "The company says 14 routes will not run.")
    assert not _same("The government has given £2.5 million in emergency funding.",
                     "The central library reopens on Monday after a 2.5 million pound refurbishment.")
    # the same figure in another year, or a year against the story's own days
    assert not _same("Uptake of the second dose fell to 84% in 2023.", "In 2019 the second-dose uptake stood at 84%.")
    assert not _same("柳溪大桥自11月3日零时起实施全封闭维修，预计封闭45天。",
                     "2016年，该桥曾因加固工程封闭45天。", "zh")


def _mention(pk, claim, article, quote):
    return SimpleNamespace(pk=pk, claim_id=claim, article_id=article.pk, article=article, quote=quote, differs=False)


def test_an_outlet_stating_a_rows_figure_in_another_row_is_not_said_to_leave_it_out():
    wire = SimpleNamespace(pk=1, text_language="en")
    daily = SimpleNamespace(pk=2, text_language="en")
    quota = [_mention(10, 100, daily, "Skippers say an 18 percent cut in the cod quota will ruin them.")]
    # the wire states the cut inside its sentence on the blockade, which was linked to the blockade's row
    blockade = _mention(11, 200, wire, "Nearly 30 boats blocked the harbour on Monday in protest at an 18 percent "
                                       "cut in the cod quota.")
    other = _mention(12, 300, wire, "The company says 18 ferries will not sail this week.")
    elsewhere = ReportedElsewhere({1: [blockade, other], 2: quota})
    row = SimpleNamespace(claim=SimpleNamespace(pk=100), mentions=quota)

    assert elsewhere(row, wire)

    lone = ReportedElsewhere({1: [other], 2: quota})
    assert not lone(row, wire)  # 18 ferries are not an 18 percent cut


def test_a_non_latin_outlet_stating_a_rows_figure_elsewhere_is_not_said_to_leave_it_out():
    daily = SimpleNamespace(pk=1, text_language="zh")
    video = SimpleNamespace(pk=2, text_language="zh")
    row_mentions = [_mention(20, 400, daily, "柳溪大桥是主要通道，日均车流量约4.6万辆。")]
    theirs = _mention(21, 500, video, "这座桥平时每天有4.6万辆车通过，封闭后周边道路的压力不小。")
    row = SimpleNamespace(claim=SimpleNamespace(pk=400), mentions=row_mentions)

    assert ReportedElsewhere({1: row_mentions, 2: [theirs]})(row, video)
