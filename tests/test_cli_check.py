"""`closeread check`: every broken pack prints the exact line a teacher's editor jumps to.

Each case copies the small valid pack in fixtures/minipack, breaks it one way, runs the real
command and compares every line it prints. Paths are printed as the user typed them, so the
tests run from tmp_path and name the pack "pack" (or "pack.zip").
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import struct
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from closeread.cli import main
from closeread.core.pack import markdown_guard, rendering
from closeread.core.pack import source as packsource
from closeread.core.toml import read as tomlfile

ROOT = Path(__file__).resolve().parents[1]
MINIPACK = Path(__file__).parent / "core" / "fixtures" / "minipack"
BUNDLED = ROOT / "lessons" / "cyber-threat-oped"
bundled_pack_ready = pytest.mark.skipif(
    not (BUNDLED / "pack.toml").exists(), reason="the bundled pack is not written yet"
)

Breakage = Callable[[Path], object]
OK = "pack: ok, 1 lesson, 5 exercises"  # the summary of a fine minipack


# --- running the command ---------------------------------------------------------------------


def check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    code = main(["check", *args])
    captured = capsys.readouterr()
    assert captured.err == ""
    return code, captured.out.splitlines()


def run_module(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "closeread", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh copy of minipack at tmp_path/pack, with tmp_path the working folder."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(MINIPACK, tmp_path / "pack")
    return tmp_path / "pack"


# --- ways to break a pack --------------------------------------------------------------------


def replace(relative: str, old: str, new: str) -> Breakage:
    """Replace the one place ``old`` stands in a file of the pack."""

    def apply(pack: Path) -> None:
        path = pack / relative
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} must stand exactly once in {relative}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    return apply


def replace_bytes(relative: str, old: bytes, new: bytes) -> Breakage:
    def apply(pack: Path) -> None:
        path = pack / relative
        data = path.read_bytes()
        assert data.count(old) == 1
        path.write_bytes(data.replace(old, new))

    return apply


def append(relative: str, text: str) -> Breakage:
    def apply(pack: Path) -> None:
        path = pack / relative
        path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")

    return apply


def delete(relative: str) -> Breakage:
    return lambda pack: (pack / relative).unlink()


def all_of(*breakages: Breakage) -> Breakage:
    def apply(pack: Path) -> None:
        for breakage in breakages:
            breakage(pack)

    return apply


def second_lesson(pack: Path) -> None:
    """A second lesson file that is a copy of the first, so its id repeats."""
    shutil.copy(pack / "lessons/one.toml", pack / "lessons/two.toml")
    replace("pack.toml", '["lessons/one.toml"]', '["lessons/one.toml", "lessons/two.toml"]')(pack)


def article_links_outside(pack: Path) -> None:
    outside = pack.parent / "outside.md"
    outside.write_text("# Somebody else's file\n", encoding="utf-8")
    (pack / "article.md").unlink()
    os.symlink(outside, pack / "article.md")


def lesson_in_utf16(pack: Path) -> None:
    """What a Windows editor's "Unicode" saves: UTF-16 with a byte-order mark."""
    path = pack / "lessons/one.toml"
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))


LESSON = "pack/lessons/one.toml"
META = "pack/pack.toml"
UNCLOSED = (
    "TOML syntax: the text in quotes is not closed before the end of the line "
    '(for text on several lines, use three quotes: """...""")'
)

WRITING_TASK = """
[[exercises]]
id = "respond"
kind = "writing"
title = "Respond"
words = [250, 400]

[[exercises.criteria]]
name = "Claim"
weight = 60
levels = ["none", "vague", "clear", "precise"]

[[exercises.criteria]]
name = "Evidence"
weight = 40
levels = ["none", "named", "quoted", "weighed"]
"""

