"""How the marked-span rule scores annotators of realistic quality, and blanket marking.

A valid grade gives two careful readers nearly full marks against each other and
gives nothing for strategies that need no reading. On the bundled article, the gold
annotation is the key of lesson 1's two claim/evidence exercises (18 sentences: 5
claims, 13 evidence). Simulated annotators each find a share of the gold units, with
their boundaries a few words off, some labels swapped, and a few extra marks on other
sentences; they are scored against each other (one as the key, the other as the
answer, both ways). The blanket baselines mark every sentence of the article.

    PYTHONPATH=src python benchmarks/bench_agreement.py [--pairs N] [--seed S]

Prints the mean score of each comparison under the rule in force (docs/scoring.md)
and under the first rule (θ gate on the longer span, Dice credit, no sentence zones,
no chance correction), for two annotator profiles.
"""

from __future__ import annotations

import argparse
import random
import statistics
from pathlib import Path

from closeread.core.grading.archetypes import sentence_spans
from closeread.core.grading.matching import max_weight_matching
from closeread.core.grading.spans import Span, TokenizedText, score_spans, tokenize
from closeread.core.pack.load import load_pack

PACK = Path(__file__).resolve().parents[1] / "lessons" / "cyber-threat-oped"
LABELS = ("claim", "evidence")

# (find, label confusion, boundary jitter in words, extra marks per gold unit)
PROFILES = {
    "brief (85% found, 10% labels swapped, ±2 words)": (0.85, 0.10, 2, 0.10),
    "calibrated (95% found, 4% swapped, ±2 words)": (0.95, 0.04, 2, 0.04),
}


def first_rule(tokens: TokenizedText, key: list[Span], marks: list[Span]) -> float:
    """The first rule: θ = 0.5 on the longer span, Dice credit, soft F1."""
    if not key and not marks:
        return 1.0
    key_ranges = tokens.token_ranges(key, "key span")
    mark_ranges = tokens.token_ranges(marks, "mark")
    edges, weights = [], []
    for m, (mlo, mhi) in enumerate(mark_ranges):
        for k, (klo, khi) in enumerate(key_ranges):
            shared = min(mhi, khi) - max(mlo, klo)
            if shared > 0 and shared / max(mhi - mlo, khi - klo) >= 0.5:
                same = marks[m].label == key[k].label
                edges.append((m, k))
                weights.append((2 * shared / (mhi - mlo + khi - klo) * same, 1))
    chosen = max_weight_matching(edges, lambda i: weights[i])
    total = sum(weights[i][0] for i in chosen)
    return 2 * total / (len(marks) + len(key))


def annotator(
    rng: random.Random,
    tokens: TokenizedText,
    gold: list[Span],
    others: list[tuple[int, int]],
    profile: tuple[float, float, int, float],
) -> list[Span]:
    find, confusion, jitter, extras = profile
    marks = []
    for unit in gold:
        if rng.random() >= find:
            continue
        lo, hi = tokens.token_range(unit.start, unit.end)
        # Boundaries a few words off, inside the unit's sentence: a reader who marks
        # whole sentences may leave out "Indeed," or take in the words before a clause,
        # but does not run on into the next sentence.
        first, last = tokens.sentences_around(lo, hi)
        lo = min(max(first, lo + rng.randint(-jitter, jitter)), hi - 1)
        hi = max(lo + 1, min(last, hi + rng.randint(-jitter, jitter)))
        label = unit.label
        if rng.random() < confusion:
            label = next(other for other in LABELS if other != label)
        marks.append(Span(tokens.token_offsets(lo)[0], tokens.token_offsets(hi - 1)[1], label))
    for start, end in others:
        if rng.random() < extras * len(gold) / len(others):
            marks.append(Span(start, end, rng.choice(LABELS)))
    return marks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=500)
    parser.add_argument("--seed", type=int, default=2015)
    args = parser.parse_args()

    pack = load_pack(PACK).pack
    assert pack is not None
    text = pack.article.text
    tokens = tokenize(text)
    lesson = pack.lesson("claims-and-evidence")
    gold = [
        Span(k.start, k.end, k.label)
        for exercise_id in ("mark-first-half", "mark-reasons")
        for k in lesson.exercise(exercise_id).key  # type: ignore[union-attr]
    ]
    sentences = sentence_spans(tokens)
    others = [(s, e) for s, e in sentences if not any(g.start < e and s < g.end for g in gold)]
    print(
        f"bundled article: {len(sentences)} sentences; gold: {len(gold)} units "
        f"({sum(g.label == 'claim' for g in gold)} claims); {args.pairs} pairs per profile\n"
    )

    def both(key: list[Span], marks: list[Span]) -> tuple[float, float]:
        return score_spans(tokens, key, marks).score, first_rule(tokens, key, marks)

    print(f"{'comparison':58} {'this rule':>10} {'first rule':>11}")
    rng = random.Random(args.seed)
    for name, profile in PROFILES.items():
        new, old, gold_new, gold_old = [], [], [], []
        for _ in range(args.pairs):
            a = annotator(rng, tokens, gold, others, profile)
            b = annotator(rng, tokens, gold, others, profile)
            for key, marks in ((a, b), (b, a)):
                n, o = both(key, marks)
                new.append(n)
                old.append(o)
            n, o = both(gold, a)
            gold_new.append(n)
            gold_old.append(o)
        print(
            f"{'annotator vs annotator, ' + name:58} {statistics.mean(new):10.3f} "
            f"{statistics.mean(old):11.3f}"
        )
        print(
            f"{'annotator vs gold, ' + name:58} {statistics.mean(gold_new):10.3f} "
            f"{statistics.mean(gold_old):11.3f}"
        )
    blankets = {
        "every sentence as evidence": [Span(s, e, "evidence") for s, e in sentences],
        "every sentence as a claim": [Span(s, e, "claim") for s, e in sentences],
        "every sentence with both labels": [
            Span(s, e, label) for s, e in sentences for label in LABELS
        ],
    }
    for name, marks in blankets.items():
        n, o = both(gold, marks)
        print(f"{name + ' vs gold':58} {n:10.3f} {o:11.3f}")


if __name__ == "__main__":
    main()
