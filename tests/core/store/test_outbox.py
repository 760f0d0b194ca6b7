"""xAPI statements are queued with the work they report, in its transaction, and only
in a data folder with the school's settings."""

from __future__ import annotations

import json
import sqlite3

import pytest
from classroom import MINIPACK, hand_in_class
from storage_support import REF

from closeread.core.classwork.results_import import import_results
from closeread.core.grading.answers import empty_answer
from closeread.core.grading.saved import detail_of, exercise_map, grade_saved, score_of
from closeread.core.library.install import install_pack
from closeread.core.store.store import NotFound, Store
from closeread.core.xapi import profile as p
from closeread.core.xapi.profile import SettingsError
from closeread.core.xapi.validate import validate_statement

BASE, HOME = "https://school.example/closeread/", "https://school.example/"


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "data") as opened:
        opened.outbox.configure(BASE, HOME)
        yield opened


@pytest.fixture
def pack(store, tmp_path):
    return install_pack(MINIPACK, tmp_path / "data", store).pack


def check(store, student_id, pack, lesson_id, exercise, answer=None, **extra):
    answer = answer if answer is not None else empty_answer(exercise)
    result = grade_saved(pack, exercise, answer, {})
    return store.work.record_attempt(
        student_id, pack, lesson_id, exercise.id, answer,
        score=score_of(result), detail=detail_of(result, {}), **extra,
    )  # fmt: skip


def queued(store):
    return [
        (row[0], row[1], json.loads(row[2]))
        for row in store.db.execute("SELECT verb, state, statement FROM xapi_queue ORDER BY seq")
    ]


def test_nothing_is_queued_until_the_school_sets_its_addresses(tmp_path):
    with Store(tmp_path / "plain") as store:
        pack = install_pack(MINIPACK, tmp_path / "plain", store).pack
        ana = store.roster.add_student("Ana", "7B", "S1")
        (lesson_id, _), (_, exercise) = next(iter(exercise_map(pack).items()))
        check(store, ana.id, pack, lesson_id, exercise)
        assert store.outbox.settings() is None
        assert queued(store) == []


def test_a_checked_attempt_queues_one_valid_answered_statement(store, pack):
    ana = store.roster.add_student("Ana Lima", "7B", "S001")
    (lesson_id, exercise_id), (_lesson, exercise) = next(iter(exercise_map(pack).items()))
    attempt_id = check(
        store, ana.id, pack, lesson_id, exercise,
        started_at="2025-03-03T10:00:00+00:00", submitted_at="2025-03-03T10:02:30.5+00:00",
    )  # fmt: skip
    [(verb, state, statement)] = [row for row in queued(store) if row[0] == "answered"]
    validate_statement(statement)
    assert (verb, state) == ("answered", "pending")
    assert statement["actor"] == {
        "objectType": "Agent",
        "name": "Ana Lima",
        "account": {"homePage": HOME, "name": "S001"},
    }
    assert statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered"
    lesson_iri = f"{BASE}packs/{pack.id}/{pack.version}/lessons/{lesson_id}"
    assert statement["object"]["id"] == f"{lesson_iri}/exercises/{exercise_id}"
    assert statement["object"]["definition"]["name"] == {"en": exercise.title}
    assert statement["context"]["contextActivities"]["parent"][0]["id"] == lesson_iri
    assert statement["context"]["extensions"][p.CONTENT_HASH] == pack.content_hash
    assert statement["context"]["extensions"][p.CLASS] == "7B"
    assert statement["context"]["revision"] == pack.version
    assert statement["result"]["duration"] == "PT150.5S"
    assert statement["result"]["completion"] is True
    assert statement["result"]["extensions"][p.ATTEMPT] == 1
    assert statement["timestamp"] == store.work.get_attempt(attempt_id).submitted_at
    row = store.db.execute("SELECT attempt_id FROM xapi_queue WHERE verb = 'answered'").fetchone()
    assert row[0] == attempt_id


