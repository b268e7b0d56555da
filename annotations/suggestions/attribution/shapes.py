"""Cues of a shape of their own, read before the reporting verbs: a view cast "as" something, a verb of the
manner of speaking before a quotation, words "voiced by" someone, a progressive ("were reporting"), and a
name given by someone ("identified by X as")."""

from annotations.suggestions.attribution.readings import _cue_as_written
from annotations.suggestions.attribution.sources import (
    _agent_after_by,
    _appositive_source,
    _aside_mark,
    _group_subject,
    _has_head,
    _is_source_token,
    _name_in,
    _names_someone,
    _source_before,
    _source_text,
    _suggestion,
)
from annotations.suggestions.attribution.words import (
    PRONOUNS,
    STOP_AFTER,
)
from annotations.suggestions.base import BE_FORMS
from annotations.suggestions.wording import mid_sentence, possessive


def _characterising(line, doc, i, s_start):
    """ "Some researchers see them as savings", "they billed it as …": a named source, or a pronoun, that casts
    something as something gives its view."""
    source, skipped = _source_before(doc, i, s_start)
    if any(t.lower_ in BE_FORMS for t in skipped):
        return []  # "was billed as": the passive is read elsewhere
    verb = doc[i].text
    # the words as the text has them: "see … as", "see it differently"
    way = next((doc[k] for k in range(i + 1, min(len(doc), i + 6)) if doc[k].lower_ in ("as", "differently")), None)
    cue = f"{verb} {' '.join(t.text for t in doc[i + 1 : way.i + 1])}" if way is not None and (
        way.lower_ == "differently"
    ) else f"{verb} … as"
    if source and _has_head(source) and any(_names_someone(t) for t in source):
        name = _source_text(_name_in(source))
        return [_suggestion(line, source[0], doc[i], "reporting_verb",
                            f"“{cue}” gives {possessive(name)} view.", name)]
    before = doc[i - 1 - len(skipped)] if i - 1 - len(skipped) >= s_start else None
    if before is not None and before.lower_ in PRONOUNS | {"we"} and before.lower_ != "it":
        return [_suggestion(line, before, doc[i], "pronoun", f"“{before.text} {cue}”: a view reported.")]
    return []


def _manner_of_speaking(line, doc, i, s_start):
    """ 'Boss Tom Bell fumed: "We were robbed."': any verb of the manner of speaking (Levin's class: fumed,
    raged, gushed, sobbed) that a named source says a quotation with."""
    source, skipped = _source_before(doc, i, s_start)
    if not source and i - 1 >= s_start and _aside_mark(doc, i - 1):
        appositive, first = _appositive_source(doc, i - 1, s_start)  # "Mr Reed, a builder who …, fumed that"
        if appositive:
            name = _source_text(appositive)
            return [_suggestion(line, first, doc[i], "reporting_verb",
                                f"{_cue_as_written(doc, i)} introduces {possessive(name)} words.", name)]
    if any(t.lower_ in BE_FORMS for t in skipped):
        return []
    if not source or not _has_head(source):
        before = doc[i - 1 - len(skipped)] if i - 1 - len(skipped) >= s_start else None
        if before is not None and before.lower_ in PRONOUNS - {"it"} and doc[i + 1].text == ":":
            # 'He fumed: "…"', 'she smiled: "…"': a pronoun is a cue without a named source
            return [_suggestion(line, before, doc[i], "pronoun",
                                f"“{before.text} {doc[i].text}:” introduces reported words.")]
        return []
    name = _source_text(_name_in(source))
    return [_suggestion(line, source[0], doc[i], "reporting_verb",
                        f"{_cue_as_written(doc, i)} introduces {possessive(name)} words.", name)]


def _identified_by(line, doc, i, s_end):
    """ "The diver was identified by Global Affairs Canada as Ann Roe": the agent after "by" gave the name, which
    "as" introduces; without "as" ("named by scientists after a singer") no one is reported."""
    agent, j = _agent_after_by(doc, i + 2, s_end, _agent_part)
    if not agent or not _has_head(agent) or j >= s_end or doc[j].lower_ != "as":
        return []
    name = _source_text(agent)
    return [_suggestion(line, doc[i], agent[-1], "reporting_verb",
                        f"“{doc[i].text} by” names {mid_sentence(name)} as who gave the name.", name)]


def _voiced_by(line, doc, i, s_end):
    """ "the concerns voiced by the U.S. and its allies": the agent after "by" said them."""
    agent, _ = _agent_after_by(doc, i + 2, s_end, lambda t: _agent_part(t) or _initial_stop(t))
    if not agent or not _has_head(agent):
        return []
    name = _source_text(agent)
    return [_suggestion(line, doc[i], agent[-1], "reporting_verb",
                        f"“{doc[i].text} by” names {mid_sentence(name)} as who said it.", name)]


def _progressive(line, doc, i, s_start):
    """ "Suppliers were reporting shortages", "Ministers keep insisting": the subject before the auxiliary."""
    if i + 1 < len(doc) and doc[i + 1].lower_ == "to":
        return []  # "talks were expecting to resume": what is foreseen, not who foresees it
    source, _ = _source_before(doc, i - 1, s_start)
    group = _group_subject(doc, i - 1, s_start)
    if group:
        source = group
    if not source or not _has_head(source):
        return []
    name = _source_text(_name_in(source))
    return [_suggestion(line, source[0], doc[i], "reporting_verb",
                        f"“{doc[i - 1].text} {doc[i].text}” reports {possessive(name)} words.", name)]


def _agent_part(token) -> bool:
    return _is_source_token(token) and token.lower_ not in STOP_AFTER


def _initial_stop(token) -> bool:
    """The full stop after an initial: "the U.S."."""
    doc = token.doc
    return token.text == "." and token.i > 0 and len(doc[token.i - 1].text) == 1 and doc[token.i - 1].text.isupper()
