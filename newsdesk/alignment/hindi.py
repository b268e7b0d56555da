"""Noun phrases of Hindi and Bengali, for topic labels: what ``labels`` needs to read a story in Devanagari or Bengali.

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
Bengali, of the same script family, is read the same way with its own tables (``Grammar``, ``BENGALI``): its
stop-word list and auxiliaries, its postpositions, its case endings written onto the noun (a genitive binds the noun
to the next, another ending closes the phrase, and a label ends without it where the story writes the word alone),
and its verbs' endings ("-েন", "-ছে", "-লেন", "-বে", "-তে", "-ে"), on a word the story never shows as a noun.
Words are compared with their nukta and candrabindu folded ("ज़िला" and "जिला", "पहुँचे" and "पहुंचे"), and a
figure in Devanagari digits as the same figure in ASCII ones.
"""

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from newsdesk.alignment.words import BENGALI_ENDINGS, bengali_stem
from newsdesk.importing.furniture_vocabulary import TOLD_VERBS
from newsdesk.importing.languages import bengali_folded, function_words

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


def function_word_set(grammar=None) -> frozenset[str]:
    grammar = grammar or HINDI
    words = function_words(grammar.language) | grammar.function | grammar.closers
    return frozenset(grammar.fold(word) for word in words)


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


# Bengali, the same script family read the same way (caseless, the danda "।" as the full stop, postpositions after
# the noun, the verb last), with its own words. Bengali writes its case endings onto the noun ("বাঁধের", of the
# embankment; "ঘাটে", at the ghat; "কমিটিকে", to the committee: ``words.BENGALI_ENDINGS``) and some postpositions
# as words of their own ("থেকে", "জন্য", "পর্যন্ত"): a word with an ending whose stem the story writes alone is a
# noun, a genitive one ("-র", "-এর") binds it to the noun after it ("ভাঙনের কারণ", "বাঁধের এই অংশ"), and a label
# that ends on a noun with another ending ends without it ("আশ্রয়কেন্দ্রে": "আশ্রয়কেন্দ্র").
BENGALI_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")


def bengali_key(word: str) -> str:
    """``word`` as Bengali words are compared: its nukta letters as the letter and the nukta
    (``languages.bengali_folded``), its figures in ASCII digits."""
    return bengali_folded(word).translate(BENGALI_DIGITS).lower()


