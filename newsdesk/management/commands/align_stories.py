from django.core.management.base import BaseCommand, CommandError

from newsdesk.alignment.upkeep import realign
from newsdesk.input_checks import text_problem
from newsdesk.models import AlignmentRun, Story


class Command(BaseCommand):
    help = ("Group each story's passages into topics (all stories, or those named), and decide again how each of "
            "its articles matches it. Hand placements are kept.")

    def add_arguments(self, parser):
        parser.add_argument("slugs", nargs="*", metavar="SLUG", help="Stories to align (default: every story).")

    def handle(self, *args, slugs, **options):
        stories = Story.objects.all()
        if slugs:
            if bad := next((slug for slug in slugs if text_problem(slug)), None):
                raise CommandError(f"no story with slug {bad!r}: it {text_problem(bad)}")
            stories = stories.filter(slug__in=slugs)
            missing = sorted(set(slugs) - set(stories.values_list("slug", flat=True)))
            if missing:
                raise CommandError(f"no story with slug {', '.join(missing)}")
        stories = list(stories)
        for number, story in enumerate(stories, 1):
            run = realign(story, trigger=AlignmentRun.Trigger.COMMAND)
            self.stdout.write(
                f"[{number}/{len(stories)}] {story.slug}: {run.topics} topic(s), {run.furniture} furniture "
                f"passage(s), {run.kept_by_hand} placed by hand kept"
            )
        self.stdout.write(self.style.SUCCESS(f"Aligned {len(stories)} story(ies)."))
