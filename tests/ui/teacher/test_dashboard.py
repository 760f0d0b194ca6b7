"""The dashboard as a teacher uses it: scores, sorting, the class filter, the chart, drill-in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from teacher_support import EXPECTED, TOTALS, key_marks

from closeread.ui.teacher.dashboard import DashboardWindow
from closeread.ui.teacher.gradebook_model import GradebookModel


@pytest.fixture
def dashboard(qtbot, school):
    store, pack, _people = school
    window = DashboardWindow(store, pack.id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown(window) -> list[list[str]]:
    """The table as the teacher sees it: each row's cells, top to bottom."""
    proxy = window.proxy
    return [
        [proxy.index(row, column).data() for column in range(proxy.columnCount())]
        for row in range(proxy.rowCount())
    ]


def names(window) -> list[str]:
    return [row[0] for row in shown(window)]


def cell(window, name: str, column: int):
    proxy = window.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data() == name:
            return proxy.index(row, column)
    raise AssertionError(f"{name} is not shown")


def test_the_table_shows_each_students_percent_and_completion(dashboard, school):
    _store, _pack, _people = school
    assert dashboard.windowTitle() == "CloseRead — Dashboard"
    assert dashboard.pack_combo.currentData() == "mini"
    model = dashboard.proxy
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:2] == ["Student", "Class"]
    assert headers[2].startswith("Lesson 1\nClaims and")
    assert headers[3:] == ["Total", "Done"]
    rows = {row[0]: row for row in shown(dashboard)}
    assert set(rows) == set(EXPECTED)
    for name, percent in EXPECTED.items():
        assert rows[name][2] == percent, name
        assert rows[name][3] == TOTALS[name], name
    assert rows["Dee"][4] == "60%"  # 3 of 5 exercises tried
    assert rows["Cy"][4] == "0%"
    assert "6 of 9 points; 3 of 5 exercises tried" in cell(dashboard, "Dee", 2).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert dashboard.summary.text().startswith("5 of 5 students")


def test_sorting_by_a_column(dashboard, qtbot):
    assert names(dashboard) == ["Ada", "Bo", "Cy", "Dee", "Eve"]
    header = dashboard.table.horizontalHeader()
    total = dashboard.model.total_column
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 2))
    assert names(dashboard) == ["Cy", "Eve", "Bo", "Ada", "Dee"]  # not started sorts first
    dashboard.table.sortByColumn(total, Qt.SortOrder.DescendingOrder)
    assert names(dashboard) == ["Dee", "Ada", "Bo", "Eve", "Cy"]
    dashboard.table.sortByColumn(GradebookModel.CLASS, Qt.SortOrder.AscendingOrder)
    assert [row[1] for row in shown(dashboard)] == ["5B", "5B", "5B", "5C", "5C"]


def _section_centre(header, section):
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)


def test_filtering_by_class_and_searching_by_name(dashboard, qtbot):
    combo = dashboard.class_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["All classes", "5B", "5C"]
    combo.setCurrentIndex(combo.findData("5B"))
    assert names(dashboard) == ["Ada", "Cy", "Dee"]
    assert dashboard.class_name() == "5B"
    assert dashboard.summary.text().startswith("3 of 5 students")
    qtbot.keyClicks(dashboard.search, "d")
    assert names(dashboard) == ["Ada", "Dee"]  # "d" in Ada and Dee
    dashboard.search.clear()
    combo.setCurrentIndex(0)
    qtbot.keyClicks(dashboard.search, "  EVE ")
    assert names(dashboard) == ["Eve"]


def test_the_chart_counts_the_students_shown_in_bins_of_ten(dashboard):
    chart = dashboard.chart
    assert chart.lesson_id() == "one"
    counts = chart.counts()
    assert len(counts) == 10
    # Started: Ada 22, Bo 15, Dee 67, Eve 11 (Cy has not started and is left out).
    assert counts == [0, 2, 1, 0, 0, 0, 1, 0, 0, 0]
    assert "4 of 5 students started" in chart.summary.text()
    dashboard.class_combo.setCurrentIndex(dashboard.class_combo.findData("5C"))
    assert chart.counts() == [0, 2, 0, 0, 0, 0, 0, 0, 0, 0]
    chart.show_lesson("__total__")
    assert chart.counts() == [0, 2, 0, 0, 0, 0, 0, 0, 0, 0]


