"""Attribution in Filipino (Tagalog): the table ``languages.TABLES["tl"]`` reads.

Filipino puts its verb first and marks who did it after the verb: "ni" before a person's name, "ng" before any other
noun ("Sinabi ni Mayor Lorna Dizon na …", "sinabi ng DepEd na …", "Kinumpirma ng MDRRMO na …"), "nina" before two
names or more. After a quotation the short words of saying come first and their source after them, with no marker
after "ani" ("…," ani Macaraeg) and with one after "sabi", "saad", "dagdag", "kuwento" ("…," sabi ni Aling Nena;
"dagdag pa ng alkalde", the particle "pa", "too", between). "Aniya" (ani + niya) is "he said, she said", its speaker
written onto it as Indonesian's "katanya" is. "Ayon sa X" (before any noun) and "ayon kay X" (before a name) are
"according to X". A clause of what was said follows "na" ("Sinabi ni X na sarado ang paaralan") and ends the source.

"Ang" is the article of a clause's topic, before which a verb's form is a noun ("ang sinabi ng alkalde", what the mayor
said; "ang ani ng palay", the rice harvest): after it no verb reports. "Mga" makes a plural and opens a source ("Ayon
sa mga nakaligtas"); "ng" and "ni" inside a source join it to what it belongs to ("MDRRMO ng Tabonlayan", "page ni
Mayor Villaflor"). The hearsay enclitics "daw" and "raw" (so it is said) name no one, and are no cue.
"""

# The verbs of saying as news prose writes them: said (the recent past "sinabi", the bare "sabi" and "ani"), stated,
# added, announced, declared, confirmed, insisted, explained, recounted, reported, assured, clarified, stressed,
# warned, admitted, denied, revealed, and "nagsabi", "sinasabi" (said, says, with the actor as topic or not).
_VERBS = """
sinabi sabi ani saad sambit dagdag idinagdag inanunsyo inanunsiyo ipinahayag kinumpirma iginiit giit ipinaliwanag
paliwanag ikinuwento kuwento kwento isinalaysay iniulat tiniyak nilinaw binigyang-diin nagbabala binalaan inamin
itinanggi ibinunyag nagsabi sinasabi pahayag
"""
# Verbs with the speaker written onto them: "aniya" (ani + niya, he/she said), "anila" (they said).
_WITH_SPEAKER = "aniya anila"
# Words that are nouns as often ("kuwento", a story; "pahayag", a statement; "paliwanag", an explanation; "giit", an
# insistence; "sabi", a saying): they report only after a quotation or a comma, or with a clause after them.
_ORDINARY = "kuwento kwento pahayag paliwanag giit sabi dagdag saad sambit"

TABLE = {
    "verbs": _VERBS + " " + _WITH_SPEAKER,
    "according": "ayon sa | ayon kay | ayon kina | batay sa | alinsunod sa",
    # "ni", "nina", "ng": the actor after the verb ("sinabi ni X", "kinumpirma ng MDRRMO").
    "actor_markers": "ni nina ng",
    "articles": "ang",
    "determiners": "mga si sina isang",
    "links": "ng ni nina",
    "prepositions": "sa para mula hanggang tungkol laban dahil kay kina",
    "openers": "pa rin din naman din daw raw na po ho muna lamang lang",
    "clause_words": "na at pero ngunit subalit kung habang kapag dahil upang kaya nang",
    "coordinators": "at pero ngunit",
    "relatives": "na",
    "pronouns": "niya nila siya sila kanya kaniya kanila ko namin natin",
    "complementizers": "na",
    "needs_clause": _ORDINARY,
}
