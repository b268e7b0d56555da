"""Fit the weights of the subjective-word scorer (``annotations/suggestions/subjective_words.py``) on the dev pages.

    python -m benchmarks.fit_rhetoric_weights [--folds 8] [--precision 0.6] [--gate 0.13] [-C 0.3] [--write]
                                              [--validate]

Every candidate word of a dev page's content lines is a row: its features (lexicons and context, never the word
itself) and a label, whether the word lies inside a gold rhetoric span. A logistic regression is fitted by
leave-pages-out cross-validation (folds of whole pages, so no page's own words score it); on the held-out folds
the script scores the scorer's suggestions alone and added to the rules' (only where the rules found nothing),
and picks the threshold: the lowest whose scorer-alone precision on the folds reaches ``--precision`` (``-C 0``
also picks the regularisation). The scorer stays silent in an article whose share of lexicon-rated words is
below ``--gate``. With ``--write`` it fits on all dev pages and writes the coefficients and the threshold
to ``annotations/suggestions/data/rhetoric_word_weights.json``. ``--validate`` prints the aggregate figures of
the chosen model on the held-out pages at a few thresholds (for choosing between models, not for tuning words).
"""

import argparse
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from annotations.suggestions import boilerplate, subjective_words  # noqa: E402
from annotations.suggestions.base import split_lines  # noqa: E402
from annotations.suggestions.lexicon import DEFAULT_LEXICON  # noqa: E402
from annotations.suggestions.suggester import suggest  # noqa: E402
from tests.annotations.suggestion_gold import score  # noqa: E402
from tests.corpus.pages import PAGES, Page  # noqa: E402

OUTPUT = ROOT / "annotations" / "suggestions" / "data" / subjective_words.WEIGHTS_FILE
THRESHOLDS = [round(0.2 + 0.025 * k, 3) for k in range(25)]
C_VALUES = (0.1, 0.3, 1.0, 3.0)
DEFAULT_C = 0.3
# Only pages up to this number are read here; later batches are kept for a final measure.
LAST_PAGE = 83
SPAN_WEIGHTING = 1.0
# The scorer stays silent in an article where fewer than this share of candidate words are lexicon-rated: on the
# dev folds its additions in such articles were all wrong (0 of 12 at threshold 0.35).
ARTICLE_GATE = 0.13


def rules_only(text):
    """The rules' rhetoric suggestions: the suggester with a scorer that never fires (whatever weights ship)."""
    shipped = subjective_words.weights
    silent = {"features": list(subjective_words.FEATURES), "coefficients": [0.0] * len(subjective_words.FEATURES),
              "intercept": 0.0, "threshold": 2.0}
    subjective_words.weights = lambda: silent
    try:
        return suggest(text, tag="rhetoric")
    finally:
        subjective_words.weights = shipped


class PageData:
    def __init__(self, page):
        self.page = page
        lines = split_lines(page.text)
        furniture = {(s.start, s.end) for s in boilerplate.suggest(lines)}
        self.content = [line for line in lines if (line.start, line.end) not in furniture]
        self.golds = [g for g in page.spans() if g.tag == "rhetoric"]
        self.rules = rules_only(page.text)
        self.words = [w for words in subjective_words.article_words(self.content) for w in words]
        self.X = np.array([[w.features[name] for name in subjective_words.FEATURES] for w in self.words])
        self.y = np.array([any(g.start < w.end and w.start < g.end for g in self.golds) for w in self.words])
        # A word of a long gold phrase ("bore the brunt") weighs less: the phrase, not each word, is the rhetoric.
        self.weight = np.array([
            min([1.0] + [1 / max(1, len(subjective_words.WORD.findall(page.text[g.start:g.end])))
                         for g in self.golds if g.start < w.end and w.start < g.end]) ** SPAN_WEIGHTING
            for w in self.words
        ])


def pages_up_to_last(split):
    """The corpus pages of ``split`` numbered up to ``LAST_PAGE``; the files of later pages are not even read."""
    pages = []
    for path in sorted(PAGES.glob("*.txt")):
        number = path.name.split("_", 1)[0]
        if not number.isdigit() or int(number) > LAST_PAGE:
            continue
        text = unicodedata.normalize("NFC", path.read_text("utf-8").replace("\r\n", "\n"))
        gold = json.loads(path.with_suffix(".json").read_text("utf-8"))
        gold["attribution"] = [tuple(pair) for pair in gold["attribution"]]
        if gold["split"] == split:
            pages.append(Page(path.stem, text, gold["shape"], gold["split"], gold))
    return pages


