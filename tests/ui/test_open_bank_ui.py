# ruff: noqa: F811 - the quiz-flow fixtures are imported by name and requested as arguments
"""File ▸ Open bank… through real widgets: a good bank joins the home page, a broken one shows
its findings as plain text, and the app carries on either way.

Uses the quiz-flow ``make_app`` (the small test course, a real store); the file dialog and the
message boxes are answered by :mod:`tests.ui.modals`.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from quizapp.ui.main_window import MainWindow
from tests.ui.modals import Modals, modals  # noqa: F401 - a fixture, used by name
from tests.ui.test_quiz_flow import (  # noqa: F401 - autouse fixtures are used by name
    COURSE,
    AppFactory,
    _no_bundled_course,
    click,
    current,
    make_app,
    settle,
    start_from_home,
)

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("modals")]

FAILED_TITLE = "The bank could not be loaded"

GOOD = textwrap.dedent(
    """\
    format = 1

    [bank]
    id = "gamma"
    title = "Gamma <i>topic</i>"
    topic = "gamma"

    [[sources]]
    id = "gamma-source"
    title = "Gamma source"
    publisher = "Gamma publisher"

    [[questions]]
    id = "gamma-one"
    type = "true_false"
    prompt = "Gamma comes after beta."
    answer = true
    feedback = "False is wrong: alpha, beta, gamma."
    explanation = "It is the third letter."
    sources = ["gamma-source"]

    [[questions]]
    id = "gamma-two"
    type = "single"
    prompt = "Which letter of the Greek alphabet is gamma?"
    explanation = "Alpha, beta, gamma."
    sources = ["gamma-source"]

      [[questions.choices]]
      text = "The third"
      correct = true

      [[questions.choices]]
      text = "The second"
      feedback = "The second is beta."
    """
)

#: Two right answers to a single question, and a repeated choice with markup in it.
BROKEN = textwrap.dedent(
    """\
    format = 1

    [bank]
    id = "broken"
    title = "Broken <b>bank</b>"
    topic = "broken"

    [[sources]]
    id = "broken-source"
    title = "A source"
    publisher = "A publisher"

    [[questions]]
    id = "broken-twice-right"
    type = "single"
    prompt = "Which is <b>right</b>?"
    explanation = "Only one."
    sources = ["broken-source"]

      [[questions.choices]]
      text = "<b>Same</b>"
      correct = true

      [[questions.choices]]
      text = "<b>Same</b>"
      correct = true
    """
)


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line number of the ``occurrence``-th line containing ``needle``."""
    numbers = [n for n, line in enumerate(text.splitlines(), start=1) if needle in line]
    return numbers[occurrence - 1]


def open_bank(window: MainWindow, modals: Modals, path: Path) -> None:
    """File ▸ Open bank…, picking ``path`` in the file dialog."""
    found = [a for a in window.file_menu.actions() if a.text().replace("&", "") == "Open bank…"]
    assert len(found) == 1
    item: QAction = found[0]
    assert item.isEnabled()
    modals.open_file = str(path)
    item.trigger()
    settle()


def topics(window: MainWindow) -> list[str]:
    return [b.text() for b in window.home_page.findChildren(QCheckBox) if b.isVisible()]


def only_topic(qtbot: QtBot, window: MainWindow, prefix: str) -> None:
    """Tick only the topic whose box starts with ``prefix``."""
    for box in window.home_page.findChildren(QCheckBox):
        if box.isVisible() and box.isChecked() != box.text().startswith(prefix):
            click(qtbot, box)


def test_a_good_bank_joins_the_home_page_with_its_questions(
    qtbot: QtBot, make_app: AppFactory, modals: Modals, tmp_path: Path
) -> None:
    window = make_app()
    assert topics(window) == ["Alpha topic (3 questions)", "Beta topic (3 questions)"]
    path = tmp_path / "elsewhere" / "gamma.toml"
    path.parent.mkdir()
    path.write_text(GOOD, encoding="utf-8")
    open_bank(window, modals, path)
    assert modals.shown == []
    assert current(window) is window.home_page
    assert topics(window) == [
        "Alpha topic (3 questions)",
        "Beta topic (3 questions)",
        "Gamma <i>topic</i> (2 questions)",  # markup in a title shows literally
    ]
    assert not window.home_page.load_problems_label.isVisible()

    only_topic(qtbot, window, "Gamma")
    start_from_home(qtbot, window)
    page = window.quiz_page
    assert page.progress_label.text() == "Question 1 of 2"
    assert page.topic_label.text() == "Topic: Gamma <i>topic</i>"
    assert page.prompt_label.text() in {
        "Gamma comes after beta.",
        "Which letter of the Greek alphabet is gamma?",
    }


