"""Page furniture told by its shape in any language: a line of the article's date (with its byline and reading time),
a live page's repeated stamps, a byline beside the date, a wire story's credits in brackets, a picture's credit and
its caption, a consent banner on one line, links behind a label the page repeats, readers' comments, a list of links
under a short label, and the writer's bio and a call to the reader under the article. All text is invented."""

from annotations.suggestions import suggest

HEADLINE = "Mvua kubwa yafunga barabara tatu za Lindemere\n\n"
STORY = (
    "Barabara tatu za mji wa Lindemere zilifungwa jana baada ya mvua kubwa kunyesha kwa siku mbili mfululizo.\n\n"
    "Afisa wa barabara wa wilaya alisema magari 40 yalikwama katika eneo la Kitope hadi saa 5 usiku.\n\n"
    "Wakazi wameshauriwa kutumia njia ya Mlimani hadi daraja la mto litakapokaguliwa na wahandisi.\n"
)


def suggested(text):
    return {text[s.start : s.end]: s for s in suggest(text)}


def rule(text, line):
    found = suggested(text).get(line)
    return found.rule if found is not None else None


def claimed(text):
    return [text[s.start : s.end] for s in suggest(text) if s.tag == "factual_claim"]


def test_a_line_of_weekday_and_date_in_any_language_is_a_timestamp_not_a_claim():
    for stamp in (
        "Ijumaa, Aprili 4, 2025",
        "Pedralva, sexta-feira, 4 de abril de 2025",
        "04/04/2025 - 10h20 | Por Redação Serra Azul",
        "Publicado em 04/04/2025 10h20 Atualizado há 3 horas",
        "Imeandikwa na Amina Juma | Aprili 4, 2025",
        "Imechapishwa Aprili 4, 2025 na Amina Juma | Dakika 3 za kusoma",
    ):
        text = HEADLINE + stamp + "\n\n" + STORY
        assert rule(text, stamp) == "boilerplate.timestamp", stamp
        assert stamp not in claimed(text), stamp


def test_a_headline_giving_a_date_stays_the_storys_own_words():
    headline = "Flood of 11 March 2025 kills four in Lowmere"
    text = headline + "\n\n" + STORY
    assert rule(text, headline) is None or not rule(text, headline).startswith("boilerplate")


def test_a_live_pages_stamps_of_one_shape_are_timestamps_and_a_lone_short_line_with_a_figure_is_not():
    update = "14h05 — A câmara de Pedralva confirmou agora o fecho de duas escolas por causa das cheias.\n"
    later = "15h40 — Os bombeiros retiraram 12 famílias das casas junto ao rio durante a tarde.\n"
    text = HEADLINE + "há 5 minutos\n" + later + "\nhá 50 minutos\n" + update
    assert rule(text, "há 5 minutos") == "boilerplate.timestamp"
    assert rule(text, "há 50 minutos") == "boilerplate.timestamp"
    alone = HEADLINE + "5 camas livres\n" + later
    assert rule(alone, "5 camas livres") != "boilerplate.timestamp"


def test_a_short_capitalised_line_beside_the_date_is_a_byline_but_not_the_masthead_above_the_headline():
    text = (
        "JORNAL DA SERRA\n\n"
        + "Pedralva, sexta-feira, 4 de abril de 2025\n\n"
        + HEADLINE
        + "Por Tiago Morais, Jornal da Serra — Pedralva\n"
        + "04/04/2025 10h20\n\n"
        + STORY
    )
    assert rule(text, "Por Tiago Morais, Jornal da Serra — Pedralva") == "boilerplate.byline"
    assert rule(text, "JORNAL DA SERRA") != "boilerplate.byline"


def test_a_wire_storys_bracketed_credits_in_any_language_are_a_byline_and_a_bracketed_sentence_is_not():
    credits = "(Imeandikwa na Musa Kombo; imehaririwa na Neema Saidi)"
    text = HEADLINE + STORY + "\n" + credits + "\n"
    assert rule(text, credits) == "boilerplate.byline"
    aside = "(The council said the figures were provisional; Mayor Jo Tarrant agreed)"
    assert rule(HEADLINE + STORY + "\n" + aside + "\n", aside) != "boilerplate.byline"


def test_a_picture_credit_with_a_slash_is_a_credit_and_the_caption_under_it_no_claim():
    credit = "Foto: Rui Campos / Divulgação"
    caption = "Moradores esperam o autocarro na estrada de Pedralva, na segunda-feira (3)"
    text = HEADLINE + STORY + "\n" + credit + "\n" + caption + "\n\n" + STORY
    assert rule(text, credit) == "boilerplate.credit"
    assert rule(text, caption) == "boilerplate.caption"
    assert caption not in claimed(text)


def test_a_caption_closed_by_its_credit_under_the_same_label_is_furniture():
    line = "Picha: Wakazi wakivuka barabara iliyofurika katika mtaa wa Kitope. (Picha: Lindemere Leo)"
    text = HEADLINE + line + "\n\n" + STORY
    assert rule(text, line) == "boilerplate.credit"


