"""Swahili's verbs of saying in the one table every reader of reported speech reads. Every text here is invented for
the test."""

from newsdesk.alignment.clustering import says_something
from newsdesk.importing import speech_verbs


def test_swahili_verbs_of_saying_are_in_the_table():
    verbs = speech_verbs.speech_verbs("sw")

    assert {"alisema", "amesema", "alieleza", "aliongeza", "aliiambia", "walisema", "wamesema", "akisema"} <= verbs
    assert {"alisema", "walisema"} <= speech_verbs.COMMON_SPEECH_VERBS["sw"]


def test_a_swahili_label_that_reports_words_says_something():
    assert says_something("Alieleza Bi. Neema Chacha", "sw")
    assert not says_something("Mafuriko ya Mto Lugoba", "sw")
