"""Answers waiting for the teacher are not scores of 0: the report's lesson figures
and charts leave them out and say how many wait."""

from __future__ import annotations

import pytest
from classroom import MINIPACK

from closeread.core.grading.saved import detail_of, exercise_map, grade_saved, score_of
from closeread.core.pack.load import load_pack
from closeread.core.report.data import build_report
from closeread.core.report.html_report import counts_line, report_html
from closeread.core.store.store import Store


@pytest.fixture(scope="module")
def pack():
    return load_pack(MINIPACK).pack


def save(store, pack, student, exercise_id, answer, *, scored=True):
    exercise = exercise_map(pack)[("one", exercise_id)][1]
    result = grade_saved(pack, exercise, answer, {})
    store.work.record_attempt(
        student.id, pack, "one", exercise_id, answer,
        score=score_of(result) if scored else None, detail=detail_of(result, {}),
    )  # fmt: skip


def test_a_lesson_with_answers_waiting(tmp_path, pack):
    with Store(tmp_path / "t") as store:
        ada = store.roster.add_student("Ada", "5B")
        dee = store.roster.add_student("Dee", "5B")
        store.roster.add_student("Cy", "5B")
        save(store, pack, ada, "pick", {"selected": [0]})
        save(store, pack, dee, "why", {"text": "it gives data"}, scored=False)
        report = build_report(store, [pack], generated_at="2025-03-03 10:00")
    [stats] = report.packs[0].lessons
    assert stats.percents == pytest.approx((100 / 9,)) and stats.waiting == 1
    assert stats.started == 2 and stats.students == 3
    assert counts_line(stats) == "2 of 3 started · mean 11 % · 1 to score"
    page = report_html(report)
    assert '<td class="num">2 of 3 (1 to score)</td><td class="num">11.1</td>' in page
    assert "Claims and evidence — to score" in page  # Dee: her only answer waits
    assert "Claims and evidence — 11.1 %" in page  # Ada
    assert "Claims and evidence — not started" in page  # Cy
    assert "1 answer to score" in page
