"""Anchoring many answer-key quotes in a long article, as `closeread check` does.

    .venv/bin/python benchmarks/bench_anchoring.py

Prints the time to anchor 2,000 quotes that each occur hundreds of times in a
1.8-million-character article (every one ambiguous, so each is counted for its message),
2,000 quotes that are not in it, 2,000 sentences that are each there once, and 200
self-overlapping quotes in a text of one letter: all the quotes found together, as the
loader does (``Anchors``), and one at a time for comparison (``anchor``); medians.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import statistics
import time
from pathlib import Path

from closeread.core.pack.anchoring import AnchorError, Anchors, TextQuote, anchor
from closeread.core.pack.load import load_pack

ROOT = Path(__file__).resolve().parents[1]


def together(text: str, quotes: list[TextQuote]) -> float:
    started = time.perf_counter()
    anchors = Anchors(text, quotes)
    for quote in quotes:
        with contextlib.suppress(AnchorError):
            anchors.anchor(quote)
    return time.perf_counter() - started


def alone(text: str, quotes: list[TextQuote]) -> float:
    started = time.perf_counter()
    for quote in quotes:
        with contextlib.suppress(AnchorError):
            anchor(text, quote)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    article = load_pack(ROOT / "lessons" / "cyber-threat-oped").pack.article.text
    text = (article + "\n") * (1_800_000 // len(article))
    rng = random.Random(1)
    ambiguous = []
    for _ in range(2_000):
        start = rng.randrange(0, len(article) - 40)
        ambiguous.append(TextQuote(article[start : start + rng.randrange(1, 40)]))
    missing = [TextQuote(f"zq{number}x") for number in range(2_000)]
    words = article.split()
    sentences = [" ".join(rng.choices(words, k=12)) + f" {n}." for n in range(2_000)]
    unique_text = text[: 1_800_000 - sum(len(s) + 1 for s in sentences)] + " ".join(sentences)
    unique = [TextQuote(sentence) for sentence in sentences]
    overlapping = [TextQuote("a" * n) for n in range(1, 201)]
    cases = [
        ("2,000 ambiguous quotes", text, ambiguous),
        ("2,000 quotes not in the article", text, missing),
        ("2,000 sentences there once each", unique_text, unique),
        ("200 self-overlapping quotes in 1.8M 'a'", "a" * 1_800_000, overlapping),
    ]
    print(f"article: {len(text):,} characters")
    for name, haystack, quotes in cases:
        found = statistics.median(together(haystack, quotes) for _ in range(runs))
        one = statistics.median(alone(haystack, quotes) for _ in range(runs))
        print(f"{name}: {found:.2f} s together ({one:.2f} s one at a time)", flush=True)


if __name__ == "__main__":
    main()
