"""Changes to accounts, in words: "ada added bob as a reviewer", "ada reset carol's password"."""

from django.utils.html import format_html

from .team import ROLE_LABELS

ROLE_WORDS = {**{key: label.lower() for key, label in ROLE_LABELS.items()}, None: "no role",
              "administrator": "administrator"}


def _role(value) -> str:
    word = ROLE_WORDS.get(value, str(value))
    return f"{'an' if word[:1] in 'aeiou' else 'a'} {word}"


def describe_account_event(event) -> str:
    """One audit event about an account (``auth.user``), as a sentence of safe HTML."""
    actor = event.actor_name or "The server"
    name = event.object_repr or "someone"
    changes = event.changes or {}
    if event.action == "create":
        role = (changes.get("snapshot") or {}).get("role")
        return format_html("<strong>{}</strong> added <strong>{}</strong> as {}", actor, name, _role(role))
    if event.action == "delete":
        return format_html("<strong>{}</strong> deleted the account of <strong>{}</strong>", actor, name)
    parts = []
    if changes.get("password") == "reset":
        parts.append(format_html("reset <strong>{}</strong>’s password (a new one-time password)", name))
    if "role" in changes:
        old, new = changes["role"]
        parts.append(format_html("made <strong>{}</strong> {} (was {})", name, _role(new), _role(old)))
    if "is_active" in changes:
        verb = "reactivated" if changes["is_active"][1] else "deactivated"
        parts.append(format_html("{} <strong>{}</strong>", verb, name))
    if "manage_people" in changes:
        if changes["manage_people"][1]:
            parts.append(format_html("allowed <strong>{}</strong> to manage people", name))
        else:
            parts.append(format_html("stopped <strong>{}</strong> managing people", name))
    if not parts:
        parts.append(format_html("changed the account of <strong>{}</strong>", name))
    sentence = parts[0]
    for part in parts[1:]:
        sentence = format_html("{} and {}", sentence, part)
    return format_html("<strong>{}</strong> {}", actor, sentence)


def describe_account_events(events) -> list[tuple]:
    return [(event, describe_account_event(event)) for event in events]
