"""The browser import form: what an editor pastes or uploads, and where it goes.

The form only gathers and checks the request; the text itself goes through the same pipeline as
``manage.py import_articles`` (``importer.import_bytes``), so the browser shows the same errors.
"""

import sys

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat

from newsdesk.importing import ingest
from newsdesk.input_checks import DAY_FORMAT_HELP, DayField, IdChoiceField, OutletIdChoiceField, PastedTextField
from newsdesk.models import Outlet, Story

FORMATS = {"text": ".txt", "html": ".html", "jsonl": ".jsonl"}
EXTENSIONS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}


def too_big_message(name: str, size: int) -> str:
    limit = settings.NEWSDESK_MAX_IMPORT_BYTES
    return (f"{name} is {filesizeformat(size)}; imports are limited to {filesizeformat(limit)} at a time. "
            "Split it into smaller files.")


# Room for a form's other fields and the multipart framing around an upload at the size limit.
REQUEST_OVERHEAD_BYTES = 64 * 1024


LARGEST_SIZE_DIGITS = len(str(sys.maxsize)) - 1


def declared_size(request) -> int:
    """The size of the request's body as its header declares it, read as Django reads it (junk is 0). A figure of
    more digits than any size a server could hold is read as that largest size, not turned into an integer (Python
    refuses to read more than 4300 digits)."""
    length = (request.META.get("CONTENT_LENGTH") or "0").lstrip("0") or "0"
    if not (length.isascii() and length.isdigit()):
        return 0
    return int(length) if len(length) <= LARGEST_SIZE_DIGITS else sys.maxsize


def over_the_limit(size: int) -> bool:
    """A request body of ``size`` bytes is over what a form that carries an article's text may send: refused with
    the limit before it is read (``too_big_message``)."""
    return size > settings.NEWSDESK_MAX_IMPORT_BYTES + REQUEST_OVERHEAD_BYTES


def detect_format(text: str) -> str:
    """Guess what pasted text is: JSON lines, an HTML page or fragment, or plain text."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if first.startswith("{"):
        return "jsonl"
    if ingest.looks_like_html("", first.encode("utf-8")) or (first.startswith("<") and "</" in text):
        return "html"
    return "text"


# Free text pasted or typed in Arabic or Hebrew reads from the right: the browser takes the direction from the text.
OWN_DIRECTION = forms.TextInput(attrs={"dir": "auto"})


class ImportForm(forms.Form):
    text = PastedTextField(
        what="The pasted text", label="Paste the article", required=False, strip=False,
        widget=forms.Textarea(attrs={"rows": 10, "spellcheck": "false", "dir": "auto"}),
        help_text="Plain text (paragraphs separated by blank lines), HTML, or JSON lines.",
    )
    file = forms.FileField(label="…or upload a file", required=False,
                           widget=forms.ClearableFileInput(attrs={"accept": ".txt,.html,.htm,.jsonl"}))
    format = forms.ChoiceField(
        label="Pasted text is", initial="auto",
        choices=[("auto", "Detect"), ("text", "Plain text"), ("html", "HTML"), ("jsonl", "JSON lines")],
    )
    outlet = OutletIdChoiceField(Outlet.objects.all(), required=False, empty_label="— choose an outlet —")
    new_outlet = forms.CharField(label="…or a new outlet", required=False, max_length=200, widget=OWN_DIRECTION)
    story = IdChoiceField(Story.objects.all(), required=False, empty_label="— no story yet —")
    new_story = forms.CharField(label="…or a new story titled", required=False, max_length=300,
                                widget=OWN_DIRECTION)
    title = forms.CharField(required=False, max_length=500, widget=OWN_DIRECTION,
                            help_text="Leave empty to use the page's headline or first line.")
    byline = forms.CharField(required=False, max_length=300, widget=OWN_DIRECTION)
    url = forms.URLField(label="Original URL", required=False, max_length=1000, assume_scheme="https")
    published = DayField(required=False, help_text=f"{DAY_FORMAT_HELP} The preview spells the day out.")

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload:
            return None
        extension = "." + upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
        if extension not in EXTENSIONS:
            raise forms.ValidationError(f"{upload.name} is not a .txt, .html or .jsonl file.")
        if upload.size > settings.NEWSDESK_MAX_IMPORT_BYTES:
            raise forms.ValidationError(too_big_message(upload.name, upload.size))
        return upload

    def clean_text(self):
        text = self.cleaned_data.get("text") or ""
        size = len(text.encode("utf-8"))
        if size > settings.NEWSDESK_MAX_IMPORT_BYTES:
            raise forms.ValidationError(too_big_message("The pasted text", size))
        return text

    def clean(self):
        data = super().clean()
        has_text, has_file = bool((data.get("text") or "").strip()), bool(data.get("file"))
        if not has_text and not has_file and not self.errors.get("file") and not self.errors.get("text"):
            raise forms.ValidationError("Paste an article or choose a file to import.")
        if has_text and has_file:
            raise forms.ValidationError("Paste text or choose a file, not both.")
        if data.get("outlet") and data.get("new_outlet", "").strip():
            self.add_error("new_outlet", "Choose an existing outlet or name a new one, not both.")
        if data.get("story") and data.get("new_story", "").strip():
            self.add_error("new_story", "Choose an existing story or name a new one, not both.")
        if not self.errors and not self.outlet_name() and self.kind() != "jsonl":
            self.add_error("outlet", "Choose the outlet that published the article, or name a new one.")
        return data

    def kind(self) -> str:
        """text, html or jsonl: from the file's extension, or the chosen or detected format of pasted text."""
        upload = self.cleaned_data.get("file")
        if upload:
            return EXTENSIONS["." + upload.name.rsplit(".", 1)[-1].lower()]
        chosen = self.cleaned_data.get("format") or "auto"
        return detect_format(self.cleaned_data.get("text") or "") if chosen == "auto" else chosen

    def source(self) -> tuple[str, bytes]:
        """The name and bytes to hand to the import pipeline."""
        upload = self.cleaned_data.get("file")
        if upload:
            return upload.name, upload.read()
        return f"pasted{FORMATS[self.kind()]}", self.cleaned_data["text"].encode("utf-8")

    def outlet_name(self) -> str:
        outlet = self.cleaned_data.get("outlet")
        return outlet.name if outlet else " ".join((self.cleaned_data.get("new_outlet") or "").split())

    def metadata(self) -> dict:
        fields = {k: self.cleaned_data.get(k) for k in ("title", "byline", "url", "published")}
        new_story = " ".join((self.cleaned_data.get("new_story") or "").split())
        if new_story:
            fields["story_title"] = new_story
        return fields

    def story_slug(self) -> str | None:
        from newsdesk.importing.importer import unique_slug

        story = self.cleaned_data.get("story")
        if story:
            return story.slug
        new_story = " ".join((self.cleaned_data.get("new_story") or "").split())
        return unique_slug(Story, new_story) if new_story else None