# (breakage, the exact lines `closeread check pack` prints)
BROKEN_PACKS = [
    # TOML syntax and encoding
    pytest.param(
        replace("pack.toml", 'title = "A small pack"', 'title = "A small pack'),
        [f"{META}:5:22: error: {UNCLOSED}"],
        id="toml-syntax-pack",
    ),
    pytest.param(
        replace("lessons/one.toml", 'title = "Which is evidence?"', "title = 'Which is evidence?"),
        [f"{LESSON}:30:28: error: {UNCLOSED}"],
        id="toml-literal-string-not-closed",
    ),
    pytest.param(
        replace("lessons/one.toml", "points = 4", "points = = 4"),
        [f"{LESSON}:9:10: error: TOML syntax: invalid value"],
        id="toml-syntax-lesson",
    ),
    pytest.param(
        replace("lessons/one.toml", 'title = "Which is evidence?"\n', 'title = "A"\ntitle = "B"\n'),
        [f"{LESSON}:31:12: error: TOML syntax: cannot overwrite a value"],
        id="toml-key-written-twice",
    ),
    pytest.param(
        replace_bytes("pack.toml", b"A. Writer", "Å. Wrï".encode() + b"\xfe"),
        [f"{META}:11:17: error: the file is not valid UTF-8 text"],
        id="not-utf8-pack-toml",
    ),
    pytest.param(
        lesson_in_utf16,
        [f"{LESSON}:1:1: error: the file is not valid UTF-8 text"],
        id="not-utf8-lesson-utf16",
    ),
    pytest.param(
        replace_bytes("article.md", b"Dogs, by", "Dögs".encode() + b"\xc3(, by"),
        ["pack/article.md:5:5: error: the file is not valid UTF-8 text"],
        id="not-utf8-article",
    ),
    # unknown keys
    pytest.param(
        replace("pack.toml", "description =", 'summary = "Cats"\ndescription ='),
        [f'{META}:6:1: error: unknown key "summary"'],
        id="unknown-key-top-level",
    ),
    pytest.param(
        replace("pack.toml", 'color = "#0072b2"', 'color = "#0072b2"\ncolour = "blue"'),
        [f'{META}:26:1: error: unknown key "colour" in labels[2]'],
        id="unknown-key-label",
    ),
    pytest.param(
        replace("lessons/one.toml", "points = 4", "points = 4\npoint = 4"),
        [f'{LESSON}:10:1: error: unknown key "point" in exercises[1]'],
        id="unknown-key-exercise",
    ),
    pytest.param(
        replace("lessons/one.toml", 'accept = ["cats and dogs"]', 'answer = "cats and dogs"'),
        [f'{LESSON}:77:1: error: unknown key "answer" in exercises[5].parts[1]'],
        id="unknown-key-analogy-part",
    ),
    pytest.param(
        replace("lessons/one.toml", 'label = "claim"', 'lable = "claim"'),
        [
            f'{LESSON}:19:1: error: unknown key "lable" in exercises[1].key[1]',
            f'{LESSON}:16:1: error: missing key "label" in exercises[1].key[1]',
        ],
        id="misspelt-key-in-key-span",
    ),
    # missing keys
    pytest.param(
        replace("pack.toml", 'id = "mini"\n', ""),
        [f'{META}:1:1: error: missing key "id"'],
        id="missing-key-pack",
    ),
    pytest.param(
        replace("lessons/one.toml", 'title = "Claims and evidence"\n', ""),
        [f'{LESSON}:1:1: error: missing key "title"'],
        id="missing-key-lesson",
    ),
    pytest.param(
        replace("lessons/one.toml", 'title = "Which is evidence?"\n', ""),
        [f'{LESSON}:27:1: error: missing key "title" in exercises[2]'],
        id="missing-key-exercise",
    ),
    pytest.param(
        replace("lessons/one.toml", 'id = "pick"\nkind = "choice"', 'id = "pick"'),
        [f'{LESSON}:27:1: error: missing key "kind" in exercises[2]'],
        id="missing-kind",
    ),
    pytest.param(
        replace("lessons/one.toml", 'step = "principle"\n', ""),
        [f'{LESSON}:79:1: error: missing key "step" in exercises[5].parts[2]'],
        id="missing-step-analogy-part",
    ),
    # wrong types
    pytest.param(
        replace("lessons/one.toml", "points = 4", 'points = "four"'),
        [f'{LESSON}:9:1: error: "points" must be a number, not text'],
        id="wrong-type-points",
    ),
    pytest.param(
        replace("pack.toml", 'lessons = ["lessons/one.toml"]', 'lessons = "lessons/one.toml"'),
        [f'{META}:8:1: error: "lessons" must be a list, not text'],
        id="wrong-type-lessons",
    ),
    pytest.param(
        replace("lessons/one.toml", "points = 4", "points = 4\nattempts = 1.5"),
        [f'{LESSON}:10:1: error: "attempts" must be a whole number, not the number 1.5'],
        id="wrong-type-attempts",
    ),
    pytest.param(
        replace("pack.toml", 'color = "#d55e00"', "color = 0xd55e00"),
        [f'{META}:20:1: error: "color" must be text, not the number 13983232'],
        id="wrong-type-color",
    ),
    # values out of range: enums, patterns, bounds
    pytest.param(
        replace("lessons/one.toml", 'id = "pick"\nkind = "choice"', 'id = "pick"\nkind = "quiz"'),
        [
            f'{LESSON}:29:1: error: "kind" is "quiz"; '
            'it must be one of: "mark", "choice", "short", "match", "analogy", "writing"'
        ],
        id="bad-enum-kind",
    ),
    pytest.param(
        replace("lessons/one.toml", 'id = "what"\nkind = "short"', 'id = "what"\nkind = "analogy"'),
        [
            f'{LESSON}:75:1: error: "kind" is "analogy"; '
            'it must be one of: "mark", "choice", "short", "match"'
        ],
        id="analogy-inside-analogy",
    ),
    pytest.param(
        replace("lessons/one.toml", "points = 4", 'points = 4\ncounts = "first"'),
        [f'{LESSON}:10:1: error: "counts" is "first"; it must be one of: "best", "last"'],
        id="bad-enum-counts",
    ),
    pytest.param(
        replace("pack.toml", "format = 1", "format = 2"),
        [f'{META}:2:1: error: "format" is 2; it must be 1'],
        id="bad-format",
    ),
    pytest.param(
        replace("pack.toml", 'id = "mini"', 'id = "Mini Pack"'),
        [
            f'{META}:3:1: error: "id" is "Mini Pack", which is not a valid id: '
            "use lower-case letters, digits, '-' and '_'"
        ],
        id="bad-pattern-id",
    ),
    pytest.param(
        replace("pack.toml", 'color = "#d55e00"', 'color = "orange"'),
        [f'{META}:20:1: error: "color" is "orange", which is not a colour: write it as "#rrggbb"'],
        id="bad-pattern-color",
    ),
    pytest.param(
        replace("pack.toml", 'version = "1.0"', 'version = "v1"'),
        [
            f'{META}:4:1: error: "version" is "v1", which is not a version: '
            'write it as "1.0" or "1.2.0"'
        ],
        id="bad-pattern-version",
    ),
    pytest.param(
        replace("lessons/one.toml", 'show_marks_from = "marks"', 'show_marks_from = "Marks!"'),
        [
            f'{LESSON}:57:1: error: "show_marks_from" is "Marks!", which must be '
            '"lesson-id/exercise-id" or an exercise id of this lesson'
        ],
        id="bad-pattern-show-marks-from",
    ),
    pytest.param(
        replace("lessons/one.toml", "points = 4", "points = 4\nattempts = -1"),
        [f'{LESSON}:10:1: error: "attempts" is -1; it must be at least 0'],
        id="negative-attempts",
    ),
    pytest.param(
        replace("pack.toml", "theta = 0.5", "theta = 0"),
        [f'{META}:15:1: error: "theta" is 0; it must be more than 0'],
        id="theta-zero",
    ),
    pytest.param(
        replace("lessons/one.toml", "weight = 100\nfeedback", "weight = 150\nfeedback"),
        [f'{LESSON}:35:1: error: "weight" is 150; it must be at most 100'],
        id="option-weight-over-100",
    ),
    pytest.param(
        replace("lessons/one.toml", '  { text = "Noise is good" },\n', ""),
        [f'{LESSON}:84:1: error: "options" needs at least 2 items'],
        id="choice-with-one-option",
    ),
    pytest.param(
        replace("pack.toml", 'title = "A small pack"', 'title = ""'),
        [f'{META}:5:1: error: "title" must not be empty'],
        id="empty-title",
    ),
    # duplicate ids and files
    pytest.param(
        replace("pack.toml", 'id = "evidence"', 'id = "claim"'),
        [
            f'{META}:23:1: error: duplicate label id "claim"',
            f'{META}:29:1: error: unknown label "evidence"',
            f'{LESSON}:10:20: error: unknown label "evidence"',
        ],
        id="duplicate-label",
    ),
    pytest.param(
        second_lesson,
        ['pack/lessons/two.toml:1:1: error: duplicate lesson id "one"'],
        id="duplicate-lesson",
    ),
    pytest.param(
        replace("lessons/one.toml", 'id = "why"', 'id = "pick"'),
        [f'{LESSON}:43:1: error: duplicate exercise id "pick"'],
        id="duplicate-exercise",
    ),
    pytest.param(
        all_of(
            replace("lessons/one.toml", 'quote = "Cats make', 'id = "k"\nquote = "Cats make'),
            replace("lessons/one.toml", 'quote = "A survey', 'id = "k"\nquote = "A survey'),
        ),
        [f'{LESSON}:24:1: error: duplicate key span id "k"'],
        id="duplicate-key-span",
    ),
    pytest.param(
        replace("lessons/one.toml", 'id = "rule"', 'id = "what"'),
        [f'{LESSON}:81:1: error: duplicate part id "what"'],
        id="duplicate-analogy-part",
    ),
    pytest.param(
        replace("pack.toml", '["lessons/one.toml"]', '["lessons/one.toml", "lessons/one.toml"]'),
        [f'{META}:8:32: error: lesson file "lessons/one.toml" is listed twice'],
        id="lesson-file-listed-twice",
    ),
    # references
    pytest.param(
        replace(
            "lessons/one.toml", 'labels = ["claim", "evidence"]', 'labels = ["claim", "proof"]'
        ),
        [
            f'{LESSON}:10:20: error: unknown label "proof"',
            f'{LESSON}:24:1: error: unknown label "evidence": not one of this exercise\'s labels',
        ],
        id="undefined-label-in-exercise",
    ),
    pytest.param(
        replace("lessons/one.toml", 'label = "claim"', 'label = "thesis"'),
        [f'{LESSON}:19:1: error: unknown label "thesis": not one of this exercise\'s labels'],
        id="undefined-label-in-key",
    ),
    pytest.param(
        all_of(
            replace("lessons/one.toml", 'labels = ["claim", "evidence"]\n', ""),
            replace("lessons/one.toml", 'label = "claim"', 'label = "thesis"'),
        ),
        [f'{LESSON}:18:1: error: unknown label "thesis": not one of the pack\'s labels'],
        id="undefined-label-in-key-pack-labels",
    ),
    pytest.param(
        replace("pack.toml", 'key = "evidence"', 'key = "reason"'),
        [f'{META}:29:1: error: unknown label "reason"'],
        id="undefined-label-near-miss",
    ),
    pytest.param(
        replace("pack.toml", 'key = "evidence"', 'key = "claim"'),
        [f"{META}:27:1: error: a near miss needs two different labels"],
        id="near-miss-same-label",
    ),
    pytest.param(
        replace("lessons/one.toml", "intro =", 'requires = ["zero"]\nintro ='),
        [f'{LESSON}:3:13: error: unknown lesson "zero"'],
        id="undefined-lesson-requires",
    ),
    pytest.param(
        replace("lessons/one.toml", 'show_marks_from = "marks"', 'show_marks_from = "one/nope"'),
        [f'{LESSON}:57:1: error: unknown exercise "one/nope"'],
        id="undefined-exercise-show-marks-from",
    ),
    pytest.param(
        replace("lessons/one.toml", 'show_marks_from = "marks"', 'show_marks_from = "pick"'),
        [f'{LESSON}:57:1: error: "pick" is not a marking exercise: it has no marks to show'],
        id="show-marks-from-non-marking",
    ),
    # quotes
    pytest.param(
        replace("lessons/one.toml", 'quote = "A survey of 400', 'quote = "A survey of 500'),
        [
            f"{LESSON}:23:1: error: the quote is not in the article: "
            '"A survey of 500 households found that 61% of cat owners fel…"'
        ],
        id="quote-not-found",
    ),
    pytest.param(
        replace(
            "lessons/one.toml",
            'quote = "Cats make cities better."\nsuffix = " A survey"',
            'quote = "Cats make cities better"',
        ),
        [
            f"{LESSON}:17:1: error: the quote occurs 2 times in the article; "
            'add a prefix or suffix to say which one: "Cats make cities better"'
        ],
        id="quote-ambiguous",
    ),
    pytest.param(
        replace("lessons/one.toml", 'suffix = " A survey"', 'suffix = " The survey"'),
        [
            f"{LESSON}:17:1: error: the quote is in the article, but not with this "
            'prefix/suffix: "Cats make cities better."'
        ],
        id="quote-suffix-mismatch",
    ),
    # scoring
    pytest.param(
        replace("lessons/one.toml", "points = 4", "points = 0"),
        [f'{LESSON}:9:1: error: the exercise is worth no points: "points" must be more than 0'],
        id="worth-no-points",
    ),
    pytest.param(
        replace("lessons/one.toml", "weight = 100\nfeedback", "weight = 50\nfeedback"),
        [f"{LESSON}:33:1: error: no option is worth full points (weight = 100)"],
        id="single-choice-no-full-credit",
    ),
    pytest.param(
        all_of(
            replace("lessons/one.toml", "points = 1\n", "points = 1\nmultiple = true\n"),
            replace("lessons/one.toml", "weight = 100\nfeedback", "weight = 50\nfeedback"),
        ),
        [
            f"{LESSON}:34:1: error: the right options add up to 50%, not 100%: "
            "nobody can get full points"
        ],
        id="multiple-choice-short-of-100",
    ),
    pytest.param(
        replace("lessons/one.toml", 'left = "Dogs need walks"', 'left = "61% felt calmer"'),
        [f'{LESSON}:59:1: error: "61% felt calmer" appears twice on the left side'],
        id="match-left-repeated",
    ),
    pytest.param(
        replace(
            "lessons/one.toml",
            'show_marks_from = "marks"',
            'show_marks_from = "marks"\ndistractors = ["Cats are easier"]',
        ),
        [f'{LESSON}:60:1: error: "Cats are easier" appears twice on the right side'],
        id="match-distractor-repeats-a-right-item",
    ),
    pytest.param(
        replace(
            "lessons/one.toml",
            'terms = ["data", "numbers", "statistic"]\nweight = 100\n',
            'terms = ["data", "numbers", "statistic"]\nweight = 100\n\n'
            '[[exercises.rubric]]\nname = "names the survey"\nterms = ["survey"]\nweight = 20\n',
        ),
        [f"{LESSON}:48:1: error: the rubric's weights add up to 120%, more than 100%"],
        id="rubric-over-100",
    ),
    # files
    pytest.param(
        delete("lessons/one.toml"),
        [f'{META}:8:12: error: no such file in the pack: "lessons/one.toml"'],
        id="missing-lesson-file",
    ),
    pytest.param(
        delete("article.md"),
        [f'{META}:7:1: error: no such file in the pack: "article.md"'],
        id="missing-article",
    ),
    pytest.param(
        replace(
            "pack.toml", 'article = "article.md"', 'article = "article.md"\nnotes = "notes.md"'
        ),
        [f'{META}:8:1: error: no such file in the pack: "notes.md"'],
        id="missing-notes",
    ),
    pytest.param(
        delete("pack.toml"),
        [f"{META}: error: no such file in the pack"],
        id="missing-pack-toml",
    ),
    pytest.param(
        replace("pack.toml", 'article = "article.md"', 'article = "../article.md"'),
        [f'{META}:7:1: error: the path leaves the pack folder: "../article.md"'],
        id="article-path-leaves-pack",
    ),
    pytest.param(
        replace("pack.toml", '["lessons/one.toml"]', '["/etc/passwd"]'),
        [f'{META}:8:12: error: the path leaves the pack folder: "/etc/passwd"'],
        id="lesson-absolute-path",
    ),
    pytest.param(
        all_of(delete("article.md"), lambda pack: os.symlink("article.md", pack / "article.md")),
        [f'{META}:7:1: error: the path is a loop of symbolic links: "article.md"'],
        id="article-symlink-loop",
    ),
    pytest.param(
        article_links_outside,
        [f'{META}:7:1: error: the path leads outside the pack folder: "article.md"'],
        id="article-symlink-outside-pack",
    ),
    # rules added after the pack-format review
    pytest.param(
        replace(
            "lessons/one.toml",
            'quote = "Cats make cities better."\nsuffix = " A survey"',
            'quote = "."\nprefix = "calmer"',
        ),
        [f'{LESSON}:17:1: error: the quote has no word in it, so no mark can match it: "."'],
        id="quote-without-words",
    ),
    pytest.param(
        replace(
            "lessons/one.toml",
            'intro = "Find the claim and its evidence."',
            'intro = "Find it."\nrequires = ["one"]',
        ),
        [f"{LESSON}:4:13: error: a lesson cannot require itself"],
        id="lesson-requires-itself",
    ),
    pytest.param(
        append("pack.toml", '\n[[near_miss]]\nmarked = "claim"\nkey = "evidence"\ncredit = 0.5\n'),
        [f'{META}:32:1: error: the near miss "claim" for "evidence" is given twice'],
        id="near-miss-twice",
    ),
    pytest.param(
        replace(
            "lessons/one.toml",
            'explanation = "The author\'s main claim."',
            'explanation = """' + "x" * 20_001 + '"""',
        ),
        [f'{LESSON}:20:1: error: "explanation" is 20,001 characters long; at most 20,000'],
        id="prose-too-long",
    ),
    # a writing task (lines 89 to 103 of the lesson)
    pytest.param(
        append("lessons/one.toml", WRITING_TASK.replace("weight = 40", "weight = 30")),
        [f"{LESSON}:95:1: error: the criteria's weights add up to 90%, not 100%"],
        id="writing-weights",
    ),
    pytest.param(
        append("lessons/one.toml", WRITING_TASK.replace(', "weighed"]', "]")),
        [f'{LESSON}:103:1: error: "levels" needs exactly 4 items, not 3'],
        id="writing-three-levels",
    ),
    pytest.param(
        append("lessons/one.toml", WRITING_TASK.replace("[250, 400]", "[400, 250]")),
        [
            f"{LESSON}:93:1: error: the word guide asks for at least 400 words but at most "
            "250: write it as [least, most]"
        ],
        id="writing-words-reversed",
    ),
    pytest.param(
        append("lessons/one.toml", WRITING_TASK.replace("[250, 400]", "[250, 300, 400]")),
        [f'{LESSON}:93:1: error: "words" needs exactly 2 items, not 3'],
        id="writing-words-three",
    ),
    pytest.param(
        append("lessons/one.toml", WRITING_TASK.replace("[250, 400]", "[0, 400]")),
        [f'{LESSON}:93:10: error: "words" is 0; it must be at least 1'],
        id="writing-words-zero",
    ),
    pytest.param(
        append("lessons/one.toml", WRITING_TASK.split("\n\n[[exercises.criteria]]")[0]),
        [f'{LESSON}:89:1: error: missing key "criteria" in exercises[6]'],
        id="writing-no-criteria",
    ),
    pytest.param(
        replace("lessons/one.toml", 'id = "what"\nkind = "short"', 'id = "what"\nkind = "writing"'),
        [
            f'{LESSON}:75:1: error: "kind" is "writing"; '
            'it must be one of: "mark", "choice", "short", "match"'
        ],
        id="writing-inside-analogy",
    ),
    pytest.param(
        append("article.md", "\n![A chart](images/chart.png)\n"),
        ["pack/article.md:7:1: error: no such file in the pack: image 'images/chart.png'"],
        id="article-image-missing",
    ),
]


