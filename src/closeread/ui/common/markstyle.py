"""How labels and feedback outcomes look: colours that stay legible, and cues beyond colour.

Every label gets its pack colour *and* an underline style of its own (solid, dashed,
dotted, dash-dot, dash-dot-dot, by the label's number) and its number in the pack,
drawn as a small tag where a mark starts, so a student who cannot tell the colours
apart still tells the labels apart. The wavy underline is kept for marks the key does
not have ("extra").

Colours adapt to the palette: a mark's background is the label colour blended into the
page at the highest opacity (at most ``MAX_ALPHA``) that keeps the text at WCAG AA
contrast (4.5:1; on a page whose own contrast is close to that, within 15% of it), and
lines and tags are lightened or darkened until they stand out from the page (3:1), so
the same pack reads well in light and dark appearance.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import msgspec
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen

from closeread.core.grading.verdicts import outcome_verdict

# Underlines are drawn by the reader itself (thicker and clearer than a font's own).
LABEL_UNDERLINES = ("solid", "dash", "dot", "dashdot", "dashdotdot")
EXTRA_UNDERLINE = "wave"
_DASHES = {  # in pen widths, for a flat-capped pen (dots use round caps)
    "dash": [3.0, 1.6],
    "dot": [0.01, 1.9],
    "dashdot": [3.0, 1.4, 0.01, 1.4],
    "dashdotdot": [3.0, 1.3, 0.01, 1.3, 0.01, 1.3],
}
MAX_ALPHA = 0.32
MIN_ALPHA = 0.06
TEXT_CONTRAST = 4.5
LINE_CONTRAST = 3.0
FALLBACK_COLOR = "#7f7f7f"


def luminance(color: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two opaque colours, 1 ... 21."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def blend(top: QColor, bottom: QColor, alpha: float) -> QColor:
    """``top`` at opacity ``alpha`` over opaque ``bottom``, as one opaque colour."""
    return QColor.fromRgbF(
        top.redF() * alpha + bottom.redF() * (1 - alpha),
        top.greenF() * alpha + bottom.greenF() * (1 - alpha),
        top.blueF() * alpha + bottom.blueF() * (1 - alpha),
    )


def mix(colors: Sequence[QColor]) -> QColor:
    """The average of some colours (one colour for a stretch that several marks cover)."""
    count = len(colors)
    return QColor.fromRgbF(
        sum(c.redF() for c in colors) / count,
        sum(c.greenF() for c in colors) / count,
        sum(c.blueF() for c in colors) / count,
    )


def is_dark(palette: QPalette) -> bool:
    return luminance(palette.color(QPalette.ColorRole.Base)) < 0.18


def background_for(color: QColor, palette: QPalette, *, scale: float = 1.0) -> QColor:
    """``color`` as a mark background on ``palette``'s page, opaque, text still legible."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    # A page whose own contrast is near AA cannot keep it under any tint: lose little.
    wanted = min(TEXT_CONTRAST, 0.85 * contrast(text, base))
    alpha = MAX_ALPHA
    while alpha > MIN_ALPHA and contrast(text, blend(color, base, alpha)) < wanted:
        alpha -= 0.02
    return blend(color, base, alpha * scale)


def line_color_for(color: QColor, palette: QPalette) -> QColor:
    """``color`` lightened (dark page) or darkened (light page) until it stands out."""
    base = palette.color(QPalette.ColorRole.Base)
    dark = is_dark(palette)
    result = QColor(color)
    for _ in range(12):
        if contrast(result, base) >= LINE_CONTRAST:
            break
        result = result.lighter(115) if dark else result.darker(115)
        if dark and result.value() >= 250:
            # lighter() cannot brighten a fully bright colour; wash it toward white.
            result = blend(QColor("white"), result, 0.25)
    return result


