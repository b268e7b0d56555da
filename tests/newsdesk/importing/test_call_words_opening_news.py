"""A word that buttons and prompts use as an imperative ("Watch", "Share", "Log in", "Subscribe", "Download") opens
lines of news too, as a noun or an adjective before the noun of the sentence's subject ("Share prices fell …", "Log in
details … were posted …"), as a preposition before a clause ("Like …, …", "Save for …, …") or before a reporting
clause set off by commas ("Read more about …, the director told visitors, …"). Those lines are the story's; the
page's calls in the same words (an imperative, its object, and no clause of its own) stay furniture."""

import pytest

from newsdesk.importing.furniture_lines import line_furniture

NEWS_OPENING_ON_A_CALL_WORD = [
    "Log in details for the council's parking portal were posted on a public noticeboard for three weeks, the "
    "inquiry heard.",
    "Watch officers stood at the gate until midnight, according to the harbourmaster.",
    "Read more about the scheme, the director told visitors, and you will see why it failed.",
    "Sign-up numbers for the youth league fell by a third last season, the club said.",
    "Follow-up inspections found the same fault in four other buildings.",
    "Subscribe rates for the cable service rose 12 per cent in March.",
    "Share prices in the utility fell 4% after the announcement.",
    "Subscribe numbers for the new streaming service fell after the price rise, analysts said.",
    "Download figures for the ministry's tax app doubled in January.",
    "Share prices of Facebook's parent company fell 4% on Tuesday after the report.",
    "Watch commanders at Dunmore station were told to keep the doors open overnight.",
    "Read receipts on the ministry's messaging system showed the warning had been opened.",
    "Share capital of the cooperative doubled after 40 new members joined.",
    "Sign language interpreters will attend every hearing, the tribunal confirmed.",
    "Log books from the ferry showed the engine had failed twice before.",
    "Download speeds in the valley are the slowest in the province, a survey found.",
    "Click fraud cost advertisers in the region an estimated 2 million crowns last year.",
    "Register office staff in Harlow Vale walked out on Tuesday over pay.",
    "Comment cards left at the library asked for longer opening hours, the council said.",
    "Like many towns on the coast, Brinmouth lost its last bank branch in 2024.",
    "Save for a short stretch near the bridge, the whole road will be resurfaced.",
    "Print runs of the weekly paper were cut by half after the paper mill closed.",
    "Email records seized by investigators showed the contract had been promised in advance.",
    "Contact tracing teams visited 140 homes in Orlen district on Monday.",
    "Follow the money, the prosecutor told the jury, and you find the mayor's brother.",
    "Join the two halves of the bridge, engineers said, took eleven hours.",
    "Listen rates among older audiences fell again, the broadcaster's annual report showed.",
    # The present tense or the future, where someone says so.
    "Share prices are expected to recover by the spring, analysts said.",
    "Email scams are rising among pensioners in Corvell, police warned.",
    "Download speeds will double next year, the regulator's survey found.",
    # A preposition before a clause, or someone's words before a reporting clause that names the outlet's reporter.
    "Like their parents before them, the pupils walked four miles to school.",
    "Follow the rules, the inspector told our reporter, and nobody gets hurt.",
    # A headline, unstopped, in the present: a plural subject and its base form, the progressive or the perfect.
    "Share prices plunge after the mill closes",
    "Download speeds are falling across the valley",
    "Download speeds are falling across the valley.",
    "Subscribe numbers climb after the price cut",
    "Sign language interpreters join every hearing at Harlow Vale",
    "Join talks collapse over pay at the Brinmouth yard",
    "Listen figures show radio is still growing",
    "Register offices close early for the holiday",
    "Log books reveal the ferry skipped its checks",
    "Click rates drop as readers tire of pop-ups",
    "Tap water bills rise again in Orlen",
    "Like prices, wages climb in Corvell",
    "Comment cards ask for longer library hours",
    "Advertise revenues fall at the Valley Post",
    "Read receipts show the warning was opened",
    "Watch towers are crumbling along the Tarrow coast",
    "Print runs shrink as readers move online",
    "Email scams target pensioners in Corvell",
    "Share prices have fallen for a fourth day",
    "Sign-up fees double at Wexhollow leisure centre",
    "Follow-on payments reach farmers after a long delay",
    "Listen rates are climbing among older audiences",
    # A verb that takes no object after two plural nouns is their verb, no relative clause of the call's object.
    "Print sales figures rose again.",
    "Print sales figures have risen again",
]

