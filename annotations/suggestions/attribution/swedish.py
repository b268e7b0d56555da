"""Attribution in Swedish: the table ``languages.TABLES["sv"]`` reads.

Swedish news reports words in the present or the past ("säger", "sade", "uppger", "uppgav"), after a quotation led
by a dash or in ” ” with the verb before its source ("– …, säger rektor Anna Berg"), or with its source before it
("Kommunen uppger att …"); "enligt X" is "according to X". The definite article is written onto its noun
("polisen", "kommunen"), so a bare noun is a source. Swedish puts its finite verb second: after a fronted "Enligt
X" the verb comes next and ends the source ("Enligt polisen skadades ingen", "Enligt räddningstjänsten gick larmet
…"), so the source's phrase stops at the commonest finite verbs and at the present and past passives of the
commonest verbs of news ("öppnas", "stängdes", "hittades").
"""

from newsdesk.importing import speech_verbs


def _words(words) -> str:
    return " ".join(sorted(words))


# Verbs of the first conjugation whose present ("öppnar"), passive ("öppnas") and past passive ("öppnades") news
# writes after a fronted phrase: open, damage, find, move, show, cost, plan, estimate, renovate, close down, start,
# end, rescue, evacuate, arrest, report, inform, decide, need, demand, postpone, cancel, announce, investigate.
_FIRST = """
öppna skada hitta flytta visa kosta planera beräkna renovera avveckla starta avsluta rädda evakuera gripa anmäla
informera behöva ställa stoppa skjuta spärra larma drabba dröja pågå
"""
# Finite verbs written as no other word: to be, have and become, the modals, and the commonest verbs of going, coming,
# getting, giving, taking, lying, standing, falling, running, doing and dying, in the present and the past; the
# second conjugation's closing and sending in the present, the passive and the past passive.
_FINITE = """
är var blir blev har hade ska skulle kan kunde vill ville måste bör borde får fick går gick kommer kom ger gav tar
tog ligger låg står stod faller föll rinner rann gör gjorde dör dog ser såg stänger stängs stängdes skickar skickas
skickades byggs byggdes gjordes togs sköts fanns finns saknas krävs behövs
"""


def _first_conjugation(stems: str) -> list[str]:
    """The present, the passive and the past passive of verbs of the first conjugation ("öppna": "öppnar",
    "öppnas", "öppnades")."""
    return [form for stem in stems.split() for form in (stem + "r", stem + "s", stem + "des")]


TABLE = {
    "verbs": _words(speech_verbs.SPEECH_VERBS["sv"]) + " meddelar meddelade menade anser ansåg betonar "
             "betonade förklarar förklarade bekräftar bekräftade varnar varnade hävdar hävdade skriver skrev tror "
             "trodde kräver krävde",
    "participles": "sagt berättat uppgett meddelat konstaterat påpekat betonat förklarat bekräftat varnat "
                   "hävdat skrivit",
    "auxiliaries": "har hade",
    "according": "enligt",
    "agents": "av",
    # and "something", "much", "nothing", "all", which name no one ("Det säger mycket om …", that says a lot)
    "determiners": "den det de en ett sin sitt sina hans hennes deras denna detta dessa många flera några "
                   "alla båda något mycket inget ingenting allt",
    "articles": "en ett",
    "links": "af von",
    "prepositions": "i på av till från med för om under efter före vid hos mot utan genom över inför",
    "openers": "också även sedan senare nu då därför dock redan tidigare igår idag det här",
    "clause_words": "att som när om eftersom men och eller hur där",
    "coordinators": "och men",
    "relatives": "som",
    "pronouns": "han hon hen de",
    "complementizers": "att",
    # "Det uppgav X", "Det berättar X för tidningen": "det" stands for the words said before, the source after the verb
    "fronted": "det detta",
    # the definite article written onto the noun, which names a source after the verb ("säger förvaltningschefen",
    # "Det meddelar kommunen"), but for the adverbs in "-ligen" ("nyligen", lately) and "igen" (again)
    "definite_endings": "n et na",
    "adverb_endings": "igen",
    "stops": " ".join(dict.fromkeys([*_FINITE.split(), *_first_conjugation(_FIRST)])),
    "needs_clause": "berättar berättade menar menade anser ansåg förklarar förklarade skriver skrev tror "
                    "trodde kräver krävde",
    "bare_clause": "yes",  # "att" may be dropped: "tror det blir", a subject and a finite verb after the verb
    "titles_in_lower": "yes",  # "säger kommunalrådet Anna Berg": a title in lower case before a name after the verb
}
