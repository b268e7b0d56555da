"""Topic labels are short phrases taken from the passages, never a list of words or a piece of a name."""

import random
import re
import unicodedata

import pytest

from newsdesk.alignment import labels, wordclass
from newsdesk.alignment.clustering import PassageText, align
from newsdesk.importing import ingest, languages
from newsdesk.importing.languages import language_of

from .corpus_stories import story, written_stories

CAPITALISED = re.compile(r"^[A-Z]")
STORIES = ["north-korea-arms-russia", "matching", *written_stories()]
BARE_NUMBER = re.compile(r"^\d[\d,.]*$")
OTHER_LANGUAGE_STORIES = [slug for slug in written_stories() if language_of(
    " ".join(article["text"] for article in story(slug)[1])) != "en"]
# The English word classes judge the English stories' labels; another language's labels open and close on its own
# content words (below), and an adjective after its noun ("Empresa municipal") is how they are written.
ENGLISH_STORIES = [slug for slug in STORIES if slug not in OTHER_LANGUAGE_STORIES]


def aligned(slug):
    _, articles = story(slug)
    passages, text_of = [], {}
    for number, article in enumerate(articles):
        canonical = ingest.from_text(article["text"])
        for index, (start, end) in enumerate(canonical.passages):
            passages.append(PassageText(key=(number, index), article=number, index=index,
                                        text=canonical.text[start:end]))
            text_of[(number, index)] = canonical.text[start:end]
    return align(passages), text_of


def words_around(phrase: str, text: str) -> tuple[str, str]:
    """The word just before and just after ``phrase`` where it occurs in ``text``, when only a space
    separates them from it (punctuation ends a name)."""
    position = text.lower().index(phrase.lower())
    before = re.search(r"([\w’'\-]+) $", text[:position])
    after = re.match(r" ([\w’'\-]+)", text[position + len(phrase):])
    return (before.group(1) if before else ""), (after.group(1) if after else "")


# A comma or a semicolon of any script, but between two figures ("2,5", "10、11月").
LIST_MARK = re.compile(r"[,;،؛、，；](?!\d)")


def source_of(label: str, members, text_of) -> str | None:
    """The passage of a topic that holds its label word for word; a label cut short ("…": a long phrase, or the
    opening of a passage in a script no rule reads) is held up to where it was cut."""
    words = " ".join(label.removesuffix("…").lower().split())
    # A label's spaces are spaces, whatever the passage wrote between its words ("48\u00a0млн").
    spaced = (" ".join(text_of[key].split()) for key in members)
    return next((text for text in spaced if words in text.lower()), None)


@pytest.mark.parametrize("slug", STORIES)
def test_every_label_is_a_phrase_from_its_own_passages(slug):
    result, text_of = aligned(slug)

    for topic in result.topics:
        label = topic.label
        assert not LIST_MARK.search(label), f"a list, not a phrase: {label!r}"
        assert 1 <= len(label.split()) <= 8, label
        assert source_of(label, topic.members, text_of), f"{label!r} is not in the passages of its topic"


def cut_of_a_name(label: str, source: str) -> str | None:
    """How ``label`` cuts a name where it stands in ``source`` ("starts" or "ends" inside one), or None."""
    before, after = words_around(label.removesuffix("…"), source)
    first, last = label.split()[0], label.split()[-1]
    original_first = source[source.lower().index(label.removesuffix("…").lower()):][:len(first)]
    # Where every noun is capitalised (German), a capitalised word before a label is a noun of its own as often as a
    # part of a name ("Landesverkehrsminister Jörg Hallmann").
    nouns_capitalised = language_of(source) in labels.CAPITALISED_NOUNS
    # A determiner capitalised as a sentence's first word ("The", "Every" of "Claim: Every Year 11 pupil …") is no part
    # of the name after it.
    if not nouns_capitalised and CAPITALISED.match(original_first) and CAPITALISED.match(before) and (
            before.lower() not in wordclass.DETERMINERS):
        return "starts"
    if CAPITALISED.match(last) and CAPITALISED.match(after):
        return "ends"
    return None


