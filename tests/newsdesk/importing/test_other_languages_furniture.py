"""Page furniture in German, French, Spanish, Italian, Portuguese, Arabic, Russian and Japanese
(``furniture_vocabulary``), and the sentences of news in those languages that share its words but are the story's."""


import pytest

from annotations.suggestions import suggest
from newsdesk.alignment.furniture import line_reasons, related_list
from newsdesk.importing import furniture_lines
from newsdesk.importing.furniture_lines import line_furniture, related_label
from tests.growth import MIN_SECONDS, grows_linearly

FURNITURE = {
    "de": {
        "Anzeige": "furniture_words",
        "Jetzt teilen": "furniture_words",
        "Mehr zum Thema": "related_list",
        "Zum Inhalt springen": "navigation",
        "Artikel anhören  2:57": "media_player",
        "Audio: Beitrag anhören (1:45 Min.)": "media_player",
        "Von Markus Lehner": "byline",
        "Stand: 03.02.2027 18:12 Uhr": "timestamp",
        "Ein Triebwagen im Bahnhof. Bild: Stadtbote/Anja Wirth": "credit",
        "Bereits registriert? Anmelden": "furniture_words",
        "Alle akzeptieren  Einstellungen": "consent",
        "Jeden Morgen die wichtigsten Nachrichten aus der Region – kostenlos in Ihr Postfach.": "furniture_words",
        "Wir verwenden Cookies, um Ihnen Werbung zu zeigen. Mit „Zustimmen“ erteilen Sie Ihre Einwilligung.":
            "consent",
        "Weiterlesen mit Plus: vier Wochen gratis testen, danach 7,99 € im Monat.": "offer",
        "© Stadtbote 2027. Alle Rechte vorbehalten.": "credit",
    },
    "fr": {
        "Publicité": "furniture_words",
        "À lire aussi": "related_list",
        "Écouter cet article  3:48": "media_player",
        "Par Claire Moreau": "byline",
        "Publié le 16 mars 2027 à 07h45": "timestamp",
        "Déjà abonné ? Se connecter": "furniture_words",
        "Lire aussi : la piscine rouvrira au printemps": "related_list",
        "Nous utilisons des cookies pour mesurer l'audience. Vous pouvez accepter ou paramétrer vos choix.": "consent",
        "Tous droits réservés": "credit",
    },
    "es": {
        "Publicidad": "furniture_words",
        "Noticias relacionadas": "related_list",
        "Escuchar noticia  3:12": "media_player",
        "¿Ya eres suscriptor? Inicia sesión": "furniture_words",
        "Lee también: El puerto bate su récord de cruceros": "related_list",
        "Actualizado: 04/02/2027 12:30": "timestamp",
        "Utilizamos cookies propias y de terceros para mejorar tu experiencia y mostrarte publicidad "
        "personalizada. Si continúas navegando, consideramos que aceptas su uso.": "consent",
        "Aceptar todas  Rechazar": "consent",
        "Recibe cada semana nuestro boletín en tu correo.": "furniture_words",
    },
    "it": {
        "Pubblicità": "furniture_words",
        "Leggi anche": "related_list",
        "Ascolta l'articolo  3:05": "media_player",
        "di Giulia Ferrante": "byline",
        "Sei già abbonato? Accedi": "furniture_words",
        "Riproduzione riservata": "credit",
    },
    "pt": {
        "Publicidade": "furniture_words",
        "Leia também": "related_list",
        "Ouvir este artigo  1:52": "media_player",
        "Já é assinante? Inicie sessão": "furniture_words",
        "Publicado a 3 de junho de 2027, às 19:05": "timestamp",
    },
    "ar": {
        "إعلان": "furniture_words",
        "اقرأ أيضًا": "related_list",
        "اقرأ أيضًا: خبر آخر عن الميناء": "related_list",
        "صورة: عربات المترو الجديدة في المحطة": "credit",
        "استمع للخبر  3:05": "media_player",
        "بقلم: ليلى منصور": "byline",
        "آخر تحديث: 12 مارس 2027 - 14:20": "timestamp",
        "قبول الكل  رفض": "consent",
        "جميع الحقوق محفوظة": "credit",
        # An imperative spelt as a past tense ("حمّل", "carried"), with what the outlet offers.
        "حمّل تطبيقنا الجديد وتابع الأخبار لحظة بلحظة.": "call_to_action",
        # A call to action in the line's later sentence, "and subscribe" written as one word.
        "منصتنا مستقلة بلا إعلانات. ادعم صحافتنا واشترك مقابل دينارين في الشهر.": "call_to_action",
    },
    "ru": {
        "Реклама": "furniture_words",
        "Читайте также": "related_list",
        "Слушать статью  2:10": "media_player",
        "Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с этим.":
            "consent",
    },
    "ja": {
        "[写真] 港に停泊する客船": "credit",
        # A cookie word and a cue of consenting, in a line without spaces.
        "当サイトではCookieを使用しています。サイトを利用することで、Cookieの使用に同意したものとみなします。":
            "consent",
        "番組では、視聴者の皆さんからの写真や動画を募集しています。": "call_to_action",
    },
}

