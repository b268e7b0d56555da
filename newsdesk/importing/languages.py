"""Which language a text is written in, told by its function words, and that language's function words.

Policy: the function words come from the ``stop-words`` package (lists for 33 languages), with the few a list
lacks (``ADDED_FUNCTION_WORDS``); modern Greek's are our own (``GREEK_FUNCTION_WORDS``: the package's Greek list is
Ancient Greek's), and Thai's are PyThaiNLP's. A text's language is the one whose function words it uses most (see
``language_of``), English unless another language clearly wins; a few are told by their scripts first.
Many function words of one language are content words of another (German "war" is "was", Spanish "son" is
"are"), so a text's own language decides which list applies to it: never the union of them all.
"""

import functools
import re
import unicodedata
from collections import Counter

from newsdesk.importing import khmer
from newsdesk.importing.scripts import JOINER_IN_WORD, east_asian_letters, greek_letters, thai_letters
from newsdesk.importing.tokens import MARKS

ENGLISH = "en"
# The languages whose words are spaced, so that a text's function words can be counted word by word. Chinese,
# Japanese, Korean and Thai are told by their scripts (``script_language``), which no other language writes; Greek
# by its script where most of a text's letters are Greek, and by its function words in a text of mixed scripts.
SPACED_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "nb", "da", "fi", "pl", "cs", "sk", "ro",
                    "hu", "tr", "ca", "id", "ms", "vi", "ru", "uk", "bg", "el", "ar", "fa", "he", "hi")
# Languages written in Latin letters that the ``stop-words`` package keeps no list for, whose lists come from the
# ``stopwordsiso`` package (stopwords-iso): Afrikaans, Esperanto, Estonian, Basque, Irish, Galician, Hausa, Croatian,
# Latin, Lithuanian, Latvian, Slovene, Somali, Sesotho, Swahili, Tagalog, Yoruba and Zulu. Without a list a text in
# one of them was read as the language whose short words it shares (Swahili's "ya", "na", "la" as Spanish's), and
# that language's rules ran on it. Breton's list is left out: its 1203 words hold interjections, adjectives and
# nouns ("bras", "brav", "amzer", "den") and many English and French words ("all", "bad", "dont", "end"), which would
# read texts in those languages as Breton. Against English their lists count a text's words written in lower case
# only (``language_of``): they hold short words that are English names ("Sam", "Ali", "Jim", "Bat", "Zen"), and an
# English headline of names was read as Croatian or Basque.
ISO_LISTED_LANGUAGES = ("af", "eo", "et", "eu", "ga", "gl", "ha", "hr", "la", "lt", "lv", "sl", "so", "st", "sw",
                        "tl", "yo", "zu")
SPACED_LANGUAGES += ISO_LISTED_LANGUAGES
# Serbian: written in Cyrillic and in Latin letters (``SERBIAN``, ``serbian_latin``), its function words our own
# list in both alphabets (``serbian_function_words``). After Croatian, whose list its own holds: a text that tells the
# two apart by no word (``WORD_HINTS``) stays Croatian.
SERBIAN = "sr"
SPACED_LANGUAGES += (SERBIAN,)
# The languages whose function words count against English only in lower case (``language_of``).
LOWER_CASE_COUNTED = (*ISO_LISTED_LANGUAGES, SERBIAN)
# Languages that capitalise every noun: a lone capitalised word there is a noun, not a name.
CAPITALISED_NOUNS = frozenset({"de", "lb"})
MIN_HITS = 3  # function words of a language a text needs before it is taken for that language
# A word with its combining marks (Hindi's vowel signs), and its elided part ("l'usine").
# A Persian word's non-joiner too, and a joiner inside a conjunct (``scripts.JOINER_IN_WORD``: Sinhala's "ප්‍ර").
LETTERS = rf"[^\W\d_](?:[^\W\d_]|[{MARKS}]|\u200c(?=[^\W\d_])|{JOINER_IN_WORD})*"
WORD = re.compile(rf"{LETTERS}(?:['’]{LETTERS})*", re.UNICODE)
# Letters that only one of two languages with overlapping lists writes (Spanish "ñ", "¿", "¡"; Portuguese "ã", "õ",
# "ç", "ê", "â", "ô"), counted only between those two.
LETTER_HINTS = {frozenset({"es", "pt"}): {"es": "ñ¿¡", "pt": "ãõçêâô"}}
# Words that one of two languages with overlapping lists spells its own way, or writes and the other does not,
# counted only between those two. Indonesian and Malay share most of their function words, and their lists each
# hold a different half of them ("untuk", "orang", "menjadi" only in Malay's, "tersebut", "harus" only in
# Indonesian's): counted by the lists, an Indonesian text was read as Malay. What tells them apart is how each spells
# a few common words ("bahwa" and "bahawa", "karena" and "kerana", "uang" and "wang", "persen" and "peratus",
# "Senin" and "Isnin", "miliar" and "bilion"), the words one of them has for a thing the other names otherwise
# (Indonesian "pabrik", "kantor", "kabupaten"; Malay "syarikat", "kakitangan", "hospital") and the currency each writes
# before its figures ("Rp", "RM"). A word both write is no hint, whatever it means in each: Indonesian writes
# "kilang" (a refinery), "jabatan" (a post), "negeri" ("luar negeri", "pengadilan negeri"), "pejabat" (an official)
# and "kerajaan" (a kingdom) too. Where the hints tell the two apart they decide; where they do not (a text with
# none, or as many of each), the function words decide, as between any two languages (``language_of``).
WORD_HINTS = {frozenset({"id", "ms"}): {
    "id": frozenset("""
        bahwa karena saja setelah sesudah maupun yaitu kemarin uang persen pemerintah kantor polisi ujar ujarnya
        senin kamis jumat maret juni juli agustus desember rp rupiah miliar triliun wib wita pabrik dinas
        karyawan kabupaten kecamatan provinsi bupati gubernur kepolisian tentara asuransi nomor telepon
        universitas mobil bisa mau
    """.split()),
    "ms": frozenset("""
        bahawa kerana sahaja selepas mahupun iaitu semalam wang peratus polis isnin khamis jumaat mac julai ogos
        disember rm ringgit bilion trilion syarikat kakitangan gabenor tentera insurans nombor telefon
        universiti hospital bomba menerusi sebarang mahu
    """.split()),
}}
# Serbian and Croatian share most of their function words, and stopwords-iso keeps a list for Croatian alone.
# What tells a Serbian text in Latin letters from a Croatian one is how each writes the old "jat" vowel (Serbian's
# standard "e" where Croatian writes "ije" or "je": "gde" and "gdje", "pre" and "prije", "posle" and "poslije",
# "reka" and "rijeka", "deca" and "djeca", "vreme" and "vrijeme"), the words each has for a thing the other names
# otherwise ("hiljada" and "tisuća", "opština" and "općina", "takođe" and "također", "šta" and "što", "bezbedno" and
# "sigurno"), and the months, which Serbian writes from the Latin names and Croatian by its own ("marta" and
# "ožujka").
WORD_HINTS[frozenset({"hr", SERBIAN})] = {
    SERBIAN: frozenset("""
        gde ovde negde nigde pre posle uvek takođe šta dve reka reke reci deca dece vreme mesto mesta
        mestu hiljada hiljade hiljadu opština opštine opštini opštinska opštinske predsednik predsednika celu ceo
        cele sveta svetu lekar lekara lekari bezbedno bezbednost istorija istorije uslovi uslova nedelju nedelje
        januar januara februar februara mart marta april aprila maj maja jun juna jul jula avgust avgusta
        septembar septembra oktobar oktobra novembar novembra decembar decembra
    """.split()),
    "hr": frozenset("""
        gdje ovdje negdje nigdje prije poslije uvijek također što dvije rijeka rijeke djeca djece vrijeme
        mjesto mjesta mjestu tisuća tisuće tisuću općina općine općini općinska općinske predsjednik predsjednika
        cijelu cijeli cijele svijeta svijetu liječnik liječnika liječnici sigurno sigurnost povijest povijesti
        uvjeti uvjeta tjedan tjedna siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada
        studenoga prosinca
    """.split()),
}
# Danish and Norwegian (Bokmål) share most of their function words, and each list holds words the other writes too
# ("hvor", "ikke", "når"): counted by the lists, a Danish page was read as Norwegian. What tells them apart is how
# each spells its commonest words: Danish keeps the soft "d" and "g" Norwegian dropped or hardened ("af" and "av",
# "efter" and "etter", "hvad" and "hva", "ud" and "ut", "op" and "opp", "ind" and "inn", "mod" and "mot", "uden" and
# "uten", "mig", "dig", "sig" and "meg", "deg", "seg", "noget", "nogen" and "noe", "noen", "igen" and "igjen",
# "siger" and "sier", "blev" and "ble", "bliver" and "blir"), "nu" and "nå", "meget" and "mye", "måske" and
# "kanskje", and the months each spells its own way ("marts" and "mars", "maj" and "mai", "december" and
# "desember").
WORD_HINTS[frozenset({"da", "nb"})] = {
    "da": frozenset("""
        af efter hvad ud op ind mod uden mig dig sig noget nogen nogle igen siger sagde blev bliver blive havde
        nu meget måske endnu gøre gør hende jer selvom marts maj december
    """.split()),
    "nb": frozenset("""
        av etter hva ut opp inn mot uten meg deg seg noe noen igjen sier sa ble blir bli hadde nå mye kanskje
        ennå gjøre gjør henne dere mars mai desember
    """.split()),
}
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
# An apostrophe inside a word is written three ways: the typewriter's "'", the typographic "’" and, as Ukrainian's
# own orthography has it, the modifier letter "ʼ" (U+02BC: "мʼясо" beside "м'ясо" and "м’ясо"). The modifier letter
# is a letter to a regular expression, so it stays inside a word as the other two do (``WORD``); words are compared
# with the typewriter's.
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


def straight_apostrophes(text: str) -> str:
    """``text`` with each apostrophe written as "'" (``APOSTROPHES``: "мʼясо" and "м’ясо" are "м'ясо")."""
    return text.translate(APOSTROPHES)


