"""Anchor answer keys to the article by quote, as the W3C TextQuoteSelector does.

A key names the exact words (``exact``) and, only when those words occur more than once,
some words just before (``prefix``) or after (``suffix``) them. Offsets are computed here at
load time, in Python code points, and never written by hand.
"""

from __future__ import annotations

from dataclasses import dataclass


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
    """The (start, end) of the one place in ``text`` where ``quote`` stands."""
    needle = quote.prefix + quote.exact + quote.suffix
    first = text.find(needle)
    if first < 0:
        if (quote.prefix or quote.suffix) and quote.exact in text:
            raise QuoteNotFound("the quote is in the article, but not with this prefix/suffix")
        raise QuoteNotFound("the quote is not in the article")
    if text.find(needle, first + 1) >= 0:
        count = count_occurrences(text, needle)
        raise QuoteAmbiguous(
            f"the quote occurs {count} times in the article; "
            "add a prefix or suffix to say which one",
            count,
        )
    start = first + len(quote.prefix)
    return start, start + len(quote.exact)


def count_occurrences(text: str, needle: str) -> int:
    """How many places ``needle`` starts at, overlapping ones included."""
    count, position = 0, text.find(needle)
    while position >= 0:
        count += 1
        position = text.find(needle, position + 1)
    return count


def quote_for(text: str, start: int, end: int, *, step: int = 8) -> TextQuote:
    """The shortest quote (in steps of ``step`` characters of context) that leads back to
    ``text[start:end]``: no prefix or suffix unless the words alone are ambiguous."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"no text between {start} and {end}")
    exact = text[start:end]
    context = 0
    while True:
        prefix = text[max(0, start - context) : start]
        suffix = text[end : end + context]
        candidate = TextQuote(exact, prefix, suffix)
        if count_occurrences(text, prefix + exact + suffix) == 1:
            return candidate
        if start - context <= 0 and end + context >= len(text):
            return candidate  # the whole text: nothing longer can be more unique
        context += step
