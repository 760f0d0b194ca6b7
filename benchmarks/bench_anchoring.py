"""Anchoring many answer-key quotes in a long article, as `closeread check` does.

    .venv/bin/python benchmarks/bench_anchoring.py

Prints the time to anchor 2,000 quotes that each occur hundreds of times in a
1.8-million-character article (every one ambiguous, so each is counted for its message),
2,000 quotes that are not in it, and 200 self-overlapping quotes in a text of one letter.
"""

from __future__ import annotations

import contextlib
import random
import time
from pathlib import Path

from closeread.core.pack.anchoring import AnchorError, TextQuote, anchor
from closeread.core.pack.load import load_pack

ROOT = Path(__file__).resolve().parents[1]


def timed(text: str, quotes: list[TextQuote]) -> float:
    started = time.perf_counter()
    for quote in quotes:
        with contextlib.suppress(AnchorError):
            anchor(text, quote)
    return time.perf_counter() - started


def main() -> None:
    article = load_pack(ROOT / "lessons" / "cyber-threat-oped").pack.article.text
    text = (article + "\n") * (1_800_000 // len(article))
    rng = random.Random(1)
    ambiguous = []
    for _ in range(2_000):
        start = rng.randrange(0, len(article) - 40)
        ambiguous.append(TextQuote(article[start : start + rng.randrange(1, 40)]))
    missing = [TextQuote(f"zq{number}x") for number in range(2_000)]
    overlapping = [TextQuote("a" * n) for n in range(1, 201)]
    print(f"article: {len(text):,} characters")
    print(f"2,000 ambiguous quotes: {timed(text, ambiguous):.2f} s")
    print(f"2,000 quotes not in the article: {timed(text, missing):.2f} s")
    print(f"200 self-overlapping quotes in 1.8M 'a': {timed('a' * 1_800_000, overlapping):.2f} s")


if __name__ == "__main__":
    main()
