"""The one spelling of a translated string outside a QObject: ``translate("Context", "Text")``.

``pyside6-lupdate`` reads the source, not the running program, so it finds a string only
when the call names its context and text as literals; a wrapper such as
``_tr(text)`` hides both from it. Inside a widget, ``self.tr("Text")`` does the same job.
"""

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate
