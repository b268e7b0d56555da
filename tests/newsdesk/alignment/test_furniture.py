"""Page furniture is told from reporting by its shape, not by any site's wording."""

import pytest

from newsdesk.alignment.clustering import PassageText, split_furniture
from newsdesk.alignment.furniture import furniture_reasons, line_reasons, repeated_texts

PROSE = (
    "Investigators believe the fire was started by a power line brought down by strong winds. "
    "The utility said it was cooperating with the inquiry."
)


def test_a_paragraph_of_reporting_is_not_furniture():
    assert furniture_reasons(PROSE) == []


def test_a_button_label_is_furniture():
    assert furniture_reasons("Share Close Button")


def test_a_menu_of_short_lines_is_furniture():
    assert furniture_reasons("Home\nWorld\nBusiness\nSport\nCulture\nWeather")


def test_a_caption_without_a_sentence_is_furniture():
    assert furniture_reasons("Firefighters on the ridge above the town after the evacuation order")


def test_a_reader_appeal_is_furniture():
    appeal = (
        "We rely on readers like you. If you value our journalism, please consider supporting us: "
        "your contribution keeps our newsroom independent and our reporting free for everyone."
    )

    assert "the outlet addresses the reader: an appeal or a prompt" in furniture_reasons(appeal)


def test_advice_to_readers_is_reporting_not_an_appeal():
    advice = "Change any password that you also use elsewhere and turn on two-factor authentication where you can."

    assert furniture_reasons(advice) == []


def test_a_short_line_about_the_outlets_newsletter_is_a_prompt():
    assert furniture_reasons("Sign up to our weekly newsletter for more consumer advice.")


def test_a_subscription_prompt_is_furniture():
    assert furniture_reasons("Sign up for our newsletter to get the latest updates in your inbox.")


def test_a_quoted_speaker_saying_we_is_still_reporting():
    quote = (
        "“We are deeply concerned about the security implications that this cooperation has for our "
        "region and for us all, and we will respond,” the ministers said in a statement."
    )

    assert furniture_reasons(quote) == []


def test_a_list_sentence_inside_reporting_is_not_furniture():
    sentence = "Other weapons included solid-fuelled missiles, hypersonic gliders and spy satellites."

    assert furniture_reasons(sentence) == []


def test_a_short_line_repeated_on_the_page_is_furniture():
    texts = ["Share this article", PROSE, "Share this article"]

    repeated = repeated_texts(texts)

    assert furniture_reasons("Share this article, now please.", repeated=True)
    assert "share this article" in repeated
    assert furniture_reasons(PROSE, repeated=True) == []


def test_other_alphabets_do_not_break_the_rules():
    assert furniture_reasons("Пожар в горах: тысячи жителей эвакуированы, сообщили власти в воскресенье.") == []


def test_a_paragraph_in_a_script_without_spaces_is_reporting():
    assert furniture_reasons("东京消防厅表示，大火烧毁了十几栋房屋，数百名居民被疏散到附近的学校。") == []
    assert furniture_reasons("政府は月曜日、新しい防衛予算を発表した。") == []


def test_headlines_under_a_related_label_leave_their_row_for_the_furniture_band():
    from newsdesk.alignment.clustering import PassageText, align
    from newsdesk.alignment.furniture import related_list

    block = ("More from Health\nWaiting lists for hip operations fall for a third month\n"
             "Why are so many nurses leaving the profession?")
    assert related_list(block)
    assert related_list("Related\nLitigation fund warns of record maternity claims\nAgency pay caps: a year on")
    assert not related_list("More from the minister\nShe said the hospital had failed its patients and that the "
                            "trust would have to answer for every one of the delays the court had heard about.")
    assert not related_list("Waiting lists for hip operations fall\nWhy are so many nurses leaving?")

    texts = [["The court found the hospital negligent in the death of a caretaker who was sent home with flu.",
              "The hospital trust said it was sorry and would not appeal against the ruling.", block],
             ["A judge ruled that the hospital was negligent when it sent the caretaker home with flu.",
              "The trust apologised and said it would not appeal."]]
    passages = [PassageText((a, i), a, i, text) for a, article in enumerate(texts) for i, text in enumerate(article)]

    result = align(passages)

    assert (0, 2) in result.furniture
    assert all((0, 2) not in topic.members for topic in result.topics)