@pytest.mark.parametrize("slug", STORIES)
def test_no_label_cuts_a_name_in_two(slug):
    result, text_of = aligned(slug)

    for topic in result.topics:
        source = source_of(topic.label, topic.members, text_of)
        assert source is not None, f"{topic.label!r} is not in the passages of its topic"
        # A phrase that stands whole in one passage of its topic ("Mkuu wa Wilaya, Neema Lyimo, alisema …") is a
        # phrase, though another passage holds it inside a longer title ("Mganga Mkuu wa Wilaya": another office).
        words = " ".join(topic.label.removesuffix("…").lower().split())
        holding = [" ".join(text_of[key].split()) for key in topic.members]
        cuts = [cut_of_a_name(topic.label, text) for text in holding if words in text.lower()]
        assert None in cuts, f"{topic.label!r} {cuts[0]} inside a name"


def test_a_bare_list_of_words_is_never_built_even_for_a_topic_of_one_short_passage():
    texts = ["Kim, Putin, Xi.", "Rain fell on the harbour all night."]

    result = labels.label_topics(texts, [0, 1], ["a", "b"])

    assert not re.search(r"[,;](?!\d)", result[0]) and not re.search(r"[,;](?!\d)", result[1])
    assert result[1].lower() in texts[1].lower()


def test_labels_of_two_topics_differ():
    texts = ["The water company closed its intake.", "The water company closed its intake at dawn."]

    result = labels.label_topics(texts, [0, 1], ["a", "b"])

    assert result[0].lower() != result[1].lower()


def test_a_phrase_is_cut_from_the_passage_as_written_where_a_figure_touches_its_unit():
    text = "At 900MW, the offshore array could power\nhalf a million homes."
    found = labels.token_spans(text)

    phrases = [phrase for phrase, _ in labels.candidate_phrases(
        [token for token, _, _ in found], text, [(start, end) for _, start, end in found])]

    assert "900MW" in phrases
    assert "900 MW" not in phrases
    assert all(phrase in text.replace("\n", " ") for phrase in phrases)


def phrase_edge_faults(phrase: str) -> list[str]:
    """What is wrong with where ``phrase`` starts or ends, read from the closed-class lists and the tagger's
    word list alone."""
    words = labels.tokens(phrase)
    first, last = words[0], words[-1]
    faults = []
    # A closed-class word in capitals, or beside a capitalised word, may be part of a name ("US", "May Council").
    if first.lower() in wordclass.CLOSED and not (first.isupper() or len(words) > 1 and words[1][:1].isupper()):
        faults.append(f"starts on the closed-class word {first!r}")
    if last.lower() in wordclass.CLOSED and not (last.isupper() or len(words) > 1 and words[-2][:1].isupper()):
        faults.append(f"ends on the closed-class word {last!r}")
    tag = wordclass.tags().get(last.lower(), "")
    if not last[:1].isupper() and (tag[:2] in ("JJ", "RB") or tag in ("MD", "VBD", "VBN", "VBG")):
        faults.append(f"ends on {last!r}, tagged {tag}")
    if BARE_NUMBER.match(last) or tag == "CD" and not last[:1].isupper():
        faults.append(f"ends on a number without its unit, {last!r}")
    if last.lower().endswith(("'s", "’s")):
        faults.append(f"ends on a possessive, {last!r}")
    return faults


@pytest.mark.parametrize("slug", ENGLISH_STORIES)
def test_no_label_starts_or_ends_on_a_linking_word_an_adjective_or_a_bare_number(slug):
    result, _ = aligned(slug)

    faults = {topic.label: phrase_edge_faults(topic.label) for topic in result.topics}

    assert not any(faults.values()), faults


