"""The article as students read and mark it: the reading column, marks, decorations, snapping."""