def test_the_score_is_scaled_and_in_points_with_success_for_full_marks(store, pack):
    ana = store.roster.add_student("Ana", None, "S1")
    for (lesson_id, _), (_, exercise) in exercise_map(pack).items():
        if exercise.kind == "choice":
            right = [i for i, option in enumerate(exercise.options) if option.weight > 0]
            check(store, ana.id, pack, lesson_id, exercise, {"selected": right[:1]})
            check(store, ana.id, pack, lesson_id, exercise, {"selected": []})
            break
    good, empty = [s for v, _, s in queued(store) if v == "answered"]
    assert good["result"]["score"]["max"] == exercise.points
    assert good["result"]["score"]["raw"] == pytest.approx(
        good["result"]["score"]["scaled"] * exercise.points
    )
    assert empty["result"]["score"] == {"scaled": 0, "raw": 0, "min": 0, "max": exercise.points}
    assert empty["result"]["success"] is False
    assert good["result"]["success"] is (good["result"]["score"]["scaled"] == 1)
    assert good["result"]["response"] == str(right[0])
    assert good["context"]["registration"] != ""
    assert "class" not in json.dumps(good["context"]["extensions"])  # no class, no extension


def test_marks_are_web_annotations_quoting_the_article(store, pack):
    ana = store.roster.add_student("Ana", "7B", "S1")
    for (lesson_id, _), (_, exercise) in exercise_map(pack).items():
        if exercise.kind == "mark":
            label = exercise.labels[0]
            check(store, ana.id, pack, lesson_id, exercise, {"marks": [[5, 25, label]]})
            break
    [statement] = [s for v, _, s in queued(store) if v == "answered"]
    [mark] = statement["result"]["extensions"][p.RESPONSE]["marks"]
    text = pack.article.text
    assert mark["body"] == {"type": "TextualBody", "purpose": "classifying", "value": label}
    assert mark["target"]["source"] == f"{BASE}packs/{pack.id}/{pack.version}/article"
    quote, position = mark["target"]["selector"]
    assert quote == {
        "type": "TextQuoteSelector",
        "exact": text[5:25],
        "prefix": text[:5],
        "suffix": text[25:57],
    }
    assert position == {"type": "TextPositionSelector", "start": 5, "end": 25}


def test_a_profile_without_a_school_id_gets_its_number_in_this_closeread(store, pack):
    ben = store.roster.add_student("Ben", "7B")
    (lesson_id, _), (_, exercise) = next(iter(exercise_map(pack).items()))
    check(store, ben.id, pack, lesson_id, exercise)
    [actor] = [s["actor"] for v, _, s in queued(store) if v == "answered"]
    device = store.roster.get_setting("device_id")
    assert actor["account"] == {"homePage": f"{BASE}profiles/{device}", "name": str(ben.id)}
    assert "mbox" not in actor


def test_a_lesson_is_completed_once_when_every_exercise_has_an_attempt(store, pack):
    ana = store.roster.add_student("Ana", "7B", "S1")
    lesson = pack.lessons[0]
    for number, exercise in enumerate(lesson.exercises):
        assert [v for v, _, _ in queued(store)].count("completed") == 0
        check(store, ana.id, pack, lesson.id, exercise)
        if number == 0 and exercise.attempts != 1:
            check(store, ana.id, pack, lesson.id, exercise)
    check(store, ana.id, pack, lesson.id, lesson.exercises[0])  # after completing: no second
    [completed] = [s for v, _, s in queued(store) if v == "completed"]
    assert completed["object"]["id"] == f"{BASE}packs/{pack.id}/{pack.version}/lessons/{lesson.id}"
    assert completed["result"]["score"]["max"] == sum(e.points for e in lesson.exercises)
    assert completed["result"]["completion"] is True
    validate_statement(completed)


def test_no_attempt_no_statement_and_no_statement_without_its_attempt(store, pack):
    (lesson_id, _), (_, exercise) = next(iter(exercise_map(pack).items()))
    with pytest.raises(NotFound):
        check(store, 999, pack, lesson_id, exercise)
    assert queued(store) == []
    store.db.execute(  # a statement that cannot be stored makes the attempt fail too
        "CREATE TRIGGER refuse BEFORE INSERT ON xapi_queue BEGIN SELECT RAISE(ABORT, 'no'); END"
    )
    ana = store.roster.add_student("Ana", "7B", "S1")
    with pytest.raises(Exception, match="no"):
        check(store, ana.id, pack, lesson_id, exercise)
    assert store.work.list_attempts(student_id=ana.id) == []


