"""The word classes of ``evaluative_cues``, each a documented class of biased language with its sources: the
lists and patterns alone, so that the rules that use them stay short. A pattern here begins with a word, as
``evaluative_cues`` tries it only where a word starts.
"""

import re

EMOTIVE_NOUNS = (
    "turmoil", "havoc", "mayhem", "bedlam", "pandemonium", "uproar", "furore", "furor", "anguish", "agony",
    "misery", "miseries", "despair", "heartbreak", "heartache", "torment", "horror", "horrors", "hysteria",
    "devastation", "calamity", "catastrophe", "humiliation", "ignominy", "shame", "disgrace", "scandal",
    "betrayal", "fiasco", "shambles", "nightmare", "ordeal", "heartbreaker", "anger", "rage", "dismay", "disgust",
    "indignation",
    # and the headline's nouns of delight, as loaded as those of dismay
    "joy", "delight", "elation", "jubilation", "euphoria", "ecstasy",
)
# Verbs of provoking strong emotion, told by the writer ("a figure that has infuriated staff").
PROVOKING = re.compile(
    r"(?<![\w-])((?:infuriat|enrag|incens|horrif|appall|disgust|dismay|outrag|anger)(?:e|es|ed|d|ing|ied|ies|y)?)(?![\w-])",
    re.IGNORECASE,
)
EMOTIVE = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, EMOTIVE_NOUNS)) + r")(?:s|es)?(?![\w-])", re.IGNORECASE)
HYPERBOLE = re.compile(
    r"(?<![\w-])("
    # quantities made boundless
    r"countless|untold|myriad|innumerable|umpteen|no end of|"
    # time made boundless ("endless whining", "the complaints have been relentless")
    r"endless|never-ending|unending|ceaseless|incessant|relentless|unrelenting|interminable|"
    r"(?:a|an|the)\s+(?:tidal wave|mountain|barrage|litany|raft|flurry|slew|sea|army|legion|swarm|horde|glut|"
    r"orgy|bonanza|catalogue|welter|blizzard|tsunami|avalanche)s?\s+of|"
    # wins told as brushing aside (the verbs of crushing and demolition are ``DEMOLITION``)
    r"drubbings?|maulings?|hidings?|romp(?:s|ed|ing)?|"
    r"(?:swept|sweeps?|sweeping|brushed|brush(?:es)?|brushing)\s+aside|put\s+to\s+the\s+sword|masterclass|heroics|"
    # weather told as an attack, an oven or a freezer
    r"pummel(?:s|led|ling|ed|ing)?|pound(?:ed|ing)|lash(?:es|ed|ing)?|wreak(?:s|ed|ing)?\s+havoc|"
    r"wrought\s+havoc|unleash(?:es|ed|ing)?|polar\s+vortex|deep\s+freeze|"
    r"beast\s+from\s+the\s+east|washout|whiteout|mercury\s+(?:soar|rocket|climb)\w*|"
    # records and history claimed for the ordinary
    r"historic|once-in-a-(?:generation|lifetime)|once in a (?:generation|lifetime)|unparalleled|unrivalled|"
    r"unrivaled|unmatched|second to none|in living memory|of all time|like never before|"
    # the verdicts of sport and weather writing
    r"wonder\s+goals?|screamers?|thunderbolts?|howlers?|stunners?|clinical|ruthless|rampant|gutsy|gritty|nervy|"
    r"sloppy|abject|lacklustre|lackluster|toothless|insipid|shambolic|capitulat(?:e|ed|es|ing|ion)|scorchers?|"
    r"balmy|glorious|dreary|gloomy|"
    # reactions told as fire ("sparked fury", "sparked fears")
    r"spark(?:s|ed|ing)?\s+(?:fears?|anger|alarm|fury|outrage|panic|concerns?|a\s+backlash|backlash|a\s+row|uproar)|"
    # comparisons folded into one word: "wafer-thin", "sky-high", "rock-bottom", "razor-sharp"
    r"(?:wafer|razor|paper|bone|sky|rock|ice|stone|pitch|crystal|whisker|hair)[- ](?:thin|sharp|high|dry|cold|solid|"
    r"bottom|clear|black|tight|fine)|"
    # feelings told through the body: "nerve-shredding", "gut-wrenching", "spine-tingling"
    r"(?:nerve|heart|spine|hair|gut|stomach|bone|back|blood|teeth|toe|knuckle|buttock)-(?:shredding|jangling|"
    r"tingling|raising|wrenching|breaking|churning|crunching|chilling|curdling|stopping|pounding|grinding|clenching|"
    r"gnashing|shattering|shredding|stirring|whitening|clenching|curling)|"
    # narrow results told as scraping or limping ("scraped through", "edged past", "limped into")
    r"scrap(?:e|es|ed|ing)\s+(?:through|home|past|into|by)|edg(?:e|es|ed|ing)\s+(?:past|out)|"
    r"limp(?:s|ed|ing)?\s+(?:in)?to|stumbl(?:e|es|ed|ing)\s+(?:in)?to|"
    # size told by a comparison ("the size of a skyscraper", "as tall as a house")
    r"the\s+size\s+of\s+(?:a|an|two|three|four|five|ten)\s+[a-z-]+|"
    r"as\s+(?:tall|big|large|heavy|long|wide|high|deep|heavy)\s+as\s+(?:a|an|two|three)\s+[a-z-]+|"
    # speed told as a rush ("whizz past", "hurtling towards")
    r"(?:whizz|whiz|hurtl|zoom|career)(?:es|ed|ing|s|e)?\s+(?:past|towards?|through|into|by|across|down|along)|"
    # a win told as a storm ("storms to victory", "stormed to the title")
    r"storm(?:s|ed|ing)?\s+(?:to|into)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?(?:victory|win|"
    r"title|lead|record|success|gold|triumph|final|crown)|"
    # crowds told as birds or insects ("flocked to", "swarmed")
    r"flock(?:s|ed|ing)?\s+(?:to|into|back)|swarm(?:s|ed|ing)|throng(?:s|ed|ing)|"
    # prices and markets told as flight or a fall (the single verbs of flight are ``MARKET_FLIGHT``)
    r"(?:to|will|could|may|would)\s+(?:rocket|skyrocket|soar|plummet|plunge|nosedive|sizzle|swelter)"
    r")(?![\w-])",
    re.IGNORECASE,
)
# Wins told as crushing or demolition ("crushed Horak 6-1", "a crushing defeat", "routed"): not in a line where
# something is really pulled down or crushed (homes demolished, a car crushed), by ``LITERAL_STRUCTURE``.
DEMOLITION = re.compile(
    r"(?<![\w-])(rout(?:s|ed|ing)?|(?:crush|demolish|trounc|maul|annihilat|obliterat|dismantl|humbl|dethron|"
    r"steamroller|drubb)(?:e|es|ed|d|ing|s)?)(?![\w-])",
    re.IGNORECASE,
)
# Prices and markets told as flight or a fall ("shares surged", "sales cratered", "the pound dived"): only in a
# line about a quantity (``QUANTITY_LINE``); elsewhere the verbs are literal ("cave diving", "the moon's
# craters", a runner who surged on a climb).
MARKET_FLIGHT = re.compile(
    r"(?<![\w-])(surg(?:e|es|ed|ing)|rocket(?:s|ed|ing)|crater(?:s|ed|ing)|tanked|tanking|div(?:ed|ing)|dove)"
    r"(?![\w-])",
    re.IGNORECASE,
)
QUANTITY_LINE = re.compile(
    r"(?<![\w-])(prices?|shares?|stocks?|markets?|demand|sales|profits?|revenues?|earnings|inflation|rates?|"
    r"costs?|bills?|values?|valuations?|index|indices|bonds?|yields?|currency|currencies|pound|sterling|dollar|"
    r"euro|yen|figures|numbers|turnover|output|exports?|imports?|investment|spending|borrowing|debt|"
    r"per\s+cent|percent|%|[£$€]\d[\d,.]*\w*)(?![\w-])|%|[£$€]\d",
    re.IGNORECASE,
)
# People or money told as a flow of water ("volunteers poured in"): only where the line is not about water.
POURED_IN = re.compile(r"(?<![\w-])(pour(?:s|ed|ing)?\s+in(?:to)?|stream(?:s|ed|ing)?\s+in(?:to)?)(?![\w-])",
                       re.IGNORECASE)
