"""Render the scalable app icon into the PNG sizes desktops and installers use.

    .venv/bin/python packaging/make_icons.py

Writes resources/icons/hicolor/NxN/apps/io.github.closeread.CloseRead.png for each size;
run it again whenever the SVG changes, and commit the PNGs.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
APP_ID = "io.github.closeread.CloseRead"
SCALABLE = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> None:
    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(SCALABLE))
    if not renderer.isValid():
        raise SystemExit(f"{SCALABLE} could not be read")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
        print(target.relative_to(ICONS.parent.parent))


if __name__ == "__main__":
    main()