# Function words a language's list in the ``stop-words`` package lacks though they are as much function words as
# those it holds. Portuguese writes a preposition onto the demonstrative or the article after it ("deste verão",
# "nesse dia", "daquele ano", "duma vez"); its list holds "num" and "numa" and none of the others, so a phrase
# read from a Portuguese text could end on "deste", and every passage that says "neste" shared a word.
ADDED_FUNCTION_WORDS = {
    # Slovak: the list has "ktorý" without most of its cases, the personal pronouns' oblique cases, "kým" (while,
    # until) and "vyše" (over, more than), which stand before a figure.
    "sk": frozenset("""
        ktorej ktorého ktorému ktorých ktorým ktorými kým vyše im nás vás nich nej neho nemu ňom nimi
    """.split()),
    "pt": frozenset("""
        deste desta destes destas desse dessa desses dessas daquele daquela daqueles daquelas disto disso daquilo
        neste nesta nestes nestas nesse nessa nesses nessas naquele naquela naqueles naquelas nisto nisso naquilo
        àquele àquela àqueles àquelas àquilo dum duma duns dumas nuns numas
    """.split()),
    # Hindi: the list has "गया" and none of its other forms ("गई", "गए", and "गयी", "गये" as many sites spell
    # them), "जा" without "जाता", "रहा" without "रही", "सकता" without "सकती", the ergative "उन्होंने", the future of
    # "to be" ("होगा"), the passive's "जाया" and the perfect's "चुका". Its chandrabindu spellings ("यहाँ") are looked
    # up with the anusvara too (``hindi_folded``).
    "hi": frozenset("""
        गई गए गयी गये गईं उन्होंने इन्होंने जिन्होंने रही रहीं सकती होगा होगी होंगे जाता जाती जाते जाएगा जाएगी जाएंगे
        किए किये तथा अब जाया चुका चुकी चुके
    """.split()),
    # Hungarian: the list lacks "ha" (if), "miatt" (because of), "óta" (since), "se" (nor), "sőt" (even), "vajon"
    # (whether), the hedges "mintegy" and "csaknem" (about, almost) and the adverbs of a relative day and year ("ma",
    # "tegnap", "holnap", "tavaly", "idén", "jövőre"), which say when, never what.
    "hu": frozenset("ha miatt óta se sőt vajon mintegy csaknem ma tegnap holnap tavaly idén jövőre".split()),
    # Bulgarian: the list writes "her" (dative) as "й", as the spelling before 2012 did; pages now write "ѝ" ("по
    # думите ѝ", according to her), one letter of its own, which a story's passages share as they share "й".
    "bg": frozenset({"ѝ"}),
    # Korean: the list holds phrases, adverbs and interjections, but few of the words news prose is made of:
    # demonstratives and quantifiers, the bound nouns ("수", ability; "때문", because; "중", while), the verbs that
    # do a preposition's work ("통해", through; "위해", for; "대한", about; "따라", along), the auxiliaries and the
    # copula ("있다", "없다", "않다", "하다", "되다", "이다", "아니다") in the forms they take and as the stemmer leaves
    # them ("있다며": "있"), and adverbs of degree and sequence. A word is looked up as written and without its
    # particles (``words.korean_stem``: "수를", "것으로").
    "ko": frozenset("""
        그런 저런 이러한 그러한 해당 모든 여러 각 각각 서로 스스로 자신 일부 대부분
        것 수 중 때문 뿐 데 바 듯 측 씨 등 및 뒤 후 전 간 내 외 안 위 속
        더 가장 매우 다 또 또는 또한 또다시 다시 이미 아직 계속 특히 한편 이어 역시 이제 지금 약 총 앞서 그동안
        통해 통한 위해 위한 대해 대한 관련 관련해 따라 따른 의해 의한 인해 인한 비해 대비
        있다 있는 있고 있어 있었다 있으며 있을 있습니다 있다는 있던 없다 없는 없이 없고 없었다 없을
        않다 않은 않는 않고 않았다 않을 않아 하다 한다 하는 하고 한 할 해 했다 했고 하며 합니다 했던
        되다 된다 된 될 되는 돼 됐다 되고 되어 이다 이었다 입니다 아니다 아닌 같은 같다 같이 있 없 않 되
    """.split()),
}
# Swahili: stopwords-iso's list lacks its relatives ("ambao", "ambayo", "ambapo"), most of its demonstratives
# ("hii", "huu", "hizi", "hao", "hayo", "hilo"), its possessives past the third person singular ("wetu", "yetu",
# "lao", "zao"), the conjunctions and adverbs news prose binds its clauses with ("au", "bali", "ingawa", "kabla",
# "tangu", "bado", "tayari", "kuhusu") and the pronouns ("sisi", "wewe", "ninyi").
ADDED_FUNCTION_WORDS["sw"] = frozenset("""
    au ambao ambayo ambapo ambaye ambako ambazo ambacho ambavyo ambalo hii huu hizi hawa hao hiki hicho hivi hayo
    haya hilo hili kile kule huko hapa humo vya wala bali ingawa kwani kabla tangu mpaka bado tayari kuhusu miongoni
    ndiyo ndio si sisi wewe ninyi nyinyi kwake kwao yetu wetu zetu letu chetu vyetu lake lao zao chake vyake
""".split())
# Danish: the package's list (Snowball's) lacks "ved" (at, by), "kan" and "må" (can, may), "får" and "fik", "før",
# "mellem", "uden", "siden", "gennem", the words of a question ("hvordan", "hvorfor", "hvem", "hvilke"), "nogen",
# "ingen", "hver", "flere", "mere", "allerede", "stadig", "endnu", "kun", "fordi", "mens", "selvom", "så", "samt",
# "blandt", "ifølge" and "vores", which every passage of a Danish story shares.
ADDED_FUNCTION_WORDS["da"] = frozenset("""
    ved kan må måtte får fik før mellem uden siden gennem langs hvordan hvorfor hvornår hvilken hvilket hvilke hvem
    nogen ingen intet hver hvert begge flere mest mere allerede stadig endnu kun bare sammen derfor fordi mens selvom
    så samt blandt ifølge bør burde vores jeres dens dets heller lige netop især
""".split())
# Estonian: stopwords-iso's list holds 35 words, without "ning" and "ka" (and, also), "aga", "kuid", "või", "sest",
# "nagu", the postpositions ("pärast", "üle", "vastu", "koos"), the adverbs of time ("juba", "veel", "nüüd") and the
# forms of "olema" (to be) and the pronouns news prose writes most ("olid", "tema", "nende", "kes", "mille").
ADDED_FUNCTION_WORDS["et"] = frozenset("""
    ning ka aga kuid või sest nagu kuni pärast enne üle alla vastu koos ilma juba veel ikka alles nüüd seal sinna
    siia tema teda temal nende neid nemad kes keda mille milles need olid olnud ole olema üks ühe iga mõni mõned
    mitte väga rohkem vaid ainult samuti
""".split())
# Filipino: stopwords-iso's Tagalog list holds "ang", "ng", "sa", "mga", "ni" but not the markers of names ("si",
# "sina", "nina", "kay", "kina"), the adverbial "nang", the enclitics every sentence writes ("daw", "raw", "rin",
# "naman", "lang", "muna", "po", "ba", "pala", "kasi"), "upang", "ngunit", "subalit", "pati", the words that say when
# ("noong", "nitong", "ngayong", "kanina"), nor the pronouns in their other forms ("natin", "ninyo", "niyo", "mo",
# "iyan", "rito", "roon"). Without them a short headline or a heading of Filipino reads as a list of names.
ADDED_FUNCTION_WORDS["tl"] = frozenset("""
    si sina nina kay kina nang daw raw rin ring din ding naman lang muna po ho ba pala kasi upang sapagkat ngunit
    subalit pati
    noong nitong ngayong kanina iyan diyan rito roon riyan natin nating ninyo niyo inyo mo niyon yung siyang silang
    kaniyang kaniya halos tuwing pinaka
""".split())
# Lithuanian: stopwords-iso's list holds the long and emphatic forms of its pronouns ("jisai", "anasai", "manasis")
# but not the forms news prose writes most: "į" and "už" (into, for), the forms of "to be" ("yra", "buvo", "bus",
# "nėra"), the pronouns in their cases ("jo", "jos", "jie", "jų", "juos", "jame", "joje"), the demonstratives and
# relatives in theirs ("šio", "šios", "to", "tų", "kurie", "kurių", "kuriame"), "visi" and its forms, and the adverbs
# of time that say when, never what ("jau", "dabar", "šiol", "vakar", "pernai", "šiemet"). Without them a short
# Lithuanian report was read as English.
ADDED_FUNCTION_WORDS["lt"] = frozenset("""
    į už yra buvo bus būti buvęs buvusi buvę esą nėra nebuvo nebus būtų
    jo jos jį ją jie jų jiems joms juos jas jam jai jame joje juose jose juo ja jais jomis
    šio šios šį šią šiam šiai šiame šioje šiuo šia šie šių šiuos šias šiems šioms šiais šiose šiuose
    to tą tų tuo tie tos toje tame tam tai tiems toms tuos tas tomis tais
    kurie kurių kurį kurią kurio kurios kuriam kuriai kuriame kurioje kuriuo kuria kuriuos kurias kuriems kurioms
    kuriais kuriomis kuriose kuriuose
    visi visų visus visa visą visos visoje visame visiems viską visko visai
    jau dabar šiol vakar šiandien rytoj pernai šiemet labai taip pat
""".split())
# Hebrew: the list holds "היה", "היתה" and "יהיה" but not the other forms of "to be" ("היו", "הייתה" as it is
# spelt today), nor "עוד", "כבר" (still, already), "כדי", "לפי", "אלא", "אולם", "מאוד", "ביותר", the pronouns written
# onto a preposition ("בו", "בה", "בהם"), "זו", "אחד" and "אחת" (one), which every passage shares.
ADDED_FUNCTION_WORDS["he"] = frozenset("""
    היו הייתה הייתי היינו יהיו תהיינה יהיו עוד כבר כדי לפי לדברי אלא אולם מאוד ביותר בו בה בהם בהן ממנו ממנה מהם
    אליו אליה אליהם זו אחד אחת כמה כלומר כיום
""".split())
# Ukrainian: the list holds "зі" but not "із" and "з" (with, from: one preposition in three spellings), nor "й" beside
# "і" (and), "має" and the other forms of "to have" that do a modal's work ("має бути", must be), "понад" (over), and
# the prepositions, conjunctions, pronouns and adverbs news prose binds its clauses with ("щодо", "тощо", "біля",
# "серед", "зокрема", "проте", "їхній").
ADDED_FUNCTION_WORDS["uk"] = frozenset("""
    із з й має мають мав мала мало мали матиме матимуть понад щодо тощо біля поблизу серед згідно відповідно
    окрім замість внаслідок завдяки протягом упродовж уздовж вздовж наприкінці навпроти
    уже вже же би бо проте утім тобто зокрема нині наразі навіть однак
    їхній їхня їхнє їхні їхнього їхньої їхньому їхніх їхнім їхніми нього неї ньому ній нею ним них ними
    якій якому якою яким якими якого якої яку яке котрий котра котре котрі цій цією цьому тієї тій тією тим той
    свій своя свого своєї своєму своїй своїм своєю своїми своїх
    було були буде будуть є був була бути
""".split())
# Turkish: the list's letters were read in the wrong code page (ISO 8859-9 as Latin-1: "altmýþ", "þey", "bazý"
# for "altmış", "şey", "bazı"), and it lacks the postpositions, conjunctions and auxiliaries news prose is made of
# ("olarak", "göre", "kadar", "sonra", "değil", "olan", "ancak"), the demonstratives and pronouns in their cases
# ("bunlar", "onun", "şöyle") and the adverbs that bind a clause ("artık", "hâlâ", "yine").
ADDED_FUNCTION_WORDS["tr"] = frozenset("""
    o bunlar şunlar onlar bunların onların bunları onları bunlara onlara onun ona onu ondan onda bizim sizin
    kendi kendisi kendisine kendini kendileri birbirine şöyle böyle öyle şimdi artık hâlâ hala yine gene zaten
    olarak olan olduğu olduğunu olması olmak oldu olur olacak olup değil değildir idi imiş iken
    göre kadar sonra önce beri dolayı itibaren karşı rağmen üzere doğru başka diğer aynı bazı birçok birkaç
    ancak fakat lakin oysa yoksa hatta bile dahi ayrıca ise ki mi mı mu mü ya ve veya de da
    her hiç tüm bütün çok az daha en pek gibi için ile üzerine hakkında arasında içinde sırasında yani
    şu şunu şuna şunun şey şeyi şeyler nasıl neden niye hangi kaç
""".split())
# Romanian: the package's list is written without the language's marks ("si", "in", "ca", "dupa", "pana"), so the
# words as Romanian writes them ("și", "în", "că", "după", "până") were content words, shared by every passage.
# Each of its words as written with its marks (the older spelling with "î" inside a word too: "cînd", "sînt"), and
# the words news prose binds its clauses with that the list lacks: the article and demonstratives in their cases
# ("acestei", "celui"), the forms of "to be" and "to have" that make its tenses ("fost", "fiind", "erau", "aveau"),
# the prepositions written onto an article ("printr-o": "printr"), "niciun", "fiecare", "deoarece", "față" only in
# "față de" being a content word as often as not (face) and so left out. A text may write "ș" and "ț" with a comma
# below (as the language's standard has it) or with a cedilla ("ş", "ţ", as older keyboards typed them): both are
# looked up (``VARIANT_LETTERS``).
ADDED_FUNCTION_WORDS["ro"] = frozenset("""
    aceeași același aceiași același aceștia această acestei acestui acestor acestora acesteia acestuia acelei
    acelui acelor acelora celui celei celorlalți celorlalte ceilalți celelalte adică alături alți alții alte
    așa astăzi atât atâta atâtea atâția atâtor atît atîta atîtea atîția aș ați
    când căreia cărora căruia cărei căror cărui cât câtă câte câteva câțiva câți către cînd cît cîtă cîte
    cîteva cîțiva cîți că căci dacă decât decît degrabă deși deoarece fiindcă întrucât întrucît încât încît
    după fără îi îl îmi în înainte înaintea înapoi încă însă într într-o într-un printr-o printr-un între își îți
    iară mă multă mulți
    niciodată niciun nicio niciunei niciunui niște noștri voștri nouă vouă păi până pînă parcă puțin puțini
    puțină să săi său sa sale și sînt sîntem sunteți sînteți ești e ți toată toți totuși vă
    fiecare fiecărui fiecărei oricare printr printre dinspre datorită împotriva lângă lîngă
    fost fiind fie erau eram fusese aveau avea avem aveți vom veți vei
""".split())
# Modern Greek's function words, written here as the language writes them: the package's Greek list is Ancient
# Greek's (breathing marks, "σ" for the final "ς": "αὐτόσ", "τῆσ", "καί"), of which modern text meets three words
# ("μετά", "κατά", "τι"), so a Greek text was read as English and its "και", "το", "θα", "της" were the words its
# passages shared most. The articles in every case; the personal, weak, demonstrative, relative, interrogative and
# indefinite pronouns; the prepositions and those fused with the article ("στο", "στην", "στους"); conjunctions and
# particles ("θα", "να", "δεν", "μην"); adverbs of degree, place and time that bind a clause; and the auxiliaries
# and modals in the forms news prose writes ("είναι", "ήταν", "έχει", "μπορεί", "πρέπει"). Compared folded
# (``greek_folded``): without accents, in lower case, the final "ς" as "σ".
GREEK_FUNCTION_WORDS = frozenset("""
    ο η το οι τα του της των τον την τη τους τις ένας ενός έναν ένα μια μία μιας
    στο στον στη στην στα στου στης στων στους στις σε σ απ κ
    εγώ εσύ αυτός αυτή αυτό αυτοί αυτές αυτά αυτού αυτής αυτών αυτόν αυτήν αυτούς εμείς εσείς
    μου σου μας σας με μένα εμένα εσένα εμάς εσάς
    εκείνος εκείνη εκείνο εκείνοι εκείνες εκείνα εκείνου εκείνης εκείνων εκείνον εκείνους
    τέτοιος τέτοια τέτοιο τέτοιοι τέτοιες τέτοιου τέτοιας τέτοιων τέτοιον τέτοιους
    οποίος οποία οποίο οποίοι οποίες οποίου οποίας οποίων οποίον οποίους
    όποιος όποια όποιο όποιοι όποιες όσος όση όσο όσοι όσες όσα όσων
    ποιος ποια ποιο ποιοι ποιες ποιου ποιας ποιων ποιον ποιους που πού τι τί πώς πως πότε γιατί
    κάποιος κάποια κάποιο κάποιοι κάποιες κάποιου κάποιας κάποιων κάποιον κάποιους κάτι κανείς κανένας
    καμία καμιά κανένα κανενός καθένας καθεμία καθένα κάθε
    όλος όλη όλο όλοι όλες όλα όλου όλης όλων όλον όλους
    άλλος άλλη άλλο άλλοι άλλες άλλα άλλου άλλης άλλων άλλον άλλους
    ίδιος ίδια ίδιο ίδιοι ίδιες ίδιου ίδιας ίδιων ίδιον ίδιους
    εαυτός εαυτό εαυτού εαυτούς εαυτών
    από για με προς χωρίς κατά μετά παρά ως έως μέχρι αντί υπό υπέρ διά δια εκ εξ εν πριν μεταξύ λόγω
    μέσω εναντίον ανάμεσα εντός εκτός σύμφωνα μέσα έξω πάνω κάτω πίσω μπροστά δίπλα γύρω απέναντι κοντά
    και κι ή ούτε μήτε είτε αλλά όμως ενώ αν εάν όταν ότι επειδή αφού καθώς ώστε ωστόσο μα λοιπόν δηλαδή
    όπως όπου ενώ εφόσον μόλις προτού ώσπου επίσης άρα οπότε παρόλο παρότι
    θα να ας δεν δε μην μη ναι όχι
    ήδη πια μόνο μόνον πολύ πολλά πολλοί πολλές πιο λίγο τόσο πάλι ξανά εδώ εκεί τώρα τότε πάντα ποτέ
    ακόμη ακόμα μάλιστα σχεδόν περίπου ίσως βέβαια πάντως επομένως εντούτοις
    είναι είμαι είσαι είμαστε είστε ήταν ήμουν ήσουν ήμασταν ήσασταν ήτανε υπήρξε υπάρχει υπάρχουν υπήρχε
    υπήρχαν έχει έχω έχεις έχουμε έχετε έχουν είχε είχα είχες είχαμε είχατε είχαν έχοντας
    μπορεί μπορούν μπορούσε μπορούσαν πρέπει πρόκειται
""".split())
# The languages whose lists are our own or another package's, not the ``stop-words`` package's.
OWN_FUNCTION_WORDS = {"el": lambda: GREEK_FUNCTION_WORDS}
# Serbian: stopwords-iso keeps no list for it, and its Croatian list lacks the words Serbian writes its own way (the
# "jat" vowel as "e": "gde", "pre", "posle", "uvek", "dve"; "šta", "takođe", "kod", "umesto") and many a news text
# binds its clauses with ("tokom", "između", "prema", "posle", "zbog", "oko", "koga", "čiji", "svaki", "biće"). Our
# own list, the Croatian one's words and these, in Latin letters; each is looked up in Cyrillic too
# (``function_words``: "је", "због", "између").
SERBIAN_FUNCTION_WORDS = frozenset("""
    gde ovde onde negde nigde svugde pre posle uvek takođe šta nešto ništa neko niko nekoga nikoga nečega ničega
    dve dvema ovaj ovog ovoga ovom ovoj ovim ove ovi ovih onaj onog onoga onom onoj onim one oni onih tog toga tom
    tim tih tu tamo taj ta to ti te kod kad kada dok iako jer pošto ukoliko ipak već još samo čak oko između
    preko prema tokom bez protiv osim zbog radi umesto ispod iznad ispred iza pored kroz među nakon sve svi svih
    svim svima svaki svaka svako svakog svakom sav sva bio bila bilo bili bile biće biti će ćemo ćete ću hoće
    nije nisu jesu je su sam smo ste si jeste može mogu mogao mogla moglo mogli mora moraju treba trebalo
    kao kako koji koja koje kojeg kojega kojem kojoj kojim kojih kojima koju čiji čija čije čijeg koga kome čemu
    njegov njegova njegovo njegove njegovog njen njena njeno njene njenog njihov njihova njihovo njihove
    njihovog ih im ga mu joj ju nam vam ne ni li da i a ali ili pa niti o u na za od do iz sa s po pod nad uz k
    ka sebe sebi se već tada sada jedan jedna jedno jednog jednom jednoj takav takva takvo takve
""".split())


def serbian_function_words() -> frozenset[str]:
    return iso_function_words("hr") | SERBIAN_FUNCTION_WORDS


OWN_FUNCTION_WORDS[SERBIAN] = serbian_function_words
THAI = "th"


def thai_function_words() -> frozenset[str]:
    """Thai's function words: PyThaiNLP's list (imported on first use), the repetition mark alone left out."""
    from pythainlp.corpus import thai_stopwords

    return frozenset(word.strip("\ufeff") for word in thai_stopwords()) - {"ๆ", ""}


