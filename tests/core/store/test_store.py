"""The progress store's records and its transactions, on real files in tmp_path."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storage_support import REF, make_pack

from closeread.core.records import NewAttempt, PackRef
from closeread.core.store.roster import LAST_STUDENT
from closeread.core.store.store import (
    DATABASE_NAME,
    PAGE_SIZE,
    NotFound,
    ReadOnlyFolder,
    StorageError,
    Store,
)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "data") as opened:
        yield opened


@pytest.fixture
def ana(store):
    return store.roster.add_student("Ana Lima", "7B", "s-001")


def raw(store: Store, sql: str, params=()) -> list[tuple]:
    return store.db.execute(sql, params).fetchall()


# -- the file and its settings ---------------------------------------------------------


def test_database_file_is_in_the_data_folder_with_wal_and_full_sync(tmp_path):
    with Store(tmp_path / "new" / "folder") as store:
        assert store.path == tmp_path / "new" / "folder" / DATABASE_NAME
        assert store.path.is_file()
        assert raw(store, "PRAGMA journal_mode") == [("wal",)]
        assert raw(store, "PRAGMA synchronous") == [(2,)]  # FULL
        assert raw(store, "PRAGMA foreign_keys") == [(1,)]
    # WAL is a property of the file: a fresh connection finds it too.
    conn = sqlite3.connect(tmp_path / "new" / "folder" / DATABASE_NAME)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    conn.close()


def test_a_new_database_has_pages_that_hold_long_answers_and_an_old_one_keeps_its_own(tmp_path):
    with Store(tmp_path / "new") as store:
        assert raw(store, "PRAGMA page_size") == [(PAGE_SIZE,)] and PAGE_SIZE == 8192
    old = tmp_path / "old" / DATABASE_NAME
    old.parent.mkdir()
    conn = sqlite3.connect(old)  # as CloseRead made them before: SQLite's 4 KB pages
    conn.execute("PRAGMA page_size = 4096")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    with Store(old.parent) as store:
        ana = store.roster.add_student("Ana")
        store.work.record_attempt(ana.id, REF, "l", "e", {"text": "x" * 5000}, score=1.0)
        assert raw(store, "PRAGMA page_size") == [(4096,)]
    with Store(old.parent) as store:
        assert [a.answer["text"] for a in store.work.list_attempts()] == ["x" * 5000]


def test_a_database_without_wal_gets_it_when_opened(tmp_path):
    with Store(tmp_path) as store:
        store.roster.add_student("Ana")
    conn = sqlite3.connect(tmp_path / DATABASE_NAME)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    with Store(tmp_path) as store:
        assert raw(store, "PRAGMA journal_mode") == [("wal",)]
        assert [s.name for s in store.roster.list_students()] == ["Ana"]


def test_reading_needs_no_sqlite_utils_and_writing_sets_it_up(tmp_path):
    with Store(tmp_path) as store:
        ana = store.roster.add_student("Ana")
        store.roster.save_reader_state(ana.id, "p", lesson_id="one", scroll=0.5)
    code = f"""
import sys
from closeread.core.store.store import Store
with Store({str(tmp_path)!r}) as store:
    ana = store.roster.get_student({ana.id})
    state = store.roster.load_reader_state(ana.id, "p")
    store.work.load_progress(ana.id, "p")
    store.roster.get_setting("zoom", 0)
    print("read", state.lesson_id, state.scroll, "sqlite_utils" in sys.modules)
    store.roster.set_setting("zoom", 2)
    triggers = store.db.execute("PRAGMA recursive_triggers").fetchone()[0]
    print("wrote", store.roster.get_setting("zoom"), triggers)
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["read one 0.5 False", "wrote 2 1"]


def test_open_uses_the_environment_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("CLOSEREAD_DATA_DIR", str(tmp_path / "env"))
    with Store.open() as store:
        assert store.data_dir == tmp_path / "env"
    with Store.open(tmp_path / "flag") as store:
        assert store.data_dir == tmp_path / "flag"


