"""The offline hand-in: one results file per student per pack (``docs/results-format.md``).

A results file is UTF-8 JSON: the format's name and version, when it was made, the
student (name, class, school id), the profile that made it (a random id of the
student's CloseRead and the profile's number there: the teacher's import tells hand-ins
from several profiles under one name apart), the pack (id, version, content hash,
edition), every
attempt the student checked (its raw answer, times and hints; drafts are not handed
in), and a checksum: sha256 over a canonical serialisation of everything else.

The checksum catches a damaged file and a casual edit. It cannot stop a determined
forger (nothing on a student's computer is secret), and it does not need to: scores
are never read from the file. The teacher's CloseRead scores the raw answers again
with its own key (:mod:`closeread.core.classwork.results_import`).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple, TypeGuard

import closeread
from closeread.core.classwork.results_checksum import checksum, checksum_and_answers
from closeread.core.files.atomic import write_atomic
from closeread.core.files.depth import deeper_than
from closeread.core.grading.saved import exercise_map, hints_of
from closeread.core.pack.model import Pack
from closeread.core.store.database import now
from closeread.core.store.hand_ins import HandInStudent

FORMAT_NAME = "closeread-results"
FORMAT_VERSION = 1
SUFFIX = ".results.json"
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_ATTEMPTS = 100_000
MAX_NAME = 200
MAX_DEPTH = 64  # lists and objects inside one another; a real hand-in nests about 8
_HASH = re.compile(r"[0-9a-f]{64}")
_DEVICE = re.compile(r"[0-9a-f]{8,64}")
DEVICE_SETTING = "device_id"
_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")
_UNSAFE_NAME = re.compile(r"[^\w.-]+")


class ResultsError(ValueError):
    """A file that cannot be imported; ``str()`` is the plain reason."""


class HandInAttempt(NamedTuple):
    """One attempt as a results file carries it (a named tuple: files hold thousands)."""

    lesson: str
    exercise: str
    attempt_no: int
    answer: Mapping[str, Any]
    submitted_at: str
    started_at: str | None = None
    hints_used: int = 0
    hints: Mapping[str, int] = {}  # per exercise or analogy part; never changed in place
    answer_json: str | None = None  # the answer as canonical JSON, as the checksum read it


@dataclass(frozen=True)
class HandInPack:
    id: str
    version: str
    content_hash: str
    edition: str = "full"
    title: str = ""


@dataclass(frozen=True)
class ResultsFile:
    student: HandInStudent
    pack: HandInPack
    attempts: tuple[HandInAttempt, ...]
    created_at: str
    app_version: str = ""
    origin: str = ""  # "<device id>:<profile>", or "" when the file does not say


@dataclass(frozen=True)
class ResultsExport:
    data: bytes
    attempts: int  # attempts in the file
    left_out: int  # attempts made with another version of the pack, not in the file


# -- writing ------------------------------------------------------------------------------


def export_results(store, student_id: int, pack: Pack) -> bytes:
    """The results file of one student's work on ``pack`` (the copy they worked with)."""
    return build_results(store, student_id, pack).data


def build_results(store, student_id: int, pack: Pack, *, created_at: str = "") -> ResultsExport:
    """:func:`export_results` with counts: attempts made with another copy of the pack
    (another version or content) are left out, since their answers may point at
    another text."""
    student = store.roster.get_student(student_id)
    order = {key: index for index, key in enumerate(exercise_map(pack))}
    saved = store.work.list_attempts(student_id=student_id, pack_id=pack.id)
    saved.sort(
        key=lambda a: (order.get((a.lesson_id, a.exercise_id), len(order)), a.attempt_no, a.id)
    )
    attempts = []
    left_out = 0
    for attempt in saved:
        if attempt.content_hash != pack.content_hash:
            left_out += 1
            continue
        item: dict[str, Any] = {
            "lesson": attempt.lesson_id,
            "exercise": attempt.exercise_id,
            "attempt": attempt.attempt_no,
            "answer": attempt.answer,
            "started_at": attempt.started_at,
            "submitted_at": attempt.submitted_at,
            "hints_used": attempt.hints_used,
            "hints": hints_of(attempt.exercise_id, attempt.hints_used, attempt.detail),
        }
        attempts.append(item)
    payload: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "created_at": created_at or now(),
        "app": {"name": "CloseRead", "version": closeread.__version__},
        "student": {
            "name": student.name,
            "class": student.class_name,
            "id": student.student_number,
        },
        "origin": {"device": _device_id(store), "profile": student.id},
        "pack": {
            "id": pack.id,
            "version": pack.version,
            "content_hash": pack.content_hash,
            "edition": pack.edition,
            "title": pack.title,
        },
        "attempts": attempts,
    }
    return ResultsExport(_serialise(payload), len(attempts), left_out)