# Sentences of news that hold the words of furniture: an "Anzeige" filed with the police, a council's "publicidad",
# subscribers counted, a past tense spelt as an imperative is.
BODY = {
    "de": [
        "Die Polizei erstattete Anzeige gegen den Fahrer.",
        "Die Folgen des Sturms sind noch nicht absehbar.",
        "Von Montag an fahren wieder Züge zwischen Feldheim und Lindach.",
        "Der Verlag hat im vergangenen Jahr rund 20.000 Abonnenten verloren, sagte der Geschäftsführer.",
        "Die Stadtwerke teilen mit, dass die Preise im Januar steigen.",
        "Die Miete stieg um 50 € im Monat, sie kann sie kaum noch zahlen.",
    ],
    "fr": [
        "Par ailleurs, la mairie a publié le budget de l'année prochaine.",
        "Les abonnés du réseau de chaleur paieront 4 % de plus en janvier, a annoncé la régie.",
        "Le 16 mars, le conseil municipal a voté la rénovation de la piscine.",
    ],
    "es": [
        "La publicidad institucional creció un 8 % el año pasado, según el Gobierno.",
        "Por la tarde, cientos de vecinos se concentraron frente al Ayuntamiento.",
        "El alcalde defendió la tasa ante el pleno municipal.",
    ],
    "it": [
        "Gli abbonati del trasporto pubblico sono cresciuti del 12 per cento, secondo la Regione.",
        "Di notte la linea resterà chiusa fino a settembre.",
    ],
    "pt": [
        "Por causa da greve, os comboios não circularam durante a manhã.",
        "A câmara vai partilhar os custos da obra com o Governo.",
    ],
    "ar": [
        "شارك آلاف المواطنين في المسيرة يوم الجمعة.",
        "اشترك في السباق أكثر من مئتي عداء من عشر دول.",
        "وقال مدير الهيئة إن المحطة ستغطي احتياجات نحو 400 ألف نسمة.",
        "حمل المتظاهرون لافتات تطالب بإعادة فتح السوق.",
        "تابع المحققون تسجيلات الكاميرات في محيط المحطة.",
        "سجل المرصد 68 ملم من الأمطار خلال ساعة واحدة.",
    ],
    # A town asking residents for their ideas, and a shop's cookies.
    "ja": [
        "町は、住民の皆さんから新しい駅舎のデザイン案を募集しています。",
        "菓子店のクッキーは地元の人気商品で、多くの客が買い求めている。",
        # A town asking for footage, and news about cookies that says who says so.
        "市は、住民のみなさんから大雨の被害の情報や映像を募集している。",
        "消費者団体によると、国内の大手通販サイトの約8割がCookieを利用しています。",
    ],
    "ru": [
        "Реклама на телевидении подорожала на 12 процентов, сообщил регулятор.",
        "По словам мэра, новая линия метро откроется в декабре.",
    ],
}


