"""Radio buttons and check boxes stand out from the window in both themes."""

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
)

from closeread.ui.common.legible_style import RING_CONTRAST
from closeread.ui.common.markstyle import contrast
from closeread.ui.common.theme import Theme


@pytest.fixture
def theme(qtbot):
    theme = Theme(QApplication.instance(), "light")
    yield theme
    theme.set_mode("light")


def indicator_contrast(qtbot, kind, enabled=True) -> float:
    """The strongest contrast between the indicator's pixels and the window around it."""
    button = kind("An option")
    button.setEnabled(enabled)
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_RadioButtonIndicator
        if kind is QRadioButton
        else QStyle.SubElement.SE_CheckBoxIndicator
    )
    rect = button.style().subElementRect(element, option, button)
    image = button.grab().toImage()
    ratio = image.devicePixelRatio()
    window = button.palette().color(QPalette.ColorRole.Window)
    best = 1.0
    for x in range(int(rect.left() * ratio), int((rect.right() + 1) * ratio)):
        for y in range(int(rect.top() * ratio), int((rect.bottom() + 1) * ratio)):
            best = max(best, contrast(QColor(image.pixel(x, y)), window))
    return best


@pytest.mark.parametrize("mode", ["light", "dark"])
@pytest.mark.parametrize("kind", [QRadioButton, QCheckBox])
def test_an_unticked_option_is_visible_in_both_themes(qtbot, theme, mode, kind):
    theme.set_mode(mode)
    assert indicator_contrast(qtbot, kind) >= RING_CONTRAST


def test_a_disabled_option_is_dimmer_but_still_there(qtbot, theme):
    theme.set_mode("dark")
    dimmed = indicator_contrast(qtbot, QRadioButton, enabled=False)
    assert 1.8 <= dimmed < indicator_contrast(qtbot, QRadioButton)


def test_the_start_can_ask_for_the_style_once_the_window_is_painted(qtbot):
    app = QApplication.instance()
    app.setStyle("Fusion")  # as a start that has not asked for it yet
    theme = Theme(app, "dark", legible=False)
    try:
        assert type(app.style()).__name__ != "LegibleStyle"
        theme.use_legible_style()
        assert type(app.style()).__name__ == "LegibleStyle"
        assert theme.dark and app.palette().color(QPalette.ColorRole.Window).lightness() < 128
        assert indicator_contrast(qtbot, QRadioButton) >= RING_CONTRAST
    finally:
        theme.use_legible_style()
        theme.set_mode("light")
