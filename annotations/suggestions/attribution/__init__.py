"""Attribution: a reporting cue and, where the text names one, its source.

The shapes, found on the line's tokens sentence by sentence:

- "according to X" and "citing X": the cue and the noun phrase after it ("citing" only when the phrase names
  a source — a name, an agency, officials — not a reason such as "citing delays");
- "X said / says / told / reported / warned / expects / fears …" (and "…, said X" after a quotation, where a
  title may come before the name: "said lead author Jane Roe"): a reporting verb and the noun phrase before
  it, walking back over auxiliaries and adverbs ("has previously affirmed") and over a bracketed acronym or
  affiliation ("the Grain Association (UGA) said"); a pronoun ("he said") is a cue without a named source;
- "Name, a title at Org, said" and "The minister, Name, told": the source is the name the commas set apart;
- groups named by a plural for people (economists, growers, fishermen) that expect, fear, warn or say;
- "with some calling it …", "and warned that …", "but accused …" (more words from the source named before, or
  from the sentence's subject: "Minister Jane Roe ordered an audit and said …", never the words before
  "and"); "…, which warned that …" (the phrase before the comma, or the cue it follows: "according to a
  report by the Office for Students, which found that …"); an instruction ("and urged people to") is none;
- "has raised concerns", "voiced fears": a named source voicing a worry; "critics point out"; "…, say
  forecasters" and "said the shadow home secretary, Raj Patel" (the name after the title's comma);
- a participle of speech after a comma, or after "with" and a few words ("with many admitting");
- a participle clause of speech: "…, telling the BBC that …", "with Name accusing …" (the source is the
  name before the participle, or the names that open the sentence);
- agentless cues: "is widely believed", "believed to be", "is said to", "reportedly", ", saying";
- figures that show: a data noun (data, figures, statistics, survey …) whose source follows "by" or "from"
  ("data compiled by the Grain Association (UGA) showed", "figures from the district show"): the cue runs
  from the data noun to the verb, and the source is the phrase after "by"/"from", without its acronym; so too
  "according to an analysis … by the Union": the source is the author after "by".

A source phrase is made of names (title case or capitals), determiners, and words that name sources
(analysts, media, agency, officials…), never a date or a weekday ("said in June"). A reporting verb in
capitals after a capitalised word is part of a name ("the United States"). Verbs that are also ordinary
words need a fitting source: "read" only for a statement, letter or "it"; "showed" only for media, footage
or data; "found" only for a study or a survey; "called" or "branded" only after a name; "added" and
"announced" only when words follow; "welcomed" only after a named source. A cue inside quotation marks is the
speaker's words, not a cue ("They told us nothing"). A verb right after a possessive is a noun ("the union's
claim"), a participle after a determiner or a preposition is an adjective ("owners of condemned buildings"),
and a verb of the base form needs a plural subject or an auxiliary ("critics claim", "the authors report",
"can reveal"; not "a bold claim"). Adverbs may stand between the parts of a verb ("have long warned").
"""

from annotations.suggestions.attribution import hebrew, tamil, urdu, vietnamese
from annotations.suggestions.attribution.labels import interview_turns, labels_before_quotations, transcript_turns
from annotations.suggestions.attribution.languages import Language, cues, language_of, language_of_line, reader_of
from annotations.suggestions.attribution.readings import (
    _as_follows,
    _clause_opens,
    _impersonal_passive,
    _quotation_follows_colon,
    _that_follows,
    _utterance_before,
    _with_before,
)
from annotations.suggestions.attribution.shapes import (
    _characterising,
    _identified_by,
    _manner_of_speaking,
    _progressive,
    _voiced_by,
)
from annotations.suggestions.attribution.sources import (
    _author_of_document,
    _author_of_figures,
    _has_head,
    _name_in,
    _names_a_source,
    _source_after,
    _source_before,
    _source_text,
    _subject_of,
    _suggestion,
)
from annotations.suggestions.attribution.verbs import _reporting_verb
from annotations.suggestions.attribution.words import (
    CHARACTERISING,
    CONCERNS,
    DETERMINERS,
    HEDGE_ADVERBS,
    HEDGES,
    IDENTIFYING,
    INFORMED,
    INVERTED_AUXILIARIES,
    PARTICIPLES,
    PASSIVE_REPORTS,
    PROGRESSIVE_AUXILIARIES,
    PROGRESSIVE_SPEECH,
    QUANTIFIERS,
    RAISING,
    REPORTING_VERBS,
    SPEECH_PARTICIPLES,
    STANDALONE_HEDGES,
    TAG,
    VOICING,
)
from annotations.suggestions.base import BE_FORMS, Line, Suggestion, quoted_tokens
from annotations.suggestions.wording import mid_sentence

__all__ = ["PARTICIPLES", "REPORTING_VERBS", "TAG", "suggest", "suggest_in_line"]


