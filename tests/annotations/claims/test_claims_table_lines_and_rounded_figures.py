"""A release's figures printed as lines of a table ("Label: figure") are statements whose subject is their label, and
a figure rounded to fewer decimals ("52,3%") agrees with the one it rounds ("52,31 odsto"): invented texts in
Serbian, Croatian and English."""

from annotations.claims.finding import find_mentions
from annotations.claims.linking import differing, link_articles

SERBIAN_RELEASE = """САОПШТЕЊЕ

Изборне листе у општини Равногорје освојиле су следећи број гласова:
1. Покрет за Равногорје – Драган Милосављевић: 8.214 гласова (47,63%)
2. Заједно за село – Мирјана Тодоровић: 5.102 гласа (29,58%)
Укупан број уписаних бирача у општини: 31.207
"""
SERBIAN_WIRE = ("Lista Pokret za Ravnogorje - Dragan Milosavljević osvojila je 8.214 glasova, odnosno 47,63 odsto, "
                "saopštila je opštinska komisija. Na izbore je u nedelju izašlo nešto više od polovine birača, a "
                "komisija će konačne rezultate objaviti posle prigovora.")
SERBIAN_PORTAL = ("Pokret za Ravnogorje, lista Dragana Milosavljevića, osvojio je 47,6% glasova u opštini Ravnogorje. "
                  "Na trgu se do kasno u noć slavilo, a mnogi su rekli da je to bila najmirnija izborna noć od kada "
                  "se sećaju i da se nisu nadali ovakvom ishodu.")

ENGLISH_RELEASE = """RESULTS NOTICE

Valid ballots cast in the Eastmoor ward by-election:
1. Harbour Alliance – Priya Doughty: 3,418 votes (41.27%)
2. Eastmoor Independents – Tom Callender: 2,905 votes (35.08%)
"""
ENGLISH_REPORT = ("The Harbour Alliance candidate Priya Doughty won the Eastmoor ward with 3,418 votes, "
                  "or 41.27 per cent.")


def texts(mentions):
    return [m.text for m in mentions]


def test_a_line_of_a_table_with_its_label_is_a_statement():
    found = texts(find_mentions("oik", SERBIAN_RELEASE, "sr"))
    assert "Покрет за Равногорје – Драган Милосављевић: 8.214 гласова (47,63%)" in found
    assert "Укупан број уписаних бирача у општини: 31.207" in found
    assert "Harbour Alliance – Priya Doughty: 3,418 votes (41.27%)" in texts(find_mentions("n", ENGLISH_RELEASE, "en"))


def test_a_croatian_table_line_is_a_statement():
    release = "Rezultati izbora\n\nBroj birača koji su glasovali na izborima u Lipovcu: 12.408\n"
    assert texts(find_mentions("dik", release, "hr")) == ["Broj birača koji su glasovali na izborima u Lipovcu: 12.408"]


def test_a_heading_or_a_file_number_with_a_colon_is_no_statement():
    page = "Број: 013-47/2025\nКонтакт за медије: komisija@ravnogorje.rs | 031/555-118\nЛисте су освојиле:\n"
    assert find_mentions("oik", page, "sr") == []


def test_a_table_line_links_with_the_sentence_that_states_its_figures():
    claims = link_articles([("oik", SERBIAN_RELEASE), ("wire", SERBIAN_WIRE)])
    linked = [c for c in claims if len({m.article for m in c.mentions}) == 2]
    assert any("8.214" in m.text for c in linked for m in c.mentions if m.article == "oik")
    english = link_articles([("notice", ENGLISH_RELEASE), ("report", ENGLISH_REPORT)])
    assert any(len({m.article for m in c.mentions}) == 2 for c in english)


def test_a_share_rounded_to_fewer_decimals_agrees_and_links():
    claims = link_articles([("wire", SERBIAN_WIRE), ("portal", SERBIAN_PORTAL)])
    both = [c for c in claims if len({m.article for m in c.mentions}) == 2]
    assert both and not any(both[0].differs)
    broadcast = ("Листа „Покрет за Равногорје – Драган Милосављевић“ освојила је 47,6 одсто гласова, показују "
                 "резултати комисије. На трговима се до касно у ноћ славило, а многи су рекли да се томе нису надали.")
    claims = link_articles([("wire", SERBIAN_WIRE), ("broadcast", broadcast)])
    both = [c for c in claims if len({m.article for m in c.mentions}) == 2]
    assert both and not any(both[0].differs)


def test_a_rounded_share_differs_when_it_rounds_another_figure():
    wire, portal, other = (find_mentions(a, t, "sr")[0] for a, t in (
        ("wire", SERBIAN_WIRE), ("portal", SERBIAN_PORTAL),
        ("other", "Pokret za Ravnogorje, lista Dragana Milosavljevića, osvojio je 47,8% glasova u opštini.")))
    assert differing([wire, portal]) == [False, False]
    assert differing([wire, other]) == [True, True]


def test_a_whole_count_near_a_round_one_still_differs():
    left, right = (find_mentions(a, t, "en")[0] for a, t in (
        ("a", "The clinic in Eastmoor treated 4,812 patients during the outbreak last winter."),
        ("b", "The clinic in Eastmoor treated 4,800 patients during the outbreak last winter.")))
    assert differing([left, right]) == [True, True]


def test_serbian_hedges_bound_or_round_a_figure_in_either_alphabet():
    from annotations.claims.normalise import details

    def read(text):
        return [(f.kind, round(f.value, 4), f.direction) for f in details(text, "sr").figures]

    assert read("Lista ima više od 47 procenata glasova u opštini.") == [("share", 0.47, "up")]
    assert read("На изборе је изашло више од 31.000 бирача.") == [("count", 31000.0, "up")]
    assert read("Koalicija je dobila oko 29 procenata glasova.") == [("share", 0.29, "about")]
