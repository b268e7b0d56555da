from django.contrib import admin

from .models import Annotation


@admin.register(Annotation)
class AnnotationAdmin(admin.ModelAdmin):
    list_display = ["article", "reviewer", "tag", "start", "end", "quote", "created", "orphaned", "deleted_at"]
    list_filter = ["tag", "orphaned", ("deleted_at", admin.EmptyFieldListFilter), "article__story", "reviewer"]
    actions = ["restore_selected"]

    @admin.action(description="Restore the selected deleted highlights", permissions=["change"])
    def restore_selected(self, request, queryset):
        restored = 0
        for annotation in queryset.filter(deleted_at__isnull=False):
            annotation.restore(by=request.user)
            restored += 1
        self.message_user(request, f"{restored} highlight(s) restored.")
    search_fields = ["quote", "note", "source"]
    raw_id_fields = ["article"]
