"""Loads the peer comparison's data into doccano, through doccano's own models.

Run by ``peer_doccano.py`` with doccano's interpreter, in doccano's backend folder, never with Newsdesk's:

    python doccano_seed.py setup DATA.json USERNAME    # project, span types, documents -> JSON on stdout
    python doccano_seed.py spans SPANS.json PROJECT_ID  # the spans not created over HTTP, in bulk

``DATA.json`` holds ``{"texts": [...], "tags": [...], ...}`` and ``SPANS.json`` ``{"spans": [[document, start,
end, tag], ...]}``: the same files Newsdesk's side is loaded from.
"""

import json
import sys

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import transaction  # noqa: E402
from examples.models import Example  # noqa: E402
from label_types.models import SpanType  # noqa: E402
from labels.models import Span  # noqa: E402
from projects.models import ProjectType, SequenceLabelingProject  # noqa: E402


def setup(data: dict, username: str) -> dict:
    user = get_user_model().objects.get(username=username)
    with transaction.atomic():
        project = SequenceLabelingProject.objects.create(
            name="Peer comparison", description="Spans measured beside Newsdesk.", guideline="",
            project_type=ProjectType.SEQUENCE_LABELING, created_by=user,
        )
        project.add_admin()
        types = {tag: SpanType.objects.create(project=project, text=tag) for tag in data["tags"]}
        examples = Example.objects.bulk_create([Example(project=project, text=text) for text in data["texts"]])
    return {"project": project.pk, "examples": [e.pk for e in examples],
            "labels": {tag: t.pk for tag, t in types.items()}}


def spans(data: dict, project_id: int) -> int:
    project = SequenceLabelingProject.objects.get(pk=project_id)
    user = project.created_by
    examples = list(Example.objects.filter(project=project).order_by("pk").values_list("pk", flat=True))
    types = dict(SpanType.objects.filter(project=project).values_list("text", "pk"))
    rows = [
        Span(example_id=examples[document], label_id=types[tag], start_offset=start, end_offset=end, user=user)
        for document, start, end, tag in data["spans"]
    ]
    with transaction.atomic():
        Span.objects.bulk_create(rows, batch_size=2_000)
    return len(rows)


if __name__ == "__main__":
    command, path, argument = sys.argv[1:4]
    with open(path, encoding="utf-8") as file:
        loaded = json.load(file)
    if command == "setup":
        print(json.dumps(setup(loaded, argument)))
    else:
        print(json.dumps({"spans": spans(loaded, int(argument))}))
