"""Which words of a story act as verbs, read from the story itself, for labels in languages the English word
classes cannot read: a label names a sub-topic with a noun phrase ("fermeture de la station"), never a clause
("Voté mardi soir", "Demandent qu'elle serve").

No tagger or model is needed. In languages that write their articles as words of their own, a word's neighbours
in the story's own sentences say what it is: a word after an article or a determiner ("la *fermeture*") is a noun
or an adjective; a word after a subject pronoun, an auxiliary, a reflexive or a negation ("qu'elle *serve*", "a
*voté*", "se *cerrará*", "non *arriva*"), or followed at once by an article ("*promette* un catamarano",
"*cerrará* el 30 de junio"), is a verb. In languages without articles (Russian, Polish, Ukrainian) the word after
a preposition is a noun and the word after a negation, a pronoun or a modal is a verb, and some endings only verbs
have ("-ся", "-ać", "-ують") say so too, as does a stem the story writes in two genders of the past ("горів",
"горіла"). A word that acts as a verb more often than as a noun is verbal. Where every noun is capitalised
(German), a lower-case word inside a noun phrase is an adjective, which ends as one ("lange Staus", "der frühen
Siebzigerjahre"); any other lower-case word there ("Umweg *kostet* Zeit") is a verb.
"""

import re
from collections import Counter
from collections.abc import Iterable

from newsdesk.importing import speech_verbs

