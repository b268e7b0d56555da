from django import forms
from django.contrib import admin
from django.db.models import F

from annotations.anchoring import anchor, span_errors
from annotations.models import (
    Annotation,
    Assignment,
    ConsensusAnnotation,
    DuplicateHighlight,
    RejectedHighlight,
    RhetoricTerm,
    SuggestionDecision,
)


class CountsChanges:
    """An edit in the admin is a change too: it moves the version on, so that a client still holding the
    older copy gets a conflict rather than undoing the edit."""

    def save_model(self, request, obj, form, change):
        if change:
            obj.version = F("version") + 1
        super().save_model(request, obj, form, change)
        if change:
            obj.refresh_from_db(fields=["version"])


class SpanAdminForm(forms.ModelForm):
    """A highlight's place as the admin changes it, held to the rules the API and the reader keep: offsets inside
    the article's text, not all white space, the quote the words between them; the context is cut from the text
    again. Checked only when the place changes: an orphan's place, which its corrected text no longer holds,
    does not stop a change to its note."""

    PLACE = {"article", "start", "end", "quote"}

    def clean(self):
        data = super().clean()
        article, start, end = data.get("article"), data.get("start"), data.get("end")
        if not self.PLACE & set(self.changed_data) or article is None or start is None or end is None:
            return data
        errors = span_errors(article.text, start, end, data.get("quote"))
        for field, messages in errors.items():
            for message in messages:
                self.add_error(field, message)
        if not errors:
            data.update(anchor(article.text, start, end).fields())
        return data


@admin.register(Annotation)
class AnnotationAdmin(CountsChanges, admin.ModelAdmin):
    form = SpanAdminForm
    list_display = ["article", "reviewer", "tag", "start", "end", "quote", "created", "orphaned", "deleted_at"]
    list_filter = ["tag", "orphaned", ("deleted_at", admin.EmptyFieldListFilter), "article__story", "reviewer"]
    actions = ["restore_selected"]

    @admin.action(description="Restore the selected deleted highlights", permissions=["change"])
    def restore_selected(self, request, queryset):
        restored, refused = 0, 0
        for annotation in queryset.filter(deleted_at__isnull=False):
            try:
                annotation.restore(by=request.user)
            except DuplicateHighlight:
                refused += 1
                continue
            restored += 1
        also = f" {refused} left deleted: the reviewer has the same highlight again." if refused else ""
        self.message_user(request, f"{restored} highlight(s) restored.{also}")
    search_fields = ["quote", "note", "source"]
    raw_id_fields = ["article"]


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    list_display = ["article", "reviewer", "assigned_by", "assigned_at", "done_at"]
    list_filter = ["article__story", "reviewer"]
    raw_id_fields = ["article"]


@admin.register(ConsensusAnnotation)
class ConsensusAnnotationAdmin(CountsChanges, admin.ModelAdmin):
    form = SpanAdminForm
    list_display = ["article", "tag", "start", "end", "quote", "decided_by", "decided_at"]
    list_filter = ["tag", "article__story"]
    search_fields = ["quote", "note", "source"]
    raw_id_fields = ["article", "from_annotations"]


@admin.register(RejectedHighlight)
class RejectedHighlightAdmin(admin.ModelAdmin):
    list_display = ["annotation", "decided_by", "decided_at"]
    raw_id_fields = ["annotation"]


@admin.register(RhetoricTerm)
class RhetoricTermAdmin(admin.ModelAdmin):
    list_display = ["phrase", "kind", "note", "active"]
    list_filter = ["kind", "active"]
    list_editable = ["active"]
    search_fields = ["phrase", "note", "neutral_uses"]


@admin.register(SuggestionDecision)
class SuggestionDecisionAdmin(admin.ModelAdmin):
    list_display = ["article", "reviewer", "tag", "rule", "decision", "start", "end", "decided_at"]
    list_filter = ["decision", "tag", "rule"]
    raw_id_fields = ["article", "annotation"]
