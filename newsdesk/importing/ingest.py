"""Bytes in, canonical text and passages out: the one import pipeline every way in uses.

Policy: decode UTF-8 (anything else is refused with a clear message), refuse NUL characters (no article
holds one, PostgreSQL cannot store one, and they mostly mean a UTF-16 file) and lone surrogates (text
handed over as a string, from a JSON line, may hold one; no database stores it), normalise line endings to
``\\n`` (the Unicode line and paragraph separators, a vertical tab, a form feed and NEL too), NFC-normalise, and
keep everything else exactly as it was: navigation, appeals and captions stay, because reviewers tag them as
boilerplate. Passages are the article's paragraphs, as code-point offsets of their first and last visible
characters (spaces and invisible marks such as a right-to-left mark left out): the blocks between blank lines, and,
in a block that holds a line of prose, each of its lines (pages whose paragraphs are set apart by single line
breaks), except a line that runs on from the one before (no sentence end above, a lower-case start), a script's
cue in brackets that heads the paragraph below it ("<인터뷰> name/role" above the quotation), a speaker's name in
capitals above a quotation ("JANE ROE, farmer:"), a post's time stamp or a comment's writer and time above its
text ("há 10 minutos", "Ana P. · 13/03/2025 19h40"), and a picture's credit or a gallery's link to the next picture
closing its caption's block ("Photo: Jo Ng / Harbour Photos", "Next image"), and except in a
block wrapped at a fixed width (an old archive's or a mailing list's copy, most of its line breaks falling inside a
sentence), which is one paragraph. HTML goes through ``sanitize.clean_html`` first, then its block elements become
paragraphs.
"""

import hashlib
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from html.parser import HTMLParser

from newsdesk.importing import furniture_vocabulary, languages, sanitize, turn_labels
from newsdesk.importing.furniture_lines import (
    ABBREVIATED,
    comment_actions,
    line_furniture,
    one_post,
    page_commenters,
    picture_lines_start,
    relative_stamp,
    unstopped,
    unstopped_prose,
)
from newsdesk.importing.furniture_vocabulary import COMBINING_MARKS
from newsdesk.importing.scripts import (
    CJK_STOPS,
    HAN,
    KANA,
    STOPS,
    measured,
    opens_in_lower_case,
    visible,
)
from newsdesk.input_checks import text_problem


class IngestError(ValueError):
    """The input cannot become an article; the message says why in one line."""


@dataclass(frozen=True)
class Canonical:
    text: str
    passages: list[tuple[int, int]]
    checksum: str
    original_html: str = ""
    title_hint: str = field(default="")