# Articles, demonstratives and possessives: the word after one is a noun or an adjective.
DETERMINERS = {
    "fr": "le la les l un une des du au aux ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes",
    "es": "el la los las un una unos unas del al este esta estos estas ese esa esos esas su sus nuestro nuestra "
          "aquel aquella",
    "it": "il lo la i gli le l un una uno del dello della dei degli delle al allo alla ai agli alle nel nello "
          "nella nei negli nelle sul sullo sulla sui sugli sulle dal dallo dalla dai dagli dalle questo questa "
          "questi queste quel quella quei quelle suo sua suoi sue",
    "pt": "o a os as um uma uns umas do da dos das no na nos nas ao aos à às pelo pela pelos pelas este esta "
          "estes estas esse essa esses essas seu sua seus suas",
    "ca": "el la els les l un una uns unes del dels al als pel pels aquest aquesta aquests aquestes seu seva",
    # Not "zijn" (as often "are" as "his"), "die" and "dat" (as often "who" and "that"): nouns stand before them.
    "nl": "de het een deze dit haar hun",
    # Languages without articles: the word after a preposition is the noun (or its adjective) it governs.
    "ru": "в во на с со к ко по о об обо от до из у за над под при без для про через между перед около после "
          "против среди вокруг",
    "pl": "w we na z ze do od o po przy bez dla przez za nad pod przed między u ku około wobec podczas",
    "uk": "в у на з із зі зо до від о об при без для про через між перед після під над по біля коло серед "
          "навколо крізь понад поза посеред проти щодо замість окрім крім",
    "cs": "v ve na z ze do od o po při bez pro přes za nad pod před mezi u k ke kvůli během podle",
    "sk": "v vo na z zo do od o po pri bez pre cez za nad pod pred medzi u k ku kvôli počas podľa",
    # Indonesian and Malay have no articles either: the word after a preposition is a noun.
    "id": "di ke dari pada kepada untuk dalam oleh terhadap bagi tentang",
    "ms": "di ke dari pada kepada untuk dalam oleh terhadap bagi tentang",
    # Romanian writes its definite article onto the noun ("salina"): the indefinite articles and the
    # demonstratives stand before it.
    "ro": "un o unui unei unor niște acest această acești aceste acestui acestei acestor acel acea acei acele "
          "fiecare fiecărui fiecărei orice",
    # Danish writes its definite article onto the noun ("havnen", "badet"): the indefinite articles, the
    # demonstratives and the possessives stand before it. Not "den", "det", "de" (as often "it", "they" before a
    # verb as "the" before an adjective).
    "da": "en et denne dette disse hans hendes dens dets deres vores min mit mine din dit dine sin sit sine hver "
          "hvert ethvert enhver",
    # Swedish writes its definite article onto the noun ("skolan", "taket") as Danish does: the indefinite
    # articles, the demonstratives and the possessives stand before it. Not "den", "det", "de".
    "sv": "en ett denna detta dessa hans hennes dess deras vår vårt våra min mitt mina din ditt dina sin sitt sina "
          "varje varenda",
    # Norwegian writes its definite article onto the noun ("ishallen", "taket") as Danish does: the indefinite
    # articles, the demonstratives and the possessives stand before it. Not "den", "det", "de".
    "nb": "en ei et denne dette disse hans hennes dens dets deres vår vårt våre min mitt mi mine din ditt di dine "
          "sin sitt si sine hver hvert enhver ethvert"
}
# Prepositions fused with an article ("du", "del", "della"), and articles that are prepositions as often
# (Portuguese "a": "acesso a", "em relação a"), which follow nouns all the time: any other determiner followed at
# once by a word shows that the word before it is a verb ("cerrará el 30 de junio", "perdent leur emploi").
FUSED = {
    "fr": "du des au aux",
    "es": "del al",
    "it": "del dello della dei degli delle al allo alla ai agli alle nel nello nella nei negli nelle sul sullo "
          "sulla sui sugli sulle dal dallo dalla dai dagli dalle",
    "pt": "a do da dos das no na nos nas ao aos à às pelo pela pelos pelas",
    "ca": "del dels al als pel pels",
    "nl": "",
    "ru": DETERMINERS["ru"],
    "pl": DETERMINERS["pl"],
    "uk": DETERMINERS["uk"],
    "cs": DETERMINERS["cs"],
    "sk": DETERMINERS["sk"],
    "id": DETERMINERS["id"],
    "ms": DETERMINERS["ms"],
    # Romanian "o" is a pronoun after its verb too ("a vizitat-o", "o să vină").
    "ro": "o",
    "da": "",
    "sv": "",
    "nb": ""
}
# Subject pronouns, auxiliaries of the perfect and the modals, reflexives and negations: the word after one is a
# verb. Words that are as often articles ("la", "le", "lo") are left out, and so are the forms of "to be", which a
# noun or an adjective follows as often as a participle ("es economista").
VERB_MARKERS = {
    "fr": "il elle ils elles on nous vous je j qu ne n se s y a ont avait avaient aura auront va vont doit doivent "
          "peut peuvent veut veulent",
    "es": "se no ha han había habían he hemos habrá va van puede pueden debe deben quiere quieren",
    "it": "si non ha hanno aveva avevano avrà può possono deve devono vuole vogliono ci",
    "pt": "se não ele ela eles elas tem têm tinha tinham terá vai vão pode podem deve devem",
    "ca": "es s no ha han havia havien va van pot poden vol volen",
    "nl": "ik jij je hij zij ze wij we jullie er niet heeft hebben had hadden wordt worden werd werden zal zullen "
          "kan kunnen moet moeten wil willen",
    # Not "стал", "стала", "стали" ("стал причиной", "became the cause"; "из стали") nor "начала" ("с начала сезона"):
    # a noun follows them as often as an infinitive, which its ending shows anyway.
    "ru": "я ты он она оно мы вы они не бы будет будут будем буду может могут могла мог должен должна должны "
          "нужно надо можно нельзя начал начали",
    "pl": "ja ty on ona ono my wy oni one nie będzie będą będziemy może mogą musi muszą trzeba można chce "
          "chcą został została zostało zostali zostały",
    # Not "став", "стала", "стали" (a pond, steel, and "стала причиною"), "має", "мають" ("має 620
    # працівників", "has") nor "буде", "будуть" ("чи буде робота", "will there be"): a noun follows them as often
    # as an infinitive.
    "uk": "я ти він вона воно ми ви вони не б би може можуть могла міг могли мусить мусять повинен повинна "
          "повинні треба потрібно можна почав почала почали",
    # Not "se" nor "si", which are prepositions as often as reflexives ("se sestrou").
    "cs": "já ty on ona ono my vy oni ony bude budou budeme může mohou musí musejí chce chtějí lze",
    # Slovak: as Czech, not "sa" nor "si", the reflexives, "si" also "you are".
    "sk": "ja ty on ona ono my vy oni ony bude budú budeme môže môžu musí musia chce chcú treba",
    # The auxiliaries of aspect and mood and the negation: a verb or a predicate follows ("sudah menyiapkan",
    # "bisa lumpuh", "tidak sanggup").
    "id": "sudah telah akan sedang masih belum bisa dapat harus mau ingin tidak tak sempat pernah boleh sering "
          "selalu jarang",
    "ms": "sudah telah akan sedang masih belum boleh dapat harus mahu mau ingin tidak tak sempat pernah sering "
          "selalu jarang",
    # Romanian: the perfect's and the infinitive's "a" ("a vizitat", "a anunța"), the future's and the conditional's
    # auxiliaries, the subjunctive's "să", the negation and the reflexive and weak pronouns. Not "au" nor "am", as
    # often "they have", "I have" before a noun ("au trei hoteluri").
    "ro": "a va vor vom vei veți ar aș ați să nu se s își îți îi îl le ne vă mi-a i-a",
    # Danish: the subject pronouns, the auxiliaries of the perfect, the modals, the negation and the reflexive
    # ("hun *siger*", "har *lukket*", "kan *tage*", "ikke *bade*"). Not "er" and "var" (an adjective follows as
    # often: "vandet er rent") nor "de", "den", "det" (articles as often).
    "da": "jeg du han hun vi man ikke aldrig har havde vil ville skal skulle kan kunne må måtte bør burde sig",
    # Swedish: the same ("hon *säger*", "har *stängt*", "kan *ta*", "inte *bada*"); not "är" and "var" (an adjective
    # follows as often: "vattnet är rent") nor "de", "den", "det".
    "sv": "jag du han hon hen vi man inte aldrig har hade vill ville ska skulle kan kunde måste får fick bör borde "
          "sig",
    # Norwegian: the same ("hun *sier*", "har *stengt*", "kan *ta*", "ikke *bade*"); not "er" and "var" (an adjective
    # follows as often: "vannet er rent") nor "de", "den", "det".
    "nb": "jeg du han hun vi man ikke aldri har hadde vil ville skal skulle kan kunne må måtte bør burde får fikk "
          "seg"
}
# Words that follow a verb: the word before one is a verb ("zapaliło się"). The word after one is as often the
# subject the verb goes before ("rozpoczęła się budowa mostu").
AFTER_VERB = {"pl": "się"}
# Finite forms of the auxiliaries, the copula, the modals and the commonest verbs (of saying, of place, of
# giving and getting), which the stop-word lists hold as function words and so let stand inside a run: each is a
# verb wherever it stands, and a run holding one is a clause ("risico is klein", "kippen van Hendriks werden").
# Not the forms that are as often nouns ("staat", the state; "heet", hot).
# Armenian's auxiliary "to be" in every person and tense, and negated: written apart, before or after the participle
# it goes with ("պայթել է", "ջուր է ստանում", "չի վերանորոգվել").
ARMENIAN = "hy"
ARMENIAN_AUXILIARIES = "է են էր էին եմ ենք ես եք էի էիր էինք էիք"
ARMENIAN_NEGATED = "չի չեն չէր չէին չեմ չենք չես չեք չէի չէինք չկա չկան չկար չունի չունեն"
FINITE_VERBS = {
    "nl": "is zijn was waren ben bent heeft hebben had hadden heb hebt werd werden wordt worden zegt zeggen zei "
          "zeiden moet moeten moest moesten kan kunnen kon konden zal zullen zou zouden wil willen wilde wilden "
          "mag mogen mocht mochten gaat gaan ging gingen komt komen kwam kwamen blijft blijven bleef bleven staan "
          "stond stonden ligt liggen lag lagen krijgt krijgen kreeg kregen geeft geven gaf gaven maakt maken "
          "maakte maakten vindt vinden vond vonden laat laten liet lieten lijkt lijken leek leken weet weten wist "
          "denkt denken dacht dachten vertelt vertelde vertelden noemt noemde begint beginnen begon begonnen "
          "houdt houden hield hielden loopt lopen liep liepen",
    # Indonesian and Malay auxiliaries of aspect and mood and adverbs of frequency, which say a clause goes on
    # ("Pemkab sudah menyiapkan", "pesangon buruh sering kali kalah"): never inside a label.
    "id": VERB_MARKERS["id"],
    "ms": VERB_MARKERS["ms"],
    # Finnish and Hungarian: the forms of "to be", the negation's verb and the commonest modals ("keskustelu *on*
    # avoinna", "ettei kaupunki *ole* valmistautunut", "*nincs* munka").
    "fi": "on ovat oli olivat olisi olisivat ole olla ollut olleet olen olet olemme olette olin olit olimme olitte "
          "ei eivät en et emme ette ettei eikä voi voivat voisi voidaan täytyy pitää aikoo aikovat haluaa haluavat "
          "joutuu joutuivat kannattaa",
    "hu": "van vannak volt voltak lesz lesznek lett lettek nincs nincsenek kell kellett lehet lehetett nem "
          # Hungarian's verbs of saying, as news prose writes them after a quotation or before a reported clause
          # ("– ... – mondta Kiss Ferenc", "közölte a polgármester"), in the third person, past and present.
          f"{' '.join(sorted(speech_verbs.HUNGARIAN_SAYING))} írta írja tette tették "
          # and the commonest verbs whose present's third person has no ending ("23 dolgozó marad", "kezelést
          # kap"), with the participle of "to be" ("40 kilométerre lévő").
          "marad maradnak kap kapnak kerül kerülnek jut jutnak lévő levő",
    # Danish: the forms of "to be", "to have" and "to become", the modals and the commonest verbs (of saying, of
    # getting, going, coming, showing and running: "Borgmester Lene Kragh *siger*", "ved Kanalvej *løb*"), in the
    # present and the past, and "så" (saw; and "then", "so", which opens a clause as often: "Så tag et brusebad").
    "da": "er var har havde bliver blev vil ville skal skulle kan kunne må måtte bør burde siger sagde fortæller "
          "fortalte oplyser oplyste forklarer forklarede erkender erkendte udtaler udtalte mener mente får fik går "
          "gik kommer kom står stod ligger lå giver gav gør gjorde tager tog ser så viser viste løber løb falder "
          "faldt bliver lukker lukkede åbner åbnede",
    # Swedish: the forms of "to be", "to have" and "to become", the modals and the commonest verbs (of saying, of
    # getting, going, coming, standing, showing, costing, closing and opening, leaking and running: "Rektor Maria
    # Holm *säger*", "vattnet *rann*"), in the present and the past.
    "sv": "är var har hade blir blev vill ville ska skulle kan kunde måste bör borde säger sade sa berättar "
          "berättade uppger uppgav förklarar förklarade menar menade får fick går gick kommer kom står stod ligger "
          "låg ger gav gör gjorde tar tog ser såg visar visade kostar kostade stänger stängde öppnar öppnade läcker "
          "läckte rinner rann faller föll",
    # Armenian: the auxiliary and copula "to be" in every person and tense, alone and negated ("պայթել *է*", "փակ
    # *են*", "*չի* վերանորոգվել"), "there is" and "there is not" ("չկա"), "must" ("պետք է") and the commonest verbs
    # of saying in the aorist ("ասաց", "նշեց", "հայտնեց").
    "hy": f"{ARMENIAN_AUXILIARIES} {ARMENIAN_NEGATED} կա կան կար կային պետք ասաց նշեց հայտնեց պատմեց խոստացավ",
    # Norwegian: the forms of "to be", "to have" and "to become", the modals and the commonest verbs (of saying, of
    # getting, going, coming, standing, showing, costing, closing and opening, leaking and running: "Rektor Siri
    # Lunde *sier*", "vannet *rant*"), in the present and the past.
    "nb": "er var har hadde blir ble vil ville skal skulle kan kunne må måtte bør burde sier sa forteller fortalte "
          "opplyser opplyste forklarer forklarte mener mente uttaler uttalte får fikk går gikk kommer kom står sto "
          "ligger lå gir ga gjør gjorde tar tok ser så viser viste koster kostet stenger stengte åpner åpnet lekker "
          "lekket renner rant faller falt løsnet løsner",
    # Czech: the forms of "to be", of the conditional and the commonest modals ("Novák *je* hydrolog", "hráz *byla*
    # stará"). Not "má", as often "my" as "has".
    "cs": "je jsou jsem jsi jsme jste byl byla bylo byli byly bude budou budeme není nejsou nebyl nebyla nebylo "
          "nebyli nebyly nebude nebudou by bych bychom mají měl měla mělo měli může mohou mohl mohla mohli musí "
          "musel musela museli lze",
    # Slovak: the forms of "to be", of the conditional and the commonest modals ("lanovka *bola* po revízii"); not
    # "si" (also the reflexive) nor "má" (as often "my" as "has").
    "sk": "je sú som sme ste bol bola bolo boli bude budú budeme nebol nebola nebolo neboli nebude nebudú by mal "
          "mala malo mali môže môžu mohol mohla mohli musí musia musel musela museli",
    # Romanian: the forms of "to be" and "to have" and the commonest modals ("terenul *este* instabil", "firma
    # *are* acționari").
    "ro": "este e sunt era erau fost fi fie fiind are aveau avea poate pot putea trebuie trebuia vrea vor"
}
# Demonstratives that close a noun phrase where modifiers follow their noun ("pesangon itu", "aksi tersebut"):
# what follows one is the clause's predicate ("Pesangon itu hak normatif"), and no run goes on past it.
CLOSERS = {"id": "itu ini tersebut", "ms": "itu ini tersebut"}
# Pronouns that stand as a clause's subject or object and never inside a noun phrase ("закривати підприємство
# ніхто не буде"): no label holds one.
PRONOUNS = {
    "uk": "ніхто ніщо нічого нікого нікому ніким нічим хтось щось когось чогось комусь чомусь кимось чимось "
          "будь-хто будь-що хто-небудь що-небудь абихто абищо дехто дещо",
    "ru": "никто ничто ничего никого никому никем ничем кто-то что-то кого-то чего-то кому-то чему-то кем-то "
          "чем-то кто-нибудь что-нибудь кое-кто кое-что",
}
# Words that open a clause right after a content word ("inkomen *dat* de boeren mislopen", "een zone *waarin*
# …"): a run ends before one. After a function word the same word is a determiner ("in *die* zone").
CLAUSE_OPENERS = {
    "nl": "dat die waarin waarop waarmee waardoor waarvan waar wat welke omdat terwijl toen nadat zodat doordat "
          "hoewel wanneer",
    # Finnish and Hungarian: the conjunctions, the relative pronouns and the word of a comparison ("isompi isku
    # *kuin* korona", "nagyobb csapás, *mint* a járvány"), which the stop-word lists let stand inside a run.
    "fi": "kuin että ettei joka jotka jonka joiden jota joita jossa joissa josta joista johon joihin jolla joilla "
          "jolle joille mutta kun jos koska vaikka jotta kunnes mikä mitkä mitä missä mistä mihin eikä",
    "hu": "mint hogy aki akik akit ami amit amely amelyek amelyet ahol amikor mert de ha bár mivel pedig",
    # Romanian: the conjunctions and the relatives ("susține *că* tasarea", "oraș *care* trăiește").
    "ro": "că care căreia căruia cărora unde când dacă deoarece fiindcă încât deși iar dar însă"
}
# Postpositions, which close the noun phrase before them ("tehtaan *ympärille*", "Bergin *mukaan*", "a bezárás
# *után*"): no label holds one, as a label cut there names a place or a time, not a sub-topic.
POSTPOSITIONS = {
    "fi": "mukaan jälkeen vuoksi takia kanssa aikana ympärille ympärillä ympäriltä ympäri alla alle alta yli ennen "
          "kautta lähellä lähelle läheltä puolesta vastaan sijaan asti saakka lähtien varten keskellä keskelle "
          "välillä välille takana taakse edessä eteen perässä perään päällä päälle luona luokse ohi läpi kohti myötä "
          "johdosta ansiosta perusteella yhteydessä osalta kannalta seurauksena aikaan",
    "hu": "után miatt szerint alatt alá alól körül köré mellett mellé előtt elé között közé nélkül helyett óta felé "
          "során révén ellen számára iránt fölött felett kívül belül múlva szemben keresztül",
}
# Endings of the comparative, whose comparison makes a clause's predicate ("tämä on kaupungille *isompi* isku kuin
# korona"): no label holds one. On a word of so many letters at least, but for nouns that so end ("lampi", a pond).
COMPARATIVE_ENDINGS = {
    "fi": (("mpi", "mman", "mmän", "mpaa", "mpää", "mmat", "mmät", "mpia", "mpiä", "mpana", "mpänä", "mmaksi",
            "mmäksi"), 6),
    # Not "-bban", "-bben": the inessive of a noun on "b" so ends ("klubban", "webben").
    "hu": (("bb", "bbak", "bbek", "bbat", "bbet"), 4),
}
COMPARATIVE_NOUNS = {"fi": ("lampi", "sampi", "kampaa")}
# The ending an adjective takes before its noun where the language writes it bare after a verb ("de *hele* dag",
# "het dorp is *heel* klein"; "*dode* zwanen", "*dood*"; "*lege* stallen", "*leeg*").
ADJECTIVE_INFLECTION = {"nl": "e"}
VOWELS = "aeiou"
# Endings that, but for a few nouns (``NOUN_ENDINGS``), only verbs (and the participles made from them) have, on a
# word of at least so many letters: the Russian reflexive ("закрывается") and infinitive ("рожать": shorter words
# so ending are as often nouns, "путь", "мать"), the Polish infinitive ("cofnąć"; "sieć" is a noun).
VERB_ENDINGS = {
    "ru": (("ся", "сь"), 4), "ru-infinitive": (("ать", "ять", "еть", "ить", "уть", "ыть", "оть"), 6),
    "pl": (("ać", "eć", "ić", "yć", "uć", "ąć"), 5),
    # Ukrainian: the reflexive ("звернулися"), the present's persons but the first singular ("сплачує", "чекає",
    # "горить", "працюють", "можуть", "платимо", "знаєте"), the imperative's plural ("увійдіть", "підтримайте"),
    # the impersonal past ("зупинено", "відкрито", "евакуйовано") and the infinitive of "-увати" ("працювати").
    # Not the infinitive's "-ти" nor the past's "-ла", "-ли", "-ло" alone: plurals and cases of nouns so end
    # ("кошти", "депутати", "сили", "села"; see ``PAST_TENSE``).
    "uk": (("ся", "сь"), 4),
    "uk-present": (("ує", "ює", "ає", "яє", "ить", "їть", "ать", "ять", "уть", "ють", "іть", "йте", "ємо", "имо",
                    "емо", "їмо", "ете", "єте", "ите", "їте"), 5),
    "uk-impersonal": (("ено", "єно", "ано", "яно", "ито", "уто"), 6),
    "uk-infinitive": (("увати", "ювати"), 7),
    # Czech: the present's persons of the verbs in "-ovat" and their like ("odhaduje", "pracují") and that
    # infinitive ("opravovat"); nouns do not so end.
    "cs": (("uje", "ují", "ujeme", "ujete", "ovat"), 5),
    # Slovak: the same present and infinitive ("vyšetruje", "pracujú", "opravovať").
    "sk": (("uje", "ujú", "ujeme", "ujete", "ovať"), 5),
    # Russian: the present's third persons ("считают", "закрывает", "пройдёт", "ведут"); nouns do not so end.
    "ru-present": (("ает", "яет", "еет", "ует", "юет", "ают", "яют", "еют", "уют", "юют", "дёт", "дут", "аёт"), 5),
}
# The Ukrainian infinitive's "-ти" after a vowel ("закривати", "говорити", "вирішити") is also the ending of many
# plurals and genitives ("депутати", "результати", "кредити", "зарплати"): such a word is read as an infinitive only
# on evidence, after a word that governs one ("треба закривати", "не будуть говорити") or where the story writes the
# same stem in the past ("закривали", "вирішив"), or by its shape alone on "-яти" after a consonant ("зупиняти",
# "змінювати" is read by "-увати"), which no plural of a noun writes; and never where the story writes the stem with
# a noun's case ending ("зарплата", "кредитів": ``NOUN_CASES``).
INFINITIVE_ENDINGS = {"uk": (("ати", "яти", "ити", "іти", "ути", "їти"), 6)}
GOVERN_INFINITIVE = {"uk": frozenset("""
    не треба потрібно необхідно можна слід варто буде будуть будемо буду почали почав почала почне почнуть хоче
    хочуть хочемо хотіли може можуть можемо змогли зможуть мусить мусять мусимо має мають маємо змушені вирішили
    вирішив вирішила планують планує довелося доведеться намагаються намагається продовжують продовжує перестали
    відмовилися готові щоб аби
""".split())}
PAST_ENDINGS = {"uk": ("в", "ла", "ли", "ло")}
INFINITIVE_SHAPES = {"uk": re.compile(r"[бвгґджзклмнпрстфхцчшщ]яти$")}
NOUN_CASES = {"uk": ("", "а", "у", "ою", "ів", "ам", "ами", "ах", "ом", "ові", "і")}
# Nouns that end so all the same: "запись", "подпись", "перепись", "смесь", "память", "печать"; Ukrainian "ртуть",
# "блакить", "благодать", "знать", "фортепіано", and the adverb "погано".
NOUN_ENDINGS = {"ru": ("пись", "смесь", "взвесь", "память", "печать", "кровать"),
                "uk": ("ртуть", "блакить", "благодать", "знать", "фортепіано", "погано")}
