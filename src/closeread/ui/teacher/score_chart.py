"""The dashboard's chart: how the class's scores on one lesson (or the total) spread out.

A bar per 10 points (0–9 %, 10–19 %, … 90–100 %: the bins of the grade reports), its
height the number of students in it. Only students who started the lesson count; the
line under the chart says how many did, with the mean and the median. The students
are the dashboard's (its class filter and search apply). Colours come from the
palette, so the chart reads in light and dark alike.
"""

from __future__ import annotations

import math
import statistics

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from closeread.core.pack.model import Pack
from closeread.core.report.html_report import BINS, histogram_bins
from closeread.ui.common.widgets import MutedLabel
from closeread.ui.teacher.gradebook_model import StudentRow

TOTAL = "__total__"


def bin_labels() -> list[str]:
    """Each bar's range: "0–9", "10–19", … "90–100"."""
    width = 100 // BINS
    labels = [f"{start}–{start + width - 1}" for start in range(0, 100, width)]
    labels[-1] = f"{100 - width}–100"
    return labels


def axis_labels() -> list[str]:
    """What the axis prints under each bar (its start: the ranges do not fit)."""
    return [str(start) for start in range(0, 100, 100 // BINS)]


class ScoreChart(QWidget):
    """A lesson chooser over a histogram of the students' percents."""

    lessonChanged = Signal(str)  # the lesson id shown, or TOTAL

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreChart")
        self.pack: Pack | None = None
        self.rows: list[StudentRow] = []
        self.percents: list[float] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        label = QLabel(self.tr("Score distribution for &lesson:"), self)
        self.lesson_combo = QComboBox(self)
        self.lesson_combo.setObjectName("chartLessonCombo")
        self.lesson_combo.setAccessibleName(self.tr("Lesson shown in the chart"))
        self.lesson_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label.setBuddy(self.lesson_combo)
        top.addWidget(label)
        top.addWidget(self.lesson_combo, 1)
        layout.addLayout(top)

        self.bars = QBarSet(self.tr("Students"))
        self.series = QBarSeries()
        self.series.append(self.bars)
        self.series.setBarWidth(0.86)
        self.chart = QChart()
        self.chart.addSeries(self.series)
        self.chart.legend().hide()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        self.x_axis = QBarCategoryAxis()
        self.x_axis.append(axis_labels())
        self.x_axis.setTitleText(self.tr("Score (%), one bar per 10 points"))
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setTitleText(self.tr("Students"))
        self.y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.y_axis.setTickAnchor(0)
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.x_axis)
        self.series.attachAxis(self.y_axis)
        self.view = QChartView(self.chart, self)
        self.view.setObjectName("scoreChartView")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(300, 220)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the summary line says it in words
        self.view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.view, 1)
        self.summary = MutedLabel("", self)
        self.summary.setObjectName("chartSummary")
        layout.addWidget(self.summary)
        self.lesson_combo.currentIndexChanged.connect(self._on_lesson)
        self._apply_palette()

    # -- data ------------------------------------------------------------------------------

    def set_pack(self, pack: Pack | None) -> None:
        current = self.lesson_id()
        self.pack = pack
        self.lesson_combo.blockSignals(True)
        self.lesson_combo.clear()
        if pack is not None:
            for number, lesson in enumerate(pack.lessons, 1):
                self.lesson_combo.addItem(f"{number}. {lesson.title}", lesson.id)
            self.lesson_combo.addItem(self.tr("All lessons (total)"), TOTAL)
            found = self.lesson_combo.findData(current)
            self.lesson_combo.setCurrentIndex(max(found, 0))
        self.lesson_combo.blockSignals(False)
        self.refresh()

    def set_rows(self, rows: list[StudentRow]) -> None:
        self.rows = rows
        self.refresh()

    def lesson_id(self) -> str:
        return self.lesson_combo.currentData() or ""

    def show_lesson(self, lesson_id: str) -> None:
        index = self.lesson_combo.findData(lesson_id)
        if index >= 0:
            self.lesson_combo.setCurrentIndex(index)

    def counts(self) -> list[int]:
        return [int(self.bars.at(i)) for i in range(self.bars.count())]

    def refresh(self) -> None:
        self.percents = self._percents()
        counts = histogram_bins(self.percents)
        self.bars.remove(0, self.bars.count())
        self.bars.append([float(count) for count in counts])
        top = max(counts, default=0)
        step = (
            1
            if top <= 6
            else 2
            if top <= 12
            else 5
            if top <= 30
            else 10 ** max(1, int(math.log10(top)))
        )
        self.y_axis.setTickInterval(step)
        self.y_axis.setRange(0, max(step, math.ceil(max(top, 1) / step) * step))
        self._describe(counts)

    def _percents(self) -> list[float]:
        if self.pack is None:
            return []
        lesson_id = self.lesson_id()
        if lesson_id == TOTAL:
            return [row.total for row in self.rows if row.done]
        ids = [lesson.id for lesson in self.pack.lessons]
        index = ids.index(lesson_id) if lesson_id in ids else None
        if index is None:
            return []
        return [p for row in self.rows if (p := row.percent(index)) is not None]

    def _describe(self, counts: list[int]) -> str:
        shown = len(self.rows)
        started = len(self.percents)
        if not shown:
            text = self.tr("No students to show.")
        elif not started:
            text = self.tr("None of the %n student(s) shown has started this yet.", "", shown)
        else:
            text = self.tr(
                "{started} of %n student(s) started · mean {mean}% · median {median}%", "", shown
            )
            text = text.format(
                started=started,
                n=shown,
                mean=f"{statistics.fmean(self.percents):.0f}",
                median=f"{statistics.median(self.percents):.0f}",
            )
        self.summary.setText(text)
        bins = ", ".join(
            f"{label}%: {count}" for label, count in zip(bin_labels(), counts, strict=True) if count
        )
        self.view.setAccessibleName(self.tr("Score distribution chart"))
        self.view.setAccessibleDescription(f"{text} {bins}".strip())
        return text

    def _on_lesson(self, _index: int) -> None:
        self.refresh()
        self.lessonChanged.emit(self.lesson_id())

    # -- looks ---------------------------------------------------------------------------

    def _apply_palette(self) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        grid = palette.color(QPalette.ColorRole.Mid)
        self.chart.setBackgroundBrush(base)
        self.chart.setPlotAreaBackgroundVisible(False)
        self.view.setBackgroundBrush(base)
        bar = palette.color(QPalette.ColorRole.Highlight)
        self.bars.setColor(bar)
        self.bars.setBorderColor(bar.darker(115))
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsBrush(text)
            axis.setTitleBrush(text)
            axis.setLinePen(QPen(grid))
            axis.setGridLineColor(grid)
        self.x_axis.setGridLineVisible(False)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