@pytest.mark.parametrize(("breakage", "expected"), BROKEN_PACKS)
def test_broken_pack_prints_exact_lines(pack, capsys, breakage, expected):
    breakage(pack)
    code, lines = check(capsys, "pack")
    assert lines == expected
    assert code == 1


def test_there_are_at_least_thirty_distinct_broken_packs():
    assert len({param.id for param in BROKEN_PACKS} | {p.id for p in BROKEN_ARCHIVES}) >= 30


def test_valid_pack_prints_a_summary_and_exits_0(pack, capsys):
    assert check(capsys, "pack") == (0, [OK])


def test_quiet_prints_nothing_for_a_valid_pack(pack, capsys):
    assert check(capsys, "--quiet", "pack") == (0, [])
    assert check(capsys, "pack", "-q") == (0, [])


def test_a_valid_writing_task_prints_only_the_summary(pack, capsys):
    append("lessons/one.toml", WRITING_TASK)(pack)
    assert check(capsys, "pack") == (0, ["pack: ok, 1 lesson, 6 exercises"])


def test_exemplars_a_student_reads_before_trying_again_are_a_warning(pack, capsys):
    exemplar = '\n[[exercises.exemplars]]\nlevel = "Strong"\ntext = "An answer."\n'
    append("lessons/one.toml", WRITING_TASK + exemplar)(pack)
    assert check(capsys, "pack") == (
        0,
        [
            f"{LESSON}:105:1: warning: students see the exemplars once they hand in; with "
            "more than one attempt they can rewrite theirs after reading them "
            '(write "attempts = 1")',
            "pack: ok, 1 lesson, 6 exercises, 1 warning",
        ],
    )
    path = pack / "lessons" / "one.toml"
    path.write_text(
        path.read_text().replace("words = [250, 400]", "words = [250, 400]\nattempts = 1")
    )
    assert check(capsys, "pack") == (0, ["pack: ok, 1 lesson, 6 exercises"])


