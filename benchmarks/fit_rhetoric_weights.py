"""Fit the weights of the subjective-word scorer (``annotations/suggestions/subjective_words.py``) on the dev pages,
choosing its settings by how the whole suggester holds on a batch of pages it was not fitted on.

    python -m benchmarks.fit_rhetoric_weights [--write] [--validate] [--added-precision 0.5]   # 0.5: the default

Every candidate word of a dev page's content lines is a row: its features (lexicons and context, never the word
itself) and a label, whether the word lies inside a gold rhetoric span. A logistic regression is fitted on them.

Its settings — the regularisation ``C``, the groups of features it may use, the article gate (the share of
lexicon-rated words below which the scorer stays silent) and the decision threshold — are chosen by
leave-one-batch-out validation: the dev pages fall into the batches they were written in (``BATCHES``); for each
batch the scorer is fitted on all the other dev pages, and the rules' rhetoric suggestions plus the scorer's
(only where the rules found nothing) are scored against the left-out batch's gold. A batch was written by one
hand at one time, so it stands for a fresh batch better than a random share of pages does. The settings kept are
those whose WORST batch scores best, min(precision, recall) on it, not those best on the dev pages pooled: the
aim is a scorer that holds on pages nobody tuned on. Settings within ``TOLERANCE`` of the best count as equal
(they differ by a few spans of one batch), and of those the most cautious is kept (the highest threshold, then
gate, then the strongest regularisation). "off" (no scorer at all) is one of the choices. Settings under which
the scorer, fitted on all dev pages, makes the three seed articles' rhetoric worse than the rules alone do (recall
or precision) are not kept. ``--added-precision`` also asks that the scorer's own suggestions on the left-out
batches be right that often. The script prints each batch's figures with the rules alone, with the settings the
weights file ships, and with the chosen ones.

With ``--write`` it fits the chosen settings on all dev pages and writes the coefficients, the gate and the
threshold to ``annotations/suggestions/data/rhetoric_word_weights.json``. ``--validate`` prints the figures of
that model on the held-out pages (a measure only: nothing is chosen by them). Only pages numbered up to
``LAST_PAGE`` are read; later batches are kept for a final measure.

The rules themselves were tuned on every dev batch, so a batch's figures here say how the scorer and its
threshold generalise, not how the rules do: for the rules, only a batch measured before it was studied tells.
"""

import argparse
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from annotations.suggestions import boilerplate, subjective_words  # noqa: E402
from annotations.suggestions.base import split_lines  # noqa: E402
from annotations.suggestions.lexicon import DEFAULT_LEXICON  # noqa: E402
from annotations.suggestions.suggester import suggest  # noqa: E402
from benchmarks.suggestions_benchmark import seed_texts  # noqa: E402
from tests.annotations.suggestion_gold import GOLD, gold_spans, score  # noqa: E402
from tests.corpus.pages import load_pages, page_number  # noqa: E402

OUTPUT = ROOT / "annotations" / "suggestions" / "data" / subjective_words.WEIGHTS_FILE
# Only pages up to this number are read here; later batches are kept for a final measure.
LAST_PAGE = 133
# The dev pages by the batch they were written in (first and last page number).
BATCHES = (("01-51", 1, 51), ("52-73", 52, 73), ("74-83", 74, 83), ("84-93", 84, 93), ("94-103", 94, 103),
           ("104-113", 104, 113), ("114-123", 114, 123), ("124-133", 124, 133))
