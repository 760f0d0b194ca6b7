"""Finding the student or the class a teacher names on the command line, and saying
plainly what is there when nothing matches.

``--student NAME_OR_ID`` takes a student's full name (in any case), the student id the
student typed in their profile (the school's, e.g. ``S004``), or CloseRead's own number
for the student, which the command prints when two students share a name. A name
that matches nobody gets the close names (a word of the name, or a near spelling);
a ``--class`` that matches no class gets the classes there are.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from closeread.core.records import Student, plain

STUDENT_HELP = (
    "the student: their full name (any case), their student id as typed in their "
    "profile (the school's, e.g. S004), or CloseRead's number for them (printed when "
    "two students share a name)"
)
MAX_SUGGESTIONS = 5


class NotFound(Exception):
    """Nobody (or no class) matches; ``str()`` is the message for the teacher."""


def find_student(students: Sequence[Student], wanted: str) -> Student:
    """The one student ``wanted`` names, or :class:`NotFound` saying who is there."""
    text = wanted.strip()
    exact = [s for s in students if text.isdigit() and s.id == int(text)]
    exact = exact or [s for s in students if s.student_number and s.student_number == text]
    exact = exact or [s for s in students if plain(s.name) == plain(text)]
    if len(exact) == 1:
        return exact[0]
    if exact:
        listed = "; ".join(f"{s.id}: {describe(s)}" for s in exact)
        raise NotFound(
            f'more than one student is "{wanted}": {listed}. Give the number before the '
            "colon (CloseRead's number for the student) instead of the name"
        )
    close = close_students(students, text)
    if close:
        hint = f" Did you mean: {'; '.join(describe(s) for s in close)}?"
    elif students:
        hint = f" There are {len(students)} students here, none with a name like it."
    else:
        hint = " No student has saved any work in this data folder."
    raise NotFound(f'no student "{wanted}" here.{hint} --student takes {STUDENT_HELP}.')


def close_students(students: Sequence[Student], wanted: str) -> list[Student]:
    """Students whose name holds ``wanted`` as a word or a start, then near spellings of
    the name or the student id; at most :data:`MAX_SUGGESTIONS`."""
    key = plain(wanted)
    if not key:
        return []
    found: list[Student] = []
    for student in students:
        name = plain(student.name)
        if any(word.startswith(key) for word in name.split()) or name.startswith(key):
            found.append(student)
    names = {plain(s.name): s for s in students}
    numbers = {plain(s.student_number): s for s in students if s.student_number}
    for pool in (names, numbers):
        for match in difflib.get_close_matches(key, list(pool), n=MAX_SUGGESTIONS, cutoff=0.7):
            if pool[match] not in found:
                found.append(pool[match])
    for student in students:  # a word of the name spelt nearly like it: "mya" for "Maya Ng"
        words = plain(student.name).split()
        if student not in found and difflib.get_close_matches(key, words, n=1, cutoff=0.75):
            found.append(student)
    return found[:MAX_SUGGESTIONS]


def describe(student: Student) -> str:
    """``Maya Ng (7B, student id S004)``."""
    parts = [part for part in (student.class_name,) if part]
    if student.student_number:
        parts.append(f"student id {student.student_number}")
    return f"{student.name} ({', '.join(parts)})" if parts else student.name


def check_class(students: Sequence[Student], wanted: str) -> None:
    """Nothing if some student is in class ``wanted``; else :class:`NotFound` naming
    the classes there are (a report of a class that does not exist would be empty)."""
    classes = sorted({s.class_name for s in students if s.class_name}, key=str.casefold)
    if wanted in classes:
        return
    if not classes:
        raise NotFound(f'no class "{wanted}" here: no student has a class yet (leave out --class)')
    same = [name for name in classes if plain(name) == plain(wanted)]
    close = same or difflib.get_close_matches(wanted, classes, n=3, cutoff=0.5)
    quoted = [f'"{name}"' for name in close]
    hint = f" Did you mean {' or '.join(quoted)}?" if close else ""
    listed = ", ".join(f'"{name}"' for name in classes)
    raise NotFound(f'no class "{wanted}" here.{hint} The classes are: {listed}')