OWN_FUNCTION_WORDS[THAI] = thai_function_words
BENGALI = "bn"
# Bengali's list in the ``stopwordsiso`` package (stopwords-iso) holds a few content words among its pronouns,
# postpositions, auxiliaries and light verbs: "বন" (forest), "উত্তর" (north, answer), "কাজ" (work), "নতুন" (new),
# "চালু" (running, opened), "প্রাথমিক" (primary), which a story's passages share as they share its subject.
BENGALI_CONTENT_WORDS = frozenset("বন উত্তর কাজ কাজে নতুন চালু প্রাথমিক".split())


def bengali_function_words() -> frozenset[str]:
    """Bengali's function words: the ``stopwordsiso`` package's list (imported on first use), its content words
    left out (``BENGALI_CONTENT_WORDS``)."""
    import stopwordsiso

    return frozenset(stopwordsiso.stopwords(BENGALI)) - BENGALI_CONTENT_WORDS


OWN_FUNCTION_WORDS[BENGALI] = bengali_function_words


# Words the ``stop-words`` package lists as function words though they are content words, which a story's
# passages share as they share its subject. Its Arabic list is drawn from news wires and holds their verbs ("قال",
# "أكد", "أعلنت"), nouns ("إعادة", "قوة", "زيارة", "وقف", "عدد", "إطار"), numbers, dates and words of time and
# the names of agencies ("برس", "لوكالة"): read as function words, and found again behind a conjunction or a
# preposition ("وإعادة", "لوقف", "بقوة"), they dropped what a passage was about from its terms. The list keeps its
# pronouns, prepositions, conjunctions, particles, demonstratives, relative pronouns and auxiliaries ("كان",
# "يكون", "تم", "يمكن"). Spelt as the list spells them, and compared in their looked-up form (``lookup_form``).
REMOVED_FUNCTION_WORDS = {
    # Its Slovak list holds English words ("and", "for", "of", "the") and a Czech one ("tě", you), which count for
    # Slovak in any English or Czech text.
    "sk": frozenset("and for of the tě".split()),
    # Its Finnish list holds "olli", a man's given name (a misspelt "ollut", been): a sentence opening on "Olli"
    # lost him from the name.
    "fi": frozenset({"olli"}),
    # Its Hindi list holds "घर" (home) and "वर्ग" (class, category), content words of any story about a family or
    # a school.
    "hi": frozenset("घर वर्ग".split()),
    # Its Korean list holds verbs ("구토하다", to vomit; "도착하다", to arrive; "타다", to ride or burn), nouns
    # ("시간", "시각", time; "전자", electronics; "타인", others) and the Sino-Korean numerals, each also a noun ("사",
    # company; "구", district; "팔", arm; "육", land), which a story's passages share as they share its subject.
    "ko": frozenset("""
        구토하다 토하다 도착하다 도달하다 오르다 타다 놀라다 향하다 비슷하다 메쓰겁다 연관되다 시작하여
        시간 시각 전자 양자 타인 옆사람 자기집 소생 소인 년 월 일 삼 사 오 육 륙 칠 팔 구 령 영
    """.split()),
    # stopwords-iso's lists of the languages it alone keeps hold a few content words: Swahili's "sauti" (voice),
    # "kubwa", "mkubwa" (big), "mdogo" (small), "muda" (time), "kima" and the fragments "ng" and
    # "nonkungu"; Slovene's months, weekdays, "dan" (day), "danes" (today), "leto" (year), "stran" (side, page),
    # its adjectives ("dober", "lep", "velik", "kratek", "odprt", "prazen") and initials standing alone ("b", "c",
    # "d"); Tagalog's "lima" (five, and Peru's capital), "mahusay" (excellent), "panahon" (time, weather),
    # "paraan" (way), "likod" (back); Afrikaans "dag" (day); Somali "albaabkii" (the door); Yoruba "ọjọ́" (day);
    # Esperanto "doktoro" (doctor). Swahili's "watu" (people) stays: it is the noun every count of persons writes
    # ("watu wanne", four people; "watu 2,100"; "watu wengi"), where English writes the figure alone, and shared by
    # every passage of a report it joined passages of unlike sub-topics.
    "sw": frozenset("sauti kubwa mkubwa mdogo muda kima ng nonkungu".split()),
    "sl": frozenset("""
        januar februar marec april maj junij julij avgust september oktober november december ponedeljek torek
        sreda četrtek petek sobota nedelja dan danes jutri nocoj datum leto mesec stran stvar primer reč gospa gospod
        halo pozdravljen pozdravljeni dober dobra dobri dobro lep lepa lepe lepi lepo velik velika veliki majhen
        majhna majhni kratek kratka kratke kratki dolg dolga dolgi visok slab težak težka težki odprt odprta odprti
        prazen prazna prazno poln polna polni polno pripravljen pripravljena pripravljeni srednja srednji prava prave
        pravi pravo narobe b c d f g h j l m n p r t
    """.split()),
    "tl": frozenset("lima mahusay panahon paraan likod palabas katiyakan".split()),
    "af": frozenset({"dag"}),
    "so": frozenset({"albaabkii"}),
    "yo": frozenset({"ọjọ́"}),
    "eo": frozenset({"doktoro", "doktor'"}),
    "ar": frozenset("""
        اثر اجل اطار اعادة اعلنت اكد الاخيرة الاول الاولى الثاني الثانية الذاتي السابق الماضي المقبل الوقت
        اليوم امس اول ايار ايام باسم برس بن زيارة سنة سنوات شخصا صباح عام عاما عدد غدا قال قوة كلم لقاء للامم
        لوكالة مايو مساء نهاية واضاف واضافت واكد واوضح وقال وقالت وقف يوم و6
        اربعة ثلاثة واحد عشر عشرة الف مليار مليون صفر
    """.split()),
}
# Arabic writes a hamza on or under an alef, or a madda over it, or an alef wasla, or leaves it out ("إلى" and
# "الى", "أن" and "ان"), and a page may write the short vowels and stretch a word with a tatweel; the ``stop-words``
# list spells its words bare. ``arabic_folded`` is the one form in which Arabic words are compared, here and by the
# furniture rules, the labels and the attribution: without vowel marks, Quranic marks and tatweel, with one alef.
# The alef maqsura and the ta marbuta are not folded: the list spells its words both ways ("في" and "فى", "التي" and
# "التى"), and the maqsura folded would make the name "علي" the preposition "على".
ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
ONE_ALEF = str.maketrans("أإآٱ", "اااا")


def arabic_folded(text: str, alef: bool = True) -> str:
    """``text`` with its Arabic vowel marks, Quranic marks and tatweel left out and, unless ``alef`` is false, its
    hamza on or under an alef, its madda and its alef wasla written as a bare alef ("أكّد": "اكد")."""
    text = ARABIC_MARKS.sub("", text)
    return text.translate(ONE_ALEF) if alef else text


# Hindi sites spell one word two ways: a nasal vowel with the chandrabindu or with the anusvara ("यहाँ" and
# "यहां", "पहुँचे" and "पहुंचे"), and the consonants of Persian and English loans with the nukta or without it
# ("ज़िला" and "जिला", "फ़ैसला" and "फैसला"), the nukta written as its own mark or within the letter (U+095B is
# "ज" with it). ``hindi_folded`` is the one form in which Hindi words are compared: the anusvara for the
# chandrabindu, the letters without the nukta.
CHANDRABINDU, ANUSVARA, NUKTA = "\u0901", "\u0902", "\u093c"
NUKTA_LETTERS = str.maketrans({"\u0958": "क", "\u0959": "ख", "\u095a": "ग", "\u095b": "ज", "\u095c": "ड",
                               "\u095d": "ढ", "\u095e": "फ", "\u095f": "य", CHANDRABINDU: ANUSVARA, NUKTA: None})


def hindi_folded(text: str) -> str:
    """``text`` with its chandrabindu written as the anusvara and its letters without the nukta ("यहाँ": "यहां",
    "ज़िला": "जिला")."""
    return text.translate(NUKTA_LETTERS)


# Greek writes its accents on the lower-case letters and leaves them off the capitals ("ΣΤΗΝ", "Στην",
# "ΚΕΡΑΜΟΒΡΥΣΗ" and "Κεραμόβρυση"), and a word's last sigma as "ς": ``greek_folded`` is the one form in which Greek
# words are compared, without accents or diaeresis, in lower case, with one sigma ("Είναι": "ειναι", "της": "τησ").
GREEK_MARKS = re.compile("[\u0300-\u036f]")
FINAL_SIGMA = str.maketrans("ς", "σ")


@functools.lru_cache(maxsize=100_000)
def greek_folded(text: str) -> str:
    """``text`` without accents, breathings and diaeresis, in lower case, its final sigma written "σ"."""
    return GREEK_MARKS.sub("", unicodedata.normalize("NFD", text)).lower().translate(FINAL_SIGMA)


# Persian writes its own "ی" and "ک" where Arabic writes "ي" (and "ى") and "ك": a page typed on an Arabic keyboard
# writes the Persian words with the Arabic letters ("كارگر" for "کارگر", "ميليون" for "میلیون"), and some sites do
# throughout. And it writes a zero-width non-joiner inside a word, between its parts ("خصوصی‌سازی", "می‌شود"), which
# other pages leave out or write as a space. ``persian_folded`` is the one form in which Persian words are compared:
# with the Persian letters, without vowel marks, tatweel and the non-joiner, with one alef.
ZWNJ = "\u200c"
PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", ZWNJ: None})


def persian_folded(text: str) -> str:
    """``text`` with Arabic "ي", "ى" and "ك" written as Persian "ی" and "ک", without the zero-width non-joiner, vowel
    marks and tatweel, with one alef ("كارخانه‌ها": "کارخانهها")."""
    return arabic_folded(text).translate(PERSIAN_LETTERS)


# Bengali writes three letters with the nukta two ways: as one character ("য়", U+09DF; "ড়", "ঢ়") or as the letter
# and the nukta ("য" + "়"), which is how Unicode normalises them; sites, and the stopwords-iso list, write both
# ("হয়েছে"). ``bengali_folded`` is the one form in which Bengali words are compared: the letter and the nukta.
BENGALI_NUKTA_LETTERS = str.maketrans({"\u09dc": "\u09a1\u09bc", "\u09dd": "\u09a2\u09bc", "\u09df": "\u09af\u09bc"})


def bengali_folded(text: str) -> str:
    """``text`` with its letters "ড়", "ঢ়", "য়" written as the letter and the nukta (as Unicode normalises them)."""
    return text.translate(BENGALI_NUKTA_LETTERS)


PERSIAN, HEBREW, UKRAINIAN = "fa", "he", "uk"
LOOKUP_FOLDS = {"ar": arabic_folded, "fa": persian_folded, "hi": hindi_folded, "el": greek_folded,
                BENGALI: bengali_folded, "ur": persian_folded}
VIETNAMESE = "vi"
# The letters each fold changes are written in its script alone: a text with none of them has nothing to fold.
FOLDED_SCRIPTS = {"ar": re.compile("[\u0600-\u06ff]"), "fa": re.compile("[\u0600-\u06ff]"),
                  "ur": re.compile("[\u0600-\u06ff]"),
                  "hi": re.compile("[\u0900-\u097f]"), "el": re.compile("[\u0370-\u03ff\u1f00-\u1fff]"),
                  BENGALI: re.compile("[\u0980-\u09ff]")}
# Conjunctions and prepositions of one letter that Arabic writes onto the word after them ("فقد", "وإن", "بأن",
# "لما", "كما"), a conjunction before a preposition ("وبما"): a function word behind them is a function word still.
# What is left must be two letters or more ("وا" is no "و" and "ا"), and a function word of the language's own list
# (``function_words``), never a content word a caller skips.
ARABIC_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
# Hebrew writes its conjunction "ו", its relative "ש" (and "כש", when), its prepositions "ב", "ל", "מ", "כ" and its
# article "ה" onto the word after them, in that order ("ושהמפעל": and that the plant; "בגבעת": in Givat; "מהמועצה":
# from the council): each sequence they make, longest first.
HEBREW_PROCLITICS = tuple(sorted({conjunction + relative + preposition for conjunction in ("", "ו")
                                  for relative in ("", "ש", "כש")
                                  for preposition in ("", "ב", "ל", "מ", "כ", "ה", "מה")} - {""},
                                 key=lambda prefix: (-len(prefix), prefix)))
PROCLITICS = {"ar": ARABIC_PROCLITICS, "he": HEBREW_PROCLITICS}


# The letters of a list read in the wrong code page, put back: the package's Turkish list was written in ISO 8859-9
# and read as Latin-1, where its "ı", "ş", "ğ" are "ý", "þ", "ð" (letters Turkish never writes).
MISREAD_LISTS = {"tr": str.maketrans("ýþðÝÞÐ", "ışğİŞĞ")}
# stopwords-iso's Lithuanian list was written in Windows-1257 and read as Latin-1, where its "ą", "č", "ę", "ė", "į",
# "š", "ų", "ū", "ž" are "à", "è", "æ", "ë", "á", "ð", "ø", "û", "þ" ("að" for "aš", "dël" for "dėl").
MISREAD_LISTS["lt"] = str.maketrans("àèæëáðøûþ", "ąčęėįšųūž")
# The package's Hungarian list was written in ISO 8859-2 and read as Latin-1 for its two letters Latin-1 lacks:
# its "ő" and "ű" are "õ" and "û" ("elõtt", "õk" for "előtt", "ők"), letters Hungarian never writes.
MISREAD_LISTS["hu"] = str.maketrans("õûÕÛ", "őűŐŰ")
# Letters a language writes two ways, each of whose function words is listed in both spellings: Romanian "ș" and "ț"
# with a comma below, as its standard has it, or with a cedilla ("ş", "ţ"), as older keyboards and fonts typed them.
VARIANT_LETTERS = {"ro": str.maketrans("șțȘȚ", "şţŞŢ")}


def language_name(language: str) -> str:
    """The English name of ``language`` (an ISO 639-1 code) as the ``stop-words`` and Snowball packages spell it
    ("ru": "russian", "sr": "serbian"); the code itself when neither knows it."""
    from stop_words import LANGUAGE_MAPPING

    return LANGUAGE_MAPPING.get(language) or OTHER_NAMES.get(language, language)


# The names of languages the ``stop-words`` package keeps no list for, as Snowball names its algorithms.
OTHER_NAMES = {SERBIAN: "serbian"}


def iso_function_words(language: str) -> frozenset[str]:
    """The function words of ``language`` in the ``stopwordsiso`` package (imported on first use), in lower case."""
    import stopwordsiso

    return frozenset(straight_apostrophes(word.lower()) for word in stopwordsiso.stopwords(language))


@functools.cache
def function_words(language: str) -> frozenset[str]:
    """The function words of ``language`` (an ISO 639-1 code), in lower case, each as written and in the form it is
    looked up in (``lookup_form``); empty for a language without a list."""
    from stop_words import StopWordError, get_stop_words

    added = ADDED_FUNCTION_WORDS.get(language, frozenset())
    try:
        # The package's Hebrew list holds its words in quotes, with a comma: '"אבל",'; its Slovak list opens on a
        # byte-order mark, written onto its first word ("\ufeffa", and).
        listed = frozenset(straight_apostrophes(word.strip(" '\",\ufeff").lower())
                           for word in get_stop_words(language)) \
            if language not in OWN_FUNCTION_WORDS else OWN_FUNCTION_WORDS[language]()
    except StopWordError:
        listed = iso_function_words(language) if language in ISO_LISTED_LANGUAGES else frozenset()
    if language in MISREAD_LISTS:
        listed = frozenset(word.translate(MISREAD_LISTS[language]) for word in listed)
    words = listed | added
    if language in LOOKUP_FOLDS:
        # The list's tatweel ("ـ") folds to nothing, which is no word.
        words |= {lookup_form(word, language) for word in words} - {""}
    if language in VARIANT_LETTERS:
        words |= {word.translate(VARIANT_LETTERS[language]) for word in words}
    if language in DIGRAPHIC_LANGUAGES:
        words |= {serbian_cyrillic(word) for word in words}
    removed = REMOVED_FUNCTION_WORDS.get(language, frozenset())
    if removed:
        removed = removed | {lookup_form(word, language) for word in removed}
        words = frozenset(word for word in words if word not in removed and lookup_form(word, language) not in removed)
    return words


