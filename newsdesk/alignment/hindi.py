"""Noun phrases of Hindi, for topic labels: what ``labels`` needs to read a story written in Devanagari.

Policy: Hindi writes its postpositions as words of their own after the noun they govern ("स्कूल में", "बच्चों को",
"कलेक्टर ने"; only pronouns take them onto themselves: "इसके", "उन्होंने"), puts every modifier before its noun
and its verb, with the auxiliaries after it, at the end of the clause ("जाम कर दिया", "बीमार हो गए"). A label is
a run of content words, complete at both ends:

- it opens where no content word of the same phrase stands before it (a clause's start, a function word,
  punctuation, a word the story does not write together with it: ``Story.joined``), or right after a
  genitive ("मामले की [जांच]"), never on a function word ("इसके बाद …") or a figure alone;
- it holds no verb's participle or infinitive ("देखते", "पहुंचकर", "देखने": ``_verbal``);
- it ends right before a postposition that closes a noun phrase (``CLOSERS``: "ने", "को", "में", "का" …), or
  before a verb's auxiliary or punctuation where the story also writes its last word before such a postposition
  (a noun, not an adjective or a verb: "आदेश" of "आदेश दिए" and "आदेश में"); never on a figure, a word that
  says when ("मंगलवार", "शाम") or a function word;
- it may go on over one or two genitives ("मामले की मजिस्ट्रियल जांच", "शाला प्रबंधन समिति की बैठक"), up to
  ``MAX_WORDS`` content words in all (two words side by side only where the story writes them together more than
  once: ``Story.joined``), so that a title and the name after it stay whole ("ज़िला शिक्षा अधिकारी
  प्रमोद कुमार झा"); an abbreviation's dot belongs to its word ("डॉ. राजीव खरे").

A phrase names who reported its passage where "के अनुसार" or "के मुताबिक" follows it, where it is the subject
("… ने") of a verb of saying ("कहा", "बताया") or whom one was said to ("… को बताया"), or where its head is a
channel of news ("सूत्रों", "संवाददाता", "टीवी").
A story is read so only where its function words are Hindi's (``written_in_hindi``): Marathi and Nepali share
its script, and the language detector may take them for Hindi, but write their postpositions onto the noun; their
topics keep their openings.
Words are compared with their nukta and candrabindu folded ("ज़िला" and "जिला", "पहुँचे" and "पहुंचे"), and a
figure in Devanagari digits as the same figure in ASCII ones.
"""

import re
from collections import Counter

from newsdesk.importing.furniture_vocabulary import TOLD_VERBS
from newsdesk.importing.languages import function_words

# Abbreviations written with a dot, which is no full stop: "डॉ. राजीव खरे".
ABBREVIATIONS = frozenset({"डॉ", "प्रो", "श्री", "सं", "मो", "कु", "स्व", "ले", "जन"})
# Postpositions after which a noun phrase is complete.
CLOSERS = frozenset("ने को से में पर तक का की के द्वारा समेत सहित भी जैसे".split())
GENITIVES = frozenset({"का", "की", "के"})
# Words that bind a clause, beside the ``stop-words`` list: auxiliaries, light verbs, pronouns and particles.
EXTRA_FUNCTION_WORDS = frozenset("""
    गई गए गये गयी दी दिए दिये ली लिया लिये रही सकती सकें सकेंगे जाएगा जाएगी जाएंगे जाता जाती जाना जाने होगा होगी होंगे
    करके कराया करेगी करेगा करेंगे करा करवाया करती करता कहना कहती बताया बताती बताते बता पाया पाई पाए लगा लगी लगे लगीं लगे
    उन्होंने इन्होंने उसने इसने उनका उनकी उनके उसका उसकी इसकी इनके उनसे इससे उससे इनमें उनमें यहां वहां जहां जहाँ कहाँ कहां
    अब फिर तब जब भी ही तो न नहीं ना कि क्योंकि लेकिन मगर बल्कि और व या एवं तथा अगर यदि मानो बाद पहले दौरान अनुसार
    मुताबिक तहत बजाय ओर तरफ़ तरफ बीच साथ पास बारे लिए लिये वजह कारण जरिए ज़रिए बिना करीब लगभग क़रीब तकरीबन
    हुआ हुई हुए हुईं हो है हैं था थी थे थीं रहा रहे रहीं रखा रखी उस इस उन इन यह वह ये वे जो सब सभी कोई कुछ हर एक दो
    स्थित रहने ऐसी ऐसा ऐसे वैसे कैसे क्या क्यों कौन कितने कितना बहुत अधिक कम ज़्यादा ज्यादा सबसे वही यही उतना उतनी इतना
    इतनी खुद ख़ुद अपने अपनी अपना आप हम हमारी हमारे हमारा मैं मेरे मेरी मेरा तुम तुम्हारा
""".split())
# Words that say when: no label ends on one.
TIME_WORDS = frozenset("""
    सोमवार मंगलवार बुधवार गुरुवार बृहस्पतिवार शुक्रवार शनिवार रविवार सुबह सुबह दोपहर शाम रात दिन आज कल परसों
    जनवरी फरवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर अक्तूबर नवंबर नवम्बर दिसंबर दिसम्बर
    साल वर्ष महीने महीना महीनों हफ्ते हफ़्ते सप्ताह घंटे घंटा घंटों मिनट बजे वक्त वक़्त समय देर तड़के प्रातः सायं
""".split())
ACCORDING_TO = frozenset({"अनुसार", "मुताबिक", "मुताबिक़"})
SOURCE_HEADS = frozenset("सूत्रों सूत्र संवाददाता प्रवक्ता एजेंसी टीवी चैनल अख़बार अखबार संदेश".split())
MAX_WORDS = 6
MAX_LINKS = 2  # genitives a phrase goes on over
DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
NUKTA, CANDRABINDU, ANUSVARA = "\u093c", "\u0901", "\u0902"


