"""The main window: menus and navigation between pages; wires pages to the session.

Pages never talk to each other. The window passes state down (``show_*`` calls) and reacts to
the pages' and the session's signals (``_on_<source>_<signal>`` slots).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from quizapp import __version__
from quizapp.ui.widgets import format_points, icon, plain_label

if TYPE_CHECKING:
    from quizapp.core.course import Course
    from quizapp.core.engine import Mode, PlannedQuestion, PlanSource, QuizResult, Response
    from quizapp.core.model import Source
    from quizapp.core.store import Store
    from quizapp.ui.pages.home import QuizChoice
    from quizapp.ui.session import QuizSession

# Pages and the core load after the window is shown (see MainWindow.attach), keeping start-up
# close to a bare Qt window.


class MainWindow(QMainWindow):
    """The QuizApp window.

    Signals:
        page_changed: Another page is shown (carries its object name).
    """

    page_changed = Signal(str)

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("QuizApp"))
        self.setWindowIcon(icon("quizapp"))
        self.setAccessibleName(self.tr("QuizApp"))
        self._settings = settings
        self._last_result: QuizResult | None = None
        self._last_mode: Mode | None = None
        self._review_back_to: QWidget | None = None
        self._save_failed = False  # the status bar says an answer could not be saved
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.loading_label = plain_label(self.tr("Loading the course…"), selectable=False)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading_label)
        self._build_menus()
        self.resize(900, 720)
        if settings is not None:
            geometry = settings.value("window/geometry")
            if geometry is not None:
                self.restoreGeometry(geometry)

    def attach(self, course: Course, session: QuizSession, store: Store | None = None) -> None:
        """Build the pages for a loaded course and wire them to the session."""
        from quizapp.ui.pages.glossary import GlossaryPage
        from quizapp.ui.pages.history import HistoryPage
        from quizapp.ui.pages.home import HomePage
        from quizapp.ui.pages.quiz import QuizPage
        from quizapp.ui.pages.results import ResultsPage
        from quizapp.ui.pages.review import ReviewPage

        self.course = course
        self.session = session
        self.store = store
        self.home_page = HomePage()
        self.quiz_page = QuizPage(self._resolve_image)
        self.results_page = ResultsPage()
        self.review_page = ReviewPage()
        self.glossary_page = GlossaryPage()
        self.history_page = HistoryPage()
        for page in (
            self.home_page,
            self.quiz_page,
            self.results_page,
            self.review_page,
            self.glossary_page,
            self.history_page,
        ):
            self.stack.addWidget(page)
        self._return_to: QWidget = self.home_page

        self.home_page.start_requested.connect(self._on_home_start_requested)
        self.home_page.problems_requested.connect(self._show_all_load_problems)
        self.quiz_page.submit_requested.connect(self._on_quiz_submit_requested)
        self.quiz_page.next_requested.connect(self._on_quiz_next_requested)
        self.quiz_page.quit_requested.connect(self._on_quiz_quit_requested)
        self.results_page.review_requested.connect(self._on_results_review_requested)
        self.results_page.retry_requested.connect(self._on_retry_requested)
        self.results_page.new_quiz_requested.connect(self.show_home)
        self.review_page.retry_requested.connect(self._on_retry_requested)
        self.review_page.back_requested.connect(self._on_review_back_requested)
        self.glossary_page.back_requested.connect(self._on_glossary_back_requested)
        self.history_page.back_requested.connect(self.show_home)
        self.history_page.open_requested.connect(self._on_history_open_requested)
        self.session.question_shown.connect(self._on_session_question_shown)
        self.session.answer_checked.connect(self._on_session_answer_checked)
        self.session.quiz_finished.connect(self._on_session_quiz_finished)
        self.session.save_failed.connect(self._on_session_save_failed)
        self.quiz_page.set_ask_confidence(self.ask_confidence_action.isChecked())
        self.home_action.setEnabled(True)
        self.glossary_action.setEnabled(True)
        self.history_action.setEnabled(store is not None)
        from quizapp.ui.learning_screens import LearningScreens
        from quizapp.ui.unfinished_quiz import UnfinishedQuiz

        self.unfinished = UnfinishedQuiz(self)
        self.unfinished.attach()

        self.learning = LearningScreens(self)
        self.learning.attach()
        self.refresh_course()
        self.show_home()

    # -- menus -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.home_action = QAction(self.tr("&Home"), self)
        self.home_action.setShortcut(QKeySequence(self.tr("Ctrl+Home")))
        self.home_action.triggered.connect(self._on_home_action)
        self.view_menu.addAction(self.home_action)
        self.glossary_action = QAction(self.tr("&Glossary"), self)
        self.glossary_action.setShortcut(QKeySequence(self.tr("Ctrl+G")))
        self.glossary_action.triggered.connect(self.show_glossary)
        self.view_menu.addAction(self.glossary_action)
        self.settings_menu = QMenu(self.tr("Settin&gs"), self)
        self.menuBar().insertMenu(self.help_menu.menuAction(), self.settings_menu)
        self.ask_confidence_action = QAction(self.tr("Ask how &sure I am before feedback"), self)
        self.ask_confidence_action.setCheckable(True)
        ask = True
        if self._settings is not None:
            ask = str(self._settings.value("quiz/ask_confidence", "true")).lower() == "true"
        self.ask_confidence_action.setChecked(ask)
        self.ask_confidence_action.toggled.connect(self._on_ask_confidence_toggled)
        self.settings_menu.addAction(self.ask_confidence_action)
        self.history_action = QAction(self.tr("Hi&story"), self)
        self.history_action.setShortcut(QKeySequence(self.tr("Ctrl+H")))
        self.history_action.triggered.connect(self.show_history)
        self.view_menu.addAction(self.history_action)
        self.home_action.setEnabled(False)
        self.glossary_action.setEnabled(False)
        self.history_action.setEnabled(False)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.file_menu.addAction(quit_action)
        self._quit_action = quit_action
        about = QAction(self.tr("&About QuizApp"), self)
        about.triggered.connect(self._on_about)
        self.help_menu.addAction(about)

    def add_file_action(self, action: QAction) -> None:
        """Add an action to the File menu, above Quit."""
        self.file_menu.insertAction(self._quit_action, action)

    def _on_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About QuizApp"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "QuizApp %1\nLearn to tell the paired back dimples from the single sacral "
                "dimple. Educational, not medical advice."
            ).replace("%1", __version__)
        )
        box.exec()

    # -- navigation ------------------------------------------------------------------------

    def show_page(self, page: QWidget) -> None:
        """Show a page and announce it; the keyboard focus moves into it if it was elsewhere."""
        self.stack.setCurrentWidget(page)
        focused = QApplication.focusWidget()
        if focused is None or not (focused is page or page.isAncestorOf(focused)):
            page.setFocus()  # the page's own keys work at once; Tab goes on to its first control
        self.page_changed.emit(page.objectName())

    def show_home(self) -> None:
        """Show the home page."""
        self.show_page(self.home_page)
        self.home_page.start_button.setFocus()

    def show_glossary(self) -> None:
        """Show the glossary; Back returns to the page that was showing."""
        current = self.stack.currentWidget()
        if current is not None and current is not self.glossary_page:
            self._return_to = current
        self.glossary_page.set_terms(
            list(self.course.registries.glossary.values()), self._sources()
        )
        self.show_page(self.glossary_page)
        self.glossary_page.search_edit.setFocus()

    def _on_ask_confidence_toggled(self, on: bool) -> None:
        if self._settings is not None:
            self._settings.setValue("quiz/ask_confidence", "true" if on else "false")
        if hasattr(self, "quiz_page"):
            self.quiz_page.set_ask_confidence(on)

    def show_history(self) -> None:
        """Show the table of past quizzes."""
        if self.store is None:
            return
        if not self.leave_quiz_ok():
            return
        from quizapp.core.store_queries import stored_topic_titles

        titles = {bank.info.topic: bank.info.title for bank in self.course.banks}
        rows = self.store.history()  # a removed bank's topic keeps the title stored with it:
        titles |= stored_topic_titles(self.store.reader(), rows, titles)
        self.history_page.set_rows(rows, titles)
        self.show_page(self.history_page)

    def _on_history_open_requested(self, quiz_id: int) -> None:
        from quizapp.core.engine import summarise
        from quizapp.core.store_errors import StoreError, UnreadableQuizError
        from quizapp.ui.app import show_plain_message

        if self.store is None:
            return
        try:
            plan, responses, seconds = self.store.load_quiz(quiz_id)
        except StoreError as error:  # the history stays open
            text = str(error)
            if isinstance(error, UnreadableQuizError):
                text = self.tr(
                    "This version of QuizApp cannot read this quiz: it was saved by a newer "
                    "version. It is kept, and a newer QuizApp can show it."
                )
            show_plain_message(self, self.tr("The quiz cannot be opened"), text)
            return
        result = summarise(plan, responses, seconds)
        self._last_result = result
        self._last_mode = plan.mode
        self.review_page.show_items(
            result.missed,
            self._sources(),
            title=self.tr("Review of a past quiz: %1 of %2 points")
            .replace("%1", format_points(result.points))
            .replace("%2", str(result.total)),
            picture_factory=self.explanation_picture,
        )
        self.review_page.back_button.setText(self.tr("&Back to history"))
        self._review_back_to = self.history_page
        self.show_page(self.review_page)

    def _on_glossary_back_requested(self) -> None:
        self.show_page(self._return_to)

    def _on_home_action(self) -> None:
        if not self.leave_quiz_ok():
            return
        self.show_home()

    def refresh_course(self) -> None:
        """Show the loaded banks on the home page (and any that failed)."""
        from quizapp.ui.pages.home import TopicEntry

        self.home_page.set_topics(
            [TopicEntry(b.info.id, b.info.title, len(b.questions)) for b in self.course.banks]
        )
        from quizapp.ui.findings_text import describe_failures

        failures = describe_failures(self.course.failures)
        self.home_page.set_load_problems(
            self.tr("Some question banks could not be loaded:") + "\n" + failures
            if failures
            else ""
        )
        self.quiz_page.set_sources(self._sources())

    def _show_all_load_problems(self) -> None:
        from quizapp.ui.findings_text import show_all_load_problems

        show_all_load_problems(self, self.course.failures)

    def _sources(self) -> dict[str, Source]:
        return self.course.all_sources()

    def _resolve_image(self, item: PlannedQuestion, relative: str) -> Path | None:
        from quizapp.ui.course_pictures import resolve_image

        return resolve_image(self.course, item, relative)

    def explanation_picture(self, item: PlannedQuestion) -> QWidget | None:
        """Return the labelled diagram shown with a hotspot question's explanation."""
        from quizapp.ui.course_pictures import explanation_picture

        return explanation_picture(self.course, item)

    # -- starting quizzes ------------------------------------------------------------------

    def start_quiz(self, sources: Sequence[PlanSource], length: int | None, mode: Mode) -> bool:
        """Plan and start a quiz; False when there was nothing to ask or it could not start."""
        from quizapp.core.engine import build_plan

        if not sources or not self.unfinished.replace_ok():
            return False
        plan = build_plan(sources, length, mode, self.session.new_seed())
        topics = list(dict.fromkeys(item.topic for item in plan.items))
        return self.session.start(plan, topics)

    def plan_sources(self, bank_ids: Sequence[str]) -> list[PlanSource]:
        """Return every question of these banks, ready for a plan."""
        from quizapp.core.engine import PlanSource

        return [
            PlanSource(question, bank.info.topic, bank.info.title, bank.info.notice)
            for bank, question in self.course.questions(bank_ids)
        ]

    def _on_home_start_requested(self, choice: QuizChoice) -> None:
        self.start_quiz(self.plan_sources(choice.bank_ids), choice.length, choice.mode)

    def _on_retry_requested(self) -> None:
        from quizapp.core.engine import Mode, retry_plan

        if self._last_result is None or not self._last_result.missed:
            return
        mode = self._last_mode or Mode.PRACTICE
        plan = retry_plan(self._last_result, mode, self.session.new_seed())
        topics = list(dict.fromkeys(item.topic for item in plan.items))
        self.session.start(plan, topics)

    # -- quiz flow -------------------------------------------------------------------------

    def _on_session_question_shown(self) -> None:
        from quizapp.core.glossary import question_text, terms_in_text
        from quizapp.ui.pages.glossary import TermsStrip

        quiz = self.session.quiz
        assert quiz is not None
        self.quiz_page.show_question(quiz.current, quiz.index + 1, quiz.total)
        terms = terms_in_text(
            question_text(quiz.current.question), self.course.registries.glossary
        )[:6]
        self.quiz_page.set_terms(TermsStrip(terms, self._sources()) if terms else None)
        if self.stack.currentWidget() is not self.quiz_page:
            self.show_page(self.quiz_page)

    def _on_quiz_submit_requested(self, picked: frozenset[str] | None) -> None:
        if picked is None:
            self.session.retry_save()
        else:
            self.session.submit(picked, self.quiz_page.confidence())

    def _on_session_answer_checked(self, response: Response) -> None:
        from quizapp.core.engine import Mode

        quiz = self.session.quiz
        if self._save_failed:  # the retry worked: the status bar must not still say it failed
            self._save_failed = False
            self.statusBar().showMessage(self.tr("Your answer is saved now."), 10_000)
        if quiz is not None and quiz.plan.mode is Mode.PRACTICE:
            self.quiz_page.show_feedback(response, self.explanation_picture)

    def _on_quiz_next_requested(self) -> None:
        self.session.advance()

    def _on_session_save_failed(self, message: str) -> None:
        self.quiz_page.show_save_problem(message)
        self._save_failed = True
        self.statusBar().showMessage(self.tr("Saving failed: %1").replace("%1", message))

    def _on_session_quiz_finished(self, result: QuizResult) -> None:
        from quizapp.core.engine import Mode

        self._last_result = result
        quiz = self.session.quiz
        self._last_mode = quiz.plan.mode if quiz is not None else Mode.PRACTICE
        notices = [item.notice for item in quiz.plan.items] if quiz is not None else []
        self.results_page.show_result(result, notices)
        self.show_page(self.results_page)
        if quiz is not None and quiz.plan.mode is Mode.EXAM:
            self._on_results_review_requested()

    def _on_results_review_requested(self) -> None:
        if self._last_result is None:
            return
        self.review_page.show_items(
            self._last_result.missed, self._sources(), picture_factory=self.explanation_picture
        )
        self.review_page.back_button.setText(self.tr("&Back to results"))
        self._review_back_to = self.results_page
        self.show_page(self.review_page)

    def _on_review_back_requested(self) -> None:
        self.show_page(self._review_back_to or self.results_page)

    def _on_quiz_quit_requested(self) -> None:
        if self.unfinished.confirm_leave():
            self.show_home()

    def leave_quiz_ok(self) -> bool:
        """Return True when no quiz is on screen, or the learner agrees to leave it."""
        return self.stack.currentWidget() is not self.quiz_page or self.unfinished.confirm_leave()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: D102 - Qt override
        if self._settings is not None:
            self._settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
