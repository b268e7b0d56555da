"""Contributors' notes, a contributor's job on a line of its own and disclaimers in German, French, Spanish, Italian,
Portuguese, Russian, Arabic and Japanese (``furniture_vocabulary``), and the paragraphs of news that open the same way
but report what happened to someone, or whose opinions were heard."""


import pytest

from newsdesk.importing.furniture_lines import _other_disclaimer, contributor_bio, line_furniture, role_line
from tests.growth import grows_linearly

NOTES = {
    "de": [
        "Henrike Lanz ist Bauingenieurin und schreibt über Infrastruktur und Verkehrspolitik.",
        "Dr. Jonas Albrecht ist Politikwissenschaftler am Institut für Europäische Politik in Feldheim.",
        "Miriam Ostertag lehrt Verfassungsrecht an der Universität Lindach.",
    ],
    "fr": [
        "Jean-Luc Perrin est économiste et directeur de recherche au CNRS.",
        "Claire Vasseur enseigne le droit public à l'université de Vallenot.",
    ],
    "es": [
        "Marta Oquendo es economista y profesora de Organización Industrial en la Universidad de Castroluna.",
        "Tomás Iglesias es catedrático de Historia Contemporánea en la Universidad de Almadena.",
    ],
    "it": [
        "Giulia Ferrante è ricercatrice di diritto costituzionale all'Università di Castelmora.",
        "Paolo De Santis insegna economia politica al Politecnico di Castelmora.",
    ],
    "pt": [
        "Inês Valadares é investigadora no Instituto de Ciências Sociais da Universidade da Ribeira.",
        "João Pedro Matos é economista e escreve sobre finanças públicas.",
    ],
    "ru": [
        "Андрей Соколов — экономист, доцент кафедры городского хозяйства Северного университета.",
        "Мария Кузнецова является профессором Северного университета.",
        "Ольга Белова преподаёт историю в Северном университете.",
    ],
    # A sentence without a verb, and a name without capitals: told by its place before the job.
    "ar": [
        "سلمى الخطيب باحثة في اقتصاديات النقل ومحاضرة في جامعة الساحل.",
        "د. كريم العباسي أستاذ القانون الدستوري في جامعة الشمال.",
        "نادر يوسف صحفي ومحلل سياسي يكتب عن شؤون المدن.",
    ],
}

# Paragraphs of news about a person and their job: what happened to them (an event put in time), what they said,
# a person named again by an honorific or behind a job or an article, a job outside the contributor class.
NEWS_ABOUT_A_PERSON = {
    "de": [
        "Ana Ruiz ist Krankenpflegerin und stand am Montag im Stau.",
        "Ana Ruiz ist Ökonomin und stand am Montag im Stau.",
        "Jens Ulrich ist Professor für Gesundheitsökonomie an der Universität Lindach und hat die Kliniken im "
        "Kreis im vergangenen Jahr untersucht.",
        "Peter Hollmann ist Landrat und Jurist und hat im Kreistag mehrfach vor einer Entscheidung gewarnt.",
        "Karola Winterfeld ist Professorin und sagte, die Maut sei falsch.",
        "Frau Lanz ist Bauingenieurin.",
        "Die Ökonomin Karola Winterfeld ist gegen die Maut.",
        "Bürgermeisterin Sabine Oertel ist Juristin.",
        "Tobias Kern ist Elektriker und fährt jeden Tag über die Brücke.",
    ],
    "fr": [
        "Julien Marchal est cuisinier et a perdu son emploi en mars.",
        "Claire Vasseur est avocate et a plaidé hier devant le tribunal.",
        "Hélène Carrive est sociologue et a déclaré que le projet était « une erreur ».",
        "Mme Carrive est sociologue.",
    ],
    "es": [
        "Carmen Ríos es enfermera y perdió su trabajo el año pasado.",
        "Tomás Vidal es catedrático de Derecho Administrativo y firmó en marzo el recurso contra el plan.",
        "Andrés Poveda es ingeniero agrónomo y preside la comunidad de regantes; según sus cálculos, el plan "
        "costaría tres millones.",
        "El autor del atropello se entregó a la policía.",
    ],
    "it": [
        "Giovanna Riva è biologa all'Università di Castelmora e la scorsa estate ha contato i nidi di tartaruga.",
        "Marco Pellegrini è avvocato e ieri ha presentato ricorso al Tar.",
        "Marco Pellegrini è pescatore da quarant'anni.",
    ],
    "pt": [
        "Rui Almeida é enfermeiro e fez duzentas visitas no inverno passado.",
        "Ana Figueiredo é médica de família e presidente da associação, disse ao jornal.",
        "O autor do crime foi detido ontem.",
    ],
    "ru": [
        "Ольга Петрова — водитель автобуса, в прошлом месяце она дважды опоздала на смену.",
        "Игорь Смирнов — профессор и вчера выступил на заседании городской думы.",
        "Игорь Смирнов — профессор; по его словам, мост прослужит ещё тридцать лет.",
    ],
    "ar": [
        "ليلى ناصر باحثة في الجامعة وقد أصيبت أمس في الحادث.",
        "وقال كريم العباسي، أستاذ القانون، إن القرار مخالف للدستور.",
        "رئيس البلدية سليم الحوراني محام سابق.",
        "صاحب المقهى أبو سمير خبير في شؤون السوق.",
        "سامي حداد سائق حافلة منذ عشرين عاما.",
    ],
}

