"""The word lists of the attribution rules: the reporting verbs and the constructions each needs, the words
that name a source, and the small words that stand between a source and its verb."""

import re

from annotations.suggestions.base import BE_FORMS, Suggestion

TAG = "attribution"


# Loaded and manner verbs of speech (complaining, censuring, touting, answering): each needs a named source before
# it (NAMED_ONLY). Forms that are nouns too ("protests", "remarks", "replies") are left out.
LOADED_SPEECH = frozenset(
    "decried decries deplored deplores lambasted lambasts castigated castigates rebuked rebukes berated berates "
    "complained complains lamented laments bemoaned bemoans grumbled grumbles protested reiterated reiterates "
    "remarked replied retorted retorts countered quipped joked touted touts"
    # verbs of touting (tout, trumpet, boast, brag): "Ministers trumpet their target", "Ministers boast of"
    " tout trumpet trumpets trumpeted boast brag".split()
)


REPORTING_VERBS = frozenset(
    """
    said says say added adds reported reports told tells announced announces confirmed confirms stated states
    claimed claims claim warned warns insisted insists noted notes explained explains argued argues believe
    believes emphasize emphasizes emphasized emphasise emphasises emphasised revealed reveals indicated indicates
    affirmed affirms urged urges wrote writes read showed shows acknowledged acknowledges denied denies alleged
    alleges estimated estimates predicted predicts suggested suggests concluded concludes declared declares
    accuse hailed hails expressed expresses spoke speaks admitted admits accused accuses vowed vows pledged pledges
    stressed stresses maintained maintains asserted asserts disclosed discloses testified quoted cited
    expect expects fear fears warn show find finds found branded brand brands described describes disputed
    disputes called calls estimate predict criticised criticized condemned praised dismissed slammed
    conceded concedes confessed confesses recalled recalls insist reveal reveals revealed admit concede deny
    argue urge accuse cautioned cautions caution recommends recommended recommend advises advised advise
    heard hears report describe demanded welcomed welcomes welcome acknowledge explain stress suggest confirm
    blamed blames blame mocked mocks point points pointed
    boasted boasts bragged brags blasted blasts denounced denounces highlighted highlights questioned
    framed frames understands gave gives
    note contend contends contended ruled expected allege forecast posted tweeted
    vow hail tell anticipated anticipates anticipate reckon reckons reckoned bet bets
    learned learnt hinted hints signalled signaled signals observed observes responded responds
    asked asks ask wondered wonders promised promises rejected rejects reject
    rebuffed rebuffs rebuff repudiated repudiates repudiate spurned spurns spurn
    suspect suspects suspected slam slams blast
    agreed agrees accepted accepts thinks thought feels felt hopes hoped worried worries speculated speculates
    commented comments clarified clarifies repeated repeats objected objects regretted regrets refuted refutes
    doubted doubts assured assures reassured reassures threatened threatens forecasts
    hit hits lashed lashes lash labelled labeled
    """.split()
) | LOADED_SPEECH


# Verbs that report words only when words follow: "added that …", "announced: …".
SPEECH_ONLY = frozenset("added adds announced announces announce".split())


# Verbs of judging that are ordinary words too ("a village called …"): only after a named source.
NAMED_ONLY = frozenset(
    "called calls branded brand brands slammed welcomed welcomes welcome blamed blames blame mocked mocks "
    "blasted blasts blast slam slams highlighted highlights questioned framed frames labelled labeled".split()
    # An expectation reads as someone's word only when someone is named: "the Bank expected"; not "than expected".
    + ["expected", "anticipated", "anticipates", "anticipate"]
    # So does a forecast with an object: "Météo-France forecasts storms"; not "profit forecasts", a noun.
    + ["forecasts"]
) | LOADED_SPEECH