def test_closed_store_says_so(tmp_path):
    store = Store(tmp_path)
    store.close()
    store.close()  # twice is harmless
    assert store.closed
    with pytest.raises(StorageError, match="closed"):
        store.roster.list_students()


# -- students --------------------------------------------------------------------------


def test_students_are_created_listed_found_and_updated(store):
    ana = store.roster.add_student("  Ana Lima ", "7B", "s-001")
    ben = store.roster.add_student("Ben Okafor", "7B")
    chen = store.roster.add_student("Chen Wei")
    assert ana.name == "Ana Lima" and ana.class_name == "7B" and ana.student_number == "s-001"
    assert chen.class_name is None and chen.student_number is None
    assert [s.name for s in store.roster.list_students()] == ["Chen Wei", "Ana Lima", "Ben Okafor"]
    assert [s.id for s in store.roster.list_students("7B")] == [ana.id, ben.id]
    assert store.roster.find_student("ana lima", "7B") == ana
    assert store.roster.find_student("Someone", student_number="s-001") == ana
    assert store.roster.find_student("Ana Lima", "8C") is None
    moved = store.roster.update_student(ben.id, class_name="8C")
    assert moved.class_name == "8C" and moved.name == "Ben Okafor"
    assert store.roster.get_student(ben.id) == moved


def test_the_only_student_is_remembered_when_they_read_last(store, ana):
    assert store.roster.remembered_student() is None  # nobody read yet
    store.roster.set_setting(LAST_STUDENT, ana.id)
    assert store.roster.remembered_student() == ana
    store.roster.add_student("Ben")  # a shared computer: the student chooses
    assert store.roster.remembered_student() is None


def test_student_needs_a_name_and_unknown_ids_are_not_found(store):
    with pytest.raises(ValueError, match="name"):
        store.roster.add_student("   ")
    with pytest.raises(NotFound, match="no student number 99"):
        store.roster.get_student(99)
    assert store.roster.list_students() == []


# -- attempts, scores, overrides --------------------------------------------------------


def test_record_attempt_saves_answer_and_score_and_numbers_attempts(store, ana):
    first = store.work.record_attempt(
        ana.id, REF, "claims", "mark", {"marks": [[0, 10, "claim"]]},
        score=0.5, scoring_version="scoring-1", detail={"missed": ["k2"]}, hints_used=1,
    )  # fmt: skip
    second = store.work.record_attempt(ana.id, REF, "claims", "mark", {"marks": []}, score=0.0)
    other = store.work.record_attempt(ana.id, REF, "claims", "other", {"selected": [1]}, score=1)
    attempt = store.work.get_attempt(first)
    assert attempt.answer == {"marks": [[0, 10, "claim"]]}
    assert (attempt.score, attempt.detail, attempt.scoring_version) == (
        0.5,
        {"missed": ["k2"]},
        "scoring-1",
    )
    assert (attempt.pack_id, attempt.pack_version, attempt.content_hash) == (
        "cyber-op-ed",
        "1.0",
        "hash-1",
    )
    assert attempt.hints_used == 1 and attempt.source == "app"
    assert [store.work.get_attempt(i).attempt_no for i in (first, second, other)] == [1, 2, 1]


def test_unscored_attempt_has_no_score_until_scored(store, ana):
    attempt_id = store.work.record_attempt(ana.id, REF, "l", "e", {"text": "hidden key"})
    assert store.work.get_attempt(attempt_id).score is None
    assert store.work.score_history(attempt_id) == []
    store.work.add_scores([(attempt_id, 0.75, None)], pack=REF, scoring_version="s")
    assert store.work.get_attempt(attempt_id).score == 0.75