OFF = 2.0  # a threshold no probability reaches: the scorer silent
THRESHOLDS = (*(round(0.2 + 0.05 * k, 2) for k in range(13)), OFF)
C_VALUES = (0.03, 0.1, 0.3, 1.0, 3.0)
GATES = (0.0, 0.1, 0.13, 0.16)
# The scorer's own suggestions must be right at least this often on the batches left out of its fit: a suggestion
# wrong more often than not is noise to a reviewer, whatever it does for a batch's recall.
ADDED_PRECISION = 0.5
TOLERANCE = 0.02  # of min(precision, recall) on the worst batch: a few of its spans
# Groups of features a model may leave out (their weights are then 0): does a group carry over to a new batch?
FEATURE_GROUPS = {
    "register": ("article_subjectivity", "line_subjectivity", "positive_x_article", "vader_x_article",
                 "rarity_x_article"),
    "rarity": ("rarity", "absent_from_frequency_list", "previous_rarity", "next_rarity", "rarity_x_adjective",
               "rarity_x_noun", "rarity_x_verb", "rarity_x_article", "untagged"),
    "neighbours": ("previous_vader_strength", "next_vader_strength", "previous_rarity", "next_rarity"),
    "quotation": ("in_short_quotation", "reported_sentence", "line_holds_quotation"),
}
FEATURE_SETS = ("all", *(f"without {group}" for group in FEATURE_GROUPS))
# The settings shipped before this run (read from the weights file), for comparison.
PREVIOUS = {key: value for key, value in json.loads(OUTPUT.read_text("utf-8")).items()
            if key in ("C", "feature_set", "article_gate", "threshold")}
SPAN_WEIGHTING = 1.0


def rules_only(text):
    """The rules' rhetoric suggestions: the suggester with a scorer that never fires (whatever weights ship)."""
    shipped = subjective_words.weights
    silent = {"features": list(subjective_words.FEATURES), "coefficients": [0.0] * len(subjective_words.FEATURES),
              "intercept": 0.0, "threshold": OFF}
    subjective_words.weights = lambda: silent
    try:
        return suggest(text, tag="rhetoric")
    finally:
        subjective_words.weights = shipped


class PageData:
    """A page's content lines, gold rhetoric, the rules' suggestions and its candidate words with features."""

    def __init__(self, page):
        self.page = page
        self.number = page_number(page.name)
        lines = split_lines(page.text)
        furniture = {(s.start, s.end) for s in boilerplate.suggest(lines)}
        self.content = [line for line in lines if (line.start, line.end) not in furniture]
        self.golds = [g for g in page.spans() if g.tag == "rhetoric"]
        self.rules = rules_only(page.text)
        self._kept = {}
        self.register = subjective_words.register(self.content)
        self.line_words = subjective_words.article_words(self.content, self.register)
        self.words = [w for words in self.line_words for w in words]
        self.X = np.array([[w.features[name] for name in subjective_words.FEATURES] for w in self.words]).reshape(
            len(self.words), len(subjective_words.FEATURES))
        self.y = np.array([any(g.start < w.end and w.start < g.end for g in self.golds) for w in self.words])
        # A word of a long gold phrase ("bore the brunt") weighs less: the phrase, not each word, is the rhetoric.
        self.weight = np.array([
            min([1.0] + [1 / max(1, len(subjective_words.WORD.findall(page.text[g.start:g.end])))
                         for g in self.golds if g.start < w.end and w.start < g.end]) ** SPAN_WEIGHTING
            for w in self.words
        ])

    def suggestions(self, model):
        """The whole suggester's rhetoric on the page with ``model`` as the scorer (as ``subjective_words.suggest``
        does it, from the words' features computed once). A model's word scores, and its suggestions at each
        threshold, are kept: the search tries every threshold and gate of one fitted model."""
        if model["threshold"] >= OFF or self.register < model["article_gate"] or not self.words:
            return self.rules
        coefficients = model["coefficients"]
        kept = self._kept.get(id(coefficients))
        if kept is None or kept[0] is not coefficients:
            z = self.X @ np.array(coefficients) + model["intercept"]
            probabilities = iter(1 / (1 + np.exp(-np.clip(z, -30, 30))))
            scores = [[float(next(probabilities)) for _ in words] for words in self.line_words]
            kept = self._kept[id(coefficients)] = (coefficients, scores, {})
        _, scores, by_threshold = kept
        if model["threshold"] not in by_threshold:
            if max((max(line, default=0.0) for line in scores), default=0.0) < model["threshold"]:
                by_threshold[model["threshold"]] = self.rules
            else:
                by_threshold[model["threshold"]] = self.rules + subjective_words.runs(
                    self.content, self.line_words, scores, self.rules, model["threshold"], DEFAULT_LEXICON)
        return by_threshold[model["threshold"]]


