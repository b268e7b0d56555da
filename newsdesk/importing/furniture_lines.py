"""Page furniture judged one line at a time, from the line's own words and shape: the rules the importer's
topic band and the suggester's boilerplate share. Plain Python and regular expressions, no Django.

A line is furniture when its words are the vocabulary of web pages rather than of news (share, subscribe,
newsletter, sign in, read more, copyright), when it opens with an imperative call to action ("Download the app"; the
same word heading a sentence of news as a noun, a preposition or before a reporting clause is none: "Share prices
fell …", "Like prices, wages went up."),
when it is a credit, a byline or a time stamp, when it is repeated elsewhere on the page, or when it is a donation
or subscription appeal. Widgets and tools leave shapes of their own: menus (short items between separators, or a row
of section names), audio and video players (running times and play controls), reaction counters (symbols and
counts), author boxes (a name, then a journalist's job), capture-tool headers (a field name and an ISO date),
markdown image lines, contact lines (an e-mail address), notes about the article itself (print edition, corrections,
a disclaimer about external sites), subscription offers (a price and a call to subscribe), a masthead's motto
("Serving the valley since 1887"), a live page's greeting, wire credits ("Reporting by …; Editing by …") and
invitations to write in. A contributor's note (a full name, then a job of the contributor class at an institution,
short, with no reporting verb and no quotation) and disclaimers (whose views, not advice, corrections and updates,
ownership, affiliate links), consent banners and rows of tags are furniture too, and so are notes that the article
is a translation, a study's reference, delayed market data, a date behind its label, a row of labelled details, a
widget's switch ("Auto-refresh on"), a correspondent's dateline ("… reports from …"), a link behind a marker and any
separator ("ALSO READ | …") and a call to action in a line's later sentence, and the outlet's note to its readers
about its own pages (the rules for its comments: "we" and "our stories", readers named in the third person), a shop's
call to buy ("Shop now: …", "Jetzt kaufen"), a live page's entry of a match event that holds only names ("64'
Substitution, …: Hobday replaces Rusk.") and the mark where a transcript or a video ends ("End of transcript"). The
same furniture in German, French, Spanish, Italian, Portuguese, Arabic, Russian, Polish, Greek, Turkish and
Vietnamese is told by the words of ``furniture_vocabulary`` (labels, prompts, consent banners and their buttons,
credits, bylines, time stamps, contributors' notes and disclaimers; Turkish's prompts by their polite imperative,
Vietnamese's where they open the line, a donation appeal by its words, not its account's figures), in Hindi, Chinese
and Korean its labels, consent banners, credits, disclaimers, offers and contributors' notes (behind their label, or
in brackets opening on the word for the writer), in Thai the same, its phrases found inside its runs of letters, and
in Japanese its consent banners, disclaimers, contributors' notes and invitations to send in pictures; a broadcaster's
sign-off ("Jane Roe, Channel 9 News, Lisbon.") by its shape in any alphabet. Thai ends its sentences with a space and
writes its headlines as its sentences: a line of its prose is told by the small words that join a sentence
(``unstopped_prose``). No list of any site's actual lines is used.

    line_furniture(text, repeats=1) -> (rule, reason) or None

``rule`` is a short name ("navigation", "byline", "credit", …; every one is a key of ``CONFIDENCE``, which
gives how sure the rule is) and ``reason`` a sentence an editor can read; ``repeats`` is how many times the
line occurs on the page (compare lines with ``normal``). What only the page can tell — captions beside a
credit, lists under a "Read more" label, the headline, short lines inside a block of furniture — is left to
the caller (``annotations.suggestions.boilerplate`` does it for the suggestions).
"""

import re
import unicodedata

from newsdesk.alignment import wordclass
from newsdesk.importing import calendar_names, languages
from newsdesk.importing import furniture_vocabulary as vocabulary
from newsdesk.importing.burmese import HONORIFICS as BURMESE_HONORIFICS
from newsdesk.importing.burmese import MYANMAR
from newsdesk.importing.furniture_vocabulary import folded, label_key
from newsdesk.importing.scripts import (
    CJK_STOPS,
    INVISIBLE,
    SOUTHEAST_ASIAN,
    STOPS,
    opens_in_lower_case,
    trimmed,
    word_count,
    words_in,
)
from newsdesk.importing.tokens import tokenize

# Words of page furniture. In a short line, a high share of these means navigation or a prompt.
FURNITURE_WORDS = frozenset(
    """
    newsletter newsletters events podcast podcasts video videos menu home search sections latest trending
    weather sport sports culture opinion business politics live tv radio audio advertisement advertisements
    advert ad ads sponsored promoted loader loading cookie cookies privacy terms accessibility shortcuts login
    logout account profile settings subscribe subscribed subscription subscriptions subscriber subscribers
    premium membership member members donate donation donations patron share shares sharing comments comment
    tweet email print facebook twitter whatsapp linkedin telegram reddit instagram youtube tiktok close button
    copy link app apps download related recommended picks stories more published updated min read reading
    photo photos image images gallery credit copyright rights reserved free trial titles sources exclusive
    offer contact feedback skip top back next previous page follow
    """.split()
)
# Words that, in a short line, are furniture on their own.
STRONG_WORDS = frozenset(
    """
    newsletter newsletters subscribe subscription subscriptions subscriber subscribers membership donate
    advertisement advertisements sponsored accessibility paywall loader cookies podcasts javascript
    """.split()
)
STRONG_PHRASES = (
    "sign in", "sign up", "log in", "read more", "already a member", "already a subscriber", "top stories",
    "our picks", "editor's picks", "days free", "free trial", "close button", "the app", "one app", "most read",
    "most popular", "you may also like", "more from", "more stories", "related stories", "related articles",
    "related topics", "follow us", "support us", "skip to", "back to top", "share this", "all rights reserved",
    "min read", "minute read", "published on", "last updated", "click here", "tap here", "see also",
    "recommended for you", "more on this", "watch live", "listen to this", "listen live", "our standards",
    "community guidelines", "editorial guidelines", "editorial standards", "trust principles", "read also",
    "read next", "what to read next", "most viewed", "load more", "continues below", "continues after",
    "continue reading", "paid content", "paid post", "partner content", "provided by our partner", "gift this",
    "gift article", "report an error", "report a correction",
    "corrections and clarifications", "be the first to comment", "comments are closed",
    "comments on this article are closed", "comments on this story are closed", "comments on this post are closed",
    "comments are now closed", "join the conversation",
    "leave a comment", "write a comment", "add a comment", "view comments", "view more comments",
    "view all comments", "show comments", "enter your email", "your email address",
    "for signing up", "privacy policy", "terms of service", "terms of use", "recaptcha", "reuse this content",
    "clarifications and corrections", "was this article", "was this page", "was this helpful",
    "did you find this", "in your inbox", "to your inbox", "was this story", "did you enjoy this",
    "did you like this", "click to", "tap to", "refresh the page", "refresh this page",
)
STRONG_PHRASE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in STRONG_PHRASES) + r")\b")


def _strong_phrases(text: str) -> list[str]:
    """The strong phrases in ``text`` (already case-folded), overlapping ones included."""
    return [p for p in STRONG_PHRASES if p in text] if STRONG_PHRASE.search(text) else []


RELATED_LABELS = re.compile(
    r"^(read (more|next|also)|what to read next|related( [\w'’-]+)?|"
    r"related( \w+)? links|"
    r"more (stories|on this( story)?|from .*+|in .*+|(on|about) [\w'’&-]++( [\w'’&-]++){0,3})|"
    r"see also|you (may|might) also like|you may have missed|recommended( for you)?|"
    r"most (read|popular|viewed|shared|commented|emailed)( in [\w'’&-]++( [\w'’&-]++){0,2})?|"
    r"top stories.*+|our picks|editor'?s picks|trending( now)?|latest( news)?)\W*$",
    re.IGNORECASE,
)
# Imperatives spelt as a present tense too ("Recibe una pensión …"): a line opening with one must also speak to the
# reader, name what the outlet offers, or be a button's few words rather than a sentence.
SHARED_CALL_TO_ACTION = vocabulary.words(vocabulary.SHARED_CALL_TO_ACTION)
ENGLISH_CALL_TO_ACTION = frozenset(
    """
    get start sign subscribe download read join become support donate follow share go click tap try watch
    listen register log upgrade discover explore see continue install contribute give skip view visit browse
    unlock claim save enjoy email print comment like open back return show hide expand collapse please turn
    enable advertise
    """.split()
)
PLAIN_CALL_TO_ACTION = ENGLISH_CALL_TO_ACTION | vocabulary.words(vocabulary.CALL_TO_ACTION, alef=False)
CALL_TO_ACTION_VERBS = PLAIN_CALL_TO_ACTION | SHARED_CALL_TO_ACTION
OTHER_CALL_TO_ACTION = vocabulary.words(vocabulary.CALL_TO_ACTION, alef=False)
OUR = vocabulary.words(vocabulary.OUR)  # "our", in other languages
BUTTON_WORDS = 4
# A newsletter's promise of delivery to the reader.
NEWSLETTER_PROMO = re.compile(r"\b(?:in|to|into|straight to) your (?:inbox|in-box|email|e-mail)\b", re.IGNORECASE)
# What a call to action asks the reader to get: the site's own products.
CALL_TO_ACTION_OBJECTS = frozenset(
    "app apps newsletter newsletters podcast podcasts subscription subscribe alerts notifications".split()
) | vocabulary.words(vocabulary.OBJECTS)
ENGLISH_ADDRESS = frozenset("you your yours here now free today app us our".split())
SECOND_PERSON = ENGLISH_ADDRESS | vocabulary.words(
    vocabulary.ADDRESS
)
# The entries of several words of those tables (Vietnamese writes its words as syllables set apart by spaces: "tải
# ứng dụng", "ứng dụng", "của bạn"), found as phrases in the folded line.
CALL_TO_ACTION_PHRASES = vocabulary.word_phrases(vocabulary.CALL_TO_ACTION)
OBJECT_PHRASES = vocabulary.word_phrases(vocabulary.OBJECTS)
# The outlet's app behind the outlet's name, whatever it is ("the Daily Ledger app", "our Skell News apps"), or the
# stores that sell it: in a line that opens on a call to action, the page promoting its app ("Get the … app for the
# stories that matter to you").
NAMED_APP = re.compile(r"\b(?:the|our)\s+(?:[A-Z][\w'’&.-]*\s+){1,3}apps?\b|\b(?:App Store|Google Play)\b")
ADDRESS_PHRASES = vocabulary.word_phrases(vocabulary.ADDRESS)
OUR_PHRASES = vocabulary.word_phrases(vocabulary.OUR)


# The networks where an outlet asks its readers to follow it ("Follow … on Facebook and YouTube", "Sundan kami sa
# Facebook"): a line opening on a call to action that names one is the page's.
SOCIAL_NETWORKS = frozenset(
    "facebook instagram youtube tiktok twitter threads telegram whatsapp viber linkedin bluesky mastodon".split()
)


# "Contact" is a call before a determiner or a pronoun only ("Contact us", "Contact the newsroom", "Contact our …");
# before a noun it heads news ("Contact tracing begins …", "Contact lens maker cuts …"), and it is a word of French
# and others too ("Contact avec les abonnés : …"), so it says nothing of a line's language (``_call_languages``).
CONTACT_CALL = re.compile(r"contact\s+(?:" + "|".join(sorted(
    (wordclass.DETERMINERS | wordclass.PRONOUNS) - {"what", "whatever", "which", "whose", "who", "whom", "that",
                                                    "there", "it's"}
)) + r")\b")


def _opens_with_call(first: str, folded_text: str) -> bool:
    """The line (``first``: its first word, ``folded_text``: the line, both folded) opens with an imperative, a word
    of ``CALL_TO_ACTION_VERBS``, a phrase of the tables' ("tải ứng dụng") or "contact" before its object
    (``CONTACT_CALL``)."""
    return first in CALL_TO_ACTION_VERBS or CALL_TO_ACTION_PHRASES.match(folded_text) is not None or (
        first == "contact" and CONTACT_CALL.match(folded_text) is not None
    )


def _addressed(words, folded_text: str) -> bool:
    """Among ``words`` (folded) or as a phrase of ``folded_text``, a word by which the outlet speaks to the reader."""
    return bool(SECOND_PERSON.intersection(words)) or ADDRESS_PHRASES.search(folded_text) is not None


def _offered(words, folded_text: str) -> list[str]:
    """What the line offers the reader among ``words`` (folded) and the phrases of ``folded_text``: app, newsletter."""
    return sorted(CALL_TO_ACTION_OBJECTS.intersection(words)) + OBJECT_PHRASES.findall(folded_text)


APPEAL_CUES = (
    "support", "donate", "donation", "patron", "subscribe", "subscription", "readers like you", "join our",
    "help us", "our journalism", "our reporting", "sign up", "membership", "become a member", "contribute",
    "newsletter", "independent journalism", "free information", "cup of coffee", "keep our", "paywall",
)
# An appeal shorter than this is a button or a label, which the rules above read.
APPEAL_LEAST_WORDS = 5
CREDIT = re.compile(
    r"©|\bcopyright\b|all rights reserved|^[\W_]*(via|photo|photograph|image|picture|credit|source|"
    r"illustration|video)\b\s*[:\w]|^[\W_]*handout(?:\s*[:/]|\s+via\b|\s*$)|"
    r"\b(reuters|afp|getty( images)?|ap photo|associated press|epa|shutterstock|"
    r"xinhua|yonhap|anadolu|pa media|pa wire|bloomberg|alamy)\b|/\s*(ap|afp|reuters|epa|getty|handout)\b",
    re.IGNORECASE,
)
# A wire story's dateline opens its first paragraph ("LONDON (Reuters) - …"): the agency's name there is
# no credit.
DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]*\s*\([A-Za-z .]+\)\s*[-–—]\s*\S")
# A company's entry in a register, which a broadcaster's or a publisher's footer gives with its copyright, in the
# words of its country: the register and the entry's number, or the words that open such a line. A sentence that
# speaks of a register names no number in it ("registered in Ireland in 2011", "Volgens de KvK kwamen er 12 …").
PLACE_NAME = r"(?-i:[A-Z])[\w'’-]*"
REGISTRATION = "|".join([
    # "Registered in England and Wales No. 04418822", "Registered in the Republic of Ireland, registration number …",
    # "Registered in Scotland, company number SC218842"; a line of the number alone ("Company No. 04418822").
    r"\bregistered in (?:the )?" + PLACE_NAME + r"(?:\s+(?:(?:of|and|&|the)\s+)?" + PLACE_NAME + r"){0,3}[.,]?\s+"
    r"(?:(?:with|under)\s+)?(?:(?:company|registration|reg\.?)\s+)?(?:no\.?|number|nr\.?)\s*:?\s*(?:[A-Z]{2}\s?)?\d",
    r"^company\s+(?:registration\s+)?(?:no\.?|number)\s*:?\s*(?:[A-Z]{2}\s?)?\d{6}",
    # German: "Eingetragen im Handelsregister des Amtsgerichts …", "HRB 40218".
    r"^eingetragen (?:im|ins|in das) handelsregister\b",
    r"(?:handelsregister|amtsgericht|registergericht)\b[^\n]{0,80}?(?-i:\bHR[AB])\s?:?\s?\d{3}",
    r"^(?-i:HR[AB])\s?:?\s?\d{3,6}\s*$",
    # French: "Inscrite au RCS de Paris sous le numéro 552 081 317", "RCS Lyon B 812 443 190", "SIRET …".
    r"(?-i:\bRCS\b)[^\n]{0,40}?\b\d{3}\s?\d{3}\s?\d{3}\b", r"(?-i:\bSIRE[NT]\b)\s*:?\s*\d{3}\s?\d{3}\s?\d{3}\b",
    # Dutch: "KvK-nummer: 61240987", "Kamer van Koophandel 61240987".
    r"(?:(?-i:\bKvK)|\bkamer van koophandel)(?:[- ]?(?:nummer|nr\.?))?\s*:?\s*\d{8}\b",
    # Swedish, Norwegian, Danish, Finnish: "Org.nr. 556812-4410", "Organisasjonsnummer 987 654 321", "CVR-nr. 31 22
    # 84 17", "Y-tunnus 1234567-8".
    r"(?:\borg\.?\s?nr\.?|\borgani[sz]ations?nummer|\borganisasjonsnummer|(?-i:\bCVR)(?:-?nr\.?|-nummer)?|"
    r"\by-tunnus)\s*:?\s*\d(?:[\s-]?\d){7,9}\b",
    # Italian: "P.IVA 01234567890", "Partita IVA IT01234567890".
    r"\b(?:p\.\s?iva|partita iva)\s*:?\s*(?:IT\s?)?\d{11}\b",
    # Spanish: "Inscrita en el Registro Mercantil de Vigo, tomo 3412, folio 88", "CIF: B-12345678".
    r"\bregistro mercantil de " + PLACE_NAME + r"[^\n]{0,30}?\b(?:tomo|hoja|folio)\b",
    r"(?-i:\b[CN]IF)\s*:?\s*(?-i:[A-Z])-?\d{7,8}\b",
    # Polish: "KRS 0000123456".
    r"(?-i:\bKRS)\s*:?\s*\d{10}\b",
])
COPYRIGHT = re.compile(r"©|\bcopyright\b|all rights reserved|" + REGISTRATION, re.IGNORECASE)
# What makes a line a copyright notice even when it reads as a sentence: the sign, or the rights reserved.
SIGNED_RIGHTS = re.compile(r"©|all rights reserved|copyright\s+(?:©\s*)?\d{4}", re.IGNORECASE)
BYLINE = re.compile(r"^(?:(by|words by|written by|reporting by|text by)\s+\S|"
                    # The kind of piece before "by" ("Analysis by …"), the name written as a name.
                    r"(analysis|opinion|commentary|review|essay|interview) by\s+"
                    # … and the name alone, or before a separator ("Analysis by Jo Ng, GNN").
                    r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}\s*(?:$|[,|·(–—]))", re.IGNORECASE)
TERMINAL = tuple(".!?…:;\"”’»)" + STOPS + CJK_STOPS)
# The shapes of furniture that widgets and capture tools leave in a page's text.
MENU_SEPARATOR = re.compile(r"(?<!\s)\s+[|·•>»›/]\s+")  # a run of spaces is tried once, from its start
# A menu laid out by spacing alone: items set apart by runs of two or more spaces (or a tab), as a capture keeps
# a row of links ("Home  News  World  Sport"); prose never puts two spaces between each of its words. Chinese and
# Japanese pages set a row's items apart with the ideographic space (U+3000), which their prose does not use
# between words.
SPACED_ITEMS = re.compile(r"(?<=\S)(?: {2,}|\t+|\u3000+)(?=\S)")
# An item of a list set out with a marker ("• …", "- …", "* …"), and the item's text after it.
LIST_ITEM = re.compile(r"^[•◦▪▸‣∙●○■*\-–—]\s+(?P<item>\S.*)$")
LEAD_IN_WORDS = 4  # a line of the story that opens a list is a clause ("Those affected include:"), not a label
IMAGE_MARKUP = re.compile(r"^!\[[^\]]*\]\([^)\s]*\)")
ISO_DATE = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b")
CAPTURE_FIELD = re.compile(
    r"^(date|saved|captured|clipped|source|url|fetched|archived|retrieved|tags|feed)\b", re.IGNORECASE
)
EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+")  # a local part is at most 64 characters (RFC 5321)
TIME_CODE = re.compile(r"^\d{1,2}[:.]\d\d(?:[:.]\d\d)?$")
PLAYER_WORDS = frozenset("play pause audio video listen watch min mins minutes sec secs live".split())
# A player with its label and the clip's running time ("▶ Listen: … (2:41)", "Watch: … (1:05)").
PLAYER_LINE = re.compile(
    r"^(?:[▶►⏵]\s*(?:(?:listen|watch|play)\b\s*:?)?|(?:listen|watch|play)\s*:).*\(\s*\d{1,2}:\d\d(?::\d\d)?\s*\)\s*$",
    re.IGNORECASE,
)
# Quantities shortened the way counters are ("1.2K"): the numbers of a reactions or share widget.
COUNTER = re.compile(r"^\d+(?:[.,]\d+)?[KkMm]?$")
# An author box: a person's name (with an optional title) opening a sentence about their job.
BIO = re.compile(
    r"^(?:(?:Dr|Prof|Professor)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+"
    r"(?:is|was|has been|covers|writes|reports|joined)\b"
)
# "Professor Nair is …": a title and a surname alone is how a story names a person again, not an author's note.
SECOND_MENTION = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z][\w'’-]+\s+[a-z]")
JOURNALISM_ROLES = re.compile(
    r"\b(reporter|correspondent|editor|columnist|writer|journalist|contributor|producer|presenter|critic|"
    r"commentator|author|covers|writes about|reports on)\b",
    re.IGNORECASE,
)
NAME_ROLE = re.compile(
    r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2},\s+(?:[\w-]+\s+){0,3}" + JOURNALISM_ROLES.pattern + r"$",
    re.IGNORECASE,
)
# A name with the place it was filed from ("Jane Roe in Paris"): a byline when the name recurs on the page.
NAME_IN_PLACE = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),?\s+(?:in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$"
)
# Notes about the article itself rather than its story: a disclaimer for the sites it links to, in any of the
# forms a publisher disowns them ("is not responsible for", "accepts no responsibility for", "do not accept
# liability for", "cannot be held responsible for" the content of external sites, web pages, blogs or links),
# notes on its editions and corrections.
ARTICLE_NOTE = re.compile(
    r"(?:\bnot|\bno|\bcan't|\bcannot)\s+(?:(?:accept|take|bear|assume|be\s+held)\s+)?(?:any\s+)?"
    r"(?:responsib(?:le|ility)|liab(?:le|ility))\s+for\s+(?:the\s+)?contents?\s+of\s+(?:any\s+|the\s+)?"
    r"(?:(?:external|other|outside|third[- ]party|linked)\s+)?(?:web\s*|internet\s+)?(?:sites?|pages?|links?|blogs?)\b|"
    r"\bprint edition\b|\ba version of this (article|story)\b|^this (article|story) (was|has been) "
    r"(amended|updated|corrected|edited)|\ban earlier version of this\b|"
    r"\bthis (?:article|story|text|report|piece) (?:was|has been|is) (?:automatically |machine[- ])?"
    r"translated\b|\bthis (?:article|story|text|report|piece) is an? (?:\w+ )?translation of\b|"
    r"^(?:journal reference|reference|citation|doi)\s*:",
    re.IGNORECASE,
)
# A paper's declarations, each behind its label: who paid, what the authors declare, where the data are. A story
# may head a paragraph with the same word ("Funding: The council will spend £2m …, the mayor said."): a declaration
# reports no one, so a line with a reporting word or a quotation after its label is the story's (``_declaration``).
DECLARATION = re.compile(
    r"^(?:funding(?: sources?| statement)?|competing interests?|conflicts? of interests?|declarations? of "
    r"(?:competing )?interests?|data availability(?: statement)?|author contributions|acknowledge?ments|"
    r"ethics (?:statement|approval)|finanzierung|interessenkonflikte?|financement|conflits? d'intérêts?|"
    r"financiación|conflictos? de intereses?|financiamento|conflitos? de interesses?|finanziamento|"
    r"conflitt[oi] di interess[ei])\s*:",
    re.IGNORECASE,
)


def _declaration(text: str) -> bool:
    """``text`` is a paper's declaration behind its label (``DECLARATION``), which reports no one: no reporting word
    and no quotation marks."""
    return DECLARATION.search(text) is not None and not (REPORTING.search(text) or QUOTE_MARKS.search(text))


# A contributor's bio: a person's full name, then what they are or do at an institution, in a short third-person
# line with no reporting in it ("Ana Ruiz is a professor of economics at …", "… teaches history at …", "… was a
# minister in …", "… is a fellow at the … Institute"). The jobs are a class: the occupations of people who write
# opinion pieces (scholars, researchers, officials, lawyers, doctors, advisers, campaigners, executives).
def _without_emphasis(text: str) -> str:
    """``text`` without markdown emphasis or a dash around it ("*Ana Ruiz is …*", "— Ana Ruiz is …")."""
    return text.lstrip(" \t*_—–-").rstrip(" \t*_")


