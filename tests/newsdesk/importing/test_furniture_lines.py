"""The page-furniture line rules shared by the importer's topic band and the suggester: one line at a time,
without Django and without the annotations app."""

import ast
from pathlib import Path

from newsdesk.importing.furniture_lines import CONFIDENCE, line_furniture, normal

ROOT = Path(__file__).resolve().parents[3]
MODULES = [ROOT / "newsdesk/importing/furniture_lines.py", ROOT / "newsdesk/importing/tokens.py"]


def test_widget_and_furniture_lines_name_their_rule_and_reason():
    cases = {
        "Share this story": "furniture_words",
        "News | World | Business | Sport": "navigation",
        "News Sport Business Opinion Culture": "navigation",
        "By Jane Roe": "byline",
        "(Reporting by Ana Ruiz; Editing by Tom Kerr)": "byline",
        "Published: 07:41, 12 Feb 2026": "timestamp",
        "![A flooded street](https://img.example.net/flood.jpg)": "image_markup",
        "Email: desk@paper.example | Tel: 01632 960 123": "contact",
        "Proudly serving the dales since 1902": "motto",
        "Welcome to our live coverage": "greeting",
    }

    for text, rule in cases.items():
        found = line_furniture(text)
        assert found is not None and found[0] == rule, (text, found)
        assert found[1] and found[0] in CONFIDENCE


def test_a_sentence_of_reporting_is_no_furniture_and_repeats_count():
    sentence = "The council approved the new budget after a debate that lasted into the evening."

    assert line_furniture(sentence) is None
    assert line_furniture("") is None
    assert line_furniture("Key moments of the match") is None
    assert line_furniture("Key moments of the match", repeats=2)[0] == "repeated"
    assert normal("  Share   THIS ") == normal("share this")


def test_the_shared_rules_import_nothing_from_the_annotations_app_or_django():
    for module in MODULES:
        tree = ast.parse(module.read_text("utf-8"))
        imported = [
            node.module if isinstance(node, ast.ImportFrom) else alias.name
            for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
            for alias in (node.names if isinstance(node, ast.Import) else [None])
        ]
        assert not any(name.startswith(("annotations", "django")) for name in imported), (module, imported)
