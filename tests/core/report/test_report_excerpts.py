"""A student's report page: each marking exercise shows the passages it is about, with
that exercise's key underlined and the student's marks for it, and no other's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from closeread.core.grading.saved import detail_of, exercise_map, grade_saved, score_of
from closeread.core.pack.load import load_pack
from closeread.core.report.article import GAP
from closeread.core.report.data import build_report
from closeread.core.report.html_report import report_html, student_html
from closeread.core.store.store import Store

BUNDLED = Path(__file__).resolve().parents[3] / "lessons" / "cyber-threat-oped"
LESSON = "claims-and-evidence"
FIRST, SECOND = "mark-first-half", "mark-reasons"


@pytest.fixture(scope="module")
def pack():
    return load_pack(BUNDLED).pack


def key_of(pack, exercise_id):
    return exercise_map(pack)[(LESSON, exercise_id)][1].key


@pytest.fixture
def page(tmp_path, pack):
    """Ada marks half of the first exercise's key, and the second's key with a stray mark."""
    first = [[s.start, s.end, s.label] for s in key_of(pack, FIRST)][::2]
    stray = pack.article.text.index("Hoo Tiang Boon")
    second = [[s.start, s.end, s.label] for s in key_of(pack, SECOND)]
    second.append([stray, stray + len("Hoo Tiang Boon"), "claim"])
    with Store(tmp_path / "t") as store:
        ada = store.roster.add_student("Ada", "7B", "S1")
        for exercise_id, marks in ((FIRST, first), (SECOND, sorted(second))):
            exercise = exercise_map(pack)[(LESSON, exercise_id)][1]
            result = grade_saved(pack, exercise, {"marks": marks}, {})
            store.work.record_attempt(
                ada.id, pack, LESSON, exercise_id, {"marks": marks},
                score=score_of(result), detail=detail_of(result, {}),
            )  # fmt: skip
        report = build_report(store, [pack], generated_at="2025-03-03 10:00")
    pack_report = report.packs[0]
    return student_html(pack_report, pack_report.students[0]), len(first), len(second)


def section(page: str, title: str) -> str:
    start = page.index(f"<h4>{title} ")
    return page[start : page.index('<div class="exercise">', start)]


def underlined(html: str) -> str:
    return "".join(re.sub(r"<[^>]+>", "", run) for run in re.findall(r"<u[^>]*>(.*?)</u>", html))


def plain(html: str) -> str:
    import html as html_module

    return html_module.unescape(re.sub(r"<[^>]+>", "", html))


def test_each_exercise_underlines_its_own_key_only(page, pack):
    html, first_marks, second_marks = page
    assert "The article with the marks" not in html  # no page-wide key any more
    first = section(html, "Claims and evidence: what China does")
    second = section(html, "Claims and evidence: the first two reasons")
    for own, other, text in ((FIRST, SECOND, first), (SECOND, FIRST, second)):
        keyed = plain(underlined(text))
        assert all(span.quote in keyed for span in key_of(pack, own)), own
        assert not any(span.quote in keyed for span in key_of(pack, other)), own
    assert first.count("[CLAIM]") + first.count("[EVIDENCE]") == first_marks
    assert second.count("[CLAIM]") + second.count("[EVIDENCE]") == second_marks
    assert "For a start, it is often neglected" not in plain(first)  # not its passage
    assert "Hoo Tiang Boon" in plain(second) and "Hoo Tiang Boon" not in plain(first)
    assert GAP in first  # the passages left out are marked


def test_the_html_report_frames_each_excerpt(page):
    html, _, _ = page
    assert html.count('<table class="article"') == 2  # the two exercises answered


def test_a_right_answer_needs_no_excerpt(tmp_path, pack):
    marks = [[s.start, s.end, s.label] for s in key_of(pack, FIRST)]
    exercise = exercise_map(pack)[(LESSON, FIRST)][1]
    with Store(tmp_path / "t") as store:
        ada = store.roster.add_student("Ada")
        result = grade_saved(pack, exercise, {"marks": marks}, {})
        store.work.record_attempt(
            ada.id, pack, LESSON, FIRST, {"marks": marks},
            score=score_of(result), detail=detail_of(result, {}),
        )  # fmt: skip
        page = report_html(build_report(store, [pack]))
    assert "· ✓ right" in page and '<table class="article"' not in page