def fit(pages, c, gate):
    X = np.vstack([p.X for p in pages])
    y = np.concatenate([p.y for p in pages])
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(X, y, sample_weight=np.concatenate([p.weight for p in pages]))
    return {"features": list(subjective_words.FEATURES), "coefficients": [float(w) for w in model.coef_[0]],
            "intercept": float(model.intercept_[0]), "article_gate": gate}


def figures(pages, model, threshold):
    """Rhetoric scores of the scorer alone, of its additions, of the rules and of rules plus additions."""
    model = dict(model, threshold=threshold)
    alone, added, rules, combined = [], [], [], []
    for p in pages:
        own = subjective_words.suggest(p.content, [], model, DEFAULT_LEXICON)
        extra = subjective_words.suggest(p.content, p.rules, model, DEFAULT_LEXICON)
        alone.append((p.golds, own))
        added.append((p.golds, extra))
        rules.append((p.golds, p.rules))
        combined.append((p.golds, p.rules + extra))
    return {name: score(pairs)["rhetoric"] for name, pairs in
            (("alone", alone), ("added", added), ("rules", rules), ("combined", combined))}


def line(label, s):
    return f"{label} R {s.recall:.2f} P {s.precision:.2f} ({s.found}/{s.gold} found, {s.correct}/{s.suggested} right)"


def cross_validate(pages, folds, c, gate):
    """Per fold: a model fitted on the other folds' pages, and the fold's pages."""
    order = sorted(range(len(pages)), key=lambda k: pages[k].page.name)
    return [
        (fit([pages[k] for k in order if k % folds != f], c, gate), [pages[k] for k in order if k % folds == f])
        for f in range(folds)
    ]


def pooled(fold_models, threshold):
    totals = None
    for model, test in fold_models:
        result = figures(test, model, threshold)
        if totals is None:
            totals = result
        else:
            for name, s in result.items():
                t = totals[name]
                t.gold += s.gold
                t.found += s.found
                t.suggested += s.suggested
                t.correct += s.correct
    return totals


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=8)
    parser.add_argument("--precision", type=float, default=0.6,
                        help="the scorer's own precision on the held-out folds the threshold must reach")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--validate", action="store_true")
    parser.add_argument("--gate", type=float, default=ARTICLE_GATE, help="share of rated words below which "
                        "the scorer is silent")
    parser.add_argument("-C", type=float, default=DEFAULT_C,
                        help="regularisation; 0 tries several and keeps the one whose folds find most")
    args = parser.parse_args(argv)

    dev = [PageData(p) for p in pages_up_to_last("dev")]
    print(f"dev: {len(dev)} pages, {sum(len(p.y) for p in dev)} candidate words, "
          f"{sum(p.y.sum() for p in dev)} inside gold rhetoric")
    best = None
    for c in ([args.C] if args.C else C_VALUES):
        fold_models = cross_validate(dev, args.folds, c, args.gate)
        print(f"C={c}: leave-pages-out folds ({args.folds})")
        chosen = None
        for threshold in THRESHOLDS:
            result = pooled(fold_models, threshold)
            print(f"  t={threshold:.3f}  {line('alone', result['alone'])}  |  {line('added', result['added'])}  |  "
                  f"{line('combined', result['combined'])}")
            if chosen is None and result["alone"].precision >= args.precision:
                chosen = (threshold, result)
        if chosen is None:
            continue
        threshold, result = chosen
        print(f"  rules alone on the folds: {line('rules', result['rules'])}")
        print(f"  chosen t={threshold}: {line('combined', result['combined'])}")
        if best is None or result["combined"].found > best[2]["combined"].found:
            best = (c, threshold, result)
    if best is None:
        print("no threshold reaches the precision asked for")
        return
    c, threshold, _ = best
    print(f"chosen: C={c}, threshold {threshold}")
    model = dict(fit(dev, c, args.gate), threshold=threshold, C=c)
    if args.validate:
        for name, prefixes in (("held-out 74-83", range(74, 84)), ("held-out before 74", range(1, 74))):
            pages = [PageData(p) for p in pages_up_to_last("held_out") if int(p.name[:2]) in prefixes]
            print(name)
            for t in sorted({threshold, *THRESHOLDS[::2]}):
                result = figures(pages, model, t)
                print(f"  t={t:.3f}  {line('alone', result['alone'])}  |  {line('added', result['added'])}  |  "
                      f"{line('combined', result['combined'])}")
    if args.write:
        model["coefficients"] = [round(w, 4) for w in model["coefficients"]]
        model["intercept"] = round(model["intercept"], 4)
        OUTPUT.write_text(json.dumps(model, indent=1) + "\n", "utf-8")
        print(f"wrote {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