PERSON_BIO = re.compile(
    r"^(?:(?:Dr|Prof|Professor|Sir|Dame|Lord|Lady|Baroness|Rev|Revd)\.?\s+)?"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|da|di|van|von|der|al|bin|el|du|le|la)){1,3})\s+"
    r"(?P<verb>is|was|has been|had been|serves as|served as|teaches|taught|lectures|lectured|researches|"
    r"chairs|chaired|directs|directed|heads|headed|leads|led|runs|ran|founded|co-founded|sits|sat)\s+(?P<rest>.+)$"
)
# Words that open a line the way a name does but are no name ("The council …", "Mr Ferro …": a body's second
# mention of a person keeps the honorific, a bio gives the full name).
NOT_A_NAME = frozenset(
    "the this that these those a an its it our their his her he she they we there here mr mrs ms miss mx "
    "but and so yet if when after before while dr prof professor sir dame lord lady baroness rev revd".split()
)
CONTRIBUTOR_ROLES = re.compile(
    r"\b(professor|lecturer|fellow|researcher|scholar|scientist|economist|historian|philosopher|"
    r"sociologist|anthropologist|political scientist|analyst|director|chair|chairman|chairwoman|chairperson|"
    r"founder|co-founder|cofounder|president|chief executive|executive|ceo|dean|principal|chancellor|"
    r"minister|secretary|ambassador|diplomat|adviser|advisor|consultant|lawyer|barrister|solicitor|attorney|"
    r"judge|psychologist|psychiatrist|campaigner|activist|strategist|partner|trustee|"
    r"mp|mep|senator|governor|mayor|councillor|novelist|poet|playwright|broadcaster|"
    r"expert|specialist|"
    r"author|reporter|correspondent|editor|columnist|writer|journalist|contributor|critic|commentator|"
    r"reader(?= in | at ))s?\b",
    re.IGNORECASE,
)
# A contributor's job on a line of its own under their name ("Visiting Fellow at the Institute for …",
# "Professor, University of …"): a job of the academic or advisory kind, then only the proper names of where.
ROLE_LINE = re.compile(
    r"^(?:(?:senior|junior|associate|assistant|visiting|emeritus|emerita|former|deputy|adjunct|distinguished|"
    r"honorary|research|principal|non-resident|nonresident|executive|managing|founding)\s+)*"
    r"(?:professor|lecturer|reader|fellow|researcher|scholar|scientist|economist|historian|analyst|director|dean|"
    r"chair|adviser|advisor|consultant|lawyer|barrister|solicitor|attorney|founder|co-founder|partner|trustee)"
    r"(?:\s+emerit(?:us|a))?(?:\s*,\s*|\s+(?:of|at|in|for)\s+)(?P<where>.+)$",
    re.IGNORECASE,
)
ROLE_LINE_WORDS = 14
# The kinds of place a contributor's job is held at: a title-case headline ("Director of the Museum Resigns")
# names none of them.
INSTITUTIONS = re.compile(
    r"\b(university|college|institute|institution|centre|center|school|foundation|trust|academy|faculty|"
    r"department|hospital|clinic|ministry|laboratory|lab|forum|society|programme|program|initiative|partners|"
    r"law|llp|chambers|associates|think tank|observatory)\b",
    re.IGNORECASE,
)


def role_line(text: str) -> bool:
    """Whether ``text`` is a contributor's job alone, the proper names of where they hold it following."""
    if word_count(text) > ROLE_LINE_WORDS:
        return False
    text = _without_emphasis(text)
    if text.endswith(("?", "!")):
        return False
    match = ROLE_LINE.match(text)
    if match is None:
        return any(_other_role_line(text, bio) for bio in OTHER_BIOS)
    where = re.findall(r"[\w'’&-]+", match.group("where"))
    function = {"of", "at", "in", "for", "the", "and", "on", "&"}
    return bool(where) and all(w[:1].isupper() or w.lower() in function for w in where) and bool(
        INSTITUTIONS.search(match.group("where"))
    )


# A person in the news is brought in by what they did ("… who moved her savings in January", "… who lost his
# job"); a note says what the writer is, not what happened to them.
NARRATIVE = re.compile(
    r"\b(?:who|whose|which)\s+(?:\w+ly\s+)?(?:(?!(?:joined|served|worked|studied|trained|qualified|"
    r"specialised|specialized|founded|co-founded|chaired|directed|edited|published|lectured|taught|headed|led)\b)"
    r"\w+ed|was|were|had|lost|took|went|saw|came|got|made|found|left|"
    r"won|began|spent|sold|bought|became|fled|fell|gave|held|kept|paid|ran|told|wrote)\b",
    re.IGNORECASE,
)
# Verbs that are the job themselves ("teaches history at …"): the line then names where.
ROLE_VERBS = frozenset(
    "teaches taught lectures lectured researches chairs chaired directs directed heads headed leads led runs "
    "ran founded co-founded".split()
)
# A reporting word of one language that is a function word of several others (Swedish "sa", said, is French's "his",
# Filipino's "in, at", Romanian's "her", Slovak's reflexive): a line's language unknown, it tells nothing.
SHARED_FUNCTION_LANGUAGES = 3


def _reporting_phrases() -> set[str]:
    phrases = set(vocabulary.phrases(vocabulary.REPORTING)) | set(vocabulary.phrases(vocabulary.REPORTING, str.lower))
    functions: dict[str, int] = {}
    for language in languages.SPACED_LANGUAGES:
        for word in languages.function_words(language):
            functions[word] = functions.get(word, 0) + 1
    return {phrase for phrase in phrases if functions.get(phrase.lower(), 0) < SHARED_FUNCTION_LANGUAGES}


REPORTING = re.compile(
    r"\b(said|says|told|tells|according|added|adds|warned|warns|claimed|claims|insisted|insists|announced|"
    r"denied|denies|argued|argues|stated|explained|explains|admitted|admits|confirmed|confirms|reported|say|"
    r"think|thinks|believe|believes|yesterday|today|tonight|last (?:week|month|night))\b|"
    # The same in other languages ("sagte", "a déclaré", "según", "قال", "と述べた"), spelt as the table spells them
    # and as ``folded`` spells them: a line is searched as written, or folded.
    + vocabulary.WORD_START + "(?:" + "|".join(re.escape(p) for p in sorted(
        _reporting_phrases(), key=len, reverse=True)) + ")" + vocabulary.WORD_END,
    re.IGNORECASE,
)
QUOTE_MARKS = re.compile(r"[\"“”«»]")
BIO_WORDS = 45  # an author's note is short; a paragraph of reporting about a person runs longer
BIO_SENTENCE_WORDS = 30  # and its first sentence, which gives the job, shorter still


def contributor_bio(text: str) -> bool:
    """Whether ``text`` reads as a contributor's note: a full name, then a job of the contributor class (or a
    verb that is one, with where), third person, short, no quotation and no reporting; in English or, by the
    tables of ``furniture_vocabulary``, in German, French, Spanish, Italian, Portuguese or Russian."""
    if word_count(text) > BIO_WORDS:
        return False
    text = _without_emphasis(text)
    match = PERSON_BIO.match(text)
    if match is None or match.group("name").split()[0].lower().rstrip(".") in NOT_A_NAME:
        return (any(_other_bio(text, bio) for bio in OTHER_BIOS) or _unspaced_bio(text) or _labelled_bio(text)
                or _burmese_bio(text))
    # Dutch writes its copula as English does ("Anneke Brouwer is landbouwjournalist en schrijft …"): a note that is
    # none in English may be one in another language.
    return _english_bio(text, match) or any(_other_bio(text, bio) for bio in OTHER_BIOS)


def _english_bio(text: str, match: re.Match) -> bool:
    """``text``, whose opening ``PERSON_BIO`` matched (``match``), is a contributor's note in English."""
    if word_count(text) > BIO_WORDS or REPORTING.search(text) or QUOTE_MARKS.search(text):
        return False
    if NARRATIVE.search(text):
        return False
    first_sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", match.group("rest"), maxsplit=1)[0]
    if word_count(first_sentence) > BIO_SENTENCE_WORDS:
        return False
    if match.group("verb") in ROLE_VERBS:
        return bool(re.search(r"\b(at|in|of|for)\s+(the\s+)?[A-Z]", first_sentence))
    # The job is the complement: "is a (senior|former …) professor …", within the first words after the verb.
    opening = " ".join(first_sentence.split()[:7])
    return bool(re.match(r"(?:also |now |currently |formerly )?(?:a|an|the|one of the|[A-Z][\w'’-]*['’]s)\b",
                         first_sentence)) and bool(CONTRIBUTOR_ROLES.search(opening))


# The small words inside a name ("Ana de la Vega", "Jan van Dijk").
NAME_PARTICLES = frozenset("de da di del della dos das du la le van von der al el bin ibn".split())
# The same note, a job on a line of its own and disclaimers in German, French, Spanish, Italian, Portuguese,
# Russian, Polish and Arabic (disclaimers in Japanese too), from the tables of ``furniture_vocabulary`` (see there):
# each language's patterns are tried on the line as written, case aside. A name opens on a capital of its language's
# alphabet; in a script without capitals (``CASELESS_NAMES``: Arabic) it is told by its place, two to four words
# before a job, the first without the article, and line and tables are compared as ``folded`` spells them (hamza,
# vowel marks).
# Vietnamese writes capitals of its own beyond Latin's first blocks ("Ư", "Ơ", "Ấ", "Ỷ"): they are listed, since that
# block sets each capital beside its small letter.
VIETNAMESE_CAPITALS = "ƠƯ" + "".join(chr(code) for code in range(0x1EA0, 0x1EFA) if chr(code).isupper())
NAME_CAPITALS = {"latin": "A-ZÀ-ÖØ-ÞĀ-Ž" + VIETNAMESE_CAPITALS, "cyrillic": "А-ЯЁІЇЄҐ", "greek": "Α-ΩΆΈΉΊΌΎΏΪΫ"}
NAME_ALPHABETS = {"ru": "cyrillic", "uk": "cyrillic", "el": "greek"}
# Thai writes no capitals either, and no spaces inside a name: a name is two to four runs of its letters (given name,
# family name), and the job or the copula is written onto the word after it ("… เป็นนักเขียน").
# Persian writes Arabic's letters and its own (پ چ ژ ک گ ی), and the non-joiner inside a word ("چمن‌آرا"), Urdu
# Persian's and its own (ٹ ڈ ڑ ں ھ ہ ے); Hebrew
# writes its letters and the geresh of an abbreviated title ("פרופ׳").
CASELESS_NAMES = {"ar": "\u0621-\u064a", "th": "\u0e01-\u0e3a\u0e40-\u0e4e",
                  "fa": "\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c",
                  "he": "\u05d0-\u05ea\u05f3",
                  "ur": "\u0621-\u064a\u0679\u067e\u0686\u0688\u0691\u0698\u06a9\u06af\u06ba\u06be\u06c1\u06c3"
                        "\u06cc\u06d2\u200c"}
# The caseless languages whose note may name the job straight after the name, without a verb ("<name> كاتب وباحث
# …", Persian "<name> استاد اقتصاد دانشگاه … است", its verb last). Hebrew says "הוא" first ("<name> הוא כלכלן"), and
# a Hebrew name before a verb that is also a job ("כתב", "wrote", a reporter) is a person in the news.
VERBLESS_NOTES = ("ar", "th", "fa")
QUOTES_ANY = re.compile(r"[\"“”„«»‚‹›「」]")  # Japanese quotes speech in 「」
# A name or a title in quotation marks (an outlet's, a book's, three words at most) quotes no one.
QUOTED_NAME = re.compile(r"[\"“”„«»‚‹›「]([^\"“”„«»‚‹›「」]{1,60})[\"“”„«»‚‹›」]")
QUOTED_NAME_WORDS = 3


def _quotes_speech(text: str) -> bool:
    """``text`` quotes someone: a quotation mark outside a name in quotation marks («الرواق», »Le Monde«)."""
    return bool(QUOTES_ANY.search(QUOTED_NAME.sub(
        lambda m: " " if word_count(m.group(1)) <= QUOTED_NAME_WORDS else m.group(0), text)))


def _forms(entry: str, language: str = "", inflected: bool = False) -> str:
    """The phrases of one language's ``entry`` in a table as a group of alternatives, longest first, apostrophes
    either way; ``inflected`` (jobs and institutions): each word with the language's endings (``ROLE_ENDINGS``), a
    German word as the head of a compound too."""
    endings = vocabulary.ROLE_ENDINGS.get(language, "").split() if inflected else []
    ending = "(?:" + "|".join(sorted(endings, key=len, reverse=True)) + ")?" if endings else ""
    found = []
    fold = vocabulary.folded if language in CASELESS_NAMES else str.lower
    for phrase in sorted({fold(p.strip()) for p in entry.split("|") if p.strip()}, key=len, reverse=True):
        words = [re.escape(w).replace("'", "['’]") + ending for w in phrase.split()]
        found.append(r"\s+".join(words))
    if not found:  # a language without an entry in the table: a pattern that matches nothing, not everything
        return "(?!)"
    head = r"\w*" if inflected and language in vocabulary.COMPOUNDING else ""
    return "(?:" + head + "(?:" + "|".join(found) + "))"


def _phrases(table: dict[str, str], language: str, inflected: bool = False) -> re.Pattern:
    """One language's phrases of ``table``, as whole words (``furniture_vocabulary.WORD_START``), case aside."""
    return re.compile(vocabulary.WORD_START + _forms(table.get(language, ""), language, inflected)
                      + vocabulary.WORD_END, re.IGNORECASE)


# Languages that write a person's honorific onto the name ("นายธนากร"): a name that opens with one is a person in the
# news, as "Frau Lanz" is.
HONORIFICS_WRITTEN_ON = ("th",)
# Languages that put the verb last (Turkish): a note is a full name and a comma, then what the writer does, the verb
# closing each sentence ("<name>, 1968'de <town>'de doğdu. <paper>'de 2004'ten bu yana … yazıları yazıyor."); its
# ``BIO_COPULAS`` entry is the comma. A person in the news is brought in the same way ("<name>, 1968'de … doğdu;
# babası …"), or with a job ("<name>, ekonomist, … düşünüyor."): the writer's beat (``WRITES_ABOUT``), or a job's
# verb (``JOB_VERBS``) closing the note's first sentence with a job or where it is held, tells the note.
VERB_LAST = ("tr",)


# "Every" before a weekday makes it a schedule, not an event put in time: a columnist "writes every Thursday" ("schrijft
# elke donderdag", "écrit chaque jeudi", "schreibt jeden Donnerstag", "пише щочетверга" is one word and no weekday).
# Each note is read with its own language's words: Turkish "her" (every) is English "her".
EVERY = {
    "en": "every each", "nl": "elke iedere ieder", "de": "jeden jede jeder", "fr": "chaque tous toutes",
    "es": "cada todos todas", "pt": "cada todos todas", "it": "ogni tutti", "ru": "каждый каждую каждое",
    "uk": "кожен кожну кожного", "pl": "co każdy każdą", "tr": "her", "id": "setiap tiap saban",
    "ms": "setiap tiap saban", "el": "κάθε",
}


class _BioRules:
    """One language's patterns for a contributor's note and a job on a line of its own."""

    def __init__(self, language: str):
        self.language = language
        caseless = CASELESS_NAMES.get(language)
        # Line and tables compared as ``folded`` spells them (Arabic), or as written, case aside.
        self.fold = vocabulary.folded if caseless else (lambda text: text)
        if caseless:
            word = rf"[{caseless}]+"
            articles = vocabulary.ARTICLES.get(language, "").split()
            first = rf"(?!{'|'.join(articles)}){word}" if articles else word
        else:
            upper = NAME_CAPITALS[NAME_ALPHABETS.get(language, "latin")]
            word = first = rf"[{upper}][\w'’.-]*"
        particles = "|".join(sorted(NAME_PARTICLES))
        titles = vocabulary.NAME_TITLES.get(language)
        title = (rf"(?:(?i:{'|'.join(re.escape(self.fold(t.strip())) for t in titles.split('|'))})\.?\s+)*"
                 if titles else "")
        # The article Greek writes before a name ("Ο Θοδωρής Μακρής είναι …").
        articles_before = vocabulary.NAME_ARTICLES.get(language)
        article = (rf"(?:(?i:{'|'.join(re.escape(a.strip()) for a in articles_before.split('|'))})\s+)?"
                   if articles_before else "")
        verbs = "|".join(
            vocabulary.BIO_COPULAS[language].split("|") + vocabulary.JOB_VERBS[language].split("|")
            + vocabulary.WRITES_ABOUT[language].split("|")
        )
        # A language without capitals writes a note as a sentence without a verb ("<name> كاتب وباحث …"): the job
        # may follow the name directly.
        job = (rf"|(?={_forms(vocabulary.CONTRIBUTOR_ROLES[language], language, True)}"
               rf"{vocabulary.WORD_END})" if caseless and language in VERBLESS_NOTES else "")
        # The verb ends where a space or a stop follows it or, in a script written without spaces, where the next
        # word begins ("… เป็นนักเขียน").
        verb_end = rf"(?=[\s,:]|$|(?<=[{SOUTHEAST_ASIAN}])[{SOUTHEAST_ASIAN}])"
        self.verb_last = language in VERB_LAST
        if self.verb_last:  # the name, a comma, the note
            self.opening = re.compile(
                rf"^{title}(?P<name>{first}(?:\s+(?:{word}|{particles})){{1,3}}),\s+(?P<verb>)(?P<rest>.*)$",
                re.DOTALL,
            )
        else:
            self.opening = re.compile(
                rf"^{title}{article}(?P<name>{first}(?:\s+(?:{word}|{particles})){{1,3}})\s+"
                rf"(?:(?P<verb>{_forms(verbs, language)}){verb_end}\s*{job})(?P<rest>.*)$",
                re.DOTALL,
            )
        self.caseless = bool(caseless)
        self.honorific_written_on = language in HONORIFICS_WRITTEN_ON
        self.job_verbs = _phrases(vocabulary.JOB_VERBS, language)
        self.writes = _phrases(vocabulary.WRITES_ABOUT, language)
        self.roles = _phrases(vocabulary.CONTRIBUTOR_ROLES, language, inflected=True)
        self.institutions = _phrases(vocabulary.INSTITUTIONS, language, inflected=True)
        modifiers = "|".join(re.escape(m) for m in vocabulary.ROLE_MODIFIERS.get(language, "").split())
        self.role_opening = re.compile(
            rf"^(?:(?:{modifiers})\s+){{0,2}}" + _forms(vocabulary.CONTRIBUTOR_ROLES[language], language, True)
            + r"(?!\w)",
            re.IGNORECASE,
        )
        self.event_time = _phrases(vocabulary.EVENT_TIME, language)
        self.date_names = frozenset(self.fold(vocabulary.DATE_NAMES.get(language, "")).lower().split())
        self.every = frozenset(EVERY.get(language, "").split())
        self.honorifics = frozenset(self.fold(vocabulary.HONORIFICS.get(language, "")).split())

    def function_words(self) -> frozenset[str]:
        from newsdesk.importing.languages import function_words

        return function_words(self.language)

    def is_function_word(self, word: str) -> bool:
        """``word`` is a function word of the language, as ``languages.is_function_word`` looks it up (Arabic's
        behind a conjunction or a preposition written onto it: "وكان")."""
        from newsdesk.importing.languages import is_function_word

        return is_function_word(word, self.language)


OTHER_BIOS = tuple(_BioRules(language) for language in vocabulary.CONTRIBUTOR_ROLES)


class _DisclaimerRules:
    """One language's patterns for a disclaimer: a label, a clause that is one by itself, views and whose."""

    def __init__(self, language: str):
        self.fold = vocabulary.folded if language in CASELESS_NAMES else (lambda text: text)
        self.labels = re.compile(
            r"^\(?\s*" + _forms(vocabulary.DISCLAIMER_LABELS.get(language, ""), language) + r"\s*\)?\s*[:：—–]",
            re.IGNORECASE,
        )
        self.disclaimers = _phrases(vocabulary.DISCLAIMERS, language)
        particles = language in vocabulary.PARTICLE_LANGUAGES  # "본지의 편집 방향과"
        self.views = _phrases(vocabulary.VIEWS, language, inflected=particles)
        self.whose_views = _phrases(vocabulary.WHOSE_VIEWS, language, inflected=particles)


OTHER_DISCLAIMERS = tuple(_DisclaimerRules(language) for language in vocabulary.VIEWS)
BIO_ROLE_WINDOW = 7  # the job follows "ist", "es", "—" within this many words, as in English


def _other_bio(text: str, bio: _BioRules) -> bool:
    """A contributor's note in ``bio``'s language: a full name (not opening with a function word, an honorific or a
    job: "Die Ökonomin …", "Frau Lanz …", "Landrat Peter Hollmann …"), then a job of the contributor class within
    the first words after the copula, a job's verb with where it is held, or the writer's beat; with no reporting,
    no quotation of speech (an institution's name in quotation marks is none: «Малі міста») and no event put in
    time."""
    match = bio.opening.match(bio.fold(text))
    if match is None:
        return False
    first = match.group("name").split()[0].lower().rstrip(".")
    if bio.is_function_word(first) or first in bio.honorifics or bio.roles.fullmatch(first) or (
        bio.honorific_written_on and first.startswith(tuple(bio.honorifics))
    ):
        return False
    rest = match.group("rest")
    if REPORTING.search(text) or _quotes_speech(text) or bio.event_time.search(rest) or (
        bio.date_names.intersection(_dated_words(rest, bio.every))
    ):
        return False
    first_sentence = re.split(r"(?<=[.!?])\s+(?=[^\W\d_])", rest, maxsplit=1)[0]
    if word_count(first_sentence) > BIO_SENTENCE_WORDS:
        return False
    verb = match.group("verb") or ""
    if bio.writes.fullmatch(verb) or bio.writes.search(first_sentence) or bio.verb_last and bio.writes.search(rest):
        return True
    if bio.verb_last:
        # The job alone tells nothing in a language that puts the verb last: a person in the news is brought in as
        # a note is ("<name>, ekonomist, … düşünüyor."); the note's sentence ends on a job's verb, where it is held.
        final = re.search(bio.job_verbs.pattern + r"\W*$", first_sentence, re.IGNORECASE)
        return final is not None and bool(bio.institutions.search(first_sentence) or bio.roles.search(first_sentence))
    if bio.job_verbs.fullmatch(verb):
        return bool(bio.institutions.search(first_sentence))
    return bool(bio.roles.search(" ".join(first_sentence.split()[:BIO_ROLE_WINDOW])))


def _dated_words(text: str, every: frozenset[str]) -> list[str]:
    """The words of ``text`` that may put it in time (in lower case): each, but a word after one of ``every`` (the
    note's language's words for "every")."""
    found = re.findall(r"[\w-]+", text.lower())
    return [word for i, word in enumerate(found) if i == 0 or found[i - 1] not in every]


def _unspaced_bio(text: str) -> bool:
    """A contributor's note in a language written without spaces (Japanese): two phrases of a note at least
    (``furniture_vocabulary.BIO_PHRASES``: born in, graduated from, specialises in, author of), with no quotation of
    speech and no reporting, that names the writer: it opens on the reading of a name in hiragana ("もりした・なおみ
    …", "森下直美（もりした・なおみ）…"), or on its own phrases with no subject before them ("1975年生まれ。…"), or
    speaks of the writer (``BIO_WRITER``: "筆者"). A profile of a person in the news names its subject with a
    particle ("佐藤氏は…大学卒業後、…を経て現職。") and is the story's."""
    read = folded(text)
    found = list(OTHER_BIO_PHRASES.finditer(read))
    if len({match.group() for match in found}) < BIO_PHRASES_NEEDED or SPEECH_QUOTES.search(text) or (
        REPORTING.search(text)
    ):
        return False
    head = read[:found[0].start()]
    subjectless = not SUBJECT_PARTICLES.search(head) and "。" not in head
    return bool(NAME_READING.match(read) or subjectless or OTHER_BIO_WRITER.search(read))


# A contributor's note in Burmese: the writer's name with its honorific and the topic particle ("ဒေါက်တာ
# နှင်းဝေဖြိုးသည်", Dr Hnin Wai Phyo), then "is a <job>" as Burmese writes it, a job of the contributor class, "one
# person" ("တစ်ဦး", "တစ်ယောက်") and the copula "ဖြစ်" ("… ပညာရှင်တစ်ဦး ဖြစ်ပြီး", is an expert and …); with no
# quotation and no words reported ("ဟု", "ပြော"). A person in the news is brought in so too, by another job
# ("မီးသတ်သမားတစ်ဦး", a firefighter) or with their words.
BURMESE_NOTE_NAME = re.compile(rf"^(?:{'|'.join(dict.fromkeys(word.strip() for word in BURMESE_HONORIFICS))}) ?"
                               r"[\u1000-\u109f]{2,30}?(?:သည်|မှာ)\s")
