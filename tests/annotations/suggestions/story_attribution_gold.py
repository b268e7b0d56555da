"""Attribution gold of the corpus stories in languages read by a table or reader of their own, written from the
articles before any rule ran on them: per story, per article, each cue as (a snippet of the sentence that holds it,
unique in the article; the cue's word or words inside the snippet; the source it names, "" for none).

A suggestion finds a cue when it overlaps the cue's words; ``measure`` gives the cues found and the suggestions
that found none."""

from pathlib import Path

STORIES = Path(__file__).resolve().parents[2] / "corpus" / "stories"

GOLD = {
    # Turkish: the verb last, its subject first and set off by a comma, or the source after a quotation.
    # Not cues: a vote ("187'si devre evet dedi", "41'i hayır dedi"), a figure announced ("ciro açıkladı"),
    # a rule ("Karara göre", "protokole göre"), a headline's question ("Tribün ne diyor?").
    "dervisgol-kulup-satisi": {
        "gunce.txt": [],
        "kanalyildiz.txt": [
            ("akıbetine karşı olduğunu söylüyor", "söylüyor", "Mavi Şimşekler taraftar grubu"),
            ("ay sonuna kadar ödeneceğini söyledi", "söyledi", "Demirkazık"),
        ],
        "kba.txt": [
            ("dedi Demirkazık genel kurulun", "dedi", "Demirkazık"),
            ("sunduğu rapora göre", "rapora göre", "Bağımsız denetim şirketinin genel kurula sunduğu rapor"),
            ("desteklediğini açıklarken", "açıklarken", "Belediye Başkanı Nevin Çağlayan"),
            ("gidilmemesini istedi", "istedi", "meclisteki muhalefet grubu"),
        ],
        "manset24.txt": [
            ("diye bağırırken", "diye bağırırken", "Devre karşı çıkan delegeler"),
            ("Yeni patron iddialı konuştu", "konuştu", "Yeni patron"),
        ],
        "posta.txt": [
            ("teslim ediyorum” dedi", "dedi", "Görevi devreden başkan Hüsnü Kürekçi"),
            ("yapılacağını söylüyor", "söylüyor", "Yeni yönetim"),
            ("kısa bir konuşma yaptı", "konuşma yaptı", "Demirkazık"),
            ("karşılığında yeni bir stat alarak veriyoruz” dedi", "dedi", "Belediye Başkanı Nevin Çağlayan"),
            ("hesaplanmadığını söyledi", "söyledi", "Muhalefet grubu sözcüsü Tarık Ünsal"),
            ("konmasını da istiyor", "istiyor", "Ünsal"),
            ("itiraz ettiklerini söyledi", "söyledi", "Grubun lideri Erkan Topaloğlu"),
            ("rahat uyuyacak” dedi", "dedi", "Teknik direktör Ferit Alagöz"),
        ],
    },
    # Hungarian: the verb after a dash-led quotation with its source after it, or after its subject before a colon or
    # "hogy"; "X szerint" after its source. Not cues: "le is mondták" (cancelled), words inside a quotation.
    "szelecseny-furdo-bezaras": {
        "hetilap.txt": [],
        "hirkozpont.txt": [
            ("derült ki a társaság kedd délelőtti közleményéből", "derült ki", "a társaság kedd délelőtti közleménye"),
            ("mondta lapunknak Varga Ildikó", "mondta", "Varga Ildikó, a fürdő ügyvezetője"),
            ("– mesélte", "mesélte", ""),
            ("– mondta Lakatos Erzsébet", "mondta", "Lakatos Erzsébet, a szálloda vezetője"),
            ("nem bírom” – mondta", "mondta", ""),
        ],
        "hirlap.txt": [
            ("Kedden bejelentették", "bejelentették", ""),
            ("Kft. közleménye szerint", "szerint", "a Szelecsényi Fürdő Kft. közleménye"),
            ("Varga Ildikó ügyvezető szerint", "szerint", "Varga Ildikó ügyvezető"),
            ("lapunknak azt mondta", "mondta", "Fekete Gábor polgármester"),
            ("fogalmazott a polgármester", "fogalmazott", "a polgármester"),
            ("a város számításai szerint", "szerint", "a város számításai"),
            ("Papp Levente szerint", "szerint", "A Szelecsényi Turisztikai Egyesület elnöke, Papp Levente"),
            ("mondta az ügyvezető", "mondta", "az ügyvezető"),
        ],
        "nhi.txt": [
            ("jelentette be kedden", "jelentette be", "a fürdőt működtető Szelecsényi Fürdő Kft."),
            ("A társaság közleménye szerint", "szerint", "A társaság közleménye"),
            ("mondta Varga Ildikó ügyvezető", "mondta", "Varga Ildikó ügyvezető"),
            ("polgármester közölte", "közölte", "Fekete Gábor polgármester"),
        ],
        "szvtv.txt": [
            ("kedden jelentette be", "jelentette be", "A Szelecsényi Fürdő Kft."),
            ("azt mondta a televíziónak", "mondta", "Fekete Gábor polgármester"),
            ("mondta Fekete Gábor.", "mondta", "Fekete Gábor"),
            ("mondta Kiss Ferenc", "mondta", "Kiss Ferenc"),
        ],
    },
}


def gold_spans(story: str, article: str, text: str) -> list[tuple[int, int, str]]:
    """(start, end, source) of each gold cue of ``article`` in its ``text``."""
    spans = []
    for snippet, cue, source in GOLD[story][article]:
        at = text.index(snippet)
        assert text.find(snippet, at + 1) == -1, snippet
        start = at + snippet.index(cue)
        spans.append((start, start + len(cue), source))
    return spans


def measure(story: str, article: str, text: str, found) -> tuple[int, int, int, int]:
    """(gold cues, found, suggestions, right suggestions) of ``found`` (suggestions tagged attribution)."""
    spans = gold_spans(story, article, text)
    hit = sum(any(s.start < end and start < s.end for s in found) for start, end, _ in spans)
    right = sum(any(s.start < end and start < s.end for start, end, _ in spans) for s in found)
    return len(spans), hit, len(found), right
