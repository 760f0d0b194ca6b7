"""Paragraph numbers: the margin's numbers, counted over paragraphs only."""

from closeread.core.pack.model import Article, Block
from closeread.core.pack.paragraphs import block_start, paragraph_at, paragraph_numbers


def article(*blocks: tuple[str, str]) -> Article:
    made, start = [], 0
    for kind, text in blocks:
        made.append(Block(kind, start, start + len(text), ((text, frozenset()),)))
        start += len(text) + 1
    return Article(markdown="", text="\n".join(text for _, text in blocks), blocks=tuple(made))


ARTICLE = article(
    ("h1", "Title"),
    ("p", "First paragraph."),
    ("blockquote", "A quote."),
    ("p", "Second paragraph."),
    ("h2", "Part two"),
    ("p", "Third paragraph."),
)


def test_paragraphs_are_numbered_and_other_blocks_are_not():
    assert paragraph_numbers(ARTICLE) == (0, 1, 0, 2, 0, 3)


def test_an_offset_knows_its_paragraph_and_where_its_block_begins():
    text = ARTICLE.text
    second = text.index("Second")
    assert paragraph_at(ARTICLE, second + 3) == 2
    assert block_start(ARTICLE, second + 3) == second
    assert paragraph_at(ARTICLE, text.index("quote")) == 0
    assert paragraph_at(ARTICLE, 0) == 0 and block_start(ARTICLE, 2) == 0
    assert paragraph_at(ARTICLE, len(text) - 1) == 3


def test_an_article_without_blocks():
    empty = Article(markdown="", text="", blocks=())
    assert paragraph_numbers(empty) == ()
    assert paragraph_at(empty, 0) == 0 and block_start(empty, 5) == 0
