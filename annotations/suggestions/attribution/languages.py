"""Attribution in German, French, Spanish, Italian, Portuguese and Russian: one table per language, read by a
few rules that every language shares.

The English rules of this package know English words by the hundred; news in the other languages reports words
in a handful of shapes, which these rules read from the tables:

- a phrase of source before its source ("laut", "nach Angaben", "selon", "d'après", "según", "de acuerdo con",
  "secondo", "segundo", "de acordo com", "по словам", "по данным"): the cue runs to the end of the phrase that
  names the source; after an article it is an ordinal ("il secondo anno", "no segundo semestre") and no cue.
  "según han anunciado los sindicatos" reads the verb after it as below;
- a postposition after its source ("den Angaben der Verwaltung zufolge") and a closing "so X" after a comma;
- a reporting verb (finite, or a participle after its auxiliary: "a déclaré", "ha detto", "hat gesagt") and its
  source: the subject before it in its clause ("Le maire de Mirebel, Jean-Luc Perrot, estime"; "wie die
  Gemeinde mitteilte"; "В администрации города сообщили"), or, when nothing that can be a subject opens the
  clause before the verb (a quotation, a comma, a preposition: "Am Freitag sagte"), the phrase after it, past a
  weekday and a phrase of whom it was told to ("a annoncé jeudi la direction", "a expliqué à notre antenne le
  vice-président …, Alain Février", "— заявила она"); a pronoun is a cue without a named source; a verb after
  "et", "e", "und", "qui" carries on the words of the cue before it in the sentence;
- verbs that report only in a construction of their own: a German verb with its separable particle at the end of
  its clause ("teilte … mit", "weist … zurück"), or that changes meaning with one ("sagte das Turnier ab"), a
  verb with its preposition ("sprach von", "rechnet mit", "hieß es"), verbs that are ordinary verbs too
  ("indique", "conta", "schätzt"), which need a clause, a colon or a quotation, or a source after them, and
  demands, which need a clause or an infinitive ("fordert, … zu"; "piden adelantar"; not "ha chiesto lo stato di
  emergenza").

The language of an article is told once, by ``newsdesk.importing.languages`` (the function words of 33
languages), as the alignment and story matching tell it (``language_of``); English articles never reach these
rules, so their suggestions are the English rules' alone. Arabic and Japanese have readers of their own
(``arabic``, ``japanese``; ``reader_of``): Arabic writes its conjunctions onto its verbs and puts the subject after
the verb, and Japanese has no spaces, so a table of words read token by token does not fit them. Quotation marks
of these languages are read by ``base.quoted_tokens`` („…“, »…«, ‚…‘, « », and dialogue dashes for the
languages that write them).
"""

import re
from dataclasses import dataclass
from functools import cache

from annotations.suggestions.attribution import (
    amharic,
    arabic,
    armenian,
    bengali,
    bulgarian,
    burmese,
    chinese,
    danish,
    filipino,
    georgian,
    greek,
    hebrew,
    hindi,
    hungarian,
    indonesian,
    japanese,
    khmer,
    korean,
    lithuanian,
    norwegian,
    persian,
    romanian,
    serbo_croatian,
    swahili,
    swedish,
    tamil,
    thai,
    turkish,
    ukrainian,
    urdu,
    vietnamese,
)
from annotations.suggestions.attribution.sources import _suggestion
from annotations.suggestions.attribution.words import TAG
from annotations.suggestions.base import Suggestion
from annotations.suggestions.wording import mid_sentence, possessive
from newsdesk.importing import calendar_names, scripts, speech_verbs
from newsdesk.importing import languages as languages_read
from newsdesk.importing.furniture_vocabulary import DATE_NAMES, words
from newsdesk.importing.tokens import ABBREVIATIONS, TITLES_WRITTEN_AS_WORDS


def _words(forms: frozenset[str]) -> str:
    """``forms`` as a table's entry: single words between spaces."""
    return " ".join(sorted(forms))


