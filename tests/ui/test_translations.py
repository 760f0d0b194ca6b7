"""The translations stay true to the code: complete, placeholders kept, terms kept, .qm current.

Each check names the language and the strings at fault, so a translator knows what to
fix (docs/translating.md lists the rules):

- every translatable string of the code is in every ``.ts`` (lupdate is run again into
  a temporary file and the two compared), with the same plural-ness;
- no translation is unfinished;
- a translation keeps its source's ``{fields}``, ``%1``…, HTML tags and Markdown
  markers, and ``%n`` (a numerus message has as many forms as its language has, and
  every form but the first, the singular, keeps the source's ``%n``: "One more try" is
  fine);
- where the English has a term of ``terms/<lang>.toml``, the translation uses the
  chosen word (sources excused in the toml's ``[exceptions]`` aside);
- each committed ``.qm`` says what its ``.ts`` says (run ``packaging/translations.py
  compile`` after changing a ``.ts``).

Also here: Qt's own strings (standard buttons, the file dialog) come translated from
PySide6's bundled qtbase translations.
"""

from __future__ import annotations

import collections

import pytest
from app_support import translated
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox
from ts_support import (
    FORMS,
    Message,
    placeholders,
    read_ts,
    term_pattern,
    terms,
    tools,
    ts_files,
    words_only,
)

from closeread.core.i18n import LANGUAGES

LANGUAGE_FILES = ts_files()
TRANSLATED = [language for language in LANGUAGE_FILES if language != "en"]
SHOWN = 25  # strings listed in a failure; the count says how many more


def _listing(items: list[str]) -> str:
    more = f"\n  … and {len(items) - SHOWN} more" if len(items) > SHOWN else ""
    return "\n".join(f"  {item}" for item in items[:SHOWN]) + more


@pytest.fixture(scope="module")
def from_the_code(tmp_path_factory) -> dict[str, set[tuple[str, str, str, bool]]]:
    """(context, source, comment, numerus) of every string lupdate finds in the code,
    for a full language and for English (plural forms only)."""
    folder = tmp_path_factory.mktemp("lupdate")
    found = {}
    for language, name in (("es", "full"), ("en", "plural")):
        fresh = folder / f"closeread_{language}.ts"
        tools().lupdate(language, fresh, quiet=True)
        found[name] = {(*m.key, m.numerus) for m in read_ts(fresh)}
    return found


def test_the_languages_offered_are_the_ones_translated():
    assert set(LANGUAGES) == set(LANGUAGE_FILES), "core.i18n.LANGUAGES and resources/i18n differ"


@pytest.mark.parametrize("language", list(LANGUAGE_FILES))
def test_every_string_of_the_code_is_in_the_ts(language, from_the_code):
    wanted = from_the_code["plural" if language == "en" else "full"]
    have = {(*m.key, m.numerus) for m in read_ts(LANGUAGE_FILES[language]) if m.live}
    missing = sorted(wanted - have)
    gone = sorted(have - wanted)
    assert not missing and not gone, (
        f"closeread_{language}.ts is not the code's: run `python packaging/translations.py "
        f"update` (docs/translating.md)\nmissing:\n{_listing([repr(m) for m in missing])}\n"
        f"no longer in the code:\n{_listing([repr(m) for m in gone])}"
    )


@pytest.mark.parametrize("language", list(LANGUAGE_FILES))
def test_no_translation_is_unfinished(language):
    messages = [m for m in read_ts(LANGUAGE_FILES[language]) if m.live]
    unfinished = [f"{m.context}: {m.source!r}" for m in messages if not m.finished]
    assert not unfinished, (
        f"{len(unfinished)} of {len(messages)} strings of closeread_{language}.ts are not "
        f"translated (or marked unfinished):\n{_listing(unfinished)}"
    )


def _placeholder_faults(message: Message, language: str) -> list[str]:
    faults = []
    if message.numerus:
        if len(message.forms) != FORMS.get(language, len(message.forms)):
            faults.append(f"{len(message.forms)} plural forms, {language} has {FORMS[language]}")
        for index, form in enumerate(message.forms):
            if index > 0 and ("%n" in message.source) != ("%n" in form):
                faults.append(f"form {index + 1} has no %n")
    elif ("%n" in message.source) != ("%n" in message.forms[0]):
        faults.append("%n dropped or added")
    wanted = placeholders(message.source)
    for form in message.forms:
        got = placeholders(form)
        for kind, items in wanted.items():
            if got[kind] != items:
                faults.append(f"{kind}: {items} became {got[kind]} in {form!r}")
    return faults


@pytest.mark.parametrize("language", list(LANGUAGE_FILES))
def test_translations_keep_the_placeholders(language):
    faults = []
    for message in read_ts(LANGUAGE_FILES[language]):
        if message.live and any(message.forms):
            faults += [
                f"{message.context}: {message.source!r}: {fault}"
                for fault in _placeholder_faults(message, language)
            ]
    assert not faults, f"closeread_{language}.ts:\n{_listing(faults)}"


