"""Generated hostile hand-ins through the teacher's import.

A results file comes from a student's computer, and its checksum is no seal: anyone can
compute it again after changing the file. So these files are honest exports with one
part replaced (a field, an attempt, an answer, a part of an answer) by any JSON value,
deleted, repeated or nested deep, and the checksum made to match. Importing must end in
a report for every file (imported, already imported, or refused with its reason): never
an exception, never more than 2 s a file, and a hostile file in a batch must not stop
the files after it.
"""

from __future__ import annotations

import copy
import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from closeread.core.classwork.results_file import checksum, export_results
from closeread.core.classwork.results_import import import_results
from closeread.core.pack.load import load_pack
from closeread.core.store.store import Store

MINIPACK = Path(__file__).parents[1] / "fixtures" / "minipack"
SECONDS = 2.0
ANSWERS = {
    "marks": {"marks": [[0, 23, "claim"], [24, 60, "evidence"]]},
    "pick": {"selected": [0]},
    "why": {"text": "The survey gives data about owners."},
    "pairs": {"matches": [[0, 0], [1, 1]]},
}


@pytest.fixture(scope="module")
def pack():
    return load_pack(MINIPACK).pack


@pytest.fixture(scope="module")
def honest(tmp_path_factory, pack) -> dict[str, Any]:
    """An honest export with an attempt at each exercise that takes one, as JSON."""
    folder = tmp_path_factory.mktemp("student")
    with Store(folder) as store:
        student = store.roster.add_student("Ann Lee", "7B", "S1")
        for exercise, answer in ANSWERS.items():
            store.work.record_attempt(student.id, pack, "one", exercise, answer)
        document = json.loads(export_results(store, student.id, pack))
    assert len(document["attempts"]) == len(ANSWERS)
    path = folder / "honest.results.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with Store(folder / "check") as teacher:  # the file forged below imports when honest
        (report,) = import_results(teacher, [path], [pack])
        assert (report.outcome, report.attempts) == ("imported", len(ANSWERS)), report.reason
    return document


@pytest.fixture(scope="module")
def teacher(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("teacher")) as store:
        yield store


def places(value: Any, path: tuple = ()) -> list[tuple]:
    """Every place in a JSON document, as the keys and indexes that lead to it."""
    found = [path]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += places(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += places(inner, (*path, index))
    return found


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
    | st.sampled_from(["", "\x00", "‮", "one", "claim", "mark", "../x", "9" * 400]),
    lambda inner: st.lists(inner, max_size=6) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)


@st.composite
def forged(draw, document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with one place changed, and its checksum made to match."""
    changed = copy.deepcopy(document)
    changed.pop("checksum", None)
    path = draw(st.sampled_from([p for p in places(changed) if p]))
    *to_parent, last = path
    parent = changed
    for step in to_parent:
        parent = parent[step]
    action = draw(st.sampled_from(["replace", "delete", "repeat", "nest"]))
    if action == "replace":
        parent[last] = draw(JSON)
    elif action == "delete":
        del parent[last]
    elif action == "repeat":
        parent[last] = [parent[last]] * draw(st.integers(2, 3_000))
    else:
        value = parent[last]
        for _ in range(draw(st.integers(10, 200))):  # past MAX_DEPTH; shallow enough to print
            value = [value]
        parent[last] = value
    try:
        changed["checksum"] = checksum(changed)
    except (ValueError, RecursionError):  # numbers JSON cannot carry; too deep to encode
        changed["checksum"] = "sha256:" + "0" * 64
    return changed


def write(folder: Path, name: str, document: dict[str, Any]) -> Path:
    path = folder / name
    try:
        path.write_text(json.dumps(document), encoding="utf-8")
    except (RecursionError, ValueError):
        path.write_bytes(b'{"format": "closeread-results", "attempts": ' + b"[" * 5000)
    return path


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_a_forged_hand_in_is_imported_or_refused_never_a_crash(
    data, honest, teacher, pack, tmp_path_factory
):
    document = data.draw(forged(honest))
    path = write(tmp_path_factory.mktemp("forged"), "forged.results.json", document)
    started = time.perf_counter()
    (report,) = import_results(teacher, [path], [pack])
    assert time.perf_counter() - started < SECONDS
    assert report.outcome in {"imported", "skipped", "refused"}
    event(report.outcome)  # --hypothesis-show-statistics: how many got past the checks
    if report.outcome == "refused":
        assert report.reason and "Traceback" not in report.reason


def test_a_hostile_file_does_not_stop_the_batch(honest, pack, tmp_path):
    deep = copy.deepcopy(honest)
    deep.pop("checksum")
    value: Any = deep["attempts"]
    for _ in range(2_000):
        value = [value]
    deep["attempts"] = value
    deep["checksum"] = "sha256:" + "0" * 64
    good = copy.deepcopy(honest)
    good["student"] = {**good["student"], "name": "Bo Park", "id": "S2"}
    good.pop("checksum")
    good["checksum"] = checksum(good)
    paths = [
        write(tmp_path, "first.results.json", honest),
        write(tmp_path, "deep.results.json", deep),
        write(tmp_path, "last.results.json", good),
    ]
    with Store(tmp_path / "teacher") as store:
        reports = import_results(store, paths, [pack])
        assert [r.outcome for r in reports] == ["imported", "refused", "imported"]
        assert {s.name for s in store.roster.list_students()} == {"Ann Lee", "Bo Park"}
