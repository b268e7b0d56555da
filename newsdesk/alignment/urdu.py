"""Urdu's tables for topic labels: Urdu is read as Hindi is (``hindi``), with its own words.

Policy: Urdu's grammar is Hindi's, written in the Perso-Arabic script: postpositions stand as words of their own after
the noun they govern ("ہسپتال میں", "متاثرین کو", "انتظامیہ نے"), every modifier stands before its noun (a genitive
"کا"/"کی"/"کے" binds a noun to the next: "کلورین گیس کا اخراج"), and the verb with its auxiliaries closes the clause
("بند کر دیا گیا"). A label is a run of content words closed by a postposition, as in Hindi (``hindi.candidate_spans``),
never opening or closing on one of Urdu's function words (``languages.URDU_FUNCTION_WORDS`` and ``FUNCTION_WORDS``
here). An abbreviation spelt out letter by letter ("ٹی ایچ کیو", "ایس ایچ او", "ڈی ایچ کیو") is one word: a run of
two letter names or more (``LETTER_NAMES``) is never cut. "کے" is the name of K as well as a postposition: it stays a
postposition. Words are compared as Persian's are (``languages.persian_folded``: one yeh, one kaf, no vowel marks),
with Urdu's digits ("۱۳۴") read as ASCII ones.
"""

import re

from newsdesk.alignment import hindi
from newsdesk.importing import languages, speech_verbs

URDU = languages.URDU
DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def folded(word: str) -> str:
    """``word`` as Urdu words are compared: Persian's folds, its figures in ASCII digits."""
    return languages.persian_folded(word).translate(DIGITS).lower()


# Postpositions after which a noun phrase is complete; "کا", "کی", "کے" are also genitives, which a phrase may go on
# over ("مل کے مرکزی گیٹ").
CLOSERS = frozenset("نے کو سے میں پر تک کا کی کے ذریعے سمیت بھی جیسے".split())
GENITIVES = frozenset("کا کی کے".split())
# Auxiliaries, light verbs, pronouns and particles beside ``languages.URDU_FUNCTION_WORDS``: no label holds one.
FUNCTION_WORDS = frozenset("""
    دیا دی دیں دیے دیئے دینے دیتا دیتی دیتے لیا لی لیں لینے لیتا لیتی لیتے سکا سکی سکے سکتا سکتی سکتے چکا چکی چکے
    چکیں رکھا رکھی رکھے لگا لگی لگے لگیں ہوگا ہوگی ہوں گے گئے گیا گئی ہوئیں ہوکر کرکے کرائی کرایا کرائے کریں گے
    بتائی وہی یہی خود انہوں ان اس جنہوں اسے انہیں ہمارے ہماری ہمارا
    میرے میری میرا تقریباً تقریبا قریب لگ بھگ فوری فوراً مزید کافی دیگر دوسرے دوسری اپنے اپنی اپنا
""".split()) | speech_verbs.COMMON_SPEECH_VERBS[URDU]
TIME_WORDS = frozenset("""
    پیر منگل بدھ جمعرات جمعہ ہفتہ اتوار صبح دوپہر سہ پہر شام رات دن آج کل پرسوں سال ماہ مہینے مہینہ ہفتے گھنٹے گھنٹہ
    گھنٹوں منٹ بجے وقت دیر جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر
""".split())
# The verbs of saying (``speech_verbs``) and "claim".
SAYING = speech_verbs.COMMON_SPEECH_VERBS[URDU] | frozenset("دعویٰ دعوی".split())
ACCORDING_TO = frozenset({"مطابق", "بقول"})
SOURCE_HEADS = frozenset("ذرائع ترجمان نمائندہ نمائندے ایجنسی چینل اخبار رپورٹر".split())
# The names of the Latin letters as Urdu writes them, but "کے" (K), which is the postposition as often.
LETTER_NAMES = languages.URDU_LETTER_NAMES
# Participles, by their endings ("کرتے", "دیکھتی"): a verb where the story writes the word before an auxiliary.
PARTICIPLE_ENDINGS = ("تے", "تا", "تی")
# The oblique infinitive ("پھٹنے سے", "پڑھنے کے لیے", "دینے"), a verb wherever it stands: "-نے" after a consonant or
# "ی", on a word of four letters or more. Not after "ا" nor "و": the nouns in "-انہ" and "-ونہ" so end in their
# oblique ("کارخانے", "جرمانے", "تھانے", "نمونے").
INFINITIVE = re.compile(r"^[^\W\d_]{2,}[^\W\d_اآو]نے$")

GRAMMAR = hindi.Grammar(URDU, folded, FUNCTION_WORDS, CLOSERS, GENITIVES, TIME_WORDS, frozenset(), SAYING,
                        ACCORDING_TO, SOURCE_HEADS, agent="نے", addressees=("کو", "سے"), holds=("کا", "کہنا", "ہے"),
                        participle_endings=PARTICIPLE_ENDINGS, verbal_endings=(), verbal_shape=INFINITIVE,
                        letter_names=LETTER_NAMES)
hindi.GRAMMARS[URDU] = GRAMMAR
