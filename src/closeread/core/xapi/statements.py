"""The statements CloseRead makes: a checked attempt (answered), a completed lesson
(completed) and a teacher's score for an attempt (scored).

Each is built from plain facts (the student's profile, the pack, the attempt) so the
progress database can make it inside the transaction that saves the attempt. With the
pack itself at hand, the statement names the exercise and lesson by their titles, gives
the score in points and quotes the words a student marked; with only the pack's
identity it still names everything by IRI and gives the score as a fraction.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from closeread.core.pack.model import Pack
from closeread.core.records import PackIdentity
from closeread.core.xapi import profile as p
from closeread.core.xapi.selectors import response_of, response_text

SUCCESS = {"correct": True, "partial": False, "incorrect": False, "unanswered": False}


@dataclass(frozen=True)
class Learner:
    """A student's profile as the statement names them."""

    profile: int  # the profile's number in this CloseRead
    name: str
    class_name: str | None = None
    student_number: str | None = None  # the school's id for the student


@dataclass(frozen=True)
class AttemptFacts:
    """A checked attempt as it is saved."""

    lesson_id: str
    exercise_id: str
    attempt_no: int
    answer: Mapping[str, Any]
    submitted_at: str
    started_at: str | None = None
    score: float | None = None  # fraction of the points; None while it awaits the teacher
    status: str | None = None  # the grade's status, from the score's detail
    hints_used: int = 0


class Maker:
    """Builds statements for one student's work on one pack under ``settings``."""

    def __init__(
        self,
        settings: p.XapiSettings,
        learner: Learner,
        pack: PackIdentity,
        model: Pack | None = None,
    ) -> None:
        self.settings = settings
        self.learner = learner
        self.pack = pack
        self.model = model if model is not None else (pack if isinstance(pack, Pack) else None)
        self.language = p.language_tag(self.model.language if self.model else "")
        self.text = self.model.article.text if self.model is not None else None

    # -- the statements ---------------------------------------------------------------------

    def answered(self, attempt: AttemptFacts) -> dict[str, Any]:
        """The statement of a checked attempt."""
        s, pack = self.settings, self.pack
        kind, title, points = self._exercise(attempt.lesson_id, attempt.exercise_id)
        definition: dict[str, Any] = {"type": p.INTERACTION}
        if kind in p.INTERACTION_TYPES:
            definition["interactionType"] = p.INTERACTION_TYPES[kind]
        if title:
            definition["name"] = {self.language: title}
        source = s.article_iri(pack.id, pack.version)
        result: dict[str, Any] = {"completion": True}
        score = _score(attempt.score, points)
        if score is not None:
            result["score"] = score
            if attempt.status in SUCCESS:
                result["success"] = SUCCESS[attempt.status]
        text = response_text(kind, attempt.answer)
        if text:  # an empty value is not allowed outside extensions
            result["response"] = text
        duration = _duration(attempt.started_at, attempt.submitted_at)
        if duration is not None:
            result["duration"] = duration
        result["extensions"] = {
            p.RESPONSE: response_of(attempt.answer, self.text, source),
            p.ATTEMPT: attempt.attempt_no,
            p.HINTS: attempt.hints_used,
        }
        iri = s.exercise_iri(pack.id, pack.version, attempt.lesson_id, attempt.exercise_id)
        parent = self._activity(
            s.lesson_iri(pack.id, pack.version, attempt.lesson_id),
            p.LESSON,
            self._lesson_title(attempt.lesson_id),
        )
        grouping = [self._pack_activity()]
        return self._statement(
            "answered", {"objectType": "Activity", "id": iri, "definition": definition},
            result, attempt.submitted_at, parent=[parent], grouping=grouping,
        )  # fmt: skip

    def completed(
        self,
        lesson_id: str,
        at: str,
        earned: float | None,
        possible: float,
        exercises: int,
    ) -> dict[str, Any]:
        """The statement of a lesson whose every exercise now has a checked attempt;
        ``earned`` is its points as they count then (None while some await the teacher)."""
        s, pack = self.settings, self.pack
        lesson = self._activity(
            s.lesson_iri(pack.id, pack.version, lesson_id), p.LESSON, self._lesson_title(lesson_id)
        )
        result: dict[str, Any] = {"completion": True}
        if earned is not None and possible > 0:
            earned = min(max(earned, 0.0), possible)
            result["score"] = {
                "scaled": _round(earned / possible),
                "raw": _round(earned),
                "min": 0,
                "max": _round(possible),
            }
        result["extensions"] = {p.LESSON_EXERCISES: exercises}
        return self._statement("completed", lesson, result, at, parent=[self._pack_activity()])

    # -- parts ------------------------------------------------------------------------------

    def _statement(
        self,
        verb: str,
        thing: dict[str, Any],
        result: dict[str, Any],
        at: str,
        **activities: list[dict[str, Any]],
    ) -> dict[str, Any]:
        learner, pack = self.learner, self.pack
        actor: dict[str, Any] = {"objectType": "Agent", "name": learner.name}
        actor["account"] = self.settings.account(learner.student_number, learner.profile)
        context_activities = {key: value for key, value in activities.items() if value}
        context_activities["category"] = [
            {"objectType": "Activity", "id": p.PROFILE, "definition": {"type": p.PROFILE_TYPE}}
        ]
        extensions: dict[str, Any] = {p.CONTENT_HASH: pack.content_hash}
        if learner.class_name:
            extensions[p.CLASS] = learner.class_name
        context = {
            "registration": self.settings.registration(learner.class_name, pack.id, pack.version),
            "revision": pack.version,
            "platform": p.PLATFORM,
            "language": self.language,
            "contextActivities": context_activities,
            "extensions": extensions,
        }
        return {
            "id": str(uuid.uuid4()),
            "actor": actor,
            "verb": {"id": p.VERBS[verb], "display": {"en-US": verb}},
            "object": thing,
            "result": result,
            "context": context,
            "timestamp": at,
        }

    def _pack_activity(self) -> dict[str, Any]:
        title = self.model.title if self.model is not None else ""
        iri = self.settings.pack_iri(self.pack.id, self.pack.version)
        return self._activity(iri, p.COURSE, title)

    def _activity(self, iri: str, kind: str, title: str) -> dict[str, Any]:
        definition: dict[str, Any] = {"type": kind}
        if title:
            definition["name"] = {self.language: title}
        return {"objectType": "Activity", "id": iri, "definition": definition}

    def _exercise(self, lesson_id: str, exercise_id: str) -> tuple[str, str, float | None]:
        """The exercise's kind, title and points ("", "", None when unknown)."""
        if self.model is not None:
            for lesson in self.model.lessons:
                if lesson.id == lesson_id:
                    for exercise in lesson.exercises:
                        if exercise.id == exercise_id:
                            return exercise.kind, exercise.title, exercise.points
        return "", "", None

    def _lesson_title(self, lesson_id: str) -> str:
        if self.model is not None:
            for lesson in self.model.lessons:
                if lesson.id == lesson_id:
                    return lesson.title
        return ""


