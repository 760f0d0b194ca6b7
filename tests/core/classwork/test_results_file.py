"""The offline hand-in: a class of 30 hands in results files; import, re-import, and the
files that must be refused whole (tampered, mismatched, newer, not a results file)."""

from __future__ import annotations

import json
import os

import pytest
from classroom import (
    MINIPACK,
    hand_in_class,
    row_counts,
    student_name,
    variant,
    work_through,
)

from closeread.core.classwork.results_file import (
    FORMAT_NAME,
    ResultsError,
    build_results,
    checksum,
    export_results,
    parse_results,
    write_results,
)
from closeread.core.classwork.results_import import import_results
from closeread.core.grading.saved import exercise_map, grade_saved, score_of
from closeread.core.library.archive import assessment_rights, build_pack
from closeread.core.pack.load import load_pack
from closeread.core.records import counted_score
from closeread.core.store.database import to_json
from closeread.core.store.store import Store


@pytest.fixture(scope="module")
def full():
    return load_pack(MINIPACK).pack


@pytest.fixture(scope="module")
def handed_in(tmp_path_factory, full):
    """30 students' results files, made on the students' own CloseRead."""
    folder = tmp_path_factory.mktemp("class")
    with Store(folder / "students") as store:
        paths = hand_in_class(store, full, full, folder / "files", count=30)
        attempts = len(store.work.list_attempts())
    return paths, attempts


@pytest.fixture
def teacher(tmp_path):
    with Store(tmp_path / "teacher") as store:
        yield store


def seal(payload: dict) -> bytes:
    """A results file with a valid checksum over ``payload``."""
    return json.dumps({**payload, "checksum": checksum(payload)}, ensure_ascii=False).encode()


def payload_of(path) -> dict:
    document = json.loads(path.read_bytes())
    document.pop("checksum")
    return document


def test_a_class_hands_in_and_the_teacher_scores_with_its_own_key(handed_in, teacher, full):
    paths, attempts = handed_in
    reports = import_results(teacher, paths, [full])
    assert [report.outcome for report in reports] == ["imported"] * 30
    assert sum(report.attempts for report in reports) == attempts
    assert len(teacher.roster.list_students()) == 30
    assert {s.name for s in teacher.roster.list_students()} == {student_name(i) for i in range(30)}
    exercises = exercise_map(full)
    for attempt in teacher.work.list_attempts():
        assert attempt.source.startswith("import:")
        _, exercise = exercises[(attempt.lesson_id, attempt.exercise_id)]
        expected = score_of(grade_saved(full, exercise, attempt.answer, attempt.detail["hints"]))
        assert attempt.score == pytest.approx(expected)
    assert str(reports[0]).endswith("for Smith, Anna (7A, group 2, S000)")
    summary = {
        (row.student_id, row.lesson_id): row.points for row in teacher.reports.class_summary(full)
    }
    for student in teacher.roster.list_students():  # the summary rows kept up by the store agree
        points = 0.0
        for (lesson_id, exercise_id), (_, exercise) in exercises.items():
            tries = teacher.work.list_attempts(student.id, full.id, lesson_id, exercise_id)
            if tries:
                points += exercise.points * counted_score(tries, exercise.counts)
        assert summary[(student.id, "one")] == pytest.approx(points)


def test_each_answer_is_saved_as_the_canonical_json_the_checksum_read(handed_in, teacher, full):
    paths, _ = handed_in
    results = parse_results(paths[0].read_bytes())  # written with spaces, keys unsorted
    assert [a.answer_json for a in results.attempts] == [
        to_json(a.answer, "The answer") for a in results.attempts
    ]
    import_results(teacher, paths[:1], [full])
    saved = [row[0] for row in teacher.db.execute("SELECT answer FROM attempts")]
    assert sorted(saved) == sorted(a.answer_json for a in results.attempts)


def test_importing_again_changes_nothing(handed_in, teacher, full):
    paths, _ = handed_in
    import_results(teacher, paths, [full])
    before = row_counts(teacher)
    again = import_results(teacher, paths, [full])
    assert [report.outcome for report in again] == ["skipped"] * 30
    assert all(report.reason == "already imported" for report in again)
    assert row_counts(teacher) == before