def test_a_list_item_that_goes_on_with_the_sentence_above_it_is_not_furniture():
    items = ("• shift workers at the hospital", "- residents of the Ashby Moor estate", "* students at the college")
    passages = [PassageText(key=(0, 0), article=0, index=0, text="Those affected include:")]
    passages += [PassageText(key=(0, n), article=0, index=n, text=item) for n, item in enumerate(items, 1)]

    content, furniture, _ = split_furniture(passages, {})

    assert {p.text for p in content} == set(items)
    assert furniture == [(0, 0)]


def test_a_lower_case_list_with_no_line_of_the_story_above_it_is_furniture():
    menu = "- accueil\n- actualités régionales\n- sports et loisirs\n- météo du jour"

    assert furniture_reasons(menu, repeated=True)
    assert furniture_reasons("• shift workers at the hospital")


def test_a_list_item_opening_in_capitals_without_a_sentence_stays_furniture():
    assert furniture_reasons("• Library opening hours cut at three branches")


def test_a_quotation_closed_the_german_way_ends_a_sentence_of_reporting():
    text = ("„Ich bin um halb sechs losgefahren und trotzdem zu spät zur Schicht gekommen“, schimpft die "
            "Pflegerin. „Das soll jetzt jahrelang so gehen? Das halte ich nicht durch!“")

    assert furniture_reasons(text) == []


def test_a_long_line_of_prose_in_another_language_is_told_from_a_list_by_that_languages_function_words():
    # No stop at its end (a page that drops it): the share of function words says prose, as in English.
    text = ("Der Ausschuss der Stadt hat am Montag beschlossen, dass die Brücke über den Fluss bis zum Ende des "
            "Jahres für den Verkehr gesperrt bleibt und dass die Busse in dieser Zeit über die Umleitung im Norden "
            "fahren")

    assert furniture_reasons(text) == []


@pytest.mark.parametrize("text", [
    "¿Tienes una historia? Escríbenos por WhatsApp y la contamos.",
    "Sie haben etwas beobachtet? Schicken Sie uns Ihre Fotos und Videos per WhatsApp!",
    "Vous avez été témoin de la scène ? Écrivez-nous, nous lirons tous les messages.",
    "Hai una segnalazione? Mandaci le tue foto: il nostro team le leggerà tutte.",
    "Есть новость? Пишите нам, мы прочитаем каждое сообщение.",
])
def test_an_outlet_asking_readers_to_write_in_is_an_appeal_in_other_languages_too(text):
    assert "the outlet addresses the reader: an appeal or a prompt" in furniture_reasons(text)


@pytest.mark.parametrize("text", [
    "„Wir haben keine Reserven mehr“, sagte die Leiterin. „Uns bleibt nur die Sperrung.“",
    "«Nos dijeron que la planta cerraría en junio», contó una trabajadora a las puertas de la fábrica.",
    "Los vecinos de la calle Mayor esperan desde hace dos años una respuesta del ayuntamiento a sus quejas.",
])
def test_first_persons_inside_a_quotation_or_none_at_all_are_reporting(text):
    assert furniture_reasons(text) == []


@pytest.mark.parametrize("text", [
    "Os preços dos alimentos subiram nos últimos três meses, segundo o instituto de estatística do país.",
    "El acuerdo, en términos generales, fija nuevos plazos para la obra del puerto, según el ayuntamiento.",
    "El plástico ha llegado a los océanos, según el informe publicado ayer por la universidad.",
])
def test_a_word_that_only_looks_like_a_first_person_is_no_appeal(text):
    assert furniture_reasons(text) == []


def test_a_breadcrumbs_arrow_opens_no_quotation_that_would_hide_an_appeal():
    text = "Weather » Tell us what you think: send your photos and videos to our newsdesk by email."

    assert "the outlet addresses the reader: an appeal or a prompt" in furniture_reasons(text)