# Turkish and Azerbaijani write a dotted and a dotless "i" in both cases: "İ" is "i" in lower case and "I" is "ı"
# ("İSTANBUL", "IĞDIR"). Lower case elsewhere writes "İ" as "i" with a combining dot ("i̇"), a letter no word is
# looked up by.
DOTTED_I_LANGUAGES = frozenset({"tr", "az"})
DOTTED_I = str.maketrans({"İ": "i", "I": "ı"})
COMBINING_DOT = "\u0307"


# Serbian is written in two alphabets: Cyrillic (its public broadcaster's and some dailies') and Latin (most
# portals'), letter for letter the same language, so that one story's outlets write "мост" and "most", "Дрењевцу"
# and "Drenjevcu". Its words are compared in Latin letters: the standard's own one-to-one mapping (Vuk's Cyrillic and
# Gaj's Latin), where three Cyrillic letters are two Latin ones ("љ" lj, "њ" nj, "џ" dž). Macedonian's three letters
# of its own ("ѓ", "ќ", "ѕ") are written as its Latin writes them. Only for a text read as Serbian
# (``DIGRAPHIC_LANGUAGES``): Russian, Ukrainian and Bulgarian are other languages in another Cyrillic, whose words
# meet no Latin spelling, and a Latin "c" is no Cyrillic "ц" there.
SERBIAN_CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџшѓќѕ"
SERBIAN_LATIN = ("a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š gj kj dz").split()
SERBIAN_LETTERS = tuple(zip(SERBIAN_CYRILLIC, SERBIAN_LATIN, strict=True))
TO_SERBIAN_LATIN = str.maketrans({**dict(SERBIAN_LETTERS),
                                  **{cyrillic.upper(): latin.capitalize() for cyrillic, latin in SERBIAN_LETTERS}})
# The letters only Serbian (and Macedonian and Montenegrin) write among the Cyrillic alphabets: a text with none of
# them is no Serbian Cyrillic to fold.
SERBIAN_CYRILLIC_LETTERS = re.compile("[јљњћђџЈЉЊЋЂЏ]")
# The languages whose texts are compared in one of their two alphabets (``lower``).
DIGRAPHIC_LANGUAGES = frozenset({SERBIAN})


# Serbian's own thirty letters (not Macedonian's three), each Latin letter of one letter back to its Cyrillic one.
TO_SERBIAN_CYRILLIC = str.maketrans({latin: cyrillic for cyrillic, latin in SERBIAN_LETTERS[:30] if len(latin) == 1})
SERBIAN_DIGRAPHS = (("dž", "џ"), ("lj", "љ"), ("nj", "њ"))


def serbian_cyrillic(word: str) -> str:
    """A Serbian word in lower-case Latin letters written in Cyrillic ("između": "између", "njih": "њих"): how a
    function word of the list is written in a Cyrillic text."""
    for latin, cyrillic in SERBIAN_DIGRAPHS:
        word = word.replace(latin, cyrillic)
    return word.translate(TO_SERBIAN_CYRILLIC)


def serbian_latin(text: str) -> str:
    """``text`` with its Serbian Cyrillic written in Latin letters ("Дрењевцу": "Drenjevcu", "ЉУДИ": "LjUDI");
    its Latin letters and any other script as they are."""
    return text.translate(TO_SERBIAN_LATIN)


def lower(text: str, language: str | None = None) -> str:
    """``text`` in lower case as ``language`` writes it (``lower_as_written``), and a Serbian text in Latin letters,
    whichever alphabet it is written in (``DIGRAPHIC_LANGUAGES``, ``serbian_latin``): the form words are compared in,
    never the one a reader is shown."""
    text = lower_as_written(text, language)
    return serbian_latin(text) if language in DIGRAPHIC_LANGUAGES else text


def lower_as_written(text: str, language: str | None = None) -> str:
    """``text`` in lower case as ``language`` writes it, in its own alphabet: Turkish "I" is "ı" and "İ" is "i"; in
    any language the combining dot lower case leaves on an "i" from an "İ" is left out ("DERVİŞGÖL": "dervişgöl")."""
    if language in DOTTED_I_LANGUAGES:
        text = text.translate(DOTTED_I)
    text = text.lower()
    return text.replace("i" + COMBINING_DOT, "i") if COMBINING_DOT in text else text


# Vietnamese writes a syllable's tone mark in two places: on the first vowel of "oa", "oe" and "uy" when no
# consonant ends the syllable (the older style, "hóa", "thủy", "hòe") or on the second (the newer, "hoá", "thuỷ",
# "hoè"); sites, and one site's writers, write both. ``vietnamese_folded`` writes the mark on the second vowel, as
# both styles do when a consonant follows ("hoàn", "thuyền"), so that the two spellings of a syllable meet.
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
TONE_ON_FIRST_VOWEL = re.compile(f"([oO])([{TONE_MARKS}])([aAeE])|([uU])([{TONE_MARKS}])([yY])")


def vietnamese_folded(text: str) -> str:
    """``text`` with its tone marks on "oa", "oe" and "uy" written on the second vowel ("thủy": "thuỷ", "hóa":
    "hoá")."""
    decomposed = unicodedata.normalize("NFD", text)
    if not TONE_ON_FIRST_VOWEL.search(decomposed):
        return text
    moved = TONE_ON_FIRST_VOWEL.sub(lambda m: m.group(1) + m.group(3) + m.group(2) if m.group(1)
                                    else m.group(4) + m.group(6) + m.group(5), decomposed)
    return unicodedata.normalize("NFC", moved)


LOOKUP_FOLDS[VIETNAMESE] = vietnamese_folded
FOLDED_SCRIPTS[VIETNAMESE] = re.compile("[\u1ea0-\u1ef9ơưăđƠƯĂĐ]")
LOOKUP_FOLDS[SERBIAN] = serbian_latin
FOLDED_SCRIPTS[SERBIAN] = SERBIAN_CYRILLIC_LETTERS


def lookup_form(word: str, language: str | None) -> str:
    """``word`` as it is looked up among the function words of ``language``: in lower case (``lower``), with a
    straight apostrophe, and with the folds of its script (``LOOKUP_FOLDS``: Arabic's hamza and vowel marks, Hindi's
    chandrabindu and nukta, Vietnamese tone marks)."""
    word = straight_apostrophes(lower(word, language))
    folds = LOOKUP_FOLDS.get(language)
    if folds is None:
        return word
    return folds(word)


def is_function_word(word: str, language: str | None, words: frozenset[str] | None = None) -> bool:
    """Whether ``word`` is a function word of ``language`` (``words``: the set to look it up in, when the caller
    skips more than the language's list, English's too), its letters folded as the list's are and, in a language
    that writes its one-letter conjunctions and prepositions onto the next word (``PROCLITICS``), behind them."""
    if words is None:
        words = function_words(language) if language else frozenset()
    if word in words:
        return True
    if language not in LOOKUP_FOLDS and language not in PROCLITICS:
        return straight_apostrophes(lower(word, language)) in words
    form = lookup_form(word, language)
    if form in words:
        return True
    own = function_words(language)
    return any(form.startswith(clitic) and len(form) - len(clitic) >= 2 and form[len(clitic):] in words
               and form[len(clitic):] in own for clitic in PROCLITICS.get(language, ()))


def mostly_latin(text: str) -> bool:
    """Half or more of ``text``'s letters are Latin (the sample of a long text: its first ``LANGUAGE_SAMPLE``
    characters)."""
    sample = text[:LANGUAGE_SAMPLE]
    letters = sum(character.isalpha() for character in sample)
    return 2 * len(LATIN.findall(sample)) >= letters


@functools.cache
def _languages_of_word() -> dict[str, frozenset[str]]:
    """Each function word with the languages whose lists hold it, so that a text is counted in one pass."""
    languages: dict[str, set[str]] = {}
    for language in SPACED_LANGUAGES:
        for word in function_words(language):
            # Serbian's words in Cyrillic are counted in their Latin spelling, in a text that writes Serbian's own
            # letters (``language_of``): "на", "да", "и" are Russian's and Bulgarian's too.
            if language in DIGRAPHIC_LANGUAGES and not LATIN.search(word):
                continue
            languages.setdefault(word, set()).add(language)
    return {word: frozenset(found) for word, found in languages.items()}


# Chinese, Japanese and Korean are told by their scripts, where most of a text's letters are written in them (a
# Chinese or Korean page quotes English names, a Korean one a Han character or two: "與野"). Hangul is Korean's
# alone. Han is Chinese's and Japanese's: Japanese writes its particles and its verbs' endings in hiragana, a
# Japanese headline several of them ("霧沢線、運休長期化へ　土砂崩れで線路埋まる": へ, れ, で, る), Chinese none
# (a shop's "の" at most), so a text of Han and kana is Japanese when one of its Han and kana letters in
# ``HIRAGANA_SHARE`` is hiragana, or when most of them are katakana ("ニュース"); a Chinese text that names a Japanese
# shop or film in katakana ("优衣库（ユニクロ）") stays Chinese.
# Thai and Greek are told by their scripts too, which no other language writes today (Lao, Khmer and Myanmar write
# scripts of their own): a Greek menu, heading or byline holds no function word ("Ειδήσεις > Κοινωνία"), and would
# otherwise be read as English.
TAMIL = "ta"
# Tamil's function words, our own list (neither stop-word package keeps one): pronouns and demonstratives with their
# common case forms, postpositions and the particles and conjunctions written as words, the quotative and its
# forms, auxiliaries and modal verbs, and the quantity words. Case endings written onto a noun are no words here;
# the alignment strips them (``words``).
TAMIL_FUNCTION_WORDS = frozenset("""
    நான் நாம் நாங்கள் நீ நீங்கள் அவர் அவர்கள் அவன் அவள் அது அவை இது இவை இவர் இவர்கள் தான் தாம் தங்கள் தனது தமது
    அவரது இவரது அவருக்கு இவருக்கு அவர்களுக்கு அவரை இவரை அவர்களை அதை இதை அதில் இதில் அதன் இதன் அதற்கு இதற்கு
    அதனை இதனை அவற்றை இவற்றை அங்கு இங்கு அங்கே இங்கே அப்போது இப்போது அன்று இன்று எங்கு எப்போது யார் என்ன ஏன்
    எப்படி எந்த எது எவ்வளவு எத்தனை இந்த அந்த இந்தச் அந்தச் இந்தப் அந்தப் இந்தத் அந்தத் இந்தக் அந்தக் இத்தகைய
    மற்றும் அல்லது ஆனால் ஆனாலும் எனினும் இருப்பினும் ஏனெனில் எனவே ஆகவே அதனால் இதனால் என்பதால் மேலும்
    என்று என என்ற என்றும் எனவும் என்பது என்பதை என்னும் எனக் எனத் என்றார் என்றனர் என்கிறார் என்கின்றனர்
    போன்ற போல போல் போது போதும் பின்னர் பின் பிறகு முன் முன்பு முன்னர் வரை மூலம் குறித்து குறித்த பற்றி பற்றிய
    சார்பில் சார்பாக உள்ள உள்ளது உள்ளன உள்ளனர் இருந்து இருந்தது இருந்தன இருந்தனர் இருக்கும் இருக்கிறது இருந்த
    இருப்பது இல்லை இல்லாத வேண்டும் வேண்டிய முடியும் முடியாது கூட மட்டும் மட்டுமே மீண்டும் ஏற்கனவே ஏற்கெனவே
    ஒரு சில பல அனைத்து அனைவரும் எல்லா எல்லாம் ஆகிய ஆகியோர் ஆகியவை உட்பட இடையே மீது கீழ் மேல் அருகே அருகில்
    தொடர்ந்து ஆகும் ஆக ஆகி ஆன விட மிகவும் மிக தான் உம் ஆம் ஆகியோரும் நிலையில் காரணமாக பதிலாக மூலமாக வழியாக
    கொண்டு கொண்ட செய்து செய்த செய்யப்பட்டது செய்யப்பட்ட பட்டது பட்ட வந்த வந்து உடன் உடனே அதே இதே
""".split())


def tamil_function_words() -> frozenset[str]:
    return TAMIL_FUNCTION_WORDS


OWN_FUNCTION_WORDS[TAMIL] = tamil_function_words
# Tamil is told by its script (its vowels and consonants, U+0B85 to U+0BB9, without its vowel signs and the
# virama), which no other language of the news writes.
TAMIL_LETTERS = re.compile("[\u0b83\u0b85-\u0bb9]")
# Bengali is told by its script too (its letters in U+0980 to U+09FF, as the letters of a text are counted: without
# its vowel signs and digits), which Bengali
# writes and, of the languages of the news, Assamese alone beside it (with its own "ৰ" and "ৱ", for which no lists
# are kept): a Bengali text holds no function word of another list and was read as English.
CHINESE, JAPANESE, KOREAN, GREEK = "zh", "ja", "ko", "el"
URDU = "ur"
# Urdu is told from Persian and Arabic, whose script it writes, by the letters it adds to it: "ٹ", "ڈ", "ڑ" (its
# retroflex consonants), "ں" (its nasal), "ھ" (its aspiration), "ہ" and "ے" (its own heh and yeh): a sixth of an
# Urdu text's letters, none of a Persian or an Arabic one's. A text of that script with a twentieth of them is Urdu
# (Punjabi and Sindhi in that script write them too, and are read with it: the neighbours nearest them).
URDU_LETTERS = re.compile("[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u06d3]")
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
URDU_SHARE = 1 / 20
# Urdu's function words, our own list (the stop-words package keeps none, and stopwords-iso's Urdu list is written
# in a misread code page: "ثٌذی", "اپٌے"): its postpositions, written as words of their own (کے، کی، کا، میں، سے،
# نے، کو، پر), pronouns and demonstratives, conjunctions and particles, the forms of "to be", "to become" and
# "to go" that make its tenses and passive, light verbs and the compound postpositions.
URDU_FUNCTION_WORDS = frozenset("""
    کا کی کے کو نے میں سے پر تک تھا تھی تھے تھیں ہے ہیں ہوں ہو ہوا ہوئی ہوئے ہوئیں ہونا ہونے ہوتا ہوتی ہوتے گا گی گے
    اور یا کہ جو یہ وہ اس ان ای ایسے ایسی ایسا ویسے جیسے جیسا جیسی بھی تو ہی نہیں نہ مت کیا کیے کئے کی گیا گئی گئے
    گئیں جا جائے جائیں جائے گا جاتا جاتی جاتے جانے رہا رہی رہے رہیں کر کرتے کرتی کرتا کرنے کرکے کرنا لیے لئے ساتھ
    بعد پہلے قبل دوران دوران درمیان بغیر علاوہ طرف بارے متعلق مطابق تحت ذریعے سمیت جب تب اب پھر اگر مگر لیکن بلکہ
    کیونکہ چونکہ تاکہ جبکہ حالانکہ البتہ چنانچہ ورنہ ہم آپ میں تم مجھے ہمیں انہیں انہوں نے اسے اُسے اسی انہی اپنے
    اپنی اپنا ان کا ان کی ان کے اس کا اس کی اس کے جس جن جنہوں جنہیں جسے کسی کس کون کیا کیوں کیسے کہاں کب کتنا کتنی
    کتنے یہاں وہاں جہاں ادھر اُدھر سب تمام کچھ کوئی کئی ہر بہت زیادہ کم ایک دو والے والی والا والوں ذرا صرف
    ابھی بھر یعنی جی ہاں نیز وغیرہ
""".split())