# One table per language, in lower case: single words separated by spaces, phrases by "|", and "verb:word,word"
# for what a verb needs after it. Keys (any but "verbs" may be left out):
# - verbs: finite reporting verbs (``speech_verbs``' verbs of saying and more: believing, demanding); participles:
#   those read after an auxiliary of ``auxiliaries`` ("a déclaré", "hat … gesagt"); verb_phrases: verbs of several
#   words;
# - according: phrases before a source ("selon"); closing: one before a source that ends the sentence ("so");
#   postpositions: after a source ("zufolge"); agents: "by" before the author of figures ("publicados por");
# - determiners (which may open a source), articles (after which a verb's form is a noun), links inside a name
#   ("de", "del"), prepositions (no source opens with one, bar ``source_places``: "aus", "в"), openers (adverbs
#   that are no subject), clause_words, coordinators and relatives (after which a verb carries on the cue
#   before it), pronouns, complementizers ("que"), fronted (a pronoun that stands for the words said: "Das sagte
#   X", "Lo ha detto X");
# - particles, not_particles, objects, not_after (see ``Language``), needs_clause (verbs that are ordinary verbs
#   too), demands, infinitives (the endings of a demand's infinitive), dialogue (dialogue dashes are written),
#   stops (finite verbs that end a source phrase in a language that puts its verb second and writes its nouns in
#   lower case: "volgens de dienst liggen er …"), postposition_endings (the case ending the word before a
#   postposition must have: the genitive "-n" of "Bergin mukaan"), reported_endings (the endings of a verb form
#   that reports what the subject says it did or will do, as a clause would: "kertoi sulkevansa"),
#   recipient_endings (the case of whom the words were told to, which ends a source after the verb: "HA:lle"),
#   told_before_endings (that case read only on a name in capitals before the verb, where a word in small letters
#   with the ending after the verb is no outlet but an adjective: Armenian "«Լրաբերին» պատմեց X", not "տարածքային"),
#   recipients (a preposition before the outlet the words were told to, named between the verb and its source:
#   "rekao je za RTS predsednik opštine"), infinitive_particles (a word after which a verb's present form is an
#   infinitive, reporting nothing: "niko ne može da kaže", nobody can say),
#   source_endings (the endings of the case a phrase of source governs, in a language that writes no articles:
#   the Czech genitive "podle první prohlídky statiků", after which the clause's own words follow),
#   subject_endings (the endings of an article that marks only a subject, in a language that writes its article on
#   its noun: after a phrase's first word, a word with one opens the clause's subject, which ends the phrase: the
#   Bulgarian full article of "според оценката на ОПУ | ремонтът ще струва"), closing_links (links that join no
#   lower-case word to a person's name of two capitalised words, in a language that writes only an institution's
#   first word in capitals: "кметът Мирослав Чаушев | на откриването", at the opening);
#   actor_markers (the words that mark who did it right after the verb, in a language that puts its verb first:
#   Filipino "ni", "ng", "nina" of "sinabi ni Mayor Dizon", skipped before the source after the verb);
# - labels: "yes" for a language whose television pages print a speaker's label on its own line over the quotation
#   ("Оксана Дзюба, мешканка вулиці Заводської:", the quotation on the next line), read across the article's lines;
#   times_before_subject: "yes" for a language that does not put its verb second, whose clause may open with words
#   of time before its subject ("Vakar meras sakė", yesterday the mayor said); quoted_names: "yes" for a language
#   that writes a company's or a paper's name in quotation marks inside the phrase that names it ("bendrovė „Miško
#   kelias“ paskelbė"), read as part of the subject or the source rather than as words said; as_words: "as" before a
#   verb whose source follows it and a comma ("Kaip rašo BNS, …", as BNS writes), after which a verb that is an
#   ordinary verb too reports; object_endings: the case endings of an object, which no source after the verb ends
#   with ("sakė kalbą", gave a speech); subject_named: "yes" for a language that names the subject of every clause,
#   so that a verb of saying with none before or after it reports nothing ("bevor jemand gesagt hatte, dass", "før
#   nogen havde fortalt, at"), where another leaves it in the verb; relatives_listed: "yes" for a language whose
#   relatives list every word that opens a relative clause, so that a clause set apart by commas is a relative one
#   only when one of them opens it (Danish "at", that, never does); definite_endings: the endings of the definite
#   article a language writes onto its noun, in a language that writes its indefinite article apart (Swedish
#   "kommunen", "bolaget", "eleverna"): a noun with one names a source after the verb as a noun after its article
#   does ("säger förvaltningschefen"), but for an adverb with an ending of ``adverb_endings`` ("nyligen");
#   verb_second: "yes" for a language that puts its finite verb second, so that a fronted phrase of source ends
#   where the clause's verb follows its noun with the definite article written on or its name not in the genitive
#   (``genitive_endings``: Norwegian "Ifølge kommunen tåler brua", "Ifølge Statens vegvesen løsnet");
#   bare_clause: "yes" for a language that may drop its "that" after a verb of saying or thinking, so that a
#   subject and a finite verb of ``stops`` or ``auxiliaries`` right after the verb are a clause reported as one
#   after "that" is (Norwegian "Kommunen mener staten har visst", Danish "Hun tror det bliver", Swedish "tror det
#   blir");
#   institutions: the stems of the nouns that open an institution's name, in a language that writes only its first
#   word in capitals, and name_links: the prepositions that go on inside such a name (Bulgarian "Агенция за пътна
#   инфраструктура", which would end a person's name: "каза Петрова за местния вестник");
#   subject_verbs: verbs that report only after a subject and right before their clause, being other words too
#   (Lithuanian "mano", "thinks" and "my": "Ūkininkas X mano, kad", never "Mano ūkis").
#   titles_in_lower: "yes" for a language whose news
#   writes a title in lower case, without its article, before a name after the verb ("zei wethouder Marloes
#   Tichelaar"); comma_clause: "yes" for a language that sets the clause of what was said apart from its verb by a
#   bare comma, with no word of its own after it ("erklärte, sie …", "считает, что"); comma_demand: "yes" for one whose
#   demand is followed by a comma before its infinitive ("fordert, die Straße zu sperren"); participle_last: "yes"
#   for a language that puts its participle at the end of its clause, far from its auxiliary ("hat am Freitag vor
#   dem Rathaus gesagt"), so that the auxiliary is looked for further back.
TABLES = {
    "de": {
        "verbs": "sagte sagten sagt sagen erklärte erklärten erklärt erklären betonte betonten betont unterstrich "
                 "berichtete berichteten berichtet warnte warnten warnt warnen kritisierte kritisierten kritisiert "
                 "kritisieren bestätigte bestätigten bestätigt mitteilte mitteilten einräumte einräumten räumte "
                 "teilte teilten teilt kündigte kündigt ankündigte ergänzte fügte hinzufügte wies weist warf wirft "
                 "vorwarf bezeichnete bezeichnet nannte meinte meint glaubt glauben befürchtet befürchten fürchtet "
                 "fürchten schätzt schätzen rechnet rechnen sprach spricht hieß heißt fordert fordern forderte "
                 "forderten beklagt beklagte beklagen bemängelt bemängelte erwartet erwarten gab gibt widersprach "
                 "widerspricht dementierte bestritt bestreitet versicherte versichert",
        "participles": "gesagt erklärt betont berichtet gewarnt kritisiert bestätigt mitgeteilt eingeräumt "
                       "angekündigt hingewiesen zurückgewiesen gefordert bezeichnet",
        "auxiliaries": "hat haben hatte hatten habe",
        "according": "laut | nach angaben | nach auskunft",
        "agents": "von",
        "closing": "so",
        "postpositions": "zufolge",
        "determiners": "der die das den dem des ein eine einen einem einer eines sein seine seiner ihr ihre ihrer "
                       "viele einige mehrere zahlreiche alle beide dies diese dieser dieses",
        "articles": "der die das den dem des ein eine einen einem einer eines",
        "links": "der des von vom für",
        "prepositions": "am im an auf aus bei in nach seit vor zum zur über unter mit gegen um durch ohne während "
                        "wegen bis gegenüber",
        "source_places": "aus",
        "openers": "dazu zudem außerdem später gestern heute damals dann nun jetzt auch daraufhin deshalb "
                   "trotzdem dennoch bereits zuvor zuletzt kürzlich inzwischen hierzu dagegen zunächst bislang so es",
        "clause_words": "dass ob weil wenn als wie und aber oder denn sondern",
        "coordinators": "und aber sowie",
        "fronted": "das dies",
        "pronouns": "er sie",
        "complementizers": "dass",
        "particles": "teilte:mit teilten:mit teilt:mit räumte:ein kündigte:an kündigt:an fügte:hinzu wies:hin,zurück "
                     "weist:hin,zurück warf:vor wirft:vor gab:an,zu gibt:an,zu",
        "not_particles": "sagte:ab,zu sagten:ab,zu sagt:ab,zu sagen:ab,zu",
        "objects": "sprach:von spricht:von rechnet:mit rechnen:mit hieß:es heißt:es bezeichnete:als "
                   "bezeichnet:als nannte:einen,eine,ein schätzt:dass,auf schätzen:dass,auf",
        "needs_clause": "erklärt erklären meint meinte glaubt glauben erwartet erwarten kündigte kündigt ankündigte "
                        "angekündigt",
        "demands": "fordert fordern forderte forderten",
        "subject_named": "yes",
        "comma_clause": "yes",
        "comma_demand": "yes",
        "participle_last": "yes",
    },
    "fr": {
        "verbs": "déclare déclarent dit disent affirme affirment explique expliquent indique indiquent précise "
                 "précisent annonce annoncent assure assurent estime estiment souligne soulignent ajoute ajoutent "
                 "reconnaît reconnaissent dénonce dénoncent conteste contestent confirme confirment rappelle "
                 "rappellent regrette regrettent raconte racontent insiste insistent répond répondent déplore "
                 "déplorent admet admettent nie nient martèle avertit préviennent prévient critique critiquent "
                 "redoute redoutent craint craignent",
        "participles": "déclaré dit affirmé expliqué indiqué précisé annoncé assuré estimé souligné ajouté reconnu "
                       "dénoncé contesté confirmé rappelé regretté raconté insisté répondu déploré admis nié martelé "
                       "averti prévenu critiqué",
        "auxiliaries": "a ont avait avaient aurait",
        "according": "selon | d'après | de l'avis de",
        "agents": "par",
        "determiners": "le la les un une des du son sa ses leur leurs notre nos plusieurs certains certaines ce cet "
                       "cette ces cela ceci ça",
        "articles": "le la les un une des du",
        "links": "de du des d'",
        "prepositions": "à au aux en dans pour par sur sous avec sans lors après avant depuis pendant devant chez "
                        "contre entre vers",
        "clause_words": "que qu' qui quand si car mais et ou comme dont où",
        "coordinators": "et mais",
        "relatives": "qui",
        "pronouns": "il elle ils elles lui eux",
        "complementizers": "que qu'",
        "not_after": "déclaré:forfait déclare:forfait",
        "needs_clause": "indique indiquent indiqué explique expliquent expliqué estime estiment estimé assure assurent "
                        "assuré rappelle rappellent rappelé répond répondent répondu annonce annoncent annoncé",
        "dialogue": "yes",
    },
    "es": {
        "verbs": "dijo dijeron dice dicen afirmó afirmaron afirma afirman declaró declararon declara explicó "
                 "explicaron explica señaló señalaron señala aseguró aseguraron asegura aseguran indicó indicaron "
                 "anunció anunciaron anuncia advirtió advirtieron advierte añadió añade subrayó destacó reconoció "
                 "reconoce criticó criticaron denunció denunciaron denuncia denuncian lamentó lamenta lamentan "
                 "insistió sostuvo sostiene recordó apuntó precisó confirmó confirma negó niega admitió informó "
                 "informaron considera consideró opina cree creen estima estimó piden pide pidió exigen exige "
                 "exigió reclaman reclama",
        "participles": "dicho afirmado declarado explicado señalado asegurado indicado anunciado advertido añadido "
                       "subrayado destacado reconocido criticado denunciado lamentado insistido recordado "
                       "confirmado negado admitido informado",
        "auxiliaries": "ha han había habían habría",
        "according": "según | de acuerdo con | a juicio de | en palabras de",
        "agents": "por",
        "determiners": "el la los las un una unos unas su sus varios varias algunos algunas este esta estos estas "
                       "esto eso",
        "articles": "el la los las un una unos unas",
        "links": "de del",
        "prepositions": "a al en con por para sin sobre ante tras desde hasta durante entre hacia contra bajo",
        "clause_words": "que quien cuando si porque pero y e o como donde",
        "coordinators": "y e pero",
        "fronted": "lo así",
        "relatives": "quien quienes",
        "pronouns": "él ella ellos ellas",
        "complementizers": "que",
        "needs_clause": "explica indica considera estima cree creen explicado indicado anuncia anunció anunciaron "
                        "anunciado",
        "demands": "piden pide pidió exigen exige exigió reclaman reclama",
        "infinitives": "ar er ir",
        "dialogue": "yes",
    },
    "it": {
        "verbs": "dice dicono disse dichiara dichiarano dichiarò spiega spiegano spiegò afferma affermano affermò "
                 "sottolinea sottolineano annuncia annunciano aggiunge aggiungono aggiunse precisa assicura "
                 "conferma riferisce riferiscono denuncia denunciano lamenta lamentano racconta raccontano "
                 "osserva ricorda avverte ammette nega sostiene sostengono ritiene ritengono replica commenta "
                 "critica criticano chiede chiedono",
        "participles": "detto dichiarato spiegato affermato sottolineato annunciato aggiunto precisato assicurato "
                       "confermato riferito denunciato lamentato raccontato osservato ricordato avvertito ammesso "
                       "negato sostenuto replicato commentato criticato",
        "auxiliaries": "ha hanno aveva avevano avrebbe",
        "according": "secondo | stando a | a detta di | a giudizio di",
        "agents": "da dal dalla dai dagli dalle",
        "verb_phrases": "fa sapere | fanno sapere | ha fatto sapere | hanno fatto sapere",
        "determiners": "il lo la i gli le un uno una suo sua suoi sue loro alcuni alcune diversi molti questo "
                       "questa",
        "articles": "il lo la i gli le un uno una al allo alla ai agli alle del dello della dei degli delle nel "
                    "nello nella nei negli nelle per",
        "links": "di del della dello dei degli delle dell'",
        "prepositions": "a al alla ai agli alle in nel nella nei negli nelle con per su sul sulla tra fra da dal "
                        "dalla dai dagli dalle durante dopo prima contro verso",
        "clause_words": "che chi quando se perché ma e ed o come dove",
        "coordinators": "e ed ma",
        "fronted": "lo così",
        "relatives": "che",
        "pronouns": "lui lei loro",
        "complementizers": "che",
        "needs_clause": "spiega precisa assicura osserva ricorda ritiene ritengono commenta racconta spiegato "
                        "precisato assicurato osservato ricordato commentato raccontato annuncia annunciano "
                        "annunciato",
        "demands": "chiede chiedono",
        "infinitives": "are ere ire",
        "dialogue": "yes",
    },
    "pt": {
        "verbs": "disse disseram diz dizem afirmou afirmaram afirma afirmam declarou declararam declara explicou "
                 "explicaram explica anunciou anunciaram anuncia informou informaram informa destacou ressaltou "
                 "garantiu garante alertou alertaram advertiu acrescentou reconheceu reconhece criticou criticaram "
                 "denunciou denunciaram negou negaram nega admitiu contou contaram contam conta relatou relataram "
                 "relatam avaliou avalia considera acredita acreditam defendeu defende lamentou lamenta confirmou "
                 "confirma sustenta argumenta ponderou",
        "participles": "dito afirmado declarado explicado anunciado informado destacado",
        "auxiliaries": "tem têm tinha",
        "according": "segundo | de acordo com | conforme | na avaliação de",
        "agents": "por pelo pela pelos pelas",
        "determiners": "o a os as um uma uns umas seu sua seus suas vários várias alguns algumas muitos este esta "
                       "isto isso",
        "articles": "o a os as um uma uns umas no na nos nas do da dos das pelo pela",
        "links": "de do da dos das",
        "prepositions": "ao aos à às em no na nos nas com por pelo pela pelos pelas para sem sobre ante após desde "
                        "até durante entre contra",
        "clause_words": "que quem quando se porque mas e ou como onde",
        "coordinators": "e mas",
        "relatives": "que",
        "pronouns": "ele ela eles elas",
        "complementizers": "que",
        "needs_clause": "conta contam contou contaram explica informa avalia considera garante sustenta explicado "
                        "informado anuncia anunciou anunciaram anunciado",
        "dialogue": "yes",
    },
    "nl": {
        "verbs": "zei zeiden zegt zeggen verklaarde verklaarden verklaart verklaren meldt meldde meldden melden stelt "
                 "stelde stelden stellen benadrukte benadrukten benadrukt waarschuwde waarschuwden waarschuwt "
                 "waarschuwen bevestigde bevestigden bevestigt ontkende ontkenden ontkent erkende erkent vertelde "
                 "vertelden vertelt vertellen schreef schrijft liet lieten laat laten deelde deelden deelt "
                 "verwacht verwachten vreest vrezen denkt denken",
        "participles": "gezegd verklaard gemeld gesteld benadrukt gewaarschuwd bevestigd ontkend erkend verteld "
                       "geschreven",
        "auxiliaries": "heeft hebben had hadden",
        "according": "volgens | naar verluidt van | naar zeggen van",
        "agents": "door",
        "closing": "aldus",
        "determiners": "de het een zijn haar hun deze dit dat veel enkele meerdere alle beide",
        "articles": "de het een",
        "links": "van der den de voor",
        "prepositions": "in op aan bij met voor na uit door tegen over onder om tot naar zonder tijdens sinds vanaf "
                        "binnen",
        "source_places": "bij",
        "openers": "ook daarnaast verder later gisteren vandaag toen dan nu al eerder inmiddels daarom toch "
                   "bovendien er vanochtend vanmiddag vanavond vannacht eergisteren morgen onlangs zojuist vervolgens",
        "clause_words": "dat of omdat als wanneer toen en maar want hoe die wat",
        "coordinators": "en maar",
        "fronted": "dat dit",
        "pronouns": "hij zij ze",
        "complementizers": "dat",
        "stops": "is zijn was waren wordt worden werd werden gaat gaan ging gingen komt komen kwam kwamen ligt "
                 "liggen lag lagen staat staan stond stonden moet moeten moest kan kunnen kon zal zullen zou zouden "
                 "wil willen wilde blijft blijven bleef krijgt krijgen kreeg loopt lopen liep heeft hebben had "
                 "hadden",
        "particles": "liet:weten lieten:weten laat:weten laten:weten deelde:mee deelden:mee deelt:mee",
        "objects": "stelt:dat stelde:dat stelden:dat stellen:dat",
        "needs_clause": "verklaart verklaren vertelt vertellen schrijft schreef verwacht verwachten vreest vrezen "
                        "denkt denken",
        "titles_in_lower": "yes",
    },
    "ru": {
        "verbs": "заявил заявила заявили заявляет заявляют сказал сказала сказали говорит говорят сообщил "
                 "сообщила сообщили сообщает сообщают отметил отметила отметили подчеркнул подчеркнула "
                 "подчеркнули пояснил пояснила пояснили добавил добавила добавили рассказал рассказала "
                 "рассказали признал признала признали уточнил уточнила уточнили считает считают предупредил "
                 "предупредила предупредили заверил заверила заверили напомнил напомнила напомнили подтвердил "
                 "подтвердила подтвердили опроверг опровергла опровергли раскритиковал раскритиковала "
                 "раскритиковали пожаловался пожаловалась пожаловались жалуются утверждает утверждают полагает "
                 "полагают",
        "according": "по словам | по данным | по мнению | по информации | по оценкам | согласно",
        "prepositions": "в во на с со к ко о об от до из у за по при для без через между над под после перед",
        "source_places": "в во",
        "openers": "это",
        "clause_words": "что чтобы который которая которое которые когда если потому но и а или как где",
        "coordinators": "и а но",
        "relatives": "который которая которые",
        "pronouns": "он она они",
        "complementizers": "что",
        "needs_clause": "считает считают полагает полагают",
        "dialogue": "yes",
        "comma_clause": "yes",
    },
    "fi": {
        "verbs": _words(speech_verbs.SPEECH_VERBS["fi"]) + " muistuttavat myöntää myönsi kiistää kiisti varoittaa "
                 "varoitti ilmoittaa ilmoitti vaatii vaativat vaati uskoo uskovat uskoi epäilee epäili pelkää "
                 "pelkäävät pelkäsi kommentoivat",
        "participles": _words(speech_verbs.SPEECH_PARTICIPLES["fi"]) + " todennut arvioinut ilmoittanut",
        "auxiliaries": "on ovat oli olivat",
        "postpositions": "mukaan",
        "postposition_endings": "n",
        "not_after": "mukaan:lukien",
        "prepositions": "ilman ennen",
        "openers": "myös lisäksi nyt sitten silloin eilen tänään aiemmin myöhemmin jo vielä kuitenkin siksi "
                   "samalla",
        "clause_words": "että jos kun koska mutta ja tai kuin joka jotka jonka joiden mikä mitä sekä vaan",
        "coordinators": "ja mutta sekä",
        "relatives": "joka jotka",
        "pronouns": "hän he",
        "complementizers": "että",
        "needs_clause": "kertoo kertovat kertoi kertoivat arvioi arvioivat muistuttaa muistuttavat muistutti "
                        "uskoo uskovat uskoi ilmoittaa ilmoitti vaatii vaativat vaati kommentoi",
        "reported_endings": "neensa neensä lleensa lleensä rreensa rreensä sseensa sseensä vansa vänsä",
        "recipient_endings": "lle",
    },
    "sv": swedish.TABLE,  # the verb second: a fronted "Enligt X" ends at the verb after it (``swedish``)
    "sw": swahili.TABLE,  # built from the verb's prefixes (``swahili``)
    "uk": ukrainian.TABLE,  # after the Russian table (``ukrainian``)
    "ro": romanian.TABLE,  # an auxiliary and a participle, or the present (``romanian``)
    "el": greek.TABLE,  # the aorist and the present, a source with its article (``greek``)
    "id": indonesian.TABLE,  # verbs by their prefixes, "kata X" and "katanya" after a quotation (``indonesian``)
    # Serbian, in both its alphabets, and Croatian: one table (``serbo_croatian``)
    "sr": serbo_croatian.TABLE,
    "hr": serbo_croatian.TABLE,
    "hu": hungarian.TABLE,  # the verb after a dash-led quotation, "X szerint" (``hungarian``)
    "da": danish.TABLE,  # "…, siger X", "X siger, at", "ifølge X", any word may open a source (``danish``)
    "nb": norwegian.TABLE,  # Danish grammar in its own words: "…, sier X", "X opplyser at", "ifølge X" (``norwegian``)
    "lt": lithuanian.TABLE,  # the past and the present, "pasak X", "X skaičiavimu" (``lithuanian``)
    "tl": filipino.TABLE,  # the verb first, its actor after "ni" or "ng"; "ani X", "aniya", "ayon sa X" (``filipino``)
    "bg": bulgarian.TABLE,  # the aorist, the present, a body after "от", "според X" (``bulgarian``)
    "hy": armenian.TABLE,  # a participle and its auxiliary after it, the aorist, "ըստ X", "X-ի խոսքով" (``armenian``)
    # Czech has no articles and writes its verb of saying after a quotation or a comma, its source after it
    # ("…,“ řekl velitel jednotky npor. Karel Vrba"; ", sdělila mluvčí policie Eva Kubátová"), or after its subject
    # ("Její jednatel Ing. Petr Dobeš tvrdí, že"); "podle" is "according to" ("podle sousedů", "podle něj").
    # "estimate" ("odhadl škody na …") reports a figure as a statement does.
    "cs": {
        "verbs": _words(speech_verbs.SPEECH_VERBS["cs"]) + " odhadl odhadla odhadli odhaduje odhadují "
                 "napsal napsala napsali uvádělo sdělilo",
        "according": "podle | podle slov | podle informací | podle odhadu | podle mínění | dle | podle názoru",
        "determiners": "ten ta to ti ty tento tato toto jeho její jejich několik mnoho mnozí všichni někteří",
        "prepositions": "v ve na z ze s se k ke o u od do za po při pro před pod nad mezi přes bez kvůli během "
                        "kromě",
        "openers": "také rovněž pak později včera dnes ráno večer nyní teď už již však tedy proto zároveň navíc "
                   "ještě dosud tehdy",
        "clause_words": "že aby když který která které kteří jestli zda protože ale a nebo i jak kde což jenž "
                        "jež než",
        "coordinators": "a ale i",
        "relatives": "který která které kteří jenž jež",
        "pronouns": "on ona oni ony ono něj něho ní nich jeho",
        "complementizers": "že",
        "needs_clause": "dodal dodala dodali dodaly dodává dodávají popsal popsala popsali popsaly popisuje "
                        "popisují napsal napsala napsali oznámil oznámila oznámili oznamuje informoval "
                        "informovala informovali informuje",
        "source_endings": "ého ího ých ích é í y ů",
    },
    # Polish, written as Czech is: no articles, the verb after a quotation or a comma and its source after it
    # ("…” – powiedział burmistrz Jan Nowak"), or after its subject; "według" and "zdaniem" are "according to".
    "pl": {
        "verbs": _words(speech_verbs.SPEECH_VERBS["pl"]) + " ocenił oceniła ocenili uważa uważają",
        "according": "według | zdaniem | jak podaje | jak podał | jak podała",
        "determiners": "ten ta to ci te jego jej ich kilku wielu wszyscy niektórzy",
        "prepositions": "w we na z ze do od o u za po przy dla przed pod nad między przez bez podczas",
        "openers": "także również potem później wczoraj dziś dzisiaj rano wieczorem teraz już jednak więc "
                   "dlatego ponadto jeszcze",
        "clause_words": "że żeby aby gdy kiedy który która które którzy czy ponieważ ale a i lub jak gdzie co",
        "coordinators": "a ale i",
        "relatives": "który która które którzy",
        "pronouns": "on ona oni one ono niego niej nich jego",
        "complementizers": "że",
        "needs_clause": "dodał dodała dodali dodały przekazał przekazała przekazali przekazały uważa uważają",
        "source_endings": "ego ej ych ich ów i y",
        "dialogue": "yes",
    },
}