# The past tense, which says its subject's gender and number by its ending: a stem seen with the masculine's
# ending and with another's ("горів", "горіла"; "спитав", "спитали") is a verb's. Either ending alone is as often
# a noun's ("держав", "років"; "сила", "села").
# Russian writes its masculine past with "-л", which many nouns end on too, with a genitive in "-ла" ("канал",
# "канала"; "материал", "материала") and a neuter in "-ло" ("правило", "начало"): only a stem seen with "-л" and
# with the plural's "-ли" is a verb's ("сказал", "сказали"), which no noun so ending writes ("каналы").
PAST_TENSE = {"uk": ("в", ("ла", "ли", "ло")), "ru": ("л", ("ли",))}
PAST_VOWELS = "аеиіїоуяюєы"  # a past stem ends on a vowel: "горі-в", "сказа-в", "пішо-в", "закры-л"
# The Russian past's plural alone ("собрали", "направили", "предложили"), on a stem ending on "а", "я", "и", "ы" or
# "у", in a word of so many letters at least: a noun's plural or case ends so only where its stem ends on a soft
# "-ль" ("детали", "автомобили"), and the story that writes one mostly writes the noun in another case too
# ("деталей", "автомобиль": ``PAST_NOUN_CASES``), which then keeps the word a noun. Not "-ели" nor "-оли": the
# nouns of agents ("жители", "родители", "водители") and "роли", "боли" so end.
PAST_PLURAL = {"ru": (re.compile(r"[аяиыу]ли$"), 6)}
PAST_NOUN_CASES = {"ru": ("ь", "ей", "ям", "ями", "ях", "я", "ю", "е", "ем", "ы", "ом", "ов", "у", "ам", "ами", "ах")}
PAST_STEM = 3  # letters of a past stem at least: "бу-в", "ма-в" say nothing
# Capitals written without their accent that are then no verb marker: French "A" is most often "À" ("A cause de la
# neige", "A terme"), not "a".
UNACCENTED_CAPITALS = {"fr": frozenset({"A"})}
# How an adjective ends where every noun is capitalised: the lower-case words a noun phrase may hold.
ADJECTIVE_ENDINGS = {"de": ("e", "en", "er", "es", "em")}

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
# A word's letters between apostrophes: an elided article or pronoun is a word of its own.
LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)
# Neighbours are read within a clause: a word before a full stop or a comma is no neighbour of the word after it.
CLAUSE_BREAK = re.compile(r"[^\w\s'’-]|\d", re.UNICODE)


