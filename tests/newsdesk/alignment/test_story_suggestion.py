# ruff: noqa: E501  (article paragraphs are kept one per line, as they were published)
"""Story suggestion: an article on another subject is left alone; one on the same subject is filed."""

import pytest

from newsdesk.alignment import clustering, story_suggestion
from newsdesk.alignment.words import figure, unigrams
from newsdesk.models import PassagePlacement

pytestmark = pytest.mark.django_db

FLOODS_TITLE = "Floods close schools across Valencia"
FLOODS = """Heavy rain has flooded parts of Valencia, closing schools and cutting power to thousands of homes.

Emergency services rescued dozens of residents from cars trapped on submerged roads overnight, the regional government said.

Meteorologists warned that more storms were expected through the weekend, and farmers fear for the orange harvest."""

FOURTH_TITLE = "Kim visits munitions factory as allies condemn arms transfers to Russia"
FOURTH = """Share

North Korean leader Kim Jong Un toured a munitions factory producing missiles and artillery shells, state news agency KCNA reported, urging workers to expand production capacity.

Dozens of countries have condemned the transfer of North Korean ballistic missiles to Russia, saying the arms deals flagrantly violate United Nations Security Council resolutions.

Pyongyang has sent troops and ammunition to Russia for its war against Ukraine, according to South Korean intelligence.

Subscribe to our newsletter for your daily briefing."""


def test_an_article_on_an_unrelated_subject_is_not_suggested_for_the_seed_story(seed_story):
    story, score = story_suggestion.suggest_story(FLOODS_TITLE, FLOODS)

    assert story is None
    assert score < story_suggestion.THRESHOLD


def test_an_article_on_the_same_subject_is_suggested_for_the_seed_story(seed_story):
    story, score = story_suggestion.suggest_story(FOURTH_TITLE, FOURTH)

    assert story == seed_story
    assert score >= story_suggestion.THRESHOLD


def test_a_suggested_fourth_article_is_aligned_with_the_existing_rows(seed_story, make_article):
    clustering.align_story(seed_story)
    story, _ = story_suggestion.suggest_story(FOURTH_TITLE, FOURTH)
    article = make_article(FOURTH, outlet="Wire Service", story=story, title=FOURTH_TITLE)

    assert not clustering.needs_alignment(seed_story)  # the import aligned the story

    placements = PassagePlacement.objects.for_story(seed_story).select_related("passage__article__outlet")
    by_text = {p.passage.text: p for p in placements}
    factory_visit = by_text[next(t for t in by_text if t.startswith("North Korean leader Kim Jong Un toured"))]
    condemnation = by_text[next(t for t in by_text if t.startswith("Dozens of countries have condemned"))]
    others_in_factory_row = {p.passage.article.outlet.name for p in placements
                             if p.topic_id == factory_visit.topic_id and p.passage.article != article}
    others_in_condemnation_row = {p.passage.article.outlet.name for p in placements
                                  if p.topic_id == condemnation.topic_id and p.passage.article != article}
    assert factory_visit.topic_id is not None and condemnation.topic_id is not None
    assert len(others_in_factory_row & {"Euromaidan Press", "Euronews", "The Independent"}) >= 2
    assert {"Euronews", "The Independent"} <= others_in_condemnation_row
    assert by_text["Share"].topic_id is None


def test_with_no_stories_stored_nothing_is_suggested(db):
    assert story_suggestion.suggest_story("A title", "Some text about anything at all.") == (None, 0.0)


def test_suggestion_learns_of_a_newly_filed_article(seed_story, make_article):
    assert story_suggestion.suggest_story(FLOODS_TITLE, FLOODS)[0] is None
    floods = make_article(FLOODS, outlet="Iberia Daily", story=None, title=FLOODS_TITLE)
    from newsdesk.models import Story

    weather = Story.objects.create(title="Spanish floods", slug="spanish-floods")
    floods.story = weather
    floods.save()

    story, _ = story_suggestion.suggest_story("Valencia floods: schools stay shut", FLOODS.replace("Heavy", "Torrential"))

    assert story == weather


def names_of(text):
    return set(story_suggestion.names_and_figures(text).values())


def test_names_in_any_alphabet_are_names():
    assert {"Élysée", "Ávila"} <= names_of("Le président a quitté l'Élysée mardi. Il sera à Ávila jeudi pour le sommet.")
    assert "Владимир Путин" in names_of("В среду Владимир Путин провёл встречу в Кремле.")


