"""Code-point offsets to QTextDocument positions and back."""

import time

from PySide6.QtGui import QTextCursor, QTextDocument

from closeread.ui.reading.textmap import TextMap


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_text_without_astral_characters_maps_by_identity():
    text = "Café — naïve “quotes”, 中文 and Ελληνικά"
    textmap = TextMap(text)
    assert textmap.identity
    assert textmap.qt_length == len(text)
    for offset in range(len(text) + 1):
        assert textmap.to_qt(offset) == offset
        assert textmap.from_qt(offset) == offset


def test_every_offset_maps_to_its_utf16_position_and_back():
    text = "😀 Cats 🐈‍⬛ purr.\n𝔘𝔫𝔦 and 𠀋 end 👍🏽"
    textmap = TextMap(text)
    assert not textmap.identity
    assert textmap.qt_length == utf16_length(text)
    for offset in range(len(text) + 1):
        position = textmap.to_qt(offset)
        assert position == utf16_length(text[:offset])
        assert textmap.from_qt(position) == offset


def test_a_position_inside_a_surrogate_pair_maps_to_the_characters_start():
    text = "a😀b"
    textmap = TextMap(text)
    assert textmap.to_qt(1) == 1 and textmap.to_qt(2) == 3
    assert textmap.from_qt(2) == 1  # between the two halves of 😀
    assert textmap.span_from_qt(0, 4) == (0, 3)
    assert textmap.span_to_qt(1, 3) == (1, 4)


def test_positions_agree_with_a_real_qtextdocument():
    text = "🙂 one\ntwo 🐈 three\n\N{MATHEMATICAL BOLD CAPITAL A} four"
    document = QTextDocument()
    QTextCursor(document).insertText(text)
    textmap = TextMap(text)
    assert document.characterCount() - 1 == textmap.qt_length
    for start in range(len(text)):
        for end in (start + 1, len(text)):
            cursor = QTextCursor(document)
            cursor.setPosition(textmap.to_qt(start))
            cursor.setPosition(textmap.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            expected = text[start:end].replace("\n", "\u2029")
            assert cursor.selectedText() == expected


def test_a_long_article_is_mapped_quickly():
    text = ("Plain prose that goes on for a while. " * 10_000) + "🙂" + ("more words " * 10_000)
    began = time.perf_counter()
    textmap = TextMap(text)
    for offset in range(0, len(text), 97):
        assert textmap.from_qt(textmap.to_qt(offset)) == offset
    assert time.perf_counter() - began < 2.0
    assert textmap.to_qt(len(text)) == len(text) + 1
