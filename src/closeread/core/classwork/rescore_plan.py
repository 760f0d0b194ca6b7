"""A re-score worked out before anything is written, for the teacher to agree to.

:func:`plan_rescore` runs :func:`closeread.core.classwork.rescore.rescore_pack` against
a recorder that reads through the store and keeps the scores it would add, then puts
beside them what students will see change when the pack is a new copy (it will be
installed, and the student app opens the newest copy). ``closeread rescore`` prints
:func:`plan_lines` and asks; the dashboard's Re-score dialog shows the same. Only
:func:`save_scores` writes, once the teacher has said yes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from closeread.core.classwork.pack_changes import ContentChanges, content_changes
from closeread.core.classwork.rescore import RescoreReport, rescore_pack
from closeread.core.pack.model import Pack


class _Recorder:
    """A store for ``rescore_pack`` whose reads are the real store's, and whose score
    writes are kept here instead."""

    def __init__(self, store) -> None:
        self._store = store
        self.roster = store.roster
        self.work = self
        self.scores: list = []
        self.scoring_version = ""

    def attempts_for_rescoring(self, pack_id: str) -> list:
        return self._store.work.attempts_for_rescoring(pack_id)

    def add_scores(self, scores, *, pack, scoring_version: str) -> int:
        self.scores = list(scores)
        self.scoring_version = scoring_version
        return len(self.scores)


@dataclass(frozen=True)
class RescorePlan:
    pack: Pack  # the version whose key scores the answers
    report: RescoreReport  # what changes, as rescore_pack tells it
    scores: tuple  # (attempt id, score, detail) rows to add
    scoring_version: str
    installs: bool  # ``pack`` is a new copy: installing it puts it before students
    shown_now: Pack | None  # the copy students have now
    content: ContentChanges  # what they will see differ, when ``installs``

    @property
    def changes_anything(self) -> bool:
        return self.installs or bool(self.scores)


def plan_rescore(
    store,
    pack: Pack,
    *,
    installed: Sequence[Pack] = (),
    shown_now: Pack | None = None,
    installs: bool = False,
) -> RescorePlan:
    """What re-scoring with ``pack`` would change; nothing is written.

    ``installed`` are the copies of the pack CloseRead has (see ``rescore_pack``);
    ``shown_now`` the copy students open today; ``installs`` whether ``pack`` is a new
    copy that will be installed first."""
    recorder = _Recorder(store)
    report = rescore_pack(recorder, pack, installed=installed)
    content = content_changes(shown_now, pack) if installs else ContentChanges((), {})
    return RescorePlan(
        pack,
        report,
        tuple(recorder.scores),
        recorder.scoring_version,
        installs,
        shown_now,
        content,
    )


def save_scores(store, plan: RescorePlan) -> int:
    """Add the plan's new scores in one transaction (the old ones stay as history)."""
    if not plan.scores:
        return 0
    return store.work.add_scores(
        list(plan.scores), pack=plan.pack, scoring_version=plan.scoring_version
    )


def plan_lines(plan: RescorePlan) -> list[str]:
    """The plan in plain lines: what students will see, then exercise by exercise how
    many attempts change score and what else changed in it."""
    pack, report = plan.pack, plan.report
    lines = []
    if plan.installs:
        before = plan.shown_now
        replaces = f" in place of version {before.version}" if before is not None else ""
        lines.append(
            f"Students will see the new version: {pack.id} {pack.version} will be installed "
            f"here{replaces}, and CloseRead opens it for every student who uses this data "
            "folder."
        )
        lines += [f"  {change}" for change in plan.content.pack]
        if not plan.content.any:
            lines.append("  Its texts are the same as those students have now.")
    changed = Counter((c.lesson_id, c.exercise_id) for c in report.changes)
    students: dict[tuple[str, str], set[int]] = {}
    for change in report.changes:
        students.setdefault((change.lesson_id, change.exercise_id), set()).add(change.student_id)
    skipped = Counter((s.lesson_id, s.exercise_id) for s in report.skipped)
    for number, lesson in enumerate(pack.lessons, 1):
        for exercise in lesson.exercises:
            key = (lesson.id, exercise.id)
            parts = []
            if changed[key]:
                who = _count(len(students[key]), "student")
                parts.append(f"{_count(changed[key], 'attempt')} by {who} {_verb(changed[key])}")
            if skipped[key]:
                parts.append(f"{_count(skipped[key], 'attempt')} left as they were")
            parts += plan.content.exercises.get(key, ())
            if parts:
                lines.append(f'  Lesson {number}, "{exercise.title}": {"; ".join(parts)}')
    kept = _exercise_keys(pack)
    for (lesson_id, exercise_id), texts in plan.content.exercises.items():
        if (lesson_id, exercise_id) not in kept:
            lines += [f"  {lesson_id}/{exercise_id}: {text}" for text in texts]
    if report.changes:
        verb = "changes" if len(report.changes) == 1 else "change"
        lines.append(
            f"Scores: {_count(len(report.changes), 'attempt')} of {report.attempts} "
            f"{verb} with version {report.version}; students see the "
            "new scores in their library."
        )
    else:
        lines.append(
            f"Scores: none of the {report.attempts} attempts changes with version {report.version}."
        )
    return lines


def _verb(number: int) -> str:
    return "changes score" if number == 1 else "change score"


def _exercise_keys(pack: Pack) -> set[tuple[str, str]]:
    return {(lesson.id, exercise.id) for lesson in pack.lessons for exercise in lesson.exercises}


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