ROLE_LINES = [
    "Professorin für Verkehrsökonomie, Hochschule Feldheim",
    "Stellvertretende Direktorin des Instituts für Wasserwirtschaft",
    "Maîtresse de conférences en sociologie, université de Vallenot",
    "Catedrático de Derecho Administrativo, Universidad de Castroluna",
    "Professoressa associata di Diritto costituzionale, Università di Castelmora",
    "Investigadora do Instituto de Saúde Pública da Universidade da Ribeira",
    "Доцент кафедры городского хозяйства Северного университета",
]
# Headlines that open on a job and name an institution: they end on what happened, not on the place's name.
HEADLINES = [
    "Rektorin der Universität tritt zurück",
    "Directeur de l'hôpital limogé après un scandale",
    "Rector de la Universidad de Castroluna dimite tras la polémica",
    "Storico accordo tra sindacati e Università di Castelmora",
    "Директор института уволен после проверки",
]

DISCLAIMERS = {
    "de": [
        "Die Meinung des Autors muss nicht mit der der Redaktion übereinstimmen.",
        "Dieser Gastbeitrag gibt die Meinung der Autorin wieder, nicht notwendigerweise die der Redaktion.",
        "Hinweis der Redaktion: In einer früheren Version dieses Artikels stand ein falsches Datum.",
        "Dieser Artikel stellt keine Anlageberatung dar.",
    ],
    "fr": [
        "Les opinions exprimées n'engagent que leur auteur.",
        "Les opinions exprimées dans cette tribune n’engagent que leur autrice.",
        "Note de la rédaction : une précédente version de cet article indiquait une date erronée.",
    ],
    "es": [
        "Las opiniones expresadas son responsabilidad exclusiva de su autora.",
        "Este artículo refleja únicamente la opinión de su autor.",
        "Fe de errores: en una versión anterior de esta noticia se indicaba otra fecha.",
    ],
    "it": [
        "Le opinioni espresse sono dell'autrice e non riflettono necessariamente la linea editoriale della testata.",
        "Nota della redazione: l'articolo è stato aggiornato alle 18.",
    ],
    "pt": [
        "Os artigos de opinião são da exclusiva responsabilidade dos seus autores.",
        "A autora escreve de acordo com a antiga ortografia.",
    ],
    "ru": [
        "Мнение редакции может не совпадать с мнением автора.",
        "Материал не является индивидуальной инвестиционной рекомендацией.",
    ],
    "ar": [
        "الآراء الواردة في هذا المقال تعبر عن وجهة نظر كاتبها فقط.",
        # The outlet's name in quotation marks quotes no one.
        "المقالات المنشورة لا تعبر بالضرورة عن رأي «صوت المدينة» بل عن آراء أصحابها.",
        "تنويه: في نسخة سابقة من هذا الخبر ورد تاريخ خاطئ.",
    ],
    "ja": [
        "※この記事の内容は筆者の個人的な見解であり、所属する組織の見解ではありません。",
        "本記事は投資の勧誘を目的としたものではありません。",
    ],
}
# Others' opinions in the news, and sentences that name an author who is no writer.
OPINIONS_IN_THE_NEWS = {
    "de": ["Die Meinung der Anwohner ist gespalten.", "Die Meinung im Kreistag ist gespalten."],
    "fr": ["Les opinions exprimées lors de la réunion publique ont été claires."],
    "es": [
        "Las opiniones expresadas por los vecinos en la reunión del martes fueron unánimes.",
        "La responsabilidad penal del autor del atropello está por determinar.",
    ],
    "it": ["Le opinioni dei residenti sono divise."],
    "pt": ["As opiniões dos moradores dividem-se, segundo a junta."],
    "ru": ["Мнение жителей разделилось."],
    "ar": [
        "أظهر استطلاع رأي أجرته الصحيفة أن غالبية السكان يؤيدون المشروع.",
        "تباينت آراء السكان حول موقع السوق المؤقت.",
        "وقال الكاتب إن آراء القراء تهمه.",
    ],
    "ja": [
        "住民の意見は分かれている。",
        "町長は、編集部の取材に対し「見解は変わらない」と述べた。",
        # A company's words in 「」, and its plans: what a company says is the news.
        "運営会社は「当社の考えを利用者に丁寧に伝えていきたい」としている。",
        "南浜汽船の担当者は、当社としての見解を来週にも示す方針だ。",
        "同社は、ウェブサイトの記事の一部を訂正しました、と発表した。",
    ],
}


@pytest.mark.parametrize("language", sorted(NOTES))
def test_a_contributors_note_in_another_language_is_furniture(language):
    for note in NOTES[language]:
        assert contributor_bio(note), note
        assert line_furniture(note)[0] == "contributor_bio", note
        assert line_furniture(f"*{note}*")[0] == "contributor_bio", note