def folded(word: str) -> str:
    """``word`` as words are compared: without its nukta, its candrabindu written as an anusvara, its figures in
    ASCII digits."""
    return word.replace(NUKTA, "").replace(CANDRABINDU, ANUSVARA).translate(DIGITS).lower()


# Verbs of saying: the furniture rules' list (``furniture_vocabulary.TOLD_VERBS``, kept complete there), and "दावा"
# ("… ने दावा किया", the claim), which says who spoke in a label's passage but tells no furniture; folded.
LABEL_SAYING = frozenset({"दावा"})
SAYING = frozenset(folded(word) for word in TOLD_VERBS["hi"].split() + sorted(LABEL_SAYING))


def function_word_set() -> frozenset[str]:
    words = function_words("hi") | EXTRA_FUNCTION_WORDS | CLOSERS
    return frozenset(folded(word) for word in words)


# Hindi's own postpositions, copula and conjunctions, written as words of their own: Marathi and Nepali, which
# share its script (and which the language detector may read as Hindi), write their postpositions onto the noun
# ("शाळेत", "काठमाडौंको") and have other words for "is" and "and" ("आहे", "छ"; "आणि", "र").
HINDI_MARKERS = frozenset("में के की का ने को से है हैं और पर था थी थे कि भी".split())
HINDI_SHARE = 0.08  # of a story's words in Devanagari: about a fifth in Hindi, none in Marathi or Nepali
DEVANAGARI_WORD = re.compile("[\u0900-\u097f]+")
SAMPLE = 20_000  # characters of a story read to tell


def written_in_hindi(texts) -> bool:
    """Whether a story in Devanagari is Hindi by its function words (``HINDI_MARKERS``): at least ``HINDI_SHARE``
    of its words are Hindi's postpositions, copula and conjunctions."""
    words = markers = read = 0
    for text in texts:
        for word in DEVANAGARI_WORD.findall(text):
            words += 1
            markers += word in HINDI_MARKERS
        read += len(text)
        if read >= SAMPLE:
            break
    return words > 0 and markers >= HINDI_SHARE * words


def merged_abbreviations(spans: list[tuple[str, int, int]], text: str) -> list[tuple[str, int, int]]:
    """``spans`` (tokens with where they start and end) with an abbreviation's dot taken into its word."""
    merged: list[tuple[str, int, int]] = []
    for token, start, end in spans:
        if token == "." and merged and merged[-1][0] in ABBREVIATIONS and merged[-1][2] == start:
            word, word_start, _ = merged.pop()
            merged.append((word + ".", word_start, end))
            continue
        merged.append((token, start, end))
    return merged


class Story:
    """The words of a story that are nouns, told by a postposition that closes a noun phrase after them."""

    def __init__(self, tokenised: list[list[str]]):
        self.function = function_word_set()
        nouns, before_auxiliary = set(), set()
        self.pairs: Counter = Counter()
        closers = {folded(closer) for closer in CLOSERS}
        for words in tokenised:
            for word, after in zip(words, words[1:], strict=False):
                if folded(after) in closers and self.content(word):
                    nouns.add(folded(word))
                self.pairs[folded(word), folded(after)] += 1
                if folded(after) in self.function and folded(after) not in closers:
                    before_auxiliary.add(folded(word))
        self.nouns = frozenset(nouns)
        self.before_auxiliary = frozenset(before_auxiliary)

    def joined(self, word: str, after: str) -> bool:
        """``word`` and ``after`` belong to one phrase: the story writes the two together more than once (a
        compound, a title, a name, a modifier with its noun: "शिक्षा अधिकारी", "नेहा बघेल", "मरी छिपकली"). Hindi
        marks no subject or object by a postposition ("दोनों बच्चे अस्पताल में भर्ती हैं", "सवाल जस का तस है"): two
        words side by side once are as often two phrases as one."""
        return self.pairs[folded(word), folded(after)] >= 2

    def content(self, word: str) -> bool:
        return bool(word) and word[0].isalnum() and folded(word) not in self.function

    def term(self, word: str) -> str | None:
        if not self.content(word) or word[:1].isdigit() or len(word) < 2:
            return None
        return folded(word)


