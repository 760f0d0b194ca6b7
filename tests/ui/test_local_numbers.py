"""Points in the interface's language: a decimal comma in Spanish, a point in English and
Chinese; files and reports keep the point whatever the language."""

from __future__ import annotations

import pytest
from app_support import translated

from closeread.core.grading.verdicts import number, points_of
from closeread.ui.common.widgets import points_text


@pytest.fixture
def language(qapp, request):
    with translated(qapp, request.param):
        yield request.param


@pytest.mark.parametrize(
    ("language", "shown", "of"),
    [
        ("en", "3.25", "2.5 of 7 points"),
        ("es", "3,25", "2,5 de 7 puntos"),
        ("zh_CN", "3.25", None),
    ],
    indirect=["language"],
)
def test_points_are_written_as_the_language_writes_them(language, shown, of):
    assert points_text(3.25) == shown
    assert points_text(3) == "3"
    if of is not None:
        assert points_of(2.5, 7) == of
    assert number(3.25) == "3.25"  # data and reports