# Words of time that may stand between a verb and the source after it ("a annoncé jeudi la direction"): the
# names of the months and weekdays, not their abbreviations, which are other languages' words (Indonesian "Des",
# December, is French and German "des": "le vice-président chargé des transports").
_ABBREVIATIONS = words({language: " ".join(rows) for language, rows in calendar_names.MONTH_ABBREVIATIONS.items()})
_NAMES = words({language: " ".join(calendar_names.MONTHS.get(language, ()) + calendar_names.WEEKDAYS.get(language, ()))
                for language in calendar_names.LANGUAGES})
# Not a month's form that is also a woman's name (``calendar_names.GIVEN_NAMES``: Serbian "marta", "Marta Colombo").
_TIMES = (words(DATE_NAMES) - (_ABBREVIATIONS - _NAMES) - calendar_names.GIVEN_NAMES) | frozenset(
    "este esta ce cette questo questa nesta neste hier ayer ieri ontem gestern heute hoy oggi hoje вчера "
    "сегодня igår idag eilen tänään".split()
) | frozenset(  # Finnish weekdays in the essive, and their mornings and evenings: "keskiviikkona", "torstai-iltana"
    day + link + part for day in "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai".split()
    for link, part in (("", "na"), ("", "aamuna"), ("-", "aamuna"), ("", "iltana"), ("-", "iltana"),
                       ("", "iltapäivänä"), ("", "aamupäivänä"), ("", "yönä"))
)
_BREAKS = frozenset(",;:()[]—–«»“”„\"‚‘’")
_MAX_PHRASE = 8
# How far a clause is read for a verb's particle or preposition: far enough for a German clause, and a bound, so
# that a long line without stops is read a fixed number of times per verb.
_MAX_CLAUSE = 30


def _split(entry: str) -> frozenset[str]:
    return frozenset(entry.replace("’", "'").split())


def _phrases(entry: str) -> tuple[tuple[str, ...], ...]:
    found = {tuple(p.replace("’", "'").split()) for p in entry.split("|") if p.strip()}
    return tuple(sorted(found, key=len, reverse=True))


def _pairs(entry: str) -> dict[str, frozenset[str]]:
    return {verb: frozenset(after.split(",")) for verb, after in (pair.split(":") for pair in entry.split())}