def test_rescoring_keeps_history_and_the_newest_is_current(store, ana):
    attempt_id = store.work.record_attempt(
        ana.id, REF, "l", "e", {"marks": []}, score=0.2, scoring_version="v1"
    )
    fixed_key = PackRef("cyber-op-ed", "1.1", "hash-2")
    attempts = store.work.attempts_for_rescoring("cyber-op-ed")
    assert [a.id for a in attempts] == [attempt_id]
    assert store.work.add_scores([(attempt_id, 0.9, {"fixed": True})], pack=fixed_key,
                            scoring_version="v2") == 1  # fmt: skip
    history = store.work.score_history(attempt_id)
    assert [(h.score, h.scoring_version, h.pack_version, h.content_hash) for h in history] == [
        (0.2, "v1", "1.0", "hash-1"),
        (0.9, "v2", "1.1", "hash-2"),
    ]
    current = store.work.get_attempt(attempt_id)
    assert (current.score, current.detail) == (0.9, {"fixed": True})
    assert current.pack_version == "1.0"  # the attempt itself still names the pack it used


def test_rescoring_an_unknown_attempt_saves_none_of_the_batch(store, ana):
    attempt_id = store.work.record_attempt(ana.id, REF, "l", "e", {"text": ""}, score=0.1)
    with pytest.raises(NotFound, match="999"):
        store.work.add_scores([(attempt_id, 0.5, None), (999, 0.5, None)], pack=REF,
                         scoring_version="v2")  # fmt: skip
    assert [h.score for h in store.work.score_history(attempt_id)] == [0.1]


def test_overrides_count_instead_of_scores_and_can_be_withdrawn(store, ana):
    attempt_id = store.work.record_attempt(ana.id, REF, "l", "e", {"text": "x"}, score=0.25)
    store.work.set_override(attempt_id, 0.8, "  Fair point  ")
    attempt = store.work.get_attempt(attempt_id)
    assert attempt.effective_score == 0.8 and attempt.overridden
    assert attempt.override_comment == "Fair point"
    store.work.clear_override(attempt_id, "key was right")
    attempt = store.work.get_attempt(attempt_id)
    assert attempt.effective_score == 0.25 and not attempt.overridden
    history = store.work.override_history(attempt_id)
    assert [(o.score, o.comment) for o in history] == [(0.8, "Fair point"), (None, "key was right")]
    with pytest.raises(NotFound):
        store.work.set_override(12345, 1.0)


@pytest.mark.parametrize("bad", [-0.1, 1.5, float("nan"), float("inf")])
def test_scores_must_be_fractions(store, ana, bad):
    with pytest.raises(ValueError, match="fraction"):
        store.work.record_attempt(ana.id, REF, "l", "e", {"text": "x"}, score=bad)
    assert store.work.list_attempts() == []


def test_answers_must_be_json_objects(store, ana):
    with pytest.raises(TypeError, match="JSON object"):
        store.work.record_attempt(ana.id, REF, "l", "e", ["not", "a", "dict"])
    with pytest.raises(ValueError, match="JSON"):
        store.work.record_attempt(ana.id, REF, "l", "e", {"bad": object()})
    with pytest.raises(NotFound):
        store.work.record_attempt(404, REF, "l", "e", {"text": "x"})
    assert store.work.list_attempts() == []


def test_list_attempts_filters(store, ana):
    ben = store.roster.add_student("Ben")
    store.work.record_attempt(ana.id, REF, "l1", "e1", {"n": 1})
    store.work.record_attempt(ben.id, REF, "l1", "e1", {"n": 2})
    store.work.record_attempt(ana.id, REF, "l2", "e1", {"n": 3})
    store.work.record_attempt(ana.id, PackRef("other", "1", "h"), "l1", "e1", {"n": 4})
    assert [a.answer["n"] for a in store.work.list_attempts(ana.id)] == [1, 3, 4]
    assert [a.answer["n"] for a in store.work.list_attempts(pack_id="cyber-op-ed")] == [1, 3, 2]
    assert [a.answer["n"] for a in store.work.list_attempts(ana.id, "cyber-op-ed", "l2")] == [3]
    with pytest.raises(NotFound):
        store.work.get_attempt(999)