def test_a_headline_that_ends_on_a_question_is_the_pages_header_above_the_first_paragraph():
    from newsdesk.alignment.clustering import align
    from newsdesk.alignment.furniture import above_the_story

    headline = "Who will pay for the new harbour wall?"
    opening = "The council voted on Tuesday to rebuild the harbour wall before the winter storms arrive."
    question = "Will the ferry run in January?"
    closing = "The harbour master said the ferry would keep to its timetable while the work went on."
    assert above_the_story([headline, opening, question, closing]) == [0]
    # A question inside the story, below its first paragraph, is the story's; with no paragraph ending on a full
    # stop nothing tells a header from the story.
    assert above_the_story([question, "Nobody knows yet", "Not even the council"]) == []

    texts = [[headline, opening, question, closing],
             ["The harbour wall will be rebuilt before winter, the council decided on Tuesday evening.",
              "The ferry keeps to its timetable during the work, the harbour master said."]]
    passages = [PassageText((a, i), a, i, text) for a, article in enumerate(texts) for i, text in enumerate(article)]

    result = align(passages)

    assert (0, 0) in result.furniture and (0, 2) not in result.furniture
    assert all((0, 0) not in topic.members for topic in result.topics)


def test_an_arabic_headline_with_its_question_mark_is_the_header_too():
    from newsdesk.alignment.furniture import above_the_story

    assert above_the_story(["من يدفع ثمن الجسر الجديد؟ ولماذا الآن؟",
                            "صوت المجلس البلدي مساء الثلاثاء على إعادة بناء الجسر الشمالي قبل حلول فصل الشتاء."]) == [0]


def _sent_to_furniture(texts):
    """The positions of one article's passages that the shape rules and ``set_lines_apart`` send to the band."""
    from newsdesk.alignment.clustering import set_lines_apart

    passages = [PassageText(index, "a", index, text) for index, text in enumerate(texts)]
    content, furniture, reasons = split_furniture(passages, {})
    set_lines_apart(content, {}, furniture, reasons)
    return sorted(furniture)


BODY = "The county engineer told councillors on Monday that the repairs would take at least two more years."


@pytest.mark.parametrize("opening", [
    # A question lede, a tabloid's exclamation, a Spanish ¿…? and a Chinese ！ lede: longer than a headline.
    "Could this really be the last winter that the ferry to Kelby Island sails from the old stone pier at Arnmouth?",
    "A GRANDAD-of-five has bagged a record haul of prize marrows at the village show – using a tip from his cat!",
    "¿Qué pasará con los cuatrocientos trabajadores de la fábrica de Ribalta cuando cierre sus puertas el próximo "
    "mes de junio?",
    "新建的跨江大桥今天上午正式通车，两岸居民一大早就赶来步行过桥，现场气氛十分热烈！",
    # Short, but ending on a full stop or an ellipsis.
    "The harbour master of Arnmouth has resigned.",
    "“Nobody asked us,” says a fisherman who has worked out of Arnmouth harbour for forty years…",
])
def test_a_story_that_opens_on_a_question_an_exclamation_or_a_short_line_keeps_its_opening(opening):
    assert _sent_to_furniture([opening, BODY]) == []


def test_a_short_line_ending_on_nothing_is_no_header_by_its_place():
    from newsdesk.alignment.furniture import above_the_story

    # (The shape rules may still take it for a caption.)
    assert above_the_story(["The ferry to Kelby Island will stop sailing in March", BODY]) == []


def test_a_lead_in_and_its_list_above_the_first_paragraph_are_the_storys():
    texts = ["The council agreed three measures for the flooded streets of Arnmouth on Tuesday:",
             "- Free sandbags for every household", "- A curfew on the harbour path", BODY]

    assert _sent_to_furniture(texts) == []


def test_a_short_headline_ending_on_a_question_or_an_exclamation_is_still_the_header():
    assert _sent_to_furniture(["Who will pay for the new harbour wall?", BODY]) == [0]
    assert _sent_to_furniture(["Ferry saved at the last minute!", BODY]) == [0]
    assert _sent_to_furniture(["谁来修这座桥？", BODY]) == [0]


