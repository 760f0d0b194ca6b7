"""The small Markdown converter of the reports: what feedback writes, and nothing unsafe."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from closeread.core.report.lightmarkdown import to_html

ALLOWED = {"p", "ul", "ol", "li", "b", "i", "code", "blockquote", "h5"}


def test_what_feedback_writes():
    feedback = (
        "**Nearly: 2.5 of 4 points.**\n\nYou found 1 of 2 passages in the key.\n"
        "- ✓ “Cats make cities better”: right, **Claim**. The *main* claim.\n"
        "- Missed: “A survey \\[of 400\\]”, **Evidence**. See [the notes](notes.md).\n\n"
        "#### Compared: what is compared?\n\n> A model answer\n> over two lines"
    )
    assert to_html(feedback) == (
        "<p><b>Nearly: 2.5 of 4 points.</b></p><p>You found 1 of 2 passages in the key.</p>"
        "<ul><li>✓ “Cats make cities better”: right, <b>Claim</b>. The <i>main</i> claim.</li>"
        "<li>Missed: “A survey [of 400]”, <b>Evidence</b>. See the notes.</li></ul>"
        "<h5>Compared: what is compared?</h5>"
        "<blockquote><p>A model answer over two lines</p></blockquote>"
    )


def test_text_and_tags_are_escaped_or_dropped():
    assert to_html("a &lt;b&gt; & <script>x</script> `<i>` ![pic](p.png)") == (
        "<p>a &lt;b&gt; &amp; x <code>&lt;i&gt;</code> pic</p>"
    )
    assert to_html("snake_case_name and 2 * 3 * 4") == "<p>snake_case_name and 2 * 3 * 4</p>"
    assert to_html("1. one\n2. two") == "<ol><li>one</li><li>two</li></ol>"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab *_`#>-1.\n\\[]()<>&!\"'=/:xyz;")), max_size=80))
def test_only_plain_allowed_tags_come_out(markdown):
    html = to_html(markdown)
    for tag in re.findall(r"<(/?)([^\s>/]+)([^>]*)>", html):
        assert tag[1] in ALLOWED and tag[2] == "", (markdown, html)
    tags = "|".join(ALLOWED)
    assert "<" not in re.sub(rf"</?(?:{tags})>", "", html)