LITERAL_WATER = re.compile(
    r"(?<![\w-])(rain\w*|rivers?|water|sea|seas|storms?|showers?|floods?|flooding|burst|pipes?|tides?|drains?|"
    r"waves?|downpours?|lakes?|reservoirs?|tea|coffee|wine|beer|concrete)(?![\w-])",
    re.IGNORECASE,
)
# A sentence of the writer's that ends in "!" (a letter in it is checked by its word count).
# Starting only at the line's start or after a stop gives the same matches (a failed try inside a run of words
# fails from every later letter of it too) in one reading of a long line instead of one per letter.
EXCLAMATION = re.compile(r"(?<![^.!?])[^.!?]+!(?=\s|$)")
# Weather told as an oven ("baking", "set to roast Britain"): only in a line about the weather, where cooking
# words are not literal.
OVEN = re.compile(
    r"(?<![\w-])(baking|roasting|searing|sweaty|sticky|furnace|oven|sauna|cauldron|"
    r"(?:to|will|could|may|would)\s+(?:roast|bake|fry|boil|cook))(?![\w-])",
    re.IGNORECASE,
)
# A line about the weather: its words of heat and sun, not "Sunday", "sunk" or a "heated" oven.
WEATHER_LINE = re.compile(
    r"(?<!\w)(heat|heatwaves?|temperatures?|sun|sunny|sunnier|sunniest|sunshine|sunburn|sunbath\w*|weather|"
    r"degrees|hot|hotter|hottest|\d+C|\d+F|°)(?![\w-])", re.IGNORECASE
)
# Weather or a mood told as a hand that seizes ("bitter cold grips the north", "tightens its grip").
GRIP = re.compile(
    r"(?<![\w-])((?:tighten|tightens|tightened|tightening|loosen|loosens|loosened|loosening|strengthen|"
    r"strengthens|strengthened|tighten)\s+(?:its|their|his|her)\s+(?:grip|hold|stranglehold)|"
    r"(?:cold|heat|snow|freeze|frost|fear|fears|panic|crisis|chaos|fever|storm|drought|heatwave|snap|gloom|"
    r"ice|winter)\s+(?:grips|gripped|gripping)|"
    r"(?:pressures?|inflation|cuts|recession|austerity|crisis|squeeze|sanctions|drought|cold|winter|frost|strikes?|"
    r"shortages?|rises|hikes)\s+(?:bites?|biting))(?![\w-])",
    re.IGNORECASE,
)
# Loaded labels of groups, policies and spending (the style guides' lists of loaded political terms and
# the lexical findings of MBIC and BABE).
LOADED_LABELS = (
    "far-right", "far-left", "hard-right", "hard-left", "ultra-right", "ultra-left", "radicals", "woke",
    "snowflake", "snowflakes", "elites", "metropolitan elite", "liberal elite", "mob", "mobs", "rabble", "hordes",
    "illegals", "nanny state", "bureaucrats", "jobsworth", "jobsworths", "red tape", "virtue signalling",
    "virtue-signalling", "cancel culture", "culture war", "culture wars", "loony", "lefty", "lefties",
    "leftie", "lefties", "toffs", "champagne socialist", "gravy train", "cash cow", "snake oil", "vanity project",
    "white elephant", "pet project", "handouts", "freebies", "scroungers", "do-gooders", "power grab",
    "cover-up", "stitch-up", "smear campaign", "spin doctor", "spin doctors", "talking shop", "kowtow",
    "kowtowed", "kowtowing", "grovelling", "groveling", "bean counters", "pen-pushers", "fat cats",
    # the tabloid's labels for wrongdoers
    "conman", "conmen", "love rat", "love rats", "yob", "yobs", "lout", "louts", "fiend", "fiends", "sicko",
    "sickos", "scumbag", "scumbags", "benefit cheat", "benefit cheats",
    # and its labels for the famous
    "diva", "divas", "starlet", "starlets", "heart-throb", "heart-throbs", "hunk", "hunks", "it-girl",
    "fan favourite", "fan favourites", "national treasure", "golden boy", "golden girl", "bad boy", "wonderkid",
    "whizzkid", "supremo", "superstar", "superstars", "megastar", "megastars",
    # and the political page's labels for people and positions
    "firebrand", "firebrands", "maverick", "mavericks", "union barons", "press barons", "media barons",
    "tech bros", "tech bro", "rent-a-mob", "soft-touch", "eco-warrior", "eco-warriors", "eco-zealots",
    "tree-huggers", "remoaners", "hand-wringing", "pearl-clutching", "bleeding-heart", "bleeding hearts",
)
# "Woke" is also the past tense of "wake": the verb has a subject before it ("she woke", "children who woke") or its
# complement after it ("woke up", "woke to find", "woke more often during the night"); the label has neither.
WAKE_SUBJECTS = ("i", "he", "she", "we", "they", "you", "who", "it", "that", "and", "then", "finally")
WAKE_COMPLEMENTS = (
    "up|early|late|again|more|less|often|once|twice|several|every|each|at|in|on|to|during|from|with|before|after|"
    "until|the|a|them|him|her|me|us|his|their|its|my|our|your|suddenly|screaming|crying|shaking"
)
VERB_WOKE = (
    "".join(rf"(?<!\b{subject}\s)" for subject in WAKE_SUBJECTS) + rf"woke(?!\s+(?:{WAKE_COMPLEMENTS})\b)(?![\w-])"
)
LOADED = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in LOADED_LABELS if label != "woke")
    + r"|"
    + VERB_WOKE
    + r")(?![\w-])",
    re.IGNORECASE,
)


# Speech and reaction told as anger boiling over, or as boasting and complaining, where the outlet could have
# written "said" or "argued": the anger metaphors that Lakoff and Kövecses describe (anger is a hot fluid in a
# container: "fumed", "raged", "a row erupted", "tempers boiled over", "flared up"), the complain verbs of Levin's
# English Verb Classes (1993, class 37.8: "boast", "brag", "whine", "moan", "gripe", "grumble") with the verbs of
# fanfare beside them ("trumpet", "tout", "crow", "gloat"), and a rejection told as a laugh or a cold shoulder
# ("laughed off", "snubbed"). "fumes" is the verb only before its target or the words ("fumes at", "fumes:"), not
# the noun of exhaust ("cracked walls, fumes and noise"). Nouns that share a base form ("a boast", "a moan", "the
# rage") are left out: a base form counts only after a plural subject or "to" (``HEATED_SPEECH_BASE``).
HEATED_SPEECH = re.compile(
    r"(?<![\w-])(fum(?:ed|ing)|fumes(?=\s+(?:at|over|about|as|that|after|when)\b|\s*[:“\"])|rag(?:ed|es|ing)|erupt(?:ed|s|ing)?|boil(?:s|ed|ing)?\s+over|"
    r"flar(?:ed|es|ing)\s+up|simmer(?:ed|s|ing)|"
    r"boast(?:ed|s|ing)|brag(?:ged|s|ging)|whin(?:ed|es|ing)|whing(?:ed|es|eing|ing)|moan(?:ed|s|ing)|"
    r"grip(?:ed|es|ing)\s+(?:about|that)|grous(?:ed|es|ing)|grumbl(?:ed|es|ing)|bleat(?:ed|s|ing)|"
    r"trumpet(?:ed|s|ing)|tout(?:ed|s|ing)|crow(?:ed|ing)\s+(?:about|that|over)|gloat(?:ed|s|ing)|"
    r"laugh(?:ed|s|ing)?\s+off|snub(?:bed|s|bing))(?![\w-])",
    re.IGNORECASE,
)
HEATED_SPEECH_BASE = re.compile(
    r"(?<![\w-])(rage|erupt|fume|boast|brag|whine|whinge|moan|grumble|bleat|trumpet|tout|gloat|snub)"
    r"(?![\w-])",
    re.IGNORECASE,
)
# Where the heat or the eruption is literal: a volcano, a fire, a kettle, a storm, the skin.
LITERAL_ERUPTION = re.compile(
    r"(?<![\w-])(volcano\w*|lava|magma|geysers?|ash\s+clouds?|fires?|wildfires?|blaze|flames|inferno|kettles?|"
    r"pans?|pots?|milk|water|sauce|storms?|thunder\w*|engines?|"
    r"acne|spots|rash|skin)(?![\w-])",
    re.IGNORECASE,
)
# Degree told by distance and emphatic negation (Quirk et al. 1985: "far" as an amplifier of a comparative or of
# "too", and the negative maximizers): "far too late", "falls far short", "better by far", "missed by a country
# mile", "not a single penny", "never once", "no fewer than eleven times", "nothing short of". Not "far from the
# coast", where "far" measures a distance, nor "far" before a comparative of measure ("far higher", "far easier",
# "far more tactical"), which compares rather than grades; only the comparatives of verdict ("far worse").
AMPLIFIED_DEGREE = re.compile(
    r"(?<![\w-])(far\s+(?:too|short|worse|better)|by\s+far|by\s+a\s+(?:country\s+)?mile|"
    r"not\s+a\s+single|never\s+once|not\s+once|no\s+fewer\s+than|nothing\s+short\s+of|"
    r"not\s+(?:a\s+)?(?:shred|scrap|ounce|iota|jot|penny)\s+of)(?![\w-])",
    re.IGNORECASE,
)
# A quantity played down by a minimizer (Quirk et al.'s downtoners: "just 38 pupils", "barely 1% of residents",
# "a mere £150"): the writer tells the reader the number is small. Not "only", which more often just restricts,
# nor a point in time ("just one day earlier").
NUMBER_WORDS = (r"(?:[£$€]?\d(?:[\d,.]*\d)?(?:%|bn|m|k)?|"
                r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|a\s+handful)")
