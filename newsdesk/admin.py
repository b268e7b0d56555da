from django.contrib import admin

from .models import Article, Outlet, Passage, PassagePlacement, Story, Topic


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
    readonly_fields = ["checksum", "imported_at", "imported_by"]
    inlines = [PassageInline]


@admin.register(Passage)
class PassageAdmin(admin.ModelAdmin):
    list_display = ["article", "index", "start", "end"]
    list_filter = ["article__story"]


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