# -- drafts, reader state, settings, packs ---------------------------------------------


def test_draft_is_upserted_and_cleared_by_the_checked_attempt(store, ana):
    store.work.save_draft(ana.id, "p", "l", "e", {"marks": [[1, 2, "claim"]]})
    first = store.work.load_draft(ana.id, "p", "l", "e")
    store.work.save_draft(ana.id, "p", "l", "e", {"marks": [[1, 3, "claim"]]})
    second = store.work.load_draft(ana.id, "p", "l", "e")
    assert second.answer == {"marks": [[1, 3, "claim"]]}
    assert second.started_at == first.started_at  # started when the first draft was saved
    assert raw(store, "SELECT count(*) FROM drafts") == [(1,)]
    attempt_id = store.work.record_attempt(ana.id, PackRef("p", "1", "h"), "l", "e", second.answer)
    assert store.work.get_attempt(attempt_id).started_at == first.started_at
    assert store.work.load_draft(ana.id, "p", "l", "e") is None


def test_keep_draft_and_delete_draft(store, ana):
    store.work.save_draft(ana.id, "p", "l", "e", {"text": "half"})
    store.work.record_attempt(
        ana.id, PackRef("p", "1", "h"), "l", "e", {"text": "x"}, keep_draft=True
    )
    assert store.work.load_draft(ana.id, "p", "l", "e").answer == {"text": "half"}
    store.work.delete_draft(ana.id, "p", "l", "e")
    assert store.work.load_draft(ana.id, "p", "l", "e") is None


def test_reader_state_per_student_and_pack(store, ana):
    assert store.roster.load_reader_state(ana.id, "p") is None
    store.roster.save_reader_state(ana.id, "p", lesson_id="l1", exercise_id="e2", scroll=0.3)
    store.roster.save_reader_state(ana.id, "p", lesson_id="l2", exercise_id=None, scroll=0.6)
    state = store.roster.load_reader_state(ana.id, "p")
    assert (state.lesson_id, state.exercise_id, state.scroll) == ("l2", None, 0.6)
    assert store.roster.load_reader_state(ana.id, "q") is None


def test_settings_hold_json_values(store):
    assert store.roster.get_setting("ui.font_size", 12) == 12
    store.roster.set_setting("ui.font_size", 14)
    store.roster.set_setting("ui.labels", {"claim": "#f00"})
    store.roster.set_setting("ui.font_size", 16)
    assert store.roster.get_setting("ui.font_size") == 16
    settings = store.roster.settings()
    assert len(settings.pop("device_id")) == 32  # every database has one (migration 0004)
    assert settings == {"ui.font_size": 16, "ui.labels": {"claim": "#f00"}}
    store.roster.delete_setting("ui.labels")
    assert store.roster.get_setting("ui.labels") is None
    with pytest.raises(ValueError):
        store.roster.set_setting("bad", {1, 2})


def test_installed_packs_are_upserted_by_id_and_hash(store):
    store.roster.install_pack("cyber-op-ed", "1.0", "h1", "/packs/a", "Cyber")
    store.roster.install_pack("cyber-op-ed", "1.0", "h1", "/packs/b", "Cyber")
    store.roster.install_pack("cyber-op-ed", "1.1", "h2", "/packs/c", "Cyber")
    packs = store.roster.list_packs()
    assert sorted((p.version, p.location) for p in packs) == [
        ("1.0", "/packs/b"),
        ("1.1", "/packs/c"),
    ]
    assert store.roster.remove_pack("cyber-op-ed", "h1") is True
    assert store.roster.remove_pack("cyber-op-ed", "h1") is False
    assert [p.content_hash for p in store.roster.list_packs()] == ["h2"]


# -- one transaction per action ---------------------------------------------------------