def test_a_second_export_adds_only_the_new_attempts(tmp_path, teacher, full):
    with Store(tmp_path / "student") as store:
        student = store.roster.add_student("Ann Lee", "7B", "S900")
        made = work_through(store, student.id, full, full, seed=5)
        first = export_results(store, student.id, full)
        store.work.record_attempt(student.id, full, "one", "pick", {"selected": [1]})
        second = export_results(store, student.id, full)
    write_results(tmp_path / "first.json", first)
    write_results(tmp_path / "second.json", second)
    one, two = import_results(teacher, [tmp_path / "first.json", tmp_path / "second.json"], [full])
    assert (one.outcome, one.attempts) == ("imported", made)
    assert (two.outcome, two.attempts, two.duplicates) == ("imported", 1, made)
    assert one.student_id == two.student_id
    assert len(teacher.work.list_attempts()) == made + 1


def refused_whole(teacher, full, path, *reason_words):
    before = row_counts(teacher)
    (report,) = import_results(teacher, [path], [full])
    assert report.outcome == "refused", report
    for word in reason_words:
        assert word in report.reason, report.reason
    assert row_counts(teacher) == before
    return report


def test_one_changed_byte_refuses_the_file(handed_in, teacher, full, tmp_path):
    paths, _ = handed_in
    data = paths[1].read_bytes()
    at = data.index(b'"name": "Jo') + len(b'"name": "J')
    tampered = tmp_path / "tampered.json"
    tampered.write_bytes(data[:at] + b"a" + data[at + 1 :])  # "Jo" -> "Ja"
    refused_whole(teacher, full, tampered, "changed after it was exported")
    answer_at = data.index(b'"selected": [') + len(b'"selected": [')
    tampered.write_bytes(data[:answer_at] + b"1" + data[answer_at + 1 :])
    refused_whole(teacher, full, tampered, "checksum")
    assert teacher.roster.list_students() == []


def test_no_single_byte_change_gets_through_unnoticed(handed_in):
    data = handed_in[0][3].read_bytes()  # 王小明: multi-byte UTF-8 too
    original = parse_results(data)
    changed_content = 0
    for position in range(len(data)):
        for replacement in (data[position] ^ 0x01, ord("7")):
            if replacement == data[position]:
                continue
            mutated = data[:position] + bytes([replacement]) + data[position + 1 :]
            try:
                parsed = parse_results(mutated)
            except ResultsError:
                changed_content += 1
                continue
            assert parsed == original, position  # only layout (whitespace) may differ
    assert changed_content > len(data)


def test_a_file_for_a_pack_that_is_not_here_is_refused(handed_in, teacher, full, tmp_path):
    payload = payload_of(handed_in[0][0])
    path = tmp_path / "other.json"
    path.write_bytes(seal({**payload, "pack": {**payload["pack"], "id": "other-pack"}}))
    refused_whole(teacher, full, path, '"other-pack"', "not installed")
    path.write_bytes(seal({**payload, "pack": {**payload["pack"], "version": "2.0"}}))
    refused_whole(teacher, full, path, "version 2.0", "installed here: version 1.0")


def test_a_file_made_with_a_changed_copy_of_the_same_version_is_refused(tmp_path, teacher, full):
    folder = variant(tmp_path, "edited", {"article.md": ("by contrast", "on the other hand")})
    changed = load_pack(folder).pack
    assert (changed.id, changed.version) == (full.id, full.version)
    with Store(tmp_path / "student") as store:
        student = store.roster.add_student("Ann Lee")
        work_through(store, student.id, changed, changed, seed=3)
        write_results(tmp_path / "ann.json", export_results(store, student.id, changed))
    report = refused_whole(teacher, full, tmp_path / "ann.json", "content differs")
    assert changed.content_hash[:12] in report.reason


def test_a_newer_format_is_refused_with_its_reason(handed_in, teacher, full, tmp_path):
    payload = payload_of(handed_in[0][0])
    path = tmp_path / "newer.json"
    path.write_bytes(seal({**payload, "format_version": 2, "attempts": "whatever v2 holds"}))
    refused_whole(teacher, full, path, "newer CloseRead", "format 2")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not UTF-8"),
        (b"Name,Class\nAnn,7B\n", "not valid JSON"),
        (b'{"format": "something-else", "format_version": 1}', "not a CloseRead results file"),
        (b"[1, 2, 3]", "not a CloseRead results file"),
        (b'{"format": "closeread-results", "format_version": "1"}', "format_version"),
        (b"", "not valid JSON"),
    ],
)
def test_what_is_not_a_results_file_is_refused(teacher, full, tmp_path, content, reason):
    path = tmp_path / "file.json"
    path.write_bytes(content)
    refused_whole(teacher, full, path, reason)


