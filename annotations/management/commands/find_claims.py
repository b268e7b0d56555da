from django.core.management.base import BaseCommand, CommandError

from annotations.claims.store import find_claims
from newsdesk.models import Story


class Command(BaseCommand):
    help = ("Find and link the claims of each story (all stories, or those named). Curated claims are kept. Run it "
            "once on stories whose claims were stored before annotations migration 0014: it fills which articles state "
            "a claim in another claim's row, which the matrix reads.")

    def add_arguments(self, parser):
        parser.add_argument("slugs", nargs="*", metavar="SLUG", help="Stories to process (default: every story).")

    def handle(self, *args, slugs, **options):
        stories = Story.objects.all()
        if slugs:
            stories = stories.filter(slug__in=slugs)
            missing = sorted(set(slugs) - set(stories.values_list("slug", flat=True)))
            if missing:
                raise CommandError(f"no story with slug {', '.join(missing)}")
        stories = list(stories)
        for number, story in enumerate(stories, 1):
            run = find_claims(story)
            self.stdout.write(f"[{number}/{len(stories)}] {story.slug}: {run.claims} claim(s), {run.mentions} "
                              f"mention(s) found, {run.kept_curated} curated claim(s) kept")
        self.stdout.write(self.style.SUCCESS(f"Found the claims of {len(stories)} story(ies)."))
