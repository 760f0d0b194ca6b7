"""The desktop entry and AppStream metainfo validate with the freedesktop tools."""

import shutil
import subprocess
from pathlib import Path

import pytest

LINUX = Path(__file__).resolve().parents[1] / "packaging" / "linux"
ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons" / "hicolor"
APP_ID = "io.github.closeread.CloseRead"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: .ci/run installs it from Debian's packages")
    return path


def test_desktop_entry_validates():
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates():
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_icon_set_is_complete():
    assert (ICONS / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file(), size


def test_windows_and_macos_icons_hold_every_size(qapp):
    """The .ico and .icns that packaging/make_icons.py writes read back with Qt's readers."""
    from PySide6.QtGui import QImageReader

    packaging = LINUX.parent
    expected = {
        packaging / "windows" / "closeread.ico": [16, 24, 32, 48, 64, 128, 256],
        packaging / "macos" / "CloseRead.icns": [16, 32, 64, 128, 256, 512, 1024, 32, 64, 256, 512],
    }
    for path, sizes in expected.items():
        reader = QImageReader(str(path))
        found = []
        for index in range(reader.imageCount()):
            reader.jumpToImage(index)
            image = reader.read()
            assert image.width() == image.height(), path
            found.append(image.width())
        assert found == sizes, path


def test_every_platform_declares_the_same_pack_type():
    """.crpack and its MIME type: Linux's shared-mime-info, macOS's plist, Windows' registry."""
    packaging = LINUX.parent
    mime = (LINUX / f"{APP_ID}.xml").read_text(encoding="utf-8")
    spec = (packaging / "closeread.spec").read_text(encoding="utf-8")
    iss = (packaging / "windows" / "closeread.iss").read_text(encoding="utf-8")
    assert 'type="application/vnd.closeread.pack+zip"' in mime and '"*.crpack"' in mime
    assert '"public.filename-extension": ["crpack"]' in spec
    assert '"public.mime-type": ["application/vnd.closeread.pack+zip"]' in spec
    assert '#define PackExt ".crpack"' in iss and "application/vnd.closeread.pack+zip" in iss