def _figure(word: str) -> bool:
    return word[:1].isdigit()


# The endings of a verb's participles and infinitives ("देखते", "पहुंचकर", "देखने"): a word so ended is a verb where
# the story writes it before an auxiliary or a particle ("देखते ही", "रोते हुए") and never before a postposition
# (not a name: "सुनीता"); an oblique infinitive ("परोसने से") or a conjunctive participle is a verb even there.
PARTICIPLE_ENDINGS = ("ते", "ता", "ती", "ना", "नी")
VERBAL_ENDINGS = ("ने", "कर")


def _verbal(story: Story, word: str, after: str = "") -> bool:
    """``word`` is a verb's participle or infinitive (``PARTICIPLE_ENDINGS``, ``VERBAL_ENDINGS``), unless the story
    writes it together with the word after it more than once (an adjective: "पुराने पुल")."""
    if after and story.joined(word, after):
        return False
    key = folded(word)
    if len(key) > 3 and key.endswith(VERBAL_ENDINGS):
        return True
    return key.endswith(PARTICIPLE_ENDINGS) and key in story.before_auxiliary and key not in story.nouns


def _closes(story: Story, words: list[str], end: int) -> bool:
    """A noun phrase may end on ``words[end]``: a postposition follows, or a verb's auxiliary or punctuation after
    a word the story writes before a postposition."""
    last = words[end]
    if _figure(last) or folded(last) in TIME_WORDS or not story.content(last) or folded(last) in ABBREVIATIONS:
        return False
    after = words[end + 1] if end + 1 < len(words) else ""
    if folded(after) in {folded(closer) for closer in CLOSERS}:
        return True
    return folded(last) in story.nouns and (not after or not story.content(after))


def candidate_spans(words: list[str], text: str, spans: list[tuple[int, int]], story: Story):
    """(phrase, terms, first token, last token) for every noun phrase of a passage's tokens that may stand as a
    label (see the module's policy), cut from the text as written."""
    for start, word in enumerate(words):
        if not story.content(word) or _figure(word) and start + 1 < len(words) and not story.content(words[start + 1]):
            continue
        if folded(word) in TIME_WORDS:
            continue
        before = words[start - 1] if start else ""
        if before and story.content(before) and spans[start - 1][1] < spans[start][0] and story.joined(before, word):
            continue  # the phrase began earlier
        end, links, content = start, 0, 0
        while end < len(words) and content < MAX_WORDS:
            if not story.content(words[end]):
                if folded(words[end]) in GENITIVES and links < MAX_LINKS and end + 1 < len(words) \
                        and story.content(words[end + 1]) and end > start:
                    links += 1
                    end += 1
                    continue
                break
            after = words[end + 1] if end + 1 < len(words) else ""
            if _verbal(story, words[end], after) or end > start and story.content(words[end - 1]) \
                    and not story.joined(words[end - 1], words[end]):
                break
            content += 1
            if _closes(story, words, end):
                terms = tuple(term for term in (story.term(w) for w in words[start:end + 1]) if term)
                if terms:
                    phrase = re.sub(r"\s+", " ", text[spans[start][0]:spans[end][1]])
                    yield phrase, terms, start, end
            end += 1


def stands_as_source(words: list[str], start: int, end: int, story: Story) -> bool:
    """Whether the phrase ``words[start:end + 1]`` names who reported its passage."""
    if folded(words[end]) in SOURCE_HEADS:
        return True
    after = [folded(word) for word in words[end + 1:end + 12]]
    if after[:2] and after[0] in ("के", "की") and len(after) > 1 and after[1] in {folded(w) for w in ACCORDING_TO}:
        return True
    if after[:3] == ["का", "कहना", "है"]:
        return True
    if after[:1] == ["ने"] or after[:1] in (["को"], ["से"]) and len(after) > 1 and after[1] in SAYING:
        clause = []
        for word in after[1:]:
            if word in ("।", ".", "?", "!"):
                break
            clause.append(word)
        return any(word in SAYING for word in clause)
    return False