BURMESE_CONTRIBUTOR_ROLES = (
    "ပညာရှင်|ပါမောက္ခ|တွဲဖက်ပါမောက္ခ|ကထိက|လက်ထောက်ကထိက|သုတေသီ|သုတေသနပညာရှင်|စာရေးဆရာ|စာရေးဆရာမ|ကဗျာဆရာ|"
    "ဆောင်းပါးရှင်|သတင်းစာဆရာ|သတင်းထောက်|အယ်ဒီတာ|ဝေဖန်ရေးဆရာ|ရှေ့နေ|ဥပဒေပညာရှင်|စီးပွားရေးပညာရှင်|"
    "သမိုင်းပညာရှင်|အကြံပေး|လေ့လာသုံးသပ်သူ|ဒါရိုက်တာ|တည်ထောင်သူ"
)
BURMESE_IS_A = re.compile(rf"(?:{BURMESE_CONTRIBUTOR_ROLES}) ?(?:တစ်ဦး|တစ်ယောက်) ?ဖြစ်")
BURMESE_SAYING = re.compile(r"ဟု|ဟူ၍|ပြော|ကြေညာ")


def _burmese_bio(text: str) -> bool:
    """A contributor's note in Burmese (``BURMESE_NOTE_NAME``, ``BURMESE_IS_A``)."""
    opening = BURMESE_NOTE_NAME.match(text)
    if opening is None or QUOTE_MARKS.search(text) or BURMESE_SAYING.search(text):
        return False
    return BURMESE_IS_A.search(text, opening.end()) is not None


def _labelled_bio(text: str) -> bool:
    """A contributor's note behind its label ("作者简介：宋之远，媒体人，…"), or set in brackets and opening on the
    word for the writer ("(लेखिका … शोधकर्ता हैं।)", "（作者系…）"), with no quotation and no reporting."""
    read = folded(text)
    if not (BIO_LABEL.match(read) or NOTE_WRITER.match(read)):
        return False
    return not (_quotes_speech(text) or REPORTING.search(text))


def _other_role_line(text: str, bio: _BioRules) -> bool:
    """A contributor's job on a line of its own in ``bio``'s language: a job of the contributor class opening the
    line, then where it is held, the line ending on that place's proper name ("Maîtresse de conférences en
    sociologie, université de Vallenot", "Доцент кафедры … Северного университета"), not on a headline's verb
    ("Rektorin der Universität tritt zurück"). Not in a script without capitals, where no proper name can be told."""
    if bio.caseless:
        return False
    opening = bio.role_opening.match(text)
    if opening is None:
        return False
    places = list(bio.institutions.finditer(text, opening.end()))
    if not places:
        return False
    function = bio.function_words()
    after = re.findall(r"[\w'’-]+", text[places[-1].end():])
    return all(w[:1].isupper() or w.lower() in function for w in after)


def _other_disclaimer(text: str) -> bool:
    """A disclaimer in German, French, Spanish, Italian, Portuguese, Russian, Polish, Arabic or Japanese: an editor's
    note or a correction behind its label, or a sentence without reporting or quotation (a name in quotation marks
    is none) that says the article is not advice, names an earlier version of it, or names views and whose they are
    (the writer's, the outlet's)."""
    if not text:
        return False
    if any(rules.labels.match(rules.fold(text)) for rules in OTHER_DISCLAIMERS):
        return True
    if _quotes_speech(text):
        return False
    for sentence in _sentences(text):
        for rules in OTHER_DISCLAIMERS:
            read = rules.fold(sentence)
            # A disclaimer's own words are no reporting ("escreve de acordo com a antiga ortografia").
            if rules.disclaimers.search(read) and not REPORTING.search(rules.disclaimers.sub(" ", read)) or (
                rules.views.search(read) and rules.whose_views.search(read) and not REPORTING.search(read)
            ):
                return True
    return False


# Disclaimers and notes about the article itself: who owns or pays for it, whose views it gives, that it is
# not advice, that it was changed, that links in it may earn the outlet money.
# A label or an opening that makes the line a note about the article, whatever follows it.
DISCLAIMER_OPENING = re.compile(
    r"^\(?\s*(disclaimer|disclosure|full disclosure|editor['’]?s note|editorial note|note to readers|"
    r"corrections? and clarifications?|correction|clarification|transparency note|affiliate disclosure)\s*[:—–,-]|"
    r"^(?:note:\s*)?this (?:article|story|piece|essay|interview|column|report) (?:was |is )?(?:first|originally) "
    r"(?:published|appeared|ran|aired)\b|"
    r"^this is an? (?:edited|abridged|shortened|adapted|extended|updated) (?:version|extract|excerpt|transcript)\b|"
    r"^this transcript (?:was|has been|is) (?:produced|generated|created|made) (?:automatically|by (?:a )?(?:machine|"
    r"computer|software))\b|^(?:this|the) transcript (?:may|might|could) contain errors\b|"
    r"^this (?:article|story|piece|essay) (?:is|was|has been) (?:republished|adapted|excerpted|reproduced|"
    r"syndicated)\b|\bunder a creative commons licen[cs]e\b|"
    r"^this (?:article|story|piece|content|report|series|project|coverage|feature) (?:was|is|has been) "
    r"(?:produced|supported|funded|paid for|made possible|sponsored|commissioned)\b|"
    r"^support for (?:this|our) (?:reporting|journalism|coverage|series|project) (?:comes|is provided) from\b|"
    r"^this (?:article|story|page) is (?:more|over) than (?:\w+|\d+) (?:years?|months?|weeks?|days?) old\b|"
    r"^(?:this|the) (?:article|story|piece|report|post|page|column|interview|headline|feature|review) "
    r"(?:was|has been|had been|is being) (?:amended|updated|corrected|edited|changed|clarified|revised)\b",
    re.IGNORECASE,
)
# A note on a line of its own may run longer than the line rules' usual length (``furniture.LINE_RULE_WORDS``): a
# correction that gives what was wrong and what is right takes 50 words or so.
NOTE_WORDS = 60
# The outlet's rules for its comments, or any note in which it speaks of its own pages to its readers: "we" or
# "our" in the outlet's voice, its own pages ("our stories", "the comments under our articles") and its readers
# named in the third person ("a place where readers can debate …"), with no one quoted and no reporting verb. A
# story about a newspaper quotes its editor or says who said so; an editorial says "our town", not "our stories".
OUTLET_PAGES = re.compile(
    r"\bour\s+(?:own\s+)?(?:stories|articles|site|website|pages|comments?|comment\s+(?:threads?|sections?|pages?)|"
    r"forums?|message\s+boards?|journalism|platform|apps?)\b",
    re.IGNORECASE,
)
READERS_NAMED = re.compile(r"\b(?:readers|commenters|commentators|users|posters)\b", re.IGNORECASE)
HOUSE_RULES_WORDS = 80


def house_rules(text: str) -> bool:
    """``text`` is the outlet speaking of its own pages and of its readers (a comment policy): see ``OUTLET_PAGES``."""
    if word_count(text) > HOUSE_RULES_WORDS or QUOTE_MARKS.search(text) or REPORTING.search(text):
        return False
    outlet = len(re.findall(r"\b(?:we|our|us)\b", text, re.IGNORECASE))
    return outlet >= 2 and bool(OUTLET_PAGES.search(text)) and bool(READERS_NAMED.search(text))


def opens_as_note(text: str) -> bool:
    """``text`` opens as a note about the article does ("Correction: …", "Editor's note: …")."""
    return bool(DISCLAIMER_OPENING.search(_without_emphasis(text)))


# Clauses of a disclaimer anywhere in a line, which a line of reporting (with a reporting verb or a quotation)
# may also hold ("Investors were told the fund was not investment advice").
DISCLAIMER = re.compile(
    r"\bnot (?:intended as |to be (?:taken|construed|relied on) as |meant as |a substitute for )?"
    r"(?:personal |professional |independent )?(?:financial|investment|legal|medical|tax|trading) advice\b|"
    r"\b(?:views|opinions)(?: and opinions)? (?:expressed|set out|in this (?:article|piece|column|post))\b|"
    r"\b(?:views|opinions) (?:are|remain) (?:his|her|their|my|the (?:author|writer|contributor)['’]?s?) own\b|"
    r"\bdo(?:es)? not (?:necessarily )?reflect (?:the (?:views|opinions|position|policy)|those) of\b|"
    r"^(?:this|the) (?:column|article|piece|post|essay|op-ed|commentary|blog) (?:reflects|represents|expresses|gives) "
    r"(?:only |solely )?(?:the )?(?:personal )?(?:opinions?|views?) of (?:the|its) (?:author|writer|contributor)s?\b|"
    r"^(?:market )?(?:data|prices|quotes|figures|quotations)(?: are| is)? delayed (?:by )?(?:at least |up to )?\d+\s*"
    r"(?:min|minutes)\b|"
    r"\b(?:we|this (?:site|website|page|publication))\b[^.]{0,40}\b(?:may|might|could|will|can) "
    r"(?:earn|receive|get|be paid)\b[^.]{0,30}\b(?:commission|share|compensation|fee|revenue|money)\b|"
    r"\baffiliate (?:links?|commissions?|partnerships?|programmes?|programs?)\b|\bqualifying purchases\b|"
    r"\bat no (?:extra|additional) cost to you\b|"
    r"\b(?:declares?|declared|has|have|reports?) no (?:conflicts? of interest|competing interests?)\b|"
    r"\bdo(?:es)? not work for, consult\b|"
    r"\ban? (?:earlier|previous|prior) version of this\b|"
    r"^\(.*\b(?:is owned by|owns|is funded by|funds|"
    r"is a (?:shareholder|donor|sponsor|investor) (?:in|of|to))\b.*\)\W*$|"
    r"\bowned by\b.*\b(?:parent company|publisher of|which (?:also )?(?:owns|publishes)|this (?:newspaper|site|"
    r"website|publication|paper|magazine|station|outlet))\b",
    re.IGNORECASE,
)
# The sponsor of a page on a line of its own ("In association with …", "Paid for by …").
SPONSOR_LINE = re.compile(
    r"^(?:in association with|in partnership with|paid for by|presented by|supported by|funded by|"
    r"brought to you by|sponsored by|produced by .* for)\s+[A-Z][^,.;:]*$",
    re.IGNORECASE,
)
# A newsletter's sponsor: the heading of its message ("A word from our sponsor"), and the message, which names the
# newsletter and its sponsor, each capitalised, and then gives the offer's small print or a sentence opening on an
# offer to the reader ("Daybreak is supported by Jane Roe Bank. Open your account … Terms apply."): a sentence of a
# story may name who supports whom and speak of "you" ("… who say your vote will decide the budget").
SPONSOR_HEADING = re.compile(
    r"^(?:an? )?(?:word|message|note)s? from (?:our|the|today's|today’s|this week's|this week’s) "
    r"(?:sponsors?|partners?)\W*$",
    re.IGNORECASE,
)
SPONSOR_MESSAGE = re.compile(
    r"^[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3} (?:is|are) (?:supported|sponsored|brought to you|presented|"
    r"powered) by (?:the )?[A-Z]"
)
SPONSOR_OFFER = re.compile(
    r"\b(?:terms|t&cs?|conditions) apply\b|"
    r"(?:^|[.!?]\s+)(?:open|save|get|try|sign up|join|switch|apply|claim|book|shop|start|find out|discover|"
    r"download|visit|subscribe|register)\b",
    re.IGNORECASE,
)
SPONSOR_WORDS = 60
# A sign-up form's small print: agreeing to the site's terms by signing up.
FORM_TERMS = re.compile(
    r"\bby (?:signing up|subscribing|registering|continuing|clicking|submitting)\b.*\b(?:privacy|terms|policy)\b|"
    r"\byou agree to (?:our|the)\b.*\b(?:privacy|terms|policy)\b|\brecaptcha\b",
    re.IGNORECASE,
)
READING_TIME = re.compile(r"^(?:estimated )?reading time\s*:?\s*(?:\d|an?\b|one|two|three|four|five)", re.I)
# ... in another language (``furniture_vocabulary.READING_TIMES``), then its figure.
OTHER_READING_TIME = re.compile(r"^" + vocabulary.alternatives(vocabulary.READING_TIMES) + r"\s*[:：៖]?\s*\d")
# A shop's call to buy ("Shop now", "Jetzt kaufen", "Compre agora"; ``furniture_vocabulary.RETAIL_CALLS``) opening
# the line as its label or its button ("Shop now: …", "Buy now!"), or standing alone as a later sentence ("… Order
# now"): a report tells who urged whom to buy ("… urged shoppers to buy now …").
RETAIL_CALL = vocabulary.alternatives(vocabulary.RETAIL_CALLS)
RETAIL_OPENING = re.compile(r"^" + RETAIL_CALL + r"\s*(?:[:!.–—-]|$)")
RETAIL_ALONE = re.compile(RETAIL_CALL + r"\s*[!.]?")
RETAIL_ANYWHERE = vocabulary.pattern(vocabulary.RETAIL_CALLS)
# A live page's entry of a match event with no sentence: its minute mark ("64'", "90+2'"), the event's words
# opening what follows (``furniture_vocabulary.LIVE_EVENTS``: "Substitution", "Yellow card", "Cambio"), then only
# the names of players and teams and the small words of the record ("Hobday replaces Rusk", "Berger für Kühne").
# An entry that tells what happened ("… Ives limps off, and the crowd boos …") is the story's.
LIVE_MINUTE_MARK = re.compile(r"^\d{1,3}(?:\s?\+\s?\d{1,2})?\s?['’′]\s+")
LIVE_EVENT_OPENING = re.compile(r"^" + vocabulary.alternatives(vocabulary.LIVE_EVENTS) + r"(?![^\W\d_])")
LIVE_EVENT_WORDS = frozenset(word for phrase in vocabulary.phrases(vocabulary.LIVE_EVENTS)
                             for word in re.findall(r"[^\W\d_]+", phrase))
LIVE_RECORD_WORDS = vocabulary.words(vocabulary.LIVE_RECORD_WORDS)
LIVE_ENTRY_WORDS = 40


def live_event_entry(text: str) -> bool:
    """``text`` is a live page's entry of a match event with no sentence in it (``LIVE_EVENT_OPENING``): a minute
    mark, an event's words, and names, figures and the record's small words only."""
    mark = LIVE_MINUTE_MARK.match(text)
    if mark is None or QUOTE_MARKS.search(text) or word_count(text) > LIVE_ENTRY_WORDS:
        return False
    rest = text[mark.end():]
    if not LIVE_EVENT_OPENING.match(folded(rest)):
        return False
    return all(word[0].isupper() or folded(word) in LIVE_EVENT_WORDS or folded(word) in LIVE_RECORD_WORDS
               for word in re.findall(r"[^\W\d_]+", rest))


def retail_call(text: str) -> bool:
    """``text`` holds a shop's call to buy as its label or button, or as a sentence of its own after the first
    (``RETAIL_OPENING``, ``RETAIL_ALONE``), and nobody is quoted or reported."""
    folded_text = folded(text)
    if not RETAIL_ANYWHERE.search(folded_text) or QUOTE_MARKS.search(text) or REPORTING.search(text):
        return False
    if RETAIL_OPENING.match(folded_text):
        return True
    return any(RETAIL_ALONE.fullmatch(folded(sentence).strip()) for sentence in _sentences(text)[1:])


# A consent banner: cookies, and the site or the reader consenting to them.
CONSENT = re.compile(r"\bcookies?\b", re.IGNORECASE)
CONSENT_CUES = re.compile(
    r"\b(we use|we and our partners|you (?:agree|consent|accept)|accept (?:all|cookies)|consent|"
    r"manage (?:cookies|preferences|settings)|cookie (?:policy|settings|preferences|notice)|by continuing)\b",
    re.IGNORECASE,
)


PRICE = re.compile(r"[$€£¥₹₺₪৳]\s?\d|\d\s?[€$£₹₺₪৳]|\bper (month|year|week)\b|/(month|year|week)\b|\ba month\b|"
                   r"\bप्रति (?:माह|महीना|महीने|वर्ष|साल)|"
                   # Turkish lira ("89,90 TL'den"), and a price per month in Turkish ("ayda") and Vietnamese
                   # ("49.000 đồng/tháng").
                   r"\d\s?TL(?![^\W\d_])|\bayda\b[^.]{0,20}\d|"
                   r"\d\s?(?:(?:nghìn|ngàn|triệu)\s)?(?:đồng|đ|vnđ|vnd)\s?/\s?(?:tháng|năm)|"
                   # A currency written as a word or an abbreviation by its figures: rupiah and ringgit before them
                   # ("Rp50.000", "RM9.90"), euros, shekels and taka after them ("4 euros", "25 ש״ח", "৯৯ টাকায়"); a
                   # euro's word ends there ("27 European" is no price), as Bengali's need not (its case ending
                   # written on: "টাকায়").
                   r"\b(?:Rp|RM)\s?\d|\d\s?(?:euros?|eur)(?![^\W\d_])|\d\s?(?:ש״ח|ש\"ח|שקלים|টাকা)|"
                   # A price for a time: per month, week or year in Indonesian and Malay, Dutch, Spanish, Hebrew
                   # and Bengali ("per bulan", "per maand", "al mes", "לחודש", "মাসে").
                   r"\bper (?:bulan|tahun|minggu|maand|jaar|week)\b|\bsebulan\b|\bal (?:mes|año)\b|"
                   r"(?<![^\W\d_])(?:לחודש|לשנה)|(?<![^\W\d_])(?:মাসে|বছরে)(?![^\W\d_])", re.I)
ENGLISH_OFFER_WORDS = frozenset(
    "subscribe subscription subscriber subscribers trial cancel access member membership members".split()
)


# An offer's words and the call or the address beside them are read in one language: a word of one language's table
# is an ordinary word of another's (Dutch "gratis" in a Spanish or Indonesian sentence of news). English's go with
# any language's, as pages in other languages keep English's ("premium", "app", "free trial").
def _table_by_language(table: dict[str, str]) -> dict[str, tuple[frozenset[str], re.Pattern]]:
    """Each language's single words of ``table`` (folded) and its phrases of several words as a pattern."""
    return {language: (vocabulary.words({language: entry}), vocabulary.word_phrases({language: entry}))
            for language, entry in table.items()}


OFFER_BY_LANGUAGE = _table_by_language(vocabulary.OFFER_WORDS)
ADDRESS_BY_LANGUAGE = _table_by_language(vocabulary.ADDRESS)
CALL_BY_LANGUAGE = {
    language: (vocabulary.words({language: vocabulary.CALL_TO_ACTION.get(language, "")}, alef=False)
               | vocabulary.words({language: vocabulary.SHARED_CALL_TO_ACTION.get(language, "")}),
               vocabulary.word_phrases({language: vocabulary.CALL_TO_ACTION.get(language, "")}))
    for language in {*vocabulary.CALL_TO_ACTION, *vocabulary.SHARED_CALL_TO_ACTION}
}
PROMPTS_BY_LANGUAGE = {language: vocabulary.pattern({language: entry})
                       for language, entry in vocabulary.PROMPTS.items()}


def _offer_languages(words, folded_text: str) -> set[str]:
    """The languages ("en" for English) whose words of an offer are among ``words`` (folded) or phrases of
    ``folded_text``."""
    found = {"en"} if ENGLISH_OFFER_WORDS.intersection(words) else set()
    return found | {language for language, (single, phrases) in OFFER_BY_LANGUAGE.items()
                    if single.intersection(words) or phrases.search(folded_text)}


def _call_languages(first: str, words, folded_text: str) -> set[str]:
    """The languages ("en" for English) in which the line calls the reader to subscribe: it opens with an imperative
    (``first``: its first word), speaks to the reader, asks to cancel, or holds a prompt's phrase."""
    found = {"en"} if (first in ENGLISH_CALL_TO_ACTION or ENGLISH_ADDRESS.intersection(words)
                       or "cancel" in words) else set()
    found |= {language for language, (single, phrases) in CALL_BY_LANGUAGE.items()
              if first in single or phrases.match(folded_text)}
    found |= {language for language, (single, phrases) in ADDRESS_BY_LANGUAGE.items()
              if single.intersection(words) or phrases.search(folded_text)}
    return found | {language for language, prompts in PROMPTS_BY_LANGUAGE.items() if prompts.search(folded_text)}


def _offer_and_call(offers: set[str], calls: set[str]) -> bool:
    """An offer's words and a call in one language, or either in English."""
    return bool(offers and calls and ("en" in offers or "en" in calls or offers & calls))


# Credit labels that open or close a caption line: "Photo: …", "… Photograph: Name/Agency".
CREDIT_LABEL = re.compile(
    r"^[\W_]*(photo|photograph|image|picture|video|watch|image caption|image source|map|chart|graphic|infographic)\s*:|"
    r"\b(photo|photograph|image|picture|credit|courtesy)\s*:\s*[^.:]{2,60}\)?\s*$|"
    # The same labels abbreviated or in another language ("Fot. …", "(Foto: …)").
    r"^[\W_]*(?:fot|foto|pic)\.\s|\((?:fot|foto|photo|pic)\.?:?\s[^()]{2,60}\)\s*$",
    re.IGNORECASE,
)
# A picture's credit on a line of its own, nothing else on it: its label, then the photographer or the agency
# ("Photo: Jo Ng", "(Foto: Il Giornale)", "Fot. Jo Ng"), or, as a print page or a local site sets it in brackets, the
# outlet or the kind of picture, then the photographer's name ("(Herald photo/Jo Ng)", "(Staff photo by Jo Ng)").
# "Photos: …" labels a gallery's link, no credit.
PICTURE_WORDS = r"(?:photo|photograph|picture|image|illustration|graphic|foto|fot\.|pic\.)"
PICTURE_CREDIT = re.compile(
    rf"^[(\[]?\s*{PICTURE_WORDS}\s*(?:[:/]|(?<=\.)\s|by\s+(?-i:[A-Z]))\s*[^()\[\]]{{1,60}}[)\]]?$|"
    rf"^[(\[][^()\[\]]{{0,40}}\b{PICTURE_WORDS}\s*(?:/|by\s)\s*(?-i:[A-Z])[^()\[\]]{{1,60}}[)\]]$",
    re.IGNORECASE,
)
PICTURE_CREDIT_WORDS = 12
# What a credit names is a photographer, an outlet or an agency: its words are capitalised, but for the small words
# of names ("van", "de"), the joins of a credit ("by", "for", "via") and its own words ("courtesy", "supplied").
# A caption after the label describes the picture in the words of a sentence ("Photo: Firefighters on the ridge").
CREDIT_SMALL_WORDS = frozenset("""
    by for via and of the de da di del della dos van von der den le la du y e
    courtesy supplied handout file archive staff
""".split())
# The label is a whole word, perhaps in the plural as an agency's name has it ("Northway Photos", "PA Pictures"):
# what is left of the name once it is taken out is all capitals.
_CREDIT_LABEL_WORDS = re.compile(rf"\b{PICTURE_WORDS}s?(?![^\W\d_])|\bby\b", re.IGNORECASE)
_CREDIT_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def picture_credit(text: str) -> bool:
    """``text`` is a picture's credit and nothing else (``PICTURE_CREDIT``): what follows its label names someone
    (``CREDIT_SMALL_WORDS``), no caption describes the picture there, no copyright line, which may close an
    article's text as well as a picture's, no video's label ("Watch: …")."""
    text = trimmed(text)
    if word_count(text) > PICTURE_CREDIT_WORDS or not PICTURE_CREDIT.match(text) or COPYRIGHT.search(text):
        return False
    named = _CREDIT_WORD.findall(_CREDIT_LABEL_WORDS.sub(" ", text))
    lowered = [word.lower() for word in named]
    if "courtesy" in lowered:  # "courtesy of the family": whoever gave it, in any words
        named = named[:lowered.index("courtesy")]
    return all(word[0].isupper() or word.lower() in CREDIT_SMALL_WORDS for word in named)


def picture_control(text: str) -> bool:
    """``text`` is a gallery's link to the next or the previous picture and nothing else ("Next image", "Nächstes
    Bild", ``furniture_vocabulary.GALLERY_CONTROLS``)."""
    return bool(GALLERY_CONTROL.fullmatch(label_key(text.strip())))


def of_the_picture(line: str) -> bool:
    """``line`` is the picture's, set under its caption: its credit (``picture_credit``) or a gallery's link to the
    next or the previous picture (``picture_control``)."""
    return picture_credit(line) or picture_control(line)


def picture_lines_start(lines: list[str]) -> int:
    """Where the run of the picture's lines closing ``lines`` begins (``of_the_picture``: "Photo: Jo Ng / Harbour
    Photos", "Next image", as a gallery sets them under each caption): ``len(lines)`` when the last line is none of
    them, and never before the second line, whatever the first is."""
    kept = len(lines)
    while kept > 1 and of_the_picture(lines[kept - 1]):
        kept -= 1
    return kept


