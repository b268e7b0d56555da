"""Attribution in Indonesian: the table ``languages.TABLES["id"]`` (``attribution/indonesian.py``). The sentences of
the tests are invented for them; the gold of the Indonesian corpus story (every cue of its five articles, written
before the table was) measures the table on whole articles."""

from pathlib import Path

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import suggest_in_line
from annotations.suggestions.attribution.languages import languages
from annotations.suggestions.base import split_lines
from tests.annotations.suggestions.attribution_story_gold import story_scores

STORY = Path(__file__).resolve().parents[2] / "corpus" / "stories" / "cibareng-phk-tekstil"

# Every attribution cue of the story's articles: a context with the cue in brackets, and its named source ("" for a
# pronoun, a verb that holds its speaker, "katanya", or a cue without one). A speaker's label over a quotation counts
# as a cue; a link's headline under "Baca Juga" does not.
GOLD = {
    "cakrawala.txt": [
        ("[Perusahaan mengumumkan] penutupan", "Perusahaan"),
        ("Kewajibannya kini [disebut] mencapai", ""),
        ("[asosiasi pengusaha berulang-ulang meminta]", "asosiasi pengusaha"),
        ("[Serikat pekerja menghitung] hak", "Serikat pekerja"),
    ],
    "detak24.txt": [
        ("hampir 40 tahun, [memastikan] bakal tutup", "PT Cibareng Sandang Lestari (CSL)"),
        ("[Pihak manajemen beralasan]", "Pihak manajemen"),
        ("[banyak buruh mengaku]", "banyak buruh"),
        ("bekerja di pabrik itu, [mengatakan] gaji", "Iis Rohaeti"),
        ("[ucapnya]", ""),
        ("[Buruh menuntut]", "Buruh"),
        ("[Serikat menghitung]", "Serikat"),
        ("perusahaan [disebut] hanya", ""),
        ("[Menurut serikat pekerja]", "serikat pekerja"),
        ("di Desa Sukamekar, [mengaku] sudah", "Yeti Suryani"),
        ("[katanya]", ""),
        ("[Ia mengaku]", ""),
    ],
    "kabarpasirlaya.txt": [
        ("[manajemen mengumumkan] bahwa", "manajemen"),
        ("[Manajemen beralasan]", "Manajemen"),
        ("[Menurut data Disnakertrans Pasirlaya]", "data Disnakertrans Pasirlaya"),
        ("[FSBS Pasirlaya menghitung]", "FSBS Pasirlaya"),
        ("[kata Dedi Rusmana]", "Dedi Rusmana"),
        ("[Ia menyebut]", ""),
        ("[Bupati juga menyatakan]", "Bupati"),
        ("[Berdasarkan laporan keuangan perusahaan]", "laporan keuangan perusahaan"),
        ("[Kepala Desa Sukamekar, H. Entis Sutisna, memperkirakan]", "H. Entis Sutisna"),
        ("[ujarnya]", ""),
    ],
    "pena.txt": [
        ("[Keputusan itu disampaikan manajemen]", "manajemen"),
        ("[Direktur Utama PT CSL Rudy Hartanto Gunawan mengatakan]", "Direktur Utama PT CSL Rudy Hartanto Gunawan"),
        ("[kata Rudy]", "Rudy"),
        ("[Serikat pekerja menyebut]", "Serikat pekerja"),
        ("[Menurut perhitungan Federasi Serikat Buruh Sandang (FSBS) Pasirlaya]", "Federasi Serikat Buruh Sandang "
                                                                                  "(FSBS) Pasirlaya"),
        ("[Ketua FSBS Pasirlaya Nandang Suherman mengatakan]", "Ketua FSBS Pasirlaya Nandang Suherman"),
        ("[ujarnya]", ""),
        ("[Polisi memperkirakan]", "Polisi"),
        ("[serikat menyebut]", "serikat"),
        ("Wawan Hermawan, yang [berjanji]", "Sekretaris Daerah Pasirlaya Wawan Hermawan"),
        ("[Kepala Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans) Pasirlaya Agus Setiadi mengatakan]",
         "Kepala Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans) Pasirlaya Agus Setiadi"),
        ("[Berdasarkan laporan keuangan per Juni 2025]", "laporan keuangan"),
        ("[Menurut Himpunan Pengusaha Tekstil Jawa Barat]", "Himpunan Pengusaha Tekstil Jawa Barat"),
    ],
    "priangantv.txt": [
        ("[BUPATI PASIRLAYA, HJ. NENENG ROSMIATI:]", "HJ. NENENG ROSMIATI"),
        ("[KETUA FSBS PASIRLAYA, NANDANG SUHERMAN:]", "NANDANG SUHERMAN"),
        ("[BURUH PT CSL, NENG SITI MAEMUNAH:]", "NENG SITI MAEMUNAH"),
        ("[Sopir angkot jurusan Pasirlaya-Cibareng mengaku]", "Sopir angkot jurusan Pasirlaya-Cibareng"),
        ("[SOPIR ANGKOT 07, AANG KUSNADI:]", "AANG KUSNADI"),
        ("[Disnakertrans Pasirlaya mencatat]", "Disnakertrans Pasirlaya"),
    ],
}