BENGALI_CLOSERS = frozenset("""
    থেকে থেকেই থেকেও জন্য জন্যে পর্যন্ত মধ্যে কাছে কাছ সামনে বিরুদ্ধে পরে পর আগে ওপর ওপরে উপর উপরে দিকে মতো
    নিয়ে দিয়ে সঙ্গে সাথে সহ ছাড়া ছাড়াও চেয়ে প্রতি পাশে ভেতরে ভিতরে বাইরে নিচে নীচে কারণে বদলে মাধ্যমে দ্বারা ব্যাপারে
    ও এবং আর বা কিংবা অথবা নয় না ই
""".split())
# Auxiliaries, light verbs, sentence adverbs and particles beside the ``stopwordsiso`` list: no label holds one.
# "উল্লেখ্য" ("it is to be noted"), "এদিকে" ("meanwhile") open a sentence and name nothing.
BENGALI_FUNCTION_WORDS = frozenset("""
    উল্লেখ্য এদিকে অন্যদিকে এছাড়া এ ছাড়া তবে ফলে অথচ কিন্তু যদিও এখন তখন আবার আরও এবারও এবার প্রতিবার মাত্র কেবল
    করা করে করেছে করেছেন করেছিল করেছিলেন করছে করছেন করবে করবেন করার করায় করতে করল করলেন করেনি করো করুন
    হয় হয়ে হয়েছে হয়েছেন হয়েছিল হয়েছিলেন হয়নি হবে হবেন হলে হলো হল হচ্ছে হচ্ছেন হতে হওয়া হওয়ার হওয়ায় হোক
    দেওয়া দিয়ে দিয়েছে দিয়েছেন দেয় দেন দিতে দিলে দেবে দেবেন নেওয়া নিয়ে নিয়েছে নিয়েছেন নেয় নেন নিতে নেবে নেই
    গেছে গেল গিয়ে গেলে যায় যাবে যেতে গেলেও পড়ে পড়েছে পড়েছেন রয়েছে রয়েছেন আছে আছেন আছি ছিল ছিলেন থাকে থাকবে
    জানা জানান জানায় জানিয়েছে জানিয়েছেন বলা বলে বলেন বলেছেন বলছে বলছেন বললেন জানালেন চাই চায় চান
    তিনি তাঁর তাঁরা তাঁদের তারা তাদের তার আমরা আমাদের আমি আমার এটি এটা সেটি এই ওই সেই এ যে যা যারা কেউ সব সবাই কোনো কোন
    প্রায় অন্তত মোট আরেক একটি একটা অনেক কয়েক বেশ বেশি কম খুব শুধু
""".split())
BENGALI_TIME_WORDS = frozenset("""
    সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার রবিবার সকাল সকালে দুপুর দুপুরে বিকেল বিকেলে সন্ধ্যা সন্ধ্যায়
    রাত রাতে মাঝরাতে ভোর ভোরে আজ গতকাল আগামীকাল দিন দিনে বছর বছরে সাল সালে মাস মাসে সপ্তাহ সপ্তাহে ঘণ্টা ঘণ্টায়
    মিনিট সময় এখনো জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর
    বৈশাখ জ্যৈষ্ঠ আষাঢ় শ্রাবণ ভাদ্র আশ্বিন কার্তিক অগ্রহায়ণ পৌষ মাঘ ফাল্গুন চৈত্র দিবাগত
""".split())
# The endings of Bengali's finite verbs (present, perfect, past, future, their polite forms: "বলেন", "ভেসে যাচ্ছে",
# "পৌঁছেছেন", "দিলেন", "হবে"), of its infinitive ("খুঁজতে") and its conjunctive participle ("ভেঙে"), on a word the
# story never shows as a noun: never before a postposition, never a stem the story writes with a case ending.
BENGALI_VERB_ENDINGS = tuple(sorted({bengali_key(ending) for ending in """
    েন ছে ছেন লেন বে বেন েছে য়েছে েছেন য়েছেন ছিল ছিলেন েছিল েছিলেন লাম ছি ছিলাম তে লে ে
""".split()}, key=len, reverse=True))
BENGALI_GENITIVE_ENDINGS = tuple(bengali_key(ending) for ending in ("ের", "য়ের", "র"))
# The other case endings (object, locative, instrumental: "কমিটিকে", "গ্রামে", "নদীতে", "সহায়তায়") end their noun
# phrase: no label goes on past one ("কাজলদিঘির কেতকীপুরে শালুকখালীর বাঁধ" holds two phrases).
BENGALI_OBLIQUE_ENDINGS = tuple(bengali_key(ending) for ending in ("কে", "তে", "ে", "য়"))
BENGALI_SAYING = frozenset("""
    বলেন বলেছেন বলছেন বললেন বলে বলেছে বলছে জানান জানায় জানিয়েছে জানিয়েছেন জানালেন জানাচ্ছেন দাবি
""".split())
BENGALI_ACCORDING_TO = frozenset("মতে অনুযায়ী অনুসারে হিসাবে হিসেবে ভাষ্য".split())
BENGALI_SOURCE_HEADS = frozenset("সূত্র সূত্রে সূত্রমতে প্রতিনিধি সংবাদদাতা মুখপাত্র".split())


