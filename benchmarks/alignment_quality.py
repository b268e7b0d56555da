"""Alignment and story-matching quality against hand-written gold; prints figures, never pass/fail.

    python benchmarks/alignment_quality.py [--labels] [--rows] [--ceilings] [--timing-articles 50]
        [--stories SLUG ...] [--no-matching] [--no-timing]

For each story under ``tests/corpus/stories/`` (and the seed story, whose gold lives there too), every
article goes through the import pipeline's text path and the story is aligned; then it prints:

- pairwise precision, recall and F1 over the story's body paragraphs (two paragraphs are a pair when they
  are in the same topic; the gold says which sub-topic each paragraph reports, or that it is furniture); every
  pair counts, two paragraphs of one article as well as two of different outlets, and the same figures follow
  for each kind of pair apart (a story whose sub-topics each come from one outlet is scored mostly on how its
  articles are cut into runs, a story whose outlets report the same things mostly on how outlets are matched);
- furniture recall (gold furniture that went to the furniture band) and the number of body paragraphs sent
  to the furniture band;
- grab-bag rows: rows of three or more passages in which no gold sub-topic holds half of the passages;
- with ``--labels``, each row's label; with ``--rows``, each row's passages and their gold sub-topics;
- with ``--ceilings``, what the gold itself allows: the best F1 of rows that hold at most one passage, or one
  run of neighbouring paragraphs, of each article; the F1 of one row per run with no run matched to another;
  and the F1 of the method's own segments when the gold, not the method, puts them into rows.

Then story matching: each article of ``tests/corpus/stories/matching/`` is matched against all stories
(expected: its gold story, or none), every story article is matched with itself left out, and the seed
story's unseen articles are matched again after unrelated articles were wrongly filed into it (a score must
not fall apart as a story grows). Each decision prints with its score, the runner-up's, and how like the
story the article's wording is, names aside.

Last, the time to align a synthetic story of 50 articles x 30 paragraphs.
"""

import argparse
import dataclasses
import functools
import os
import sys
import time
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only")

import django  # noqa: E402

django.setup()

from newsdesk.alignment import story_suggestion as suggestion  # noqa: E402
from newsdesk.alignment.clustering import PassageText, align, passage_vectors, segments, split_furniture  # noqa: E402
from newsdesk.importing import ingest, page_dates  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "stories"
FURNITURE = "furniture"


@dataclass
class GoldArticle:
    story: str
    outlet: str
    title: str
    text: str
    passages: list[tuple[int, int]]
    gold: list[str]  # one per passage: its sub-topic or FURNITURE


def gold_blocks(text: str) -> list[tuple[int, int]]:
    """The blocks the gold was written against: runs of non-blank lines (the importer may cut finer; each
    of its passages takes the label of the block it overlaps most)."""
    blocks, start, position = [], None, 0
    for line in text.split("\n"):
        if line.strip() and start is None:
            start = position
        elif not line.strip() and start is not None:
            blocks.append((start, position - 1))
            start = None
        position += len(line) + 1
    if start is not None:
        blocks.append((start, len(text)))
    return blocks


def load_story(directory: Path) -> tuple[dict, list[GoldArticle]]:
    spec = tomllib.loads((directory / "gold.toml").read_text(encoding="utf-8"))
    source = ROOT / spec["directory"] if "directory" in spec else directory
    articles = []
    for entry in spec["articles"]:
        canonical = ingest.from_text((source / entry["file"]).read_bytes())
        blocks = gold_blocks(canonical.text)
        if len(blocks) != len(entry["paragraphs"]):
            raise SystemExit(f"{directory.name}/{entry['file']}: {len(blocks)} blocks, "
                             f"{len(entry['paragraphs'])} gold labels")
        labels = []
        for start, end in canonical.passages:
            overlaps = [max(0, min(end, b_end) - max(start, b_start)) for b_start, b_end in blocks]
            labels.append(entry["paragraphs"][overlaps.index(max(overlaps))])
        articles.append(GoldArticle(spec["slug"], entry["outlet"], entry["title"], canonical.text,
                                    canonical.passages, labels))
    return spec, articles


def load_stories() -> list[tuple[dict, list[GoldArticle]]]:
    return [load_story(path) for path in sorted(CORPUS.iterdir())
            if (path / "gold.toml").exists() and path.name != "matching"]