def _clauses(text: str) -> list[list[str]]:
    """The text's clauses as lists of words, as written, with an elided article or pronoun a word of its own
    ("l'école": "l", "école"; "qu'elle": "qu", "elle")."""
    return [words for words in map(LETTERS.findall, CLAUSE_BREAK.split(text)) if words]


def _written_words(clauses: list[list[str]]) -> frozenset[str]:
    """Every word of ``clauses`` in lower case (capitalised or not: a form may open a sentence, "Горіла крамниця")."""
    return frozenset(word.lower() for words in clauses for word in words)


def _written_as_noun(word: str, seen: frozenset[str], cases: tuple[str, ...]) -> bool:
    """``seen`` holds ``word``'s stem (its last letter off) with one of a noun's case endings ``cases``: "зарплати"
    beside "зарплата", "детали" beside "деталей"."""
    return any(word[:-1] + case in seen for case in cases)


def _past_forms(seen: frozenset[str], masculine: str, others: tuple[str, ...]) -> frozenset[str]:
    """The words of ``seen`` (``_written_words``) that are forms of the past tense: a stem of ``PAST_STEM`` letters or
    more, ending on a vowel, seen with the ``masculine`` ending and with one of the ``others``."""
    stems = {word[:-len(masculine)] for word in seen if word.endswith(masculine)}
    stems = {stem for stem in stems if len(stem) >= PAST_STEM and stem[-1] in PAST_VOWELS
             and any(stem + ending in seen for ending in others)}
    return frozenset(stem + ending for stem in stems for ending in (masculine, *others) if stem + ending in seen)