# The names of the Latin letters as Urdu writes them, in which it spells an abbreviation out ("ٹی ایچ کیو", THQ;
# "ڈی آئی جی", DIG; "ایس ایچ او", SHO): A to Z but K, whose name "کے" is the postposition as often. The one table the
# claims' terms, the labels and the alignment's stop words read.
URDU_LETTER_NAMES = frozenset("""
    اے بی سی ڈی ای ایف جی ایچ آئی جے ایل ایم این او پی کیو آر ایس ٹی یو وی ڈبلیو ایکس وائی زیڈ
""".split())


def urdu_function_words() -> frozenset[str]:
    return URDU_FUNCTION_WORDS


OWN_FUNCTION_WORDS[URDU] = urdu_function_words
# Amharic, written in the Ethiopic script (fidel), which no other language of the corpus writes: told by its script
# (``script_language``). Its words are spaced (an older style prints the word separator "፡" between them); it closes a
# sentence with "።" and separates with "፣" and "፤". Prepositions and conjunctions are mostly written onto the word
# they govern (የ "of", በ "in, by", ከ "from, than", ለ "for", እንደ "as"), so the function words spaced on their own are
# postpositions, the copula and its past, conjunctions, demonstratives, pronouns and a few adverbs and quantities:
# our own list (the stop-words package keeps none).
AMHARIC = "am"
ETHIOPIC_LETTERS = re.compile("[\u1200-\u135a\u1380-\u138f\u2d80-\u2ddf\uab01-\uab2f]")
AMHARIC_FUNCTION_WORDS = frozenset("""
    ላይ ውስጥ ወደ ጋር ዘንድ በኩል በላይ በታች በፊት በኋላ ድረስ እስከ መካከል አጠገብ ያህል ገደማ ስለ እንደ ከ በ ለ የ
    እና ወይም ግን ነገር ደግሞ እንዲሁም እንዲሁ ሆኖም ቢሆንም ስለዚህ ስለሆነም በመሆኑም እንጂ እንኳ እንኳን ብቻ ጭምር ም
    ነው ናት ናቸው ነኝ ነህ ነሽ ነን ናችሁ ነበር ነበረ ነበሩ ነበረች አለ አሉ አለች አለው አላቸው የለም የሉም አልነበረም ሲሆን ሲሆኑ
    መሆኑን መሆኑ መሆኑም ሆነ ሆኗል ሆነዋል
    ይህ ይህን ይህም ይሄ ያ ያን ያም እነዚህ እነዚያ የዚህ የዚያ በዚህ በዚያ ለዚህ ከዚህ ከዚያ እዚህ እዚያ
    እኔ እኛ አንተ አንቺ እርስዎ እናንተ እሱ እሷ እሳቸው እነሱ እነርሱ የእሱ የእሷ የእነሱ ራሱ ራሷ ራሳቸው
    ሁሉ ሁሉም ሌላ ሌሎች ሌሎችም ብዙ ጥቂት አንዳንድ ማንኛውም ምንም ማን ምን የት መቼ ለምን እንዴት ስንት
    አሁን ገና ቀደም ዛሬ ትናንት ነገ ወዘተ
""".split())


def amharic_function_words() -> frozenset[str]:
    return AMHARIC_FUNCTION_WORDS


OWN_FUNCTION_WORDS[AMHARIC] = amharic_function_words
# Georgian, written in its own script (Mkhedruli; Mtavruli, its capitals, for headings in capitals; and the church
# scripts Asomtavruli and Nuskhuri), which no other language of the news writes: told by its script. Its words are
# spaced; its case endings and most postpositions are written onto the noun ("ჭიორეთში", in the town; "სოფლებს",
# to the villages), so the function words spaced on their own are conjunctions and particles, the postpositions
# written as words after a noun in the genitive ("შესახებ", about; "გამო", because of; "მიხედვით", according to),
# pronouns and demonstratives in their cases, the copula and the auxiliaries of having and modality, negations and a
# few adverbs of degree and time that bind a clause: our own list (neither stop-word package keeps one). A text read
# as English kept "და" (and), "რომ" (that) and "კი" as the terms every passage shares.
GEORGIAN = "ka"
GEORGIAN_LETTERS = re.compile("[\u10a0-\u10c5\u10d0-\u10fa\u10fc-\u10ff\u1c90-\u1cba\u1cbd-\u1cbf\u2d00-\u2d25]")
GEORGIAN_FUNCTION_WORDS = frozenset("""
    და ან თუ რომ მაგრამ თუმცა ხოლო კი თან ანუ არამედ ოღონდ თორემ რადგან რადგანაც ვინაიდან რათა ვიდრე როცა
    როდესაც სანამ თითქოს ხომ მაინც ასევე აგრეთვე ისიც ესეც ამიტომ ამიტომაც ამასთან ამასთანავე შესაბამისად კერძოდ
    შესახებ გამო მიერ მიმართ შემდეგ წინ მერე გარდა მიუხედავად ნაცვლად მსგავსად მიხედვით თანახმად დროს
    განმავლობაში მანძილზე ახლოს გვერდით შორის გარეშე წინააღმდეგ ირგვლივ მეშვეობით საშუალებით გასწვრივ ქვეშ
    ზემოთ ქვემოთ შიგნით გარეთ
    მე შენ ის ჩვენ თქვენ ისინი მან მას მის მისი მისმა მათ მათი მათმა ჩემი შენი ჩვენი თქვენი ჩემს ჩვენს
    თქვენს საკუთარი საკუთარ თავად თვითონ თავისი თავის
    ეს ეგ ამ იმ ამის იმის ამან იმან ამას იმას ამით იმით ამაზე იმაზე ამაში იმაში ესენი ამათ იმათ
    რა რის რისი რამ რით ვინ ვის ვისი ვინც ვისაც რაც რასაც რითაც რისთვისაც სადაც საიდანაც როგორც როგორ რატომ
    სად როდის რამდენი რამდენიმე რომელი რომელიც რომელსაც რომელმაც რომლის რომლებიც რომლებსაც რომლებმაც
    რომელშიც რომლითაც
    ყველა ყველაფერი ყოველი თითოეული ზოგი ზოგიერთი სხვა სხვადასხვა არავინ არაფერი ვიღაც რაღაც რამე რაიმე
    ვინმე ერთი ერთ
    არის იყო იყვნენ არიან იქნება იქნებიან ყოფილა ვარ ხარ ვართ ხართ იყოს აქვს აქვთ ჰქონდა ჰქონდათ ექნება
    უნდა შეიძლება შეუძლია შეეძლო შეუძლიათ
    არ ვერ ნუ არა აღარ ვეღარ არც დიახ
    უკვე ჯერ კიდევ ისევ ძალიან უფრო ყველაზე მხოლოდ თითქმის დაახლოებით აქ იქ ახლა მაშინ ისე ასე ისეთი ასეთი
""".split())


def georgian_function_words() -> frozenset[str]:
    return GEORGIAN_FUNCTION_WORDS


OWN_FUNCTION_WORDS[GEORGIAN] = georgian_function_words
# Armenian, written in its own alphabet (capitals U+0531 to U+0556, small letters U+0561 to U+0587), which no other
# language writes: told by its script, its function words stopwords-iso's list.
ARMENIAN = "hy"
ARMENIAN_LETTERS = re.compile("[\u0531-\u0556\u0561-\u0587\ufb13-\ufb17]")


def armenian_function_words() -> frozenset[str]:
    return iso_function_words(ARMENIAN)


OWN_FUNCTION_WORDS[ARMENIAN] = armenian_function_words
# Burmese, written in the Myanmar script (its consonants U+1000 to U+1021, its independent vowels U+1023 to U+102A and
# the great sa U+103F), which no other language of the news writes in its Unicode form: told by its script. It writes
# no space between words, only between phrases, and writes its particles onto the word before them ("ဈေးတွင်", in the
# market; "ဈေးသည်များ", traders; "ပြောကြားသည်", said): its function words are those particles and the few words it
# spaces that bind a clause, read in the syllables a run is split into (``newsdesk/importing/burmese.py``).
BURMESE = "my"
MYANMAR_LETTERS = re.compile("[\u1000-\u1021\u1023-\u102a\u103f]")
BURMESE_FUNCTION_WORDS = frozenset("""
    သည် သည့် ၏ နှင့် နဲ့ တွင် မှာ မှ က ကို ကိုလည်း သို့ အား ဖြင့် နေ ရန် ဖို့ အတွက် ကြောင့် လည်း ပင် သာ မူ ကမူ
    များ တို့ တွေ ခဲ့ ပြီ ပြီး မည် မယ် ပါ တယ် သော ဟု လို့ ၍ ပြီးနောက် သော်လည်း သို့သော် ထို ဤ ယင်း ၎င်း
    ဖြစ် ရှိ မ ကြ ရ နိုင် လျှင် ပါက အနက် အရ ခန့် ကျော် နီးပါး
""".split())

# Languages whose verb closes the sentence, an imperative too: a page's note ends on its prompt ("… Like လုပ်ပါ။", do
# like … on Facebook) where English opens on it ("Like us on Facebook."); Malayalam's live page closes its note on the
# verb ("… ഈ പേജ് പുതുക്കും.", this page will be refreshed).
VERB_FINAL = frozenset({BURMESE, "ml"})


def burmese_function_words() -> frozenset[str]:
    return BURMESE_FUNCTION_WORDS


OWN_FUNCTION_WORDS[BURMESE] = burmese_function_words
# Khmer, written in the Khmer script (its consonants U+1780 to U+17A2 and its independent vowels U+17A3 to U+17B3),
# which no other language of the news writes: told by its script. It writes no space between words, only between
# phrases and sentences, and ends a sentence on its full stop "។": its function words are the particles, prepositions
# and conjunctions that bind a clause, as a phrase set apart by spaces may open or close on them.
KHMER = "km"
KHMER_LETTERS = khmer.CONSONANT_OR_INDEPENDENT_VOWEL
KHMER_FUNCTION_WORDS = frozenset("""
    នៅ និង ជា ដែល បាន ថា នេះ នោះ របស់ ក្នុង ពី ទៅ មក ដើម្បី ហើយ ប៉ុន្តែ តែ ដោយ ក៏ ទេ មិន ពុំ នឹង ត្រូវ គឺ ឬ ទាំង
    ផង ដែរ ទៀត ចំពោះ លើ តាម រួច កំពុង ខណៈ បើ ប្រសិនបើ ព្រោះ ដូច្នេះ នូវ ឲ្យ អោយ ដល់ យ៉ាង នៃ ចំនួន ប្រមាណ ជាង ជិត
    គាត់ ខ្ញុំ យើង គេ ពួកគេ វា
""".split())


def khmer_function_words() -> frozenset[str]:
    return KHMER_FUNCTION_WORDS


OWN_FUNCTION_WORDS[KHMER] = khmer_function_words
# Sinhala, written in its own script (its independent vowels U+0D85 to U+0D96 and its consonants U+0D9A to U+0DC6),
# which no other language of the news writes: told by its script. Its words are spaced, its sentences end on a Latin
# full stop; a conjunct is written with a zero-width joiner inside its word (``scripts.JOINER_IN_WORD``). Its case
# endings are written onto the noun ("බැංකුවේ", "බැංකුවට", "බැංකුවෙන්"), so the function words spaced on their own
# are postpositions ("සඳහා", for; "විසින්", by; "පිළිබඳ", about; "අනුව", according to), conjunctions and the clause
# closers of reported speech ("බව", "යැයි", "යනුවෙන්"), the particles "ද" and "ම", pronouns and demonstratives, the
# copulas and the light verbs of its compound verbs ("කර", "කළ", "වී", "වූ", "ඇත"), and a few adverbs and quantities:
# our own list (neither stop-word package keeps one). Read as English, a Sinhala text kept "සහ", "බව" and "ඇති" as
# the terms every passage shares.
SINHALA = "si"
SINHALA_LETTERS = re.compile("[\u0d85-\u0d96\u0d9a-\u0dc6]")
SINHALA_FUNCTION_WORDS = frozenset("""
    සහ හා හෝ නමුත් එහෙත් නොව කෙසේ වෙතත් එබැවින් එනිසා නිසා බැවින් හෙයින් විට විටදී අතර අතරේ පසු පසුව පෙර
    කලින් සිට දක්වා තෙක් වන තුරු වෙත වෙතින් වෙනුවෙන් සඳහා විසින් මගින් හරහා ලෙස ලෙසට ලෙසින් පරිදි පමණ පමණක්
    ගැන පිළිබඳ පිළිබඳව සම්බන්ධයෙන් අනුව තුළ තුළින් මත යටතේ සමඟ සමග සමගින් හැර ඇතුළු ඇතුළුව වැනි
    ද ත් ම ය යි යැයි යනුවෙන් යනු යන කියා බව බවත් බවයි බවට බවද
    ඇත ඇති ඇතැයි ඇත්තේ ඇතත් නැත නැති නැහැ නොවේ වේ වෙයි වෙති වූ වූහ වූයේ වන වුව විය වී වීම වෙමින් සිටී සිටින
    සිටියි සිටිති සිටිමු සිටියේ කර කළ කරන කරයි කරමින් කිරීම කිරීමට කෙරේ කෙරිණි කරනු ලැබීය ලැබේ හැක හැකි යුතු
    එම මෙම මේ ඒ එය මෙය එහි මෙහි එවැනි මෙවැනි එසේ මෙසේ එතැන් ඔහු ඇය ඔවුන් ඔවුහු ඔහුගේ ඇයගේ ඔවුන්ගේ ඔහුට
    ඇයට ඔවුන්ට අපි අප අපේ අපගේ මම මගේ ඔබ ඔබේ ඔබගේ තමා තම තමන් තමන්ගේ
    තවත් තව සියලු සියල්ල සෑම සියලුම කිසිදු කිසිවක් කිසිවෙකු සමහර බොහෝ ඉතා වඩා වඩාත් දැනටමත් දැන් නැවත යළි
    එක්
""".split())


def sinhala_function_words() -> frozenset[str]:
    return SINHALA_FUNCTION_WORDS


