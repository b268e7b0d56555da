"""The verbs of saying, per language: one table for every reader of reported speech.

What counts: the forms of a verb that report someone's words, as news prose writes them before or after a
quotation or a clause of what was said ("…, sanoo tehtaanjohtaja", "X نے کہا", "…, säger Berg"): say, tell, state,
remind, stress, estimate, point out, assure, announce, comment. Verbs that report a belief or a demand rather
than words ("uskoo", "vaatii"), phrases of source ("mukaan", "کے مطابق"), and a place's own forms stay with the
place that reads them. In the form the words are written, in lower case: each reader folds them as it compares.

Readers: the alignment's stop words and a story's event words (``alignment.words``), the Urdu grammar of the row
labels (``alignment.urdu``), the furniture rules' reporting phrases (``furniture_vocabulary.REPORTING``), the
attribution tables (``suggestions.attribution.languages``, ``…attribution.urdu``, ``…attribution.amharic``), and
the claims' function words and speakers (``claims.normalise``, ``claims.linking``).
"""

# The few every quoting sentence writes, which every reader reads: Finnish "say" and "tell" in the third person
# singular and plural, present and past, and "state" in the singular; Urdu "said", "told" and "to say" in the forms a
# report writes them ("نے کہا", "نے بتایا کہ", "کا کہنا ہے", "کہتے ہیں").
COMMON_SPEECH_VERBS = {
    "fi": frozenset("""
        sanoo sanoi sanovat sanoivat kertoo kertoi kertovat kertoivat toteaa totesi
    """.split()),
    "ur": frozenset("کہا بتایا کہنا کہتے کہتی کہنے بتاتے بتاتی".split()),
    # Swahili "say" with its subject and tense written onto it: he or she said ("alisema"), has said ("amesema"),
    # saying ("akisema"), they said, have said and were saying ("walisema", "wamesema", "wakisema"), says and say
    # ("anasema", "wanasema").
    "sw": frozenset("alisema amesema akisema walisema wamesema wakisema anasema wanasema".split()),
}