@pytest.mark.parametrize("text", [
    # "Your photos and clips matter to us: send them to our team": "you" written as a suffix ("صورك", "ومقاطعك").
    "صورك ومقاطعك تهمنا: أرسلها إلى فريقنا عبر واتساب.",
    "هل لديك معلومات عن الحادث؟ أرسلها لنا وسنقرأ كل رسائلكم.",
])
def test_an_arabic_outlet_speaking_to_the_reader_by_a_suffix_is_an_appeal(text):
    assert "the outlet addresses the reader: an appeal or a prompt" in furniture_reasons(text, language="ar")


def test_an_arabic_word_that_only_ends_like_you_is_not_the_reader():
    from newsdesk.alignment.furniture import reader_suffixed

    assert reader_suffixed("بريدك", "ar") and reader_suffixed("لتصلك", "ar") and reader_suffixed("ومقاطعك", "ar")
    assert reader_suffixed("يمكنكم", "ar") and reader_suffixed("حسابك", "ar")
    # A function word ("هناك", "ذلك"), a short word ("ملك"), a word with the article ("المشترك", "للمشترك"), and
    # nouns and verbs that only end in the letters of "you" ("مالك" owner, "استهلاك" consumption, "أسلاك" wires).
    for word in ("هناك", "ذلك", "لذلك", "ملك", "المشترك", "للمشترك", "والمشترك", "مالك", "استهلاك", "اماكن",
                 "مساكن", "محاكم", "بنوك", "معارك", "تراكم", "شريك", "مشترك", "حراك", "اسلاك", "وبنوك", "تحرك"):
        assert not reader_suffixed(word, "ar"), word
    assert not reader_suffixed("بريدك", "fa")
    # Wires and a trader who told the reporter: neither is the reader nor the outlet speaking to them.
    text = "هناك أسلاك مكشوفة في الممر الشرقي منذ سنوات، بحسب تقرير الدفاع المدني، كما قال لنا أحد التجار."
    assert furniture_reasons(text, language="ar") == []


@pytest.mark.parametrize("text", [
    # "One of the bakers told us that the council did not ask the shop owners before it decided."
    "وقال لنا أحد الخبازين إن البلدية لم تسأل أصحاب المحلات قبل أن تقرر.",
    # "The traders' spokesman said the council found us no other places, nor homes near the market."
    "وأكد ممثل الحرفيين أن البلدية لم تجد لنا أماكن بديلة ولا مساكن قريبة من الحي القديم.",
    # Owners, consumption and banks, which only end like "you", beside a reporter's "told us".
    "وروى لنا مالك أحد المخابز أن استهلاك الطحين تضاعف وأن البنوك رفضت إقراضه.",
])
def test_an_arabic_us_after_a_verb_of_reporting_is_the_reporters_not_an_appeal(text):
    assert furniture_reasons(text, language="ar") == []


def test_an_arabic_us_in_an_appeal_that_reports_nothing_still_counts():
    assert furniture_reasons("شاركنا رأيك: أرسل لنا صورك ومقاطعك عبر بريدنا.", language="ar")


@pytest.mark.parametrize("paragraph", [
    "Under the new rules, shops that sell online may set cookies on a phone only with consent given freely, and a "
    "pop-up that hides the button to refuse them behind two menus will count as a breach; retailers that ignore "
    "the rules after the summer risk fines of up to two per cent of their sales.",
    "In an earlier version of this scheme, drawn up by the port authority in 2021 and shelved after fishermen "
    "objected, the new quay would have taken half of the old harbour, and the dredging would have been paid for "
    "by a levy on every boat landing its catch at Arnmouth for the next fifteen years.",
])
def test_a_long_paragraph_of_reporting_is_not_asked_about_by_the_line_rules(paragraph):
    from collections import Counter

    from newsdesk.alignment.furniture import line_reasons

    assert 40 < len(paragraph.split()) <= 60
    assert line_reasons(paragraph, Counter()) == []
    texts = ["The data watchdog published its long-awaited rules for online shops and ports on Tuesday morning.",
             paragraph,
             "Trade groups said the timetable was too tight for small firms that depend on their websites."]
    assert _sent_to_furniture(texts) == []