class SeedPage:
    """A seed article as a page: its text and its hand-made gold (``tests/annotations/suggestion_gold.py``)."""

    def __init__(self, name, text):
        self.name, self.text = name, text

    def spans(self):
        return gold_spans(self.text, GOLD[self.name])


def seed_pages():
    return [SeedPage(name, text) for name, text in seed_texts().items()]


def batch_of(page):
    return next(name for name, first, last in BATCHES if first <= page.number <= last)


def fit(pages, c, feature_set):
    """Coefficients of a regression on ``pages``' words, 0 for the features ``feature_set`` leaves out."""
    dropped = set(FEATURE_GROUPS[feature_set.removeprefix("without ")]) if feature_set != "all" else set()
    kept = [k for k, name in enumerate(subjective_words.FEATURES) if name not in dropped]
    X = np.vstack([p.X for p in pages])[:, kept]
    y = np.concatenate([p.y for p in pages])
    model = LogisticRegression(C=c, max_iter=3000)
    model.fit(X, y, sample_weight=np.concatenate([p.weight for p in pages]))
    coefficients = [0.0] * len(subjective_words.FEATURES)
    for k, w in zip(kept, model.coef_[0], strict=True):
        coefficients[k] = float(w)
    return {"features": list(subjective_words.FEATURES), "coefficients": coefficients,
            "intercept": float(model.intercept_[0])}


def rhetoric_score(pages, model):
    return score([(p.golds, p.suggestions(model)) for p in pages])["rhetoric"]


def worst(scores):
    """The worst batch's min(precision, recall), then the mean of them over the batches (to break ties)."""
    values = [min(s.precision, s.recall) for s in scores.values()]
    return min(values), sum(values) / len(values)


def per_batch(dev, models):
    """Each batch's rhetoric score, ``models[batch]`` (fitted without it) scoring it."""
    return {name: rhetoric_score([p for p in dev if batch_of(p) == name], models[name]) for name, _, _ in BATCHES}


def added(dev, models):
    """The scorer's own suggestions on the left-out batches, pooled: how many there are and how many are right."""
    pairs = [(p.golds, [s for s in p.suggestions(models[batch_of(p)]) if s.rule == subjective_words.RULE])
             for p in dev]
    return score(pairs)["rhetoric"]


