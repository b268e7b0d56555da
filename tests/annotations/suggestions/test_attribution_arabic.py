"""Attribution in Arabic: the cue and its source, the near misses that share their words, offsets in
code points with characters beyond the first plane around, and how an article in Arabic is told."""

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import arabic
from annotations.suggestions.attribution.languages import reader_of
from annotations.suggestions.base import split_lines

# A sentence before the one under test, so that the article is told to be in its language.
ARABIC_LEAD = "قررت الحكومة رفع أسعار الوقود في البلاد، وهو ما أثار غضب السائقين في المدن الكبرى. "


def found(lead, sentence):
    text = lead + sentence
    return [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution") if s.start >= len(lead)]


@pytest.mark.parametrize("sentence, cues", [
    ("وقال وزير المالية خالد منصور إن الخزينة لا تحتمل الدعم.",
     [("وقال وزير المالية خالد منصور", "وزير المالية خالد منصور")]),
    # a title, then the name the commas set apart: the name is the source
    ("وقالت المتحدثة باسم الوزارة، ليلى حداد، إن القرار نهائي.",
     [("وقالت المتحدثة باسم الوزارة، ليلى حداد", "ليلى حداد")]),
    ("وأكدت النقابة في بيان أن الإضراب سيستمر.", [("وأكدت النقابة", "النقابة")]),
    # the speaker is in the verb: a cue without a source
    ("وأضاف أن الأسعار ستراجع كل شهر.", [("وأضاف", "")]),
    ("وتابع: «لا خيار أمامنا».", [("وتابع", "")]),
    ("«لن نتراجع»، قال رئيس النقابة.", [("قال رئيس النقابة", "رئيس النقابة")]),
    ("«الوضع صعب»، أضاف السائق.", [("أضاف السائق", "السائق")]),
    # the subject before the verb, and before a relative clause set apart by commas
    ("السائقون يقولون إن الرحلة لم تعد مربحة.", [("السائقون يقولون", "السائقون")]),
    ("الخبير المالي سامر عيسى، الذي أعد الدراسة، يقول إن الدعم مكلف.",
     [("الخبير المالي سامر عيسى، الذي أعد الدراسة، يقول", "الخبير المالي سامر عيسى")]),
    ("أما النقابة فتقول إن الحكومة لم تستشرها.", [("النقابة فتقول", "النقابة")]),
    # the object Arabic writes after the subject is no part of the source
    ("ونفى المتحدث وجود أي خلاف داخل الحكومة.", [("ونفى المتحدث", "المتحدث")]),
    ("وحذر الخبراء من موجة غلاء جديدة.", [("وحذر الخبراء", "الخبراء")]),
    ("وأعرب الاتحاد عن قلقه من الزيادة.", [("وأعرب الاتحاد", "الاتحاد")]),
    ("وقيل إن الوزير سيستقيل.", [("وقيل", "")]),
    # phrases before a source
    ("بحسب مصادر في الوزارة، فإن الزيادة ستبلغ ١٥٪.", [("بحسب مصادر في الوزارة", "مصادر في الوزارة")]),
    ("وفقاً لـ«هيئة الإحصاء»، ارتفع التضخم.", [("وفقاً لـ«هيئة الإحصاء»", "هيئة الإحصاء")]),
    ("وفقا للبنك المركزي، تراجع الاحتياطي.", [("وفقا للبنك المركزي", "البنك المركزي")]),
    ("على حد تعبير أحد السائقين، «لم يعد العمل يكفي».", [("على حد تعبير أحد السائقين", "أحد السائقين")]),
    ("بحسب ما أفاد مصدر حكومي، ستعقد جلسة طارئة.", [("بحسب ما أفاد مصدر حكومي", "مصدر حكومي")]),
    # a cue reported inside another's words is the first source's report
    ("وقال الوزير إن رئيس الحكومة أكد أن الدعم باق.", [("وقال الوزير", "الوزير")]),
])
def test_an_arabic_cue_and_its_source(sentence, cues):
    assert found(ARABIC_LEAD, sentence) == cues


@pytest.mark.parametrize("sentence", [
    "أضاف الطاهي الملح إلى الحساء ثم قدمه للضيوف.",  # added salt to the soup
    "رأى الشهود الحادث من النافذة.",  # saw the accident
    "ذكر الطالب اسم معلمه في الحفل.",  # mentioned a name
    "تابع الجمهور المباراة حتى النهاية.",  # watched the match
    "صرح ثقافي جديد يفتتح في المدينة.",  # an edifice
    "يوزع الخبز حسب الحاجة على العائلات.",  # as needed
    "لم تتغير الأسعار فحسب، بل تغيرت الرواتب.",  # "only"
    "هتف المحتجون: «قال الوزير إن الدعم باق، فأين هو؟»",  # a cue inside a quotation is the speaker's
])
def test_an_arabic_near_miss_is_no_cue(sentence):
    assert found(ARABIC_LEAD, sentence) == []


def test_arabic_words_are_matched_with_or_without_hamza_and_vowel_marks():
    for verb in ("وأكد", "واكد", "وأكّد", "وأكَّدَ"):
        assert found(ARABIC_LEAD, f"{verb} الوزير أن الدعم باق.") == [(f"{verb} الوزير", "الوزير")]
    for according in ("وفقاً", "وفقا"):
        assert found(ARABIC_LEAD, f"{according} للوزارة، انتهت الأزمة.") == [(f"{according} للوزارة", "الوزارة")]


def test_offsets_count_code_points_past_characters_beyond_the_first_plane():
    text = ARABIC_LEAD + "👨‍👩‍👧 🇯🇴 وقال الوزير 𝐀𝐁 إن الدعم باق."
    [cue] = suggest(text, tag="attribution")
    assert (text[cue.start : cue.end], cue.source) == ("وقال الوزير 𝐀𝐁", "الوزير 𝐀𝐁")
    assert cue.start == text.index("وقال")


def test_arabic_is_told_and_read_by_its_own_reader():
    assert reader_of(split_lines(ARABIC_LEAD * 2)) is arabic.suggest_in_line
    assert reader_of(split_lines("The council said the fees would rise, according to a report.")) is None
    assert reader_of(split_lines("Der Rat sagte, die Gebühren würden steigen, und die Stadt ist dagegen.")) is None