# "understands" reports what an outlet has learned only before "that": "Goalline understands that …".
# So too a court's verdict: "the tribunal ruled that …", not "ruled out a penalty".
# So too what a source forecast or posted: "the OBR forecast that …", "the singer posted on Instagram that …".
# "That" or a colon may follow a short phrase of place or time.
# So too a wager on what will happen: "traders bet that rates would stay high", not "bet £5 on a horse".
THAT_ONLY = frozenset("understands ruled forecast posted tweeted bet bets promised promises".split())


# Verbs of learning, hinting, signalling, observing and answering report words only before a clause that "that"
# opens: "The Herald has learned that …", "The bank signalled that …", "The ministry responded that …".
COMPLEMENT_ONLY = frozenset(
    "learned learnt hinted hints signalled signaled signals observed observes responded responds".split()
) | frozenset(
    # So too the verbs of thinking, agreeing, hoping and worrying, and of commenting, repeating and objecting
    # (Levin's verbs of communication and of conjecture, 37 and 29.5), whose words "that" opens: "The board
    # thinks that …", "Skippers agreed that …"; "the doubts that remain" has no clause after "that".
    """
    agreed agrees accepted accepts thinks thought feels felt hopes hoped worried worries speculated speculates
    commented comments clarified clarifies repeated repeats objected objects regretted regrets
    doubted doubts assured assures reassured reassures threatened threatens
    """.split()
)


# Verbs of expecting and recommending that, after "than", give the yardstick of a comparison, not words.
STANDARD_VERBS = frozenset(
    "expected expect expects forecast forecasts predicted predict predicts recommends recommend recommended "
    "anticipated estimated estimate estimates projected required requires".split()
)


# Verbs of censure that are verbs of force too: with a particle of direction they are acts ("slammed in").
FORCE_VERBS = frozenset("slam slams slammed blast blasts blasted".split())


WRITING = frozenset("write writes wrote written".split())


# Verbs that censure only as phrasal verbs with "out": "Minister hits out at critics", "lashed out at".
OUT_ONLY = frozenset("hit hits lashed lashes lash".split())


# "found" and "finds" report a study's result only.
FIND_SOURCES = frozenset(
    "study survey report research analysis review investigation poll inquiry audit researchers scientists "
    "data census it paper papers".split()
)


# Plural nouns for groups of people by their ending (tenants, campaigners, economists, fishermen):
# a group that expects, fears or warns is a source.
PEOPLE_PLURAL = re.compile(r"^[a-z][a-z-]*(ers|ors|ists|ians|ants|ents|men|women|folk|ies|ses|ives|eers|ees)$")


# Dates and times are when something was said, never who said it.
TIME_WORDS = frozenset(
    """
    january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday today yesterday tonight tomorrow morning afternoon evening night
    week weekend month year earlier later last next days weeks months years decade decades hours
    """.split()
)


# "with some calling it …": a reaction attributed to part of a group.
QUANTIFIERS = frozenset("one some many others several few most critics".split())


PARTICIPLES = frozenset(
    "calling saying describing arguing accusing warning claiming insisting urging"
    # and the verbs of writing and posting words: "with one writing: …", "with many posting that …"
    " writing posting tweeting commenting joking complaining".split()
)


SOURCE_WORDS = frozenset(
    """
    figures statistics numbers spokesperson company companies airline operator businesses families doctors
    analysts analyst experts expert officials official spokesperson spokesman spokeswoman sources source media
    agency agencies intelligence ministry ministries government governments statement statements report reports
    group groups leader leaders police diplomats diplomat observers researchers researcher scientists witnesses
    witness residents authority authorities military army commander commanders president minister secretary office
    department newspaper newspapers outlet broadcaster network survey poll study data documents document
    footage images people critics supporters activists lawyers lawyer prosecutors prosecutor court judge company
    firm representative representatives ambassador envoy watchdog monitors council committee board union news
    state officer officers staff campaigners organisers organizers insiders aides aide adviser advisers advisor
    advisors economists investigators inspectors diplomats lawmakers legislators senators senator members
    member team letter message post communique communiqué website tv television radio agency's media's
    soldiers troops workers citizens locals voters body bodies chiefs bosses regulator regulators club clubs
    regime administration cabinet junta mayor governor premier chancellor chairman chairwoman manager coach
    couple couples family pair campaign campaigns charity charities chief boss
    neighbours neighbors friends colleagues relatives siblings
    """.split()
)


