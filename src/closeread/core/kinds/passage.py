"""Which passage of the article an exercise is about: where the reader opens it.

One rule for every kind. An exercise is about the first passage it points to, looked
for in this order:

1. its key: the first of its key spans (a marking exercise, or an analogy's marking
   part), in reading order;
2. the marking exercise whose marks it shows (``show_marks_from``): that one's key;
3. its prompt: the first words it quotes from the article, in quotation marks ("…",
   “…”) or as a block quote (``>``), at least ``MIN_WORDS`` words that the article
   holds exactly once. A quote that trails off ("The arbitrary nature…") is found by
   its beginning.

An exercise that points nowhere (a question about the whole piece) leaves the reader
where the student was. The reader opens at the start of the paragraph that holds the
passage (:func:`opening`), so the words themselves are never singled out. Pack authors
steer it with the key or by quoting the article in the prompt; no key of its own.
"""

from __future__ import annotations

import re

from closeread.core.kinds.registry import kind_of
from closeread.core.pack.model import AnyExercise, Lesson, Pack
from closeread.core.pack.paragraphs import block_start

MIN_WORDS = 3
_QUOTED = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
_EMPHASIS = re.compile(r"\*+|(?<!\w)_+|_+(?!\w)")
_ELLIPSIS = re.compile(r"…|\.\.\.")
_WORD = re.compile(r"\w+")


def passage(pack: Pack, lesson: Lesson, exercise: AnyExercise) -> tuple[int, int] | None:
    """The span of the article ``exercise`` (of ``lesson``) is about, or None."""
    return (
        _first_key_span(exercise)
        or _first_key_span(_shown_from(pack, lesson, exercise))
        or quoted_passage(exercise.prompt, pack.article.text)
    )


def opening(pack: Pack, lesson: Lesson, exercise: AnyExercise) -> int | None:
    """Where the reader opens for ``exercise``: the start of its passage's paragraph."""
    found = passage(pack, lesson, exercise)
    return None if found is None else block_start(pack.article, found[0])


def _first_key_span(exercise: AnyExercise | None) -> tuple[int, int] | None:
    if exercise is None:
        return None
    spans = kind_of(exercise).key_spans(exercise)
    first = min(spans, key=lambda span: (span.start, span.end), default=None)
    return None if first is None else (first.start, first.end)


def _shown_from(pack: Pack, lesson: Lesson, exercise: AnyExercise) -> AnyExercise | None:
    """The exercise whose marks ``exercise`` (or one of its parts) shows, if it exists."""
    parts = getattr(exercise, "parts", ())
    references = [exercise.show_marks_from, *(part.exercise.show_marks_from for part in parts)]
    for reference in filter(None, references):
        lesson_id, _, exercise_id = reference.rpartition("/")
        try:
            return pack.lesson(lesson_id or lesson.id).exercise(exercise_id)
        except KeyError:
            continue
    return None


def quoted_passage(prompt: str, text: str) -> tuple[int, int] | None:
    """The first quotation of ``prompt`` found exactly once in ``text``, as its span there."""
    for quote in _quotations(prompt):
        found = _find_once(quote, text)
        if found is not None:
            return found
    return None


def _quotations(prompt: str) -> list[str]:
    """What ``prompt`` quotes, in its order: quoted words and block quotes."""
    lines = prompt.splitlines()
    plain = "\n".join(re.sub(r"^\s*>\s?", "", line) for line in lines)  # quotes unwrapped
    found = [(m.start(), m.group(1) or m.group(2)) for m in _QUOTED.finditer(plain)]
    offset, block = 0, []
    for line in [*lines, ""]:
        if line.lstrip().startswith(">"):
            block.append(re.sub(r"^\s*>\s?", "", line))
        elif block:
            found.append((offset, " ".join(block)))
            block = []
        offset += len(line) + 1
    return [quote for _, quote in sorted(found, key=lambda item: item[0])]


def _find_once(quote: str, text: str) -> tuple[int, int] | None:
    """Where the words of ``quote`` stand in ``text``, if they are there exactly once.

    Emphasis marks, quotation marks round it, and the kind of space or apostrophe do
    not matter; a quote that trails off is looked for by its first stretch of words."""
    quote = _EMPHASIS.sub("", quote).strip().strip("\"“”'‘’ ")
    pieces = [piece.strip() for piece in _ELLIPSIS.split(quote)]
    words = next((piece for piece in pieces if len(_WORD.findall(piece)) >= MIN_WORDS), "")
    if not words:
        return None
    pattern = r"\s+".join(_loose(word) for word in words.split())
    matches = [m.span() for m in re.finditer(pattern, text)]
    return matches[0] if len(matches) == 1 else None


def _loose(word: str) -> str:
    """A word as a pattern in which straight and curly apostrophes and quotes agree."""
    return "".join(
        "['’‘]" if char in "'’‘" else '["“”]' if char in '"“”' else re.escape(char) for char in word
    )
