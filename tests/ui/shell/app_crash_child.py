"""Run by test_main_window: read as a student would, then die without closing anything.

Usage: python app_crash_child.py DATA_DIR PACK_FOLDER. Prints ``offset <n>`` (the first
visible character once scrolled) and kills itself with SIGKILL: no close event, no
atexit, no flush of anything that was not already committed.
"""

from __future__ import annotations

import os
import signal
import sys
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtWidgets import QApplication

from closeread.core.store.store import Store
from closeread.ui.shell.main_window import MainWindow
from closeread.ui.shell.navigation import Place


def wait(app: QApplication, seconds: float, until=lambda: False) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end and not until():
        app.processEvents()
        time.sleep(0.01)


def main() -> None:
    data_dir, pack = sys.argv[1], sys.argv[2]
    app = QApplication([])
    store = Store.open(data_dir)
    student = store.roster.add_student("Alex")
    window = MainWindow(store, student)
    window.show()
    window.open_pack_path(pack)
    wait(app, 20, lambda: window.pack is not None)
    window.go(Place("one", "why"))
    bar = window.article.verticalScrollBar()
    bar.setValue(bar.maximum() * 2 // 3)
    wait(app, 1.5)  # longer than the half second after which scrolling is saved
    print(f"offset {window.article.first_visible_offset()}", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main()
