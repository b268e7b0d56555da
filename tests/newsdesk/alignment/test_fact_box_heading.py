"""A fact box's heading: a line led by the box's label and a colon ("FAKTA: Så skyddar du dig mot fukt", "FACTS: Why
a sewer overflows") over the box's lines is the heading of what follows, the story's, like a speaker's line ending
on a colon; the label alone is a label of the page's.

Every text here is invented for the test."""

from tests.newsdesk.alignment.test_section_heading_furniture import article, furniture_of

SWEDISH = [
    "Simhallen i Granbacka stänger i ett halvår sedan taket över bassängen har börjat läcka, uppger kommunen.",
    "Simklubbens medlemmar får träna i grannkommunens simhall två kvällar i veckan under tiden, säger ordföranden.",
    "Fukt i ett tak kan ge mögel i isoleringen, och det syns ofta först som fläckar i taket eller en unken lukt.",
    "Den som har fuktskador hemma bör kontakta sitt försäkringsbolag innan något byggs om, råder experterna.",
    "Reparationen av taket beräknas kosta sex miljoner kronor, och hallen väntas öppna igen till hösten.",
]
ENGLISH = [
    "The swimming pool at Granby will close for six months after its roof began to leak, the council said.",
    "Members of the swimming club will train at the neighbouring town's pool two evenings a week meanwhile.",
    "Damp in a roof can breed mould in its insulation, often first seen as stains on the ceiling or a musty smell.",
    "Anyone with damp at home should call their insurer before any building work starts, the experts advise.",
    "Repairing the roof is expected to cost about half a million pounds, and the pool should reopen in autumn.",
]


def test_a_fact_box_heading_over_its_lines_is_the_storys():
    texts = [SWEDISH[0], SWEDISH[1], "FAKTA: Fukt och mögel i tak", SWEDISH[2], SWEDISH[3], SWEDISH[4]]
    assert furniture_of(article(texts)) == set()


def test_an_english_fact_box_heading_over_its_lines_is_the_storys():
    texts = [ENGLISH[0], ENGLISH[1], "FACTS: Damp and mould in roofs", ENGLISH[2], ENGLISH[3], ENGLISH[4]]
    assert furniture_of(article(texts)) == set()
