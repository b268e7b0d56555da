from django.core.management.base import BaseCommand

from newsdesk.seeds import load_seeds


class Command(BaseCommand):
    help = "Load the seed outlets, story and articles from seeds/manifest.toml. Running it twice changes nothing."

    def handle(self, *args, **options):
        result = load_seeds()
        self.stdout.write(
            self.style.SUCCESS(
                f"Seeds: {len(result.created)} article(s) imported, {len(result.duplicates)} already present."
            )
        )
