"""Validation shared by the JSON API and the reader's forms: one set of rules, one set of messages.

The browser's toolbar and a script posting JSON reach the same checks, so a highlight is either stored
exactly (offsets inside the text, quote equal to the text between them, a known tag) or refused with a
message per field; nothing is ever half-saved.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connections, router

from annotations.anchoring import CONTEXT_LENGTH, MAX_OFFSET, Anchor, TextWindow, window_bounds
from annotations.models import NOTE_MAX_LENGTH, Annotation, DuplicateHighlight, duplicate_message
from annotations.tags import TAG_CHOICES, TAG_KEYS
from newsdesk import audit, rows
from newsdesk.importing.scripts import INVISIBLE
from newsdesk.input_checks import parse_id, parse_offset
from newsdesk.models import Article

TAG_CHOICE_MESSAGE = "Unknown tag %(value)s. Choose one of: " + ", ".join(TAG_KEYS) + "."
OFFSET_MESSAGES = {"invalid": "Must be a whole number: a count of Unicode code points."}
NOTE_MESSAGES = {"max_length": f"Keep notes to {NOTE_MAX_LENGTH:,} characters (this one has %(show_value)d)."}


class ArticleField(forms.Field):
    """An article chosen by its id (``parse_id``'s reading), loaded in one prepared ``SELECT``: a highlight is
    saved on every click, and a model choice field would copy and compile a queryset each time.

    ``deferred``: the columns left unread until first used (the original HTML by default)."""

    default_error_messages = {"invalid_choice": "No article with this id."}

    def __init__(self, *, deferred: tuple[str, ...] = ("original_html",), **kwargs):
        super().__init__(**kwargs)
        self.deferred = deferred

    def to_python(self, value):
        if value in self.empty_values or isinstance(value, Article):
            return value or None
        pk = parse_id(value)
        article = rows.by_id(Article, pk, deferred=self.deferred) if pk is not None else None
        if article is None:
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return article


class OffsetField(forms.IntegerField):
    """An offset in code points, read as ``parse_offset`` reads one: ASCII digits from a form (``int`` would also
    take " 18", "1_8", "18.0" and digits of other scripts), a whole number from JSON."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        offset = parse_offset(value)
        if offset is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return offset


class SharedFields(dict):
    """A form's fields, shared by every instance of the form rather than deep-copied for each.

    Django copies a form's fields (and their widgets) for every instance, so that one form may change its own;
    for a form that never does, and is never rendered, the copy is most of what making one costs.
    """

    def __deepcopy__(self, memo):
        return dict(self)


class AnnotationForm(forms.Form):
    """A new highlight on an article: the toolbar's form, and the body of ``POST /api/annotations/``.

    Only validated, never rendered (its errors are shown, not its fields), and nothing changes its fields on
    an instance: they are shared (``SharedFields``), as a highlight is saved on every click.
    """

    article = ArticleField()
    tag = forms.ChoiceField(choices=TAG_CHOICES, error_messages={"invalid_choice": TAG_CHOICE_MESSAGE})
    start = OffsetField(error_messages=OFFSET_MESSAGES)
    end = OffsetField(error_messages=OFFSET_MESSAGES)
    quote = forms.CharField(required=False, strip=False, empty_value=None)
    note = forms.CharField(required=False, max_length=NOTE_MAX_LENGTH, error_messages=NOTE_MESSAGES)
    source = forms.CharField(required=False, max_length=200)

    def __init__(self, *args, reviewer=None, **kwargs):
        """``reviewer``: who is saving (or give it to ``save``)."""
        # Never rendered, so its labels' suffix is never shown: looking up its translation was most of the
        # time it took to make a form.
        kwargs.setdefault("label_suffix", ":")
        super().__init__(*args, **kwargs)
        self.reviewer = reviewer

    def _clean_fields(self):
        """Django's ``_clean_fields`` without the ``BoundField`` it makes for every field on the way: each field
        cleans what its widget reads from the data (its initial value when disabled), then its ``clean_<name>``
        hook runs, exactly as there. The bound fields were half of what validating a highlight cost."""
        for name, field in self.fields.items():
            if field.disabled:
                value = self.get_initial_for_field(field, name)
            else:
                value = field.widget.value_from_datadict(self.data, self.files, self.add_prefix(name))
            try:
                self.cleaned_data[name] = field.clean(value)
                if hasattr(self, f"clean_{name}"):
                    self.cleaned_data[name] = getattr(self, f"clean_{name}")()
            except ValidationError as error:
                self.add_error(name, error)

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        spanned = start is not None and end is not None
        self.window = self._window(data, start, end)
        if self.window is not None and spanned:
            self._add_span_errors(self.window.span_errors(start, end, data.get("quote")))
        return data

    def _add_span_errors(self, errors: dict) -> None:
        """The span's errors (``TextWindow.span_errors``), each on its field."""
        for field, messages in errors.items():
            for message in messages:
                self.add_error(field, message)

    def _window(self, data, start, end) -> TextWindow | None:
        """The part of the article's text the span is checked and anchored on (here all of it), or None when no
        article was named."""
        article = data.get("article")
        return None if article is None else TextWindow(len(article.text), 0, article.text)

    def save(self, reviewer=None) -> Annotation:
        """Store the highlight and its audit event, or raise ``DuplicateHighlight`` naming the one the reviewer
        already has (its message is then also the form's error on ``start``).

        The database's unique constraint on live highlights decides, rather than a query beforehand: it costs
        nothing when the highlight is new, and holds when two identical ones are sent at the same instant.
        """
        reviewer = reviewer or self.reviewer
        data = self.cleaned_data
        spot = self.window.anchor(data["start"], data["end"])
        annotation = self._new(data, reviewer, spot)
        try:
            audit.create(reviewer, annotation)
        except IntegrityError:
            self._duplicate(data, reviewer, spot)
        return annotation

    def _duplicate(self, data, reviewer, spot):
        """After an ``IntegrityError``: ``DuplicateHighlight`` naming the live highlight the reviewer already has
        on this span with this tag, or the error again when there is none. Called in an ``except`` block."""
        wanted = Annotation(
            **self._article(data), reviewer=reviewer, tag=data["tag"], start=spot.start, end=spot.end,
            quote=spot.quote,
        )
        existing = Annotation.objects.same_highlight(wanted).first()
        if existing is None:
            raise  # (the IntegrityError being handled)
        message = duplicate_message(existing)
        self.add_error("start", message)
        raise DuplicateHighlight(message, existing) from None

    @staticmethod
    def _article(data) -> dict:
        """The highlight's article, as ``Annotation`` takes it."""
        return {"article": data["article"]}

    def _new(self, data, reviewer, spot) -> Annotation:
        return Annotation(
            **self._article(data),
            reviewer=reviewer,
            tag=data["tag"],
            **spot.fields(),
            note=data["note"],
            source=data["source"],
        )


AnnotationForm.base_fields = SharedFields(AnnotationForm.base_fields)


class ArticleIdField(forms.Field):
    """An article named by its id (``parse_id``'s reading). Whether it exists is asked by the form, in the same
    query that reads the span's part of its text."""

    default_error_messages = ArticleField.default_error_messages

    def to_python(self, value):
        if value in self.empty_values:
            return None
        pk = parse_id(value)
        if pk is None:
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return pk


class SpanRefused(ValueError):
    """The span does not fit the article, found when saving (``HighlightBodyForm(fold=True)``); the form has the
    errors, as it would have had them from ``is_valid``."""


# Every character Python's ``str.strip()`` takes for white space, for the database to strip the same ones (a
# test checks it against every code point).
WHITE_SPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
               "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
# ... and the marks that show nothing (``scripts.INVISIBLE``): a span of nothing else is refused, as
# ``scripts.trimmed`` has it.
HIDDEN = WHITE_SPACE + "".join(sorted(INVISIBLE))


class HighlightBodyForm(AnnotationForm):
    """The body of ``POST /api/annotations/``: the same fields, rules and messages as ``AnnotationForm``. The
    answer names the article by its id alone (the reader's toolbar, which shows the article again, uses
    ``AnnotationForm``), so only what the span needs is read: the text's length and the span with its context
    (``TextWindow``), cut out by the database, not the whole text. ``cleaned_data["article"]`` is the id.

    ``fold`` (PostgreSQL; for a form whose errors nothing else adds to): when every field is valid, the span is
    checked when saving, by the statement that stores it, which reads the window itself: one round trip, not two.
    A span it refuses is judged here as ever, and ``save`` raises ``SpanRefused`` with the form holding the same
    errors ``is_valid`` would have found.
    """

    article = ArticleIdField()

    def __init__(self, *args, fold: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fold = fold
        self.pending = None

    def _window(self, data, start, end) -> TextWindow | None:
        """The span's window of the article's text (and the text's length, when the window reaches its end), read
        in one query that also says whether the article exists (the field's "No article with this id." when it
        does not)."""
        pk = data.get("article")
        if pk is None:
            return None
        first, last = window_bounds(start, end, CONTEXT_LENGTH) if start is not None and end is not None else (0, 0)
        # (Offsets past ``MAX_OFFSET`` are left to the read: no text is that long, and they pass a SQL integer.)
        if self.fold and first < last and end + CONTEXT_LENGTH <= MAX_OFFSET and not self._errors and self._folds():
            self.pending = (pk, first, last)  # read by ``save``
            return None
        found = rows.text_window(Article, pk, "text", first, last)
        if found is None:
            self._no_article()
            return None
        return TextWindow(found[0], first, found[1])

    @staticmethod
    def _folds() -> bool:
        return connections[router.db_for_write(Annotation)].vendor == "postgresql"

    def _no_article(self):
        self.add_error("article", forms.ValidationError(
            ArticleIdField.default_error_messages["invalid_choice"], code="invalid_choice"))

    def save(self, reviewer=None) -> Annotation:
        if self.pending is None:
            return super().save(reviewer)
        reviewer = reviewer or self.reviewer
        data = self.cleaned_data
        pk, first, last = self.pending
        start, end, quote = data["start"], data["end"], data.get("quote")
        annotation = self._new(data, reviewer, Anchor(start=start, end=end, quote=""))
        # The span fits (the window holds it), is not all white space and invisible marks (as ``scripts.trimmed``
        # has it) and is the quote sent, if one was; its quote and context are cut from the window
        # (``TextWindow.anchor``).
        where = ["length(src.w) >= %s AND btrim(substr(src.w, %s::integer, %s::integer), %s) <> ''",
                 [end - first, start - first + 1, end - start, HIDDEN]]
        if quote is not None:
            where[0] += " AND substr(src.w, %s::integer, %s::integer) = %s"
            where[1] += [start - first + 1, end - start, quote]
        cut = "substr(src.w, %s::integer, %s::integer)"
        taken = {"quote": (cut, [start - first + 1, end - start]), "prefix": (cut, [1, start - first]),
                 "suffix": (cut, [end - first + 1, CONTEXT_LENGTH])}
        try:
            found = audit.create_from(reviewer, annotation, source=rows.text_window_source(
                Article, pk, "text", first, last), taken=taken, where=tuple(where))
        except IntegrityError:
            self._duplicate(data, reviewer, Anchor(start=start, end=end, quote=""))
        if found is None:
            self._no_article()
            raise SpanRefused(self.errors["article"][0])
        (text, length), stored = found
        if stored:
            return annotation
        self.pending = None
        self.window = TextWindow(length, first, text)
        errors = self.window.span_errors(start, end, quote)
        self._add_span_errors(errors)
        if errors:
            raise SpanRefused(next(iter(errors.values()))[0])
        return super().save(reviewer)  # (the database was stricter than the check: stored the usual way)

    @staticmethod
    def _article(data) -> dict:
        return {"article_id": data["article"]}


HighlightBodyForm.base_fields = SharedFields(HighlightBodyForm.base_fields)


class AnnotationChangeForm(forms.ModelForm):
    """What an owner may change on a highlight: its tag, note and source (never where it sits)."""

    class Meta:
        model = Annotation
        fields = ["tag", "note", "source"]
        error_messages = {"tag": {"invalid_choice": TAG_CHOICE_MESSAGE}, "note": NOTE_MESSAGES}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Taken now: validating the form already writes the new values onto the instance.
        self.before = audit.snapshot(self.instance) if self.instance.pk else None
        self.fields["tag"].widget = forms.RadioSelect(choices=TAG_CHOICES)
        self.fields["note"].widget.attrs.update({"rows": 3, "maxlength": NOTE_MAX_LENGTH})
        # A note or a source may be written in the article's right-to-left language.
        self.fields["note"].widget.attrs["dir"] = "auto"
        self.fields["source"].widget.attrs["dir"] = "auto"

    def clean(self):
        data = super().clean()
        current = self.instance
        if data.get("tag") and current.pk and current.is_live:
            wanted = Annotation(
                pk=current.pk, article_id=current.article_id, reviewer_id=current.reviewer_id, tag=data["tag"],
                start=current.start, end=current.end, quote=current.quote,
            )
            if Annotation.objects.same_highlight(wanted).exists():
                self.add_error("tag", duplicate_message(wanted))
        return data

    def save(self, commit=True, by=None, expected_version=None) -> Annotation:
        """Save as one counted change, recorded in the audit trail (by the owner, who alone may change it).

        ``expected_version``: the version the owner's page or client had; ``StaleVersion`` when the
        highlight has changed since, and nothing is written.
        """
        if not commit:
            return super().save(commit=False)
        annotation = self.instance
        if annotation.pk is None:
            return super().save()
        annotation.save_change(
            self._meta.fields, by=by or annotation.reviewer, before=self.before, expected_version=expected_version
        )
        return annotation
