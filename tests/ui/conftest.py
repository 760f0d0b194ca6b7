"""Widget tests run without a screen: the platform is chosen before Qt is imported."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from closeread.core.pack.load import load_pack

MINIPACK = Path(__file__).resolve().parents[1] / "core" / "fixtures" / "minipack"


@pytest.fixture(scope="session")
def minipack():
    """The small sample pack the core tests use, loaded (it has no problems)."""
    result = load_pack(MINIPACK)
    assert result.pack is not None, [str(problem) for problem in result.problems]
    return result.pack


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):
    """The English translation the app always loads (its plural forms: "1 attempt",
    "3 attempts"), installed for every widget test as ``closeread`` installs it."""
    from app_support import translated
    from PySide6.QtCore import QLocale

    with translated(qapp, QLocale(QLocale.Language.English)) as installed:
        yield installed
