"""MarkdownView: pack Markdown rendered, images only from inside the pack, never a link."""

import os
import zipfile

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QPalette, QTextDocument

from closeread.core.pack import markdown_guard
from closeread.ui.common.markdown_view import MarkdownView, is_refused

IMAGE = QTextDocument.ResourceType.ImageResource.value


@pytest.fixture
def pack_dir(tmp_path):
    root = tmp_path / "pack"
    (root / "images").mkdir(parents=True)
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#0072b2"))
    assert image.save(str(root / "images" / "chart.png"))
    assert image.save(str(tmp_path / "outside.png"))
    (tmp_path / "secret.txt").write_text("not for packs")
    return root


def test_renders_markdown_and_sizes_itself(qtbot):
    view = MarkdownView("Mark **the claim** and *its evidence*.")
    qtbot.addWidget(view)
    view.resize(420, 300)
    view.show()
    qtbot.waitExposed(view)
    assert view.toPlainText() == "Mark the claim and its evidence."
    assert "font-weight" in view.toHtml()
    short = view.height()
    assert 0 < short < 80  # one line, no scroll bar needed
    view.set_markdown("\n\n".join(["A longer paragraph that wraps over lines."] * 6))
    assert view.height() > short * 3
    assert view.verticalScrollBar().maximum() == 0


def test_max_height_adds_a_scroll_bar(qtbot):
    view = MarkdownView("\n\n".join(["Paragraph."] * 40), max_height=120)
    qtbot.addWidget(view)
    view.resize(420, 300)
    view.show()
    qtbot.waitExposed(view)
    assert view.height() == 120
    assert view.verticalScrollBar().maximum() > 0


def test_image_inside_the_pack_loads(qtbot, pack_dir):
    view = MarkdownView(root=pack_dir)
    qtbot.addWidget(view)
    image = view.loadResource(IMAGE, QUrl("images/chart.png"))
    assert isinstance(image, QImage) and not image.isNull()
    view.set_markdown("![A chart](images/chart.png)")
    assert isinstance(view.document().resource(IMAGE, QUrl("images/chart.png")), QImage)


@pytest.mark.parametrize(
    "reference",
    [
        "/etc/passwd",
        "file:///etc/passwd",
        "../outside.png",
        "images/../../outside.png",
        "..%2Foutside.png",
        "http://example.com/chart.png",
        "//example.com/chart.png",
        "C:/Windows/win.ini",
        "images/missing.png",
    ],
)
def test_nothing_outside_the_pack_loads(qtbot, pack_dir, reference):
    view = MarkdownView(root=pack_dir)
    qtbot.addWidget(view)
    assert is_refused(view.loadResource(IMAGE, QUrl(reference)))
    assert is_refused(view.loadResource(IMAGE, reference))


def test_markdown_naming_local_files_loads_nothing(qtbot, pack_dir):
    view = MarkdownView(root=pack_dir)
    qtbot.addWidget(view)
    view.set_markdown("![x](/etc/passwd) ![y](../outside.png) ![z](../secret.txt)")
    view.grab()  # lays out and paints: every image it would show is asked for
    assert view.document().size().height() < 40  # no 20 px picture, only a line of text
    assert "passwd" not in view.toHtml() and "outside" not in view.toHtml()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_a_symlink_out_of_the_pack_loads_nothing(qtbot, pack_dir):
    link = pack_dir / "images" / "escape.png"
    try:
        link.symlink_to(pack_dir.parent / "outside.png")
    except OSError:
        pytest.skip("cannot make symlinks here")
    view = MarkdownView(root=pack_dir)
    qtbot.addWidget(view)
    assert is_refused(view.loadResource(IMAGE, QUrl("images/escape.png")))


def test_images_load_from_an_archived_pack(qtbot, pack_dir, tmp_path):
    archive = tmp_path / "pack.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("pack/pack.toml", 'id = "zipped"\n')
        handle.write(pack_dir / "images" / "chart.png", "pack/images/chart.png")
    view = MarkdownView(root=archive)
    qtbot.addWidget(view)
    assert isinstance(view.loadResource(IMAGE, QUrl("images/chart.png")), QImage)
    assert is_refused(view.loadResource(IMAGE, QUrl("../outside.png")))


def test_no_root_loads_no_image(qtbot, pack_dir):
    view = MarkdownView()
    qtbot.addWidget(view)
    assert is_refused(view.loadResource(IMAGE, QUrl("images/chart.png")))


def test_links_are_never_followed(qtbot):
    view = MarkdownView("[a page](other.md) and [a site](https://example.com)")
    qtbot.addWidget(view)
    assert not view.openLinks() and not view.openExternalLinks()
    assert "example.com" not in view.toHtml()  # the sanitiser dropped the scheme
    with qtbot.waitSignal(view.linkClicked) as clicked:
        view.anchorClicked.emit(QUrl("other.md"))
    assert clicked.args[0] == QUrl("other.md")
    assert view.source() == QUrl()


def test_text_follows_the_window_colours(qtbot):
    view = MarkdownView("Text")
    qtbot.addWidget(view)
    palette = QPalette(view.palette())
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    view.setPalette(palette)
    assert view.palette().color(QPalette.ColorRole.Text) == QColor("#eeeeee")
    assert not view.viewport().autoFillBackground()


def test_markdown_with_too_many_marks_shows_whole_and_unformatted(qtbot, monkeypatch):
    monkeypatch.setattr(markdown_guard, "MAX_MARKS", 10)
    text = "Some *emphasis* here. " * 200  # 4,400 characters, 400 marks
    view = MarkdownView(text)
    qtbot.addWidget(view)
    assert view.toPlainText() == text.strip()  # every word, the asterisks too
    assert "font-style:italic" not in view.toHtml()
