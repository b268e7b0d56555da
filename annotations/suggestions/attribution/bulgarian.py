"""Attribution in Bulgarian: the table ``languages.TABLES["bg"]`` reads.

Bulgarian news reports words in the aorist ("каза", "заяви", "съобщи", and their plurals "казаха", "съобщиха"), in
the present ("казва", "твърдят", "пита"), or with the l-participle, after "е"/"са" in the perfect ("е заявил") or
alone, as hearsay ("заявил"). The source stands before the verb ("Кметът на общината Иван Петров заяви, че";
"Геологът …, който е изследвал свлачището, обясни") or after it, after a quotation or a comma ("„…“, каза той";
"…, посочи началникът на пътното управление инж. Мария Илиева"), past the outlet it was told to ("разказа пред
Радио Х …"). A body speaks through "от" and a plural verb, its people unnamed: "съобщиха от общината", "От полицията
уточниха" (the body is the source). "Според X", "по думите на X", "по данни на X" are "according to X"; "по думите
ѝ" and "според тях" name no one but the speaker named before.

Nouns carry their article on their end ("кметът", "общината"), so any word may open a source; the full article of a
masculine noun ("ремонтът", not "ремонта") marks a subject, so after a phrase of source it opens the clause's own
words ("Според оценката на ОПУ | ремонтът ще струва": ``subject_endings``). The perfective
present of a verb of saying has the aorist's form ("обясни": explained, and "да обясни", to explain) and stands
only after "да" or the future's "ще" ("кметът да обясни", "ще обясни"), which report nothing yet
(``infinitive_particles``); the perfective present that differs ("каже") is no word of the table. Some verbs of
saying are ordinary verbs or nouns too ("обяви положение", declared a state; "обяви", ads; "отговори", answers;
"твърди", hard; "добави сол", added salt; "пита за пътя", asks about the road): they report only with a clause
after them ("че", "да"), a colon or a quotation, or after a quotation or a comma.
"""

# Aorist, third person singular and plural: said, stated, announced, pointed out, added, explained, recounted,
# specified, stressed, noted, added, commented, assured, warned, admitted, confirmed, denied, declared, informed,
# shared, insisted, asked for, called on, wrote, asked, answered, objected, pointed out, reminded, recalled,
# assessed, forecast.
_AORIST = """
каза казаха заяви заявиха съобщи съобщиха посочи посочиха допълни допълниха обясни обясниха разказа разказаха
уточни уточниха подчерта подчертаха отбеляза отбелязаха добави добавиха коментира коментираха увери увериха
предупреди предупредиха призна признаха потвърди потвърдиха отрече отрекоха обяви обявиха информира информираха
сподели споделиха настоя настояха поиска поискаха призова призоваха написа написаха попита попитаха отговори
отговориха възрази възразиха изтъкна изтъкнаха напомни напомниха припомни припомниха оцени оцениха прогнозира
прогнозираха твърдеше
"""
# Present, third person singular and plural: says, speaks, claims, believes, considers, states, explains, reports,
# points out, recounts, asks, stresses, notes, specifies, adds, warns, insists, admits, assures, believes, expects,
# comments, shares, recalls, reminds, calls on.
_PRESENT = """
казва казват говори говорят твърди твърдят смята смятат счита считат заявява заявяват обяснява обясняват съобщава
съобщават посочва посочват разказва разказват пита питат подчертава подчертават отбелязва отбелязват уточнява
уточняват допълва допълват предупреждава предупреждават настоява настояват признава признават уверява уверяват
вярва вярват очаква очакват коментират споделя споделят припомня припомнят напомня напомнят призовава призовават
"""
# The l-participle, masculine, feminine and plural: after "е"/"са" in the perfect, or alone as hearsay.
_PARTICIPLE_STEMS = """
каза заяви съобщи посочи обясни разказа уточни подчерта добави допълни предупреди потвърди призна коментира
"""
_PARTICIPLES = " ".join(stem + ending for stem in _PARTICIPLE_STEMS.split() for ending in ("л", "ла", "ли"))
# Plural verbs that speak for a body named after "от": "съобщиха от общината" (the municipality said).
_FOR_A_BODY = """
казаха заявиха съобщиха посочиха обясниха уточниха допълниха подчертаха отбелязаха информираха коментираха увериха
предупредиха потвърдиха отговориха казват съобщават уточняват обясняват твърдят коментират посочват заявяват
информират предупреждават
"""
# Verbs that are ordinary verbs or nouns too (see the module's notes), and verbs of asking and urging, which report
# only with a clause after them ("поискаха кметът да обясни"; not "ще поиска средства", will ask for money).
_ORDINARY = """
обяви обявиха отговори отговориха твърди твърдят добави добавиха добавил добавила добавили допълни допълниха
допълва допълват посочи посочиха посочва посочват пита питат попита попитаха говори говорят смята смятат счита
считат вярва вярват очаква очакват написа написаха сподели споделиха споделя споделят оцени оцениха прогнозира
прогнозираха разказа разказаха разказва разказват разказал разказала разказали поиска поискаха настоя настояха
настоява настояват призова призоваха призовава призовават отбеляза отбелязаха отбелязва отбелязват информира
информираха коментира коментираха коментират
"""