@dataclass(frozen=True)
class Language:
    """A language's table, made into sets. ``particles``: a verb that reports only with one of these ending its
    clause ("teilte … mit"); ``not_particles``: a verb that reports nothing with one ending it ("sagte … ab");
    ``objects``: a verb that reports only with one of these later in its clause ("sprach von"); ``not_after``: a
    verb that reports nothing with one of these right after it ("a déclaré forfait")."""

    code: str
    verbs: frozenset
    participles: frozenset
    auxiliaries: frozenset
    according: tuple
    verb_phrases: tuple
    closing: frozenset
    postpositions: frozenset
    determiners: frozenset
    articles: frozenset
    links: frozenset
    prepositions: frozenset
    source_places: frozenset
    openers: frozenset
    clause_words: frozenset
    coordinators: frozenset
    relatives: frozenset
    pronouns: frozenset
    complementizers: frozenset
    particles: dict
    not_particles: dict
    objects: dict
    not_after: dict
    needs_clause: frozenset
    demands: frozenset
    fronted: frozenset
    agents: frozenset
    stops: frozenset
    infinitives: tuple
    recipients: frozenset
    infinitive_particles: frozenset
    postposition_endings: tuple
    reported_endings: tuple
    recipient_endings: tuple
    source_endings: tuple
    object_endings: tuple
    as_words: frozenset
    subject_endings: tuple
    closing_links: frozenset
    actor_markers: frozenset
    dialogue: bool
    capitalised_nouns: bool
    labels: bool = False
    times_before_subject: bool = False
    quoted_names: bool = False
    subject_named: bool = False
    relatives_listed: bool = False
    definite_endings: tuple = ()
    adverb_endings: tuple = ()
    subject_verbs: frozenset = frozenset()
    titles_in_lower: bool = False
    comma_clause: bool = False
    comma_demand: bool = False
    participle_last: bool = False
    verb_second: bool = False
    genitive_endings: tuple = ()
    bare_clause: bool = False
    institutions: tuple = ()
    name_links: frozenset = frozenset()
    told_before_endings: tuple = ()


@cache
def languages() -> dict[str, Language]:
    built = {}
    for code, table in TABLES.items():
        built[code] = Language(
            code=code,
            according=_phrases(table.get("according", "")),
            verb_phrases=_phrases(table.get("verb_phrases", "")),
            particles=_pairs(table.get("particles", "")),
            not_particles=_pairs(table.get("not_particles", "")),
            objects=_pairs(table.get("objects", "")),
            not_after=_pairs(table.get("not_after", "")),
            infinitives=tuple(table.get("infinitives", "").split()),
            postposition_endings=tuple(table.get("postposition_endings", "").split()),
            reported_endings=tuple(table.get("reported_endings", "").split()),
            recipient_endings=tuple(table.get("recipient_endings", "").split()),
            source_endings=tuple(table.get("source_endings", "").split()),
            object_endings=tuple(table.get("object_endings", "").split()),
            subject_endings=tuple(table.get("subject_endings", "").split()),
            definite_endings=tuple(table.get("definite_endings", "").split()),
            adverb_endings=tuple(table.get("adverb_endings", "").split()),
            dialogue=bool(table.get("dialogue")),
            capitalised_nouns=code in languages_read.CAPITALISED_NOUNS,
            labels=bool(table.get("labels")),
            times_before_subject=bool(table.get("times_before_subject")),
            quoted_names=bool(table.get("quoted_names")),
            subject_named=bool(table.get("subject_named")),
            relatives_listed=bool(table.get("relatives_listed")),
            titles_in_lower=bool(table.get("titles_in_lower")),
            comma_clause=bool(table.get("comma_clause")),
            comma_demand=bool(table.get("comma_demand")),
            participle_last=bool(table.get("participle_last")),
            verb_second=bool(table.get("verb_second")),
            bare_clause=bool(table.get("bare_clause")),
            institutions=tuple(table.get("institutions", "").split()),
            name_links=_split(table.get("name_links", "")),
            genitive_endings=tuple(table.get("genitive_endings", "").split()),
            told_before_endings=tuple(table.get("told_before_endings", "").split()),
            **{key: _split(table.get(key, "")) for key in (
                "verbs", "participles", "auxiliaries", "closing", "postpositions", "determiners",
                "articles", "links", "prepositions", "source_places", "openers", "clause_words", "coordinators",
                "relatives", "pronouns", "complementizers", "needs_clause", "demands", "agents", "fronted", "stops",
                "recipients", "infinitive_particles", "as_words", "closing_links", "actor_markers", "subject_verbs",
            )},
        )
    return built


_READERS = {"am": amharic.suggest_in_line, "ar": arabic.suggest_in_line, "bn": bengali.suggest_in_line,
            "ta": tamil.suggest_in_line, "ur": urdu.suggest_in_line,
            "tr": turkish.suggest_in_line,
            "hi": hindi.suggest_in_line,
            "fa": persian.suggest_in_line,
            "vi": vietnamese.suggest_in_line,
            "he": hebrew.suggest_in_line,
            "zh": chinese.suggest_in_line,
            "ko": korean.suggest_in_line,
            "th": thai.suggest_in_line,
            "my": burmese.suggest_in_line,
            "km": khmer.suggest_in_line}


def reader_of(lines):
    """The reader of a language whose attribution these tables do not hold, for an article in it: Japanese, told by
    its script (it has no spaced function words to count), Arabic, whose verbs come before their subjects and
    carry their conjunctions written onto them, Bengali and Tamil, which put their verbs last and write their
    case endings onto their nouns, Urdu, which puts its verbs last after postpositions written apart, and Amharic,
    which puts its verbs last and has no capitals to tell a name, and Georgian, told by its script, which has no
    capitals either and writes its case endings onto its nouns (``japanese``, ``arabic``, ``bengali``, ``tamil``,
    ``urdu``, ``amharic``, ``georgian``); None for any other language."""
    text = "\n".join(line.text for line in lines)
    if japanese.written_in_japanese(text):
        return japanese.suggest_in_line
    if georgian.written_in_georgian(text):
        return georgian.suggest_in_line  # told by its script, which no other language writes
    return _READERS.get(languages_read.language_of(text))


def language_of(lines) -> Language | None:
    """The table for the language of an article's lines (``newsdesk.importing.languages``, which tells it by the
    function words of 33 languages), when there is one; None for English and for a language without a table."""
    return languages().get(languages_read.language_of("\n".join(line.text for line in lines)))


LINE_MARGIN = 3  # function words of its own, more than the article's language's, that switch a line's table


def language_of_line(line, language: Language | None) -> Language | None:
    """The table for one line of an article in ``language``: the line's own language's, when its function words
    clearly tell another language that has a table (a Finnish broadcaster's Swedish quotation, "…, säger Berg."),
    else the article's. Clearly: the line holds ``LINE_MARGIN`` more function words of its own language's than of
    the article's, and no verb of saying of the article's language ("De brug is te smal, sagte die Sprecherin" of
    a German article keeps the German table, which reads its cue). An English article's lines stay with the
    English rules."""
    if language is None:
        return None
    own = languages().get(languages_read.language_of(line.text))
    if own is None or own is language:
        return language
    words = [languages_read.straight_apostrophes(word.lower()) for word in _LINE_WORD.findall(line.text)]
    if any(word in language.verbs or word in language.participles for word in words):
        return language
    own_words, article_words = languages_read.function_words(own.code), languages_read.function_words(language.code)
    margin = sum(word in own_words and word not in article_words for word in words) \
        - sum(word in article_words and word not in own_words for word in words)
    return own if margin >= LINE_MARGIN else language


_LINE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _key(token) -> str:
    return token.lower_.replace("’", "'")


def _match(doc, i, end, phrases) -> int | None:
    """The index of the last token of the first of ``phrases`` that starts at token ``i``, or None."""
    for phrase in phrases:
        if i + len(phrase) <= end and all(_key(doc[i + n]) == word for n, word in enumerate(phrase)):
            return i + len(phrase) - 1
    return None


def _wordy(token) -> bool:
    """A word, an elided one too ("l'entreprise")."""
    return any(c.isalpha() for c in token.text)


def _capitalised(token) -> bool:
    return token.text[:1].isupper() and token.is_alpha


def _elided(token) -> bool:
    """ "l'entreprise", "dell'azienda": an article elided onto its noun."""
    return _key(token).startswith(("l'", "d'", "dell'", "all'", "nell'"))


def _grammar(token, language) -> bool:
    """A word of the clause's frame rather than of a name: a clause word, a preposition, a verb, an auxiliary."""
    key = _key(token)
    return key in language.clause_words or key in language.prepositions or key in language.verbs or (
        key in language.auxiliaries
    )


def _opens_phrase(token, language) -> bool:
    """Whether a source phrase may open with ``token``: a determiner, a name or a noun in capitals, a noun with an
    elided article; in Russian, which has no articles, any word."""
    if token.is_punct or token.like_num and not token.is_alpha:
        return token.like_num
    key = _key(token)
    if key in language.clause_words or key in language.auxiliaries or key in language.verbs:
        return False
    return key in language.determiners or _capitalised(token) or _elided(token) or (
        not language.articles and token.is_alpha
    ) or _definite(token, language)


_MIN_DEFINITE = 5  # letters: "kommunen", "rektorn", not "han", "man", "igen"


def _definite(token, language) -> bool:
    """A noun in small letters with its definite article written onto it (``definite_endings``: "kommunen",
    "förvaltningschefen"), which names a source after the verb; not an adverb of the same ending ("nyligen")."""
    key = _key(token)
    return bool(language.definite_endings) and token.is_lower and token.is_alpha and len(key) >= _MIN_DEFINITE and (
        key.endswith(language.definite_endings) and not key.endswith(language.adverb_endings)
        and key not in language.pronouns and key not in language.openers
    )


def _adverb(token, language) -> bool:
    """A word of time or an adverb that is no subject ("gisteren", "maandag", "ook"): it may stand between a verb
    and the source after it, and is no title before a name."""
    return _key(token) in _TIMES or _key(token) in language.openers


def _name_closes_after(doc, k, s_end, language, fronted) -> bool:
    """Whether the capitalised words from ``k`` end a name that holds "and" ("de Rijksinspectie Dier en Voedsel"):
    they run over the links of a name ("Piet de Vries") and its hyphens, and the phrase then closes, at a mark, the
    sentence's end, a bracketed acronym or a word of time. Not when a verb follows them ("zei Jan Bakker en Piet
    de Vries knikte", "dijo María López y Juan Pérez asintió"): the second name opens a clause of its own. After a
    phrase of source (``fronted``) the clause's own verb may follow, in a language that puts it second ("Volgens
    de Rijksinspectie Dier en Voedsel is het vlees veilig")."""
    m = k
    while m < s_end and (_capitalised(doc[m]) or doc[m].text == "-" or m > k and m + 1 < s_end and (
        _key(doc[m]) in language.links or _key(doc[m]) in language.coordinators
    ) and _capitalised(doc[m + 1])):
        m += 1
    if m == k or not _capitalised(doc[m - 1]):
        return False
    if m >= s_end:
        return True
    after = doc[m]
    if after.is_punct and after.text != "-" or after.is_quote:
        return True
    return _key(after) in _TIMES or fronted and _key(after) in language.stops


def _institution_named(phrase, language) -> bool:
    """Whether ``phrase`` names an institution so far: its first word in capitals opens it with a stem of
    ``institutions`` ("Агенцията", "Министерство"), and every word after that one is in lower case (no person's
    name follows)."""
    first = next((n for n, t in enumerate(phrase) if _capitalised(t)), None)
    return first is not None and _key(phrase[first]).startswith(language.institutions) and all(
        t.is_lower or t.is_punct for t in phrase[first + 1 :]
    ) if language.institutions else False


