"""Attribution in Lithuanian: the table ``languages.TABLES["lt"]`` reads.

Lithuanian news reports words in the simple past ("sakė", "teigė", "pasakojo": one form for every person and
number) or the present ("sako", "teigia", "tikina"), after its subject ("Bendrovė teigia, kad"; "Pieno gamintojų
asociacijos pirmininkas, ūkininkas Vytautas Jankauskas sako, kad"), or after a quotation, a comma and a dash with
the source after it ("„…“, – sakė merė Aušra Kazlauskienė"; "– kalbėjo jis"). "Pasak X" and "anot X" are "according
to X", the source in the genitive after them ("pasak bendrovės"); a noun in the instrumental after its source in the
genitive is one too ("merės skaičiavimu", by the mayor's reckoning; "policijos duomenimis", by police figures; "jo
teigimu", by his claim), read as a postposition after a word with a genitive ending. The impersonal participle
writes a statement without a speaker ("Bendrovės pranešime teigiama, kad", it is said in the company's statement),
and the compound past is an auxiliary and an active participle ("yra sakęs, kad", has said; "buvo pranešta, kad",
it was announced). There are no articles, so any word may open a source; the case endings are written onto the
words, so a name takes many forms and only whole forms are listed here.

The verb is not second: words of time may open the clause before the subject ("Vakar meras sakė", "Pirmadienio
vakarą policija pranešė", ``times_before_subject``), and whom the words were told to may stand in the dative between
the subject and the verb ("X žurnalistams sakė", ``recipient_endings``), or between a quotation's dash and the verb
("„…“, – BALTINFO sakė X"). A company's or a paper's name is written in quotation marks inside the phrase that
names it ("bendrovė „Šventupės pienas“ paskelbė", "laikraštis „Pajūrio žinios“", ``quoted_names``).

Many of these verbs are ordinary verbs too ("kalba lietuviškai", speaks Lithuanian; "patvirtino biudžetą", approved
the budget; "skaičiuoja pinigus", counts money; "paskelbė konkursą", announced a tender): they report only with a
clause, a colon or a quotation after them, or after a quotation. A promise or a call reports what is to be done
with an infinitive after it ("žada kasdien juos vežioti", promises to bus them daily; "ragina gyventojus taupyti"),
which stands in for the clause (``reported_endings``); a promise of a thing ("žada autobusą") reports no words.
After "kaip" such a verb reports when its source follows it and a comma closes it ("Kaip rašo BNS, …", as BNS
writes; ``as_words``). A word in the accusative after a verb is its object, no source ("kuris sakė kalbą", who gave a
speech; ``object_endings``). "Mano" is "my" far more often than "thinks": it reports only after a subject and
right before its clause ("Ūkininkas Jonas X mano, kad", the farmer thinks that; ``subject_verbs``), never before a
noun ("Mano ūkis", my farm), and "mano nuomone" (in my opinion) is the writer's own view, no phrase of source. Its
past, "manė" (thought), is no other word, and reports with a clause after it.
"""

