from django.contrib import admin

from newsdesk import audit
from newsdesk.models import Article, AuditEvent, Outlet, Passage, PassagePlacement, Story, Topic


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "country", "homepage"]
    search_fields = ["name", "country"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "blind_annotation", "outlet_blind", "created_at"]
    search_fields = ["title", "summary"]
    prepopulated_fields = {"slug": ["title"]}


class PassageInline(admin.TabularInline):
    model = Passage
    extra = 0
    readonly_fields = ["index", "start", "end"]
    can_delete = False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "story", "published", "imported_at"]
    list_filter = ["story", "outlet"]
    search_fields = ["title", "byline", "url"]
    # The text changes only through the correction page, which moves passages and highlights with it.
    readonly_fields = ["text", "checksum", "imported_at", "imported_by"]
    inlines = [PassageInline]

    def save_model(self, request, obj, form, change):
        before = audit.snapshot(type(obj).objects.get(pk=obj.pk)) if change else None
        super().save_model(request, obj, form, change)
        audit.record(request.user, "change" if change else "create", obj, before=before)

    def delete_model(self, request, obj):
        audit.record(request.user, "delete", obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for article in queryset:
            audit.record(request.user, "delete", article)
        super().delete_queryset(request, queryset)


@admin.register(Passage)
class PassageAdmin(admin.ModelAdmin):
    list_display = ["article", "index", "start", "end"]
    list_filter = ["article__story"]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """The audit trail, read-only: nobody edits history, not even in the admin."""

    list_display = ["created_at", "actor_name", "action", "object_type", "object_id", "object_repr", "article"]
    list_filter = ["action", "object_type", "article__story"]
    search_fields = ["actor_name", "object_repr", "object_id"]
    date_hierarchy = "created_at"
    raw_id_fields = ["article", "actor"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["label", "story", "label_curated", "updated_at"]
    list_filter = ["story", "label_curated"]
    search_fields = ["label"]


@admin.register(PassagePlacement)
class PassagePlacementAdmin(admin.ModelAdmin):
    list_display = ["passage", "topic", "by_hand", "placed_by", "placed_at"]
    list_filter = ["by_hand", "passage__article__story"]
    raw_id_fields = ["passage", "topic"]
