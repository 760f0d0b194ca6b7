"""The Chinese font the standalone app carries: added for a Chinese interface only, and
only when the system has none."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from closeread.ui.common import cjk_font

SYSTEM_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def test_nothing_is_added_for_another_language(qapp, tmp_path):
    assert cjk_font.add_chinese_font("es", [tmp_path / "missing.ttc"]) == []


def test_nothing_is_added_when_the_system_has_a_chinese_font(qapp, tmp_path):
    if not cjk_font.has_chinese_font():
        pytest.skip("this machine has no Chinese font of its own")
    assert cjk_font.add_chinese_font("zh_CN", [tmp_path / "missing.ttc"]) == []


@pytest.mark.skipif(not SYSTEM_FONT.is_file(), reason="fonts-wqy-microhei is not installed")
def test_a_carried_font_file_becomes_a_family_the_app_can_use(qapp, tmp_path):
    copy = tmp_path / "fonts" / SYSTEM_FONT.name
    copy.parent.mkdir()
    shutil.copy(SYSTEM_FONT, copy)
    assert "WenQuanYi Micro Hei" in cjk_font.add_fonts([copy])


def test_a_checkout_carries_no_font(qapp):
    assert cjk_font.bundled_fonts() == []  # only the standalone build adds resources/fonts
