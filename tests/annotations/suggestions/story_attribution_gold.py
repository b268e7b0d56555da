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
    # Hindi: the source before "ने" and its verb, "X का कहना है कि", "X के अनुसार/मुताबिक", the passive with no
    # source. Not cues: a rule ("मेन्यू के अनुसार"), a demand or an announcement of a thing ("की मांग की", "की घोषणा
    # की", "का ऐलान किया"), telling with no words ("शिक्षकों को बताया"), a sum that "tells" ("रक़म ख़ुद बता देती है").
    "surmaghat-madhyahn-bhojan": {
        "deshvarta.txt": [
            ("आधिकारिक सूत्रों के अनुसार", "के अनुसार", "आधिकारिक सूत्रों"),
            ("राजीव खरे ने बताया कि", "ने बताया", "ज़िला अस्पताल के सिविल सर्जन डॉ. राजीव खरे"),
            ("डॉ. खरे ने कहा", "ने कहा", "डॉ. खरे"),
            ("हालत स्थिर बताई गई", "बताई गई", ""),
            ("सिसोदिया ने कहा कि", "ने कहा", "ज़िले के प्रभारी मंत्री ओमप्रकाश सिसोदिया"),
        ],
        "dhamaka.txt": [
            ("आरोप है कि जिस बर्तन", "आरोप है", ""),
            ("बच्चों के मुताबिक", "के मुताबिक", "बच्चों"),
            ("आरिफ ने बताया", "ने बताया", "आरिफ"),
            ("अस्पताल का कहना है", "का कहना है", "अस्पताल"),
            ("शबनम कुरैशी ने बताया", "ने बताया", "बच्चों की डॉक्टर शबनम कुरैशी"),
            ("उसकी मां ने बताया", "ने बताया", "उसकी मां"),
            ("रोते हुए उन्होंने कहा", "उन्होंने कहा", ""),
            ("परिजनों का आरोप है", "का आरोप है", "परिजनों"),
            ("वह कहते हैं", "कहते हैं", ""),
            ("उन्होंने कहा, \"बच्चों की थाली", "उन्होंने कहा", ""),
        ],
        "janmanch.txt": [
            ("जनमंच टीवी को बताया कि", "बताया", "स्कूल की एक शिक्षिका"),
            ("खरे ने कैमरे पर कहा", "कहा", "सिविल सर्जन डॉ. राजीव खरे"),
            ("अस्पताल के मुताबिक", "के मुताबिक", "अस्पताल"),
            ("उन्होंने कहा, \"बेटे ने", "उन्होंने कहा", ""),
            ("उन्होंने जनमंच टीवी से कहा", "कहा", ""),
            ("मीडिया से कहा कि", "कहा", "विपक्षी विधायक श्यामलाल अहिरवार"),
        ],
        "naisadi.txt": [
            ("अभिभावक बता रहे हैं कि", "बता रहे हैं", "नयापुरा के अभिभावक"),
        ],
        "sandesh.txt": [
            ("कमला बाई का कहना है", "का कहना है", "रसोइया कमला बाई"),
            ("उन्होंने बताया, \"खिचड़ी", "उन्होंने बताया", ""),
            ("राजीव खरे ने बताया कि", "ने बताया", "सिविल सर्जन डॉ. राजीव खरे"),
            ("स्थिर बतायी गयी", "बतायी गयी", ""),
            ("शबनम कुरैशी के अनुसार", "के अनुसार", "शिशु रोग विशेषज्ञ डॉ. शबनम कुरैशी"),
            ("उन्होंने कहा कि कई बच्चों", "उन्होंने कहा", ""),
            ("अभिभावकों का आरोप है", "का आरोप है", "अभिभावकों"),
            ("संतोष कुशवाहा ने कहा", "ने कहा", "समिति के सदस्य संतोष कुशवाहा"),
            ("विनोद यादव ने बताया कि", "ने बताया", "कोतवाली थाना प्रभारी विनोद यादव"),
            ("सावित्री बाई ने बताया कि", "ने बताया", "स्व-सहायता समूह की अध्यक्ष सावित्री बाई"),
            ("उनके अनुसार", "उनके अनुसार", ""),
            ("पलटवार करते हुए कहा कि", "कहा", "सत्तारूढ़ दल के ज़िलाध्यक्ष दिनेश चौरसिया"),
        ],
    },
    # Persian: the source opening the clause of its verb of saying, or after "به گفته" and the like. Not cues:
    # an outlet's own reporter ("به گزارش خبرنگار …"), a demand of a thing ("خواستار پرداخت … شدند"), a
    # promise ("قول داد"), the labels of a broadcast's anchor and reporter ("گوینده:", "خبرنگار:").
    "arghavandasht-karkhane-ghand": {
        "damoon.txt": [
            ('به گفته تجمع', 'به گفته', 'تجمع\u200cكنندگان'),
            ('به گفته نماينده', 'به گفته', 'نماينده كارگران'),
            ('آنها مي\u200cگويند', 'مي\u200cگويند', ''),
        ],
        "karevan.txt": [],
        "nasim.txt": [
            ('به گفته مدیر تولید', 'به گفته', 'مدیر تولید'),
            ('تومان اعلام می\u200cکند', 'اعلام می\u200cکند', 'رحیم گل\u200cمحمدی'),
            ('به گفته اتحادیه', 'به گفته', 'اتحادیه چغندرکاران'),
            ('نسیم ارغوان گفت', 'گفت', 'بهزاد کیانفر'),
            ('به استانداری اعلام کرده', 'اعلام کرده', 'سازمان خصوصی\u200cسازی'),
            ('به گفته او', 'به گفته', ''),
            ('هم گفت که', 'گفت', 'ژیلا پرتوی'),
        ],
        "parsnegar.txt": [
            ('کارگران کارخانه قند ارغوان\u200cدشت خبر داد', 'خبر داد', 'استاندار زرین\u200cکوه'),
            ('بر اساس اعلام', 'بر اساس اعلام', 'شورای اسلامی کار این واحد'),
            ('به گفته شاهدان', 'به گفته', 'شاهدان'),
            ('اقتصادی استان گفت', 'گفت', 'فرهاد نیک\u200cسرشت'),
            ('وی افزود', 'افزود', ''),
            ('عملکرد مالک خبر داد', 'خبر داد', 'استاندار'),
            ('زیان انباشته کارخانه دانست', 'دانست', 'بهزاد کیانفر'),
        ],
        "titredagh.txt": [
            ('نگهبان\u200cها می\u200cگویند', 'می\u200cگویند', 'نگهبان\u200cها'),
            ('به گفته کارگران', 'به گفته', 'کارگران'),
            ('با بغض می\u200cگوید', 'می\u200cگوید', 'گلناز پوررستم'),
            ('منطقه هم می\u200cگویند', 'می\u200cگویند', 'حدود هزار و دویست چغندرکار منطقه'),
            ('قدیمی، می\u200cگوید', 'می\u200cگوید', 'حاج قربان یزدان\u200cپناه'),
            ('حالا کارگران می\u200cگویند', 'می\u200cگویند', 'کارگران'),
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