# Files an editor may pick by mistake, told by their first bytes whatever their name: (signature, offset, kind).
BINARY_SIGNATURES = (
    (b"%PDF-", 0, "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"WEBP", 8, "a WebP image"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"PK\x03\x04", 0, "a ZIP archive"),  # Word, OpenDocument and EPUB files too
    (b"PK\x05\x06", 0, "a ZIP archive"),
    (b"\x1f\x8b", 0, "a gzip archive"),
    (b"1AY&SY", 4, "a bzip2 archive"),
    (b"\xfd7zXZ\x00", 0, "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"ustar", 257, "a tar archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Microsoft Office document"),
)


def refuse_binary(data: bytes) -> None:
    """Refuse a PDF, an image or an archive, named as such, before it is read as text.

    Every way in (the command line, the browser's upload and paste) passes here first, so a PDF saved as
    ``article.txt`` gets the same clear message everywhere rather than a decoding error about one byte.
    """
    for signature, offset, kind in BINARY_SIGNATURES:
        if data[offset : offset + len(signature)] == signature:
            raise IngestError(f"this is {kind}, not text; Newsdesk imports plain text, HTML and JSON lines "
                              "(save the article as text or HTML first)")


def decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise IngestError(
            f"not UTF-8 text (byte 0x{data[error.start]:02x} at position {error.start}); "
            "convert the file to UTF-8 and import it again"
        ) from None


def refuse_nul(text: str) -> str:
    """The text, if every code point of it is a character that can be stored (``input_checks.text_problem``)."""
    if "\x00" in text:
        raise IngestError("the text holds NUL characters (is the file UTF-16?); save it as UTF-8 and import it again")
    if problem := text_problem(text):
        raise IngestError(f"the text {problem}")
    return text


# Line breaks other than CR and LF: the Unicode line separator, a word processor's manual line break (a vertical
# tab), a form feed and the next-line control each end a line; the Unicode paragraph separator ends a paragraph.
LINE_BREAKS = re.compile("[\u2028\x0b\x0c\x85]")


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = LINE_BREAKS.sub("\n", text).replace("\u2029", "\n\n")
    return unicodedata.normalize("NFC", text)


# Words are counted between spaces; a run of a script written without spaces counts as the words its length holds
# (``scripts.measured``), so that its prose counts as prose. Korean is written with spaces between its words, and a
# run of Hangul between two spaces is one word, as a run of Latin letters is. A letter keeps the combining marks
# after it (``furniture_vocabulary.COMBINING_MARKS``): a word of Hindi or Tamil is one word, not as many as its vowel
# signs cut it into.
_UNSPACED = HAN + KANA
_WORD = re.compile(rf"[{_UNSPACED}]|(?:(?![{_UNSPACED}])[^\W\d_][{COMBINING_MARKS}]*)+|\d+")
_SENTENCE_END = re.compile(rf"[.!?…{STOPS}{CJK_STOPS}][\"'”’»)\]」』]*$")
PROSE_WORDS = 10  # a line of prose: this many words or more, ending like a sentence


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """The (start, end) of each non-blank line, trimmed of spaces and invisible marks (``scripts.visible``), grouped
    in blocks between blank lines."""
    blocks, current, position = [], [], 0
    for line in text.split("\n"):
        start, end = visible(line)
        if end:
            current.append((position + start, position + end))
        elif current:
            blocks.append(current)
            current = []
        position += len(line) + 1
    if current:
        blocks.append(current)
    return blocks


def is_prose(line: str) -> bool:
    """A line of prose: long enough, and ending like a sentence. Thai and its neighbours end one with a space and
    write a stop after an abbreviation only ("… 11:20 น."): a line of theirs is prose as
    ``furniture_lines.unstopped_prose`` reads it (long, or made with the small words that join a sentence), so that
    a list of headlines under its label, a headline and its deck, or a date above a byline stay one passage."""
    return measured(_WORD.findall(line), line) >= PROSE_WORDS and (
        bool(_SENTENCE_END.search(line)) and not ABBREVIATED.search(line) or unstopped_prose(line)
    )


def _runs_on(previous: str, following: str) -> bool:
    """A sentence wrapped onto the next line: no sentence end above, and the line below starts in lower case."""
    return not _SENTENCE_END.search(previous) and opens_in_lower_case(following)


# A line stopping on a comma, a dash or an opening quotation mark stops inside a sentence; so does one stopping on
# a function word of its language ("and", "the", "of"), which no sentence, heading or label ends on, when the line
# is long (a headline may end on "for you").
_OPEN_END = re.compile(r"[,\-–—“‘„«(]\s*$")
# The last word is a whole run of letters with their marks ("में": a Devanagari vowel sign is no letter), none
# before it: tried only where a run starts, so that a line of one long run of letters is read once, not once from
# each of its letters.
_LAST_WORD = re.compile(rf"(?<![^\W\d_])(?<![{COMBINING_MARKS}])((?:[^\W\d_]|[{COMBINING_MARKS}])+)[\"“‘„«(]*\s*$")
WRAPPED_LINE_WORDS = 6


def _stops_inside_a_sentence(line: str, function: frozenset[str]) -> bool:
    if _SENTENCE_END.search(line):
        return False
    if _OPEN_END.search(line):
        return True
    last = _LAST_WORD.search(line)
    return bool(last) and last.group(1).lower() in function and len(_WORD.findall(line)) >= WRAPPED_LINE_WORDS


def wrapped(lines: list[str]) -> bool:
    """A paragraph wrapped at a fixed width: three lines or more, and more than half of its line breaks fall
    inside a sentence (the line below runs on in lower case, or the line above stops where no sentence stops).
    Its other breaks fall where a line happened to end: before a name ("… the enlisted National / Guard
    member …"), after an abbreviation ("… the U.S. / was …")."""
    if len(lines) < 3:
        return False
    function = languages.with_english(languages.language_of(" ".join(lines)))
    inside = sum(_runs_on(above, below) or _stops_inside_a_sentence(above, function)
                 for above, below in zip(lines, lines[1:], strict=False))
    return 2 * inside > len(lines) - 1


# A broadcaster's script heads a paragraph with a cue on a line of its own: a label in brackets of a word or three
# (who speaks next: the anchor, the reporter, an interview, a recording), perhaps followed by the speaker's name and
# role ("<앵커 멘트>", "<인터뷰> 최경수/목격자", "<녹취> 은포시 관계자(음성변조)", "（同期）", "[SOUNDBITE] Jane Roe,
# farmer"). It belongs to the paragraph it introduces: cut off, a quotation loses its speaker and the cue reads as a
# label of the page. Its label names a speaker or a part of the broadcast (``furniture_vocabulary.BROADCAST_CUES``):
# a page's bracketed label ("[Advertisement]", "(Photo: Jane Roe)", "[Related] Council approves new budget") is a
# passage of its own, and stays one.
_CUE_LABEL = re.compile(
    r"^[<‹〈《\[(（【]\s*(?P<label>[^<>‹›〈〉《》\[\]()（）【】]{1,20}?)\s*[>›〉》\])）】]\s*(?P<rest>.*)$"
)
CUE_LABEL_WORDS = 3
CUE_WORDS = 8
# Thai measures its words by their letters, and a speaker's name with a title and a job runs long ("[สัมภาษณ์]
# นายธนากร ศรีสุวรรณ หัวหน้าเขตรักษาพันธุ์สัตว์ป่าดงพญาคีรี" measures 14): its cue is counted in the runs set apart by
# spaces, as a spaced script's words are, and no more than ``CUE_UNSPACED_WORDS`` measured.
CUE_UNSPACED_WORDS = 20
_OPENING_QUOTE = re.compile(r"^[\"“„«»'‘「『]")
_BROADCAST_CUE = furniture_vocabulary.pattern(furniture_vocabulary.BROADCAST_CUES)


def _cue(line: str, following: str) -> bool:
    """``line`` is a script's cue for the paragraph below (``_CUE_LABEL``): a short label in brackets opening it
    that names a speaker or a part of the broadcast (``furniture_vocabulary.BROADCAST_CUES``), a few words at most
    after it and no sentence end, which the line rules do not take for page furniture (``line_furniture``), above a
    line of prose or a quotation."""
    match = _CUE_LABEL.match(line)
    if match is None or _SENTENCE_END.search(line) or not any(c.isalpha() for c in match.group("label")):
        return False
    label = match.group("label")
    size = measured(_WORD.findall(line), line)
    if unstopped(line):
        size = len(line.split()) if size <= CUE_UNSPACED_WORDS else size
    if measured(_WORD.findall(label), label) > CUE_LABEL_WORDS or size > CUE_WORDS:
        return False
    if not _BROADCAST_CUE.search(furniture_vocabulary.folded(label)) or line_furniture(line) is not None:
        return False
    return is_prose(following) or bool(_OPENING_QUOTE.match(following))


# A transcript names who speaks next on a line of their own, the name in capitals, their role after a comma, and a
# colon at the end ("ΚΑΤΕΡΙΝΑ ΔΡΑΚΑΚΗ, κατάστημα υποδημάτων:", "JANE ROE, farmer:"), above the quotation: cut off
# from it, the quotation loses its speaker and the line reads as a label of the page.
_SPEAKER = re.compile(r"^(?P<name>[^\W\d_]+(?:[ '’.-]+[^\W\d_]+){1,3})\s*(?:,[^:\n]*)?:$")
SPEAKER_WORDS = 12


def _speaker(line: str, following: str) -> bool:
    """``line`` names the speaker of the quotation below it (``_SPEAKER``): a full name in capitals, perhaps a role
    after a comma, a colon at the end, a few words in all, above a line that opens on a quotation mark."""
    match = _SPEAKER.match(line)
    return match is not None and match.group("name").isupper() and len(line.split()) <= SPEAKER_WORDS and bool(
        _OPENING_QUOTE.match(following)
    )


# A transcript set as one block: each line a turn, the speaker's label (a few words, in capitals where the script has
# them, perhaps a role after a comma as a sentence writes it) and a colon before the words spoken ("JANE ROE: …",
# "JANE ROE, farmer: …", "<name>፦ «…»"), perhaps under the transcript's heading
# ending on a colon ("Full transcript:", "የቪዲዮው ሙሉ ቃል፦"). The page keeps the exchange whole: so do its passages.
# A label holds no stop of any script (a sentence's end, or the clause marks of scripts without capitals: "，", "،"),
# and a script without capitals shows its turn only by a mark of its own (Ethiopic's "፦"): its colon after a few words
# is a sentence's ("<name> said: …"), as a kicker's is in capitals ("UPDATE: …", ``turn_labels.NOT_SPEAKERS``).
_LABEL_STOPS = rf".!?«»\"“”{STOPS}{CJK_STOPS}，、；．،؛፣፤"
_TURN = re.compile(
    rf"^(?P<label>[^\s:：፦{_LABEL_STOPS}]+(?:\s+[^\s:：፦{_LABEL_STOPS}]+){{0,5}})\s*(?P<mark>[:：፦])\s*(?P<rest>\S.*)$"
)
_OWN_TURN_MARKS = "፦"
_TRANSCRIPT_HEADING = re.compile(r"^[^:：፦።.!?]{1,60}[:：፦]$")
TRANSCRIPT_HEADING_WORDS = 5


def _turn_label(line: str) -> str | None:
    """The label of ``line`` if it is a turn of a transcript (``_TURN``), else None: its label in capitals, or set
    off by its script's own turn mark, naming a speaker (``turn_labels.names_a_speaker``), then what is said, a line
    of prose or a quotation."""
    match = _TURN.match(line)
    if match is None:
        return None
    label = match.group("label")
    # The name in capitals, a role after a comma in the sentence's case ("JANE ROE, farmer: …").
    cased = [c for c in label.split(",", 1)[0] if c.isupper() or c.islower()]
    if not (cased and all(c.isupper() for c in cased) or match.group("mark") in _OWN_TURN_MARKS):
        return None
    if not turn_labels.names_a_speaker(label):
        return None
    rest = match.group("rest")
    return label if is_prose(rest) or _OPENING_QUOTE.match(rest) else None


def _turns(lines: list[str]) -> list[str | None]:
    """The turn label of each of a block's ``lines`` (``_turn_label``), all None unless two different labels take
    turns, as a dialogue's do (``turn_labels.turn_labels``): a label repeated ("UPDATE: …", "UPDATE: …") is a page's."""
    labels = [_turn_label(line) for line in lines]
    return labels if len(set(labels) - {None}) >= 2 else [None] * len(labels)


def _exchange(above: str, above_turn: str | None, below_turn: str | None) -> bool:
    """The line below goes on a transcript set in one block: it is a turn (``below_turn``), and the line ``above`` is a
    turn too, or the transcript's heading (a few words ending on a colon)."""
    return below_turn is not None and (above_turn is not None or bool(_TRANSCRIPT_HEADING.match(above)) and (
        len(above.split()) <= TRANSCRIPT_HEADING_WORDS
    ))


def _heads_a_post(line: str, following: str, commenters: Collection[str] = ()) -> bool:
    """``line`` heads the post or comment below it: how long ago it went up, on a line of its own ("há 10 minutos",
    "10 minutes ago", ``furniture_lines.relative_stamp``), or a reader's name and when the comment was posted, one of
    the page's ``commenters`` (``furniture_lines.page_commenters``: a page with one such line dated in figures has a
    dateline or a post's header there, "Ama Osei · 14:32", not a comment), right above its text, a line of prose.
    Cut off, the post loses its time and the comment its writer, and the line reads as a label of the page's. A clock
    time alone on its line ("12:31") stays a passage of its own, as a live page's stamp always has been: the post's
    paragraph is the reader's unit, the stamp the page's."""
    line = line.strip()
    return is_prose(following) and (relative_stamp(line) or line in commenters)


COMMENT_BLOCK_LINES = 6


def _comment_with_buttons(text: str, lines: list[tuple[int, int]]) -> bool:
    """The block of ``lines`` is a reader's comment on a social page: its writer's name on a line of its own that is no
    prose, the comment, and its row of buttons ending on its time (``furniture_lines.comment_actions``: "Like · Reply
    · 14h"), ``COMMENT_BLOCK_LINES`` lines at most. It stays one passage: cut up, the comment reads as the story's."""
    shown = [text[start:end] for start, end in lines]
    return 3 <= len(shown) <= COMMENT_BLOCK_LINES and comment_actions(shown[-1]) and not is_prose(shown[0])


def split_passages(text: str) -> list[tuple[int, int]]:
    """One passage per paragraph. A block between blank lines is one passage, unless one of its lines is
    prose: then the block is a page whose paragraphs are set apart by single line breaks, and each line is
    a passage of its own (a line that runs on from the one before stays with it, and so do a script's cue
    with the paragraph below it, ``_cue``, a speaker's name with the quotation below it, ``_speaker``, and the turns
    of a transcript with one another and its heading, ``_exchange``, and a picture's credit and a gallery's link to the
    next picture closing the block with the caption above them, ``furniture_lines.picture_lines_start``: a gallery sets
    them under each caption, and cut off they read as passages of their own and leave the caption without them). A
    block of short lines (a menu, a caption and its credit) stays whole, and so does a paragraph wrapped at a fixed
    width (``wrapped``) and a live page's post set apart by blank lines under its own time stamp
    (``furniture_lines.one_post``: its stamp and "Key event" mark are the post's, as its heading is)."""
    passages = []
    page_lines = text.splitlines()
    commenters = {page_lines[position].strip() for position in page_commenters(page_lines)}
    for lines in _blocks(text):
        if len(lines) == 1 or not any(is_prose(text[start:end]) for start, end in lines) or (
            wrapped([text[start:end] for start, end in lines]) or _comment_with_buttons(text, lines)
        ) or one_post([text[start:end] for start, end in lines]):
            passages.append((lines[0][0], lines[-1][1]))
            continue
        turns = _turns([text[line_start:line_end] for line_start, line_end in lines])
        # The picture's lines close the caption's block; one between two paragraphs is set where a picture stands,
        # and whose it is, the paragraph's above or below, no shape tells.
        closing = picture_lines_start([text[line_start:line_end] for line_start, line_end in lines])
        start, end = lines[0]
        for number, (line_start, line_end) in enumerate(lines[1:], 1):
            above, below = text[start:end], text[line_start:line_end]
            last = above.rsplit("\n", 1)[-1]
            if _runs_on(above, below) or number >= closing or "\n" not in above and (
                _cue(above, below) or _speaker(above, below) or _heads_a_post(above, below, commenters)
            ) or (
                _exchange(last, turns[number - 1], turns[number])
            ):
                end = line_end
            else:
                passages.append((start, end))
                start, end = line_start, line_end
        passages.append((start, end))
    return passages


def checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def from_text(data: bytes | str) -> Canonical:
    text = normalise(refuse_nul(decode(data) if isinstance(data, bytes) else data))
    passages = split_passages(text)
    if not passages:  # nothing but spaces and marks that show nothing (a right-to-left mark, a byte-order mark)
        raise IngestError("the file is empty (no visible text after decoding)")
    return Canonical(text=text, passages=passages, checksum=checksum(text))


BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "header", "footer", "aside", "main", "blockquote", "figure",
        "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "pre",
        "table", "tr", "caption", "hr", "br", "nav", "form", "button",
    }
)


