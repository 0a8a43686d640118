# ruff: noqa: F811 - the quiz-flow fixtures are imported by name and requested as arguments
"""Progress through real widgets: History, resuming after a crash, save failures, one running
copy, a damaged or newer progress file, and File ▸ Restore backup….

Every app is built by the quiz-flow ``make_app`` on ``<tmp>/data`` with a real store; a second
``make_app()`` call starts another app on the same folder, as the next start after a crash
would (the first one never shut down). Only modal dialogs are replaced (:mod:`tests.ui.modals`).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractButton, QTableView, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from quizapp.core import backups, migrations
from quizapp.core.connection import FailOnWrite
from quizapp.core.engine import Confidence, Mode, PlanSource, Quiz, build_plan
from quizapp.core.store import BACKUP_DIR_NAME, DB_FILE_NAME, Store
from quizapp.core.store_errors import StoreOpenError
from quizapp.ui.main_window import MainWindow
from quizapp.ui.store_ui import backup_label
from tests.ui.modals import Modals, modals  # noqa: F401 - a fixture, used by name
from tests.ui.test_quiz_flow import (  # noqa: F401 - autouse fixtures are used by name
    _LOADED,
    BOLD_PROMPT,
    COURSE,
    MISSED,
    PICKS,
    SCORE_TEXT,
    AppFactory,
    _no_bundled_course,
    choices,
    click,
    click_point,
    current,
    make_app,
    pick,
    press,
    right_texts,
    settle,
    start_from_home,
)

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("modals")]

RESUME_TITLE = "Resume your quiz?"
DAMAGED_TITLE = "Progress file damaged"
DAY = dt.datetime(2025, 5, 1, 9, 0, tzinfo=dt.UTC)


# -- helpers ---------------------------------------------------------------------------------


def data_dir(tmp_path: Path) -> Path:
    """The data folder ``make_app`` uses."""
    folder = tmp_path / "data"
    folder.mkdir(exist_ok=True)
    return folder


def stored_quiz(
    store: Store,
    banks: list[str],
    mode: Mode,
    right: int,
    started: dt.datetime,
    seconds: float,
) -> int:
    """Take and finish a quiz of the test course through the real engine and store.

    The first ``right`` questions are answered right, the others with one wrong choice only.
    """
    sources = [
        PlanSource(question, bank.info.topic, bank.info.title, bank.info.notice)
        for bank, question in _LOADED.questions(banks)
    ]
    plan = build_plan(sources, None, mode, seed=len(banks) * 100 + right)
    quiz_id = store.start_quiz(plan, list(dict.fromkeys(i.topic for i in plan.items)), started)
    quiz = Quiz(plan, clock=lambda: 0.0)
    for index, item in enumerate(plan.items):
        options = item.question.options()
        keys = (
            {o.key for o in options if o.correct}
            if index < right
            else {next(o.key for o in options if not o.correct)}
        )
        response = quiz.submit(keys)
        store.record_answer(quiz_id, response, started + dt.timedelta(seconds=index + 1))
        quiz.advance()
    store.finish_quiz(quiz_id, started + dt.timedelta(seconds=seconds), seconds)
    return quiz_id


def missed_prompts(store: Store, quiz_id: int) -> set[str]:
    """The prompts of a stored quiz's questions not fully right, as stored."""
    plan, responses, _ = store.load_quiz(quiz_id)
    return {
        item.question.prompt for item, r in zip(plan.items, responses, strict=True) if r.points < 1
    }


def action(window: MainWindow, text: str) -> QAction:
    """The menu action called ``text`` (without ``&``), as a user finds it in the menus."""
    found = [
        item
        for menu in (window.file_menu, window.view_menu)
        for item in menu.actions()
        if item.text().replace("&", "") == text
    ]
    assert len(found) == 1, (
        f"{text!r}: {[a.text() for m in (window.file_menu,) for a in m.actions()]}"
    )
    return found[0]


def trigger(window: MainWindow, text: str) -> None:
    item = action(window, text)
    assert item.isEnabled(), f"{text!r} is disabled"
    item.trigger()
    settle()


def column_texts(table: QTableView, column: int) -> list[str]:
    model = table.model()
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def click_header(qtbot: QtBot, table: QTableView, column: int) -> None:
    """Click a column title, as a user sorts a table."""
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    settle()