def _phrase_after(doc, j, s_end, language, loose=False):
    """The source phrase that starts at or just after ``j``: past a word of time or an adverb ("jeudi", "este
    miércoles", "zei gisteren Smit") and a phrase of whom the words were told to ("à notre antenne"); it runs over
    names, lower-case words and the links of a name ("del", "des"), to a stop, a preposition, a clause word or a
    verb. A title before a comma and a name ("su director general, Iker Etxeberria") gives the name. ``loose``: a
    noun without its article may open it too ("según fuentes policiales"), as after a phrase of source. (tokens,
    name tokens), or None."""
    k = j
    while k < s_end and k - j < 3 and (_adverb(doc[k], language) or _key(doc[k]) in language.articles and (
        k + 1 < s_end and _key(doc[k + 1]) in _TIMES
    )):
        k += 1
    k = _past_named_recipient(doc, k, s_end, language)
    if k + 1 < s_end and _key(doc[k]) in language.actor_markers and _wordy(doc[k + 1]):
        k += 1  # "sinabi ni Mayor Dizon", "dagdag pa ng alkalde": the marker of the actor, before the source
    if k < s_end and _key(doc[k]) in language.prepositions and _key(doc[k]) not in language.links:
        m = k + 2
        while m < s_end and m - k <= 4 and not doc[m].is_punct and _key(doc[m]) not in language.determiners:
            m += 1
        if m >= s_end or m - k > 4 or _key(doc[m]) not in language.determiners:
            return None
        k = m
    if k >= s_end:
        return None
    title_in_lower = k + 1 < s_end and doc[k].is_lower and doc[k].is_alpha and _capitalised(doc[k + 1]) and (
        not _grammar(doc[k], language) and _key(doc[k]) not in language.pronouns and not _adverb(doc[k], language)
        and language.titles_in_lower
    )  # "zei wethouder Marloes Tichelaar": a title in lower case before a name
    if not (_opens_phrase(doc[k], language) or title_in_lower or loose and doc[k].is_alpha and (
        not _grammar(doc[k], language)
    )):
        return None
    phrase = []
    words = 0  # the phrase's words so far, not the marks between them nor the "за" inside an institution's name
    counted = None  # where a count of words closes the phrase, unless a comma and a name close its title later
    while k < s_end and len(phrase) < _MAX_CLAUSE:
        if counted is None and words >= _MAX_PHRASE:
            counted = len(phrase), k, s_end  # words, not the marks between them ("ОПУ – Смолян инж.")
        token = doc[k]
        key = _key(token)
        if _title_abbreviation(doc, k, len(doc), phrase):
            phrase.append(token)  # "alisema Dkt. Halima Mrisho", "dijo el Dr. Ruiz": a title's abbreviation
            words += _wordy(token)
            k += 1
            s_end = max(s_end, next((s.end for s in doc.sents if s.start <= k < s.end), s_end))  # a dot read as a stop
            continue
        closing = _quoted_name_after(doc, k, s_end) if language.quoted_names and phrase else None
        if closing is not None:
            phrase.extend(doc[k : closing + 1])  # "laikraštis „Pajūrio žinios“": a name in quotation marks
            words += sum(_wordy(t) for t in doc[k : closing + 1])
            k = closing + 1
            continue
        if phrase and _dash_in_name(doc, k, s_end, language):
            phrase.append(token)  # "ВиК Пловдив – Север": a branch of a body, after a spaced dash
            words += _wordy(token)
            k += 1
            continue
        if token.is_punct and token.text != "-" or token.is_quote:
            break
        if key in language.coordinators and phrase and _capitalised(phrase[-1]) and not language.capitalised_nouns and (
            _name_closes_after(doc, k + 1, s_end, language, loose)
        ):
            phrase.append(token)  # "de Rijksinspectie Dier en Voedsel": a name that holds "and"
            words += _wordy(token)
            k += 1
            continue
        if key in language.name_links and _institution_named(phrase, language) and k + 1 < s_end and (
            doc[k + 1].is_lower and doc[k + 1].is_alpha
        ):
            phrase.append(token)  # "Агенция за пътна инфраструктура": a preposition inside an institution's name,
            k += 1  # a link of the name, not counted in ``words``, as a mark between words is not
            continue
        if phrase and (key in language.clause_words or key in language.verbs or key in language.auxiliaries
                       or key in language.prepositions and key not in language.links or key in _TIMES
                       or key in language.stops and not (key in language.determiners and _key(phrase[-1]) in (
                           language.links))):  # "van zijn partij": "zijn" is "his" after a link, no verb
            break
        if phrase and _subject(token, language):
            break  # "според оценката на ОПУ ремонтът ще струва": the clause's subject, in its article, follows
        if key in language.closing_links and len(phrase) >= 2 and _capitalised(phrase[-1]) and _capitalised(
            phrase[-2]
        ) and k + 1 < s_end and doc[k + 1].is_lower:
            break  # "заяви кметът Мирослав Чаушев на откриването": where the person spoke, after the name
        if phrase and _past_recipient(doc, k, s_end, language) > k:
            break  # "sanoo tehtaanjohtaja X Ylelle", "… HA:lle": whom it was said to, after the source
        if language.capitalised_nouns and token.is_lower and key not in language.links and (
            key not in language.determiners and any(_capitalised(t) and _key(t) not in language.determiners
                                                    for t in phrase)
        ):
            break  # "Laut dem Gutachten ist die Halle": a noun in German is capitalised, so the verb ends it
        phrase.append(token)
        words += _wordy(token)
        k += 1
    if counted is not None and not _name_set_apart(doc, k, s_end, phrase, language):
        # no comma and name close the title: the phrase is as long as a count of words lets it be
        phrase = phrase[: counted[0]]
        k, s_end = counted[1], counted[2]
    while phrase and (_key(phrase[-1]) in language.links or _key(phrase[-1]) in language.determiners
                      or phrase[-1].text == "-"):
        phrase.pop()
    if not phrase:
        return None
    # "su director general": a title without a name, which the name set apart by a comma may follow
    title_only = _key(phrase[0]) in language.determiners or not any(_capitalised(t) for t in phrase[1:])
    if k + 1 < s_end and doc[k].text == "," and title_only and _capitalised(doc[k + 1]):
        run = []
        m = k + 1
        while m < s_end and len(run) < 4 and (_capitalised(doc[m]) or doc[m].text == "-"):
            run.append(doc[m])
            m += 1
        if run and (m >= s_end or doc[m].is_punct and doc[m].text != "-"):
            return phrase + [doc[k]] + run, run
    return phrase, phrase


_DASHES = "–—"


def _dash_in_name(doc, k, end, language) -> bool:
    """Whether the spaced dash at ``k`` joins two parts of one name ("ВиК Пловдив – Север", "ОПУ – Смолян"): a
    capitalised word on either side, the one after it no pronoun nor determiner, and neither it nor the word after
    it (before ``end``) a word of a clause's frame or a mark (not "кметът Иван Христов – Ще го решим", where words
    said open)."""
    if not (0 < k and k + 1 < end and doc[k].text in _DASHES and _capitalised(doc[k - 1])):
        return False
    return _capitalised(doc[k + 1]) and not any(
        _grammar(t, language) or _key(t) in language.stops or _key(t) in language.pronouns or t.is_quote
        or _key(t) in language.infinitive_particles or t.is_punct and t.text not in ".,;"
        for t in doc[k + 1 : min(k + 3, end)]
    ) and _key(doc[k + 1]) not in language.determiners


def _name_set_apart(doc, k, s_end, phrase, language) -> bool:
    """Whether the title ``phrase`` is closed at ``k`` by a comma and a capitalised name after it ("la directora
    adjunta de la empresa regional de aguas potables, Ana Berg"): the comma bounds the title, however long."""
    return k + 1 < s_end and doc[k].text == "," and _capitalised(doc[k + 1]) and (
        _key(phrase[0]) in language.determiners or not any(_capitalised(t) for t in phrase[1:])
    )


def _subject(token, language) -> bool:
    """A word in lower case with an article that marks only a subject (``subject_endings``: Bulgarian "ремонтът",
    "пътят"), longer than a short word that merely ends so ("път", a road)."""
    return bool(language.subject_endings) and token.is_lower and token.is_alpha and len(token.text) > 4 and (
        _key(token).endswith(language.subject_endings)
    )


_MAX_RECIPIENT = 4


def _past_named_recipient(doc, k, s_end, language) -> int:
    """Past the outlet or person the words were told to, named after a preposition of ``recipients`` ("rekao je za
    RTS predsednik …", "kaže za „Glasnik“ inženjer …"): the preposition and up to ``_MAX_RECIPIENT`` capitalised
    words and quotation marks, when words follow them, and the ending of a web name written onto the last
    ("разказа за Горещо.бг баба …"); else ``k``."""
    if k + 1 >= s_end or _key(doc[k]) not in language.recipients:
        return k
    m = k + 1
    while m < s_end and m - k <= _MAX_RECIPIENT and (doc[m].is_quote or _capitalised(doc[m])):
        m += 1
        if m + 1 < s_end and doc[m].text == "." and doc[m + 1].is_lower and doc[m + 1].is_alpha and _touching(
            doc[m - 1], doc[m]
        ) and _touching(doc[m], doc[m + 1]):
            m += 2  # "Горещо.бг", "Ειδήσεις.gr": an outlet named by its web address, its ending in small letters
    if m == k + 1 or m >= s_end or not any(_capitalised(t) for t in doc[k + 1 : m]):
        return k
    return m


_MAX_ABBREVIATION = 4
# The titles written abbreviated with a stop before a name, as the sentence splitter reads them: those that end no
# sentence, and those that end one only in a language that writes them as a word ("doc.", "por.").
_TITLES_ABBREVIATED = ABBREVIATIONS | frozenset(TITLES_WRITTEN_AS_WORDS)


def _title_abbreviation(doc, k, s_end, phrase) -> bool:
    """Whether the dot at ``k`` closes a title's abbreviation before a name ("Dkt. Juma", "Dr. Ruiz"): it touches a
    short capitalised word that opens the phrase or follows its first word, or, within the phrase's first words, a
    title the tables of abbreviations hold written in small letters (a rank after a role: "velitel čety npor. Karel
    Sýkora"; or right after the name of a body, anywhere in the phrase), and a capitalised word follows. Any other
    short word in small letters is a word of the sentence, and its dot the sentence's end ("řekl nám jeden muž.
    Policie …")."""
    if not (doc[k].text == "." and phrase and k + 1 < s_end and _capitalised(doc[k + 1])):
        return False
    title = phrase[-1]
    short = len(title.text) <= _MAX_ABBREVIATION and title.is_alpha and _touching(title, doc[k])
    # "npor. Karel Vrba", "doc. Jan Pešek": a rank written in small letters after the role it holds, or right after
    # the name of the body the role is in ("началникът на ОПУ – Смолян инж. Даниела Пехливанова")
    after_body = len(phrase) >= 2 and _capitalised(phrase[-2])
    return short and (_capitalised(title) and len(phrase) <= 2 or title.is_lower and (
        len(phrase) <= _MAX_ABBREVIATION or after_body
    ) and title.text in _TITLES_ABBREVIATED)