class _TextExtractor(HTMLParser):
    """Collect text; every block element boundary becomes a paragraph break."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.title_parts: list[str] = []
        self._in_h1 = False

    def _flush(self):
        words = " ".join("".join(self.current).split())
        if words:
            self.blocks.append(words)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self._flush()
        if tag == "h1":
            self._in_h1 = True
        if tag in {"td", "th"}:
            self.current.append(" ")

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS:
            self._flush()
        if tag == "h1":
            self._in_h1 = False

    def handle_data(self, data):
        self.current.append(data)
        if self._in_h1:
            self.title_parts.append(data)

    def close(self):
        super().close()
        self._flush()


def html_to_blocks(clean_html: str) -> tuple[list[str], str]:
    extractor = _TextExtractor()
    extractor.feed(clean_html)
    extractor.close()
    return extractor.blocks, " ".join(" ".join(extractor.title_parts).split())


def from_html(data: bytes | str) -> Canonical:
    raw = normalise(refuse_nul(decode(data) if isinstance(data, bytes) else data))
    if not raw.strip():
        raise IngestError("the file is empty (no HTML after decoding)")
    cleaned = sanitize.clean_html(raw)
    blocks, title = html_to_blocks(cleaned)
    text = normalise("\n\n".join(blocks))
    passages = split_passages(text)
    if not passages:
        raise IngestError("the HTML holds no readable text once scripts and markup are removed")
    return Canonical(
        text=text, passages=passages, checksum=checksum(text), original_html=cleaned,
        title_hint=title,
    )


def looks_like_html(name: str, data: bytes) -> bool:
    if name.lower().endswith((".html", ".htm")):
        return True
    head = data[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))