def test_a_failing_import_saves_nothing_at_all(store, ana):
    good = NewAttempt("l", "e1", {"text": "fine"}, attempt_no=1, submitted_at="2025-01-01T10:00")
    bad = NewAttempt("l", "e2", ["not an object"], attempt_no=1, submitted_at="2025-01-01T10:00")
    with pytest.raises(TypeError):
        store.hand_ins.record_import("abc", "ana.closeread", ana.id, REF, [good, bad])
    assert store.work.list_attempts() == []
    assert not store.hand_ins.has_import("abc")


def test_importing_the_same_file_twice_changes_nothing(store, ana):
    attempts = [
        NewAttempt("l", "e1", {"text": "a"}, attempt_no=1, submitted_at="2025-01-01T10:00",
                   score=0.5),
        NewAttempt("l", "e1", {"text": "b"}, attempt_no=2, submitted_at="2025-01-01T10:05",
                   score=1.0, detail={"ok": True}),
    ]  # fmt: skip
    teacher_key = PackRef("cyber-op-ed", "1.2", "teacher-hash")
    ids = store.hand_ins.record_import(
        "f00d", "ana.closeread", ana.id, REF, attempts, key=teacher_key
    )
    assert len(ids) == 2 and store.hand_ins.has_import("f00d")
    assert store.hand_ins.record_import("f00d", "ana.closeread", ana.id, REF, attempts) is None
    saved = store.work.list_attempts()
    assert [(a.source, a.attempt_no, a.score) for a in saved] == [
        ("import:f00d", 1, 0.5),
        ("import:f00d", 2, 1.0),
    ]
    assert saved[0].content_hash == "hash-1"  # the student's pack, as the file names it
    assert store.work.score_history(ids[0])[0].content_hash == "teacher-hash"  # scored here


def test_read_only_store_reads_but_refuses_writes(tmp_path, store, ana):
    store.work.record_attempt(ana.id, REF, "l", "e", {"text": "x"}, score=1.0)
    with Store(store.data_dir, read_only=True) as reader:  # beside the open writer
        assert [s.name for s in reader.roster.list_students()] == ["Ana Lima"]
        with pytest.raises(ReadOnlyFolder, match="reading only"):
            reader.roster.add_student("Ben")
    with pytest.raises(NotFound, match="No progress"):
        Store(tmp_path / "empty", read_only=True)


# -- progress and the class summary ------------------------------------------------------


def test_load_progress_groups_attempts_drafts_and_reader_state(store, ana):
    a1 = store.work.record_attempt(ana.id, REF, "l1", "e1", {"n": 1}, score=0.3)
    a2 = store.work.record_attempt(ana.id, REF, "l1", "e1", {"n": 2}, score=0.6)
    store.work.save_draft(ana.id, REF.id, "l1", "e2", {"text": "typing"})
    store.roster.save_reader_state(ana.id, REF.id, lesson_id="l1", exercise_id="e2", scroll=0.5)
    store.work.record_attempt(ana.id, PackRef("other", "1", "h"), "l1", "e1", {"n": 9})
    progress = store.work.load_progress(ana.id, REF.id)
    assert store.work.load_progress(ana.id, REF) == progress
    assert [a.id for a in progress.attempts_for("l1", "e1")] == [a1, a2]
    assert progress.attempts_for("l9", "e9") == ()
    assert progress.draft_for("l1", "e2").answer == {"text": "typing"}
    assert progress.reader.exercise_id == "e2"
    assert progress.counted_score("l1", "e1", "best") == 0.6