def scored(original: Mapping[str, Any], score: float, at: str) -> dict[str, Any]:
    """A teacher's score for the attempt that ``original`` (its answered statement)
    reports: the same student, exercise and context, the new score, and a reference to
    the statement it scores."""
    points = original.get("result", {}).get("score", {}).get("max")
    context = dict(original["context"])
    context["statement"] = {"objectType": "StatementRef", "id": original["id"]}
    result: dict[str, Any] = {"score": _score(score, points)}
    return {
        "id": str(uuid.uuid4()),
        "actor": original["actor"],
        "verb": {"id": p.VERBS["scored"], "display": {"en-US": "scored"}},
        "object": original["object"],
        "result": result,
        "context": context,
        "timestamp": at,
    }


def _score(fraction: float | None, points: float | None) -> dict[str, Any] | None:
    if fraction is None:
        return None
    scaled = min(max(float(fraction), 0.0), 1.0)
    score: dict[str, Any] = {"scaled": _round(scaled)}
    if points is not None and points > 0:
        score.update(raw=_round(scaled * points), min=0, max=_round(points))
    return score


def _round(value: float) -> float | int:
    """A number as a statement carries it: 6 decimals, whole numbers without ".0"."""
    rounded = round(float(value), 6)
    return int(rounded) if rounded.is_integer() else rounded


def _duration(started: str | None, submitted: str) -> str | None:
    """ISO 8601 duration from ``started`` to ``submitted`` (None if unknown or negative)."""
    if not started:
        return None
    try:
        seconds = (
            datetime.fromisoformat(submitted) - datetime.fromisoformat(started)
        ).total_seconds()
    except (TypeError, ValueError):
        return None
    if seconds < 0:
        return None
    return f"PT{_round(round(seconds, 3))}S"
