"""The whole quiz loop through real widgets: home, questions, feedback, results, review, retry.

The app is built by its controller on a temporary data folder with the small course in
``tests/data/course`` loaded as an extra bank; the bundled course is kept out by pointing
``QUIZAPP_DATA`` at a folder with an empty ``questions/`` (and the real ``assets/`` for icons).
Dialogs are replaced by a recorder: an unpatched modal would hang the run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

import quizapp
from quizapp.core.course import load_course
from quizapp.core.engine import Confidence
from quizapp.core.model import AnyQuestion
from quizapp.ui.controller import AppController
from quizapp.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
COURSE = REPO / "tests" / "data" / "course"
BIN = Path(sys.executable).parent

BOLD_PROMPT = "What does <b>bold</b> mean?"
BOLD_RIGHT = "Text in <i>heavy</i> type"

_LOADED = load_course([COURSE])
#: prompt -> (topic title, question), read from the test course itself.
QUESTIONS: dict[str, tuple[str, AnyQuestion]] = {
    question.prompt: (bank.info.title, question) for bank, question in _LOADED.questions()
}
SOURCES = _LOADED.registries.sources

#: What the learner picks for each prompt in the Practice run, and the outcome it must show.
#: Points by hand: alpha 0 + 0.5 (1 of 2 right, no wrong) + 1 = 1.5 of 3; beta 1 + 1 + 0 = 2 of 3.
PICKS: dict[str, tuple[set[str], str]] = {
    BOLD_PROMPT: ({"A blinking line"}, "Incorrect"),
    "Which of these are colours? Pick all that apply.": ({"Red"}, "Partly correct"),
    "Water is wet.": ({"True"}, "Correct"),
    "How many legs does a spider have?": ({"Eight"}, "Correct"),
    "Which of these are prime numbers? Pick all that apply.": ({"2", "3"}, "Correct"),
    "The Sun goes round the Earth.": ({"True"}, "Incorrect"),
}
MISSED = {
    BOLD_PROMPT,
    "Which of these are colours? Pick all that apply.",
    "The Sun goes round the Earth.",
}
TOPIC_ROWS = {("Alpha topic", "1.5 of 3", "50%"), ("Beta topic", "2 of 3", "67%")}
SCORE_TEXT = "Score: 3.5 of 6 points (58.3%)"


# -- fixtures --------------------------------------------------------------------------------


@dataclass
class Dialogs:
    """Every dialog the app tried to open: (class, title, text)."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.No

    def record(self, dialog: QDialog) -> int:
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        self.shown.append((type(dialog).__name__, dialog.windowTitle(), text))
        return int(self.answer.value) if isinstance(dialog, QMessageBox) else 0


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """Record modal dialogs instead of opening them."""
    recorder = Dialogs()
    monkeypatch.setattr(QMessageBox, "exec", recorder.record)
    monkeypatch.setattr(QDialog, "exec", recorder.record)
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            staticmethod(
                lambda *args, **kwargs: (
                    recorder.shown.append(("QMessageBox", "", str(args)))
                    or QMessageBox.StandardButton.No
                )
            ),
        )
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *args, **kwargs: ("", "")))
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: "")
    )
    return recorder