def test_a_comment_policy_in_which_the_outlet_speaks_of_its_readers_is_furniture():
    policy = (
        "We want the comments under our stories to be a lively and useful part of the paper, a place where readers "
        "can argue about the issues that matter here. Commenting on our articles is a privilege rather than a "
        "right, and it may be withdrawn from anyone who abuses it."
    )

    assert furniture_reasons(policy) == [
        "the outlet speaks of its own pages to its readers: the rules for its comments"
    ]


def test_an_editorial_speaking_of_our_town_and_its_readers_is_not_a_comment_policy():
    editorial = (
        "We have argued for years that our town needs a second bridge, and readers of this page will know why: "
        "the old one carries twice the traffic it was built for and closes every winter for repairs."
    )

    assert furniture_reasons(editorial) == []


def test_a_one_line_quoted_sentence_is_speech_not_a_label():
    assert furniture_reasons("'It was chaos.'") == []
    assert furniture_reasons("“No.”") == []
    assert furniture_reasons("Read more") == ["too few words"]


def test_speech_in_single_quotation_marks_saying_we_is_reporting():
    assert furniture_reasons("'We grabbed the dog and ran.'") == []
    assert furniture_reasons("‘We had minutes to get out,’ she said, ‘and we took nothing with us.’") == []


def test_apostrophes_open_no_quotation_in_an_appeal():
    appeal = "We can't keep reporting without readers like you: support our journalism today."

    assert "the outlet addresses the reader: an appeal or a prompt" in furniture_reasons(appeal)


def test_a_correction_note_longer_than_the_line_rules_usual_length_is_still_a_note():
    note = (
        "Correction: An earlier version of this article said the board had voted six to one in favour of the "
        "dredging plan and that the work would start in September. The vote was five to two, and the harbour "
        "master has confirmed that the work is due to start in October."
    )

    assert line_reasons(note, {})
    assert line_reasons(PROSE + " " + PROSE + " " + PROSE, {}) == []


def test_italian_there_is_and_there_are_are_no_address_to_the_reader():
    assert furniture_reasons("Sul posto ci sono i vigili del fuoco e due squadre della protezione civile.") == []
    assert furniture_reasons("Non ci sono feriti.", language="it") == []
    assert furniture_reasons("Vi sono stati momenti di tensione davanti alle transenne.", language="it") == []
    assert furniture_reasons("Scrivici per segnalare una notizia alla nostra redazione.", language="it")


def test_devanagari_words_keep_their_vowel_signs():
    from newsdesk.alignment.furniture import words

    assert words("उधर घटना पर सियासत भी शुरू हो गई है।") == ["उधर", "घटना", "पर", "सियासत", "भी", "शुरू", "हो", "गई", "है"]
    assert words("ภาษาไทย") == ["ภาษาไทย"]


@pytest.mark.parametrize("text", [
    # Chinese: the outlet ("我们") and the reader ("您") in a privacy notice.
    "我们根据新的法规修订了《服务条款》，请您在继续浏览前仔细阅读，我们会妥善保管您的资料。",
    # Korean: the paper ("저희", "본지") speaking to its readers ("독자 여러분").
    "독자 여러분의 제보를 기다립니다. 저희 취재팀이 직접 확인해 보도하겠습니다.",
    # Hindi: "we" and "you" in a plea for support.
    "हम किसी कॉरपोरेट घराने के नहीं हैं। आपका सहयोग ही हमारी पत्रकारिता को ज़िंदा रखता है।",
])
def test_the_outlet_speaking_to_the_reader_is_an_appeal_in_chinese_korean_and_hindi(text):
    assert "the outlet addresses the reader: an appeal or a prompt" in furniture_reasons(text)


@pytest.mark.parametrize("text", [
    # A Chinese official's "we" after a colon, in a long paragraph, with no reader addressed.
    "县疾控中心主任孔维介绍，检测结果已经出来，我们在留样和患者样本中都检出了同一种细菌，加工环节存在明显问题。",
    # A Korean columnist's "we" (society at large) in a paragraph of argument.
    "우리는 도로 위의 교통량에는 그토록 민감하면서 발밑 땅속에는 무심했다. 이제라도 땅속 지도를 만들어야 한다.",
    # Hindi keeps the speaker's person in reported speech: "our" after "said" is the parents'.
    "परिजनों ने कहा कि हमारे बच्चों को महीनों से खराब खाना मिल रहा था, आप खुद जाकर रसोई देख लीजिए।",
])
def test_a_speakers_or_a_columnists_we_is_reporting_in_chinese_korean_and_hindi(text):
    assert furniture_reasons(text) == []