def test_double_click_drills_into_the_students_marks_against_the_key(dashboard, qtbot, school):
    _store, pack, _people = school
    index = cell(dashboard, "Bo", 2)
    centre = dashboard.table.visualRect(index).center()
    viewport = dashboard.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)  # as a real double-click
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: len(dashboard.attempt_views) == 1)
    view = dashboard.attempt_views[0]
    qtbot.waitExposed(view)
    assert view.windowTitle() == "CloseRead — Bo: Claims and evidence"
    assert view.exercise_list.count() == 5
    view.exercise_list.setCurrentRow(0)  # marks
    claim, evidence = key_marks(pack)
    assert [tuple(m) for m in view.article.marks()] == [
        tuple(claim),
        (evidence[0], evidence[1], "claim"),
    ]
    kinds = sorted(item.kind for item in view.article.feedback())
    assert kinds == ["hit", "wrong_label"]
    assert "1.38 of 4 points" in view.status.accessibleName()
    assert "Evidence" in view.feedback.toPlainText()
    assert view.history.rowCount() == 1
    assert view.history.item(0, 4).text() == "✓"  # the attempt that counts

    view.exercise_list.setCurrentRow(1)  # the choice: nothing on the article
    assert view.article.marks() == [] and view.article.feedback() == []
    assert "The title" in view.answer_label.text()
    view.exercise_list.setCurrentRow(3)  # not tried
    assert view.history.rowCount() == 0
    assert not view.editor.by_points.isEnabled()


def test_enter_on_a_cell_opens_the_drill_in_and_a_key_hit_shows_every_mark(
    dashboard, qtbot, school
):
    _store, pack, _people = school
    index = cell(dashboard, "Dee", 2)
    dashboard.table.setFocus()
    dashboard.table.setCurrentIndex(index)
    qtbot.keyClick(dashboard.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(dashboard.attempt_views) == 1)
    view = dashboard.attempt_views[0]
    assert [tuple(m) for m in view.article.marks()] == [tuple(m) for m in key_marks(pack)]
    assert {item.kind for item in view.article.feedback()} == {"hit"}
    assert view.exercise_list.item(0).text().startswith("1. ✓ Mark the claim")


def test_an_assessment_edition_alone_shows_no_key(qtbot, tmp_path, store):
    from teacher_support import MINIPACK

    from closeread.core.library.archive import build_pack
    from closeread.core.library.install import install_pack

    built = build_pack(MINIPACK, assessment=True)
    archive = tmp_path / "mini-assessment.crpack"
    archive.write_bytes(built.archive)
    install_pack(archive, store.data_dir, store)
    window = DashboardWindow(store, "mini")
    qtbot.addWidget(window)
    window.show()
    assert window.pack.edition == "assessment"
    assert window.notice.isVisible() and "no key" in window.notice.text()
    assert not window.rescore_button.isEnabled()
    assert not window.export_button.isEnabled()


def unnamed_controls(root) -> list[str]:
    """Visible controls Tab reaches that a screen reader could not name."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLabel, QWidget

    labelled = {label.buddy() for label in root.findChildren(QLabel) if label.buddy()}
    unnamed = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parent(), QAbstractSpinBox):
            continue  # the spin box's own line edit: the spin box is named
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text or widget in labelled):
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    return unnamed


def test_every_control_can_be_reached_by_keyboard_and_has_a_name(dashboard, qtbot):
    assert unnamed_controls(dashboard) == []
    dashboard.activateWindow()
    dashboard.search.setFocus()
    seen = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert dashboard.table in seen
    assert dashboard.import_button in seen
    for page in (dashboard.review, dashboard.analysis):
        dashboard.tabs.setCurrentWidget(page)
        assert unnamed_controls(page) == [], page.objectName()
    view = dashboard.open_cell(dashboard.proxy.index(0, 2))
    qtbot.waitExposed(view)
    assert unnamed_controls(view) == []