def _clause_start(doc, v, s_start, language) -> int:
    """The first token of the clause that holds the token before ``v``: after a stop, a mark or a clause word."""
    k = v - 1
    while k >= s_start and v - k <= 12:
        opening = _quoted_name_before(doc, k, s_start, k + 1 < v) if language.quoted_names else None
        if opening is not None:
            k = opening - 1  # "bendrovė „Miško kelias“ paskelbė": a name in quotation marks inside the clause
            continue
        if _dash_in_name(doc, k, v, language):
            first = _clause_start(doc, k, s_start, language)
            if first < k and not any(
                _grammar(t, language) and _key(t) not in language.links or _key(t) in language.stops
                for t in doc[first:k]
            ):
                return first  # "Управителят на ВиК Бургас – Юг Иван Христов каза": a name that holds a dash
        if doc[k].text in _BREAKS or doc[k].is_quote or _key(doc[k]) in language.clause_words:
            break
        k -= 1
    return k + 1


_MAX_QUOTED_NAME = 4


def _quoted_name(tokens) -> bool:
    """Whether ``tokens``, between quotation marks, are a name: one to ``_MAX_QUOTED_NAME`` words, the first in
    capitals, with no mark but a hyphen (not "„Ką daryti?“", words said)."""
    return 0 < len(tokens) <= _MAX_QUOTED_NAME and _capitalised(tokens[0]) and all(
        t.is_alpha or t.text == "-" or t.like_num for t in tokens
    )


def _quoted_name_before(doc, k, s_start, noun_after=False) -> int | None:
    """The opening mark of a name in quotation marks whose closing mark is at ``k``, set after a word of its clause
    ("bendrovė „Miško kelias“", "AB „X“"), or, when a word of its clause follows it before the verb
    (``noun_after``), before its noun or its case ending ("«Լեռնաջուր» ընկերությունը հայտարարել է", "«Լեռնաջուր»-ի
    պետը"); None for any other mark."""
    if not doc[k].is_quote:
        return None
    for opening in range(k - 1, max(s_start, k - _MAX_QUOTED_NAME - 1) - 1, -1):
        if doc[opening].is_quote:
            before = opening - 1
            inside = _wordy(doc[before]) if before >= s_start else False
            # its noun after it, or its case ending after a hyphen ("«Լեռնաջուր»-ի … պետ")
            noun = noun_after and k + 1 < len(doc) and (_wordy(doc[k + 1]) or doc[k + 1].text == "-" and (
                k + 2 < len(doc) and _wordy(doc[k + 2])
            ))
            if (inside or noun) and _quoted_name(list(doc[opening + 1 : k])):
                return opening
            return None
    return None


def _quoted_name_after(doc, k, s_end) -> int | None:
    """The closing mark of a name in quotation marks whose opening mark is at ``k`` ("laikraštis „Pajūrio
    žinios“"); None for any other mark."""
    if not doc[k].is_quote:
        return None
    for closing in range(k + 1, min(s_end, k + _MAX_QUOTED_NAME + 2)):
        if doc[closing].is_quote:
            return closing if _quoted_name(list(doc[k + 1 : closing])) else None
    return None


def _phrase_before(doc, v, s_start, language, aside=True):
    """The subject before the verb group at ``v``: the clause's words before it, or, when a comma stands right
    before the verb, the name the commas set apart ("Le maire de Mirebel, Jean-Luc Perrot, estime") or the subject
    before a relative clause ("Moradores do Jardim Aurora, onde fica o canteiro, contam"). ("source", tokens, name
    tokens), ("pronoun", [token], []), or None when the clause opens right before the verb, or with words that are
    no subject (a preposition, an adverb: "Am Freitag sagte"); ("blocked", tokens, []) for a subject that names no
    one ("Das erklärt …"), after which no source is looked for past the verb."""
    if v - 1 > s_start and doc[v - 1].text == ")":
        # "Tuula Heikkinen (kesk.) vaatii", "X (party) said": an affiliation in brackets after the name
        opening = next((k for k in range(v - 2, max(s_start, v - 8) - 1, -1) if doc[k].text == "("), None)
        if opening is not None and opening > s_start:
            found = _phrase_before(doc, opening, s_start, language, aside)
            if found is not None and found[0] == "source":
                return "source", found[1] + list(doc[opening:v]), found[2]
    first = _clause_start(doc, v, s_start, language)
    phrase = list(doc[first:v])
    if not phrase:
        if aside and v - 1 > s_start and doc[v - 1].text == ",":
            comma = next((k for k in range(v - 2, max(s_start, v - 14) - 1, -1) if doc[k].text == ","), None)
            if comma is not None:
                inside = list(doc[comma + 1 : v - 1])
                if any(t.is_quote for t in inside):
                    return None  # the end of a quotation, not an aside
                if inside and len(inside) <= 4 and all(_capitalised(t) or t.text == "-" for t in inside):
                    return "source", inside, inside
                if len(inside) == 1 and inside[0].text.isdigit():
                    return _phrase_before(doc, comma, s_start, language)  # "X, 28, kertoo": an age after a name
                if inside and _key(inside[0]) in language.clause_words and _key(inside[0]) not in (
                    language.coordinators
                ) and (not language.relatives_listed or _key(inside[0]) in language.relatives):
                    # a relative clause set apart, not a clause of its own after "and" (", a tender bi …, izjavio je")
                    # nor one of what was said after "that" (", at folk har været utålmodige, siger X")
                    found = _phrase_before(doc, comma, s_start, language, aside=False)
                    if found is not None and any(_key(t) in language.stops for t in found[1]):
                        return None  # "det er entreprenøren, der bestemmer, siger hun": a clause's object, no subject
                    return found
                return _apposition(doc, comma, v, s_start, language)
        return None
    if len(phrase) == 1 and _key(phrase[0]) in language.pronouns:
        return "pronoun", phrase, []
    head = _key(phrase[0])
    if language.times_before_subject:
        # "Vakar meras sakė", "Pirmadienio vakarą policija pranešė": the subject after the words of time
        n = 0
        while n < len(phrase) - 1 and (_adverb(phrase[n], language) or n and (
            phrase[n].like_num or phrase[n].text == "."
        )):
            n += 1  # a number only within a date ("kovo 13 d."), not a subject's own ("60 karvių laikantis …")
        if n and not (_adverb(phrase[n], language) or phrase[n].like_num or phrase[n].text == "."):
            phrase = phrase[n:]
            head = _key(phrase[0])
    if head in language.openers or head in _TIMES:
        return None
    if head in language.prepositions and head not in language.source_places:
        return None
    names = list(phrase[1:] if head in language.source_places else phrase)  # a copy: it is cut below
    cut = next((n for n, t in enumerate(names) if n and (
        _key(t) in language.prepositions and _key(t) not in language.links and not (
            _key(t) in language.name_links and _institution_named(names[:n], language)
        ) or _key(t) in _TIMES
    )), None)
    names = names[:cut] if cut is not None else names
    while names and (_key(names[-1]) in language.links or names[-1].is_punct and not (
        language.quoted_names and names[-1].is_quote
    )):
        names.pop()
    if names and language.recipient_endings and _told_to(names[-1], language):
        # "X žurnalistams sakė": whom the words were told to, in its case after the subject; alone before the verb
        # ("„…“ darbuotojams pranešė") it is no subject, and the verb's speaker is named elsewhere
        while names and _told_to(names[-1], language):
            names.pop()
        if not names:
            return None
    if not names or not any(_wordy(t) and _key(t) not in language.determiners for t in names):
        return "blocked", phrase, []  # "Das erklärt den Anstieg": a subject that names no one
    if any(t.is_alpha and _key(t) in language.verbs for t in names):
        return "blocked", phrase, []
    return "source", phrase, names


_MAX_APPOSITION = 8
_MAX_NAME = 4


def _apposition(doc, comma, v, s_start, language):
    """A name and the title or office set apart after it by commas before the verb ("Anna Berg, ordförande i
    föreningen, säger", "Jens Holm, formand for foreningen, siger"): the title opens with a word in small letters
    that is no word of a clause's frame (no clause word, preposition, determiner, pronoun or adverb) and holds no
    verb and no mark; the name is up to ``_MAX_NAME`` capitalised words that open their clause. ("source", tokens,
    name tokens), or None."""
    inside = list(doc[comma + 1 : v - 1])
    if not inside or len(inside) > _MAX_APPOSITION:
        return None
    head = inside[0]
    if not (head.is_lower and head.is_alpha) or _grammar(head, language) or _adverb(head, language) or (
        _key(head) in language.determiners or _key(head) in language.pronouns
    ):
        return None
    if any(t.is_punct and t.text != "-" or t.is_quote or _key(t) in language.clause_words or _key(t) in language.verbs
           or _key(t) in language.auxiliaries or _key(t) in language.stops for t in inside):
        return None  # a clause of its own, not a title
    first = _clause_start(doc, comma, s_start, language)
    name = list(doc[first:comma])
    if not name or len(name) > _MAX_NAME or not all(_capitalised(t) or t.text == "-" for t in name) or any(
        _key(t) in language.determiners or _key(t) in language.prepositions or _adverb(t, language) for t in name
    ):
        return None
    return "source", list(doc[first : v - 1]), name


def _told_before(phrase, language) -> bool:
    """Whether the name before a verb (``phrase``) is in the case of whom the words were told to: its last word, a
    name in capitals, perhaps in quotation marks or with its ending after a hyphen, has an ending of
    ``recipient_endings`` or ``told_before_endings`` ("«Լրաբերին»", "TV-ին": to the paper, to the channel)."""
    endings = language.recipient_endings + language.told_before_endings
    if not endings or not phrase:
        return False
    word = _text(phrase).split()[-1].strip("«»\"“”„'")
    return word[:1].isupper() and word.lower().endswith(endings)


def _told_to(token, language) -> bool:
    """A word in small letters in the case of whom the words were told to (``recipient_endings``: "žurnalistams")."""
    return token.is_lower and token.is_alpha and _key(token).endswith(language.recipient_endings)


def _clause_end(doc, i, s_end, language) -> int:
    """The last word of the clause that the verb at ``i`` opens: before a stop, a comma, a quotation mark or the
    word that opens the next clause ("sagte die Sitzung ab und vertagte sich")."""
    k = i + 1
    while k < s_end and k - i <= _MAX_CLAUSE and not (
        doc[k].is_punct and doc[k].text != "-" or doc[k].is_quote or _key(doc[k]) in language.clause_words
    ):
        k += 1
    return k - 1


