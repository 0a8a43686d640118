"""Composition root: create the application, decide where data lives, load the course, wire up.

Only this module decides paths (``QStandardPaths``, overridden by ``--data-dir``). It also
installs the last line of defence: errors are logged to a rotating file in the data folder and
shown in a plain-text dialog, never as a traceback.

Start-up order: the window is painted first; the course, the store and the log file load in the
event-loop turn after that first paint. Until then only what the first frame needs is imported
(``tests/ui/test_startup_imports.py``); this module leaves dialogs and the ``Qt`` namespace (its
~100 enums take ~40 ms to build) until they are used.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QLockFile,
    QObject,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QWidget

from quizapp import __version__

if TYPE_CHECKING:
    from quizapp.core.course import Course

ORGANIZATION = "QuizApp"
APPLICATION = "QuizApp"
DESKTOP_FILE = "io.github.quizapp.QuizApp"
EXIT_NO_DISPLAY = 2
EXIT_ALREADY_RUNNING = 3
#: If the window is not painted by then (minimised, on a hidden workspace), load anyway.
LOAD_FALLBACK_MS = 1000

log = logging.getLogger("quizapp")


def install_translators(app: QCoreApplication) -> None:
    """Load the English plural forms, then the user's language when one is shipped (once)."""
    if app.property("quizapp_translators"):
        return
    folder = str(Path(__file__).parent / "i18n")
    english = QTranslator(app)
    if english.load("quizapp_en", folder):
        app.installTranslator(english)
    local = QTranslator(app)
    if local.load(QLocale(), "quizapp", "_", folder):
        app.installTranslator(local)
    app.setProperty("quizapp_translators", True)


def has_display() -> bool:
    """Tell whether Qt can open a window here (an X11 or Wayland display, or a set platform).

    Checked before Qt starts, because Qt aborts the process with several lines of its own when
    it cannot reach the display. A local X display (``:0``) must have its socket; a Wayland
    display its socket in ``XDG_RUNTIME_DIR``; a platform set by name (``offscreen``) is
    trusted, except ``xcb`` and ``wayland`` without their display.
    """
    if sys.platform != "linux":
        return True
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform and platform not in ("xcb", "wayland"):
        return True
    x11 = platform != "wayland" and _x11_display_reachable(os.environ.get("DISPLAY", ""))
    wayland = platform != "xcb" and _wayland_display_reachable(
        os.environ.get("WAYLAND_DISPLAY", "")
    )
    return x11 or wayland


def _x11_display_reachable(display: str) -> bool:
    """Tell whether an X display name points at a display that exists (remote ones: assumed)."""
    if not display:
        return False
    host, _, number = display.rpartition(":")
    if host not in ("", "unix"):
        return True  # host:N over the network: only Qt can tell
    socket = Path("/tmp/.X11-unix") / f"X{number.split('.')[0]}"
    return socket.exists()


def _wayland_display_reachable(display: str) -> bool:
    """Tell whether a Wayland display socket exists."""
    if not display:
        return False
    if Path(display).is_absolute():
        return Path(display).exists()
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    return bool(runtime) and (Path(runtime) / display).exists()


def default_data_dir() -> Path:
    """Return the per-user app data folder (names must be set first; see :func:`set_names`)."""
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def set_names() -> None:
    """Set the organisation and application names Qt uses for paths and settings."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)


def course_paths(data_dir: Path, extra: list[Path]) -> list[Path]:
    """Return where banks are read from: bundled, the user's folder, then ``--bank`` paths."""
    from quizapp.core.resources import questions_dir

    paths = [questions_dir()]
    user = data_dir / "questions"
    if user.is_dir():
        paths.append(user)
    return paths + extra


def load_all(data_dir: Path, extra: list[Path]) -> Course:
    """Load the bundled course, the user's banks and extra banks; failures are kept."""
    from quizapp.core.course import load_course
    from quizapp.core.resources import assets_dir

    return load_course(course_paths(data_dir, extra), asset_roots=[assets_dir()])


def setup_logging(data_dir: Path) -> None:
    """Log to a rotating file in the data folder."""
    import logging.handlers  # imported here: it pulls in socket and pickle, slow at start-up

    handler = logging.handlers.RotatingFileHandler(
        data_dir / "quizapp.log", maxBytes=512_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


class AfterFirstPaint(QObject):
    """Run a callback once, in the event-loop turn after a widget's next paint.

    That paint is on screen by then (the backing store flushes right after painting), so slow
    work started from the callback no longer delays the frame the user is waiting for.
    """

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Watch for the paint event; never consume it."""
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def show_plain_message(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """Show a modal plain-text message (never rich text)."""
    from PySide6.QtWidgets import QMessageBox

    from quizapp.ui.widgets import plain_message_box

    plain_message_box(parent, QMessageBox.Icon.Warning, title, text, details).exec()


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
    translate = QCoreApplication.translate
    show_plain_message(
        None,
        translate("App", "Something went wrong"),
        translate(
            "App",
            "QuizApp hit an unexpected problem: %1\nYour saved answers are safe. Details are in "
            "the log file in the data folder.",
        ).replace("%1", str(error)),
    )


def main(args: argparse.Namespace) -> int:
    """Open the app; return its exit code."""
    if not has_display():
        print(
            "quizapp: no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
            "run it in a desktop session, or use 'xvfb-run quizapp' on a headless machine.",
            file=sys.stderr,
        )
        return EXIT_NO_DISPLAY
    set_names()
    QApplication.setDesktopFileName(DESKTOP_FILE)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_translators(app)
    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"quizapp: cannot create the data folder {data_dir}: {error}", file=sys.stderr)
        return 1
    lock = QLockFile(str(data_dir / "quizapp.lock"))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):
        message = QCoreApplication.translate(
            "App", "QuizApp is already running with this data folder (%1)."
        ).replace("%1", str(data_dir))
        print(f"quizapp: {message}", file=sys.stderr)
        show_plain_message(None, QCoreApplication.translate("App", "QuizApp"), message)
        return EXIT_ALREADY_RUNNING
    sys.excepthook = _excepthook
    from quizapp.ui.controller import AppController

    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    controller = AppController(data_dir, list(args.bank), settings, defer_loading=True)
    # "shown" or "ready": quit at the first frame, or when the home page is drawn (benchmarks).
    quit_when = os.environ.get("QUIZAPP_QUIT_AFTER", "")
    loaded = False

    def finish_start() -> None:
        nonlocal loaded
        if loaded:
            return
        loaded = True
        setup_logging(data_dir)
        controller.load()
        if quit_when == "ready":
            AfterFirstPaint(controller.window, app.quit)
            controller.window.update()

    AfterFirstPaint(controller.window, app.quit if quit_when == "shown" else finish_start)
    if quit_when != "shown":
        QTimer.singleShot(LOAD_FALLBACK_MS, finish_start)
    controller.start()
    code = app.exec()
    controller.shutdown()
    lock.unlock()
    return code
