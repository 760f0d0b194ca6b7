"""Grade reports: the gradebook CSV checked cell by cell, the long CSV, the HTML report."""

from __future__ import annotations

import csv
import io
import re

import pytest
from classroom import variant

from closeread.core.counting import counted_attempt
from closeread.core.grading.saved import detail_of, exercise_map, grade_saved, score_of
from closeread.core.pack.load import load_pack
from closeread.core.records import Attempt
from closeread.core.report.data import build_report
from closeread.core.report.gradebook import attempts_csv, gradebook, gradebook_csv
from closeread.core.report.html_report import histogram_bins, report_html
from closeread.core.store.store import Store

LESSON_TWO = """id = "two"
title = "Two & <more>"

[[exercises]]
id = "q"
kind = "choice"
title = "Is the survey evidence?"
explanation = "[Read](https://evil.example/x) ![pic](p.png) <img src=x onerror=alert(1)>"

[[exercises.options]]
text = "Yes"
weight = 100

[[exercises.options]]
text = "No"
"""


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    folder = variant(
        tmp_path_factory.mktemp("packs"),
        "two-lessons",
        {
            "pack.toml": (
                'lessons = ["lessons/one.toml"]',
                'lessons = ["lessons/one.toml", "lessons/two.toml"]',
            ),
        },
    )
    (folder / "pack.toml").write_text(
        (folder / "pack.toml")
        .read_text()
        .replace('author = "A. Writer"', 'author = "A. Writer"\nurl = "https://example.com/a"')
    )
    (folder / "lessons" / "two.toml").write_text(LESSON_TWO)
    result = load_pack(folder)
    assert result.pack is not None, [str(p) for p in result.problems]
    return result.pack


def save(store, pack, student_id, lesson_id, exercise_id, answer, **extra):
    exercise = exercise_map(pack)[(lesson_id, exercise_id)][1]
    result = grade_saved(pack, exercise, answer, {})
    return store.work.record_attempt(
        student_id, pack, lesson_id, exercise_id, answer,
        score=score_of(result), detail=detail_of(result, {}), **extra,
    )  # fmt: skip


@pytest.fixture
def store(tmp_path, pack):
    text = pack.article.text
    claim = "Cats make cities better."
    evidence = "A survey of 400 households found that 61% of cat owners felt calmer."
    perfect = [
        [text.index(claim), text.index(claim) + len(claim), "claim"],
        [text.index(evidence), text.index(evidence) + len(evidence), "evidence"],
    ]
    with Store(tmp_path / "teacher") as opened:
        smith = opened.roster.add_student("Smith, Anna", "7A, group 2", "S1")
        jo = opened.roster.add_student('Jo "JJ" Jones', "7B", "S2")
        zoe = opened.roster.add_student("Zoë", "7B")
        wang = opened.roster.add_student("王小明", "7B", "S4")
        opened.roster.add_student("Line\nBreak", "7B")
        opened.roster.add_student("=SUM(A1:A9)", "7B", "-5")
        opened.roster.add_student("<script>alert(1)</script>", "7C")
        save(opened, pack, smith.id, "one", "pick", {"selected": [0]})
        save(opened, pack, smith.id, "two", "q", {"selected": [0]})
        save(opened, pack, jo.id, "two", "q", {"selected": [1]})
        wrong = save(opened, pack, zoe.id, "one", "pick", {"selected": [1]})
        opened.work.set_override(wrong, 1.0, "Good reasoning, wrong box")
        save(opened, pack, wang.id, "one", "marks", {"marks": perfect})
        yield opened


def read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs
    text = data.decode("utf-8-sig")
    assert "\r\n" in text
    return list(csv.reader(io.StringIO(text, newline="")))