def _past_plurals(seen: frozenset[str], language: str | None) -> frozenset[str]:
    """The words of ``seen`` (``_written_words``) that end as ``language``'s past plural (``PAST_PLURAL``) and whose
    stem the story never writes with a noun's case ending (``PAST_NOUN_CASES``)."""
    if language not in PAST_PLURAL:
        return frozenset()
    shape, shortest = PAST_PLURAL[language]
    return frozenset(word for word in seen if len(word) >= shortest and shape.search(word)
                     and not _written_as_noun(word, seen, PAST_NOUN_CASES[language]))


def _infinitives(clauses: list[list[str]], seen: frozenset[str], language: str | None) -> frozenset[str]:
    """The words of ``seen`` (``_written_words`` of ``clauses``) that end as ``language``'s infinitive
    (``INFINITIVE_ENDINGS``) and are read as one on evidence: after a word that governs an infinitive
    (``GOVERN_INFINITIVE``), with the stem written in the past (``PAST_ENDINGS``), or in a shape only an infinitive
    has (``INFINITIVE_SHAPES``); never when the story writes the stem with a noun's case ending (``NOUN_CASES``)."""
    if language not in INFINITIVE_ENDINGS:
        return frozenset()
    suffixes, shortest = INFINITIVE_ENDINGS[language]
    governed = set()
    for words in clauses:
        lowered = [word.lower() for word in words]
        governed.update(word for before, word in zip(lowered, lowered[1:], strict=False)
                        if before in GOVERN_INFINITIVE[language])
    found = set()
    for word in seen:
        if len(word) < shortest or not word.endswith(suffixes):
            continue
        if _written_as_noun(word, seen, NOUN_CASES[language]):
            continue
        if word in governed or INFINITIVE_SHAPES[language].search(word) or any(
                word[:-2] + ending in seen for ending in PAST_ENDINGS[language]):
            found.add(word)
    return frozenset(found)


# Indonesian and Malay verbs by their affixes: the active prefix meN-, which takes the root's first letter's place
# or stands before it ("menyiapkan": siap, "menghitung": hitung, "memakai": pakai, "menutup": tutup, "membayar":
# bayar, "melapor": lapor), the passive di- and the intransitive ber-, with the suffixes -kan and -i (and the
# enclitic -nya). Such a word is a verb where the story writes its root, alone or with another affix
# ("perhitungan", "persiapan", "dibayar"): "menteri", "media", "dinas" or "berita" do not make "teri", "dia",
# "nas" or "ita" a root. Not ter-, which makes superlatives and states that follow their noun as its modifier
# ("pabrik terbesar", "warga terdampak").
AFFIXING = frozenset({"id", "ms"})
ROOT_LETTERS = 3  # a root holds three letters at least
AFFIX_SUFFIXES = ("kannya", "inya", "nya", "kan", "i", "an", "")
AFFIX_VOWELS = "aeiou"


def _unprefixed(word: str) -> set[tuple[str, bool]]:
    """(root, whether the prefix is a verb's) for each way ``word`` (without its suffix) splits into a prefix of
    Indonesian or Malay and a root, the root's first letter restored where a prefix took its place."""
    found: set[tuple[str, bool]] = {(word, False)}
    rest = word[4:]
    if word.startswith("meng") and rest:
        found.add((rest, True))
        if rest[0] in AFFIX_VOWELS:
            found.add(("k" + rest, True))
    if word.startswith("meny") and rest:
        found.add(("s" + rest, True))
    rest = word[3:]
    if word.startswith("mem") and rest:
        if rest[0] in "bpf":
            found.add((rest, True))
        elif rest[0] in AFFIX_VOWELS:
            found.add(("p" + rest, True))
    if word.startswith("men") and rest and not word.startswith(("meng", "meny")):
        if rest[0] in "dcjtsz":
            found.add((rest, True))
        elif rest[0] in AFFIX_VOWELS:
            found.add(("t" + rest, True))
    if word.startswith("me") and word[2:3] in tuple("lmnrwy"):
        found.add((word[2:], True))
    if word.startswith("ber"):
        found.add((word[3:], True))
    if word.startswith("di"):
        found.add((word[2:], True))
    # Prefixes of nouns and states, which show a root without making a verb: peN-, per-, ke-, ter-.
    for prefix in ("peng", "peny", "pem", "pen", "per", "pe", "ke", "ter"):
        if word.startswith(prefix):
            rest = word[len(prefix):]
            found.add((rest, False))
            if prefix == "peny" and rest:
                found.add(("s" + rest, False))
            if prefix in ("pem", "pen", "peng") and rest and rest[0] in AFFIX_VOWELS:
                found.add(({"pem": "p", "pen": "t", "peng": "k"}[prefix] + rest, False))
    return {(root, verb) for root, verb in found if len(root) >= ROOT_LETTERS}


def _roots(word: str) -> set[tuple[str, bool]]:
    """(root, whether an affix of a verb shows it) for each way ``word`` splits into its affixes and a root."""
    found = set()
    for suffix in AFFIX_SUFFIXES:
        if suffix and not word.endswith(suffix):
            continue
        base = word[:len(word) - len(suffix)] if suffix else word
        found |= _unprefixed(base)
    return found


