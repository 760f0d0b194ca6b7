"""The UI's registry of kinds names the kinds of the core's registry, no more, no fewer."""

from closeread.core.kinds import registry


def test_the_ui_registry_names_the_same_kinds():
    from closeread.ui.editor.structure import KINDS, PART_KINDS
    from closeread.ui.exercises.kinds import WIDGETS

    assert set(WIDGETS) == set(registry.KINDS)
    assert tuple(registry.KINDS) == KINDS
    assert PART_KINDS == registry.PART_KINDS


def test_the_editor_knows_every_kind_and_only_those():
    from closeread.core.kinds.registry import KINDS
    from closeread.ui.editor.kinds import EDITOR_KINDS, kind_name

    assert list(EDITOR_KINDS) == list(KINDS)
    assert all(kind_name(kind) and kind_name(kind) != kind for kind in KINDS)
