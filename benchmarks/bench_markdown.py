"""Markdown near the size caps, as `closeread check`, install and the app read it.

    .venv/bin/python benchmarks/bench_markdown.py [--runs 3] [NAME ...]

Each shape is written as the article of a small pack (up to the 2,000,000-character cap)
and loaded the way `check`, install and opening a pack do; the last shapes are a prose
field at its 20,000-character cap and teacher notes at theirs. Prints one line per
shape, ``NAME: N s``, the median of the runs, and says when the text was refused
(with the checker's message) instead of rendered. Budget (issue 20): under 2 s each.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from closeread.core.pack.load import load_pack
from closeread.core.pack.markdown_guard import MAX_MARKS, count_marks
from closeread.core.pack.rendering import (
    MAX_ARTICLE_CHARS,
    MAX_NOTES_CHARS,
    MAX_PROSE_CHARS,
    TooLong,
    markdown_to_html,
)

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = MAX_ARTICLE_CHARS - 1_000
WORDS = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "


def fill(unit: str, size: int = ARTICLE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _prose() -> str:
    return (ROOT / "lessons" / "cyber-threat-oped" / "article.md").read_text(encoding="utf-8")


def at_the_limit(unit: str) -> str:
    """As many ``unit`` as the mark limit allows, then plain paragraphs up to the cap."""
    dense = unit * (MAX_MARKS // count_marks(unit))
    return dense + "\n\n" + fill(WORDS * 8 + "\n\n", ARTICLE - len(dense) - 2)


DENSE = {
    "emphasis": "Some *em* and **strong** and _u_ words " * 6 + "\n\n",
    "links": 'see [a link](page.md) and [more](b.md "t") ' * 5 + "\n\n",
    "reference links": "see [a][r1] and [b][r2] now " * 8 + "\n\n[r1]: a.md\n[r2]: b.md\n\n",
    "pipe tables": "| a | b | c |\n| --- | --- | --- |\n" + "| x | *y* | z |\n" * 20 + "\n",
    "HTML entities": "&amp; &lt; &#169; &copy; " * 10 + "\n\n",
    "lists nested 8 deep": "".join("    " * depth + "- item words\n" for depth in range(8)) + "\n",
    "quotes nested 8 deep": "> " * 8 + "quoted words here\n\n",
    "short lists": "1. one\n2. two\n- a\n- b\n\n",
    "inline code": "`code` and `more code` " * 5 + "\n\n",
    "typed HTML tags": "<b>x</b> " * 20 + "\n\n",
    "headings": "## a heading\n\n",
    "32 [ per paragraph": "[" * 32 + " x\n\n",
    "reference definitions": "[r]: x.md\n\n",
}


def article_shapes() -> dict[str, str]:
    return {
        **{
            f"{name} up to the mark limit, then prose": at_the_limit(unit)
            for name, unit in DENSE.items()
        },
        "ordinary prose (the bundled article, repeated)": fill(_prose() + "\n\n"),
        "one paragraph of plain words": fill(WORDS),
        **{f"{name}, all the way": fill(unit) for name, unit in DENSE.items()},
        "100,000 [ (sweep)": "[" * 100_000,
        "80,000 &amp; (sweep)": "&amp;" * 80_000,
        "50,000 reference definitions (sweep)": "".join(
            f"[r{i}]: x{i}.md\n" for i in range(50_000)
        ),
        "- * 400 times (sweep)": "- * " * 400,
        "250 [ per paragraph": fill("[" * 250 + "\n\n"),
        "50 &amp; per paragraph": fill("&amp;" * 50 + "\n\n"),
        "30 [ then one long paragraph": "[" * 30 + " " + fill(WORDS, ARTICLE - 31),
        "250 backticks then one long paragraph": "`" * 250 + " " + fill(WORDS, ARTICLE - 251),
        "1,000 unclosed comments then one long paragraph": (
            "<!--" * 1_000 + fill(WORDS, ARTICLE - 4_000)
        ),
    }


def field_shapes() -> dict[str, tuple[str, int, bool]]:
    """(text, limit, tables) rendered as a prose field or as the teacher notes."""
    worst = "".join("    " * depth + "- [a](b) *c*\n" for depth in range(8))
    table = "| a | b | c |\n| --- | --- | --- |\n" + "| x | *y* | z |\n" * 20 + "\n"
    prose, notes = MAX_PROSE_CHARS, MAX_NOTES_CHARS
    return {
        "a prose field at its cap, lists and links": (fill(worst, prose), prose, False),
        "a prose field at its cap, 32 [ per paragraph": (
            fill("[" * 32 + " x\n\n", prose),
            prose,
            False,
        ),
        "teacher notes at their cap, ordinary prose": (fill(_prose() + "\n\n", notes), notes, True),
        "teacher notes at their cap, table-heavy": (fill(table, notes), notes, True),
    }


def write_pack(folder: Path, article: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "lessons").mkdir(exist_ok=True)
    (folder / "article.md").write_text(article, encoding="utf-8")
    (folder / "lessons" / "one.toml").write_text(
        'id = "one"\ntitle = "One"\n\n[[exercises]]\nid = "q"\nkind = "short"\n'
        'title = "Q"\nprompt = "Why?"\naccept = ["because"]\n',
        encoding="utf-8",
    )
    (folder / "pack.toml").write_text(
        'format = 1\nid = "bench"\nversion = "1.0"\ntitle = "Bench"\n'
        'lessons = ["lessons/one.toml"]\n\n'
        '[[labels]]\nid = "claim"\nname = "Claim"\ncolor = "#d55e00"\n',
        encoding="utf-8",
    )
    return folder


def median_time(work: Callable[[], str], runs: int) -> tuple[float, str]:
    times, outcome = [], ""
    for _ in range(runs):
        started = time.perf_counter()
        outcome = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), outcome


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("names", nargs="*", help="only the shapes whose name starts so")
    args = parser.parse_args()

    def wanted(name: str) -> bool:
        return not args.names or any(name.startswith(prefix) for prefix in args.names)

    with tempfile.TemporaryDirectory() as temporary:
        for number, (name, text) in enumerate(article_shapes().items()):
            if not wanted(name):
                continue
            pack = write_pack(Path(temporary) / f"p{number}", text)

            def load(pack: Path = pack) -> str:
                loaded = load_pack(pack)
                errors = [p.message for p in loaded.problems if p.severity == "error"]
                return f" (refused: {errors[0]})" if errors else ""

            seconds, outcome = median_time(load, args.runs)
            print(f"{name}: {seconds:.2f} s{outcome}", flush=True)
    for name, (text, limit, tables) in field_shapes().items():
        if not wanted(name):
            continue

        def render(text: str = text, limit: int = limit, tables: bool = tables) -> str:
            try:
                markdown_to_html(text, limit=limit, tables=tables)
            except TooLong as error:
                return f" (refused: {error})"
            return ""

        seconds, outcome = median_time(render, args.runs)
        print(f"{name}: {seconds:.2f} s{outcome}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
