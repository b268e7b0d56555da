"""Invented paragraphs and the passages of an invented article, shared by the tests of the furniture band's page
shapes."""

from newsdesk.alignment.clustering import PassageText

PARAGRAPHS = [
    "The council of Marrowby voted on Monday to close the old ferry pier after divers found cracks in two of its "
    "concrete legs.",
    "The harbour master, Odile Penhallow, said the pier would stay shut until engineers had checked every leg and "
    "the deck above them.",
    "Traders on the quay said the closure had come at the worst time, a week before the spring fair brings visitors "
    "to the town.",
    "The council said a temporary landing stage would be floated into place by Friday so that the island boats can "
    "keep running.",
    "Engineers expect to finish their survey within a month, and repairs could begin before the summer if the money "
    "is found.",
    "Residents of the island said they would hold a meeting on Thursday evening to ask the council how long the "
    "work will take.",
]


def article(texts: list[str], number: int = 0) -> list[PassageText]:
    """The passages of an article ``number`` whose paragraphs are ``texts``, in order."""
    return [
        PassageText(key=(number, index), article=number, index=index, text=text) for index, text in enumerate(texts)
    ]