# A finite verb of the tagger's list: a present ("goes", "happen") or a past ("went").
FINITE_VERB_TAGS = frozenset({"VBZ", "VBP", "VBD"})


def read_as_a_noun_in(word: str, label: str, texts: list[str]) -> bool:
    """Whether ``word``, the last of ``label``, reads as a noun where the label stands in one of ``texts`` (word
    classes read in context: "its missile launches in recent years" holds the plural noun)."""
    label_words = [token.lower() for token in labels.tokens(label)]
    for text in texts:
        words = labels.tokens(text)
        lowered = [token.lower() for token in words]
        classes = labels.word_classes(words)
        for start in range(len(words) - len(label_words) + 1):
            if lowered[start:start + len(label_words)] == label_words:
                if classes[start + len(label_words) - 1] == wordclass.NOUN:
                    return True
    return False


def finite_verb_faults(label: str, texts: list[str] = ()) -> list[str]:
    """A label that opens or ends on a finite verb is cut from a clause, no phrase ("Tests goes", "Happens to a
    mussel bed"). A candidate phrase may hold one where the tagger's list reads a plural noun as a verb ("missile
    launches"): only the label that wins is held to it, and a last word its passages read as a noun there is one."""
    words = labels.tokens(label)
    faults = []
    first, last = words[0], words[-1]
    if wordclass.tags().get(first.lower(), "") in FINITE_VERB_TAGS:
        faults.append(f"opens on the verb {first!r}")
    if not last[:1].isupper() and wordclass.tags().get(last.lower(), "") in FINITE_VERB_TAGS \
            and not read_as_a_noun_in(last, label, list(texts)):
        faults.append(f"ends on the verb {last!r}")
    return faults


def test_the_finite_verb_check_reads_a_labels_last_word_where_it_stands():
    # Invented: a clause's verb after a plural, and a plural noun heading its compound.
    assert finite_verb_faults("Checks goes", ["Any sludge that fails the checks goes to a landfill."])
    assert not finite_verb_faults("Missile launches", ["The navy counted its missile launches from the coast."])


@pytest.mark.parametrize("slug", ENGLISH_STORIES)
def test_no_english_label_opens_or_ends_on_a_finite_verb(slug):
    result, text_of = aligned(slug)

    faults = {topic.label: finite_verb_faults(topic.label, [text_of[key] for key in topic.members])
              for topic in result.topics}

    assert not any(faults.values()), faults


@pytest.mark.parametrize("slug", STORIES)
def test_every_candidate_phrase_of_every_passage_ends_at_a_phrase_boundary(slug):
    _, text_of = aligned(slug)

    faults = {}
    for text in text_of.values():
        found = labels.token_spans(text)
        for phrase, _ in labels.candidate_phrases([t for t, _, _ in found], text, [(s, e) for _, s, e in found]):
            if phrase_edge_faults(phrase):
                faults[phrase] = phrase_edge_faults(phrase)

    assert not faults, faults


def phrases_of(text):
    found = labels.token_spans(text)
    return [phrase for phrase, _ in labels.candidate_phrases(
        [token for token, _, _ in found], text, [(start, end) for _, start, end in found])]


def test_a_prepositional_phrase_is_kept_whole_to_its_noun():
    phrases = phrases_of("The navy has sharply increased its missile launches from the east coast.")

    assert "missile launches from the east coast" in phrases
    assert not any(phrase.endswith((" from", " east", " its")) for phrase in phrases)


def test_a_phrase_that_says_when_is_no_part_of_a_label():
    phrases = phrases_of("The navy increased its missile launches in recent years, and a monitoring group of "
                         "eight countries met in June 2026.")

    assert "missile launches" in phrases and "eight countries" in phrases
    assert not any(phrase.endswith(("years", "June", "2026")) for phrase in phrases)