DETERMINERS = frozenset("the a an its their his her our these those some many several most one another".split())


CONNECTORS = frozenset("of 's ’s - in at from for and".split())


PRONOUNS = frozenset("he she they it".split())


AUXILIARIES = frozenset(
    "has have had will would can could may might must should shall also previously officially publicly later earlier"
    " again further once".split()
    + "repeatedly recently initially reportedly separately first still then now just".split()
)


# Adverbs between the parts of a verb that do not end in -ly: "have long warned", "have so far said".
ADVERBS = frozenset("long often always never already ever so far since both all".split())


# "do" as an auxiliary and the words of negation, which stand between a subject and its verb as the auxiliaries do
# ("The engineers did say", "have not said", "cannot confirm"); a negative written short is two tokens, its verb
# and "n't" ("didn't", "won’t": "didn" and "'t"), and the first counts only before the second.
DO_FORMS = frozenset("do does did".split())
NEGATIONS = frozenset("not n't n’t 't ’t cannot".split())
SHORT_NEGATIVES = frozenset(
    "didn don doesn won can couldn wouldn shouldn hasn haven hadn mustn needn mightn ain".split()
)


HEDGES = frozenset("believed thought understood alleged rumoured rumored said reported".split())


HEDGE_ADVERBS = frozenset("widely generally largely commonly broadly".split())


STANDALONE_HEDGES = frozenset("reportedly allegedly".split())


READ_SOURCES = frozenset("statement letter message post note document text it communique communiqué".split())
# Things written up where people read them, and the prepositions that place them: "A notice on the gates of the
# school tells parents …" — the notice speaks, not the gates (``verbs._posted_before``).
POSTED_WORDS = frozenset("""
    notice notices sign signs poster posters banner banners placard placards plaque leaflet leaflets statement
    letter message post note sticker board
""".split())
POSTED_AT = frozenset("on at in outside inside above beside".split())
# Written things that have an author, whom a preposition may name as well as a place ("A statement at the county
# council said"): posted only where what follows names no person or body (``verbs._posted_before``).
AUTHORED_POSTS = frozenset("statement letter message post note".split())
# Where a written thing is put, though the words name a source elsewhere: "a statement on the ministry's website".
WRITTEN_IN = frozenset("website websites site page feed account channel wall tv television radio media".split())


SHOW_SOURCES = frozenset(
    "media footage images video videos photos pictures data figures records documents report survey poll "
    "study tv television broadcasts broadcast".split()
)


STOP_AFTER = frozenset("that which who whom while when as because if but where whether why how what".split())


SPEECH_VERBS = frozenset("said says told tells stated insisted warned claimed".split())


# Verbs of saying that may stand before their speaker after a quotation: '"It is over," added the minister.'
INVERTED_SPEECH = SPEECH_VERBS | frozenset(
    "added adds wrote writes explained explains admitted admits argued argues noted notes recalled recalls "
    "replied retorted countered quipped joked remarked cautioned concluded declared warns insists claims "
    "stresses cautions believes asked asks wondered".split()
)


CONFIDENCE = {
    "citing": 0.75, "according_to": 0.9, "reporting_verb": 0.8, "pronoun": 0.6, "agentless": 0.7, "participle": 0.55,
    "speaker": 0.8,
}


# The units of a noun of age: "15-year-olds", "a six-month-old".
AGE_UNITS = frozenset("year month week day".split())


# A name after a particle whose vowel is elided: "Côte d'Ivoire", "Côte-d'Or", "L'Aquila", "dell'Orto".
ELIDED_NAME = re.compile(r"^(?:d|l|dell|all|nell|sull)['’][A-ZÀ-Ý]")


