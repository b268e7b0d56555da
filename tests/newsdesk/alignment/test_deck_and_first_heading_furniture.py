"""A deck above the byline is the page's header; the first heading of an article that heads its sections often is
the story's even over a single paragraph."""

from newsdesk.alignment.clustering import PassageText, split_furniture
from newsdesk.alignment.furniture import above_the_story

DECK = "The award is small against the national bill, but it lands on a trust already short of money."
LEAD = ("The regional hospital trust was found negligent on Thursday over the death of a patient whose infection "
        "went untreated for eleven hours, the court ruled after a four-day hearing.")
CAPTIONED_LEAD = " ".join([LEAD] * 2)


def test_a_short_line_with_furniture_under_it_before_the_story_is_a_deck():
    # The deck stands at 0; the byline (1) and a caption (2) were set apart; the lead is at 3.
    assert above_the_story([DECK, LEAD, LEAD], [0, 3, 4]) == [0]
    # With nothing set apart under it, a short first paragraph is the story's.
    assert above_the_story([DECK, LEAD, LEAD], [0, 1, 2]) == []


def test_a_long_first_paragraph_with_a_caption_under_it_stays_the_storys():
    assert above_the_story([CAPTIONED_LEAD, LEAD], [0, 2]) == []


def test_the_first_heading_of_an_article_that_heads_its_sections_stays_the_storys_over_one_paragraph():
    paragraphs = [
        "বুধবার রাতে নদীর বাঁধ ভেঙে যাওয়ার পর তিনটি গ্রামের মানুষ এখনো পানিবন্দী হয়ে আছেন বলে স্থানীয়রা জানান।",
        "রাত একটার দিকে বাঁধের গায়ে ফাটল দেখা দেয় এবং ভোরের আগেই প্রায় একশো মিটার অংশ ধসে পড়ে নদীতে মিশে যায়।",
        "উপজেলা প্রশাসনের হিসাবে প্রায় চার হাজার মানুষ আশ্রয়কেন্দ্রে উঠেছেন এবং তাঁদের জন্য শুকনা খাবার পাঠানো হয়েছে।",
        "আশ্রয়কেন্দ্রগুলোতে বিশুদ্ধ পানির সংকট দেখা দিয়েছে বলে জানিয়েছেন কেন্দ্রের দায়িত্বে থাকা শিক্ষকেরা।",
        "কৃষি বিভাগের হিসাবে প্রায় এক হাজার হেক্টর জমির বীজতলা পানির নিচে তলিয়ে গেছে বলে জানা গেছে।",
        "মাছচাষিরা জানান, তিন শতাধিক পুকুরের মাছ ভেসে যাওয়ায় তাঁদের ঋণ শোধের উপায় থাকল না।",
        "ক্ষতিগ্রস্ত মানুষেরা শনিবার সকালে উপজেলা পরিষদের সামনে মানববন্ধন করবেন বলে কমিটির আহ্বায়ক জানিয়েছেন।",
    ]
    texts = [paragraphs[0], "যেভাবে ভাঙল", paragraphs[1], "আশ্রয়ে ভিড়", paragraphs[2], paragraphs[3],
             "মাঠে ক্ষতি", paragraphs[4], paragraphs[5], "কাল মানববন্ধন", paragraphs[6]]
    passages = [PassageText((0, i), 0, i, text) for i, text in enumerate(texts)]
    _content, furniture, _reasons = split_furniture(passages, {})
    assert not {(0, 1), (0, 3), (0, 6), (0, 9)} & set(furniture)
    # Before two headings only, a short line under the lead may as well be a picture's caption: it stays furniture.
    shorter = [PassageText((0, i), 0, i, text) for i, text in enumerate(texts[:9])]
    assert (0, 1) in split_furniture(shorter, {})[1]
