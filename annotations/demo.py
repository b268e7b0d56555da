"""A first run that shows what Newsdesk is for: the seed story, three demo people, and their work.

``load_demo`` loads the seeds, then makes a demo editor and two demo reviewers, assigns the reviewers to the
seed story, and gives each reviewer a set of highlights on the three articles: many the same as the other
reviewer's (agreements), some on overlapping words or with another tag (disagreements), so that reports,
agreement figures, adjudication and the queues have something to show. The editor accepts a few agreements
into the consensus and one reviewer has finished an article. The demo editor may also manage people.

Highlights are found in the seed text by their words (never by offsets), through the same form the API
uses. It runs once: when the demo reviewers already have highlights in the story, their work is left as it
is, so running it again (every ``make run``) changes nothing but missing accounts.

The demo passwords are kept in a file outside version control, so they stay the same from one run to the
next and a restart logs nobody out; a password someone changed in the app since is left alone.
"""

import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from newsdesk import audit
from newsdesk.models import Article, Story
from newsdesk.roles import EDITOR, REVIEWER
from newsdesk.seeds import load_seeds, read_manifest

from .forms import AnnotationForm
from .models import Annotation
from .workflow import adjudication, assignments

PASSWORDS_FILE = Path(settings.BASE_DIR) / ".run" / "demo-logins.json"

# (username, role): one editor, two reviewers.
PEOPLE = (("eva", EDITOR), ("ravi", REVIEWER), ("lena", REVIEWER))

# Per outlet: (words, tag, who) with who one of "both", "ravi", "lena". Words are found in the article text;
# "both" makes an agreement, the same words with different tags or overlapping words make disagreements.
HIGHLIGHTS = {
    "Euronews": [
        ("Newsletter Newsletters Events Events Podcasts Videos Africanews", "boilerplate", "both"),
        ("Share Comments\nShare Close Button", "boilerplate", "both"),
        ("dictator Kim Jong-un", "rhetoric", "both"),
        ("state-run media announced Friday", "attribution", "both"),
        ("the KCNA news agency reported", "attribution", "both"),
        ("according to the agency", "attribution", "ravi"),
        ("Analysts say", "attribution", "ravi"),
        ("Analysts say the regime aims to improve precision strike capabilities", "factual_claim", "lena"),
        ("all-out war against Ukraine", "rhetoric", "ravi"),
        ("thousands of troops", "factual_claim", "both"),
        ("flagrantly violates UN sanctions", "rhetoric", "lena"),
        ("saying it flagrantly violates UN sanctions", "attribution", "ravi"),
        ("Experts believe", "attribution", "lena"),
        ("Go to accessibility shortcuts", "boilerplate", "both"),
    ],
    "The Independent": [
        ("Get all your news in one place.", "boilerplate", "both"),
        ("widespread international condemnation", "rhetoric", "both"),
        ("US intelligence says", "attribution", "both"),
        ("is widely believed", "attribution", "ravi"),
        ("widely believed to be providing Moscow with arms supplies", "rhetoric", "lena"),
        ("Nearly 50 countries have issued a joint statement", "factual_claim", "both"),
        ("defiantly", "rhetoric", "lena"),
        ("defiantly touring a facility", "rhetoric", "ravi"),
        ("the kind of bombastic rhetoric that has become commonplace", "rhetoric", "both"),
        ("according to state news agency KCNA", "attribution", "both"),
        ("Sign up to read this article", "boilerplate", "both"),
        ("Download the app", "boilerplate", "ravi"),
    ],
    "Euromaidan Press": [
        ("Vue lecture", "boilerplate", "both"),
        ("NK Pro reports", "attribution", "both"),
        ("covering more than 5 hectares", "factual_claim", "both"),
        ("Analysts emphasize", "attribution", "ravi"),
        ("the Kremlin officially confirmed", "attribution", "ravi"),
        ("On 20 June, the Kremlin officially confirmed that Russia does not want an end to the fire.",
         "factual_claim", "lena"),
        ("You could close this page.", "boilerplate", "lena"),
        ("Become a patron or see other ways to support", "boilerplate", "both"),
        ("The 3.5 km by 1.5 km facility includes a 40-hectare mock city", "factual_claim", "both"),
    ],
}
# Agreements the editor settles into the consensus: (outlet, words).
CONSENSUS = (("Euronews", "the KCNA news agency reported"), ("The Independent", "US intelligence says"),
             ("Euromaidan Press", "NK Pro reports"))
# One reviewer's second thoughts, so the history shows a change: (outlet, words, reviewer, new tag).
RETAG = ("The Independent", "defiantly touring a facility", "ravi", "attribution")
# The article the first reviewer has finished.
DONE = ("Euronews", "ravi")