def test_a_statement_that_breaks_xapi_is_kept_as_invalid_and_the_answer_saved(store, pack):
    ana = store.roster.add_student("Ana", "7B", "S1")
    store.db.execute(  # a home page no LRS would take, slipped past the settings' check
        "UPDATE settings SET value = json_quote('not a web address') WHERE key = ?",
        [p.HOME_PAGE_SETTING],
    )
    (lesson_id, _), (_, exercise) = next(iter(exercise_map(pack).items()))
    attempt_id = check(store, ana.id, pack, lesson_id, exercise)
    assert store.work.get_attempt(attempt_id)
    [(_verb, state, _)] = queued(store)
    assert state == "invalid"
    reason = store.outbox.state().reasons[0][0]
    assert "actor.account.homePage" in reason


def test_settings_are_checked(store):
    with pytest.raises(SettingsError):
        store.outbox.configure("school.example", HOME)
    with pytest.raises(SettingsError):
        store.outbox.configure(BASE, "mailto:office@school.example")
    assert store.outbox.configure("https://x.example/a", HOME).base_iri == "https://x.example/a/"


def test_an_attempt_saved_by_identity_alone_still_queues_a_valid_statement(store):
    ana = store.roster.add_student("Ana", "7B", "S1")
    store.work.record_attempt(ana.id, REF, "one", "pick", {"selected": [1]}, score=0.5)
    [(_, state, statement)] = queued(store)
    assert state == "pending"
    assert statement["result"]["score"] == {"scaled": 0.5}
    validate_statement(statement)


def test_overrides_and_rescores_queue_scored_statements_that_refer_to_the_answer(store, pack):
    ana = store.roster.add_student("Ana", "7B", "S1")
    (lesson_id, _), (_, exercise) = next(iter(exercise_map(pack).items()))
    first = check(store, ana.id, pack, lesson_id, exercise)
    second = check(store, ana.id, pack, lesson_id, exercise)
    store.work.set_override(first, 0.75, "well argued")
    store.work.add_scores([(first, 0.2, None), (second, 0.4, None)], pack=pack, scoring_version="2")
    answered = {s["id"]: s for v, _, s in queued(store) if v == "answered"}
    scored = [s for v, _, s in queued(store) if v == "scored"]
    assert [s["result"]["score"]["scaled"] for s in scored] == [0.75, 0.4]  # override counts
    for statement in scored:
        validate_statement(statement)
        original = answered[statement["context"]["statement"]["id"]]
        assert statement["object"] == original["object"]
        assert statement["actor"] == original["actor"]
        assert statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/scored"


def test_imported_hand_ins_queue_the_class_statements_in_the_teacher_folder(tmp_path):
    with Store(tmp_path / "students") as store:
        used = install_pack(MINIPACK, tmp_path / "students", store).pack
        paths = hand_in_class(store, used, used, tmp_path / "files", count=3)
        assert queued(store) == []  # the students' computers never set up xAPI
    with Store(tmp_path / "teacher") as store:
        store.outbox.configure(BASE, HOME)
        packs = [install_pack(MINIPACK, tmp_path / "teacher", store).pack]
        import_results(store, paths, packs)
        attempts = store.db.execute("SELECT count(*) FROM attempts").fetchone()[0]
        rows = queued(store)
        assert [v for v, _, _ in rows].count("answered") == attempts
        assert {s["actor"]["account"]["name"] for _, _, s in rows} == {"S000", "S001", "S002"}
        for _, state, statement in rows:
            assert state == "pending"
            validate_statement(statement)
        before = len(rows)
        import_results(store, paths, packs)  # importing again changes nothing
        assert len(queued(store)) == before


def test_the_queue_table_keeps_ids_unique(store):
    ana = store.roster.add_student("Ana", "7B", "S1")
    store.work.record_attempt(ana.id, REF, "one", "pick", {"selected": [1]}, score=0.5)
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(
            "INSERT INTO xapi_queue (statement_id, statement, verb, student_id, pack_id, "
            "pack_version, queued_at) SELECT statement_id, statement, verb, student_id, "
            "pack_id, pack_version, queued_at FROM xapi_queue"
        )
