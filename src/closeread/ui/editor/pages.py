"""What the editor shows for the rows that have no form: the pack, its article, a broken file.

``pack.toml`` (labels, lesson list, source) and ``article.md`` are written in a text
editor; these pages say what they hold and that CloseRead picks up every change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from closeread.ui.common.outside_text import escaped
from closeread.ui.editor.session import PACK_FILE, EditSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("pages", text)


def pack_page_html(session: EditSession) -> str:
    meta = session.meta
    rows = [
        (_tr("Title"), session.title),
        (_tr("Id"), str(meta.get("id", ""))),
        (_tr("Version"), str(meta.get("version", ""))),
        (_tr("Folder"), str(session.root)),
    ]
    table = "".join(
        f"<tr><td style='padding-right:12px'><b>{escaped(name)}</b></td>"
        f"<td>{escaped(value)}</td></tr>"
        for name, value in rows
    )
    labels = "".join(
        f"<li><span style='background:{escaped(label.color)}'>&nbsp;&nbsp;&nbsp;</span> "
        f"{number}&nbsp;<b>{escaped(label.name)}</b> "
        f"<span>({escaped(label.id)})</span></li>"
        for number, label in enumerate(session.labels, start=1)
    )
    note = _tr(
        "The pack's title, labels, lesson list and source are in {file}, and the article "
        "is in {article}: change them in a text editor. CloseRead reloads them when you "
        "save them there and checks the pack again."
    ).format(
        file=f"<code>{PACK_FILE}</code>",
        article=f"<code>{escaped(str(meta.get('article', 'article.md')))}</code>",
    )
    return (
        f"<h2>{escaped(session.title)}</h2><table>{table}</table>"
        f"<h3>{_tr('Labels')}</h3><ul>{labels}</ul><p>{note}</p>"
    )


def article_page_html(session: EditSession) -> str:
    article = session.article
    words = len(article.text.split()) if article else 0
    name = escaped(str(session.meta.get("article", "article.md")))
    if article is None:
        return f"<h2>{name}</h2><p>{_tr('The article cannot be shown: see the problems.')}</p>"
    return (
        f"<h2>{name}</h2><p>"
        + _tr("{words} words in {blocks} blocks.").format(words=words, blocks=len(article.blocks))
        + "</p><p>"
        + _tr(
            "Edit the article in a text editor. Answer keys quote its words: when you "
            "change them, the problems below say which quotes no longer match."
        )
        + "</p>"
    )


def broken_lesson_html(session: EditSession, rel: str) -> str:
    return (
        f"<h2>{escaped(rel)}</h2><p>"
        + _tr("This lesson file cannot be opened for editing:")
        + f"</p><p><code>{escaped(session.open_errors.get(rel, ''))}</code></p><p>"
        + _tr("Fix it in a text editor; CloseRead opens it as soon as it is saved.")
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