OWN_FUNCTION_WORDS[SINHALA] = sinhala_function_words
# Telugu, written in its own script (its independent vowels U+0C05 to U+0C14 and its consonants U+0C15 to U+0C39),
# which no other language of the news writes: told by its script. Its words are spaced, its sentences end on a Latin
# full stop; a zero-width non-joiner stands between an English loanword and the ending written onto it ("పైప్‌లైన్",
# "అక్టోబర్‌లో"), inside the word. Its case endings are written onto the noun ("ట్యాంకుకు", "ట్యాంకును",
# "వార్డుల్లో"), so the function words spaced on their own are postpositions ("నుంచి", from; "వరకు", up to; "ద్వారా",
# by; "కోసం", for; "గురించి", about; "ప్రకారం", according to), conjunctions, the quotative ("అని", "అనే") closing
# reported speech, pronouns and demonstratives with their common case forms, the copulas and auxiliaries ("ఉంది",
# "ఉన్న", "లేదు", "కాదు", "అయిన") and the light verb of its compound verbs ("చేసి", "చేసిన", "చేశారు"), and a few
# adverbs and quantities: our own list (neither stop-word package keeps one). Read as English, a Telugu text kept
# "ఈ", "అని" and "ఉన్న" as terms every passage shares.
TELUGU = "te"
TELUGU_LETTERS = re.compile("[\u0c05-\u0c14\u0c15-\u0c39\u0c58-\u0c5a]")
TELUGU_FUNCTION_WORDS = frozenset("""
    మరియు లేదా కానీ కాని అయితే అయినా అయినప్పటికీ కాబట్టి అందువల్ల అందుకే ఎందుకంటే కూడా మాత్రమే మళ్లీ ఇప్పటికే
    ఇప్పుడు అప్పుడు తర్వాత తరువాత ముందు ముందే వరకు నుంచి నుండి ద్వారా కోసం గురించి పట్ల పై మీద కింద వద్ద దగ్గర
    ప్రకారం కంటే వంటి లాంటి సహా పాటు బదులు మధ్య తో లో అని అనే అంటూ అన్నారు
    నేను మేము మనం మనము నువ్వు మీరు అతను అతని అతనికి ఆయన ఆయనకు ఆయనను ఆమె ఆమెకు ఆమెను వారు వాళ్లు వారికి
    వారిని వారి తమ తన తమకు తనకు మా మాకు మీ మీకు మన మనకు అది ఇది అవి ఇవి దాని దీని దానికి దీనికి దానిని దీనిని
    అక్కడ ఇక్కడ ఎక్కడ ఎప్పుడు ఏమి ఏం ఎవరు ఎవరైనా ఎందుకు ఎలా ఎంత ఏ ఆ ఈ అదే ఇదే అలా ఇలా అలాగే ఇలాంటి అలాంటి
    ఉంది ఉన్నది ఉన్నాయి ఉన్నారు ఉన్న ఉండే ఉండి ఉంటుంది ఉంటాయి ఉండగా లేదు లేని లేక కాదు అయింది అయ్యింది
    అవుతుంది అవుతోంది అయిన అయ్యారు చేసి చేసిన చేశారు చేసింది చేస్తున్న చేస్తున్నారు చేస్తూ చేయడం
    మరో మరి ప్రతి అన్ని అందరూ కొన్ని కొందరు చాలా సుమారు దాదాపు మొత్తం ఒక ఒక్క
""".split())


def telugu_function_words() -> frozenset[str]:
    return TELUGU_FUNCTION_WORDS


OWN_FUNCTION_WORDS[TELUGU] = telugu_function_words
# Gujarati, written in its own script (its independent vowels U+0A85 to U+0A94 and its consonants U+0A95 to U+0AB9),
# which no other language of the news writes: told by its script. Its words are spaced, its sentences end on a Latin
# full stop (the danda is seldom written). Its case endings are written onto the noun ("ડેરીના", of the dairy;
# "મંડળીઓમાં", in the societies; "પશુપાલકોને", to the keepers; "રૂપિયાથી", from the rupees), and a page sometimes
# spaces them ("ડેરી ના"), so the function words spaced on their own are those endings, the postpositions written
# apart ("માટે", for; "પર", on; "સાથે", with; "સુધી", up to; "દ્વારા", by; "મુજબ", according to), conjunctions
# ("અને", "તથા", "પણ", "પરંતુ", "કે"), the quotative "એમ" that closes reported speech, pronouns and demonstratives in
# their cases ("તેમણે", "તેમના", "આ", "એ", "જે"), the copulas and auxiliaries ("છે", "હતો", "હતી", "હતા", "નથી",
# "થયો", "થશે"), the light verbs of its compound verbs ("કર્યું", "કરી", "આવ્યો"), the verbs of saying a report
# closes on ("કહ્યું", "જણાવ્યું"), and a few adverbs and quantities: our own list. The ``stop-words`` package keeps
# one translated word by word from English, which holds words of news ("કિંમત", a price; "જાહેરાત", an
# announcement; "વર્ષ", a year; "રાજ્ય", a state) and of software ("નેટસ્કેપ").
GUJARATI = "gu"
GUJARATI_LETTERS = re.compile("[\u0a85-\u0a94\u0a95-\u0ab9]")
GUJARATI_FUNCTION_WORDS = frozenset("""
    છે છો છું છીએ હતો હતી હતું હતા હતાં હશે હશો હોય હોત હોવા હોવાથી હોવાનું હોવાની નથી નહોતો નહોતી નહોતા ન નહીં નહિ
    થયો થઈ થયું થયા થયાં થાય થાય છે થશે થતાં થતા થતી થતો થઇ
    કર્યું કર્યો કરી કર્યા કર્યાં કરે કરીને કરવા કરવાની કરવાનું કરવામાં કરાયો કરાઈ કરાશે કરશે કરતાં કરતા
    આવ્યો આવી આવ્યું આવ્યા આવ્યાં આવશે આવે ગયો ગઈ ગયું ગયા ગયાં દીધો દીધી દીધું દીધા
    કહ્યું જણાવ્યું ઉમેર્યું
    અને તથા તેમજ અથવા કે પણ પરંતુ જો તો એટલે તેથી જેથી છતાં જ્યારે ત્યારે જોકે એમ એવું એવી એવો એવા કારણ કારણે
    માં ના ની નો નું નાં ને થી એ માંથી
    માટે પર સાથે વિશે પછી પહેલાં બાદ સુધી દ્વારા તરફ તરફથી વગર વિના અંગે સામે પાસે વચ્ચે ઉપર નીચે અંદર બહાર
    મુજબ પ્રમાણે જેમ જેવા જેવી જેવો જેટલા જેટલી તરીકે સહિત ઉપરાંત દરમિયાન
    હું અમે આપણે તું તમે તે તેઓ આ તેમ તેમણે તેમને તેમનો તેમની તેમના તેમનું તેણે તેને તેનો તેની તેના તેનું
    આના એના આની એની આનો એનો આને એને આમાં એમાં તેમાં જે જેમણે જેણે જેના જેની જેનો જેને જેમાં
    અમારા અમારી અમારો અમારું અમને મારા મારી મારો મને પોતાના પોતાની પોતાનો પોતે આપણા આપણી તમારા તમારી
    કોઈ કંઈ બધા બધું બધી દરેક અન્ય બીજા બીજી બીજો કેટલાક કેટલીક ઘણા ઘણી એક
    જ હવે હજુ અહીં ત્યાં ફક્ત માત્ર વધુ ખૂબ આશરે લગભગ ફરી શું કેમ ક્યારે ક્યાં કેવી કેવું કેટલું કેટલા
""".split())


def gujarati_function_words() -> frozenset[str]:
    return GUJARATI_FUNCTION_WORDS


OWN_FUNCTION_WORDS[GUJARATI] = gujarati_function_words
# Punjabi, written in Gurmukhi (its independent vowels U+0A05 to U+0A14, its consonants U+0A15 to U+0A39 and those
# with a nukta U+0A59 to U+0A5E, the vowel bearers U+0A72 and U+0A73), which no other language of the news writes:
# told by its script. Its words are spaced and keep their vowel signs, the addak that doubles a consonant ("ਟੁੱਟ"),
# the tippi and the bindi that nasalise ("ਪੰਚਾਇਤ", "ਖ਼ਬਰਾਂ") and the nukta ("ਫ਼ਸਲ") inside them; its sentences end on
# the danda "।". Unlike Gujarati and Marathi it writes its postpositions apart ("ਦੇ", "ਦੀ", "ਦਾ", of; "ਨੂੰ", to;
# "ਵਿੱਚ", in; "ਤੋਂ", from; "ਨੇ", the agent's; "ਨਾਲ", with; "ਲਈ", for; "ਉੱਤੇ", on), so the function words are
# those postpositions, conjunctions ("ਅਤੇ", "ਤੇ", "ਪਰ", "ਜਾਂ", "ਕਿ"), pronouns and demonstratives in their cases
# ("ਉਹ", "ਇਹ", "ਉਸ", "ਉਨ੍ਹਾਂ", "ਜਿਸ"), the copulas and auxiliaries ("ਹੈ", "ਹਨ", "ਸੀ", "ਸਨ", "ਹੋਵੇਗਾ"), the light
# verbs of its compound verbs ("ਗਿਆ", "ਕੀਤਾ", "ਦਿੱਤਾ", "ਰਿਹਾ", "ਜਾਵੇਗਾ"), the verbs of saying a report closes on
# ("ਕਿਹਾ", "ਦੱਸਿਆ"), particles ("ਵੀ", "ਹੀ") and a few adverbs and quantities: our own list, which holds no word of
# news ("ਸਾਲ", a year; "ਪਿੰਡ", a village; "ਪਾਣੀ", water).
PUNJABI = "pa"
PUNJABI_LETTERS = re.compile("[\u0a05-\u0a14\u0a15-\u0a39\u0a59-\u0a5e\u0a72\u0a73]")
PUNJABI_FUNCTION_WORDS = frozenset(unicodedata.normalize("NFC", word) for word in """
    ਹੈ ਹਨ ਹਾਂ ਹੋ ਸੀ ਸਨ ਸਾਂ ਸੀਗਾ ਹੋਵੇ ਹੋਵੇਗਾ ਹੋਵੇਗੀ ਹੋਣਗੇ ਹੋਇਆ ਹੋਈ ਹੋਏ ਹੋਈਆਂ ਹੋਣ ਹੁੰਦਾ ਹੁੰਦੀ ਹੁੰਦੇ ਨਹੀਂ ਨਾ
    ਗਿਆ ਗਈ ਗਏ ਗਈਆਂ ਜਾ ਜਾਵੇ ਜਾਵੇਗਾ ਜਾਵੇਗੀ ਜਾਣਗੇ ਜਾਂਦਾ ਜਾਂਦੀ ਜਾਂਦੇ ਜਾਣ ਰਿਹਾ ਰਹੀ ਰਹੇ ਰਹੀਆਂ ਚੁੱਕਾ ਚੁੱਕੀ ਚੁੱਕੇ
    ਕੀਤਾ ਕੀਤੀ ਕੀਤੇ ਕੀਤੀਆਂ ਕਰ ਕਰਕੇ ਕਰਨ ਕਰਨਾ ਕਰਦਾ ਕਰਦੀ ਕਰਦੇ ਦਿੱਤਾ ਦਿੱਤੀ ਦਿੱਤੇ ਦਿੱਤੀਆਂ ਲਿਆ ਲਏ ਕੇ ਸਕਦਾ ਸਕਦੀ
    ਸਕਦੇ ਪਿਆ ਪਈ ਪਏ ਲੱਗਾ ਲੱਗੀ ਲੱਗੇ
    ਕਿਹਾ ਕਹਿਣਾ ਦੱਸਿਆ ਮੁਤਾਬਕ ਅਨੁਸਾਰ
    ਦਾ ਦੇ ਦੀ ਦੀਆਂ ਨੂੰ ਨੇ ਵਿੱਚ ਵਿਚ ਵਿੱਚੋਂ ਤੋਂ ਤੇ ਤੱਕ ਤਕ ਨਾਲ ਲਈ ਵਾਸਤੇ ਉੱਤੇ ਉੱਪਰ ਹੇਠ ਹੇਠਾਂ ਅੰਦਰ ਬਾਹਰ ਕੋਲ ਵੱਲ
    ਵੱਲੋਂ ਬਾਰੇ ਬਿਨਾਂ ਬਾਅਦ ਪਹਿਲਾਂ ਦੌਰਾਨ ਸਮੇਤ ਵਿਰੁੱਧ ਖ਼ਿਲਾਫ਼ ਵਜੋਂ ਰਾਹੀਂ ਦੁਆਰਾ ਤਹਿਤ ਕਾਰਨ ਵਰਗਾ ਵਰਗੀ ਵਰਗੇ
    ਅਤੇ ਪਰ ਪਰੰਤੂ ਜਾਂ ਕਿ ਜੇ ਜੇਕਰ ਤਾਂ ਕਿਉਂਕਿ ਜਦੋਂ ਉਦੋਂ ਜਦਕਿ ਭਾਵੇਂ ਵੀ ਹੀ ਇਸ ਲਈ
    ਮੈਂ ਅਸੀਂ ਤੁਸੀਂ ਤੂੰ ਉਹ ਇਹ ਉਸ ਇਸ ਉਸਨੇ ਉਸਨੂੰ ਉਸਦਾ ਉਸਦੀ ਉਸਦੇ ਉਨ੍ਹਾਂ ਇਨ੍ਹਾਂ ਉਹਨਾਂ ਇਹਨਾਂ ਜੋ ਜਿਸ ਜਿਨ੍ਹਾਂ ਜਿਹੜਾ
    ਜਿਹੜੀ ਜਿਹੜੇ ਸਾਡਾ ਸਾਡੀ ਸਾਡੇ ਸਾਨੂੰ ਮੇਰਾ ਮੇਰੀ ਮੇਰੇ ਮੈਨੂੰ ਤੁਹਾਡਾ ਤੁਹਾਡੀ ਤੁਹਾਡੇ ਤੁਹਾਨੂੰ ਆਪਣਾ ਆਪਣੀ ਆਪਣੇ ਆਪ
    ਕੋਈ ਕੁਝ ਸਭ ਸਾਰੇ ਸਾਰਾ ਸਾਰੀ ਹਰ ਹੋਰ ਦੂਜੇ ਕਈ ਬਹੁਤ ਇੱਕ
    ਹੁਣ ਅਜੇ ਹਾਲੇ ਇੱਥੇ ਉੱਥੇ ਸਿਰਫ਼ ਕੇਵਲ ਵੱਧ ਕਰੀਬ ਲਗਭਗ ਮੁੜ ਫਿਰ ਕੀ ਕਿਉਂ ਕਦੋਂ ਕਿੱਥੇ ਕਿਵੇਂ ਕਿੰਨਾ ਕਿੰਨੇ ਇੰਨਾ
""".split())


def punjabi_function_words() -> frozenset[str]:
    return PUNJABI_FUNCTION_WORDS