def without_picture_lines(text: str) -> str:
    """``text`` without the lines at its end that are the picture's (``picture_lines_start``); ``text`` itself when
    every line is one."""
    lines = text.rstrip().split("\n")
    kept = picture_lines_start(lines)
    return text if kept == len(lines) or not "".join(lines[:kept]).strip() else "\n".join(lines[:kept]).rstrip()


EMBED_OPENER = re.compile(r"\b(embedded|post|tweet|video|reel)\b.*\b(from|by)\s+@\w+|@\w+.*:$", re.I)
EMBED_CLOSER = re.compile(r"^(view|see|watch) (this post )?on\b", re.IGNORECASE)
# The labels of the outlet's own summary, in the languages of ``furniture_vocabulary.SUMMARY_LABELS``: the lines of
# the list under them are the story, not furniture.
SUMMARY_LABELS = re.compile(
    r"^(?:" + "|".join(re.escape(phrase).replace(r"\ ", r"\s+")
                       for phrase in vocabulary.phrases(vocabulary.SUMMARY_LABELS)) + r")\W*$",
    re.IGNORECASE,
)
RELATIVE_TIME = re.compile(
    r"^((updated|published|posted|last updated)\s+)?(\d+\s?(s|m|h|d|w|mins?|minutes?|hrs?|hours?|days?|weeks?|"
    r"months?)|an? (minute|hour|day|week|month))\s+ago\W*$",
    re.IGNORECASE,
)


def _relative_stamp() -> re.Pattern:
    """Any language's relative time stamp alone on its line (``furniture_vocabulary.RELATIVE_FRAMES``): a frame
    around a number and one of that language's units of time, in either order, in folded text."""
    frames = []
    for language, entry in vocabulary.RELATIVE_FRAMES.items():
        units = "(?:" + "|".join(map(re.escape, sorted(folded(vocabulary.RELATIVE_UNITS[language]).split(),
                                                          key=len, reverse=True))) + ")"
        amount = rf"(?:\d+\s?{units}\.?|{units}\s\d+)"
        for frame in folded(entry).split("|"):
            before, _, after = frame.strip().partition("{}")
            frames.append(re.escape(before) + amount + re.escape(after))
    return re.compile(r"^(?:" + "|".join(frames) + r")\W*$")


RELATIVE_STAMP = _relative_stamp()


def relative_stamp(line: str) -> bool:
    """``line`` is a relative time stamp and nothing else, in English ("10 minutes ago", ``RELATIVE_TIME``) or another
    language ("há 10 minutos", "vor 3 Stunden", "dakika 10 zilizopita")."""
    line = line.strip()
    return bool(RELATIVE_TIME.match(line) or RELATIVE_STAMP.match(folded(line)))


# A reader's comment opens on a line of its writer's name or handle and when it was posted, set apart by a dot or a
# bar ("riverfan88 · 2 hours ago", "Ana P. · 13 de março de 2025, 19h40", "Mama Tumaini · Machi 13, 2025 saa 7:40"):
# the time in figures (a year, a clock time) or relative ("… ago", ``relative_stamp``), whatever the month's language.
# A dot may touch the name when a figure follows it ("riverfan88·2h"); else a space stands on one side of it at
# least: a dot between two letters is a word's own (Catalan's "l·l": "Marcel·lí Puig · 2 hours ago"). A bar stands
# between spaces. The spaces before a dot or a bar are tried only where their run starts, so that a long run of
# blanks costs time in proportion to it, not to its square.
COMMENTER_SEPARATOR = re.compile(r"(?<!\s)\s+[·•]\s*|[·•]\s+|(?<=\w)[·•](?=\d)|(?<!\s)\s+\|\s+")
COMMENTER_NAME_WORDS = 4
COMMENTER_STAMP_WORDS = 10
_FIGURED_TIME = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|(?<!\d)\d{1,2}[:.h]\d\d(?!\d)")
# A comment's time in a compact form, as comment boxes write it, without "ago": a figure and a unit of hours or more
# ("3 days", "an hour"), a figure and the unit's letter ("2h", "5m"), or "yesterday". Minutes written out are left
# out: "Listen · 4 min" is a reading time.
_COMPACT_STAMP = re.compile(
    r"^(?:\d+\s?(?:h|d|w|hrs?|hours?|days?|weeks?|months?)|\d+[sm]|an? (?:hour|day|week|month)|yesterday)\W*$",
    re.IGNORECASE,
)


def _handle(name: str) -> bool:
    """``name`` is a handle: one word, with a figure, an underscore, a dot or an "@" inside it, or all in lower case
    ("riverfan88", "quay_watcher", "tamsin.o", "marlowfan"). Without "ago", a compact time names a length as well as
    when a comment went up ("Loan term · 6 months", "Team A · 2 weeks"): alone on a page, it heads a comment only
    behind a handle, written as no name nor term is."""
    return " " not in name and (bool(re.search(r"[\d_.@]", name.rstrip("."))) or name.islower()) and any(
        c.isalpha() for c in name
    )


# A comment's row of buttons under it on a social page, ending on when it went up ("Like · Reply · 14h", "Reply · 2
# hours ago"): two buttons at most before the time, a word or two each, no figure.
ACTION_ROW_BUTTONS = 3
ACTION_BUTTON_WORDS = 2


def comment_actions(line: str) -> bool:
    """``line`` is a comment's row of buttons ending on its time: items between dots or bars
    (``COMMENTER_SEPARATOR``), the last how long ago the comment went up (``relative_stamp``, ``_COMPACT_STAMP``),
    each before it a button of a word or two without a figure."""
    items = [item.strip() for item in COMMENTER_SEPARATOR.split(line.strip())]
    if not 2 <= len(items) <= ACTION_ROW_BUTTONS + 1:
        return False
    *buttons, stamp = items
    return (relative_stamp(stamp) or bool(_COMPACT_STAMP.match(stamp))) and all(
        1 <= len(button.split()) <= ACTION_BUTTON_WORDS and not re.search(r"\d", button) for button in buttons
    )


# A year alone is when a page or a picture was made ("Orvik · 2025"), not when a comment went up.
_BARE_YEAR = re.compile(r"^(?:1[89]|20)\d\d\W*$")


def _dateline_name(name: str) -> bool:
    """``name`` reads as a dateline's place, not a commenter's: in capitals ("KELBY", "PORT ALDER"), or one plain word
    written as a name is ("Orvik"). A handle of one word has a figure, an underscore or a capital inside it, or none
    at all ("riverfan88", "quay_watcher", "RiverFan", "marlowfan")."""
    cased = [c for c in name if c.isupper() or c.islower()]
    if any(c.isdigit() or c in "_@" for c in name):
        return False
    if len(cased) >= 2 and all(c.isupper() for c in cased):
        return True
    word = name.strip(".")
    return len(name.split()) == 1 and word[:1].isupper() and (word[1:].islower() and word.replace("-", "").isalpha())


def commenter_line(line: str, relative: bool = False, named: bool = False) -> bool:
    """``line`` heads a reader's comment (``COMMENTER_SEPARATOR``): a name or handle of a few words, not a byline nor
    a stamp itself nor a dateline's place (``_dateline_name``), then, behind the separator, when the comment was posted
    and nothing else, more than a year alone: how long ago ("2 hours ago", "há 3 horas", ``relative_stamp``; "2h",
    "yesterday", ``_COMPACT_STAMP``) or a time in figures. With ``relative``, only how long ago, and a compact time
    behind a handle only (``_handle``): a date or a clock time behind a name is also a dateline's or a post's header
    ("Ama Osei · 14:32"), so the caller counts such lines first (``page_commenters``). One line only: a passage that
    runs on is no header. With ``named``, a name of one word written as a name is a commenter's too ("Ana"), for a
    caller that has found the page's other comments headed alike (``page_commenters``)."""
    line = line.strip()
    if "\n" in line:
        return False
    parts = COMMENTER_SEPARATOR.split(line, maxsplit=1)
    if len(parts) != 2:
        return False
    name, stamp = parts[0].strip(), parts[1].strip()
    if not 1 <= len(name.split()) <= COMMENTER_NAME_WORDS or not any(c.isalpha() for c in name) or (
        _FIGURED_TIME.search(name) or relative_stamp(name) or line_furniture(name) is not None
    ):
        return False
    dateline = _dateline_name(name) and not (named and _one_word_name(name))
    if dateline or _BARE_YEAR.match(stamp) or len(stamp.split()) > COMMENTER_STAMP_WORDS:
        return False
    # Behind a further separator, each part a time too ("14. 7. 2025 | 9:12"): a byline's row goes on to what no
    # comment's header gives, a reading time or a section ("Jana Doe | 14. 7. 2025 | 4 min read").
    times = COMMENTER_SEPARATOR.split(stamp)
    if all(relative_stamp(time) for time in times):
        return True
    if all(relative_stamp(time) or _COMPACT_STAMP.match(time.strip()) for time in times):
        return not relative or _handle(name)
    return not relative and all(_FIGURED_TIME.search(time) for time in times)


# Readers' comments come in numbers: a page with fewer commenter's lines dated in figures has a dateline or a post's
# header there ("Ama Osei · 14:32"), not a comment.
PAGE_COMMENTERS = 2


def _one_word_name(name: str) -> bool:
    """``name`` is one word written as a name is, a capital and small letters ("Ana"), not a place in capitals."""
    word = name.strip(".")
    return len(name.split()) == 1 and word[:1].isupper() and word[1:].islower()


def _stamp_shape(line: str) -> str:
    """What ``line`` (a commenter's) writes behind its name, each run of figures alike: "| 0.0.0. u 0:0"."""
    parts = COMMENTER_SEPARATOR.split(line.strip(), maxsplit=1)
    separator = COMMENTER_SEPARATOR.search(line.strip())
    return (separator.group().strip() if separator else "") + " " + re.sub(r"\d+", "0", parts[-1].strip())


def page_commenters(lines: list[str]) -> set[int]:
    """The positions of the lines among ``lines`` (a page's, in order) that head a reader's comment
    (``commenter_line``): one that says how long ago always, one dated in figures when the page has
    ``PAGE_COMMENTERS`` such lines or more, and then also one under a name of one word whose stamp is written as
    one of theirs is ("Ana | 08.12.2025. u 18:10" among "Milica R. | 08.12.2025. u 17:02"): a dateline's place
    and time ("Orvik · 14:32") are written otherwise."""
    dated = {i for i, line in enumerate(lines) if commenter_line(line)}
    if len(dated) >= PAGE_COMMENTERS:
        shapes = {_stamp_shape(lines[i]) for i in dated}
        return dated | {i for i, line in enumerate(lines) if i not in dated and commenter_line(line, named=True)
                        and _stamp_shape(line) in shapes}
    return {i for i in dated if commenter_line(lines[i], relative=True)}


# The heading of a page's comments, alone on its line, with their count before or after it, in brackets or not
# ("Maoni 3", "12 comentários", "Comments (4)"), or without it (``furniture_vocabulary.COMMENTS``).
_COUNT_BRACKETS = re.compile(r"[()\[\]（）]")
# A heading of a word or two of any language with a count ("댓글 17", "(3) Reaktionen"): read as the comments' only
# by a caller that has readers' comments under it already.
_COUNTED_WORDS = re.compile(r"^(?:\(?\d+\)?(?:\s+[^\W\d_]+){1,2}|[^\W\d_]+(?:\s+[^\W\d_]+)?\s+\(?\d+\)?)\W*$")


def _comments_heading_pattern() -> re.Pattern:
    return re.compile(r"(?:\d+ )?" + vocabulary.alternatives(vocabulary.COMMENTS, label_key) + r"(?: \d+)?")


COMMENTS_HEADING = _comments_heading_pattern()


def comments_heading(line: str, any_words: bool = False) -> bool:
    """``line`` is the heading of a page's comments: one of ``furniture_vocabulary.COMMENTS``, perhaps with their
    count before or after it, in brackets or not ("Maoni 3", "12 comentários", "Comments (4)", "Kommentare"). With
    ``any_words``, also a word or two of any language with a count (``_COUNTED_WORDS``), for a caller that has the
    readers' comments under it already (a generic count alone may be anything's: "Page 2")."""
    line = line.strip()
    if not line or "\n" in line:
        return False
    if COMMENTS_HEADING.fullmatch(" ".join(label_key(_COUNT_BRACKETS.sub(" ", line)).split())):
        return True
    return any_words and bool(_COUNTED_WORDS.match(line))


# One field of a row of the article's details: a label of a word or two and a colon, then its value.
FIELD = re.compile(r"^[A-Z][\w'’]*(?:\s+[\w'’]+)?\s*:\s*\S")
# The label of one of the page's dates: "Date:", "Published:", "Last updated:" and a colon.
DATE_LABEL = re.compile(
    r"^(?:date|dated|(?:first |last )?(?:published|posted|updated|modified)(?: on)?|issued|filed)"
    r"\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
# A wire story's closing credits: "(Reporting by …; Editing by …)".
# The same credits at the head of a live page, with where the work was done ("Reporting from Prague by …;
# edited by … in London", "Edited by … in London, with reporting from …").
WIRE_CREDIT = re.compile(
    r"^\(?\s*(with )?(additional )?(reporting|writing|editing|edited|compiled|produced)"
    r"(?: (?:from|in) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})? by\b",
    re.IGNORECASE,
)
# A colleague's credit at the foot of a report, the whole line: "Associated writer Tom Abara in London contributed to
# this report.", "Lina Maro contributed reporting from Athens." A sentence that goes on after "to this report" (on
# what was reported) or quotes someone is the story's.
CONTRIBUTED_CREDIT = re.compile(
    r"^\(?[^\"“”«»]{2,160}?\bcontributed\s+(?:(?:additional\s+)?reporting|research|to\s+this\s+(?:report|story|article))"
    r"(?:\s+(?:from|in)\s+[\w'’.-]+(?:,?\s+[\w'’.-]+){0,3})?\s*[.)]*\s*$",
    re.IGNORECASE,
)
CONTRIBUTED_CREDIT_WORDS = 25
# Who contributes so: a person named (two words written as names in a row) or the wire's or the paper's writers; a
# hospital's staff or a university contributing to a story is news.
CONTRIBUTOR = re.compile(r"(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)|\b(?:writers?|reporters?|correspondents?|wire services|"
                         r"news agencies|agencies|staff writers?)\b", re.IGNORECASE)
# The label of a page's legal notice, opening a line of its own: a newsletter box's "Privacy Notice: …", a form's
# "Privacy policy: …", in the languages whose pages the corpus knows.
LEGAL_NOTICE = re.compile(
    r"^[\W_]*(?:privacy\s+(?:notice|policy|statement)|cookie\s+(?:notice|policy)|data\s+protection\s+notice|"
    r"aviso\s+de\s+privacidad|pol[ií]tica\s+de\s+privacidad|politique\s+de\s+confidentialit[ée]|"
    r"informativa(?:\s+sulla)?\s+privacy|privacybeleid|privacyverklaring|integritetspolicy)\s*:\s*\S",
    re.IGNORECASE,
)
LEGAL_NOTICE_WORDS = 40
# An agency's share of a story, and the notice that a story came from a wire feed untouched: "(With inputs from
# agencies.)", "With agency inputs", "This story has been published from a wire agency feed without modifications".
AGENCY_CREDIT = re.compile(
    r"^[\W_]*(?:with\s+|additional\s+)+(?:inputs?|contributions?)\s+(?:from|by)\s+[\w.,&'’ ]{1,40}\)?\.?\s*$|"
    r"^[\W_]*(?:inputs?|contributions?)\s+(?:from|by)\s+[\w.&'’]+(?:\s+[\w.&'’]+)?\s*\)?\.?\s*$|"
    r"^[\W_]*with\s+(?:[\w.&'’]+\s+){1,3}inputs\s*\)?\.?\s*$",
    re.IGNORECASE,
)
FEED_NOTICE = re.compile(
    r"\b(?:published|generated|auto-generated|taken)\s+from\s+(?:an?\s+|the\s+)?"
    r"(?:wire\s+agency|news\s+agency|agency|syndicated|wire)\s+feed\b",
    re.IGNORECASE,
)
# A correspondent's dateline under an update's heading: a name and where they report from, nothing else
# ("Jane Roe reports from Lisbon").
REPORTS_FROM = re.compile(
    r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2},?\s+(?:reports|reporting|writes|writing) from\s+(?:the\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$"
)
# A widget's switch and its state ("Auto-refresh on", "Autoplay: off").
TOGGLE = re.compile(
    r"^(?:auto[- ]?(?:refresh|update|play|scroll)s?|autoplay|live updates|notifications|dark mode|night mode)"
    r"\s*:?\s*(?:on|off)$",
    re.IGNORECASE,
)
# A masthead's motto: a short line naming the paper's age or its patch ("Serving the valley since 1887").
MOTTO = re.compile(
    r"\b(since|est\.?|established|founded|first published)( in)?\s+(1[5-9]|20)\d\d\W*$|"
    r"^(serving|proudly serving|the voice of|your (local|trusted|favourite|favorite))\b",
    re.IGNORECASE,
)
# A row of the article's tags ("Topics: Housing, Interest rates"): a label, then short items.
TAG_ROW = re.compile(
    r"^(topics|tags|tagged|tagged with|filed under|categories|keywords|subjects|more about|explore more on)\s*:?\s*"
    r"[^.!?]*$",
    re.IGNORECASE,
)
# The same row behind a label of another language and a colon (``furniture_vocabulary.TAG_LABELS``).
OTHER_TAG_ROW = re.compile(r"^" + vocabulary.alternatives(vocabulary.TAG_LABELS) + r"\s*[:：៖]\s*[^.!?]*$")
# A wire story's credits closing it in brackets: two fields or more of a label and a name, set apart by semicolons
# ("(ავტორი: …; რედაქტორი: …)", "(Autor: …; editor: …)"), the first label a byline's
# (``furniture_vocabulary.COLON_BYLINE_LABELS``, ``BYLINE_LABELS``).
WIRE_FIELDS = re.compile(r"^\(\s*(?:[^\W\d_]+\s*:\s*[^;:()]{1,50};\s*)+[^\W\d_]+\s*:\s*[^;:()]{1,50}\)\.?\s*$")
OTHER_BYLINE_FIELD = re.compile(
    "(?:" + vocabulary.alternatives(vocabulary.COLON_BYLINE_LABELS) + "|" + vocabulary.alternatives(
        vocabulary.BYLINE_LABELS) + r")\s*:"
)
# A link to another story on a line of its own, behind a label and a colon ("Related: …", "See also: …").
# The label may stand behind any separator a page sets between a label and a link ("ALSO READ | …"); a channel's
# strap of headlines behind "BREAKING |" is one too.
LINK_PREFIX = re.compile(
    r"^(related|see also|also see|also read|read also|read more|must read|more|watch|listen|opinion|breaking|"
    r"breaking news)\s*[:|›»>–—]\s*\S",
    re.I,
)
# "More" and what the links are ("More galleries:", "More from the Valley:"), then two titles or more between bars.
MORE_LINKS = re.compile(r"^more(?:\s+[\w'’-]+){1,3}\s*:\s*[^|]+(?:\s\|\s[^|]+)+$", re.I)
# A print page's jump line: where the story goes on, or where it came from ("Continued on Page A6", "From Page A1",
# "See RANSOM, Page A6", "Continued from Page 1").
JUMP_LINE = re.compile(
    r"^[\W_]*(?:continued (?:on|from)(?: page)?|(?:story )?from page|"
    r"(?:please )?see [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2},?(?: on)? page|turn to page|more on page)"
    r"\s*[A-Z]?\d+[A-Z]?\W*$",
    re.IGNORECASE,
)
# The outlet's sign-offs: where a reporter can be reached ("Jane Roe can be reached at 555-0100."), a broadcaster's
# promise of updates ("Stay with Channel 9 for updates on this developing story."), and a listener-supported outlet's
# appeal ("… is supported by listeners like you. Make your gift today.").
REACHED_AT = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} (?:can|may) be reached (?:at|by|on)\s+\S", re.I)
STAY_WITH = re.compile(r"^stay (?:with|tuned to) .{1,40}? for (?:more |the latest |further )?updates\b", re.I)
SUPPORTED_BY_YOU = re.compile(
    r"\bsupported by (?:listeners|readers|viewers|members|people) like you\b|"
    r"\bmake (?:your|a) (?:gift|donation|contribution) (?:today|now)\b",
    re.I,
)
# Signposting to help after a distressing story ("If you have been affected by this story …").
SIGNPOST = re.compile(r"^if you(?: have|'ve|’ve| are| were)? (?:been )?affected by\b", re.IGNORECASE)
# A live page's greeting to its readers ("Welcome to our live coverage").
GREETING = re.compile(
    r"^((good (morning|afternoon|evening)|hello|hi)\W+(and )?)?welcome (back )?to (our|the|this)\b", re.IGNORECASE
)
# A page's thanks to its readers as it signs off ("Thanks for reading The Base Rate! …").
THANKS_FOR_READING = re.compile(
    r"^(?:thanks|thank you)(?: so much| again)? for (?:reading|listening|watching|subscribing)\b", re.IGNORECASE
)
THANKS_WORDS = 30
# An invitation to readers to write in ("Do you have an opinion …? … submit a response …").
READER_PROMPT = re.compile(r"^(do you have|have you|have an?|got a|are you|were you|did you|would you like)\b", re.I)
PROMPT_VERBS = re.compile(r"\b(submit|send|share|email|e-mail|contact|get in touch|tell us|write to)\b", re.I)
# The names of a site's sections: a line made of them alone, without separators, is its menu.
SECTION_NAMES = frozenset(
    """
    news world economy society opinion sport sports business politics culture science health travel weather
    tech technology lifestyle entertainment education environment video videos podcasts latest home local
    national international money markets arts books film music football
    """.split()
)
# A result line: two sides and a score between them ("Harbour Rovers 2-1 Kingsmead City").
SCORE_LINE = re.compile(
    r"^[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4}\s+\d{1,3}\s*[-–:]\s*\d{1,3}\s+[A-Z][\w'’.&-]*"
    r"(?:\s+[A-Z][\w'’.&-]*){0,4}(\s*\([^)]*\))?$"
)
# Lines of a shape of their own that the page sets around its story, each on a line of its own (``_own_shape``).
# A social post's embed: its caption line, its picture link, its signature with the handle and the date.
EMBED_LINE = re.compile(
    r"^(?:(?i:a post shared by)\s.{1,80}\(@[\w.]{1,30}\)|(?i:pic\.twitter\.com)/\w+|"
    r"[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s+(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}))\s*$"
)
# A market widget's quote: the exchange, the ticker, perhaps its move ("NASDAQ: KSTL +2.31%").
MARKET_QUOTE = re.compile(
    r"^(?:NASDAQ|NYSE|AMEX|LSE|FTSE|TSX|ASX|HKEX|SGX|NSE|BSE|JSE|Euronext|XETRA|OTC)\s*:\s*[A-Z][A-Z0-9.]{0,7}"
    r"(?:\s+[+\-−–]?\d+(?:[.,]\d+)?\s*%?)*\s*$"
)
# A press release's end mark ("-ENDS-", "###" is a line of symbols), or the old "-30-".
END_MARK = re.compile(r"^[\s\-–—*]*ENDS[\s\-–—*]*$|^\s*[\-–—*]+\s*(?:END|30)\s*[\-–—*]+\s*$")
# A link's note that it opens elsewhere ("Purchase Licensing Rights, opens new tab").
OPENS_NEW_TAB = re.compile(r",?\s*opens (?:in )?(?:an? )?new (?:tab|window)\W*$", re.IGNORECASE)
OPENS_NEW_TAB_WORDS = 12
# Labels of the page that are words of news too ("Public comments are open until March 3."): the page's only as the
# whole line.
WHOLE_LINE_LABEL = re.compile(
    r"^(?:comments are open(?: (?:to|until) [\w' ]{1,30})?|you (?:may|might) (?:also like|have missed)|"
    r"most (?:shared|commented|emailed)(?: in [\w'’&-]+(?: [\w'’&-]+){0,2})?|contact the author|"
    r"more (?:by|from) this author|send us your (?:news tips|news|tips|stories)|news tips|(?:content )?from our "
    r"partners|suggested topics)\W*$",
    re.IGNORECASE,
)
# A picture's caption control, a table of contents' label, alone on their line.
CONTROL_LABEL = re.compile(
    r"^(?:toggle caption|show caption|enlarge this image|expand image|view image in full ?screen|jump to|"
    r"table of contents|in this article|on this page|skip ahead)\W*$",
    re.IGNORECASE,
)
# A developing story's note to the reader ("This is a developing story and will be updated.").
DEVELOPING_NOTE = re.compile(
    r"^this (?:is an? (?:developing|breaking)(?: news)? story|story is developing|story (?:will be|is being) updated)"
    r"\b",
    re.IGNORECASE,
)
DEVELOPING_NOTE_WORDS = 16
# A press release's safe-harbour notice, and its heading alone on its line.
SAFE_HARBOUR_HEADING = re.compile(
    r"^(?:forward[- ]looking statements?|safe harbou?r statement|cautionary (?:note|statement)(?: regarding "
    r"forward[- ]looking statements)?)\W*$",
    re.IGNORECASE,
)
SAFE_HARBOUR = re.compile(r"\bforward[- ]looking statements\b.*\b(?:within the meaning of|private securities "
                          r"litigation reform act|safe harbou?r provisions?)\b", re.IGNORECASE)