def test_a_phrase_after_a_name_is_the_verbs_not_the_names():
    phrases = phrases_of("Pyongyang is providing Moscow with arms supplies, and officials met Kim in Hanoi. "
                         "The Reserve Bank of Norland cut rates.")

    assert "arms supplies" in phrases and "Reserve Bank of Norland" in phrases
    assert not any(phrase.startswith(("Moscow with", "Kim in")) for phrase in phrases)


def test_a_run_of_capitalised_words_is_kept_whole_or_left_out():
    phrases = phrases_of("Work began soon after Chief Engineer Maria Lopez Vega inspected the northern site.")

    name = ("Chief", "Engineer", "Maria", "Lopez", "Vega")
    for phrase in phrases:
        held = [word for word in name if word in phrase.split()]
        assert not held or len(held) == len(name), phrase


def test_a_word_after_to_or_an_auxiliary_is_read_as_a_verb_not_a_head_noun():
    phrases = phrases_of("The union made fresh offers to return to work, and the drivers could face heavy fines.")

    assert "fresh offers" in phrases and "heavy fines" in phrases
    assert not any(phrase.split()[-1] in ("return", "work", "face") and len(phrase.split()) > 1 for phrase in phrases)
    assert not any(phrase.split()[0] == "face" for phrase in phrases)


def test_a_verb_with_its_object_after_a_name_ends_the_name():
    phrases = phrases_of("Yesterday the Harbour Board of Saltby cut its mooring fees.")

    assert "Harbour Board of Saltby" in phrases
    assert not any(phrase.endswith(" cut") for phrase in phrases)


def test_a_phrase_never_stops_at_the_first_item_of_a_list():
    phrases = phrases_of("A monitoring group comprising Chile, the US, Peru and nine other countries met in Lima.")
    phrases += phrases_of("Fishers described productive grounds for crab and lobster off the point.")

    assert "monitoring group" in phrases
    assert not any(phrase.endswith("Chile") for phrase in phrases)
    assert "productive grounds for crab and lobster" in phrases
    assert "productive grounds for crab" not in phrases


def test_a_comma_that_ends_a_clause_does_not_count_as_a_list():
    phrases = phrases_of("The ministry approved the new harbour wall, the council said on Monday.")

    assert "new harbour wall" in phrases


def test_a_verb_before_its_particle_is_not_read_as_a_head_noun():
    phrases = phrases_of("Critics point out that the ferry terminal opened two years late.")

    assert "Critics point" not in phrases
    assert "ferry terminal" in phrases


def test_capitals_set_for_emphasis_are_lowered_but_acronyms_keep_theirs():
    assert labels.unshouted("MILLIONS of homeowners") == "millions of homeowners"
    assert labels.unshouted("NATO allies and the KCNA report") == "NATO allies and the KCNA report"
    assert labels.unshouted("UK CHAOS over rail FURY") == "UK chaos over rail fury"


def sources_in(sentence: str) -> dict[str, bool]:
    """Each candidate phrase of ``sentence`` and whether it stands as the sentence's source."""
    words = labels.tokens(sentence)
    return {phrase: labels.stands_as_source(words, start, end)
            for phrase, _, start, end in labels.candidate_spans(words)}


@pytest.mark.parametrize("sentence, source", [
    ("Kim ordered new plants, the KCNA news agency reported.", "KCNA news agency"),
    ("Output will double, according to state news agency KCNA.", "state news agency KCNA"),
    ("The bank will hold rates for now, said Governor Henrik Solberg.", "Governor Henrik Solberg"),
    ("The harbour board has said the quay will reopen.", "harbour board"),
    ("The visits were shown on the country's state media.", "country's state media"),
])
def test_who_reported_a_passage_stands_as_its_source(sentence, source):
    found = sources_in(sentence)

    naming = [phrase for phrase in found if phrase in source]
    assert naming and all(found[phrase] for phrase in naming)
    assert not any(found[phrase] for phrase in found if phrase not in source)