def show(label, scores):
    cells = "  ".join(f"{name} R {s.recall:.2f} P {s.precision:.2f}" for name, s in scores.items())
    low, mean = worst(scores)
    print(f"  {label:<44} {cells}  | worst {low:.2f} mean {mean:.2f}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="fit the chosen settings on all dev pages and ship")
    parser.add_argument("--validate", action="store_true", help="print the chosen model's held-out figures")
    parser.add_argument("--added-precision", type=float, default=ADDED_PRECISION,
                        help="keep only settings whose scorer suggestions on the left-out batches are right at "
                        f"least this often (default {ADDED_PRECISION}, what ships; 0: any, the worst batch decides "
                        "alone)")
    args = parser.parse_args(argv)

    dev = [PageData(p) for p in load_pages("dev", last=LAST_PAGE)]
    print(f"dev: {len(dev)} pages, {sum(len(p.y) for p in dev)} candidate words, "
          f"{sum(p.y.sum() for p in dev)} inside gold rhetoric")
    print("leave-one-batch-out: rhetoric of the whole suggester on each batch, the scorer fitted without it")
    off = {"threshold": OFF, "article_gate": 0.0}
    show("rules alone (scorer off)", per_batch(dev, {name: off for name, _, _ in BATCHES}))

    seeds = [PageData(seed) for seed in seed_pages()]
    seeds_floor = rhetoric_score(seeds, off)
    print(f"seeds, rules alone: R {seeds_floor.recall:.2f} P {seeds_floor.precision:.2f} (settings that make "
          "either worse are not kept)")

    fitted = {}
    full = {}
    for c, feature_set in itertools.product(C_VALUES, FEATURE_SETS):
        fitted[c, feature_set] = {
            name: fit([p for p in dev if batch_of(p) != name], c, feature_set) for name, _, _ in BATCHES
        }
        full[c, feature_set] = fit(dev, c, feature_set)
    previous = {name: dict(model, threshold=PREVIOUS["threshold"], article_gate=PREVIOUS["article_gate"])
                for name, model in fitted[PREVIOUS["C"], PREVIOUS["feature_set"]].items()}
    show(f"shipped (C={PREVIOUS['C']}, {PREVIOUS['feature_set']}, gate {PREVIOUS['article_gate']}, "
         f"t={PREVIOUS['threshold']})",
         per_batch(dev, previous))

    tried = []
    for (c, feature_set), models in fitted.items():
        for gate, threshold in itertools.product(GATES, THRESHOLDS):
            chosen = {name: dict(m, threshold=threshold, article_gate=gate) for name, m in models.items()}
            own = added(dev, chosen)
            if threshold < OFF and own.suggested and own.precision < args.added_precision:
                continue
            on_seeds = rhetoric_score(seeds, dict(full[c, feature_set], threshold=threshold, article_gate=gate))
            if on_seeds.recall < seeds_floor.recall or on_seeds.precision < seeds_floor.precision:
                continue  # the seeds must not get worse
            tried.append(({"C": c, "feature_set": feature_set, "article_gate": gate, "threshold": threshold},
                          per_batch(dev, chosen), own))
        best = max(tried, key=lambda entry: worst(entry[1]))
        print(f"  best so far after C={c}, {feature_set}: {best[0]} worst {worst(best[1])[0]:.2f}", flush=True)
    # Within TOLERANCE of the best worst batch (a few spans of one batch), the most cautious settings win: the
    # highest threshold, then the highest gate, then the strongest regularisation; then the best mean.
    top = round(worst(best[1])[0], 6)
    settings, scores, own = max(
        (entry for entry in tried if round(worst(entry[1])[0], 6) >= round(top - TOLERANCE, 6)),
        key=lambda entry: (entry[0]["threshold"], entry[0]["article_gate"], -entry[0]["C"], worst(entry[1])[1]),
    )
    show(f"chosen (C={settings['C']}, {settings['feature_set']}, gate {settings['article_gate']}, "
         f"t={settings['threshold']})", scores)
    if settings["threshold"] >= OFF:
        print("the scorer does not help the worst batch: it ships silent")
    else:
        print(f"  the scorer's own suggestions on the left-out batches: {own.correct} of {own.suggested} right "
              f"({own.precision:.2f})")

    model = dict(full[settings["C"], settings["feature_set"]], **settings)
    if args.validate:
        held_out = [PageData(p) for p in load_pages("held_out", last=LAST_PAGE)]
        for label, chosen in (("rules alone", off), ("chosen", model)):
            s = rhetoric_score(held_out, chosen)
            print(f"held-out ({len(held_out)} pages), {label}: R {s.recall:.2f} P {s.precision:.2f} "
                  f"({s.found}/{s.gold} found, {s.correct}/{s.suggested} right)")
    if args.write:
        model["coefficients"] = [round(w, 4) for w in model["coefficients"]]
        model["intercept"] = round(model["intercept"], 4)
        OUTPUT.write_text(json.dumps(model, indent=1) + "\n", "utf-8")
        print(f"wrote {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
