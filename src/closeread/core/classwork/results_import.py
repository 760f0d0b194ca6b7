"""Importing hand-ins: results files checked, scored by the teacher's key, saved whole.

For each file, in order: it must be a results file of a format this CloseRead knows,
with a matching checksum (:func:`~closeread.core.classwork.results_file.parse_results`); name a pack
installed here, at the same version and content (or the assessment edition of an
installed full copy: :mod:`closeread.core.library.archive`); and hold only answers that fit
their exercises, within the attempts allowed. Anything wrong refuses the whole file,
with its reason, and nothing from it is saved. Otherwise the answers are scored with
the teacher's key (never with anything the file says) and saved in one transaction
with the student's profile, found or made (``store.hand_ins.import_hand_in``).

A file's own count of attempts proves nothing: a student can make a fresh profile for
every file. So attempts count against each exercise's limit across every file the
student hands in and everything already saved; those beyond it are refused and the
report says so (:mod:`closeread.core.store.hand_in_rules`). Files picked together are one
:class:`ImportBatch`: all are checked and scored first, then saved, so the earliest
attempts are kept whatever order the files were picked in.

Importing a file twice changes nothing: files are known by the sha256 of their bytes,
and attempts by their exercise, time and answer, whichever file brought them.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from closeread.core.bulk_work import cycle_collection_paused
from closeread.core.classwork.results_file import (
    MAX_FILE_BYTES,
    HandInAttempt,
    ResultsError,
    ResultsFile,
    parse_results,
)
from closeread.core.classwork.scoring_pack import NoScoringPack, scoring_pack
from closeread.core.grading.answers import AnswerError
from closeread.core.grading.saved import (
    detail_of,
    exercise_map,
    grade_saved,
    score_of,
    scoring_version,
)
from closeread.core.library.archive import answer_from_assessment
from closeread.core.pack.model import Pack
from closeread.core.records import NewAttempt, file_key
from closeread.core.store.database import to_json
from closeread.core.store.errors import StorageError
from closeread.core.store.hand_in_rules import Identity
from closeread.core.store.hand_ins import identity_of

Outcome = Literal["imported", "skipped", "refused"]


@dataclass(frozen=True)
class ImportReport:
    """What became of one file."""

    path: str
    outcome: Outcome
    reason: str = ""  # why it was skipped or refused
    attempts: int = 0  # attempts added
    duplicates: int = 0  # attempts already in the database
    student: str = ""  # "Name (class)" when known
    student_id: int | None = None
    file_hash: str = ""
    refused: int = 0  # attempts refused over an exercise's limit
    over_limit: tuple[tuple[str, int, int], ...] = ()  # (exercise title, allowed, refused)

    def __str__(self) -> str:
        if self.outcome == "imported":
            extra = f" ({self.duplicates} already here)" if self.duplicates else ""
            plural = "" if self.attempts == 1 else "s"
            return (
                f"{self.path}: imported {self.attempts} attempt{plural}{extra} for {self.student}"
                + over_limit_text(self)
            )
        return f"{self.path}: {self.outcome}: {self.reason}"


def over_limit_text(report: ImportReport) -> str:
    """The attempts refused over an exercise's limit, in plain words for the teacher
    (appended to the file's line), or "" when none were."""
    if not report.refused:
        return ""
    each = "; ".join(
        f"“{title}” allows {_count(allowed)}: {refused} refused"
        for title, allowed, refused in report.over_limit
    )
    return (
        f"; refused {_count(report.refused)} over the limit, counting every hand-in "
        f"from this student ({each})"
    )


def _count(n: int) -> str:
    return f"{n} attempt" if n == 1 else f"{n} attempts"


class _Refused(Exception):
    pass


@dataclass
class _Ready:
    """A file checked and scored, waiting to be saved."""

    shown: str
    file_hash: str
    results: ResultsFile
    key: Pack
    attempts: list[NewAttempt]
    limits: dict[tuple[str, str], int]  # exercises with a limit: how many attempts each
    student: str

    def identities(self) -> list[Identity]:
        """Its attempts at the exercises with a limit, as the store knows them."""
        return [
            identity_of(new)
            for new in self.attempts
            if (new.lesson_id, new.exercise_id) in self.limits
        ]

    @property
    def who(self) -> tuple[str, ...]:
        student = self.results.student
        return file_key(student.name, student.class_name, student.student_number)


class ImportBatch:
    """Files imported together: :meth:`add` checks and scores each (nothing is saved),
    :meth:`save` saves them in order, each file in its own transaction.

    While a file is saved, the attempts of the files after it that name the same student
    (:func:`~closeread.core.store.hand_in_rules.file_key`) and were submitted earlier keep
    their places within the exercise's limit. Files naming the student differently
    (one with a school id, one without) are not weighed together: of theirs, the
    first saved are kept. Either way the limit holds.
    """

    def __init__(self, store, packs: Sequence[Pack], cache: dict | None = None) -> None:
        self.store = store
        self.packs = packs
        self.cache = {} if cache is None else cache  # answers scored in this run (_score)
        self._files: list[_Ready | ImportReport] = []

    def add(
        self, path: str | os.PathLike[str], imported: Callable[[str], bool] | None = None
    ) -> None:
        """Check and score one file; nothing is saved. ``imported(file_hash)`` says whether
        those bytes were imported before: the batch's store by default, or the read-only
        store of the thread that prepares the files off the GUI thread."""
        with cycle_collection_paused():
            self._files.append(self._prepare(path, imported or self.store.hand_ins.has_import))

    def save(self) -> list[ImportReport]:
        """One report per file added, in order; a file refused leaves the database as it was."""
        with cycle_collection_paused():
            return self._save_all()

    def _save_all(self) -> list[ImportReport]:
        ready = [item for item in self._files if isinstance(item, _Ready)]
        files = Counter(item.who for item in ready)
        waiting: dict[tuple[str, ...], list[list[Identity]]] = {}
        for file in ready:  # only a student with several files here needs their attempts
            if files[file.who] > 1:
                waiting.setdefault(file.who, []).append(file.identities())
        reports: list[ImportReport] = []
        for item in self._files:
            if isinstance(item, _Ready):
                later = waiting.get(item.who, [[]])
                later.pop(0)  # this file's own
                reports.append(self._save(item, [i for others in later for i in others]))
            else:
                reports.append(item)
        self._files = []
        return reports

    def _prepare(
        self, path: str | os.PathLike[str], imported: Callable[[str], bool]
    ) -> _Ready | ImportReport:
        shown = str(path)
        try:
            data = _read(Path(path))
        except _Refused as error:
            return ImportReport(shown, "refused", str(error))
        file_hash = hashlib.sha256(data).hexdigest()
        # these very bytes were checked and saved before
        if imported(file_hash):
            return ImportReport(shown, "skipped", "already imported", file_hash=file_hash)
        try:
            results = parse_results(data)
        except ResultsError as error:
            return ImportReport(shown, "refused", str(error), file_hash=file_hash)
        student = results.student.label
        try:
            key, from_assessment = scoring_pack(results, self.packs)
            attempts = _scored_attempts(results, key, from_assessment, self.cache)
            limits = {
                place: exercise.attempts
                for place, (_, exercise) in exercise_map(key).items()
                if exercise.attempts
            }
        except (_Refused, NoScoringPack) as error:
            return ImportReport(shown, "refused", str(error), student=student, file_hash=file_hash)
        except (StorageError, ValueError) as error:
            reason = f"not saved: {error}"
            return ImportReport(shown, "refused", reason, student=student, file_hash=file_hash)
        return _Ready(shown, file_hash, results, key, attempts, limits, student)

    def _save(self, ready: _Ready, pending: list[Identity]) -> ImportReport:
        shown, file_hash, student = ready.shown, ready.file_hash, ready.student
        try:
            saved = self.store.hand_ins.import_hand_in(
                file_hash,
                Path(shown).name,
                ready.results.student,
                ready.key,
                ready.attempts,
                key=ready.key,
                scoring_version=scoring_version(),
                origin=ready.results.origin,
                limits=ready.limits,
                pending=pending,
            )
        except (StorageError, ValueError) as error:
            reason = f"not saved: {error}"
            return ImportReport(shown, "refused", reason, student=student, file_hash=file_hash)
        if saved is None:
            return ImportReport(
                shown, "skipped", "already imported", student=student, file_hash=file_hash
            )
        exercises = exercise_map(ready.key)
        over_limit = tuple(
            (exercises[place][1].title, ready.limits[place], count)
            for place, count in saved.refused
        )
        return ImportReport(
            shown,
            "imported",
            attempts=len(saved.attempt_ids),
            duplicates=saved.duplicates,
            student=student,
            student_id=saved.student_id,
            file_hash=file_hash,
            refused=sum(count for _, count in saved.refused),
            over_limit=over_limit,
        )


def import_results(
    store, paths: Iterable[str | os.PathLike[str]], packs: Sequence[Pack]
) -> list[ImportReport]:
    """Import every file in ``paths`` as one :class:`ImportBatch`; ``packs`` are the
    teacher's packs (any versions). One report per file, in order. A file refused
    leaves the database as it was."""
    batch = ImportBatch(store, packs)
    for path in paths:
        batch.add(path)
    return batch.save()


def import_one(
    store, path: str | os.PathLike[str], packs: Sequence[Pack], cache: dict | None = None
) -> ImportReport:
    """Import one file on its own (a batch of one)."""
    batch = ImportBatch(store, packs, cache)
    batch.add(path)
    (report,) = batch.save()
    return report


def _score(
    cache: dict, key: Pack, lesson_id: str, exercise, answer, written: str, hints: dict[str, int]
) -> tuple[float | None, dict]:
    """Score and detail of an answer (checked as it is graded), remembered for the run by
    its canonical JSON (``written``): a class gives the same answer to a choice or a match
    over and over."""
    memo: tuple = (key.content_hash, lesson_id, exercise.id, written)
    if hints:
        memo = (*memo, *sorted(hints.items()))
    if memo in cache:
        return cache[memo]
    result = grade_saved(key, exercise, answer, hints)  # AnswerError when it does not fit
    scored = cache[memo] = (score_of(result), detail_of(result, hints))
    return scored


def _scored_attempts(
    results: ResultsFile, key: Pack, from_assessment: bool, cache: dict | None = None
) -> list[NewAttempt]:
    cache = {} if cache is None else cache
    exercises = exercise_map(key)
    seen: Counter[tuple[str, str]] = Counter()
    numbers: set[tuple[str, str, int]] = set()
    scored = []
    for number, attempt in enumerate(results.attempts, 1):
        group = (attempt.lesson, attempt.exercise)
        found = exercises.get(group)
        if found is None:
            raise _Refused(
                f'{_where(number, attempt)}: the pack has no exercise "{"/".join(group)}"'
            )
        _, exercise = found
        place = (*group, attempt.attempt_no)
        if place in numbers:
            raise _Refused(
                f"{_where(number, attempt)}: attempt number {attempt.attempt_no} appears twice"
            )
        numbers.add(place)
        seen[group] += 1
        if exercise.attempts and seen[group] > exercise.attempts:
            raise _Refused(
                f"{_where(number, attempt)}: more attempts than the {exercise.attempts} "
                "the exercise allows"
            )
        answer = (
            answer_from_assessment(exercise, attempt.answer) if from_assessment else attempt.answer
        )
        hints = dict(attempt.hints) if attempt.hints else (
            {exercise.id: attempt.hints_used} if attempt.hints_used else {}
        )  # fmt: skip
        written = (  # the memo's key, and the answer as it is saved
            attempt.answer_json
            if attempt.answer_json and not from_assessment
            else to_json(answer, "The answer") or "null"
        )
        try:
            score, detail = _score(cache, key, attempt.lesson, exercise, answer, written, hints)
        except AnswerError as error:
            raise _Refused(f"{_where(number, attempt)}: {error}") from None
        scored.append(
            NewAttempt(
                lesson_id=attempt.lesson,
                exercise_id=attempt.exercise,
                answer=answer,
                attempt_no=attempt.attempt_no,
                submitted_at=attempt.submitted_at,
                started_at=attempt.started_at,
                hints_used=attempt.hints_used,
                score=score,
                detail=detail,
                answer_json=written,
            )
        )
    return scored


def _where(number: int, attempt: HandInAttempt) -> str:
    return f"attempt {number} ({attempt.lesson}/{attempt.exercise})"


def _read(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _Refused("no such file") from None
    except IsADirectoryError:
        raise _Refused("a folder, not a results file") from None
    except OSError as error:
        raise _Refused(f"cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_FILE_BYTES:
        raise _Refused(f"not a CloseRead results file (larger than {MAX_FILE_BYTES:,} bytes)")
    return data