def test_what_a_speaker_said_is_not_a_source():
    assert sources_in("The governor said inflation would fall next year.")["inflation"] is False


def test_a_label_names_what_the_passages_report_rather_than_who_reported_it():
    texts = ["Kim ordered more shell production at two plants, the state news agency reported.",
             "Shell production must rise again this year, the state news agency reported.",
             "Rain closed the harbour road for a week."]

    result = labels.label_topics(texts, [0, 0, 1], ["a", "b", "a"])

    assert "news agency" not in result[0].lower()
    assert "production" in result[0].lower()


def test_where_opens_a_clause_and_joins_no_nouns():
    phrases = phrases_of("The stretch is among the few places in the county where otters have returned.")

    assert not any("where" in phrase for phrase in phrases)
    assert "places in the county" in phrases


def test_a_verb_after_two_nouns_joined_by_and_ends_no_phrase():
    assert "Otters and kingfishers" in phrases_of("Otters and kingfishers feed along that part of the river.")
    assert not any(p.endswith("feed") for p in phrases_of("Otters and kingfishers feed along the river."))
    assert "missile and munitions production" in phrases_of("It raised missile and munitions production in May.")


def test_a_number_word_after_a_quantifier_opens_no_phrase():
    phrases = phrases_of("The trust estimated that several thousand fish had died.")

    assert "thousand fish" not in phrases


@pytest.mark.parametrize("sentence", ["North Korean leader Kim Jong Un visited arms factories.",
                                      "SEOUL, South Korea — North Korean leader Kim Jong Un visited arms factories."])
def test_a_name_that_opens_a_sentence_is_kept_whole_or_left_out(sentence):
    phrases = phrases_of(sentence)

    assert not any(phrase.startswith(("Korean", "leader")) for phrase in phrases)
    assert "arms factories" in phrases
    assert "North Korean leader Kim" in phrases_of(sentence.replace("Kim Jong Un", "Kim"))


def test_a_closed_class_word_that_opens_a_sentence_is_no_part_of_the_name_after_it():
    assert "Environment Protection Agency" in phrases_of("The Environment Protection Agency opened an inquiry.")


def test_a_verb_form_inside_a_run_of_nouns_is_a_noun_of_the_compound():
    phrases = phrases_of("KCNA photos showed him inspecting mobile short-range missile launch vehicles.")

    assert "mobile short-range missile launch vehicles" in phrases
    assert "mobile short-range missile" not in phrases


@pytest.mark.parametrize("text", ["a" * 20000, "漢" * 20000])
def test_a_label_is_never_longer_than_a_line(text):
    label = labels.label_topics([text, "Rain closed the harbour road."], [0, 1], ["a", "b"])[0]

    assert len(label) <= labels.MAX_LABEL_CHARACTERS and label.endswith("…")


def test_a_long_label_is_cut_at_a_space_and_never_between_a_letter_and_its_marks():
    words = ("Kim visited " * 40).strip()
    marked = "e\u0301" * 100

    assert labels.clipped(words) == words[:labels.clipped(words).index("…")] + "…"
    assert labels.clipped(words)[-2] != " " and words[len(labels.clipped(words)) - 1] == " "
    cut = labels.clipped(marked).removesuffix("…")
    assert marked.startswith(cut) and not unicodedata.combining(marked[len(cut)])
    assert labels.clipped("short label") == "short label"


@pytest.mark.parametrize("sentence, content", [
    ("Kim ordered more shell production, said the agency.", "shell production"),
    ("The company reported record profits.", "record profits"),
    ("The ministry announced new sanctions.", "new sanctions"),
])
def test_what_a_sentence_reports_is_no_source_however_near_a_verb_of_reporting(sentence, content):
    assert sources_in(sentence)[content] is False