SAFE_HARBOUR_WORDS = 80


# A share button naming its network, in any language whose share label the tables know ("Partager sur Facebook").
SHARE_ON = re.compile(
    r"^(?P<label>\S+(?:\s\S+)?)\s+\S{1,4}\s+(?:facebook\w{0,3}|twitter\w{0,3}|x|whatsapp\w{0,3}|linkedin\w{0,3}|"
    r"telegram\w{0,3}|e-?mail|instagram\w{0,3}|threads|bluesky|reddit|pinterest|viber|vk|line)\s*$",
    re.IGNORECASE,
)
SHARE_ON_WORDS = 5


def _own_shape(text: str, size: int) -> tuple[str, str] | None:
    """Furniture by a shape of its own (``SHARE_ON``, ``EMBED_LINE``, ``MARKET_QUOTE``, ``END_MARK``, ``OPENS_NEW_TAB``,
    ``WHOLE_LINE_LABEL``, ``CONTROL_LABEL``, ``DEVELOPING_NOTE``, ``SAFE_HARBOUR``, a telephone number), or None."""
    stripped = text.strip()
    if size <= SHARE_ON_WORDS and (share := SHARE_ON.match(stripped)) and other_label(share["label"]):
        return "furniture_words", "A share button naming its network (“Partager sur Facebook”)."
    if EMBED_LINE.match(stripped):
        return "embed", "A social post's embed: its caption, its picture link or its signature with handle and date."
    if MARKET_QUOTE.match(stripped):
        return "embed", "A market widget's quote: the exchange and the ticker (“NASDAQ: KSTL +2.31%”)."
    if END_MARK.match(stripped):
        return "symbols", "A press release's end mark (“-ENDS-”)."
    if size <= OPENS_NEW_TAB_WORDS and OPENS_NEW_TAB.search(stripped):
        return "navigation", "A link noting that it opens in a new tab."
    if WHOLE_LINE_LABEL.match(stripped):
        return "furniture_words", "A label of the page on a line of its own (“You may have missed”)."
    if CONTROL_LABEL.match(stripped):
        return "navigation", "A picture's caption control or a table of contents' label."
    if size <= DEVELOPING_NOTE_WORDS and DEVELOPING_NOTE.match(stripped) and not REPORTING.search(stripped):
        return "article_note", "A note that the story is developing and will be updated."
    if SAFE_HARBOUR_HEADING.match(stripped) or size <= SAFE_HARBOUR_WORDS and SAFE_HARBOUR.search(stripped) and not (
        REPORTING.search(stripped)
    ):
        return "disclaimer", "A press release's safe-harbour notice on forward-looking statements, or its heading."
    if TELEPHONE.fullmatch(stripped.lstrip("(")) and telephone(stripped):
        return "contact", "A telephone number alone on its line (``TELEPHONE``, ``telephone``)."
    return None


HEADING_WORDS = 14  # a line this short, without a full stop, right above a paragraph is its heading

CONFIDENCE = {
    "image_markup": 0.9, "capture_header": 0.85, "contact": 0.85, "navigation": 0.8, "media_player": 0.85,
    "reactions": 0.85, "author_bio": 0.8, "article_note": 0.85, "disclaimer": 0.85,
    "contributor_bio": 0.75,
    "consent": 0.85, "offer": 0.8, "embed": 0.75,
    "symbols": 0.9, "credit": 0.9, "timestamp": 0.85, "byline": 0.85, "repeated": 0.85, "appeal": 0.85,
    "furniture_words": 0.8,
    "call_to_action": 0.8, "motto": 0.75, "greeting": 0.75, "caption": 0.75, "related_list": 0.75,
    "short_label": 0.65, "furniture_block": 0.65,
}

# Furniture in other languages, from the tables of ``furniture_vocabulary``; every pattern is made of literal
# alternatives, and each is tried on the line as ``folded`` (or ``label_key``) makes it.
# A label alone on its line, and the rule and reason it gives.
OTHER_LABELS = tuple(
    (vocabulary.label_pattern(table), rule, reason)
    for table, rule, reason in (
        (vocabulary.ADVERTISEMENT, "furniture_words", "An advertisement's label on a line of its own."),
        (vocabulary.SHARE, "furniture_words", "A share, print or comments button on a line of its own."),
        (vocabulary.RELATED, "related_list", "The label of a list of links to other stories."),
        (vocabulary.SKIP, "navigation", "A link that skips to the page's content."),
        (vocabulary.GALLERY_CONTROLS, "navigation", "A gallery's link to the next or the previous picture."),
        (vocabulary.LISTEN, "media_player", "An audio player: its label, perhaps with the clip's running time."),
        (vocabulary.ACCOUNT, "call_to_action", "A button to sign in, register or subscribe."),
        (vocabulary.MEDIA_ENDS, "media_player", "The mark where a transcript, a video or an interview ends."),
    )
)
OTHER_LABEL_WORDS = 8  # a label is a few words; a line longer is not compared with the labels
OTHER_RELATED = OTHER_LABELS[2][0]
GALLERY_CONTROL = OTHER_LABELS[4][0]
# A running time beside a player's label ("(1:45 Min.)", "3:12").
RUNNING_TIME = re.compile(
    r"\(?\d{1,2}:\d\d(?::\d\d)?(?:\s?(?:min|mins|minutes|minuten|minutos|minuti|мин|دقيقة|دقائق)\b\.?)?\)?",
    re.IGNORECASE,
)
OTHER_PROMPTS = vocabulary.pattern(vocabulary.PROMPTS)
OTHER_INBOX = vocabulary.pattern(vocabulary.INBOX)
OTHER_SHARED_INBOX = vocabulary.pattern(vocabulary.SHARED_INBOX)
OTHER_COOKIES = vocabulary.pattern(vocabulary.COOKIE_WORDS)
OTHER_CONSENT_CUES = vocabulary.pattern(vocabulary.CONSENT_CUES)
CONSENT_BUTTON = vocabulary.label_pattern(vocabulary.CONSENT_BUTTONS)
OTHER_RIGHTS = vocabulary.pattern(vocabulary.RIGHTS)
# A footer's credit of the site's software (``furniture_vocabulary.SOFTWARE_CREDITS``) and its theme, the parts
# between bars: the credit's words, then the software's name, opening on a capital or a figure, of a few words at
# most ("Powered by WordPress", "Proudly powered by WordPress | Theme: Harbourline by Quayside Themes."); the theme's
# credit, its label and a name, "by" and who made it ("Theme: Harbourline by Quayside Themes", "Harbourline Theme by
# Quayside Themes"). A sentence that says what something is powered by goes on past a name ("The turbines are powered
# by the tide").
SOFTWARE_CREDIT = re.compile(
    r"^" + vocabulary.alternatives(vocabulary.SOFTWARE_CREDITS)
    + r"\s+(?-i:[A-Z0-9])[\w.'’&-]*(?:\s+(?-i:[A-Z0-9])[\w.'’&-]*){0,3}\W*$",
    re.IGNORECASE,
)
THEME_CREDIT = re.compile(
    r"^(?:(?:wordpress\s+)?theme\s*:\s*[\w.'’&-]+(?:\s+[\w.'’&-]+){0,3}|(?:[A-Z][\w.'’&-]*\s+){1,3}theme|theme)"
    r"\s+by\s+(?-i:[A-Z0-9])[\w.'’&-]*(?:\s+[\w.'’&-]+){0,3}\W*$",
    re.IGNORECASE,
)
SOFTWARE_CREDIT_WORDS = 16
# A link behind a label of ``RELATED`` and a separator ("Lee también: …", "اقرأ أيضا: …").
RELATED_FROM = re.compile(r"^" + vocabulary.alternatives(vocabulary.RELATED_FROM) + r"\s++(?P<name>[^\W\d_][\w'’&.-]*+"
                          r"(?:\s++[\w'’&.-]++){0,3})\W*$", re.IGNORECASE)
OTHER_LINK_PREFIX = re.compile("^" + vocabulary.alternatives(
    vocabulary.RELATED, lambda phrase: vocabulary.unaccented(folded(phrase))) + r"\s*+[:៖|›»>–—]\s*+\S")
# A share row behind its label and a separator ("Ibahagi ang balitang ito: Facebook | Messenger", "Dela: …").
OTHER_SHARE_PREFIX = re.compile("^" + vocabulary.alternatives(
    vocabulary.SHARE, lambda phrase: vocabulary.unaccented(folded(phrase))) + r"\s*+[:៖|›»>–—]\s*+\S")
# A credit's label opening a caption ("Foto: …", "صورة: …", "[写真] …") or closing it after a stop, a bracket or a
# separator ("… im Bahnhof. Bild: Name/Agency"), never inside a clause ("Die Quelle: ein Brief …") nor before a
# question.
_CREDIT_LABELS = vocabulary.alternatives(vocabulary.CREDIT_LABELS)
OTHER_CREDIT = re.compile(
    r"^[\W_]*+" + _CREDIT_LABELS + r"(?:\s*+[:：៖]|\s++[-–](?=\s))|^[\[【(（]\s*+" + _CREDIT_LABELS + r"\s*+[\]】)）]|"
    r"(?:(?<=[.!|(\[–—•·/])|(?<=[.!|(\[–—•·/]\s))" + _CREDIT_LABELS + r"\s*+:\s*+[^.:?]{2,60}\)?\s*$"
)
# A byline: its label and a colon (or a dash, as Burmese writes it: "ရေးသားသူ - …"), then a name ("Autor: …",
# "كتب: …"), or its preposition and a name in capitals
# ("Von Markus Lehner", "Par Claire Moreau"); "بقلم" ("by the pen of") needs neither. A label of
# ``COLON_BYLINE_LABELS`` (Turkish "Haber", "Muhabir") is one before its colon only.
OTHER_BYLINE = re.compile(
    "^(?:" + vocabulary.alternatives(vocabulary.BYLINE_LABELS) + r"(?P<colon>\s*+[:：៖]|\s++[-–](?=\s))?|"
    + vocabulary.alternatives(vocabulary.COLON_BYLINE_LABELS) + r"(?P<label_colon>\s*+[:：៖]))\s++(?P<name>\S.*)$",
    re.IGNORECASE,
)
# A broadcaster's sign-off in another language: "for … news" and the reporter's label before the name.
OTHER_SIGN_OFF_FOR = vocabulary.pattern(vocabulary.SIGN_OFF_FOR)
OTHER_REPORTER = vocabulary.pattern(vocabulary.COLON_BYLINE_LABELS)
OTHER_APPEAL_READERS = vocabulary.pattern(vocabulary.APPEAL_READERS)
OTHER_READER_PROMPTS = vocabulary.pattern(vocabulary.READER_PROMPTS)
# A prompt's verb goes on to what it offers; one followed by a colon or a comma opens a sentence ("Дивіться: у місті
# закрили завод …").
# A bare "watch" or "listen" is a prompt before a name in quotation marks (``furniture_vocabulary.NAMED_PROMPTS``).
OTHER_OPENING_PROMPTS = re.compile(
    r"[\W_]*+(?:" + vocabulary.alternatives(vocabulary.OPENING_PROMPTS) + vocabulary.WORD_END + r"(?!\s*[:,])|"
    + vocabulary.alternatives(vocabulary.NAMED_PROMPTS) + r"\s+[«\"“„])"
)
OTHER_DONATION_MEANS = vocabulary.pattern(vocabulary.DONATION_MEANS)
READER_PROMPT_WORDS = 30  # a prompt runs a sentence or two
OTHER_READER_APPEALS = vocabulary.pattern(vocabulary.READER_APPEALS)
OTHER_APPEAL_OUTLET = vocabulary.pattern(vocabulary.APPEAL_OUTLET)
# A broadcaster's or a paper's name in Latin letters opening a Japanese line as its subject ("hrbでは、", folded).
LATIN_NAME_OPENING = re.compile(r"^[a-z][a-z0-9&.\-]{0,15}(?:では|は|で|から)")
OTHER_BIO_PHRASES = vocabulary.pattern(vocabulary.BIO_PHRASES)
BIO_PHRASES_NEEDED = 2
OTHER_BIO_WRITER = vocabulary.pattern(vocabulary.BIO_WRITER)
# A contributor's note behind its label and a colon, or in brackets opening on the word for the writer.
BIO_LABEL = re.compile(r"^[(（]?\s*+" + vocabulary.alternatives(vocabulary.BIO_LABELS) + r"\s*+[:：៖]\s*+\S")
NOTE_WRITER = re.compile(r"^[(（]\s*+" + vocabulary.alternatives(vocabulary.NOTE_WRITER) + vocabulary.WORD_END
                         + r".*[)）]\W*$", re.DOTALL)
# The reading of a name in hiragana, family name and given name apart, opening a note alone or in brackets after the
# name ("もりした・なおみ", "森下直美（もりした・なおみ）"); a foreign name in katakana is no reading.
NAME_READING = re.compile(r"^[^\s、。「」]{0,12}?[（(]?[ぁ-ゖー]{1,10}[・･][ぁ-ゖー]{1,10}[）)]?(?:[\s\u3000]|\d|$)")
# The particles that mark a sentence's subject or topic: before a note's first phrase, they name someone in the news.
SUBJECT_PARTICLES = re.compile(r"[はが]")
SPEECH_QUOTES = re.compile(r"[「」]")  # Japanese quotes speech in these; 『』 holds a title
OTHER_DATE_NAMES = vocabulary.words(vocabulary.DATE_NAMES)
# With the words a date writes beside its figures in a calendar's own way ("ቀን", "ዓ.ም.": ``calendar_names.DATE_WORDS``).
OTHER_DATE_WORDS = vocabulary.words(vocabulary.DATE_WORDS) | vocabulary.words(calendar_names.DATE_WORDS)
OTHER_DATE_LABEL = re.compile(
    "^" + vocabulary.alternatives(vocabulary.DATE_LABELS) + r"\s*+[:：៖]\s*+(?P<value>\S.*)$"
)


# The count a page writes beside a label in brackets ("Yorumlar (238)", "Bình luận (248)").
LABEL_COUNT = re.compile(r"\(\s*\d[\d.,]*\s*\)")


def other_label(text: str) -> tuple[str, str] | None:
    """(rule, reason) when ``text`` is one label of another language's page furniture and nothing else (a player's
    running time or a count in brackets aside)."""
    key = label_key(LABEL_COUNT.sub(" ", RUNNING_TIME.sub(" ", text)))
    for label, rule, reason in OTHER_LABELS:
        if key and label.fullmatch(key):
            return rule, reason
    if _related_from(text):
        return "related_list", "The label of a list of links to other stories."
    return None


def _related_from(text: str) -> bool:
    """``text`` is "more from" a place or a section and its name ("Mer från Älvhammar"), each word of the name in
    capitals."""
    match = RELATED_FROM.match(text.strip())
    return match is not None and all(word[:1].isupper() or not word[:1].isalpha() for word in match["name"].split())


def related_label(text: str) -> bool:
    """``text`` is the label of a list of links to other stories ("Read more", "Mehr zum Thema", "Leggi anche")."""
    return bool(RELATED_LABELS.match(text) or OTHER_RELATED.fullmatch(label_key(text)) or _related_from(text))


def _consent_buttons(text: str, least: int = 2) -> bool:
    """A row of a consent banner's buttons and nothing else ("Accepter  Refuser  Personnaliser"), ``least`` of them
    at least."""
    items = [i for p in MENU_SEPARATOR.split(text) for i in SPACED_ITEMS.split(p.strip()) if i.strip()]
    return len(items) >= least and all(CONSENT_BUTTON.fullmatch(label_key(item)) for item in items)


def consent_button(text: str) -> bool:
    """``text`` is a consent banner's button, or a row of them ("Kabul Et", "Đồng ý"): a button alone is one only
    under its banner, which the caller sees."""
    return _consent_buttons(trimmed(text), least=1)


# A Thai byline measures more words than it holds (its words are measured by their letters, and a name with a job
# runs long: "โดย ณัฐวุฒิ สายทอง ผู้สื่อข่าวประจำจังหวัดศรีวารินทร์").
UNSPACED_BYLINE_WORDS = 16
# A broadcaster's sign-off: the reporter's name, the outlet and the place, between commas, nothing else ("Jane Roe,
# Channel 9 News, Lisbon.", "Σοφία Αλεξίου, ΑΚΤΗ TV, Κεραμόβρυση.").
SIGN_OFF_WORDS = 10
# A sign-off in words ("for … News", then the reporter) runs longer in a language that writes its postpositions apart
# (Urdu: "… نیوز کے لیے … سے نمائندہ NAME کی رپورٹ۔", twelve words).
OTHER_SIGN_OFF_WORDS = 14


def _sign_off(text: str) -> bool:
    """``text`` is a sign-off: a full name of two or three words, an outlet's name of up to four and a place of up to
    three, each word opening on a capital (or a figure, in an outlet's name) or written in a script without capitals,
    set apart by commas."""
    parts = [part.split() for part in text.rstrip(". ").split(",")]
    if len(parts) != 3:
        return False
    name, outlet, place = parts

    def capitalised(words: list[str], figures: bool = False) -> bool:
        # A script without capitals (Hebrew, Arabic, Persian) writes a name as any other word: its letter counts.
        return all(word[:1].isupper() or caseless(word[:1]) or figures and word[:1].isdigit() for word in words)

    def caseless(letter: str) -> bool:
        return letter.isalpha() and not letter.islower() and letter.lower() == letter.upper()

    return 2 <= len(name) <= 3 and 1 <= len(outlet) <= 4 and 1 <= len(place) <= 3 and capitalised(name) and (
        capitalised(outlet, figures=True)
    ) and capitalised(place)


def _other_byline(text: str) -> bool:
    """A byline in another language: a label with a colon and a name of a few words, or a preposition and a name
    whose words open in capitals (a few runs of letters in Thai, which writes none)."""
    match = OTHER_BYLINE.match(text)
    if match is None or ends_sentence(text):
        return False
    name = match.group("name").split()
    if match.group("colon") or match.group("label_colon") or folded(text).startswith("بقلم"):
        return 1 <= len(name) <= 5
    if unstopped(text):  # Thai writes no capitals: a name, perhaps with a job, in a few runs of its letters
        return 2 <= len(name) <= 4
    return 2 <= len(name) <= 4 and all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in name) and (
        name[0][:1].isupper()
    )


# A byline whose name a stamp follows on its line, a blog's "Publicerat av Karin Ek den 14 mars 2031 · 2
# kommentarer", "Skrevet af … den 11. juli 2025": the stamp of its date's words and names, figures, separators and
# the count of the comments (a word of the comments' heading or of their button).
BYLINE_STAMP_WORDS = 16
STAMP_TAIL_WORDS = (OTHER_DATE_WORDS | OTHER_DATE_NAMES | vocabulary.words(vocabulary.COMMENTS)
                    | vocabulary.words(vocabulary.SHARE))


def _byline_then_stamp(text: str) -> bool:
    """``text`` is a byline's preposition, a name of two to four words in capitals, then a stamp and nothing else."""
    match = OTHER_BYLINE.match(text)
    if match is None or match.group("colon") or match.group("label_colon") or ends_sentence(text):
        return False
    words = match.group("name").split()
    size = next((i for i, w in enumerate(words) if not (w[:1].isupper() or w.lower() in NAME_PARTICLES)), len(words))
    tail = words[size:]
    # The stamp goes on from the name in words ("den 14 mars"); one set apart by a separator ("… | 4 April 2025") is
    # a stamp's line, which the stamp rules read.
    return 2 <= size <= 4 and bool(tail) and tail[0][:1].isalnum() and any(
        c.isdigit() for w in tail for c in w
    ) and all(not any(c.isalpha() for c in w) or folded(w).strip(".,") in STAMP_TAIL_WORDS for w in tail)


def normal(text: str) -> str:
    """The form in which lines are compared for repeats: case-folded, spaces collapsed."""
    return " ".join(text.casefold().split())


# Thai, Lao, Khmer and Myanmar end a sentence with a space, not a stop (Thai writes "." after an abbreviation only:
# "น.", "มี.ค.", "กม."), and write a headline, a deck, a caption, a link or a byline as they write a sentence, in
# clauses set apart by spaces, and as long (a Thai headline runs to 20 words and more). A line of theirs is prose
# when it is made with the small words that join a sentence (``furniture_vocabulary.JOINING_WORDS``), which a
# headline, a deck, a caption or a link packs its nouns and verbs without: "ช้างป่า 23 ตัวบุกเมืองห้วยพะเนินกลางดึก
# ชาวสวนยางถูกทำร้ายเจ็บสาหัส ไร่มัน-ไร่อ้อยเสียหาย 60 ไร่" is a headline, "อย่างไรก็ตามนักวิชาการบางคนเตือนว่า
# งบประมาณอาจสูงกว่าที่คาดไว้มาก รัฐบาลยังไม่ได้ชี้แจงเรื่องนี้" a sentence. Words are measured by their letters
# (``scripts.word_count``), some 3.5 letters a word.
JOINED_WORDS = 3  # a line of prose holds this many joining words at least
UNSTOPPED_PROSE_WORDS = 20  # and, when it is shorter than this, a share of its words this large
JOINED_SHARE = 0.3
JOINED_PROSE_WORDS = 10  # a line shorter than this is no paragraph
_SOUTHEAST_ASIAN_CHARACTER = re.compile(f"[{SOUTHEAST_ASIAN}]")
# Myanmar and Khmer space their phrases only, as Thai does, but end a sentence on their own full stops "။" and "។"
# (``scripts.FULL_STOPS``): a line of Burmese or Khmer is read like a line of spaced prose, by its stop, not by Thai's
# joining words.
_STOPPED_SOUTHEAST_ASIAN = re.compile(MYANMAR.pattern + "|[\u1780-\u17ff]")
_JOINING_WORDS = vocabulary.words(vocabulary.JOINING_WORDS)
_JOINING = re.compile("|".join(
    re.escape(word) for word in sorted(_JOINING_WORDS | vocabulary.words(vocabulary.JOINING_LOOKALIKES), key=len,
                                       reverse=True)
))
CLOSING_QUOTES = "\"'”’»"
# The stop of an abbreviation that ends a line of these scripts ("… เวลา 09.00 น.", "… ๑๘ กม."): no sentence's end.
ABBREVIATED = re.compile(rf"[{SOUTHEAST_ASIAN}]\.[{CLOSING_QUOTES})\]]*\s*$")


def unstopped(text: str) -> bool:
    """``text`` is written in a script that ends its sentences with a space: half or more of its letters are Thai,
    Lao (Myanmar and Khmer end them on their full stops "။" and "។")."""
    letters = southeast = 0
    for character in text:
        if character.isalpha():
            letters += 1
            southeast += (_SOUTHEAST_ASIAN_CHARACTER.match(character) is not None
                          and _STOPPED_SOUTHEAST_ASIAN.match(character) is None)
    return letters > 0 and 2 * southeast >= letters


def joining_words(text: str) -> int:
    """How many of the small words that join a sentence of Thai (``furniture_vocabulary.JOINING_WORDS``) ``text``
    holds, found inside its runs of letters (not inside a noun written with their letters: ``JOINING_LOOKALIKES``)."""
    return sum(word in _JOINING_WORDS for word in _JOINING.findall(text))


