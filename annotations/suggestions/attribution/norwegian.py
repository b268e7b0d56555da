"""Attribution in Norwegian (Bokmål): the table ``languages.TABLES["nb"]`` reads.

Norwegian news quotes a speaker in a paragraph led by an en dash and writes the verb of saying after the words
said, its source after it ("– …, sier seksjonsleder Ingrid Sæther", "…, opplyser kommunen"), or the source first and
a clause with "at" after it, mostly with no comma ("Rektor Siri Lunde opplyser at …"; "… sier til avisen at …");
"ifølge X" names a source after it. Its grammar is the Danish one (``danish``): the verb stands second in its
clause, so after a word of time the source follows the verb ("I går sa ordføreren"), the compound past is "har" or
"hadde" and a participle ("Sykehuset har opplyst at"), the definite article is written onto its noun ("kommunen",
"rederiet") and a title before a name is in lower case ("ordfører Arne Vik"), so any word may open a source; a
finite verb of being, having or a modal ends a source (``stops``). Its words are its own, though: the verbs of
saying ("sier", "sa", "opplyser", "uttaler", "bekrefter"), the pronouns and determiners ("hun", "noen", "ingen",
"noe", "mye"), the prepositions and the words that open a clause ("hva", "hvis", "mens", "selv om"). Norwegian's
relative clauses open with "som" alone ("der" is "there"). Verbs that are ordinary verbs too ("forteller en
historie", "skriver en bok", "mener det") report only with a clause, a colon or a quotation after them, or after
the words said; "sier opp" (resigns), "sier ja" (votes yes) and "det sier seg selv" (it goes without saying) report
nothing.
"""

# Present, past and participle of: say, tell, state, give a statement, explain, stress, point out, admit,
# announce, mean, assess, confirm, reject, warn, write, establish, note, promise, fear, believe, answer, concede,
# claim, estimate, report, criticise, demand, and "regne med" (expect), which reports only with its preposition.
_PRESENT = """
sier forteller opplyser uttaler forklarer understreker påpeker erkjenner innrømmer meddeler mener vurderer
bekrefter avviser advarer skriver fastslår konstaterer lover frykter tror svarer hevder anslår melder kritiserer
krever regner varsler
"""
_PAST = """
sa fortalte opplyste uttalte forklarte understreket understreka påpekte erkjente innrømmet innrømte
meddelte mente vurderte bekreftet bekrefta avviste advarte skrev fastslo konstaterte lovet lova fryktet fryktet
trodde svarte hevdet anslo meldte kritiserte krevde regnet varslet
"""
_PARTICIPLES = """
sagt fortalt opplyst uttalt forklart understreket påpekt erkjent innrømmet meddelt ment vurdert bekreftet avvist
advart skrevet fastslått konstatert lovet fryktet trodd svart hevdet anslått meldt kritisert krevd regnet varslet
"""
# Verbs that are ordinary verbs too: tell a story, explain a rule, pronounce a name, mean it, assess a house, write a
# book, promise a thing, fear the worst, believe in, answer a letter, reject an offer, report for duty, demand money,
# warn of a storm.
_ORDINARY = """
forteller fortalte fortalt forklarer forklarte forklart uttaler uttalte uttalt mener mente ment vurderer
vurderte vurdert skriver skrev skrevet lover lovet lova frykter fryktet tror trodde trodd svarer svarte svart
avviser avviste avvist melder meldte meldt krever krevde krevd varsler varslet
"""

TABLE = {
    "verbs": _PRESENT + _PAST,
    "participles": _PARTICIPLES,
    "auxiliaries": "har hadde",
    "according": "ifølge",
    "agents": "av",
    # "noen", "ingen": anyone, no one; "jeg", "vi": I, we, the speaker's own words inside a quoted paragraph (its dash
    # is never closed); "noe", "mye", "ingenting", "alt": something, much, nothing, all ("Det sier mye om …").
    "determiners": "den det de en et ei sin sitt si sine hans hennes deres denne dette disse mange flere noen alle "
                   "begge ingen jeg vi noe mye ingenting intet alt",
    "links": "von van",
    # "seg", the reflexive, ends a phrase after the verb as a preposition would: "det sier seg selv".
    "prepositions": "i på av til fra med for om under etter før ved hos mot uten gjennom over innen blant siden "
                    "langs mellom overfor seg",
    "source_places": "hos",
    "openers": "også dessuten senere nå så derfor likevel allerede tidligere igjen ennå deretter imidlertid "
               "samtidig her ellers tvert",
    "clause_words": "at som når hvis fordi men og eller hvordan hvor hvorfor hva hvem mens selv om da idet",
    "coordinators": "og men samt",
    "relatives": "som",
    "pronouns": "han hun de man",
    "complementizers": "at",
    "fronted": "det dette",
    # finite verbs of being, having, the modals and the commonest verbs of news, present, past and passive, which end
    # a source ("Ifølge kommunens beregninger koster bygget …")
    "stops": "er var blir ble har hadde skal skulle kan kunne vil ville må måtte kommer kom går gikk står sto stod "
             "ligger lå får fikk koster kostet viser viste gjelder gjaldt finnes fins trengs mangler manglet åpner "
             "åpnet åpnes stenger stengte stenges tar tok gir ga",
    "objects": "regner:med regnet:med",
    "not_after": "sier:opp,ja,nei sa:opp,ja,nei sagt:opp,ja,nei",
    "not_particles": "sier:opp sa:opp",
    "needs_clause": _ORDINARY,
    # the verb second: a fronted "ifølge X" ends where the clause's verb follows its noun or name ("Ifølge kommunen
    # tåler brua …"); the definite article written onto the noun ("kommunen", "rederiet", "elevene") and the genitive's
    # "-s" ("Statens vegvesen") tell where
    "verb_second": "yes",
    "definite_endings": "en et ene",
    "genitive_endings": "s",
    "subject_named": "yes",  # every clause names its subject: a verb of saying with none reports nothing
    "bare_clause": "yes",  # "at" may be dropped: "mener staten har visst", a subject and a finite verb after the verb
    "relatives_listed": "yes",  # only "som" opens a relative clause set apart by commas, never "at"
}