SHORT_NEWS_OPENING_ON_A_CALL_WORD = [
    "Share prices fell sharply.",
    "Watch officers stood guard overnight.",
    "Download speeds doubled in March.",
    "Print sales rose again.",
    "Like prices, wages went up.",
    "Save for the roof, the school was untouched.",
    "Subscribe figures rose in June.",
    "Email servers crashed at noon.",
    "Sign language classes were full.",
    "Share prices dropped by 8% on Monday.",
    "Email scams cost pensioners 2 million last year.",
    "Contact lenses were recalled.",
    "Contact with the crew was lost at 3am.",
    "Comment was sought from the company.",
    "Download took three hours.",
    "Join the queue, the officer told drivers.",
    "Share price gains lifted the index.",
    "Share prices fell sharply",
    "Watch officers stood guard overnight",
]

# "Contact" is a call only before a determiner or a pronoun ("Contact us", "Contact the newsroom"); before a noun it
# heads a headline of news, and it says nothing of the language of a line in French.
NEWS_OPENING_ON_CONTACT = [
    "Contact tracing begins in Orlen district",
    "Contact centre staff strike over pay",
    "Contact lens maker cuts 200 jobs",
    "Contact sports banned at Wexhollow primary schools",
    "Contact avec les abonnés : l'abonnement coûte désormais 10 euros par mois.",
    "Contact entre les deux équipes : la réunion coûte 200 euros à la mairie.",
]

# A later sentence of a line that opens on such a word is the story's too.
NEWS_WITH_A_LATER_SENTENCE_ON_A_CALL_WORD = [
    "The council closed the portal on Monday. Log in details for the portal were posted for weeks.",
    "The firm lost 400 customers. Subscribe rates for its app fell by a fifth over the summer.",
]