# A noun for one person by its ending (teacher, surveyor, chemist, librarian, attendant, resident, trustee,
# fisherman), which the tagger's word list knows as a singular noun: the head of a phrase naming someone.
PERSON_SINGULAR = re.compile(r"^[a-z][a-z-]*(er|or|ist|ian|ant|ent|ee|man|woman|person)$")


# Words that link a sentence to the one before and are no part of a source: "But critics say".
# So are the conjunctive adverbs that open a sentence ("Meanwhile analysts said", "Elsewhere officials warned").
OPENING_LINKS = frozenset(
    "but yet so however still meanwhile separately elsewhere instead nevertheless nonetheless moreover "
    "furthermore additionally overall indeed likewise similarly otherwise therefore thus hence".split()
)


# Words that may stand before a coordinated subject without closing a clause of their own: "Both Iran and
# Russia said", "as France and Germany warned", "with Labour and the Greens saying".
BEFORE_COORDINATED_SUBJECT = frozenset("both either neither".split())


# Penn Treebank tags of a finite verb (past, third person, present), as the tagger's word list gives them.
FINITE_VERB_TAGS = frozenset("VBD VBZ VBP".split())


FINITE_OR_MODAL = FINITE_VERB_TAGS | {"MD"}


# Reporting verbs that report only in a construction of their own (a particle, "that", a named source, words
# after them): alone they are acts with an object ("hit the bar", "blasted the rock", "announced its exit").
CONSTRUCTION_ONLY = OUT_ONLY | THAT_ONLY | NAMED_ONLY | COMPLEMENT_ONLY | FORCE_VERBS | SPEECH_ONLY | frozenset(
    "claim claims claimed declared declares declare gave gives point points pointed read heard hears".split()
) | frozenset("rejected rejects reject".split())


# Nouns for words set down in a document, whose author follows "from" or "by": "A statement from the family said".
DOCUMENT_NOUNS = READ_SOURCES | frozenset(
    "statements letters messages posts notes email emails release communiques press".split()
)


# Words that open a noun phrase naming someone: articles, "one", and the possessive determiners ("My landlord
# texted", "his wife said").
NOUN_PHRASE_OPENERS = frozenset("a an the one another my our your his her their".split())


# "has raised concerns", "voiced fears": a source that voices a worry reports it.
RAISING = frozenset("raised raises raise voiced voices voice".split())


CONCERNS = frozenset("concern concerns fears doubts questions objections alarm".split())


# Verbs that cast something as something (after Levin's "characterize" class, 29.2, the verbs of viewing and
# presenting): with "as" after them, or "differently", they give someone's view ("they billed it as the
# greatest show", "Some researchers see them as savings", "which the authors interpret as evidence").
CHARACTERISING = frozenset(
    """
    bill bills billed tout touts touted portray portrays portrayed paint paints painted regard regards regarded
    view views viewed see sees saw interpret interprets interpreted characterise characterises characterised
    characterize characterizes characterized depict depicts depicted cast casts dub dubs dubbed label labels
    labelled labeled
    """.split()
)  # "describe", "hail" and "brand" report words with or without "as": they are reporting verbs


# What follows "as" when it opens a clause of time or a comparison, not a view: "see it as they drive in".
NOT_A_VIEW_AFTER_AS = frozenset("soon well much many long far if though".split())


# Verbs of casting something as something that are verbs of handling things too: they give a view only of
# someone ("painted him as a villain", "cast the minister as the outsider"), not of a thing painted or cast.
PHYSICAL_CHARACTERISING = frozenset("paint paints painted cast casts".split())


OBJECT_PRONOUNS = frozenset("him her them us me it himself herself themselves itself ourselves".split())


