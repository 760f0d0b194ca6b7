"""Light and dark appearance: follow the system, or the student's choice.

Three modes: ``system`` follows ``QStyleHints.colorScheme()`` (and changes when the
system does), ``light`` and ``dark`` force one. The app uses the Fusion style (with
indicators that read on either palette, :mod:`closeread.ui.common.legible_style`) and a
palette of its own for each scheme, so it looks the same everywhere and the reader
can take its mark colours from the palette; on Qt 6.8+ the scheme is also requested
from the platform, so window title bars follow it where the platform allows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

MODES = ("system", "light", "dark")
SETTING = "appearance"

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup

_LIGHT = {
    _Role.Window: "#f3f3f1",
    _Role.WindowText: "#1d1f22",
    _Role.Base: "#ffffff",
    _Role.AlternateBase: "#f6f6f4",
    _Role.ToolTipBase: "#fffdf3",
    _Role.ToolTipText: "#1d1f22",
    _Role.PlaceholderText: "#6b7078",
    _Role.Text: "#1d1f22",
    _Role.Button: "#f7f7f5",
    _Role.ButtonText: "#1d1f22",
    _Role.BrightText: "#ffffff",
    _Role.Light: "#ffffff",
    _Role.Midlight: "#e6e6e3",
    _Role.Mid: "#c4c4c0",
    _Role.Dark: "#9a9a96",
    _Role.Shadow: "#5a5a58",
    _Role.Highlight: "#2a62c4",
    _Role.HighlightedText: "#ffffff",
    _Role.Link: "#1f5bb8",
    _Role.LinkVisited: "#6a3fb0",
    _Role.Accent: "#2a62c4",
}
_DARK = {
    _Role.Window: "#232427",
    _Role.WindowText: "#e6e7e9",
    _Role.Base: "#1a1b1d",
    _Role.AlternateBase: "#26282b",
    _Role.ToolTipBase: "#2f3135",
    _Role.ToolTipText: "#e6e7e9",
    _Role.PlaceholderText: "#979ca3",
    _Role.Text: "#e6e7e9",
    _Role.Button: "#2c2e32",
    _Role.ButtonText: "#e6e7e9",
    _Role.BrightText: "#ffffff",
    _Role.Light: "#3a3d42",
    _Role.Midlight: "#33363a",
    _Role.Mid: "#45484e",
    _Role.Dark: "#141516",
    _Role.Shadow: "#000000",
    _Role.Highlight: "#3f74cf",
    _Role.HighlightedText: "#ffffff",
    _Role.Link: "#8ab4f8",
    _Role.LinkVisited: "#c0a4f5",
    _Role.Accent: "#3f74cf",
}
_DISABLED = {"light": "#8d9096", "dark": "#7b7f86"}


def palette_for(dark: bool) -> QPalette:
    """The app's palette for a light or a dark scheme."""
    palette = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(colour))
    disabled = QColor(_DISABLED["dark" if dark else "light"])
    for role in (_Role.Text, _Role.WindowText, _Role.ButtonText, _Role.HighlightedText):
        palette.setColor(_Group.Disabled, role, disabled)
    palette.setColor(_Group.Disabled, _Role.Highlight, QColor("#5b5e64" if dark else "#b8bcc4"))
    return palette


def is_dark_palette(palette: QPalette) -> bool:
    return palette.color(_Role.Window).lightness() < 128


class Theme(QObject):
    """The app's appearance; ``changed`` says whether it is now dark."""

    changed = Signal(bool)

    def __init__(
        self, app: QApplication | None = None, mode: str = "system", *, legible: bool = True
    ) -> None:
        """``legible=False`` leaves the style as it is until :meth:`use_legible_style`."""
        super().__init__()
        instance = app or QApplication.instance()
        assert isinstance(instance, QApplication)  # instance() is typed as the base class
        self._app = instance
        self._mode = mode if mode in MODES else "system"
        self._dark: bool | None = None
        self._requesting = False
        if legible:
            self.use_legible_style()
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_system_changed)
        self.apply()

    def use_legible_style(self) -> None:
        """Fusion with ringed indicators (:mod:`closeread.ui.common.legible_style`).

        The start asks for it only once the window has painted: a style written in Python
        makes PySide build the Python type of every style option the paint hands it, and
        load QStyle's hundreds of names, which the first paint need not wait for.
        """
        from closeread.ui.common.legible_style import LegibleStyle

        if not isinstance(self._app.style(), LegibleStyle):  # often already; a new one costs
            self._app.setStyle(LegibleStyle())  # (the palette set by apply() stays)

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def dark(self) -> bool:
        return bool(self._dark)

    def set_mode(self, mode: str) -> None:
        """``system``, ``light`` or ``dark``; anything else counts as ``system``."""
        self._mode = mode if mode in MODES else "system"
        self.apply()

    def system_is_dark(self) -> bool:
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark

    def apply(self) -> None:
        self._request_scheme()
        dark = self.system_is_dark() if self._mode == "system" else self._mode == "dark"
        if dark == self._dark:
            return
        self._dark = dark
        self._app.setPalette(palette_for(dark))
        self.changed.emit(dark)

    def _request_scheme(self) -> None:
        hints = QGuiApplication.styleHints()
        if not hasattr(hints, "setColorScheme"):  # Qt before 6.8
            return
        wanted = {
            "light": Qt.ColorScheme.Light,
            "dark": Qt.ColorScheme.Dark,
        }.get(self._mode, Qt.ColorScheme.Unknown)
        self._requesting = True
        try:
            hints.setColorScheme(wanted)
        finally:
            self._requesting = False

    def _on_system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._mode == "system" and not self._requesting:
            self.apply()
