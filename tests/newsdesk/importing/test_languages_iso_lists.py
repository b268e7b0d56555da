"""Languages written in Latin letters that only the ``stopwordsiso`` package keeps function words for: a text in one of
them is read as its own language, not as the one whose short words it shares, and the others are read as before."""

import pathlib

import pytest

from newsdesk.importing import languages
from newsdesk.importing.languages import function_words, language_of, language_of_texts

STORIES = pathlib.Path(__file__).resolve().parents[2] / "corpus" / "stories"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wakazi wa kijiji hicho walisema kwamba maji ya mto yamepanda tangu Jumatatu na shule imefungwa.", "sw"),
        ("Mkuu wa wilaya alieleza kuwa serikali itatuma dawa na chakula kwa familia zilizoathirika.", "sw"),
        (
            "Vallavalitsus teatas, et uus sild avatakse alles järgmisel aastal, kuid elanikud on pahased."
            " Nende sõnul oli lubatud, et töö saab valmis juba sel suvel, aga see ei ole nii läinud.",
            "et",
        ),
        ("Gradonačelnik je rekao da će most biti zatvoren do kraja godine jer su radovi kasnili.", "hr"),
        ("Stanovnici sela kažu kako nisu dobili nikakvu pomoć nakon poplave koja je uništila ceste.", "hr"),
        ("Sinabi ng alkalde na isasara ang tulay hanggang sa katapusan ng taon dahil sa pinsala ng bagyo.", "tl"),
        (
            "Župan je povedal, da bo most zaprt do konca leta, ker so se dela zavlekla."
            " Prebivalci pravijo, da jih o tem nihče ni obvestil in da morajo zdaj voziti po stari cesti.",
            "sl",
        ),
        (
            "O alcalde dixo que a ponte estará pechada ata final de ano porque as obras non avanzan. Os veciños din que"
            " ninguén lles explicou nada e que agora teñen que ir pola estrada vella, que é moi perigosa.",
            "gl",
        ),
        (
            "Meras sakė, kad tiltas bus uždarytas iki metų pabaigos, nes darbai vėluoja."
            " Gyventojai teigia, kad apie tai jiems niekas nepranešė ir dabar jie turi važiuoti senu keliu.",
            "lt",
        ),
        ("Mērs sacīja, ka tilts būs slēgts līdz gada beigām, jo darbi kavējas.", "lv"),
        ("Die burgemeester het gesê die brug sal tot die einde van die jaar gesluit wees.", "af"),
    ],
)
def test_a_text_in_a_language_only_stopwords_iso_lists_is_read_as_that_language(text, language):
    assert language_of(text) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The harbour board closed the north quay after storm damage to the sea wall.", "en"),
        ("La empresa cerrará la fábrica en junio y los trabajadores de la planta protestan en la puerta.", "es"),
        ("Os moradores não sabem quando a água vai voltar e a câmara ainda não deu uma data.", "pt"),
        ("Il sindaco ha detto che il traghetto costerà di più dal mese prossimo.", "it"),
        ("Le maire a annoncé la fermeture de la piscine pour deux ans, faute de budget.", "fr"),
        ("De gemeente sluit het zwembad volgend jaar omdat er geen geld meer is.", "nl"),
        ("Kaupunki sulkee uimahallin ensi vuonna, koska rahaa ei ole.", "fi"),
        ("Burmistrz powiedział, że most będzie zamknięty do końca roku.", "pl"),
        (
            "Starosta řekl, že most bude uzavřen do konce roku, protože práce se zpozdily. Obyvatelé říkají, že jim to"
            " nikdo neoznámil a teď musí jezdit po staré silnici.",
            "cs",
        ),
        ("Pemerintah kota mengatakan bahwa jembatan itu akan ditutup sampai akhir tahun.", "id"),
    ],
)
def test_a_language_with_its_own_list_is_read_as_before(text, language):
    assert language_of(text) == language