def _affixed_verbs(clauses: list[list[str]], language: str | None, function_words: frozenset[str]) -> frozenset[str]:
    """The lower-case words of ``clauses`` that are verbs by their affixes, in a language that so makes its verbs
    (``AFFIXING``): a prefix of a verb on a root that another word of the story shows, as it is or with other
    affixes; never a root that is a function word."""
    if language not in AFFIXING:
        return frozenset()
    seen = {word for words in clauses for word in words if word.islower()} - function_words
    analyses = {word: _roots(word) for word in seen}
    shown: Counter = Counter()
    for found in analyses.values():
        for root in {root for root, _ in found}:
            shown[root] += 1
    return frozenset(word for word, found in analyses.items()
                     if any(verb and root != word and root not in function_words
                            and (root in seen or shown[root] > 1 or _long_root(word, root)) for root, verb in found))


LONG_ROOT = 5  # letters of a root that a verb's prefix shows even where the story writes it nowhere else


def _long_root(word: str, root: str) -> bool:
    """A root of ``LONG_ROOT`` letters or more, opening as a root of the language does (a vowel, or a consonant
    and a vowel), after a prefix of an active or intransitive verb ("mencapai": capai, "berlangsung": langsung):
    no noun so opens but a loan, whose root then opens on two consonants ("merdeka") or is short ("menteri",
    "berita"). Not after di-, which loans open too ("direktur", "distrik")."""
    return len(root) >= LONG_ROOT and not word.startswith("di") \
        and (root[0] in AFFIX_VOWELS or root[1] in AFFIX_VOWELS)


def postpositions(language: str | None) -> frozenset[str]:
    """The postpositions of ``language`` (``POSTPOSITIONS``)."""
    return frozenset(POSTPOSITIONS.get(language or "", "").split())


def comparatives(texts: Iterable[str], language: str | None) -> frozenset[str]:
    """The lower-case words of ``texts`` that end as ``language``'s comparative (``COMPARATIVE_ENDINGS``)."""
    if language not in COMPARATIVE_ENDINGS:
        return frozenset()
    endings, shortest = COMPARATIVE_ENDINGS[language]
    nouns = COMPARATIVE_NOUNS.get(language, ())
    return frozenset(word for text in texts for word in WORD.findall(text)
                     if word.islower() and len(word) >= shortest and word.endswith(endings)
                     and not word.endswith(nouns))


def closers(language: str | None) -> frozenset[str]:
    """The demonstratives of ``language`` that close a noun phrase (``CLOSERS``)."""
    return frozenset(CLOSERS.get(language or "", "").split())


def pronouns(language: str | None) -> frozenset[str]:
    """The pronouns of ``language`` that no noun phrase holds (``PRONOUNS``)."""
    return frozenset(PRONOUNS.get(language or "", "").split())


def clause_openers(language: str | None) -> frozenset[str]:
    """The words of ``language`` that open a clause right after a content word (``CLAUSE_OPENERS``)."""
    return frozenset(CLAUSE_OPENERS.get(language or "", "").split())


def verbal_words(texts: Iterable[str], language: str | None,
                 function_words: frozenset[str] = frozenset()) -> frozenset[str]:
    """The lower-case words of ``texts`` that act as verbs in them, in ``language`` (empty where this module has
    no tables for it); ``function_words`` (prepositions, conjunctions, pronouns) are never among them, but for the
    finite verbs the language's tables list (``FINITE_VERBS``), which are verbs wherever they stand."""
    return _read_verbs(texts, language, function_words) | frozenset(FINITE_VERBS.get(language or "", "").split())


def _read_verbs(texts: Iterable[str], language: str | None, function_words: frozenset[str]) -> frozenset[str]:
    if language == ARMENIAN:
        return _armenian_verbs(texts, function_words)
    if language in ADJECTIVE_ENDINGS:
        endings = ADJECTIVE_ENDINGS[language]
        return frozenset(word for text in texts for word in WORD.findall(text)
                         if word[:1].islower() and not word.lower().endswith(endings)) - function_words
    if language in VERB_SHAPES:
        return _shaped_verbs(texts, language, function_words)
    if language not in DETERMINERS:
        return frozenset()
    determiners = frozenset(DETERMINERS[language].split())
    markers = frozenset(VERB_MARKERS[language].split())
    after_verb = determiners - frozenset(FUSED[language].split()) | frozenset(AFTER_VERB.get(language, "").split())
    endings = [ending for key, ending in VERB_ENDINGS.items() if key.split("-")[0] == language]
    nouns = NOUN_ENDINGS.get(language, ())
    clauses = [clause for text in texts for clause in _clauses(text)]
    seen = _written_words(clauses)
    past = _past_forms(seen, *PAST_TENSE[language]) if language in PAST_TENSE else frozenset()
    past |= _past_plurals(seen, language)
    infinitives = _infinitives(clauses, seen, language)
    affixed = _affixed_verbs(clauses, language, function_words)
    unaccented = UNACCENTED_CAPITALS.get(language, frozenset())
    neighbours = determiners | markers
    nominal: Counter = Counter()
    verbal: Counter = Counter()
    for words in clauses:
        lowered = [word.lower() for word in words]
        # A capitalised word is a name or opens a sentence, and a capitalised article opens a name ("l'hôtel
        # restaurant Le Chamois"): neither says what the word before it is.
        for word, written, before, written_before, after in zip(
                lowered, words, [""] + lowered[:-1], [""] + words[:-1], words[1:] + [""], strict=True):
            if language in AFFIXING and written[0].isupper() and written_before[:1].isupper():
                nominal[word] += 1  # inside a name of common nouns ("Balai Latihan Kerja", "Jaminan Kehilangan")
            if word in neighbours or not written[0].islower():
                continue
            if before in determiners:
                nominal[word] += 1
            elif before in markers and written_before not in unaccented:
                verbal[word] += 1
            if after in after_verb:
                verbal[word] += 1
            if endings and any(len(word) >= shortest and word.endswith(suffixes) for suffixes, shortest in endings) \
                    and not word.endswith(nouns):
                verbal[word] += 1
            if word in affixed or word in infinitives:
                verbal[word] += 1
            if word in past:
                verbal[word] += 1
    return frozenset(word for word, count in verbal.items() if count > nominal[word]) - function_words


