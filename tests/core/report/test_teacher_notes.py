"""The teacher notes export: one self-contained HTML file with the notes, each lesson's
exercises, answers and discussion prompts, the glossary and the source cards."""

from __future__ import annotations

import html
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import msgspec
import pytest

from closeread.core.kinds import registry
from closeread.core.kinds.base import Kind
from closeread.core.library.archive import build_pack
from closeread.core.pack.load import require_pack
from closeread.core.pack.model import Exercise
from closeread.core.report.teacher_notes import notes_html

FIXTURES = Path(__file__).parents[1] / "fixtures"
CARDPACK = FIXTURES / "cardpack"
BUNDLED = Path(__file__).parents[3] / "lessons" / "cyber-threat-oped"


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


def text(page: str) -> str:
    """The page's words after its style sheet, tags out and spaces collapsed."""
    body = page[page.index("</style>") :]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


@pytest.fixture(scope="module")
def page() -> str:
    return notes_html(require_pack(CARDPACK), made="2025-01-01")


def test_the_notes_come_first_with_their_table(page: str):
    assert page.index("Notes for teachers") < page.index("<h2>Lesson 1: Claims and evidence")
    assert "<table>" in page and "<td>Read the article</td>" in page  # notes.md's table
    assert "<h2>Notes for teachers</h2>" in page  # its heading one level down, under the title
    assert "made 2025-01-01" in page


def test_each_lesson_lists_its_exercises(page: str):
    words = text(page)
    assert "# Exercise Kind Points Attempts Source card" in words
    assert "1 Mark the claim and the evidence mark 4 3, best counts Who ran the survey?" in words
    assert "2 Who publishes the article? choice 1 3, best counts What is The Daily Test?" in words
    assert "mark · 4 points · 3 attempts, the best counts" in words


def test_the_answers_of_every_kind(page: str):
    words = text(page)
    # key passages with their labels' names and explanations
    assert "Claim “Cats make cities better.” The author's main claim." in words
    assert (
        "Evidence “A survey of 400 households found that 61% of cat owners felt calmer.”" in words
    )
    assert "Answer: A newspaper" in words and "A government" not in words.split("Answer:")[2]
    assert "Model answer: It reports data that someone else could check." in words
    assert "<strong>data</strong>" in page  # the model answer's Markdown, rendered
    assert "mentions data 100% data, numbers, statistic" in words
    assert "61% felt calmer Cats make cities better" in words  # the pairs


def test_discussion_prompts_end_each_lesson(page: str):
    lesson = page[
        page.index('<section class="lesson"') : page.index(
            "</section>", page.index('<section class="lesson"')
        )
    ]
    assert lesson.index("<h3>Talk about it</h3>") > lesson.index("<h3>Answers</h3>")
    assert "<li>Would you trust a <strong>survey</strong> of 400 households?" in lesson


def test_the_glossary_with_where_the_article_first_uses_each_term(page: str):
    words = text(page)
    assert "Term Definition First use" in words
    assert "survey A set of questions asked of many people" in words
    assert "“survey”, paragraph 1" in words
    assert "household The people who live together in one home. “households”, paragraph 1" in words
    assert "“by contrast”, paragraph 2" in words


def test_source_cards_with_numbered_sources_and_urls_as_text(page: str):
    words = text(page)
    assert "What is The Daily Test? (daily-test)" in words
    assert "It was first printed in 1999 [1]" in words
    assert (
        '[1] The Daily Test, "About us", dailytest.invalid. accessed 2024-05-01. '
        "https://dailytest.invalid/about" in words
    )
    assert '[2] A. Editor, "Twenty years of pets", The Daily Test. 2023-03-14' in words
    assert "Opened by: lesson 1, “Who publishes the article?”" in words


def test_the_file_stands_alone_and_prints(page: str):
    found = tags(page)
    names = {tag for tag, _ in found}
    assert not names & {"script", "link", "iframe", "object", "embed", "a"}
    for _tag, attributes in found:
        for name in ("href", "src"):
            value = attributes.get(name) or ""
            assert not value or value.startswith("data:image/"), (name, value)
    style = page[page.index("<style>") : page.index("</style>")]
    assert ".lesson, .glossary, .cards { break-before: page; page-break-before: always; }" in style
    assert "tr, .card" in style and "break-inside: avoid" in style
    assert "color: #000; background: #fff" in style
    assert "size: A4" in style


