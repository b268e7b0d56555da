"""The English lexicon and word classes of rhetoric run on English articles only, and a word in capitals is an
acronym or a name, never a lexicon term."""

from annotations.suggestions import suggest
from annotations.suggestions.base import split_lines
from annotations.suggestions.lexicon import LexiconEntry
from annotations.suggestions.rhetoric import lexicon_matches

SWAHILI = (
    "KISIWANI, Aprili 4 (HABARI) - Watu watatu wamefariki na wengine 40 wameugua baada ya mafuriko, "
    "afisa mmoja wa afya aliiambia HABARI. Sham ya kijiji ilifungwa na wakazi wanasema hali ni mbaya "
    "sana katika mitaa ya pwani."
)


def test_an_english_word_class_finds_nothing_in_a_text_in_another_language():
    assert [s for s in suggest(SWAHILI, tag="rhetoric") if s.rule != "rhetoric.rhetorical_question"] == []


def test_a_word_in_capitals_is_never_a_lexicon_term():
    lexicon = (LexiconEntry("sham", "loaded_label"),)
    line = split_lines("The wire SHAM reported the vote, which critics called a sham.")[0]
    assert [line.text[s.start - line.start : s.end - line.start] for s in lexicon_matches(line, lexicon)] == ["sham"]


def test_an_editors_own_term_applies_to_an_article_in_another_language_and_the_default_terms_do_not():
    text = (
        "MJI WA PWANI, Aprili 4 (HABARI) - Serikali ya kidhalimu ilisema watu 40 wameugua baada ya mafuriko, "
        "afisa mmoja wa afya aliiambia HABARI. Wakazi walisema regime ya maji ni mbaya sana katika mitaa ya pwani."
    )
    terms = (LexiconEntry("kidhalimu", "loaded_label"), LexiconEntry("regime", "loaded_label"))
    found = [text[s.start : s.end] for s in suggest(text, tag="rhetoric", lexicon=terms)]
    assert "kidhalimu" in found
    assert "regime" not in found


def test_a_headline_set_in_capitals_keeps_its_lexicon_terms():
    lexicon = (LexiconEntry("regime", "loaded_label"), LexiconEntry("reckless", "loaded_label"))
    line = split_lines("KELBY MAYOR SLAMS REGIME OVER RECKLESS CUTS TO BUSES")[0]
    found = [line.text[s.start - line.start : s.end - line.start] for s in lexicon_matches(line, lexicon)]
    assert found == ["REGIME", "RECKLESS"]