# Verbs of the manner of speaking (Levin 1993, class 37.3, with the verbs of speaking in anger or grief that news
# writes the same way: fume, rage, seethe, rant, sob), in the past and the third person: they report words
# when "that" or a quotation follows ("fumed that …", 'muttered: "…"').
MANNER_OF_SPEAKING = frozenset(
    form
    for stem, past in (
        ("babble", "babbled"), ("bark", "barked"), ("bawl", "bawled"), ("bellow", "bellowed"),
        ("bleat", "bleated"), ("boom", "boomed"), ("cackle", "cackled"), ("chant", "chanted"),
        ("chirp", "chirped"), ("croak", "croaked"), ("croon", "crooned"), ("drawl", "drawled"),
        ("gasp", "gasped"), ("groan", "groaned"), ("growl", "growled"), ("grunt", "grunted"),
        ("gush", "gushed"), ("hiss", "hissed"), ("holler", "hollered"), ("howl", "howled"),
        ("moan", "moaned"), ("mumble", "mumbled"), ("murmur", "murmured"), ("mutter", "muttered"),
        ("rasp", "rasped"), ("roar", "roared"), ("scream", "screamed"), ("screech", "screeched"),
        ("shout", "shouted"), ("shriek", "shrieked"), ("snap", "snapped"), ("snarl", "snarled"),
        ("sneer", "sneered"), ("snort", "snorted"), ("sob", "sobbed"), ("splutter", "spluttered"),
        ("stammer", "stammered"), ("stutter", "stuttered"), ("thunder", "thundered"), ("wail", "wailed"),
        ("whimper", "whimpered"), ("whine", "whined"), ("whisper", "whispered"), ("yell", "yelled"),
        ("fume", "fumed"), ("rage", "raged"), ("seethe", "seethed"), ("rant", "ranted"), ("rave", "raved"),
        ("storm", "stormed"), ("blurt", "blurted"), ("gripe", "griped"), ("grouse", "groused"),
    )
    for form in (past, stem + ("es" if stem.endswith(("sh", "ss", "ch")) else "s"))
)


# Verbs of finding that may follow a clause set apart by commas ("The study, published in June, found").
FIND_VERBS_AFTER_CLAUSE = frozenset("found finds showed shows suggested suggests concluded concludes".split())


# What a side or a candidate concedes without saying anything.
CONCEDED_ACTS = frozenset(
    "defeat victory the a an goals goal penalty penalties ground seats seat points in at after on before as".split()
)


# Bodies that hear evidence: "the court heard", "an inquest heard", "MPs heard".
HEARING_BODIES = frozenset(
    "court inquest hearing tribunal jury jurors trial committee inquiry panel mps commons magistrates coroner".split()
)


# Words said, named as a noun, then voiced by someone: "the concerns voiced by the U.S.", "claims made by the firm".
VOICING = frozenset("voiced raised expressed made levelled leveled issued aired".split())


UTTERANCE_NOUNS = frozenset(
    "concern concerns fear fears claim claims criticism criticisms accusation accusations allegation allegations "
    "warning warnings remark remarks comment comments statement statements objection objections doubts".split()
)


# Things said or decided that a source may be censured for: "hit out at plans for …", "lashed out at the decision".
CENSURED_THINGS = UTTERANCE_NOUNS | frozenset(
    "plan plans decision decisions proposal proposals policy policies scheme schemes rules ban bans move cuts "
    "treatment handling comments remarks criticism reforms bill law laws verdict ruling".split()
)


# Verbs of identifying someone, which report who gave a name: "was identified by the ministry as Ann Roe".
IDENTIFYING = frozenset("identified named".split())


# The -ing forms of verbs of saying, warning and claiming, which report words after "be" or "keep":
# "suppliers were reporting", "residents are warning that", "ministers keep insisting".
PROGRESSIVE_SPEECH = frozenset(
    "saying warning reporting claiming insisting arguing predicting complaining accusing suggesting "
    "expecting forecasting betting".split()
)


PROGRESSIVE_AUXILIARIES = frozenset("is are was were been keep keeps kept".split())


