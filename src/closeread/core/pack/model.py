"""The typed, immutable objects a lesson pack loads into.

Everything here is plain data: loading (``closeread.core.pack.load``) builds it, scoring,
storage, the CLI and the UI read it. Offsets are Python code points into the
article's canonical text (``Article.text``), end exclusive.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import ClassVar, Literal

import msgspec
from msgspec import field
from msgspec.structs import force_setattr, replace

Counts = Literal["best", "last"]
Edition = Literal["full", "assessment"]


class Label(msgspec.Struct, frozen=True):
    """A label students put on marked spans (claim, evidence, analogy, ...).

    ``number`` is the label's place in its pack's list of labels, from 1 (the pack sets
    it): the one number a student sees on the label and types to apply it, in every
    exercise of the pack. 0 for a label that belongs to no pack yet.
    """

    id: str
    name: str
    color: str
    description: str = ""
    number: int = 0


class Hint(msgspec.Struct, frozen=True):
    """A hint the student may open during an exercise, at a cost in points."""

    text: str
    cost: float = 0.0  # points taken off the exercise when the hint is opened


class KeySpan(msgspec.Struct, frozen=True):
    """One span of an answer key, anchored to the article by quote."""

    start: int
    end: int
    label: str
    quote: str
    explanation: str = ""
    id: str = ""  # "k1", "k2", ... in file order when the pack does not name it


class ChoiceOption(msgspec.Struct, frozen=True):
    """An option of a multiple-choice question, with its share of the points."""

    text: str
    weight: float  # GIFT-style fraction of the points, -1.0 ... 1.0
    feedback: str = ""


class RubricItem(msgspec.Struct, frozen=True):
    """A criterion of a short answer: met when the answer contains any of its terms."""

    name: str
    terms: tuple[str, ...]
    weight: float  # fraction of the points, 0 ... 1
    feedback: str = ""


class MatchPair(msgspec.Struct, frozen=True):
    """An item on the left and the item on the right it matches."""

    left: str
    right: str
    explanation: str = ""


class Exercise(msgspec.Struct, frozen=True, kw_only=True):
    """What every exercise kind shares."""

    id: str
    title: str
    prompt: str = ""
    points: float = 1.0
    attempts: int = 3  # 0 means unlimited
    counts: Counts = "best"
    hints: tuple[Hint, ...] = ()
    explanation: str = ""  # general feedback shown after checking
    show_marks_from: str = ""  # "lesson-id/exercise-id" whose marks are shown on the article
    card: str = ""  # the id of the source card shown beside the article while it is open
    key_hidden: bool = False  # assessment edition: the key is not in this copy

    kind: ClassVar[str] = ""


class MarkExercise(Exercise, frozen=True, kw_only=True):
    """Mark passages of the article with labels; scored against the key's spans."""

    labels: tuple[str, ...]
    key: tuple[KeySpan, ...] = ()
    theta: float = 0.5
    label_credit: Mapping[tuple[str, str], float] = field(
        default_factory=lambda: MappingProxyType({})
    )
    kind: ClassVar[str] = "mark"


class ChoiceExercise(Exercise, frozen=True, kw_only=True):
    """A multiple-choice question: one answer, or several when ``multiple``."""

    options: tuple[ChoiceOption, ...]
    multiple: bool = False
    shuffle: bool = True  # shown in a per-student order (closeread.core.kinds.choice)
    kind: ClassVar[str] = "choice"


class ShortAnswerExercise(Exercise, frozen=True, kw_only=True):
    """An answer in the student's words: accepted answers, then a rubric of terms."""

    accepted: tuple[str, ...] = ()
    rubric: tuple[RubricItem, ...] = ()
    model_answer: str = ""
    auto_score: bool = False  # a full rubric score needs no teacher (accepted answers never do)
    kind: ClassVar[str] = "short"


class MatchExercise(Exercise, frozen=True, kw_only=True):
    """Match each item on the left to one on the right (distractors match none)."""

    pairs: tuple[MatchPair, ...]
    distractors: tuple[str, ...] = ()
    left_title: str = ""
    right_title: str = ""
    kind: ClassVar[str] = "match"


class WritingCriterion(msgspec.Struct, frozen=True):
    """A criterion of a writing task's rubric: the teacher gives the answer one of its levels."""

    name: str
    weight: float  # fraction of the points, 0 ... 1; a task's weights add up to 1
    levels: tuple[str, str, str, str]  # what an answer at level 0, 1, 2 and 3 looks like


class Exemplar(msgspec.Struct, frozen=True):
    """An answer to a writing task at a known level, shown to students after they hand in."""

    level: str  # a short label: "Strong (about 3 on every criterion)"
    text: str  # Markdown
    commentary: str = ""  # why it earns that level, Markdown


