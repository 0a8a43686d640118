"""The app controller: owns the course, the progress store, the session and the window.

It does what spans pages: loading banks (at start and from File > Open bank), opening the store
(with its recovery paths), offering to resume an unfinished quiz, and shutting down cleanly.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from quizapp.ui.app import install_translators, load_all, show_plain_message
from quizapp.ui.main_window import MainWindow
from quizapp.ui.widgets import plain_message_box

if TYPE_CHECKING:
    from quizapp.core.course import Course
    from quizapp.core.store import Store


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
        application = QCoreApplication.instance()
        if application is not None:
            install_translators(application)
        self.data_dir = data_dir
        self.extra_banks = list(extra_banks)
        self.settings = settings
        self.window = MainWindow(settings)
        self.store: Store | None = None
        self._add_actions()
        if not defer_loading:
            self.load()

    def load(self) -> None:
        """Load the course and the progress store, build the pages, offer to resume."""
        from quizapp.ui.session import QuizSession
        from quizapp.ui.store_ui import open_store

        self.course: Course = load_all(self.data_dir, self.extra_banks)
        self.store, status = open_store(self.window, self.data_dir)
        self.session = QuizSession(self.store)
        self.session.quiz_finished.connect(self._on_session_quiz_finished)
        self.window.attach(self.course, self.session, self.store)
        self.open_bank_action.setEnabled(True)
        self.import_action.setEnabled(True)
        self.restore_action.setEnabled(self.store is not None)
        if status:
            self.window.statusBar().showMessage(status)
        self.offer_resume()

    def offer_resume(self) -> None:
        """Offer to carry on with a quiz that was interrupted (crash, kill, power loss)."""
        from quizapp.core.store_errors import UnreadableQuizError

        if self.store is None:
            return
        try:
            state = self.store.unfinished_quiz()
        except UnreadableQuizError as error:
            self._offer_to_discard_unreadable(error.quiz_id)
            return
        if state is None:
            return
        box = plain_message_box(
            self.window,
            QMessageBox.Icon.Question,
            self.tr("Resume your quiz?"),
            self.tr(
                "A quiz was left unfinished after %1 of %2 questions. Every answer you gave is "
                "saved."
            )
            .replace("%1", str(state.next_index))
            .replace("%2", str(len(state.plan.items))),
        )
        resume = box.addButton(self.tr("&Resume"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard it"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(resume)
        box.exec()
        clicked = box.clickedButton()
        if clicked is resume:
            self.session.resume(state.to_quiz(), state.quiz_id)
        elif clicked is discard:
            self._discard(state.quiz_id)

    def _offer_to_discard_unreadable(self, quiz_id: int) -> None:
        """Say an interrupted quiz cannot be resumed by this version; discard or keep it."""
        box = plain_message_box(
            self.window,
            QMessageBox.Icon.Warning,
            self.tr("The interrupted quiz cannot be resumed"),
            self.tr(
                "A quiz was interrupted, but it was saved by a newer version of QuizApp and this "
                "version cannot read it. Discard it, or keep it to resume with a newer QuizApp."
            ),
        )
        discard = box.addButton(self.tr("&Discard it"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is discard:
            self._discard(quiz_id)

    def _discard(self, quiz_id: int) -> None:
        """Discard an unfinished quiz; say so in the status bar when that cannot be saved."""
        from quizapp.core.store_errors import StoreError

        assert self.store is not None
        try:
            self.store.discard_quiz(quiz_id)
        except StoreError as error:
            self.window.statusBar().showMessage(str(error))

    def _on_session_quiz_finished(self) -> None:
        from quizapp.core.store_errors import StoreError

        if self.store is None:
            return
        try:
            self.store.backup_after_quiz()
        except StoreError as error:
            self.window.statusBar().showMessage(
                self.tr("The automatic backup failed: %1").replace("%1", str(error))
            )

    def _on_restore_backup(self) -> None:
        from quizapp.ui.store_ui import choose_and_restore

        if self.store is None:
            return
        if self.session.quiz is not None and self.session.quiz.phase.value != "finished":
            show_plain_message(
                self.window,
                self.tr("Restore backup"),
                self.tr("Finish or leave the current quiz before restoring a backup."),
            )
            return
        store = choose_and_restore(self.window, self.store)
        if store is self.store:
            return
        self.store = store
        self.session.set_store(store)
        self.window.store = store
        if store is None:  # it could not be reopened (the learner was told why)
            self.restore_action.setEnabled(False)
            self.window.history_action.setEnabled(False)
            self.window.statusBar().showMessage(
                self.tr("Progress is not being saved until QuizApp is started again.")
            )
            if self.window.stack.currentWidget() is self.window.history_page:
                self.window.show_home()

    def _add_actions(self) -> None:
        open_bank = QAction(self.tr("&Open bank…"), self.window)
        open_bank.setShortcut(QKeySequence.StandardKey.Open)
        open_bank.triggered.connect(self._on_open_bank)
        self.window.add_file_action(open_bank)
        self.open_bank_action = open_bank
        open_bank.setEnabled(False)
        import_action = QAction(self.tr("&Import GIFT or Aiken file…"), self.window)
        import_action.setShortcut(QKeySequence(self.tr("Ctrl+I")))
        import_action.triggered.connect(self._on_import)
        import_action.setEnabled(False)
        self.window.add_file_action(import_action)
        self.import_action = import_action
        restore = QAction(self.tr("&Restore backup…"), self.window)
        restore.triggered.connect(self._on_restore_backup)
        restore.setEnabled(False)
        self.window.add_file_action(restore)
        self.restore_action = restore

    def start(self) -> None:
        """Show the window and report banks that failed to load."""
        self.window.show()

    def shutdown(self) -> None:
        """Save window state; close the store."""
        self.settings.sync()
        if self.store is not None:
            self.store.close()

    # -- banks -----------------------------------------------------------------------------

    def open_bank(self, path: Path) -> bool:
        """Load one more bank file or folder; show its problems when it fails.

        Returns:
            True when at least one bank from it loaded and no file of it failed.
        """
        from quizapp.core.course import bank_files, load_course
        from quizapp.core.resources import assets_dir

        loaded = {Path(bank.path).resolve() for bank in self.course.banks}
        files = bank_files(path)
        new_files = [file for file in files if file.resolve() not in loaded]
        if files and not new_files:
            show_plain_message(
                self.window,
                self.tr("The bank is already open"),
                self.tr("%1 is already open; its topics are on the home page.").replace(
                    "%1", path.name
                ),
            )
            return False
        before_banks = len(self.course.banks)
        before_failures = len(self.course.failures)
        load_course(new_files or [path], asset_roots=[assets_dir()], into=self.course)
        new_failures = self.course.failures[before_failures:]
        # The home page's note is about start-up failures only; these are in the message.
        del self.course.failures[before_failures:]
        self.window.refresh_course()
        if new_failures:
            from quizapp.ui.findings_text import describe_failures, first_findings

            show_plain_message(
                self.window,
                self.tr("The bank could not be loaded"),
                self.tr("%1 has problems; fix them and open it again:").replace("%1", path.name)
                + "\n\n"
                + first_findings(new_failures),
                describe_failures(new_failures, limit=200),
            )
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

    def _on_import(self) -> None:
        from quizapp.ui.bank_import import run_import

        written = run_import(self.window, self.data_dir)
        if written is not None:
            self.open_bank(written)