def test_an_english_name_keeps_every_word_and_a_sentences_opening_article_is_no_part_of_one():
    found = names_of("Officials met Kim Jong Un in the city. Residents in Mill Lane complained.")

    assert {"Kim Jong Un", "Mill Lane"} <= found
    spanish = ("El Gobierno de España no ha respondido a la carta de los alcaldes, que piden una reunión antes "
               "de que termine el mes.")
    assert "Gobierno de España" in names_of(spanish)


def test_a_lone_capitalised_german_noun_is_no_name_but_a_full_name_is():
    found = names_of("Der Verkehr staut sich auf der Umleitung. Verkehrsminister Jörg Hallmann kündigte eine Lösung an.")

    assert not {"Verkehr", "Umleitung"} & found
    assert any("Jörg Hallmann" in name for name in found)


def test_a_shared_name_or_figure_is_not_given_again_as_a_shared_term():
    documents = [("resort", "Mont-Aurel ski resort will close after 1600 metres of piste lost their snow at Bessac."),
                 ("resort", "The Bessac resort loses 1600 metres of piste; Mont-Aurel closes in spring.")]

    best = story_suggestion.rank(story_suggestion.build(documents), "Bessac ski resort to close",
                                 "Bessac confirms that Mont-Aurel will close: 1600 metres of piste have no snow.")[0]

    named = {word.lower() for name in best.shared_names for word in name.split()}
    assert best.shared_names and not named & {term.lower() for term in best.shared_terms}


def test_english_names_keep_their_first_word_their_particle_and_their_calendar_looking_words():
    found = names_of("The Kremlin said nothing. Doctors at the Mayo Clinic met Al Gore and Liam O'Connor in "
                     "Santo Domingo on Monday.")

    assert {"Kremlin", "Mayo Clinic", "Al Gore", "Liam O'Connor", "Santo Domingo"} <= found
    assert "Monday" not in found


def figures_of(text):
    return {key: surface for key, surface in story_suggestion.names_and_figures(text).items() if key.startswith("#")}


def test_a_figure_in_eastern_arabic_or_devanagari_digits_meets_the_same_figure_in_western_digits():
    eastern = figures_of("افتتحت البلدية ٣٨٠ موقفا للسيارات بكلفة ٢٫٧٥ مليون دينار، ويتسع المرآب لـ١٬٢٠٠ سيارة.")
    western = figures_of("The council opened 380 parking spaces at a cost of 2.75 million, for 1,200 cars in all.")
    persian = figures_of("شهرداری ۳۸۰ جای پارک ساخت.")
    hindi = figures_of("नगर परिषद ने ३८० पार्किंग स्थल खोले।")

    assert set(eastern) == set(western) == {"#380", "#2.75", "#1200"}
    assert "#380" in persian and "#380" in hindi
    # The figure is shown as the article writes it.
    assert eastern["#380"] == "٣٨٠" and eastern["#2.75"] == "٢٫٧٥" and eastern["#1200"] == "١٬٢٠٠"


def test_the_alignment_counts_a_figure_the_same_in_any_digits():
    assert figure("٦٫٥") == figure("6.5") == "6.5"
    assert "380" in unigrams("بنت البلدية ٣٨٠ موقفا.") and "380" in unigrams("The council built 380 spaces.")

# --- the kept story matrix: brought up to date by reading only what changed --------------------------------


def kept_store():
    story_suggestion._story_matrix()
    return story_suggestion._cache["store"]


def ranks_as_a_fresh_matrix(title, text):
    """The kept matrix ranks ``text`` exactly as a matrix built afresh from the filed articles does."""
    from newsdesk.models import Article

    filed = Article.objects.filter(story__isnull=False).order_by("pk")
    fresh = story_suggestion.build([(a.story_id, story_suggestion.reporting(a.title, a.text)) for a in filed],
                                   keys=[a.pk for a in filed])
    kept = story_suggestion._story_matrix()
    as_kept = [(m.story, m.score) for m in story_suggestion.rank(kept, title, text)]
    as_fresh = [(m.story, m.score) for m in story_suggestion.rank(fresh, title, text)]
    return as_kept == as_fresh