# Past (one form for every person and number) and present in the third person: say, state, tell, speak, stress,
# note, assert, assure, explain, comment, announce, add, declare, ask, answer, indicate, confirm, admit, warn,
# deny, criticise, promise, reckon, fear, hope, inform, write, demand, urge, complain, recall, remind, mention, notice,
# reveal.
_FINITE = """
sakė sako teigė teigia pasakojo pasakoja kalbėjo kalba pabrėžė pabrėžia pažymėjo pažymi tvirtino tvirtina tikino
tikina patikino patikina aiškino aiškina paaiškino paaiškina komentavo komentuoja pakomentavo pranešė praneša
pridūrė priduria pareiškė pareiškia akcentavo akcentuoja klausia klausė paklausė atsakė atsako nurodė nurodo
patvirtino patvirtina pripažino pripažįsta perspėjo perspėja įspėjo įspėja neigė neigia paneigė kritikavo
kritikuoja žada žadėjo pažadėjo skaičiuoja skaičiavo paskelbė skelbia baiminasi baiminosi nuogąstauja nuogąstavo
tikisi tikėjosi informavo informuoja rašo rašė reikalauja reikalavo ragina ragino skundžiasi skundėsi prisimena
prisiminė primena priminė mini minėjo užsiminė pastebi pastebėjo atskleidė manė
"""
# The impersonal participle of a statement with no speaker: it is said, stated, announced, reported, written.
_IMPERSONAL = "teigiama sakoma pranešama skelbiama rašoma nurodoma"
# Active past participles after "yra" or "buvo" (has said, had stated …), masculine, feminine and plural, and the
# neuter passive after "buvo" (was announced, stated, promised).
_PARTICIPLES = """
sakęs sakiusi sakę teigęs teigusi teigę pareiškęs pareiškusi pareiškę pabrėžęs pabrėžusi pabrėžę minėjęs minėjusi
minėję žadėjęs žadėjusi žadėję pažadėjęs pažadėjusi pažadėję pranešta teigta paskelbta pažadėta
"""
# Verbs that are ordinary verbs too (see the module's notes): they report only with words after them or after a
# quotation. Not "komentavo" (commented), which news writes after a quotation and an adverb of manner ("„…“, –
# trumpai komentavo X") and hardly ever of a match's commentary.
_ORDINARY = """
kalbėjo kalba pasakojo pasakoja aiškino aiškina paaiškino paaiškina pridūrė priduria klausia klausė paklausė atsakė
atsako nurodė nurodo patvirtino patvirtina pripažino pripažįsta tvirtino tvirtina pažymėjo pažymi žada žadėjo
pažadėjo skaičiuoja skaičiavo paskelbė skelbia baiminasi baiminosi nuogąstauja nuogąstavo tikisi tikėjosi informavo
informuoja rašo rašė reikalauja reikalavo ragina ragino žadėjęs žadėjusi žadėję pažadėjęs pažadėjusi pažadėję
pranešta teigta paskelbta pažadėta teigiama sakoma pranešama skelbiama rašoma nurodoma skundžiasi skundėsi prisimena
prisiminė primena priminė mini minėjo užsiminė pastebi pastebėjo atskleidė manė
"""

TABLE = {
    "verbs": _FINITE + _IMPERSONAL,
    "participles": _PARTICIPLES,
    "auxiliaries": "yra buvo",
    "according": "pasak | anot | remiantis",
    # By the reckoning, words, claim, opinion, assessment, figures of the source in the genitive before it.
    "postpositions": "skaičiavimu skaičiavimais žodžiais teigimu nuomone vertinimu duomenimis manymu",
    # The genitive: -o, -io (ministro, jo), -os, -ės, -ies, -aus, -ens, and the plural -ų.
    "postposition_endings": "o os ės ies aus ens ų",
    # "this", "that", the possessives of the writer and the reader ("mano nuomone", in my opinion: no one else's
    # words) and "several", "all"
    "determiners": "šis ši šie šios šio tas ta tie tos to mano tavo mūsų jūsų savo keli kelios daug visi visos",
    "prepositions": "į iš su be per po prie nuo iki už ant apie dėl pagal tarp prieš link virš ties pas",
    "openers": "taip pat taipogi be to vėliau vakar užvakar šiandien dabar tada tuomet jau dar tačiau todėl anksčiau "
               "neseniai kasdien pernai šiemet trumpai aiškiai atvirai tiesiai griežtai ramiai vėl irgi "
               # the accusative of a part of the day or a week, which no subject is in ("pirmadienio vakarą", "tą
               # dieną"), and "d." of a date ("kovo 13 d.")
               "rytą vakarą popietę naktį dieną savaitę praėjusią praėjusį kitą šį šią tą d",
    "clause_words": "kad jog ar kai kol jei jeigu nes bet o ir arba kaip kur kuris kuri kurie kurios kurį kurią kurio "
                    "kuriuo kuria kuriame kurioje kuriuose kurių nors tačiau",
    "coordinators": "ir bet o tačiau",
    "relatives": "kuris kuri kurie kurios",
    "pronouns": "jis ji jie jos jo jų",
    "complementizers": "kad jog",
    "needs_clause": _ORDINARY,
    "subject_verbs": "mano",  # thinks, and my: only "X mano, kad"
    "reported_endings": "ti",
    # The dative of whom the words were told to ("žurnalistams sakė", told journalists), plural and singular, which
    # no subject in the nominative ends with.
    "recipient_endings": "ams ėms oms ims iui ui",
    # The accusative singular, which no source after the verb ends with ("sakė kalbą", gave a speech); "kaip" before a
    # verb and its source that a comma closes ("Kaip rašo BNS, …", as BNS writes).
    "object_endings": "ą ę į",
    "as_words": "kaip",
    "times_before_subject": "yes",  # "Vakar meras sakė": the verb is not second
    "quoted_names": "yes",  # "bendrovė „Šventupės pienas“ paskelbė"
}