def _device_id(store) -> str:
    """This CloseRead's random id (migration 0004 makes it), or "" if it has none."""
    value = store.roster.get_setting(DEVICE_SETTING)
    return value if isinstance(value, str) and _DEVICE.fullmatch(value) else ""


def write_results(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write a results file whole or not at all (see :mod:`closeread.core.files.atomic`)."""
    return write_atomic(path, data)


def suggested_name(student_name: str, pack: Pack) -> str:
    """A file name for a hand-in: ``<pack id>-<student name>.results.json``."""
    safe = _UNSAFE_NAME.sub("-", student_name).strip("-.") or "student"
    return f"{pack.id}-{safe[:60]}{SUFFIX}"


def _serialise(payload: dict[str, Any]) -> bytes:
    """The file: readable, one attempt per line, the checksum last."""

    def compact(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "), allow_nan=False)

    lines = ["{"]
    for key, value in payload.items():
        if key == "attempts":
            items = [f"    {compact(item)}" for item in value]
            body = "[\n" + ",\n".join(items) + "\n  ]" if items else "[]"
            lines.append(f'  "attempts": {body},')
        else:
            lines.append(f"  {compact(key)}: {compact(value)},")
    lines.append(f'  "checksum": {compact(checksum(payload))}')
    lines.append("}")
    return ("\n".join(lines) + "\n").encode("utf-8")


# -- reading ------------------------------------------------------------------------------


def parse_results(data: bytes) -> ResultsFile:
    """Read and check a results file; :class:`ResultsError` says why it cannot be used.

    Checked in this order, so the reason is the most useful one: that it is JSON, that
    it is a CloseRead results file, that this CloseRead knows its format version, that
    its checksum matches, and then the shape of every field.
    """
    if len(data) > MAX_FILE_BYTES:
        raise ResultsError(f"not a CloseRead results file (larger than {MAX_FILE_BYTES:,} bytes)")
    try:
        document = json.loads(
            data.decode("utf-8").removeprefix("\ufeff"),
            parse_constant=_no_constants,
        )
    except UnicodeDecodeError:
        raise ResultsError("not a CloseRead results file (not UTF-8 text)") from None
    except (ValueError, RecursionError):
        raise ResultsError("not a CloseRead results file (not valid JSON)") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ResultsError(f'not a CloseRead results file (no "format": "{FORMAT_NAME}")')
    if deeper_than(document, MAX_DEPTH):
        raise ResultsError(f"damaged: nested more than {MAX_DEPTH} levels deep")
    version = document.get("format_version")
    if not _is_int(version) or version < 1:
        raise ResultsError("not a CloseRead results file (no valid format_version)")
    if version > FORMAT_VERSION:
        raise ResultsError(
            f"made by a newer CloseRead (results format {version}; this CloseRead reads "
            f"format {FORMAT_VERSION}): update CloseRead to import it"
        )
    given = document.pop("checksum", None)
    try:
        expected, answers = checksum_and_answers(document)
    except ValueError:
        raise ResultsError("damaged: it holds numbers JSON cannot carry") from None
    if not isinstance(given, str) or given != expected:
        raise ResultsError(
            "the file was changed after it was exported (its checksum does not match); "
            "ask the student to export it again"
        )
    try:
        return _results_file(document, answers)
    except (KeyError, TypeError, ValueError) as error:
        raise ResultsError(f"damaged: {_plain(error)}") from None


def _results_file(document: dict[str, Any], answers: list[str] | None) -> ResultsFile:
    """The file's fields, checked; ``answers``: each attempt's answer as canonical JSON."""
    student = _object(document, "student")
    pack = _object(document, "pack")
    attempts = document["attempts"]
    if not isinstance(attempts, list):
        raise TypeError('"attempts" is not a list')
    if len(attempts) > MAX_ATTEMPTS:
        raise ValueError(f"more than {MAX_ATTEMPTS:,} attempts")
    app = document.get("app")
    return ResultsFile(
        student=HandInStudent(
            name=_text(student, "name", required=True),
            class_name=_text(student, "class") or None,
            student_number=_text(student, "id") or None,
        ),
        pack=HandInPack(
            id=_matching(pack, "id", _ID, "a pack id"),
            version=_text(pack, "version", required=True),
            content_hash=_matching(pack, "content_hash", _HASH, "a sha256 hash"),
            edition=_edition(pack),
            title=_text(pack, "title", limit=1000),
        ),
        attempts=tuple(
            _attempt(item, number, answers[number - 1] if answers else None)
            for number, item in enumerate(attempts, 1)
        ),
        created_at=_time(document, "created_at", required=True) or "",
        app_version=_text(app, "version") if isinstance(app, dict) else "",
        origin=_origin(document.get("origin")),
    )


def _origin(origin: object) -> str:
    """``"<device>:<profile>"`` from the file's ``origin``; "" when it has none (files
    from CloseReads before it, or a device without an id)."""
    if origin is None:
        return ""
    if not isinstance(origin, dict):
        raise TypeError('"origin" is not an object')
    device, profile = origin.get("device", ""), origin.get("profile")
    if not isinstance(device, str) or (device and not _DEVICE.fullmatch(device)):
        raise ValueError('"origin.device" is not a device id')
    if not _is_int(profile) or profile < 0:
        raise ValueError('"origin.profile" is not a profile number')
    return f"{device}:{profile}" if device else ""


def _attempt(item: object, number: int, answer_json: str | None) -> HandInAttempt:
    if not isinstance(item, dict):
        raise TypeError(f"attempt {number} is not an object")
    try:
        answer = item["answer"]
        if not isinstance(answer, dict):
            raise TypeError('"answer" is not an object')
        attempt_no = item["attempt"]
        if not _is_int(attempt_no) or not 1 <= attempt_no <= 10_000:
            raise ValueError('"attempt" is not a number from 1 to 10000')
        hints_used = item.get("hints_used", 0)
        if not _is_int(hints_used) or not 0 <= hints_used <= 10_000:
            raise ValueError('"hints_used" is not a number from 0 to 10000')
        hints = item.get("hints", {})
        if not isinstance(hints, dict) or not all(
            _is_int(value) and 0 <= value <= 10_000 for value in hints.values()
        ):
            raise ValueError('"hints" is not a list of counts by exercise')
        return HandInAttempt(
            lesson=_matching(item, "lesson", _ID, "a lesson id"),
            exercise=_matching(item, "exercise", _ID, "an exercise id"),
            attempt_no=attempt_no,
            answer=answer,
            submitted_at=_time(item, "submitted_at", required=True) or "",
            started_at=_time(item, "started_at"),
            hints_used=hints_used,
            hints=hints,
            answer_json=answer_json,
        )
    except KeyError as error:
        raise ValueError(f"attempt {number}: {_plain(error)}") from None
    except (TypeError, ValueError) as error:
        raise type(error)(f"attempt {number}: {_plain(error)}") from None


def _object(document: dict[str, Any], key: str) -> dict[str, Any]:
    value = document[key]
    if not isinstance(value, dict):
        raise TypeError(f'"{key}" is not an object')
    return value


def _text(data: dict[str, Any], key: str, *, required: bool = False, limit: int = MAX_NAME) -> str:
    value = data[key] if required else data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise TypeError(f'"{key}" is not {"a non-empty " if required else ""}text')
    if len(value) > limit or "\x00" in value:
        raise ValueError(f'"{key}" is longer than {limit} characters or holds a NUL')
    return value.strip()


_GOOD_IDS: set[str] = set()  # ids seen to match _ID: a file names the same few again and again


def _matching(data: dict[str, Any], key: str, pattern: re.Pattern[str], what: str) -> str:
    value = data[key]
    if isinstance(value, str) and pattern is _ID and value in _GOOD_IDS:
        return value
    if not isinstance(value, str) or not pattern.fullmatch(value) or len(value) > MAX_NAME:
        raise ValueError(f'"{key}" is not {what}')
    if pattern is _ID and len(_GOOD_IDS) < 100_000:
        _GOOD_IDS.add(value)
    return value


def _edition(pack: dict[str, Any]) -> str:
    edition = pack.get("edition", "full")
    if edition not in ("full", "assessment"):
        raise ValueError('"edition" is neither "full" nor "assessment"')
    return edition


def _time(data: dict[str, Any], key: str, *, required: bool = False) -> str | None:
    value = data[key] if required else data.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or len(value) > 64:
        raise TypeError(f'"{key}" is not a time')
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f'"{key}" is not a time (ISO 8601)') from None
    return value


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _no_constants(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


def _plain(error: BaseException) -> str:
    if isinstance(error, KeyError):
        return f'"{error.args[0]}" is missing' if error.args else "a field is missing"
    return str(error)