def unstopped_prose(text: str) -> bool:
    """``text`` is a line of prose in a script that ends its sentences with a space (Thai, Lao: ``unstopped``): it
    ends on a letter or a figure (perhaps after an abbreviation's stop or before a closing quotation mark), measures
    ``JOINED_PROSE_WORDS`` or more, and holds ``JOINED_WORDS`` words that join a sentence or more, a share
    ``JOINED_SHARE`` of its words when it is shorter than ``UNSTOPPED_PROSE_WORDS``. A headline, a deck, a link, a
    caption (which closes on a bracket too) or a byline does not."""
    text = text.rstrip()
    if _SOUTHEAST_ASIAN_CHARACTER.search(text) is None:
        return False
    end = text.rstrip(CLOSING_QUOTES)
    if ABBREVIATED.search(end):
        end = end[:-1]
    if not end or not (_SOUTHEAST_ASIAN_CHARACTER.match(end[-1]) or end[-1].isdigit()) or not unstopped(text):
        return False
    size = word_count(text)
    joining = joining_words(text) if size >= JOINED_PROSE_WORDS else 0
    return joining >= JOINED_WORDS and (size >= UNSTOPPED_PROSE_WORDS or joining >= JOINED_SHARE * size)


def stops(text: str) -> bool:
    """``text`` ends on a stop, a closing quote or bracket, not on an abbreviation's stop in a script that writes one
    after its abbreviations only."""
    return text.endswith(TERMINAL) and ABBREVIATED.search(text) is None


def ends_sentence(text: str) -> bool:
    """``text`` ends like a sentence: on a stop, a closing quote or bracket, or, in Thai and the scripts that end a
    sentence with a space rather than a stop, as a line of their prose does (``unstopped_prose``)."""
    return stops(text) or unstopped_prose(text)


# A sentence of news that holds a word of web pages ("Shares in …", "Video footage from …", "Most read books …"): at
# least ``PROSE_WORDS`` words, ending on a full stop, at least ``PROSE_LOWER_SHARE`` of its words in lower case, and
# none of them speaking to the reader or for the outlet or asking for a tap (``READER_WORDS``), which the page's own
# sentences do ("Sign up for our …", "Download our app …", "… tap to refresh the page.") or are shorter ("This content
# is only available to subscribers.").
PROSE_WORDS = 8
PROSE_LOWER_SHARE = 0.6
READER_WORDS = frozenset("you your yours we our ours us tap click refresh scroll swipe".split())
# The shape is English prose's: two of its function words at least (another language's notice, "Descarga la
# aplicación …", is read by its own tables), and no imperative opening it ("Sign up to …", "Sign in to …").
PROSE_FUNCTION_WORDS = frozenset("the a an of in on at to from by with for and was were is are has had have".split())


def reported_prose(text: str, lower: list[str], opening: str = "", folded_text: str | None = None) -> bool:
    """``text`` (its words ``lower``, in lower case; ``opening``, its first word as the calls to action read it;
    ``folded_text``, the line ``folded`` when the caller has it already) is a
    sentence of English news by its shape (``PROSE_WORDS``, ``PROSE_LOWER_SHARE``, ``READER_WORDS``,
    ``PROSE_FUNCTION_WORDS``, no call's verb or phrase opening it): the page's words in it do not make it the
    page's."""
    stripped = text.rstrip()
    if len(lower) < PROSE_WORDS or not stripped.endswith(".") or READER_WORDS.intersection(lower):
        return False
    if len(PROSE_FUNCTION_WORDS.intersection(lower)) < 2 or _opens_with_call(
        opening, folded(stripped) if folded_text is None else folded_text
    ):
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", stripped)
    return bool(words) and sum(word[0].islower() for word in words) >= PROSE_LOWER_SHARE * len(words)


# An English word of the calls (``ENGLISH_CALL_TO_ACTION``) opens sentences of news too, in the other classes it
# belongs to: a noun or an adjective before the head of the sentence's subject, which a finite verb follows ("Share
# prices fell …", "Log in details for the … portal were posted …", "Sign language classes were full."), the head of
# the subject itself ("Contact with the crew was lost …", "Comment was sought from …"), a preposition before a clause
# ("Like prices, wages went up.", "Save for the roof, the school was untouched.") or an imperative inside someone's
# words, the reporting clause that says whose they are after its comma ("Follow the money, the prosecutor told the
# jury, …"). A call is an imperative and its object, with no clause of its own: its object opens on a determiner or
# a pronoun ("Download the app", "Share your story"), on no noun ("Follow live updates", "Sign up today"), or holds no
# finite verb but in a clause of its own ("Watch highlights from the match", "Join thousands of readers who get …",
# "Share photos you took …", "Listen to the moment the crowd erupted", "Watch footage posted by residents"); after a
# comma it offers in the present tense ("Subscribe today, the first month is free.", "Sign up now, it only takes a
# minute."). The words' classes are English's (``newsdesk.alignment.wordclass``).
CALL_PARTICLES = frozenset("in up out on off through".split())  # "Log in details …", "Sign-up numbers …"
NOT_A_SUBJECT = frozenset("today tonight tomorrow now here".split())  # nouns in the word list, adverbs after a call
# A preposition after a call's word that opens no part of a subject: "Watch as the bridge collapsed", "Listen to …".
NOT_IN_A_SUBJECT = frozenset({"as", "to"})
# The classes of the words of a subject between its head and its verb ("… for the council's parking portal …").
SUBJECT_CLASSES = frozenset({
    wordclass.NOUN, wordclass.NAME, wordclass.ADJECTIVE, wordclass.POSSESSIVE, wordclass.NUMBER,
    wordclass.DETERMINER, wordclass.PREPOSITION, wordclass.GERUND, wordclass.PARTICIPLE, wordclass.ADVERB,
})
HEADS = frozenset({wordclass.NOUN, wordclass.NAME})
FINITE_AUXILIARIES = wordclass.AUXILIARIES - {"be", "been", "being", "having", "not"}
PAST_AUXILIARIES = frozenset("was were had did would could".split())
# Past forms spelt as the present, which the word list reads as nouns or as the present: a verb after a subject in a
# line that ends on a full stop ("Email scams cost pensioners 2 million last year.").
SAME_IN_THE_PAST = frozenset("cost hit cut put set shut spread hurt".split())
SUBJECT_PRONOUNS = frozenset("he she they".split())  # not "it", "you" or "we", which a call's offer speaks in
SUBJECT_INSIDE = "-%"  # marks inside a subject ("long-term", "4%"); any other ends it
# "By" and an amount measure a change ("fell by a fifth", "rose by 12 per cent"): before it a past form is the verb,
# before any other "by" it is a participle ("footage posted by residents").
FRACTIONS = frozenset("half third thirds quarter quarters fifth sixth seventh eighth ninth tenth".split())
MEASURE = 3  # the amount stands among the words after "by": "by a fifth", "by more than 12"
# A past form that is a participle too carries the call's object ("Watch footage posted on social media", "Watch clips
# found online"), unless the line is a whole sentence, stopped: regular ones ("-ed") and the irregular ones of verbs
# that take an object, spelt the same in both ("found", "sent"; not "fell" or "stood", which take none).
PARTICIPLES_AS_THE_PAST = frozenset("""
    found sent made left shot held built bought brought caught taught sold paid kept lost heard spent won led fed
    meant dealt struck hung dug sought fought laid bound ground swept lit stuck
""".split())
# A question's word ends a subject: what follows is a clause of its own ("Read on for what happened next").
CLAUSE_OPENERS = frozenset("what whatever which whose who whom how why".split())
# Before its comma, a whole call (its word and one of these, or an amount it offers: "Read more, …", "Save 50%, …");
# after it, the outlet's own clause ("…, our reporter was there."): no news of someone's words.
WHOLE_CALL_WORDS = frozenset("here now more again below us today online free".split())
# A headline speaks in the present: after a plural subject its verb is the base form ("Share prices plunge after …",
# "Register offices close early"), a word the list reads as a verb or whose "-ing" form it reads as one; one of these
# after a plural object is an adverb of the call ("Watch matches live", "Download podcasts free").
NOT_A_VERB_AFTER_A_CALL = WHOLE_CALL_WORDS | NOT_A_SUBJECT | {"live"}
# Verbs that take an object and a bare infinitive after it: after them a plural noun and a base form are the call's
# object and what it does ("Watch officers arrest a man"), no subject and its verb.
PERCEPTION = frozenset("watch see hear".split())
# Verbs that take no object (base, past and participle): a bare plural noun after a plural one before one of them is
# its subject, no relative clause ("Print sales figures rose again"; but "Read stories readers loved").
TAKES_NO_OBJECT = frozenset("""
    rise rose risen fall fell fallen go went gone come came stand stood sit sat arise arose arisen soar soared slump
    slumped plummet plummeted tumble tumbled surge surged rally rallied happen happened occur occurred arrive arrived
    die died emerge emerged appear appeared vanish vanished collapse collapsed exist existed remain remained
""".split())


def _tag(word: str) -> str:
    """The word's most frequent tag in English's word list (``wordclass.tags``), "" when the list lacks it."""
    table = wordclass.tags()
    lowered = wordclass.plain(word)
    return table.get(lowered) or table.get(wordclass.american(lowered)) or ""


def _measured(tokens) -> bool:
    """Among ``tokens``, an amount: a figure, a number's word or a fraction's."""
    return any(t.text[:1].isdigit() or t.text.lower() in FRACTIONS or _tag(t.text) == "CD" for t in tokens)


def _past_form(word: str) -> bool:
    """``word`` (in lower case) is the past form of a verb in English's word list."""
    return _tag(word) == "VBD"


def _base_form(word: str) -> bool:
    """``word`` (in lower case) is the base form of a verb: the word list reads it as one, or its "-ing" form as a
    verb's ("plunge", "plunging"); no word of a closed class, none of ``NOT_A_VERB_AFTER_A_CALL``."""
    if word in wordclass.CLOSED or word in NOT_A_VERB_AFTER_A_CALL or not word.isalpha():
        return False
    tag = _tag(word)
    if tag in ("VB", "VBP"):
        return True
    if tag not in ("NN", "JJ"):
        return False
    forms = {word + "ing", word + word[-1] + "ing"} | ({word[:-1] + "ing"} if word.endswith("e") else set())
    return any(_tag(form) == "VBG" for form in forms)


def _present_verb(tokens, at: int, headline: bool) -> bool:
    """The word of ``tokens`` at ``at`` is a verb in the present that no notice of the page speaks in: the present
    progressive ("are falling", not "are being" nor "are closed"), or, in a ``headline``, the present perfect ("have
    closed", not "have been") or the base form after a plural noun, its subject ("prices plunge")."""
    word = tokens[at].text.lower()
    if word in ("is", "are") and at + 1 < len(tokens):
        following = tokens[at + 1].text.lower()
        return following != "being" and _tag(following) == "VBG"
    if not headline or at == 0:
        return False
    if word in ("has", "have") and at + 1 < len(tokens):
        following = tokens[at + 1].text.lower()
        return following != "been" and _tag(following) in ("VBN", "VBD")
    # The word after the call's is its plural noun too where the list reads it as a verb first ("Print runs …").
    previous = tokens[at - 1]
    return (_plural(previous) or at - 1 == 1 and _tag(previous.text) == "VBZ") and _base_form(word)


def _finite_verb(tokens, at: int, past: bool, stopped: bool, reporting: bool = False, headline: bool = False) -> bool:
    """The word of ``tokens`` at ``at`` is a finite verb: a reporting verb in any tense (nothing else when
    ``reporting``), a past form (one that is a participle too, ``PARTICIPLES_AS_THE_PAST``, or one of
    ``SAME_IN_THE_PAST`` only in a line ``stopped`` on a full stop), an auxiliary (of the past when ``past``) or a
    present no notice speaks in (``_present_verb``; the base form in a ``headline`` only). A past form before "by"
    is a participle but before an amount ("footage posted by residents", "fell by a fifth"); the present of other
    verbs is spelt as many plural nouns are ("tips", "highlights") and is not read."""
    word = tokens[at].text.lower()
    if word in ("today", "yesterday", "tonight"):
        return False
    if REPORTING.fullmatch(word):
        return True
    if reporting:
        return False
    if _present_verb(tokens, at, headline):
        return True
    if at + 1 < len(tokens) and tokens[at + 1].text.lower() == "by" and not _measured(tokens[at + 2:at + 2 + MEASURE]):
        return False
    if _past_form(word):
        return stopped or not (word.endswith("ed") or word in PARTICIPLES_AS_THE_PAST)
    return word in (PAST_AUXILIARIES if past else FINITE_AUXILIARIES) or stopped and word in SAME_IN_THE_PAST


def _plural(token) -> bool:
    """``token`` is a plural noun by English's word list."""
    return not token.is_punct and _tag(token.text) == "NNS"


def _relative_verb(tokens, at: int, headline: bool) -> bool:
    """The word of ``tokens`` at ``at`` opens the verb of a relative clause without its object: a past form, a
    perfect ("have sent"), or the base form in a ``headline``, of a verb that takes an object (not one of
    ``TAKES_NO_OBJECT``)."""
    if at >= len(tokens):
        return False
    word = tokens[at].text.lower()
    if word in ("have", "has", "had") and at + 1 < len(tokens):
        participle = tokens[at + 1].text.lower()
        return participle not in TAKES_NO_OBJECT and _tag(participle) in ("VBN", "VBD")
    return word not in TAKES_NO_OBJECT and (_past_form(word) or headline and _base_form(word))


def _clause_from(tokens, at: int, past: bool, stopped: bool, named: bool = False, reporting: bool = False,
                 headline: bool = False) -> bool:
    """From ``at``, ``tokens`` hold a subject (or the rest of one whose head is ``named`` already) and its finite verb
    (``_finite_verb``; one that reports when ``reporting``; the base form too in a ``headline``), nothing that ends a
    subject between them (a mark but ``SUBJECT_INSIDE``, a conjunction, a pronoun, a word of ``CLAUSE_OPENERS``, a
    verb of another form, a determiner straight after a noun, or a bare plural noun straight after a plural one
    before the verb of a relative clause (``_relative_verb``), each of which opens a clause: "the moment the crowd
    erupted", "stories readers loved", "stories readers love", "letters readers have written"), and a noun or a
    name in the subject, or a pronoun of ``SUBJECT_PRONOUNS`` standing for it."""
    previous = ""
    for index in range(at, len(tokens)):
        token = tokens[index]
        if token.is_punct or token.is_space:
            if token.text in SUBJECT_INSIDE:
                continue
            return False
        if token.text.lower() in CLAUSE_OPENERS:
            return False
        if index > 0 and _plural(tokens[index - 1]) and _plural(token) and _relative_verb(tokens, index + 1, headline):
            return False
        if named and _finite_verb(tokens, index, past, stopped, reporting, headline):
            return True
        word_class = wordclass.word_class(token.text)
        if index == at and token.text.lower() in SUBJECT_PRONOUNS:
            named, previous = True, wordclass.NOUN
            continue
        if word_class not in SUBJECT_CLASSES or word_class == wordclass.DETERMINER and previous in HEADS:
            return False
        named = named or word_class in HEADS
        previous = word_class
    return False


def call_word_in_news(text: str, doc=None) -> bool:
    """``text`` (its tokens ``doc`` when the caller has them) opens on an English word of the calls used as no
    imperative of the page's: before the noun of a subject and its finite verb, as that noun, or before a comma and
    a clause in the past tense or one that reports (see above)."""
    tokens = [t for t in (tokenize(text) if doc is None else doc) if not t.is_space]
    if len(tokens) < 2 or tokens[0].text.lower() not in ENGLISH_CALL_TO_ACTION:
        return False
    stopped = text.rstrip().endswith(".")
    # Only the first sentence is read: a comma of a later one says nothing of the call ("Sign up …. In 2024, …").
    end = next((index for index, t in enumerate(tokens) if t.text in (".", "!", "?")), len(tokens))
    tokens = tokens[:end]
    commas = [index for index, t in enumerate(tokens) if t.text == ","]
    # The present tense or the future is news where someone is said to say so after a comma ("…, analysts said.",
    # "…, a survey found."); the page's notices speak so in their own name ("Email addresses will not be published.").
    attributed = any(
        _clause_from(tokens, index + 1, past=True, stopped=stopped) or (
            index + 1 < len(tokens) and tokens[index + 1].text.lower() == "according"
        ) for index in commas
    )
    past = not attributed
    # A headline drops its stop and speaks in the present ("Share prices plunge after …"); the page's notices state
    # their rule in a sentence ("Comment threads close after 48 hours."). After a verb of ``PERCEPTION`` a plural and
    # a base form are the call's object and what it does.
    headline = not stopped and tokens[0].text.lower() not in PERCEPTION
    following = tokens[1].text.lower()
    if following not in NOT_IN_A_SUBJECT and wordclass.word_class(following) == wordclass.PREPOSITION or (
        _finite_verb(tokens, 1, past=past, stopped=stopped)
    ):
        if _clause_from(tokens, 1, past=past, stopped=stopped, named=True, headline=headline):
            return True
    at = 1
    if tokens[at].text == "-":
        at += 1
    if at < len(tokens) and tokens[at].text.lower() in CALL_PARTICLES:
        at += 1
    if at < len(tokens) and tokens[at].text.lower() not in NOT_A_SUBJECT and (
        wordclass.word_class(tokens[at].text) in (wordclass.NOUN, wordclass.GERUND)
        or _tag(tokens[at].text) == "VBZ"  # a plural the word list reads as a verb first ("Print runs …")
    ) and _clause_from(tokens, at + 1, past=past, stopped=stopped, named=True, headline=headline):
        return True
    if not commas or commas[0] + 1 >= len(tokens) or tokens[commas[0] + 1].text.lower() in OUR:
        return False
    comma = commas[0]
    if _whole_call(tokens[:comma]):
        return False
    # A preposition ("Like prices, …", "Save for the roof, …") opens a clause in the past; an imperative only
    # someone's words, before the reporting clause ("Follow the money, the prosecutor told the jury, …").
    preposition = tokens[0].text.lower() in wordclass.PREPOSITIONS or tokens[1].text.lower() == "for"
    return _clause_from(tokens, comma + 1, past=True, stopped=stopped, reporting=not preposition,
                        headline=headline and preposition)


def _whole_call(tokens) -> bool:
    """``tokens``, a call's word and the words after it, make a whole call: words of ``WHOLE_CALL_WORDS`` and
    amounts only after it ("Read more", "Click here", "Save 50%"), or a strong phrase of the calls and nothing else
    ("sign up")."""
    words = [t for t in tokens[1:] if not t.is_punct or t.text == "%"]
    return all(t.text.lower() in WHOLE_CALL_WORDS or t.text[:1].isdigit() or t.text in "%£$€" for t in words) or (
        folded(" ".join(t.text for t in tokens)) in _strong_phrases(folded(" ".join(t.text for t in tokens)))
    )


def list_item(text: str) -> str | None:
    """The text of ``text`` when it is an item of a list set out with a marker, else None."""
    match = LIST_ITEM.match(trimmed(text))
    return match.group("item") if match else None


# The label over a note about the page's own people or owner, on a line of its own: "About the author", "About us",
# "Über den Autor" (``furniture_vocabulary.BIO_LABELS``), or "About" and a name ("About Kelderbridge University"),
# the boilerplate a press release closes on.
ABOUT_WRITER = re.compile(
    r"^about (?:the )?(?:authors?|writers?|columnists?|contributors?|reporters?|editors?|us|me)\W*$|^"
    + vocabulary.alternatives(vocabulary.BIO_LABELS) + r"\W*$",
    re.IGNORECASE,
)
ABOUT_NAME = re.compile(
    r"^About\s+(?P<name>(?:the\s+)?(?:[A-Z][\w'’.&-]*)(?:\s+(?:of|and|for|the|de|&|[A-Z][\w'’.&-]*)){0,6})\W*$"
)


def about_label(text: str) -> str | None:
    """What a one-line label over a note about the page's own people or owner is about: "" for the writer or the
    outlet ("About the author", "About us", "Über den Autor"), the name for "About" and a name ("About Kelderbridge
    University"), with the "the" a name takes ("About the University of Tamsford": its note opens "The University of
    Tamsford is …"); None when ``text`` is no such label."""
    text = trimmed(text)
    if "\n" in text:
        return None
    if ABOUT_WRITER.match(text):
        return ""
    match = ABOUT_NAME.match(text)
    return match.group("name") if match else None


def continues_a_sentence(text: str) -> bool:
    """An item of a list that opens in lower case ("• shift workers at the hospital"): it completes the sentence the
    line above it began ("Those affected include:"); a caption, a heading or a link opens on a capital."""
    item = list_item(text)
    return item is not None and opens_in_lower_case(item)


def lead_in(text: str) -> bool:
    """A line of the story that opens a list: a clause of a few words ending in a colon ("The main changes are:"),
    not the label of a list of links or of a summary ("Related stories:", "Key points:")."""
    text = trimmed(text)
    return text.endswith(":") and word_count(text) >= LEAD_IN_WORDS and not (
        related_label(text) or SUMMARY_LABELS.match(text) or list_item(text) is not None
    )


def quoted_list(words, limit=4) -> str:
    words = list(dict.fromkeys(words))
    shown = ", ".join(f"“{w}”" for w in words[:limit])
    return shown + (" …" if len(words) > limit else "")


class _Line:
    """One trimmed line with its tokens and its words (tokens with a letter or a digit)."""

    def __init__(self, text: str, doc=None):
        self.text = text
        self.doc = doc if doc is not None else tokenize(text)
        self.words = [t for t in self.doc if not (t.is_punct or t.is_space) and any(c.isalnum() for c in t.text)]
        self.length = words_in(self.words)  # a run of a script without spaces counts as the words it holds


# A footer's line of details above its copyright line: the outlet's name, address and pages between separators
# ("… | Jl. … No. 88 | Redaksi | Tentang Kami"), its address or contact details behind their words
# (``furniture_vocabulary.CONTACT_WORDS``: "نشانی: …", "Tel. …"), a telephone number or an e-mail address; short and
# not ending like a sentence, as no paragraph of the story above a picture's credit is.
CONTACT = vocabulary.pattern(vocabulary.CONTACT_WORDS)
TELEPHONE = re.compile(r"(?:\+|\b)\d[\d ()./-]{6,18}\d\b")  # bounded: a number is at most 20 characters
# A telephone number has eight figures at least and is neither a range of years ("2024-2025") nor a date in figures
# ("15/10/2025", "2025-10-15"); it opens on "+" or a trunk's "0" ("+62 21 …", "(021) …", "04-6123456"), or stands
# after its label and a colon ("Telefon: 030 …", "تلفن …: ۳۴۲۲۸۸۱۰-۰۸۶").
TELEPHONE_DIGITS = 8
NOT_TELEPHONE = re.compile(r"(?:1[5-9]|20)\d\d\s*[-–/]\s*(?:(?:1[5-9]|20)\d\d|\d\d)|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|"
                           r"\d{4}[./-]\d{1,2}[./-]\d{1,2}")
CONTACT_LABEL = re.compile(vocabulary.WORD_START + vocabulary.alternatives(vocabulary.CONTACT_WORDS)
                           + r"\.?[^\d:：]{0,40}[:：៖]")
FOOTER_WORDS = 25
CONTACT_LINE_WORDS = 12  # a label and a number ("Advertising: 0171 …"); a sentence of news gives a helpline in prose
# A line that opens on a contact label and its colon and holds a telephone number is one of details however it ends
# ("Thông tin liên hệ: Văn phòng …, số 2 Quang Trung; điện thoại: 0209 3852 114."), up to this many words: an office,
# its address and its numbers, counted in syllables where a language spaces them.
CONTACT_DETAILS_WORDS = 40
# For that rule only the label stands before the colon, perhaps with one word that qualifies it, two syllables where
# a language spaces them ("Liên hệ quảng cáo:", advertising contact; "Thông tin liên hệ:"): a clause before a colon
# ("Liên hệ với người dân, ông Nam nói: …") is a sentence's. A line that ends like a sentence and holds a verb of
# saying after its colon (``REPORTING``) must hold details there, mostly (``DETAILS_SHARE``) figures, names written
# with a capital and the labels' words, not a sentence of news ("Tel Aviv: Police urged anyone … to call 03 545 4444,
# a spokesman said."); without one, behind a label of no capitalised word but its first, its stop ends no sentence of
# news, and the share is no test of it where a language writes its common nouns in lower case ("Liên hệ: phòng hành
# chính của công ty, số điện thoại 0912 345 678."). A capital further in the label is a place's name, a dateline
# ("Tel Aviv: Police urged anyone … to call 03 545 4444.").
CONTACT_LABEL_ALONE = re.compile(vocabulary.WORD_START + vocabulary.alternatives(vocabulary.CONTACT_WORDS)
                                 + r"\.?(?:[ \t]+[^\W\d_][^\s\d:：៖]{0,20}){0,2}[ \t]*[:：៖]")
DETAILS_SHARE = 0.5
# The words of the contact labels, of three letters or more: "de" of "apartado de correos" is no word of details.
CONTACT_LABEL_WORDS = frozenset(word for phrase in vocabulary.phrases(vocabulary.CONTACT_WORDS)
                                for word in phrase.split() if len(word) >= 3)
