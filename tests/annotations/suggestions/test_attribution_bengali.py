"""Attribution in Bengali: the verb after its source and after the words said, the phrases of source before
"according to", a source's claim, hearsay; the near misses that share their words; offsets in code points with
the nukta letters written both ways; and how an article in Bengali is told."""

import pytest

from annotations.suggestions import suggest
from annotations.suggestions.attribution import bengali
from annotations.suggestions.attribution.languages import reader_of
from annotations.suggestions.base import split_lines

# Sentences before the one under test, so that the article is told to be Bengali.
BENGALI_LEAD = "শহরের পৌরসভা এ বছর পানির দাম বাড়িয়েছে। বাসিন্দারা এ নিয়ে খুশি নন। "


def found(sentence):
    text = BENGALI_LEAD + sentence
    return [(text[s.start : s.end], s.source) for s in suggest(text, tag="attribution") if s.start >= len(BENGALI_LEAD)]


@pytest.mark.parametrize("sentence, cues", [
    # the verb after its source: a title, an office and a name, an acronym in brackets
    ("উপজেলা নির্বাহী কর্মকর্তা (ইউএনও) রুমানা পারভীন জানান, সেতুর কাজ আগামী মাসে শেষ হবে।",
     [("উপজেলা নির্বাহী কর্মকর্তা (ইউএনও) রুমানা পারভীন জানান", "উপজেলা নির্বাহী কর্মকর্তা (ইউএনও) রুমানা পারভীন")]),
    ("পৌরসভার মেয়র সাইফুল ইসলাম বলেন, \"দাম বাড়ানো ছাড়া উপায় ছিল না।\"",
     [("পৌরসভার মেয়র সাইফুল ইসলাম বলেন", "পৌরসভার মেয়র সাইফুল ইসলাম")]),
    ("জেলা প্রশাসন জানিয়েছে, দুটি নতুন নলকূপ বসানো হবে।", [("জেলা প্রশাসন জানিয়েছে", "জেলা প্রশাসন")]),
    # to whom, when and how it was said are in the cue, not in the source
    ("ওয়াসার প্রকৌশলী কামরুল হাসান বৃহস্পতিবার সাংবাদিকদের বলেছেন, পাইপ বদলাতে সময় লাগবে।",
     [("ওয়াসার প্রকৌশলী কামরুল হাসান বৃহস্পতিবার সাংবাদিকদের বলেছেন", "ওয়াসার প্রকৌশলী কামরুল হাসান")]),
    ("স্কুলশিক্ষক মনিরুল আলম দৈনিক বার্তাকে বলেন, বাচ্চারা পানি কিনে খাচ্ছে।",
     [("স্কুলশিক্ষক মনিরুল আলম দৈনিক বার্তাকে বলেন", "স্কুলশিক্ষক মনিরুল আলম")]),
    # an age in brackets is in the cue, not in the name
    ("দোকানি রহিম মিয়া (৬৪) বলেন, বিক্রি অর্ধেকে নেমেছে।", [("দোকানি রহিম মিয়া (৬৪) বলেন", "দোকানি রহিম মিয়া")]),
    # a noun with "do"
    ("বাসিন্দা নাসরিন সুলতানা অভিযোগ করেন, বিল দ্বিগুণ হয়েছে।",
     [("বাসিন্দা নাসরিন সুলতানা অভিযোগ করেন", "বাসিন্দা নাসরিন সুলতানা")]),
    ("ঠিকাদার জসিম উদ্দিন দাবি করেছেন, কাজ নিয়ম মেনেই হয়েছে।", [("ঠিকাদার জসিম উদ্দিন দাবি করেছেন", "ঠিকাদার জসিম উদ্দিন")]),
    ("পুলিশ সুপার তানভীর আহমেদ বিষয়টি নিশ্চিত করেছেন।",
     [("পুলিশ সুপার তানভীর আহমেদ বিষয়টি নিশ্চিত করেছেন", "পুলিশ সুপার তানভীর আহমেদ")]),
    ("প্রতিবেদনে কমিটি উল্লেখ করেছে, পাম্পগুলো পুরোনো।", [("কমিটি উল্লেখ করেছে", "কমিটি")]),
    # what the source does while speaking stands between it and the verb
    ("কাউন্সিলর হাবিবা খাতুন ক্ষোভ প্রকাশ করে বলেন, কেউ আমাদের কথা শোনে না।",
     [("কাউন্সিলর হাবিবা খাতুন ক্ষোভ প্রকাশ করে বলেন", "কাউন্সিলর হাবিবা খাতুন")]),
    # the words before the source say where or when
    ("সংবাদ সম্মেলনে সংগঠনের সভাপতি লুৎফর রহমান বলেন, আন্দোলন চলবে।",
     [("সংগঠনের সভাপতি লুৎফর রহমান বলেন", "সংগঠনের সভাপতি লুৎফর রহমান")]),
    ("এ বিষয়ে জানতে চাইলে পৌর নির্বাহী মাসুদ করিম বলেন, বিষয়টি দেখা হচ্ছে।",
     [("পৌর নির্বাহী মাসুদ করিম বলেন", "পৌর নির্বাহী মাসুদ করিম")]),
    # the clause after "বলে": the source is the words between it and the verb
    ("নলকূপে আর্সেনিক পাওয়া গেছে বলে জনস্বাস্থ্য প্রকৌশল অধিদপ্তর জানিয়েছে।",
     [("জনস্বাস্থ্য প্রকৌশল অধিদপ্তর জানিয়েছে", "জনস্বাস্থ্য প্রকৌশল অধিদপ্তর")]),
    # a pronoun is a cue without a source
    ("তিনি আরও বলেন, সামনে আরও কঠিন সময় আসছে।", [("তিনি আরও বলেন", "")]),
    # the verb before its source, after the words said
    ("\"আমরা বিল দিতে পারছি না,\" বলেন গৃহিণী শাহানা বেগম।", [("বলেন গৃহিণী শাহানা বেগম", "গৃহিণী শাহানা বেগম")]),
    ("লাইন মেরামত করা হবে বলে জানান তিনি।", [("জানান তিনি", "")]),
    # phrases of source before "according to"
    ("বিশেষজ্ঞদের মতে, দাম আরও বাড়তে পারে।", [("বিশেষজ্ঞদের মতে", "বিশেষজ্ঞদের")]),
    ("পুলিশের ভাষ্যমতে, ঘটনাটি রাত দুইটার দিকে ঘটে।", [("পুলিশের ভাষ্যমতে", "পুলিশের")]),
    ("পরিসংখ্যান ব্যুরোর তথ্য অনুসারে, শহরে ১২ হাজার পরিবার আছে।",
     [("পরিসংখ্যান ব্যুরোর তথ্য অনুসারে", "পরিসংখ্যান ব্যুরোর")]),
    ("হাসপাতাল সূত্রে জানা গেছে, দুজন চিকিৎসাধীন।", [("হাসপাতাল সূত্রে", "হাসপাতাল")]),
    # a source's claim
    ("এলাকাবাসীর অভিযোগ, তিন দিন ধরে পানি আসছে না।", [("এলাকাবাসীর অভিযোগ", "এলাকাবাসীর")]),
    # hearsay with no named source
    ("জানা গেছে, নতুন দাম জুলাই থেকে কার্যকর হবে।", [("জানা গেছে", "")]),
])
def test_a_bengali_cue_and_its_source(sentence, cues):
    assert found(sentence) == cues