def pairwise(predicted: dict, gold: dict) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 over the keys of ``gold`` (``predicted[key]`` None: a singleton)."""
    keys = sorted(gold, key=repr)
    true_positive = predicted_pairs = gold_pairs = 0
    for a, b in combinations(keys, 2):
        same_predicted = predicted.get(a) is not None and predicted.get(a) == predicted.get(b)
        same_gold = gold[a] == gold[b]
        predicted_pairs += same_predicted
        gold_pairs += same_gold
        true_positive += same_predicted and same_gold
    precision = true_positive / predicted_pairs if predicted_pairs else 1.0
    recall = true_positive / gold_pairs if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def pairwise_by_kind(predicted: dict, gold: dict) -> dict[str, tuple[float, float, float, int]]:
    """Pairwise precision, recall, F1 and the number of gold pairs, for pairs of paragraphs of one article
    ("within") and of two articles ("across") apart; a key is (article, index)."""
    counts = {"within": [0, 0, 0], "across": [0, 0, 0]}
    for a, b in combinations(sorted(gold, key=repr), 2):
        same_predicted = predicted.get(a) is not None and predicted.get(a) == predicted.get(b)
        same_gold = gold[a] == gold[b]
        tally = counts["within" if a[0] == b[0] else "across"]
        tally[0] += same_predicted and same_gold
        tally[1] += same_predicted
        tally[2] += same_gold
    result = {}
    for kind, (true_positive, predicted_pairs, gold_pairs) in counts.items():
        precision = true_positive / predicted_pairs if predicted_pairs else 1.0
        recall = true_positive / gold_pairs if gold_pairs else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[kind] = (precision, recall, f1, gold_pairs)
    return result


# --- what the gold allows ------------------------------------------------------------------------------


def gold_runs(gold: dict) -> dict:
    """Each body paragraph's run: neighbouring paragraphs of one article (furniture between them left out)
    with the same gold sub-topic. A key is (article, index)."""
    runs, previous = {}, None
    for key in sorted(gold):
        if previous is None or previous[0] != key[0] or gold[previous] != gold[key]:
            run = key
        runs[key] = run
        previous = key
    return runs


def best_rows(gold: dict, unit: dict) -> dict:
    """The rows closest to the gold when a row holds at most one ``unit`` (a passage, a run) of each article:
    each sub-topic gets as many rows as its article with the most units has, and each article's units go in
    by size, largest first (the order that keeps the most pairs together). A row per (sub-topic, rank)."""
    units = defaultdict(lambda: defaultdict(set))
    for key, label in gold.items():
        units[label][key[0]].add(unit[key])
    row_of_unit = {}
    for label, by_article in units.items():
        for article, names in by_article.items():
            size = Counter(unit[key] for key in gold if key[0] == article)
            for rank, name in enumerate(sorted(names, key=lambda name: (-size[name], repr(name)))):
                row_of_unit[name] = (label, rank)
    return {key: row_of_unit[unit[key]] for key in gold}


def linked_by_gold(gold: dict, segment: dict) -> dict:
    """Rows made by the gold out of given segments: each segment goes to the row of its most common gold
    sub-topic (ties by name), so only the cuts between segments can be wrong. A body paragraph the method sent to
    the furniture band has no segment: it stays on its own (None, as ``pairwise`` counts a singleton)."""
    labels = defaultdict(Counter)
    for key, label in gold.items():
        if key in segment:
            labels[segment[key]][label] += 1
    chosen = {name: min(counts, key=lambda label: (-counts[label], label)) for name, counts in labels.items()}
    return {key: chosen[segment[key]] if key in segment else None for key in gold}


def method_segments(passages: list[PassageText]) -> dict:
    """The segments the method cuts the story's content passages into, as the alignment computes them."""
    content, _furniture, _reasons = split_furniture(passages, {})
    vectors = passage_vectors(content)
    found = segments(vectors @ vectors.T, [p.article for p in content], [p.index for p in content],
                     [p.text for p in content])
    return {p.key: int(number) for p, number in zip(content, found, strict=True)}


def print_ceilings(passages: list[PassageText], body: dict) -> None:
    runs = gold_runs(body)
    ours = method_segments(passages)
    measures = [
        ("rows of one passage per article, at best", best_rows(body, {key: key for key in body})),
        ("rows of one run per article, at best", best_rows(body, runs)),
        ("one row per run, none matched", runs),
        ("the method's segments put in rows by the gold", linked_by_gold(body, ours)),
    ]
    for name, predicted in measures:
        precision, recall, f1 = pairwise(predicted, body)
        print(f"    ceiling: {name:<48} P {precision:.2f}  R {recall:.2f}  F1 {f1:.2f}")