def test_a_consent_line_about_cookies_ending_on_its_buttons_is_a_banner():
    line = (
        "Tovuti hii inatumia vidakuzi (cookies) kuhesabu wasomaji wake na kuboresha huduma zake kila siku. Kwa"
        " kuendelea kusoma kurasa zake unakubali sera hiyo. Kubali | Soma zaidi"
    )
    text = line + "\n\n" + HEADLINE + STORY
    assert rule(text, line) == "boilerplate.consent"


def test_links_behind_a_label_the_page_repeats_between_paragraphs_are_related_links_but_one_labelled_line_stays():
    # A label the vocabulary does not hold ("Taarifa", a notice), so that only its repeating tells it apart.
    first, second = "Taarifa: Wavuvi walalamikia bei ya mafuta", "Taarifa: Soko jipya lafunguliwa Kitope"
    paragraphs = STORY.split("\n\n")
    text = HEADLINE + paragraphs[0] + "\n\n" + first + "\n\n" + paragraphs[1] + "\n\n" + second + "\n\n" + paragraphs[2]
    assert rule(text, first) == rule(text, second) == "boilerplate.related_list"
    once = HEADLINE + paragraphs[0] + "\n\n" + first + "\n\n" + paragraphs[1] + "\n\n" + paragraphs[2]
    assert rule(once, first) is None


def test_readers_comments_under_dated_headers_are_boilerplate_not_claims():
    comments = (
        "Maoni 2\n\n"
        "Hamisi R. · Aprili 4, 2025 saa 3:10 asubuhi\n"
        "Barabara ya Kitope imefungwa mara 3 mwaka huu.\n"
        "Mama Zawadi · Aprili 4, 2025 saa 9:45 usiku\n"
        "Tumechoka kusubiri daraja jipya.\n"
    )
    text = HEADLINE + STORY + "\n" + comments
    assert rule(text, "Hamisi R. · Aprili 4, 2025 saa 3:10 asubuhi") == "boilerplate.timestamp"
    assert rule(text, "Barabara ya Kitope imefungwa mara 3 mwaka huu.") == "boilerplate.comment"
    assert rule(text, "Tumechoka kusubiri daraja jipya.") == "boilerplate.comment"
    assert "Barabara ya Kitope imefungwa mara 3 mwaka huu." not in claimed(text)


def test_the_articles_own_date_and_desk_line_do_not_make_its_paragraphs_comments():
    text = HEADLINE + "Redação Jornal da Serra\n4 de abril de 2025 | 06h00\n\n" + STORY
    for paragraph in STORY.strip().split("\n\n"):
        assert rule(text, paragraph) is None or rule(text, paragraph) != "boilerplate.comment"


def test_titles_under_a_short_label_after_the_article_are_related_links_and_a_crosshead_stays():
    tail = (
        "\nMais notícias\n"
        "Produtores de azeite de Pedralva pedem estrada nova\n"
        "Clube da Serra estreia no campeonato regional no sábado\n"
    )
    text = HEADLINE + STORY + tail
    assert rule(text, "Produtores de azeite de Pedralva pedem estrada nova") == "boilerplate.related_list"
    assert rule(text, "Clube da Serra estreia no campeonato regional no sábado") == "boilerplate.related_list"
    paragraphs = STORY.split("\n\n")
    crossed = HEADLINE + paragraphs[0] + "\n\nDaraja la Kitope\n\n" + paragraphs[1] + "\n\n" + paragraphs[2]
    assert rule(crossed, "Daraja la Kitope") is None


def test_the_bylines_name_opening_the_last_paragraph_is_a_bio_and_a_line_under_the_furniture_a_call():
    text = (
        HEADLINE
        + "Por Luísa Barros Teixeira\n04/04/2025 às 18h40\n\n"
        + STORY
        + "\nLuísa Barros Teixeira é engenheira civil e escreve às sextas sobre obras públicas.\n\n"
        + "Compartilhe\nFacebook | WhatsApp | X\nComentários\n"
        + "Deixe o seu comentário. Os comentários são da responsabilidade dos autores.\n"
    )
    bio = "Luísa Barros Teixeira é engenheira civil e escreve às sextas sobre obras públicas."
    assert rule(text, bio) == "boilerplate.author_bio"
    assert rule(text, "Deixe o seu comentário. Os comentários são da responsabilidade dos autores.") == (
        "boilerplate.call_to_action"
    )


def test_a_last_line_opening_on_the_pages_first_line_is_the_outlets_sign_off_not_a_claim():
    sign_off = "Rádio Serra Sul 101,7 FM — Pedralva. A rádio da serra desde 1984."
    text = (
        "Rádio Serra Sul 101,7 FM\nInício | Notícias | Programação\n\n"
        + HEADLINE
        + STORY
        + "\nMais notícias\nProdutores de azeite de Pedralva pedem estrada nova\n"
        + "Clube da Serra estreia no campeonato regional no sábado\n\n"
        + sign_off
        + "\n"
    )
    assert rule(text, sign_off) == "boilerplate.motto"
    assert sign_off not in claimed(text)
