"""Learning over time in the window: review due, certainty marks, myths, mistakes, statistics.

:class:`LearningScreens` adds the menu entries, builds each screen the first time it is opened
(the statistics screen imports QtCharts only then), and turns the pages' requests into
quizzes and study sheets. It reads the progress database through ``Store.reader()`` and never
writes to it: answers, schedules and misconception events are stored by the store itself with
each answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from quizapp.ui.app import show_plain_message
from quizapp.ui.session import utc_now  # looked up here at call time: tests move the clock
from quizapp.ui.widgets import format_points

if TYPE_CHECKING:
    from quizapp.core.engine import QuizResult
    from quizapp.core.learning_queries import Mistake, MistakeFilter
    from quizapp.ui.main_window import MainWindow
    from quizapp.ui.pages.mistakes import MistakesPage
    from quizapp.ui.pages.myths import MythsPage
    from quizapp.ui.pages.statistics import StatisticsPage


#: The home page is woken when a question comes due within this time (a day).
DUE_TIMER_LIMIT_MS = 24 * 3600 * 1000


class LearningScreens(QObject):
    """The learning-over-time part of the main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._myths_page: MythsPage | None = None
        self._mistakes_page: MistakesPage | None = None
        self._statistics_page: StatisticsPage | None = None
        self._return_to: QWidget | None = None
        # Wakes the home page when the next question comes due while the app is open.
        self._due_timer = QTimer(self)
        self._due_timer.setSingleShot(True)
        self._due_timer.timeout.connect(self.refresh_due)
        self.mistakes_action = self._view_action(self.tr("&Mistakes"), self.tr("Ctrl+M"))
        self.mistakes_action.triggered.connect(self.show_mistakes)
        self.myths_action = self._view_action(
            self.tr("M&yths you still believe"), self.tr("Ctrl+Shift+M")
        )
        self.myths_action.triggered.connect(self.show_myths)
        self.statistics_action = self._view_action(self.tr("S&tatistics"), self.tr("Ctrl+T"))
        self.statistics_action.triggered.connect(self.show_statistics)
        self.export_action = QAction(self.tr("&Export study sheet…"), window)
        self.export_action.setShortcut(QKeySequence(self.tr("Ctrl+E")))
        self.export_action.triggered.connect(self.export_all_missed)
        self.export_action.setEnabled(False)
        window.add_file_action(self.export_action)

    def _view_action(self, text: str, shortcut: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.setEnabled(False)
        self.window.view_menu.addAction(action)
        return action

    def attach(self) -> None:
        """Wire to the window's pages and session once the course is loaded."""
        window = self.window
        window.home_page.review_due_requested.connect(self.start_review_due)
        window.session.quiz_finished.connect(self._on_quiz_finished)
        window.page_changed.connect(self._on_page_changed)
        for action in (
            self.mistakes_action,
            self.myths_action,
            self.statistics_action,
            self.export_action,
        ):
            action.setEnabled(window.store is not None)
        self.refresh_due()

    # -- reading --------------------------------------------------------------------------

    def refresh_due(self) -> None:
        """Show on the home page how many questions are due now, or when the next one is.

        Only questions of the loaded banks count (Review due can ask no others). The page is
        woken again when the next question comes due, so the count never goes stale.
        """
        from quizapp.core.learning_store import due_count, next_due

        store = self.window.store
        self._due_timer.stop()
        if store is None:
            self.window.home_page.set_due_count(0)
            return
        now = utc_now()
        loaded = {question.id for _, question in self.window.course.questions()}
        count = due_count(store.reader(), now, loaded)
        coming = next_due(store.reader(), now, loaded)
        note = "" if coming is None or count else self._when(coming, now)
        self.window.home_page.set_due_count(count, note)
        if coming is not None:
            wait_ms = (coming - now).total_seconds() * 1000 + 1000
            if wait_ms < DUE_TIMER_LIMIT_MS:
                self._due_timer.start(max(int(wait_ms), 0))

    def _when(self, moment: dt.datetime, now: dt.datetime) -> str:
        """Return when the next question comes due: a clock time today, else a date."""
        local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
        today = QDateTime.fromSecsSinceEpoch(int(now.timestamp())).toLocalTime().date()
        locale = QLocale()
        short = QLocale.FormatType.ShortFormat
        if local.date() == today:
            text = self.tr("Nothing is due for review now; the next question comes due at %1.")
            return text.replace("%1", locale.toString(local.time(), short))
        text = self.tr("Nothing is due for review now; the next question comes due on %1.")
        return text.replace("%1", locale.toString(local.date(), short))

    def _on_page_changed(self, name: str) -> None:
        if name == self.window.home_page.objectName():
            self.refresh_due()

    def _show(self, page: QWidget) -> None:
        current = self.window.stack.currentWidget()
        if current is not page and current is not None:
            self._return_to = current
        self.window.show_page(page)

    def _back(self) -> None:
        window = self.window
        target = self._return_to
        if target is None or target is window.quiz_page:
            window.show_home()
        else:
            window.show_page(target)

    # -- quizzes --------------------------------------------------------------------------

    def start_review_due(self) -> bool:
        """Start a quiz of the questions due for review, most overdue first.

        The home page's length and mode apply; the questions are reshuffled.

        Returns:
            False when nothing due is still in a loaded bank.
        """
        from quizapp.core.learning_queries import sources_for
        from quizapp.core.learning_store import due_questions

        store = self.window.store
        if store is None:
            return False
        due = due_questions(store.reader(), utc_now())
        sources = sources_for(self.window.course, [item.question_id for item in due])
        choice = self.window.home_page.choice()
        if choice.length is not None:
            sources = sources[: choice.length]
        if not sources:
            show_plain_message(
                self.window,
                self.tr("Nothing to review"),
                self.tr("The questions due for review are not in any loaded bank."),
            )
            self.refresh_due()
            return False
        return self.window.start_quiz(sources, None, choice.mode)

    def retry_questions(self, question_ids: Sequence[str]) -> bool:
        """Start a practice quiz of these questions (as the loaded banks have them now)."""
        from quizapp.core.engine import Mode
        from quizapp.core.learning_queries import sources_for

        sources = sources_for(self.window.course, question_ids)
        if not sources:
            show_plain_message(
                self.window,
                self.tr("Nothing to retry"),
                self.tr("These questions are not in any loaded bank any more."),
            )
            return False
        return self.window.start_quiz(sources, None, Mode.PRACTICE)

    def _on_quiz_finished(self, result: QuizResult) -> None:
        self.window.results_page.set_extra(self.certainty_text(result))

    def certainty_text(self, result: QuizResult) -> str:
        """Return the results' certainty-based line(s), or "" when no confidence was given."""
        from quizapp.core.certainty import cbm_summary

        quiz = self.window.session.quiz
        if quiz is None:
            return ""
        summary = cbm_summary(quiz.responses)
        if not summary.answers or summary.without_confidence == summary.answers:
            return ""
        lines = [
            self.tr(
                "Certainty-based score: %1 of a possible %2 (average %3 per answer, on "
                "Moodle's scale: right +1, +2, +3 and wrong 0, -2, -6 for low, medium, "
                "high confidence)."
            )
            .replace("%1", format_points(summary.total))
            .replace("%2", format_points(summary.max_total))
            .replace("%3", f"{summary.average:.2f}")
        ]
        wrong = summary.confident_wrong_count
        if wrong:
            lines.append(
                self.tr(
                    "%n confident answer(s) [was|were] wrong — these are worth another look.",
                    "",
                    wrong,
                )
            )
        if summary.without_confidence:
            lines.append(
                self.tr(
                    "%n answer(s) without a confidence level counted as low.",
                    "",
                    summary.without_confidence,
                )
            )
        return "\n".join(lines)

    # -- screens --------------------------------------------------------------------------

    def show_myths(self) -> None:
        """Show the misconceptions the learner still holds."""
        from quizapp.core.learning_store import held_misconceptions

        store = self.window.store
        if store is None or not self.window.leave_quiz_ok():
            return
        if self._myths_page is None:
            from quizapp.ui.pages.myths import MythsPage

            self._myths_page = MythsPage()
            self._myths_page.back_requested.connect(self._back)
            self.window.stack.addWidget(self._myths_page)
        self._myths_page.show_myths(
            held_misconceptions(store.reader()), self.window.course.all_misconceptions()
        )
        self._show(self._myths_page)

    def _query_mistakes(self, chosen: MistakeFilter) -> list[Mistake]:
        from quizapp.core.learning_queries import mistakes

        store = self.window.store
        return [] if store is None else mistakes(store.reader(), chosen, per_question=True)

    def show_mistakes(self) -> None:
        """Show the mistake workbench."""
        if self.window.store is None or not self.window.leave_quiz_ok():
            return
        course = self.window.course
        if self._mistakes_page is None:
            from quizapp.ui.pages.mistakes import MistakesPage

            page = MistakesPage(self._query_mistakes)
            page.back_requested.connect(self._back)
            page.retry_requested.connect(self.retry_questions)
            page.export_requested.connect(self.export_questions)
            self.window.stack.addWidget(page)
            self._mistakes_page = page
        topics = [(bank.info.topic, bank.info.title) for bank in course.banks]
        self._mistakes_page.set_choices(list(dict.fromkeys(topics)), course.all_misconceptions())
        self._mistakes_page.set_sources(course.all_sources())
        self._mistakes_page.refresh()
        self._show(self._mistakes_page)

    def show_statistics(self) -> None:
        """Show the statistics screen (QtCharts loads now, the first time)."""
        from quizapp.core.learning_stats import statistics

        store = self.window.store
        if store is None or not self.window.leave_quiz_ok():
            return
        if self._statistics_page is None:
            from quizapp.ui.pages.statistics import StatisticsPage

            self._statistics_page = StatisticsPage()
            self._statistics_page.back_requested.connect(self._back)
            self.window.stack.addWidget(self._statistics_page)
        zone = dt.datetime.now().astimezone().tzinfo or dt.UTC
        self._statistics_page.show_statistics(statistics(store.reader(), utc_now(), zone))
        self._show(self._statistics_page)

    # -- study sheet ----------------------------------------------------------------------

    def export_all_missed(self) -> bool:
        """Save a study sheet of every question whose latest answer is still wrong."""
        from quizapp.core.learning_queries import MistakeFilter

        return self._export(self._query_mistakes(MistakeFilter(still_missed=True)))

    def export_questions(self, question_ids: Sequence[str]) -> bool:
        """Save a study sheet of these questions' newest mistakes."""
        from quizapp.core.learning_queries import MistakeFilter

        wanted = set(question_ids)
        found = self._query_mistakes(MistakeFilter())
        return self._export([mistake for mistake in found if mistake.question.id in wanted])

    def _export(self, found: list[Mistake]) -> bool:
        from quizapp.core.study_sheet import sheet_entries
        from quizapp.ui.study_sheet_export import ask_target, write_sheet

        window = self.window
        if not found:
            show_plain_message(
                window,
                self.tr("Nothing to export"),
                self.tr("There are no missed questions to put on a study sheet."),
            )
            return False
        path = ask_target(window, Path.home())
        if path is None:
            return False
        entries = sheet_entries(found, window.course.all_sources())
        try:
            write_sheet(entries, path, dt.datetime.now().astimezone().date())
        except (OSError, RuntimeError) as error:
            show_plain_message(
                window,
                self.tr("The study sheet was not saved"),
                self.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", str(error)),
            )
            return False
        window.statusBar().showMessage(
            self.tr("Study sheet with %n question(s) saved to %1.", "", len(entries)).replace(
                "%1", str(path)
            )
        )
        return True