# Passives that report words or a verdict without saying whose ("have been told", "was hailed as"); an
# instruction ("has been urged to") is not reported words.
PASSIVE_REPORTS = frozenset(
    "told warned hailed described branded dubbed quoted billed touted portrayed labelled labeled".split()
)
# Passives of being informed: words passed on to people without saying by whom ("have been told", "were
# informed on Friday that …", "were advised the water was unsafe").
INFORMED = frozenset("told warned informed advised assured reassured reminded notified".split())


# Participles that report words in a clause of their own ("…, telling the BBC that …", "with X accusing …").
SPEECH_PARTICIPLES = frozenset(
    "telling accusing insisting arguing warning claiming adding urging admitting describing saying"
    # and verbs of calling names: "with one supporter branding him a mercenary"
    " branding dubbing labelling labeling"
    # and verbs of stating (note, stress, explain): "…, noting that …"
    " noting stressing explaining".split()
)


# The prepositions that tie a person to a body: "Jane Roe of Avon Police", "Ann Holt at the University of Leeds",
# "Prof Ann Holt from the University of Leeds".
AFFILIATION_LINKS = frozenset("of at from".split())


# Nouns for a body of figures that a verb of showing can report from ("data compiled by X showed").
DATA_NOUNS = frozenset(
    "data figures statistics numbers records estimates count counts tally tallies survey poll study report analysis "
    "research census audit review documents papers files emails minutes"
    # and the products of measuring and modelling: "Orbital calculations published by the centre show"
    " calculations projections forecasts models modelling modeling simulations measurements readings results"
    " findings observations tests"
    # and recordings that show what happened: "video released by the coast guard showed"
    " video videos footage images photos pictures recordings".split()
)


DATA_VERBS = frozenset("showed shows show suggest suggests suggested indicate indicates indicated revealed "
                       "reveals reveal found finds".split())


DATA_PARTICIPLES = frozenset(
    "compiled published collected released gathered produced provided analysed analyzed issued kept obtained "
    "seen leaked".split()
)


# Words that may open the phrase of a data noun ("New data", "Official figures", "Shipping data").
DATA_MODIFIERS = frozenset(
    "new latest official provisional preliminary recent annual monthly weekly quarterly early final fresh "
    "separate internal".split()
)


# Quantifiers that stand alone for people as a subject ("Many believe", "Others argue"); not "few", which says
# that almost no one does.
STANDING_QUANTIFIERS = frozenset("many some most others several both".split())


# Words that stand alone for one person of a group already named ('Another added: "…"', "One said the …").
STANDING_ONE = frozenset("one another".split())


# Passives whose agent after "by" is no speaker: a foreseen or measured thing, an instruction or advice.
NOT_BY_AGENT = frozenset(
    "expected estimated recommended advised urged believed called heard read shown found".split()
)


# Determiners after which a word is a noun, never a verb: articles, demonstratives and possessives (not "some",
# "many" or "most", which may stand alone as a subject: "Many believe").
ARTICLES_AND_POSSESSIVES = frozenset("the a an its their his her our my your these those this".split())


# Words after which a past participle is an adjective: "the recommended dose", "owners of condemned buildings".
BEFORE_ADJECTIVE = frozenset("a an the its their his her our these those of for with in on at from into about".split())


# Reporting verbs in the base form that are nouns too, which read as verbs only after a plural subject
# ("critics claim", "the authors report", "staff say") or an auxiliary ("can reveal", "will say"): "a bold
# claim", "global demand", "the union report" are nouns. "say" may follow a body too ("the club say").
BASE_FORMS = frozenset(
    "say claim fear find brand estimate reveal urge caution report demand welcome stress blame mock point note "
    "allege vow hail tell anticipate reckon tout trumpet boast brag suspect slam blast".split()
)


# Subjects a base form agrees with: plural pronouns, plural nouns of people, and the nouns that take a plural
# verb in British usage (collective nouns of people, "media", "data": "staff say", "police warn", "crew report").
PLURAL_WORDS = frozenset(
    "people staff police media men women children they we you i crew data folk couple family pair".split()
)


