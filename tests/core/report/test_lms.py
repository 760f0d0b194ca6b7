"""Grades for a school's gradebook: the Moodle import file and the generic LMS CSV, cell
by cell, read back the way Moodle's CSV grade import reads them."""

from __future__ import annotations

import csv
import io

import pytest
from classroom import MINIPACK

from closeread.core.grading.saved import detail_of, exercise_map, grade_saved, score_of
from closeread.core.pack.load import load_pack
from closeread.core.report.formats import report_file
from closeread.core.report.gradebook import gradebook
from closeread.core.report.lms import lms_export, points
from closeread.core.store.store import Store


@pytest.fixture(scope="module")
def pack():
    return load_pack(MINIPACK).pack


def save(store, pack, student, exercise_id, answer, *, scored=True):
    exercise = exercise_map(pack)[("one", exercise_id)][1]
    result = grade_saved(pack, exercise, answer, {})
    return store.work.record_attempt(
        student.id, pack, "one", exercise_id, answer,
        score=score_of(result) if scored else None, detail=detail_of(result, {}),
    )  # fmt: skip


@pytest.fixture
def store(tmp_path, pack):
    """Ada 2 of 9 points; Bo nothing yet; Cy, no student id, 1 point; Dee's last answer
    waits for the teacher; "=cmd" has a hostile id and 1 point."""
    with Store(tmp_path / "teacher") as opened:
        roster = opened.roster
        ada = roster.add_student("Smith, Ada", "5B", "S1")
        roster.add_student("Bo", "5B", "S2")
        cy = roster.add_student("Cy", "5C")
        dee = roster.add_student("Dee", "5C", "S4")
        evil = roster.add_student("=cmd", "5C", "=1+1")
        save(opened, pack, ada, "pick", {"selected": [0]})
        save(opened, pack, ada, "why", {"text": "it gives data"})
        save(opened, pack, cy, "pick", {"selected": [0]})
        save(opened, pack, dee, "pick", {"selected": [0]})
        save(opened, pack, dee, "why", {"text": "it gives data"}, scored=False)
        save(opened, pack, evil, "pick", {"selected": [0]})
        yield opened


def rows_of(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # Moodle's CSV reader drops it; Excel needs it
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_the_moodle_file_cell_by_cell(store, pack):
    export = lms_export(gradebook(store, [pack]), "moodle")
    assert rows_of(export.data) == [
        ["ID number", "Full name", "Claims and evidence (of 9 points)", "Total (of 9 points)"],
        ["S2", "Bo", "", ""],
        ["S1", "Smith, Ada", "2", "2"],
        ["'=1+1", "'=cmd", "1", "1"],
        ["S4", "Dee", "", ""],
    ]
    assert [student.name for student in export.left_out] == ["Cy"]
    assert export.empty_pending == 1
    first, second = export.notes()
    assert first.startswith("left out 1 student without a student id") and "Cy" in first
    assert second.startswith("1 grade left empty: answers wait for you to score them")


def test_every_grade_is_what_moodle_takes(store, pack):
    """Moodle's import reads "" or "-" as no grade, else a number with a point, at most
    100 on a default site; one identifier column, never empty."""
    rows = rows_of(lms_export(gradebook(store, [pack]), "moodle").data)
    for row in rows[1:]:
        assert row[0]
        for value in row[2:]:
            assert value == "" or 0 <= float(value) <= 100


def test_email_addresses_head_the_column_email_address(tmp_path, pack):
    with Store(tmp_path / "t") as store:
        ada = store.roster.add_student("Ada", "5B", "ada@school.example")
        store.roster.add_student("Bo", "5B", "bo@school.example")
        save(store, pack, ada, "pick", {"selected": [0]})
        rows = rows_of(lms_export(gradebook(store, [pack]), "moodle").data)
    assert rows[0][0] == "Email address"
    assert rows[1][:3] == ["ada@school.example", "Ada", "1"]


def test_the_generic_lms_csv_has_every_student(store, pack):
    export = lms_export(gradebook(store, [pack], "5C"), "lms-csv", bom=False)
    assert not export.data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(export.data.decode("utf-8"), newline="")))
    assert rows == [
        ["Student ID", "Name", "Class", "Claims and evidence (of 9 points)",
         "Total (of 9 points)", "Total (%)"],
        ["'=1+1", "'=cmd", "5C", "1", "1", "11.1"],
        ["", "Cy", "5C", "1", "1", "11.1"],
        ["S4", "Dee", "5C", "", "", ""],
    ]  # fmt: skip
    assert export.left_out == () and export.empty_pending == 1


def test_report_file_hands_the_notes_on(store, pack):
    made = report_file(store, [pack], None, "moodle")
    assert made.data.startswith(b"\xef\xbb\xbfID number,") and len(made.notes) == 2
    assert report_file(store, [pack], None, "csv").notes == ()


@pytest.mark.parametrize(
    ("value", "text"), [(7.5, "7.5"), (28.0, "28"), (1 / 3, "0.33"), (0.0, "0"), (2.675, "2.67")]
)
def test_points_have_a_point_and_at_most_two_decimals(value, text):
    assert points(value) == text