@pytest.mark.parametrize("text", ["“…”", "'?'", "“1987.”", "\"—\""])
def test_a_quoted_sentence_without_a_word_is_too_short_and_no_crash(text):
    assert furniture_reasons(text) == ["too few words"]


def test_a_story_with_an_empty_quotation_is_still_read_for_its_reporting():
    from newsdesk.alignment import story_suggestion

    text = "The tram depot flooded on Sunday night.\n\n“…”\n\nPumps ran until the water drained by dawn."

    assert "Pumps ran" in story_suggestion.reporting("Depot flooded", text)


@pytest.mark.parametrize("text", [
    # Korean: "this paper's inquiry found" and "a document this paper obtained" open the outlet's own reporting.
    "본지 취재 결과 마포천 수문은 지난 두 해 동안 한 번도 정비를 받지 않은 것으로 드러났다.",
    "본지가 입수한 군청 회의록에는 제방 보강 공사가 세 차례 미뤄진 경위가 적혀 있다.",
    # Chinese: "this paper's reporter learnt from the county water bureau".
    "本报记者从临川县水务局获悉，受损堤段已连夜封闭。",
])
def test_the_outlet_naming_itself_in_its_own_reporting_is_no_appeal(text):
    assert furniture_reasons(text) == []


@pytest.mark.parametrize("text", [
    # Speech reported without quotation marks keeps the speaker's "we": after the verb in Chinese, before it in
    # Korean and Hindi, which put the verb last; the Hindi allegation's verb is no verb of saying at all.
    "渔民周师傅说，我们的船已经三天没出海了。",
    "渔民周师傅说，我们的船已经三天没出海了，你们去码头看看就知道。",
    "저희 식당 앞 골목이 사흘째 물에 잠겨 있다고 주인 한미숙씨가 말했다.",
    "हमारी फसल पानी में डूब गई, यह आरोप किसानों ने बुधवार को प्रशासन पर लगाया।",
    "किसान सुरेश पाल बोले कि हमें अब तक कोई मुआवजा नहीं मिला और हम कर्ज में डूबे हैं।",
])
def test_speech_reported_without_quotation_marks_keeps_the_speakers_we(text):
    assert furniture_reasons(text) == []


@pytest.mark.parametrize("text", [
    "欢迎关注我们的微信公众号。",
    "본지 유튜브 채널을 구독하고 알림 설정을 해 주세요.",
    "हमें फेसबुक और ट्विटर पर फॉलो करें।",
])
def test_a_short_prompt_that_asks_the_reader_is_an_appeal_in_chinese_korean_and_hindi(text):
    assert "the outlet addresses the reader: an appeal or a prompt" in furniture_reasons(text)


def test_hindi_has_one_complete_list_of_verbs_of_saying():
    from newsdesk.importing.furniture_vocabulary import TOLD_VERBS

    assert {"कहा", "बताया", "बोले", "बोला", "बोलीं", "कहना"} <= set(TOLD_VERBS["hi"].split())


@pytest.mark.parametrize("text", [
    # A phrase in single quotes ("'Cost of living' questions") and an elision ("rock 'n' roll") are no quotation
    # that runs on over the appeal after them.
    "'Winter fuel' worries? Send us your questions and we will put them to our panel: email us at the address below.",
    "Do you remember rock 'n' roll nights at the Lido? Send us your photos and share your memories with us. "
    "'We danced till two,' one reader wrote.",
])
def test_a_single_quote_of_a_phrase_or_an_elision_hides_no_appeal(text):
    assert "the outlet addresses the reader: an appeal or a prompt" in furniture_reasons(text, language="en")


def test_british_quotations_in_single_marks_are_still_speech():
    text = "'We lost the shop and our savings with it. There was nothing left,' said Ana Ruiz, who ran it for years."

    assert furniture_reasons(text, language="en") == []