# Languages without articles nor subject pronouns before their verbs (Finnish), whose verbs are read by their
# endings alone, on a word of so many letters at least: the referative ("sulkevansa", "kertoneensa"), the third
# person plural ("etsivät", "kertoivat", "sanovat"; not "-avat", "-uvat": "tavat", "kuvat" are nouns), the active
# past participle ("laskenut", "päättänyt", "noussut", "työskennellyt", "asioineet"; not "-oneet": "koneet" are
# machines), the passive's present and past after a
# vowel ("suljetaan", "tarvitaan", "siirretään"; "suljettiin", "puhuttiin", "kuultiin": not "tehtaan",
# "veroprosenttiin", a genitive and an illative), the conditional ("kantaisi"; not "poliisi", "kriisi"), the past's
# third person singular on "-oi", "-ui" ("kertoi", "kutsui"), and the present's third person singular, a long
# vowel ("sulkee", "kertoo", "vaatii"; not "-aa", "-ää", the partitive's: "miljoonaa", "työntekijää").
VERB_SHAPES = {"fi": (re.compile(
    r"(?:vansa|vänsä|neensa|neensä|[eioöy]vat|[eioöy]vät|nut|nyt|llut|llyt|ssut|ssyt|rrut|rryt"
    r"|[aeiuyäö]neet|lleet|sseet|[aeiouyäö][td](?:aan|ään)|[aeiouyäö]t?tiin|ltiin|[^i]isi"
    r"|oi|öi|ui|yi|ee|oo|öö|ii|uu|yy)$"), 6),
    # Hungarian, whose verbs take their person and tense on ("nyithat", "kezdődhet"), by the endings only its verbs
    # write, on a word of so many letters at least: the potential ("-hat", "-het", "-hatnak", "-hetnek"), the past
    # of the definite conjugation after a consonant or a doubled "t" ("kapta", "közölte", "jelentette";
    # "tájékoztatták", "közölték") and the indefinite past after a vowel ("fogalmazott", "érkezett", "döntött").
    # Not a noun's accusative ("gázt", "ülést": no vowel before the ending) nor its possessive ("testülete").
    "hu": (re.compile(
        r"(?:hat|het|hatnak|hetnek|[bcdfghjklmnprsvz]t[ae]|tt[ae]|[bcdfghjklmnprsvz]t[áé]k|tt[áé]k"
        r"|[aeoöuü]tt)$"), 5)}
# Nouns that end so all the same: "laivat" (ships), and the compounds of "puu", "syy", "kuu", "suu", "luu", "tee"
# ("tammikuu", "pääsyy"), "aineet", "välineet" ("raaka-aineet", "suojavälineet").
SHAPE_NOUNS = {"fi": ("laivat", "puu", "syy", "kuu", "suu", "luu", "tee", "pyy", "aineet", "välineet"),
               # Hungarian nouns and adverbs that end as a verb does: "posta" (post), "lista" (list), "szerte"
               # (throughout), "karta", "kazetta", and the postpositions "helyett", "mellett", "között", "fölött".
               "hu": ("posta", "lista", "szerte", "karta", "kazetta", "helyett", "mellett", "között", "felett",
                      "fölött", "alatt", "előtt", "mögött")}
# Shapes a noun's case shares with a verb's: the illative of a noun on "-i" or on a vowel after "t", "d" (the
# passive's "kerrottiin", "suljetaan"; the nouns' "budjettiin", "sotaan") and the plural of a noun on "-ine" (the
# participle's "asioineet"; "välineet"). Such a word is a noun where the story writes its stem with a noun's ending
# (``SHAPE_NOUN_CASES``: "budjetti", "budjetin", "sodan", "väline") and no other verb form of it (the passive's
# "suljettu", "kerrotaan", the participle's "asioinut": ``SHAPE_VERB_FORMS``). Each: the shape, the letters cut
# off the word to its noun's stem, the stem's grades before a closed syllable ("tt" of "budjetti", "t" of
# "budjetin"; "t" of "sota", "d" of "sodan"), the letters cut off the word to its verb's stem, and whether the noun's
# stem written bare tells a noun ("budjetti"; not "sota": "tarvita", "suljeta" are verbs, of "tarvitaan").
SHAPE_AMBIGUOUS = {"fi": (
    (re.compile(r"[aeiouyäö]t?tiin$"), 2, (("tti", "ti"),), 4, True),
    (re.compile(r"[aeiouyäö][td](?:aan|ään)$"), 2, (("ta", "da"), ("tä", "dä")), 4, False),
    (re.compile(r"[aeiuyäö]neet$"), 2, (), 3, True),
)}
SHAPE_NOUN_CASES = {"fi": ("a", "ä", "n", "ssa", "ssä", "sta", "stä", "lla", "llä", "lle", "lta", "ltä", "ksi",
                           "na", "nä", "en", "t", "ja", "jä")}
SHAPE_VERB_FORMS = {"fi": ("aan", "ään", "tu", "ty", "ttu", "tty", "taan", "tään", "tava", "tävä", "ttava", "ttävä",
                           "ut", "yt")}
# The past's third person singular on "-i" ("nousi", "sulki", "meni"), which many nouns end on too ("kaupunki",
# "paperi", "poliisi"): a verb's where the story writes its stem (the "-i" off) with an ending only a verb has
# ("nousee", "noussut", "menivät"), or the word itself with the plural's ("kertoivat").
PAST_BY_STEM = {"fi": ("i", ("ee", "oo", "öö", "uu", "yy", "aa", "ää", "ivat", "ivät", "nut", "nyt", "sut", "syt",
                             "lut", "lyt", "rut", "ryt", "vat", "vät", "evat", "evät"), ("vat", "vät"), 5)}


# Armenian verbs by their endings, on a word of so many letters at least: the infinitive and the perfect participle
# that goes with the auxiliary ("պայթել", "փոխարինել", "եռացնել", "կանգնել"), the infinitive's cases and the participle
# of simultaneity ("վերականգնվելուց", "բարելավելու", "օգտագործելիս"), the passive subjunctive ("փոխարինվի", "կտրվեն")
# and the aorist's third persons ("պայթեց", "բացվեց", "խոստացավ", "ասաց", "կանգնեցին"). Not "-ան", "-ում", "-ած",
# the endings of many nouns and cases too ("Հայաստան", "քաղաքում"), which are read beside the auxiliary only.
ARMENIAN_VERB_ENDINGS = (
    (("ել", "ալ", "ելու", "ալու", "ելուց", "ալուց", "ելիս", "ալիս", "վի", "վեն", "եցին", "ացին"), 5),
    (("եց", "աց", "ավ"), 4),
)
# The future's and conditional's "կ-" and the negation's "չ-", written onto the verb before a consonant ("կլինի",
# "կվերականգնվի", "կհասցնեն"; "չզգուշացրեց", "չգիտի"), and before a vowel on the verbs in "-ենալ", "-անալ" ("կարժենա",
# "կբարձրանա"): with a verb's ending ("-ի", "-են", "-ա", …). Not "կ-" before "ր" ("կրթություն", education).
ARMENIAN_VOWELS = "աեէըիոօ"
ARMENIAN_PERSON_ENDINGS = ("ի", "են", "ենք", "եք", "ես", "ա", "ան", "անք", "աք", "աս", "ինք", "իք", "իր", "ին")
# Endings that are verbal beside the auxiliary ("դժգոհում են", "ջուր է ստանում", "հետաձգված են"), and nouns' cases or
# adjectives elsewhere ("քաղաքում", "վնասված հատվածը").
ARMENIAN_BESIDE_AUXILIARY = ("ում", "ած", "ել", "ալ")


