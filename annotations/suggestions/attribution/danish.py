"""Attribution in Danish: the table ``languages.TABLES["da"]`` reads.

Danish news quotes a speaker in a paragraph led by an en dash, or in »…«, and writes the verb of saying after the
words said, its source after it ("– …, siger direktør Jesper Holm", "…,« siger hun til avisen", "…, oplyser
arrangørerne"), or the source first and a clause with "at" after it ("Borgmester Lene Kragh siger, at …"; "… siger
til avisen, at …"). The verb stands second in its clause, so after a word of time or a phrase of place the source
follows the verb ("I går sagde borgmesteren"), and "Hos X oplyser man" names X (``source_places``). The compound past
is "har" or "havde" and a participle ("Kommunen har oplyst, at"); "lyder det fra X" ("so it sounds from X") and
"ifølge X" name a source after them.

The definite article is written onto its noun ("direktøren", "arrangørerne") and a title before a name in lower case
("byrådsmedlem Søren Vestergaard"), so any word may open a source and the table names no articles; a finite verb of
being, having or a modal ends a source (``stops``) and marks a clause that is no subject. Danish names its subject
in every clause, so a verb of saying with no subject before or after it is no cue ("før nogen havde fortalt, at":
"nogen" and "ingen", anyone and no one, are determiners that name no one), and a clause after "at" set apart by
commas is no relative clause ("Vi forstår godt, at folk …, siger X": "Vi forstår godt" is no speaker). The dash of a
quoted paragraph is never closed (the verb of saying follows its words in the same sentence), so it is no dialogue
dash, and the first person inside it ("– Vi mener, at …") is the speaker's own words, no cue of its own. Verbs that
are ordinary verbs too ("fortæller en historie", tells a story; "skriver en bog"; "mener det") report only with a
clause, a colon or a quotation after them, or after the words said; "siger op" (resigns), "siger ja" (votes yes) and
"det siger sig selv" (it goes without saying) report nothing.
"""

# Present, past and participle of: say, tell, state, give a statement, explain, add, stress, point out, admit,
# announce, mean, assess, confirm, reject, warn, write, establish, note, promise, fear, believe, answer, concede,
# claim, emphasise, estimate, relate, report, criticise, demand, and "regne med" (expect), which reports only with its
# preposition ("det regner", it rains).
_PRESENT = """
siger fortæller oplyser udtaler forklarer tilføjer understreger påpeger erkender meddeler mener vurderer bekræfter
afviser advarer skriver fastslår konstaterer lover frygter tror svarer indrømmer hævder betoner anslår beretter melder
kritiserer kræver regner
"""
_PAST = """
sagde fortalte oplyste udtalte forklarede tilføjede understregede påpegede erkendte meddelte mente vurderede
bekræftede afviste advarede skrev fastslog konstaterede lovede frygtede troede svarede indrømmede hævdede betonede
anslog berettede meldte kritiserede krævede regnede
"""
_PARTICIPLES = """
sagt fortalt oplyst udtalt forklaret tilføjet understreget påpeget erkendt meddelt ment vurderet bekræftet afvist
advaret skrevet fastslået konstateret lovet frygtet troet svaret indrømmet hævdet betonet anslået berettet meldt
kritiseret krævet regnet
"""
# Verbs that are ordinary verbs too: tell a story, explain a rule, add salt, pronounce a name, mean it, assess a house,
# write a book, promise a thing, fear the worst, believe in, answer a letter, reject an offer, report for duty, demand
# money (a demand reports one with "at" after it, with or without a comma: "kræver, at", "kræver at få").
_ORDINARY = """
fortæller fortalte fortalt forklarer forklarede forklaret tilføjer tilføjede tilføjet udtaler udtalte udtalt mener
mente ment vurderer vurderede vurderet skriver skrev skrevet lover lovede lovet frygter frygtede frygtet tror troede
troet svarer svarede svaret afviser afviste afvist melder meldte meldt kræver krævede krævet
"""

TABLE = {
    "verbs": _PRESENT + _PAST,
    "participles": _PARTICIPLES,
    "auxiliaries": "har havde",
    "verb_phrases": "lyder det fra | lød det fra",
    "according": "ifølge",
    "agents": "af",
    # "nogen", "ingen": anyone, no one; "jeg", "vi": I, we, the speaker's own words inside a quoted paragraph (its
    # dash is never closed, so the words are read as the article's); a subject of them alone names no one; "noget",
    # "meget", "intet", "alt": something, much, nothing, all ("Det siger meget om …", that says a lot about).
    "determiners": "den det de en et sin sit sine hans hendes deres denne dette disse mange flere nogle alle begge "
                   "nogen ingen jeg vi noget meget intet alt",
    "links": "von van",
    # "sig", the reflexive, ends a phrase after the verb as a preposition would: "det siger sig selv".
    "prepositions": "i på af til fra med for om under efter før ved hos mod uden gennem over inden blandt siden "
                    "langs mellem sig",
    "source_places": "hos",
    "openers": "også desuden senere nu så derfor dog allerede tidligere igen endnu derefter imidlertid samtidig her "
               "ellers tværtimod",
    "clause_words": "at som der når hvis fordi men og eller hvordan hvor hvorfor hvad hvem hvornår mens selvom da "
                    "idet",
    "coordinators": "og men samt",
    "relatives": "som der",
    "pronouns": "han hun de man",
    "complementizers": "at",
    "fronted": "det dette",
    "stops": "er var bliver blev har havde skal skulle kan kunne vil ville må måtte kommer kom går gik står stod "
             "ligger lå får fik",
    "objects": "regner:med regnede:med regnet:med",
    "not_after": "siger:op,ja,nej sagde:op,ja,nej sagt:op,ja,nej",
    "not_particles": "siger:op sagde:op",
    "needs_clause": _ORDINARY,
    "subject_named": "yes",  # every clause names its subject: a verb of saying with none reports nothing
    "bare_clause": "yes",  # "at" may be dropped: "mener staten har visst", a subject and a finite verb after the verb
    "relatives_listed": "yes",  # only "som" and "der" open a relative clause set apart by commas, never "at"
}