def click_in_window(qtbot: QtBot, window: MainWindow, widget: QWidget) -> None:
    """Click where ``widget`` is on screen, through the window (as the system delivers it).

    Unlike a click sent to the widget itself, this finds its target the way Qt does for a real
    click, so a widget made transparent for the mouse does not receive it.
    """
    handle = window.windowHandle()
    assert handle is not None
    target = widget
    point = click_point(target) if isinstance(target, QAbstractButton) else target.rect().center()
    qtbot.mouseClick(handle, Qt.MouseButton.LeftButton, pos=target.mapTo(window, point))
    settle()


def answer(qtbot: QtBot, window: MainWindow, count: int) -> list[str]:
    """Answer ``count`` questions as PICKS says (Practice: submit, then Next); return prompts."""
    page = window.quiz_page
    prompts = []
    for _ in range(count):
        assert current(window) is page
        prompt = page.prompt_label.text()
        prompts.append(prompt)
        pick(qtbot, window, PICKS[prompt][0])
        click(qtbot, page.action_button)
        assert page.feedback_view is not None
        click(qtbot, page.action_button)
    return prompts


def quiz_states(folder: Path) -> list[tuple[int, str]]:
    """(id, state) of every stored quiz, read with a connection of the test's own."""
    connection = sqlite3.connect(folder / DB_FILE_NAME)
    try:
        query = "SELECT id, state FROM quizzes ORDER BY id"
        return [(int(i), str(s)) for i, s in connection.execute(query)]
    finally:
        connection.close()


# -- History ---------------------------------------------------------------------------------


@pytest.fixture
def four_quizzes(tmp_path: Path) -> dict[str, int]:
    """A progress file with four finished quizzes, one discarded and one left open."""
    with Store.open(data_dir(tmp_path) / DB_FILE_NAME) as store:
        ids = {
            "alpha all right": stored_quiz(store, ["alpha"], Mode.PRACTICE, 3, DAY, 9),
            "beta all wrong": stored_quiz(
                store, ["beta"], Mode.PRACTICE, 0, DAY + dt.timedelta(days=1), 600
            ),
            "both half": stored_quiz(
                store, ["alpha", "beta"], Mode.EXAM, 3, DAY + dt.timedelta(days=2), 65
            ),
            "both five": stored_quiz(
                store, ["alpha", "beta"], Mode.PRACTICE, 5, DAY + dt.timedelta(days=3), 30
            ),
        }
        plan = build_plan(
            [PlanSource(q, b.info.topic, b.info.title) for b, q in _LOADED.questions(["alpha"])],
            None,
            Mode.PRACTICE,
            7,
        )
        store.discard_quiz(store.start_quiz(plan, ["alpha"], DAY + dt.timedelta(days=4)))
        store.start_quiz(plan, ["alpha"], DAY + dt.timedelta(days=5))
    return ids


@pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "python-tester"])
def test_history_table_passes_the_model_tester_and_sorts_by_value(
    qtbot: QtBot,
    make_app: AppFactory,
    modals: Modals,
    qtmodeltester: ModelTester,
    four_quizzes: dict[str, int],
    force_py: bool,
) -> None:
    modals.replies[RESUME_TITLE] = "Not now"
    window = make_app()
    page = window.history_page
    qtmodeltester.check(page.model, force_py=force_py)
    proxy_tester = QAbstractItemModelTester(  # noqa: F841 - checks while it lives
        page.proxy, QAbstractItemModelTester.FailureReportingMode.Warning
    )
    trigger(window, "History")
    assert current(window) is page
    table = page.table
    assert table.model() is page.proxy
    assert page.summary_label.text().startswith("4 finished quizzes.")

    # Newest first; the open and the discarded quiz are not listed.
    assert column_texts(table, 1) == [
        "Alpha topic, Beta topic",
        "Alpha topic, Beta topic",
        "Beta topic",
        "Alpha topic",
    ]
    assert column_texts(table, 2) == ["Practice", "Exam", "Practice", "Practice"]
    assert column_texts(table, 3) == ["5 of 6", "3 of 6", "0 of 3", "3 of 3"]
    dates = column_texts(table, 0)
    assert dates == sorted(dates, reverse=True)

    # By the numbers, not by their text ("100%" < "50%" and "9 s" > "10 min 00 s" as text).
    click_header(qtbot, table, 4)
    order = table.horizontalHeader().sortIndicatorOrder()
    by_percent = ["0%", "50%", "83%", "100%"]
    if order is Qt.SortOrder.DescendingOrder:
        by_percent.reverse()
    assert column_texts(table, 4) == by_percent
    click_header(qtbot, table, 4)
    assert column_texts(table, 4) == by_percent[::-1]
    click_header(qtbot, table, 5)
    by_time = ["9 s", "30 s", "1 min 05 s", "10 min 00 s"]
    if table.horizontalHeader().sortIndicatorOrder() is Qt.SortOrder.DescendingOrder:
        by_time.reverse()
    assert column_texts(table, 5) == by_time

    # Opening a row after sorting opens that row's quiz, not the one first listed there.
    row = column_texts(table, 5).index("10 min 00 s")
    table.setCurrentIndex(page.proxy.index(row, 0))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    settle()
    review = window.review_page
    assert current(window) is review
    assert window.store is not None
    expected = missed_prompts(window.store, four_quizzes["beta all wrong"])
    assert len(expected) == 3
    shown = {p for view in review.views for p in expected if p in view.text()}
    assert shown == expected and len(review.views) == 3
    assert review.title_label.text() == "Review of a past quiz: 0 of 3 points"
    press(qtbot, window, Qt.Key.Key_Escape)
    assert current(window) is page