# Sentences of news that share a word or a phrase with furniture without being it: news sent "by e-mail" (not to
# the reader's inbox), a third person singular spelt as an imperative is, a first person spelt as one once its
# hamza is folded, a prompt's phrase inside a clause, a credit's label before a clause, a month or a weekday alone.
SHARED_WORDS = [
    # Delivery by e-mail to someone other than the reader.
    "La autoridad portuaria notificó el cierre a las navieras por correo electrónico el pasado martes por la tarde.",
    "Les familles concernées seront informées par e-mail dans les prochains jours.",
    "Le préfet envoie les convocations par mail aux riverains.",
    "I pendolari ricevono i biglietti via email dalla compagnia.",
    "Os utentes receberão o aviso no seu e-mail da junta.",
    # A third person singular that is also an imperative.
    "Comparte piso con otros tres estudiantes.",
    "Recibe una pensión de 600 euros al mes.",
    "Accede al cargo en 2019 tras las elecciones.",
    "Disfruta de la playa cada verano desde niño.",
    "Escucha la radio cada mañana en el puerto.",
    "Ascolta la radio ogni mattina prima di partire.",
    "Condividi la stessa cabina con altri tre lavoratori.",
    "Следите за объявлениями на станциях метро.",
    # A first person that reads as an imperative once its hamza is folded.
    "أدعم هذا القرار.",
    "أحصل على الماء مرتين في الأسبوع فقط",
    # A prompt's phrase inside a sentence.
    "Die Stadt will das neue System ab Montag jetzt testen.",
    "Pendler können die neue Linie eine Woche kostenlos testen.",
    "Les deux pays ont signé un accord sans engagement contraignant.",
    "Déjà abonné au journal local, le maire a réagi vivement.",
    "O governo pede que a população subscreva o abaixo-assinado.",
    "سجل الدخول إلى البلاد ارتفاعا كبيرا هذا العام.",
    "Войдите в положение пассажиров, попросил депутат.",
    # A credit's label before a clause or a question, a cookie word in a long sentence, a date without a day.
    "¿Cuál es la fuente: el Gobierno o la oposición?",
    "Die Quelle: ein anonymer Brief an die Redaktion",
    "Die Einwilligung der Anwohner fehlt noch; die Stadt will die Cookies-Debatte im Rat führen.",
    "Mars 2030",
    "Am Freitag",
]


@pytest.mark.parametrize("text", SHARED_WORDS)
def test_sentences_that_share_furniture_words_are_no_furniture(text):
    assert line_furniture(text) is None


# The same words where they are furniture: speaking to the reader, naming the outlet's products, a button's few
# words, a stamp with its day, a credit after the caption's stop.
STILL_FURNITURE = {
    "Descarga nuestra app": "call_to_action",
    "Ascolta il podcast": "call_to_action",
    "Escucha ahora": "call_to_action",
    "احصل على التطبيق الآن": "call_to_action",
    "Jetzt kostenlos testen": "furniture_words",
    "Déjà abonné ?": "furniture_words",
    "سجّل في نشرتنا اليومية لتصلك أهم الأخبار صباح كل يوم.": "furniture_words",
    "Kostenlos in Ihr Postfach": "furniture_words",
    "As notícias da manhã no seu e-mail, grátis.": "furniture_words",
    "16 mars 2030 à 10h": "timestamp",
    "Ein Triebwagen im Bahnhof. Foto: dpa": "credit",
}


@pytest.mark.parametrize("text", sorted(STILL_FURNITURE))
def test_the_shared_words_stay_furniture_where_they_speak_to_the_reader(text):
    found = line_furniture(text)
    assert found is not None and found[0] == STILL_FURNITURE[text], found


@pytest.mark.parametrize("language", sorted(FURNITURE))
def test_furniture_in_other_languages_names_its_rule(language):
    for text, rule in FURNITURE[language].items():
        found = line_furniture(text)
        assert found is not None and found[0] == rule, (text, found)
        assert found[1] and found[0] in furniture_lines.CONFIDENCE


@pytest.mark.parametrize("language", sorted(BODY))
def test_sentences_of_news_in_other_languages_are_no_furniture(language):
    for text in BODY[language]:
        assert line_furniture(text) is None, text


def test_labels_count_only_as_a_whole_line():
    assert line_furniture("Anzeige")[0] == "furniture_words"
    assert line_furniture("Anzeige gegen Unbekannt") is None
    assert line_furniture("Teilen") is not None
    assert line_furniture("Teilen Sie diese Meinung nicht, müssen Sie nicht zustimmen.") is None


def test_a_related_label_in_another_language_opens_a_list_of_links():
    for label in ("Mehr zum Thema", "À lire aussi", "Te puede interesar", "Leggi anche", "Leia também",
                  "مواضيع ذات صلة", "Читайте также", "MEHR ZUM THEMA:"):
        assert related_label(label), label
    assert not related_label("Mehr zum Thema Hochwasser sagte der Bürgermeister nichts.")
    assert related_list("Leggi anche\nCastelmora, il nuovo pontile sarà pronto\nLago, record di turisti")


