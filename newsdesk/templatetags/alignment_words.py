"""What an alignment run changed in a topic, in words that say what happened to its passages."""

from django import template

register = template.Library()


@register.filter
def topic_change(topic: dict) -> str:
    """``{{ topic|topic_change }}``: "1 passage from a new article, 1 moved to another topic", not "1 joined, 1 left".

    A passage that joined a topic came either from an article new to the story (``added``) or from another topic; a
    run recorded before runs told the two apart says only that it was placed here."""
    joined, left = topic.get("joined", 0), topic.get("left", 0)
    if topic.get("new"):
        return f"new topic with {joined} passage{'' if joined == 1 else 's'}"
    parts = []
    if "added" in topic:
        parts += [(topic["added"], "from a new article"), (joined - topic["added"], "moved here from another topic")]
    else:
        parts.append((joined, "placed here"))
    parts.append((left, "moved to another topic"))
    parts = [(count, what) for count, what in parts if count]
    # The first figure names the passages; the others share the word.
    return ", ".join(
        f"{count} passage{'' if count == 1 else 's'} {what}" if i == 0 else f"{count} {what}"
        for i, (count, what) in enumerate(parts)
    )