def suggest_in_line(line: Line, language: Language | None = None) -> list[Suggestion]:
    """The cues of one line; ``language``, when the article is in another language than English, reads them from
    that language's table (``languages``) instead of the English rules."""
    doc = line.doc
    found = []
    quoted = quoted_tokens(doc, dialogue=language is not None and language.dialogue)
    for sentence in doc.sents:
        s_start, s_end = sentence.start, sentence.end
        in_sentence: list[Suggestion] = []
        for i in range(s_start, s_end):
            if i in quoted:
                continue  # a cue inside a quotation belongs to the speaker's words: "They told us nothing"
            if language is not None:
                in_sentence += cues(line, doc, i, s_start, s_end, language, in_sentence)
                continue
            token = doc[i]
            lower = token.lower_
            if lower == "according" and i + 1 < s_end and doc[i + 1].lower_ == "to":
                source = _source_after(doc, i + 1, s_end, strict=False)
                agent = _author_of_figures(doc, i + 2, s_end)
                if agent:
                    name = _source_text(agent)
                    in_sentence.append(
                        _suggestion(line, token, agent[-1], "according_to",
                                    f"“according to” names {mid_sentence(name)}.", name)
                    )
                elif any(t.is_alpha and t.lower_ not in DETERMINERS for t in source):
                    name = _source_text(_author_of_document(source) or source)  # "a statement from the family"
                    in_sentence.append(
                        _suggestion(line, token, source[-1], "according_to",
                                    f"“according to” names {mid_sentence(name)}.", name)
                    )
            elif lower in RAISING and i + 1 < s_end and doc[i + 1].lower_ in CONCERNS:
                source, skipped = _source_before(doc, i, s_start)
                if source and _has_head(source) and not any(t.lower_ in BE_FORMS for t in skipped):
                    name = _source_text(_name_in(source))
                    in_sentence.append(
                        _suggestion(line, source[0], doc[i + 1], "reporting_verb",
                                    f"“{token.text} {doc[i + 1].text}”: {mid_sentence(name)} voices a worry.", name)
                    )
            elif lower == "citing":
                source = _source_after(doc, i, s_end, strict=False)
                if source and _names_a_source(source):
                    name = _source_text(source)
                    in_sentence.append(_suggestion(line, token, source[-1], "citing",
                                                   f"“citing” names {mid_sentence(name)}.", name))
            elif lower in STANDALONE_HEDGES:
                in_sentence.append(
                    _suggestion(line, token, token, "agentless", f"“{token.text}”: a claim with no source.")
                )
            elif lower in SPEECH_PARTICIPLES and i > s_start and (
                doc[i - 1].text == "," or _with_before(doc, i, s_start)
            ):
                subject = _subject_of(doc, i, s_start)
                name = _source_text(subject)
                if doc[i - 1].text == "," and in_sentence and in_sentence[-1].source:
                    name = in_sentence[-1].source  # "Gan said, adding that …": the cue it continues
                in_sentence.append(
                    _suggestion(line, token, token, "participle",
                                f"“{token.text}”: reported speech"
                                f"{f' from {mid_sentence(name)}' if name else ''} follows.", name)
                )
            elif lower in PARTICIPLES and i - 2 >= s_start and doc[i - 1].lower_ in QUANTIFIERS and (
                doc[i - 2].lower_ == "with"
            ):
                in_sentence.append(
                    _suggestion(line, doc[i - 1], token, "participle",
                                f"“with {doc[i - 1].text} {token.text}”: a reaction from part of a group.")
                )
            elif lower in VOICING and i + 2 < s_end and doc[i + 1].lower_ == "by" and (
                _utterance_before(doc, i, s_start)
            ):
                in_sentence += _voiced_by(line, doc, i, s_end)
            elif lower in IDENTIFYING and i - 1 >= s_start and doc[i - 1].lower_ in BE_FORMS and (
                i + 2 < s_end and doc[i + 1].lower_ == "by"
            ):
                in_sentence += _identified_by(line, doc, i, s_end)
            elif lower in PROGRESSIVE_SPEECH and i - 1 > s_start and doc[i - 1].lower_ in PROGRESSIVE_AUXILIARIES:
                in_sentence += _progressive(line, doc, i, s_start)
            elif lower in PASSIVE_REPORTS | INFORMED and i - 1 >= s_start and doc[i - 1].lower_ in BE_FORMS and (
                lower in INFORMED and doc[i - 1].lower_ == "been"
                or lower in PASSIVE_REPORTS and i + 1 < s_end and doc[i + 1].lower_ == "as"
                or lower in INFORMED and _clause_opens(doc, i + 1, s_end)  # "trustees were told the fund was safe"
                or lower in INFORMED and _that_follows(doc, i, s_end)  # "were informed on Friday that …"
            ) and not (i + 1 < s_end and doc[i + 1].lower_ == "by"):
                first = doc[i - 2] if i - 2 >= s_start and doc[i - 2].lower_ in ("has", "have", "had") else doc[i - 1]
                in_sentence.append(
                    _suggestion(line, first, token, "agentless",
                                f"“{doc[first.i : token.i + 1].text}”: words reported with no named source.")
                )
            elif lower in HEDGES and i + 1 < s_end and (
                doc[i + 1].lower_ in ("to", "that") or _impersonal_passive(doc, i, s_start, s_end)
            ):
                first = token
                j = i - 1
                while j >= s_start and (doc[j].lower_ in HEDGE_ADVERBS or doc[j].lower_ in BE_FORMS):
                    first = doc[j]
                    j -= 1
                passive = first is not token or lower == "believed" and (i == s_start or doc[i - 1].text == ",")
                if passive:
                    in_sentence.append(
                        _suggestion(line, first, token, "agentless",
                                    f"“{doc[first.i : token.i + 1].text}”: a belief or report with no named source.")
                    )
                elif lower in REPORTING_VERBS:
                    in_sentence += _reporting_verb(line, doc, i, s_start, s_end, in_sentence)
            elif lower in CHARACTERISING and lower not in REPORTING_VERBS and _as_follows(doc, i, s_end):
                in_sentence += _characterising(line, doc, i, s_start)
            elif lower in REPORTING_VERBS:
                in_sentence += _reporting_verb(line, doc, i, s_start, s_end, in_sentence)
            elif _quotation_follows_colon(doc, i):
                in_sentence += _manner_of_speaking(line, doc, i, s_start)
        if language is None and in_sentence and _asks(doc, s_start, s_end, quoted):
            in_sentence = [cue for cue in in_sentence if not _asked_about(line, doc, cue, s_start)]
        found += _without_nested_reports(line, in_sentence)
    return found