def _term_faults(messages: list[Message], language: str) -> list[str]:
    chosen, excused = terms(language)
    faults = []
    for message in messages:
        if not (message.live and message.finished):
            continue
        english = words_only(message.source)
        for term, stem in chosen.items():
            if message.source in excused.get(term, ()) or not term_pattern(term).search(english):
                continue
            if any(stem.lower() not in words_only(form).lower() for form in message.forms):
                faults.append(f"{term} → {stem}: {message.source!r} → {message.forms}")
    return faults


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_use_the_chosen_terms(language):
    faults = _term_faults(read_ts(LANGUAGE_FILES[language]), language)
    assert not faults, (
        f"closeread_{language}.ts does not use terms/{language}.toml's words (a word in another "
        f"sense goes in the toml's [exceptions]):\n{_listing(faults)}"
    )


def test_term_exceptions_name_sources_that_exist():
    sources = {m.source for m in read_ts(LANGUAGE_FILES["es"])}
    for language in TRANSLATED:
        chosen, excused = terms(language)
        assert set(excused) <= set(chosen), f"terms/{language}.toml excuses a term it lacks"
        unknown = [s for each in excused.values() for s in each if s not in sources]
        assert not unknown, f"terms/{language}.toml excuses strings the code lacks: {unknown}"


@pytest.mark.parametrize("language", list(LANGUAGE_FILES))
def test_the_committed_qm_is_compiled_from_the_ts(language, qapp):
    ts = LANGUAGE_FILES[language]
    qm = ts.with_suffix(".qm")
    assert qm.is_file(), f"{qm.name} is missing: run `python packaging/translations.py compile`"
    translator = QTranslator()
    assert translator.load(str(qm)), f"{qm.name} does not load"
    stale = []
    for message in read_ts(ts):
        if not message.live:
            continue
        comment = message.comment or None
        if message.numerus:
            counts = {1: message.forms[0], 5: message.forms[-1]}
            for n, form in counts.items():
                got = translator.translate(message.context, message.source, comment, n)
                if got != form:  # (QTranslator gives the form as written, %n unreplaced)
                    stale.append(f"{message.source!r} (n={n}): {got!r}, the .ts says {form!r}")
        else:
            got = translator.translate(message.context, message.source, comment)
            if got != message.forms[0]:
                stale.append(f"{message.source!r}: {got!r}, the .ts says {message.forms[0]!r}")
    assert not stale, (
        f"{qm.name} is stale: run `python packaging/translations.py compile`\n{_listing(stale)}"
    )


def test_english_reads_as_before_in_the_app_and_without_qt(qapp):
    from closeread.core import i18n

    assert QCoreApplication.translate("Plurals", "%n attempt(s)", None, 1) == "1 attempt"
    assert QCoreApplication.translate("Plurals", "%n attempt(s)", None, 3) == "3 attempts"
    i18n.use(None)  # the command line's English, from closeread_en.ts without Qt
    try:
        assert i18n.Plurals.tr("%n attempt(s)", "", 1) == "1 attempt"
        assert i18n.Plurals.tr("%n attempt(s)", "", 0) == "0 attempts"
    finally:
        i18n.use(QCoreApplication.translate)


# -- Qt's own strings ------------------------------------------------------------------


@pytest.fixture
def qt_language(qapp, request):
    with translated(qapp, request.param):
        yield request.param


@pytest.mark.parametrize(
    ("qt_language", "cancel", "file_name"),
    [("es", "Cancelar", "nombre"), ("zh_CN", "取消", "文件名")],
    indirect=["qt_language"],
)
def test_qt_buttons_and_file_dialog_are_translated(qt_language, cancel, file_name, qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    button = box.button(QMessageBox.StandardButton.Cancel)
    assert cancel in button.text(), button.text()

    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = collections.Counter(label.text() for label in dialog.findChildren(QLabel))
    assert any(file_name in text.lower() for text in labels), labels
    buttons = dialog.findChild(QDialogButtonBox).buttons()
    assert any(cancel in b.text() for b in buttons), [b.text() for b in buttons]


def test_the_checks_catch_what_they_are_for():
    """The rules above on made-up translations (the real ones may pass vacuously)."""

    def message(source: str, *forms: str, numerus: bool = False) -> Message:
        return Message("Ctx", source, "", numerus, forms, "")

    assert _placeholder_faults(message("Hi {name}", "Hola"), "es")
    assert _placeholder_faults(message("<b>Hi</b>", "<b>Hola"), "es")
    assert _placeholder_faults(message("Use **bold**", "Usa negrita"), "es")
    assert _placeholder_faults(message("See [this](url)", "Mira esto"), "es")
    assert _placeholder_faults(message("%1 of %2", "%1 de"), "es")
    assert _placeholder_faults(message("%n try(s)", "%n intento", numerus=True), "es")
    assert _placeholder_faults(message("%n try(s)", "un", "dos", numerus=True), "es")
    assert not _placeholder_faults(
        message("%n try(s)", "un intento", "%n intentos", numerus=True), "es"
    )
    assert not _placeholder_faults(message("Hi {name}, <b>{n}</b>", "<b>{n}</b> {name}"), "es")
    assert _term_faults([message("Open the pack", "Abre el curso")], "es")
    assert not _term_faults([message("Open the packs", "Abre los paquetes")], "es")
    assert _term_faults([message("Show a hint", "显示线索")], "zh_CN")
    assert not _term_faults([message("{key} of it", "de ello")], "es")  # a field, not a word
