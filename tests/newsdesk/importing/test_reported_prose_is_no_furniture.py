"""A sentence of news that happens to hold a word of web pages ("Shares in …", "Video footage from …", "Most read
books …") is the story's: a line of prose, long enough to be a sentence, ending on a full stop, its words mostly in
lower case and not speaking to the reader, reports. The page's own sentences speak to the reader or are short.

Every text here is invented for the test."""

import pytest

from newsdesk.importing.furniture_lines import line_furniture


@pytest.mark.parametrize("line", [
    "Subscribers to the energy scheme will see their bills fall in January.",
    "Video footage from a doorbell camera shows the car at 3.30am.",
    "The copyright dispute between the two publishers went to court in May.",
    "Watch officers were stationed at the gate overnight by the harbour master.",
    "Most read books in the library this year were crime novels.",
    "Top stories on the agenda include the bypass and the school.",
    "Advertisement boards along the road were blown down in the storm.",
])
def test_a_sentence_of_news_with_a_word_of_web_pages_is_the_storys(line):
    assert line_furniture(line) is None


@pytest.mark.parametrize("line", [
    "Sign up for our morning briefing newsletter.",
    "This content is only available to subscribers.",
    "Subscribe to our newsletter to get the latest news from the valley every morning.",
    "Already a subscriber? Log in to read the rest of this article.",
    "Copyright 2026 Wirenews. All rights reserved.",
    "© 2026 Fenmouth Gazette Ltd. All rights reserved.",
    "Photo: Firefighters on the ridge above the town on Sunday.",
    "Most read stories on our site this week are about the flood.",
    "Download our app to get breaking news alerts on your phone.",
    "Sign up to the Gazette's free daily newsletter for the latest Brackenford news.",
    "Sign in to NewsPorter to save stories and follow topics.",
    "Descarga la aplicación de RTM y no te pierdas nada.",
])
def test_the_pages_own_sentences_stay_furniture(line):
    assert line_furniture(line) is not None