# The finite verbs of saying: Finnish in the third person, present and past (and "state", "estimate", "remind",
# "stress", "emphasise", "point out", "assure", "inform", "comment"); Swedish in the present and past; Urdu's
# "say" and "tell" in the past, the present participle and the infinitive, masculine and feminine.
SPEECH_VERBS = {
    "fi": COMMON_SPEECH_VERBS["fi"] | frozenset("""
        toteavat totesivat arvioi arvioivat muistuttaa muistutti korostaa korosti painottaa painotti huomauttaa
        huomautti vakuuttaa vakuutti tiedottaa tiedotti kommentoi
    """.split()),
    "sv": frozenset("""
        säger sa sade berättar berättade uppger uppgav konstaterar konstaterade påpekar påpekade menar
    """.split()),
    # Danish and Norwegian: in the present and the past ("..., siger direktøren", "sagde hun", "sier ordføreren").
    "da": frozenset("""
        siger sagde fortæller fortalte oplyser oplyste udtaler udtalte forklarer forklarede tilføjer tilføjede
        understreger understregede påpeger påpegede erkender erkendte
    """.split()),
    "nb": frozenset("""
        sier sa forteller fortalte opplyser opplyste uttaler uttalte forklarer forklarte understreker understreket
        påpeker påpekte
    """.split()),
    "ur": COMMON_SPEECH_VERBS["ur"] | frozenset("کہی کہتا کہنی بتائی بتاتا بتانا بتانے".split()),
    # Swahili: "explain" ("alieleza", "ameeleza", "akieleza"), "add" ("aliongeza", "ameongeza"), "tell" with its
    # object written in ("aliiambia", "ameiambia": told it, a body; "aliwaambia", "amewaambia": told them), "stress"
    # ("alisisitiza"), "point out" ("alibainisha"), "announce" ("alitangaza") and "remind" ("alikumbusha"), in the
    # singular and the plural ("walieleza", "waliongeza").
    "sw": COMMON_SPEECH_VERBS["sw"] | frozenset("""
        alieleza ameeleza akieleza walieleza wameeleza aliongeza ameongeza akiongeza waliongeza wameongeza
        aliiambia ameiambia waliiambia wameiambia aliwaambia amewaambia waliwaambia alisisitiza amesisitiza
        walisisitiza alibainisha amebainisha walibainisha alitangaza ametangaza walitangaza alikumbusha amekumbusha
    """.split()),
    # Amharic: "say", "tell", "state", "announce", "explain", "add" and "point out" in the third person, the perfect
    # of respect in the plural for one person ("ብለዋል", "ገልጸዋል"), the masculine and the feminine ("ብሏል",
    # "ብላለች"), and the present ("ይላሉ", "ትላለች", "ይናገራሉ"); "ጸ" and "ፀ" both written in "state".
    "am": frozenset("""
        ብለዋል ብሏል ብላለች ተናግረዋል ተናግሯል ተናግራለች ገልጸዋል ገልጿል ገልጻለች ገልፀዋል ገልፇል ገልፃለች
        አስታውቀዋል አስታውቋል አስታውቃለች አስረድተዋል አስረድቷል አስረድታለች አክለዋል አክሏል አክላለች ጠቁመዋል ጠቁሟል ጠቁማለች
        ይላሉ ይላል ትላለች ይናገራሉ ይናገራል ትናገራለች ይገልጻሉ ይገልጻል ትገልጻለች
    """.split()),
    # Czech: the past by the subject's gender and number (he, she, they, it: "řekl", "řekla", "řekli", "řekly",
    # "řeklo"; a ministry "uvedlo") and the present in the third person ("říká", "říkají") of "say", "state", "tell",
    # "add", "describe", "explain", "confirm", "point out", "claim", "declare", "announce", "inform", "stress",
    # "warn" and "hold" ("míní").
    "cs": frozenset(
        stem + ending
        for stem in """řek uved sděli doda popsa vysvětli potvrdi upozorni tvrdi prohlási oznámi informova zdůrazni
                       varova poznamena konstatova""".split()
        for ending in ("l", "la", "li", "ly", "lo")
    ) | frozenset("""
        říká říkají uvádí uvádějí sděluje sdělují dodává dodávají popisuje popisují vysvětluje vysvětlují
        potvrzuje potvrzují upozorňuje upozorňují tvrdí prohlašuje prohlašují oznamuje oznamují informuje
        informují zdůrazňuje zdůrazňují varuje varují konstatuje konstatují míní
    """.split()),
    # Slovak: the past by the subject's gender and number ("povedal", "povedala", "povedali", "povedalo"; "uviedol",
    # whose masculine drops the stem's vowel: "uviedla") and the present in the third person ("hovorí", "uvádza") of
    # "say", "state", "add", "describe", "explain", "confirm", "point out", "claim", "declare", "announce", "inform",
    # "stress", "warn" and "note".
    "sk": frozenset(
        stem + ending
        for stem in """poveda doda opísa vysvetli potvrdi upozorni tvrdi vyhlási oznámi informova zdôrazni varova
                       poznamena skonštatova""".split()
        for ending in ("l", "la", "li", "lo")
    ) | frozenset("""
        uviedol uviedla uviedli uviedlo hovorí hovoria uvádza uvádzajú dodáva dodávajú opisuje opisujú vysvetľuje
        vysvetľujú potvrdzuje potvrdzujú upozorňuje upozorňujú tvrdí tvrdia vyhlasuje vyhlasujú oznamuje oznamujú
        informuje informujú zdôrazňuje zdôrazňujú varuje varujú konštatuje konštatujú
    """.split()),
    # Polish: the past by gender and number ("powiedział", "powiedziała", "powiedzieli", "powiedziały") of "say",
    # "state", "add", "pass on", "inform", "declare", "stress", "note", "explain", "confirm", and the present of
    # "say" and "claim".
    "pl": frozenset(
        stem + ending
        for stem in """powiedzia stwierdzi doda przekaza poinformowa oświadczy podkreśli zaznaczy wyjaśni
                       potwierdzi""".split()
        for ending in ("ł", "ła", "li", "ły")
    # "powiedzieć" changes its vowel for the men's plural: "powiedzieli", not "powiedziali".
    ) - {"powiedziali"} | frozenset("powiedzieli mówi mówią twierdzi twierdzą".split()),
    # Georgian: "state", "say", "note", "explain", "tell" (to someone), "add", "confirm" in the aorist, one speaker
    # and several ("განაცხადა", "განაცხადეს"), and "say", "state", "note", "explain" in the present
    # ("ამბობს", "ამბობენ", "აცხადებს").
    "ka": frozenset("""
        განაცხადა განაცხადეს თქვა თქვეს აღნიშნა აღნიშნეს განმარტა განმარტეს განუცხადა განუცხადეს უთხრა უთხრეს
        დასძინა დაამატა დაამატეს დაადასტურა დაადასტურეს ამბობს ამბობენ აცხადებს აცხადებენ აღნიშნავს აღნიშნავენ
        განმარტავს განმარტავენ ამბობდა ამბობდნენ
    """.split()),
    # Portuguese: "say", "state", "declare", "explain", "add", "stress", "point out", "assure", "inform", "announce",
    # "confirm", "remind", "warn", "comment", "report" and "tell" in the past, one speaker and several ("disse",
    # "disseram"; "afirmou", "afirmaram"), and "say", "state", "explain" and "declare" in the present ("diz",
    # "afirma"), as Brazil's and Portugal's news prose write them after a quote. Not "conta" (tells; also a bill).
    "pt": frozenset(
        stem + ending
        for stem in """afirm declar explic acrescent ressalt destac salient sublinh garant inform anunci confirm
                       lembr alert coment relat""".split()
        for ending in (("iu", "iram") if stem == "garant" else ("ou", "aram"))
    ) | frozenset("disse disseram contou contaram diz dizem afirma afirmam explica explicam declara declaram".split()),
    # Lithuanian: "say", "state", "tell", "stress", "note", "assure", "explain", "comment", "inform" and "add" in the
    # past ("sakė", "teigė", "pasakojo"; one form for every person and number) and the present ("sako", "teigia",
    # "tikina"), as news prose writes them after a quotation ("„…“, – sakė merė") or before a reported clause.
    "lt": frozenset("""
        sakė teigė pasakojo kalbėjo pabrėžė pažymėjo tvirtino tikino aiškino komentavo pranešė pridūrė patikino
        sako teigia pasakoja kalba pabrėžia pažymi tvirtina tikina aiškina komentuoja praneša priduria
    """.split()),
}

