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
