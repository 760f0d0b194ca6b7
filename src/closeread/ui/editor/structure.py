"""Adding, deleting and moving exercises and the parts of analogies, as undoable steps.

A new exercise is valid from the start where its kind allows it: a choice has a right
and a wrong option, a matching exercise two pairs, an analogy one part. Its id is made
from its kind and kept apart from the ids the lesson has. Each operation returns the
outline row to show next; undoing it goes back to the row the teacher was on.
"""

from __future__ import annotations

from typing import Any

from closeread.core.kinds.registry import KINDS as CORE_KINDS
from closeread.core.kinds.registry import PART_KINDS as CORE_PART_KINDS
from closeread.core.pack.ids import unique_id
from closeread.ui.common.i18n import translate
from closeread.ui.editor.kinds import EDITOR_KINDS, kind_name
from closeread.ui.editor.outline import Node
from closeread.ui.editor.session import EditSession

KINDS = tuple(CORE_KINDS)  # the core's one list of kinds, in its order
PART_KINDS = CORE_PART_KINDS  # the kinds an analogy's part may be


def new_fields(kind: str) -> tuple[str, dict[str, Any]]:
    """The title and the fields of a new exercise of ``kind``."""
    if kind not in EDITOR_KINDS:
        raise ValueError(f"no exercise kind {kind!r}")
    return EDITOR_KINDS[kind].new()


def lesson_for(session: EditSession, node: Node | None) -> str | None:
    """The lesson file an added exercise goes into: the current one, else the last."""
    if node is not None and node.rel in session.docs:
        return node.rel
    open_files = [rel for rel in session.lesson_files if rel in session.docs]
    return open_files[-1] if open_files else None


def title_of(session: EditSession, rel: str, ref: str) -> str:
    """What the teacher calls an exercise or part: its title (else its id)."""
    try:
        title = session.docs[rel].exercise(ref).get("title")
    except (KeyError, ValueError):
        return ref
    return str(title) if title else ref


def here(node: Node | None) -> tuple[str, str] | None:
    return (node.rel, node.ref) if node is not None and node.rel else None


def add_exercise(session: EditSession, node: Node | None, kind: str) -> Node | None:
    """A new exercise after the current one (or last in the lesson); its row."""
    rel = lesson_for(session, node)
    if rel is None:
        session.failed.emit(
            translate("structure", "There is no lesson file open to add the exercise to.")
        )
        return None
    doc = session.docs[rel]
    ids = doc.exercise_ids()
    index = ids.index(node.exercise_id) + 1 if node and node.exercise_id in ids else None
    new_id = unique_id(kind, ids)
    title, fields = new_fields(kind)
    done = session.edit(
        rel,
        translate("structure", "Add a {kind} exercise").format(kind=kind_name(kind).lower()),
        lambda d: d.add_exercise(kind, new_id, title, fields=fields, index=index),
        focus_undo=here(node),
        focus_redo=(rel, new_id),
    )
    return Node("exercise", rel, new_id) if done else None


def add_part(session: EditSession, node: Node | None, kind: str) -> Node | None:
    """A new part of the current analogy, after the current part; its row."""
    if node is None or node.kind not in ("exercise", "part") or node.rel not in session.docs:
        return None
    doc = session.docs[node.rel]
    analogy = node.exercise_id
    if doc.exercise(analogy).get("kind") != "analogy":
        session.failed.emit(translate("structure", "Parts belong to an analogy: select one first."))
        return None
    parts = [str(part.get("id", "")) for part in doc.entries(analogy, "parts")]
    current = node.ref.partition("/")[2]
    index = parts.index(current) + 1 if current in parts else None
    part_id = unique_id(kind, parts)
    title, fields = new_fields(kind)
    entry = {"step": "breakdown", "id": part_id, "kind": kind, "title": title, **fields}
    done = session.edit(
        node.rel,
        translate("structure", "Add a part to “{title}”").format(
            title=title_of(session, node.rel, analogy)
        ),
        lambda d: d.add_entry(analogy, "parts", entry, index=index),
        focus_undo=here(node),
        focus_redo=(node.rel, f"{analogy}/{part_id}"),
    )
    return Node("part", node.rel, f"{analogy}/{part_id}") if done is not None else None


def delete(session: EditSession, node: Node) -> Node | None:
    """Delete the exercise or part; the row to show next (its neighbour, or the lesson)."""
    doc = session.docs[node.rel]
    if node.kind == "part":
        analogy, _, part = node.ref.partition("/")
        parts = [str(p.get("id", "")) for p in doc.entries(analogy, "parts")]
        index = parts.index(part)
        rest = parts[:index] + parts[index + 1 :]
        after = (
            Node("part", node.rel, f"{analogy}/{rest[min(index, len(rest) - 1)]}")
            if rest
            else Node("exercise", node.rel, analogy)
        )
        change = lambda d: d.remove_entry(analogy, "parts", index)  # noqa: E731
    else:
        ids = doc.exercise_ids()
        index = ids.index(node.ref)
        rest = ids[:index] + ids[index + 1 :]
        after = (
            Node("exercise", node.rel, rest[min(index, len(rest) - 1)])
            if rest
            else Node("lesson", node.rel)
        )
        change = lambda d: d.remove_exercise(node.ref)  # noqa: E731
    gone = title_of(session, node.rel, node.ref)
    session.edit(
        node.rel,
        translate("structure", "Delete “{title}”").format(title=gone),
        change,
        focus_undo=(node.rel, node.ref),
        focus_redo=(after.rel, after.ref),
    )
    return after


def move(session: EditSession, node: Node, delta: int) -> bool:
    """Move the exercise (or part) one place up (-1) or down (+1); False at the end."""
    doc = session.docs[node.rel]
    if node.kind == "part":
        analogy, _, part = node.ref.partition("/")
        siblings = [str(p.get("id", "")) for p in doc.entries(analogy, "parts")]
        index = siblings.index(part)
    else:
        siblings = doc.exercise_ids()
        index = siblings.index(node.ref)
    target = index + delta
    if not 0 <= target < len(siblings):
        return False
    title = title_of(session, node.rel, node.ref)
    session.edit(
        node.rel,
        translate("structure", "Move “{title}” up").format(title=title)
        if delta < 0
        else translate("structure", "Move “{title}” down").format(title=title),
        lambda d: d.move_exercise(node.ref, target),
        focus_undo=(node.rel, node.ref),
        focus_redo=(node.rel, node.ref),
    )
    return True
