"""The article in a grade report: each block as HTML, the student's marks shaded in
their label's colour with the label's name in capitals before each (so a greyscale
printout still tells them apart), and the answer key underlined. Headings are set in
bold rather than as headings, so a tag inside one stays small (Qt's rich text would
make it heading-sized).

A report shows one exercise's marks and key at a time (:func:`excerpt_html`): only
the blocks they touch, with "…" where blocks are left out, so an underline always
means the key of the exercise it stands under.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence

from closeread.core.pack.model import Article, Block, KeySpan, Pack
from closeread.core.report.data import Mark

GAP = '<p class="gap">…</p>'  # where blocks of the article are left out
# A one-cell table frames the passages: Qt's rich text, which lays out the PDF, draws a
# table's border but not a div's.
FRAME = '<table class="article" width="100%" border="1" cellspacing="0" cellpadding="5"><tr><td>'


def excerpt_html(
    article: Article,
    marks: Sequence[Mark],
    key: Sequence[KeySpan],
    labels: dict[str, tuple[str, str]],
) -> str:
    """The blocks of the article that ``marks`` or ``key`` touch, "…" between blocks
    that are not next to each other; "" when they touch none."""
    spans = [(m.start, m.end) for m in marks] + [(k.start, k.end) for k in key]
    touched = [
        index
        for index, block in enumerate(article.blocks)
        if any(start < block.end and end > block.start for start, end in spans)
    ]
    if not touched:
        return ""
    return article_html(article, marks, key, labels, blocks=touched)


def article_html(
    article: Article,
    marks: Sequence[Mark],
    key: Sequence[KeySpan],
    labels: dict[str, tuple[str, str]],
    *,
    blocks: Sequence[int] | None = None,
) -> str:
    """The article (or its ``blocks``, by index), with marks shaded and tagged and the
    key underlined."""
    unique = sorted(set(marks), key=lambda m: (m.start, -m.end, m.label))
    out = [FRAME]
    shown = range(len(article.blocks)) if blocks is None else blocks
    if shown and shown[0] > 0:
        out.append(GAP)
    for number, index in enumerate(shown):
        if number and index != shown[number - 1] + 1:
            out.append(GAP)
        block = article.blocks[index]
        lo, hi = block.start, block.end
        inside = [m for m in unique if m.start < hi and m.end > lo]
        keys = [(k.start, k.end) for k in key if k.start < hi and k.end > lo]
        cuts = {lo, hi}
        offset = lo
        for run, _ in block.runs:
            offset += len(run)
            cuts.add(offset)
        for start, end in [(m.start, m.end) for m in inside] + keys:
            cuts.update(value for value in (start, end) if lo < value < hi)
        ordered = sorted(cuts)
        text = article.text
        pieces = []
        for start, end in itertools.pairwise(ordered):
            for mark in inside:
                if mark.start == start:
                    name, color = labels.get(mark.label, (mark.label, "#666666"))
                    pieces.append(
                        f'<span class="tag" style="font-size: 6.5pt; font-weight: bold; '
                        f'color: {_shade(color)}">[{_e(name.upper())}]</span> '
                    )
            covering = [m for m in inside if m.start <= start and m.end >= end]
            chunk = _styled(_e(text[start:end]), _styles_at(block, start))
            if any(k_start <= start and k_end >= end for k_start, k_end in keys):
                chunk = f'<u class="key">{chunk}</u>'
            if covering:
                mark = max(covering, key=lambda m: (m.start, -m.end))
                _, color = labels.get(mark.label, (mark.label, "#999999"))
                chunk = f'<span style="background-color: {_tint(color)}">{chunk}</span>'
            pieces.append(chunk)
        body = "".join(pieces)
        out.append(_block(block.kind, body, block.image))
    if shown and shown[-1] < len(article.blocks) - 1:
        out.append(GAP)
    out.append("</td></tr></table>")
    return "\n".join(out)


def _styles_at(block: Block, offset: int) -> frozenset[str]:
    position = block.start
    for run, styles in block.runs:
        if position <= offset < position + len(run):
            return styles
        position += len(run)
    return frozenset()


def _styled(text: str, styles: frozenset[str]) -> str:
    if "b" in styles:
        text = f"<b>{text}</b>"
    if "i" in styles:
        text = f"<i>{text}</i>"
    if "code" in styles:
        text = f"<code>{text}</code>"
    return text


def _block(kind: str, body: str, image: str) -> str:
    if kind.startswith("h") and kind[1:].isdigit():  # bold, not a heading: tags stay small
        size = max(10, 14 - int(kind[1:]))
        return f'<p style="font-weight: bold; font-size: {size}pt">{body}</p>'

    if kind == "li":
        return f"<p>• {body}</p>"
    if kind == "blockquote":
        return f"<blockquote>{body}</blockquote>"
    if kind == "figure":
        return f"<p><i>[Picture: {body or _e(image)}]</i></p>"
    return f"<p>{body}</p>"


def label_colors(pack: Pack) -> dict[str, tuple[str, str]]:
    """Label id to (name, colour)."""
    return {label.id: (label.name, label.color) for label in pack.labels}


def _tint(color: str, strength: float = 0.35) -> str:
    """``color`` mixed with white: light enough to read black text on."""
    try:
        rgb = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    except ValueError:
        rgb = [153, 153, 153]
    mixed = [round(255 - (255 - value) * strength) for value in rgb]
    return "#" + "".join(f"{value:02x}" for value in mixed)


def _shade(color: str) -> str:
    """``color`` darkened, for a label's tag in small type."""
    try:
        rgb = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    except ValueError:
        return "#444444"
    return "#" + "".join(f"{round(value * 0.7):02x}" for value in rgb)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)
