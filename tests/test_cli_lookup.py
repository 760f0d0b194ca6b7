"""Naming a student or a class on the command line: exact matches, and close names."""

from __future__ import annotations

import pytest

from closeread.cli_lookup import NotFound, check_class, close_students, find_student
from closeread.core.records import Student

CLASS = [
    Student(1, "Maya Ng", "7B", "S004"),
    Student(2, "Mia Tan", "7A"),
    Student(3, "Ben Okafor", "7A", "S010"),
    Student(4, "Ana Silva", "7B"),
    Student(5, "Ana Silva", "7A"),
]


def test_a_name_in_any_case_a_student_id_or_closereads_number():
    assert find_student(CLASS, "maya ng").id == 1
    assert find_student(CLASS, "  MAYA   NG ").id == 1
    assert find_student(CLASS, "S010").id == 3
    assert find_student(CLASS, "2").id == 2


def test_a_shared_name_asks_for_the_number():
    with pytest.raises(NotFound, match=r"4: Ana Silva \(7B\); 5: Ana Silva \(7A\)\. Give the"):
        find_student(CLASS, "ana silva")


@pytest.mark.parametrize(
    ("wanted", "names"),
    [
        ("maya", ["Maya Ng"]),  # a first name
        ("mya ng", ["Maya Ng"]),  # a near spelling of the name
        ("okafr", ["Ben Okafor"]),  # a near spelling of a word of it
        ("S04", ["Maya Ng"]),  # a near student id
        ("ana", ["Ana Silva", "Ana Silva"]),
    ],
)
def test_close_names(wanted, names):
    assert [s.name for s in close_students(CLASS, wanted)] == names


def test_no_match_says_what_may_be_given():
    with pytest.raises(NotFound) as raised:
        find_student(CLASS, "Zed")
    message = str(raised.value)
    assert "5 students here, none with a name like it" in message
    assert "full name (any case)" in message and "student id" in message
    with pytest.raises(NotFound, match="No student has saved any work"):
        find_student([], "Zed")


def test_a_class_that_does_not_exist_names_those_that_do():
    check_class(CLASS, "7A")
    with pytest.raises(NotFound, match=r'^no class "10A" here\. The classes are: "7A", "7B"$'):
        check_class(CLASS, "10A")
    with pytest.raises(NotFound, match='Did you mean "7A"'):
        check_class(CLASS, "7a")
    with pytest.raises(NotFound, match="no student has a class yet"):
        check_class([Student(1, "Solo")], "7A")