def _reports(doc, i, s_start, s_end, language) -> bool:
    """Whether the verb at ``i`` reports words in the construction it stands in (see the module's notes)."""
    token, key = doc[i], _key(doc[i])
    if i > s_start and _key(doc[i - 1]) in language.articles and key not in language.participles and (
        not language.capitalised_nouns
    ):
        return False  # "la critique", "la denuncia", "a conta": a noun after its article (a German one is capitalised)
    if i > s_start and token.text[:1].isupper():
        return False  # "das Sagen", a brand: a verb's form in capitals inside a sentence
    end = _clause_end(doc, i, s_end, language)
    last = _key(doc[end]) if end > i else ""
    if key in language.particles and last not in language.particles[key]:
        return False  # "teilte die Aufgaben" shares; "teilte … mit" reports
    if key in language.not_particles and last in language.not_particles[key]:
        return False  # "sagte das Turnier ab" cancels it
    if key in language.not_after and i + 1 < s_end and _key(doc[i + 1]) in language.not_after[key]:
        return False  # "a déclaré forfait": an idiom
    if key in language.objects and not any(_key(t) in language.objects[key] for t in doc[i + 1 : end + 1]):
        return False  # "sprach mit", "rechnet": only "sprach von", "rechnet mit"
    if key in language.demands:
        following = doc[i + 1] if i + 1 < s_end else None
        return following is not None and (
            following.text == "," and language.comma_demand or _key(following) in language.complementizers
            or _key(following) in ("de", "di", "a") and i + 2 < s_end and _infinitive(doc[i + 2], language)
            or _infinitive(following, language)
        )
    return True


def _subject_verb(doc, i, s_start, s_end, language) -> bool:
    """Whether a verb of ``subject_verbs`` ("mano", thinks, and my) reports: its clause follows it, perhaps after a
    comma ("mano, kad"), and a subject stands before it in its clause ("Ūkininkas X mano, kad", "Jis mano, kad"),
    no preposition nor a word of a clause's frame ("Mano ūkis", "pagal mano skaičiavimus": my)."""
    k = i + 1
    if k < s_end and doc[k].text == ",":
        k += 1
    if not (k < s_end and _key(doc[k]) in language.complementizers):
        return False
    if i == s_start or doc[i - 1].is_punct or doc[i - 1].is_quote:
        return False
    before = _key(doc[i - 1])
    return doc[i - 1].is_alpha and before not in language.prepositions and before not in language.clause_words and (
        before not in language.determiners
    )


def _infinitive(token, language) -> bool:
    return token.is_alpha and token.is_lower and len(token.text) > 4 and token.lower_.endswith(language.infinitives)


def _words_follow(doc, i, s_end, language) -> bool:
    """A clause, a colon or a quotation follows the verb at ``i`` (perhaps after a few words of whom it was told
    to), as a verb that is an ordinary verb too needs in order to report: "indique qu'", "explica:"."""
    for k in range(i + 1, min(s_end, i + 6)):
        key = _key(doc[k])
        if key in language.complementizers or key.startswith("qu'") or doc[k].text == ":" or doc[k].is_quote:
            return True
        if doc[k].text == "," and language.comma_clause:
            return True  # "erklärte, sie …", "считает, что"
        if doc[k].text == "," and k + 1 < s_end and _key(doc[k + 1]) in language.complementizers:
            return True  # "kertoo JR:lle, että": a comma before the clause, as the language writes it
        if language.reported_endings and doc[k].is_alpha and doc[k].lower_.endswith(language.reported_endings):
            return True  # "kertoi sulkevansa tehtaan": a verb form that reports, as a clause does
        if doc[k].is_punct:
            break
    return language.bare_clause and _bare_clause(doc, i, s_end, language)


def _bare_clause(doc, i, s_end, language) -> bool:
    """A clause with no word of its own right after the verb at ``i``, as a language that drops its "that" writes it
    ("Kommunen mener staten og fylket har visst", "tror brua kan rase"): a subject of a few words, its first no
    preposition, none a word that opens a clause ("og" joins two of its words, "staten og fylket"), and a finite verb
    of ``stops`` or an auxiliary after it, the word before which is no coordinator: two verb phrases joined by one are
    no clause ("mener alvor og vil stenge", means business and will close)."""
    k = i + 1
    if k >= s_end or not doc[k].is_alpha or _key(doc[k]) in language.prepositions or (
        _key(doc[k]) in language.clause_words or _key(doc[k]) in language.openers or _key(doc[k]) in language.stops
    ):
        return False
    for k in range(i + 2, min(s_end, i + 7)):
        key = _key(doc[k])
        if key in language.stops or key in language.auxiliaries:
            return _key(doc[k - 1]) not in language.coordinators
        if not doc[k].is_alpha or key in language.clause_words and key not in language.coordinators:
            return False
    return False


def _auxiliary_before(doc, i, s_start, language) -> int | None:
    """The auxiliary of the participle at ``i``: right before it, or a few words before in its clause ("a-t-il
    déclaré", "ha poi spiegato"); in German anywhere before it in the clause ("hat am Freitag gesagt")."""
    reach = 12 if language.participle_last else 5
    for k in range(i - 1, max(s_start, i - reach) - 1, -1):
        if _key(doc[k]) in language.auxiliaries:
            return k
        if doc[k].is_punct and doc[k].text != "-":
            return None
    return None


def _inverted_pronoun(doc, i, s_end, language):
    """The pronoun right after the verb at ``i`` ("sagte er", "заявила она"; "a-t-il" is read from the
    auxiliary), or None."""
    k = i + 1
    if k < s_end and _key(doc[k]) in language.pronouns and not _capitalised(doc[k]):
        return doc[k]
    return None


def cues(line, doc, i, s_start, s_end, language, earlier) -> list[Suggestion]:
    """The attribution cues that token ``i`` opens in another language's sentence."""
    key = _key(doc[i])
    last = _match(doc, i, s_end, language.according)
    if last is not None:
        return _according(line, doc, i, last, s_start, s_end, language)
    if key in language.closing and i > s_start and doc[i - 1].text == ",":
        return _closing(line, doc, i, s_end, language)
    if key in language.postpositions:
        return _postposition(line, doc, i, s_start, language)
    last = _match(doc, i, s_end, language.verb_phrases)
    if last is not None:
        return _verb(line, doc, i, last, s_start, s_end, language, earlier)
    if key in language.verbs or key in language.participles or key in language.subject_verbs:
        return _verb(line, doc, i, i, s_start, s_end, language, earlier)
    return []


def _according(line, doc, i, last, s_start, s_end, language):
    if i > s_start and (_key(doc[i - 1]) in language.articles or _key(doc[i - 1]) in language.prepositions):
        return []  # "il secondo anno", "no segundo semestre", "em segundo lugar": an ordinal
    if any(_key(t) in language.pronouns for t in doc[i + 1 : last + 1]):
        # "за його словами": "according to his words", a phrase that holds its speaker's pronoun
        return [_suggestion(line, doc[i], doc[last], "pronoun", f"“{_text(doc[i : last + 1])}”: words reported.")]
    j = last + 1
    if j < s_end and _key(doc[last]) in language.not_after and _key(doc[j]) in language.not_after[_key(doc[last])]:
        return []  # "според времето", depending on the weather: a measure, no source
    if j < s_end and (_key(doc[j]) in language.auxiliaries or _key(doc[j]) in language.verbs):
        verb = j + 1 if _key(doc[j]) in language.auxiliaries and j + 1 < s_end else j
        found = _phrase_after(doc, verb + 1, s_end, language)
        if found:  # "según han anunciado este miércoles los sindicatos del sector"
            phrase, names = found
            name = _text(names)
            return [_suggestion(line, doc[i], phrase[-1], "according_to",
                                f"“{doc[i].text} … {doc[verb].text}” names {mid_sentence(name)}.", name)]
        return []
    if j < s_end and _key(doc[j]) in language.pronouns:
        return [_suggestion(line, doc[i], doc[j], "pronoun", f"“{_text(doc[i : j + 1])}”: words reported.")]
    found = _phrase_after(doc, j, s_end, language, loose=True)
    if not found:
        return []
    phrase, names = found
    if language.source_endings and phrase is names:
        phrase = names = _in_case(phrase, language)  # "podle záchranářů krátce po 4:10": the genitive, not the adverb
    if language.verb_second and phrase is names:
        phrase = names = _before_second_verb(phrase, language)  # "ifølge kommunen | tåler brua …"
    author = _author_after(doc, phrase[-1].i + 1, s_end, language)
    if author:  # "según los datos publicados el lunes por la Confederación"
        phrase, names = list(doc[phrase[0].i : author[-1].i + 1]), author
    name = _text(names)
    cue = _text(doc[i : last + 1])
    return [_suggestion(line, doc[i], phrase[-1], "according_to", f"“{cue}” names {mid_sentence(name)}.", name)]


def _before_second_verb(phrase, language):
    """The words of a fronted phrase of source (``phrase``) that name the source, in a language that puts its finite
    verb second (``verb_second``): the clause's verb comes right after the source, so the source ends at a noun
    with its definite article written on ("ifølge kommunen | tåler brua", ``definite_endings``) or at a name not in
    the genitive ("ifølge Ola Nord | tåler"; "ifølge Statens vegvesen | løsnet": "Statens", ``genitive_endings``,
    leads the noun after it), whatever verb follows."""
    kept = phrase[:1]
    for token in phrase[1:]:
        last = kept[-1]
        if token.is_lower and (_definite(last, language) or _capitalised(last) and not _key(last).endswith(
            language.genitive_endings
        )):
            break
        kept.append(token)
    return kept


def _in_case(phrase, language):
    """The words of ``phrase`` that stand in the case a phrase of source governs, in a language without articles
    whose verbs are no word of a table: its first word, then names and words with an ending of that case
    (``source_endings``), up to the first other word, which opens the clause ("podle mluvčí záchranné služby |
    neúspěšná", "podle sousedů | jel")."""
    kept = phrase[:1]
    for token in phrase[1:]:
        if not (_capitalised(token) or token.text == "-" or token.is_lower and _key(token).endswith(
            language.source_endings
        )):
            break
        kept.append(token)
    return kept


def _author_after(doc, k, s_end, language):
    """ "los datos publicados el lunes por la Confederación": the author after a word for "by" within a few words
    after the phrase that opens the source, before any mark; its name's tokens, or None."""
    for m in range(k, min(s_end, k + 4)):
        if doc[m].is_punct or _key(doc[m]) in language.clause_words:
            return None
        if _key(doc[m]) in language.agents:
            found = _phrase_after(doc, m + 1, s_end, language, loose=True)
            return found[1] if found else None
    return None


def _closing(line, doc, i, s_end, language):
    """ "…, so Albers.": the source closes the sentence."""
    found = _phrase_after(doc, i + 1, s_end, language)
    if not found:
        return []
    phrase, names = found
    after = phrase[-1].i + 1
    if after < s_end and not (doc[after].is_punct and doc[after].text in ".!?"):
        return []
    name = _text(names)
    return [_suggestion(line, doc[i], phrase[-1], "according_to", f"“{doc[i].text}” names {mid_sentence(name)}.",
                        name)]


