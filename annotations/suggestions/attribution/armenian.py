"""Attribution in Armenian: the table ``languages.TABLES["hy"]`` reads.

Armenian news reports words with a participle and its auxiliary after it ("ասել է", has said; "հայտնել են", they
reported; "ասում է", says), or in the aorist ("ասաց", "նշեց", "պատմեց", "խոստացավ"). The source stands before the verb
("Համայնքապետարանը հայտնել է, որ …"; "Մասնագետները պնդում են, որ …") or after it, after a quotation and a dash
("«…», – ասել է համայնքապետ Գարիկ Մանուկյանը"), past the outlet it was told to in the dative before the verb
("– Վերելք TV-ին ասել է …", "ինչպես «Լրաբերին» պատմեց X, …", as X told the paper: ``told_before_endings``). A
body speaks in the ablative, "from" it, with a plural verb, its people unnamed ("նշել են մարզպետարանից",
"Կրթության վարչությունից հայտնել են"). "Ըստ X" and "համաձայն X" are "according to X", X in the genitive after them;
a noun in the instrumental after its source in the genitive is one too ("X-ի խոսքով", in
X's words; "ընկերության գնահատմամբ", by the company's estimate; "մասնագետների կարծիքով", in the specialists'
opinion), read as a postposition after a word with a genitive ending. The "՝" after such a phrase ends it.

Nouns carry their article on their end ("համայնքապետը", "ընկերությունը"), so any word may open a source, and a
company's name is written in « » inside the phrase that names it ("«Լեռնաջուր» ընկերությունը հայտարարել է").
A promise of a deed ("խոստանում է ջուր տալ", promises to give water) reports no words: "խոստացավ" (promised) reports
only with a clause after it ("խոստացավ, որ …").
"""

# Participles of the perfect, which the auxiliary follows ("ասել է", "հայտնել են"): said, noted, reported, told,
# declared, stressed, insisted, explained, clarified, added, informed, confirmed, denied, warned, promised.
_PARTICIPLES = """
ասել նշել հայտնել պատմել հայտարարել ընդգծել շեշտել պնդել բացատրել պարզաբանել հավելել տեղեկացրել հաստատել հերքել
զգուշացրել խոստացել մեկնաբանել
"""
# Present participles, which the auxiliary follows ("ասում է", says; "պնդում են", insist).
_PRESENT = "ասում նշում հայտնում պատմում պնդում բացատրում հայտարարում ընդգծում շեշտում"
# The aorist, third person singular and plural.
_AORIST = """
ասաց ասացին նշեց նշեցին հայտնեց հայտնեցին պատմեց պատմեցին հայտարարեց հայտարարեցին ընդգծեց ընդգծեցին շեշտեց
պնդեց պնդեցին բացատրեց բացատրեցին պարզաբանեց հավելեց տեղեկացրեց հաստատեց հաստատեցին հերքեց զգուշացրեց խոստացավ
խոստացան
"""
_AUXILIARIES = "է են էր էին"
_PHRASES = " | ".join(f"{verb} {auxiliary}" for verb in (_PARTICIPLES + _PRESENT).split()
                      for auxiliary in _AUXILIARIES.split())

TABLE = {
    "verbs": _AORIST,
    "verb_phrases": _PHRASES,
    "according": "ըստ | համաձայն",
    # In the words, opinion, estimate, figures, report, information, claim of the source in the genitive before it.
    "postpositions": "խոսքով խոսքերով կարծիքով գնահատմամբ տվյալներով հաղորդմամբ տեղեկություններով պնդմամբ",
    # The genitive: -ի (and the plural's -ների), -ու, -ան, -ոջ, -վա.
    "postposition_endings": "ի ու ան ոջ վա",
    "determiners": "այս այդ այն մի բոլոր շատ որոշ մի քանի",
    "prepositions": "առանց մինչև դեպի ըստ համաձայն",
    # Adverbs that are no subject, and the auxiliary that may stand between a verb and its source.
    "openers": "նաև արդեն երեկ այսօր հիմա ապա սակայն հետո այնուհետև բացի այդ է են էր էին",
    "clause_words": "որ որը որոնք երբ եթե որովհետև քանի բայց և ու կամ թե ինչպես ինչ որտեղ ով իսկ",
    "coordinators": "և ու բայց իսկ",
    "relatives": "որը որոնք ով",
    "pronouns": "նա նրանք նրա նրանց",
    "complementizers": "որ թե",
    "needs_clause": "խոստացավ խոստացան խոստացել",
    "stops": "է են էր էին կա կան չկա չկան կլինի կլինեն",
    # The dative with its article, whom the words were told to: a name in it before the verb is no source when the
    # source follows the verb ("ինչպես «Լրաբերին» պատմեց ինժեներ X", as engineer X told «Lraber»); read only there,
    # on a name in capitals: after the verb an adjective in "-ային" ("տարածքային", territorial) ends in it too
    "told_before_endings": "ին",
    "times_before_subject": "yes",
    "quoted_names": "yes",
}