CALLS_TO_THE_READER = [
    "Watch: the moment the bridge opened",
    "Read more: Council votes to close Elmfield library",
    "Follow us on Facebook and Instagram",
    "Share this article",
    "Sign up for our newsletter",
    "Log in to comment",
    "Download our app",
    "Listen to this article",
    "Click here to see the full list of winners",
    "Email the author",
    "Print this page",
    "Read more",
    "Follow us on X for the latest updates",
    "Share on WhatsApp",
    "Sign in to continue reading",
    "Subscribe to our daily briefing",
    "Download the Valley Post app for breaking news alerts",
    "Join the conversation",
    "Register now to read the full story",
    "Comment on this story",
    "Like us on Facebook",
    "Save this article",
    "Print",
    "Email this story to a friend",
    "Contact us",
    "Subscribe now",
    "Click to enlarge",
    "Log in or register to continue",
    "Watch the full interview with the mayor",
    "Listen to the latest episode of our podcast",
    "Join our WhatsApp channel",
    "Save to your reading list",
    "Follow this topic",
    "Share your story with us",
    "Read the full report",
    "Download the full report",
    # An imperative before a bare noun, with no clause after it.
    "Watch highlights from the match",
    "Watch footage posted by residents",
    "Share photos you took of the storm with us",
    "Download podcasts and videos",
    "Email newsroom tips to the desk",
    "Join thousands of readers who get our newsletter.",
    "Follow live updates",
    # A call before a comma, then the offer in the present tense: no clause of news.
    "Subscribe today, the first month is free.",
    "Sign up now, it only takes a minute.",
    "Register now, the offer ends on Sunday.",
    "Like us on Facebook, the page has all the latest news.",
    "Read more, the story continues below.",
    "Sign up for free, no card needed.",
    # The call's object holds a clause of its own, or a participle before "by" and no amount.
    "Watch the moment police arrested the driver",
    "Listen to the moment the crowd erupted",
    "Read about the day the river rose",
    "Watch as the bridge collapsed",
    "Watch officers arrest a man in Caravel",
    "Share prices delayed by at least 15 minutes.",
    "Contact the newsroom",
    "Contact our newsroom with a tip",
    "Contact your local office for details",
    "Contact them today",
    # The page's notices in the present tense or the future, which no one is reported to say.
    "Email addresses will not be published.",
    "Email address is required.",
    "Comment threads are closed after 48 hours.",
    "Share price data is provided by Refinitiv.",
    "Share price information is delayed 20 minutes.",
    "Share prices were last updated at 16:35 GMT.",
    "Comment moderation is switched on for this story.",
    # The call's object carries a participle (a past form is the verb only of a sentence with its full stop) or a
    # bare relative clause (a plural noun, a bare plural noun and a past form).
    "Watch footage posted on social media",
    "Watch clips found online",
    "See pictures uploaded to our gallery",
    "Watch video sent in by a reader",
    "Read stories sent in by readers",
    "Read stories readers loved this year",
    "Read tips experts gave us",
    "Watch moments fans missed",
    "Share stories readers sent us",
    "Watch footage shot from a helicopter",
    "Listen to songs listeners requested",
    # A comma in a later sentence, a whole call before the comma, or the outlet's own clause after it.
    "Subscribe to our newsletter. Since March, subscribers received 200 stories.",
    "Sign up for our newsletter. In 2024, readers sent us 3,000 letters.",
    "Follow us on Facebook. In June, our page was followed by 10,000 people.",
    "Read more on our website. Yesterday, the site was updated.",
    "Read more, our reporter was there.",
    "Click here, the page was updated.",
    "Follow the story, our team was at the scene.",
    "Save 50%, the offer was extended.",
    "Watch again, the show was broadcast live.",
    "Listen now, the episode was recorded in Tarrow.",
    "Read more, the editor told readers.",
    # A question's word ends a subject: what follows is a clause of its own.
    "Read on for what happened next",
    "Read on for how the night unfolded",
    "Watch for who turned up",
    # The same words as the headlines in the present: the call and its object, adverbs of the call after it, a
    # relative clause in the present or the perfect, or what a perceived object does ("Watch officers arrest …").
    "Subscribe to our newsletter",
    "Join our readers' panel",
    "Listen to the podcast",
    "Register for free",
    "Tap to enlarge",
    "Comment below",
    "Advertise with us",
    "Advertise with the Valley Post",
    "Read the full story",
    "Watch live",
    "Download the PDF",
    "Email the editor",
    "Watch: the full interview",
    "Share on Facebook",
    "Watch matches live",
    "Download podcasts free",
    "Read stories readers love",
    "Share stories readers send us",
    "Watch moments fans miss",
    "Listen to songs listeners request",
    "Share tips readers have sent us",
    "Read letters readers have written",
    "Watch fans celebrate the win in Caravel",
    # The page's notices in the present keep their stop, and the passive.
    "Comment threads close after 48 hours.",
    "Share prices update every 15 minutes.",
    "Comment threads are being moderated.",
    "Email addresses are never shared.",
    "Share prices are loading",
]


@pytest.mark.parametrize("line", NEWS_OPENING_ON_A_CALL_WORD)
def test_a_sentence_of_news_opening_on_a_call_word_is_the_storys(line):
    assert line_furniture(line) is None


@pytest.mark.parametrize("line", SHORT_NEWS_OPENING_ON_A_CALL_WORD)
def test_a_short_sentence_whose_call_word_heads_its_subject_is_the_storys(line):
    assert line_furniture(line) is None


@pytest.mark.parametrize("line", NEWS_WITH_A_LATER_SENTENCE_ON_A_CALL_WORD)
def test_a_later_sentence_opening_on_a_call_word_used_as_a_noun_is_the_storys(line):
    assert line_furniture(line) is None


@pytest.mark.parametrize("line", NEWS_OPENING_ON_CONTACT)
def test_contact_before_a_noun_opens_news_and_says_no_language(line):
    assert line_furniture(line) is None


@pytest.mark.parametrize("line", CALLS_TO_THE_READER)
def test_a_call_to_the_reader_in_the_same_words_stays_furniture(line):
    assert line_furniture(line) is not None