OWN_FUNCTION_WORDS[PUNJABI] = punjabi_function_words
# Malayalam, written in its own script (its independent vowels U+0D05 to U+0D14, its consonants U+0D15 to U+0D3A and
# its chillu letters U+0D54 to U+0D56 and U+0D7A to U+0D7F, the consonants that close a syllable without a vowel:
# "ർ", "ൽ", "ൻ", "ൺ", "ൾ"), which no other language of the news writes: told by its script. Its words are spaced, its
# sentences end on a Latin full stop. It writes its case endings and most postpositions onto the noun
# ("അണക്കെട്ടിന്റെ", of the dam; "വീടുകളിൽ", in the houses; "ക്യാമ്പുകളിലേക്ക്", to the camps), its "and" onto each
# word it joins ("-ഉം": "ഓലക്കടവിലും തെക്കേപ്പാടത്തും") and its quotative onto the verb it closes ("നൽകിയില്ലെന്ന്"),
# so the function words spaced on their own are the postpositions written apart ("വരെ", up to; "മുതൽ", from; "ശേഷം",
# after; "മുമ്പ്", before; "വേണ്ടി", for; "നിന്ന്", from; "കുറിച്ച്", about; "പ്രകാരം", according to; "വീതം", each),
# conjunctions ("എന്നാൽ", "പക്ഷേ", "അതേസമയം", "അല്ലെങ്കിൽ", "എന്നിവ"), the quotative written apart ("എന്ന്",
# "എന്ന"), pronouns and demonstratives in their cases ("ഈ", "ആ", "അവർ", "അദ്ദേഹം", "ഞങ്ങൾ"), the copulas and
# auxiliaries ("ആണ്", "ആയിരുന്നു", "ഉണ്ട്", "ഇല്ല", "അല്ല"), the light verb of its compound verbs ("ചെയ്തു",
# "ചെയ്യും"), the verbs of saying a report closes on ("പറഞ്ഞു", "അറിയിച്ചു") and a few adverbs and quantities: our own
# list, which holds no word of news ("വർഷം", a year; "വെള്ളം", water; "വീട്", a house).
MALAYALAM = "ml"
MALAYALAM_LETTERS = re.compile("[\u0d05-\u0d14\u0d15-\u0d3a\u0d54-\u0d56\u0d7a-\u0d7f]")
MALAYALAM_FUNCTION_WORDS = frozenset(unicodedata.normalize("NFC", word) for word in """
    ആണ് ആയി ആയിരുന്നു ആയിരിക്കും ആകും ആയ ആകുന്നു ഉണ്ട് ഉണ്ടായിരുന്നു ഉണ്ടാകും ഉള്ള ഉണ്ടെന്ന് ഇല്ല ഇല്ലാത്ത
    ഇല്ലെന്ന് അല്ല അല്ലാതെ അല്ലെന്ന് ചെയ്തു ചെയ്യും ചെയ്ത ചെയ്യുന്ന ചെയ്യുന്നു ചെയ്യാൻ ചെയ്തത് ചെയ്തിട്ടുണ്ട്
    കഴിഞ്ഞു കഴിയും കഴിയില്ല വേണം വേണ്ട പോലും
    പറഞ്ഞു പറയുന്നു പറഞ്ഞത് പറഞ്ഞതായി അറിയിച്ചു വ്യക്തമാക്കി
    വരെ മുതൽ ശേഷം മുമ്പ് മുൻപ് വേണ്ടി കൊണ്ട് നിന്ന് നിന്നും നിന്നുള്ള കുറിച്ച് പ്രകാരം അനുസരിച്ച് സമീപം അടുത്ത്
    ഒപ്പം കൂടെ വഴി പിന്നാലെ തുടർന്ന് ഉള്ളിൽ മുകളിൽ താഴെ ഇടയിൽ വീതം സഹിതം ഉൾപ്പെടെ പകരം നേരെ എതിരെ
    എന്നാൽ പക്ഷേ പക്ഷെ അതേസമയം കൂടാതെ അഥവാ അല്ലെങ്കിൽ എന്നിവ എന്നിവർ എന്നിവയും എന്ന് എന്നും എന്ന എന്നാണ്
    എന്നത് എന്നീ എന്നു അതിനാൽ അതുകൊണ്ട് എങ്കിലും എങ്കിൽ തന്നെ മാത്രം മാത്രമേ പോലെ കൂടി ഇനി ഇപ്പോൾ ഇപ്പോഴും
    ഇതുവരെ വീണ്ടും ഉടൻ ഏകദേശം ഇതോടെ അതോടെ എന്നിട്ടും
    ഈ ആ ഇത് അത് ഇതിൽ അതിൽ ഇതിന് അതിന് ഇതിന്റെ അതിന്റെ ഇവിടെ അവിടെ ഇതും അതും അവൻ അവൾ അവർ അവരുടെ അവർക്ക്
    അവരെ അദ്ദേഹം അദ്ദേഹത്തിന്റെ അദ്ദേഹത്തെ ഞാൻ എന്റെ എനിക്ക് ഞങ്ങൾ ഞങ്ങളുടെ ഞങ്ങളോട് ഞങ്ങളെ ഞങ്ങൾക്ക് നമ്മൾ
    നമ്മുടെ നിങ്ങൾ നിങ്ങളുടെ താൻ തങ്ങളുടെ സ്വന്തം ആര് ആരും ആരോ എന്ത് എന്താണ് എവിടെ എപ്പോൾ എങ്ങനെ എന്തുകൊണ്ട്
    ഏത് ഏതു ഇങ്ങനെ അങ്ങനെ
    ഒരു ഓരോ എല്ലാ എല്ലാം ചില പല മറ്റ് മറ്റു കുറച്ച് കൂടുതൽ ഏറെ വളരെ ഏറ്റവും
""".split())


def malayalam_function_words() -> frozenset[str]:
    return MALAYALAM_FUNCTION_WORDS


OWN_FUNCTION_WORDS[MALAYALAM] = malayalam_function_words

# Kazakh, written in a Cyrillic alphabet of its own: Russian's letters and nine more, "ә ғ қ ң ө ұ ү һ і". Russian
# and Bulgarian write none of them ("і" is Ukrainian's and Belarusian's too; "ө", "ү" are Mongolian's and Kyrgyz's,
# "ң" Kyrgyz's, "ә", "һ" Tatar's and Bashkir's, "ғ", "қ" Uzbek's), and a Kazakh text writes one in every ten of its
# letters ("Көкбұйрадағы", "жылусыз", "қаңтар"). A text whose Cyrillic letters hold more than ``KAZAKH_SHARE`` of them
# is Kazakh when its words say so too (``kazakh_letters``): more of Kazakh's own function words (``KAZAKH_MARKERS``)
# than of Russian's, Ukrainian's or Bulgarian's (a Russian text naming a Kazakh town, "В Қарағанды прорвало трубу",
# writes its letters but Russian's words), or, with neither, more than ``KAZAKH_STRONG_SHARE`` of the letters no
# neighbour but Tatar and Bashkir shares (``KAZAKH_STRONG_LETTERS``; a Mongolian text writes "ө", "ү" alone). Its
# words take no part in the vote of function words between other languages (``SPACED_LANGUAGES``): "бар", "тек",
# "ал" are words of a Serbian or a Russian line too. Without this, its pages were read as Bulgarian, whose
# short words ("да", "не", "ал") it writes too, or as English. Its case endings are written onto the noun
# ("Көкбұйрада", "Көкбұйраның"), so the function words spaced on their own are its conjunctions ("және", "мен",
# "бірақ"), its postpositions ("бойынша", "туралы", "үшін", "дейін", "кейін", "арқылы"), its particles ("да", "ғана",
# "ма"), the quotative "деп", pronouns and demonstratives in their cases, the copulas and auxiliaries ("еді",
# "екен", "емес", "бар", "жоқ", "болып", "жатыр") and a few adverbs and quantities: our own list (neither stop-word
# package keeps one). A case or possessive ending written after a hyphen onto an abbreviation or a figure ("ЖЭО-ның",
# "ЖШС-дағы", "180-нен") is a word of its own between the hyphen and a space, and no term of the story: the list holds
# those endings too, which Kazakh writes nowhere else on their own.
KAZAKH = "kk"
KAZAKH_OWN_LETTERS = re.compile("[әғқңөұүһӘҒҚҢӨҰҮҺ]")
KAZAKH_STRONG_LETTERS = re.compile("[әғқұһӘҒҚҰҺ]")
KAZAKH_STRONG_SHARE = 1 / 50
CYRILLIC_LETTERS = re.compile("[\u0400-\u04ff]")
KAZAKH_SHARE = 1 / 25
KAZAKH_FUNCTION_WORDS = frozenset("""
    және мен бен пен әрі да де та те не немесе я яки бірақ алайда ал әйтсе сондықтан себебі өйткені егер онда
    сондай-ақ сонымен қатар ғана тек ғой қой ма ме ба бе па пе ше
    дейін шейін кейін соң бұрын бері қарай үшін туралы жайлы жөнінде бойынша бойы арқылы сияқты секілді сайын бірге
    байланысты қарсы қарамастан гөрі басқа бөлек тыс ретінде кезде кезінде ішінде шамасында шамамен жуық астам
    деп деген бар жоқ емес еді екен болып болды болған болса болады болатын болмайды болу жатыр отыр тұр жүр
    керек тиіс мүмкін
    мен сен сіз ол біз сендер сіздер олар менің сенің сіздің оның біздің олардың маған саған сізге оған бізге
    оларға мені сені сізді оны бізді оларды онда оларда одан олардан өз өзі өзінің өзіне өзін өздері өздерінің
    бұл осы сол мына ана анау мынау бұның мұның осының соның бұған осыған соған мұнда осында сонда бұдан осыдан
    содан осылай солай бұлар осылар солар
    барлық бүкіл бәрі бәрін әр әрбір кей кейбір біреу ешкім ештеңе еш ешбір бір
    кім қандай қашан қайда қалай неге неліктен қанша неше қай қайсы
    тағы әлі енді қазір әсіресе өте аса тым ең тіпті әрине
    ның нің дың дің тың тің ға ге қа ке на не ны ні ды ді ты ті дан ден тан тен нан нен нда нде дағы дегі тағы тегі
    сы сі ы і
""".split())


def kazakh_function_words() -> frozenset[str]:
    return KAZAKH_FUNCTION_WORDS


OWN_FUNCTION_WORDS[KAZAKH] = kazakh_function_words
# Kazakh's function words that no neighbour writes as it does: the evidence of its words (``kazakh_letters``).
KAZAKH_MARKERS = frozenset("""
    және үшін бойынша туралы арқылы бұл осы деп деген емес болып болды болған кейін дейін сияқты ретінде бірақ
    мен бен пен өте тағы қазір олар оның біз жылы жылғы байланысты қатысты кезде кезінде ішінде жоқ бар
""".split())


@functools.cache
def _kazakh_neighbours_words() -> frozenset[str]:
    """The function words of the Cyrillic languages a Kazakh text is read against, less Kazakh's own."""
    return frozenset().union(*(function_words(language) for language in ("ru", "uk", "bg"))) - KAZAKH_FUNCTION_WORDS


def kazakh_letters(text: str) -> bool:
    """Most of ``text``'s letters (the sample of a long text) are Cyrillic, more than ``KAZAKH_SHARE`` of those are
    Kazakh's own (``KAZAKH_OWN_LETTERS``), and its words are Kazakh's (``KAZAKH_MARKERS`` outnumber the neighbours'
    function words) or, with neither's words, the letters are (``KAZAKH_STRONG_SHARE``): a text in Kazakh."""
    sample = text[:LANGUAGE_SAMPLE]
    cyrillic = len(CYRILLIC_LETTERS.findall(sample))
    if not cyrillic or cyrillic * 2 <= sum(character.isalpha() for character in sample):
        return False
    if len(KAZAKH_OWN_LETTERS.findall(sample)) <= KAZAKH_SHARE * cyrillic:
        return False
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", sample.lower())
    kazakh = sum(word in KAZAKH_MARKERS for word in words)
    neighbours = sum(word in _kazakh_neighbours_words() for word in words)
    if kazakh or neighbours:
        return kazakh > neighbours
    return len(KAZAKH_STRONG_LETTERS.findall(sample)) > KAZAKH_STRONG_SHARE * cyrillic


# Azerbaijani, written in the Latin letters Turkish writes ("ç", "ş", "ğ", "ö", "ü", a dotted and a dotless "i") and one
# Turkish does not, the schwa "ə" ("və", "ilə", "üçün", "qəpik", "Şəlvəçay"), among its commonest vowels. Read by its
# function words, Turkish's list took an Azerbaijani page for Turkish: the two share "bu", "bir", "da", "ki", "gibi" and
# "kimi" aside. Where most of a text's letters are Latin and more than ``AZERBAIJANI_SHARE`` of them are "ə" in words
# written in lower case, it is Azerbaijani (``azerbaijani_letters``): a Turkish or an English page that names an
# Azerbaijani person or town ("Həsənov", "Gəncə") writes it in names only. Its function words are our own list (neither
# stop-word package keeps one): its conjunctions and particles ("və", "ilə", "amma", "lakin", "isə", "da", "də", "ki",
# "həm", "ya"), postpositions written apart ("üçün", "kimi", "görə", "qədər", "sonra", "əvvəl", "haqqında", "barədə",
# "tərəfindən", "arasında", "zamanı"), pronouns and demonstratives in their cases ("onun", "onlar", "bunu", "həmin"),
# quantities, the copulas and auxiliaries ("olub", "olan", "olaraq", "deyil", "var", "yox") and the quoting "deyə".
AZERBAIJANI = "az"
SCHWA = re.compile("[əƏ]")
WORD_RUN = re.compile(r"[^\W\d_]+")
AZERBAIJANI_SHARE = 1 / 50
AZERBAIJANI_FUNCTION_WORDS = frozenset("""
    və ilə ya yaxud yoxsa amma ancaq lakin isə da də ki həm həmçinin habelə eləcə çünki əgər madam hətta yəni belə
    elə deyə ha axı bəs məgər
    üçün kimi görə qədər sonra əvvəl öncə bəri başqa qarşı doğru tərəf tərəfindən haqqında barədə dair üzrə ərzində
    arasında zamanı vaxtı boyu boyunca ötrü savayı əsasən
    mən sən o biz siz onlar məni səni onu bizi sizi onları mənim sənin onun bizim sizin onların mənə sənə ona bizə
    sizə onlara məndən səndən ondan bizdən sizdən onlardan özü öz özünün özünə özləri özlərinin
    bu bunu bunun buna bundan bunlar bunların həmin şu burada orada bura ora
    hər heç bütün hamı hamısı bəzi bəzən çox az daha ən bir neçə qeyri digər digəri başqası
    kim nə necə niyə harada hara hansı haçan nəyə nəyi
    olub olan olaraq olur olunur olunub oldu olmuş olmaq olsa olsun olacaq deyil deyildi var yox idi imiş
    indi hələ artıq yenə yenidən yalnız təkcə sadəcə
""".split())


def azerbaijani_function_words() -> frozenset[str]:
    return AZERBAIJANI_FUNCTION_WORDS


OWN_FUNCTION_WORDS[AZERBAIJANI] = azerbaijani_function_words


def azerbaijani_letters(text: str) -> bool:
    """Most of ``text``'s letters (the sample of a long text) are Latin and more than ``AZERBAIJANI_SHARE`` of those
    are the schwa, which Azerbaijani alone of the languages read here writes: a text in Azerbaijani."""
    sample = text[:LANGUAGE_SAMPLE]
    latin = len(LATIN.findall(sample)) + len(SCHWA.findall(sample))  # the schwa is beyond ``LATIN``'s range (U+0259)
    # Only the schwas of words written in lower case count: a name opens on a capital ("Həsənov", "Gəncə"), and a short
    # English or Turkish text naming two or three Azerbaijanis would pass the share by their names alone.
    schwa = sum(word.count("ə") for word in WORD_RUN.findall(sample) if word[0].islower())
    if not schwa or latin * 2 <= sum(character.isalpha() for character in sample):
        return False
    return schwa > AZERBAIJANI_SHARE * latin


# Marathi, written in Devanagari as Hindi is: read by its function words, Hindi's list (``hi``) would take a Marathi
# page for Hindi, whose "व", "हे", "तो", "ते" it writes too. Marathi writes its case endings onto the noun
# ("कारखान्याकडे", "शेतकऱ्यांचे", "गावातील"), so the function words it spaces are its copulas and auxiliaries
# ("आहे", "आहेत", "होते", "नाही", "झाले"), conjunctions ("आणि", "व", "किंवा", "पण", "मात्र", "तसेच"), the quoting
# "असे" and "की", pronouns and demonstratives in their cases ("त्यांनी", "यांचे", "त्यांच्या"), a few postpositions
# written apart ("मध्ये", "नंतर", "पूर्वी", "बद्दल") and adverbs: our own list (the ``stop-words`` package keeps
# none). Between the two, the words only one of them writes decide (``WORD_HINTS``): Hindi's "है", "हैं", "और",
# "में", "के", "का", "ने", "को", "से", "नहीं", "था"; Marathi's "आहे", "आहेत", "आणि", "मध्ये", "नाही", "होते".
MARATHI = "mr"
MARATHI_FUNCTION_WORDS = frozenset("""
    आहे आहेत आहोत आहेस आहात होते होता होती होत्या होतो होतं असे असा अशी असेच असून असल्याचे असल्याने असलेल्या
    असलेले असलेला असलेली असेल असतील असते असतो असतात नाही नाहीत नव्हते नव्हता नव्हती नसून नसल्याने झाले झाला
    झाली झाल्या झाल्याने झाल्याचे होईल होणार करत करून केले केली केला केल्या केल्याने केल्याचे
    आणि व किंवा अथवा पण परंतु मात्र तर की म्हणून कारण जर तरी तसेच शिवाय अन् म्हणजे
    मध्ये नंतर पूर्वी आधी पर्यंत बद्दल विषयी समोर जवळ ऐवजी सह द्वारे साठी प्रमाणे तर्फे कडून कडे मुळे
    मी आम्ही आपण तू तुम्ही तो ती ते त्या हा ही हे ह्या या त्याचा त्याची त्याचे त्याच्या त्यांचा त्यांची त्यांचे
    त्यांच्या त्यांनी त्याने तिने त्यांना त्याला तिला तिचा तिची तिचे तिच्या यांनी याचा याची याचे याच्या यांचा यांची
    यांचे यांच्या यांना याला यात त्यात यावर त्यावर यामुळे त्यामुळे यासाठी त्यासाठी मला आम्हाला आमचा आमची आमचे
    आमच्या आपला आपली आपले आपल्या तुमचा तुमची तुमचे तुमच्या स्वतः जे जो जी ज्या ज्यांनी ज्याने
    सर्व काही कोणी कोणता कोणती कोणते प्रत्येक इतर अनेक बहुतेक सगळे सगळ्या
    काय कोण कधी कुठे कसे कसा कशी का किती
    आता अजून अद्याप येथे तेथे इथे तिथे फक्त केवळ सुद्धा देखील च ना अगदी खूप अधिक आणखी
""".split())