def test_class_summary_counts_best_or_last_with_points_and_overrides(store):
    pack = make_pack(
        {"one": [("best", 2.0, "best"), ("last", 1.0, "last")], "two": [("x", 1.0, "best")]}
    )
    ana = store.roster.add_student("Ana", "7B")
    ben = store.roster.add_student("Ben", "7B")
    store.roster.add_student("Chen", "8C")
    store.work.record_attempt(ana.id, pack, "one", "best", {"n": 1}, score=0.9)
    store.work.record_attempt(ana.id, pack, "one", "best", {"n": 2}, score=0.4)
    store.work.record_attempt(ana.id, pack, "one", "last", {"n": 1}, score=1.0)
    late = store.work.record_attempt(ana.id, pack, "one", "last", {"n": 2}, score=0.2)
    store.work.set_override(late, 0.5, "partly right")
    store.work.record_attempt(ben.id, pack, "one", "last", {"n": 1})  # not scored yet
    store.work.record_attempt(ben.id, pack, "two", "unknown-exercise", {"n": 1}, score=1.0)
    rows = {(r.student_name, r.lesson_id): r for r in store.reports.class_summary(pack, "7B")}
    assert len(rows) == 4
    one = rows["Ana", "one"]
    assert one.points == pytest.approx(2 * 0.9 + 0.5) and one.max_points == 3.0
    assert one.score == pytest.approx(2.3 / 3)
    assert (one.exercises_done, one.exercises_total, one.pending) == (2, 2, 0)
    assert rows["Ana", "two"].points == 0 and rows["Ana", "two"].exercises_done == 0
    assert (rows["Ben", "one"].pending, rows["Ben", "one"].points) == (1, 0)
    assert rows["Ben", "two"].exercises_done == 0  # exercises not in the pack do not count
    assert {r.student_name for r in store.reports.class_summary(pack)} == {"Ana", "Ben", "Chen"}


attempt_plan = st.lists(
    st.tuples(
        st.integers(0, 2),  # student
        st.sampled_from(["b1", "l1", "b2"]),  # exercise
        st.one_of(st.none(), st.integers(0, 10).map(lambda n: n / 10)),  # score
        st.one_of(st.none(), st.integers(0, 10).map(lambda n: n / 10)),  # override
        st.one_of(st.none(), st.integers(0, 10).map(lambda n: n / 10)),  # re-score
    ),
    max_size=25,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plan=attempt_plan)
def test_class_summary_agrees_with_counting_the_plan_by_hand(tmp_path_factory, plan):
    """Whatever attempts, re-scores and overrides are saved, the summary the database
    keeps (triggers, see migration 0003) equals counting what was written, in Python."""
    pack = make_pack({"L": [("b1", 1.0, "best"), ("l1", 2.0, "last"), ("b2", 0.5, "best")]})
    counts = {"b1": "best", "l1": "last", "b2": "best"}
    effective: dict[tuple[int, str], list[float | None]] = {}
    with Store(tmp_path_factory.mktemp("prop")) as store:
        students = [store.roster.add_student(f"S{i}") for i in range(3)]
        for who, exercise, score, override, rescore in plan:
            attempt_id = store.work.record_attempt(
                students[who].id, pack, "L", exercise, {}, score=score
            )
            if rescore is not None:
                store.work.add_scores([(attempt_id, rescore, None)], pack=pack, scoring_version="2")
            if override is not None:
                store.work.set_override(attempt_id, override)
            current = rescore if rescore is not None else score
            value = override if override is not None else current
            effective.setdefault((students[who].id, exercise), []).append(value)
        from_database = store.reports.class_summary(pack)
    points = {"b1": 1.0, "l1": 2.0, "b2": 0.5}
    expected = []
    for student in students:
        earned, done, pending = 0.0, 0, 0
        for exercise in counts:
            values = effective.get((student.id, exercise))
            if values is None:
                continue
            scored = [v for v in values if v is not None]
            counted = values[-1] if counts[exercise] == "last" else max(scored, default=None)
            done += 1
            if counted is None:
                pending += 1
            else:
                earned += points[exercise] * counted
        expected.append((student.id, earned, done, pending))
    got = [(r.student_id, r.points, r.exercises_done, r.pending) for r in from_database]
    assert [row[0] for row in got] == [row[0] for row in expected]
    for (_, earned, done, pending), (_, want_earned, want_done, want_pending) in zip(
        got, expected, strict=True
    ):
        assert (done, pending) == (want_done, want_pending)
        assert earned == pytest.approx(want_earned)
    assert all(r.max_points == 3.5 and r.exercises_total == 3 for r in from_database)
