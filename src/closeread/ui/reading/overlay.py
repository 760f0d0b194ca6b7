"""Marks and feedback as the reader draws them over the article, and what they say.

Data shapes (plain tuples and structs, so the reader depends on no scoring type):

- ``Mark(start, end, label)``: a student's mark, code-point offsets into the article's
  canonical text, end exclusive, ``label`` a label id. Any ``(start, end, label)``
  tuple is accepted where a Mark is expected.
- ``FeedbackItem(kind, mark, key, explanation)``: one outcome of checking, ``kind`` one
  of ``"hit"``, ``"partial"`` (right label, boundaries off), ``"wrong_label"``,
  ``"extra"`` (a mark the key has no span for; ``key`` is None) and ``"missed"`` (a key
  span no mark found; ``mark`` is None). ``FeedbackItem.from_outcome`` reads any object
  with those attributes, such as the scoring core's outcomes. ``earlier``: the verdict
  of the last attempt on a mark the student has kept while trying again (drawn dimmed).

Marks' backgrounds become ``QTextEdit.ExtraSelection`` objects: formats laid over the
text, which never change the document; the reader paints underlines and tags. Where
marks overlap, the stretch they share takes its background from the outermost mark
and its underline from the innermost, so both stay visible (their tags show where
each one starts).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple, Protocol

import msgspec
from msgspec.structs import force_setattr
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from closeread.core.pack.rendering import TooLong, markdown_to_html, without_images
from closeread.ui.common.i18n import translate
from closeread.ui.common.markstyle import (
    LabelStyle,
    background_for,
    outcome_style,
    unknown_label_style,
)
from closeread.ui.common.outside_text import escaped
from closeread.ui.reading.textmap import TextMap

if TYPE_CHECKING:  # the tokeniser (its patterns take a while to compile) is not needed here
    from closeread.core.grading.tokens import SpanLike

OUTCOME_KINDS = ("hit", "partial", "wrong_label", "extra", "missed")
QUOTE_PREVIEW = 160


class Mark(NamedTuple):
    start: int
    end: int
    label: str


class Outcome(Protocol):
    @property
    def kind(self) -> str: ...


class FeedbackItem(msgspec.Struct, frozen=True):
    """One verdict on the article: a student's mark, a key span, or the two."""

    kind: str
    mark: Mark | None = None
    key: Mark | None = None
    explanation: str = ""
    earlier: bool = False

    def __post_init__(self) -> None:
        if self.kind not in OUTCOME_KINDS:
            raise ValueError(f"unknown feedback kind {self.kind!r}")
        if self.mark is None and self.key is None:
            raise ValueError("a feedback item needs a mark, a key span or both")
        if self.mark is not None and not isinstance(self.mark, Mark):
            force_setattr(self, "mark", Mark(*self.mark))
        if self.key is not None and not isinstance(self.key, Mark):
            force_setattr(self, "key", Mark(*self.key))

    @classmethod
    def from_outcome(cls, outcome: Outcome) -> FeedbackItem:
        """From any object with ``kind``, ``mark``/``key`` (each with ``start``, ``end``,
        ``label``, or None) and ``explanation``, e.g.
        ``closeread.core.grading.spans.SpanOutcome``."""

        def span(value: SpanLike | None) -> Mark | None:
            if value is None:
                return None
            return Mark(value.start, value.end, value.label)

        return cls(
            kind=outcome.kind,
            mark=span(getattr(outcome, "mark", None)),
            key=span(getattr(outcome, "key", None)),
            explanation=getattr(outcome, "explanation", "") or "",
        )

    @property
    def span(self) -> Mark:
        """Where the item is drawn: the student's mark, or the key span it missed."""
        span = self.mark if self.mark is not None else self.key
        assert span is not None  # __post_init__ requires one of them
        return span


def as_marks(marks: Iterable[Sequence]) -> list[Mark]:
    """Marks from ``(start, end, label)`` tuples, checked; empty spans dropped."""
    result = []
    for item in marks:
        mark = item if isinstance(item, Mark) else Mark(int(item[0]), int(item[1]), str(item[2]))
        if mark.start < 0 or mark.end < mark.start:
            raise ValueError(f"not a span: {tuple(mark)!r}")
        if mark.end > mark.start:
            result.append(mark)
    return result


def style_of(styles: Mapping[str, LabelStyle], label: str) -> LabelStyle:
    return styles.get(label) or unknown_label_style(label)


class Segment(NamedTuple):
    """A stretch of text covered by the same marks: its background comes from ``outer``
    (the longest of them), its underline from ``inner`` (the shortest)."""

    start: int
    end: int
    outer: Mark
    inner: Mark


def segments(marks: Sequence[Mark]) -> list[Segment]:
    """The marked text cut where any mark starts or ends, in reading order."""
    bounds = sorted({m.start for m in marks} | {m.end for m in marks})
    result = []
    for left, right in pairwise(bounds):
        covering = [m for m in marks if m.start <= left and m.end >= right]
        if covering:
            # A stable sort: among marks of one length the one given first is outer.
            covering.sort(key=lambda m: -(m.end - m.start))
            result.append(Segment(left, right, covering[0], covering[-1]))
    return result