@dataclass(frozen=True)
class Grammar:
    """What a language of the script family says about its noun phrases: its function words (beside its stop-word
    list), its postpositions after a noun phrase, its genitives written as words, its words that say when, its
    abbreviations, its verbs of saying, its words for "according to", its channels of news, and for a language that
    writes case endings onto the noun (Bengali), those endings and the endings of its verbs."""

    language: str
    fold: Callable[[str], str]
    function: frozenset
    closers: frozenset
    genitives: frozenset
    time_words: frozenset
    abbreviations: frozenset
    saying: frozenset
    according_to: frozenset
    source_heads: frozenset
    case_endings: tuple = ()
    genitive_endings: tuple = ()
    oblique_endings: tuple = ()
    verb_endings: tuple = ()
    # The words that make a phrase the subject of a verb of saying ("ने"), whom one was said to ("को", "से"), and
    # that after a phrase say it is what the phrase holds ("का कहना है"); the endings of a verb's participles
    # (a word so ended is a verb where the story writes it before an auxiliary) and of its infinitive and
    # conjunctive participle (a verb wherever it stands); the names of letters, a run of which spells an
    # abbreviation out and is one word ("ٹی ایچ کیو").
    agent: str = "ने"
    addressees: tuple = ("को", "से")
    holds: tuple = ("का", "कहना", "है")
    participle_endings: tuple = ("ते", "ता", "ती", "ना", "नी")
    verbal_endings: tuple = ("ने", "कर")
    verbal_shape: re.Pattern | None = None  # a word of this shape is a verb's wherever it stands
    letter_names: frozenset = frozenset()
    folded_sets: dict = field(default_factory=dict, compare=False, hash=False)

    def words(self, name: str) -> frozenset[str]:
        """The words of the table ``name``, as words are compared (``fold``)."""
        if name not in self.folded_sets:
            self.folded_sets[name] = frozenset(self.fold(word) for word in getattr(self, name))
        return self.folded_sets[name]


HINDI = Grammar("hi", folded, EXTRA_FUNCTION_WORDS, CLOSERS, GENITIVES, TIME_WORDS, ABBREVIATIONS, SAYING,
                ACCORDING_TO, SOURCE_HEADS)
BENGALI = Grammar("bn", bengali_key, BENGALI_FUNCTION_WORDS, BENGALI_CLOSERS, frozenset(), BENGALI_TIME_WORDS,
                  frozenset({"মো", "ডা", "অধ্যাপক"}), BENGALI_SAYING, BENGALI_ACCORDING_TO, BENGALI_SOURCE_HEADS,
                  BENGALI_ENDINGS, BENGALI_GENITIVE_ENDINGS, BENGALI_OBLIQUE_ENDINGS, BENGALI_VERB_ENDINGS)
GRAMMARS = {grammar.language: grammar for grammar in (HINDI, BENGALI)}


def merged_abbreviations(spans: list[tuple[str, int, int]], text: str,
                         grammar: Grammar | None = None) -> list[tuple[str, int, int]]:
    """``spans`` (tokens with where they start and end) with an abbreviation's dot taken into its word, and a run of
    two letter names or more (``Grammar.letter_names``), a space between each, taken as one word: an abbreviation
    spelt out ("ٹی ایچ کیو ہسپتال", "ایس ایچ او"), never cut inside."""
    grammar = grammar or HINDI
    abbreviations = grammar.abbreviations
    merged: list[tuple[str, int, int]] = []
    run = 0  # letter names the last merged token holds
    for token, start, end in spans:
        if token == "." and merged and merged[-1][0] in abbreviations and merged[-1][2] == start:
            word, word_start, _ = merged.pop()
            merged.append((word + ".", word_start, end))
            run = 0
            continue
        if token in grammar.letter_names:
            if run and text[merged[-1][2]:start] == " ":
                word, word_start, _ = merged.pop()
                merged.append((f"{word} {token}", word_start, end))
                run += 1
                continue
            merged.append((token, start, end))
            run = 1
            continue
        merged.append((token, start, end))
        run = 0
    return merged


