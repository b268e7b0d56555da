"""Attribution in Hungarian: the table ``languages.TABLES["hu"]`` reads.

Hungarian news writes the verb of saying after a quotation set off by a dash, its source after it ("– Két éve
próbálunk … – mondta lapunknak Varga Ildikó, a fürdő ügyvezetője"), or after its subject, a colon or a clause with
"hogy" following ("Fekete Gábor polgármester közölte:", "azt mondta a televíziónak, hogy"). The verb's particle
may stand after it ("jelentette be kedden a … Kft.", announced; "mondta le", cancelled, which reports nothing),
and whom the words were told to stands in the dative between the verb and its source ("lapunknak", "az
NHI-nak": ``recipient_endings``). "X szerint" is "according to X", a postposition after its source ("Varga
Ildikó ügyvezető szerint", "a társaság közleménye szerint").

The verbs are the definite past and present of ``speech_verbs.HUNGARIAN_SAYING`` and a few more (announced,
stressed, added, confirmed, warned, wrote); "fogalmazott" (put it) and "nyilatkozott" (gave a statement) are
intransitive and take no "azt".
"""

from newsdesk.importing import speech_verbs

_MORE = """
bejelentette bejelentették jelentette jelentették hozzátette hozzátették tette megerősítette megerősítették
figyelmeztetett figyelmeztette kiemelte kiemelték elmondta elmondták mondták írta írja állította állítja
reagált emlékeztetett nyilatkozták fogalmazott fogalmaztak
"""

TABLE = {
    "verbs": " ".join(sorted(speech_verbs.HUNGARIAN_SAYING)) + _MORE,
    "postpositions": "szerint",
    "determiners": "a az egy ez ezt azt ezek azok több néhány minden sok",
    "articles": "a az egy",
    # No prepositions: Hungarian writes its cases as endings. "azt" and "ezt", the object that stands for the words
    # said ("azt mondta, hogy"), end a subject before them as a preposition would.
    "prepositions": "azt ezt",
    "openers": "is kedden szerdán csütörtökön pénteken hétfőn szombaton vasárnap tegnap ma most aztán később már "
               "ezért pedig azonban ugyanakkor még lapunknak",
    "clause_words": "hogy ha mert de és vagy mint amely amelyet aki akik ahol amikor mivel pedig",
    "coordinators": "és de",
    "relatives": "aki akik amely",
    "pronouns": "ő ők",
    "complementizers": "hogy",
    # A particle right after the verb: "jelentette be" (announced), "tette hozzá" (added); "mondta le" (cancelled)
    # reports nothing.
    "verb_phrases": "jelentette be | jelentették be | tette hozzá | tették hozzá",
    "not_particles": "mondta:le mondták:le mondja:le mondják:le",
    "needs_clause": "írta írja tette jelentette jelentették jelezte jelzi",
    "recipient_endings": "nak nek",
    "dialogue": "yes",
}
