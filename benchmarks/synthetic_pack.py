"""A synthetic lesson pack of any size, for the benchmarks: a long article and many key spans."""

from __future__ import annotations

import random
from pathlib import Path

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "zu", "pe", "do", "ha", "ji", "xo"]


def _vocabulary(size: int, rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def write_pack(root: Path, *, words: int = 50_000, key_spans: int = 2_000, seed: int = 7) -> Path:
    """Write a valid pack to ``root`` and return it.

    The article has ``words`` words in sentences of 8 to 20 words; each key span quotes one
    sentence (unique by construction: every sentence starts with its own number word).
    """
    rng = random.Random(seed)
    vocabulary = _vocabulary(5_000, rng)
    sentences: list[str] = []
    count = 0
    while count < words:
        length = rng.randint(8, 20)
        body = [f"s{len(sentences)}"] + [rng.choice(vocabulary) for _ in range(length - 1)]
        sentences.append(" ".join(body).capitalize() + ".")
        count += length
    paragraphs = [" ".join(sentences[i : i + 6]) for i in range(0, len(sentences), 6)]
    root.mkdir(parents=True, exist_ok=True)
    (root / "lessons").mkdir(exist_ok=True)
    (root / "article.md").write_text(
        "# A long synthetic article\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8"
    )
    lessons = 10
    per_exercise = key_spans // (lessons * 2)
    chosen = iter(rng.sample(sentences, key_spans))
    files = []
    for lesson in range(lessons):
        name = f"lessons/lesson-{lesson:02}.toml"
        files.append(name)
        lines = [f'id = "lesson-{lesson}"', f'title = "Lesson {lesson}"', ""]
        for exercise in range(2):
            lines += [
                "[[exercises]]",
                f'id = "mark-{exercise}"',
                'kind = "mark"',
                f'title = "Marking {exercise}"',
                "points = 5",
                "",
            ]
            for _ in range(per_exercise):
                quote = next(chosen)
                label = rng.choice(["claim", "evidence"])
                lines += [
                    "[[exercises.key]]",
                    f'quote = "{quote}"',
                    f'label = "{label}"',
                    'explanation = "Synthetic."',
                    "",
                ]
        (root / name).write_text("\n".join(lines), encoding="utf-8")
    listed = ", ".join(f'"{name}"' for name in files)
    (root / "pack.toml").write_text(
        f"""format = 1
id = "synthetic"
version = "1.0"
title = "Synthetic benchmark pack"
lessons = [{listed}]

[[labels]]
id = "claim"
name = "Claim"
color = "#d55e00"

[[labels]]
id = "evidence"
name = "Evidence"
color = "#0072b2"
""",
        encoding="utf-8",
    )
    return root
