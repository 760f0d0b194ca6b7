"""Translated text fits: no label, button or tab of the main screens is cut off.

Spanish runs about a third longer than English, and Chinese needs other fonts. The main
window (a marking exercise checked), My Progress, the shortcuts, the dashboard and the
pack editor are opened at 1366×768 and 1024×768 in:

- "long": a made-up translation, every word of the English a third longer, so the test
  means something before the real translations are in (and for any language to come);
- each shipped language, with its real translation.

A widget whose text does not wrap is cut off when its size hint (what its text needs) is
wider than the room the layout gave it; a window is cut off by the screen when it needs
more room than the screen has. The fix is in the layout (word wrap, eliding
with the whole text as a tooltip, a shorter arrangement), never a fixed pixel width.
"""

from __future__ import annotations

import math
import re
import subprocess
import xml.etree.ElementTree as ET

import pytest
from app_support import data_dir, translated
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from screens import main_screens, plain
from ts_support import tools, ts_files

SIZES = [(1366, 768), (1024, 768)]
_PROTECTED = re.compile(r"(\{[^{}]*\}|<[^<>]*>|%L?\w|&\w|&&)")
_WORD = re.compile(r"[A-Za-z]+")


def longer(text: str) -> str:
    """``text`` with each word a third longer, fields, tags and accelerators kept."""
    parts = _PROTECTED.split(text)
    for index in range(0, len(parts), 2):  # the parts between the protected ones
        parts[index] = _WORD.sub(lambda m: m[0] + "x" * math.ceil(len(m[0]) / 3), parts[index])
    return "".join(parts)


def long_translation(folder) -> None:
    """closeread_es.qm in ``folder``: the made-up longer translation of every string."""
    tree = ET.parse(ts_files()["es"])
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = longer(source)
        else:
            translation.text = longer(source)
    ts = folder / "closeread_es.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [tools().tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
    )


@pytest.fixture(params=["long", *(code for code in ts_files() if code != "en")])
def language(qapp, request, tmp_path_factory):
    folder = None
    if request.param == "long":
        folder = tmp_path_factory.mktemp("long")
        long_translation(folder)
    with translated(qapp, "es" if folder else request.param, folder):
        yield request.param


def clipped(top: QWidget) -> list[str]:
    """Each visible label or button of ``top`` whose one-line text needs more room than
    it has."""
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not plain(widget.text()) or widget.pixmap() is not None:
                continue
        elif not isinstance(widget, QAbstractButton) or not plain(widget.text()):
            continue
        need = widget.sizeHint().width()
        if need > widget.width() + 1:
            where = f"{type(widget).__name__} {widget.objectName()}".strip()
            found.append(f"{where}: {plain(widget.text())!r} needs {need} px, has {widget.width()}")
    return found


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_no_text_is_cut_off(qtbot, tmp_path, language, size):
    problems = []
    with main_screens(qtbot, data_dir(), tmp_path, size) as screens:
        for name, top in screens.items():
            problems += [f"{name} · {line}" for line in clipped(top)]
            least = top.minimumSizeHint().expandedTo(top.minimumSize())
            if top.width() > size[0] or least.width() > size[0]:
                problems.append(
                    f"{name} is {max(top.width(), least.width())} px wide: off the screen"
                )
            if top.height() > size[1] or least.height() > size[1]:
                problems.append(
                    f"{name} is {max(top.height(), least.height())} px high: off the screen"
                )
    assert not problems, (
        f"in {language} at {size[0]}×{size[1]}, {len(problems)} texts are cut off:\n"
        + "\n".join(f"  {line}" for line in sorted(set(problems)))
    )


def test_the_long_translation_is_longer_and_keeps_the_placeholders():
    assert longer("Sh&ow hint {number} (costs {points} point(s))") == (
        "Shx&owx hintxx {number} (costsxx {points} pointxx(sx))"
    )
    assert longer("<b>Labels:</b> {labels}.") == "<b>Labelsxx:</b> {labels}."


def test_chinese_has_a_font(qapp):
    """Chinese is drawn with the system's fonts (the standalone app's too); without one
    that has Chinese characters every character is a box."""
    from PySide6.QtGui import QFontDatabase

    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert families, (
        "no font with Chinese characters: sudo apt-get install fonts-wqy-microhei (README)"
    )
