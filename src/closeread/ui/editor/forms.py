"""The forms of the pack editor: a lesson's fields, and an exercise's fields for its kind.

Every form is built from :class:`~closeread.ui.editor.fields.Field` specs in the same
way: what every exercise has (id, title, prompt, scoring, explanation, hints), around
what its kind adds (:mod:`closeread.ui.editor.kinds`: options, accepted answers and a
rubric, pairs and distractors, labels).
Each change is applied to the lesson file through ``LessonDocument`` as one undoable
step (:meth:`EditSession.edit`); the form then shows the file's values again, so what
the teacher sees is always what will be saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from closeread.core.authoring.lesson_writer import LessonDocument
from closeread.core.pack.model import Label
from closeread.ui.common.actions import without_mnemonic
from closeread.ui.common.i18n import translate
from closeread.ui.common.outside_text import plain_label
from closeread.ui.editor.entries import EntryList
from closeread.ui.editor.fields import Field, FieldForm
from closeread.ui.editor.kinds import EDITOR_KINDS, EntryListSpec, kind_name, one_line
from closeread.ui.editor.outline import Node
from closeread.ui.editor.session import EditSession

STEPS = (("compared", "compared"), ("principle", "principle"), ("breakdown", "breakdown"))


def exercise_fields(kind: str, *, part: bool) -> list[Field]:
    """The fields of an exercise of ``kind`` (an analogy's part when ``part``)."""
    fields = (
        [Field("step", translate("forms", "&Step"), "choice", choices=STEPS, editable=True)]
        if part
        else []
    )
    fields += [
        Field(
            "id",
            translate("forms", "Exercise &id"),
            "id",
            required=True,
            tip=translate(
                "forms",
                "The exercise's permanent name: saved answers find it by this. "
                "Lower-case letters, digits, - and _.",
            ),
        ),
        Field("title", translate("forms", "Exercise &name"), "line", required=True),
        Field(
            "prompt",
            translate("forms", "&Prompt"),
            "text",
            tip=translate("forms", "What students are asked (Markdown)."),
        ),
    ]
    spec = EDITOR_KINDS[kind]
    fields += spec.fields()
    if spec.own_points:
        fields.append(
            Field(
                "points",
                translate("forms", "P&oints"),
                "number",
                default=1,
                minimum=0.25,
                maximum=1000,
            )
        )
    if not part:
        fields += [
            Field(
                "attempts",
                translate("forms", "Atte&mpts"),
                "int",
                default=3,
                maximum=99,
                special=translate("forms", "No limit"),
            ),
            Field(
                "counts",
                translate("forms", "&Counts"),
                "choice",
                default="best",
                choices=(
                    ("best", translate("forms", "the best attempt")),
                    ("last", translate("forms", "the last attempt")),
                ),
            ),
        ]
    fields.append(
        Field(
            "explanation",
            translate("forms", "&Explanation"),
            "text",
            tip=translate("forms", "Shown after checking."),
        )
    )
    return fields


def entry_lists(kind: str) -> list[EntryListSpec]:
    """The lists of entries of an exercise of ``kind``: its own, then its hints."""
    spec = EDITOR_KINDS[kind]
    lists = spec.lists()
    if spec.hints:
        lists.append(
            EntryListSpec(
                "hints",
                translate("forms", "Hints"),
                [
                    Field("text", translate("forms", "&Hint"), "text", required=True),
                    Field(
                        "cost",
                        translate("forms", "C&ost (points)"),
                        "number",
                        default=0,
                        maximum=1000,
                    ),
                ],
                lambda e: one_line(e.get("text")),
                {"text": translate("forms", "A hint.")},
            )
        )
    return lists


class ExerciseForm(QWidget):
    """The fields of one exercise or part; ``renamed(ref)`` after its id changed."""

    renamed = Signal(str)

    def __init__(self, session: EditSession, node: Node, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.node = node
        self.rel, self.ref = node.rel, node.ref
        data = self.doc.exercise(self.ref)
        self.kind = str(data.get("kind", ""))
        part = node.kind == "part"
        self.setAccessibleName(translate("forms", "Exercise fields"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(10)
        if part:
            analogy = self.doc.exercise(node.exercise_id).get("title") or node.exercise_id
            heading = translate("forms", "{kind}: a part of the analogy “{title}”").format(
                kind=kind_name(self.kind), title=analogy
            )
        else:
            heading = translate("forms", "{kind} exercise").format(kind=kind_name(self.kind))
        self.heading = plain_label(heading, self)  # the title is the pack's
        self.heading.setObjectName("formHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.fields = FieldForm(exercise_fields(self.kind, part=part), self)
        self.fields.show_row("id", session.show_ids)
        self.fields.set_root(session.root)
        if "labels" in self.fields.fields:
            self.fields.set_label_choices("labels", session.labels)
        self.fields.edited.connect(self._set_field)
        layout.addWidget(self.fields)
        if self.kind == "analogy":
            note = QLabel(
                translate(
                    "forms",
                    "An analogy is worth the sum of its parts' points. Its parts are the rows "
                    "below it in the outline; add one with Exercise ▸ Add Part to the Analogy.",
                ),
                self,
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        self.lists: dict[str, EntryList] = {}
        self.list_titles: dict[str, str] = {}  # "options", "pairs" as the teacher reads them
        for spec in entry_lists(self.kind):
            name, title, fields, summary, new = (
                spec.name,
                spec.title,
                spec.fields,
                spec.summary,
                spec.new,
            )
            entries = EntryList(name, title, fields, summary, self)
            entries.form.set_root(session.root)
            self.list_titles[name] = without_mnemonic(title).lower()
            entries.addRequested.connect(lambda n=name, e=new: self._add_entry(n, e))
            entries.removeRequested.connect(lambda i, n=name: self._remove_entry(n, i))
            entries.moveRequested.connect(lambda i, j, n=name: self._move_entry(n, i, j))
            entries.fieldEdited.connect(lambda i, k, v, n=name: self._set_entry(n, i, k, v))
            layout.addWidget(entries)
            self.lists[name] = entries
        layout.addStretch(1)
        self.reload()

    @property
    def doc(self) -> LessonDocument:
        return self.session.docs[self.rel]

    def reload(self) -> None:
        """Show the values in the lesson file now."""
        self.fields.load(self.doc.exercise(self.ref))
        for name, entries in self.lists.items():
            entries.load(self.doc.entries(self.ref, name))

    # -- edits ------------------------------------------------------------------------------

    def _edit(self, description: str, change, merge=None, focus=None) -> None:
        here = (self.rel, self.ref)
        self.session.edit(
            self.rel, description, change, merge=merge, focus_undo=here, focus_redo=focus or here
        )

    def _set_field(self, key: str, value: object) -> None:
        if key == "id":
            parent, _, _ = self.ref.rpartition("/")
            new_ref = f"{parent}/{value}" if parent else str(value)
            here = (self.rel, self.ref)

            def rename(doc: LessonDocument) -> bool:
                doc.set_field(self.ref, "id", value)
                return True

            done = self.session.edit(
                self.rel,
                translate("forms", "Change the exercise's id to {id}").format(id=value),
                rename,
                focus_undo=here,
                focus_redo=(self.rel, new_ref),
            )
            if done:
                self.ref = new_ref
                self.renamed.emit(new_ref)
            else:
                self.reload()
            return
        label = without_mnemonic(self.fields.fields[key].label)
        self._edit(
            translate("forms", "Edit {field}").format(field=label),
            lambda doc: doc.set_field(self.ref, key, value),
            merge=(self.ref, key),
        )

    def _add_entry(self, name: str, entry: dict[str, Any]) -> None:
        self._edit(
            translate("forms", "Add to {list}").format(list=self.list_titles[name]),
            lambda doc: doc.add_entry(self.ref, name, entry),
        )

    def _remove_entry(self, name: str, index: int) -> None:
        self._edit(
            translate("forms", "Remove from {list}").format(list=self.list_titles[name]),
            lambda doc: doc.remove_entry(self.ref, name, index),
        )

    def _move_entry(self, name: str, index: int, new_index: int) -> None:
        self._edit(
            translate("forms", "Reorder {list}").format(list=self.list_titles[name]),
            lambda doc: doc.move_entry(self.ref, name, index, new_index),
        )

    def _set_entry(self, name: str, index: int, key: str, value: object) -> None:
        self._edit(
            translate("forms", "Edit {list}").format(list=self.list_titles[name]),
            lambda doc: doc.set_entry_field(self.ref, name, index, key, value),
            merge=(self.ref, name, index, key),
        )


LESSON_FIELDS = [
    Field(
        "id",
        translate("forms", "Lesson &id"),
        "id",
        required=True,
        tip=translate("forms", "The lesson's permanent name: saved work finds it by this."),
    ),
    Field("title", translate("forms", "Lesson &name"), "line", required=True),
    Field(
        "intro",
        translate("forms", "&Introduction"),
        "text",
        tip=translate("forms", "Shown before the first exercise."),
    ),
    Field(
        "requires",
        translate("forms", "&Best done after"),
        "lessons",
        tip=translate("forms", "The lessons best done before this one."),
    ),
]


class LessonForm(QWidget):
    """A lesson's own fields (its exercises are the rows below it in the outline)."""

    def __init__(self, session: EditSession, rel: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rel = rel
        self.setAccessibleName(translate("forms", "Lesson fields"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        self.fields = FieldForm(LESSON_FIELDS, self)
        self.fields.show_row("id", session.show_ids)
        self.fields.set_root(session.root)
        others = [
            Label(session.lesson_id(other), session.lesson_title(other), "", "")
            for other in session.lesson_files
            if other != rel and session.lesson_id(other)
        ]
        self.fields.set_label_choices("requires", others)
        self.fields.edited.connect(self._set_field)
        layout.addWidget(self.fields)
        layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        self.fields.load(self.session.docs[self.rel].doc.unwrap())

    def _set_field(self, key: str, value: object) -> None:
        label = without_mnemonic(self.fields.fields[key].label)
        here = (self.rel, "")
        self.session.edit(
            self.rel,
            translate("forms", "Edit lesson {field}").format(field=label),
            lambda doc: doc.set_lesson_field(key, value),
            merge=("lesson", key),
            focus_undo=here,
            focus_redo=here,
        )
        if key == "id":
            self.reload()