def draw_underline(
    painter: QPainter, kind: str, color: QColor, x1: float, x2: float, y: float, width: float
) -> None:
    """A label's underline from ``x1`` to ``x2`` at height ``y``, ``width`` pixels thick."""
    pen = QPen(color, width)
    if kind == EXTRA_UNDERLINE:
        pen.setWidthF(max(1.0, width * 0.75))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        path = QPainterPath(QPointF(x1, y))
        step, amplitude, x, up = width * 2.2, width * 1.1, x1, True
        while x < x2:
            nxt = min(x + step, x2)
            control = QPointF((x + nxt) / 2, y - amplitude if up else y + amplitude)
            path.quadTo(control, QPointF(nxt, y))
            x, up = nxt, not up
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        return
    if kind in _DASHES:
        pen.setCapStyle(Qt.PenCapStyle.RoundCap if "dot" in kind else Qt.PenCapStyle.FlatCap)
        pen.setDashPattern(_DASHES[kind])
    else:
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(x1, y), QPointF(x2, y))


def ink_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill`` (for text in a tag)."""
    black, white = QColor("black"), QColor("white")
    return black if contrast(black, fill) >= contrast(white, fill) else white


class StyledLabel(Protocol):
    """What a label needs for a style: an id (``name``, ``color`` and ``number`` are
    read when there)."""

    @property
    def id(self) -> str: ...


class LabelStyle(msgspec.Struct, frozen=True):
    """How one label's marks look: colour, underline, and the tag text (its number)."""

    id: str
    name: str
    color: QColor
    underline: str  # one of LABEL_UNDERLINES
    tag: str


def label_numbers(labels: Sequence[StyledLabel]) -> dict[str, int]:
    """Each label's number: its ``number`` in the pack (the same in every exercise), or
    for a label outside a pack its place in ``labels``, from 1."""
    return {
        label.id: getattr(label, "number", 0) or index
        for index, label in enumerate(labels, start=1)
    }


def label_styles(labels: Sequence[StyledLabel]) -> dict[str, LabelStyle]:
    """Styles for some labels of a pack (``closeread.core.pack.model.Label`` objects or
    anything with ``id``, ``name``, ``color`` and optionally ``number``), in order.

    The tag is the label's number in its pack (:func:`label_numbers`), the key that
    applies it, and the underline follows that number too, so a label keeps its number,
    colour and line from one exercise to the next (unless two labels of one exercise
    would share a line: the later one takes a free style).
    """
    styles: dict[str, LabelStyle] = {}
    used: set[str] = set()
    numbers = label_numbers(labels)
    for label in labels:
        color = QColor(str(getattr(label, "color", "") or FALLBACK_COLOR))
        if not color.isValid():
            color = QColor(FALLBACK_COLOR)
        number = numbers[label.id]
        underline = LABEL_UNDERLINES[(number - 1) % len(LABEL_UNDERLINES)]
        if underline in used:  # two labels of this exercise would look alike: take a free one
            free = [style for style in LABEL_UNDERLINES if style not in used]
            underline = free[0] if free else underline
        used.add(underline)
        styles[label.id] = LabelStyle(
            id=label.id,
            name=getattr(label, "name", "") or label.id,
            color=color,
            underline=underline,
            tag=str(number),
        )
    return styles


def unknown_label_style(label_id: str) -> LabelStyle:
    """The style of a mark whose label the current exercise does not define."""
    return LabelStyle(label_id, label_id, QColor(FALLBACK_COLOR), "solid", "?")


class OutcomeStyle(msgspec.Struct, frozen=True):
    """How one feedback outcome is drawn: a glyph in a round badge, its colour, its name."""

    glyph: str
    color: QColor
    name: str


_OUTCOME_COLORS = {
    "hit": "#009e73",
    "partial": "#e69f00",
    "wrong_label": "#cc3311",
    "extra": "#8c8c8c",
    "missed": "#cc3311",
}


def outcome_style(kind: str) -> OutcomeStyle:
    """The badge of a feedback outcome ("hit", "partial", "wrong_label", "extra", "missed"):
    the core's verdict on it (:mod:`closeread.core.grading.verdicts`), in its colour."""
    verdict = outcome_verdict(kind)
    return OutcomeStyle(
        verdict.symbol, QColor(_OUTCOME_COLORS.get(kind, FALLBACK_COLOR)), verdict.shown
    )