@pytest.mark.parametrize("language", sorted(NEWS_ABOUT_A_PERSON))
def test_news_about_a_person_and_their_job_in_another_language_is_no_note(language):
    for sentence in NEWS_ABOUT_A_PERSON[language]:
        assert not contributor_bio(sentence), sentence
        assert line_furniture(sentence) is None, sentence


def test_a_contributors_job_on_a_line_of_its_own_in_another_language():
    for line in ROLE_LINES:
        assert role_line(line), line
        assert line_furniture(line)[0] == "contributor_bio", line
    for headline in HEADLINES:
        assert not role_line(headline), headline
        assert line_furniture(headline) is None, headline


@pytest.mark.parametrize("language", sorted(DISCLAIMERS))
def test_a_disclaimer_in_another_language_is_furniture(language):
    for line in DISCLAIMERS[language]:
        assert _other_disclaimer(line), line
        assert line_furniture(line)[0] == "disclaimer", line


@pytest.mark.parametrize("language", sorted(OPINIONS_IN_THE_NEWS))
def test_opinions_heard_in_the_news_are_no_disclaimer(language):
    for sentence in OPINIONS_IN_THE_NEWS[language]:
        assert not _other_disclaimer(sentence), sentence
        assert line_furniture(sentence) is None, sentence


# A contributor's note in Japanese, which opens on no capital and joins no job to the name with a verb: the
# phrases a note is made of. A paragraph of news names one of them at most, or quotes and reports.
JAPANESE_NOTES = [
    "やまだ・けんじ　1968年、北嶺県生まれ。東都大学大学院博士課程修了。専門は河川工学。",
    "1975年生まれ。新聞記者を経て、2010年からフリーのジャーナリスト。著書に『町の記憶』。",
    # A figure right before a phrase ("1981年生まれ", "を経て2012年") does not hide it.
    "川村里美（かわむら・さとみ）　1981年生まれ。南浜大学卒業。出版社勤務を経て2012年から現職。",
]
JAPANESE_NEWS_ABOUT_A_PERSON = [
    "千葉さんは1950年生まれで、町議を務めたこともある。",
    "佐藤教授は「専門は地盤工学だが、今回の崩落は予想外だった」と話した。著書に防災の入門書がある。",
    # The profile closing a story about a new company president: its subject named with a particle.
    "高木氏は東都大学卒業後、1988年に入社し、営業本部長などを経て現職。",
    "高木氏は1963年生まれ。南浜大学卒業後、県庁勤務を経て2016年から副社長を務めていた。",
]


def test_a_figure_beside_a_phrase_of_a_script_without_spaces_does_not_hide_it():
    from newsdesk.importing import furniture_vocabulary as vocabulary

    phrases = vocabulary.pattern(vocabulary.BIO_PHRASES)
    assert phrases.search("1981年生まれ") and phrases.search("勤務を経て2012年")
    # Beside a phrase of a spaced script a figure is still part of the word.
    subscribe = vocabulary.pattern({"en": "subscribe"})
    assert subscribe.search("please subscribe now") and not subscribe.search("subscribe2 x")


def test_a_contributors_note_in_japanese_is_furniture_and_news_about_a_person_is_not():
    for note in JAPANESE_NOTES:
        assert contributor_bio(note), note
        assert line_furniture(note)[0] == "contributor_bio", note
    for sentence in JAPANESE_NEWS_ABOUT_A_PERSON:
        assert not contributor_bio(sentence), sentence
        assert line_furniture(sentence) is None, sentence


def test_a_disclaimer_that_reports_or_quotes_is_the_story():
    assert not _other_disclaimer("Die Meinung des Autors sei nicht die der Redaktion, sagte der Verleger.")
    assert not _other_disclaimer("« Les opinions exprimées n'engagent que leur auteur », a rappelé le journal.")


def test_english_lines_are_judged_by_the_english_rules_alone():
    assert line_furniture("Ana Ruiz is a professor of economics at the University of Lund.")[0] == "contributor_bio"
    for line in [
        "Margaret Thatcher era ministers gather for reunion",
        "Kim Jong Un war threat grows as missiles fly",
        "Professor at Kingsmead University wins award",
        "The views of the author's family were clear.",
    ]:
        assert line_furniture(line) is None, line


def test_the_other_languages_notes_take_time_in_proportion_to_a_long_line():
    shapes = [
        lambda n: "Ana Ruiz ist " + "Professor" * (n // 9),
        lambda n: "Ana Ruiz ist " + "a" * n + " an der Universität",
        lambda n: "Stellvertretende " * 2 + "Direktorin" + "x" * n,
        lambda n: "Hinweis der Redaktion" + " " * n + ":",
        lambda n: "Ана Руиз — " + "а" * n,
        lambda n: "Prof. " * (n // 6) + "Ana Ruiz ist Professorin.",
    ]
    for make in shapes:
        for check in (contributor_bio, role_line, _other_disclaimer):
            linear, small, large = grows_linearly(check, make, 10_000)
            assert linear, (check.__name__, make(20), small, large)