@dataclass
class DemoResult:
    logins: list[tuple[str, str, str]] = field(default_factory=list)  # (role, username, password or note)
    highlights: int = 0
    skipped: list[str] = field(default_factory=list)  # words not found in the seed text
    created_content: bool = False


def read_passwords(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def write_passwords(path: Path, passwords: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(passwords, indent=2) + "\n", encoding="utf-8")
    path.chmod(0o600)


def demo_password() -> str:
    return secrets.token_urlsafe(9)


def ensure_people(passwords_file: Path) -> tuple[dict, list]:
    """The demo accounts with the passwords kept in ``passwords_file``; returns ``(users, logins)``."""
    stored = read_passwords(passwords_file)
    users, logins, changed = {}, [], False
    for username, role in PEOPLE:
        user, created = get_user_model().objects.get_or_create(username=username)
        user.groups.add(Group.objects.get_or_create(name=role)[0])
        if created and role == EDITOR:
            # The demo editor may manage people too, as an administrator may allow, so the demo shows /team/.
            user.user_permissions.add(*Permission.objects.filter(content_type__app_label="people",
                                                                 codename="manage_people"))
        password = stored.get(username)
        if created or not password or not user.has_usable_password():
            password = password or demo_password()
            user.set_password(password)
            user.save(update_fields=["password"])
            stored[username], changed = password, True
            logins.append((role, username, password))
        elif user.check_password(password):
            logins.append((role, username, password))  # unchanged: open sessions stay logged in
        else:
            logins.append((role, username, "(changed in the app since; not shown)"))
        if not user.is_active:
            logins[-1] = (role, username, "(deactivated on the team page)")
        users[username] = user
    if changed:
        write_passwords(passwords_file, stored)
    return users, logins


def find(article: Article, words: str) -> tuple[int, int] | None:
    start = article.text.find(words)
    return None if start < 0 else (start, start + len(words))


@transaction.atomic
def load_demo(passwords_file: Path = PASSWORDS_FILE) -> DemoResult:
    load_seeds()
    users, logins = ensure_people(passwords_file)
    result = DemoResult(logins=logins)
    story = Story.objects.get(slug=read_manifest()["stories"][0]["slug"])
    articles = {a.outlet.name: a for a in story.articles.select_related("outlet")}
    editor, reviewers = users["eva"], [users["ravi"], users["lena"]]
    if Annotation.objects.filter(article__story=story, reviewer__in=reviewers).exists():
        return result  # the demo's work is there already, perhaps changed since: leave it as it is
    result.created_content = True
    assignments.assign(reviewers, list(articles.values()), by=editor, story=story)
    made = {}
    for outlet, planned in HIGHLIGHTS.items():
        article = articles.get(outlet)
        if article is None:
            continue
        for words, tag, who in planned:
            span = find(article, words)
            if span is None:
                result.skipped.append(f"{outlet}: {words}")
                continue
            for reviewer in reviewers if who == "both" else [users[who]]:
                form = AnnotationForm({"article": article.pk, "tag": tag, "start": span[0], "end": span[1]})
                if form.is_valid():
                    made[(outlet, words, reviewer.username)] = form.save(reviewer=reviewer)
                    result.highlights += 1
    _settle(articles, made, editor)
    return result


def _settle(articles, made, editor) -> None:
    """The editor's and reviewers' follow-up: a re-tag, a finished article, a few consensus decisions."""
    outlet, words, username, tag = RETAG
    annotation = made.get((outlet, words, username))
    if annotation is not None:
        before = audit.snapshot(annotation)
        annotation.tag = tag
        annotation.save_change(["tag"], by=annotation.reviewer, before=before)
    outlet, username = DONE
    if outlet in articles:
        assignment = articles[outlet].assignments.filter(reviewer__username=username).first()
        if assignment is not None:
            assignments.mark_done(assignment, by=assignment.reviewer)
    for outlet, words in CONSENSUS:
        pair = [made.get((outlet, words, name)) for name in ("ravi", "lena")]
        if all(pair):
            first = pair[0]
            adjudication.accept(articles[outlet], pair, tag=first.tag, start=first.start, end=first.end, by=editor)


def login_box(logins, url: str = "", passwords_file: Path = PASSWORDS_FILE) -> str:
    """The demo logins in a box, for the end of ``make run``'s output."""
    try:
        where = passwords_file.relative_to(settings.BASE_DIR)
    except ValueError:
        where = passwords_file
    lines = ["Newsdesk demo logins" + (f" for {url}" if url else "")]
    lines.append("")
    for role, username, password in logins:
        lines.append(f"{role:<9} {username:<6} {password}")
    lines.append("")
    lines.append(f"Passwords are kept in {where} (not in git).")
    width = max(len(line) for line in lines)
    top, bottom = "┌" + "─" * (width + 2) + "┐", "└" + "─" * (width + 2) + "┘"
    return "\n".join([top, *(f"│ {line:<{width}} │" for line in lines), bottom])
