"""What the editor shows for the rows that have no form: the article, a broken file.

``article.md`` is written in a text editor, and so is a file that cannot be opened
until it is fixed; these pages say so, and that CloseRead picks up every change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from closeread.ui.common.i18n import Plurals, translate
from closeread.ui.common.outside_text import escaped
from closeread.ui.editor.session import EditSession


def article_page_html(session: EditSession) -> str:
    article = session.article
    words = len(article.text.split()) if article else 0
    name = escaped(str(session.meta.get("article", "article.md")))
    if article is None:
        problem = translate("pages", "The article cannot be shown: see the problems.")
        return f"<h2>{name}</h2><p>{problem}</p>"
    return (
        f"<h2>{name}</h2><p>"
        + Plurals.tr("{words} words in %n block(s).", "", len(article.blocks)).format(words=words)
        + "</p><p>"
        + translate(
            "pages",
            "Edit the article in a text editor. Answer keys quote its words: when you "
            "change them, the problems below say which quotes no longer match.",
        )
        + "</p>"
    )


def broken_lesson_html(session: EditSession, rel: str) -> str:
    return (
        f"<h2>{escaped(rel)}</h2><p>"
        + translate("pages", "This lesson file cannot be opened for editing:")
        + f"</p><p><code>{escaped(session.open_errors.get(rel, ''))}</code></p><p>"
        + translate("pages", "Fix it in a text editor; CloseRead opens it as soon as it is saved.")
        + "</p>"
    )


class InfoPage(QWidget):
    """A page of text in the form's place."""

    def __init__(self, text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        self.label = QLabel(text, self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.label.setAccessibleName(name)
        layout.addWidget(self.label)
        layout.addStretch(1)

    def reload(self) -> None:
        """Nothing of a lesson file to show again."""
