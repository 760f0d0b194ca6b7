"""MarkdownView: Markdown from a pack (prompts, hints, feedback), rendered safely.

The HTML comes from :func:`closeread.core.pack.rendering.markdown_to_html`, already
sanitised with no URL schemes allowed. This view adds the other half of the rule: it
never follows a link and it loads images *only* through
:func:`closeread.core.pack.images.read_image`, the one rule for pack pictures. Its
document is a :class:`PackDocument`, whose ``loadResource`` answers every request
itself: Qt's own loader (which decodes ``%2f``, reads names relative to the working
folder and opens devices and pipes) is never reached. A refused picture is a 1x1
transparent image, not nothing: given nothing, Qt's image handler tries the file name
itself. Pictures are decoded only as the format their bytes say (never SVG, which can
name other files) and only up to ``MAX_PIXELS``.

Short texts size themselves: the view is as tall as its text at the width it is given
(``auto_height``), so a prompt needs no scroll bar of its own; ``max_height`` caps it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QObject,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader, QPalette, QTextDocument
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from closeread.core.pack.rendering import MAX_PROSE_CHARS, TooLong, markdown_to_html
from closeread.ui.common.outside_text import escaped

if TYPE_CHECKING:  # (loaded when a document first asks for a picture)
    from closeread.core.pack.images import ImageRead
    from closeread.core.pack.source import PackSource

MAX_PIXELS = 40_000_000  # a 16 MiB PNG can unpack to gigabytes
IMAGE = int(QTextDocument.ResourceType.ImageResource.value)
REFUSED = "closeread-refused"  # the text key that marks the stand-in for a refused picture


def _source_key(root: Path) -> tuple[str, float]:
    try:
        return str(root), root.stat().st_mtime
    except OSError:
        return str(root), 0.0


@lru_cache(maxsize=4)
def _cached_source(key: tuple[str, float]) -> PackSource:
    """A pack's files; an archive is read (and checked) once, not once per image."""
    from closeread.core.pack.source import open_source

    return open_source(key[0])


def read_pack_image(root: Path | None, reference: str) -> ImageRead:
    """The picture ``reference`` names in the pack at ``root``, by the pack image rule."""
    from closeread.core.pack.images import ImageRead, read_image
    from closeread.core.pack.source import PackSourceError

    source = None
    if root is not None:
        try:
            source = _cached_source(_source_key(Path(root)))
        except (PackSourceError, OSError) as error:
            return ImageRead(reference, reason=str(error))
    return read_image(source, reference)


def refused_image() -> QImage:
    """A transparent pixel: what a refused picture shows (Qt then looks no further)."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(0)
    image.setText(REFUSED, "1")
    return image


def is_refused(image: object) -> bool:
    return isinstance(image, QImage) and image.text(REFUSED) == "1"


def decode_image(read: ImageRead) -> QImage | None:
    """The picture, decoded only as its own format and only if not too large; else None."""
    if read.data is None:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(read.data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, read.format.encode())
    reader.setAutoDetectImageFormat(False)
    reader.setDecideFormatFromContent(False)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PIXELS:
        return None
    image = reader.read()
    return None if image.isNull() else image


def reference_of(url: QUrl | str) -> str:
    """The reference as the document wrote it (Qt hands it over as a URL)."""
    if isinstance(url, str):
        return url
    return url.toString(QUrl.ComponentFormattingOption.FullyEncoded)


class PackDocument(QTextDocument):
    """A text document whose only resources are the pack's pictures."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root: Path | None = None
        self.fit: Callable[[QImage], QImage] | None = None  # scales a picture to the view
        self._images: dict[str, QImage | None] = {}

    def set_root(self, root: Path | None) -> None:
        self.root = root
        self._images.clear()

    def forget_images(self) -> None:
        self._images.clear()

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        """A picture of the pack, the refused stand-in, or "" for any other resource."""
        if int(kind) != IMAGE:
            return ""  # no style sheets, no pages: and never Qt's own loader
        reference = reference_of(url)
        if reference not in self._images:
            self._images[reference] = decode_image(read_pack_image(self.root, reference))
        image = self._images[reference]
        if image is None:
            return refused_image()
        return self.fit(image) if self.fit is not None else image


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
        self._pack_document = PackDocument(self)
        self._pack_document.fit = self._fitted
        self.setDocument(self._pack_document)
        self._root = Path(root) if root is not None else None
        self._pack_document.set_root(self._root)
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
        self._pack_document.set_root(self._root)
        if self._markdown:
            self.set_markdown(self._markdown)

    def markdown(self) -> str:
        return self._markdown

    def set_markdown(self, text: str) -> None:
        """Render ``text`` (Markdown from a pack); text the Markdown rule refuses (too long,
        too many marks) shows as it is, unformatted, cut short only past the size limit."""
        self._markdown = text
        try:
            body = markdown_to_html(text)
        except TooLong:  # shown as it is: whole when the refusal is for its Markdown
            body = (
                f"<p>{escaped(text)}</p>"
                if len(text) <= MAX_PROSE_CHARS
                else f"<p>{escaped(text[:2000])}…</p>"
            )
        self.document().clear()
        self._pack_document.forget_images()
        self.setHtml(body)
        self.setAccessibleDescription(self.document().toPlainText())
        self._update_height()

    # -- resources: the pack, and nothing else ------------------------------------------

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        """What the document answers: the pack's pictures and nothing else, ever."""
        return self._pack_document.loadResource(kind, url)

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
