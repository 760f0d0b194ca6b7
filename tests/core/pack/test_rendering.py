"""The article's canonical text, its blocks, and the sanitising of every piece of Markdown."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from closeread.core.pack import conversion, rendering
from closeread.core.pack.anchoring import TextQuote, anchor
from closeread.core.pack.markdown_guard import SetAside
from closeread.core.pack.rendering import TooLong, article_from_markdown, markdown_to_html, sanitise


def assert_blocks_consistent(article) -> None:
    assert article.text == "\n".join(block.text for block in article.blocks)
    offset = 0
    for block in article.blocks:
        assert block.start == offset
        assert article.text[block.start : block.end] == block.text
        offset = block.end + 1


# --- canonical text --------------------------------------------------------------------------


def test_canonical_text_collapses_whitespace_and_drops_markup():
    article = article_from_markdown(
        "# The   *big*  title\n\n"
        "A paragraph   with **bold**, _italic_\tand `code`,\n"
        "split over   two lines.  \n"
        "After a hard break.\n\n"
        "> A quote\n> on two lines.\n\n"
        "- one\n- **two**\n\n"
        "1. first\n"
    )
    assert article.text == (
        "The big title\n"
        "A paragraph with bold, italic and code, split over two lines. After a hard break.\n"
        "A quote on two lines.\n"
        "one\n"
        "two\n"
        "first"
    )
    assert [block.kind for block in article.blocks] == ["h1", "p", "blockquote", "li", "li", "li"]
    assert_blocks_consistent(article)


def test_runs_keep_the_inline_styles():
    article = article_from_markdown("Plain *it* **bold** `code` [link](notes.md) ***both***")
    (block,) = article.blocks
    assert block.runs == (
        ("Plain ", frozenset()),
        ("it", frozenset({"i"})),
        (" ", frozenset()),
        ("bold", frozenset({"b"})),
        (" ", frozenset()),
        ("code", frozenset({"code"})),
        (" ", frozenset()),
        ("link", frozenset({"a"})),
        (" ", frozenset()),
        ("both", frozenset({"b", "i"})),
    )


def test_a_quote_across_emphasis_anchors_in_the_canonical_text():
    article = article_from_markdown("Intro.\n\nIt is *akin to* saying that it is **OK**.")
    start, end = anchor(article.text, TextQuote("akin to saying that it is OK"))
    assert article.text[start:end] == "akin to saying that it is OK"
    assert article.blocks[1].start <= start < end <= article.blocks[1].end


def test_entities_and_escapes_become_characters():
    article = article_from_markdown("Fish &amp; chips &lt;b&gt; \\*not emphasis\\* caf&eacute;")
    assert article.text == "Fish & chips <b> *not emphasis* café"


def test_astral_characters_count_one_code_point_each():
    article = article_from_markdown("# 🐈 𠀀\n\nCats 😺 purr.")
    assert article.text == "🐈 𠀀\nCats 😺 purr."
    assert article.blocks[1].start == 4
    assert_blocks_consistent(article)


def test_images_inside_the_pack_become_figures():
    article = article_from_markdown("Text.\n\n![A cat](images/cat.png)\n\nMore.")
    figure = article.blocks[1]
    assert (figure.kind, figure.image, figure.text) == ("figure", "images/cat.png", "A cat")
    assert_blocks_consistent(article)


def test_an_empty_article_has_no_blocks():
    article = article_from_markdown("   \n\n")
    assert article.text == "" and article.blocks == ()


# --- generated Markdown ----------------------------------------------------------------------

PIECES = st.sampled_from(
    [
        "word",
        "Cats",
        "😀",
        "𠀀",
        "中文",
        "  ",
        " ",
        "\t",
        "\n",
        "*em*",
        "**strong**",
        "_u_",
        "`code`",
        "[link](a.md)",
        "[bad](javascript:x)",
        "![img](p.png)",
        "&amp;",
        "&nbsp;",
        "<b>b</b>",
        "<script>alert(1)</script>",
        "<span>s</span>",
        ",",
        ".",
        "'",
        '"',
        "\\*",
    ]
)
STARTS = st.sampled_from(["", "", "# ", "## ", "> ", "- ", "1. ", "    "])


@st.composite
def markdown_documents(draw) -> str:
    blocks = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(STARTS)
        body = "".join(draw(st.lists(PIECES, max_size=12)))
        blocks.append(start + body)
    separator = draw(st.sampled_from(["\n\n", "\n"]))
    return separator.join(blocks)


@settings(max_examples=150, deadline=None)
@given(markdown_documents())
def test_block_offsets_always_match_the_canonical_text(markdown):
    article = article_from_markdown(markdown)
    assert_blocks_consistent(article)
    for block in article.blocks:
        assert block.text == block.text.strip(" ")
        assert "\n" not in block.text and "\t" not in block.text and "  " not in block.text
        assert block.text or block.image
        assert block.end - block.start == len(block.text)
        assert "klzzwxh" not in block.text and "\x02" not in block.text
        assert "\x03" not in block.text


# --- sanitising ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "file:///etc/passwd",
        "http://example.org/",
        "https://example.org/",
        "mailto:a@b.c",
        "data:text/html,hi",
        "/etc/passwd",
        "../outside.md",
        "lessons/../../outside.md",
        "C:\\Windows\\win.ini",
        "//example.org/x",
    ],
)
def test_links_that_leave_the_pack_lose_their_href(url):
    html = markdown_to_html(f"[a link]({url})")
    assert html == "<p><a>a link</a></p>"


@pytest.mark.parametrize(
    "source", ["/etc/passwd", "../secret.png", "file:///etc/passwd", "http://x/y.png"]
)
def test_images_from_outside_the_pack_lose_their_source(source):
    html = markdown_to_html(f"![x]({source})")
    assert html == '<p><img alt="x"></p>'


@pytest.mark.parametrize("url", ["notes.md", "images/cat.png", "#section", "a%20b.md"])
def test_links_inside_the_pack_are_kept(url):
    assert f'href="{url}"' in markdown_to_html(f"[in]({url})")


def test_html_typed_in_a_pack_is_shown_as_text_never_as_elements():
    html = markdown_to_html(
        "Hello <script>alert('x')</script> <img src=a.png onerror=alert(1)> "
        '<iframe src="x.html"></iframe> <b style="color:red" onclick="x()">bold</b>'
        "\n\n<style>p { display: none }</style>"
    )
    for tag in ("<script", "<img", "<iframe", "<b ", "<b>", "<style"):
        assert tag not in html
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in html
    article = article_from_markdown("A <b>bold</b> move, x < y.\n\n<div>\nblock\n</div>")
    assert article.text == "A <b>bold</b> move, x < y.\n<div> block </div>"


def test_the_html_stash_never_leaks_into_the_text():
    article = article_from_markdown("*em**em*<script>alert(1)</script>")
    assert "klzzwxh" not in article.text and "\x02" not in article.text
    assert "\x03" not in article.text


def test_sanitise_is_applied_to_raw_html_too():
    assert sanitise('<a href="javascript:x()">x</a>') == "<a>x</a>"
    assert sanitise('<a href="ok.md" target="_blank">x</a>') == '<a href="ok.md">x</a>'


# --- size caps -------------------------------------------------------------------------------


def test_prose_over_the_cap_is_not_rendered():
    markdown_to_html("x" * rendering.MAX_PROSE_CHARS)
    with pytest.raises(TooLong, match="the limit is 20,000"):
        markdown_to_html("[" * (rendering.MAX_PROSE_CHARS + 1))
    with pytest.raises(TooLong, match="is 11 characters long; the limit is 10"):
        markdown_to_html("x" * 11, limit=10)


def test_an_article_over_the_cap_is_not_rendered(monkeypatch):
    monkeypatch.setattr(rendering, "MAX_ARTICLE_CHARS", 100)
    assert article_from_markdown("x" * 100).text == "x" * 100
    with pytest.raises(TooLong, match="the text is 101 characters long; the limit is 100"):
        article_from_markdown("x" * 101)


def test_comments_are_notes_for_editors_and_never_shown():
    article = article_from_markdown("<!-- a note\nover two lines -->\n\nThe text. <!-- x --> More.")
    assert article.text == "The text. More."


# Inputs that broke a Python-Markdown release: 3.11.3 leaks a placeholder into the first
# two and drops the "<" of the third. pyproject excludes that release; these fail on the
# next one that does the same, in the CI run on the newest versions.
@pytest.mark.parametrize(
    ("markdown", "words"),
    [
        ("*em**em*`code`", ["em", "code"]),
        ("* item *a**b*`c`\n* two", ["item", "a", "b", "c", "two"]),
        ("*a**b*<i>x</i>", ["a", "b", "<i>x</i>"]),
    ],
)
def test_overlapping_emphasis_keeps_every_word_and_no_placeholder(markdown, words):
    text = article_from_markdown(markdown).text
    assert not re.search("klzzwxh|[\x02\x03]", text)
    position = 0
    for word in words:
        position = text.index(word, position) + len(word)


def test_emphasis_markers_can_be_made_plain_keeping_list_markers():
    assert conversion._without_emphasis("*a* _b_ \\*c\n* item **d**\n  * inner") == (
        "\\*a\\* \\_b\\_ \\*c\n* item \\*\\*d\\*\\*\n  * inner"
    )


HOSTILE_MARKDOWN = {
    "100,000 brackets": "[" * 100_000,
    "80,000 entities": "&amp;" * 80_000,
    "50,000 reference definitions": "".join(f"[r{i}]: x{i}.md\n" for i in range(50_000)),
    "lists nested 400 deep": "- * " * 400,
    "quotes nested 50,000 deep": "> " * 50_000 + "a",
    "50,000 runs of hashes": ("#" * 7 + " a\n") * 50_000,
}


@pytest.mark.parametrize("name", list(HOSTILE_MARKDOWN))
def test_dense_markdown_is_shown_as_plain_text_and_never_converted(name):
    text = HOSTILE_MARKDOWN[name]
    assert SetAside(text).marks == 0  # nothing of it is left for Python-Markdown to read
    article = article_from_markdown(text)
    assert_blocks_consistent(article)
    assert article.text  # every word is still there to read and to mark
    assert "closeread" not in article.text  # no stand-in token leaks


def test_a_dense_block_beside_ordinary_ones_leaves_them_formatted():
    text = "An *ordinary* paragraph.\n\n" + "[" * 1_000 + "\n\nAnother **one**."
    html = markdown_to_html(text, limit=rendering.MAX_ARTICLE_CHARS)
    assert "<em>ordinary</em>" in html and "<strong>one</strong>" in html
    assert "[" * 1_000 in html