def _postposition(line, doc, i, s_start, language):
    """ "Den Angaben der Verwaltung zufolge": the phrase before the postposition, back to a mark or the
    sentence's start."""
    first = _clause_start(doc, i, s_start, language)
    phrase = list(doc[first:i])
    if not phrase or sum(_wordy(t) for t in phrase) > _MAX_PHRASE or not any(t.is_alpha for t in phrase):
        return []
    if language.postposition_endings and not _key(phrase[-1]).endswith(language.postposition_endings):
        return []  # "lähti mukaan": "along", no source in the genitive before it
    if all(_key(t) in language.determiners for t in phrase):
        return []  # "mano nuomone", in my opinion: a determiner names no source
    if _match(doc, first, i, language.according) is not None:
        return []  # "remiantis X duomenimis": the phrase of source before it reads the source
    if language.postposition_endings:
        k = i - 1
        while k >= first and (_key(doc[k]).endswith(language.postposition_endings) or _capitalised(doc[k])):
            k -= 1
        if k >= first and _key(doc[k]) in language.prepositions:
            return []  # "nesutinka su jo nuomone": "with his opinion", the noun in the case its preposition governs
    key = _key(doc[i])
    if key in language.not_after and i + 1 < len(doc) and _key(doc[i + 1]) in language.not_after[key]:
        return []  # "mukaan lukien": "including"
    if len(phrase) == 1 and _key(phrase[0]) in language.pronouns:
        # "jo teigimu", by his claim: the speaker is named before
        cue = _text(doc[phrase[0].i : i + 1])
        return [_suggestion(line, phrase[0], doc[i], "pronoun", f"“{cue}”: words reported.")]
    name = _text(phrase)
    return [_suggestion(line, phrase[0], doc[i], "according_to", f"“{doc[i].text}” names {mid_sentence(name)}.",
                        name)]


def _verb(line, doc, i, last, s_start, s_end, language, earlier):
    key = _key(doc[i])
    if last == i and not _reports(doc, i, s_start, s_end, language):
        return []
    if key in language.subject_verbs and not _subject_verb(doc, i, s_start, s_end, language):
        return []
    if i > s_start and key not in language.participles and _key(doc[i - 1]) in language.infinitive_particles:
        return []  # "ne može da kaže": "can say", an infinitive
    v = i  # where the verb group starts: its auxiliary, for a participle
    if last == i and key in language.participles:
        aux = _auxiliary_before(doc, i, s_start, language)
        if aux is None and key not in language.verbs:
            return []  # "le montant annoncé", "dicho proyecto": a participle as an adjective
        v = aux if aux is not None else i
    end_token = doc[last]
    end = _clause_end(doc, last, s_end, language)
    if key in language.particles and end == last + 1:
        end_token = doc[end]  # "teilte mit"
    verb = _text(doc[v : last + 1])
    words_follow = _words_follow(doc, last, s_end, language)
    before = _phrase_before(doc, v, s_start, language)
    told = before is not None and before[0] == "source" and _told_before(before[1], language)
    if before is not None and before[0] == "source" and (
        v - 1 >= s_start and doc[v - 1].text == "," or _after_quotation_dash(doc, before[1][0].i, s_start) or told
    ):
        after = _phrase_after(doc, last + 1, s_end, language)
        closing = _past_recipient(doc, after[0][-1].i + 1, s_end, language) if after else s_end
        if after and any(_capitalised(t) for t in after[1]) and (
            _ends_sentence(doc, closing, s_end) or told and doc[closing].is_punct
        ):
            # "…, joka kantaisi, sanoo tehtaanjohtaja X.", "„…“, – LRT sakė merė X.": the source closes the sentence
            # after the verb; the words before it, after a quotation and its dash, name whom it was told to; a name
            # in that case before the verb does so wherever the source after it ends its clause ("ինչպես «Լրաբերին»
            # պատմեց ինժեներ X, …", as engineer X told the paper)
            before = None
    if before is not None and _match(doc, before[1][0].i, v, language.according) is not None:
        return []  # "según han anunciado …": the phrase of source reads the verb
    fronted = _fronted(doc, v, s_start, language)
    if before is not None and before[0] == "blocked":
        if len(before[1]) > 1 or _key(before[1][0]) not in language.fronted or (
            key in language.needs_clause and not _named_after_fronted(doc, last, s_end, language, fronted)
        ):
            return []
        before = None  # "Das sagte der Minister", "Lo ha detto il prefetto": what was said, then who said it
    clause_before = v - 1 >= s_start and (doc[v - 1].text in _BREAKS or doc[v - 1].is_quote)
    if key in language.needs_clause and not words_follow and not (before is None and clause_before) and not (
        _as_source(doc, v, last, s_start, s_end, language)
    ) and not _named_after_fronted(doc, last, s_end, language, fronted):
        return []  # "El mapa indica la ruta", "Он считает деньги": no words follow, and none come before
    if before is not None:
        kind, phrase, names = before
        if kind == "pronoun":
            return [_suggestion(line, phrase[0], end_token, "pronoun", f"“{phrase[0].text} {verb}”: reported speech.")]
        name = _text(names)
        return [_suggestion(line, phrase[0], end_token, "reporting_verb",
                            f"“{verb}” reports {possessive(name)} words.", name)]
    pronoun = _inverted_pronoun(doc, last, s_end, language)
    if pronoun is not None:
        return [_suggestion(line, doc[v], pronoun, "pronoun", f"“{verb} {pronoun.text}”: reported speech.")]
    if v < i and any(_key(t) in language.pronouns for t in doc[v + 1 : i]):
        # "a-t-il déclaré": the pronoun stands between the auxiliary and the participle
        return [_suggestion(line, doc[v], end_token, "pronoun", f"“{_text(doc[v : last + 1])}”: reported speech.")]
    between = _phrase_after(doc, v + 1, i, language) if v < i else None
    if between:  # "Zuvor hatte die Zeitung berichtet": the subject between the auxiliary and the participle
        name = _text(between[1])
        return [_suggestion(line, doc[v], end_token, "reporting_verb",
                            f"“{verb}” reports {possessive(name)} words.", name)]
    found = _phrase_after(doc, last + 1, s_end, language, loose=_after_quotation(doc, v, s_start))
    if found and _object(found[1][-1], language):
        found = None  # "kuris sakė kalbą", who gave a speech: an object, no speaker
    if found:
        phrase, names = found
        name = _text(names)
        return [_suggestion(line, doc[v], phrase[-1], "reporting_verb",
                            f"“{verb}” reports {possessive(name)} words.", name)]
    opened = v - 1 >= s_start and (
        _key(doc[v - 1]) in language.coordinators or _key(doc[v - 1]) in language.relatives
    )
    if opened and earlier:
        name = earlier[-1].source
        return [_suggestion(line, doc[v], end_token, "reporting_verb",
                            f"“{doc[v - 1].text} {verb}”: more words from "
                            f"{mid_sentence(name) or 'the source named before'}.", name)]
    if opened and _key(doc[v - 1]) in language.relatives and v - 2 >= s_start and doc[v - 2].text == ",":
        before = _phrase_before(doc, v - 2, s_start, language)
        if before is not None and before[0] == "source":
            name = _text(before[2])
            return [_suggestion(line, doc[v], end_token, "reporting_verb",
                                f"“{doc[v - 1].text} {verb}”: words from {mid_sentence(name)}.", name)]
    if before is None and not opened and (words_follow or clause_before) and not language.subject_named:
        # "Explicó que el plazo se amplía", '«…», ha spiegato.': the subject is in the verb, named before
        return [_suggestion(line, doc[v], end_token, "pronoun", f"“{verb}”: reported speech, its speaker named before."
                            )]
    return []


def _fronted(doc, v, s_start, language) -> bool:
    """Whether the verb group at ``v`` follows a pronoun of ``fronted`` that opens the sentence and stands for the
    words said before it ("Det uppgav X", "Det fortæller X til DR", "Das sagte X")."""
    return v - 1 == s_start and _key(doc[s_start]) in language.fronted


def _named_after_fronted(doc, last, s_end, language, fronted) -> bool:
    """After a fronted pronoun (``_fronted``), whether the verb that is an ordinary verb too names its source after it,
    a pronoun or a phrase that holds a name ("Det fortæller borgmester Lene Kragh til DR", "Det berättar hon"), and so
    reports the words before it; not an object ("Det kräver pengar", it takes money). Not in a language that writes
    its nouns in capitals, where a noun is no name ("Das erklärt den Anstieg")."""
    if not fronted or language.capitalised_nouns:
        return False
    if _inverted_pronoun(doc, last, s_end, language) is not None:
        return True
    found = _phrase_after(doc, last + 1, s_end, language)
    return found is not None and any(_capitalised(t) for t in found[1])


def _as_source(doc, v, last, s_start, s_end, language) -> bool:
    """Whether the verb group ``v``…``last`` follows "as" and its source follows it up to a comma ("Kaip rašo BNS,
    …", as BNS writes): a clause of source before the sentence's own words."""
    if not (v - 1 >= s_start and _key(doc[v - 1]) in language.as_words):
        return False
    found = _phrase_after(doc, last + 1, s_end, language)
    if not found or _object(found[1][-1], language):
        return False
    after = found[0][-1].i + 1
    return after < s_end and doc[after].text == ","


def _object(token, language) -> bool:
    """A word in small letters with an ending of an object's case (``object_endings``: "kalbą")."""
    return bool(language.object_endings) and token.is_lower and _key(token).endswith(language.object_endings)


def _after_quotation_dash(doc, first, s_start) -> bool:
    """Whether the token at ``first`` follows a quotation's closing mark, perhaps a comma, and a dash ("„…“, –
    BALTINFO sakė …")."""
    k = first - 1
    if k < s_start or doc[k].text not in "–—":
        return False
    k -= 1
    if k >= s_start and doc[k].text == ",":
        k -= 1
    return k >= s_start and doc[k].is_quote


def _after_quotation(doc, v, s_start) -> bool:
    """Whether the verb at ``v`` follows a quotation's closing mark and perhaps a comma: the headline's order, quote,
    verb, source, which writes its source as a bare noun without its article ("“…”, diz secretária de Saúde",
    "“…”, dice ministro")."""
    k = v - 1
    if k >= s_start and doc[k].text == ",":
        k -= 1
    return k > s_start and doc[k].is_quote and doc[k].text in "”»\"’"


def _past_recipient(doc, k, s_end, language) -> int:
    """The index after whom the words were told to, when that stands at ``k`` (a word in its case, "Ylelle", or an
    abbreviation with the ending after a colon, "HA:lle"); else ``k``."""
    if not language.recipient_endings or k >= s_end:
        return k
    if _key(doc[k]).endswith(language.recipient_endings):
        return k + 1
    if k + 2 < s_end and doc[k + 1].text == ":" and _touching(doc[k], doc[k + 1]) and _touching(
        doc[k + 1], doc[k + 2]
    ) and _key(doc[k + 2]).endswith(language.recipient_endings):
        return k + 3
    return k


def _touching(token, following) -> bool:
    return token.idx + len(token.text) == following.idx


# The marks that end a sentence: the Latin ones and those of scripts that have their own (the Armenian full stop "։").
_SENTENCE_ENDS = ".!?" + scripts.STOPS + scripts.CJK_STOPS


def _ends_sentence(doc, k, s_end) -> bool:
    return k >= s_end or doc[k].is_punct and doc[k].text in _SENTENCE_ENDS


def _text(tokens) -> str:
    tokens = list(tokens)
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


__all__ = ["TABLES", "TAG", "Language", "cues", "language_of", "language_of_line", "languages", "reader_of"]
