"""The rules that keep Python-Markdown's work linear: what is refused, set aside, made literal.

No test here is timed: each checks the rule that bounds the work (benchmarks/
bench_markdown.py measures the time of every shape near the caps)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from closeread.core.pack import markdown_guard
from closeread.core.pack.markdown_guard import (
    MAX_BRACKETS_PER_BLOCK,
    MAX_LINK_CHARS,
    MAX_MARKS,
    SetAside,
    count_marks,
    far_brackets,
    marks_over_limit,
    without_comments,
)
from closeread.core.pack.rendering import (
    MAX_ARTICLE_CHARS,
    TooLong,
    article_from_markdown,
    markdown_to_html,
    refusal,
)

WORDS = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "

# Shapes that Python-Markdown takes long over, each at the most marks the limit allows
# (in blocks small enough to be formatted), or past it.
DENSE_UNITS = {
    "emphasis": "Some *em* and **strong** and _u_ words " * 6 + "\n\n",
    "links": 'see [a link](page.md) and [more](b.md "t") ' * 5 + "\n\n",
    "reference links": "see [a][r1] and [b][r2] now\n\n[r1]: a.md\n[r2]: b.md\n\n",
    "pipe tables": "| a | b |\n| --- | --- |\n" + "| x | *y* |\n" * 20 + "\n",
    "entities": "&amp; &lt; &#169; &copy; " * 10 + "\n\n",
    "lists nested 8 deep": "".join("    " * depth + "- item\n" for depth in range(8)) + "\n",
    "quotes nested 8 deep": "> " * 8 + "quoted words\n\n",
    "short lists": "1. one\n2. two\n- a\n- b\n\n",
    "inline code": "`code` and `more code` " * 5 + "\n\n",
    "typed HTML": "<b>x</b> " * 20 + "\n\n",
    "headings": "## a heading\n\n",
    "32 brackets a paragraph": "[" * 32 + " x\n\n",
    "reference definitions": "[r]: x.md\n\n",
}


# --- the limit on marks in one text ------------------------------------------------------------


@pytest.mark.parametrize("name", list(DENSE_UNITS))
def test_dense_markdown_past_the_mark_limit_is_refused(name):
    unit = DENSE_UNITS[name]
    under = unit * (MAX_MARKS // count_marks(unit))
    over = under + unit
    assert not marks_over_limit(under)
    assert marks_over_limit(over).startswith(f"it holds {SetAside(over).marks:,} Markdown marks")
    markdown_to_html(under, limit=MAX_ARTICLE_CHARS)
    with pytest.raises(TooLong, match=f"at most {MAX_MARKS:,} can be formatted"):
        markdown_to_html(over, limit=MAX_ARTICLE_CHARS)
    with pytest.raises(TooLong):
        article_from_markdown(over)


def test_marks_count_every_syntax_character_and_each_level_of_a_list():
    assert count_marks("plain words, no syntax at all.") == 0
    assert count_marks("[a](b) *c* `d` <e> & ! \\ # |") == 15
    assert count_marks("- one\n+ two\n1. three\n2. four\n-no marker") == 4
    assert count_marks("- a\n    - b\n        - c\n\t- d") == 4 + (1 + 2 + 1)


def test_the_checker_and_the_renderer_apply_the_same_rule(monkeypatch):
    monkeypatch.setattr(markdown_guard, "MAX_MARKS", 10)
    text = "*a* " * 6
    assert refusal(text) == marks_over_limit(text) != ""
    with pytest.raises(TooLong) as raised:
        markdown_to_html(text)
    assert str(raised.value) == refusal(text)
    assert refusal("*a* " * 5) == ""
    assert refusal("x" * 20_001) == "the text is 20,001 characters long; the limit is 20,000"


def test_blocks_set_aside_and_comments_do_not_count(monkeypatch):
    monkeypatch.setattr(markdown_guard, "MAX_MARKS", 10)
    dense = "[" * 1_000  # set aside: shown as plain text, never converted
    assert marks_over_limit(dense + "\n\nSome *em* here.") == ""
    assert marks_over_limit("<!-- " + "*" * 50 + " -->Some *em* here.") == ""


# --- blocks set aside, brackets and backticks made literal ------------------------------------


def test_brackets_that_would_make_markdown_read_far_are_made_literal():
    ordinary = '[a link](page.md), ![a picture](p.png "title") and [a [nested] one](x(1).md)'
    assert far_brackets(ordinary) == []
    assert far_brackets("[never closed and some words") == [0]
    assert far_brackets("[" + "x" * (MAX_LINK_CHARS + 1) + "]") == [0]
    assert far_brackets("[a `code]` b]") == [0]  # a code span could hide its "]"
    assert far_brackets("[[[[deep]]]]") == [3]
    assert far_brackets('[a](b "title" c) and more') == [0]  # its destination may not end
    assert far_brackets("[a](never closed") == [0]
    assert far_brackets("\\[escaped] and [b]") == []
    many = "[a] " * (MAX_BRACKETS_PER_BLOCK + 1)
    assert far_brackets(many) == [match.start() for match in re.finditer(r"\[", many)]


def test_markdown_is_given_no_bracket_it_could_read_far_from():
    text = "[" * 30 + " " + WORDS * 2_000  # one long paragraph
    aside = SetAside(text)
    assert "[" not in aside.text
    assert article_from_markdown(text).text == text.rstrip()  # and every bracket is shown


def test_long_runs_of_backticks_are_shown_as_they_are():
    text = "`" * 250 + " " + WORDS * 100 + "\n\nSome `code` here."
    assert "````" not in SetAside(text).text
    html = markdown_to_html(text)
    assert "`" * 250 in html and "<code>code</code>" in html


def test_literal_characters_keep_the_text_of_code_spans_and_links():
    html = markdown_to_html("`a[0` and [a link](x.md) then [no end\n\n````x````")
    assert "<code>a[0</code>" in html
    assert '<a href="x.md">a link</a>' in html
    assert "[no end" in html and "````x````" in html


def test_sweep_shapes_are_set_aside_or_refused():
    for text in ["[" * 100_000, "&amp;" * 80_000, "- * " * 400, "> " * 50_000 + "a"]:
        assert SetAside(text).marks == 0
    references = "".join(f"[r{i}]: x{i}.md\n" for i in range(50_000))
    assert SetAside(references).marks == 0


# --- comments, found in one pass --------------------------------------------------------------


@given(st.text(alphabet="<!->ab\n", max_size=60))
def test_comments_are_removed_as_the_regular_expression_would(text):
    assert without_comments(text) == re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)


def test_an_unclosed_comment_is_text():
    assert without_comments("a <!-- b <!-- c") == "a <!-- b <!-- c"
