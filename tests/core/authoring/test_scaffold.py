"""A new pack around an article: valid as made, commented, and faithful to the words."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from closeread.core.authoring.scaffold import (
    _ARTICLE_COMMENT,
    LESSON_FILE,
    ScaffoldError,
    is_title,
    new_pack,
    new_pack_from_text,
    plain_text_to_markdown,
)
from closeread.core.pack.load import load_pack
from closeread.core.pack.markdowntext import escape_markdown
from closeread.core.pack.rendering import article_from_markdown

ARTICLE = """\
Questioning the China Cyber Threat Theory
For a start, it is often neglected that China is a major victim of cyber attacks. [Special coverage]
1986. A year *like* no other: 2*3*4 = 24, and C:\\path\\to_file is <b>not</b> bold & "quoted".
# not a heading
- not a list item
> not a quote
Morally, this is akin to saying that it is OK to break into someone else's house.
"""


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def words(text: str) -> list[str]:
    """The paragraphs of a plain text as CloseRead shows them: a paragraph per line, or
    per block between blank lines when there are some; runs of spaces as one space."""
    if re.search(r"\n[ \t]*\n", text.strip("\n")):
        blocks = re.split(r"\n[ \t]*\n", text)
    else:
        blocks = text.split("\n")
    lines = (re.sub(r"[ \t\n\r\f]+", " ", block).strip() for block in blocks)
    return [line for line in lines if line]


def test_a_plain_text_article_makes_a_valid_pack(tmp_path: Path):
    made = new_pack(tmp_path / "My Pack 2", write(tmp_path / "article.txt", ARTICLE))
    assert made.pack_id == "my-pack-2"
    assert made.title == "Questioning the China Cyber Threat Theory"
    assert made.files == ("pack.toml", "article.md", "notes.md", LESSON_FILE)
    result = load_pack(made.root)
    assert [str(problem) for problem in result.problems] == [
        f"{made.root}/{LESSON_FILE}:31:1: warning: the key is empty: every mark will count as extra"
    ]
    pack = result.pack
    assert pack.article.text.split("\n") == words(ARTICLE)
    assert [(label.id, label.color) for label in pack.labels] == [
        ("claim", "#d55e00"),
        ("evidence", "#0072b2"),
        ("analogy", "#009e73"),
    ]
    assert (pack.id, pack.version, pack.title, pack.theta) == (made.pack_id, "1.0", made.title, 0.5)
    (lesson,) = pack.lessons
    (exercise,) = lesson.exercises
    assert (exercise.kind, exercise.labels, exercise.key) == (
        "mark",
        ("claim", "evidence", "analogy"),
        (),
    )
    assert "Notes for teachers" in pack.notes
    # The title line is the article's heading, not its first paragraph.
    assert [block.kind for block in pack.article.blocks][:2] == ["h1", "p"]
    article_md = (made.root / "article.md").read_text(encoding="utf-8")
    assert "\n# Questioning the China Cyber Threat Theory\n\nFor a start" in article_md


def test_a_first_line_that_is_a_sentence_or_a_caption_stays_a_paragraph(tmp_path: Path):
    caption = (
        "President Xi Jinping addresses the opening of the Second World Internet Conference "
        "in Wuzhen, Zhejiang province, on Wednesday. (Photo: China Daily/Wu Zhiyi)"
    )
    for first in (caption, "It was a dark and stormy night.", "Dear reader:"):
        assert not is_title(first)
        made = new_pack(tmp_path / str(len(first)), write(tmp_path / "a.txt", f"{first}\nMore."))
        blocks = load_pack(made.root).pack.article.blocks
        assert [block.kind for block in blocks] == ["p", "p"]
    assert is_title("Is China a cyber threat?") and is_title("Cats, and the city")
    only = new_pack(tmp_path / "only", write(tmp_path / "b.txt", "Just one line\n"))
    assert [b.kind for b in load_pack(only.root).pack.article.blocks] == ["p"]


def test_pasted_text_makes_the_same_pack(tmp_path: Path):
    made = new_pack_from_text(tmp_path / "pasted", ARTICLE, pack_id="pasted")
    from_file = new_pack(tmp_path / "file", write(tmp_path / "a.txt", ARTICLE))
    assert made.title == from_file.title == "Questioning the China Cyber Threat Theory"
    for name in ("article.md", LESSON_FILE):
        assert (made.root / name).read_bytes() == (from_file.root / name).read_bytes()
    assert "`pasted text`" in (made.root / "notes.md").read_text(encoding="utf-8")
    markdown = new_pack_from_text(tmp_path / "md", "## A *title*\n\nText.", markdown=True)
    assert markdown.title == "A title"
    with pytest.raises(ScaffoldError, match="The article: the article has no text"):
        new_pack_from_text(tmp_path / "blank", "  \n\n")
    assert not (tmp_path / "blank").exists()


def test_every_key_is_explained_by_a_comment(tmp_path: Path):
    made = new_pack(tmp_path / "pack", write(tmp_path / "a.txt", ARTICLE))
    for name in ("pack.toml", LESSON_FILE):
        lines = (made.root / name).read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines):
            if re.match(r"^[a-z_]+ = ", line):
                assert "#" in line or lines[number - 1].startswith("#"), (name, line)
    for name in ("article.md", "notes.md"):
        assert (made.root / name).read_text(encoding="utf-8").startswith("<!--\n")


def test_blank_lines_separate_paragraphs_when_the_text_has_them(tmp_path: Path):
    text = "A title\n\nA paragraph written\nover two lines.\n\n\nAnother one.\n"
    made = new_pack(tmp_path / "pack", write(tmp_path / "a.txt", text))
    pack = load_pack(made.root).pack
    assert pack.article.text == "A title\nA paragraph written over two lines.\nAnother one."
    assert (pack.title, pack.article.blocks[0].kind) == ("A title", "h1")


def test_a_markdown_article_is_copied_and_titled_by_its_first_heading(tmp_path: Path):
    markdown = "*An op-ed.*\n\n## The *real* title\n\nSome text with a [link](x.md).\n"
    made = new_pack(tmp_path / "pack", write(tmp_path / "a.md", markdown))
    assert made.title == "The real title"
    assert (made.root / "article.md").read_text(encoding="utf-8") == _ARTICLE_COMMENT + markdown
    assert (
        load_pack(made.root).pack.article.text
        == "An op-ed.\nThe real title\nSome text with a link."
    )


def test_id_and_title_can_be_given(tmp_path: Path):
    made = new_pack(
        tmp_path / "pack", write(tmp_path / "a.txt", ARTICLE), pack_id="oped-2015", title="An op-ed"
    )
    meta = tomllib.loads((made.root / "pack.toml").read_text(encoding="utf-8"))
    assert (meta["id"], meta["title"]) == ("oped-2015", "An op-ed")
    with pytest.raises(ScaffoldError, match='"Op Ed" is not a valid pack id'):
        new_pack(tmp_path / "other", tmp_path / "a.txt", pack_id="Op Ed")
    assert not (tmp_path / "other").exists()


def test_a_folder_that_is_not_empty_is_refused(tmp_path: Path):
    article = write(tmp_path / "a.txt", ARTICLE)
    (tmp_path / "full").mkdir()
    write(tmp_path / "full" / "mine.txt", "keep me")
    with pytest.raises(ScaffoldError, match="is a folder that is not empty"):
        new_pack(tmp_path / "full", article)
    assert [path.name for path in (tmp_path / "full").iterdir()] == ["mine.txt"]
    with pytest.raises(ScaffoldError, match="is a file"):
        new_pack(article, article)
    (tmp_path / "empty").mkdir()
    assert new_pack(tmp_path / "empty", article).root == tmp_path / "empty"


def test_articles_that_cannot_be_used(tmp_path: Path):
    (tmp_path / "latin1.txt").write_bytes(b"One line\ncaf\xe9\n")
    with pytest.raises(ScaffoldError, match=r"latin1.txt:2: the article is not UTF-8"):
        new_pack(tmp_path / "a", tmp_path / "latin1.txt")
    with pytest.raises(ScaffoldError, match="the article has no text"):
        new_pack(tmp_path / "b", write(tmp_path / "blank.txt", " \n\n \n"))
    with pytest.raises(ScaffoldError, match="cannot read the article"):
        new_pack(tmp_path / "c", tmp_path / "missing.txt")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["blank.txt", "latin1.txt"]


# Characters Markdown may read as syntax, mixed with words, spaces and other scripts.
PIECES = st.one_of(
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=3),
    st.sampled_from(
        [
            *("\\", "*", "_", "`", "[", "]", "(x)", "!", "#", "> ", "- ", "+ ", "1. ", "12."),
            *("---", "<b>", "</p>", "<!--", "-->", "&amp;", "&#42;", "&copy", "<http://x>"),
            *("    ", "\t", "\n", " \n"),
        ]
    ),
)
LINES = st.lists(st.lists(PIECES, max_size=10).map("".join), min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(LINES)
def test_the_article_text_is_exactly_the_words_of_a_plain_text(lines):
    for title in (False, True):
        markdown = _ARTICLE_COMMENT + plain_text_to_markdown("\n".join(lines), title=title)
        text = article_from_markdown(markdown).text
        assert text.split("\n") == (words("\n".join(lines)) or [""])


def test_escaping_leaves_ordinary_text_alone():
    assert escape_markdown("It's 9 o'clock: “quoted”, and—dashes.") == (
        "It's 9 o'clock: “quoted”, and—dashes."
    )
    assert escape_markdown("1986. A year") == "1986\\. A year"
    assert escape_markdown("a *b* <c> &amp; d") == "a \\*b\\* &lt;c> &amp;amp; d"