def test_filing_an_article_reads_that_article_and_no_other(seed_story, make_article):
    before = dict(kept_store().read)

    added = make_article(FOURTH, outlet="Wire Service", story=seed_story, title=FOURTH_TITLE)
    after = kept_store().read

    assert set(after) == set(before) | {added.pk}
    assert all(after[pk][1] is before[pk][1] for pk in before)  # the same features, not read again
    assert ranks_as_a_fresh_matrix(FLOODS_TITLE, FLOODS)
    assert ranks_as_a_fresh_matrix(FOURTH_TITLE, FOURTH)


def test_an_article_with_a_corrected_text_or_a_new_title_is_read_again(seed_story, make_article):
    from newsdesk.importing import ingest
    from newsdesk.textdiff import OffsetMap

    article = make_article(FOURTH, outlet="Wire Service", story=seed_story, title=FOURTH_TITLE)
    first = kept_store().read[article.pk][1]
    corrected = ingest.from_text(FLOODS.encode())
    article.replace_text(corrected, OffsetMap(article.text, corrected.text))

    second = kept_store().read[article.pk][1]
    article.title = FLOODS_TITLE
    article.save(update_fields=["title"])
    third = kept_store().read[article.pk][1]

    assert second is not first and third is not second
    assert ranks_as_a_fresh_matrix(FOURTH_TITLE, FOURTH)


def test_an_article_taken_out_of_its_story_leaves_the_matrix(seed_story, make_article):
    article = make_article(FLOODS, outlet="Iberia Daily", story=seed_story, title=FLOODS_TITLE)
    assert article.pk in kept_store().read

    article.story = None
    article.save(update_fields=["story"])

    assert article.pk not in kept_store().read
    assert article.pk not in story_suggestion._story_matrix().document_position
    assert ranks_as_a_fresh_matrix(FLOODS_TITLE, FLOODS)


def invented_words(count):
    """``count`` distinct words no article uses (letters only: figures are names, not words)."""
    import itertools

    letters = "bcdfgklmnprstvz"
    return [a + "o" + b + "e" + c + "u" for a, b, c in itertools.islice(itertools.product(letters, repeat=3), count)]


def test_the_vocabularies_start_afresh_once_most_of_their_terms_belong_to_no_stored_article(seed_story,
                                                                                              make_article):
    from newsdesk.models import Story

    weather = Story.objects.create(title="Spanish floods", slug="spanish-floods")
    small = make_article(FLOODS, outlet="Iberia Daily", story=weather, title=FLOODS_TITLE)
    reader = kept_store().reader
    small.story = None
    small.save(update_fields=["story"])
    assert kept_store().reader is reader  # a few unused terms: the vocabularies are kept

    words = invented_words(3000)
    large = make_article("\n\n".join(" ".join(words[n:n + 30]) + "." for n in range(0, 3000, 30)),
                         outlet="Iberia Daily", story=weather, title="Word list")
    assert kept_store().reader is reader
    large.story = None
    large.save(update_fields=["story"])
    assert reader.unused_share(story_suggestion._story_matrix()) > story_suggestion.FRESH_START

    store = kept_store()

    assert store.reader is not reader
    assert len(store.reader.words) < len(reader.words)
    assert ranks_as_a_fresh_matrix(FOURTH_TITLE, FOURTH)


def test_a_romanian_name_linked_by_de_or_din_is_one_name():
    text = ("Dezbaterea va avea loc joi la Casa de Cultură din oraș, a anunțat primăria. Locuitorii spun că vor merge "
            "la Casa de Cultură, iar Universitatea din Bârzava a trimis doi geologi.")
    names = set(story_suggestion.names_and_figures(text).values())
    assert {"Casa de Cultură", "Universitatea din Bârzava"} <= names
    assert "Casa" not in names and "Cultură" not in names


def test_a_romanian_sentences_opening_noun_with_its_article_written_on_is_no_part_of_the_name_after_it():
    text = ("Firma Lunca Verde vrea să deschidă o carieră lângă Pădureni. Reprezentanții Lunca Verde spun că nu vor "
            "tăia pădurea. Localnicii au cerut o întâlnire cu reprezentanții firmei.")
    names = set(story_suggestion.names_and_figures(text).values())
    assert "Lunca Verde" in names
    assert "Reprezentanții Lunca Verde" not in names
