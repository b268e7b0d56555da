"""Story matching in Burmese: a run of the Myanmar script is read in pairs of its syllables (``importing/burmese.py``),
as Chinese is read in pairs of its characters, each a syllable; its particles, written onto the word before them,
are no part of a pair. Pairs of characters crossed its syllables ("ပ်သ" of "ကျပ်သန်း") and counted its particles
("သည်", "တွင်"), which tie any two Burmese pages together. Every text here is invented for the test."""

from newsdesk.alignment import story_suggestion, words

# A library opens in Minkyin; a road is tarred in Minkyin.
LIBRARY = """မင်းကျင်မြို့ စာကြည့်တိုက်သစ် ဖွင့်လှစ်

မင်းကျင်မြို့တွင် စာကြည့်တိုက်သစ်ကို တနင်္လာနေ့က ဖွင့်လှစ်ခဲ့သည်။ စာအုပ် ၄,၀၀၀ ကျော် ထားရှိသည်။

ကျောင်းသားများသည် စာကြည့်တိုက်တွင် နေ့စဉ် စာဖတ်နိုင်သည်ဟု မြို့နယ်ပညာရေးမှူးက ပြောသည်။"""
ROAD = """မင်းကျင်မြို့ လမ်းမကြီး ကတ္တရာခင်း

မင်းကျင်မြို့တွင် လမ်းမကြီးကို ကတ္တရာ ခင်းခဲ့သည်။ လမ်းသည် မိုင် ၆ မိုင် ရှည်သည်။

ယာဉ်မောင်းများသည် မိုးရာသီတွင် ရွံ့နွံ မရှိတော့ဟု မြို့နယ်စည်ပင်မှူးက ပြောသည်။"""


def test_a_run_of_burmese_is_read_in_pairs_of_its_syllables_without_its_particles():
    terms = words.unigrams("တံတားသစ်ကို ကျပ်သန်း ဖြင့် ဆောက်လုပ်ခဲ့သည်။", "my")

    assert {"တံတား", "တားသစ်", "ဆောက်လုပ်"} <= set(terms)
    # Nor its words that count and date: "ကျပ်သန်း", a million kyat, is written of any sum.
    assert not {"ပ်သ", "သစ်ကို", "ခဲ့သည်", "သည်", "ကျပ်သန်း"} & set(terms)


def test_two_reports_of_one_town_share_its_name_and_not_their_grammar():
    shared = set(story_suggestion.words_of(LIBRARY)) & set(story_suggestion.words_of(ROAD))

    assert shared <= {"မင်းကျင်", "ကျင်မြို့", "မြို့နယ်", "ပြော"}


def test_a_burmese_person_with_the_office_before_the_name_is_no_event_word():
    text = (
        "မင်းကျင်မြို့ စာကြည့်တိုက်သစ် ဖွင့်လှစ်\n\n"
        "မင်းကျင်၊ မေလ ၄ ရက် (ရွှေတောင်) — မြို့နယ်ပညာရေးမှူး ဒေါ်စန်းစန်းမြင့်က စာကြည့်တိုက်ကို ဖွင့်လှစ်ခဲ့သည်။\n\n"
        "စာကြည့်တိုက်မှူး ကိုမင်းခန့်က စာအုပ်များကို နေ့စဉ် ငှားရမ်းနိုင်သည်ဟု ပြောသည်။"
    )

    told = set(story_suggestion.event_words(text).split())

    assert {"ငှားရမ်း", "စာအုပ်"} <= told  # what happened: books to borrow
    assert not {"စန်းစန်း", "စန်းမြင့်", "မင်းခန့်", "ရေးမှူး", "ပညာရေး", "ရွှေတောင်"} & told


def test_no_burmese_label_starts_inside_a_persons_name():
    from newsdesk.alignment import burmese_labels

    text = "ဈေးကော်မတီဥက္ကဋ္ဌ ဒေါ်ခင်မြင့်အေးက ယာယီဆိုင်ခန်းများ ဆောက်မည်ဟု ပြောသည်။"
    tokens = burmese_labels.token_spans(text)
    phrases = [phrase for phrase, *_ in burmese_labels.candidate_spans(
        [token for token, _, _ in tokens], text, [(start, end) for _, start, end in tokens])]
    assert "ယာယီဆိုင်ခန်း" in phrases
    assert not any(phrase in "ဒေါ်ခင်မြင့်အေး" for phrase in phrases), phrases