@pytest.mark.parametrize("sentence, subject, wrong", [
    ("The city council approves funding for the new bridge.", "city council", "city council approves"),
    ("The health ministry says prices will rise.", "health ministry", "health ministry says"),
    ("The water board needs money.", "water board", "water board needs"),
    ("The trade union leader calls strike action.", "trade union leader", "trade union leader calls"),
])
def test_the_verb_of_a_two_noun_subject_is_no_part_of_a_compound(sentence, subject, wrong):
    phrases = phrases_of(sentence)

    assert subject in phrases
    assert not any(phrase.startswith(wrong) for phrase in phrases)


@pytest.mark.parametrize("adverb", ["Earlier", "Meanwhile", "Separately", "Now", "Previously"])
def test_an_adverb_that_opens_a_sentence_is_no_part_of_the_name_after_it(adverb):
    phrases = phrases_of(f"{adverb} Russia denied the report.")

    assert "Russia" in phrases
    assert not any(phrase.startswith(adverb) for phrase in phrases)


def test_english_passages_with_no_noun_phrase_never_take_their_opening_words_as_a_label():
    result = labels.label_topics(["It was. They did.", "Rain closed the harbour road."], [0, 1], ["a", "b"])

    assert result[0] == "Other passages"


@pytest.mark.parametrize("text, expected", [
    ("القاهرة (رويترز) - أعلنت وزارة الصحة يوم الاثنين افتتاح مستشفى", "أعلنت وزارة الصحة يوم الاثنين…"),
    ("बजट में 2.5 लाख करोड़ का प्रावधान किया गया।", "बजट में 2.5 लाख करोड़…"),
    ("اردو میں خبر۔ دوسرا جملہ", "اردو میں خبر"),
    ("— ", ""),
])
def test_an_opening_leaves_out_the_dateline_and_ends_at_the_clause(text, expected):
    assert labels.opening(text) == expected


def test_an_opening_never_runs_over_an_ideographic_space():
    assert labels.opening("やまだ・はなこ\u30001980年生まれ。") == "やまだ・はなこ"


def test_a_figure_stays_whole_in_any_script_and_a_proclitic_on_it_is_a_token_of_its_own():
    assert labels.tokens("تبلغ ٢٫٥ مليون دينار و٣٠٪ من القوارب") == [
        "تبلغ", "٢٫٥", "مليون", "دينار", "و", "٣٠٪", "من", "القوارب"]
    assert labels.tokens("بـ2.5 مليون بـ«نعم»") == ["بـ", "2.5", "مليون", "بـ", "«", "نعم", "»"]
    assert labels.tokens("G7 and COVID-19 cost 2.5% of 1,200") == ["G7", "and", "COVID-19", "cost", "2.5%", "of",
                                                                 "1,200"]


def test_an_opening_of_spaced_runs_of_an_unspaced_script_stays_short():
    found = labels.opening("ภาษาไทยง่ายมาก ภาษาไทยง่ายมากมาย ภาษาไทยง่ายมากมาย ภาษาไทย")

    assert len(found) <= labels.OPENING_CHARACTERS + 1 and found.endswith("…")
    assert not unicodedata.combining(found[-2])


def test_the_corpus_holds_stories_in_other_languages():
    assert len(OTHER_LANGUAGE_STORIES) >= 2


# The language each story is written in, where the reading of languages may not tell it: a label is judged by its
# story's own function words, not by those of the language the story is misread as (Swahili's "ya", "na", "la" read
# it as Spanish).
STORY_LANGUAGES = {"nyakasiro-kipindupindu": "sw"}
NO_FUNCTION_WORDS = pytest.mark.xfail(strict=True, reason="the story's language has no list of function words yet")
# A connective the language writes without a comma after it (Sinhala "කෙසේ වෙතත්", however) is no clause of its own,
# so an opening opens on it. Passing over every function word an opening opens on would also drop a negation ("Nicht
# alle Schulen…" read "Schulen…"), and no table tells a language's connectives from its negations yet.
OPENS_ON_A_CONNECTIVE = {"diyagalwela-samupakara-wanchawa": pytest.mark.xfail(
    strict=True, reason="an opening opens on a connective written without a comma")}


