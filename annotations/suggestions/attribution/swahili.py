"""Attribution in Swahili: the table ``languages.TABLES["sw"]`` reads, built from the way a Swahili verb is made.

A Swahili verb carries its subject, its tense and its object as prefixes before the stem: "a-li-sema" (he/she
said), "wa-me-sema" (they have said), "i-me-sema" (it — a ministry, an authority — has said), "a-li-i-ambia" (told
it), "a-li-wa-ambia" (told them). News writes the verb of saying after its subject ("Waziri Juma alisema kuwa …",
"maafisa wa afya walisema Jumanne") or after a quotation, the source after it ("“…,” alisema Dkt. Juma."); "kwa
mujibu wa X" is "according to X". There are no articles, and the words that join a noun to what it belongs to
("wa", "ya", "la", "za", "cha", "vya", "kwa", "mwa") are links inside a source ("ofisi ya Mkuu wa Wilaya").

The forms are those of the third person, singular and plural, and of the noun classes that name bodies (a ministry,
"i-"; an organisation, "li-" or "ki-"; an office, "u-"), in the past ("-li-"), the perfect ("-me-"), the present
("-na-"), and the narrative "-ka-" ("akasema", and he said); "ambia" (tell) takes an object between.
"""

from newsdesk.importing import speech_verbs

# Subject prefixes: he/she, they, and the classes of bodies (wizara/mamlaka "i-", shirika "li-", chama "ki-",
# uongozi "u-", and their plurals "zi-", "ya-", "vi-").
SUBJECTS = ("a", "wa", "i", "zi", "li", "ya", "ki", "vi", "u")
TENSES = ("li", "me", "na", "ka")
# The object between tense and stem of "tell": it (a wire, a paper), him/her, them, us, you.
OBJECTS = ("i", "m", "mw", "wa", "li", "ki", "u", "zi", "tu", "wa", "ku")
# Stems that report words: say, explain, add, stress, state, confirm, warn, announce, claim, report, point out.
STEMS = (
    "sema",
    "eleza",
    "ongeza",
    "sisitiza",
    "bainisha",
    "thibitisha",
    "onya",
    "tangaza",
    "dai",
    "ripoti",
    "fafanua",
    "kiri",
    "kanusha",
)
# Stems that are ordinary verbs too ("aliongeza vitanda", added beds; "ametangaza zabuni", advertised a tender):
# they report only with a clause, a colon or a quotation after them, or after a quotation.
ORDINARY = ("ongeza", "tangaza", "eleza", "ripoti")
TELL = "ambia"


def _forms(stems) -> set[str]:
    return {subject + tense + stem for subject in SUBJECTS for tense in TENSES for stem in stems}


def _tell_forms() -> set[str]:
    return {subject + tense + obj + TELL for subject in SUBJECTS for tense in TENSES for obj in ("", *OBJECTS)}


def _words(forms) -> str:
    return " ".join(sorted(forms))


TABLE = {
    "verbs": _words(_forms(STEMS) | _tell_forms() | set(speech_verbs.SPEECH_VERBS.get("sw", ()))),
    "according": "kwa mujibu wa | kwa mujibu wao | kulingana na",
    "agents": "na",
    "determiners": "hii huyu hawa hiyo huyo hao",
    "links": "wa ya la za cha vya kwa mwa",
    "prepositions": "katika kwenye kwa na tangu hadi baada kabla bila juu chini ndani nje karibu",
    "openers": "pia aidha hata hivyo leo jana juzi sasa baadaye awali",
    "clause_words": "kuwa kwamba na lakini au ambapo ambao ambaye ambayo ili kama wakati huku",
    "coordinators": "na lakini",
    "relatives": "ambaye ambao ambayo",
    "pronouns": "yeye wao",
    "complementizers": "kuwa kwamba",
    "needs_clause": _words(_forms(ORDINARY)),
}