TABLE = {
    "verbs": _AORIST + _PRESENT + _PARTICIPLES,
    "participles": _PARTICIPLES,
    "auxiliaries": "е са",
    "verb_phrases": " | ".join(verb + " от" for verb in _FOR_A_BODY.split()),
    "according": "според | по думите на | по думите ѝ | по думите й | по думите му | по думите им | по данни на | "
                 "по данни от | по информация на | по информация от | по оценка на | по оценки на | по мнението на | "
                 "по сведения на | по сведения от | по предварителни данни | както съобщи | както съобщиха",
    "recipients": "пред за",
    "determiners": "този тази това тези онзи онази онова онези всички много няколко някои повечето",
    "links": "на",
    "prepositions": "в във на с със от до за по при без към през след пред под над между около срещу чрез заради "
                    "сред освен върху",
    "source_places": "от",  # "От общината уточниха": the body that speaks
    # Adverbs that are no subject, the auxiliary that may stand between a verb and its source ("заявил е кметът"),
    # and a few of how words are said ("пита отчаяно мъжът")
    "openers": "също още вече днес вчера сега тогава обаче впоследствие после междувременно е са категорично "
               "отчаяно твърдо ясно тихо кратко",
    "clause_words": "че да ако когато защото но и а или като където който която което които докато както дали защо "
                    "какво",
    "coordinators": "и а но",
    "relatives": "който която които",
    "pronouns": "той тя те ѝ й му им него нея тях",
    "complementizers": "че да",
    "fronted": "това",
    "needs_clause": _ORDINARY,
    "infinitive_particles": "да ще",
    # The full article of a masculine noun marks only a subject ("ремонтът", "кметът"; the object is "ремонта",
    # "кмета"): after a phrase of source's first word it opens the clause's own subject ("Според оценката на ОПУ
    # ремонтът ще струва"), as the clause's verbs and "ще" do
    "subject_endings": "ът ят",
    "stops": "е са беше бяха има няма ще може трябва",
    # An institution's name writes only its first word in capitals ("Министерството на регионалното развитие"), so
    # two capitalised words are a person's name, which "на" and a word in small letters do not go on: "заяви кметът
    # Мирослав Чаушев на откриването" (at the opening)
    "closing_links": "на",
    # "според" before what a thing is measured by, not who speaks: depending on the weather, the needs, the means,
    # the conditions, the season, the case, the circumstances, the situation, the kind, the size, the number, the
    # degree, the weight, the length, the duration, the income, the age, the category, the taste, the wish, the
    # state, the volume, the amount, the distance, the load
    "not_after": "според:" + ",".join("""
        времето нуждите нуждата възможностите възможността условията сезона случая обстоятелствата ситуацията вида
        размера размерите броя степента тежестта големината дължината продължителността доходите дохода възрастта
        категорията вкуса желанието желанията състоянието обема количеството разстоянието натоварването
    """.split()),
    # The stems of the nouns that open an institution's name, in any form ("Агенция", "Агенцията"; "Министерство",
    # "Министерството"; "Център", "Центъра"): agency, ministry, institute, commission, directorate, service, council,
    # administration, centre, fund, inspectorate (two words), office, chamber, union, association, committee; inside
    # such a name "за" and "по" go on with its words in small letters ("Агенция за пътна инфраструктура", "Комисия
    # по хазарта")
    "institutions": "агенци министерств институт комиси дирекци служб съвет управлени център фонд инспекторат "
                    "инспекци бюро камар съюз асоциаци комитет",
    "name_links": "за по",
}
