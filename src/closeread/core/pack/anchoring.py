"""Anchor answer keys to the article by quote, as the W3C TextQuoteSelector does.

A key names the exact words (``exact``) and, only when those words occur more than once,
some words just before (``prefix``) or after (``suffix``) them. Offsets are computed here at
load time, in Python code points, and never written by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from closeread.core.pack.occurrences import occurrences

MAX_COUNTED = 1_000  # "occurs 1,000 or more times": past this, counting tells nothing new
# Fewer quotes than this are found one at a time: reading the article in C once per
# quote is then quicker than reading it once in Python for all of them.
INDEX_FROM = 32


class AnchorError(ValueError):
    """A quote that does not lead to exactly one place in the text."""


class QuoteNotFound(AnchorError):
    pass


class QuoteAmbiguous(AnchorError):
    def __init__(self, message: str, count: int) -> None:
        super().__init__(message)
        self.count = count


@dataclass(frozen=True)
class TextQuote:
    exact: str
    prefix: str = ""
    suffix: str = ""


def anchor(text: str, quote: TextQuote) -> tuple[int, int]:
    """The (start, end) of the one place in ``text`` where ``quote`` stands: the rule for
    one quote. A pack's quotes are anchored together by :class:`Anchors`, to the same
    places and with the same messages."""
    needle = _needle(quote)
    first = text.find(needle)
    if first < 0:
        count = 0
    elif text.find(needle, first + 1) < 0:
        count = 1
    else:
        count = count_occurrences(text, needle, limit=MAX_COUNTED)
    return _placed(quote, first, count, lambda: quote.exact in text)


class Anchors:
    """Where the quotes of a pack stand, all found with one index of the article.

    Anchoring each quote by itself reads the article once per quote; this reads it once
    (or twice) for all of them (:mod:`closeread.core.pack.occurrences`). A quote it was
    not built with is anchored by :func:`anchor`."""

    def __init__(
        self, text: str, quotes: Iterable[TextQuote], *, index_from: int = INDEX_FROM
    ) -> None:
        self.text = text
        needles: set[str] = set()
        for quote in quotes:
            needles.add(_needle(quote))
            if quote.prefix or quote.suffix:
                needles.add(quote.exact)
        few = len(needles) < index_from  # then each is found alone, by anchor()
        self._found = {} if few else occurrences(text, needles)

    def anchor(self, quote: TextQuote) -> tuple[int, int]:
        """The (start, end) of the one place where ``quote`` stands, as :func:`anchor`."""
        needle = _needle(quote)
        known = needle in self._found
        if known and (quote.prefix or quote.suffix):
            known = quote.exact in self._found
        if not known:
            return anchor(self.text, quote)
        first, count = self._found[needle]
        return _placed(quote, first, count, lambda: self._found[quote.exact][1] > 0)


def _needle(quote: TextQuote) -> str:
    return quote.prefix + quote.exact + quote.suffix


def _placed(
    quote: TextQuote, first: int, count: int, exact_found: Callable[[], bool]
) -> tuple[int, int]:
    """The quote's place, from where its words with their context first stand and how
    often (``count``, counted up to ``MAX_COUNTED`` at least); or why it has none."""
    if count == 0:
        if (quote.prefix or quote.suffix) and exact_found():
            raise QuoteNotFound("the quote is in the article, but not with this prefix/suffix")
        raise QuoteNotFound("the quote is not in the article")
    if count > 1:
        count = min(count, MAX_COUNTED)
        times = f"{count:,} or more" if count == MAX_COUNTED else f"{count}"
        raise QuoteAmbiguous(
            f"the quote occurs {times} times in the article; "
            "add a prefix or suffix to say which one",
            count,
        )
    start = first + len(quote.prefix)
    return start, start + len(quote.exact)


def count_occurrences(text: str, needle: str, limit: int | None = None) -> int:
    """How many places ``needle`` starts at, overlapping ones included (at most ``limit``).

    A needle that cannot overlap itself (no proper prefix equal to a suffix, as with most
    words) is counted by ``str.count`` in one pass; only one that can is counted a match at
    a time."""
    if not _overlaps_itself(needle):
        count = text.count(needle)
        return count if limit is None else min(count, limit)
    count, position = 0, text.find(needle)
    while position >= 0 and (limit is None or count < limit):
        count += 1
        position = text.find(needle, position + 1)
    return count


def _overlaps_itself(needle: str) -> bool:
    return any(needle[:size] == needle[-size:] for size in range(1, len(needle)))


def is_unique(text: str, needle: str) -> bool:
    """Whether ``needle`` stands at exactly one place in ``text``."""
    first = text.find(needle)
    return first >= 0 and text.find(needle, first + 1) < 0


def quote_for(text: str, start: int, end: int, *, step: int = 8, words: bool = False) -> TextQuote:
    """The shortest quote that leads back to ``text[start:end]``: no prefix or suffix
    unless the words alone are ambiguous.

    The context grows in steps of ``step`` characters, or, with ``words=True``, a word at
    a time, so that a prefix starts and a suffix ends at a word boundary (a run of spaces
    or line breaks, or the ends of the text): ``prefix="considers "``, not ``"siders "``.
    That is the form for keys a person reads; the prefix or suffix alone is tried before
    both together, and the shorter of two that work is taken."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"no text between {start} and {end}")
    if words:
        return _quote_in_words(text, start, end)
    exact = text[start:end]
    context = 0
    while True:
        prefix = text[max(0, start - context) : start]
        suffix = text[end : end + context]
        candidate = TextQuote(exact, prefix, suffix)
        if is_unique(text, prefix + exact + suffix):
            return candidate
        if start - context <= 0 and end + context >= len(text):
            return candidate  # the whole text: nothing longer can be more unique
        context += step


def _quote_in_words(text: str, start: int, end: int) -> TextQuote:
    exact = text[start:end]
    if is_unique(text, exact):
        return TextQuote(exact)
    # Where a prefix of 1, 2, ... words starts, and where a suffix of as many ends.
    starts = [i for i in range(start - 1, -1, -1) if _word_starts(text, i)]
    ends = [i for i in range(end + 1, len(text) + 1) if _word_ends(text, i)]
    for n in range(1, max(len(starts), len(ends)) + 1):
        prefix = text[starts[min(n, len(starts)) - 1] : start] if starts else ""
        suffix = text[end : ends[min(n, len(ends)) - 1]] if ends else ""
        alone = [TextQuote(exact, prefix=prefix), TextQuote(exact, suffix=suffix)]
        unique = [
            quote
            for quote in sorted(alone, key=lambda q: len(q.prefix) + len(q.suffix))
            if (quote.prefix or quote.suffix)
            and is_unique(text, quote.prefix + exact + quote.suffix)
        ]
        if unique:
            return unique[0]
        if is_unique(text, prefix + exact + suffix):
            return TextQuote(exact, prefix, suffix)
    return TextQuote(exact, text[:start], text[end:])  # the whole text is unique


def _word_starts(text: str, index: int) -> bool:
    return not text[index].isspace() and (index == 0 or text[index - 1].isspace())


def _word_ends(text: str, index: int) -> bool:
    return not text[index - 1].isspace() and (index == len(text) or text[index].isspace())
