"""A hostile pack and hand-ins whose every text a person reads is HTML, and a walk over
every widget that says whether Qt would render any of it as rich text.

Qt decides by itself whether a string is rich text: a QLabel's default format, a
QMessageBox's text and every tooltip are auto-detected (``QtGui.Qt.mightBeRichText``). Text
from a pack or a hand-in must never be read as HTML: an ``<img>`` in a QLabel makes Qt's
own loader read a local file (``/dev/zero`` never ends), and markup changes what is
shown. The marker holds both; ``probe`` is the file its picture names.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import tomlkit
from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

from closeread.core.grading.answers import empty_answer

FIXTURES = Path(__file__).resolve().parents[1] / "core" / "fixtures"
STYLE = '<b style="font-size:200px">'
# A file name cannot hold "/": a hand-in's name carries the style tag alone.
FILE_NAME = f"{STYLE}HOSTILE.results.json"
RESPOND = f"lessons/{STYLE}respond.toml"  # a lesson file's name, as the editor shows it
# Keys whose text is an id, a reference, a quote or a setting, not words shown as typed.
STRUCTURAL = {
    "format", "id", "version", "edition", "language", "article", "notes", "lessons",
    "color", "kind", "label", "labels", "quote", "prefix", "suffix", "marked", "key",
    "step", "show_marks_from", "card", "counts", "requires", "forms",
}  # fmt: skip


def marker(probe: str) -> str:
    """Markup whose picture is the file ``probe``, and a word in a huge bold font."""
    return f'<img src="file://{probe}">{STYLE}HOSTILE</b>'


def raw_needles(probe: str) -> tuple[str, ...]:
    """What only unescaped outside text holds: the marker's picture and its styled tag."""
    return (f'<img src="file://{probe}"', STYLE)


def _poison(value, mark: str, key: str = ""):
    tables = isinstance(value, list) and all(isinstance(item, dict) for item in value)
    if key in STRUCTURAL and not tables:  # an exercise's "key" is a list of tables
        return value
    if isinstance(value, str):
        return f"{mark} {value}"
    if isinstance(value, list):
        return [_poison(item, mark) for item in value]
    if isinstance(value, dict):
        if "term" in value and "forms" not in value:  # the article's words still match
            value = {**value, "forms": [value["term"]]}
        return {name: _poison(item, mark, name) for name, item in value.items()}
    return value


