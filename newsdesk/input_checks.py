"""What arrives from outside is checked here before it reaches a query or a row: ids and text.

**Ids.** An id in a query string, a form or a file is ASCII digits and nothing else, between 1 and the
largest 64-bit primary key. ``str.isdigit`` is not that test: it also passes ``²`` (which ``int`` refuses)
and digits of other scripts such as ``٣`` (which ``int`` reads as 3), and SQLite cannot even compare a
number beyond 64 bits. ``parse_id`` is the one reading of an id; a value it refuses names nothing.

**Offsets.** An offset in a form is a whole number in ASCII digits, perhaps negative (a range check then says
what is wrong with it); ``int`` would also read ``" 5"``, ``"1_0"`` and ``"٣"``, and spend its time on a
number of thousands of digits before refusing it. In JSON it is a number that is whole and not a boolean.
``parse_offset`` is that reading.

**Text.** Text is stored only when every code point in it is a character a database can hold: no NUL
(PostgreSQL refuses it; it mostly means a UTF-16 file) and no lone surrogate (half of a UTF-16 pair, which
reaches Python from a JSON escape such as ``"\\ud800"`` or from a command-line argument that is not UTF-8,
and which no UTF-8 database can store). ``text_problem`` says what is wrong in a few words, for a message
such as "the title holds a NUL character". A box an editor pastes an article into (``PastedTextField``) also
refuses the replacement character, U+FFFD: a browser's form is read with the bytes that are not UTF-8 replaced by
it, so pasted text holding it lost characters on its way, as an uploaded file that is not UTF-8 would, and is
refused as that file is.

The path converter ``<id:pk>`` and the form fields below read ids with ``parse_id`` too, so an address or a
form naming ``²`` or a number beyond 64 bits is refused (404, or the form's "not a valid choice") before
any query, on SQLite as on PostgreSQL.
"""

import re

from django import forms
from django.core import validators
from django.core.exceptions import ValidationError
from django.db.models import Model
from django.urls.converters import IntConverter

from newsdesk.outlet_order import outlet_key

