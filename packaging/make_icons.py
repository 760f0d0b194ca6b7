"""Render the scalable app icon into the PNG sizes desktops and installers use.

    .venv/bin/python packaging/make_icons.py

Writes resources/icons/hicolor/NxN/apps/io.github.closeread.CloseRead.png for each size,
and from the same renderings the Windows icon packaging/windows/closeread.ico and the
macOS icon packaging/macos/CloseRead.icns (both hold PNG images, which Windows Vista and
later and macOS 10.7 and later read). Run it again whenever the SVG changes, and commit
what it writes.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
APP_ID = "io.github.closeread.CloseRead"
SCALABLE = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
WINDOWS_ICON = ROOT / "packaging" / "windows" / "closeread.ico"
MACOS_ICON = ROOT / "packaging" / "macos" / "CloseRead.icns"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, and the pixel size of each.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512 points at 2x
    (b"ic11", 32),  # 16 points at 2x
    (b"ic12", 64),  # 32 points at 2x
    (b"ic13", 256),  # 128 points at 2x
    (b"ic14", 512),  # 256 points at 2x
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico: ICONDIR, one ICONDIRENTRY per size, then the PNG images."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 stands for 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns(elements: list[tuple[bytes, bytes]]) -> bytes:
    """An Apple .icns: 'icns', the total length, then (type, length, PNG) elements."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in elements)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(SCALABLE))
    if not renderer.isValid():
        raise SystemExit(f"{SCALABLE} could not be read")
    pngs: dict[int, bytes] = {}
    for size in sorted({*SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)}):
        image = render(renderer, size)
        pngs[size] = png_bytes(image)
        if size in SIZES:
            target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            image.save(str(target))
            print(target.relative_to(ROOT))
    WINDOWS_ICON.parent.mkdir(parents=True, exist_ok=True)
    WINDOWS_ICON.write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    print(WINDOWS_ICON.relative_to(ROOT))
    MACOS_ICON.parent.mkdir(parents=True, exist_ok=True)
    MACOS_ICON.write_bytes(icns([(kind, pngs[size]) for kind, size in ICNS_TYPES]))
    print(MACOS_ICON.relative_to(ROOT))


if __name__ == "__main__":
    main()