def test_a_pack_that_does_not_exist(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert check(capsys, "nowhere") == (1, ["nowhere: error: no such folder or file"])


def test_an_article_too_long_to_render(pack, capsys, monkeypatch):
    monkeypatch.setattr(rendering, "MAX_ARTICLE_CHARS", 50)
    length = len((pack / "article.md").read_text(encoding="utf-8"))
    code, lines = check(capsys, "pack")
    assert code == 1
    assert lines == [
        "pack/article.md: error: the article is too long to show: "
        f"the text is {length} characters long; the limit is 50"
    ]


def test_markdown_with_too_many_marks_is_refused_at_its_file_and_field(pack, capsys, monkeypatch):
    monkeypatch.setattr(markdown_guard, "MAX_MARKS", 30)
    article = pack / "article.md"
    article.write_text(article.read_text(encoding="utf-8") + "\n\n*a* " * 20, encoding="utf-8")
    lesson = pack / "lessons" / "one.toml"
    lesson.write_text(
        lesson.read_text(encoding="utf-8").replace(
            'intro = "Find the claim and its evidence."',
            'intro = "' + "*a* " * 20 + '"\ndiscussion = ["Fine.", "' + "*a* " * 16 + '"]',
        ),
        encoding="utf-8",
    )
    (pack / "notes.md").write_text("Notes *a* " * 20, encoding="utf-8")
    meta = pack / "pack.toml"
    meta.write_text(
        meta.read_text(encoding="utf-8")
        .replace('description = "Used by the tests."', 'description = "' + "*a* " * 16 + '"')
        .replace('article = "article.md"', 'article = "article.md"\nnotes = "notes.md"'),
        encoding="utf-8",
    )
    too_many = "Markdown marks (brackets, parentheses, emphasis, list markers and the like); "
    code, lines = check(capsys, "pack")
    assert code == 1
    assert lines == [
        f"pack/article.md: error: the article is too long to show: it holds 41 {too_many}"
        "at most 30 can be formatted in one text"
    ]
    article.write_text(article.read_text(encoding="utf-8").replace("*a* ", "a "), encoding="utf-8")
    code, lines = check(capsys, "pack")
    assert code == 1
    assert lines == [
        f"pack/notes.md: warning: the notes will be shown unformatted: it holds 40 {too_many}"
        "at most 30 can be formatted in one text",
        f'pack/pack.toml:6:1: error: "description" cannot be formatted: it holds 32 {too_many}'
        "at most 30 can be formatted in one text",
        f'pack/lessons/one.toml:3:1: error: "intro" cannot be formatted: it holds 40 {too_many}'
        "at most 30 can be formatted in one text",
        f'pack/lessons/one.toml:4:24: error: "discussion" cannot be formatted: it holds 32 '
        f"{too_many}at most 30 can be formatted in one text",
    ]


def test_a_toml_file_too_large(pack, capsys, monkeypatch):
    monkeypatch.setattr(tomlfile, "MAX_TOML_BYTES", 100)
    code, lines = check(capsys, "pack")
    assert (code, lines) == (1, ["pack/pack.toml: error: the file is larger than 100 bytes"])


def test_a_folder_file_too_large(pack, capsys, monkeypatch):
    monkeypatch.setattr(packsource, "MAX_FILE_BYTES", 1000)
    code, lines = check(capsys, "pack")
    assert code == 1
    assert lines == [f'{META}:8:12: error: the file is larger than 1,000 bytes: "lessons/one.toml"']


# --- warnings: printed, but the pack is fine -------------------------------------------------

WARNINGS = [
    pytest.param(
        replace(
            "lessons/one.toml",
            'id = "pairs"',
            'id = "nothing"\nkind = "mark"\ntitle = "Mark nothing"\nkey = []\n\n'
            '[[exercises]]\nid = "pairs"',
        ),
        [f"{LESSON}:57:1: warning: the key is empty: every mark will count as extra"],
        id="empty-key",
    ),
    pytest.param(
        replace("lessons/one.toml", 'explanation = "The author\'s main claim."\n', ""),
        [f"{LESSON}:16:1: warning: this key span has no explanation for students"],
        id="key-span-without-explanation",
    ),
    pytest.param(
        replace("lessons/one.toml", "cost = 0.5", "cost = 5"),
        [f"{LESSON}:12:1: warning: the hints cost more than the exercise is worth"],
        id="hints-cost-more-than-points",
    ),
    pytest.param(
        replace(
            "lessons/one.toml",
            'title = "Take the comparison apart"',
            'title = "Take the comparison apart"\npoints = 3',
        ),
        [
            f"{LESSON}:71:1: warning: an analogy is worth the sum of its parts' points; "
            'this "points" is not used'
        ],
        id="points-on-an-analogy",
    ),
    pytest.param(
        replace("lessons/one.toml", 'accept = ["cats and dogs"]\n', ""),
        [
            f"{LESSON}:72:1: warning: no accepted answers and no rubric: "
            "every answer goes to the teacher for review"
        ],
        id="short-answer-without-key",
    ),
    pytest.param(
        all_of(
            replace("lessons/one.toml", "points = 1\n", "points = 1\nmultiple = true\n"),
            replace("lessons/one.toml", "weight = 0\n", "weight = 50\n"),
        ),
        [f"{LESSON}:34:1: warning: the right options add up to 150%; scores are capped at 100%"],
        id="multiple-choice-over-100",
    ),
    pytest.param(
        replace(
            "lessons/one.toml",
            'explanation = "A statistic offered as support."\n',
            'explanation = "A statistic offered as support."\n\n'
            '[[exercises.key]]\nquote = "400 households"\nlabel = "evidence"\n'
            'explanation = "The size of the survey."\n',
        ),
        [f'{LESSON}:27:1: warning: key spans "k2" and "k3" overlap with the same label'],
        id="overlapping-key-spans",
    ),
    pytest.param(
        all_of(
            append(
                "pack.toml",
                "".join(
                    f'\n[[labels]]\nid = "extra{n}"\nname = "Extra {n}"\ncolor = "#000000"\n'
                    for n in range(8)
                ),
            ),
            replace(
                "lessons/one.toml",
                'labels = ["claim", "evidence"]',
                "labels = ["
                + ", ".join(f'"extra{n}"' for n in range(8))
                + ', "claim", "evidence"]',
            ),
        ),
        [f"{LESSON}:10:1: warning: 10 labels: only the first 9 get a number key"],
        id="more-than-nine-labels-in-an-exercise",
    ),
    pytest.param(
        replace(
            "lessons/one.toml",
            'labels = ["claim", "evidence"]',
            'labels = ["claim", "evidence", "claim"]',
        ),
        [f'{LESSON}:10:32: warning: label "claim" is listed twice'],
        id="label-listed-twice",
    ),
    pytest.param(
        replace(
            "pack.toml", 'article = "article.md"', 'article = "article.md"\nedition = "assessment"'
        ),
        [f"{LESSON}:16:1: warning: an assessment edition should not carry a key"],
        id="assessment-edition-with-a-key",
    ),
    pytest.param(
        replace("lessons/one.toml", 'text = "The title"', 'text = "The survey"'),
        [f'{LESSON}:38:1: warning: two options read "The survey"'],
        id="two-options-alike",
    ),
    pytest.param(
        replace("lessons/one.toml", 'step = "principle"', 'step = "principle"\nattempts = 2'),
        [f'{LESSON}:81:1: warning: "attempts" has no effect on a part: the analogy\'s own counts'],
        id="attempts-on-a-part",
    ),
]


@pytest.mark.parametrize(("breakage", "expected"), WARNINGS)
def test_warnings_are_printed_and_do_not_fail(pack, capsys, breakage, expected):
    breakage(pack)
    code, lines = check(capsys, "pack")
    assert (code, lines[:-1]) == (0, expected)
    plural = "" if len(expected) == 1 else "s"
    assert re.fullmatch(
        rf"pack: ok, 1 lesson, \d+ exercises, {len(expected)} warning{plural}", lines[-1]
    )
    assert check(capsys, "--quiet", "pack") == (0, expected)


# --- archives --------------------------------------------------------------------------------


def zip_pack(
    target: Path,
    *,
    top: str = "",
    extra: tuple[tuple[str | zipfile.ZipInfo, bytes], ...] = (),
    source: Path = MINIPACK,
) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(source.rglob("*")):
            if path.is_file():
                archive.write(path, top + path.relative_to(source).as_posix())
        for entry, data in extra:
            archive.writestr(entry, data)
    return target


def patch_header(
    data: bytes, name: str, local_at: int, central_at: int, value: int, form: str = "<I"
) -> bytes:
    """Write ``value`` at an offset of ``name``'s local header and of its central header."""
    patched = bytearray(data)
    # signature, offset of the name length, offset of the name, offset of the field
    headers = ((b"PK\x03\x04", 26, 30, local_at), (b"PK\x01\x02", 28, 46, central_at))
    for signature, length_at, name_at, field_at in headers:
        position = patched.find(signature)
        while position >= 0:
            (length,) = struct.unpack_from("<H", patched, position + length_at)
            if patched[position + name_at : position + name_at + length] == name.encode():
                struct.pack_into(form, patched, position + field_at, value)
            position = patched.find(signature, position + 4)
    return bytes(patched)


def symlink_entry(target: Path) -> None:
    entry = zipfile.ZipInfo("lessons/link.toml")
    entry.external_attr = (stat.S_IFLNK | 0o777) << 16
    zip_pack(target, extra=((entry, b"/etc/passwd"),))


def patched(local_at: int, central_at: int, value: int, form: str) -> Callable[[Path], None]:
    """The pack zipped, then one field of article.md's headers rewritten."""

    def build(target: Path) -> None:
        zip_pack(target)
        data = patch_header(target.read_bytes(), "article.md", local_at, central_at, value, form)
        target.write_bytes(data)

    return build


def lying_sizes(size: int) -> Callable[[Path], None]:
    return patched(22, 24, size, "<I")  # the uncompressed size


def damaged(target: Path) -> None:
    zip_pack(target)
    data = bytearray(target.read_bytes())
    for index in range(40, 80):  # inside the first entry's compressed bytes
        data[index] ^= 0xFF
    target.write_bytes(bytes(data))


def truncated(target: Path) -> None:
    zip_pack(target)
    target.write_bytes(target.read_bytes()[:-30])


ARTICLE_SIZE = (MINIPACK / "article.md").stat().st_size

# (how to build pack.zip, limits to set in closeread.core.pack.source, the exact lines)
BROKEN_ARCHIVES = [
    pytest.param(
        lambda t: zip_pack(t, extra=(("../evil.toml", b"x"),)),
        {},
        ['pack.zip: error: unsafe entry "../evil.toml": a path that leaves the pack'],
        id="zip-dotdot-traversal",
    ),
    pytest.param(
        lambda t: zip_pack(t, extra=(("lessons/../../evil.toml", b"x"),)),
        {},
        ['pack.zip: error: unsafe entry "lessons/../../evil.toml": a path that leaves the pack'],
        id="zip-dotdot-inside-path",
    ),
    pytest.param(
        lambda t: zip_pack(t, extra=(("/etc/cron.d/evil", b"x"),)),
        {},
        ['pack.zip: error: unsafe entry "/etc/cron.d/evil": an absolute path'],
        id="zip-absolute-path",
    ),
    pytest.param(
        lambda t: zip_pack(t, extra=(("C:/Windows/evil.dll", b"x"),)),
        {},
        ['pack.zip: error: unsafe entry "C:/Windows/evil.dll": an absolute path'],
        id="zip-windows-drive-path",
    ),
    pytest.param(
        symlink_entry,
        {},
        ['pack.zip: error: unsafe entry "lessons/link.toml": a symbolic link'],
        id="zip-symlink-entry",
    ),
    pytest.param(
        zip_pack,
        {"MAX_ENTRIES": 2},
        ["pack.zip: error: the archive has 3 entries; at most 2"],
        id="zip-too-many-entries",
    ),
    pytest.param(
        zip_pack,
        {"MAX_FILE_BYTES": 500},
        ['pack.zip: error: entry "lessons/one.toml" is larger than 500 bytes'],
        id="zip-file-too-large",
    ),
    pytest.param(
        zip_pack,
        {"MAX_TOTAL_BYTES": 1500},
        [
            'pack.zip: error: "lessons/one.toml": '
            "the archive's files in all unpack to more than 1,500 bytes"
        ],
        id="zip-total-too-large",
    ),
    pytest.param(
        lambda t: zip_pack(t, extra=(("padding.txt", b"a" * 200_000),)),
        {"RATIO_FLOOR": 1000, "MAX_RATIO": 20},
        [
            'pack.zip: error: "padding.txt" unpacks to more than 20 times its packed size '
            "(a zip bomb?)"
        ],
        id="zip-compression-bomb",
    ),
    pytest.param(
        lying_sizes(10),
        {},
        ["pack.zip: error: the archive is damaged: Bad CRC-32 for file 'article.md'"],
        id="zip-header-under-reports-size",
    ),
    pytest.param(
        lying_sizes(5000),
        {},
        [f'pack.zip: error: "article.md": the archive says 5,000 bytes, it holds {ARTICLE_SIZE:,}'],
        id="zip-header-over-reports-size",
    ),
    pytest.param(
        patched(6, 8, 0x1, "<H"),  # the flag bit of encryption
        {},
        [
            'pack.zip: error: entry "article.md" is protected by a password; '
            "CloseRead cannot open it"
        ],
        id="zip-password-protected",
    ),
    pytest.param(
        patched(8, 10, 99, "<H"),  # the compression method
        {},
        [
            'pack.zip: error: entry "article.md" is packed in a way CloseRead cannot unpack; '
            "make the archive again as an ordinary zip"
        ],
        id="zip-unknown-compression",
    ),
    pytest.param(
        lambda t: t.write_bytes(b"PK\x03\x04 this is not really a zip archive"),
        {},
        ["pack.zip: error: not a pack folder or a zip archive of one"],
        id="zip-not-a-zip",
    ),
    pytest.param(
        damaged,
        {},
        [
            "pack.zip: error: the archive is damaged: "
            "Error -3 while decompressing data: invalid distance too far back"
        ],
        id="zip-damaged-data",
    ),
    pytest.param(
        truncated,
        {},
        ["pack.zip: error: not a pack folder or a zip archive of one"],
        id="zip-truncated",
    ),
    pytest.param(
        lambda t: zipfile.ZipFile(t, "w").close(),
        {},
        [
            "pack.zip/pack.toml: error: no such file in the archive "
            "(a pack archive holds pack.toml at its top, or in its only folder)"
        ],
        id="zip-empty",
    ),
]


@pytest.mark.parametrize(("build", "limits", "expected"), BROKEN_ARCHIVES)
def test_unsafe_or_broken_archive(tmp_path, monkeypatch, capsys, build, limits, expected):
    monkeypatch.chdir(tmp_path)
    for name, value in limits.items():
        monkeypatch.setattr(packsource, name, value)
    build(tmp_path / "pack.zip")
    code, lines = check(capsys, "pack.zip")
    assert lines == expected
    assert code == 1


@pytest.mark.parametrize("top", ["", "minipack/"], ids=["files-at-root", "one-top-folder"])
def test_zipped_pack_is_valid(tmp_path, monkeypatch, capsys, top):
    monkeypatch.chdir(tmp_path)
    zip_pack(tmp_path / "pack.zip", top=top)
    assert check(capsys, "pack.zip") == (0, ["pack.zip: ok, 1 lesson, 5 exercises"])


def test_problems_in_an_archive_name_the_file_inside_it(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(MINIPACK, tmp_path / "src")
    replace("lessons/one.toml", "points = 4", "points = 0")(tmp_path / "src")
    zip_pack(tmp_path / "pack.zip", top="minipack/", source=tmp_path / "src")
    code, lines = check(capsys, "pack.zip")
    assert code == 1
    assert lines == [
        "pack.zip/lessons/one.toml:9:1: error: "
        'the exercise is worth no points: "points" must be more than 0'
    ]


# --- the command line ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["--data-dir", "data", "check", "pack"],
        ["check", "--data-dir", "data", "pack"],
        ["check", "pack", "--data-dir", "data"],
    ],
    ids=["before-check", "after-check", "after-the-pack"],
)
def test_data_dir_before_or_after_check(pack, capsys, argv):
    assert main(argv) == 0
    assert capsys.readouterr().out == OK + "\n"