@pytest.mark.parametrize("sentence", [
    "তাঁর কথায় সবাই শান্ত: \"মেয়র বলেন, চিন্তা নেই।\"",  # inside a quotation
    "নিয়ম অনুসারে বিল মাসের ১০ তারিখের মধ্যে দিতে হবে।",  # by the rules
    "সংস্থার আইন অনুযায়ী কমিটি গঠন করা হয়।",  # by the organisation's law
    "এই সূত্রে আরও কয়েকটি প্রশ্ন ওঠে।",  # in this connection
    "সরকার নাগরিকদের নিরাপত্তা নিশ্চিত করেছে।",  # ensured, not confirmed
    "পানির দাবিতে বাসিন্দারা সড়ক অবরোধ করেন।",  # in demand of water
    "বাসিন্দারা ইউএনওর কাছে লিখিত অভিযোগ দিয়েছেন।",  # a written complaint handed in
    "ভালো মতে কাজ শেষ করতে হবে।",  # "well": no genitive before it
    "সমাবেশ থেকে দাম কমানোর দাবি জানানো হয়।",  # a demand made, no words reported
    "কাজটি ঠিক কবে শেষ হবে তা জানা যায়নি।",  # not known
])
def test_a_bengali_near_miss_is_no_cue(sentence):
    assert found(sentence) == []


def test_a_bengali_cue_is_read_in_code_points_with_the_nukta_written_either_way():
    # "জানিয়েছে" with "য়" as one character (U+09DF) and as "য" and the nukta
    for verb in ("জানি\u09dfেছে", "জানি\u09af\u09bcেছে"):
        text = BENGALI_LEAD + f"রেলওয়ে কর্তৃপক্ষ {verb}, ট্রেন দেরিতে ছাড়বে।"
        cues = [s for s in suggest(text, tag="attribution") if s.start >= len(BENGALI_LEAD)]
        assert [(text[s.start : s.end], s.source) for s in cues] == [(f"রেলওয়ে কর্তৃপক্ষ {verb}", "রেলওয়ে কর্তৃপক্ষ")]


def test_two_bengali_cues_in_one_line_each_keep_their_source():
    sentence = "ইউএনও জানান, ত্রাণ পৌঁছেছে। তবে চেয়ারম্যান আবদুল মান্নান বলেন, ত্রাণ কম।"
    assert found(sentence) == [("ইউএনও জানান", "ইউএনও"), ("চেয়ারম্যান আবদুল মান্নান বলেন", "চেয়ারম্যান আবদুল মান্নান")]


def test_an_article_in_bengali_is_read_by_the_bengali_reader():
    assert reader_of(split_lines(BENGALI_LEAD + "পৌরসভা জানায়, কাজ চলছে।")) is bengali.suggest_in_line
    assert reader_of(split_lines("The council said the work goes on. The mayor was not there.")) is None
