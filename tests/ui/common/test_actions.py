"""without_mnemonic: a command's words without its Alt-key marker, in either style."""

from __future__ import annotations

import pytest

from closeread.ui.common.actions import without_mnemonic


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("&File", "File"),
        ("Save &As…", "Save As…"),
        ("文件(&F)", "文件"),
        ("切换学生档案(&S)…", "切换学生档案…"),
        ("权重（%）(&W)", "权重（%）"),
        ("Salt && &Pepper", "Salt & Pepper"),
        ("No marker", "No marker"),
    ],
)
def test_the_marker_goes_in_either_style(text, read):
    assert without_mnemonic(text) == read