def test_a_past_review_shows_what_the_learner_saw_after_the_bank_changed(
    qtbot: QtBot, make_app: AppFactory, modals: Modals, tmp_path: Path
) -> None:
    banks = tmp_path / "banks"
    shutil.copytree(COURSE, banks)
    first = make_app(banks)
    start_from_home(qtbot, first)
    answer(qtbot, first, 6)
    assert first.results_page.score_label.text() == SCORE_TEXT

    # The teacher edits the bank: the prompt and the picked wrong choice now read differently.
    alpha = banks / "alpha.toml"
    text = alpha.read_text(encoding="utf-8")
    edited = text.replace(BOLD_PROMPT, "An edited prompt?").replace(
        "A blinking line", "An edited choice"
    )
    assert edited != text
    alpha.write_text(edited, encoding="utf-8")

    second = make_app(banks)
    assert RESUME_TITLE not in modals.titles()
    trigger(second, "History")
    page = second.history_page
    assert page.proxy.rowCount() == 1
    click(qtbot, page.open_button)
    review = second.review_page
    assert current(second) is review
    listed = review.text()
    for prompt in MISSED:
        assert prompt in listed
    assert "Your answer: A blinking line" in listed
    assert "An edited" not in listed
    assert len(review.views) == len(MISSED)
    assert review.back_button.text().replace("&", "") == "Back to history"


def test_a_topic_whose_bank_was_removed_keeps_its_title_in_history(
    make_app: AppFactory, modals: Modals, tmp_path: Path
) -> None:
    with Store.open(data_dir(tmp_path) / DB_FILE_NAME) as store:
        stored_quiz(store, ["alpha", "beta"], Mode.PRACTICE, 2, DAY, 30)
        stored_quiz(store, ["beta"], Mode.EXAM, 1, DAY + dt.timedelta(days=1), 20)
    banks = tmp_path / "banks"
    banks.mkdir()
    for name in ("alpha.toml", "sources.toml"):  # the beta bank is gone
        shutil.copy(COURSE / name, banks / name)
    window = make_app(banks)
    trigger(window, "History")
    assert column_texts(window.history_page.table, 1) == [
        "Beta topic",
        "Alpha topic, Beta topic",
    ]


# -- resuming after a crash ------------------------------------------------------------------


@pytest.fixture
def crashed(qtbot: QtBot, make_app: AppFactory) -> Iterator[tuple[MainWindow, list[str]]]:
    """An app that answered 2 of 6 questions and was never shut down (as after a kill)."""
    window = make_app()
    start_from_home(qtbot, window)
    prompts = answer(qtbot, window, 2)
    assert window.quiz_page.progress_label.text() == "Question 3 of 6"
    yield window, prompts


def test_resume_after_a_crash_carries_on_at_question_three(
    qtbot: QtBot,
    make_app: AppFactory,
    modals: Modals,
    crashed: tuple[MainWindow, list[str]],
) -> None:
    first, answered = crashed
    assert first.session.quiz is not None
    plan = first.session.quiz.plan
    modals.replies[RESUME_TITLE] = "Resume"
    window = make_app()
    offer = modals.shown[-1]
    assert offer.title == RESUME_TITLE and offer.plain
    assert "after 2 of 6 questions" in offer.text
    assert set(offer.buttons) == {"Resume", "Discard it", "Not now"}

    page = window.quiz_page
    assert current(window) is page
    for number in range(3, 7):
        item = plan.items[number - 1]
        assert page.progress_label.text() == f"Question {number} of 6"
        assert page.prompt_label.text() == item.question.prompt
        shown = [b.accessibleName() for b in choices(window)]
        tf = item.question.type == "true_false"
        assert shown == [o.key.title() if tf else o.text for o in item.shown_options()]
        answer(qtbot, window, 1)
    # The two answers given before the crash count: the same score as an uninterrupted run.
    assert current(window) is window.results_page
    assert window.results_page.score_label.text() == SCORE_TEXT
    assert window.store is not None
    history = window.store.history()
    assert [(h.total, h.mode) for h in history] == [(6, Mode.PRACTICE)]
    assert answered == [item.question.prompt for item in plan.items[:2]]