def story_language(slug: str, texts) -> str:
    return STORY_LANGUAGES.get(slug) or language_of(" ".join(texts))


@pytest.mark.parametrize("slug", [
    pytest.param(slug, marks=[NO_FUNCTION_WORDS] if slug in STORY_LANGUAGES
                 and not languages.function_words(STORY_LANGUAGES[slug])
                 else [OPENS_ON_A_CONNECTIVE[slug]] if slug in OPENS_ON_A_CONNECTIVE else [])
    for slug in OTHER_LANGUAGE_STORIES])
def test_a_label_in_another_language_opens_and_closes_on_a_content_word_of_that_language(slug):
    from newsdesk.importing.languages import function_words

    result, text_of = aligned(slug)
    language = story_language(slug, text_of.values())
    assert function_words(language), f"no function words to judge {slug}'s labels by ({language})"
    # The labels were read in the story's own language, not in one it was misread as.
    assert language_of(" ".join(text_of.values())) == language

    for topic in result.topics:
        # A label cut short ("…") is judged by the words before the cut: they end where the passage's words do.
        words = labels.tokens(topic.label.removesuffix("…"))
        assert words[0].lower() not in function_words(language), f"{topic.label!r} opens on a function word"
        assert words[-1].lower() not in function_words(language), f"{topic.label!r} closes on a function word"
        if language in labels.CAPITALISED_NOUNS:
            assert words[-1][:1].isupper() or words[-1][:1].isdigit(), f"{topic.label!r} ends on no noun"


JAPANESE_STORIES = [slug for slug in written_stories()
                    if labels.story_script([article["text"] for article in story(slug)[1]]) == labels.JAPANESE]
KANA = re.compile("[\u3041-\u309f]")


def test_the_corpus_holds_a_story_in_japanese():
    assert JAPANESE_STORIES


@pytest.mark.parametrize("slug", JAPANESE_STORIES)
def test_a_japanese_label_opens_on_a_noun_and_closes_on_one(slug):
    result, _ = aligned(slug)

    for topic in result.topics:
        label = topic.label
        assert not KANA.match(label), f"{label!r} opens on a particle or an ending"
        assert not KANA.match(label[-1]) or japanese_noun_ending(label), f"{label!r} closes on a particle or an ending"
        assert " " not in label, f"{label!r} holds a space the passage does not"


def japanese_noun_ending(label: str) -> bool:
    """``label`` closes on a noun written in kanji and one kana ("土砂崩れ", "見通し")."""
    return len(label) >= 3 and not KANA.match(label[-2]) and label[-1] in "いきぎしじちひびみりえけげせめれ"


def test_a_spanish_topics_label_is_a_phrase_its_passages_share_not_their_opening_words():
    texts = ["¿Tienes una historia? Escríbenos por WhatsApp y la contamos.",
             "El cierre de la planta de baterías dejará sin trabajo a 600 personas, según el comité.",
             "El comité de empresa calcula que el cierre de la planta afecta a otras 300 familias.",
             "La lluvia de la noche inundó las calles del puerto el 30 de junio."]

    result = labels.label_topics(texts, [0, 1, 1, 2], ["a", "a", "b", "b"])

    assert result[1].lower() in ("cierre de la planta", "comité", "planta")
    assert not result[0].lower().endswith(" y")
    assert "junio" not in result[2].lower()


def run_phrases(text, language):
    from newsdesk.alignment.words import stop_words_for

    found = labels.token_spans(text)
    return [phrase for phrase, *_ in labels.word_run_spans(
        [token for token, _, _ in found], text, [(start, end) for _, start, end in found], stop_words_for(language),
        language in labels.CAPITALISED_NOUNS, language in labels.GOVERNED)]