class WritingExercise(Exercise, frozen=True, kw_only=True):
    """A longer response the teacher scores criterion by criterion (never the rules)."""

    words: tuple[int, int] | None = None  # the word-count guide: (least, most)
    criteria: tuple[WritingCriterion, ...] = ()
    exemplars: tuple[Exemplar, ...] = ()
    kind: ClassVar[str] = "writing"


class AnalogyExercise(Exercise, frozen=True, kw_only=True):
    """A guided analysis: each part is an exercise of its own kind, scored by its own rule."""

    parts: tuple[AnalogyPart, ...]
    kind: ClassVar[str] = "analogy"


class AnalogyPart(msgspec.Struct, frozen=True):
    """One step of an analogy exercise, and the exercise that asks it."""

    step: str  # "compared", "principle", "breakdown", or a step the pack names
    exercise: MarkExercise | ChoiceExercise | ShortAnswerExercise | MatchExercise


AnyExercise = (
    MarkExercise
    | ChoiceExercise
    | ShortAnswerExercise
    | MatchExercise
    | AnalogyExercise
    | WritingExercise
)


class Lesson(msgspec.Struct, frozen=True):
    """A lesson: its introduction, its exercises in order, its discussion prompts."""

    id: str
    title: str
    exercises: tuple[AnyExercise, ...]
    intro: str = ""
    requires: tuple[str, ...] = ()  # lesson ids best done first
    discussion: tuple[str, ...] = ()  # prompts to talk about (Markdown), never scored

    def exercise(self, exercise_id: str) -> AnyExercise:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(exercise_id)


class Source(msgspec.Struct, frozen=True):
    """Where the article comes from, for citing it and for reading it critically."""

    title: str = ""
    author: str = ""
    publisher: str = ""
    url: str = ""
    published: str = ""
    disclaimer: str = ""


class GlossaryEntry(msgspec.Struct, frozen=True):
    """A word students may not know, defined where the article first uses it."""

    term: str  # as the lists show it
    definition: str  # Markdown, a sentence or three
    forms: tuple[str, ...]  # the words looked for in the text, whole and in any case


class CardSource(msgspec.Struct, frozen=True):
    """Where a source card's facts can be checked: numbered [1], [2]... in file order."""

    cite: str
    date: str = ""  # the source's date, or "accessed YYYY-MM-DD"
    url: str = ""  # shown as text, never opened


class SourceCard(msgspec.Struct, frozen=True):
    """Facts about the article's world, in the pack's words, for reading laterally."""

    id: str
    title: str
    body: str  # Markdown citing its sources as [1], [2]...
    sources: tuple[CardSource, ...] = ()


class Block(msgspec.Struct, frozen=True):
    """One block of the article as the reader shows it: a heading, paragraph, quote or item.

    ``start``/``end`` are offsets of the block's text in ``Article.text``; ``runs`` split
    that text into pieces with inline styles ("b", "i", "code", "a"), in order.
    """

    kind: str  # "h1".."h6", "p", "blockquote", "li", "figure"
    start: int
    end: int
    runs: tuple[tuple[str, frozenset[str]], ...]
    image: str = ""  # pack-relative image path, for a "figure" block

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.runs)


class Article(msgspec.Struct, frozen=True):
    """The article a pack is built around: its Markdown, plain text and blocks."""

    markdown: str
    text: str  # canonical plain text: blocks joined by "\n"; quotes anchor here
    blocks: tuple[Block, ...]


class Pack(msgspec.Struct, frozen=True):
    """A loaded lesson pack: what names it, its article, labels and lessons."""

    id: str
    version: str
    title: str
    root: Path  # the folder (or archive) it was loaded from
    article: Article
    labels: tuple[Label, ...]
    lessons: tuple[Lesson, ...]
    content_hash: str  # sha256 of every file of the pack, hex
    description: str = ""
    authors: tuple[str, ...] = ()
    language: str = "en"
    edition: Edition = "full"
    source: Source = field(default_factory=Source)
    notes: str = ""  # teacher notes, Markdown
    glossary: tuple[GlossaryEntry, ...] = ()
    cards: tuple[SourceCard, ...] = ()
    theta: float = 0.5
    label_credit: Mapping[tuple[str, str], float] = field(
        default_factory=lambda: MappingProxyType({})
    )

    def __post_init__(self) -> None:
        numbered = tuple(
            label if label.number == place else replace(label, number=place)
            for place, label in enumerate(self.labels, start=1)
        )
        force_setattr(self, "labels", numbered)  # the one rule for a label's number

    def label(self, label_id: str) -> Label:
        for label in self.labels:
            if label.id == label_id:
                return label
        raise KeyError(label_id)

    def lesson(self, lesson_id: str) -> Lesson:
        for lesson in self.lessons:
            if lesson.id == lesson_id:
                return lesson
        raise KeyError(lesson_id)

    def card(self, card_id: str) -> SourceCard:
        for card in self.cards:
            if card.id == card_id:
                return card
        raise KeyError(card_id)