@pytest.fixture(autouse=True)
def _no_bundled_course(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the bundled-data lookup at an empty course (icons still come from assets/)."""
    data = tmp_path / "bundled"
    (data / "questions").mkdir(parents=True)
    (data / "assets").symlink_to(REPO / "assets", target_is_directory=True)
    monkeypatch.setenv("QUIZAPP_DATA", str(data))


AppFactory = Callable[..., MainWindow]


@pytest.fixture
def make_app(qtbot: QtBot, tmp_path: Path) -> Iterator[AppFactory]:
    """Build, show and activate the app with some extra banks (default: the test course)."""
    controllers: list[AppController] = []

    def make(*banks: Path) -> MainWindow:
        data_dir = tmp_path / "data"
        data_dir.mkdir(exist_ok=True)
        settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
        controller = AppController(data_dir, list(banks) or [COURSE], settings)
        controllers.append(controller)
        window = controller.window
        qtbot.addWidget(window)
        controller.start()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        settle()
        return window

    yield make
    for controller in controllers:
        controller.shutdown()


# -- helpers ---------------------------------------------------------------------------------


def settle() -> None:
    """Let Qt finish what the real event loop would have: pending events, deferred deletes."""
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible(), f"{button.text()!r} is not visible"
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=click_point(button))
    settle()


def click_point(button: QAbstractButton) -> QPoint:
    """Where a user clicks a button: for a radio or check box, on its label, not its blank end."""
    element = {
        QRadioButton: QStyle.SubElement.SE_RadioButtonClickRect,
        QCheckBox: QStyle.SubElement.SE_CheckBoxClickRect,
    }.get(type(button))
    if element is None:
        return button.rect().center()
    option = QStyleOptionButton()
    button.initStyleOption(option)  # type: ignore[attr-defined]
    return button.style().subElementRect(element, option, button).center()


def choices(window: MainWindow) -> list[QAbstractButton]:
    """The answer buttons on screen, top to bottom."""
    buttons = [
        b
        for b in window.quiz_page.findChildren(QAbstractButton)
        if b.property("option_key") is not None and b.isVisible()
    ]
    return sorted(buttons, key=lambda b: b.mapTo(window, b.rect().topLeft()).y())


def pick(qtbot: QtBot, window: MainWindow, texts: set[str]) -> None:
    """Click the choices whose names are ``texts``."""
    buttons = {b.accessibleName(): b for b in choices(window)}
    assert texts <= buttons.keys(), f"{texts} not among {sorted(buttons)}"
    for text in sorted(texts):
        click(qtbot, buttons[text])


def right_texts(prompt: str) -> set[str]:
    question = QUESTIONS[prompt][1]
    return {o.text for o in question.options() if o.correct}


def current(window: MainWindow) -> QWidget:
    return window.stack.currentWidget()


def table_rows(window: MainWindow) -> set[tuple[str, ...]]:
    table = window.results_page.topic_table
    return {
        tuple(table.item(row, column).text() for column in range(table.columnCount()))
        for row in range(table.rowCount())
    }


def labels_of(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def start_from_home(qtbot: QtBot, window: MainWindow, *, all_questions: bool = True) -> None:
    home = window.home_page
    assert current(window) is home
    if all_questions:
        qtbot.keyClick(home.length_combo, Qt.Key.Key_End)
        assert home.length_combo.currentText() == "All questions"
    click(qtbot, home.start_button)
    assert current(window) is window.quiz_page


def answer_all_right(qtbot: QtBot, window: MainWindow) -> list[str]:
    """Answer every question right (in Practice) until the results; return the prompts."""
    page = window.quiz_page
    prompts = []
    while current(window) is page:
        prompt = page.prompt_label.text()
        prompts.append(prompt)
        pick(qtbot, window, right_texts(prompt))
        click(qtbot, page.action_button)
        assert page.feedback_view is not None
        assert page.feedback_view.outcome_label.text() == "Correct"
        click(qtbot, page.action_button)
    return prompts


# -- the whole loop --------------------------------------------------------------------------


def test_a_practice_quiz_from_home_to_review_and_retry(
    qtbot: QtBot, make_app: AppFactory, dialogs: Dialogs
) -> None:
    window = make_app()
    home = window.home_page
    topics = [b.text() for b in home.findChildren(QCheckBox) if b.isVisible()]
    assert topics == ["Alpha topic (3 questions)", "Beta topic (3 questions)"]
    assert all(b.isChecked() for b in home.findChildren(QCheckBox) if b.isVisible())
    assert home.practice_radio.isChecked()
    start_from_home(qtbot, window)
    page = window.quiz_page

    seen = []
    for number in range(1, 7):
        prompt = page.prompt_label.text()
        assert prompt in PICKS and prompt not in seen
        seen.append(prompt)
        title, question = QUESTIONS[prompt]
        assert page.progress_label.text() == f"Question {number} of 6"
        assert page.topic_label.text() == f"Topic: {title}"
        buttons = choices(window)
        assert len(buttons) == len(question.options())
        if question.type == "multiple":
            assert all(isinstance(b, QCheckBox) for b in buttons)
            assert "all that apply" in page.instruction_label.text()
        else:
            assert all(isinstance(b, QRadioButton) for b in buttons)
        assert not page.action_button.isEnabled()  # nothing picked yet
        assert page.feedback_view is None or not page.feedback_view.isVisible()

        picked, outcome = PICKS[prompt]
        pick(qtbot, window, picked)
        click(qtbot, page.action_button)

        view = page.feedback_view
        assert view is not None and view.isVisible()
        assert page.status_label.text().startswith(outcome + ".")
        expected_outcome = (
            "Partly correct: 0.5 of 1 point" if outcome == "Partly correct" else outcome
        )
        assert view.outcome_label.text() == expected_outcome
        icons = [lb for lb in view.findChildren(QLabel) if lb.pixmap() and not lb.pixmap().isNull()]
        assert [lb.accessibleName() for lb in icons] == [outcome]  # an icon beside the words
        assert view.explanation_label.isVisible()
        assert view.explanation_label.text() == question.explanation
        assert view.sources_label.isVisible()
        for source_id in question.sources:
            src = SOURCES[source_id]
            assert f"{src.title} — {src.publisher}" in view.sources_label.text()
        marked = [b.accessibleName() for b in choices(window) if "(correct answer)" in b.text()]
        assert set(marked) == right_texts(prompt)
        shown = "\n".join(labels_of(view))
        for option in question.options():
            name = option.text if question.type != "true_false" else option.key.title()
            if name in picked and option.feedback:
                assert option.feedback in shown  # the feedback of each pick
        assert page.action_button.text().replace("&", "") == (
            "See results" if number == 6 else "Next"
        )
        click(qtbot, page.action_button)

    results = window.results_page
    assert current(window) is results
    assert results.score_label.text() == SCORE_TEXT
    assert results.time_label.text().startswith("Time taken: ")
    assert "3" in results.missed_label.text()
    assert table_rows(window) == TOPIC_ROWS
    assert results.review_button.isEnabled() and results.retry_button.isEnabled()

    click(qtbot, results.review_button)
    review = window.review_page
    assert current(window) is review
    listed = []
    for view in review.views:
        texts = labels_of(view)
        prompts = [t for t in texts if t in QUESTIONS]
        assert len(prompts) == 1
        listed.append(prompts[0])
    assert sorted(listed) == sorted(MISSED)
    text = review.text()
    # What the learner picked, the right answer and why the pick was wrong, for each miss.
    assert "Your answer: A blinking line" in text
    assert f"Correct answer: {BOLD_RIGHT}" in text
    assert "Your pick “A blinking line”: No: that would be <blink>." in text
    assert "Your answer: Red" in text
    assert "Correct answer: Red; Blue" in text or "Correct answer: Blue; Red" in text
    assert "You did not pick: Blue" in text
    assert "Your answer: True" in text and "Correct answer: False" in text
    assert "Your pick “True”: True is wrong: the Earth goes round the Sun." in text
    assert "The Earth orbits the Sun once a year." in text  # explanation
    assert "Another test source — Second publisher" in text  # sources
    assert "Water is wet." not in text and "spider" not in text  # right answers are not listed

    click(qtbot, review.back_button)
    assert current(window) is results
    click(qtbot, results.retry_button)
    assert current(window) is page
    assert page.progress_label.text() == "Question 1 of 3"
    retried = answer_all_right(qtbot, window)
    assert sorted(retried) == sorted(MISSED)
    assert current(window) is results
    assert results.score_label.text() == "Score: 3 of 3 points (100%)"
    assert not results.review_button.isEnabled() and not results.retry_button.isEnabled()
    click(qtbot, results.new_button)
    assert current(window) is home
    assert dialogs.shown == []


def test_an_exam_gives_no_feedback_and_ends_on_the_review(
    qtbot: QtBot, make_app: AppFactory, dialogs: Dialogs
) -> None:
    window = make_app()
    click(qtbot, window.home_page.exam_radio)
    start_from_home(qtbot, window)
    page = window.quiz_page
    for number in range(1, 7):
        assert page.progress_label.text() == f"Question {number} of 6"
        prompt = page.prompt_label.text()
        pick(qtbot, window, PICKS[prompt][0])
        click(qtbot, page.action_button)
        if number < 6:
            # Straight on to the next question: no verdict, no marks, no explanation.
            assert current(window) is page
            assert page.progress_label.text() == f"Question {number + 1} of 6"
            assert page.feedback_view is None or not page.feedback_view.isVisible()
            status = page.status_label.text()
            assert not any(word in status for word in ("Correct", "Incorrect", "Partly"))
            assert not any("(correct answer)" in b.text() for b in choices(window))
            assert not page.action_button.isEnabled()
    assert current(window) is window.review_page
    listed = [t for view in window.review_page.views for t in labels_of(view) if t in QUESTIONS]
    assert sorted(listed) == sorted(MISSED)
    click(qtbot, window.review_page.back_button)
    assert current(window) is window.results_page
    assert window.results_page.score_label.text() == SCORE_TEXT
    assert table_rows(window) == TOPIC_ROWS
    assert dialogs.shown == []


def test_the_length_picked_on_home_is_the_length_asked(qtbot: QtBot, make_app: AppFactory) -> None:
    window = make_app()
    qtbot.keyClick(window.home_page.length_combo, Qt.Key.Key_Home)
    assert window.home_page.length_combo.currentText() == "5 questions"
    start_from_home(qtbot, window, all_questions=False)
    assert window.quiz_page.progress_label.text() == "Question 1 of 5"


def test_unpicking_a_topic_leaves_it_out(qtbot: QtBot, make_app: AppFactory) -> None:
    window = make_app()
    beta = next(b for b in window.home_page.findChildren(QCheckBox) if b.text().startswith("Beta"))
    click(qtbot, beta)
    assert not beta.isChecked()
    start_from_home(qtbot, window)
    page = window.quiz_page
    assert page.progress_label.text() == "Question 1 of 3"
    assert page.topic_label.text() == "Topic: Alpha topic"


# -- keyboard only ---------------------------------------------------------------------------


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """Type one key into whatever has the keyboard focus (it must be on the shown page)."""
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    page = current(window)
    assert focused is page or page.isAncestorOf(focused), (
        f"focus is on {type(focused).__name__} {focused.objectName()!r}, outside the page"
    )
    qtbot.keyClick(focused, key)
    settle()


DIGITS = [getattr(Qt.Key, f"Key_{n}") for n in range(10)]


def test_a_quiz_by_keyboard_alone(qtbot: QtBot, make_app: AppFactory) -> None:
    window = make_app()
    page = window.quiz_page
    press(qtbot, window, Qt.Key.Key_Return)  # Enter on home starts a quiz
    assert current(window) is page
    for number in range(1, 7):
        assert page.progress_label.text() == f"Question {number} of 6"
        prompt = page.prompt_label.text()
        names = [b.accessibleName() for b in choices(window)]
        for position, name in enumerate(names, start=1):
            if name in right_texts(prompt):
                press(qtbot, window, DIGITS[position])
        assert {b.accessibleName() for b in choices(window) if b.isChecked()} == right_texts(prompt)
        press(qtbot, window, Qt.Key.Key_Return)  # submit
        assert page.status_label.text().startswith("Correct.")
        press(qtbot, window, Qt.Key.Key_Return)  # next (or results)
    assert current(window) is window.results_page
    assert window.results_page.score_label.text() == "Score: 6 of 6 points (100%)"
    press(qtbot, window, Qt.Key.Key_Return)  # nothing missed: Enter is New quiz
    assert current(window) is window.home_page


def test_an_exam_by_keyboard_alone(qtbot: QtBot, make_app: AppFactory) -> None:
    window = make_app()
    page = window.quiz_page
    window.home_page.exam_radio.setFocus()
    press(qtbot, window, Qt.Key.Key_Space)  # pick Exam on home
    press(qtbot, window, Qt.Key.Key_Return)
    for number in range(1, 7):
        # The picked choice of the last question is gone: the focus must still be on the page.
        assert page.progress_label.text() == f"Question {number} of 6"
        prompt = page.prompt_label.text()
        names = [b.accessibleName() for b in choices(window)]
        for position, name in enumerate(names, start=1):
            if name in right_texts(prompt):
                press(qtbot, window, DIGITS[position])
        press(qtbot, window, Qt.Key.Key_H)
        assert page.confidence() is Confidence.HIGH
        press(qtbot, window, Qt.Key.Key_Return)  # submit: straight on, no feedback in an exam
    assert current(window) is window.review_page


def test_digits_toggle_multiple_choices_and_review_by_keyboard(
    qtbot: QtBot, make_app: AppFactory
) -> None:
    window = make_app()
    page = window.quiz_page
    beta = next(b for b in window.home_page.findChildren(QCheckBox) if b.text().startswith("Beta"))
    click(qtbot, beta)  # alpha only: three questions
    window.home_page.start_button.setFocus()
    press(qtbot, window, Qt.Key.Key_Return)
    while current(window) is page:
        buttons = choices(window)
        press(qtbot, window, Qt.Key.Key_1)
        if isinstance(buttons[0], QCheckBox):
            assert buttons[0].isChecked()
            press(qtbot, window, Qt.Key.Key_1)  # a second press unticks it
            assert not buttons[0].isChecked()
            press(qtbot, window, Qt.Key.Key_2)
            press(qtbot, window, Qt.Key.Key_3)
            assert [b.isChecked() for b in buttons][:3] == [False, True, True]
        else:
            press(qtbot, window, Qt.Key.Key_2)
            assert [b.isChecked() for b in buttons][:2] == [False, True]
        press(qtbot, window, Qt.Key.Key_9)  # no ninth choice: nothing happens
        press(qtbot, window, Qt.Key.Key_Return)
        assert page.feedback_view is not None
        press(qtbot, window, Qt.Key.Key_Return)
    results = window.results_page
    assert current(window) is results
    if results.review_button.isEnabled():
        press(qtbot, window, Qt.Key.Key_Return)  # Enter on results opens the review
        assert current(window) is window.review_page
        press(qtbot, window, Qt.Key.Key_Escape)
        assert current(window) is results


def tab_cycle(qtbot: QtBot, window: MainWindow) -> list[QWidget]:
    """Press Tab until the focus comes back; return the widgets it stopped on, in order."""
    first = QApplication.focusWidget()
    assert first is not None
    stops = [first]
    for _ in range(40):
        press(qtbot, window, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused is first:
            return stops
        stops.append(focused)
    raise AssertionError(f"Tab never came back to where it started: {describe(stops[-5:])}")


def in_screen_order(window: MainWindow, stops: list[QWidget]) -> bool:
    """Whether a Tab cycle, started at its top-left stop, runs top to bottom, left to right.

    Containers that scroll (a focus stop so the keyboard can scroll them) are left out; rows
    are compared with a few pixels of slack.
    """
    page = current(window)
    points = [
        w.mapTo(page, w.rect().topLeft())
        for w in stops
        if not isinstance(w, QAbstractScrollArea) or isinstance(w, QAbstractItemView)
    ]
    keys = [(p.y() // 8, p.x()) for p in points]
    start = keys.index(min(keys))
    rotated = keys[start:] + keys[:start]
    return rotated == sorted(rotated)


def describe(stops: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__} {w.accessibleName() or w.objectName()!r}" for w in stops]


def test_tab_follows_the_screen(qtbot: QtBot, make_app: AppFactory) -> None:
    window = make_app()
    orders: dict[str, list[str]] = {}

    def check(name: str) -> None:
        stops = tab_cycle(qtbot, window)
        if not in_screen_order(window, stops):
            orders[name] = describe(stops)

    check("home")
    stops = describe(tab_cycle(qtbot, window))
    for control in ("Alpha topic (3 questions)", "Quiz length", "Practice mode", "Start quiz"):
        assert any(control in stop for stop in stops), stops
    start_from_home(qtbot, window)
    page = window.quiz_page
    check("quiz")
    pick(qtbot, window, right_texts(page.prompt_label.text()))
    check("quiz with a pick")
    assert page.action_button in tab_cycle(qtbot, window)
    click(qtbot, page.action_button)
    check("feedback")
    while current(window) is page:
        if not page.is_answered():
            pick(qtbot, window, PICKS[page.prompt_label.text()][0])
        click(qtbot, page.action_button)
    check("results")
    click(qtbot, window.results_page.review_button)
    check("review")
    assert orders == {}


# -- plain text ------------------------------------------------------------------------------


def test_markup_in_a_bank_is_shown_as_plain_text(qtbot: QtBot, make_app: AppFactory) -> None:
    window = make_app()
    page = window.quiz_page
    beta = next(b for b in window.home_page.findChildren(QCheckBox) if b.text().startswith("Beta"))
    click(qtbot, beta)
    start_from_home(qtbot, window)
    while page.prompt_label.text() != BOLD_PROMPT:
        pick(qtbot, window, right_texts(page.prompt_label.text()))
        click(qtbot, page.action_button)
        click(qtbot, page.action_button)
        assert current(window) is page, "the <b> question was never asked"
    label = page.prompt_label
    assert label.text() == BOLD_PROMPT
    assert label.textFormat() is Qt.TextFormat.PlainText
    names = [b.accessibleName() for b in choices(window)]
    assert BOLD_RIGHT in names
    right = next(b for b in choices(window) if b.accessibleName() == BOLD_RIGHT)
    assert right.text().endswith(BOLD_RIGHT)  # buttons never render rich text

    pick(qtbot, window, {"A blinking line"})
    click(qtbot, page.action_button)
    assert page.feedback_view is not None
    shown = labels_of(page.feedback_view)
    assert "The <b> tag asks for bold text." in shown
    assert "Your pick “A blinking line”: No: that would be <blink>." in shown
    marked = [lb for lb in window.findChildren(QLabel) if "<" in lb.text() and lb.isVisible()]
    assert len(marked) >= 3
    for lb in marked:
        assert lb.textFormat() is Qt.TextFormat.PlainText, lb.text()

    click(qtbot, page.action_button)
    while current(window) is page:
        pick(qtbot, window, right_texts(page.prompt_label.text()))
        click(qtbot, page.action_button)
        click(qtbot, page.action_button)
    click(qtbot, window.results_page.review_button)
    review_labels = [lb for lb in window.review_page.findChildren(QLabel) if lb.isVisible()]
    prompts = [lb for lb in review_labels if lb.text() == BOLD_PROMPT]
    assert len(prompts) == 1
    assert all(
        lb.textFormat() is Qt.TextFormat.PlainText for lb in review_labels if "<" in lb.text()
    )


# -- broken banks ----------------------------------------------------------------------------


def test_a_broken_bank_beside_good_ones_is_named_on_home(
    qtbot: QtBot, make_app: AppFactory, tmp_path: Path, dialogs: Dialogs
) -> None:
    folder = tmp_path / "banks"
    shutil.copytree(COURSE, folder)
    (folder / "broken-syntax.toml").write_text(
        'format = 1\n\n[bank]\nid = "broken-syntax"\ntitle = "Broken = = syntax\ntopic = "gamma"\n',
        encoding="utf-8",
    )
    beta = (COURSE / "beta.toml").read_text(encoding="utf-8")
    two_right = (
        beta.replace('id = "beta"', 'id = "broken-question"')
        .replace('"beta-', '"bad-')
        .replace('text = "Six"\n', 'text = "Six"\n  correct = true\n')
    )
    (folder / "broken-question.toml").write_text(two_right, encoding="utf-8")
    lines = two_right.splitlines()
    first = lines.index('id = "bad-single"') + 1  # the bad question spans these lines
    last = lines.index('id = "bad-multiple"')

    window = make_app(folder)
    home = window.home_page
    note = home.load_problems_label
    assert note.isVisible()
    assert note.textFormat() is Qt.TextFormat.PlainText
    text = note.text()
    assert "broken-syntax.toml:5" in text
    found = re.search(r"broken-question\.toml:(\d+)", text)
    assert found, text
    assert first <= int(found.group(1)) <= last  # a line inside the broken question
    assert "bad-single" in text  # the question id
    assert "exactly one correct" in text
    topics = [b.text() for b in home.findChildren(QCheckBox) if b.isVisible()]
    assert topics == ["Alpha topic (3 questions)", "Beta topic (3 questions)"]
    start_from_home(qtbot, window)
    assert window.quiz_page.progress_label.text() == "Question 1 of 6"
    assert dialogs.shown == []


def test_every_load_problem_can_be_read_from_home(
    qtbot: QtBot, make_app: AppFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "banks"
    shutil.copytree(COURSE, folder)
    for number in range(14):
        (folder / f"broken-{number:02d}.toml").write_text("format = = 1\n", encoding="utf-8")
    window = make_app(folder)
    home = window.home_page
    assert home.load_problems_label.text().endswith("…and 2 more")  # 12 shown of 14
    assert "broken-13.toml" not in home.load_problems_label.text()
    shown: list[tuple[str, str, str]] = []

    def record(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    click(qtbot, home.problems_button)
    ((title, text, details),) = shown
    assert title == "Question banks that could not be loaded"
    assert text.startswith("14 problems were found; the details list every one.")
    assert all(f"broken-{number:02d}.toml:1" in details for number in range(14))


def test_no_note_when_every_bank_loads(make_app: AppFactory) -> None:
    window = make_app()
    assert not window.home_page.load_problems_label.isVisible()


# -- accessible names ------------------------------------------------------------------------

INTERACTIVE = (QAbstractButton, QComboBox, QAbstractItemView, QLineEdit, QAbstractSpinBox)


def unnamed_controls(page: QWidget) -> tuple[int, list[str]]:
    """Count the visible controls of a page; list those a screen reader could not name."""
    bad = []
    count = 0
    for widget in page.findChildren(QWidget):
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if not (isinstance(widget, INTERACTIVE) or takes_tab) or not widget.isVisible():
            continue
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts of a composite widget (scroll bars, corner buttons)
        if isinstance(widget, QHeaderView) and isinstance(widget.parent(), QAbstractItemView):
            continue  # a table's header is read as part of its table
        count += 1
        text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
        if not widget.accessibleName().strip() and not text.replace("&", "").strip():
            bad.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return count, bad


def test_every_visible_control_has_an_accessible_name(qtbot: QtBot, make_app: AppFactory) -> None:
    window = make_app()
    checked: dict[str, list[str]] = {}

    def check(name: str) -> None:
        page = current(window)
        assert page.isVisible()
        count, checked[name] = unnamed_controls(page)
        assert count >= 2, f"only {count} controls found on {name}"

    check("home")
    start_from_home(qtbot, window)
    page = window.quiz_page
    while current(window) is page:
        prompt = page.prompt_label.text()
        kind = QUESTIONS[prompt][1].type
        check(f"quiz {kind}")
        pick(qtbot, window, PICKS[prompt][0])
        click(qtbot, page.action_button)
        check(f"feedback {kind}")
        click(qtbot, page.action_button)
    check("results")
    click(qtbot, window.results_page.review_button)
    check("review")
    assert {"home", "quiz single", "quiz multiple", "quiz true_false", "results", "review"} <= set(
        checked
    )
    assert {name: bad for name, bad in checked.items() if bad} == {}


# -- command line ----------------------------------------------------------------------------


def run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        args, capture_output=True, text=True, timeout=60, check=False, **kwargs
    )


def test_cli_version() -> None:
    done = run([str(BIN / "quizapp-cli"), "--version"])
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"quizapp {quizapp.__version__}"


def test_cli_help_lists_the_options() -> None:
    done = run([str(BIN / "quizapp-cli"), "--help"])
    assert done.returncode == 0, done.stderr
    for option in ("--version", "--data-dir", "--bank"):
        assert option in done.stdout


def test_python_m_quizapp_help(tmp_path: Path) -> None:
    done = run([sys.executable, "-m", "quizapp", "--help"], cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: quizapp")
    assert "--data-dir" in done.stdout


@pytest.mark.parametrize(
    "display",
    [
        {},
        {"DISPLAY": ":97"},  # a local display that is not there (a stale DISPLAY)
        {"QT_QPA_PLATFORM": "xcb"},  # X asked for by name, without a display
        {"WAYLAND_DISPLAY": "wayland-97", "QT_QPA_PLATFORM": "wayland"},
    ],
)
def test_without_a_display_the_app_says_so_in_one_line(
    tmp_path: Path, display: dict[str, str]
) -> None:
    assert not Path("/tmp/.X11-unix/X97").exists()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    env |= display
    done = run([str(BIN / "quizapp"), "--data-dir", str(tmp_path / "data")], env=env)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "display" in lines[0]
    assert "Traceback" not in done.stderr + done.stdout


@pytest.mark.parametrize("height", [380, 440, 480, 520])
def test_feedback_scrolls_into_view_without_cutting_a_line(
    qtbot: QtBot, make_app: AppFactory, height: int
) -> None:
    window = make_app()
    window.resize(640, height)  # short enough that the feedback needs scrolling
    settle()
    start_from_home(qtbot, window)
    page = window.quiz_page
    scroll = page._scroll
    scrolled = False
    while current(window) is page:
        pick(qtbot, window, PICKS[page.prompt_label.text()][0])
        click(qtbot, page.action_button)
        qtbot.wait(20)  # the scroll runs once the feedback is laid out
        assert page.feedback_view is not None
        body = scroll.widget()
        offset = scroll.verticalScrollBar().value()
        verdict = page.feedback_view.outcome_label
        verdict_top = verdict.mapTo(body, verdict.rect().topLeft()).y()
        assert offset <= verdict_top < offset + scroll.viewport().height()  # verdict in view
        view_height = scroll.viewport().height()
        lines = [*body.findChildren(QAbstractButton), *body.findChildren(QLabel)]
        for line in [*lines, *body.findChildren(QGroupBox)]:
            line_top = line.mapTo(body, line.rect().topLeft()).y()
            titled = isinstance(line, QGroupBox)
            line_height = line.fontMetrics().height() + 4 if titled else line.height()
            cut = line.isVisible() and line_top < offset < line_top + line_height
            scrolled = scrolled or offset > 0
            text = line.title() if titled else line.text()
            tall = (
                verdict_top - line_top >= view_height // 2
            )  # may be cut to keep the verdict in view
            assert not cut or tall, f"{type(line).__name__} {text!r} is cut at the top"
        click(qtbot, page.action_button)
    assert scrolled  # some feedback did need scrolling, so the check above was tested


def test_an_ampersand_in_bank_text_shows_as_itself_and_makes_no_shortcut(
    qtbot: QtBot, make_app: AppFactory, tmp_path: Path
) -> None:
    folder = tmp_path / "amp"
    folder.mkdir()
    (folder / "amp.toml").write_text(
        'format = 1\n\n[bank]\nid = "amp"\ntitle = "Salt & pepper"\ntopic = "amp"\n\n'
        '[[sources]]\nid = "menu"\ntitle = "A menu"\npublisher = "A cafe"\n\n'
        '[[questions]]\nid = "amp-1"\ntype = "single"\nprompt = "Which dish?"\n'
        'sources = ["menu"]\n'
        'explanation = "Fish and chips is a dish. The other is not."\n\n'
        '[[questions.choices]]\ntext = "Fish & chips"\ncorrect = true\n\n'
        '[[questions.choices]]\ntext = "&Xylophone &amp; drums"\ncorrect = false\n'
        'feedback = "An instrument is not a dish."\n',
        encoding="utf-8",
    )
    window = make_app(folder)
    (topic,) = [b for b in window.home_page.findChildren(QCheckBox) if b.isVisible()]
    assert topic.text() == "Salt && pepper (1 question)"  # "&&" is drawn as one "&"
    assert QKeySequence.mnemonic(topic.text()).isEmpty()
    start_from_home(qtbot, window)
    for button in choices(window):
        shown = button.text().replace("&&", "\x00")
        assert shown.count("&") == 1 and shown.startswith(("&1. ", "&2. "))  # only Alt+digit
        assert shown.replace("\x00", "&")[1:].endswith(button.accessibleName())
        assert QKeySequence.mnemonic(button.text()).toString() in ("Alt+1", "Alt+2")