def test_a_folder_or_a_missing_file_is_refused(teacher, full, tmp_path):
    refused_whole(teacher, full, tmp_path, "a folder")
    refused_whole(teacher, full, tmp_path / "missing.json", "no such file")


@pytest.mark.parametrize(
    ("attempt", "reason"),
    [
        ({"answer": {"marks": [[0, 99_999, "claim"]]}}, "past the end of the article"),
        ({"answer": {"marks": [[0, 4, "opinion"]]}}, "unknown label"),
        ({"exercise": "nope"}, 'no exercise "one/nope"'),
        ({"answer": {"selected": [0], "score": 1}}, "unexpected field"),
        ({"attempt": 0}, '"attempt" is not a number'),
        ({"submitted_at": "yesterday"}, "not a time"),
    ],
)
def test_one_bad_answer_refuses_the_whole_file(handed_in, teacher, full, tmp_path, attempt, reason):
    payload = payload_of(handed_in[0][0])
    good = payload["attempts"]
    bad = {**good[-1], "exercise": "marks", "answer": {"marks": []}, **attempt}
    path = tmp_path / "bad.json"
    path.write_bytes(seal({**payload, "attempts": [*good, bad]}))
    refused_whole(teacher, full, path, reason)


def test_more_attempts_than_allowed_are_refused(handed_in, teacher, full, tmp_path):
    payload = payload_of(handed_in[0][0])
    base = {"lesson": "one", "exercise": "pick", "answer": {"selected": [1]}, "hints": {}}
    tries = [
        {**base, "attempt": n, "submitted_at": f"2025-03-03T10:0{n}:00+00:00"} for n in (1, 2, 3, 4)
    ]
    path = tmp_path / "many.json"
    path.write_bytes(seal({**payload, "attempts": tries}))
    refused_whole(teacher, full, path, "more attempts than the 3")


def test_scores_in_a_file_are_never_read(handed_in, teacher, full, tmp_path):
    payload = payload_of(handed_in[0][0])
    wrong = {"lesson": "one", "exercise": "pick", "attempt": 1, "answer": {"selected": [1]}}
    wrong |= {"submitted_at": "2025-03-03T10:00:00+00:00", "score": 1.0, "points": 1}
    path = tmp_path / "claims.json"
    path.write_bytes(seal({**payload, "attempts": [wrong]}))
    (report,) = import_results(teacher, [path], [full])
    assert report.outcome == "imported"
    (attempt,) = teacher.work.list_attempts()
    assert attempt.score == 0.0  # "The title" is worth nothing, whatever the file says


def test_students_are_matched_by_school_id_else_by_name_and_class(teacher, full, tmp_path):
    def hand_in(name, class_name, number, minute):
        payload = {
            "format": FORMAT_NAME, "format_version": 1, "created_at": "2025-03-03T10:00:00+00:00",
            "student": {"name": name, "class": class_name, "id": number},
            "pack": {"id": full.id, "version": full.version, "content_hash": full.content_hash},
            "attempts": [
                {"lesson": "one", "exercise": "pick", "attempt": 1, "answer": {"selected": [0]},
                 "submitted_at": f"2025-03-03T10:{minute:02}:00+00:00"}
            ],
        }  # fmt: skip
        path = tmp_path / f"{minute}.json"
        path.write_bytes(seal(payload))
        (report,) = import_results(teacher, [path], [full])
        assert report.outcome == "imported", report
        return report.student_id

    ann = hand_in("Ann Lee", "7B", "S1", 1)
    assert hand_in("ANN LEE ", "7b", "s1", 2) == ann
    # a school id names one student, whatever name and class were typed with it
    assert hand_in("Ann Lee", "7C", "S1", 3) == ann
    # without an id: the only Ann Lee in 7B
    assert hand_in("Ann  Lee", "7B", None, 4) == ann
    other = hand_in("Ann Lee", "7B", "S2", 5)  # another id: another student
    assert other != ann
    assert hand_in("Ann Lee", "7D", None, 6) not in (ann, other)  # another class, no id
    # two Ann Lees in 7B now, each with an id: a file without one cannot tell which
    assert hand_in("Ann Lee", "7B", None, 7) not in (ann, other)
    assert len(teacher.roster.list_students()) == 4