def test_pack_markdown_is_sanitised(tmp_path: Path):
    pack = require_pack(CARDPACK)
    lesson = pack.lessons[0]
    hostile = msgspec.structs.replace(
        lesson,
        discussion=("<script>alert(1)</script> [x](https://evil.example) ![p](/etc/passwd)",),
    )
    page = notes_html(
        msgspec.structs.replace(pack, lessons=(hostile,), notes="<b onclick=x>hi</b>")
    )
    assert "<script" not in page and "<b onclick" not in page
    assert "&lt;script&gt;" in page  # typed HTML is shown as text
    assert "evil.example" not in page and "/etc/passwd" not in page
    assert "<li>&lt;script&gt;alert(1)&lt;/script&gt; x [p]</li>" in page  # link, picture: text


def test_pictures_of_the_notes_are_embedded(tmp_path: Path):
    root = tmp_path / "pack"
    shutil.copytree(CARDPACK, root)
    png = bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
    )
    (root / "dot.png").write_bytes(png)
    (root / "notes.md").write_text("# Notes\n\n![a dot](dot.png) and ![gone](missing.png)\n")
    page = notes_html(require_pack(root))
    assert 'src="data:image/png;base64,' in page
    assert "missing.png" not in page and "[gone]" in page


class _Fake(Kind):
    name = "fake"

    def key_html(self, exercise, labels) -> str:
        return "<i>seven</i> (the kind's own key)"


class _FakeExercise(Exercise, frozen=True, kw_only=True):
    kind: ClassVar[str] = "fake"


def test_a_kind_writes_its_own_key_through_the_registry(monkeypatch):
    monkeypatch.setitem(registry.KINDS, "fake", _Fake())
    pack = require_pack(CARDPACK)
    lesson = pack.lessons[0]
    fake = _FakeExercise(id="f", title="A new kind", points=2, hints=())
    changed = msgspec.structs.replace(lesson, exercises=(*lesson.exercises, fake))
    page = notes_html(msgspec.structs.replace(pack, lessons=(changed,)))
    assert "<b>Answer:</b> <i>seven</i> (the kind's own key)" in page
    assert "5 A new kind fake 2 3, best counts" in text(page)


def test_an_assessment_edition_says_its_keys_are_not_in_it(tmp_path: Path):
    built = build_pack(CARDPACK, assessment=True)
    archive = tmp_path / "edition.crpack"
    archive.write_bytes(built.archive)
    page = notes_html(require_pack(archive))
    words = text(page)
    assert "This copy is an assessment edition" in words
    assert "Answer: not in this copy of the pack" in words
    assert "The author's main claim" not in words


def test_the_bundled_pack_exports_every_lesson():
    pack = require_pack(BUNDLED)
    page = notes_html(pack)
    assert page.count('<section class="lesson"') == len(pack.lessons)
    words = text(page)
    for lesson in pack.lessons:
        for number, exercise in enumerate(lesson.exercises, 1):
            assert f"{number}. {' '.join(exercise.title.split())}" in words


def test_a_writing_task_prints_its_whole_rubric_and_its_exemplars():
    pack = require_pack(FIXTURES / "writingpack")
    words = text(notes_html(pack))
    task = pack.lessons[0].exercises[-1]
    assert task.kind == "writing"
    assert "Scored by the teacher, a level 0–3 on each criterion." in words
    assert f"Length: {task.words[0]}–{task.words[1]} words." in words
    assert "Criterion Level 0 Level 1 Level 2 Level 3" in words
    for criterion in task.criteria:
        row = " ".join(
            [criterion.name, f"({criterion.weight * 100:g}%)", *map(str.strip, criterion.levels)]
        )
        assert " ".join(row.split()) in words
    for exemplar in task.exemplars:
        assert f"Exemplar, {exemplar.level}:" in words


def test_key_tables_repeat_their_head_on_every_printed_page(page: str):
    assert page.count('<table class="key"><thead>') == 3  # the passages, the rubric, the pairs
