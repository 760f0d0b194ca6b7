"""The IRIs of CloseRead's xAPI profile, and the school's settings that the statements use.

Verbs and activity types are ADL's. CloseRead's own extensions live under
:data:`PROFILE`. Packs, lessons and exercises are named under the school's base IRI,
from the pack's id and version, so the same exercise has the same IRI on every
CloseRead of the school and a new version of a pack is a new activity.

Statements are queued only in a data folder where the school's settings are set
(:func:`read_settings` returns None otherwise): without the school's base IRI there is no
IRI worth giving an exercise, and a folder that never sends should not grow a queue.
"""

from __future__ import annotations

import functools
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

XAPI_VERSION = "1.0.3"
PROFILE = "https://w3id.org/xapi/closeread"
EXTENSION = f"{PROFILE}/extensions/"
RESPONSE = EXTENSION + "response"  # the answer, with marks as Web Annotations
ATTEMPT = EXTENSION + "attempt"  # the student's attempt number at the exercise
HINTS = EXTENSION + "hints-used"  # hints opened for the attempt
CONTENT_HASH = EXTENSION + "content-hash"  # sha256 of the pack copy worked on
CLASS = EXTENSION + "class"  # the student's class, as their profile names it
LESSON_EXERCISES = EXTENSION + "exercises"  # a completed lesson: its exercises, done

ADL_VERBS = "http://adlnet.gov/expapi/verbs/"
VERBS = {
    "answered": ADL_VERBS + "answered",
    "completed": ADL_VERBS + "completed",
    "scored": ADL_VERBS + "scored",
}
ADL_ACTIVITIES = "http://adlnet.gov/expapi/activities/"
COURSE = ADL_ACTIVITIES + "course"  # a pack
LESSON = ADL_ACTIVITIES + "lesson"
INTERACTION = ADL_ACTIVITIES + "cmi.interaction"  # an exercise
PROFILE_TYPE = ADL_ACTIVITIES + "profile"
PLATFORM = "CloseRead"

# How each exercise kind answers, in xAPI's interaction types.
INTERACTION_TYPES = {
    "choice": "choice",
    "short": "fill-in",
    "writing": "long-fill-in",
    "match": "matching",
    "mark": "other",
    "analogy": "other",
}

BASE_IRI_SETTING = "xapi.base_iri"
HOME_PAGE_SETTING = "xapi.home_page"
DEVICE_SETTING = "device_id"
SETTING_KEYS = (BASE_IRI_SETTING, HOME_PAGE_SETTING, DEVICE_SETTING)

_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, PROFILE)
_LANGUAGE = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")


class SettingsError(ValueError):
    """A base IRI or home page that cannot name anything; ``str()`` says why."""


@dataclass(frozen=True)
class XapiSettings:
    """What the school configures once per data folder."""

    base_iri: str  # ends with "/": packs are named under it
    home_page: str  # the home page of the school's student accounts
    device: str = ""  # this CloseRead's device id (names profiles without a school id)

    def pack_iri(self, pack_id: str, version: str) -> str:
        return f"{self.base_iri}packs/{_part(pack_id)}/{_part(version)}"

    def lesson_iri(self, pack_id: str, version: str, lesson_id: str) -> str:
        return f"{self.pack_iri(pack_id, version)}/lessons/{_part(lesson_id)}"

    def exercise_iri(self, pack_id: str, version: str, lesson_id: str, exercise_id: str) -> str:
        lesson = self.lesson_iri(pack_id, version, lesson_id)
        return f"{lesson}/exercises/{_part(exercise_id)}"

    def article_iri(self, pack_id: str, version: str) -> str:
        return f"{self.pack_iri(pack_id, version)}/article"

    def account(self, student_number: str | None, profile: int) -> dict[str, str]:
        """The student's account: the school id under the school's home page; without
        one, the profile's number in this CloseRead (never an invented e-mail address)."""
        number = (student_number or "").strip()
        if number:
            return {"homePage": self.home_page, "name": number}
        device = _part(self.device or "unknown-device")
        return {"homePage": f"{self.base_iri}profiles/{device}", "name": str(profile)}

    def registration(self, class_name: str | None, pack_id: str, version: str) -> str:
        """The class's registration in a pack version: one UUID for every statement of
        the class's work on it, the same on every CloseRead of the school."""
        key = "\n".join((self.home_page, (class_name or "").strip(), pack_id, version))
        return str(uuid.uuid5(_NAMESPACE, key))


def check_settings(base_iri: str, home_page: str) -> tuple[str, str]:
    """The two settings as they are stored (the base IRI ending in "/"), or
    :class:`SettingsError` saying what is wrong."""
    base = _web_address(base_iri, "The base IRI")
    if base.split("?", 1)[0] != base or "#" in base:
        raise SettingsError("The base IRI must not have a query (?) or a fragment (#).")
    if not base.endswith("/"):
        base += "/"
    return base, _web_address(home_page, "The home page")


def read_settings(values: Mapping[str, Any]) -> XapiSettings | None:
    """The settings from the stored values (setting key to value), or None when this
    data folder does not queue statements."""
    base, home = values.get(BASE_IRI_SETTING), values.get(HOME_PAGE_SETTING)
    if not isinstance(base, str) or not isinstance(home, str) or not base or not home:
        return None
    device = values.get(DEVICE_SETTING)
    return XapiSettings(base, home, device if isinstance(device, str) else "")


def language_tag(language: str) -> str:
    """The pack's language as an RFC 5646 tag for language maps ("und" if it is not one)."""
    return language if _LANGUAGE.fullmatch(language or "") else "und"


def _web_address(text: str, what: str) -> str:
    value = (text or "").strip()
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingsError(f"{what} must be a web address (http:// or https://), not {text!r}.")
    if any(char.isspace() for char in value) or parts.username or parts.password:
        raise SettingsError(f"{what} must not hold spaces, a user name or a password.")
    return value


@functools.lru_cache(maxsize=4096)
def _part(text: str) -> str:
    return quote(str(text), safe="")
