"""Where a near miss differs from the key: the words it has too many and too few.

A mark that is nearly right (the right passage, its start or end off) earns partial
credit. To fix it a student needs the words that differ, not two long quotes cut off
at the same point: the *extra* words (marked, but outside the key) and the *missing*
words (in the key, but not marked), each before or after the shared part. Words are
the span rule's tokens (:mod:`closeread.core.grading.tokens`), so a full stop or a
space more or less is no difference.
"""

from __future__ import annotations

from dataclasses import dataclass

from closeread.core.grading.tokens import Span, SpanLike, TokenizedText, tokenize


@dataclass(frozen=True)
class Difference:
    """The stretches of text where a mark and a key span differ (None: no difference)."""

    extra_before: Span | None  # marked before the key begins
    extra_after: Span | None  # marked after the key ends
    missing_before: Span | None  # the key's start, not marked
    missing_after: Span | None  # the key's end, not marked

    @property
    def extra(self) -> tuple[Span, ...]:
        return tuple(span for span in (self.extra_before, self.extra_after) if span)

    @property
    def missing(self) -> tuple[Span, ...]:
        return tuple(span for span in (self.missing_before, self.missing_after) if span)

    @property
    def starts(self) -> str:
        """ "early" when the mark begins before the key, "late" after it, else ""."""
        if self.extra_before:
            return "early"
        return "late" if self.missing_before else ""

    @property
    def ends(self) -> str:
        """ "late" when the mark ends after the key, "early" before it, else ""."""
        if self.extra_after:
            return "late"
        return "early" if self.missing_after else ""


def difference(text: str | TokenizedText, mark: SpanLike, key: SpanLike) -> Difference:
    """How ``mark`` differs from ``key`` in whole words of ``text`` (the article)."""
    tokens = text if isinstance(text, TokenizedText) else tokenize(text)
    (mark_lo, mark_hi), (key_lo, key_hi) = tokens.token_ranges((mark, key), "span")

    def words(lo: int, hi: int) -> Span | None:
        if hi <= lo:
            return None
        return Span(tokens.token_offsets(lo)[0], tokens.token_offsets(hi - 1)[1], "")

    return Difference(
        extra_before=words(mark_lo, min(mark_hi, key_lo)),
        extra_after=words(max(mark_lo, key_hi), mark_hi),
        missing_before=words(key_lo, min(key_hi, mark_lo)),
        missing_after=words(max(key_lo, mark_hi), key_hi),
    )
