"""Check that an installed CloseRead carries its compiled translations and loads them.

    python packaging/check_installed_translations.py PREFIX

Run with the Python of an installed (not editable) CloseRead, from outside the checkout:
``.ci/run`` runs it on the wheel installed in a fresh venv. It fails unless every
language of ``closeread.core.i18n.LANGUAGES`` has its ``closeread_<lang>.qm`` inside
PREFIX, and the app's own loader (``install_translators``) reads from there the English
plural forms, each other language's own strings and Qt's buttons in that language.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QLocale

from closeread.core.files.paths import bundled_dir
from closeread.core.i18n import LANGUAGES
from closeread.ui.shell.app import install_translators, make_application


def main(prefix: str) -> int:
    folder = bundled_dir("resources") / "i18n"
    if not folder.resolve().is_relative_to(Path(prefix).resolve()):
        print(f"translations not inside {prefix}: {folder}")
        return 1
    app = make_application()
    for code in LANGUAGES:
        qm = folder / f"closeread_{code}.qm"
        if not qm.is_file():
            print(f"missing: {qm}")
            return 1
        installed = install_translators(app, QLocale(code), folder)
        loaded = sorted(Path(t.filePath()).name for t in installed)
        if f"closeread_{code}.qm" not in loaded:
            print(f"{code}: not loaded from {folder} ({loaded})")
            return 1
        attempts = QCoreApplication.translate("Plurals", "%n attempt(s)", None, 3)
        cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
        for translator in installed:
            app.removeTranslator(translator)
        if code == "en" and attempts != "3 attempts":
            print(f"English plural forms not read: {attempts!r}")
            return 1
        if code != "en" and cancel == "Cancel":
            print(f"{code}: Qt's own translations not loaded")
            return 1
        if code != "en" and attempts == "3 attempts":
            print(f"{code}: CloseRead's own strings not translated ({attempts!r})")
            return 1
    print(f"installed translations: {', '.join(LANGUAGES)} load from {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