def passages_of(articles: list[GoldArticle]) -> tuple[list[PassageText], dict]:
    passages, gold = [], {}
    for number, article in enumerate(articles):
        for index, (start, end) in enumerate(article.passages):
            key = (number, index)
            passages.append(PassageText(key=key, article=number, index=index, text=article.text[start:end]))
            gold[key] = article.gold[index]
    return passages, gold


def score_story(spec: dict, articles: list[GoldArticle], show_labels: bool, show_rows: bool,
                show_ceilings: bool = False) -> dict:
    passages, gold = passages_of(articles)
    text_of = {p.key: p.text for p in passages}
    started = time.perf_counter()
    result = align(passages)
    seconds = time.perf_counter() - started
    predicted = {key: number for number, topic in enumerate(result.topics) for key in topic.members}
    body = {key: label for key, label in gold.items() if label != FURNITURE}
    precision, recall, f1 = pairwise(predicted, body)
    furniture_gold = {key for key, label in gold.items() if label == FURNITURE}
    furniture_found = set(result.furniture)
    furniture_recall = len(furniture_gold & furniture_found) / len(furniture_gold) if furniture_gold else 1.0
    body_in_furniture = sorted(furniture_found - furniture_gold)
    grab_bags = []
    for topic in result.topics:
        counts = Counter(gold[key] for key in topic.members)
        if len(topic.members) >= 3 and counts.most_common(1)[0][1] * 2 < len(topic.members):
            grab_bags.append(topic.label)
    print(f"{spec['slug']}: {len(articles)} articles, {len(passages)} passages, {len(result.topics)} rows "
          f"(gold {len(set(body.values()))} sub-topics), {seconds:.2f} s")
    print(f"  pairwise P {precision:.2f}  R {recall:.2f}  F1 {f1:.2f}   furniture recall {furniture_recall:.2f}"
          f"   body in furniture {len(body_in_furniture)}   grab-bag rows {len(grab_bags)}")
    kinds = pairwise_by_kind(predicted, body)
    print("  " + "   ".join(f"{kind} articles ({kinds[kind][3]} gold pairs) P {kinds[kind][0]:.2f}  "
                            f"R {kinds[kind][1]:.2f}  F1 {kinds[kind][2]:.2f}" for kind in ("within", "across")))
    if show_ceilings:
        print_ceilings(passages, body)
    for key in body_in_furniture:
        print(f"    body in furniture [{gold[key]}]: {text_of[key][:90]!r}")
    for key in sorted(furniture_gold - furniture_found, key=repr):
        print(f"    furniture in a row: {text_of[key][:90]!r}")
    if show_labels or show_rows:
        for topic in result.topics:
            counts = Counter(gold[key] for key in topic.members)
            print(f"    row {topic.label!r}: {dict(counts)}")
            if show_rows:
                for key in topic.members:
                    print(f"        [{gold[key]}] {text_of[key][:100]!r}")
    return {"precision": precision, "recall": recall, "f1": f1, "furniture_recall": furniture_recall,
            "body_in_furniture": len(body_in_furniture), "grab_bags": len(grab_bags)}


# --- story matching ------------------------------------------------------------------------------------


def matching_articles() -> list[tuple[str, str, str]]:
    """(expected story or "none", title, text) for the unseen articles."""
    directory = CORPUS / "matching"
    spec = tomllib.loads((directory / "gold.toml").read_text(encoding="utf-8"))
    return [(entry["story"], entry["title"], (directory / entry["file"]).read_text(encoding="utf-8"))
            for entry in spec["articles"]]


@functools.cache
def page_date(text: str):
    """The date the page prints in its header, as an import reads it when none is given."""
    return page_dates.page_date(text)


def decide(members: list[tuple[str, str, str]], title: str, text: str):
    """(chosen story or None, its score, runner-up score, reason, the story its words alone would choose) for one
    article; the reason opens with how like the best story its wording is (names aside). Each page is dated as an
    import dates it: a story the article was written weeks before is not chosen (``suggestion.BEFORE_THE_STORY``)."""
    matrix = suggestion.build([(story, suggestion.reporting(t, x)) for story, t, x in members],
                              dates=[page_date(x) for _, _, x in members])
    ranked = suggestion.rank(matrix, title, text, published=page_date(text))
    chosen, score = suggestion.best(ranked)
    by_words, _ = suggestion.best([dataclasses.replace(match, predates=False) for match in ranked])
    # The runner-up and the reason among the stories ``best`` chose from (those the article does not predate).
    candidates = suggestion.eligible(ranked) or ranked
    runner_up = candidates[1].score if len(candidates) > 1 else 0.0
    reason = ", ".join(candidates[0].shared_names[:4] + candidates[0].shared_terms[:4]) if candidates else ""
    wording = max(candidates[0].centroid, candidates[0].nearest) if candidates else 0.0
    if by_words != chosen:
        reason += f"; dated weeks before {by_words}, which its words alone would choose"
    return chosen, score, runner_up, f"wording {wording:.2f}; {reason}", by_words