class Story:
    """The words of a story that are nouns, told by a postposition that closes a noun phrase after them (and, in a
    language that writes its case endings onto the noun, by an ending whose stem the story writes alone)."""

    def __init__(self, tokenised: list[list[str]], grammar: Grammar | None = None):
        self.grammar = grammar = grammar or HINDI
        self.fold = grammar.fold
        self.function = function_word_set(grammar)
        self.closers = grammar.words("closers")
        self.time_words = grammar.words("time_words")
        self.seen = frozenset(self.fold(word) for words in tokenised for word in words)
        nouns, before_auxiliary = set(), set()
        self.pairs: Counter = Counter()
        for words in tokenised:
            for word, after in zip(words, words[1:], strict=False):
                if self.fold(after) in self.closers and self.content(word):
                    nouns.add(self.fold(word))
                self.pairs[self.fold(word), self.fold(after)] += 1
                if self.fold(after) in self.function and self.fold(after) not in self.closers:
                    before_auxiliary.add(self.fold(word))
        if grammar.case_endings:
            for word in self.seen:
                stem = self.stem(word)
                if stem != word:
                    nouns.update((word, stem))
        self.nouns = frozenset(nouns)
        self.before_auxiliary = frozenset(before_auxiliary)

    def stem(self, word: str) -> str:
        """``word`` without the case endings written onto it, where the story writes what is left alone (a language
        without such endings: ``word`` as compared)."""
        if not self.grammar.case_endings:
            return self.fold(word)
        return bengali_stem(self.seen, self.fold(word))

    def genitive(self, word: str) -> bool:
        """``word`` carries a genitive ending written onto a noun ("বাঁধের"): it binds to the noun after it."""
        key = self.fold(word)
        return any(key.endswith(ending) and self.stem(key[:-len(ending)]) in self.seen | self.nouns
                   and key[:-len(ending)] in self.seen for ending in self.grammar.genitive_endings)

    def oblique(self, word: str) -> bool:
        """``word`` carries a case ending that ends its noun phrase (``Grammar.oblique_endings``), on a stem the story
        writes alone."""
        key = self.fold(word)
        return key.endswith(self.grammar.oblique_endings or ("\0",)) and self.stem(key) != key

    def joined(self, word: str, after: str) -> bool:
        """``word`` and ``after`` belong to one phrase: the story writes the two together more than once (a
        compound, a title, a name, a modifier with its noun: "शिक्षा अधिकारी", "नेहा बघेल", "मरी छिपकली"). Hindi
        marks no subject or object by a postposition ("दोनों बच्चे अस्पताल में भर्ती हैं", "सवाल जस का तस है"): two
        words side by side once are as often two phrases as one. A genitive written onto the noun binds it to the
        next ("ভাঙনের কারণ")."""
        return self.pairs[self.fold(word), self.fold(after)] >= 2 or self.genitive(word) and self.content(after)

    def content(self, word: str) -> bool:
        return bool(word) and word[0].isalnum() and self.fold(word) not in self.function

    def term(self, word: str) -> str | None:
        if not self.content(word) or word[:1].isdigit() or len(word) < 2:
            return None
        return self.stem(word)


def _figure(word: str) -> bool:
    return word[:1].isdigit()


VERB_LETTERS = 3  # letters of a Bengali word before its verb ending, at least


def _verbal(story: Story, word: str, after: str = "") -> bool:
    """``word`` is a verb's participle or infinitive (``Grammar.participle_endings``: "देखते" is a verb where the story
    writes it before an auxiliary or a particle, "देखते ही", "रोते हुए", and never before a postposition, not a name:
    "सुनीता"; ``Grammar.verbal_endings``: an oblique infinitive, "परोसने से", or a conjunctive participle, "पहुंचकर", is
    a verb wherever it stands; ``Grammar.verbal_shape``), unless the story writes it together with the word after it
    more than once (an adjective: "पुराने पुल"); in Bengali, a word with a verb's ending (``Grammar.verb_endings``)
    that the story never shows as a noun."""
    if after and story.pairs[story.fold(word), story.fold(after)] >= 2:
        return False
    key = story.fold(word)
    if story.grammar.verb_endings:
        return key not in story.nouns and any(
            key.endswith(ending) and len(key) - len(ending) >= VERB_LETTERS for ending in story.grammar.verb_endings)
    if len(key) > 3 and story.grammar.verbal_endings and key.endswith(story.grammar.verbal_endings):
        return True
    if story.grammar.verbal_shape is not None and story.grammar.verbal_shape.search(key):
        return True
    return bool(story.grammar.participle_endings) and key.endswith(story.grammar.participle_endings) \
        and key in story.before_auxiliary and key not in story.nouns