def test_a_run_never_opens_inside_a_figure_written_in_groups():
    phrases = run_phrases("Les pistes situées sous 1 800 mètres ont perdu leur neige.", "fr")

    assert not any(phrase.startswith("800") for phrase in phrases)
    assert "pistes situées" in phrases


def test_in_a_language_without_articles_a_run_never_opens_on_the_noun_a_preposition_governs():
    phrases = run_phrases("Жители ждут, что на дорогу до Красноборска уйдёт меньше времени.", "ru")

    assert not any(phrase.startswith("дорогу") for phrase in phrases)
    assert any(phrase.startswith("Жители") for phrase in phrases)


def test_a_portuguese_run_never_opens_or_closes_on_a_preposition_written_onto_a_demonstrative_or_an_article():
    phrases = run_phrases("Os cortes noturnos deste verão serão os primeiros naquele concelho, duma seca maior.", "pt")

    contracted = {"deste", "naquele", "duma"}
    assert "cortes noturnos deste verão" in phrases
    assert not any({phrase.split()[0].lower(), phrase.split()[-1].lower()} & contracted for phrase in phrases)


def test_the_longest_of_a_chinese_topics_shared_runs_is_found_in_time_that_grows_linearly_with_its_text():
    from tests.growth import grows_linearly

    # Twelve passages of six articles that write the same characters in no order: tens of thousands of shared
    # runs. Comparing each run with every other made the work grow with the square of their number.
    characters = ("梧峪县城关镇卫生健康局学校午餐食堂家长学生医院检测结果公布调查组专家疾控中心"
                  "凉拌鸡丝自办供应商负责人停课复课")

    def make(size):
        chosen = random.Random(1)
        return "".join(chosen.choice(characters) for _ in range(size))

    def label(text):
        part = len(text) // 12
        passages = [text[index * part:(index + 1) * part] + "。" for index in range(12)]
        return labels.label_topics(passages, [0] * 12, [str(index % 6) for index in range(12)])

    linear, small, large = grows_linearly(label, make, 1_200)
    assert linear, (small, large)


def test_a_novel_is_no_verb_of_saying_and_its_clause_stays_the_opening():
    assert labels.opening("诗人周青的第二部长篇小说，上周入围了南川文学奖。") == "诗人周青的第二部长篇小说"
    assert labels.opening("馆长周青说，展厅下月重新开放。") == "展厅下月重新开放"


def test_an_attribution_or_a_dateline_in_traditional_characters_is_passed_over_as_in_simplified():
    assert labels.opening("據南川縣衛生局介紹，涉事食堂已經停業。") == "涉事食堂已經停業"
    assert labels.opening("館長周青說，展廳下月重新開放。") == "展廳下月重新開放"
    assert labels.opening("本報訊（記者 許安）南川大橋昨日封閉。") == "南川大橋昨日封閉"


def reading_phrases(text: str, language: str) -> list[str]:
    reading = labels.RunReading([text], language)
    found = labels.token_spans(text)
    return [phrase for phrase, *_ in reading.candidates([token for token, _, _ in found], text,
                                                        [(start, end) for _, start, end in found])]


def test_a_run_never_closes_on_an_auxiliary_that_marks_a_verb():
    phrases = reading_phrases("Os agentes de endemias vão visitar as casas do bairro Pedra Alta esta semana.", "pt")

    assert "agentes de endemias" in phrases
    assert not any(phrase.split()[-1] == "vão" for phrase in phrases)


def test_a_run_never_opens_on_a_verb_that_opens_a_sentence_before_an_article():
    text = ("Confira os horários das salas de vacinação da cidade. Os horários das salas mudam em maio. "
            "Leve o cartão de vacinação ao posto.")

    phrases = reading_phrases(text, "pt")

    assert "horários das salas" in phrases
    assert "cartão de vacinação" in phrases
    assert not any(phrase.split()[0] in {"Confira", "Leve"} for phrase in phrases)