def test_several_packs_exit_1_when_any_fails(pack, tmp_path, capsys):
    shutil.copytree(MINIPACK, tmp_path / "broken")
    replace("lessons/one.toml", "points = 4", "points = 0")(tmp_path / "broken")
    zip_pack(tmp_path / "pack.zip")
    code, lines = check(capsys, "pack", "broken", "pack.zip")
    assert code == 1
    assert lines == [
        OK,
        "broken/lessons/one.toml:9:1: error: "
        'the exercise is worth no points: "points" must be more than 0',
        "pack.zip: ok, 1 lesson, 5 exercises",
    ]
    assert check(capsys, "pack", "pack.zip") == (0, [OK, "pack.zip: ok, 1 lesson, 5 exercises"])


def test_warnings_alone_keep_exit_0_next_to_a_valid_pack(pack, tmp_path, capsys):
    shutil.copytree(MINIPACK, tmp_path / "warned")
    replace("lessons/one.toml", "cost = 0.5", "cost = 5")(tmp_path / "warned")
    code, lines = check(capsys, "warned", "pack")
    assert code == 0
    assert lines == [
        "warned/lessons/one.toml:12:1: warning: the hints cost more than the exercise is worth",
        "warned: ok, 1 lesson, 5 exercises, 1 warning",
        OK,
    ]