@pytest.mark.parametrize(
    "headline",
    [
        "Van driver and ma die in crash on A40",  # Afrikaans "van", "ma", "die"
        "Lima talks end as ministers fail to agree on carbon deal",
        "Ban on kite surfing at Bude beach to be lifted",  # Hausa "ba", Sesotho "ba"
        "So long, and thanks for all the fish",
        "Sara Kimani: we are ready to win in Nairobi",
        "Tata Steel to cut 3,000 jobs at Port Talbot",
    ],
)
def test_a_short_english_headline_stays_english(headline):
    assert language_of(headline) == "en"


@pytest.mark.parametrize(
    "headline",
    [
        "Sam Ali and Jim Orr sign for Kelby",  # Croatian "sam", "ali", "jim"
        "Post Office super sub: 90 min via Bristol",  # Esperanto "post", "super", "min"
        "Ban on sun beds in Tafi Viejo",  # Hausa "ban", "sun", "tafi"
        "Bat Yam, Han River and Zen garden tours",  # Basque "bat", "han", "zen"
        "Hata, Kama, Sasa: Nairobi's new street names",  # Swahili "hata", "kama", "sasa"
        "Sam Ali, Ben Ono and Kim Ito join Dunmore board",
        "Jim, Ali and Sam: Kelby's three mayors",
        "Pero Tko, Sam Kao and Ali Bin win at Coldmere",
        "Ako Ito, Isa Ama and Ana Ili: meet the Marlow triplets",  # Tagalog "ako", "ito", "isa"
        "Yam Bat Zen Han",
    ],
)
def test_an_english_headline_of_names_is_not_read_as_a_language_of_the_stopwords_iso_lists(headline):
    assert language_of(headline) == "en"


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Hata hivyo wakazi wa Mlimani walisema kwamba hawajapata msaada wowote.", "sw"),
        ("Kwa mujibu wa polisi, watu watatu walikamatwa jana usiku karibu na soko.", "sw"),
        ("Mkuu wa mkoa alisema hali ni shwari lakini watu wanapaswa kuwa makini.", "sw"),
        ("Soma Pia: Bei ya mahindi yashuka katika masoko ya Kibwero", "sw"),
        ("Kui vesi tõusis, olid paljud majad juba tühjaks jäänud ning teed suletud.", "et"),
        ("Gradonačelnik je rekao da će škola biti otvorena tek sljedeće godine.", "hr"),
        ("Ministar je najavio nove mjere, ali sindikati kažu da to nije dovoljno.", "hr"),
    ],
)
def test_a_short_line_in_a_language_of_the_stopwords_iso_lists_is_read_as_that_language(line, language):
    assert language_of(line) == language


def test_the_lithuanian_list_is_read_in_its_own_code_page():
    words = function_words("lt")

    assert {"aš", "dėl", "šis", "kaip", "taip"} <= words
    assert not {"að", "dël"} & words


def test_a_short_lithuanian_report_is_read_by_the_words_its_prose_writes_most():
    text = ("Mokykloje šeštadienį atidaryta nauja sporto salė. Joje yra krepšinio aikštelė, o šalia įrengta "
            "treniruoklių zona.\n\nSalė kainavo 1,2 mln. eurų, jos statybą finansavo ministerija.\n\n"
            "„Iki šiol vaikai sportavo koridoriuje, dabar turės tikrą salę“, – sakė direktorė Rasa Jonaitienė.")

    assert language_of(text) == "lt"
    assert {"į", "yra", "buvo", "jo", "kurie", "šiol"} <= function_words("lt")


def test_content_words_of_the_stopwords_iso_lists_are_no_function_words():
    assert not {"sauti", "kubwa", "muda"} & function_words("sw")
    assert not {"januar", "danes", "leto", "velik"} & function_words("sl")
    assert "lima" not in function_words("tl")
    assert {"na", "kwa", "ambao", "hii", "kwamba"} <= function_words("sw")


def test_breton_is_not_listed():
    assert "br" not in languages.SPACED_LANGUAGES
    assert language_of("The bad news is that all of them end up in court, and they dont know it.") == "en"