def test_an_assessment_hand_in_is_scored_by_the_full_pack(tmp_path, teacher, full):
    built = build_pack(MINIPACK, assessment=True)
    (tmp_path / "a.crpack").write_bytes(built.archive)
    used = load_pack(tmp_path / "a.crpack").pack
    with Store(tmp_path / "student") as store:
        paths = hand_in_class(store, full, used, tmp_path / "files", count=4, seed=9)
        assert all(attempt.score is None for attempt in store.work.list_attempts())
        student = store.roster.add_student("Matcher")
        shown = assessment_rights(used.lesson("one").exercise("pairs"))
        right = [[0, shown.index("Cats make cities better")], [1, shown.index("Cats are easier")]]
        store.work.record_attempt(student.id, used, "one", "pairs", {"matches": right})
        paths.append(tmp_path / "matcher.json")
        write_results(paths[-1], export_results(store, student.id, used))
    document = json.loads(paths[-1].read_bytes())
    assert document["pack"]["edition"] == "assessment"
    assert document["pack"]["content_hash"] == built.content_hash != full.content_hash
    reports = import_results(teacher, paths, [full])
    assert [report.outcome for report in reports] == ["imported"] * 5
    assert all(attempt.score is not None for attempt in teacher.work.list_attempts())
    (matched,) = teacher.work.list_attempts(student_id=reports[-1].student_id)
    assert matched.score == 1.0
    assert matched.answer == {"matches": [[0, 0], [1, 1]]}  # stored in the full pack's terms
    assert matched.content_hash == full.content_hash


def test_an_assessment_hand_in_needs_the_full_pack(tmp_path, teacher):
    built = build_pack(MINIPACK, assessment=True)
    (tmp_path / "a.crpack").write_bytes(built.archive)
    used = load_pack(tmp_path / "a.crpack").pack
    with Store(tmp_path / "student") as store:
        student = store.roster.add_student("Ann")
        store.work.record_attempt(student.id, used, "one", "pick", {"selected": [0]})
        write_results(tmp_path / "ann.json", export_results(store, student.id, used))
    refused_whole(teacher, used, tmp_path / "ann.json", "install the full pack")


def test_export_leaves_out_work_on_another_copy(tmp_path, full):
    other = load_pack(
        variant(tmp_path, "v2", {"pack.toml": ('version = "1.0"', 'version = "1.1"')})
    )
    with Store(tmp_path / "student") as store:
        student = store.roster.add_student("Ann")
        store.work.record_attempt(student.id, full, "one", "pick", {"selected": [0]})
        store.work.record_attempt(student.id, other.pack, "one", "pick", {"selected": [1]})
        store.work.save_draft(student.id, full.id, "one", "why", {"text": "a draft"})
        export = build_results(store, student.id, full)
    assert (export.attempts, export.left_out) == (1, 1)
    document = json.loads(export.data)
    assert document["format"] == FORMAT_NAME and document["format_version"] == 1
    assert "a draft" not in export.data.decode()
    assert document["checksum"] == checksum({k: v for k, v in document.items() if k != "checksum"})


def test_writing_a_results_file_replaces_it_whole(tmp_path):
    target = tmp_path / "ann.results.json"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    write_results(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert os.stat(target).st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["ann.results.json"]


@pytest.mark.parametrize("depth", [70, 986, 5_000])
def test_a_file_nested_too_deep_is_refused_alone_and_the_batch_goes_on(
    handed_in, teacher, full, tmp_path, depth
):
    paths, _ = handed_in
    payload = payload_of(paths[0])
    payload["attempts"][0]["answer"] = "DEEP"
    nested = '{"x": ' * depth + '{"selected": [0]}' + "}" * depth  # json.dumps would recurse
    text = json.dumps({**payload, "checksum": "0"}).replace('"DEEP"', nested)
    deep = tmp_path / "deep.json"
    deep.write_text(text, encoding="utf-8")
    reports = import_results(teacher, [deep, paths[1]], [full])
    assert reports[0].outcome == "refused"
    assert "nested" in reports[0].reason or "not valid JSON" in reports[0].reason
    assert reports[1].outcome == "imported"
