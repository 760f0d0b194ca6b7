"""Reading CloseRead's ``.ts`` translation sources for the tests, and the tools that make them.

A message is what lupdate wrote: its context, source, disambiguation (``comment``),
whether it is a numerus (plural) message, and the translation (one text, or the forms
of a numerus message), with lupdate's type: "" (finished), "unfinished", or
"vanished"/"obsolete" for a string the code no longer has.
"""

from __future__ import annotations

import importlib.util
import re
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TERMS = I18N / "terms"
FORMS = {"en": 2, "es": 2, "zh_CN": 1}  # numerus forms Qt uses for each language


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]  # one text, or a numerus message's forms
    state: str  # "", "unfinished", "vanished", "obsolete"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def live(self) -> bool:
        return self.state not in ("vanished", "obsolete")

    @property
    def finished(self) -> bool:
        return self.state == "" and all(self.forms) and bool(self.forms)


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path}: a message without a translation element"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    forms,
                    translation.get("type", ""),
                )
            )
    return messages


def ts_files() -> dict[str, Path]:
    return {path.stem.removeprefix("closeread_"): path for path in sorted(I18N.glob("*.ts"))}


@cache
def tools():
    """packaging/translations.py, the one script that refreshes and compiles them."""
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def english_sources() -> set[str]:
    """Every source string of the interface (its English)."""
    return {m.source for m in read_ts(ts_files()["es"]) if m.live}


def terms(language: str) -> tuple[dict[str, str], dict[str, set[str]]]:
    """The term list of ``language``: English term -> the translation's stem, and the
    sources each term is excused in (``[exceptions]``: another sense of the word)."""
    data = tomllib.loads((TERMS / f"{language}.toml").read_text(encoding="utf-8"))
    exceptions = {term: set(sources) for term, sources in data.get("exceptions", {}).items()}
    return dict(data["terms"]), exceptions


# -- what a translation must keep ----------------------------------------------------------

_FIELDS = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
_ARGS = re.compile(r"%(?:n|L?[1-9])")
_TAGS = re.compile(r"</?[A-Za-z][^<>]*>")
_MARKERS = ("**", "`", "](")


def placeholders(text: str) -> dict[str, list[str]]:
    """What a translation must carry over from its source, by kind, sorted."""
    found = {
        "fields": sorted(_FIELDS.findall(text)),
        "args": sorted(arg for arg in _ARGS.findall(text) if arg != "%n"),
        "tags": sorted(_TAGS.findall(text)),
    }
    for marker in _MARKERS:
        found[f"markdown {marker}"] = [marker] * text.count(marker)
    return found


def words_only(text: str) -> str:
    """``text`` without its fields, tags and arguments: what a person reads of it."""
    return _ARGS.sub(" ", _TAGS.sub(" ", _FIELDS.sub(" ", text)))


def term_pattern(term: str) -> re.Pattern[str]:
    """The English term as a whole word, singular or plural ("analogy", "analogies")."""
    if term.endswith("y"):
        return re.compile(rf"\b{re.escape(term[:-1])}(?:y|ies)\b", re.IGNORECASE)
    if term.endswith("is"):  # thesis, theses
        return re.compile(rf"\b{re.escape(term[:-2])}(?:is|es)\b", re.IGNORECASE)
    return re.compile(rf"\b{re.escape(term)}(?:s|es)?\b", re.IGNORECASE)
