"""Story matching across Serbian's two alphabets: an article in Cyrillic meets a story its outlets wrote in Latin
letters, and the words given as the reason are spelt as the article spells them. Invented stories."""

from newsdesk.alignment import story_suggestion

LATIN_STORY = [
    ("Poplava u Vrbanju: reka Tisovica odnela pešački most",
     "Reka Tisovica izlila se u nedelju ujutru i odnela pešački most kod škole u Vrbanju. Vatrogasci su iz "
     "poplavljenih kuća u ulici Vuka Karadžića izveli četrdeset meštana, rekao je komandir Goran Nikolić.\n\n"
     "Voda je do podne opala, ali su mnoge kuće i dalje bez struje, a put prema selu je zatvoren.\n\n"
     "Predsednik opštine Jovan Stevanović najavio je da će opština do jeseni izgraditi novi pešački most."),
    ("Vrbanj posle poplave: meštani čiste mulj, škola zatvorena",
     "Meštani Vrbanja drugi dan čiste mulj iz kuća pored Tisovice. Škola kod srušenog pešačkog mosta ostaje "
     "zatvorena do kraja nedelje, kaže direktorka Milica Rakić. Vatrogasci i dalje ispumpavaju vodu iz podruma."),
]
OTHER_STORY = [
    ("Berba grožđa u Kamenici počela ranije zbog suše",
     "Vinogradari u Kamenici počeli su berbu grožđa dve nedelje ranije nego prošle godine. Suša je smanjila rod, "
     "ali je grožđe slađe, kaže vinar Petar Ilić iz zadruge Kamenički podrum."),
]
CYRILLIC_FOLLOW_UP = (
    "Врбањ добија нови пешачки мост преко Тисовице",
    "Општина Врбањ потписала је уговор за нови пешачки мост преко Тисовице код школе, који је поплава однела. "
    "Председник општине Јован Стевановић каже да ће мост бити готов до јесени, а мештани поплављених кућа у "
    "улици Вука Караџића добиће помоћ за санацију подрума.")


def test_a_cyrillic_article_goes_to_its_story_written_in_latin_letters_and_its_reasons_keep_its_alphabet():
    documents = [("vrbanj", story_suggestion.reporting(title, text)) for title, text in LATIN_STORY]
    documents += [("kamenica", story_suggestion.reporting(title, text)) for title, text in OTHER_STORY]
    matrix = story_suggestion.build(documents)

    ranked = story_suggestion.rank(matrix, *CYRILLIC_FOLLOW_UP)
    chosen, _ = story_suggestion.best(ranked)

    assert chosen == "vrbanj"
    assert ranked[0].shared_terms and all(not term.isascii() for term in ranked[0].shared_terms)
    assert any(name.startswith("Јован") for name in ranked[0].shared_names)
