"""Labels of a story in Indonesian (and Malay): auxiliaries, verbs told by their affixes, a figure cut before its
decimals, a noun cut from the name that modifies it and a demonstrative that closes a noun phrase never make a
clause or half a phrase a label; a programme's name made of common nouns is no bare name."""

from newsdesk.alignment import labels, verbal
from newsdesk.alignment.words import stop_words_for


def runs(text, story=None, language="id"):
    reading = labels.RunReading(story or [text], language)
    found = labels.token_spans(text)
    return [phrase for phrase, *_ in reading.candidates(
        [token for token, _, _ in found], text, [(start, end) for _, start, end in found])]


def test_an_auxiliary_never_stands_inside_a_label():
    phrases = runs("Dinas sosial sudah menyalurkan bantuan beras. Warga desa akan menerima kupon.")

    assert not any(word in phrase.split() for phrase in phrases for word in ("sudah", "akan"))
    assert "Dinas sosial" in phrases and "bantuan beras" in phrases


def test_a_verb_is_told_by_its_prefix_where_the_story_writes_its_root():
    story = ["Petugas menimbang gabah petani di gudang.", "Hasil timbang gabah dicatat.", "Mandor mencatat upah.",
             "Berita menteri soal media dan dinas pangan."]

    verbs = verbal.verbal_words(story, "id", stop_words_for("id"))

    assert {"menimbang", "dicatat", "mencatat"} <= verbs  # "timbang" is written; "catat" is shown by both
    assert not {"berita", "menteri", "media", "dinas", "gabah"} & verbs
    assert "Petugas menimbang gabah" not in runs(story[0], story)


def test_a_predicate_after_an_auxiliary_is_read_as_a_verb_elsewhere():
    story = ["Kalau hujan terus, jalan desa bisa putus.", "Jembatan Cisalak putus sejak pagi."]

    assert "putus" in verbal.verbal_words(story, "id", stop_words_for("id"))
    assert "Jembatan Cisalak putus" not in runs(story[1], story)


def test_a_run_never_ends_on_a_figure_cut_before_its_decimals():
    phrases = runs("Anggaran perbaikan Rp7,5 miliar disiapkan.")

    assert not any(phrase.endswith("Rp7") for phrase in phrases)
    assert "Anggaran perbaikan" in phrases


def test_a_noun_is_never_cut_from_the_name_that_follows_it():
    phrases = runs("Penumpang kereta jurusan Bandung turun di stasiun.")

    assert "Penumpang kereta jurusan" not in phrases
    assert "Penumpang kereta" in phrases


def test_a_demonstrative_closes_the_noun_phrase_before_its_predicate():
    phrases = runs("Tunjangan itu hak pekerja.")

    assert not any("itu" in phrase.split() for phrase in phrases)


def test_malay_reads_the_same_auxiliaries():
    phrases = runs("Majlis daerah sudah menyediakan dana banjir.", language="ms")

    assert "Majlis daerah" in phrases and not any("sudah" in phrase.split() for phrase in phrases)


def test_a_programme_named_with_common_nouns_is_no_bare_name():
    story = ["Warga kehilangan pekerjaan dan tempat tinggal, dan menunggu bantuan.",
             "Pemerintah membuka Bantuan Tempat Tinggal untuk warga.",
             "Bupati Asep Mulyana meninjau lokasi."]
    reading = labels.RunReading(story, "id")
    words = [token for token, _, _ in labels.token_spans(story[1])]
    starts = labels.sentence_starts(words)
    first = words.index("Bantuan")
    person = [token for token, _, _ in labels.token_spans(story[2])]

    assert not reading.only_names(words, first, first + 2, starts)
    assert reading.only_names(person, 1, 2, labels.sentence_starts(person))
