"""Attribution in Romanian: the table ``languages.TABLES["ro"]`` reads.

Romanian news reports words in the compound past, an auxiliary and a participle ("a declarat", "au spus"), or in
the present ("spune", "spun", "susține"); after its subject ("Ministerul Mediului a precizat că"; "Primarul
orașului, Viorica Pintea, a declarat"), or after a quotation with the source after it ("„…”, a spus ministrul";
"a declarat pentru ACP directoarea agenției", the outlet it was told to named after "pentru"). "Potrivit X" and
"conform X" are "according to X"; "potrivit" after "este" is "suitable", and no cue. The article is written onto
its noun ("ministrul", "compania"), so any word may open a source. After "a" a present is an infinitive ("a spune",
to say) and reports nothing. A text may write "ș" and "ț" with a comma below or with a cedilla ("ş", "ţ"), as
older keyboards typed them: each word is held in both spellings.
"""

# Participles after the auxiliary: declared, said, announced, stated, explained, affirmed, conveyed, maintained,
# warned, answered, estimated, calculated, stressed, added, shown, mentioned, confirmed, denied, admitted, recounted,
# related, insisted, promised, told, assured, claimed, reported, criticised.
_PARTICIPLES = """
declarat spus anunțat precizat explicat afirmat transmis susținut avertizat răspuns estimat calculat subliniat
adăugat arătat menționat confirmat negat recunoscut povestit relatat insistat promis zis asigurat informat comunicat
criticat acuzat dezvăluit apreciat
"""
# Present forms, third person singular and plural: says, declares, states, maintains, explains, shows, specifies,
# recounts, announces, warns, stresses, adds, believes, estimates, promises, claims, mentions, confirms.
_PRESENT = """
spune spun declară afirmă susține susțin explică explică arată precizează povestește povestesc anunță anunțau
avertizează subliniază adaugă crede cred estimează promite promit pretinde mărturisește menționează
confirmă recunoaște
"""
# Verbs that are ordinary verbs too ("a transmis meciul", broadcast the match; "arată bine", looks well; "a adăugat
# sare", added salt; "susține proiectul", supports the project): they report only with a clause, a colon or a
# quotation after them, or after a quotation. An estimate, a calculation, an announcement and a promise report a
# figure or a plan as a statement does ("Poliția a estimat participarea la 1.500"), so they need none.
_ORDINARY = """
transmis arată arătat adăugat adaugă povestit povestește povestesc recunoscut recunoaște răspuns crede cred apreciat
comunicat informat susține susțin susținut
"""

_TABLE = {
    "verbs": _PRESENT,
    "participles": _PARTICIPLES,
    "auxiliaries": "a au",
    "verb_phrases": "se tem | se teme | au atras atenția | a atras atenția | atrage atenția | atrag atenția",
    "according": "potrivit | conform | potrivit lui | conform lui | în opinia | în opinia lui | după spusele | "
                 "după spusele lui | în viziunea",
    "recipients": "pentru",
    "determiners": "acest această acești aceste acel acea aceeași același aceiași aceleași",
    "prepositions": "în la cu de din pe pentru prin spre despre fără sub peste până după între lângă către printre "
                    "dintre printr într",
    "openers": "și iar apoi ulterior ieri azi astăzi acum atunci totuși deja încă mai",
    "clause_words": "că să care când dacă deși fiindcă deoarece iar dar și sau ori ca cum unde",
    "coordinators": "și iar dar",
    "relatives": "care",
    "pronouns": "el ea ei ele",
    "complementizers": "că",
    "needs_clause": _ORDINARY,
    "infinitive_particles": "a",
    "dialogue": "yes",
}

_CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")


def _both_spellings(entry: str) -> str:
    """A table's entry with each word written with a cedilla as well: words between spaces, phrases between "|"."""
    if "|" in entry:
        phrases = [phrase.strip() for phrase in entry.split("|")]
        return " | ".join(dict.fromkeys(phrases + [phrase.translate(_CEDILLA) for phrase in phrases]))
    words = entry.split()
    return " ".join(dict.fromkeys(words + [word.translate(_CEDILLA) for word in words]))


TABLE = {key: _both_spellings(entry) for key, entry in _TABLE.items()}
