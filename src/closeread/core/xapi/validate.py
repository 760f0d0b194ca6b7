"""The xAPI 1.0.3 rules a statement must keep before it is queued (Data, section 2.4).

CloseRead checks every statement it makes, so a mistake shows at once, in a test or in
the queue's report, instead of as a whole batch refused by the school's LRS later.
The rules are those of the parts CloseRead's statements use: no empty value outside
extensions (null, "", {} or []), an Agent with exactly one
identifier, IRIs where IRIs belong, language maps, a score whose scaled value lies
in [-1, 1] and raw value between min and max, a boolean success and completion, an
ISO 8601 duration and timestamp, a UUID id and registration, context properties that
need an Activity object, and extension keys that are IRIs. A statement using anything
else (a Group, a SubStatement, attachments) is refused as not made by CloseRead.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from closeread.core.xapi.profile import XAPI_VERSION

_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+")
_LANGUAGE = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")
_DURATION = re.compile(
    r"P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?"
    r"(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?"
)
_INTERACTIONS = {
    "true-false", "choice", "fill-in", "long-fill-in", "matching", "performance",
    "sequencing", "likert", "numeric", "other",
}  # fmt: skip
_TOP = {"id", "actor", "verb", "object", "result", "context", "timestamp", "version"}
_RESULT = {"score", "success", "completion", "response", "duration", "extensions"}
_CONTEXT = {
    "registration", "instructor", "team", "contextActivities", "revision", "platform",
    "language", "statement", "extensions",
}  # fmt: skip
_DEFINITION = {"name", "description", "type", "moreInfo", "interactionType", "extensions"}


class StatementInvalid(ValueError):
    """A statement that breaks a rule; ``str()`` names where (``result.score.raw: ...``)."""


def validate_statement(statement: object) -> None:
    """Raise :class:`StatementInvalid` unless ``statement`` keeps the xAPI 1.0.3 rules."""
    s = _object(statement, "statement", _TOP, required=("actor", "verb", "object"))
    if _has_empty(s):
        _no_empty_values(s, "statement")
    if "id" in s:
        _uuid(s["id"], "id")
    if "version" in s and not str(s["version"]).startswith("1.0"):
        raise StatementInvalid(f"version: {s['version']!r} is not xAPI {XAPI_VERSION}")
    _agent(s["actor"], "actor")
    verb = _object(s["verb"], "verb", {"id", "display"}, required=("id",))
    _iri(verb["id"], "verb.id")
    if "display" in verb:
        _language_map(verb["display"], "verb.display")
    _activity(s["object"], "object")
    if "result" in s:
        _result(s["result"])
    if "context" in s:
        _context(s["context"])
    if "timestamp" in s:
        _timestamp(s["timestamp"], "timestamp")


def _has_empty(value: object) -> bool:
    """Whether there is a null, "", {} or [] anywhere but inside extensions (the fast
    walk every statement takes; :func:`_no_empty_values` then says where)."""
    if isinstance(value, str):
        return not value
    if isinstance(value, dict):
        return not value or any(
            key != "extensions" and _has_empty(item) for key, item in value.items()
        )
    if isinstance(value, list):
        return not value or any(_has_empty(item) for item in value)
    return value is None or (isinstance(value, Mapping) and _has_empty(dict(value)))


def _no_empty_values(value: object, where: str) -> None:
    """No null, empty string, empty object or empty list anywhere but inside extensions."""
    if value is None or (isinstance(value, str | Mapping | list) and not value):
        raise StatementInvalid(f"{where}: empty values are not allowed outside extensions")
    if isinstance(value, Mapping):
        for key, item in value.items():
            if key != "extensions":
                _no_empty_values(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _no_empty_values(item, f"{where}[{index}]")


def _agent(value: object, where: str) -> None:
    agent = _object(
        value, where, {"objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"}
    )
    if agent.get("objectType", "Agent") != "Agent":
        raise StatementInvalid(f"{where}.objectType: CloseRead names a student as an Agent")
    identifiers = [key for key in ("mbox", "mbox_sha1sum", "openid", "account") if key in agent]
    if len(identifiers) != 1:
        raise StatementInvalid(f"{where}: an Agent has exactly one identifier, not {identifiers}")
    if "name" in agent:
        _text(agent["name"], f"{where}.name")
    if "account" in agent:
        account = _object(
            agent["account"], f"{where}.account", {"homePage", "name"}, ("homePage", "name")
        )
        _iri(account["homePage"], f"{where}.account.homePage", web=True)
        _text(account["name"], f"{where}.account.name", empty=False)
    elif "mbox" in agent:
        if not str(agent["mbox"]).startswith("mailto:"):
            raise StatementInvalid(f"{where}.mbox: must be a mailto: IRI")
    elif "openid" in agent:
        _iri(agent["openid"], f"{where}.openid")


def _activity(value: object, where: str) -> None:
    activity = _object(value, where, {"objectType", "id", "definition"}, required=("id",))
    if activity.get("objectType", "Activity") != "Activity":
        raise StatementInvalid(f"{where}.objectType: CloseRead's objects are Activities")
    _iri(activity["id"], f"{where}.id")
    if "definition" not in activity:
        return
    definition = _object(activity["definition"], f"{where}.definition", _DEFINITION)
    for key in ("name", "description"):
        if key in definition:
            _language_map(definition[key], f"{where}.definition.{key}")
    if "type" in definition:
        _iri(definition["type"], f"{where}.definition.type")
    if "moreInfo" in definition:
        _iri(definition["moreInfo"], f"{where}.definition.moreInfo", web=True)
    if "interactionType" in definition and definition["interactionType"] not in _INTERACTIONS:
        raise StatementInvalid(
            f"{where}.definition.interactionType: {definition['interactionType']!r} is not one"
        )
    if "extensions" in definition:
        _extensions(definition["extensions"], f"{where}.definition.extensions")


def _result(value: object) -> None:
    result = _object(value, "result", _RESULT)
    for key in ("success", "completion"):
        if key in result and not isinstance(result[key], bool):
            raise StatementInvalid(f"result.{key}: must be true or false")
    if "response" in result and not isinstance(result["response"], str):
        raise StatementInvalid("result.response: must be a string")
    if "duration" in result and not (
        isinstance(result["duration"], str) and _DURATION.fullmatch(result["duration"])
    ):
        raise StatementInvalid(f"result.duration: {result['duration']!r} is not ISO 8601")
    if "extensions" in result:
        _extensions(result["extensions"], "result.extensions")
    if "score" not in result:
        return
    score = _object(result["score"], "result.score", {"scaled", "raw", "min", "max"})
    numbers = {}
    for key, number in score.items():
        if isinstance(number, bool) or not isinstance(number, int | float) or number != number:
            raise StatementInvalid(f"result.score.{key}: must be a number")
        numbers[key] = float(number)
    if "scaled" in numbers and not -1.0 <= numbers["scaled"] <= 1.0:
        raise StatementInvalid("result.score.scaled: must lie from -1 to 1")
    low, high = numbers.get("min"), numbers.get("max")
    if low is not None and high is not None and not low < high:
        raise StatementInvalid("result.score: min must be less than max")
    raw = numbers.get("raw")
    if raw is not None and ((low is not None and raw < low) or (high is not None and raw > high)):
        raise StatementInvalid("result.score.raw: must lie from min to max")


def _context(value: object) -> None:
    context = _object(value, "context", _CONTEXT)
    if "registration" in context:
        _uuid(context["registration"], "context.registration")
    for key in ("revision", "platform"):
        if key in context:
            _text(context[key], f"context.{key}", empty=False)
    if "language" in context and not (
        isinstance(context["language"], str) and _LANGUAGE.fullmatch(context["language"])
    ):
        raise StatementInvalid("context.language: must be an RFC 5646 language tag")
    if "instructor" in context:
        _agent(context["instructor"], "context.instructor")
    if "team" in context:
        raise StatementInvalid("context.team: CloseRead does not name Groups")
    if "statement" in context:
        ref = _object(
            context["statement"], "context.statement", {"objectType", "id"}, ("objectType", "id")
        )
        if ref["objectType"] != "StatementRef":
            raise StatementInvalid("context.statement: must be a StatementRef")
        _uuid(ref["id"], "context.statement.id")
    if "contextActivities" in context:
        groups = _object(
            context["contextActivities"],
            "context.contextActivities",
            {"parent", "grouping", "category", "other"},
        )
        for key, activities in groups.items():
            items = activities if isinstance(activities, list) else [activities]
            for index, activity in enumerate(items):
                _activity(activity, f"context.contextActivities.{key}[{index}]")
    if "extensions" in context:
        _extensions(context["extensions"], "context.extensions")


def _object(
    value: object, where: str, allowed: set[str], required: tuple[str, ...] = ()
) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise StatementInvalid(f"{where}: must be a JSON object")
    unknown = sorted(set(value) - allowed)
    if unknown:
        raise StatementInvalid(f"{where}: unknown properties {unknown}")
    for key in required:
        if key not in value:
            raise StatementInvalid(f"{where}: {key} is missing")
    return value


def _iri(value: object, where: str, *, web: bool = False) -> None:
    if not isinstance(value, str) or not _IRI.fullmatch(value):
        raise StatementInvalid(f"{where}: {value!r} is not an absolute IRI")
    if web and not value.lower().startswith(("http://", "https://")):
        raise StatementInvalid(f"{where}: {value!r} is not a web address (IRL)")


def _uuid(value: object, where: str) -> None:
    try:
        parsed = uuid.UUID(str(value))
    except ValueError:
        parsed = None
    if not isinstance(value, str) or parsed is None or str(parsed) != value.lower():
        raise StatementInvalid(f"{where}: {value!r} is not a UUID")


def _text(value: object, where: str, *, empty: bool = True) -> None:
    if not isinstance(value, str) or (not empty and not value.strip()):
        raise StatementInvalid(f"{where}: must be a{'' if empty else ' non-empty'} string")


def _language_map(value: object, where: str) -> None:
    if not isinstance(value, Mapping) or not value:
        raise StatementInvalid(f"{where}: must be a language map")
    for tag, text in value.items():
        if not isinstance(tag, str) or not _LANGUAGE.fullmatch(tag):
            raise StatementInvalid(f"{where}: {tag!r} is not an RFC 5646 language tag")
        _text(text, f"{where}.{tag}")


def _extensions(value: object, where: str) -> None:
    if not isinstance(value, Mapping):
        raise StatementInvalid(f"{where}: must be a JSON object")
    for key in value:
        _iri(key, f"{where} key")


def _timestamp(value: object, where: str) -> None:
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        moment = None
    if not isinstance(value, str) or moment is None or moment.tzinfo is None:
        raise StatementInvalid(f"{where}: {value!r} is not an ISO 8601 time with its zone")