def marathi_function_words() -> frozenset[str]:
    return MARATHI_FUNCTION_WORDS


OWN_FUNCTION_WORDS[MARATHI] = marathi_function_words
SPACED_LANGUAGES += (MARATHI,)
LOOKUP_FOLDS[MARATHI] = hindi_folded
FOLDED_SCRIPTS[MARATHI] = FOLDED_SCRIPTS["hi"]
WORD_HINTS[frozenset({"hi", MARATHI})] = {
    "hi": frozenset("""
        है हैं और में के का ने को से था थी थे नहीं गया गई गए गये किया कहा लिए वह यह इस उस भी रहा रही रहे हुए
        हुई होगा साथ बाद पहले अब तक जब कुछ उन्होंने इसके उसके जिससे जिसमें
    """.split()),
    MARATHI: frozenset("""
        आहे आहेत आहोत आणि मध्ये होते होता होती नाही नाहीत असे असून झाले झाली झाला केले केली त्यांनी यांनी त्यांचे
        यांचे त्यांच्या यांच्या त्यामुळे मात्र तसेच आता येथे म्हणाले म्हणाल्या सांगितले काही
    """.split()),
}


# Nepali, written in Devanagari as Hindi and Marathi are: read by their function words, a Nepali page was taken for
# Hindi or Marathi, whose lists hold some of its short words ("के", "का", "तर", "मात्र"), and a short one for English.
# Nepali writes most of its case endings onto the noun ("पुलको", "नगरपालिकाले", "विद्यालयमा", "खोलाबाट"), so the
# function words it spaces are its copulas and auxiliaries ("छ", "छन्", "हो", "थियो", "भएको", "गरेको", "हुन्छ"),
# conjunctions ("र", "तर", "तथा", "वा", "भने", "पनि"), pronouns in their cases ("उनले", "उनको", "यस", "त्यो"),
# postpositions written apart ("लागि", "पछि", "अनुसार", "सम्म") and adverbs: our own list (neither package keeps
# one). Against each of the other two, the words only one of them writes decide (``WORD_HINTS``): Nepali's "छ",
# "छन्", "थियो", "भएको", "गरेको", "पनि", "र", "लागि", "यो", "उनले"; not the words a Hindi or Marathi text writes too
# ("के", "का", "अब", "गए", "तर", "मात्र", "हो"), which are taken off the other side's hints between the two.
NEPALI = "ne"
NEPALI_FUNCTION_WORDS = frozenset("""
    छ छन् छौं छौँ छु छस् छिन् छैन छैनन् हो होइन हुन् हुन्छ हुन्छन् हुनुहुन्छ हुने हुँदा हुँदै हुनेछ हुनेछन् थियो थिए
    थिइन् थ्यो थिएन थिएनन् भयो भए भएको भएका भएकी भएपछि भएकाले भएर भई भइ भइरहेको भइसकेको रहेको रहेका रहेकी रहे
    गरेको गरेका गरेकी गरे गरी गर्दै गर्न गर्ने गरिएको गरिएका गरिनेछ गरेर गरेपछि गरिन् लागेको लागेका बताए बताइन्
    बताउँछन् भने भनिन् भन्ने भन्दै भनेर जनाएको जनाएका
    र तथा एवं वा अथवा तर तैपनि किनभने किनकि यदि पनि नै त नि कि
    मा को का की ले लाई बाट देखि सम्म सँग संग माथि भित्र बाहिर अनुसार पछि अघि अगाडि लागि तर्फ बीच बिच द्वारा
    विरुद्ध बारे भन्दा साथै
    म मेरो हामी हाम्रो हाम्रा तिमी तपाईं तपाईँ तपाईंको ऊ उनी उनले उनको उनका उनकी उनलाई उहाँ उहाँले उहाँको यो यी
    त्यो ती यस त्यस यसको त्यसको यसले त्यसले यसमा त्यसमा यसका त्यसका यसलाई त्यसलाई यहाँ त्यहाँ जुन जो जसले जसको
    जसमा जसका यिनै यिनी तिनै त्यही यही त्यसै यसै उनीहरू उनीहरूले उनीहरूको उनीहरूलाई
    के कसले कहाँ कहिले कसरी किन कति सबै केही कुनै अन्य धेरै अरू आफ्नो आफ्ना आफ्नै
    अहिले अब फेरि मात्र अझै झन्डै करिब लगभग समेत पनि यसरी त्यसैले यसैले
""".split())


def nepali_function_words() -> frozenset[str]:
    return NEPALI_FUNCTION_WORDS


# The words only Nepali writes, of these three languages: its copulas and auxiliaries, its "and", "also", "for",
# "this", its pronouns in the ergative and genitive.
NEPALI_HINTS = frozenset("""
    छ छन् छैन छैनन् छौँ छौं थियो थिए थिइन् भएको भएका भएकी भएपछि गरेको गरेका गरेकी गर्न गर्ने गर्दै गरिएको गरेर
    भएर भने भन्ने बताए बताइन् उनले उनको उनका उनी यो त्यो यस पनि र लागि नै पछि अहिले हुन्छ हुने हुन् रहेको रहेका
    जना जनाएको
""".split())
OWN_FUNCTION_WORDS[NEPALI] = nepali_function_words
SPACED_LANGUAGES += (NEPALI,)
LOOKUP_FOLDS[NEPALI] = hindi_folded
FOLDED_SCRIPTS[NEPALI] = FOLDED_SCRIPTS["hi"]
WORD_HINTS[frozenset({"hi", NEPALI})] = {
    "hi": WORD_HINTS[frozenset({"hi", MARATHI})]["hi"] - frozenset("के का को अब साथ गए गई रहे उस जब".split()),
    NEPALI: NEPALI_HINTS,
}
WORD_HINTS[frozenset({MARATHI, NEPALI})] = {
    MARATHI: WORD_HINTS[frozenset({"hi", MARATHI})][MARATHI] - frozenset({"मात्र"}),
    NEPALI: NEPALI_HINTS,
}


BENGALI_LETTERS = re.compile("[\u0985-\u09b9\u09bd\u09ce\u09dc-\u09e1\u09f0\u09f1]")
HIRAGANA_SHARE = 1 / 20


def script_language(text: str) -> str | None:
    """"ko", "ja", "zh", "th", "el", "bn", "ta", "ur", "am", "ka", "hy", "my", "km", "si", "te", "gu", "pa" or "ml"
    when most of ``text``'s letters are Hangul, Han and kana, Thai, Greek, Bengali, Tamil, Urdu's Perso-Arabic script
    with the letters Urdu adds to it, Ethiopic, Georgian, Armenian, Myanmar, Khmer, Sinhala, Telugu, Gujarati,
    Gurmukhi or Malayalam; None for any other text."""
    letters, han, hiragana, katakana, hangul = east_asian_letters(text)
    if not letters:
        return None
    if hangul * 2 > letters:
        return KOREAN
    if thai_letters(text) * 2 > letters:
        return THAI
    if greek_letters(text) * 2 > letters:
        return GREEK
    if len(BENGALI_LETTERS.findall(text)) * 2 > letters:
        return BENGALI
    if len(TAMIL_LETTERS.findall(text)) * 2 > letters:
        return TAMIL
    if len(URDU_LETTERS.findall(text)) > URDU_SHARE * letters and len(ARABIC_SCRIPT.findall(text)) * 2 > letters:
        return URDU
    if len(ETHIOPIC_LETTERS.findall(text)) * 2 > letters:
        return AMHARIC
    if len(GEORGIAN_LETTERS.findall(text)) * 2 > letters:
        return GEORGIAN
    if len(ARMENIAN_LETTERS.findall(text)) * 2 > letters:
        return ARMENIAN
    if len(MYANMAR_LETTERS.findall(text)) * 2 > letters:
        return BURMESE
    if len(KHMER_LETTERS.findall(text)) * 2 > letters:
        return KHMER
    if len(SINHALA_LETTERS.findall(text)) * 2 > letters:
        return SINHALA
    if len(TELUGU_LETTERS.findall(text)) * 2 > letters:
        return TELUGU
    if len(GUJARATI_LETTERS.findall(text)) * 2 > letters:
        return GUJARATI
    if len(PUNJABI_LETTERS.findall(text)) * 2 > letters:
        return PUNJABI
    if len(MALAYALAM_LETTERS.findall(text)) * 2 > letters:
        return MALAYALAM
    unspaced = han + hiragana + katakana
    if unspaced * 2 <= letters:
        return None
    if hiragana and hiragana >= HIRAGANA_SHARE * unspaced or katakana * 2 > unspaced:
        return JAPANESE
    return CHINESE


# The same article is asked about by the furniture rules, the vectors and the names of one comparison: it is read
# once (a text's hash is kept with it, so a hit costs nothing).
@functools.lru_cache(maxsize=512)
def language_of(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in, by its script or its function words; English
    unless another language clearly wins.

    Lists overlap (Spanish and Portuguese share most of theirs, and the English list holds "de" and "la"), so two
    languages are compared by the words only one of them holds: a language wins against another when more of the
    text's words are its function words and not the other's than the other way round. A language other than
    English needs ``MIN_HITS`` such words against English: a headline has few function words, some of them in
    another language's list too ("Fat cat council boss …"). Against English, a language of stopwords-iso's lists
    (``ISO_LISTED_LANGUAGES``) counts only the words written in lower case: its lists hold many short words that
    are names in an English headline ("Sam", "Ali", "Jim", "Bat", "Zen", "Hata", "Sasa"), and a capitalised word is
    a name as often as a function word, where a function word inside a sentence is written in lower case. Between
    Spanish and Portuguese, whose lists share most words, the letters only one of them writes count as such words
    too (``LETTER_HINTS``). Chinese, Japanese and Korean, Thai, Greek, Bengali, Tamil, Urdu, Amharic, Georgian,
    Armenian, Burmese, Khmer, Sinhala, Telugu, Gujarati, Punjabi and Malayalam are told by their scripts first
    (``script_language``), Kazakh by the letters its Cyrillic adds to Russian's (``kazakh_letters``), Azerbaijani by
    the schwa its Latin adds to Turkish's (``azerbaijani_letters``)."""
    told = script_language(text)
    if told is not None:
        return told
    if kazakh_letters(text):
        return KAZAKH
    if azerbaijani_letters(text):
        return AZERBAIJANI
    table = _languages_of_word()
    found, uncapitalised = Counter(), Counter()
    # A word not found as written may be found in the form a language with folds looks it up in ("إلى"), for that
    # language only, when the text is written in its script.
    folding = [language for language in LOOKUP_FOLDS if FOLDED_SCRIPTS[language].search(text)]
    # A Serbian word in Cyrillic is looked up in Latin letters even where another Cyrillic language lists it.
    across = SERBIAN in folding
    for written in (m.group() for m in WORD.finditer(text)):
        word = straight_apostrophes(written.lower())
        listed = table.get(word) or folding and frozenset(
            language for language in folding if language in table.get(lookup_form(word, language), ()))
        if across and (folded := table.get(lookup_form(word, SERBIAN))) and SERBIAN in folded:
            listed = (listed or frozenset()) | {SERBIAN}  # "на" is Serbian's as much as Bulgarian's
        if listed:
            found[listed] += 1
            if written == written.lower():
                uncapitalised[listed] += 1
    lowered = text.lower()
    hints = {pair: {language: sum(lowered.count(letter) for letter in letters) for language, letters in by.items()}
             for pair, by in LETTER_HINTS.items()}
    spelt = Counter(m.group().lower() for m in WORD.finditer(text))
    hints.update({pair: {language: sum(spelt[word] for word in words) for language, words in by.items()}
                  for pair, by in WORD_HINTS.items()})

    # A text with no Latin letter is no English however few function words it shows ("в Красноборске").
    latin = LATIN.search(text) is not None

    def beats(first: str, second: str) -> bool:
        pair = hints.get(frozenset({first, second}), {})
        if frozenset({first, second}) in WORD_HINTS and pair[first] != pair[second]:
            own, other = pair[first], pair[second]  # their own words tell them apart (``WORD_HINTS``)
        else:
            # Against English, a language of stopwords-iso's lists counts only the words written in lower case.
            counted = uncapitalised if first in LOWER_CASE_COUNTED and second == ENGLISH else found
            own = sum(n for found_in, n in counted.items() if first in found_in and second not in found_in)
            other = sum(n for found_in, n in found.items() if second in found_in and first not in found_in)
            own, other = own + pair.get(first, 0), other + pair.get(second, 0)
        return own > other and (first != ENGLISH and second != ENGLISH and own > 0 or own >= MIN_HITS
                                or not latin and own > 0)

    candidates = [language for language in SPACED_LANGUAGES if language != ENGLISH and beats(language, ENGLISH)]
    if not candidates:
        return ENGLISH
    winner = candidates[0]
    for language in candidates[1:]:
        if beats(language, winner):
            winner = language
    return winner


# Chinese and Japanese write no word between spaces: their function words (的, 了, が, の) are characters and kana
# inside a run of their script, which the alignment reads there (``words.character_pairs``), and no word a caller
# finds between spaces and punctuation. The rules that count a text's function words among its words (the share of
# them that tells prose from a list, ``alignment.furniture``) were made for spaced words; counted a character at a
# time, any line of Chinese or Japanese holds a fifth of them, a list of headlines as much as prose.
UNSPACED_LANGUAGES = frozenset({CHINESE, JAPANESE})


@functools.cache
def with_english(language: str) -> frozenset[str]:
    """English's function words (scikit-learn's list) and ``language``'s: a text in another language quotes
    English names and titles too. English's alone for a language written without spaces (``UNSPACED_LANGUAGES``)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS  # on first use, not with the URLs

    if language == ENGLISH or language in UNSPACED_LANGUAGES:
        return ENGLISH_STOP_WORDS
    return ENGLISH_STOP_WORDS | function_words(language)


LANGUAGE_SAMPLE = 20_000  # characters of a story read to tell its language: enough, and no cost in a big story


def language_of_texts(texts: list[str]) -> str:
    """The language most of ``texts`` (a story's passages) is written in, read from them together (one passage
    is often too short to tell), from a sample spread over them (not the first article alone)."""
    sample, length = [], 0
    for text in texts[:: max(1, len(texts) // 50)]:
        sample.append(text)
        length += len(text)
        if length >= LANGUAGE_SAMPLE:
            break
    return language_of("\n".join(sample))