def _armenian_verbs(texts: Iterable[str], function_words: frozenset[str]) -> frozenset[str]:
    """The lower-case words of ``texts`` that are Armenian verbs: by their endings (``ARMENIAN_VERB_ENDINGS``), by the
    future's or the negation's prefix with a person's ending, or beside the auxiliary with a participle's ending; the
    word after a negated auxiliary is its verb ("չի *ասում*", "չեն *հասնում*"). Never a function word."""
    auxiliaries = frozenset(f"{ARMENIAN_AUXILIARIES} {ARMENIAN_NEGATED}".split())
    negated = frozenset(ARMENIAN_NEGATED.split())
    found: set[str] = set()
    for text in texts:
        for words in _clauses(text):
            lowered = [word.lower() for word in words]
            for position, (word, written) in enumerate(zip(lowered, words, strict=True)):
                if not written[:1].islower() or word in auxiliaries:
                    continue
                before = lowered[position - 1] if position else ""
                after = lowered[position + 1] if position + 1 < len(lowered) else ""
                if any(len(word) >= shortest and word.endswith(endings) for endings, shortest in ARMENIAN_VERB_ENDINGS):
                    found.add(word)
                elif len(word) >= 4 and word[0] in "կչ" and word.endswith(ARMENIAN_PERSON_ENDINGS) and (
                        word[1] not in ARMENIAN_VOWELS + "ր" or word.endswith(("ենա", "անա", "ենան", "անան"))):
                    found.add(word)
                elif before in negated:
                    found.add(word)
                elif (before in auxiliaries or after in auxiliaries) and word.endswith(ARMENIAN_BESIDE_AUXILIARY):
                    found.add(word)
    return frozenset(found) - function_words


def _shaped_verbs(texts: Iterable[str], language: str, function_words: frozenset[str]) -> frozenset[str]:
    """The lower-case words of ``texts`` that are verbs by their endings (``VERB_SHAPES``), and those that end as the
    past does where the story writes the same stem as a verb (``PAST_BY_STEM``); never a function word."""
    shape, shortest = VERB_SHAPES[language]
    nouns = SHAPE_NOUNS.get(language, ())
    written = {word for text in texts for word in WORD.findall(text) if word.islower()}
    seen = {word.lower() for text in texts for word in WORD.findall(text)}
    found = {word for word in written if len(word) >= shortest and shape.search(word) and not word.endswith(nouns)}
    found -= _shaped_nouns(found, seen, language)
    if language in PAST_BY_STEM:
        ending, stem_endings, word_endings, past_shortest = PAST_BY_STEM[language]
        for word in written:
            if len(word) < past_shortest or not word.endswith(ending) or word in found:
                continue
            stem = word[:-len(ending)]
            if any(stem + tail in seen for tail in stem_endings) or any(word + tail in seen for tail in word_endings):
                found.add(word)
    return frozenset(found) - function_words


def _shaped_nouns(found: set[str], seen: set[str], language: str) -> set[str]:
    """The words of ``found`` whose shape a noun's case shares (``SHAPE_AMBIGUOUS``) and which the story ``seen``
    writes with a noun's ending on their stem, and with no other verb's ending on it."""
    nouns = set()
    cases, verb_forms = SHAPE_NOUN_CASES.get(language, ()), SHAPE_VERB_FORMS.get(language, ())
    for word in found:
        for shape, noun_cut, grades, verb_cut, bare in SHAPE_AMBIGUOUS.get(language, ()):
            if not shape.search(word):
                continue
            stem = word[:-noun_cut]  # "budjetti", "sota", "väline"
            stems = {stem} | {stem[:-len(strong)] + weak for strong, weak in grades if stem.endswith(strong)}
            verb_stem = word[:-verb_cut]  # "kerrot" of "kerrottiin", "sulje" of "suljetaan", "asioin" of "asioineet"
            if len(verb_stem) >= 3 and any(verb_stem + tail in seen - {word} for tail in verb_forms):
                continue
            written = {form + case for form in stems for case in cases} | ({stem} if bare else set())
            if written - {word} & seen:
                nouns.add(word)
    return nouns


def _inflected(word: str, ending: str) -> set[str]:
    """The forms ``word`` takes with ``ending`` written on: as it is ("klein", "kleine"), its last consonant
    doubled after a short vowel ("wit", "witte"), a long vowel written once ("dood", "dode"; "leeg", "lege")."""
    forms = {word + ending}
    if len(word) > 2 and word[-1] not in VOWELS and word[-2] in VOWELS:
        forms.add(word + word[-1] + ending)
        if word[-3] == word[-2]:
            forms.add(word[:-2] + word[-1] + ending)
    return forms


def adjectives(texts: Iterable[str], language: str | None,
               function_words: frozenset[str] = frozenset()) -> frozenset[str]:
    """The lower-case words of ``texts`` that are adjectives, in a language that inflects an adjective before its
    noun (``ADJECTIVE_INFLECTION``): each word the story writes both bare and inflected ("heel" and "hele", "dood"
    and "dode", "gedood" and "gedode"), the inflected form seen before a lower-case word other than a function word
    (its noun: "dode zwanen"; not "zone van", which "zoon" does not make an adjective), in either form. Neither form
    ends a noun phrase: the inflected one stands before its noun, the bare one after a verb ("mensen heel klein",
    "de waarde van de gedode")."""
    if language in ADJECTIVE_SHAPES:
        return _shaped_adjectives(texts, language) - function_words
    ending = ADJECTIVE_INFLECTION.get(language or "")
    if not ending:
        return frozenset()
    clauses = [clause for text in texts for clause in _clauses(text)]
    seen = {word for words in clauses for word in words if word.islower()}
    attributive = {word for words in clauses for word, after in zip(words, words[1:], strict=False)
                   if word.islower() and word.endswith(ending) and after.islower() and after not in function_words}
    found = set()
    for word in seen - function_words:
        inflected = _inflected(word, ending) & attributive
        if inflected:
            found.add(word)
            found.update(inflected)
    return frozenset(found)


# Endings only adjectives write, in a language whose adjectives stand before their noun and agree with it (Czech:
# "zničený", "čistá", "průmyslové", "lesního", "horního", "opuštěných"), on a word of so many letters at least: a
# noun phrase never ends on one ("most Horního lesního" of "most Horního lesního parku"). A capitalised word
# so ends as a surname does ("Novotný", "Dvořáková"): only the oblique endings, which no name in the nominative writes,
# count there.
ADJECTIVE_SHAPES = {"cs": (("ý", "á", "é", "ého", "ému", "ých", "ými", "ým", "ího", "ímu"),
                           ("ého", "ému", "ých", "ými", "ým", "ího", "ímu"), 4)}


def _shaped_adjectives(texts: Iterable[str], language: str) -> frozenset[str]:
    """The words of ``texts``, as written, with an ending only adjectives of ``language`` write
    (``ADJECTIVE_SHAPES``)."""
    endings, oblique, shortest = ADJECTIVE_SHAPES[language]
    return frozenset(word for text in texts for word in WORD.findall(text) if len(word) >= shortest and (
        word.islower() and word.endswith(endings) or word.lower().endswith(oblique)))