# Each story of the corpus, in the language it is written in.
STORY_LANGUAGES = {
    "alvhammar-skola-stangs": "sv",
    "arghavandasht-karkhane-ghand": "fa",
    "bessac-fermeture-aurel": "fr",
    "brackenford-sepsis-ruling": "en",
    "brannock-county-ransomware": "en",
    "castroluna-cierre-voltaria": "es",
    "chioreti-metskeri": "ka",
    "broendvig-havnebad-lukket": "da",
    "cibareng-phk-tekstil": "id",
    "dene-river-spill": "en",
    "drenjevac-zatvoren-most": "sr",
    "cuprijevac-prebrojavanje-glasova": "sr",
    "dera-mehran-gas-ikhraj": "ur",
    "dervisgol-kulup-satisi": "tr",
    "erlengrund-talbruecke": "de",
    "eunpo-ttangkkeojim": "ko",
    "givat-tamarit-sgirat-machlava": "he",
    "hlynorichchia-pozhezha-miasokombinatu": "uk",
    "harwick-rovers-trophy-final": "en",
    "huaiphanoen-chang-pa": "th",
    "kyaukpalin-zay-mee-laung": "my",
    "stuengprolit-sala-rolum": "km",
    "itaquarema-surto-dengue": "pt",
    "keramovrysi-pezodromisi": "el",
    "kaghnevan-jrazrkum": "hy",
    "kestrel-bank-wind-farm": "en",
    "ketkipur-bandh-bhangon": "bn",
    "khelam-lu-lut": "vi",
    "kirisawa-dosha-unkyu": "ja",
    "morvella-sospensione-traghetto": "it",
    "nyakasiro-kipindupindu": "sw",
    "ommerloo-vogelgriep-ruiming": "nl",
    "ostroglav-svlachishte": "bg",
    "pavazhakkudi-kudineer-kalappu": "ta",
    "port-alder-transit-strike": "en",
    "radounov-povoden": "cs",
    "reserve-bank-rate-cut": "en",
    "selobe-dildiy-mefires": "am",
    "shimei-xiaoyuan-zhongdu": "zh",
    "surmaghat-madhyahn-bhojan": "hi",
    "szelecseny-furdo-bezaras": "hu",
    "tabonlayan-bangka-tumaob": "tl",
    "tarrowby-exam-leak": "en",
    "trzcianowo-pozar-skladowiska": "pl",
    "valdeserra-seca-cortes-agua": "pt",
    "vaskijarvi-paperitehdas-sulkeminen": "fi",
    "vejunai-pienines-uzdarymas": "lt",
    "verkhneozyorsk-zakrytie-roddoma": "ru",
    "wadi-qaranful-souk-tarmim": "ar",
    "skarvoyra-ras-tunnel": "nb",
    "strmenovce-lanovka-porucha": "sk",
}


@pytest.mark.parametrize(("slug", "language"), sorted(STORY_LANGUAGES.items()))
def test_each_story_of_the_corpus_and_each_of_its_articles_is_read_as_its_language(slug, language):
    texts = [path.read_text(encoding="utf-8") for path in sorted((STORIES / slug).glob("*.txt"))]

    assert texts
    assert language_of_texts(texts) == language
    assert {language_of(text) for text in texts} == {language}


@pytest.mark.parametrize("path", sorted((STORIES / "matching").glob("nyakasiro-*.txt")), ids=lambda path: path.stem)
def test_a_swahili_article_to_match_is_read_as_swahili(path):
    assert language_of(path.read_text(encoding="utf-8")) == "sw"


@pytest.mark.parametrize("path", sorted((STORIES / "matching").glob("skarvoyra-*.txt")), ids=lambda path: path.stem)
def test_a_norwegian_article_to_match_is_read_as_norwegian_not_danish(path):
    assert language_of(path.read_text(encoding="utf-8")) == "nb"


@pytest.mark.parametrize("path", sorted((STORIES / "matching").glob("broendvig-*.txt")), ids=lambda path: path.stem)
def test_a_danish_article_to_match_is_still_read_as_danish(path):
    assert language_of(path.read_text(encoding="utf-8")) == "da"


@pytest.mark.parametrize("path", sorted((STORIES / "matching").glob("strmenovce-*.txt")), ids=lambda path: path.stem)
def test_a_slovak_article_to_match_is_read_as_slovak_not_czech(path):
    assert language_of(path.read_text(encoding="utf-8")) == "sk"
