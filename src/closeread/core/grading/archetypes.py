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

from collections import Counter
from collections.abc import Iterator, Sequence

from closeread.core.grading.spans import Span, TokenizedText, score_spans, tokenize
from closeread.core.kinds.registry import kind_of
from closeread.core.pack.model import Article, MarkExercise, Pack

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
    spans = []
    for lo, hi in tokens.sentence_ranges():
        spans.append((tokens.token_offsets(lo)[0], tokens.token_offsets(hi - 1)[1]))
    return spans


def _whole(tokens: TokenizedText, start: int, end: int) -> tuple[int, int]:
    """The offsets of the whole sentences around ``[start, end)``."""
    lo, hi = tokens.sentences_around(*tokens.token_range(start, end))
    return tokens.token_offsets(lo)[0], tokens.token_offsets(hi - 1)[1]


def archetype_marks(article: Article, exercise: MarkExercise) -> dict[str, list[Span]]:
    """The marks of each archetype (:data:`ARCHETYPES`) for ``exercise`` on ``article``."""
    tokens = tokenize(article.text)
    key = exercise.key
    labels = list(exercise.labels) or sorted({k.label for k in key})
    strong = []
    for k in key:
        if is_sentence_level(tokens, k.start, k.end):
            strong.append(Span(*_whole(tokens, k.start, k.end), k.label))
        else:
            strong.append(Span(k.start, k.end, k.label))
    blocks = [
        (block.start, block.end)
        for block in article.blocks
        if any(k.start < block.end and block.start < k.end for k in key)
    ]
    sentences = sentence_spans(tokens)
    in_blocks = [
        (start, end)
        for start, end in sentences
        if any(lo <= start and end <= hi for lo, hi in blocks)
    ]
    counts = Counter(k.label for k in key)
    commonest = max(labels, key=lambda label: (counts[label], -labels.index(label)))
    best_label = _best_single_label(tokens, exercise, in_blocks, labels)
    return {
        "strong": strong,
        "honest": strong[::2],
        "sentences_one_label": [Span(s, e, best_label) for s, e in in_blocks],
        "sentences_all_labels": [Span(s, e, label) for s, e in in_blocks for label in labels],
        "article_all_labels": [Span(s, e, label) for s, e in sentences for label in labels],
        "paragraphs": [Span(s, e, commonest) for s, e in blocks],
    }


def _best_single_label(
    tokens: TokenizedText,
    exercise: MarkExercise,
    spans: Sequence[tuple[int, int]],
    labels: Sequence[str],
) -> str:
    """The label that scores best when put on every one of ``spans``."""

    def score(label: str) -> float:
        marks = [Span(s, e, label) for s, e in spans]
        return _score(tokens, exercise, marks)

    return max(labels, key=lambda label: (score(label), -labels.index(label)))


def _score(tokens: TokenizedText, exercise: MarkExercise, marks: Sequence[Span]) -> float:
    return score_spans(
        tokens, exercise.key, marks, theta=exercise.theta, label_credit=exercise.label_credit
    ).score


def archetype_scores(pack: Pack, exercise: MarkExercise) -> dict[str, float]:
    """What each archetype scores on ``exercise``: the fraction of its points, before hints."""
    tokens = tokenize(pack.article.text)
    return {
        name: _score(tokens, exercise, marks)
        for name, marks in archetype_marks(pack.article, exercise).items()
    }
