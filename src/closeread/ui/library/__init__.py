"""The library pane: installed packs, their lessons and exercises, with the student's progress."""
