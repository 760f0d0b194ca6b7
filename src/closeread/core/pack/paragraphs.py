"""Where an offset falls in the article: its block, and the paragraph number it has.

The reader numbers the article's paragraphs in the margin (1, 2, 3 ... over the "p"
blocks only: headings, quotes and list items have no number), and lists that point
into the article say "¶3" by the same numbers, so both count here.
"""

from __future__ import annotations

from bisect import bisect_right

from closeread.core.pack.model import Article


def paragraph_numbers(article: Article) -> tuple[int, ...]:
    """One number per block of ``article``: its paragraph number, 0 for a block that
    is not a paragraph."""
    numbers, count = [], 0
    for block in article.blocks:
        if block.kind == "p":
            count += 1
        numbers.append(count if block.kind == "p" else 0)
    return tuple(numbers)


def block_index(article: Article, offset: int) -> int | None:
    """The index of the block that holds ``offset`` (the one it begins, at a boundary);
    None when the article has no blocks."""
    if not article.blocks:
        return None
    starts = [block.start for block in article.blocks]
    return max(0, bisect_right(starts, offset) - 1)


def paragraph_at(article: Article, offset: int) -> int:
    """The number of the paragraph that holds ``offset``; 0 outside every paragraph."""
    index = block_index(article, offset)
    return 0 if index is None else paragraph_numbers(article)[index]


def block_start(article: Article, offset: int) -> int:
    """Where the block that holds ``offset`` begins (the reader opens a passage there)."""
    index = block_index(article, offset)
    return 0 if index is None else article.blocks[index].start
