from django.contrib import admin

from .models import Annotation


@admin.register(Annotation)
class AnnotationAdmin(admin.ModelAdmin):
    list_display = ["article", "reviewer", "tag", "start", "end", "quote", "created", "deleted_at"]
    list_filter = ["tag", "article__story", "reviewer"]
    search_fields = ["quote", "note", "source"]
    raw_id_fields = ["article"]
