"""The unfinished quiz, from the home page: offer to resume it, and ask before replacing it.

A quiz the learner left (Quit quiz, or "Not now" when it was offered at start) stays in the
store, unfinished. The home page offers to resume it; starting another quiz first asks, since a
new quiz sets the unfinished one aside for good (its answers stay in the history export).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from quizapp.ui.widgets import plain_message_box

if TYPE_CHECKING:
    from quizapp.core.store_records import ResumeState
    from quizapp.ui.main_window import MainWindow


class UnfinishedQuiz(QObject):
    """Resume or replace the learner's unfinished quiz."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def attach(self) -> None:
        """Wire to the home page once the course is loaded."""
        self.window.home_page.resume_requested.connect(self.resume)
        self.window.page_changed.connect(self._on_page_changed)
        self.refresh()

    def _state(self) -> ResumeState | None:
        """Return the unfinished quiz, or None (also when it cannot be read or loaded)."""
        from quizapp.core.store_errors import StoreError

        store = self.window.store
        if store is None:
            return None
        try:
            return store.unfinished_quiz()
        except StoreError:  # unreadable by this version: offered (to discard) at start only
            return None

    def _on_page_changed(self, name: str) -> None:
        if name == self.window.home_page.objectName():
            self.refresh()

    def refresh(self) -> None:
        """Show on the home page whether a quiz can be resumed."""
        state = self._state()
        if state is None:
            self.window.home_page.set_unfinished(0, 0)
        else:
            self.window.home_page.set_unfinished(state.next_index, len(state.plan.items))

    def resume(self) -> None:
        """Carry on with the unfinished quiz at its next question."""
        state = self._state()
        if state is None:
            self.refresh()
            return
        self.window.session.resume(state.to_quiz(), state.quiz_id)

    def confirm_leave(self) -> bool:
        """Ask before leaving a quiz in progress; True to leave (it stays resumable)."""
        box = plain_message_box(
            self.window,
            QMessageBox.Icon.Question,
            self.tr("Leave the quiz?"),
            self.tr(
                "Leave this quiz? Your answers so far are saved; you can resume it from the "
                "home page, or when QuizApp next starts."
            ),
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def replace_ok(self) -> bool:
        """Ask before a new quiz sets the unfinished one aside; True to start the new one.

        "Resume it" resumes the unfinished quiz instead (and returns False).
        """
        state = self._state()
        if state is None:
            return True
        box = plain_message_box(
            self.window,
            QMessageBox.Icon.Question,
            self.tr("Start a new quiz?"),
            self.tr(
                "You have an unfinished quiz (%1 of %2 questions answered). Once a new quiz "
                "starts, it can no longer be resumed; the answers you gave in it are kept."
            )
            .replace("%1", str(state.next_index))
            .replace("%2", str(len(state.plan.items))),
        )
        start = box.addButton(self.tr("&Start new quiz"), QMessageBox.ButtonRole.AcceptRole)
        resume = box.addButton(self.tr("Res&ume it"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(resume)
        box.exec()
        if box.clickedButton() is resume:
            self.window.session.resume(state.to_quiz(), state.quiz_id)
        return box.clickedButton() is start
