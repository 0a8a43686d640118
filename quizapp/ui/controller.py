"""The app controller: owns the course, the progress store, the session and the window.

It does what spans pages: loading banks (at start and from File > Open bank), opening the store
(with its recovery paths), offering to resume an unfinished quiz, and shutting down cleanly.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog

from quizapp.ui.app import load_all, show_plain_message
from quizapp.ui.main_window import MainWindow, describe_failures

if TYPE_CHECKING:
    from quizapp.core.course import Course


class AppController(QObject):
    """Wires the parts of the running app together."""

    def __init__(
        self,
        data_dir: Path,
        extra_banks: list[Path],
        settings: QSettings,
        parent: QObject | None = None,
        *,
        defer_loading: bool = False,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.extra_banks = list(extra_banks)
        self.settings = settings
        self.window = MainWindow(settings)
        self._add_actions()
        if not defer_loading:
            self.load()

    def load(self) -> None:
        """Load the course and the progress store, then build the pages."""
        from quizapp.ui.session import QuizSession

        self.course: Course = load_all(self.data_dir, self.extra_banks)
        self.session = QuizSession()
        self.window.attach(self.course, self.session)
        self.open_bank_action.setEnabled(True)

    def _add_actions(self) -> None:
        open_bank = QAction(self.tr("&Open bank…"), self.window)
        open_bank.setShortcut(QKeySequence.StandardKey.Open)
        open_bank.triggered.connect(self._on_open_bank)
        self.window.add_file_action(open_bank)
        self.open_bank_action = open_bank
        open_bank.setEnabled(False)

    def start(self) -> None:
        """Show the window and report banks that failed to load."""
        self.window.show()

    def shutdown(self) -> None:
        """Save window state; close the store."""
        self.settings.sync()

    # -- banks -----------------------------------------------------------------------------

    def open_bank(self, path: Path) -> bool:
        """Load one more bank file or folder; show its problems when it fails.

        Returns:
            True when at least one bank from it loaded and no file of it failed.
        """
        from quizapp.core.course import Course, load_course
        from quizapp.core.resources import assets_dir

        before_banks = len(self.course.banks)
        before_failures = len(self.course.failures)
        load_course([path], asset_roots=[assets_dir()], into=self.course)
        new_failures = self.course.failures[before_failures:]
        self.window.refresh_course()
        if new_failures:
            failed = Course(failures=list(new_failures))
            show_plain_message(
                self.window,
                self.tr("The bank could not be loaded"),
                self.tr("%1 has problems; fix them and open it again:").replace("%1", path.name),
                describe_failures(failed, limit=200),
            )
            # Keep the home page's note about start-up failures only.
            del self.course.failures[before_failures:]
            self.window.refresh_course()
            return False
        self.extra_banks.append(path)
        return len(self.course.banks) > before_banks

    def _on_open_bank(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open question bank"),
            str(Path.home()),
            self.tr("Question banks (*.toml)"),
        )
        if name:
            self.open_bank(Path(name))
