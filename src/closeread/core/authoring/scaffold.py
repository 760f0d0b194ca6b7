"""A new lesson pack around an article: ``closeread pack new DIR --article FILE``.

The pack is valid as made (``closeread check`` warns only that the key is empty): its
``pack.toml`` with three labels, the article as ``article.md``, ``notes.md`` for teachers,
and one lesson with one marking exercise. Every file explains its keys in comments, for
the teacher who opens it next. The TOML is written with tomlkit.

A Markdown article (``.md``, ``.markdown``) is copied as it is. Any other file is plain
text: each non-empty line becomes a paragraph (or, when the text has blank lines, each
block between them, its lines joined), escaped so that the article's text in CloseRead
is exactly the words of the file. A first line that reads as a title (short, one line,
not ending like a sentence, with more text after it) becomes the article's heading and
the pack's title, not its first paragraph. The app's New Pack makes the same pack from
pasted text (:func:`new_pack_from_text`).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import tomlkit
from tomlkit.items import Table

from closeread.core.pack.ids import is_id, slugify
from closeread.core.pack.markdowntext import escape_markdown
from closeread.core.pack.rendering import TooLong, article_from_markdown
from closeread.core.toml.style import text_item

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
MAX_ARTICLE_BYTES = 16 * 1024 * 1024
LESSON_FILE = "lessons/01-first-lesson.toml"
# Okabe-Ito colours: told apart by people with each common kind of colour-blindness.
LABELS = (
    ("claim", "Claim", "#d55e00", "vermillion", "Something the author wants you to believe."),
    (
        "evidence",
        "Evidence",
        "#0072b2",
        "blue",
        "A fact, report or example offered to support a claim.",
    ),
    ("analogy", "Analogy", "#009e73", "bluish green", "A comparison used as an argument."),
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


class ScaffoldError(Exception):
    """The pack could not be made; the message says why. Nothing was written."""


@dataclass(frozen=True)
class Scaffold:
    root: Path
    pack_id: str
    title: str
    files: tuple[str, ...]  # relative to root, in the order a teacher reads them


def new_pack(
    folder: str | os.PathLike[str],
    article: str | os.PathLike[str],
    *,
    pack_id: str | None = None,
    title: str | None = None,
) -> Scaffold:
    """Make a pack in ``folder`` (new, or empty) around the article file ``article``."""
    source = Path(article)
    _check_folder(Path(folder))
    text = _read_article(source)
    is_markdown = source.suffix.lower() in MARKDOWN_SUFFIXES
    return _make(folder, text, is_markdown, str(source), source.name, pack_id, title)


def new_pack_from_text(
    folder: str | os.PathLike[str],
    text: str,
    *,
    markdown: bool = False,
    pack_id: str | None = None,
    title: str | None = None,
) -> Scaffold:
    """The same pack as :func:`new_pack`, around ``text`` (pasted: plain, or Markdown)."""
    _check_folder(Path(folder))
    if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        raise ScaffoldError(f"the article is larger than {MAX_ARTICLE_BYTES:,} bytes")
    return _make(folder, text, markdown, "The article", "pasted text", pack_id, title)


def _check_folder(root: Path) -> None:
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        what = "a file" if not root.is_dir() else "a folder that is not empty"
        raise ScaffoldError(f"{root} is {what}; give the name of a new or empty folder")


def _make(
    folder: str | os.PathLike[str],
    text: str,
    is_markdown: bool,
    where: str,
    made_from: str,
    pack_id: str | None,
    title: str | None,
) -> Scaffold:
    root = Path(folder)
    markdown = text if is_markdown else plain_text_to_markdown(text, title=True)
    try:
        blocks = article_from_markdown(markdown).blocks
    except TooLong as error:
        raise ScaffoldError(f"{where}: the article is too long to show: {error}") from error
    if not blocks:
        raise ScaffoldError(f"{where}: the article has no text")
    headings = [block for block in blocks if block.kind.startswith("h")]
    title = title or _shorten((headings or blocks)[0].text)
    pack_id = pack_id or slugify(root.resolve().name) or "pack"
    if not is_id(pack_id):
        raise ScaffoldError(
            f'"{pack_id}" is not a valid pack id: use lower-case letters, digits, "-" and "_"'
        )
    files = {
        "pack.toml": pack_toml(pack_id, title),
        "article.md": _ARTICLE_COMMENT + markdown.rstrip("\n") + "\n",
        "notes.md": notes_markdown(made_from),
        LESSON_FILE: lesson_toml(),
    }
    _write_all(root, files)
    return Scaffold(root, pack_id, title, tuple(files))


def plain_text_to_markdown(text: str, *, title: bool = False) -> str:
    """Plain text as Markdown paragraphs that show exactly its words; with ``title``, a
    first line that reads as a title (:func:`is_title`) as a heading."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _BLANK_LINE.search(text.strip("\n")):
        paragraphs = _BLANK_LINE.split(text)
    else:
        paragraphs = text.split("\n")
    kept = [paragraph for paragraph in paragraphs if escape_markdown(paragraph)]
    escaped = [escape_markdown(paragraph) for paragraph in kept]
    if title and len(kept) > 1 and is_title(kept[0]):
        escaped[0] = "# " + escaped[0]
    return "\n\n".join(escaped) + "\n"


