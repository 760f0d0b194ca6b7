"""The reader's QTextDocument, built block by block from the article's ``Block`` objects.

The document's text is the article's canonical text exactly: one QTextBlock per
``Block``, its runs inserted as they are, styles carried only by formats (bold,
italic, code, heading sizes, quote indents, list bullets), never by added characters.
Figures show their alt text as an italic caption for the same reason. Heading sizes
are relative (``FontSizeAdjustment``), so they follow the document's font when the
reader zooms.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

from closeread.core.pack.model import Article, Block
from closeread.core.pack.paragraphs import paragraph_numbers

# Block format properties the reader reads back when it paints the margin.
KIND_PROPERTY = QTextFormat.Property.UserProperty + 1  # the Block's kind: "p", "h1", ...
NUMBER_PROPERTY = QTextFormat.Property.UserProperty + 2  # paragraph number, "p" blocks only

READING_FAMILIES = [
    "Charter",
    "Iowan Old Style",
    "Georgia",
    "Source Serif 4",
    "Source Serif Pro",
    "Noto Serif",
    "Literata",
    "DejaVu Serif",
    "Times New Roman",
]
CODE_FAMILIES = ["JetBrains Mono", "Cascadia Mono", "Menlo", "Consolas", "DejaVu Sans Mono"]
LINE_HEIGHT_PERCENT = 155
_PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
_HEADING_ADJUSTMENT = {"h1": 3, "h2": 2, "h3": 1, "h4": 0, "h5": 0, "h6": 0}


def reading_font(point_size: float) -> QFont:
    """The serif the article is set in, the first of a list of good ones installed."""
    font = QFont()
    font.setFamilies(READING_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Serif, QFont.StyleStrategy.PreferQuality)
    font.setPointSizeF(point_size)
    return font


def build_document(
    document: QTextDocument, article: Article, font: QFont, palette: QPalette
) -> None:
    """Replace ``document``'s content with ``article``, set in ``font`` on ``palette``."""
    document.clear()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setUndoRedoEnabled(False)
    em = font.pointSizeF() * 4 / 3  # pixels per em at 96 dpi, close enough for spacing
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    current_list = None
    numbers = paragraph_numbers(article)  # the margin's numbers, as lists say "¶3"
    for index, block in enumerate(article.blocks):
        block_format = _block_format(block, numbers[index], em, first=index == 0)
        base = _char_format(block, palette)
        if index == 0:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(base)
        else:
            cursor.insertBlock(block_format, base)
        if block.kind == "li":
            if current_list is None:
                list_format = QTextListFormat()
                list_format.setStyle(QTextListFormat.Style.ListDisc)
                list_format.setIndent(1)
                current_list = cursor.createList(list_format)
            else:
                current_list.add(cursor.block())
        else:
            current_list = None
        for text, styles in block.runs:
            cursor.insertText(text, _run_format(base, styles, palette))
    cursor.endEditBlock()


def _block_format(block: Block, number: int, em: float, *, first: bool) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setProperty(KIND_PROPERTY, block.kind)
    fmt.setLineHeight(LINE_HEIGHT_PERCENT, _PROPORTIONAL)
    fmt.setBottomMargin(0.9 * em)
    if block.kind == "p":
        fmt.setProperty(NUMBER_PROPERTY, number)
    elif block.kind in _HEADING_ADJUSTMENT:
        fmt.setHeadingLevel(int(block.kind[1]))
        fmt.setLineHeight(120, _PROPORTIONAL)
        fmt.setTopMargin(0 if first else 1.2 * em)
        fmt.setBottomMargin(0.8 * em)
    elif block.kind == "blockquote":
        fmt.setLeftMargin(1.6 * em)
        fmt.setRightMargin(1.0 * em)
    elif block.kind == "figure":
        fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        fmt.setLeftMargin(1.5 * em)
        fmt.setRightMargin(1.5 * em)
    elif block.kind == "li":
        fmt.setBottomMargin(0.4 * em)
    elif block.kind == "pre":
        fmt.setNonBreakableLines(False)
        fmt.setLeftMargin(1.0 * em)
    return fmt


def _char_format(block: Block, palette: QPalette) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if block.kind in _HEADING_ADJUSTMENT:
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, _HEADING_ADJUSTMENT[block.kind])
    elif block.kind == "figure":
        fmt.setFontItalic(True)
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
        fmt.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
    elif block.kind == "pre":
        fmt.setFontFamilies(CODE_FAMILIES)
        fmt.setFontFixedPitch(True)
    return fmt


def _run_format(
    base: QTextCharFormat, styles: frozenset[str], palette: QPalette
) -> QTextCharFormat:
    fmt = QTextCharFormat(base)
    if "b" in styles:
        fmt.setFontWeight(QFont.Weight.Bold)
    if "i" in styles:
        fmt.setFontItalic(not base.fontItalic())
    if "code" in styles:
        fmt.setFontFamilies(CODE_FAMILIES)
        fmt.setFontFixedPitch(True)
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
    if "a" in styles:
        # Links are not followed (CloseRead makes no request); the colour says "link".
        fmt.setForeground(palette.color(QPalette.ColorRole.Link))
    return fmt