def test_a_broken_bank_shows_its_findings_as_plain_text_and_the_app_carries_on(
    qtbot: QtBot, make_app: AppFactory, modals: Modals, tmp_path: Path
) -> None:
    window = make_app()
    path = tmp_path / "broken.toml"
    path.write_text(BROKEN, encoding="utf-8")
    open_bank(window, modals, path)

    assert modals.titles() == [FAILED_TITLE]
    box = modals.shown[0]
    assert box.plain  # and details are always plain text in a QMessageBox
    assert "broken.toml" in box.text
    findings = box.details
    choices_line = line_of(BROKEN, "[[questions.choices]]")
    repeated_line = line_of(BROKEN, 'text = "<b>Same</b>"', 2)
    assert findings.splitlines() == [
        f"{path}:{choices_line}:3: a 'single' question needs exactly one correct choice, "
        "found 2 [broken-twice-right / questions[0].choices]",
        f"{path}:{repeated_line}:3: choice 2 repeats choice 1 ('<b>Same</b>') "
        "[broken-twice-right / questions[0].choices[1].text]",
    ]

    # Nothing of it was loaded; the home page is as before, and quizzes still work.
    assert topics(window) == ["Alpha topic (3 questions)", "Beta topic (3 questions)"]
    assert not window.home_page.load_problems_label.isVisible()
    start_from_home(qtbot, window)
    assert window.quiz_page.progress_label.text() == "Question 1 of 6"


def test_a_bank_reusing_loaded_question_ids_names_both_places(
    make_app: AppFactory, modals: Modals, tmp_path: Path
) -> None:
    window = make_app()
    copy = (COURSE / "alpha.toml").read_text(encoding="utf-8")
    copy = copy.replace('id = "alpha"', 'id = "alpha-copy"').replace(
        'title = "Alpha topic"', 'title = "Alpha copy"'
    )
    path = tmp_path / "banks" / "alpha-copy.toml"
    path.parent.mkdir()
    path.write_text(copy, encoding="utf-8")
    (path.parent / "sources.toml").write_text(
        (COURSE / "sources.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    open_bank(window, modals, path)
    assert modals.titles() == [FAILED_TITLE]
    findings = modals.shown[0].details
    assert "alpha-single" in findings
    assert "alpha-copy.toml:" in findings and str(COURSE / "alpha.toml") in findings
    assert topics(window) == ["Alpha topic (3 questions)", "Beta topic (3 questions)"]


def test_open_bank_is_on_ctrl_o(qtbot: QtBot, make_app: AppFactory, modals: Modals) -> None:
    window = make_app()
    found = [a for a in window.file_menu.actions() if a.text().replace("&", "") == "Open bank…"]
    assert (
        found[0].shortcut().matches(Qt.Key.Key_O | Qt.KeyboardModifier.ControlModifier).name
        == "ExactMatch"
    )
    modals.open_file = ""  # the learner cancels the file dialog
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert modals.shown == []
    assert topics(window) == ["Alpha topic (3 questions)", "Beta topic (3 questions)"]


def test_the_first_findings_are_visible_without_show_details(
    make_app: AppFactory, modals: Modals, tmp_path: Path
) -> None:
    window = make_app()
    path = tmp_path / "broken.toml"
    path.write_text(BROKEN, encoding="utf-8")
    open_bank(window, modals, path)
    assert "broken-twice-right" in modals.shown[0].text
    choices_line = line_of(BROKEN, "[[questions.choices]]")
    repeated_line = line_of(BROKEN, 'text = "<b>Same</b>"', 2)
    assert modals.shown[0].text.splitlines() == [
        "broken.toml has problems; fix them and open it again:",
        "",
        f"broken.toml:{choices_line}: a 'single' question needs exactly one correct choice, "
        "found 2 [broken-twice-right]",
        f"broken.toml:{repeated_line}: choice 2 repeats choice 1 ('<b>Same</b>') "
        "[broken-twice-right]",
    ]


def test_past_five_findings_the_text_says_how_many_more_and_the_details_list_all(
    make_app: AppFactory, modals: Modals, tmp_path: Path
) -> None:
    window = make_app()
    question = BROKEN.split("[[questions]]")[1]
    text = BROKEN + "".join(
        "\n[[questions]]" + question.replace("broken-twice-right", f"broken-{n}") for n in range(3)
    )
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    open_bank(window, modals, path)
    box = modals.shown[0]
    assert len(box.details.splitlines()) == 8  # four questions, two problems each
    shown = box.text.splitlines()[2:]
    assert len(shown) == 6
    assert all(line.startswith("broken.toml:") for line in shown[:5])
    assert shown[5] == "…and 3 more"
    assert [line for line in box.details.splitlines() if "[broken-2 /" in line]
    assert "broken-2" not in box.text


def test_opening_a_bank_that_is_already_open_says_so(
    make_app: AppFactory, modals: Modals, tmp_path: Path
) -> None:
    window = make_app()
    path = tmp_path / "gamma.toml"
    path.write_text(GOOD, encoding="utf-8")
    open_bank(window, modals, path)
    assert modals.shown == []
    before = topics(window)
    for again in (path, COURSE / "alpha.toml", COURSE):
        open_bank(window, modals, again)
        box = modals.shown[-1]
        assert box.title == "The bank is already open" and box.plain
        assert box.text == f"{again.name} is already open; its topics are on the home page."
        assert box.details == ""
    assert len(modals.shown) == 3
    assert topics(window) == before
    assert not window.home_page.load_problems_label.isVisible()
