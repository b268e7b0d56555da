"""A live page's first post, standing over the next post's time alone on its line, is the story's: it is no deck
over the page's stamp. Every text here is invented for the test."""

from newsdesk.alignment import furniture
from newsdesk.alignment.clustering import PassageText, align

POSTS = [
    "Everyone is on the ground. Rescuers lowered the last riders from the cabins shortly before three o'clock.",
    "Firefighters are helping at the lower station, where doctors check the riders for the cold and hand out tea.",
    "The operator says the gondola stopped when the gearbox of its main drive failed and the backup engine would "
    "not start.",
]


def test_a_post_over_the_next_posts_time_is_no_deck():
    assert furniture.above_the_story(POSTS, [6, 8, 10], "14:05") == []
    assert furniture.above_the_story(POSTS, [6, 8, 10], "By Ana Fell | 5 December 2026") == [0]


def test_a_live_pages_first_post_stays_the_storys():
    page = ["LIVE\nGondola stuck above Marbury: rescuers lower riders on ropes\nSaturday 5 December 2026",
            "This page updates automatically.", "15:32", POSTS[0], "14:05", POSTS[1], "11:10", POSTS[2]]
    passages = [PassageText(key=(0, index), article=0, index=index, text=text) for index, text in enumerate(page)]
    result = align(passages)
    assert (0, 3) not in result.furniture
    assert (0, 1) in result.furniture
