"""Reading an XML file someone else wrote, without letting it read files or eat memory.

Python's own XML parsers expand entities (a "billion laughs" file of a few kilobytes
unpacks to gigabytes) and, with some settings, fetch external entities and DTDs. Here the
file goes through ``defusedxml``'s parser with every one of those refused: a DOCTYPE at
all (Moodle's files never have one), entity declarations, external references. A file
is read to at most :data:`MAX_XML_BYTES` (by its importer), and elements may nest at most
:data:`MAX_DEPTH` deep (a question file nests six or seven; a deeper file is built to
exhaust the parser). The line each element starts on is kept, so problems can name it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

MAX_XML_BYTES = 32 * 1024 * 1024
MAX_DEPTH = 64


class XmlRefused(ValueError):
    """The file is not XML CloseRead will read; ``str()`` says why, ``line`` where."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.line = line


class _Builder(ElementTree.TreeBuilder):
    """A tree builder that counts the depth and notes each element's line."""

    def __init__(self, max_depth: int) -> None:
        super().__init__()
        self.max_depth = max_depth
        self.depth = 0
        self.lines: dict[ElementTree.Element, int] = {}
        self.parser: DefusedXMLParser | None = None

    def line(self) -> int:
        return self.parser.parser.CurrentLineNumber if self.parser is not None else 0

    def start(self, tag, attrs):
        self.depth += 1
        if self.depth > self.max_depth:
            raise XmlRefused(
                f"elements nest more than {self.max_depth} deep; no question file does",
                self.line(),
            )
        element = super().start(tag, attrs)
        self.lines[element] = self.line()
        return element

    def end(self, tag):
        self.depth -= 1
        return super().end(tag)


class XmlTree:
    """The root element of a parsed file, and the line each element started on."""

    def __init__(self, root: ElementTree.Element, lines: dict[ElementTree.Element, int]) -> None:
        self.root = root
        self._lines = lines

    def line(self, element: ElementTree.Element) -> int:
        return self._lines.get(element, 0)


def parse_xml(raw: bytes, *, max_depth: int = MAX_DEPTH) -> XmlTree:
    """The element tree of ``raw``, or ``XmlRefused`` saying what is wrong and where."""
    builder = _Builder(max_depth)
    parser = DefusedXMLParser(
        target=builder, forbid_dtd=True, forbid_entities=True, forbid_external=True
    )
    builder.parser = parser
    try:
        parser.feed(raw)
        root = parser.close()
    except XmlRefused:
        raise
    except DefusedXmlException as error:
        raise XmlRefused(
            "the file declares a DOCTYPE, entities or external references, which CloseRead "
            f"does not read (a question file needs none): {type(error).__name__}",
            builder.line(),
        ) from error
    except ElementTree.ParseError as error:
        line = error.position[0] if error.position else 0
        reason = str(error).split(": line", 1)[0]
        raise XmlRefused(f"not well-formed XML: {reason}", line) from error
    return XmlTree(root, builder.lines)
