"""Editing a TOML document with tomlkit so that what a person wrote stays as written.

tomlkit keeps comments, blank lines and the style of every value it parsed. Two things
it leaves to its user, and this module does:

- **Whose comment is it?** tomlkit files the comment lines above a ``[[table]]`` header
  under the *previous* table, so deleting or moving a table would take the wrong
  comment along. ``own_leading_comments`` gives each element of an array of tables the
  blank lines and comment lines just above its header (into the header's own
  whitespace, which tomlkit writes back verbatim). Comment lines that follow the
  previous table's last line with no blank line between stay with that table.
- **Which style for a new value?** ``text_item`` writes a new string in the style of
  the one it replaces (literal, multi-line) where the new text allows it.

Nothing here changes the text of a document by itself: ``own_leading_comments`` moves
text between owners, and ``as_string()`` gives back the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import tomlkit
from tomlkit.container import Container
from tomlkit.items import (
    AoT,
    Array,
    Comment,
    InlineTable,
    Item,
    Null,
    String,
    StringType,
    Table,
    Whitespace,
)

_TRIVIA = (Whitespace, Comment, Null)
Keyed = Table | InlineTable | Container  # a table, or a whole document


def text_item(value: str, like: Item | None = None) -> String:
    """``value`` as a TOML string: multi-line when it has line breaks (and no carriage
    returns, which a multi-line string cannot keep), literal when ``like`` was literal
    and ``value`` can be written that way."""
    multiline = "\n" in value and "\r" not in value
    literal = False
    if isinstance(like, String):
        literal = like.type in {StringType.SLL, StringType.MLL}
        multiline = multiline or (like.type.is_multiline() and "\r" not in value)
    if literal and _fits_literal(value, multiline=multiline):
        return tomlkit.string(value, literal=True, multiline=multiline)
    return tomlkit.string(value, multiline=multiline)


def _fits_literal(value: str, *, multiline: bool) -> bool:
    if any((ord(char) < 0x20 and char not in "\t\n") or ord(char) == 0x7F for char in value):
        return False
    if multiline:
        return "'''" not in value and not value.endswith("'") and not value.startswith("\n")
    return "'" not in value and "\n" not in value


def to_item(value: Any, like: Item | None = None) -> Item:
    """A Python value as a tomlkit item: text via ``text_item``; a list of tables as an
    array of tables, or as an inline array when ``like`` was one; a tomlkit item as it is
    (laid out by its maker); other values as is."""
    if isinstance(value, Item):
        return value
    if isinstance(value, str):
        return text_item(value, like)
    if isinstance(value, Mapping):
        table = tomlkit.table()
        for key, inner in value.items():
            table.add(key, to_item(inner))
        return table
    if isinstance(value, list | tuple) and value and all(isinstance(v, Mapping) for v in value):
        if isinstance(like, Array):
            multiline = "\n" in like.as_string()
            return inline_array(value, multiline=multiline, spaced=spaced_like(like))
        aot = tomlkit.aot()
        for entry in value:
            aot.append(to_item(entry))
        return aot
    return tomlkit.item(list(value) if isinstance(value, tuple) else value)


def inline_table(entry: Mapping[str, Any], *, spaced: bool = True) -> InlineTable:
    """``entry`` on one line: ``{ text = "x", weight = 50 }`` (no inner spaces unless
    ``spaced``)."""
    table = tomlkit.inline_table()
    for key, value in entry.items():
        table.append(key, to_item(value) if not isinstance(value, str) else tomlkit.string(value))
    items = [item for key, item in table.value.body if key is not None]
    if spaced and items:
        items[0].trivia.indent = " "
        items[-1].trivia.trail = " "
    return table


def inline_array(entries: list | tuple, *, multiline: bool, spaced: bool = True) -> Array:
    array = tomlkit.array()
    for entry in entries:
        array.append(inline_table(entry, spaced=spaced))
    array.multiline(multiline)
    return array


def spaced_like(array: Array) -> bool:
    """Whether the inline tables of ``array`` are written ``{ a = 1 }``, not ``{a = 1}``."""
    tables = [entry for entry in array if isinstance(entry, InlineTable)]
    return not tables or tables[0].as_string().startswith("{ ")


def set_value(table: Keyed, key: str, value: Any, *, order: Sequence[str] = ()) -> None:
    """Set ``key``, keeping the old value's comment and string style; ``None`` removes.

    A new key goes after the last key present that comes before it in ``order`` (the
    order the format's documentation writes keys in), else after the table's plain keys.
    """
    if value is None:
        if key in table:
            del table[key]
        return
    if key in table:
        old = table.item(key)
        new = to_item(value, like=old if isinstance(old, Item) else None)
        if isinstance(old, AoT) and isinstance(new, AoT) and old.body and new.body:
            tail = detach_tail(old)  # the end of the file, when this was its last table
            new.body[0].trivia.indent = old.body[0].trivia.indent or "\n"
            for later in new.body[1:]:
                later.trivia.indent = "\n"
            table[key] = new
            attach_tail(new, tail)
        else:
            table[key] = new
        return
    item = to_item(value)
    place = order.index(key) if key in order else len(order)
    keys = _plain_keys(table)
    written_before = [keys.index(name) for name in order[:place] if name in keys]
    written_after = [keys.index(name) for name in order[place + 1 :] if name in keys]
    if written_before:
        followers = keys[max(written_before) + 1 :]
    elif written_after:
        followers = keys[min(written_after) :]
    else:
        followers = []
    _insert_before(table, followers, key, item)


def _body_of(table: Keyed) -> Container:
    return table if isinstance(table, Container) else table.value


def _plain_keys(table: Keyed) -> list[str]:
    """The table's own keys (not its sub-tables), in the order the file writes them."""
    return [
        name.key
        for name, item in _body_of(table).body
        if name is not None and not isinstance(item, Table | AoT)
    ]


def _insert_before(table: Keyed, followers: list[str], key: str, item: Item) -> None:
    """Add ``key`` so that it comes just before ``followers`` (the keys that end the table).

    tomlkit has no public "insert at": the followers are taken off, each with the comment
    lines written above it (moved into its own indent, where tomlkit writes them back
    verbatim), and added again after the new key; the blank lines and comments that end
    the table stay last."""
    body = _body_of(table).body
    moved = []
    for name in followers:
        index = next(n for n, (k, _) in enumerate(body) if k is not None and k.key == name)
        follower = body[index][1]
        leading = _leading_trivia(body, index)
        if leading:
            follower.trivia.indent = (
                "".join(body[i][1].as_string() for i in leading) + follower.trivia.indent
            )
            for i in leading:
                body[i] = (None, Null())
        moved.append((name, follower))
    tail = _trailing_indices(body)  # blank lines and comments that end the table
    tail_items = [body[i][1] for i in tail]
    for i in tail:
        body[i] = (None, Null())
    for name, _ in moved:
        table.remove(name)
    _append(table, key, item)
    for name, follower in moved:
        _append(table, name, follower)
    for trivia in tail_items:
        _body_of(table).add(trivia)


def _append(table: Keyed, key: str, item: Item) -> None:
    # Table.append would copy the first run of spaces in the header's indent (where
    # comments above the header now live) into the new line; raw_append keeps it as is.
    if isinstance(table, Table):
        table.raw_append(key, item)
    else:
        table.append(key, item)


def _leading_trivia(body: list[tuple[Any, Item]], index: int) -> list[int]:
    """Indices of the comment lines and blank lines just above ``body[index]``."""
    return _trivia_run(body, index)[0]


def _trivia_run(body: list[tuple[Any, Item]], index: int) -> tuple[list[int], int]:
    """The comment and blank lines just above ``body[index]`` (placeholders skipped),
    and the index of what stands above them (-1: nothing)."""
    found = []
    position = index - 1
    while position >= 0 and isinstance(body[position][1], _TRIVIA):
        if not isinstance(body[position][1], Null):
            found.append(position)
        position -= 1
    return found[::-1], position


# --- who owns the comments above a header -------------------------------------------------


def own_leading_comments(container: Container) -> None:
    """Give every element of every array of tables in ``container`` the blank lines and
    comments written just above its header (see the module's description)."""
    body = container.body
    for index, (_key, item) in enumerate(body):
        if isinstance(item, AoT):
            for number, table in enumerate(item.body):
                if number == 0:
                    before = _trivia_before(container, index)
                else:
                    before = _trailing_trivia(deep_end(item.body[number - 1].value))
                _move_to_header(before, table)
                own_leading_comments(table.value)
        elif isinstance(item, Table):
            own_leading_comments(item.value)


def deep_end(container: Container) -> Container:
    """The container whose last line is the last line ``container`` renders."""
    while True:
        last = _last_non_trivia(container.body)
        if last is None or _trailing_indices(container.body):
            return container
        item = container.body[last][1]
        if isinstance(item, AoT) and item.body:
            container = item.body[-1].value
        elif isinstance(item, Table):
            container = item.value
        else:
            return container


def _last_non_trivia(body: list[tuple[Any, Item]]) -> int | None:
    for index in range(len(body) - 1, -1, -1):
        if not isinstance(body[index][1], _TRIVIA):
            return index
    return None


def _trailing_indices(body: list[tuple[Any, Item]]) -> list[int]:
    """Indices of the comments and blank lines at the end of ``body`` (not placeholders)."""
    found = []
    for index in range(len(body) - 1, -1, -1):
        item = body[index][1]
        if not isinstance(item, _TRIVIA):
            break
        if not isinstance(item, Null):
            found.append(index)
    return found[::-1]


def _trailing_trivia(container: Container) -> tuple[Container, list[int]]:
    return container, _trailing_indices(container.body)


def _trivia_before(container: Container, index: int) -> tuple[Container, list[int]]:
    """The trivia just before ``body[index]``; inside the previous table if it has some."""
    body = container.body
    found, position = _trivia_run(body, index)
    if found or position < 0:
        return container, found
    previous = body[position][1]
    if isinstance(previous, AoT) and previous.body:
        return _trailing_trivia(deep_end(previous.body[-1].value))
    if isinstance(previous, Table):
        return _trailing_trivia(deep_end(previous.value))
    return container, []


def _move_to_header(before: tuple[Container, list[int]], table: Table) -> None:
    """Move the leading part of the trivia ``before`` into ``table``'s header indent: from
    its first blank line on, or all of it when there is no blank line."""
    container, indices = before
    body = container.body
    blank = [
        i for i in indices if isinstance(body[i][1], Whitespace) and "\n" in body[i][1].as_string()
    ]
    moving = indices[indices.index(blank[0]) :] if blank else indices
    if not moving:
        return
    text = "".join(body[i][1].as_string() for i in moving)
    for i in moving:
        body[i] = (None, Null())
    table.trivia.indent = text + table.trivia.indent


# --- moving elements of an array of tables ------------------------------------------------


def detach_tail(aot: AoT) -> list[Item]:
    """Take the trivia after the last element (the end of the file, usually) off it."""
    if not aot.body:
        return []
    container = deep_end(aot.body[-1].value)
    indices = _trailing_indices(container.body)
    items = [container.body[i][1] for i in indices]
    for i in indices:
        container.body[i] = (None, Null())
    return items


def attach_tail(aot: AoT, items: list[Item], parent: Container | None = None) -> None:
    """Put trivia taken by ``detach_tail`` after the (new) last element, or in
    ``parent`` when the array is now empty."""
    if not items:
        return
    target = deep_end(aot.body[-1].value) if aot.body else parent
    if target is None:
        return
    for item in items:
        target.add(item)


def separate(aot: AoT, index: int, *, parent_has_content: bool = True) -> None:
    """Give element ``index`` a blank line above its header unless it has one already."""
    table = aot.body[index]
    if index == 0 and not parent_has_content:
        return
    if index > 0:
        before = deep_end(aot.body[index - 1].value).body
        trailing = _trailing_indices(before)
        if trailing and isinstance(before[trailing[-1]][1], Whitespace):
            return
    if not table.trivia.indent.startswith("\n"):
        table.trivia.indent = "\n" + table.trivia.indent


def insert_table(aot: AoT, index: int, table: Table, parent: Container) -> None:
    """Insert ``table`` at ``index``, with a blank line above it and the file's end kept last."""
    tail = detach_tail(aot)
    index = max(0, min(index, len(aot.body)))
    aot.insert(index, table)
    separate(aot, index)
    if index + 1 < len(aot.body):
        separate(aot, index + 1)
    attach_tail(aot, tail, parent)


def remove_table(aot: AoT, index: int, parent: Container) -> None:
    """Delete element ``index`` with the comments above it; the file's end stays."""
    tail = detach_tail(aot)
    del aot[index]
    attach_tail(aot, tail, parent)


def move_table(aot: AoT, old: int, new: int) -> None:
    """Move element ``old`` to place ``new``, taking the comments above it along."""
    new = max(0, min(new, len(aot.body) - 1))
    if new == old:
        return
    tail = detach_tail(aot)
    table = aot.body[old]
    del aot[old]
    aot.insert(new, table)
    for index in (new, new + 1):
        if 0 < index < len(aot.body):
            separate(aot, index)
    attach_tail(aot, tail)
