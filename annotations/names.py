"""The words around a name: the titles that stand before a person's name, the particles inside one, and the
nouns that make a run of capitals the name of a body. Read by the attribution suggester (who speaks) and by the
sources report (which spellings name one source), so that both agree on what a name is."""

# Courtesy titles and ranks that stand before a personal name: "Professor Song Lihua", "Sergeant Ali Demir".
PERSONAL_TITLES = frozenset(
    """
    mr mrs ms miss dr prof professor sir dame lord lady cllr councillor rev judge detective sergeant inspector
    constable superintendent chief captain colonel general major lieutenant admiral commander
    """.split()
)
# All that may be written before a name as a title: the personal titles, offices and occupations ("Council
# leader Joanne Eames", "Chief executive Maria Holm", "Forecaster Alex Deakin").
TITLES = PERSONAL_TITLES | frozenset(
    """
    president vice minister chancellor senator sen governor gov leader executive ceo chairman chairwoman chair
    spokesman spokeswoman spokesperson gen col secretary mayor ambassador deputy head officer
    mp mep msp prosecutor coach manager director economist analyst forecaster meteorologist author
    """.split()
)
# The lower-case particles inside a personal name ("Rubén del Campo", "Vincent van Gogh"), between capitals only.
NAME_PARTICLES = frozenset("de del della der di da das dos du la le van von ten ter bin al".split())
# Nouns that make a run of capitals the name of a body, not of a person: "Bank of England", "Royal College of
# Nursing", "Captain Tom Foundation", "Analyst Group Ltd"; with the endings of a company's name.
BODY_WORDS = frozenset(
    """
    bank university college institute institution school academy society foundation trust fund association
    federation league party church court chamber chambers house centre center museum hospital corporation
    commission states kingdom republic service services bureau organisation organization alliance coalition
    council unit division force forces guard navy corps company group
    ltd plc inc llc llp corp co gmbh
    """.split()
)