def report_decision(kind: str, expected: str, title: str, chosen, score: float, runner_up: float,
                    reason: str) -> bool:
    right = (chosen or "none") == expected
    print(f"  {'ok   ' if right else 'WRONG'} {kind:<9} expected {expected:<26} got {chosen or 'none':<26} "
          f"score {score:.3f} runner-up {runner_up:.3f}  {title[:40]!r}  shares: {reason}")
    return right


def score_matching(stories: list[tuple[dict, list[GoldArticle]]]) -> None:
    members = [(article.story, article.title, article.text) for _, articles in stories for article in articles]
    print("story matching")
    right = total = by_words_right = 0
    for expected, title, text in matching_articles():
        chosen, score, runner_up, reason, by_words = decide(members, title, text)
        right += report_decision("unseen", expected, title, chosen, score, runner_up, reason)
        by_words_right += (by_words or "none") == expected
        total += 1
    for position, (story, title, text) in enumerate(members):
        others = members[:position] + members[position + 1:]
        chosen, score, runner_up, reason, by_words = decide(others, title, text)
        right += report_decision("left out", story, title, chosen, score, runner_up, reason)
        by_words_right += (by_words or "none") == story
        total += 1
    # A story that grows with articles that do not belong: the unseen related articles must still match.
    seed = stories[0][1][0].story if stories else ""
    strays = [(seed, title, text) for expected, title, text in matching_articles() if expected == "none"]
    for expected, title, text in matching_articles():
        if expected == seed:
            chosen, score, runner_up, reason, by_words = decide(members + strays, title, text)
            right += report_decision("noisy", expected, title, chosen, score, runner_up, reason)
            by_words_right += (by_words or "none") == expected
            total += 1
    print(f"  {right} of {total} decisions right ({by_words_right} by the words alone, the dates aside)")


# --- cost ----------------------------------------------------------------------------------------------


def timing(articles: int) -> None:
    import random

    from benchmarks.alignment_benchmark import synthetic_story

    story = synthetic_story(random.Random(7), articles, 30)
    started = time.perf_counter()
    result = align(story)
    seconds = time.perf_counter() - started
    print(f"cost: aligned {articles} articles x 30 paragraphs = {len(story)} passages in {seconds:.2f} s "
          f"({len(result.topics)} rows)")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--labels", action="store_true", help="Print each row's label.")
    parser.add_argument("--rows", action="store_true", help="Print each row's passages with their gold.")
    parser.add_argument("--ceilings", action="store_true", help="Print what the gold allows under each row model.")
    parser.add_argument("--timing-articles", type=int, default=50)
    parser.add_argument("--stories", nargs="*", metavar="SLUG",
                        help="Score the alignment of these stories only (matching still reads every story).")
    parser.add_argument("--no-matching", action="store_true", help="Skip the story-matching decisions.")
    parser.add_argument("--no-timing", action="store_true", help="Skip the cost.")
    args = parser.parse_args(argv)
    stories = load_stories()
    stories.sort(key=lambda item: item[0]["slug"] != "north-korea-arms-russia")  # the seed story first
    print("alignment against the gold (pairwise over body paragraphs)")
    unknown = set(args.stories or ()) - {spec["slug"] for spec, _ in stories}
    if unknown:
        parser.error(f"no such story: {', '.join(sorted(unknown))}")
    scored = [(spec, articles) for spec, articles in stories if not args.stories or spec["slug"] in args.stories]
    scores = [score_story(spec, articles, args.labels, args.rows, args.ceilings) for spec, articles in scored]
    mean_f1 = sum(s["f1"] for s in scores) / len(scores)
    print(f"mean pairwise F1 over {len(scores)} stories: {mean_f1:.2f}")
    if not args.no_matching:
        print()
        score_matching(stories)
    if not args.no_timing:
        print()
        timing(args.timing_articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