def _asks(doc, s_start, s_end, quoted) -> bool:
    """The sentence is a question of the outlet's own: it ends on a question mark outside quotation marks."""
    last = next((k for k in range(s_end - 1, s_start - 1, -1) if k not in quoted and not doc[k].is_space), None)
    return last is not None and doc[last].text == "?"


def _asked_about(line, doc, cue, s_start) -> bool:
    """A question asks whether or what its subject said when an auxiliary stands before the subject, as a question
    puts it ("What did the engineers say?", "Has the council said why?"): the reporting verb's cue then attributes
    nothing. Words reported in passing inside a question ("Why, as the mayor said, does the council wait?") and
    "according to" keep their cue."""
    if cue.rule != f"{TAG}.reporting_verb":
        return False
    start = cue.start - line.start
    k = s_start
    while doc[k].idx < start:
        if doc[k].lower_ in INVERTED_AUXILIARIES:
            return True
        k += 1
    return False


def _without_nested_reports(line, cues):
    """The cues of a sentence less those reported inside another's words: in "The union said some growers
    expected yields to fall" and "The Guardian reported the minister wrote to the Treasury", the second source
    and its verb are what the first source said, right after its verb (or its "that"); the outlet reports only
    the first. A cue is looked up by where a reporting verb right before it would end, so each is read once."""
    kept = []
    reporting_ends = set()
    for cue in cues:
        if not any(end in reporting_ends for end in _ends_directly_before(line, cue.start)):
            kept.append(cue)
            if cue.rule == f"{TAG}.reporting_verb":
                reporting_ends.add(cue.end)
    return kept


def _ends_directly_before(line, start):
    """The offsets (in the article) from which only spaces, or "that" and spaces, lead up to ``start``."""
    text, at = line.text, start - line.start
    spaces = _spaces_from(text, at)
    ends = list(range(spaces, at + 1))
    if text[max(spaces - 4, 0) : spaces] == "that":
        ends += range(_spaces_from(text, spaces - 4), spaces - 3)
    return [line.start + end for end in ends]


def _spaces_from(text, at):
    """Where the run of spaces that ends at ``at`` in ``text`` begins."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


# The readers of the languages whose television pages print a speaker's label on the line over the quotation.
_LABELS_OVER_QUOTATIONS = (tamil.suggest_in_line, urdu.suggest_in_line, vietnamese.suggest_in_line,
                           hebrew.suggest_in_line)
# Of those, the languages that space the syllables of a word: how many a word has, as a rule.
_SPACED_PER_WORD = {vietnamese.suggest_in_line: vietnamese.LABEL_SYLLABLES_PER_WORD}
# Of those, the languages whose labels longer than the rule's words must open on a title or a name.
_NAMES_A_SPEAKER = {vietnamese.suggest_in_line: vietnamese.label_names_a_speaker}


def suggest(lines: list[Line]) -> list[Suggestion]:
    read = reader_of(lines)
    if read is not None:
        found = [cue for line in lines for cue in read(line)]
        if read in _LABELS_OVER_QUOTATIONS:  # a television page's "ஆட்சியர் X:" over a quotation
            found += labels_before_quotations(lines, found, _SPACED_PER_WORD.get(read, 1), _NAMES_A_SPEAKER.get(read))
        return found
    language = language_of(lines)
    found = []
    for line in lines:
        found += suggest_in_line(line, language_of_line(line, language))
    if language is not None and language.labels:
        found += labels_before_quotations(lines, found)  # "Оксана Дзюба, мешканка …:" over a quotation
    found += transcript_turns(lines)  # "ANCHOR LISA ROE: …": who speaks each turn
    found += interview_turns(lines)  # "OKAFOR: …", "Secretária: …": an interview's answers
    return found
