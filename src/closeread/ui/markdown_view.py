"""MarkdownView: Markdown from a pack (prompts, hints, feedback), rendered safely.

The HTML comes from :func:`closeread.core.rendering.markdown_to_html`, already
sanitised with no URL schemes allowed. This view adds the other half of the rule: it
never follows a link and it loads images *only* from inside the pack's folder (or
archive). A path that is absolute, names a scheme, climbs out with ``..`` or resolves
outside the pack (a symlink) loads nothing, and nothing ever touches the network.

Short texts size themselves: the view is as tall as its text at the width it is given
(``auto_height``), so a prompt needs no scroll bar of its own; ``max_height`` caps it.
"""

from __future__ import annotations

import html
import math
import re
from functools import lru_cache
from pathlib import Path, PurePosixPath

from PySide6.QtCore import QEvent, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QImage, QPalette, QTextDocument
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from closeread.core.packsource import PackSource, PackSourceError, open_source
from closeread.core.rendering import TooLong, markdown_to_html

MAX_IMAGE_BYTES = 16 * 1024 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")


def _source_key(root: Path) -> tuple[str, float]:
    try:
        return str(root), root.stat().st_mtime
    except OSError:
        return str(root), 0.0


@lru_cache(maxsize=4)
def _cached_source(key: tuple[str, float]) -> PackSource:
    """A pack's files; an archive is read (and checked) once, not once per image."""
    return open_source(key[0])


def read_pack_file(root: Path | None, reference: str) -> bytes | None:
    """The bytes of ``reference`` inside the pack at ``root``, or None if it may not be read.

    ``reference`` is a relative path as a document names it. Absolute paths, drive
    letters, schemes, ``..`` and anything that resolves outside ``root`` are refused.
    """
    if root is None or not reference:
        return None
    path = reference.replace("\\", "/")
    if path.startswith("/") or _DRIVE.match(path) or ":" in path:
        return None
    parts = PurePosixPath(path).parts
    if not parts or ".." in parts:
        return None
    try:
        source = _cached_source(_source_key(Path(root)))
        data = source.read("/".join(parts))
    except (PackSourceError, OSError):
        return None
    return data if len(data) <= MAX_IMAGE_BYTES else None


class MarkdownView(QTextBrowser):
    """Read-only rendered Markdown; images only from ``root`` (the pack's folder)."""

    linkClicked = Signal(QUrl)  # a link that is not an anchor in this text; never opened

    def __init__(
        self,
        markdown: str = "",
        *,
        root: Path | None = None,
        auto_height: bool = True,
        max_height: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._root = Path(root) if root is not None else None
        self._markdown = ""
        self._auto_height = auto_height
        self._max_height = max_height
        self._hint_height = 0
        self._syncing_palette = False
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTabChangesFocus(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.viewport().setAutoFillBackground(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(0)
        self.document().setIndentWidth(18)  # lists: a bullet's width, not 40 px
        if auto_height:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self._update_height)
        self._sync_palette()
        if markdown:
            self.set_markdown(markdown)

    # -- content ----------------------------------------------------------------------

    @property
    def root(self) -> Path | None:
        return self._root

    def set_root(self, root: Path | None) -> None:
        """The pack folder (or archive) images are read from; None reads none."""
        self._root = Path(root) if root is not None else None
        if self._markdown:
            self.set_markdown(self._markdown)

    def markdown(self) -> str:
        return self._markdown

    def set_markdown(self, text: str) -> None:
        """Render ``text`` (Markdown from a pack); text over the size limit shows as is."""
        self._markdown = text
        try:
            body = markdown_to_html(text)
        except TooLong:
            body = f"<p>{html.escape(text[:2000])}…</p>"
        self.document().clear()  # drop cached images of the previous text
        self.setHtml(body)
        self.setAccessibleDescription(self.document().toPlainText())
        self._update_height()

    # -- resources: the pack, and nothing else ------------------------------------------

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        """Images from inside the pack; None for every other resource and every other place."""
        if int(kind) != int(QTextDocument.ResourceType.ImageResource.value):
            return None
        url = QUrl(url) if isinstance(url, str) else url
        if not url.isValid() or url.scheme() or url.host() or not url.isRelative():
            return None
        data = read_pack_file(self._root, url.path())
        if data is None:
            return None
        image = QImage.fromData(data)
        if image.isNull():
            return None
        return self._fitted(image)

    def _fitted(self, image: QImage) -> QImage:
        """Scale an image down to the text's width (never up)."""
        width = max(self.viewport().width() - 2, 160)
        ratio = self.devicePixelRatioF() or 1.0
        if image.width() / ratio > width:
            image = image.scaledToWidth(
                math.floor(width * ratio), Qt.TransformationMode.SmoothTransformation
            )
        image.setDevicePixelRatio(ratio)
        return image

    def _on_anchor(self, url: QUrl) -> None:
        if not url.scheme() and not url.path() and url.fragment():
            self.scrollToAnchor(url.fragment())
        else:
            self.linkClicked.emit(url)

    # -- size -------------------------------------------------------------------------

    def _update_height(self) -> None:
        if not self._auto_height:
            return
        document = self.document()
        width = self.viewport().width()
        if width <= 0:
            return
        document.setTextWidth(width)
        margins = self.contentsMargins()
        height = math.ceil(document.size().height()) + margins.top() + margins.bottom()
        if self._max_height is not None and height > self._max_height:
            height = self._max_height
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        else:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if height != self._hint_height:
            self._hint_height = height
            self.setFixedHeight(height)
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._auto_height and self._hint_height:
            hint.setHeight(self._hint_height)
        return hint

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self._hint_height if self._auto_height else 40)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._update_height()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._update_height()

    # -- colours ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._sync_palette()
        elif event.type() == QEvent.Type.FontChange:
            self.document().setDefaultFont(self.font())
            self._update_height()

    def _sync_palette(self) -> None:
        """Text in the window's colours: the view has no page of its own."""
        if self._syncing_palette:
            return
        palette = self.palette()
        wanted = palette.color(QPalette.ColorRole.WindowText)
        if palette.color(QPalette.ColorRole.Text) == wanted:
            return
        self._syncing_palette = True
        try:
            palette.setColor(QPalette.ColorRole.Text, wanted)
            self.setPalette(palette)
        finally:
            self._syncing_palette = False
