"""A real store in a temporary folder, a student, the reader, and panels built on them."""

import shutil
from pathlib import Path

import pytest

from closeread.core.pack.load import load_pack
from closeread.core.store.store import Store
from closeread.ui.exercises import ExerciseContext, ExercisePanel
from closeread.ui.reading.reader import ArticleView

MINIPACK = Path(__file__).resolve().parents[2] / "core" / "fixtures" / "minipack"
PANEL_WIDTH = 440


@pytest.fixture
def store(tmp_path):
    store = Store.open(tmp_path / "data")
    yield store
    store.close()


@pytest.fixture
def student(store):
    return store.roster.add_student("Ada Lovelace", "5B")


@pytest.fixture
def reader(qtbot, minipack):
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_labels(minipack.labels)
    view.set_article(minipack.article)
    view.resize(640, 480)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def make_pack(tmp_path):
    """The minipack with more exercises (TOML appended to its lesson) or pack settings."""

    def make(exercises: str = "", *, settings: str = "", name: str = "pack"):
        root = tmp_path / name
        shutil.copytree(MINIPACK, root)
        if settings:
            pack_toml = root / "pack.toml"
            text = pack_toml.read_text()
            pack_toml.write_text(text.replace("format = 1\n", f"format = 1\n{settings}\n", 1))
        if exercises:
            lesson = root / "lessons" / "one.toml"
            lesson.write_text(lesson.read_text() + "\n" + exercises)
        result = load_pack(root)
        assert result.pack is not None, [str(problem) for problem in result.problems]
        return result.pack

    return make


@pytest.fixture
def make_panel(qtbot, store, student, minipack):
    """An ExercisePanel for one exercise, shown at a side panel's width."""

    def make(exercise_id, *, pack=None, reader=None, width=PANEL_WIDTH, show=True):
        pack = pack or minipack
        lesson = pack.lessons[0]
        context = ExerciseContext(
            store, student.id, pack, lesson, lesson.exercise(exercise_id), reader
        )
        panel = ExercisePanel(context)
        qtbot.addWidget(panel)
        panel.resize(width, 760)
        if show:
            panel.show()
            qtbot.waitExposed(panel)
        return panel

    return make