MINIMIZED_QUANTITY = re.compile(
    rf"(?<![\w-])((?:just|barely|merely|a\s+mere|a\s+paltry|a\s+measly)\s+{NUMBER_WORDS})(?![\w-])"
    # not a point in time ("just one day earlier", "just two hours after the vote")
    r"(?!\s+(?:[a-z]+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:earlier|later|before|after|"
    r"ago|since|into)\b)",
    re.IGNORECASE,
)
# Risk told as gambling ("the landing was a gamble", "a bet on private credit", "gambled on a recovery"): a
# conventional metaphor, not in a line about real betting.
GAMBLE = re.compile(
    r"(?<![\w-])((?:a|the|big|huge|risky|high-stakes|political|calculated|expensive|costly)\s+(?:gamble|bet)s?|"
    r"gambl(?:e|es|ed|ing)\s+on|bet(?:s|ting)?\s+on|(?:the\s+)?gamble\s+(?:pays|paid|paying)\s+off)(?![\w-])",
    re.IGNORECASE,
)
LITERAL_BETTING = re.compile(
    r"(?<![\w-])(bookmakers?|bookies?|odds|casinos?|punters?|wagers?|betting|gambling|jackpot|lottery|roulette|"
    r"slot\s+machines?|racecourse|horse\s+racing)(?![\w-])",
    re.IGNORECASE,
)
# A refusal or a verdict made absolute by its adverb ("flatly rejected", "roundly condemned", "categorically
# denied", "refused point-blank"): Quirk et al.'s maximizers on a verb of refusing, denying or condemning.
ABSOLUTE_REFUSAL = re.compile(
    r"(?<![\w-])((?:flatly|roundly|categorically|point-blank|emphatically|vehemently|resolutely)\s+"
    r"(?:reject|refus|den(?:y|ie)|dismiss|condemn|rebuff|rul(?:e|ed|es|ing)\s+out|oppos)\w*)(?![\w-])",
    re.IGNORECASE,
)
# A recovery told as a charge or a fight ("clawed back the break", "stormed back to win", "was roared on by the
# crowd"): the motion metaphors of sport pages, beside "cruised into" and "crashed out".
COMEBACK = re.compile(
    r"(?<![\w-])((?:claw|storm|surg|charg|roar|battl|fight)(?:ed|es|ing|s)?\s+back|"
    r"roar(?:ed|ing)\s+on)(?![\w-])",
    re.IGNORECASE,
)


# A record, a rival or a coastline told as an object smashed, shattered or shredded ("smashed the club record",
# "the fee shatters the old mark", "the pace shredded the peloton", "the storm tore across the west"): verbs of
# destruction told of ordinary events, the hyperbole of sport, transfer and weather pages. Not in a line where
# something breakable really breaks (glass, a window, a pot, a racket, homes in a flood, cells in a recycling plant).
DESTRUCTION = re.compile(
    r"(?<![\w-])(smash(?:ed|es|ing)?|shatter(?:ed|s|ing)?|shred(?:ded|s|ding)|wreck(?:ed|s|ing)|t(?:ore|ears|earing)\s+(?:across|"
    r"through|into|apart)|hurl(?:ed|s|ing)|ravag(?:e|ed|es|ing)|pulveri[sz](?:e|ed|es|ing))(?![\w-])",
    re.IGNORECASE,
)
LITERAL_BREAKAGE = re.compile(
    r"(?<![\w-])(glass|windows?|windscreens?|pots?|pottery|vases?|plates?|rackets?|bottles?|doors?|bones?|skulls?|"
    r"cells|paper|documents|homes?|houses?|cars?|vehicles?|floods?|actors?|stage|plough\w*|bodies|body|"
    r"ships?|boats?|vessels?|yachts?|trains?|planes?|aircraft|wreckage|"
    r"police|arrested|vandal\w*|crash\w*|collision|explosion|blast)(?![\w-])",
    re.IGNORECASE,
)
# The sports page's labels for players (the tabloid's journalese: "the wantaway ace", "the Brazilian hitman",
# "his star man", "the club's talisman"): a player named by a role in a story, not by a position. Not an ace
# that is served or counted ("an ace", "his 14th ace", "12 aces") nor a hitman in a line about a real killing.
PLAYER_LABELS = re.compile(
    r"(?<![\w-])(?<!\d\s)(?<!\d(?:st|nd|rd|th)\s)(?<!\ban\s)(aces?|hitman|hitmen|star\s+(?:man|men|woman|striker|signing|"
    r"player)|talisman|hotshot|goal\s+machine|goal-machine|wantaway|want-away)(?![\w-])",
    re.IGNORECASE,
)


# A loss told as eating or erosion ("nibbling away at", "hollowed out", "swallowed up by inflation", "chipping
# away at") or as a blow ("hit hard", "the hardest hit", "worst-hit areas"): Lakoff and Johnson's conventional
# metaphors of harm.
EROSION_AND_BLOW = re.compile(
    r"(?<![\w-])(nibbl(?:e|es|ed|ing)\s+away|hollow(?:s|ed|ing)\s+out|swallow(?:s|ed|ing)\s+up|"
    r"chip(?:s|ped|ping)\s+away|gnaw(?:s|ed|ing)\s+(?:at|away)|whittl(?:e|es|ed|ing)\s+(?:away|down)|"
    r"hit(?:s)?\s+(?:hard|hardest)|hardest[- ]hit|worst[- ]hit|badly\s+hit)(?![\w-])",
    re.IGNORECASE,
)
# Trouble told as drowning ("a floundering rival", "drowns in its own ambition", "the firm went under", "keeping
# their heads above water"): not in a line about real water, where the words are literal.
DROWNING = re.compile(
    r"(?<![\w-])(flounder(?:s|ed|ing)?|drown(?:s|ed|ing)?\s+in|go(?:es|ing)?\s+under|went\s+under|"
    r"heads?\s+above\s+water|sink(?:s|ing)?\s+(?:further|deeper)|sinking)(?![\w-])",
    re.IGNORECASE,
)


# Adjectives that amplify (Quirk et al.'s amplifiers in adjective form): they grade the noun for the reader.
AMPLIFIERS = frozenset(
    "fierce intense heated huge enormous immense tremendous gigantic mammoth hefty vast almighty monstrous "
    "titanic gargantuan seismic towering monster mega".split()
)
# Amplifiers with a physical sense ("a heated sample oven", "the seismic code"): they amplify only a noun of talk,
# dispute or change ("a heated exchange", "a seismic shift"), where the heat or the tremor is a figure.
PHYSICAL_AMPLIFIERS = frozenset("heated seismic".split())
# Amplifiers of size: before a concrete thing of fixed, visible size (a building, a machine, a vehicle, a landform,
# a container: "a towering crane", "a huge crater", "a vast warehouse") they measure it and amplify nothing.
# Not before "of" ("a mountain of paperwork"), where the thing is a figure of quantity; nor before a natural force,
# a living thing or a weapon, which a headline makes dramatic ("huge waves", "towering trees", "monster missile").
SIZE_AMPLIFIERS = frozenset(
    "huge enormous immense gigantic mammoth vast towering monster mega titanic gargantuan".split()
)


def _with_plurals(singulars: str) -> frozenset:
    words = singulars.split()
    plurals = [
        w[:-1] + "ies" if w.endswith("y") and w[-2:-1] not in "aeiou"
        else w + "es" if w.endswith(("s", "x", "ch", "sh")) else w + "s"
        for w in words
    ]
    return frozenset(words + plurals)