# A wire desk's code under its story: the agency, then items between slashes (the desk, the editors' initials) and the
# filing time in figures, perhaps with its abbreviation ("AGENCY/desk/AB/CD/1310 hrs", "…/১৩১০ ঘ."). The agency is
# named by a letter at least: "15/10/2025" is a date.
DESK_CODE = re.compile(r"^(?=[^\s/]*[^\W\d_])[^\s/]{2,30}"
                       r"(?:/[^/\n]{1,30}){1,6}/\s*+\d{3,4}\s*+(?:[^\W\d_][\w\u0980-\u09ff]{0,4}\.?)?$")
FOOTER_ITEMS = 3


def telephone(text: str) -> bool:
    """``text`` holds a telephone number (``TELEPHONE_DIGITS``, ``NOT_TELEPHONE``): opening on "+" or "0", or after a
    contact label and a colon (``CONTACT_LABEL``)."""
    for match in TELEPHONE.finditer(text):
        number = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in match.group())
        if sum(c.isdigit() for c in number) < TELEPHONE_DIGITS or NOT_TELEPHONE.fullmatch(number.strip()):
            continue
        if number.lstrip("(")[:1] in ("+", "0") or CONTACT_LABEL.search(folded(text[:match.start()])):
            return True
    return False


def copyright_line(text: str) -> bool:
    """``text`` is a copyright notice ("© …", "All rights reserved", "Hak cipta dilindungi …")."""
    return bool(COPYRIGHT.search(text) or OTHER_RIGHTS.search(folded(text)))


def footer_line(text: str) -> bool:
    """``text`` has the shape of a footer's line of details (``CONTACT``, ``TELEPHONE``, ``EMAIL``, items between
    separators); whether it stands above a copyright line is the caller's to tell."""
    line = trimmed(text)
    if not line or word_count(line) > FOOTER_WORDS or line.endswith(tuple(".!?…;" + STOPS + CJK_STOPS)):
        return False
    items = [item for item in MENU_SEPARATOR.split(line) if item.strip()]
    return len(items) >= FOOTER_ITEMS or bool(CONTACT.search(folded(line)) or telephone(line) or EMAIL.search(line))


def line_furniture(text: str, repeats: int = 1, doc=None) -> tuple[str, str] | None:
    """(rule, reason) when the line ``text`` is page furniture by its own words and shape, else None.

    ``repeats``: how many times the line (compared by ``normal``) occurs on the page; ``doc``: the line's
    tokens from ``tokenize`` when the caller has them already."""
    text = trimmed(text)
    if not text:
        return None
    shortened = shortened_runs(text)
    if shortened is not text:
        text, doc = shortened, None  # the caller's tokens are of the longer line
    return _first_pass(_Line(text, doc), repeats)


# A run of one space or invisible mark repeated more often than any pattern of the rules counts characters (the
# longest bound is 80: ``[^…]{1,80}``): every rule reads it as it reads a run of ``LONG_RUN``, and a line of two words
# around ten thousand spaces would otherwise cost each of the rules' patterns a try at every position of the run.
LONG_RUN = 100
_LONG_RUN = re.compile(r"([\s" + "".join(sorted(INVISIBLE)) + r"])\1{" + str(LONG_RUN) + ",}")
# A run of spaces and invisible marks of more than one kind in turn (" \t \t", "\t\u00a0\t\u00a0"), on one line (a line
# break ends it: the lines of a passage stay as many), longer than twice ``LONG_RUN``: it is cut to its shortest tail
# that opens on the run's first ``LONG_RUN`` characters (``shortened_runs``). Every stretch of ``LONG_RUN`` characters
# of the line so cut stands in the line as written, so every rule reads it as it read the longer line, and no two
# characters meet that did not meet before. Tried only where such a run starts, so that a long run is read once.
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_SPACE_ON_A_LINE = "".join(re.escape(c) for c in sorted(
    {chr(code) for code in range(0x3001) if chr(code).isspace() and chr(code) not in _LINE_BREAKS} | INVISIBLE))
_LONG_MIXED_RUN = re.compile(f"(?<![{_SPACE_ON_A_LINE}])[{_SPACE_ON_A_LINE}]{{{2 * LONG_RUN + 1},}}")


def shortened_runs(text: str) -> str:
    """``text`` with each run of one space or invisible mark longer than ``LONG_RUN`` cut to ``LONG_RUN`` of it, then
    each run of spaces and marks of more than one kind on one line longer than twice ``LONG_RUN`` cut to its shortest
    tail that opens as the run does (``_LONG_MIXED_RUN``: " \t" repeated stays " \t" repeated; a run whose opening
    recurs nowhere stays whole). The same string when nothing is cut."""
    if _LONG_RUN.search(text):
        text = _LONG_RUN.sub(lambda run: run.group(1) * LONG_RUN, text)
    if _LONG_MIXED_RUN.search(text):
        text = _LONG_MIXED_RUN.sub(_opening_tail, text)
    return text


def _opening_tail(run: re.Match) -> str:
    """The shortest tail of the run ``run`` that opens on its first ``LONG_RUN`` characters: the run itself when they
    occur nowhere else in it."""
    spaces = run.group()
    return spaces[spaces.rfind(spaces[:LONG_RUN]):]


def _software_credit(text: str) -> bool:
    """``text`` is a footer's credit of the site's software or theme, each of its parts between bars or dots one
    (``SOFTWARE_CREDIT``, ``THEME_CREDIT``), one of the software's at least or a theme's behind its label."""
    parts = [part.strip() for part in re.split(r"\s[|·•]\s", text) if part.strip()]
    return bool(parts) and all(SOFTWARE_CREDIT.match(part) or THEME_CREDIT.match(part) for part in parts)


def _first_pass(line: _Line, repeats: int) -> tuple[str, str] | None:
    """Rules that look at the line alone (and how often it occurs): (rule, reason) or None."""
    words = line.words
    size = line.length
    lower = [w.lower_ for w in words]
    text = normal(line.text)
    if not words:
        return "symbols", "A line of symbols only, no words."
    shape = _widget_shape(line, lower)
    if shape:
        return shape
    other = folded(line.text)
    if size <= OTHER_LABEL_WORDS:
        label = other_label(line.text)
        if label:
            return label
    opener = _opening_word(line)
    # A sentence of news naming a copyright or a video is the story's, unless it holds the sign or the rights.
    prose = reported_prose(line.text, lower, opener, other)
    # A word of the calls that opens news as no imperative turns off the rules that read one (the calls'), no other.
    not_a_call = call_word_in_news(line.text, line.doc)
    news = prose and not SIGNED_RIGHTS.search(line.text)
    if (size <= 12 and CREDIT.search(line.text) and not DATELINE.match(line.text) and not news) or (
        size <= 40 and (COPYRIGHT.search(line.text) or OTHER_RIGHTS.search(other)) and not news
    ) or (
        size <= 40 and (CREDIT_LABEL.search(line.text) or OTHER_CREDIT.search(other))
    ) or picture_credit(line.text):
        return "credit", "A picture credit or copyright line."
    if size <= SOFTWARE_CREDIT_WORDS and _software_credit(line.text):
        return "credit", "The credit of the software the site runs on, or of its theme (“Powered by …”)."
    if size <= 8 and AGENCY_CREDIT.match(line.text) or size <= 40 and FEED_NOTICE.search(line.text):
        return "credit", "A news agency's credit, or a note that the story came from a wire feed."
    if size <= 8 and (BYLINE.match(line.text) or _other_byline(line.text)) or (
        size <= 40 and WIRE_CREDIT.match(line.text)
    ) or size <= CONTRIBUTED_CREDIT_WORDS and (credited := CONTRIBUTED_CREDIT.match(line.text)) and CONTRIBUTOR.search(
        line.text[:credited.end()].split("contributed")[0]
    ) or (
        REPORTS_FROM.match(line.text)
    ) or size <= UNSPACED_BYLINE_WORDS and unstopped(line.text) and (
        _other_byline(line.text)
    ) or size <= BYLINE_STAMP_WORDS and _byline_then_stamp(line.text):
        return "byline", "A byline: “By …” or a wire story's “Reporting by …” credits on a line of their own."
    if size <= SIGN_OFF_WORDS and _sign_off(line.text):
        return "byline", "A broadcaster's sign-off: the reporter's name, the outlet and the place, nothing else."
    if size <= OTHER_SIGN_OFF_WORDS and OTHER_SIGN_OFF_FOR.search(other) and OTHER_REPORTER.search(other) and not (
        REPORTING.search(line.text) or QUOTE_MARKS.search(line.text)
    ):
        return "byline", "A broadcaster's sign-off: for the outlet's news, its reporter's name."
    if size <= 15 and not ends_sentence(line.text) and MOTTO.search(line.text) and (
        len(re.findall(r"\d+(?:[.,]\d+)*", line.text)) <= 1
    ):
        return "motto", "A masthead's motto: the paper's age or its patch, not the story."
    if TOGGLE.match(line.text):
        return "furniture_words", "A widget's switch and its state (“Auto-refresh on”)."
    if size <= 25 and GREETING.match(line.text):
        return "greeting", "A live page's greeting to its readers."
    if size <= THANKS_WORDS and THANKS_FOR_READING.match(line.text) and not (
        REPORTING.search(line.text) or QUOTE_MARKS.search(line.text)
    ):
        return "greeting", "The page's thanks to its readers for reading, as it signs off (“Thanks for reading …”)."
    if size <= 25 and TAG_ROW.match(line.text) and _short_items(TAG_ROW.match(line.text).group(0)):
        return "related_list", "A row of the article's tags or topics."
    if size <= 25 and (tagged := OTHER_TAG_ROW.match(folded(line.text))) and _short_items(tagged.group(0)):
        return "related_list", "A row of the article's tags or topics."
    if size <= 40 and WIRE_FIELDS.match(line.text) and OTHER_BYLINE_FIELD.match(folded(line.text).lstrip("( ")):
        return "byline", "A wire story's credits in brackets: its writer's and its editor's names behind their labels."
    if size <= 25 and (LINK_PREFIX.match(line.text) or OTHER_LINK_PREFIX.match(vocabulary.unaccented(other))
                       or MORE_LINKS.match(line.text)) and (
        not ends_sentence(line.text.rstrip(".?")) and not _runs_to_sentences(line.text)
    ):
        return "related_list", "A link to another story behind a label (“Related: …”)."
    if size <= 25 and OTHER_SHARE_PREFIX.match(vocabulary.unaccented(other)) and not ends_sentence(line.text):
        return "furniture_words", "A row of share buttons behind their label (“Ibahagi: Facebook | X”)."
    if size <= 10 and JUMP_LINE.match(line.text):
        return "navigation", "A print page's jump line: where the story goes on or came from (“Continued on Page A6”)."
    if size <= 20 and (REACHED_AT.match(line.text) and (EMAIL.search(line.text) or TELEPHONE.search(line.text))) or (
        size <= 25 and STAY_WITH.match(line.text)
    ):
        return "contact", "The outlet's sign-off: where its reporter can be reached, or its promise of updates."
    if size <= 40 and SUPPORTED_BY_YOU.search(line.text) and not QUOTE_MARKS.search(line.text):
        return "appeal", "A listener- or reader-supported outlet's appeal for gifts."
    if size <= 40 and SIGNPOST.match(line.text):
        return "call_to_action", "Signposting to help for readers affected by the story."
    if size <= 80 and READER_PROMPT.match(line.text) and PROMPT_VERBS.search(line.text) and (
        "you" in lower or "your" in lower or "us" in lower or "our" in lower
    ):
        return "call_to_action", "An invitation to readers to write in."
    if size <= 40 and OTHER_APPEAL_READERS.search(other) and OTHER_READER_APPEALS.search(other) and not (
        REPORTING.search(line.text)
    ) and _in_the_outlets_name(other):
        return "call_to_action", "An invitation to readers to send in what they saw."
    if size <= READER_PROMPT_WORDS and (OTHER_READER_PROMPTS.search(other) or OTHER_OPENING_PROMPTS.match(other)) and (
        not (REPORTING.search(line.text) or _quotes_speech(line.text))
    ):
        return "call_to_action", (
            "A prompt that speaks to the reader by its own form (“… takip edin”, “Tải ứng dụng …”)."
        )
    if size <= 40 and OTHER_APPEAL_READERS.search(other) and OTHER_DONATION_MEANS.search(other) and not (
        REPORTING.search(line.text)
    ):
        return "appeal", "A donation appeal: readers asked to give, and the account to send it to."
    if size <= 12 and _labelled_date(line.text):
        return "timestamp", "A date behind a label (“Date: …”, “Published: …”) on a line of its own."
    if relative_stamp(line.text):
        return "timestamp", "A relative time stamp (“… ago”) on a line of its own."
    if size <= 16 and (_is_timestamp(lower) or all(TIME_CODE.match(w.text) for w in words) or (
        _is_timestamp(_stamp_words(RELATIVE_TAIL.sub("", line.text)))
    )):
        return "timestamp", "A date or time stamp on a line of its own."
    if size <= DATED_ROW_WORDS and _dated_row(line.text):
        return "timestamp", "A row of the article's details: its date among short items between separators."
    if GALLERY_COUNTER.match(line.text):
        return "navigation", "A gallery's counter: which picture of how many (“1 of 6”)."
    if size <= 4 and SALUTATION.match(line.text):
        return "greeting", "A newsletter's salutation to its readers (“Good morning,”)."
    if size - sum(w.text in DATE_UNITS for w in words) <= 6 and not ends_sentence(line.text) and _figures_date(words):
        return "timestamp", "A date and time in figures on a line of its own."
    if repeats > 1 and size <= 20:
        return "repeated", f"The same line appears {_how_often(repeats)} on the page."
    # A short sentence of reporting may hold a word of web pages ("users agree to the terms when they sign up,
    # the firm said"); a prompt or a label does not report.
    reports = 6 <= size <= 12 and ends_sentence(line.text) and REPORTING.search(line.text) or prose
    if size <= 12 and not reports:
        # A call's word that opens news as a noun ("Subscribe figures rose …") is no cue; the rest of the line's are.
        read, read_words = (text.split(None, 1)[-1], lower[1:]) if not_a_call else (text, lower)
        phrases = _strong_phrases(read) + _other_prompts(line, other)
        strong = [w for w in read_words if w in STRONG_WORDS]
        furniture = [w for w in read_words if w in FURNITURE_WORDS]
        if phrases or strong or len(furniture) * 2 >= size and len(furniture) >= 1 and size <= 8:
            cues = phrases + strong + furniture
            return "furniture_words", f"Words of page furniture, not of news: {quoted_list(cues)}."
        if _opens_with_call(opener, other) and not not_a_call and (
            _addressed(lower, other) or _offered(lower, other) or (
                size <= BUTTON_WORDS and not ends_sentence(line.text) if opener in SHARED_CALL_TO_ACTION else size <= 8
            )
        ):
            return "call_to_action", f"A call to action opening with the imperative “{line.doc[0].text}”."
    if size <= READER_PROMPT_WORDS and _prompts_alone(line.text):
        return "furniture_words", "A paywall's or a prompt's notice: every sentence of it holds a prompt's words."
    if size <= 25 and _opens_with_call(opener, other) and not not_a_call:
        first_word = line.text.split(None, 1)[0]
        reported = REPORTING.search(line.text) or QUOTE_MARKS.search(line.text) or prose
        phrases = _strong_phrases(text) + ([] if reported else NAMED_APP.findall(line.text))
        strong = [w for w in lower if w in STRONG_WORDS]
        if (phrases or strong) and not prose:
            cues = quoted_list(phrases + strong)
            return "call_to_action", f"A call to action opening with “{line.doc[0].text}”: {cues}."
        networks = [word.text for word in line.words if word.text.lower() in SOCIAL_NETWORKS]
        if networks and not reported:
            cues = quoted_list(networks)
            return "call_to_action", f"A call to follow the outlet on its networks (“{first_word}”): {cues}."
        # Another language's imperative, spelt as no other form of its verb, offering the outlet's own to the reader
        # ("Κατεβάστε την εφαρμογή … στο κινητό σας.").
        offered = _offered(lower, other)
        if (opener in OTHER_CALL_TO_ACTION or CALL_TO_ACTION_PHRASES.match(other)) and (
            offered
        ) and _addressed(lower, other) and not (REPORTING.search(line.text) or QUOTE_MARKS.search(line.text)):
            cues = quoted_list(sorted(offered))
            return "call_to_action", f"A call to action opening with “{line.doc[0].text}”: {cues}."
    if size <= 40 and retail_call(line.text):
        return "call_to_action", "A shop's call to buy (“Shop now”, “Jetzt kaufen”): the page selling, no news."
    if live_event_entry(line.text):
        return "furniture_words", (
            "A live page's entry of a match event with names only (“64' Substitution, …: … replaces …”)."
        )
    if size <= 40 and not QUOTE_MARKS.search(line.text) and not REPORTING.search(line.text):
        for sentence in _sentences(line.text)[1:]:
            opening = folded(re.split(r"[\s-]", sentence, maxsplit=1)[0], alef=False) if sentence.split() else ""
            folded_sentence = folded(sentence)
            cues = _strong_phrases(folded_sentence) + OTHER_PROMPTS.findall(folded_sentence) + [
                w for w in re.findall(r"\w+", folded_sentence) if _bare(w) in CALL_TO_ACTION_OBJECTS
            ] + OBJECT_PHRASES.findall(folded_sentence)
            if _opens_with_call(opening, folded_sentence) and cues and not call_word_in_news(sentence):
                return "call_to_action", f"A call to action (“{sentence.split(None, 1)[0]} …”): {quoted_list(cues)}."
    if size <= 30 and (NEWSLETTER_PROMO.search(line.text) or OTHER_INBOX.search(other) or (
        OTHER_SHARED_INBOX.search(other) and _speaks_to_reader(line, lower, OTHER_SHARED_INBOX.sub(" ", other))
    )) and not REPORTING.search(line.text):
        return "furniture_words", "A newsletter's promise to the reader (“… in your inbox every Friday”)."
    if (shaped := _own_shape(line.text, size)) is not None:
        return shaped
    if size <= LEGAL_NOTICE_WORDS and LEGAL_NOTICE.match(line.text):
        return "disclaimer", "The page's legal notice under its label (“Privacy Notice: …”)."
    if size > 12 and house_rules(line.text):
        return "disclaimer", "The outlet's note to its readers about its own pages (the rules for its comments)."
    if size > APPEAL_LEAST_WORDS:
        cues = [c for c in APPEAL_CUES if re.search(rf"\b{re.escape(c)}", text)]
        addressed = {"you", "your", "we", "our", "us"}.intersection(lower)
        if len(cues) >= 3 and addressed:
            return "appeal", f"A donation or subscription appeal: {quoted_list(cues)}."
    return None


def _prompts_alone(text: str) -> bool:
    """``text`` is a notice of two sentences or more, each of which holds a prompt's phrase of another language
    (``furniture_vocabulary.PROMPTS``: "Denne artikkelen er for abonnenter. For å lese resten av saken må du være
    abonnent."), with no reporting and no quotation in it: news that names a paywall says so in one sentence among
    its own."""
    if REPORTING.search(text) or QUOTE_MARKS.search(text):
        return False
    sentences = _sentences(text)
    return len(sentences) >= 2 and all(OTHER_PROMPTS.search(folded(sentence)) for sentence in sentences)


def _opening_word(line: _Line) -> str:
    """The line's first word, folded, as the tables of calls to action list it: its first token, or, when the tables
    do not list that, the whole word up to the first space, a hyphen inside it (Filipino writes its imperative's
    prefix onto an English verb: "I-follow", "I-refresh", which the tokens cut into "I", "-", "follow")."""
    first = folded(line.doc[0].text, alef=False)
    if first in CALL_TO_ACTION_VERBS or not line.text.strip():
        return first
    whole = folded(line.text.split(None, 1)[0].strip(".,:;!?…\"'“”"), alef=False)
    return whole if whole in CALL_TO_ACTION_VERBS else first


# Arabic writes "and" onto the word after it ("واشترك", "and subscribe").
CONJUNCTIONS_ON_WORDS = ("و", "ف")


def _bare(word: str) -> str:
    """``word`` without a conjunction written onto it, when what is left is a word of the tables ("واشترك")."""
    if word.startswith(CONJUNCTIONS_ON_WORDS) and word[1:] in CALL_TO_ACTION_OBJECTS:
        return word[1:]
    return word


def _speaks_to_reader(line: _Line, lower: list[str], rest: str) -> bool:
    """The line speaks to the reader beside the phrase taken out of ``rest`` (its folded text without it): a word
    of address, what the outlet offers, or an imperative at its head."""
    rest_words = set(re.findall(r"\w+", rest))
    return bool(_addressed(rest_words, rest) or _offered(lower, folded(line.text))) or (
        folded(line.doc[0].text, alef=False) in PLAIN_CALL_TO_ACTION
    )


def _other_prompts(line: _Line, other: str) -> list[str]:
    """The prompts of other languages in the line (folded: ``other``), counted in a short line that does not end
    as a sentence does, in one that speaks to the reader beside them, or when one names the outlet's own ("nuestro
    boletín"); a prompt's phrase is a clause of news too ("… kostenlos testen.", "Déjà abonné au journal, …")."""
    found = OTHER_PROMPTS.findall(other)
    if not found:
        return []
    if line.length <= 8 and not ends_sentence(line.text.rstrip("? ")):
        return found
    # Thai's prompts are written as its sentences are, and measure more words than they hold: a line of it that is no
    # prose (``unstopped_prose``: "ติดตาม…ได้ทาง LINE … กดเพิ่มเพื่อนเลย!") is a button's or a prompt's.
    if unstopped(line.text) and not unstopped_prose(line.text.rstrip("!? ")):
        return found
    rest = OTHER_PROMPTS.sub(" ", other)
    ours = any(OUR.intersection(phrase.split()) or OUR_PHRASES.search(phrase) for phrase in found)
    return found if ours or _addressed(re.findall(r"\w+", rest), rest) else []


def _in_the_outlets_name(text: str) -> bool:
    """An invitation to readers (folded: ``text``) made in the outlet's own name: it names the outlet, its programme,
    its form or its link, or asks the reader (``furniture_vocabulary.APPEAL_OUTLET``), opens on the outlet's name in
    Latin letters ("HRBでは、…"), or opens on the readers it asks, with no one else asking ("みなさんからの情報を…")."""
    return bool(OTHER_APPEAL_OUTLET.search(text) or LATIN_NAME_OPENING.match(text) or OTHER_APPEAL_READERS.match(text))


def _other_consent(text: str) -> bool:
    """A cookie word and a cue of consenting in one sentence or clause of ``text`` (folded), in another language,
    with no reporting in it: news about cookies says who says so ("…によると、…がCookieを利用しています")."""
    for clause in re.split(r"[.;!?](?:\s|$)|[。！？]", text):
        if (CONSENT.search(clause) or OTHER_COOKIES.search(clause)) and (
            OTHER_CONSENT_CUES.search(clause) or CONSENT_CUES.search(clause)
        ) and not REPORTING.search(clause):
            return True
    return False


# Where a sentence may end: a stop of any script, then a space.
SENTENCE_BREAK = re.compile(rf"(?<=[.!?{STOPS}])\s+")
SENTENCE_OPENING_MARKS = "¿¡«„“\"‘'"


def _opens_a_sentence(text: str) -> bool:
    """``text`` opens as a sentence does: on a capital, on a letter of a script without capitals (Arabic, Hebrew), or
    on an opening mark; not on a small letter or a figure ("… at 5 p.m. on Friday", "No. 3")."""
    first = text[:1]
    return first in SENTENCE_OPENING_MARKS or first.isupper() or first.isalpha() and not first.islower()


def _sentences(text: str) -> list[str]:
    """``text`` cut into sentences where a stop is followed by a space and something that opens a sentence; the
    parts of each are gathered and joined once, so a line of many stops is cut in time linear in its length."""
    sentences: list[list[str]] = []
    for part in SENTENCE_BREAK.split(text):
        if sentences and not _opens_a_sentence(part):
            sentences[-1].append(part)
        else:
            sentences.append([part])
    return [" ".join(parts) for parts in sentences]


# A sentence of this many words or more, and another after it: a post of the story's behind its kicker ("BREAKING: The
# ferry overturned …. About forty people were on board."), where a link is one headline.
RUN_SENTENCE_WORDS = 3


def _runs_to_sentences(text: str) -> bool:
    """``text`` holds two sentences or more (``_sentences``), each of ``RUN_SENTENCE_WORDS`` words or more: no headline
    of a link, which is one ("Mr. Ng resigns" is one sentence of a short part and another)."""
    sentences = _sentences(text)
    return len(sentences) >= 2 and all(len(sentence.split()) >= RUN_SENTENCE_WORDS for sentence in sentences)