def _read(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def hostile_pack(folder: Path, mark: str) -> Path:
    """A pack with every kind of exercise, a glossary, source cards, discussion prompts,
    notes and a source, each text a person reads starting with ``mark``.

    The article gets a paragraph holding the marker (Markdown shows typed HTML as text),
    and a key span quotes it, so article words reach the key lists and tooltips too.
    Every exercise allows two attempts (the writing task one): a wrong answer and then
    the key can be seen, and a second hand-in goes over the limit.
    """
    root = folder / f"{STYLE}HOSTILE pack"
    cards = FIXTURES / "cardpack"
    shutil.copytree(cards, root)
    (root / "lessons" / "one.toml").unlink()
    article = (cards / "article.md").read_text(encoding="utf-8")
    hostile_words = f"{mark} wrote this paragraph."
    (root / "article.md").write_text(f"{article}\n{hostile_words}\n", encoding="utf-8")
    (root / "notes.md").write_text(f"{mark}\n\n{(cards / 'notes.md').read_text()}", "utf-8")

    meta = _read(cards / "pack.toml")
    mini = _read(FIXTURES / "minipack" / "pack.toml")
    meta.update(authors=["A. Teacher"], near_miss=mini["near_miss"], lessons=[
        "lessons/one.toml", RESPOND,
    ])  # fmt: skip
    meta["source"].update(title="Cats", url="https://example.invalid", published="2024")
    for label in meta["labels"]:
        label["description"] = f"What the {label['id']} is."

    one = _read(FIXTURES / "minipack" / "lessons" / "one.toml")
    one["discussion"] = _read(cards / "lessons" / "one.toml")["discussion"]
    marks, pick, why = one["exercises"][:3]
    marks["card"], pick["card"] = "the-survey", "daily-test"
    marks["key"].append(
        {"quote": hostile_words, "label": "evidence", "explanation": "A hostile sentence."}
    )
    pick["options"][1]["feedback"] = "Not the title."
    why["model_answer"] = "It reports data."
    one["exercises"].insert(2, {
        "id": "several", "kind": "choice", "title": "Which are claims?", "multiple": True,
        "shuffle": False, "prompt": "Pick every claim.", "explanation": "Two claims.",
        "options": [
            {"text": "Cats make cities better", "weight": 50, "feedback": "A claim."},
            {"text": "Dogs need walks", "weight": 50},
            {"text": "61% felt calmer", "weight": -50, "feedback": "Evidence."},
        ],
    })  # fmt: skip
    for exercise in one["exercises"]:
        exercise["attempts"] = 2
        exercise.setdefault("explanation", f"Why {exercise['id']} is so.")
    respond = _read(FIXTURES / "writingpack" / "lessons" / "respond.toml")

    for path, data in (
        ("pack.toml", meta), ("lessons/one.toml", one), (RESPOND, respond),
    ):  # fmt: skip
        (root / path).write_text(tomlkit.dumps(_poison(data, mark)), encoding="utf-8")
    return root


# -- the probe and the answers -------------------------------------------------------

PROBE_VARIABLE = "CLOSEREAD_HOSTILE_PROBE"
WATCH = """
import os, sys, time
pipe, hits, parent = sys.argv[1], sys.argv[2], os.getppid()
while os.getppid() == parent:
    try:
        fd = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
    except OSError:
        time.sleep(0.002)
        continue
    with open(hits, "a") as out:
        out.write("x")
    os.close(fd)
"""
ESSAY = " ".join(["The survey counts owners who felt calmer, not cities."] * 6)


class Probe:
    """The file the marker's picture names, and whether anything opened it.

    Without named pipes (Windows) it is a file that does not exist, and only the
    widgets' text formats are checked."""

    def __init__(self, folder: Path) -> None:
        given = os.environ.get(PROBE_VARIABLE)
        self.path = given or str(folder / "probe.pipe")
        self.hits = folder / "probe.hits"
        self.watcher: subprocess.Popen | None = None
        if not given and hasattr(os, "mkfifo"):
            os.mkfifo(self.path)
            self.watcher = subprocess.Popen([sys.executable, "-c", WATCH, self.path, self.hits])

    def opened(self) -> bool:
        QApplication.processEvents()
        time.sleep(0.1)  # the watcher polls every 2 ms
        return self.hits.exists()

    def stop(self) -> None:
        if self.watcher is not None:
            self.watcher.kill()
            self.watcher.wait()


def answers(exercise, *, right: bool, mark: str = "") -> dict:
    """A wrong, then a half-right answer of each kind, as the core stores it; written
    answers start with ``mark``."""
    kind = exercise.kind
    if kind == "mark":
        key = exercise.key
        labels = [span.label for span in key]
        if right:
            return {"marks": [[key[0].start, key[0].end, key[0].label]]}
        return {"marks": [[span.start, span.end, labels[-1]] for span in key] + [[0, 4, "claim"]]}
    if kind == "choice":
        return {"selected": [0] if right else [len(exercise.options) - 1]}
    if kind == "short":
        return {"text": f"{mark} it gives data" if right else f"{mark} no idea"}
    if kind == "match":
        return {"matches": [[0, 0]] if right else [[0, 1], [1, 0]]}
    if kind == "writing":
        return {"text": f"{mark} {ESSAY}"}
    if kind == "analogy":
        parts = empty_answer(exercise)["parts"]
        for part in exercise.parts:
            parts[part.exercise.id] = answers(part.exercise, right=right, mark=mark)
        return {"parts": parts}
    raise AssertionError(f"no answer for {kind}")


# -- the walk -------------------------------------------------------------------------


class Leaks:
    """Every place outside text reached Qt as rich text (or was shown escaped twice)."""

    def __init__(self, probe: str) -> None:
        self.needles = raw_needles(probe)
        self.found: dict[str, str] = {}
        self.seen: set[str] = set()  # the widgets whose text held the marker, escaped or not
        self.steps = 0

    def _raw(self, text: str) -> bool:
        return any(needle in text for needle in self.needles)

    def _twice(self, text: str) -> bool:
        return "&amp;lt;" in text or "&lt;img" in text or "&lt;b style" in text

    def _add(self, step: str, where: str, text: str) -> None:
        self.found.setdefault(where, f"[{step}] {text[:160]!r}")

    def walk(self, step: str, tops: list[QWidget] | None = None) -> None:
        """Look at every widget of ``tops`` (default: the windows shown), hidden or not."""
        self.steps += 1
        QApplication.processEvents()
        shown = [top for top in QApplication.topLevelWidgets() if top.isVisible()]
        for top in tops if tops is not None else shown:
            for widget in [top, *top.findChildren(QWidget)]:
                self._widget(step, widget)
            for action in top.findChildren(QAction):
                self.tooltip(step, _name(top) + f" action {action.text()!r}", action.toolTip())

    def tooltip(self, step: str, where: str, tip: str) -> None:
        if not tip:
            return
        self._saw(where, tip)
        if self._raw(tip) and QtGui.Qt.mightBeRichText(tip):
            self._add(step, f"tooltip of {where}", tip)
        elif QtGui.Qt.mightBeRichText(tip) and "&amp;lt;" in tip:
            self._add(step, f"tooltip escaped twice in {where}", tip)
        elif not QtGui.Qt.mightBeRichText(tip) and self._twice(tip):
            self._add(step, f"tooltip shows entities in {where}", tip)

    def _saw(self, where: str, text: str) -> None:
        if "font-size:200px" in text:  # in every marker, escaped or not
            self.seen.add(where)

    def _rich(self, step: str, where: str, text: str, text_format: Qt.TextFormat) -> None:
        self._saw(where, text)
        rich = text_format == Qt.TextFormat.RichText or (
            text_format == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
        )
        if rich and self._raw(text):
            self._add(step, where, text)
        elif rich and "&amp;lt;" in text:
            self._add(step, f"escaped twice in {where}", text)
        elif not rich and self._twice(text):
            self._add(step, f"shows entities in {where}", text)

    def _widget(self, step: str, widget: QWidget) -> None:
        where = _name(widget)
        self.tooltip(step, where, widget.toolTip())
        if isinstance(widget, QLabel):
            self._rich(step, where, widget.text(), widget.textFormat())
        elif isinstance(widget, QMessageBox):
            self._rich(step, where, widget.text(), widget.textFormat())
            self._rich(step, f"{where} informative", widget.informativeText(), widget.textFormat())
        elif isinstance(widget, QAbstractButton | QGroupBox):
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
            if self._twice(text):
                self._add(step, f"shows entities in {where}", text)
        elif isinstance(widget, QTextEdit):
            html = widget.document().toHtml()
            if self._raw(html):
                self._add(step, f"rich text document of {where}", html)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                self.tooltip(step, f"{where} tab {index}", widget.tabToolTip(index))
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model, orientation = widget.model(), widget.orientation()
            for section in range(widget.count()):
                text = model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole)
                if isinstance(text, str):
                    self.tooltip(step, f"{where} section {section}", text)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            self._model(step, where, widget.model())

    def _model(self, step: str, where: str, model: QAbstractItemModel) -> None:
        tip = Qt.ItemDataRole.ToolTipRole
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(min(model.rowCount(parent), 200)):
                for column in range(_columns(model, parent)):
                    index = model.index(row, column, parent)
                    text = model.data(index, tip)
                    if isinstance(text, str):
                        self.tooltip(step, f"{where} item {row},{column}", text)
                    shown = model.data(index, Qt.ItemDataRole.DisplayRole)
                    if isinstance(shown, str):
                        self._saw(f"{where} item {row},{column}", shown)
                        if self._twice(shown):
                            self._add(step, f"shows entities in {where} item {row},{column}", shown)
                    if column == 0:
                        stack.append(index)

    def report(self) -> str:
        return "\n".join(f"{where}: {text}" for where, text in sorted(self.found.items()))

    def unseen(self, places: list[str]) -> list[str]:
        """The ``places`` (parts of a widget's path) where the walk never met the marker."""
        return [place for place in places if not any(place in where for where in self.seen)]


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    if isinstance(model, QAbstractListModel):  # whose columnCount() is private
        return 0 if parent.isValid() else 1
    return model.columnCount(parent)


def _name(widget: QWidget) -> str:
    names = []
    while widget is not None and len(names) < 4:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(names))