def test_check_needs_a_pack(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["check"])
    assert exit_info.value.code == 2
    assert "PACK" in capsys.readouterr().err


# --- through a real process: `python -m closeread check` -------------------------------------


def test_module_check_valid_pack(tmp_path):
    shutil.copytree(MINIPACK, tmp_path / "pack")
    result = run_module("check", "pack", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, OK + "\n", "")
    result = run_module("check", "--quiet", "pack", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_module_check_prints_lines_and_exits_1(tmp_path):
    shutil.copytree(MINIPACK, tmp_path / "pack")
    replace("pack.toml", 'title = "A small pack"', 'title = "A small pack')(tmp_path / "pack")
    replace("lessons/one.toml", "points = 4", "points = = 4")(tmp_path / "pack")
    zip_pack(tmp_path / "evil.zip", extra=(("../evil.toml", b"x"),))
    result = run_module(
        "--data-dir", str(tmp_path / "data"), "check", "pack", "evil.zip", cwd=tmp_path
    )
    assert result.returncode == 1
    assert result.stderr == ""
    assert result.stdout.splitlines() == [
        f"pack/pack.toml:5:22: error: {UNCLOSED}",
        'evil.zip: error: unsafe entry "../evil.toml": a path that leaves the pack',
    ]


def test_module_check_symlink_archive(tmp_path):
    symlink_entry(tmp_path / "pack.zip")
    result = run_module("check", "pack.zip", "--data-dir", str(tmp_path / "data"), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == 'pack.zip: error: unsafe entry "lessons/link.toml": a symbolic link\n'


def test_check_and_the_core_never_import_qt(tmp_path):
    shutil.copytree(MINIPACK, tmp_path / "pack")
    code = f"""
import importlib, pkgutil, sys
import closeread.core, closeread.cli
for module in pkgutil.iter_modules(closeread.core.__path__):
    importlib.import_module("closeread.core." + module.name)
closeread.cli.main(["check", "--quiet", {str(tmp_path / "pack")!r}])
qt = sorted(name for name in sys.modules if name.split(".")[0] == "PySide6")
assert not qt, qt
print("no Qt")
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "no Qt\n"


# --- the bundled pack ------------------------------------------------------------------------


@bundled_pack_ready
def test_bundled_pack_is_valid(capsys):
    code, lines = check(capsys, str(BUNDLED))
    assert code == 0
    assert re.fullmatch(rf"{re.escape(str(BUNDLED))}: ok, 5 lessons, \d+ exercises", *lines)


@bundled_pack_ready
def test_bundled_pack_zipped_is_valid(tmp_path, capsys):
    archive = zip_pack(tmp_path / "bundled.zip", top="cyber-threat-oped/", source=BUNDLED)
    code, lines = check(capsys, str(archive))
    assert code == 0
    assert re.fullmatch(rf"{re.escape(str(archive))}: ok, 5 lessons, \d+ exercises", *lines)


def _a_key_quote_written_verbatim(pack: Path) -> tuple[Path, str]:
    """A lesson file of ``pack`` and a key quote that stands in it once, exactly as written."""
    meta = tomllib.loads((pack / "pack.toml").read_text(encoding="utf-8"))
    for relative in meta["lessons"]:
        path = pack / relative
        text = path.read_text(encoding="utf-8")
        lesson = tomllib.loads(text)
        exercises = list(lesson["exercises"])
        exercises += [part for exercise in exercises for part in exercise.get("parts", ())]
        for exercise in exercises:
            for span in exercise.get("key", ()):
                if text.count(span["quote"]) == 1:
                    return path, span["quote"]
    raise AssertionError("no key quote of the bundled pack is written verbatim in its file")


@bundled_pack_ready
def test_bundled_pack_with_a_key_that_no_longer_matches(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(BUNDLED, tmp_path / "copy")
    path, quote = _a_key_quote_written_verbatim(tmp_path / "copy")
    text = path.read_text(encoding="utf-8")
    at = text.index(quote)
    path.write_text(text[:at] + "Xyzzy " + text[at:], encoding="utf-8")
    # the checker points at the "quote" key that holds the changed words
    key = list(re.finditer(r"(?<![\w-])quote\s*=", text[:at]))[-1].start()
    line = text.count("\n", 0, key) + 1
    column = key - (text.rfind("\n", 0, key) + 1) + 1
    shown = path.relative_to(tmp_path).as_posix()

    code, lines = check(capsys, "copy")
    assert code == 1
    expected = f"{shown}:{line}:{column}: error: the quote is not in the article: "
    assert [line for line in lines if line.startswith(expected)], lines
    assert all(": error: " not in line or line.startswith(expected) for line in lines), lines