MODALS = frozenset("can could will would may might must should shall do did does also still now".split())


# Prepositions that place a group: "Growers in the valley say", "Parents at the school warn".
PLACE_PREPOSITIONS = frozenset(
    "in at across from on near around outside throughout inside within among along of".split()
)


# Verbs whose source must be of their own kind (a study finds, a court hears, a statement reads).
OWN_SOURCE_VERBS = frozenset("read showed shows show found finds find heard hears".split())


# Words after "a" that make a plural of what follows: "a few", "a number of", "a group of".
PLURAL_QUANTITIES = frozenset(
    "few number lot lots group groups couple handful dozen host majority minority third quarter half series "
    "string coalition".split()
)


# Verbs that can share the subject of an earlier verb ("X ordered an audit and said …", "the watchdog, which
# warned …"); not the verbs that need a source of their own kind, nor an instruction ("and urged people to").
NOT_JOINED = frozenset(
    "read showed shows show found finds find heard hears urged urges urge called calls estimated estimates "
    "estimate expect expects fear fears believe believes recommended recommends recommend advised advises advise "
    "described describes describe quoted cited".split()
)


# Verbs of a study's result, which a relative clause may report: ", which found that".
RESULT_VERBS = frozenset("found finds showed shows concluded concludes suggested suggests".split())


# Verbs that report an accusation or a demand with an object: "and accused the operator of", "and demanded".
ACCUSING = frozenset(
    "accused accuses demanded demands condemned condemns denounced denounces highlighted highlights criticised "
    "criticized slammed blasted lambasted praised hailed dismissed mocked blamed branded questioned decried "
    "deplored".split()
)


# Verbs of vowing, which report words even with an infinitive after them ("vowed to fight on").
VOWING = frozenset("vowed vows vow pledged pledges pledge".split())


# What a source gives that is its word: "the Joint Chiefs of Staff gave a similar range".
GIVEN_FIGURES = frozenset("figure figures range estimate estimates account tally total assessment breakdown".split())


VERDICT_OBJECTS = frozenset("the it them him her this that his their its".split())


# Verbs of rejecting, which report words only when what is rejected is something said ("rebuffed the claims",
# "dismissed the allegations"; not "rebuffed a third bid", "dismissed the manager").
REJECTING = frozenset(
    """
    rejected rejects reject rebuffed rebuffs rebuff repudiated repudiates repudiate dismissed dismisses dismiss
    spurned spurns spurn refuted refutes refute
    """.split()
)


# Nouns for something said or held to be so (propositions): what a denial or a rejection answers.
PROPOSITIONS = UTTERANCE_NOUNS | frozenset(
    """
    suggestion suggestions idea ideas notion notions link links connection theory theories explanation
    explanations account accounts version characterisation characterization description assertion assertions
    argument arguments interpretation conclusion conclusions finding findings charge charges report reports
    """.split()
)


# Verbs by which an outlet says what it has found out: "the Gazette has learned", "Goalline understands".
LEARNING = frozenset("learned learnt understands".split())


# Pronouns for anyone at all, who say nothing in particular: "Anyone who tells you …", "those who claim".
INDEFINITE_PRONOUNS = frozenset(
    "anyone anybody everyone everybody someone somebody nobody one those whoever".split()
)


# Verbs after which an infinitive of speech still reports words (catenatives of habit and going on, and the
# verbs of sending a message, Levin's class 37.4): "likes to say", "went on to say", "wrote to members to say".
CATENATIVES = frozenset(
    "like likes liked love loves loved tend tends tended continue continues continued used on".split()
)


MESSAGING = frozenset(
    "texted emailed e-mailed messaged phoned rang called wrote writes write tweeted posted cabled wired".split()
)


