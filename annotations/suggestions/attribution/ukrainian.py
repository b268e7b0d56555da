"""Attribution in Ukrainian: the table ``languages.TABLES["uk"]`` reads, after the Russian one.

Ukrainian news writes its verb of saying in the past, by gender and number ("заявив", "заявила", "заявили", and the
neuter of a body: "підприємство повідомило"), or in the present ("каже", "кажуть"); after its subject ("Директор
комбінату Орест Гнатюк повідомив, що"), after a quotation and a dash with the source after it ("«…», – заявив
Богдан Ящишин"; "– каже вона"), or with a place for the people who speak there ("У поліції кажуть", "На
комбінаті стверджують"). "За словами X", "за даними X", "за оцінкою X", "згідно з X" and "на думку X" are
"according to X"; bare "за" is "for", "behind" or "within" ("за тиждень") and no cue, and "за його словами" is
"according to him", a cue whose speaker was named before. There are no articles, so any word may open a source.
"""

# Past forms (masculine, feminine, plural, neuter) of verbs of saying: stated, said, reported, noted, stressed,
# explained, added, told, admitted, specified, warned, assured, reminded, confirmed, denied, reported back.
_STEMS = """
заяви сказа повідоми зазначи наголоси підкресли поясни дода розпові визна уточни попереди запевни нагада
підтверди заперечи відзвітува
"""
_PAST = " ".join(stem + ending for stem in _STEMS.split() for ending in ("в", "ла", "ли", "ло"))
# Present forms, third person singular and plural: says, speaks, reports, states, claims, assures, reminds, notes,
# stresses, explains, believes, writes.
_PRESENT = """
каже кажуть говорить говорять повідомляє повідомляють заявляє заявляють стверджує стверджують запевняє запевняють
нагадує нагадують зазначає зазначають наголошує наголошують пояснює пояснюють розповідає розповідають вважає
вважають пишуть пише
"""

TABLE = {
    "verbs": _PAST + _PRESENT,
    "according": "за словами | за даними | за інформацією | за оцінкою | за оцінками | за попередніми даними | "
                 "за попередньою інформацією | за попередніми оцінками | за попередніми підрахунками | "
                 "за підрахунками | за повідомленням | згідно з | на думку | за його словами | за її словами | "
                 "за їхніми словами | як повідомили | як повідомляє",
    "prepositions": "в у на з із зі до від о об про по при для без через між над під після перед за біля серед",
    "source_places": "в у на",
    "openers": "це уже вже також водночас згодом раніше потім тепер нині наразі вчора сьогодні",
    "clause_words": "що щоб який яка яке які коли якщо бо але і й та а або як де поки",
    "coordinators": "і й та а але",
    "relatives": "який яка які",
    "pronouns": "він вона вони його її їхніми",
    "complementizers": "що",
    # "пише книгу", writes a book; "розповів казку", told a tale; "додала солі", added salt: they report only with
    # a clause, a colon or a quotation after them, or after a quotation
    "needs_clause": "вважає вважають пишуть пише розповідає розповідають " + " ".join(
        stem + ending for stem in ("розпові", "дода") for ending in ("в", "ла", "ли", "ло")
    ),
    "dialogue": "yes",
    "labels": "yes",  # a television page's speaker's label over a quotation
}
