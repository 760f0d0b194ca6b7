"""Pack pictures in the views: only through the core's rule, never Qt's own loader.

Before this rule, ``![x](%2fdev%2fzero)`` in a lesson intro made Qt read /dev/zero
until the app was killed, a FIFO made it wait forever, and a bare name loaded a file of
the working folder. Each case here must finish quickly and load nothing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import msgspec
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "core"))
from hostile_images import GOOD, GOOD_SIZE, HOSTILE, IN_CWD, make_hostile_pack

from closeread.ui.common.markdown_view import MarkdownView, is_refused
from closeread.ui.common.outside_text import plain_tooltip
from closeread.ui.exercises.lesson_pane import LessonPane
from closeread.ui.reading.overlay import FeedbackItem, Mark, describe

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and symlinks")
IMAGE = QTextDocument.ResourceType.ImageResource.value


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_hostile_pack(tmp_path)
    monkeypatch.chdir(tmp_path / "cwd")
    return root


def with_intro(pack, root: Path, intro: str):
    """``pack`` read from ``root``, its first lesson introduced by ``intro``."""
    lesson = msgspec.structs.replace(pack.lessons[0], intro=intro)
    return msgspec.structs.replace(pack, root=root, lessons=(lesson, *pack.lessons[1:])), lesson


def shown(qtbot, view: MarkdownView, markdown: str) -> float:
    """Show ``markdown``, lay it out and paint it; the height of what it shows."""
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.set_markdown(markdown)
    view.grab()  # every picture it shows is asked for here
    return view.document().size().height()


@pytest.mark.timeout(20)
@pytest.mark.parametrize("reference", HOSTILE)
def test_a_prompt_naming_a_hostile_picture_loads_nothing(qtbot, hostile, reference):
    assert (Path.cwd() / IN_CWD).is_file()
    text_only = shown(qtbot, MarkdownView(root=hostile), "Look:")
    view = MarkdownView(root=hostile)
    assert shown(qtbot, view, f"Look: ![x]({reference})") == text_only  # no 20 px picture
    assert is_refused(view.loadResource(IMAGE, QUrl(reference)))
    assert is_refused(view.document().loadResource(IMAGE, QUrl(reference)))


@pytest.mark.timeout(20)
@pytest.mark.parametrize("reference", HOSTILE)
def test_a_lesson_intro_naming_a_hostile_picture_loads_nothing(qtbot, hostile, minipack, reference):
    pane = LessonPane()
    qtbot.addWidget(pane)
    pane.resize(500, 400)
    pane.show_intro(*with_intro(minipack, hostile, f"Look: ![x]({reference})"))
    pane.grab()
    assert is_refused(pane.intro.loadResource(IMAGE, QUrl(reference)))
    assert pane.intro.toPlainText().startswith("Look:")


def test_a_picture_inside_the_pack_still_shows(qtbot, hostile):
    view = MarkdownView(root=hostile)
    height = shown(qtbot, view, f"![a chart]({GOOD})")
    image = view.loadResource(IMAGE, QUrl(GOOD))
    assert isinstance(image, QImage) and not image.isNull() and not is_refused(image)
    assert (image.width(), image.height()) == GOOD_SIZE
    assert height >= GOOD_SIZE[1]


def test_a_lesson_intro_shows_a_picture_of_its_pack(qtbot, hostile, minipack):
    pane = LessonPane()
    qtbot.addWidget(pane)
    pane.show_intro(*with_intro(minipack, hostile, f"![c]({GOOD})"))
    image = pane.intro.loadResource(IMAGE, QUrl(GOOD))
    assert not is_refused(image) and (image.width(), image.height()) == GOOD_SIZE


def test_an_svg_is_not_decoded(qtbot, hostile):
    """An SVG may name other files, which Qt's SVG reader would load from the disk."""
    (hostile / "images" / "d.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="30">'
        '<image href="incwd.png" width="30" height="20"/></svg>'
    )
    view = MarkdownView(root=hostile)
    shown(qtbot, view, "![d](images/d.svg)")
    assert is_refused(view.loadResource(IMAGE, QUrl("images/d.svg")))


def test_style_sheets_and_other_resources_are_never_loaded(qtbot, hostile):
    view = MarkdownView(root=hostile)
    qtbot.addWidget(view)
    for kind in QTextDocument.ResourceType:
        if kind.value != IMAGE:
            assert view.document().loadResource(kind.value, QUrl(IN_CWD)) == ""


@pytest.mark.timeout(20)
def test_tooltips_of_pack_text_load_no_picture(qtbot, hostile):
    """Tooltips are labels: Qt's own loader would fetch their pictures."""
    explanation = "Because ![x](%2fdev%2fzero) and ![y](incwd.png)"
    item = FeedbackItem(kind="missed", key=Mark(0, 6, "claim"), explanation=explanation)
    tip = describe(0, "a text", [], [item], {})
    assert "Because" in tip and "<img" not in tip
    assert "<img" not in plain_tooltip('<img src="%2fdev%2fzero">')
