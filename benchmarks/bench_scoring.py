"""How fast the marked-span rule scores a long text.

2,000 key spans against 2,000 marks on a synthetic 50,000-word text. The marks are
what a class makes of a key: boundaries a few words off, some wrong labels, some
marks across two key spans, some extra marks and some key spans nobody found.

    .venv/bin/python benchmarks/bench_scoring.py [--runs N] [--seed S]

Prints median and best times; the budget is 50 ms for ``score_spans`` with the
text's tokenisation included (the app tokenises an article once and caches it).
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import time
from collections import Counter

from closeread.core.grading.spans import Span, TokenizedText, score_spans, tokenize

LABELS = ("claim", "evidence", "analogy")
WORDS = [
    "cyber",
    "security",
    "China's",
    "internet",
    "conference",
    "delegates",
    "research",
    "threat",
    "governance",
    "nation",
    "cooperation",
    "global",
    "policy",
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "is",
    "that",
    "for",
    "it",
    "as",
    "with",
    "was",
    "on",
    "digital",
    "network",
    "don’t",
    "report",
    "hackers",
    "agreement",
    "rules",
    "norms",
    "interests",
    "states",
]


def synthetic_text(rng: random.Random, n_words: int) -> tuple[str, list[tuple[int, int]]]:
    """A text of ``n_words`` words in sentences, and the offsets of every word."""
    parts: list[str] = []
    words: list[tuple[int, int]] = []
    position = 0
    sentence_left = rng.randint(8, 30)
    for _ in range(n_words):
        word = rng.choice(WORDS)
        words.append((position, position + len(word)))
        sentence_left -= 1
        if sentence_left == 0:
            separator = rng.choice([". ", "? ", ".\n"])
            sentence_left = rng.randint(8, 30)
        else:
            separator = rng.choice([" ", " ", " ", ", "])
        parts += [word, separator]
        position += len(word) + len(separator)
    return "".join(parts), words


def synthetic_answer(
    rng: random.Random, words: list[tuple[int, int]], n_spans: int
) -> tuple[list[Span], list[Span]]:
    stride = len(words) // n_spans
    key_words = []
    for i in range(n_spans):
        lo = i * stride + rng.randint(0, 3)
        key_words.append((lo, lo + rng.randint(4, stride - 4), rng.choice(LABELS)))

    mark_words = []
    for lo, hi, label in key_words:
        roll = rng.random()
        if roll < 0.08:  # never found: an extra mark somewhere else instead
            start = rng.randrange(len(words) - 20)
            mark_words.append((start, start + rng.randint(3, 20), rng.choice(LABELS)))
        elif roll < 0.13:  # one mark across this key span and the next
            mark_words.append((lo, min(len(words), hi + stride), label))
        else:
            start = max(0, lo + rng.randint(-3, 3))
            end = min(len(words), max(start + 1, hi + rng.randint(-3, 3)))
            wrong = rng.random() < 0.15
            mark_words.append((start, end, rng.choice(LABELS) if wrong else label))

    def to_span(lo: int, hi: int, label: str) -> Span:
        return Span(words[lo][0], words[hi - 1][1], label)

    return [to_span(*k) for k in key_words], [to_span(*m) for m in mark_words]


def timed(function, runs: int, setup=None) -> tuple[list[float], object]:
    """Run ``function`` ``runs`` times; ``setup`` and a garbage collection run untimed first."""
    times, result = [], None
    for _ in range(runs):
        if setup is not None:
            setup()
        gc.collect()
        begin = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - begin) * 1000)
    return times, result


def report(name: str, times: list[float]) -> None:
    print(f"{name:<42} median {statistics.median(times):7.2f} ms   min {min(times):7.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--seed", type=int, default=2015)
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--spans", type=int, default=2_000)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    text, words = synthetic_text(rng, args.words)
    key, marks = synthetic_answer(rng, words, args.spans)
    near_miss = {("claim", "evidence"): 0.5, ("evidence", "claim"): 0.25}
    print(
        f"text: {len(words):,} words, {len(text):,} characters; "
        f"{len(key):,} key spans, {len(marks):,} marks; {args.runs} runs"
    )

    tokenising, tokens = timed(lambda: TokenizedText(text), args.runs)

    cold_times, _ = timed(
        lambda: score_spans(text, key, marks, label_credit=near_miss),
        args.runs,
        setup=tokenize.cache_clear,
    )
    warm_times, result = timed(
        lambda: score_spans(tokens, key, marks, label_credit=near_miss), args.runs
    )

    report("tokenise the text", tokenising)
    report("score_spans, tokenisation included", cold_times)
    report("score_spans on the tokenised text", warm_times)
    kinds = Counter(outcome.kind for outcome in result.outcomes)
    print(
        f"score {result.score:.4f}, precision {result.precision:.4f}, recall {result.recall:.4f}; "
        + ", ".join(
            f"{kind} {kinds[kind]}" for kind in ("hit", "partial", "wrong_label", "extra", "missed")
        )
    )


if __name__ == "__main__":
    main()
