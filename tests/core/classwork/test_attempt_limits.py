"""Attempt limits hold across every file a student hands in, not within one file.

The attack: in the assessment edition, with one attempt allowed, a student makes four
fresh profiles under the same name and id, picks a different option in each, and hands
in four honest files. The teacher's import must keep one attempt (the earliest), refuse
and report the other three, and flag the student in the review queue.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from classroom import START, row_counts, variant

from closeread.core.classwork import review
from closeread.core.classwork.results_file import export_results, write_results
from closeread.core.classwork.results_import import import_results
from closeread.core.library.archive import build_pack
from closeread.core.pack.load import load_pack
from closeread.core.store.store import Store

# "pick" allows one attempt and has four options; the right one is "The survey" (2).
STRICT = (
    'title = "Which is evidence?"\npoints = 1\n',
    'title = "Which is evidence?"\npoints = 1\nattempts = 1\n\n'
    '[[exercises.options]]\ntext = "A dog"\nweight = 0\n\n'
    '[[exercises.options]]\ntext = "A bird"\nweight = 0\n',
)
RIGHT = 2


@pytest.fixture(scope="module")
def packs(tmp_path_factory):
    """(full, assessment edition) of the strict minipack."""
    tmp = tmp_path_factory.mktemp("strict")
    folder = variant(tmp, "strict", {"lessons/one.toml": STRICT})
    full = load_pack(folder).pack
    (tmp / "strict.crpack").write_bytes(build_pack(folder, assessment=True).archive)
    used = load_pack(tmp / "strict.crpack").pack
    assert used.edition == "assessment" and full.lesson("one").exercise("pick").attempts == 1
    return full, used


@pytest.fixture
def teacher(tmp_path):
    with Store(tmp_path / "teacher") as store:
        yield store


def at(minutes: int):
    return START + timedelta(minutes=minutes)


def hand_in(folder, used, option, minutes, *, name="Ann Lee", class_name="7B", number="S1",
            device=None, exercise="pick", answers=None):  # fmt: skip
    """One results file from a fresh profile (on a fresh computer unless ``device`` is a
    data folder already used): one attempt per answer, ``minutes`` apart from START."""
    device = device or folder / f"device-{option}-{minutes}"
    with Store(device) as store:
        student = store.roster.add_student(name, class_name, number)
        for step, answer in enumerate(answers or [{"selected": [option]}]):
            store.work.record_attempt(
                student.id, used, "one", exercise, answer, submitted_at=at(minutes + step)
            )
        path = folder / f"{name.replace(' ', '-')}-{number}-{option}-{minutes}.results.json"
        write_results(path, export_results(store, student.id, used))
    return path


def picks(teacher, student_id):
    return [
        a.answer["selected"][0] for a in teacher.work.list_attempts(student_id, None, "one", "pick")
    ]


@pytest.fixture
def four_files(tmp_path, packs):
    """The attack: four fresh profiles, one option each; the right option is not the
    earliest, and the files are listed latest first."""
    _, used = packs
    times = {0: 30, 1: 20, RIGHT: 40, 3: 10}  # option -> minutes after START
    return [hand_in(tmp_path, used, option, times[option]) for option in (RIGHT, 0, 1, 3)]


def check_attack_outcome(teacher, full, reports, files, kept_option):
    student_ids = {r.student_id for r in reports}
    assert len(student_ids) == 1 and len(teacher.roster.list_students()) == 1
    (student_id,) = student_ids
    assert picks(teacher, student_id) == [kept_option]  # one attempt counted
    assert sum(r.attempts for r in reports) == 1
    assert sum(r.refused for r in reports) == 3
    for report in reports:
        if report.refused:
            line = str(report)
            assert "refused 1 attempt over the limit" in line, line
            assert "Which is evidence?" in line and "allows 1 attempt" in line, line
    (summary,) = teacher.reports.class_summary(full)
    assert summary.points == (1.0 if kept_option == RIGHT else 0.0)
    (flag,) = review.hand_in_conflicts(teacher, full)
    assert flag.student.id == student_id
    assert sorted(f.file_name for f in flag.files) == sorted(p.name for p in files)
    assert "more than one profile" in flag.reason
    assert sum(f.refused for f in flag.files) == 3


def test_four_fresh_profiles_imported_at_once_count_one_attempt(teacher, packs, four_files):
    full, _ = packs
    reports = import_results(teacher, four_files, [full])
    assert [r.outcome for r in reports] == ["imported"] * 4
    # the earliest attempt (option 3, at minute 10) is kept, whatever the files' order
    check_attack_outcome(teacher, full, reports, four_files, kept_option=3)
    before = row_counts(teacher)
    again = import_results(teacher, four_files, [full])
    assert [r.outcome for r in again] == ["skipped"] * 4
    assert row_counts(teacher) == before
    assert len(review.hand_in_conflicts(teacher, full)) == 1


def test_four_fresh_profiles_imported_one_by_one_count_one_attempt(teacher, packs, four_files):
    full, _ = packs
    reports = [import_results(teacher, [path], [full])[0] for path in four_files]
    # The first file brought the right answer at minute 40; the later files bring
    # earlier attempts, which would displace it: they are refused, not swapped in.
    check_attack_outcome(teacher, full, reports, four_files, kept_option=RIGHT)
    assert [r.attempts for r in reports] == [1, 0, 0, 0]
    before = row_counts(teacher)
    for path in four_files:
        (report,) = import_results(teacher, [path], [full])
        assert report.outcome == "skipped"
    assert row_counts(teacher) == before


def test_four_profiles_on_one_computer_are_bounded_and_flagged(teacher, packs, tmp_path):
    full, used = packs
    device = tmp_path / "shared-computer"
    files = [hand_in(tmp_path, used, option, 10 * option, device=device) for option in range(4)]
    reports = import_results(teacher, files, [full])
    check_attack_outcome(teacher, full, reports, files, kept_option=0)


def test_a_file_stripped_of_its_origin_is_still_bounded_and_flagged(teacher, packs, tmp_path):
    """A forger can rewrite a file (the checksum has no secret): without the origin, the
    attempt numbers that collide still show two profiles."""
    from closeread.core.classwork.results_file import checksum

    full, used = packs
    files = [hand_in(tmp_path, used, option, 10 + option) for option in (0, 1)]
    for path in files:
        document = json.loads(path.read_bytes())
        document.pop("checksum")
        document.pop("origin", None)
        path.write_bytes(json.dumps({**document, "checksum": checksum(document)}).encode())
    reports = import_results(teacher, files, [full])
    assert [r.attempts for r in reports] == [1, 0] and reports[1].refused == 1
    (flag,) = review.hand_in_conflicts(teacher, full)
    assert len(flag.files) == 2


def test_an_honest_student_keeps_two_allowed_attempts_from_two_exports(teacher, packs, tmp_path):
    full, used = packs  # "why" allows 3 attempts; two made, each exported after it
    device = tmp_path / "laptop"
    with Store(device) as store:
        student = store.roster.add_student("Bea Roy", "7B", "S2")
        store.work.record_attempt(student.id, used, "one", "why", {"text": "a"}, submitted_at=at(1))
        first = tmp_path / "first.results.json"
        write_results(first, export_results(store, student.id, used))
        store.work.record_attempt(student.id, used, "one", "why", {"text": "b"}, submitted_at=at(2))
        second = tmp_path / "second.results.json"
        write_results(second, export_results(store, student.id, used))
    one, two = import_results(teacher, [second, first], [full])
    assert (one.attempts, one.refused, two.attempts, two.duplicates) == (2, 0, 0, 1)
    assert "over the limit" not in str(one) + str(two)
    assert len(teacher.work.list_attempts(one.student_id)) == 2
    assert review.hand_in_conflicts(teacher, full) == []


def test_two_devices_within_the_limit_keep_both_and_are_flagged(teacher, packs, tmp_path):
    full, used = packs  # "why" allows 3: one attempt at school, two at home
    school = hand_in(tmp_path, used, 0, 1, exercise="why", answers=[{"text": "a"}])
    home = hand_in(
        tmp_path, used, 1, 5, exercise="why", answers=[{"text": "b"}, {"text": "c"}, {"text": "d"}]
    )
    school_report, home_report = import_results(teacher, [school, home], [full])
    assert (school_report.attempts, home_report.attempts, home_report.refused) == (1, 2, 1)
    assert "“What makes the survey evidence?” allows 3 attempts" in str(home_report)
    (flag,) = review.hand_in_conflicts(teacher, full)
    assert len(flag.files) == 2


def test_different_students_are_never_merged(teacher, packs, tmp_path):
    full, used = packs
    files = [
        hand_in(tmp_path, used, 0, 1, name="Ann Lee", number="S1"),
        hand_in(tmp_path, used, 1, 2, name="Ann Lee", number="S7"),  # same name, other id
        hand_in(tmp_path, used, 2, 3, name="Ann Lee", class_name="7C", number=None),
        hand_in(tmp_path, used, 3, 4, name="Ann Lee", class_name="7D", number=None),
        hand_in(tmp_path, used, 1, 5, name="Bo Diaz", number="S9"),
    ]
    reports = import_results(teacher, files, [full])
    assert [(r.attempts, r.refused) for r in reports] == [(1, 0)] * 5
    assert len({r.student_id for r in reports}) == 5
    assert review.hand_in_conflicts(teacher, full) == []


def test_the_same_school_id_under_another_name_is_the_same_student(teacher, packs, tmp_path):
    full, used = packs
    files = [
        hand_in(tmp_path, used, 0, 1, name="Ann Lee", number="S1"),
        hand_in(tmp_path, used, 2, 2, name="Anne Lee.", class_name="7C", number="S1"),
    ]
    reports = import_results(teacher, files, [full])
    assert reports[0].student_id == reports[1].student_id
    assert [(r.attempts, r.refused) for r in reports] == [(1, 0), (0, 1)]
    (flag,) = review.hand_in_conflicts(teacher, full)
    assert "Anne Lee." in {f.handed_in_as.name for f in flag.files}


def test_attempts_made_here_count_too(teacher, packs, tmp_path):
    full, used = packs
    student = teacher.roster.add_student("Ann Lee", "7B", "S1")
    teacher.work.record_attempt(
        student.id, full, "one", "pick", {"selected": [1]}, submitted_at=at(50)
    )
    (report,) = import_results(teacher, [hand_in(tmp_path, used, RIGHT, 1)], [full])
    assert (report.student_id, report.attempts, report.refused) == (student.id, 0, 1)
    assert picks(teacher, student.id) == [1]


def test_an_upgraded_database_counts_what_it_imported_before(tmp_path, packs):
    """A database of schema 3 holding one imported attempt: after the upgrade its
    import record knows its pack, the attempt counts against the limit, and the
    CloseRead has a device id for the files it exports."""
    import sqlite3

    from sqlite_utils import Database

    from closeread.core.store.schema import migration_set

    full, used = packs
    data = tmp_path / "old"
    data.mkdir()
    db = Database(sqlite3.connect(data / "closeread.sqlite3"))
    migration_set().apply(db, stop_before="0004_hand_in_origins")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 3
    with db.conn:
        db.execute(
            "INSERT INTO students (id, name, class_name, student_number, created_at) "
            "VALUES (1, 'Ann Lee', '7B', 'S1', '2025-03-01T08:00:00+00:00')"
        )
        db.execute(
            "INSERT INTO attempts (student_id, pack_id, pack_version, content_hash, "
            "lesson_id, exercise_id, attempt_no, answer, submitted_at, source, score) "
            "VALUES (1, ?, ?, ?, 'one', 'pick', 1, '{\"selected\":[3]}', ?, ?, 0)",
            [full.id, full.version, full.content_hash, at(5).isoformat(), "import:" + "a" * 64],
        )
        db.execute(
            "INSERT INTO imports (file_hash, file_name, student_id, attempt_count, imported_at) "
            "VALUES (?, 'old.results.json', 1, 1, '2025-03-03T12:00:00+00:00')",
            ["a" * 64],
        )
    db.close()
    with Store(data) as teacher:
        assert teacher.upgraded_from == 3
        assert len(teacher.roster.get_setting("device_id")) == 32
        (old,) = teacher.hand_ins.hand_in_files(full.id)
        assert (old.file_name, old.origin, old.refused, old.attempts) == (
            "old.results.json", None, 0, 1
        )  # fmt: skip
        (report,) = import_results(teacher, [hand_in(tmp_path, used, RIGHT, 1)], [full])
        assert (report.student_id, report.attempts, report.refused) == (1, 0, 1)
        assert picks(teacher, 1) == [3]
        (flag,) = review.hand_in_conflicts(teacher, full)  # both say attempt 1: two profiles
        assert flag.files[0].file_name == "old.results.json"


def test_every_export_names_its_device_and_profile(tmp_path, packs):
    _, used = packs
    device = tmp_path / "laptop"
    first = hand_in(tmp_path, used, 0, 1, device=device)
    second = hand_in(tmp_path, used, 1, 2, device=device, name="Bo Diaz", number="S9")
    one, two = (json.loads(path.read_bytes())["origin"] for path in (first, second))
    assert one["device"] == two["device"] and len(one["device"]) == 32
    assert one["profile"] != two["profile"]


def test_re_exports_in_one_import_do_not_count_attempts_twice(teacher, packs, tmp_path):
    """One profile exports after each of its 3 allowed attempts; the first file was
    imported before, the other two come together, the fullest first."""
    full, used = packs
    exports = []
    with Store(tmp_path / "laptop") as store:
        student = store.roster.add_student("Bea Roy", "7B", "S2")
        for step in range(3):
            answer = {"text": f"try {step}"}
            store.work.record_attempt(student.id, used, "one", "why", answer, submitted_at=at(step))
            exports.append(tmp_path / f"export-{step}.results.json")
            write_results(exports[-1], export_results(store, student.id, used))
    (first,) = import_results(teacher, exports[:1], [full])
    third, second = import_results(teacher, [exports[2], exports[1]], [full])
    assert (first.attempts, third.attempts, third.refused) == (1, 2, 0)
    assert (second.attempts, second.duplicates, second.refused) == (0, 2, 0)
    assert review.hand_in_conflicts(teacher, full) == []