def test_discarding_the_offer_removes_the_unfinished_quiz(
    make_app: AppFactory, modals: Modals, crashed: tuple[MainWindow, list[str]], tmp_path: Path
) -> None:
    modals.replies[RESUME_TITLE] = "Discard it"
    window = make_app()
    assert modals.titles() == [RESUME_TITLE]
    assert current(window) is window.home_page
    assert window.store is not None and window.store.unfinished_quiz() is None
    assert quiz_states(data_dir(tmp_path)) == [(1, "discarded")]
    make_app()
    assert modals.titles() == [RESUME_TITLE]  # not offered again


def test_not_now_keeps_the_quiz_for_the_next_start(
    make_app: AppFactory, modals: Modals, crashed: tuple[MainWindow, list[str]], tmp_path: Path
) -> None:
    modals.replies[RESUME_TITLE] = "Not now"
    window = make_app()
    assert current(window) is window.home_page
    assert window.store is not None
    kept = window.store.unfinished_quiz()
    assert kept is not None and kept.next_index == 2
    assert quiz_states(data_dir(tmp_path)) == [(1, "open")]
    make_app()
    assert modals.titles() == [RESUME_TITLE, RESUME_TITLE]


# -- save failures ---------------------------------------------------------------------------


def answer_rows(window: MainWindow) -> list[tuple[int, str]]:
    assert window.store is not None
    query = "SELECT position, question_id FROM answers ORDER BY position"
    return [(int(p), str(q)) for p, q in window.store.reader().execute(query)]


def test_a_failed_save_is_said_in_plain_words_and_the_retry_stores_it_once(
    qtbot: QtBot, make_app: AppFactory, modals: Modals
) -> None:
    window = make_app()
    store = window.store
    assert store is not None
    start_from_home(qtbot, window)
    page = window.quiz_page
    prompt = page.prompt_label.text()
    question_id = next(q.id for b, q in _LOADED.questions() if q.prompt == prompt)
    store.fault = FailOnWrite(1)  # the next write (this answer) fails as on a full disk
    pick(qtbot, window, right_texts(prompt))
    click(qtbot, page.action_button)

    status = page.status_label.text()
    assert "could not save your answer: the disk is full" in status
    assert "kept" in status and "Enter" in status
    assert not any(word in status for word in ("Error", "sqlite", "Traceback", "Correct."))
    assert page.feedback_view is None  # no verdict for an answer that is not stored
    assert not any("(correct answer)" in b.text() for b in choices(window))
    assert page.action_button.text().replace("&", "") == "Try saving again"
    assert "Saving failed" in window.statusBar().currentMessage()
    assert answer_rows(window) == []
    assert window.session.has_unsaved_answer

    store.fault = None
    press(qtbot, window, Qt.Key.Key_Return)  # try again
    assert page.feedback_view is not None and page.feedback_view.isVisible()
    assert page.status_label.text().startswith("Correct.")
    assert answer_rows(window) == [(0, question_id)]
    assert window.statusBar().currentMessage() == "Your answer is saved now."
    press(qtbot, window, Qt.Key.Key_Return)  # next question
    assert page.progress_label.text() == "Question 2 of 6"
    answer(qtbot, window, 1)
    assert [p for p, _ in answer_rows(window)] == [0, 1]
    assert modals.shown == []


def answer_first_question_on_a_full_disk(qtbot: QtBot, make_app: AppFactory) -> MainWindow:
    """Start a quiz and give the first choice as answer while the disk is full."""
    window = make_app()
    assert window.store is not None
    start_from_home(qtbot, window)
    window.store.fault = FailOnWrite(1)
    click(qtbot, choices(window)[0])
    click(qtbot, window.quiz_page.action_button)
    assert window.session.has_unsaved_answer
    return window


def test_the_save_problem_reads_as_one_sentence(qtbot: QtBot, make_app: AppFactory) -> None:
    window = answer_first_question_on_a_full_disk(qtbot, make_app)
    assert window.quiz_page.status_label.text() == (
        "QuizApp could not save your answer: the disk is full. "
        "Your answer is kept; press Enter to try again."
    )