def mark_selections(
    document: QTextDocument,
    textmap: TextMap,
    cuts: Sequence[Segment],
    styles: Mapping[str, LabelStyle],
    palette: QPalette,
) -> list[QTextEdit.ExtraSelection]:
    """The marks' backgrounds: one ExtraSelection per segment (the reader draws the
    underlines and tags itself)."""
    selections = []
    for cut in cuts:
        fmt = QTextCharFormat()
        fmt.setBackground(background_for(style_of(styles, cut.outer.label).color, palette))
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(document)
        cursor.setPosition(textmap.to_qt(cut.start))
        cursor.setPosition(textmap.to_qt(cut.end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        selections.append(selection)
    return selections


FOUND_COLOR = "#f5c400"  # Find's tint: a highlighter's yellow, blended to keep text legible


def found_selections(
    document: QTextDocument,
    textmap: TextMap,
    spans: Sequence[tuple[int, int]],
    current: tuple[int, int] | None,
    palette: QPalette,
) -> list[QTextEdit.ExtraSelection]:
    """Find's places as backgrounds over the marks' (the current one stronger)."""
    selections = []
    for span in spans:
        fmt = QTextCharFormat()
        strength = 1.0 if span == current else 0.5
        fmt.setBackground(background_for(QColor(FOUND_COLOR), palette, scale=strength))
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(document)
        cursor.setPosition(textmap.to_qt(span[0]))
        cursor.setPosition(textmap.to_qt(span[1]), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        selections.append(selection)
    return selections


def describe(
    offset: int,
    text: str,
    marks: Sequence[Mark],
    feedback: Sequence[FeedbackItem],
    styles: Mapping[str, LabelStyle],
) -> str:
    """Rich text for a tooltip: every mark and feedback item at ``offset``, or ""."""
    parts = []
    for mark in marks:
        if not mark.start <= offset < mark.end:
            continue
        name = escaped(style_of(styles, mark.label).name)
        lines = [translate("ArticleView", "Your mark: <b>{label}</b>").format(label=name)]
        for item in feedback:
            if item.mark == mark:
                lines.append(_outcome_text(item, text, styles))
        parts.append("<br>".join(lines))
    for item in feedback:
        if (
            item.kind == "missed"
            and item.key is not None
            and item.key.start <= offset < item.key.end
        ):
            parts.append(_outcome_text(item, text, styles))
    return "<hr>".join(parts)


def _outcome_text(item: FeedbackItem, text: str, styles: Mapping[str, LabelStyle]) -> str:
    style = outcome_style(item.kind)
    head = f"{escaped(style.glyph)} <b>{escaped(style.name)}</b>"
    if item.earlier:
        return translate("ArticleView", "Last attempt: {verdict}").format(verdict=head)
    key_name = escaped(style_of(styles, item.key.label).name) if item.key else ""
    if item.kind == "hit":
        head += " — " + translate("ArticleView", "it matches the key")
    elif item.key is None and item.kind in ("wrong_label", "partial"):
        pass  # the key is not shown while the student may still try again
    elif item.kind == "wrong_label":
        head += " — " + translate("ArticleView", "the key says {label}").format(label=key_name)
    elif item.kind == "missed":
        head += " — " + translate("ArticleView", "the key marks this as {label}").format(
            label=key_name
        )
    elif item.kind == "partial" and item.key is not None and item.mark is not None:
        head += " — " + _words_that_differ(text, item.mark, item.key)
    elif item.kind == "extra":
        head += " — " + translate("ArticleView", "the key has nothing here")
    if item.explanation:
        try:
            head += without_images(markdown_to_html(item.explanation))  # for a tooltip
        except TooLong:
            head += "<p>" + escaped(item.explanation[:QUOTE_PREVIEW]) + "…</p>"
    return head


def _words_that_differ(text: str, mark: Mark, key: Mark) -> str:
    """ "extra words: “…”; missing words: “…”" for a near miss (the core's difference)."""
    from closeread.core.grading.difference import difference  # the tokeniser: when needed

    found = difference(text, mark, key)

    def quoted(spans: Sequence[SpanLike]) -> str:
        shown = []
        for span in spans:
            words = " ".join(text[span.start : span.end].split())
            if len(words) > QUOTE_PREVIEW:
                words = words[: QUOTE_PREVIEW - 1] + "…"
            shown.append(f"“{escaped(words)}”")
        return (" " + translate("ArticleView", "and") + " ").join(shown)

    parts = []
    if found.extra:
        parts.append(
            translate("ArticleView", "extra words: {words}").format(words=quoted(found.extra))
        )
    if found.missing:
        parts.append(
            translate("ArticleView", "missing words: {words}").format(words=quoted(found.missing))
        )
    return "; ".join(parts) or translate("ArticleView", "adjust where it begins or ends")