def _closes(story: Story, words: list[str], end: int) -> bool:
    """A noun phrase may end on ``words[end]``: a postposition follows, or a verb's auxiliary or punctuation after
    a word the story writes before a postposition (or with a case ending); never on a genitive written onto it."""
    last = words[end]
    if _figure(last) or story.fold(last) in story.time_words or story.stem(last) in story.time_words \
            or not story.content(last) or story.fold(last) in story.grammar.words("abbreviations") \
            or story.genitive(last):
        return False
    after = words[end + 1] if end + 1 < len(words) else ""
    if story.fold(after) in story.closers:
        return True
    return story.fold(last) in story.nouns and (not after or not story.content(after))


def _cut(story: Story, text: str, start: int, end: int) -> int:
    """Where a phrase of ``text[start:end]`` ends, its last word's case ending left out where the story writes the
    word without it ("আশ্রয়কেন্দ্রে": "আশ্রয়কেন্দ্র")."""
    word = text[start:end]
    stem = story.stem(word)
    if stem == story.fold(word):
        return end
    for cut in range(len(word) - 1, 0, -1):
        if story.fold(word[:cut]) == stem:
            return start + cut
    return end


def candidate_spans(words: list[str], text: str, spans: list[tuple[int, int]], story: Story):
    """(phrase, terms, first token, last token) for every noun phrase of a passage's tokens that may stand as a
    label (see the module's policy), cut from the text as written."""
    genitive_words = story.grammar.words("genitives")
    for start, word in enumerate(words):
        if not story.content(word) or _figure(word) and start + 1 < len(words) and not story.content(words[start + 1]):
            continue
        if story.fold(word) in story.time_words:
            continue
        if start and _figure(words[start - 1]) and story.grammar.case_endings:
            continue  # a measure after its figure ("১৮৫০ হেক্টর"): it says how much
        before = words[start - 1] if start else ""
        if before and story.content(before) and spans[start - 1][1] < spans[start][0] and story.joined(before, word):
            continue  # the phrase began earlier
        end, links, content = start, 0, 0
        while end < len(words) and content < MAX_WORDS:
            if not story.content(words[end]):
                if story.fold(words[end]) in genitive_words and links < MAX_LINKS and end + 1 < len(words) \
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
                    cut = _cut(story, text, spans[end][0], spans[end][1])
                    phrase = re.sub(r"\s+", " ", text[spans[start][0]:cut])
                    yield phrase, terms, start, end
            if story.oblique(words[end]):
                break
            end += 1


def stands_as_source(words: list[str], start: int, end: int, story: Story) -> bool:
    """Whether the phrase ``words[start:end + 1]`` names who reported its passage."""
    grammar = story.grammar
    if story.fold(words[end]) in grammar.words("source_heads"):
        return True
    fold = story.fold
    after = [fold(word) for word in words[end + 1:end + 12]]
    according_to = grammar.words("according_to")
    saying = grammar.words("saying")
    if grammar.case_endings:
        # Bengali marks no subject: a phrase right before a verb of saying ("উপজেলা প্রশাসন জানায়"), or ended by a
        # genitive before "according to" ("ইউএনওর মতে").
        if after[:1] and (after[0] in saying or after[0] in according_to):
            return True
        return False
    genitives = grammar.words("genitives")
    if after[:2] and after[0] in genitives and len(after) > 1 and after[1] in according_to:
        return True
    if tuple(after[:3]) == tuple(fold(word) for word in grammar.holds):
        return True
    addressees = {fold(word) for word in grammar.addressees}
    if after[:1] == [fold(grammar.agent)] or after[:1] and after[0] in addressees and len(after) > 1 \
            and after[1] in saying:
        clause = []
        for word in after[1:]:
            if word in ("।", ".", "?", "!", "۔", "؟"):
                break
            clause.append(word)
        return any(word in saying for word in clause)
    return False