def test_the_gradebook_csv_cell_by_cell(store, pack):
    data = gradebook_csv(gradebook(store, [pack]))
    assert read_csv(data) == [
        ["Name", "Class", "Student ID", "Claims and evidence (%)", "Two & <more> (%)", "Total (%)"],
        ["Smith, Anna", "7A, group 2", "S1", "11.1", "100.0", "20.0"],
        ["'=SUM(A1:A9)", "7B", "'-5", "", "", "0.0"],
        ['Jo "JJ" Jones', "7B", "S2", "", "0.0", "0.0"],
        ["Line\nBreak", "7B", "", "", "", "0.0"],
        ["Zoë", "7B", "", "11.1", "", "10.0"],
        ["王小明", "7B", "S4", "44.4", "", "40.0"],
        ["<script>alert(1)</script>", "7C", "", "", "", "0.0"],
    ]
    raw = data.decode("utf-8-sig")
    assert '"Smith, Anna","7A, group 2",S1,' in raw
    assert '"Jo ""JJ"" Jones"' in raw and '"Line\nBreak"' in raw
    assert not gradebook_csv(gradebook(store, [pack]), bom=False).startswith(b"\xef\xbb\xbf")


def test_the_gradebook_of_one_class(store, pack):
    rows = read_csv(gradebook_csv(gradebook(store, [pack], "7A, group 2")))
    assert [row[0] for row in rows] == ["Name", "Smith, Anna"]


def test_the_long_csv_has_a_row_per_attempt(store, pack):
    rows = read_csv(attempts_csv(store, [pack]))
    assert rows[0][:10] == [
        "Name",
        "Class",
        "Student ID",
        "Pack",
        "Version",
        "Lesson",
        "Lesson title",
        "Exercise",
        "Exercise title",
        "Attempt",
    ]
    assert len(rows) == 1 + len(store.work.list_attempts())
    zoe = [row for row in rows if row[0] == "Zoë"]
    assert len(zoe) == 1
    columns = dict(zip(rows[0], zoe[0], strict=True))
    assert columns["Score (%)"] == "0.0" and columns["Override (%)"] == "100.0"
    assert columns["Override comment"] == "Good reasoning, wrong box"
    assert columns["Source"] == "app" and columns["Exercise"] == "pick"
    assert columns["Lesson"] == "one" and columns["Lesson title"] == "Claims and evidence"
    assert columns["Exercise title"] == "Which is evidence?"
    only_7a = read_csv(attempts_csv(store, [pack], "7A, group 2"))
    assert {row[0] for row in only_7a[1:]} == {"Smith, Anna"}


def test_the_html_report_stands_alone_and_escapes_everything(store, pack):
    page = report_html(build_report(store, [pack], generated_at="2025-03-03 10:00"))
    assert not re.search(r"(?i)https?:|\bsrc=|\bhref=|url\(|@import|<link|<script|<iframe", page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<p>Read pic </p>" in page  # the texts of the link and picture stay, not they
    assert "onerror" not in page and "evil.example" not in page
    assert "Two &amp; &lt;more&gt;" in page and "Jo &quot;JJ&quot; Jones" in page
    assert "王小明" in page and "Zoë" in page
    assert page.count("<svg") == 2  # a chart per lesson
    assert page.count('<div class="student">') == 7
    assert "page-break-before: always" in page
    # 王小明 marked the key exactly: a right answer is the key, and needs no excerpt
    assert "· ✓ right" in page and '<table class="article"' not in page
    assert "Good reasoning, wrong box" in page  # the teacher's comment, with the override


def test_the_html_report_of_one_class(store, pack):
    page = report_html(build_report(store, [pack], "7C"))
    assert page.count('<div class="student">') == 1 and "Smith" not in page


def test_histogram_bins():
    assert histogram_bins([0, 9.9, 10, 55, 99.9, 100]) == [2, 1, 0, 0, 0, 1, 0, 0, 0, 2]


def attempt(number, score, override=None):
    return Attempt(
        id=number, student_id=1, pack_id="p", pack_version="1", content_hash="h",
        lesson_id="l", exercise_id="e", attempt_no=number, answer={}, hints_used=0,
        started_at=None, submitted_at="", source="app", score=score, override_score=override,
    )  # fmt: skip


def test_the_counted_attempt_is_the_one_the_store_counts():
    tries = [attempt(1, 0.5), attempt(2, 0.9), attempt(3, 0.9), attempt(4, 0.2, override=1.0)]
    assert counted_attempt(tries, "best").id == 4
    assert counted_attempt(tries[:3], "best").id == 2
    assert counted_attempt(tries[:3], "last").id == 3
    assert counted_attempt([attempt(1, None), attempt(2, None)], "best").id == 2
    assert counted_attempt([], "best") is None