def cues_in(text):
    line = split_lines(text)[0]
    return [(text[s.start : s.end], s.source) for s in suggest_in_line(line, languages()["id"])]


@pytest.mark.parametrize(
    "sentence, cues",
    [
        ('"Jembatan itu tidak aman lagi," kata Camat Sukajadi Ahmad Fauzi.', [
            ("kata Camat Sukajadi Ahmad Fauzi", "Camat Sukajadi Ahmad Fauzi"),
        ]),
        ('"Air datang tengah malam," ujar seorang nelayan.', [("ujar seorang nelayan", "seorang nelayan")]),
        ('"Kami belum tahu," ujarnya.', [("ujarnya", "")]),
        (
            "Kepala Sekolah Dewi Lestari mengatakan kelas dimulai pada Senin.",
            [("Kepala Sekolah Dewi Lestari mengatakan", "Kepala Sekolah Dewi Lestari")],
        ),
        ("Menurut petugas pemadam kebakaran, api berasal dari dapur.", [
            ("Menurut petugas pemadam kebakaran", "petugas pemadam kebakaran"),
        ]),
        (
            "Warga Desa Cikaso, Siti Aminah, mengaku rumahnya terendam sejak pagi.",
            [("Siti Aminah, mengaku", "Siti Aminah")],
        ),
        # the clause's own words follow the verb, and are no source
        (
            "Iis, penjahit yang sudah lama bekerja di sana, mengatakan gaji Oktober baru dibayar separuh.",
            [("mengatakan", "")],
        ),
    ],
)
def test_an_indonesian_cue_and_its_source(sentence, cues):
    assert cues_in(sentence) == cues


@pytest.mark.parametrize(
    "sentence",
    [
        "Kota kecil itu menjadi kata lain untuk banjir.",  # "another word for"
        "Sudah jelas bahwa jalan itu rusak parah.",  # "it is clear that"
        "Guru menilai ujian murid setiap Jumat.",  # "grades the exams"
        "Pemerintah desa harus memastikan air bersih tersedia.",  # "must ensure"
        "Bupati akan mengumumkan hasilnya besok.",  # "will announce": a modal before the verb
        "Hakim menunjuk dua pengurus untuk mencatat semua tagihan.",  # "to record"
    ],
)
def test_an_indonesian_sentence_that_reports_no_words_has_no_cue(sentence):
    assert cues_in(sentence) == []


def test_an_indonesian_article_gets_attribution_suggestions():
    text = (
        "Jembatan baru di atas Sungai Cimanuk diresmikan pada Minggu di Desa Sukamaju. Pembangunannya memakan "
        "waktu dua tahun.\n\n"
        '"Sekarang anak-anak bisa berjalan kaki ke sekolah," kata guru Ani Suryani. Menurut para insinyur, '
        "jembatan itu mampu menahan truk seberat 40 ton."
    )
    found = [(text[s.start : s.end], s.source) for s in suggest(text) if s.tag == "attribution"]
    assert ("kata guru Ani Suryani", "guru Ani Suryani") in found
    assert ("Menurut para insinyur", "para insinyur") in found


def test_the_indonesian_story_cues_against_its_gold():
    found, total, right, suggested = story_scores(STORY, GOLD)
    assert found / total >= 0.9  # 41 of 45: passives ("disebut"), a label with a title's dot ("HJ. NENENG")
    assert right / suggested >= 0.9


def test_a_speakers_label_over_a_quotation_on_an_indonesian_television_page():
    text = (
        "Hujan deras pada Senin merendam dua puluh rumah di Kabupaten Sukamaju karena sungai meluap.\n\n"
        "WARGA SUKAMAJU, ENCEP SUPRIATNA:\n"
        '"Air naik sampai lutut dalam satu jam."'
    )
    found = [(text[s.start : s.end], s.source) for s in suggest(text) if s.tag == "attribution"]
    assert found == [("WARGA SUKAMAJU, ENCEP SUPRIATNA:", "WARGA SUKAMAJU, ENCEP SUPRIATNA")]
