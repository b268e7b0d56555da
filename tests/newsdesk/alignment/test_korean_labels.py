"""Labels of a story in Korean: runs of nouns cut from its passages, the last particle left out, never a clause."""

import re

from newsdesk.alignment import korean, labels

from ..corpus_stories import story, written_stories

TEXTS = [
    "하림시 북항 방파제가 폭풍에 무너졌다. 북항 방파제의 복구 공사는 다음 달 시작된다.",
    "시는 북항 방파제 복구에 예산 12억원을 쓰기로 했다. 어민들은 방파제를 빨리 고쳐 달라고 했다.",
    "북항 어민들의 어선 30척이 피해를 입었다. 해경 관계자는 \"인명 피해는 없다\"고 말했다.",
    "해경 관계자에 따르면 어선 피해가 컸다. 북항 방파제 복구는 연말에 끝난다.",
]


def phrases_of(text: str, texts=TEXTS) -> list[str]:
    story_words = korean.Story(texts)
    found = korean.token_spans(text)
    return [phrase for phrase, *_ in korean.candidate_spans(
        [token for token, _, _ in found], text, [(start, end) for _, start, end in found], story_words)]


def test_a_label_is_a_run_of_nouns_with_the_particle_of_the_last_left_out():
    phrases = phrases_of(TEXTS[1])

    assert "북항 방파제 복구" in phrases
    assert not any(phrase.endswith(("에", "를", "을", "는")) for phrase in phrases), phrases


def test_a_label_never_ends_on_a_verb_or_an_adjective_or_opens_inside_a_compound():
    phrases = phrases_of(TEXTS[0])

    assert "북항 방파제" in phrases
    assert not any(phrase.endswith(("무너졌다", "시작된다", "다")) for phrase in phrases), phrases
    assert not any(phrase.startswith("방파제") for phrase in phrases), phrases


def test_a_noun_is_told_by_the_particles_the_story_writes_after_it():
    found = korean.Story(TEXTS)

    assert found.read("방파제를") == ("방파제", "를")
    assert found.read("무너졌다") is None
    assert found.read("고쳐") is None


def test_who_spoke_stands_as_the_source():
    text = TEXTS[2]
    found = korean.token_spans(text)
    words, spans = [token for token, _, _ in found], [(start, end) for _, start, end in found]
    story_words = korean.Story(TEXTS)
    sources = {phrase: korean.stands_as_source(words, start, end, text, spans, story_words)
               for phrase, _, start, end in korean.candidate_spans(words, text, spans, story_words)}

    assert sources.get("해경 관계자") is True
    assert sources.get("북항 어민들의 어선") is not True


def test_a_korean_wire_dateline_is_no_part_of_an_opening():
    assert labels.opening("(하림=새벽통신) 박가람 기자 = 북항 방파제가 무너졌다.") == "북항 방파제가 무너졌다"


KOREAN_STORIES = [slug for slug in written_stories()
                  if labels.story_script([article["text"] for article in story(slug)[1]]) == labels.HANGUL]
# What a label never ends on: a particle after a noun, or the ending of a verb or an adjective.
ENDINGS = re.compile(r"(?:[은는을를의에와과도만]|에서|으로|다|고|며|면서|서)$")


def test_the_corpus_holds_a_story_in_korean():
    assert KOREAN_STORIES


def test_no_label_of_a_korean_story_is_an_opening_or_ends_on_a_particle_or_an_ending():
    from ..test_labels import aligned

    for slug in KOREAN_STORIES:
        result, _ = aligned(slug)
        for topic in result.topics:
            assert not topic.label.endswith("…"), topic.label
            assert not ENDINGS.search(topic.label) or topic.label.endswith(("도로", "지도")), topic.label


def test_korean_tells_hangul_by_the_one_range_the_words_share():
    from newsdesk.alignment import words

    assert korean.HANGUL == words.HANGUL
    assert korean.is_hangul("ㅋㅋ") and korean.is_hangul("방파제")
    assert labels.story_script(TEXTS) == labels.HANGUL