# Hungarian's verbs of saying as news prose writes them after a quotation or before a reported clause ("– … – mondta
# Kiss Ferenc", "közölte a polgármester"), in the third person, past and present. Read by the row labels' finite
# verbs (``alignment.verbal``) and a story's event words (``alignment.words``), each with words of its own; not in
# ``SPEECH_VERBS``, whose other readers have not been measured on Hungarian.
HUNGARIAN_SAYING = frozenset("""
    mondta mondja mondták mondják közölte közli közölték fogalmazott fogalmaztak mesélte meséli nyilatkozta
    nyilatkozott hangsúlyozta hangsúlyozza jelezte jelzi
""".split())

# The participles of saying, read after an auxiliary ("on sanonut", "ovat kertoneet").
SPEECH_PARTICIPLES = {
    "fi": frozenset("sanonut sanoneet kertonut kertoneet".split()),
}


# The endings of the third person plural, by which ``singular`` leaves a language's plural forms out.
PLURAL_ENDINGS = {"fi": ("vat", "vät")}


def speech_verbs(language: str | None) -> frozenset[str]:
    """The finite verbs of saying of ``language`` (``SPEECH_VERBS``); none for a language without a row."""
    return SPEECH_VERBS.get(language or "", frozenset())


def singular(language: str) -> frozenset[str]:
    """The commonest verbs of saying of ``language`` (``COMMON_SPEECH_VERBS``) in the singular: "sanoo", "kertoi",
    not "sanovat" (``PLURAL_ENDINGS``)."""
    endings = PLURAL_ENDINGS.get(language, ())
    return frozenset(verb for verb in COMMON_SPEECH_VERBS.get(language, ()) if not verb.endswith(endings))
