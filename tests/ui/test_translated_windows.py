"""With a language installed, the real windows show no English string of the interface.

The completeness test (test_translations.py) proves each string has a translation in
the ``.ts``; this one proves the running windows use it: a string can be translated and
still shown in English when the context the code asks for differs from the one lupdate
wrote (a class whose name differs at run time, a ``self.tr`` inherited from another
class on a PySide6 that does not look there), or when text is built past the
translator. Every visible text of the main window (a marking exercise checked), My
Progress, the shortcuts, the dashboard and the pack editor is compared with the
English sources; one that is shown as its English source, though the language
translates it otherwise (or not yet), is listed with where it is.
"""

from __future__ import annotations

import re

import pytest
from app_support import data_dir, translated
from screens import main_screens, plain, visible_texts
from ts_support import read_ts, ts_files

LANGUAGES = [language for language in ts_files() if language != "en"]
_FIELD = re.compile(r"\\\{([A-Za-z_][A-Za-z0-9_]*)\\\}|%(n|L?[1-9])")
# Fields that hold a number: they match digits only, so "{n} of {total}" does not match
# every sentence with "of" in it.
NUMBERS = {
    "n", "number", "count", "total", "done", "shown", "points", "possible", "earned",
    "percent", "mean", "median", "started", "found", "used", "allowed", "least", "most",
    "level", "version", "tried", "sent", "refused", "pending", "seconds", "words", "blocks",
    "right", "top", "weight", "limit", "lessons", "decided",
}  # fmt: skip


def _field(match: re.Match[str]) -> str:
    name = match.group(1) or match.group(2)
    return r"[\d.,\s]+?" if name in NUMBERS or name == "n" else ".+?"


def english_patterns(language: str) -> list[tuple[re.Pattern[str], str]]:
    """A pattern per English source the language shows otherwise (its translation is
    unfinished, or differs from the English), fields matching anything."""
    patterns = []
    for message in read_ts(ts_files()[language]):
        if not message.live or (message.finished and message.forms == (message.source,)):
            continue
        english = plain(message.source)
        if not re.search(r"[A-Za-z]{2}", _FIELD.sub("", re.escape(english)).replace("\\", "")):
            continue  # only fields and symbols: nothing English to see
        body = _FIELD.sub(_field, re.escape(english))
        patterns.append(
            (re.compile(f"(?:{body})", re.DOTALL), f"{message.context}: {message.source!r}")
        )
    return patterns


@pytest.fixture(params=LANGUAGES)
def language(qapp, request):
    with translated(qapp, request.param):
        yield request.param


def test_every_window_is_translated(qtbot, tmp_path, language):
    patterns = english_patterns(language)
    shown_english = []
    with main_screens(qtbot, data_dir(), tmp_path) as screens:
        pack_words = set()
        window = screens["main window"]
        pack = window.pack
        for lesson in pack.lessons:
            pack_words |= {lesson.title, *(exercise.title for exercise in lesson.exercises)}
        pack_words |= {label.name for label in pack.labels} | {pack.title}
        for name, top in screens.items():
            for where, text in visible_texts(top):
                text = plain(text)
                if not text or text in pack_words:
                    continue
                for pattern, source in patterns:
                    if pattern.fullmatch(text):
                        shown_english.append(f"{name} · {where}: {text!r} ← {source}")
                        break
    shown_english = sorted(set(shown_english))
    assert not shown_english, (
        f"{len(shown_english)} texts are shown in English with the {language} translation "
        "installed (untranslated, or a context the .ts does not have):\n"
        + "\n".join(f"  {line}" for line in shown_english)
    )