def test_the_waiting_answer_cannot_be_changed_on_screen(qtbot: QtBot, make_app: AppFactory) -> None:
    window = answer_first_question_on_a_full_disk(qtbot, make_app)
    assert window.store is not None
    buttons = choices(window)
    # A learner clicks, or types the number of, another choice while the save waits: the
    # screen must keep showing the answer that will be saved.
    click_in_window(qtbot, window, buttons[1])
    assert [b.isChecked() for b in buttons[:2]] == [True, False]
    press(qtbot, window, Qt.Key.Key_2)
    assert [b.isChecked() for b in buttons[:2]] == [True, False]
    window.store.fault = None
    press(qtbot, window, Qt.Key.Key_Return)
    (picked,) = window.store.reader().execute("SELECT picked FROM answers").fetchone()
    assert str(buttons[0].property("option_key")) in str(picked)
    assert str(buttons[1].property("option_key")) not in str(picked)


def test_the_waiting_answer_keeps_its_confidence_on_screen(
    qtbot: QtBot, make_app: AppFactory
) -> None:
    window = make_app()
    assert window.store is not None
    start_from_home(qtbot, window)
    page = window.quiz_page
    window.store.fault = FailOnWrite(1)
    click(qtbot, choices(window)[0])
    press(qtbot, window, Qt.Key.Key_H)
    click(qtbot, page.action_button)
    assert window.session.has_unsaved_answer
    high, low = page.confidence_buttons[Confidence.HIGH], page.confidence_buttons[Confidence.LOW]
    press(qtbot, window, Qt.Key.Key_L)
    qtbot.mouseClick(low, Qt.MouseButton.LeftButton)
    settle()
    assert high.isChecked() and not low.isChecked()
    window.store.fault = None
    press(qtbot, window, Qt.Key.Key_Return)
    (confidence,) = window.store.reader().execute("SELECT confidence FROM answers").fetchone()
    assert confidence == "high"
    press(qtbot, window, Qt.Key.Key_Return)  # the next question can be answered again
    assert page.progress_label.text() == "Question 2 of 6"
    press(qtbot, window, Qt.Key.Key_1)
    assert choices(window)[0].isChecked()


def test_a_quiz_that_cannot_be_stored_does_not_start_and_says_why(
    qtbot: QtBot, make_app: AppFactory, modals: Modals
) -> None:
    window = make_app()
    assert window.store is not None
    window.store.fault = FailOnWrite(1)
    click(qtbot, window.home_page.start_button)
    assert current(window) is window.home_page
    message = window.statusBar().currentMessage()
    assert "could not save the new quiz" in message and "the disk is full" in message
    assert window.store.unfinished_quiz() is None
    window.store.fault = None
    click(qtbot, window.home_page.start_button)
    assert current(window) is window.quiz_page
    assert window.quiz_page.action_button.text().replace("&", "") == "Submit"
    assert window.store.unfinished_quiz() is not None
    assert modals.shown == []


def break_snapshots(folder: Path) -> None:
    """Make every stored question unreadable, as if a later version had written it."""
    connection = sqlite3.connect(folder / DB_FILE_NAME)
    with connection:
        connection.execute('UPDATE snapshots SET body = \'{"type": "future"}\'')
    connection.close()


def test_an_interrupted_quiz_this_version_cannot_read_can_be_discarded(
    make_app: AppFactory, modals: Modals, tmp_path: Path
) -> None:
    folder = data_dir(tmp_path)
    with Store.open(folder / DB_FILE_NAME) as store:
        stored_quiz(store, ["alpha"], Mode.PRACTICE, 3, DAY, 9)
        plan = build_plan(
            [PlanSource(q, b.info.topic, b.info.title) for b, q in _LOADED.questions(["beta"])],
            None,
            Mode.PRACTICE,
            3,
        )
        store.start_quiz(plan, ["beta"], DAY + dt.timedelta(days=1))
    break_snapshots(folder)
    modals.replies["The interrupted quiz cannot be resumed"] = "Discard it"
    window = make_app()
    assert current(window) is window.home_page
    assert modals.titles() == ["The interrupted quiz cannot be resumed"]
    assert modals.shown[0].plain and "cannot read" in modals.shown[0].text
    assert window.store is not None and window.store.unfinished_quiz() is None
    assert [state for _, state in quiz_states(folder)] == ["finished", "discarded"]