def test_the_importers_band_takes_a_cookie_banner_and_a_newsletter_prompt_in_other_languages():
    banner = ("Utilizamos cookies propias y de terceros para mejorar tu experiencia y mostrarte publicidad "
              "personalizada. Si continúas navegando, consideramos que aceptas su uso.")
    prompt = "Jeden Morgen die wichtigsten Nachrichten aus der Region – kostenlos in Ihr Postfach."

    assert line_reasons(banner, {})
    assert line_reasons(prompt, {})
    # Three sentences on one line, which a Japanese page writes without spaces: some 45 words by its length.
    japanese = ("当サイトでは、閲覧状況の分析や広告の配信のためにCookieを利用しています。"
                "引き続きサイトを閲覧することで、Cookieの利用に同意したものとみなします。"
                "設定の変更はプライバシーポリシーをご覧ください。")
    assert line_reasons(japanese, {})
    assert not line_reasons("La tasa se aplicará durante un máximo de siete noches por estancia.", {})


def test_the_suggester_sets_apart_prompts_captions_and_related_headlines_in_other_languages():
    page = "\n".join([
        "El puerto de Almadena recibe su primer crucero del año",
        "¿Ya eres suscriptor? Inicia sesión",
        "Escuchar noticia  3:12",
        "El puerto recibió ayer a más de cuatro mil pasajeros de dos cruceros, según la autoridad portuaria.",
        "صورة: رجال في الميناء",
        "اقرأ أيضًا: خبر آخر عن الميناء",
        "[写真] 港に停泊する客船",
        "La autoridad portuaria prevé que la temporada cierre con un récord de escalas, dijo su presidente.",
        "Mehr zum Thema",
        "Neue Fähre für die Insel",
        "Hafen bekommt zweiten Kai",
    ])
    flagged = {page[s.start:s.end] for s in suggest(page) if s.tag == "boilerplate"}
    lines = page.split("\n")

    assert flagged == set(lines[1:3] + lines[4:7] + lines[8:])


def test_long_lines_take_time_in_proportion_to_their_length_with_the_other_languages_patterns():
    shapes = [
        lambda n: "Foto: " + "a " * (n // 2),
        lambda n: "Anzeige" + " " * n + "x",
        lambda n: "(1:45" + " " * n + "Min.",
        lambda n: "Lee también" + " " * n + ":",
        lambda n: "Von " + "Name " * (n // 5),
        lambda n: "Stand:" + " " * n + "x",
        lambda n: "cookies " * (n // 8),
        lambda n: "[写真" + " " * n,
        lambda n: "à lire aussi " * (n // 13),
    ]
    for make in shapes:
        linear, small, large = grows_linearly(line_furniture, make, 10_000)
        assert linear, (make(20), small, large)


def test_each_pattern_of_the_other_languages_runs_in_linear_time_on_a_100000_character_line():
    from newsdesk.importing.furniture_vocabulary import folded, label_key

    pieces = ["foto: ", "bild: ", " ", "-", "a", ":", "(1:45 ", "lee también", "von ", "stand: ", "[写真", "اقرأ أيضًا "]
    checks = [
        lambda t: furniture_lines.OTHER_CREDIT.search(t),
        lambda t: furniture_lines.OTHER_LINK_PREFIX.match(t),
        lambda t: furniture_lines.OTHER_BYLINE.match(t),
        lambda t: furniture_lines.OTHER_DATE_LABEL.match(t),
        lambda t: furniture_lines.RUNNING_TIME.sub(" ", t),
        lambda t: furniture_lines.OTHER_PROMPTS.findall(t),
        lambda t: furniture_lines.OTHER_CONSENT_CUES.search(t),
        lambda t: furniture_lines.other_label(t),
        lambda t: related_label(t),
        lambda t: label_key(folded(t)),
    ]
    shapes = [lambda n, piece=piece: piece * (n // len(piece)) for piece in pieces]
    shapes += [lambda n, piece=piece: piece + " " * n + "x" for piece in pieces]
    shapes += [lambda n, piece=piece: piece + "." * n for piece in pieces]
    # Each check is one pattern alone, with no other work around it: a run of a quarter of the guard's usual time tells
    # quadratic work from linear work (the processor time is measured, which a busy machine does not stretch).
    for make in shapes:
        for check in checks:
            linear, small, large = grows_linearly(check, make, 10_000, min_seconds=MIN_SECONDS / 4)
            assert linear, (make(20), small, large)