PHYSICAL_THINGS = _with_plurals(
    # buildings and structures
    "building warehouse skyscraper tower mansion barn shed hangar factory stadium arena bridge dam church "
    "cathedral castle chimney pylon turbine mast statue monument greenhouse depot terminal "
    # machines
    "crane machine engine excavator digger drill generator robot telescope bulldozer "
    # vehicles
    "truck lorry van bus coach ship vessel tanker ferry boat yacht liner plane aircraft airliner jet train "
    "locomotive tractor car vehicle "
    # landforms and hollows in the ground
    "crater sinkhole cliff canyon cave cavern valley glacier dune boulder quarry gorge "
    # containers
    "container tank barrel crate vat silo reservoir"
)
FIGURATIVE_AFTER_PHYSICAL = frozenset(
    "debate debates exchange exchanges row rows argument arguments discussion discussions clash clashes meeting "
    "meetings session sessions dispute disputes words talks protest protests shift shifts change changes moment "
    "shock shocks blow event events decision ruling result election reform".split()
)
# Degree words that are not "-ly" adverbs (Quirk et al.'s boosters): they count before a subjective adjective.
PLAIN_BOOSTERS = frozenset("very so too really truly most".split())
# Puffery: the words that Wikipedia's guide "Words to watch" lists as praise without information, the source of
# the biased-language corpus of Recasens et al.
PUFFERY = frozenset(
    "legendary iconic acclaimed visionary outstanding celebrated prestigious world-class virtuoso cutting-edge "
    "innovative revolutionary groundbreaking ground-breaking game-changing stellar storied fabled renowned "
    "beloved much-loved illustrious glittering famous awe-inspiring inspiring "
    # and the obituary's and the profile's praise
    "larger-than-life tireless irrepressible indefatigable pioneering trailblazing unsung inimitable incomparable "
    "peerless devoted "
    # and the press release's: "world-beating", "state-of-the-art", "next-generation", "first-ever"
    "world-beating world-leading state-of-the-art next-generation first-ever best-in-class glitzy".split()
)
# Journalese descriptors that judge a person's or a body's standing, and compounds built like them
# ("crisis-hit", "cash-strapped", "debt-ridden"): the style guides' list of newspaper clichés.
JOURNALESE = re.compile(
    r"(?<![\w-])(beleaguered|embattled|ailing|hapless|luckless|lowly|vaunted|feted|fêted|disgraced|tarnished|"
    r"ill-fated|long-suffering|hard-pressed|under-fire|doomed|plucky|feisty|beaming|whirlwind|charms|charmed|"
    r"(?:scoop|scoops|scooped|scooping|bag|bags|bagged|bagging)(?=\s+(?:(?:the|a|an|top)\s+){0,2}(?:crown|prize|"
    r"title|award|jackpot|gong|top\s+spot|trophy))|wow(?:s|ed|ing)|"
    # the newspaper verbs of criticism ("hit out at", "rounded on", "tore into") and a dispute as a "row"
    r"hit(?:s|ting)?\s+out\s+at|hit(?:s|ting)?\s+back|round(?:s|ed|ing)?\s+on|t(?:ore|ear|ears|earing)\s+into|l(?:aid|ay|ays|aying)\s+into|"
    r"r(?:ipped|ip|ips|ipping)\s+into|t(?:ook|ake|akes|aking)\s+aim\s+at|"
    r"(?:a|the|bitter|furious|growing|fresh|new)\s+rows?(?=\s+(?:over|with|between|about|erupted|broke))|"
    r"[a-z]+-(?:hit|strapped|ridden|plagued|riddled|stricken|wracked|racked|obsessed|mad|crazy)|"
    # the reputation told before the fact: "much-trumpeted", "much-vaunted", "much-maligned"
    r"much-[a-z]+(?:ed|en)|once-[a-z]+|"
    # a policy's standing told as a ship or a show ("its flagship bill", "the centrepiece of the budget")
    r"flagship(?=\s+[a-z])|showpiece|centrepiece|centerpiece|"
    # prison told as a cage, release as a walk ("caged for 12 years", "walked free")
    r"caged(?=\s+(?:for|until))|banged\s+up|behind\s+bars|w(?:alk|alks|alked|alking)\s+free|"
    r"landmark(?=\s+(?:ruling|victory|deal|case|judgment|judgement|decision|moment|agreement|bill|law|legislation|"
    r"report|study|trial|win|reform))|"
    # a forecast told as a tip, a departure as a storm, a move as a predator's leap ("tipped to front",
    # "stormed off set", "pounced on a loose ball", "swooped for")
    r"tipped\s+(?:to|for|as)|storm(?:s|ed|ing)?\s+(?:off|out)|flounc(?:e|es|ed|ing)\s+(?:off|out)|"
    r"pounc(?:e|es|ed|ing)|swoop(?:s|ed|ing)?|snap(?:s|ped|ping)\s+up)(?![\w-])",
    re.IGNORECASE,
)
# Editorializing adverbs (the same guide): the writer comments on the fact instead of stating it.
EDITORIALIZING = re.compile(
    r"(?<![\w-])(notably|arguably|interestingly|surprisingly|unsurprisingly|ironically|unfortunately|fortunately|"
    r"tragically|sadly|inevitably|predictably|curiously|mercifully|thankfully|luckily|shockingly|disturbingly|"
    r"worryingly|alarmingly|astonishingly|obviously|undoubtedly|undeniably|admittedly|of course|"
    # and Quirk et al.'s emphasizers, the writer vouching for the words that follow ("many have simply given up")
    r"simply|plainly|frankly|literally|"
    # Biber et al.'s stance adverbs that impute a motive ("conveniently published", "pointedly refused"), and
    # the hedges of Recasens et al. that cast doubt ("supposedly independent")
    r"conveniently|tellingly|pointedly|conspicuously|suspiciously|belatedly|grudgingly|hastily|quietly|"
    r"supposedly|ostensibly|seemingly)(?![\w-])",
    re.IGNORECASE,
)
# A disagreement told as a fight, and a change of course told as a retreat (conventional metaphors of
# political reporting, beside the "U-turn" of ``bias_cues``). Not "stand-off", the plain name of a face-off between
# armies, vessels or parties ("the 2020 stand-off", "a stand-off at the reef"); "locked in a stand-off" is an idiom.
CONFLICT_AND_RETREAT = re.compile(
    r"(?<![\w-])(showdown|spat|feud|bust-up|slanging match|clash(?:es|ed|ing)?|"
    r"climb-?downs?|about-turns?|back-?pedal(?:s|led|ling|ed|ing)?|backtrack(?:s|ed|ing)?)(?![\w-])",
    re.IGNORECASE,
)
# Troubles told as an affliction or a trap ("plagued by", "mired in", "rocked by"), and causes told as fuel or a
# wrecked vehicle ("fuelled speculation", "stoked fears", "derailed the talks", "scuppered the plan"): the
# stock metaphors of news verbs.
AFFLICTION_AND_FUEL = re.compile(
    r"(?<![\w-])((?:plagued|dogged|blighted|marred|rocked|gripped|engulfed|haunted|hamstrung|crippled|paralysed|"
    r"paralyzed|beset|wracked|racked)\s+by|(?:mired|embroiled|bogged\s+down|entangled|enmeshed)\s+in|crippling|"
    r"(?:riddled|littered|saddled|lumbered)\s+with|"
    r"(?:fuel|fuels|fuelled|fueled|fuelling|fueling|stoke|stokes|stoked|stoking|ignite|ignites|ignited|igniting|"
    r"inflame|inflames|inflamed|inflaming)(?=\s+(?:the\s+|a\s+|an\s+|further\s+|more\s+|fresh\s+|growing\s+)?"
    r"(?:fears?|speculation|anger|tensions?|debate|concerns?|row|rows|anxiety|anxieties|unrest|resentment|"
    r"rumours?|suspicions?|criticism|demand|hopes?|inflation|fire|flames))|"
    r"(?:derail|derails|derailed|derailing|scupper|scuppers|scuppered|scuppering|torpedo|torpedoes|torpedoed|"
    r"torpedoing)(?=\s+(?:the|a|an|its|their|his|her|any|plans?|talks|deal|hopes?)\b))(?![\w-])",
    re.IGNORECASE,
)
# Politics and business told as a show ("Thursday's drama", "the transfer saga", "a political circus"), not in
# a line about the stage or the screen; or as a contest ("the clear losers"), and votes and crowds as a
# landslide or a stampede (conventional metaphors).
SHOW = re.compile(
    r"(?<![\w-])(dramas?|sagas?|soap\s+operas?|(?:media|political|press|legal|three-ring)\s+circus|"
    r"pant(?:omime|o)\s+villains?|sideshows?|melodramas?|psychodramas?|charades?|theatrics)(?![\w-])",
    re.IGNORECASE,
)
# A show that is a show: the stage, the screen, the schedules and the study of them.
LITERAL_SHOW = re.compile(
    r"(?<![\w-])(bbc|itv|netflix|series|episodes?|viewers|actors?|actress(?:es)?|stud(?:y|ied|ies|ying)|theatres?|"
    r"filmed|starring|tv|television|radio|sitcoms?|audiences?|tickets|playwright|novel|box\s+office|premieres?|"
    r"(?:period|crime|costume|medical|legal|courtroom|spy|police|teen|family|hit)\s+dramas?)(?![\w-])",
    re.IGNORECASE,
)
SPECTACLE = re.compile(
    r"(?<![\w-])((?:the\s+)?(?:clear|obvious|big|biggest|real|undisputed)\s+(?:winners|losers)|"
    r"winners\s+and\s+losers|"
    r"(?:won|win|wins|winning|secured?|claimed)\s+(?:a|the|their|its|his|her)\s+landslide|"
    r"landslide\s+(?:victory|win|majority|defeat)|(?:a|the)\s+(?:stampede|exodus)\s+(?:of|from))(?![\w-])",
    re.IGNORECASE,
)
# Growth told as swelling or bleeding ("costs ballooned", "haemorrhaging cash"), markets told as people with
# nerves ("spooked investors", "shrugged off the news"), and wins told as effortless travel or losses as a crash
# ("cruised into the final", "crashed out of the cup"): the personifications and motion metaphors of business
# and sport pages (Lakoff and Johnson).
SWELLING_AND_NERVES = re.compile(
    r"(?<![\w-])(balloon(?:ed|ing)|mushroom(?:ed|ing)|snowball(?:ed|ing)|ha?emorrhag(?:ed|ing)\s+(?:cash|money|jobs|"
    r"staff|customers|members|voters|players|talent|support)|"
    r"bleed(?:s|ing)?\s+(?:cash|money|jobs|staff|customers|members|voters|players)|bled\s+(?:cash|money|jobs|staff|"
    r"customers|members|voters|players)|"
    r"spook(?:ed|ing)|jitter(?:s|y)|shrug(?:s|ged|ging)?\s+off|t(?:ook|ake|akes|aking)\s+fright|buoy(?:ed|ing)|"
    r"(?:cruis|breez|strol?l|coast)(?:ed|ing)\s+(?:to|into|past|through|home)|"
    r"(?:crash|dump|bow)(?:s|es|ed|ing)?\s+out|"
    r"(?:hailed|touted|heralded|trumpeted)(?:\s+(?:it|them|him|her|the\s+[\w-]+))?\s+as(?:\s+(?:the\s+|a\s+|an\s+)?[\w'’-]+){1,5}?(?=[,.;:!?]|$))(?![\w-])",
    re.IGNORECASE,
)
# Money taken told as plunder, money spent told as excess ("fleeced", "swindled", "splashed out", "squandered").
PLUNDER = re.compile(
    r"(?<![\w-])((?:fleec|swindl|squander|splurg|frittered|lavish)(?:e|es|ed|ing|d)?|conned|conning|"
    r"r(?:ip|ips|ipped|ipping)\s+off|pre(?:y|ys|yed|ying)\s+(?:on|upon)|splash(?:es|ed|ing)?\s+out|"
    r"blew\s+(?:the|his|her|their)\s+(?:money|cash|savings)|"
    # money paid out told as handed over under protest ("forked out", "shelled out", "coughed up")
    r"(?:fork|forks|forked|forking|shell|shells|shelled|shelling)\s+out|cough(?:s|ed|ing)?\s+up)(?![\w-])",
    re.IGNORECASE,
)
# Verbs of ridicule and evasion (the loaded verbs of the news-bias datasets): "mocked", "sneered", "ducked".
RIDICULE = re.compile(
    r"(?<![\w-])((?:mock|taunt|sneer|jeer|scoff|ridicul|derid|belittl|dodg|sidestepp?|duck)(?:es|ed|d|ing|s)|"
    r"t(?:ook|ake|akes|aking) a swipe at)(?![\w-])",
    re.IGNORECASE,
)
# Words that dismiss a claim instead of answering it.
DISMISSIVE = re.compile(
    r"(?<![\w-])(nonsense|rubbish|drivel|claptrap|hogwash|tosh|balderdash|poppycock|gibberish|twaddle|"
    r"bunkum)(?![\w-])",
    re.IGNORECASE,
)
# Two figurative constructions open to any verb: a way made by force ("clawed her way back", "bulldozed its
# way into") and a contest fought to the end ("slug it out", "battle it out"). Plain travel is left out, and so
# are verbs that act on a way rather than make one ("blocked their way out", "showed her way to").
WAY_CONSTRUCTION = re.compile(
    r"(?<![\w-])(?!(?:made|make|makes|making|find|finds|found|finding|lost|lose|loses|losing|pay|pays|paid|paying|"
    r"went|go|goes|going|gone|on|in|by|all|under|give|gave|given|giving|way|the|a|an|and|or|to|of|that|this|"
    r"feel|feeling|felt|work|worked|working|wend|wended|wending|know|knew|known|"
    # verbs that act on a way rather than make one: "a rockfall blocked their way out", "led the way to"
    r"block|blocks|blocked|blocking|bar|bars|barred|barring|clear|clears|cleared|clearing|open|opens|opened|"
    r"opening|lead|leads|led|leading|show|shows|showed|shown|showing|light|lit|lights|lighting|pave|paved|"
    r"paves|paving|point|points|pointed|pointing|ask|asked|asking)\b)"
    r"([a-z]+(?:ed|s|ing)?\s+(?:his|her|their|its|our|my|your)\s+way\s+(?:back|to|into|through|out|up|past|round|"
    r"around|onto|towards?|across|over))(?![\w-])",
    re.IGNORECASE,
)
IT_OUT = re.compile(
    r"(?<![\w-])((?:slug|slugs|slugged|slugging|fight|fights|fought|fighting|battle|battles|battled|battling|slog|"
    r"slogs|slogged|slogging|duke|duking|tough|toughed|toughing|sweat|sweated|sweating|thrash|thrashed|thrashing|"
    r"hammer|hammered|hammering|ride|rides|rode|riding|slug)\s+it\s+out)(?![\w-])",
    re.IGNORECASE,
)
LITERAL_FIGHT = re.compile(
    r"(?<![\w-])(troops?|soldiers?|armies|army|militants?|rebels?|police|protesters?|rioters?|fans|boxers?|boxing|"
    r"bout|heavyweight|middleweight|welterweight|fighters?|ring|weigh-in)(?![\w-])",
    re.IGNORECASE,
)
# Stock idioms and clichés that the style guides (Orwell's dying metaphors, the newspaper style books' lists)
# tell writers to avoid, beside those of ``bias_cues``.
CLICHES = (
    r"(?:a|the) level playing field", r"back to (?:square one|the drawing board)", r"a far cry from",
    r"the jury is (?:still )?out", r"on the cards", r"a tall order", r"bit(?:e|es|ing)? the bullet",
    r"a step too far", r"no stone unturned", r"the lion's share", r"the lion’s share", r"game[- ]changers?",
    r"a rude awakening", r"at a crossroads", r"turn(?:s|ed|ing)? the tide", r"the tide (?:is )?turn(?:s|ed|ing)?",
    r"thr(?:ow|ows|ew|own|owing) in the towel", r"rais(?:e|es|ed|ing) the bar", r"a double-edged sword",
    r"a mixed bag", r"cold feet", r"alarm bells", r"sound(?:s|ed|ing)? the alarm", r"red lines?",
    r"dr(?:aw|aws|ew|awn|awing) a line under", r"a hornets'? nest", r"a can of worms",
    r"f(?:all|alls|ell|allen|alling) on deaf ears",
    r"knee-jerk", r"on a knife[- ]edge", r"hang(?:s|ing)? in the balance", r"in the driving seat",
    r"hit the ground running", r"a shot in the arm", r"in the foot", r"an own goal", r"pa(?:y|ys|id|ying) the price",
    r"f(?:oot|oots|ooted|ooting) the bill", r"tighten(?:s|ed|ing)? (?:their|its|our|your) belts?",
    r"(?:spiral|spirals|spiralled|spiralling|spin|spins|spun|spinning) out of control", r"(?:in|under) the spotlight",
    r"(?:the )?eleventh[- ]hour", r"last-ditch", r"a war of attrition", r"the straw that broke",
    r"a golden opportunity", r"the acid test", r"a litmus test", r"a baptism of fire", r"a poisoned chalice",
    r"a hollow victory", r"a pyrrhic victory", r"a watershed(?: moment)?", r"a seismic shift", r"a sea change",
    r"a quantum leap", r"the calm before the storm", r"(?:weather|ride out) the storm",
    r"t(?:wist|wists|wisted|wisting) the knife",
    r"rub(?:s|bed|bing)? salt in", r"add(?:s|ed|ing)? insult to injury", r"a thorn in (?:the|their|his|her|its) side",
    r"a bone of contention", r"up for grabs", r"when the dust settles", r"make-or-break", r"do-or-die",
    r"the nuclear option", r"a slap on the wrist", r"a feeding frenzy",
    r"(?:swept|sweep|sweeps|sweeping) under the (?:carpet|rug)",
    r"(?:bury|buries|buried|burying) (?:its|their|his|her) heads? in the sand", r"rearranging the deckchairs",
    r"a licence to print money", r"a recipe for disaster", r"(?:the|a) ticking time[- ]bomb", r"behind closed doors",
    r"(?:run|runs|ran|running) rings round", r"(?:left|leave|leaves|leaving) (?:\w+ )?high and dry",
    r"(?:the|a) tip of the iceberg", r"(?:a|the) smoking gun", r"(?:a|the) sticking point",
    r"(?:take|takes|took|taking|taken) (?:a|its|their|his|her) (?:\w+ )?toll",
    r"f(?:eel|eels|elt|eeling) the (?:squeeze|pinch)",
    r"locked in (?:a |an |the )?(?:\w+ ){0,2}(?:battle|war|dispute|row|struggle|stand-?off|fight|feud|tussle)",
    r"(?:price|turf|bidding|ratings|talent|subsidy|tariff) wars?",
    r"(?:back|backs|backed|backing) down", r"far from over", r"high drama", r"rooted to the spot",
    r"(?:lay|lays|laid|laying) siege to", r"under siege",
    r"(?:drain|drains|drained|draining|ebb|ebbs|ebbed|ebbing) away",
    r"r(?:un|uns|an|unning) riot", r"(?:to|into) a (?:standstill|grinding halt)", r"a running sore",
    r"(?:reduce|reduces|reduced|reducing) (?:\w+ ){0,2}to tears",
    r"(?:left|leave|leaves|leaving) (?:\w+ ){0,2}in tears",
    r"(?:mounting|growing|intense|heavy) pressure", r"mounting (?:criticism|anger|concern|fears|calls|speculation)",
    r"tr(?:ade|ades|aded|ading) (?:insults|blows|barbs|punches|jibes)", r"grudge matche?s?", r"within inches",
    r"bad blood", r"spill(?:s|ed|ing)? over", r"circl(?:e|es|ed|ing) each other", r"(?:in|for|of) a generation",
    r"b(?:ear|ears|ore|orne|earing) fruit", r"wishful thinking", r"a close shave",
    r"visibly (?:moved|shaken|upset|emotional|distressed|angry|frustrated|nervous|rattled|shocked)",
    # more of the newspaper's stock figures
    r"(?:the |a )?(?:final |last )?nail in the coffin",
    r"architects? of (?:its|their|his|her|our) own (?:downfall|demise)",
    r"over the odds", r"count(?:s|ed|ing)? the cost", r"(?:hold|holds|held|holding) (?:its|their|his|her|our) nerve",
    r"a drag on", r"plug(?:s|ged|ging)? (?:a|the) (?:\w+ )?(?:hole|gap)", r"(?:a |the )?(?:gaping|black) hole",
    r"ram(?:s|med|ming)? (?:\w+ ){0,3}through", r"(?:in|into) the doldrums", r"on the rocks", r"through the roof",
    r"(?:in|into) free-?fall", r"on the ropes", r"out of the woods", r"(?:run|runs|ran|running) out of steam",
    r"gather(?:s|ed|ing)? (?:pace|steam|momentum)", r"a (?:rocky|bumpy) (?:road|ride)", r"a race against time",
    r"off the rails", r"a shot across the bows", r"at a snail's pace", r"a step in the right direction",
    r"(?:a|the) war chest", r"steal(?:s|ing)? the show", r"stole the show", r"a dream come true",
    r"the icing on the cake", r"(?:hit|hits|hitting) the jackpot", r"on the bandwagon", r"a storm in a teacup",
    r"(?:trip|trips|tripped|tripping|fall|falls|fell|falling) over (?:each other|one another|themselves)",
    r"(?:a|the) bitter blow", r"(?:deal|deals|dealt|dealing) a (?:\w+ )?blow", r"back to (?:the|their|its) wall",
    r"(?:the|a) cherry on (?:the )?top", r"(?:a|the) whirlwind", r"(?:in|into) the eye of the storm",
    r"a bridge too far", r"cat[- ]and[- ]mouse", r"(?:the )?gloves (?:are |were )?off", r"no holds barred",
    r"rais(?:e|es|ed|ing) eyebrows", r"ruffl(?:e|es|ed|ing) (?:\w+ )?feathers",
    r"(?:sent|send|sends|sending) shock ?waves",
    r"(?:sent|send|sends|sending) shivers", r"st(?:ick|icks|uck|icking) to (?:its|their|his|her|our) guns",
    r"(?:sit|sits|sat|sitting) on the fence", r"pass(?:es|ed|ing)? the buck", r"a blank cheque", r"a hot potato",
    r"(?:a )?political football", r"thr(?:own|ew|ow|ows|owing) under the bus", r"a red herring", r"a damp squib",
    r"a storm of (?:protest|criticism|controversy)", r"a chorus of (?:criticism|disapproval|condemnation|protest)",
    r"(?:the )?last[- ]chance saloon", r"in the crosshairs", r"firing on all cylinders", r"dead in the water",
    r"a (?:tough|hard) sell", r"a shot in the dark", r"cut(?:s|ting)? corners", r"(?:on|to) the brink",
    r"(?:put|puts|putting|slam|slams|slammed|slamming|hit|hits|hitting) the brakes on", r"a wake-up call",
    r"(?:a|the) (?:gravy|money) train", r"(?:a|the) merry-go-round", r"(?:a|the) revolving door",
    r"nothing short of", r"(?:at|to|reached|reaching|reach|reaches) breaking point",
    r"at the end of (?:their|his|her|its|my|our|your) tether", r"all at sea", r"in limbo",
    r"t(?:ake|akes|ook|aken|aking) (?:[\w-]+ ){1,3}by storm",
    r"(?:fell|fallen|falls|fall|falling|dropped|drop|drops|dropping|plunged|tumbled) off a cliff"
    r"(?= (?:edge|as|after|in|when|since|last|this))",
    r"(?:eat|eats|ate|eating|eaten) into", r"to shreds", r"a grilling", r"received wisdom",
    r"bulldoz(?:e|es|ed|ing) (?:ahead|through)", r"limp(?:s|ed|ing)? (?:along|on)", r"cherry-pick(?:s|ed|ing)?",
    r"a shadow of (?:its|their|his|her|our) former sel(?:f|ves)",
    r"(?:pull|pulls|pulled|pulling) (?:a|the) rabbit out of (?:the|a) hat", r"pour(?:s|ed|ing)? scorn",
    r"a reign of terror", r"t(?:ear|ears|earing|ore|orn) (?:itself|themselves|himself|herself) apart",
    r"hang(?:s|ing)? by a thread", r"hung by a thread", r"roll(?:s|ed|ing)? back the years",
    r"gr(?:ound|ind|inds|inding) to a halt", r"a trail of (?:destruction|devastation|havoc)",
    r"a (?:\w+ )?blow (?:to|for)(?! (?:the|his|her|their) (?:head|body|face|chest|neck|stomach))",
    r"a magnet for", r"an exercise in", r"(?:a )?life of luxury",
    r"burn(?:s|ed|t|ing)? through (?:(?:its|their|the|his|her|our) )?(?:cash|money|savings|funds|reserves|budget)",
    r"(?:sweep|sweeps|sweeping|swept) (?:across |through )?the (?:country|nation|region|continent|county)",
    r"unlock(?:s|ed|ing)? the secrets?", r"herald(?:s|ed|ing)? a new (?:era|dawn|age)", r"a new dawn",
    r"bl(?:ow|ows|ew|own|owing) apart", r"(?:creak|creaks|creaked|creaking|burst|bursts|bursting|split|splitting|"
    r"com(?:e|es|ing)|came) (?:apart )?at the seams", r"dumb(?:s|ed|ing)? down", r"a feast for the (?:eyes|senses)",
    r"a tour de force", r"(?:a )?return to form", r"(?:a )?crowd-pleasers?", r"t(?:ake|akes|ook|aken|aking) flight",
    r"rush(?:es|ed|ing)? through(?= (?:parliament|the commons|the lords|congress|the house|legislation|laws?|the bill|"
    r"bills|the plans?|plans|changes|the changes|reforms?|the reforms?))", r"l(?:ay|ays|aid|aying) bare",
    r"lick(?:s|ed|ing)? (?:their|its|his|her|our) wounds",
    r"a (?:night|day|match|season|weekend) to (?:forget|remember)",
    r"off the hook", r"in droves",
    r"hold(?:s|ing)? (?:[\w-]+ ){1,3}to ransom", r"held (?:[\w-]+ ){1,3}to ransom",
    r"on the warpath", r"(?:got|get|gets|getting|let|lets|letting) (?:[\w-]+ ){0,2}off lightly",
    r"caught in the crossfire", r"teeter(?:s|ed|ing)? on the (?:edge|brink)",
    r"spark(?:s|ed|ing)? a (?:storm|firestorm|row|furore)", r"(?:frozen|freezing) out",
    r"long overdue", r"a (?:\w+ )?step backwards?", r"fl(?:y|ies|ew|ying) in the face of",
    r"(?:an )?all-time (?:low|high)",
    r"a long line of",
    r"little more than(?! (?:a |an )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|"
    r"thousand|million|half|quarter|third|year|month|week|day|hour|minute|decade))", r"window[- ]dressing",
    r"r(?:ing|ings|ang|inging) hollow",
    r"shake-?ups?",
    # absolutist quantities, made universal or nearly so (the absolutist words of Al-Mosaiwi and Johnstone):
    # "almost nobody believes", "every single household", "nobody in charge seems to notice"
    r"(?:almost|virtually|practically|next to|just about) (?:nobody|no one|nothing|everyone|everybody|everything|"
    r"none|never)", r"every single", r"each and every",
    r"(?:nobody|no one) (?:in charge|seems|cares|listens|knows|believes|noticed|notices|wants)",
    r"(?:a|the) textbook (?:case|example)", r"a classic case of",
    r"glowing (?:tributes?|reviews?|references?|terms|praise|report)", r"gulf (?:in|between)",
    r"sweat(?:s|ed|ing)? on", r"count(?:s|ed|ing)? cost",
    r"(?:a|the) (?:quiet|housing|green|digital|tech|technological|energy|retail|silent|[a-z]+-led) revolution",
    r"an open sewer", r"a dumping ground", r"riding high", r"(?:went|go|goes|gone|going) rogue",
    r"must-(?:have|see|read|watch|visit)", r"(?:a|the) cliff[- ]edge", r"pick(?:s|ed|ing)? up the pieces",
    r"li(?:ve|ves|ved|ving) in fear", r"(?:a )?ghost towns?", r"trail-?blazers?", r"a giant of",
    r"bet(?:s|ting)? the (?:house|farm|ranch)", r"cut (?:a|an) [a-z]+ figure", r"blockbusters?",
    r"an invasion of", r"an act of (?:sabotage|war|vandalism|treachery|betrayal|self-harm|madness)",
    r"collateral damage", r"neutralis(?:e|es|ed|ing)", r"neutraliz(?:e|es|ed|ing)", r"win-win",
    r"a money pit", r"swallow(?:s|ed|ing)? (?:up )?(?:billions|millions|£)", r"caught napping",
    r"smel(?:l|ls|led|lt|ling) blood", r"cast(?:s|ing)? a (?:long |dark )?shadow", r"a safe pair of hands",
    # the political page's verbs of attack and retreat
    r"l(?:et|ets|etting) rip", r"declar(?:e|es|ed|ing) war on", r"(?:fire|fires|fired|firing) a broadside",
    r"doubl(?:e|es|ed|ing) down", r"b(?:ow|ows|owed|owing) to pressure", r"climb(?:s|ed|ing)? down (?:over|on)",
    r"ditch(?:es|ed|ing)", r"(?:kick|kicks|kicked|kicking) (?:\w+ ){0,3}into the long grass",
    r"(?:put|puts|putting|kept|placed) on ice",
    r"on the back ?burner", r"binn(?:ed|ing)", r"eat(?:s|ing)? humble pie", r"ate humble pie",
    r"a dressing-down", r"haul(?:s|ed|ing)? (?:\w+ ){0,2}before", r"running scared", r"like vultures",
    r"walk(?:s|ed|ing)? back (?:his|her|their|its|the) (?:comments?|remarks?|claims?|pledges?|promises?|decision|"
    r"statements?|words)",
    # society told as a body with a disease (Lakoff and Johnson): "an epidemic of knife crime", "a toxic culture"
    r"an epidemic of", r"a plague of", r"a cancer (?:on|in|at the heart of|eating)", r"eat(?:s|ing)? away at",
    r"toxic (?:culture|debate|atmosphere|row|relationship|workplace|environment|brand|legacy|politics|masculinity)",
    r"infected (?:by|with) a culture", r"a culture of (?:fear|secrecy|bullying|impunity|complacency|denial|silence|"
    r"cover-up|entitlement)", r"gone mad",
    # and more stock figures of politics
    r"lurch(?:es|ed|ing)? to the (?:left|right)", r"a drop in the bucket", r"dead on arrival", r"the darling of",
    r"a lightning rod",
    r"(?:bring|brings|brought|bringing) (?:[\w-]+ ){1,3}to (?:its|their|his|her) knees",
    r"by (?:her|his|their|its) fingernails",
    r"sleepwalk(?:s|ed|ing)? into", r"on a collision course",
    r"a wonder (?:material|drug|cure|crop|weapon)", r"superfoods?", r"(?:a )?cure-all",
    r"a stalwart of", r"a pillar of the community", r"l(?:it|ights|ighting|ight) up (?:every|the|any) room",
    r"a doyen(?:ne)? of",
    # crowds and queues made larger than life ("heaving with", "rammed", "queues stretched for miles")
    r"heaving with", r"rammed(?= (?:with|as|on|at|by)\b|[.,;])", r"gridlocked", r"(?:a )?spending spree",
    r"(?:around|round) the block", r"stretch(?:es|ed|ing)? for miles",
    r"in (?:their|its) (?:hundreds|thousands)",
    r"(?:hang|hangs|hanging|hung|clinging|cling|clings|clung) on by a thread", r"dying on (?:its|their) feet",
    r"thin on the ground",
    # the money and health pages' figures
    r"short-changed", r"a gift to", r"(?:tax|fare|benefit) dodgers?", r"trapped (?:on|in) (?:poor|bad|expensive)",
    r"asleep at the wheel", r"(?:left )?to languish", r"at (?:their|his|her|my|our|its) wits'? end",
    r"running on empty", r"on (?:its|their) knees",
    # the local page's figures of councils and services
    r"(?:kept|keep|keeps|keeping|left|leave|leaves|leaving) (?:[\w-]+ ){0,2}in the dark", r"in the dark about",
    r"(?:rid(?:e|es|ing)|rode) roughshod", r"a done deal", r"behind (?:[\w'’-]+ )?backs",
    r"buck(?:s|ed|ing)? the trend", r"gam(?:e|es|ed|ing) the system", r"with contempt", r"a byword for",
    r"a rearguard action",
    # the tabloid's dream ("a dream debut", "a dream move")
    r"dream (?:(?:summer|winter|family|first|new)\s+)?(?:debut|start|move|job|home|house|result|finish|ticket|team|"
    r"draw|comeback|season|holiday|wedding|break|trip|getaway|day|life|role|transfer|switch)s?",
    # time made long by the teller ("six long years", "three long weeks")
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty) long (?:years|months|weeks|days|"
    r"hours|decades|nights)",
    # a whole class of people or places made one, the absolutist's frame ("a whole generation", "an entire town")
    r"(?:a|an) (?:whole|entire) (?:generation|town|city|community|country|nation|industry|street|village|class|"
    r"region|county)",
    # illness told as a blow ("struck down by a bug")
    r"(?:struck|strikes|striking) down(?= by\b)",
    # the review page's
    r"the star of the show", r"restor(?:e|es|ed|ing) (?:my|our|his|her|their|your|its) faith",
    r"li(?:ve|ves|ved|ving) up to (?:the|its|their|his|her) (?:hype|billing|promise|reputation|name|setting)",
    r"whil(?:e|es|ed|ing) away",
    # the sports page's stock figures
    r"chas(?:e|es|ed|ing) shadows", r"rooted to (?:his|her|their|the) (?:line|spot)", r"huff(?:s|ed|ing)? and puff",
    r"a golden (?:chance|opportunity)", r"a moment of (?:magic|madness|genius)", r"sent packing",
    r"giant-kill(?:ing|ings|ers?)", r"a two-horse race", r"rip(?:s|ped|ping)? through", r"in tatters",
    r"(?:thrown|threw|throw|throws|throwing) in at the deep end", r"(?:left )?in the tank",
    r"t(?:orn|ore|ear|ears|earing) apart", r"wav(?:e|es|ed|ing) (?:\w+ ){0,3}away", r"profliga(?:cy|te)",
    r"vent(?:s|ed|ing)? (?:their|his|her|its) (?:frustration|anger|fury|spleen)", r"manhunts?",
    r"ma(?:de|ke|kes|king) off with", r"scrambl(?:e|es|ed|ing) to", r"(?:put|puts|putting) on notice",
    # and the match report's and the transfer column's stock phrases (the clichés that sports-writing guides list:
    # a signing as putting pen to paper, regret as being left to rue, a crowd in full voice or sent into raptures,
    # a scrappy goal bundled home, a team that senses blood, a game of two halves)
    r"(?:left|be left) to rue", r"(?:put|puts|putting) pen to paper", r"in full voice", r"(?:in|into) raptures",
    r"bundl(?:e|es|ed|ing) (?:home|in)", r"sens(?:e|es|ed|ing) blood", r"pulsating", r"(?:added |more |extra )?"
    r"firepower(?= (?:up front|in attack|after|to)|[.,;])", r"a game of two halves", r"over the moon",
    r"sick as a parrot", r"park(?:s|ed|ing)? the bus", r"(?:the )?hairdryer treatment", r"six-pointers?",
    r"(?:a|his|her|their) purple patch",
    # the lifestyle page's gush ("idyllic", "picture-postcard", "a hidden gem", "loved-up", "flaunted")
    r"idyllic", r"picture-postcard", r"(?:a )?hidden gems?", r"loved-up", r"flaunt(?:s|ed|ing)?", r"skimpy",
    r"stratospheric", r"stinging",
    # weather told as a bomb or a shiver ("a weather bomb", "the capital shivered")
    r"weather bombs?", r"bomb cyclones?",
    # firms told as giants ("the tech giants", "a supermarket giant"): the business page's journalese
    r"(?:tech|technology|retail|supermarket|energy|oil|banking|media|software|internet|pharmaceutical|pharma|drinks|"
    r"food|fashion|mining|chip|telecoms?|car|insurance|e-commerce|social media|streaming|search) giants?",
)
CLICHE = re.compile(r"(?<![\w-])(?:" + "|".join(CLICHES) + r")(?![\w-])", re.IGNORECASE)
# A change in a market, a mood or a plan told as a physical process (Lakoff and Johnson's conceptual metaphors:
# activity is heat, an organisation or a plan is a building or a ship, a relation is a taste, a cost is a press,
# a plan is a drink that can be diluted): "asking prices cool", "the valuation has collapsed", "the mood has
# soured", "a sum dwarfed by", "buyers squeezed by rents", "the bill is watered down". The heat words count only
# in a line not about the weather, the ruin words only in one not about buildings, vessels or a body.
HEAT_CHANGE = re.compile(
    r"(?<![\w-])(cool(?:s|ed|ing)?(?:\s+off)?|heat(?:s|ed|ing)\s+up|warm(?:s|ed|ing)\s+up|thaw(?:s|ed|ing)?|"
    r"chill(?:s|ed)?)(?![\w-])",
    re.IGNORECASE,
)
# Heat that is literal: a kitchen, a machine, the air.
LITERAL_HEAT = re.compile(
    r"(?<![\w-])(mixture|oven|fridge|minutes|water|engines?|systems?|fans?|towers?|reactors?|air|breeze|climate|"
    r"weather|wind|rain|frost|ice|drink|beer|wine|food|dish)"
    r"(?![\w-])",
    re.IGNORECASE,
)
RUIN_CHANGE = re.compile(
    r"(?<![\w-])(collaps(?:es|ed|ing)|toppl(?:e|es|ed|ing)|buckl(?:e|es|ed|ing)|sinking|sank|sunk|"
    r"implod(?:e|es|ed|ing)|unravel(?:s|led|ling|ed|ing)|evaporat(?:e|es|ed|ing)|fizzl(?:e|es|ed|ing)\s+out|"
    r"wilt(?:s|ed|ing)|dwarf(?:ed|ing)|sour(?:s|ed|ing)|squeez(?:e|es|ed|ing)|water(?:s|ed|ing)?\s+down)"
    r"(?![\w-])",
    re.IGNORECASE,
)
LITERAL_STRUCTURE = re.compile(
    r"(?<![\w-])(buildings?|bridges?|roofs?|walls?|ceilings?|towers?|houses?|homes?|blocks?|mines?|tunnels?|"
    r"flats|offices|sheds?|garages?|barns?|bungalows?|cottages?|chimneys?|warehouses?|factories|churches|"
    r"cranes?|scaffold\w*|ships?|boats?|vessels?|ferry|ferries|ice|rails?|tracks?|lemons?|limes?|milk|cream|"
    r"wine|fruit|dough|pitch|ground|floor|stage|hospital|ambulance|paramedics?|cardiac|heart|died|dead|death|"
    r"unconscious|fainted|trees?|statues?|pylons?|lorr(?:y|ies)|vehicles?|plants?|flowers?|"
    r"crops?|leaves|gardens?)(?![\w-])",
    re.IGNORECASE,
)
# A verdict stated as a denial (the figure the rhetoric handbooks call correctio: "X is no fantasy", "that is
# not a plan."): the writer rules out a reading rather than reports a fact. Only a short predicate that closes
# its sentence, so that "is no longer", "is not a member of" and the like are left alone.
DENIAL = re.compile(
    r"(?<![\w-])((?:is|are|was|were|be)\s+(?:no|not\s+an?|hardly\s+an?)\s+(?!longer\b|more\b|one\b|other\b|doubt\b)"
    r"(?:[a-z]+\s+)?[a-z]+)(?=\s*(?:[.!;]|$))",
    re.IGNORECASE,
)
# A simile after a verb of seeming or treating ("starting to look like a liability", "treating voters like a
# cash machine", "feels like a betrayal"): the writer likens rather than describes.
SIMILE = re.compile(
    r"(?<![\w-])((?:looks?|looked|looking|feels?|felt|feeling|sounds?|sounded|sounding|behav(?:e|es|ed|ing)|"
    r"treat(?:s|ed|ing)?(?:\s+[\w'’-]+){1,2})\s+like\s+(?:a|an)\s+[a-z-]+"
    r"(?:\s+(?!(?:of|to|and|or|in|for|that|who|with|on|at|by|from|as)\b)[a-z-]+)?)(?![\w-])",
    re.IGNORECASE,
)
# People told as "left" in a state of feeling ("fans were left devastated", "families have been left
# heartbroken"): the tabloid's frame of emotive reaction, with a word the valence lexicons rate.
LEFT_IN_A_STATE = re.compile(
    r"(?<![\w-])((?:is|are|was|were|be|been|being)\s+left\s+(?:[a-z]+ly\s+)?)([a-z][a-z-]+)(?![\w-])",
    re.IGNORECASE,
)
# Adjectives of appraisal that neither valence lexicon rates, by Martin and White's classes (The Language of
# Evaluation, 2005): judgement of conduct, appreciation of quality, valuation of worth and cost, and risk. They
# count where a subjective adjective counts (before its noun, or closing a clause after a copula).
APPRAISAL_ADJECTIVES = frozenset(
    # judgement: how someone behaves
    "senseless feckless gutless spineless callous despicable disgraceful reprehensible odious misguided "
    "wrongheaded cack-handed high-handed egregious "
    # appreciation: how well a thing is made or done
    "shoddy slapdash half-baked ill-conceived ill-judged clunky leaden turgid lifeless abysmal spellbinding "
    "mesmerising mesmerizing sumptuous opulent plush swanky flashy posh cosy cozy underwhelming overrated "
    "overpriced overhyped forgettable unremarkable uninspiring formulaic soulless moreish "
    # valuation: what a thing is worth or costs
    "paltry meagre meager derisory exorbitant extravagant swingeing preposterous risible farcical nonsensical "
    "pointless calamitous "
    # risk: how near a thing is to failing
    "precarious perilous parlous "
    # and more of judgement and appreciation, from sentences the corpus did not hold
    "baffling bewildering utopian wretched cramped "
    # and the eponymous verdicts: a policy likened to a writer's nightmare or a tyrant's rule
    "orwellian kafkaesque dickensian machiavellian draconian mccarthyite stalinist soviet-style".split()
)
# Criticism, defeat and cuts told as violence ("killed off the plan", "knifed the leader", "slaughtered 6-0",
# "butchered the budget", "shot down the proposal", "gunning for the minister", "bombarded with complaints"):
# the conventional metaphors of politics and sport, only in a line not about real violence, where the same
# words are literal.
VIOLENCE_FIGURE = re.compile(
    r"(?<![\w-])(kill(?:s|ed|ing)?\s+off|knif(?:ed|ing)|back-?stabb\w*|slaughter(?:s|ed|ing)?|butcher(?:s|ed|ing)|"
    r"massacr(?:e|es|ed|ing)|(?:a|the)\s+sledgehammer|shot\s+down|shoot(?:s|ing)?\s+down|gunning\s+for|"
    r"(?:fresh|more|plenty\s+of)\s+ammunition|bombard(?:s|ed|ing)?\s+with|torch(?:ed|ing)|"
    r"torches(?=\s+(?:the|a|an|his|her|their|its|our|my|your)\b)|"
    r"sharpen(?:s|ed|ing)?\s+(?:their|the|his|her)\s+knives|character\s+assassination)(?![\w-])",
    re.IGNORECASE,
)
LITERAL_VIOLENCE = re.compile(
    r"(?<![\w-])(police|gun(?:man|men|fire|shots?)?|shot\s+dead|stabb\w*|murder\w*|victims?|troops?|army|"
    r"soldiers?|war|weapons?|bomb(?:s|ing|ings|ers?)?|missiles?|drones?|aircraft|planes?|jets?|helicopters?|"
    r"military|artillery|shells?|munitions?|arms|factor(?:y|ies)|defen[cs]e|"
    r"hospital|injured|wounded|dead|died|bodies|body|arson\w*|cars?|vehicles?|buildings?|flames|fire|blaze|"
    r"animals?|livestock|cattle|sheep|abattoir|slaughterhouse|meat)(?![\w-])",
    re.IGNORECASE,
)
# Official framing: the stock devices of state media and of official statements that the propaganda-analysis
# literature names (Da San Martino et al. 2019, "Fine-grained analysis of propaganda in news articles":
# obfuscation and intentional vagueness, name calling, loaded language; the study of Chinese and Soviet
# official discourse): an agent left vague so it can be blamed unnamed ("certain countries outside the
# region", "external forces", "hostile forces"), a stated reason called a cover ("under the pretext of"), a
# rival's acts called provocations, a side's own conduct praised in a fixed formula ("has always been
# committed to") and a rival accused of stirring up trouble. Each device is one group, with the reason its
# suggestion gives. ``OFFICIAL_LITERAL`` finds the plain senses: forces in physics, a place "in certain
# countries", provocation as a defence at law (and "loss of control", the name of that defence in English law
# since 2010) or an attack "without provocation".
OFFICIAL_DEVICES = {
    "unnamed": (
        r"certain (?:countries|country|nations|powers|forces|elements|individuals|politicians|quarters|media)"
        r"(?: (?:outside|from outside|beyond) the region)?|(?:external|hostile|outside|anti-\w+) forces",
        "an official framing device: someone blamed but left unnamed",
    ),
    "pretext": (r"pretexts?", "an official framing device: a stated reason dismissed as a pretext"),
    "provocation": (r"(?:military )?provocations?", "an official framing device: a rival's acts called provocation"),
    "self_praise": (
        r"(?:has|have|had) always been (?:firmly )?(?:committed|dedicated|devoted)",
        "an official framing device: a side praising its own conduct",
    ),
    "trouble": (
        r"stir(?:s|red|ring)? up trouble", "an official framing device: a rival accused of stirring up trouble",
    ),
}
OFFICIAL_FRAMING = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<{name}>{pattern})" for name, (pattern, _) in OFFICIAL_DEVICES.items())
    + r")(?![\w-])",
    re.IGNORECASE,
)
OFFICIAL_LITERAL = re.compile(
    r"(?<![\w-])(?:in certain (?:countries|country|nations)|(?:external|outside) forces (?:act|acting|acted|on|of)|"
    r"defence of provocation|defense of provocation|without provocation|loss of control)(?![\w-])",
    re.IGNORECASE,
)
