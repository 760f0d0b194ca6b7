"""The glossary: where a text uses a glossary term, and the pack's ``[[glossary]]`` read in.

One rule for every place that asks (the reader's underline, the lesson pane's "Words to
know", the teacher notes and ``closeread check``): a term is used wherever one of its
forms stands as whole words, in any case; a form of several words matches them across
any run of spaces or line breaks. Its *first use* is the earliest such place in the
article's canonical text, in code points like every offset of the core.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import msgspec

from closeread.core.pack.model import AnalogyExercise, GlossaryEntry, Lesson
from closeread.core.pack.rendering import MAX_PROSE_CHARS, refusal

if TYPE_CHECKING:  # (reading pack.toml: not for the reader, which shows a loaded pack)
    from closeread.core.files.problems import ProblemList
    from closeread.core.toml.read import TomlFile

_WORD = re.compile(r"\w")


class TermUse(msgspec.Struct, frozen=True):
    """Where the text uses ``entry``: code points ``[start, end)``."""

    entry: GlossaryEntry
    start: int
    end: int


@lru_cache(maxsize=512)
def _pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    # Longer forms first: at one place, "tu quoque argument" wins over "tu quoque".
    alternatives = [
        r"\s+".join(re.escape(word) for word in form.split())
        for form in sorted(forms, key=len, reverse=True)
        if _WORD.search(form)
    ]
    if not alternatives:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


def uses(text: str, entry: GlossaryEntry) -> Iterator[tuple[int, int]]:
    """Every place ``text`` uses ``entry``, in order."""
    for match in _pattern(entry.forms).finditer(text):
        yield match.start(), match.end()


def mentions(text: str, entry: GlossaryEntry) -> bool:
    return _pattern(entry.forms).search(text) is not None


# The reader and the lesson pane ask for the same article's; the cache of checked packs
# tells what it found when the pack was checked (see ``known_first_uses``).
_FIRST_USES: dict[tuple[str, tuple[GlossaryEntry, ...]], tuple[TermUse, ...]] = {}
_KEPT = 8
_KEEPING = threading.Lock()  # (packs are checked and cached off the GUI thread)


def first_uses(text: str, glossary: Iterable[GlossaryEntry]) -> tuple[TermUse, ...]:
    """The first use of each term that ``text`` uses, in the order they come in it."""
    key = (text, tuple(glossary))
    found = _FIRST_USES.get(key)
    if found is None:
        found = _find_first_uses(*key)
        _keep(key, found)
    return found


def known_first_uses(
    text: str, glossary: Sequence[GlossaryEntry], places: Iterable[tuple[int, int, int]]
) -> None:
    """What :func:`first_uses` found earlier for ``text`` and ``glossary``, given back as
    ``(index of the entry, start, end)``, so that it need not look again; ignored when
    it cannot be that (an index or a place out of range)."""
    entries = tuple(glossary)
    uses = []
    for index, start, end in places:
        if not (0 <= index < len(entries) and 0 <= start < end <= len(text)):
            return
        uses.append(TermUse(entries[index], start, end))
    _keep((text, entries), tuple(uses))


def first_use_places(text: str, glossary: Sequence[GlossaryEntry]) -> list[tuple[int, int, int]]:
    """:func:`first_uses` as ``(index of the entry in glossary, start, end)``, to keep."""
    index = {entry: number for number, entry in enumerate(glossary)}
    return [(index[use.entry], use.start, use.end) for use in first_uses(text, glossary)]


def _keep(key: tuple[str, tuple[GlossaryEntry, ...]], uses: tuple[TermUse, ...]) -> None:
    with _KEEPING:
        _FIRST_USES.pop(key, None)
        while len(_FIRST_USES) >= _KEPT:
            del _FIRST_USES[next(iter(_FIRST_USES))]  # the oldest
        _FIRST_USES[key] = uses


def _find_first_uses(text: str, glossary: tuple[GlossaryEntry, ...]) -> tuple[TermUse, ...]:
    found = []
    for entry in glossary:
        match = _pattern(entry.forms).search(text)
        if match is not None:
            found.append(TermUse(entry, match.start(), match.end()))
    return tuple(sorted(found, key=lambda use: (use.start, -use.end)))


def term_at(text: str, glossary: Iterable[GlossaryEntry], offset: int) -> TermUse | None:
    """The term used at ``offset`` (or ending just before it: a cursor after a word),
    the shortest if several cover it; None when there is none."""
    best: TermUse | None = None
    for entry in glossary:
        for start, end in uses(text, entry):
            if start > offset:
                break
            if start <= offset <= end and (best is None or end - start < best.end - best.start):
                best = TermUse(entry, start, end)
    return best


# -- reading [[glossary]] from pack.toml ---------------------------------------------------


def read_glossary(
    meta: TomlFile, problems: ProblemList, texts: Sequence[str] = ()
) -> tuple[GlossaryEntry, ...]:
    """The entries of ``meta`` (already checked against its schema), with their problems.

    A term used nowhere in ``texts`` (the article, the lessons' intros and prompts) is
    a warning: its definition would never be reached from the reading."""
    entries: list[GlossaryEntry] = []
    seen: set[str] = set()
    for index, item in enumerate(meta.data.get("glossary", ())):
        at = ("glossary", index)
        term = " ".join(item["term"].split())
        key = term.casefold()
        if key in seen:
            problems.error(
                meta.shown_path, f'duplicate glossary term "{term}"', *meta.at(*at, "term")
            )
            continue
        seen.add(key)
        forms = tuple(" ".join(form.split()) for form in item.get("forms", (term,)))
        for number, form in enumerate(forms):
            if not _WORD.search(form):
                problems.error(
                    meta.shown_path, "a form needs a word in it", *meta.at(*at, "forms", number)
                )
        definition = item["definition"].strip()
        if not definition:
            problems.error(meta.shown_path, "the definition is empty", *meta.at(*at, "definition"))
        elif len(definition) > MAX_PROSE_CHARS:
            problems.error(
                meta.shown_path,
                f"the definition is {len(definition):,} characters long; at most "
                f"{MAX_PROSE_CHARS:,}",
                *meta.at(*at, "definition"),
            )
        elif refusal(definition):
            problems.error(
                meta.shown_path,
                f"the definition cannot be formatted: {refusal(definition)}",
                *meta.at(*at, "definition"),
            )
        entry = GlossaryEntry(term, definition, forms)
        if texts and _WORD.search(term) and not any(mentions(text, entry) for text in texts):
            problems.warning(
                meta.shown_path,
                f'the glossary term "{term}" is not used in the article, an intro or a '
                'prompt: check its spelling, or list the words used in "forms"',
                *meta.at(*at, "term"),
            )
        entries.append(entry)
    return tuple(entries)


def glossary_texts(article_text: str, lessons: Iterable[Lesson]) -> list[str]:
    """Where a glossary term is expected to be used: the article, each lesson's intro,
    its exercises' prompts (an analogy's parts too) and its discussion prompts."""
    texts = [article_text]
    for lesson in lessons:
        texts += [lesson.intro, *lesson.discussion]
        for exercise in lesson.exercises:
            texts.append(exercise.prompt)
            if isinstance(exercise, AnalogyExercise):
                texts += [part.exercise.prompt for part in exercise.parts]
    return [text for text in texts if text]
