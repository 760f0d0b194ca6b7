"""The one spelling of a translated string outside a QObject: ``translate("Context", "Text")``.

``pyside6-lupdate`` reads the source, not the running program, so it finds a string only
when the call names its context and text as literals; a wrapper such as
``_tr(text)`` hides both from it. Inside a widget, ``self.tr("Text")`` does the same job.
A count outside a widget is ``Plurals.tr("%n thing(s)", "", n)`` (see
:mod:`closeread.core.i18n`: lupdate makes a numerus message only of a ``tr`` call).

Importing this module plugs Qt's translator into the core, so the text the core writes
for a screen (verdicts, feedback) comes out in the interface's language.
"""

from PySide6.QtCore import QCoreApplication

from closeread.core import i18n as _core
from closeread.core.i18n import Plurals

translate = QCoreApplication.translate


def _translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translation; a count no translator knows (no English .qm loaded, as in the
    core's tests) in the English forms, not "1 point(s)"."""
    found = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and found == text.replace("%n", str(n)):
        return _core.english(context, text, disambiguation, n)
    return found


_core.use(_translate)

__all__ = ["Plurals", "translate"]
