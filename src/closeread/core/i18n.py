"""Translatable text from the Qt-free core: English until the app plugs Qt's translator in.

The core writes what a student reads after checking (verdicts, feedback, progress
lines) without importing Qt. It names each string the way ``pyside6-lupdate`` reads
Python source, so the strings land in the ``.ts`` files with the UI's:

- ``translate("Context", "Text {field}")`` where the text is shown now;
- ``QT_TRANSLATE_NOOP("Context", "Text")`` for a constant translated later (the UI
  calls ``translate`` on the value, with the same context);
- ``Plurals.tr("%n attempt(s)", "", n)`` for a count: lupdate marks a ``tr`` call with
  a count as a numerus message (it does not for ``translate``), and its context is the
  word before ``.tr``, so the object is named after its context.

Context and text must be literals (a wrapper like ``_tr(text)`` hides them from
lupdate). Fields are Python's ``{name}``, filled with ``.format`` after translating.

Without the app (the command line, reports made by ``closeread report``) the text stays
English, its counts in the English forms of ``resources/i18n/closeread_en.ts`` (the
file the app's English translation is compiled from, so both say "1 attempt" alike);
:mod:`closeread.ui.common.i18n` calls :func:`use` with Qt's translate.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from closeread.core.files.paths import bundled_dir

Translate = Callable[[str, str, "str | None", int], str]
ENGLISH_FORMS = "closeread_en.ts"

# The interface's languages, each named in itself (View > Language, ``--lang``); a
# ``closeread_<code>.qm`` ships for each. SYSTEM: the computer's language.
SYSTEM = "system"
LANGUAGES = {"en": "English", "es": "Español", "zh_CN": "简体中文"}


def language_code(text: str) -> str | None:
    """The code of a language CloseRead speaks, from how a person may write it
    ("es", "ES", "zh-CN", "zh_cn", "system"); None when it speaks no such language."""
    wanted = text.strip().replace("-", "_").lower()
    if wanted == SYSTEM:
        return SYSTEM
    return next((code for code in LANGUAGES if code.lower() == wanted), None)


@functools.cache
def english_forms() -> dict[tuple[str, str, str], tuple[str, ...]]:
    """(context, source, disambiguation) -> the English plural forms (one, other)."""
    import xml.etree.ElementTree as ET  # (only outside the app, which has Qt's translator)

    try:
        root = ET.parse(bundled_dir("resources") / "i18n" / ENGLISH_FORMS).getroot()
    except (OSError, ET.ParseError):
        return {}
    forms: dict[tuple[str, str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found = tuple(form.text or "" for form in message.iter("numerusform"))
            if all(found) and len(found) == 2:
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                forms[key] = found
    return forms


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in English: a count's form from closeread_en.ts, ``%n`` replaced."""
    if n < 0:
        return text
    forms = english_forms().get((context, text, disambiguation or ""))
    if forms is not None:
        text = forms[0] if n == 1 else forms[1]
    return text.replace("%n", str(n))


_translate: Translate = english


def use(function: Translate | None) -> None:
    """Translate with ``function`` (Qt's ``QCoreApplication.translate``); None: English."""
    global _translate
    _translate = function or english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface's language (``%n`` replaced by ``n`` when given)."""
    return _translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the ``.ts`` files under ``context``; it stays as it is here."""
    return text


class _Counts:
    """Count-dependent strings: ``Plurals.tr("%n point(s)", "", n)``."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return _translate(self.context, text, disambiguation, n)


Plurals = _Counts("Plurals")
