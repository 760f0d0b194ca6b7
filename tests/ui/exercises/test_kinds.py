"""The UI's registry of kinds names the kinds of the core's registry, no more, no fewer."""

from closeread.core.kinds import registry


def test_the_ui_registry_names_the_same_kinds():
    from closeread.ui.editor.structure import KINDS, PART_KINDS
    from closeread.ui.exercises.kinds import WIDGETS

    assert set(WIDGETS) == set(registry.KINDS)
    assert tuple(registry.KINDS) == KINDS
    assert PART_KINDS == registry.PART_KINDS