def test_an_interrupted_quiz_this_version_cannot_read_can_be_kept(
    make_app: AppFactory, modals: Modals, tmp_path: Path
) -> None:
    folder = data_dir(tmp_path)
    with Store.open(folder / DB_FILE_NAME) as store:
        plan = build_plan(
            [PlanSource(q, b.info.topic, b.info.title) for b, q in _LOADED.questions(["beta"])],
            None,
            Mode.PRACTICE,
            3,
        )
        store.start_quiz(plan, ["beta"], DAY)
    break_snapshots(folder)
    window = make_app()  # no reply: the box is closed, which keeps the quiz
    assert modals.titles() == ["The interrupted quiz cannot be resumed"]
    assert set(modals.shown[0].buttons) == {"Discard it", "Keep it"}
    assert modals.shown[0].clicked == "Keep it"
    assert current(window) is window.home_page
    assert quiz_states(folder) == [(1, "open")]
    make_app()
    assert modals.titles() == ["The interrupted quiz cannot be resumed"] * 2


def test_a_past_quiz_this_version_cannot_read_is_said_so_in_history(
    qtbot: QtBot, make_app: AppFactory, modals: Modals, tmp_path: Path
) -> None:
    folder = data_dir(tmp_path)
    with Store.open(folder / DB_FILE_NAME) as store:
        stored_quiz(store, ["alpha"], Mode.PRACTICE, 1, DAY, 9)
    break_snapshots(folder)
    window = make_app()
    trigger(window, "History")
    page = window.history_page
    click(qtbot, page.open_button)
    assert current(window) is page
    assert len(modals.shown) == 1 and "cannot read" in modals.shown[0].text


# -- one running copy ------------------------------------------------------------------------

#: Runs ``python -m quizapp`` with its modal message boxes answered (and printed to stdout).
CHILD = textwrap.dedent(
    """
    import runpy, sys
    from PySide6.QtWidgets import QMessageBox
    def exec_box(box):
        print("DIALOG:", box.windowTitle(), "|", box.text().replace("\\n", " "), flush=True)
        return int(QMessageBox.StandardButton.Ok.value)
    QMessageBox.exec = exec_box
    sys.argv = ["quizapp", *sys.argv[1:]]
    runpy.run_module("quizapp", run_name="__main__", alter_sys=True)
    """
)