# The verbs of naming that a free relative reports: "in what one trader called a panic".
NAMING_VERBS = frozenset(
    "called calls described describes termed terms dubbed dubs branded brands labelled labels labeled".split()
)


# How news describes a source it does not name (the anonymous-source conventions of wire style): "people familiar
# with the matter", "sources close to the club", "a person with knowledge of the talks", "officials briefed on".
ANONYMOUS_LINKS = frozenset(
    "familiar:with close:to knowledge:of briefed:on knowledgeable:about privy:to involved:in aware:of".split()
)


ANONYMOUS_HEADS = frozenset("people person sources source officials official insiders insider".split())


# Verbs by which the outlet reached its sources: "Owners we spoke to", "heads I have talked to", "the traders
# we interviewed".
CONTACT_VERBS = frozenset(
    "spoke spoken talked interviewed surveyed asked met contacted polled consulted reached visited".split()
)


# Records and writings that may open a sentence, then where they were put ("Reviews posted on travel sites").
PLACED_RECORDS = DATA_NOUNS | DOCUMENT_NOUNS | frozenset("reviews comments posts accounts testimonies".split())


# The particles of phrasal verbs that make "call" an act ("called up three players", "called off the match",
# "called in the police", "called back the recall"); not "out" and "on", which make it words ("called out the
# mayor", "called on the board to resign").
ACT_PARTICLES = frozenset("up off in back down over away around round through along aside".split())


# "Claim" reports words only when words follow; with an object alone it means to take or win something.
CLAIMING = frozenset("claim claims claimed".split())


COORDINATORS = frozenset("and but or nor yet".split())


CLAUSE_MARKERS = BE_FORMS | frozenset(
    "has have had will would could can may might must should shall did does do".split()
)


# Verbs of declaring a state (a drought, an emergency, a winner): with an object alone they are acts.
DECLARING = frozenset("declared declares declare".split())


# Verbs of asking: they report a question, after a quotation or before "why", "whether", "if" …
ASKING = frozenset("asked asks ask wondered wonders".split())


QUESTION_WORDS = frozenset("why whether if how what when who where which".split())

# The auxiliaries a question puts before its subject: "What did the engineers say?", "Has the council said why?".
INVERTED_AUXILIARIES = frozenset(
    "do does did don't doesn't didn't has have had hasn't haven't hadn't will would won't can could can't couldn't"
    " should shall may might must".split()
)


# Words that open a phrase for some people not named: "said some growers", "said a nurse"; a number opens one
# too ("said one resident", "said six growers", "said 12 growers"), as the token's number class tells.
PEOPLE_OPENERS = frozenset("a an another some many several most few".split())


# Prepositions that place people ("growers in Norfolk", "a nurse at the hospital", "a driver from Leeds").
PEOPLE_PLACES = frozenset("in at from of near".split())


# Words that open a phrase naming someone without a name: "said one resident", "wrote a port worker".
PHRASE_OPENERS = frozenset("a an one another the two three several some many".split())


# Prepositions that end such a phrase: where or when the words were said, not who said them ("on a forum").
SETTING_PREPOSITIONS = frozenset("on in to into after during before outside near as by with via".split())


def line_cue(line, start, end, rule, reason, source="") -> Suggestion:
    """An attribution cue from ``start`` to ``end`` in ``line``'s text (offsets within the line), by ``rule``: how the
    readers that read a line's own words (Amharic, Bengali, Chinese, Georgian, Hebrew, ...) make their suggestions."""
    return Suggestion(line.start + start, line.start + end, TAG, f"{TAG}.{rule}", reason, CONFIDENCE[rule], source)


def token_cue(line, first, last, rule, reason, source="") -> Suggestion:
    """An attribution cue from the token ``first`` to the token ``last`` of ``line``'s tokens (their ``idx``: offsets
    within the line), by ``rule``: how the readers of a line's tokens (English, Arabic) make their suggestions."""
    return line_cue(line, first.idx, last.idx + len(last.text), rule, reason, source)
