"""Attribution in Serbian (in both its alphabets) and Croatian: the table ``languages.TABLES["sr"]`` and ``["hr"]``
read, written once in Latin letters and again in Cyrillic (``languages.serbian_cyrillic``).

The two write their news alike. The past is an l-participle and a clitic auxiliary, either way round: after a
quotation or a comma the participle, the auxiliary, then the source ("…“, rekao je predsednik opštine Petar Ilić";
", izjavila je"), after a subject the auxiliary first ("Gradonačelnik je rekao da …"), or the participle first
("Direktor bolnice Ana Kovač rekla je da …"); the present needs no auxiliary ("kaže Zoran Mitić", "navodi
policija"). "Prema rečima X" (Serbian), "prema riječima X" (Croatian) and "po rečima X" are "according to the words
of X", "prema podacima X" "according to the figures of"; bare "prema" is "towards" and no cue ("prema Beogradu").
There are no articles, so any word may open a source; after a phrase of source the source stands in the genitive
("prema rečima meštana | most je …"), whose endings end it (``source_endings``).

The outlet the words were told to may stand between the verb and its source ("rekao je za RTS predsednik
opštine …": ``recipients``). The auxiliary "je"/"su" stands between a verb and the source after it as a word of
time does, so it is among the words read past there (``openers``), and a source before it ends at it
(``auxiliaries``). A present after "da" is an infinitive ("niko ne može da kaže", nobody can say) and reports
nothing (``infinitive_particles``).
"""

from newsdesk.importing.languages import serbian_cyrillic

# l-participles of verbs of saying, in the masculine, feminine and plural (and the feminine plural of the commonest),
# in the Serbian (ekavian) and Croatian (ijekavian) spellings where they differ: said, stated, cited, added,
# stressed, explained, confirmed, warned, announced, told, assessed, claimed, noted, recounted, admitted, wrote.
_PARTICIPLES = """
rekao rekla rekli rekle kazao kazala kazali izjavio izjavila izjavili izjavile naveo navela naveli navele dodao
dodala dodali istakao istakla istakli istaknuo istaknula naglasio naglasila naglasili objasnio objasnila objasnili
pojasnio pojasnila pojasnili potvrdio potvrdila potvrdili upozorio upozorila upozorili saopštio saopštila saopštili
saopćio saopćila saopćili priopćio priopćila priopćili poručio poručila poručili ocenio ocenila ocenili ocijenio
ocijenila ocijenili tvrdio tvrdila tvrdili napomenuo napomenula napomenuli ispričao ispričala ispričali priznao
priznala priznali najavio najavila najavili napisao napisala napisali procenio procenila procijenio procijenila
"""
# Present forms, third person singular and plural: says, states, cites, claims, stresses, explains, believes, warns.
_PRESENT = """
kaže kažu izjavljuje izjavljuju navodi navode tvrdi tvrde ističe ističu naglašava naglašavaju objašnjava
objašnjavaju pojašnjava smatra smatraju upozorava upozoravaju poručuje poručuju ocenjuje ocjenjuje procenjuje
procjenjuje veruje veruju vjeruje vjeruju dodaje dodaju saopštava priopćuje priznaje
"""
# Verbs that are ordinary verbs too ("naveo primer", cited an example; "dodao so", added salt; "procenjuje se na",
# is estimated at): they report only with a clause, a colon or a quotation after them, or after a quotation.
_ORDINARY = """
navodi navode naveo navela naveli navele dodaje dodaju dodao dodala dodali napisao napisala napisali procenio
procenila procijenio procijenila procenjuje procjenjuje ocenjuje ocjenjuje smatra smatraju ispričao ispričala
ispričali najavio najavila najavili
"""

LATIN = {
    "verbs": _PARTICIPLES + _PRESENT,
    "participles": _PARTICIPLES,
    "auxiliaries": "je su sam smo ste si bi",
    "according": "prema rečima | prema riječima | po rečima | po riječima | prema navodima | po navodima | "
                 "prema podacima | po podacima | prema mišljenju | po mišljenju | prema procenama | "
                 "prema procjenama | prema saznanjima | kako navodi | kako navode",
    "determiners": "taj ta to ti ovaj ova ovo ovi ove njegov njegova njen njena njezin njezina njihov njihova "
                   "nekoliko mnogi svi neki",
    "prepositions": "u na iz sa s za od do o po pri prema kod ka k bez kroz nad pod pred između preko posle poslije "
                    "tokom zbog",
    "openers": "je su takođe također isto zatim kasnije juče jučer danas sada već ipak međutim zato još ranije "
               "ujutru ujutro uveče navečer",
    "clause_words": "da što šta kada kad ako jer ali i a ili kako gde gdje koji koja koje kojeg kojem čiji dok nego "
                    "pa",
    "coordinators": "i a ali pa",
    "relatives": "koji koja koje",
    "pronouns": "on ona oni one ono",
    "complementizers": "da",
    "needs_clause": _ORDINARY,
    "recipients": "za",
    "infinitive_particles": "da",
    "source_endings": "a e og oga eg ega ih ova eva ovih",
}


def _both_alphabets(entry: str) -> str:
    """A table's entry with each of its words written in Cyrillic as well: words between spaces, phrases between
    "|"."""
    if "|" in entry:
        phrases = [phrase.strip() for phrase in entry.split("|")]
        return " | ".join(phrases + [serbian_cyrillic(phrase) for phrase in phrases])
    words = entry.split()
    return " ".join(dict.fromkeys(words + [serbian_cyrillic(word) for word in words]))


TABLE = {key: _both_alphabets(entry) for key, entry in LATIN.items()}