def run_app(folder: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run(
        [sys.executable, "-c", CHILD, "--data-dir", str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=environment,
    )


def test_a_second_copy_says_it_is_already_running_and_exits(tmp_path: Path) -> None:
    folder = data_dir(tmp_path)
    lock = QLockFile(str(folder / "quizapp.lock"))
    assert lock.tryLock(0)
    try:
        done = run_app(folder)
    finally:
        lock.unlock()
    assert done.returncode == 3
    lines = done.stderr.strip().splitlines()
    assert lines == [f"quizapp: QuizApp is already running with this data folder ({folder})."]
    assert "Traceback" not in done.stdout + done.stderr
    assert done.stdout.startswith("DIALOG: QuizApp | QuizApp is already running")
    assert not (folder / DB_FILE_NAME).exists()  # it touched nothing


def test_the_lock_of_a_killed_copy_does_not_block_the_next_start(tmp_path: Path) -> None:
    folder = data_dir(tmp_path)
    holder = textwrap.dedent(
        f"""
        import os, signal
        from PySide6.QtCore import QLockFile
        lock = QLockFile({str(folder / "quizapp.lock")!r})
        assert lock.tryLock(0)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    killed = subprocess.run([sys.executable, "-c", holder], timeout=60, check=False)
    assert killed.returncode == -signal.SIGKILL
    assert (folder / "quizapp.lock").exists()
    done = run_app(folder, QUIZAPP_QUIT_AFTER="ready")
    assert done.returncode == 0, done.stderr
    assert "already running" not in done.stderr + done.stdout


# -- a damaged or newer progress file --------------------------------------------------------


def good_store_with_backup(folder: Path) -> tuple[Path, set[int]]:
    """A progress file with two finished quizzes and a backup of it; return its path and ids."""
    with Store.open(folder / DB_FILE_NAME) as store:
        ids = {
            stored_quiz(store, ["alpha"], Mode.PRACTICE, 1, DAY, 20),
            stored_quiz(store, ["beta"], Mode.EXAM, 2, DAY + dt.timedelta(hours=2), 40),
        }
        made = store.backup("auto")
    return made, ids


def shows_and_saves_to_the_restored_file(qtbot: QtBot, window: MainWindow, ids: set[int]) -> None:
    """History lists the restored quizzes, and a new answer is stored in the restored file."""
    assert window.store is not None
    assert {h.id for h in window.store.history()} == ids
    trigger(window, "History")
    assert window.history_page.proxy.rowCount() == len(ids)
    trigger(window, "Home")
    start_from_home(qtbot, window)
    answer(qtbot, window, 1)
    assert window.store.unfinished_quiz() is not None


def damage(path: Path, how: str) -> None:
    if how == "garbage":
        path.write_bytes(os.urandom(8192))
    elif how == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) * 2 // 3])
    else:  # a good size and page structure, but not a database header
        path.write_bytes(b"not a database!!" + path.read_bytes()[16:])


def damaged_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(DB_FILE_NAME + ".damaged-*"))


@pytest.mark.parametrize("how", ["garbage", "truncated", "header"])
def test_a_damaged_file_is_moved_aside_and_the_newest_backup_restored(
    qtbot: QtBot, make_app: AppFactory, modals: Modals, tmp_path: Path, how: str
) -> None:
    folder = data_dir(tmp_path)
    backup, ids = good_store_with_backup(folder)
    # A newer quiz after the backup: the damage loses it, the restored backup does not have it.
    with Store.open(folder / DB_FILE_NAME) as store:
        stored_quiz(store, ["alpha", "beta"], Mode.PRACTICE, 6, DAY + dt.timedelta(days=1), 50)
    damage(folder / DB_FILE_NAME, how)
    damaged_bytes = (folder / DB_FILE_NAME).read_bytes()
    modals.replies[DAMAGED_TITLE] = "Yes"

    window = make_app()
    assert window.isVisible()
    box = next(b for b in modals.shown if b.title == DAMAGED_TITLE)
    assert box.plain and "moved aside, not deleted" in box.text
    assert backup_label(backups.list_backups(folder / BACKUP_DIR_NAME)[0]) in box.text
    aside = damaged_files(folder)
    assert len(aside) == 1 and aside[0].read_bytes() == damaged_bytes
    assert str(aside[0]) in box.text
    status = window.statusBar().currentMessage()
    assert "damaged" in status and aside[0].name in status

    assert backup.exists()
    shows_and_saves_to_the_restored_file(qtbot, window, ids)


def test_a_damaged_file_without_backup_starts_afresh_and_keeps_the_damaged_one(
    make_app: AppFactory, modals: Modals, tmp_path: Path
) -> None:
    folder = data_dir(tmp_path)
    garbage = os.urandom(4096)
    (folder / DB_FILE_NAME).write_bytes(garbage)
    window = make_app()
    assert modals.titles() == [DAMAGED_TITLE]
    assert "No backup was found" in modals.shown[0].text
    aside = damaged_files(folder)
    assert len(aside) == 1 and aside[0].read_bytes() == garbage
    assert "damaged" in window.statusBar().currentMessage()
    assert window.store is not None and window.store.history() == []
    assert action(window, "History").isEnabled()


def test_a_file_from_a_newer_app_is_refused_and_left_untouched(
    qtbot: QtBot, make_app: AppFactory, modals: Modals, tmp_path: Path
) -> None:
    folder = data_dir(tmp_path)
    path = folder / DB_FILE_NAME
    good_store_with_backup(folder)
    newer = migrations.latest_version() + 1
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {newer}")
    connection.close()
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}

    window = make_app()
    assert modals.titles() == ["Progress file from a newer QuizApp"]
    assert "has not been changed" in modals.shown[0].text
    assert "newer" in window.statusBar().currentMessage()
    assert window.store is None
    assert not action(window, "History").isEnabled()
    assert not action(window, "Restore backup…").isEnabled()
    start_from_home(qtbot, window)  # quizzes still work, unsaved
    answer(qtbot, window, 1)
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and p.name in before}
    assert after == before
    assert damaged_files(folder) == []


# -- File ▸ Restore backup… ------------------------------------------------------------------


def test_restore_backup_from_the_file_menu_saves_the_current_state_first(
    qtbot: QtBot, make_app: AppFactory, modals: Modals, tmp_path: Path
) -> None:
    folder = data_dir(tmp_path)
    backup, ids = good_store_with_backup(folder)
    window = make_app()
    start_from_home(qtbot, window)
    answer(qtbot, window, 6)  # a third quiz, after the backup
    assert window.store is not None and len(window.store.history()) == 3
    trigger(window, "Home")

    chosen = next(b for b in backups.list_backups(folder / BACKUP_DIR_NAME) if b.path == backup)
    modals.item = backup_label(chosen)
    trigger(window, "Restore backup…")
    assert modals.items_offered and modals.item in modals.items_offered[0]
    assert modals.titles()[-1] == "Restore backup"
    assert "Restored the backup" in modals.shown[-1].text

    # The state before the restore was backed up: it holds the third quiz.
    saved = [b for b in backups.list_backups(folder / BACKUP_DIR_NAME) if b.kind == "restore"]
    assert len(saved) == 1
    with Store.open(saved[0].path, read_only=True) as before:
        assert len(before.history()) == 3

    shows_and_saves_to_the_restored_file(qtbot, window, ids)


def test_a_backup_that_cannot_be_restored_is_not_reported_as_restored(
    make_app: AppFactory, modals: Modals, tmp_path: Path
) -> None:
    folder = data_dir(tmp_path)
    backup, ids = good_store_with_backup(folder)
    damage(backup, "garbage")
    window = make_app()
    modals.item = backup_label(backups.list_backups(folder / BACKUP_DIR_NAME)[0])
    trigger(window, "Restore backup…")
    assert modals.titles() == ["Restore failed"]
    assert "cannot be used" in modals.shown[0].text
    assert window.store is not None
    assert {h.id for h in window.store.history()} == ids  # the current state is as it was


def test_a_restored_file_that_cannot_be_reopened_is_said_so_and_the_app_carries_on(
    qtbot: QtBot,
    make_app: AppFactory,
    modals: Modals,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = data_dir(tmp_path)
    good_store_with_backup(folder)
    window = make_app()
    modals.item = backup_label(backups.list_backups(folder / BACKUP_DIR_NAME)[0])

    def refuse(cls: type[Store], path: Path, **kwargs: object) -> Store:
        raise StoreOpenError("another program is using the progress file")

    monkeypatch.setattr(Store, "open", classmethod(refuse))
    trigger(window, "Restore backup…")
    assert modals.titles() == ["Progress cannot be saved"]
    assert modals.shown[0].plain
    assert "another program is using the progress file" in modals.shown[0].text
    assert "not saved until it is started again" in modals.shown[0].text
    assert window.store is None
    assert "not being saved" in window.statusBar().currentMessage()
    assert not action(window, "History").isEnabled()
    assert not action(window, "Restore backup…").isEnabled()
    start_from_home(qtbot, window)  # quizzes still work, unsaved
    answer(qtbot, window, 1)
    assert window.quiz_page.progress_label.text() == "Question 2 of 6"


# -- the unfinished quiz, from home ------------------------------------------------------------


def leave_after_two_answers(qtbot: QtBot, window: MainWindow, modals: Modals) -> list[str]:
    """Start a quiz, answer two questions, then Quit quiz (answering Yes); return the prompts."""
    start_from_home(qtbot, window)
    prompts = answer(qtbot, window, 2)
    modals.replies["Leave the quiz?"] = "Yes"
    click(qtbot, window.quiz_page.quit_button)
    assert current(window) is window.home_page
    return prompts


def test_a_quiz_left_with_quit_can_be_resumed_from_home(
    qtbot: QtBot, make_app: AppFactory, modals: Modals, tmp_path: Path
) -> None:
    window = make_app()
    home = window.home_page
    assert not home.resume_button.isVisible()
    leave_after_two_answers(qtbot, window, modals)
    assert "you can resume it from the home page" in modals.shown[-1].text
    assert home.unfinished_label.text() == "Unfinished quiz: 2 of 6 questions answered."
    assert home.resume_button.isVisible()
    click(qtbot, home.resume_button)
    assert current(window) is window.quiz_page
    assert window.quiz_page.progress_label.text() == "Question 3 of 6"
    answer(qtbot, window, 4)
    assert current(window) is window.results_page
    assert [state for _, state in quiz_states(tmp_path / "data")] == ["finished"]


@pytest.mark.parametrize(
    ("reply", "states", "page"),
    [
        ("Cancel", ["open"], "home_page"),
        ("Resume it", ["open"], "quiz_page"),
        ("Start new quiz", ["discarded", "open"], "quiz_page"),
    ],
)
def test_a_new_quiz_asks_before_it_sets_the_unfinished_one_aside(
    qtbot: QtBot,
    make_app: AppFactory,
    modals: Modals,
    reply: str,
    states: list[str],
    page: str,
    tmp_path: Path,
) -> None:
    window = make_app()
    leave_after_two_answers(qtbot, window, modals)
    modals.replies["Start a new quiz?"] = reply
    click(qtbot, window.home_page.start_button)
    assert modals.shown[-1].title == "Start a new quiz?"
    assert "unfinished quiz (2 of 6 questions answered)" in modals.shown[-1].text
    assert [state for _, state in quiz_states(tmp_path / "data")] == states
    assert current(window).objectName() == page
    if reply == "Resume it":
        assert window.quiz_page.progress_label.text() == "Question 3 of 6"
    # However it ends, the two answers given stay in the history export.
    assert window.store is not None
    assert len([a for a in window.store.answers() if a.quiz_id == 1]) == 2
