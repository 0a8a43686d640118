"""Start-up: the first frame comes before the course, and needs nothing heavy imported.

The app runs as ``python -m quizapp`` in a child process (offscreen, ``QUIZAPP_QUIT_AFTER=ready``).
A small harness in the child watches the main window and records ``sys.modules`` at its first
paint event, then again when the app has quit. A bare PySide6 window records its modules the
same way, so "heavy" means: anything beyond what a bare window imports, other than the app's own
few start-up modules. Measured (issue 2, Speed): PySide6 itself is most of a bare window's
start-up; pydantic, the bank loader, sqlite3 and the pages add about 0.7 s, which is why they
load after the first frame.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

#: The app's modules that the first frame needs (the window, its menus and "Loading…").
START_UP_MODULES = {
    "quizapp",
    "quizapp.cli",
    "quizapp.core",
    "quizapp.core.resources",
    "quizapp.ui",
    "quizapp.ui.app",
    "quizapp.ui.controller",
    "quizapp.ui.main_window",
    "quizapp.ui.widgets",
}
#: Standard-library modules the app's start-up may add to a bare window's (argparse's locale).
SMALL_EXTRAS = {"locale", "_locale"}
#: Named so that a failure reads clearly; each also fails the general check below.
HEAVY = (
    "pydantic",
    "fsrs",
    "tomli",
    "tomllib",
    "sqlite3",
    "logging.handlers",
    "PySide6.QtCharts",
    "PySide6.QtSvg",
    "PySide6.QtPrintSupport",
    "quizapp.core.course",
    "quizapp.core.model",
    "quizapp.core.store",
    "quizapp.ui.session",
    "quizapp.ui.pages.home",
)

HARNESS = """
import json, runpy, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow

found = {}

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "first_paint" not in found:
            found["first_paint"] = sorted(sys.modules)
        return False

watch = Watch()
show = QMainWindow.show

def watched_show(window):
    window.installEventFilter(watch)
    show(window)

QMainWindow.show = watched_show
sys.argv = [sys.argv[0], *sys.argv[1:]]
try:
    if sys.argv[1] == "bare":
        runpy.run_path(sys.argv[2], run_name="__main__")
    else:
        sys.argv = ["quizapp", *sys.argv[2:]]
        runpy.run_module("quizapp", run_name="__main__", alter_sys=True)
except SystemExit as stop:
    found["exit"] = stop.code
found["at_exit"] = sorted(sys.modules)
print(json.dumps(found))
"""


def _modules(args: list[str], tmp_path: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QUIZAPP_QUIT_AFTER": "ready"}
    done = subprocess.run(
        [sys.executable, "-c", HARNESS, *args],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["exit"] in (0, None), done.stderr
    assert "first_paint" in found, "the window was never painted"
    return found


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    folder = tmp_path_factory.mktemp("startup")
    bare = Path(__file__).parents[1] / "benchmarks" / "bare_window.py"
    return {
        "bare": _modules(["bare", str(bare)], folder),
        "app": _modules(["app", "--data-dir", str(folder / "data")], folder),
    }


def test_nothing_heavy_is_imported_before_the_first_frame(
    runs: dict[str, dict[str, object]],
) -> None:
    at_first_paint = set(runs["app"]["first_paint"])  # type: ignore[call-overload]
    bare = set(runs["bare"]["at_exit"])  # type: ignore[call-overload]
    assert [name for name in HEAVY if name in at_first_paint] == []
    extra = at_first_paint - bare - START_UP_MODULES - SMALL_EXTRAS
    assert sorted(extra) == [], "imported before the first frame, beyond a bare window's"


def test_the_course_loads_after_the_first_frame(runs: dict[str, dict[str, object]]) -> None:
    at_exit = set(runs["app"]["at_exit"])  # type: ignore[call-overload]
    # The home page was built from the loaded course before the app quit ("ready").
    assert {"quizapp.core.course", "quizapp.ui.pages.home", "quizapp.ui.session"} <= at_exit
