from pathlib import Path

from django.core.management.base import BaseCommand

from annotations import demo


class Command(BaseCommand):
    help = (
        "Load the seed story with a demo editor (eva), two demo reviewers (ravi, lena), their highlights, "
        "assignments and a few consensus decisions, then print the demo logins in a box. Running it again "
        "changes nothing; the passwords stay those kept in .run/demo-logins.json."
    )

    def add_arguments(self, parser):
        parser.add_argument("--passwords-file", type=Path, default=demo.PASSWORDS_FILE,
                            help="Where the demo passwords are kept (default: .run/demo-logins.json).")
        parser.add_argument("--url", default="", help="The address the app is served at, shown with the logins.")

    def handle(self, *args, passwords_file, url, **options):
        result = demo.load_demo(passwords_file)
        for words in result.skipped:
            self.stderr.write(f"Demo highlight left out, its words are not in the seed text: {words}")
        if result.created_content:
            self.stdout.write(f"Demo loaded: {result.highlights} highlights by two reviewers on the seed story.")
        else:
            self.stdout.write("Demo already loaded; nothing changed.")
        self.stdout.write(demo.login_box(result.logins, url, passwords_file))
