"""Labels of a story in Burmese: runs of content syllables that two of a topic's articles write alike, never cut
inside a syllable, never holding a particle, never a name alone after its honorific. Every text here is invented."""

from newsdesk.alignment import burmese_labels, labels

# Invented: a flood in an invented town, Minkyin.
TEXTS = [
    "မင်းကျင်မြို့တွင် ရေကြီးမှုကြောင့် အိမ်ခြေ ၃၀၀ ရေမြုပ်ခဲ့သည်။ ကယ်ဆယ်ရေးအဖွဲ့များက လှေဖြင့် ကယ်ထုတ်ခဲ့သည်။",
    "ရေကြီးမှုကြောင့် ရပ်ကွက် လေးခုရှိ အိမ်များ ရေမြုပ်နေကြောင်း ဦးစိုးမင်းက ပြောသည်။",
    "ကယ်ဆယ်ရေးအဖွဲ့များသည် ညလုံးပေါက် ရေမြုပ်အိမ်များမှ လူများကို ကယ်ထုတ်ခဲ့သည်။",
    "မင်းကျင်မြို့ ဘောလုံးအသင်းသည် ပြိုင်ပွဲတွင် အနိုင်ရခဲ့သည်။",
]


def test_a_burmese_story_is_read_by_runs_of_its_syllables():
    assert isinstance(labels.reading_of(TEXTS), labels.BurmeseReading)


def test_a_burmese_label_is_a_noun_phrase_two_articles_share_not_an_opening():
    result = labels.label_topics(TEXTS, [0, 0, 0, 1], ["a", "b", "c", "a"])

    assert not result[0].endswith("…"), result
    assert sum(result[0] in text for text in TEXTS[:3]) >= 2


def test_a_run_holds_no_particle_and_is_no_name_alone():
    for text in TEXTS:
        spans = burmese_labels.token_spans(text)
        words, places = [token for token, _, _ in spans], [(start, end) for _, start, end in spans]
        for phrase, _, start, end in burmese_labels.candidate_spans(words, text, places):
            assert not {"ကြောင့်", "တွင်", "က", "သည်", "များ"} & set(words[start:end + 1]), phrase
            assert not phrase.startswith(("ဦး", "စိုးမင်း")), phrase


def test_who_spoke_is_the_run_the_subjects_particle_closes():
    spans = burmese_labels.token_spans(TEXTS[1])
    words = [token for token, _, _ in spans]
    end = words.index("က") - 1

    assert burmese_labels.stands_as_source(words, end - 1, end)
    assert not burmese_labels.stands_as_source(words, 0, 1)