@pytest.mark.parametrize("text", [
    "'We lost the Hendersons' barn and our own shed, and we have nothing left,' said farmer Joan Pike.",
    "'We have been flooded every winter since the '90s and nobody helps us,' said Joan Pike, 71.",
    "'Our kids' school has been shut for a week and we are at our wits' end,' said parent Dana Hollis.",
])
def test_a_plural_possessive_or_a_year_inside_a_single_quoted_quotation_does_not_end_it(text):
    assert furniture_reasons(text, language="en") == []


def test_single_quotes_are_read_in_time_linear_in_the_passage():
    from newsdesk.alignment.furniture import QUOTED
    from tests.growth import grows_linearly

    linear, small, large = grows_linearly(lambda text: QUOTED.sub(" ", text),
                                          lambda n: "rock 'n' roll " * (n // 14), 16_000)
    assert linear, (small, large)


def test_the_hangul_range_is_defined_once_and_chinese_and_korean_are_told_by_languages():
    from newsdesk.alignment import furniture
    from newsdesk.importing import scripts

    assert scripts.HANGUL == scripts.HANGUL_SYLLABLES + scripts.HANGUL_JAMO
    assert not hasattr(furniture, "HANGUL") and not hasattr(furniture, "address_language")
    # A Korean appeal on an English page is still read with Korean's words of address.
    assert furniture_reasons("독자 여러분의 제보를 기다립니다. 저희 취재팀이 직접 확인하겠습니다.", language="en")


def test_the_furniture_marks_are_the_tokenizers_marks_of_the_first_plane():
    import re

    from newsdesk.importing.furniture_vocabulary import COMBINING_MARKS
    from newsdesk.importing.tokens import MARKS

    ours, tokenizers = re.compile(f"[{COMBINING_MARKS}]"), re.compile(f"[{MARKS}]")
    assert all(bool(ours.match(chr(code))) == bool(tokenizers.match(chr(code))) for code in range(0x10000))


def test_a_table_row_with_a_long_run_of_spaces_is_read_in_linear_time():
    from newsdesk.alignment.furniture import TABLE_ROW, figures_table
    from tests.growth import grows_linearly

    for make in (lambda n: "Ab cd: 1" + " " * n + "x1",
                 lambda n: "Ab cd: 1 %" + " " * n + "(2" + " " * n + "x",
                 lambda n: "Ab cd: 1 votes" + " " * n + "x"):
        linear, small, large = grows_linearly(TABLE_ROW.match, make, 4_000, min_seconds=0.005)
        assert linear, (small, large)
    linear, small, large = grows_linearly(figures_table, lambda n: "Ab cd: 1" + " " * n + "x1", 4_000)
    assert linear, (small, large)


def test_a_table_opener_with_a_long_run_of_spaces_is_read_in_linear_time():
    from newsdesk.alignment.furniture import figures_table
    from tests.growth import grows_linearly

    linear, small, large = grows_linearly(figures_table, lambda n: "Results" + " " * n + "x:y", 4_000)
    assert linear, (small, large)
    linear, small, large = grows_linearly(figures_table, lambda n: "a" * n + ":" + " " * n + "b", 4_000)
    assert linear, (small, large)


def test_a_table_of_figures_is_still_told_after_its_patterns_were_made_linear():
    from newsdesk.alignment.furniture import figures_table

    assert figures_table("Rezultati:\nLista za Brezno: 4.210 glasova (48,10%)\nLista Zajedno: 3.002 glasa (34,3 %)")
    assert figures_table("Turnout in the county: 61.4%\nValid ballots: 12,004\nSpoilt ballots cast: 213")
    assert not figures_table("Turnout: 61.4%\nValid: 12,004\nSpoilt: 213")


def test_a_speaker_who_told_us_is_reported_not_an_appeal():
    text = ("Edna Poldark, who is 68 and has run the quay café for thirty years, told us she had noticed the change: "
            "\"The boats come in later every week now.\"")
    assert furniture_reasons(text) == []
    assert furniture_reasons("Tell us what you think: email our newsdesk with your story.") != []
