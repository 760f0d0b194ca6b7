"""Archetypal answers to a mark exercise, built from the pack's own key and article.

A grade is valid when it rewards what the prompt asks for and gives nothing for
strategies that need no reading (docs/scoring.md, "Is the rule fair?"). This module
builds, for any mark exercise, the answers of a few archetypal students and scores them
by the span rule, so a test or ``closeread check`` can say whether the numbers hold:

``strong``
    every key passage found: the whole sentence(s) around a sentence-level key span,
    the exact words of any other key span, each with the key's label;
``honest``
    the same marks for every other key passage (the 1st, 3rd, ...), nothing else;
``sentences_one_label``
    every sentence of the paragraphs that hold a key span, all with one label (the
    best of the exercise's labels for the student);
``sentences_all_labels``
    the same sentences, each marked once with every label of the exercise;
``article_all_labels``
    every sentence of the article, each marked once with every label;
``paragraphs``
    every paragraph that holds a key span, marked whole, with the key's commonest label.

Sentences are the span rule's own (:meth:`TokenizedText.sentence_ranges`), paragraphs
the article's blocks; nothing depends on offsets written by hand.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import accumulate

from closeread.core.grading.spans import Span, TokenizedText, score_spans, tokenize
from closeread.core.kinds.registry import kind_of
from closeread.core.pack.model import Article, KeySpan, MarkExercise, Pack

ARCHETYPES = (
    "strong",
    "honest",
    "sentences_one_label",
    "sentences_all_labels",
    "article_all_labels",
    "paragraphs",
)


def mark_exercises(pack: Pack) -> Iterator[tuple[str, MarkExercise]]:
    """Every mark exercise of the pack with a key, the analogies' mark parts included.

    Yields ``("lesson/exercise", exercise)`` or ``("lesson/analogy/part", exercise)``.
    """
    for lesson in pack.lessons:
        for exercise in lesson.exercises:
            for path, marking in kind_of(exercise).marking(exercise, f"{lesson.id}/{exercise.id}"):
                if marking.key:
                    yield path, marking


def is_sentence_level(tokens: TokenizedText, start: int, end: int) -> bool:
    """Whether the span ``[start, end)`` is most of the sentences it touches (the rule's test)."""
    lo, hi = tokens.token_range(start, end)
    return hi > lo and tokens.zone(lo, hi) == tokens.sentences_around(lo, hi)


def sentence_spans(tokens: TokenizedText) -> list[tuple[int, int]]:
    """The code-point offsets of every sentence of the text, first word to last."""
    return list(_sentence_spans(tokens))


@lru_cache(maxsize=4)
def _sentence_spans(tokens: TokenizedText) -> tuple[tuple[int, int], ...]:
    return tuple(
        (tokens.token_offsets(lo)[0], tokens.token_offsets(hi - 1)[1])
        for lo, hi in tokens.sentence_ranges()
    )


def _strong_marks(tokens: TokenizedText, key: Sequence[KeySpan]) -> list[Span]:
    """The whole sentences around each sentence-level key span (as
    :func:`is_sentence_level` tells), the exact words of any other, with the key's label."""
    ranges = tokens.token_ranges(key, "key span")
    marks = []
    for span, (lo, hi), zone in zip(key, ranges, tokens.zones(ranges), strict=True):
        around = tokens.sentences_around(lo, hi) if hi > lo else None
        if around is not None and zone == around:
            start, end = tokens.token_offsets(around[0])[0], tokens.token_offsets(around[1] - 1)[1]
            marks.append(Span(start, end, span.label))
        else:
            marks.append(Span(span.start, span.end, span.label))
    return marks


def _key_blocks(article: Article, key: Sequence[KeySpan]) -> list[tuple[int, int]]:
    """The article's blocks (paragraphs) that hold part of a key span, in order."""
    spans = sorted((k.start, k.end) for k in key)
    starts = [start for start, _ in spans]
    furthest = list(accumulate((end for _, end in spans), max))  # the end reached so far
    blocks = []
    for block in article.blocks:
        before = bisect_left(starts, block.end)  # key spans starting before the block ends
        if before and furthest[before - 1] > block.start:
            blocks.append((block.start, block.end))
    return blocks


def _sentences_in(
    tokens: TokenizedText, blocks: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The sentences lying inside ``blocks`` (sorted, apart from each other), found by
    looking up each block rather than reading every sentence of the article."""
    sentences = _sentence_spans(tokens)
    starts = _sentence_starts(tokens)
    inside = []
    for block_start, block_end in blocks:
        index = bisect_left(starts, block_start)
        while index < len(sentences) and sentences[index][0] < block_end:
            if sentences[index][1] <= block_end:
                inside.append(sentences[index])
            index += 1
    return inside


@lru_cache(maxsize=4)
def _sentence_starts(tokens: TokenizedText) -> tuple[int, ...]:
    return tuple(start for start, _ in _sentence_spans(tokens))


class _Archetypes:
    """The archetypes of one exercise, each built and scored only when asked for."""

    def __init__(self, article: Article, exercise: MarkExercise) -> None:
        self.tokens = tokenize(article.text)
        self.exercise = exercise
        key = exercise.key
        self.labels = list(exercise.labels) or sorted({k.label for k in key})
        self.strong = _strong_marks(self.tokens, key)
        self.blocks = _key_blocks(article, key)
        self.in_blocks = _sentences_in(self.tokens, self.blocks)
        counts = Counter(k.label for k in key)
        self._best: tuple[str, float] | None = None
        self.commonest = max(
            self.labels, key=lambda label: (counts[label], -self.labels.index(label))
        )

    def best_label(self) -> tuple[str, float]:
        if self._best is None:
            self._best = _best_single_label(self.tokens, self.exercise, self.in_blocks, self.labels)
        return self._best

    def score(self, name: str) -> float:
        if name == "sentences_one_label":
            return self.best_label()[1]  # scored already, while choosing the label
        return _score(self.tokens, self.exercise, self.marks(name))

    def marks(self, name: str) -> list[Span]:
        if name == "strong":
            return self.strong
        if name == "honest":
            return self.strong[::2]
        if name == "sentences_one_label":
            label = self.best_label()[0]
            return [Span(s, e, label) for s, e in self.in_blocks]
        if name == "sentences_all_labels":
            return [Span(s, e, label) for s, e in self.in_blocks for label in self.labels]
        if name == "article_all_labels":
            spans = _sentence_spans(self.tokens)
            return [Span(s, e, label) for s, e in spans for label in self.labels]
        if name == "paragraphs":
            return [Span(s, e, self.commonest) for s, e in self.blocks]
        raise KeyError(name)


def archetype_marks(article: Article, exercise: MarkExercise) -> dict[str, list[Span]]:
    """The marks of each archetype (:data:`ARCHETYPES`) for ``exercise`` on ``article``."""
    archetypes = _Archetypes(article, exercise)
    return {name: archetypes.marks(name) for name in ARCHETYPES}


def _best_single_label(
    tokens: TokenizedText,
    exercise: MarkExercise,
    spans: Sequence[tuple[int, int]],
    labels: Sequence[str],
) -> tuple[str, float]:
    """The label that scores best when put on every one of ``spans``, and that score."""
    best, best_score = labels[0], -1.0
    for label in labels:  # the first of equals, as the labels are listed
        score = _score(tokens, exercise, [Span(s, e, label) for s, e in spans])
        if score > best_score:
            best, best_score = label, score
    return best, best_score


def _score(tokens: TokenizedText, exercise: MarkExercise, marks: Sequence[Span]) -> float:
    return score_spans(
        tokens, exercise.key, marks, theta=exercise.theta, label_credit=exercise.label_credit
    ).score


def archetype_scores(
    pack: Pack, exercise: MarkExercise, names: Sequence[str] = ARCHETYPES
) -> dict[str, float]:
    """What each archetype in ``names`` scores on ``exercise``: the fraction of its points,
    before hints."""
    archetypes = _Archetypes(pack.article, exercise)
    return {name: archetypes.score(name) for name in names}