MAX_ID = 2**63 - 1  # the largest primary key of a 64-bit integer column, on PostgreSQL and SQLite alike
_ASCII_DIGITS = re.compile(r"[0-9]{1,19}")
_OFFSET = re.compile(r"-?[0-9]{1,19}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def parse_id(value) -> int | None:
    """The id ``value`` names, or None when it names none (not ASCII digits, zero, or beyond 64 bits)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and _ASCII_DIGITS.fullmatch(value):
        number = int(value)
    else:
        return None
    return number if 1 <= number <= MAX_ID else None


def parse_ids(values) -> list[int] | None:
    """Every id of ``values`` in order, or None when any of them names none."""
    ids = [parse_id(value) for value in values]
    return None if None in ids else ids


def parse_offset(value) -> int | None:
    """The offset ``value`` states (a JSON integer, or a form's ASCII digits), or None when it states none."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and _OFFSET.fullmatch(value):
        return int(value)
    return None


def text_problem(value: str) -> str | None:
    """Why ``value`` cannot be stored as text ("holds a NUL character"), or None when it can."""
    if "\x00" in value:
        return "holds a NUL character"
    if _SURROGATE.search(value):
        return "holds a lone surrogate (half of a UTF-16 pair, not a character)"
    return None


# What a browser's form decoding puts in place of bytes that are not UTF-8 (Django reads a form's body with
# ``errors="replace"``): the replacement character, U+FFFD. A pasted text that holds it lost characters on its way,
# as a file that is not UTF-8 would; a lone surrogate never arrives this way, since UTF-8 cannot encode one.
REPLACEMENT = "\ufffd"


def pasted_text_problem(value: str) -> str | None:
    """Why the text of a box an editor pastes an article into cannot be taken (``text_problem``, or characters
    that could not be read), or None when it can."""
    if problem := text_problem(value):
        return problem
    count = value.count(REPLACEMENT)
    if count:
        return (f"holds {count} character{'s' if count != 1 else ''} that could not be read (shown as “{REPLACEMENT}”, "
                f"the first at character {value.index(REPLACEMENT) + 1}): copy the text again from a page or file "
                "saved as UTF-8")
    return None


class PastedTextField(forms.CharField):
    """A box an editor pastes an article's text into: a NUL character, a lone surrogate or characters that could
    not be read (``pasted_text_problem``) are refused with a message that names the box (``what``) and the
    problem, instead of Django's own words for a NUL."""

    def __init__(self, *, what: str, **kwargs):
        super().__init__(**kwargs)
        self.what = what
        self.validators = [check for check in self.validators
                           if not isinstance(check, validators.ProhibitNullCharactersValidator)]

    def validate(self, value):
        super().validate(value)
        if value and (problem := pasted_text_problem(value)):
            raise ValidationError(f"{self.what} {problem}.", code="not_text")


def validate_text(value: str) -> None:
    """``text_problem`` as a Django validator, for form fields and model fields."""
    if isinstance(value, str) and (problem := text_problem(value)):
        raise ValidationError(f"This text {problem}.", code="not_text")


class IdConverter(IntConverter):
    """``<id:pk>`` in a route: ASCII digits naming a 64-bit id; any other number matches no route (404)."""

    def to_python(self, value: str) -> int:
        pk = parse_id(value)
        if pk is None:
            raise ValueError(f"{value!r} is not an id")
        return pk


class IdChoiceField(forms.ModelChoiceField):
    """A choice of one row by its id: what ``parse_id`` refuses is an invalid choice, never a query."""

    def to_python(self, value):
        if value not in self.empty_values and not isinstance(value, Model) and parse_id(value) is None:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class OutletChoiceIterator(forms.models.ModelChoiceIterator):
    """Outlets in a reader's order (``outlet_order.outlet_key``), not the database's: a list of names sorts the same on
    SQLite and PostgreSQL, with case and diacritics folded."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for outlet in sorted(self.queryset, key=lambda outlet: outlet_key(outlet.name)):
            yield self.choice(outlet)


class OutletChoiceField(forms.ModelChoiceField):
    """A choice of one outlet, offered in a reader's order (``OutletChoiceIterator``)."""

    iterator = OutletChoiceIterator


class OutletIdChoiceField(IdChoiceField):
    """An outlet chosen by its id (``IdChoiceField``), offered in a reader's order (``OutletChoiceIterator``)."""

    iterator = OutletChoiceIterator


class IdMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A choice of rows by their ids: a value ``parse_id`` refuses is an invalid choice, never a query."""

    def clean(self, value):
        for item in value if isinstance(value, list | tuple) else ():
            if not isinstance(item, Model) and parse_id(item) is None:
                raise ValidationError(self.error_messages["invalid_pk_value"], code="invalid_pk_value",
                                      params={"pk": item})
        return super().clean(value)


DAY_FORMAT_HELP = ("A day is typed in the order its box shows, which your browser's language sets; "
                   "a plain text box takes year-month-day (2026-03-14).")


class DayField(forms.DateField):
    """A day in a form: the browser's date box, which always sends ``2026-03-14`` whatever order it shows the
    day in and takes it typed (the browser's language decides that order), and which a browser without one
    leaves as a text box. Where the day is typed, the field's help says both, the placeholder of a text box
    and the error give year-month-day, and only that is read: ``03/04/2026`` is not guessed at as March or
    April."""

    default_error_messages = {"invalid": "Enter the day as year-month-day, for example 2026-03-14."}

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", DAY_FORMAT_HELP)
        attrs = {"type": "date", "placeholder": "YYYY-MM-DD", "pattern": r"\d{4}-\d{2}-\d{2}"}
        super().__init__(input_formats=["%Y-%m-%d"], widget=forms.DateInput(attrs=attrs, format="%Y-%m-%d"),
                         **kwargs)
