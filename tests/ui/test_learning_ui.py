# ruff: noqa: F811 - the quiz-flow fixtures are imported by name and requested as arguments
"""Learning over time through real widgets: confidence by keyboard, certainty marks, Review due,
the mistake workbench's Retry these, myths, statistics, the study sheet and File ▸ Import….

Uses the quiz-flow fixtures (test course, recorded dialogs); answers go to a real store.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from quizapp.core.store import DB_FILE_NAME
from quizapp.ui import learning_screens
from quizapp.ui.main_window import MainWindow
from tests.ui.test_quiz_flow import (  # noqa: F401 - autouse fixtures are used by name
    COURSE,
    DIGITS,
    MISSED,
    PICKS,
    QUESTIONS,
    REPO,
    AppFactory,
    Dialogs,
    _no_bundled_course,
    answer_all_right,
    choices,
    click,
    current,
    dialogs,
    make_app,
    pick,
    press,
    right_texts,
    settle,
    start_from_home,
)

pytestmark = pytest.mark.gui

IMPORT_DIR = REPO / "tests" / "data" / "import"


@pytest.fixture(autouse=True)
def _dialogs_see_themselves(dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch) -> None:
    """Record ``box.exec()`` calls with the box (a bound method alone would not receive it)."""

    def record(dialog: QDialog) -> int:
        return dialogs.record(dialog)

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(QDialog, "exec", record)


def stored(window: MainWindow, sql: str) -> list[tuple[object, ...]]:
    assert window.store is not None
    return [tuple(row) for row in window.store.reader().execute(sql)]


def take_quiz_with_misses(qtbot: QtBot, window: MainWindow) -> None:
    """Answer the whole test course as PICKS says (three questions missed)."""
    start_from_home(qtbot, window)
    page = window.quiz_page
    while current(window) is page:
        pick(qtbot, window, PICKS[page.prompt_label.text()][0])
        click(qtbot, page.action_button)
        click(qtbot, page.action_button)
    assert current(window) is window.results_page


def later(monkeypatch: pytest.MonkeyPatch, hours: float) -> None:
    """Make the learning screens see a time ``hours`` from now."""
    moment = dt.datetime.now(dt.UTC) + dt.timedelta(hours=hours)
    monkeypatch.setattr(learning_screens, "utc_now", lambda: moment)


def button(widget: object, text: str) -> QPushButton:
    found = [b for b in widget.findChildren(QPushButton) if b.text().replace("&", "") == text]  # type: ignore[attr-defined]
    assert found, f"no button {text!r}"
    return found[0]


# -- confidence and certainty-based marks ------------------------------------------------------


def test_confidence_by_keyboard_is_stored_and_marked(qtbot: QtBot, make_app: AppFactory) -> None:
    window = make_app()
    page = window.quiz_page
    press(qtbot, window, Qt.Key.Key_Return)  # start from home
    levels = {}
    for number in range(6):
        prompt = page.prompt_label.text()
        assert page.confidence_box.isVisible()
        names = [b.accessibleName() for b in choices(window)]
        for position, name in enumerate(names, start=1):
            if name in PICKS[prompt][0]:
                press(qtbot, window, DIGITS[position])
        key = (Qt.Key.Key_H, Qt.Key.Key_M, Qt.Key.Key_L)[number % 3]
        levels[prompt] = ("high", "medium", "low")[number % 3]
        press(qtbot, window, key)
        press(qtbot, window, Qt.Key.Key_Return)  # submit
        assert page.feedback_view is not None and page.feedback_view.isVisible()
        press(qtbot, window, Qt.Key.Key_Return)  # next
    assert current(window) is window.results_page

    prompt_of = {question.id: prompt for prompt, (_, question) in QUESTIONS.items()}
    rows = stored(window, "SELECT question_id, confidence, points FROM answers")
    by_prompt = {prompt_of[str(qid)]: (level, points) for qid, level, points in rows}
    assert {prompt: level for prompt, (level, _) in by_prompt.items()} == levels

    # Certainty-based marks by hand: right +1/+2/+3, wrong 0/-2/-6, partial linear.
    marks = {"low": (0, 1), "medium": (-2, 2), "high": (-6, 3)}
    total = sum(
        marks[level][0] + (marks[level][1] - marks[level][0]) * float(str(points))
        for level, points in by_prompt.values()
    )
    confident_wrong = sum(
        1 for level, points in by_prompt.values() if level != "low" and float(str(points)) < 1
    )
    extra = window.results_page.extra_label
    assert extra.isVisible()
    assert extra.textFormat() == Qt.TextFormat.PlainText
    shown = f"{total:.2f}".rstrip("0").rstrip(".")  # at most two decimals, as the score line
    assert f"Certainty-based score: {shown} of a possible 18 " in extra.text()
    if confident_wrong:
        assert f"{confident_wrong} confident answer" in extra.text()
        assert "worth another look" in extra.text()


def test_no_certainty_line_when_confidence_is_switched_off(
    qtbot: QtBot, make_app: AppFactory
) -> None:
    window = make_app()
    window.ask_confidence_action.trigger()  # Settings ▸ Ask how sure I am: off
    take_quiz_with_misses(qtbot, window)
    assert not window.results_page.extra_label.isVisible()
    assert {row[0] for row in stored(window, "SELECT confidence FROM answers")} == {None}


# -- spaced review ----------------------------------------------------------------------------


def test_missed_questions_are_due_the_same_day_and_review_due_asks_them(
    qtbot: QtBot, make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_app()
    home = window.home_page
    assert not home.review_due_button.isVisible()  # nothing answered yet
    take_quiz_with_misses(qtbot, window)
    later(monkeypatch, hours=1)
    click(qtbot, window.results_page.new_button)
    assert current(window) is home
    assert home.due_label.isVisible()
    assert home.due_label.text() == f"{len(MISSED)} questions due for review"
    click(qtbot, home.review_due_button)
    assert sorted(answer_all_right(qtbot, window)) == sorted(MISSED)
    # Now known: a right answer schedules them days ahead, so nothing is due an hour later.
    click(qtbot, window.results_page.new_button)
    assert not home.review_due_button.isVisible()


def test_home_says_when_the_next_question_comes_due_and_wakes_then(
    qtbot: QtBot, make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_app()
    home = window.home_page
    assert not home.due_label.isVisible()  # nothing scheduled: no line at all
    take_quiz_with_misses(qtbot, window)
    click(qtbot, window.results_page.new_button)
    assert home.due_label.isVisible()
    assert home.due_label.text().startswith(
        "Nothing is due for review now; the next question comes due at "
    )
    assert not home.review_due_button.isVisible()
    timer = window.learning._due_timer
    assert timer.isActive()
    assert 0 < timer.remainingTime() <= 3600 * 1000  # a missed question is back within the hour
    later(monkeypatch, hours=1)
    timer.timeout.emit()  # the moment comes while the home page is open
    assert home.due_label.text() == f"{len(MISSED)} questions due for review"
    assert home.review_due_button.isVisible()


def test_the_due_count_grows_while_home_is_open_and_skips_unloaded_banks(
    qtbot: QtBot, make_app: AppFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_app()
    home = window.home_page
    take_quiz_with_misses(qtbot, window)
    due_times = sorted(
        dt.datetime.fromisoformat(str(due))
        for (due,) in stored(window, "SELECT due FROM schedules WHERE last_rating = 1")
    )
    first, last = due_times[0], due_times[-1]
    assert len(due_times) == len(MISSED) and first < last  # answered seconds apart
    with sqlite3.connect(tmp_path / "data" / DB_FILE_NAME) as db:  # from a bank now removed
        db.execute(
            "INSERT INTO schedules SELECT 'gone-1', topic, topic_title, card, due, state, "
            "last_rating, reviews, last_review FROM schedules WHERE last_rating = 1 "
            "ORDER BY due LIMIT 1"
        )
    monkeypatch.setattr(learning_screens, "utc_now", lambda: first)
    click(qtbot, window.results_page.new_button)
    assert home.due_label.text() == "1 question due for review"  # not the removed bank's
    assert window.learning._due_timer.isActive()  # more come due: the page will be woken
    monkeypatch.setattr(learning_screens, "utc_now", lambda: last)
    window.learning._due_timer.timeout.emit()
    assert home.due_label.text() == f"{len(MISSED)} questions due for review"


# -- the mistake workbench, myths and the study sheet ------------------------------------------


def test_retry_these_from_the_workbench(qtbot: QtBot, make_app: AppFactory) -> None:
    window = make_app()
    take_quiz_with_misses(qtbot, window)
    window.learning.mistakes_action.trigger()
    settle()
    workbench = current(window)
    assert workbench.objectName() == "mistakes_page"
    visible = "\n".join(lb.text() for lb in workbench.findChildren(QLabel) if lb.isVisible())
    for prompt in MISSED:
        assert prompt in visible  # shown as plain text, markup and all
    retry = button(workbench, "Retry these")
    retry.setFocus()
    qtbot.keyClick(retry, Qt.Key.Key_Space)
    settle()
    assert sorted(answer_all_right(qtbot, window)) == sorted(MISSED)


def test_study_sheet_from_the_file_menu(
    qtbot: QtBot, make_app: AppFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_app()
    take_quiz_with_misses(qtbot, window)
    targets = iter([tmp_path / "sheet.md", tmp_path / "sheet.pdf"])
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kwargs: (str(next(targets)), "")),
    )
    window.learning.export_action.trigger()
    markdown = (tmp_path / "sheet.md").read_text(encoding="utf-8")
    assert "3 questions missed" in markdown
    assert markdown.count("### Question") == len(MISSED)
    assert "What does \\<b\\>bold\\</b\\> mean?" in markdown or "<b>bold</b>" in markdown
    assert "The Sun goes round the Earth." in markdown
    assert "Water is wet." not in markdown  # answered right: not on the sheet
    assert "saved to" in window.statusBar().currentMessage()

    window.learning.export_action.trigger()
    from pypdf import PdfReader

    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "sheet.pdf").pages)
    assert "The Sun goes round the Earth." in " ".join(text.split())


def test_myths_screen_lists_a_picked_misconception(
    qtbot: QtBot, make_app: AppFactory, tmp_path: Path
) -> None:
    bank = tmp_path / "myths"
    bank.mkdir()
    (bank / "misconceptions.toml").write_text(
        textwrap.dedent(
            """
            [[misconceptions]]
            id = "moon-cheese"
            belief = "The Moon is made of <i>cheese</i>."
            correction = "The Moon is rock and dust."
            """
        ),
        encoding="utf-8",
    )
    (bank / "sources.toml").write_text(
        '[[sources]]\nid = "moon-facts"\ntitle = "Moon facts"\npublisher = "Space agency"\n',
        encoding="utf-8",
    )
    (bank / "moon.toml").write_text(
        textwrap.dedent(
            """
            format = 1

            [bank]
            id = "moon"
            title = "Moon"
            topic = "moon"

            [[questions]]
            id = "moon-1"
            type = "single"
            prompt = "What is the Moon made of?"
            explanation = "Rock and dust, as samples brought back show."
            sources = ["moon-facts"]

              [[questions.choices]]
              text = "Rock and dust"
              correct = true

              [[questions.choices]]
              text = "Cheese"
              feedback = "A children's joke, not a finding."
              misconception = "moon-cheese"
            """
        ),
        encoding="utf-8",
    )
    window = make_app(bank)
    assert not window.course.failures, window.course.failures
    start_from_home(qtbot, window)
    pick(qtbot, window, {"Cheese"})
    click(qtbot, window.quiz_page.action_button)
    click(qtbot, window.quiz_page.action_button)
    window.learning.myths_action.trigger()
    settle()
    myths = current(window)
    assert myths.objectName() == "myths_page"
    texts = [lb.text() for lb in myths.findChildren(QLabel) if lb.isVisible()]
    assert any("The Moon is made of <i>cheese</i>." in text for text in texts)
    assert any("The Moon is rock and dust." in text for text in texts)


# -- statistics -------------------------------------------------------------------------------


def test_statistics_open_with_an_empty_history(qtbot: QtBot, make_app: AppFactory) -> None:
    window = make_app()
    window.learning.statistics_action.trigger()
    settle()
    assert current(window).objectName() == "statistics_page"
    assert any(lb.isVisible() for lb in current(window).findChildren(QLabel))


def test_qtcharts_loads_only_when_statistics_open(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from quizapp.ui.controller import AppController
        data = Path({str(tmp_path / "data")!r})
        data.mkdir()
        settings = QSettings(str(data / "s.ini"), QSettings.Format.IniFormat)
        controller = AppController(data, [Path({str(COURSE)!r})], settings)
        controller.start()
        app.processEvents()
        before = "PySide6.QtCharts" in sys.modules
        controller.window.learning.show_statistics()
        after = "PySide6.QtCharts" in sys.modules
        controller.shutdown()
        print(before, after)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True"]


# -- File ▸ Import… -----------------------------------------------------------------------------


def import_action(window: MainWindow) -> QAction:
    """Return File ▸ Import GIFT or Aiken file…."""
    return next(
        a for a in window.file_menu.actions() if a.text().replace("&", "").startswith("Import")
    )


def test_import_a_gift_file_from_the_app(
    qtbot: QtBot,
    make_app: AppFactory,
    dialogs: Dialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_app()
    source = IMPORT_DIR / "basic.aiken"
    target = tmp_path / "data" / "questions" / "basic.toml"
    offered: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), ""))
    )

    def save_as(*args: object, **kwargs: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    before = [b.text() for b in window.home_page.findChildren(QCheckBox)]
    import_action(window).trigger()
    settle()
    assert offered == [str(target)]  # the learner's own questions folder by default
    assert target.is_file()
    titles, texts = zip(*[(title, text) for _, title, text in dialogs.shown], strict=True)
    assert "Import finished" in titles
    assert any(text.startswith("Imported 2 of 2 questions.") for text in texts)
    after = [b.text() for b in window.home_page.findChildren(QCheckBox) if b.isVisible()]
    assert len(after) == len(before) + 1
    assert any("(2 questions)" in text for text in after)
    # The imported questions can be asked at once.
    with sqlite3.connect(tmp_path / "data" / DB_FILE_NAME) as db:
        assert db.execute("SELECT count(*) FROM quizzes").fetchone() == (0,)


def test_an_import_that_fails_says_why_in_the_visible_text(
    qtbot: QtBot,
    make_app: AppFactory,
    dialogs: Dialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_app()
    source = tmp_path / "run-on.gift"
    source.write_text("::a:: First? {=yes ~no}\n::b:: Second? {=yes ~no}\n", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), ""))
    )
    saved: list[object] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: saved.append(a) or ("", ""))
    )
    import_action(window).trigger()
    settle()
    assert saved == []  # nothing to save: no save dialog
    ((_, title, text),) = dialogs.shown
    assert title == "Nothing imported"
    assert "No question could be imported from run-on.gift." in text
    assert "run-on.gift:2: more than one answer block" in text  # visible, not only in details
    assert "separated by a blank line" in text


# -- Alt+letter ---------------------------------------------------------------------------------


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found[1].casefold() if found else None


def test_no_alt_letter_of_a_screen_is_taken_by_a_menu(make_app: AppFactory) -> None:
    window = make_app()
    for action in (
        window.learning.mistakes_action,
        window.learning.myths_action,
        window.learning.statistics_action,
    ):
        action.trigger()  # build the lazy screens
        settle()
    menus = {_mnemonic(action.text()) for action in window.menuBar().actions()}
    assert None not in menus and len(menus) == len(window.menuBar().actions())
    clashes = []
    for index in range(window.stack.count()):
        page = window.stack.widget(index)
        texts = [b.text() for b in page.findChildren(QAbstractButton)]
        texts += [lb.text() for lb in page.findChildren(QLabel) if lb.buddy() is not None]
        letters = [letter for letter in map(_mnemonic, texts) if letter and not letter.isdigit()]
        clashes += [f"{page.objectName()}: Alt+{x.upper()}" for x in set(letters) & menus]
        clashes += [
            f"{page.objectName()}: Alt+{x.upper()} twice"
            for x in set(letters)
            if letters.count(x) > 1
        ]
    assert not clashes, clashes