def _without_time_abbreviation(text: str) -> str:
    """``text`` without the abbreviation of a part of the day that closes it, whose stop ends no sentence ("9:15
    n.u.", Filipino's "of the morning"; ``furniture_vocabulary.DATE_WORDS``)."""
    words = text.split()
    if len(words) > 1 and "." in words[-1][:-1] and folded(words[-1]) in OTHER_DATE_WORDS:
        return text[: text.rstrip().rfind(words[-1])].rstrip()
    return text


def _labelled_date(text: str) -> bool:
    """A label of the page's dates and a value with a year or a clock time in it, short and no sentence: "Date:
    Juche 115 (2026).11.18 Wednesday", "First published: Jan 18, 2027, 07:15" (whatever calendar it counts in)."""
    match = DATE_LABEL.match(text) or OTHER_DATE_LABEL.match(folded(text))
    if match is None or ends_sentence(_without_time_abbreviation(text.rstrip(")"))):
        return False
    value = match.group("value")
    return word_count(value) <= 8 and bool(re.search(r"\b(?:1[5-9]|20)\d\d\b|\b\d{1,2}[:.]\d\d\b", value))


# A label's word: letters with the marks written on them (a vowel sign or a virama: "ටැග්", "टैग"), so that a label in
# such a script is taken off whole.
_LABEL_WORD = rf"[^\W_](?:[^\W_]|[{vocabulary.COMBINING_MARKS}])*"
_LABEL = re.compile(rf"^{_LABEL_WORD}(\s+{_LABEL_WORD}){{0,2}}\s*:?\s*")
# Items between commas or separators, or hashtags set apart by spaces ("#පාලම #මීගහවෙල", "#housing #rates").
_ITEM_BREAK = re.compile(r"\s*[,|·•;/]\s*|\s+(?=#)")


def _short_items(text: str) -> bool:
    """After a label, items of a few words each between commas or separators, or hashtags, two or more of them."""
    rest = _LABEL.sub("", text, count=1)
    items = [item for item in _ITEM_BREAK.split(rest) if item.strip()]
    return len(items) >= 2 and all(word_count(item) <= 4 for item in items)


def _mostly_details(text: str) -> bool:
    """More than ``DETAILS_SHARE`` of the words of ``text`` are figures, names written with a capital or words of
    the contact labels (``CONTACT_LABEL_WORDS``): an office, its address and its numbers, not a sentence."""
    words = re.findall(r"[^\s,;:.|/()]+", text)
    details = sum(any(c.isdigit() for c in word) or word[:1].isupper() or folded(word) in CONTACT_LABEL_WORDS
                  for word in words)
    return bool(words) and details > DETAILS_SHARE * len(words)


def _widget_shape(line: _Line, lower: list[str]) -> tuple[str, str] | None:
    """Furniture recognised by its shape: image markup, capture headers, contact lines, menus, players,
    reaction counters, author boxes, notes about the article, subscription offers."""
    text = line.text
    words = line.words
    size = line.length
    if IMAGE_MARKUP.match(text):
        return "image_markup", "Image markup (“![…](…)”): a picture, not text."
    if CAPTURE_FIELD.match(text) and (ISO_DATE.search(text) or MENU_SEPARATOR.search(text)) and size <= 30:
        return "capture_header", "A capture tool's header: a field name with a date or separated fields."
    if EMAIL.search(text) and size <= 30:
        return "contact", "A contact line with an e-mail address."
    if size <= CONTACT_LINE_WORDS and CONTACT.search(folded(text)) and telephone(text) and not (
        ends_sentence(text)
    ):
        return "contact", "A contact line: a label of the details and a telephone number."
    if size <= CONTACT_DETAILS_WORDS and (label := CONTACT_LABEL_ALONE.match(folded(text))) and telephone(text) and (
        not ends_sentence(text) or _mostly_details(text[label.end():]) or not REPORTING.search(text[label.end():])
        and not any(word[:1].isupper() for word in text[:label.end()].split()[1:])
    ):
        return "contact", "A contact line: its label and colon first, the details and a telephone number."
    if DESK_CODE.match(text):
        return "credit", "A wire desk's code: the agency, the desk, the editors and the time it was filed."
    if 3 <= size <= 8 and all(w.text[:1].isupper() for w in words) and not ends_sentence(line.text) and (
        sum(w.lower_ in SECTION_NAMES for w in words) >= 2
    ):
        return "navigation", "A menu: the names of the site's sections, one after another."
    parts = [p for p in MENU_SEPARATOR.split(text) if p.strip()]
    # Words counted between spaces here: a masthead in two scripts ("<name> | <name> English") is two items
    # of a few words, whatever the tokenizer makes of letters with combining marks.
    # A picture's credit names the photographer and the agency between a slash ("Photo: Jo Ng / Roe Pictures"): a
    # credit behind its label (``CREDIT_LABEL``), no menu.
    if (len(parts) >= 3 and all(word_count(p) <= 4 for p in parts) or (
        len(parts) == 2 and sum(word_count(p) for p in parts) <= 5 and not any(c.isdigit() for c in text)
    )) and not (len(parts) == 2 and CREDIT_LABEL.search(text)):
        return "navigation", f"A menu: {len(parts)} short items between separators."
    if len(parts) >= 2 and size <= 30 and all(FIELD.match(p.strip()) for p in parts) and any(
        DATE_LABEL.match(p.strip()) or re.match(r"^\w+ by\s*:", p.strip(), re.IGNORECASE) for p in parts
    ):
        return "byline", "A row of the article's details, each behind its label (“Updated: … | Written by: …”)."
    # Separators and runs of spaces together ("A A A  |  Print  |  Share: WhatsApp  Facebook  X").
    items = [i for p in parts for i in SPACED_ITEMS.split(p.strip()) if i.strip()]
    if len(parts) >= 2 and len(items) >= 5 and all(word_count(i) <= 3 for i in items) and not ends_sentence(text):
        return "navigation", f"A menu: {len(items)} short items between separators and spaces."
    spaced = [p for p in SPACED_ITEMS.split(text.strip()) if p.strip()]
    if len(spaced) >= 4 and all(word_count(p) <= 2 for p in spaced) and not ends_sentence(text):
        return "navigation", f"A menu: {len(spaced)} short items set apart by spaces."
    if size <= 6 and any(TIME_CODE.match(w.text) for w in words) and all(
        TIME_CODE.match(w.text) or w.lower_ in PLAYER_WORDS for w in words
    ) and (size > 1 or any(not c.isalnum() and not c.isspace() and c not in ":." for c in text)):
        return "media_player", "An audio or video player: play controls and running times."
    if size <= 30 and PLAYER_LINE.match(text):
        return "media_player", "An audio or video player: a play label and the clip's running time."
    if all(COUNTER.match(w.text) or w.text in ("K", "k", "M", "m") for w in words) and any(
        unicodedata.category(c) == "So" for c in text
    ):
        return "reactions", "A reactions or share counter: symbols and counts only."
    if NAME_ROLE.match(text) and size <= 8:
        return "byline", "A byline: the writer's name and job."
    if BIO.match(text) and JOURNALISM_ROLES.search(text) and size <= 60 and not (
        SECOND_MENTION.match(text) or NARRATIVE.search(text) or QUOTE_MARKS.search(text)
    ):
        return "author_bio", "An author box: the writer's name and job."
    if (ARTICLE_NOTE.search(text) or _declaration(text)) and size <= 45:
        return "article_note", (
            "A note about the article itself (its print edition, a correction, a translation, its reference or "
            "its declarations)."
        )
    plain = _without_emphasis(text) if size <= 60 else ""
    # The clause is judged in its own sentence: a prompt after it ("Have your say …") reports nothing.
    if size <= 60 and (
        DISCLAIMER_OPENING.search(plain)
        or any(DISCLAIMER.search(sentence) and not REPORTING.search(sentence) for sentence in _sentences(plain))
        and not QUOTE_MARKS.search(plain)
        or _other_disclaimer(plain)
    ):
        return "disclaimer", (
            "A disclaimer or disclosure about the article itself: whose views, not advice, a correction or an "
            "update, who owns the outlet, affiliate links."
        )
    other = folded(text) if size <= 60 else ""
    if size <= 60 and (CONSENT.search(text) and CONSENT_CUES.search(text) or _other_consent(other)) or (
        size <= 40 and FORM_TERMS.search(text)
    ) or size <= 8 and _consent_buttons(text):
        return "consent", "A cookie banner or a sign-up form's small print: the reader agreeing to the site's terms."
    if size <= 8 and SPONSOR_LINE.match(plain):
        return "disclaimer", "The page's sponsor on a line of its own."
    if size <= READING_TIME_WORDS and _reading_time(text):
        return "timestamp", "A reading time on a line of its own."
    if role_line(text):
        return "contributor_bio", "A contributor's job on a line of its own: a title and where they hold it."
    if contributor_bio(text):
        return "contributor_bio", "A contributor's note: a full name, then their job, short and with no reporting."
    first = line.doc[0].lower_
    # A prompt's phrase beside a price is the call to subscribe, wherever the sentence puts it (Hindi ends on its
    # verb: "… ₹९९ प्रति माह से सदस्यता लें।").
    if size <= 40 and PRICE.search(text):
        folded_text = folded(text)
        offers = _offer_languages(lower, folded_text)
        if offers and _offer_and_call(offers, _call_languages(first, lower, folded_text)):
            return "offer", "A subscription offer: a price and a call to subscribe."
    return None


MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu "
    "thur thurs fri sat sun gmt bst utc cet cest eet eest msk ist jst kst hkt sgt aest aedt est edt cst cdt mst "
    "mdt pst pdt et pt a p m am pm updated published posted last issued modified".split()
)


def _how_often(count: int) -> str:
    """``count`` said as a reader would say it: "twice", "three times", "12 times"."""
    if count == 2:
        return "twice"
    spelled = ("three", "four", "five", "six", "seven", "eight", "nine")
    return f"{spelled[count - 3] if 3 <= count <= 9 else count} times"


CLOCK_OR_DATE = re.compile(r"^\d{1,2}[:.]\d\d$|^\d{1,2}[./-]\d{1,2}[./-](?:\d\d){1,2}$")


# The units Chinese and Japanese write after each figure of a date and a time: year, month, day, hour, minute and
# second ("2026年3月12日 10時30分"). They stand beside the figures, not as words of the line.
DATE_UNITS = frozenset("年月日号時时分秒")
UNIT_DATE = re.compile(r"\d{4}年\d{1,2}月")
# A year of the Thai solar calendar, 543 years ahead of the Gregorian: 2443 to 2642 are 1900 to 2099.
BUDDHIST_ERA = 543


def _figures_date(words) -> bool:
    """A date written in figures, in any language, any digits and the Gregorian or the Thai solar calendar: a year
    and a clock time or a numeric date, with at most two words beside them (a month's name, a time zone):
    "12.03.2026 10:30", "١٢ <month> ٢٠٢٦، ١٠:٣٠", "12/03/2569 10:30"; or a year and a month each followed by its
    unit, in Chinese and Japanese ("2026年3月12日")."""
    figures = [w.text for w in words if any(c.isdigit() for c in w.text)]
    units = sum(w.text in DATE_UNITS for w in words)
    dated = units >= 2 and bool(UNIT_DATE.search("".join(w.text for w in words)))
    if len(words) - len(figures) - units > 2 or not (dated or any(CLOCK_OR_DATE.match(f) for f in figures)):
        return False
    parts = [part for f in figures for part in re.split(r"[./:-]", f)]
    return any(
        len(part) == 4 and part.isdecimal() and any(1900 <= int(part) - shift <= 2099 for shift in (0, BUDDHIST_ERA))
        for part in parts
    )


# A day's number ("12", "12.", "12th", "1er") or a clock time ("07:15", "07h45"; Amharic writes its colon "፡") among
# a stamp's words.
DAY_OR_CLOCK = re.compile(r"^\d{1,2}(?:st|nd|rd|th|er|º|ª|\.)?$|\d[:.h፡]\d\d")


# A stamp's words between spaces and separators (Amharic's comma "፣" too), the stops of an abbreviation kept ("8 มี.ค.
# 2569 07:52 น.", "ዓ.ም.").
STAMP_PIECES = re.compile(r"[^\s|,;/·•፣፤]+")
# A relative time after a stamp ("June 10, 2025 4:52 PM Updated 2 hours ago"): the stamp is read without it. A run of
# spaces is tried once, from its start.
RELATIVE_TAIL = re.compile(
    r"(?<!\s)\s+(?:updated|published|posted|last updated)\s+"
    r"(?:\d+\s?(?:s|m|h|d|w|mins?|minutes?|hrs?|hours?|days?|weeks?|months?)|an? (?:minute|hour|day|week|month))"
    r"\s+ago\W*$",
    re.IGNORECASE,
)
# A row of the article's details: a time stamp among short items between separators ("By Jane Roe | 3 Dec 2025 | 5
# min read", "Wednesday 11 June 2025 | Issue #412", "<reporter>፦ <name> | <date> ዓ.ም.").
DATED_ROW_WORDS = 25
DATED_ROW_ITEM_WORDS = 4
DATED_ROW_STAMP_WORDS = 12
# A gallery's counter on a line of its own: which picture of how many ("1 of 6", "Image 3 of 12"), "of" as the
# languages of ``furniture_vocabulary.GALLERY_CONTROLS`` write it between two figures ("1 von 6", "1 sur 6", "1 de 6",
# "1 di 6", "1 van 6", "1 z 6", "1 из 6", "1 av 6", "1 af 6").
GALLERY_COUNTER = re.compile(r"^(?:image|photo|picture|slide)?\s*\d{1,3}\s+(?:of|von|sur|de|di|van|z|ze|из|з|av|af)"
                             r"\s+\d{1,3}$", re.IGNORECASE)


def gallery_counter(text: str) -> bool:
    """``text`` is a gallery's counter alone on its line: which picture of how many (``GALLERY_COUNTER``)."""
    return bool(GALLERY_COUNTER.match(text.strip()))


# A newsletter's salutation on a line of its own ("Good morning,", "Hello readers!").
SALUTATION = re.compile(r"^(?:good (?:morning|afternoon|evening)|hello|hi|dear readers?)(?:\s+[\w'’]+)?\s*[,!]$",
                        re.IGNORECASE)
# A newsletter's contents: "Today:" and what the edition holds, after a sentence of the day at most ("It's Wednesday.
# Today: the strike, the budget and the herons.").
CONTENTS = re.compile(
    r"^(?:[^.!?]{1,40}[.!?]\s+)?(?:today|in today's (?:edition|issue|newsletter)|in this (?:edition|issue|newsletter)"
    r"|inside|also today)\s*:\s+(?P<items>[^:]*(?:,|\band\b).*)$",
    re.IGNORECASE,
)
CONTENTS_WORDS = 40
# Each of the contents' items is a noun phrase of a few words ("the strike", "a new mayor for Ulvik", "why the herons
# are back": a question's clause names a piece too), not a clause of news: no auxiliary or modal verb, no past tense
# after its subject ("police charged a man", "the town flooded", "the river rose").
CONTENTS_ITEM_WORDS = 10
CONTENTS_ITEMS = re.compile(r",\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
CONTENTS_QUESTION = re.compile(r"^(?:why|how|what|who|whom|whose|where|when|whether|which)\b", re.IGNORECASE)
AUXILIARIES = frozenset("""
    is are was were am be been has have had do does did will would shall should can could may might must won't can't
    isn't aren't wasn't weren't hasn't haven't hadn't doesn't didn't wouldn't shouldn't couldn't
""".split())
# Past tenses not made with "-ed" (a noun or an adjective after a determiner: "the set list", "a cut in rates").
IRREGULAR_PAST = frozenset("""
    rose fell said told took made went came ran won lost left met held gave found built broke began hit cut put set
    shut struck sold paid sent spent kept stood fought caught brought bought thought chose drove flew grew knew
    rang sang sank swam threw wore wrote
""".split())
# The words after which a past participle is an adjective ("the closed road", "a delayed train", "with flooded
# fields"), no finite verb.
BEFORE_ADJECTIVE = frozenset("""
    a an the this that these those its their his her our your my some many more most new newly
    with without of for in on at by from into after before over under about against and or
""".split())
# A verb's past tense: a word of four letters or more ending on "-ed" ("need", "speed", "hundred" are none).
PAST_TENSE = re.compile(r"^[a-z][a-z'’-]+(?<!e)(?<!hundr)ed$")


def _noun_phrase(item: str) -> bool:
    """An item of a newsletter's contents names a piece (``CONTENTS_ITEMS``): a few words, and no finite verb."""
    words = [word.strip("\"'’“”.,;!?()") for word in item.split()]
    if not words or len(words) > CONTENTS_ITEM_WORDS:
        return False
    if CONTENTS_QUESTION.match(item):
        return True
    lowered = [word.lower() for word in words]
    for number, word in enumerate(lowered):
        if word in AUXILIARIES:
            return False
        if number and (word in IRREGULAR_PAST or PAST_TENSE.match(word)) and lowered[number - 1] not in (
            BEFORE_ADJECTIVE
        ):
            return False
    return True


def newsletter_furniture(text: str) -> tuple[str, str] | None:
    """(rule, reason) when ``text`` is a newsletter's own furniture, else None: the heading of its sponsor's message,
    the message (``SPONSOR_MESSAGE``), or its contents (``CONTENTS``). The suggester asks this beside
    ``line_furniture``."""
    text = trimmed(text)
    size = word_count(text)
    if size <= 8 and SPONSOR_HEADING.match(text):
        return "disclaimer", "The heading of a sponsor's message (“A word from our sponsor”)."
    if size <= SPONSOR_WORDS and SPONSOR_MESSAGE.match(text) and SPONSOR_OFFER.search(text) and not (
        QUOTE_MARKS.search(text)
    ):
        return "disclaimer", "A sponsor's message: who supports the page, and their offer to the reader."
    contents = CONTENTS.match(text) if size <= CONTENTS_WORDS else None
    if contents and not (QUOTE_MARKS.search(text) or REPORTING.search(contents["items"])) and all(
        _noun_phrase(item) for item in CONTENTS_ITEMS.split(contents["items"].strip(" .!"))
    ):
        return "furniture_words", "A newsletter's contents: what today's edition holds (“Today: …”)."
    return None


def _dated_row(text: str) -> bool:
    """``text`` is a row of the article's details (``DATED_ROW_WORDS``): two items or more between separators, one of
    them a time stamp (perhaps followed by its writer: ``_stamp_and_writer``) and every other a few words, none a
    sentence, or a reading time ("Lesezeit: 4 Min.", whose abbreviation's stop ends no sentence)."""
    parts = [part.strip() for part in MENU_SEPARATOR.split(text) if part.strip()]
    if len(parts) < 2:
        return False
    stamps = [part for part in parts if word_count(part) <= DATED_ROW_STAMP_WORDS and (
        _is_timestamp(_stamp_words(part)) or _stamp_and_writer(part))]
    return bool(stamps) and all(
        part in stamps or word_count(part) <= DATED_ROW_ITEM_WORDS and not ends_sentence(part)
        or word_count(part) <= READING_TIME_WORDS and _reading_time(part) for part in parts
    )


# The words that lead a stamp's writer after it ("… 2025 by Jane Roe", "… 2025 г. от Нели Гарева"): English "by",
# the bylines' prepositions and labels (``furniture_vocabulary.BYLINE_LABELS``) and those only a stamp puts before a
# name (``furniture_vocabulary.STAMP_WRITER_WORDS``).
STAMP_WRITER_WORDS = frozenset({"by"}) | {
    label for table in (vocabulary.BYLINE_LABELS, vocabulary.STAMP_WRITER_WORDS) for entry in table.values()
    for label in entry.split(" | ") if " " not in label.strip()}
STAMP_WRITER_NAME_WORDS = 4
READING_TIME_WORDS = 8  # a reading time's label and figure run this many words at most


def _stamp_and_writer(text: str) -> bool:
    """``text`` is a time stamp followed by its writer: the stamp's words, a word of ``STAMP_WRITER_WORDS``, and a
    name of a few words each opening on a capital ("Публикувано на 16 март 2025 г. от Нели Гарева")."""
    words = _stamp_words(text)
    for at in range(len(words) - 1, 0, -1):
        if folded(words[at]) in STAMP_WRITER_WORDS:
            name = words[at + 1:]
            return (0 < len(name) <= STAMP_WRITER_NAME_WORDS and all(word[:1].isupper() for word in name)
                    and _is_timestamp(words[:at]))
    return False


def _reading_time(text: str) -> bool:
    """``text`` is a reading time: its label, then its figure ("Reading time: 4 min", "Време за четене: 4 мин.")."""
    return bool(READING_TIME.match(text) or OTHER_READING_TIME.match(folded(text)))


def _stamp_words(text: str) -> list[str]:
    """The words of ``text`` as a stamp writes them: between spaces and separators, brackets taken off."""
    return [piece for piece in (p.strip("()[]") for p in STAMP_PIECES.findall(text)) if piece]


# A date written in figures, day first, as one word of a stamp ("14.03.2025", "14/03/2025", "16.03.2025.").
FIGURES_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\.?")


CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d\d")


def clock_stamp(words: list[str]) -> bool:
    """The words of a line (folded) are a clock time with a stamp's words alone beside it, the word for o'clock among
    them ("Kl. 14.55", "klo 9.30"): a live post's time stamp, with no date."""
    return len(words) > 1 and any(CLOCK_TIME.fullmatch(w) for w in words) and all(
        w in OTHER_DATE_WORDS or CLOCK_TIME.fullmatch(w) for w in words
    )


def _is_timestamp(words: list[str]) -> bool:
    """Every word is a number, a month or weekday name, a time zone or "updated"/"published"."""
    words = [folded(w) for w in words]
    has_date = any(
        w in MONTH_WORDS and w not in ("updated", "published", "posted", "last") or w in OTHER_DATE_NAMES for w in words
    ) or any(re.fullmatch(r"(19|20)\d\d", w) for w in words) or (
        # a date of figures beside a stamp's words ("Публикувано на 14.03.2025 в 18:20 ч."); of figures alone, it is
        # the figures' rule's (``_figures_date``)
        any(FIGURES_DATE.fullmatch(w) for w in words) and not all(any(c.isdigit() for c in w) for w in words))
    if clock_stamp(words):
        return True
    # A stamp has a day's number or a clock time: a month and a year ("March 2030") or a weekday ("On Friday") alone
    # is a heading or a clause of the story.
    return has_date and any(DAY_OR_CLOCK.search(w) for w in words) and all(
        w in MONTH_WORDS or w in OTHER_DATE_NAMES or w in OTHER_DATE_WORDS or any(c.isdigit() for c in w)
        or w in ("on", "at") for w in words
    )


# A live post's time stamp is a clock time, perhaps with a stamp's words beside it ("9.41pm", "16:20 BST"), a few words.
POST_CLOCK = re.compile(r"(?<![\d.,:])\d{1,2}[:.]\d\d(?![\d.,:])")
POST_STAMP_WORDS = 4


def post_stamp(line: str) -> bool:
    """``line`` is a live post's time stamp: a clock time (``POST_CLOCK``) that the line rules take for a time stamp,
    a few words at most."""
    if len(line.split()) > POST_STAMP_WORDS or not POST_CLOCK.search(line):
        return False
    judged = line_furniture(line)
    return judged is not None and judged[0] == "timestamp"


# A live page's post: its stamp, a mark ("Key event"), a heading and its paragraph, at most; the lines between the
# stamp and the paragraph are short and end on no sentence's stop.
POST_LINES = 4
POST_HEAD_WORDS = 12
POST_HEAD_END = re.compile(r"[.!?。！？।።]\s*$")


def one_post(shown: list[str]) -> bool:
    """The block of ``shown`` lines is one post of a live page set apart by blank lines: it opens on the post's time
    stamp (``post_stamp``), holds no other, and between the stamp and its last line holds only a mark and a heading
    (``POST_LINES``, short lines that end on no sentence's stop). The block is the post, as a paragraph is: cut up,
    its stamp and its "Key event" mark read as the page's lines and its heading as a line of its own. A block of
    several posts, each under its stamp, is a page set with single line breaks: its stamps stay passages of their
    own; so does a stamp over an article's paragraphs set with single line breaks."""
    return 1 < len(shown) <= POST_LINES and post_stamp(shown[0]) and all(
        len(line.split()) <= POST_HEAD_WORDS and not POST_HEAD_END.search(line) for line in shown[1:-1]
    ) and not any(post_stamp(line) for line in shown[1:])