_SENTENCE_END = (".", ",", ";", ":", "#", "\\")


def is_title(line: str) -> bool:
    """Whether a first line reads as a title: one line of at most 20 words with a letter
    or digit in it, not ending like a sentence (a full stop, a comma, a colon)."""
    flat = line.strip()
    return (
        "\n" not in line.strip("\n")
        and 0 < len(flat.split()) <= 20
        and len(flat) <= 150
        and any(character.isalnum() for character in flat)
        and not flat.endswith(_SENTENCE_END)
    )


def _read_article(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_ARTICLE_BYTES + 1)
    except OSError as error:
        raise ScaffoldError(f"{path}: cannot read the article: {error.strerror}") from error
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ScaffoldError(f"{path}: the article is larger than {MAX_ARTICLE_BYTES:,} bytes")
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise ScaffoldError(
            f"{path}:{line}: the article is not UTF-8 text; save it as UTF-8 and try again"
        ) from error


def _shorten(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _write_all(root: Path, files: dict[str, str]) -> None:
    """Write the files into a new folder beside ``root``, then give it ``root``'s name:
    a failure half-way leaves no half-made pack."""
    parent = root.absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{root.name}.", dir=parent))
    except OSError as error:
        raise ScaffoldError(f"{parent}: cannot make the pack here: {error.strerror}") from error
    try:
        for relative, content in files.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8", newline="\n")
        staging.chmod(0o755)
        if root.exists():
            root.rmdir()  # empty, as checked
        os.replace(staging, root)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise ScaffoldError(f"{root}: cannot write the pack: {error.strerror}") from error


# --- the files --------------------------------------------------------------------------

_ARTICLE_COMMENT = """\
<!--
article.md: the article students read, in Markdown (docs/pack-format.md, section 7).
The answer keys in the lesson files quote its words exactly: after you change a
sentence here, run "closeread check" to find any key that no longer matches.
Comments like this one are not shown to students.
-->

"""


def notes_markdown(article_name: str) -> str:
    return f"""\
<!--
notes.md: notes for teachers, in Markdown. pack.toml names this file ("notes"); students
do not see it. Say where the article comes from, what you changed in it, and how long
each lesson takes. Comments like this one are not shown.
-->

# Notes for teachers

The article was made from the file `{article_name.replace("`", "'")}`.
"""


def _comments(container: tomlkit.TOMLDocument | Table, *lines: str) -> None:
    """Comment lines; "" is a blank line, "#" an empty comment line."""
    for line in lines:
        if not line:
            container.add(tomlkit.nl())
        else:
            container.add(tomlkit.comment("" if line == "#" else line))


def _keyed(container: tomlkit.TOMLDocument | Table, key: str, value: object, note: str) -> None:
    item = text_item(value) if isinstance(value, str) else tomlkit.item(value)
    if note:
        item.comment(note)
        item.trivia.comment_ws = "  "
    container.add(key, item)


def pack_toml(pack_id: str, title: str) -> str:
    doc = tomlkit.document()
    _comments(
        doc,
        "pack.toml: what this lesson pack is. Every key is explained in",
        "docs/pack-format.md, section 4. Text after a # is a comment, for people only.",
        "After any change, run:  closeread check <this folder>",
        "",
    )
    _keyed(doc, "format", 1, "the version of the pack format: always 1")
    _comments(doc, "The pack's permanent name: lower-case letters, digits, - and _.")
    _comments(doc, "Never change it once students have used the pack.")
    _keyed(doc, "id", pack_id, "")
    _keyed(doc, "version", "1.0", 'raise it ("1.1", "2.0") for each changed copy you hand out')
    _keyed(doc, "title", title, "shown in the library")
    _keyed(doc, "description", "", "a few sentences for the library (Markdown)")
    _keyed(doc, "authors", [], 'who wrote the pack (not the article): ["A. Teacher"]')
    _keyed(doc, "language", "en", 'of the article and lessons: "en", "fr", "zh-Hans", ...')
    _keyed(doc, "article", "article.md", "the article students read, in Markdown")
    _keyed(doc, "notes", "notes.md", "notes for teachers, in Markdown")
    _comments(doc, "The lesson files, in the order students meet them.")
    _keyed(doc, "lessons", [LESSON_FILE], "")
    doc.add(tomlkit.nl())
    source = tomlkit.table()
    _comments(
        source,
        "Where the article comes from, for citing it (every key optional):",
        'title = "..."  author = "..."  publisher = "..."  url = "..."',
        'published = "2015-12-16"  disclaimer = "..."',
    )
    doc.add("source", source)
    scoring = tomlkit.table()
    _comments(scoring, "How much of a key passage a mark must share to count: above 0, at most 1.")
    _comments(scoring, "See docs/scoring.md.")
    _keyed(scoring, "theta", 0.5, "0.5: half the words of the longer of the two")
    doc.add(tomlkit.nl())
    doc.add("scoring", scoring)
    labels = tomlkit.aot()
    for label_id, name, color, color_name, description in LABELS:
        label = tomlkit.table()
        _keyed(label, "id", label_id, "how lessons name the label")
        _keyed(label, "name", name, "what students see")
        _keyed(label, "color", color, f'"#rrggbb": {color_name}')
        _keyed(label, "description", description, "what it means, for students")
        labels.append(label)
    doc.add(tomlkit.nl())
    _comments(
        doc,
        "The labels students mark passages with. In a marking exercise the number keys",
        "1, 2, 3 pick them in this order. The colours are from the Okabe-Ito set, which",
        "people with colour-blindness can tell apart.",
    )
    doc.add("labels", labels)
    labels[0].trivia.indent = ""  # the comment above belongs to the labels
    return doc.as_string()


def lesson_toml() -> str:
    doc = tomlkit.document()
    _comments(
        doc,
        "A lesson: its id, its title and its exercises. Every key is explained in",
        "docs/pack-format.md, section 5. Text after a # is a comment, for people only.",
        "",
    )
    _keyed(doc, "id", "first-lesson", "permanent, unique in the pack")
    _keyed(doc, "title", "First lesson", "shown in the list of lessons")
    _keyed(doc, "intro", "Read the article, then do the exercises.", "shown first (Markdown)")
    exercise = tomlkit.table()
    _keyed(exercise, "id", "find", "permanent: never reuse an id for another question")
    _keyed(
        exercise,
        "kind",
        "mark",
        "students mark passages; also: choice, short, match, analogy, writing",
    )
    _keyed(exercise, "title", "Mark the claims, the evidence and the analogies", "short")
    _comments(exercise, "The task, as students read it (Markdown):")
    _keyed(
        exercise,
        "prompt",
        "Select words in the article, then press **1** for a claim, **2** for evidence "
        "or **3** for an analogy.",
        "",
    )
    _keyed(exercise, "labels", ["claim", "evidence", "analogy"], "allowed here, in key order")
    _keyed(exercise, "points", 1, "what the exercise is worth")
    _keyed(exercise, "attempts", 3, "checks a student may make; 0 for no limit")
    _keyed(exercise, "counts", "best", 'the grade: the "best" checked attempt or the "last"')
    _comments(
        exercise,
        "",
        "The answer key: the passages students should mark. It is empty, so",
        '"closeread check" warns about it. Replace "key = []" by one block like this',
        "for each passage, its quote copied exactly from the article:",
        "#",
        "[[exercises.key]]",
        'id = "main-claim"',
        'quote = "the exact words of the article"',
        'label = "claim"',
        'explanation = "Why this is a claim: students read it after checking."',
        "#",
        'Add prefix = "words just before " or suffix = " words just after" only when the',
        "quote occurs more than once in the article. See docs/pack-format.md, section 6.",
    )
    exercise.add("key", tomlkit.array())
    exercises = tomlkit.aot()
    exercises.append(exercise)
    doc.add(tomlkit.nl())
    doc.add("exercises", exercises)
    return doc.as_string()
