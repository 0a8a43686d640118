"""The mistake workbench, fed from a real history in a real store through the real query."""

from __future__ import annotations

import datetime as dt
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.engine import Confidence
from quizapp.core.learning_queries import MistakeFilter, mistakes
from quizapp.core.model import Misconception, Source
from quizapp.ui.pages.mistakes import BATCH, MistakesPage, shorten, since_for
from tests.core.learning_support import Learner, myth_question

pytestmark = pytest.mark.gui

LOW, MEDIUM, HIGH = Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH
NOW = dt.datetime(2025, 3, 10, 12, 0, tzinfo=dt.UTC)
HOUR, DAY = dt.timedelta(hours=1), dt.timedelta(days=1)
# Key "0" is right, "1" stands for myth-a, "2" for myth-b.
Q = {qid: myth_question(qid, ("myth-a", "myth-b")) for qid in ("q1", "q2", "q3", "q4", "q5")}
MYTHS = {
    "myth-a": Misconception(id="myth-a", belief="Belief A.", correction="Correction A."),
    "myth-b": Misconception(id="myth-b", belief="Belief B.", correction="Correction B."),
}
TOPICS = [("topic-a", "Topic A"), ("topic-b", "Topic B")]
SOURCES = {"src-one": Source(id="src-one", title="Moon facts", publisher="Space agency")}


@pytest.fixture(autouse=True)
def _zone(request: pytest.FixtureRequest) -> Iterator[None]:
    """Run in a known time zone (UTC unless a test asks otherwise), then restore it."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = getattr(request, "param", "UTC")
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture
def learner(tmp_path: Path) -> Iterator[Learner]:
    opened = Learner(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def history(learner: Learner) -> Learner:
    """Newest mistake first: q3 (1 hour ago), q2 (3 days), q4 (10 days, since fixed), q1 (40)."""
    learner.answer(Q["q1"], {"1"}, NOW - 40 * DAY, HIGH)
    learner.answer(Q["q4"], {"2"}, NOW - 10 * DAY, LOW, topic="topic-b", title="Topic B")
    learner.answer(Q["q2"], {"2"}, NOW - 3 * DAY, MEDIUM)
    learner.answer(Q["q4"], {"0"}, NOW - 2 * DAY, HIGH, topic="topic-b", title="Topic B")
    learner.answer(Q["q5"], {"0"}, NOW - 2 * DAY, HIGH)  # right: never listed
    learner.answer(Q["q3"], {"1"}, NOW - HOUR, None, topic="topic-b", title="Topic B")
    return learner


def make_page(qtbot: QtBot, learner: Learner) -> MistakesPage:
    page = MistakesPage(lambda chosen: mistakes(learner.db, chosen, per_question=True), clock=now)
    qtbot.addWidget(page)
    page.set_choices(TOPICS, MYTHS)
    page.set_sources(SOURCES)
    page.refresh()
    page.resize(900, 720)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=1000)
    return page


def now() -> dt.datetime:
    return NOW


@pytest.fixture
def page(qtbot: QtBot, history: Learner) -> MistakesPage:
    return make_page(qtbot, history)


def visible_texts(page: QWidget) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel) if label.isVisible()]


def listed(page: MistakesPage) -> list[str]:
    """The questions whose prompts the page shows, in order."""
    found = [re.fullmatch(r"Prompt of (q\d+)\?", text) for text in visible_texts(page)]
    return [match.group(1) for match in found if match]


def test_lists_each_missed_question_with_why_each_pick_was_wrong(page: MistakesPage) -> None:
    assert listed(page) == ["q3", "q2", "q4", "q1"]
    assert page.count_label.text() == "4 missed questions."
    texts = visible_texts(page)
    assert "Your pick “wrong answer 1 of q1”: Wrong 1 of q1 because." in texts
    assert "Correct answer: right answer of q1" in texts
    assert "Explanation of q1." in texts
    assert any("Moon facts — Space agency" in text for text in texts)
    headers = [header.text() for header in page.headers]
    assert headers[0] == "1. Topic B · answered 2025-03-10 11:00 · confidence: not given"
    assert headers[3] == "4. Topic A · answered 2025-01-29 12:00 · confidence: High"
    assert page.retry_button.isEnabled()
    assert page.export_button.isEnabled()


@pytest.mark.parametrize(
    ("combo", "index", "expected"),
    [
        ("topic_combo", 2, ["q3", "q4"]),  # Topic B
        ("topic_combo", 1, ["q2", "q1"]),  # Topic A
        ("misconception_combo", 1, ["q3", "q1"]),  # Belief A.
        ("misconception_combo", 2, ["q2", "q4"]),  # Belief B.
        ("confidence_combo", 1, ["q4"]),  # Low
        ("confidence_combo", 2, ["q2"]),  # Medium
        ("confidence_combo", 3, ["q1"]),  # High
        ("confidence_combo", 4, ["q3"]),  # Not given
        ("date_combo", 1, ["q3"]),  # Today
        ("date_combo", 2, ["q3", "q2"]),  # Last 7 days
        ("date_combo", 3, ["q3", "q2", "q4"]),  # Last 30 days
    ],
)
def test_each_filter_changes_the_list(
    page: MistakesPage, combo: str, index: int, expected: list[str]
) -> None:
    getattr(page, combo).setCurrentIndex(index)
    assert listed(page) == expected
    matching = (
        "1 missed question matches"
        if len(expected) == 1
        else f"{len(expected)} missed questions match"
    )
    assert page.count_label.text() == f"{matching} these filters."
    getattr(page, combo).setCurrentIndex(0)
    assert listed(page) == ["q3", "q2", "q4", "q1"]


def test_only_questions_still_wrong(page: MistakesPage, qtbot: QtBot) -> None:
    page.still_missed_check.setFocus()
    qtbot.keyClick(page.still_missed_check, Qt.Key.Key_Space)
    assert page.current_filter().still_missed
    assert listed(page) == ["q3", "q2", "q1"]  # q4 was answered right since


def test_filters_combine_and_an_empty_list_says_so(page: MistakesPage, qtbot: QtBot) -> None:
    page.topic_combo.setCurrentIndex(1)  # Topic A
    page.misconception_combo.setCurrentIndex(1)  # Belief A.
    assert listed(page) == ["q1"]
    page.date_combo.setCurrentIndex(1)  # Today
    assert listed(page) == []
    assert "No missed question matches these filters." in visible_texts(page)
    assert not page.retry_button.isEnabled()
    assert not page.export_button.isEnabled()
    with qtbot.assertNotEmitted(page.retry_requested):
        page.retry_button.click()


def test_an_empty_history(qtbot: QtBot, learner: Learner) -> None:
    page = make_page(qtbot, learner)
    assert listed(page) == []
    assert any(text.startswith("No missed questions yet") for text in visible_texts(page))
    assert not page.retry_button.isEnabled()


def test_current_filter_and_choices_kept_when_offered_again(page: MistakesPage) -> None:
    assert page.current_filter() == MistakeFilter()
    page.topic_combo.setCurrentIndex(2)
    page.misconception_combo.setCurrentIndex(2)
    page.confidence_combo.setCurrentIndex(4)
    page.date_combo.setCurrentIndex(2)
    assert page.current_filter() == MistakeFilter(
        topics={"topic-b"},
        misconceptions={"myth-b"},
        confidences={None},
        since=NOW - 7 * DAY,
    )
    page.set_choices([("topic-c", "Topic C"), *TOPICS], MYTHS)
    assert page.topic_combo.currentText() == "Topic B"
    assert page.misconception_combo.currentText() == "Belief B."


def test_long_beliefs_are_shortened_in_the_filter_with_the_whole_as_tip(
    page: MistakesPage,
) -> None:
    belief = "People " + "really " * 20 + "believe <b>this</b>."
    page.set_choices(TOPICS, {"long": Misconception(id="long", belief=belief, correction="No.")})
    combo = page.misconception_combo
    assert combo.itemText(1) == shorten(belief)
    assert combo.itemText(1).endswith("…") and len(combo.itemText(1)) <= 48
    assert combo.itemData(1, Qt.ItemDataRole.ToolTipRole) == belief
    assert shorten("Short  belief.") == "Short belief."


@pytest.mark.parametrize("_zone", ["XYZ-14"], indirect=True)  # POSIX for UTC+14
def test_today_starts_at_local_midnight(_zone: None) -> None:
    # 12:00 UTC is 02:00 the next day at UTC+14: that day began at 10:00 UTC.
    assert since_for(0, NOW) == NOW - 2 * HOUR
    assert since_for(7, NOW) == NOW - 7 * DAY
    assert since_for(None, NOW) is None


def test_retry_and_export_emit_the_listed_ids_in_order(page: MistakesPage, qtbot: QtBot) -> None:
    with qtbot.waitSignal(page.retry_requested, timeout=1000) as retry:
        page.retry_button.click()
    assert retry.args == [["q3", "q2", "q4", "q1"]]
    page.topic_combo.setCurrentIndex(2)
    with qtbot.waitSignal(page.export_requested, timeout=1000) as export:
        page.export_button.click()
    assert export.args == [["q3", "q4"]]


def test_keyboard_reaches_filters_mistakes_and_buttons(page: MistakesPage, qtbot: QtBot) -> None:
    assert page.topic_combo.hasFocus()  # where the page starts
    reached = [QApplication.focusWidget()]
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [
        page.topic_combo,
        page.misconception_combo,
        page.confidence_combo,
        page.date_combo,
        page.still_missed_check,
        page._scroll,
        *page.headers,
        page.retry_button,
        page.export_button,
        page.back_button,
    ]
    assert "Prompt of q3?" in page.headers[0].accessibleDescription()
    for control in reached:
        assert control.accessibleName(), control
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return):
        page.retry_button.setFocus()
        with qtbot.waitSignal(page.retry_requested, timeout=1000) as retry:
            qtbot.keyClick(page.retry_button, key)
        assert retry.args == [["q3", "q2", "q4", "q1"]]
    with qtbot.waitSignal(page.back_requested, timeout=1000):
        qtbot.keyClick(page.headers[0], Qt.Key.Key_Escape)
    alt = Qt.KeyboardModifier.AltModifier
    for key, control in [
        (Qt.Key.Key_M, page.misconception_combo),
        (Qt.Key.Key_D, page.date_combo),
        (Qt.Key.Key_P, page.topic_combo),
    ]:
        qtbot.keyClick(QApplication.focusWidget(), key, alt)
        assert control.hasFocus()


def test_a_long_list_shows_a_batch_at_a_time_and_retries_all(
    qtbot: QtBot, learner: Learner
) -> None:
    count = BATCH + 3
    learner.quiz([(myth_question(f"q{i}"), {"1"}, None, 5.0) for i in range(count)], NOW - DAY)
    page = make_page(qtbot, learner)
    assert len(listed(page)) == BATCH
    assert page.more_button.isVisible()
    assert str(BATCH) in page.count_label.text()
    page.more_button.setFocus()
    qtbot.keyClick(page.more_button, Qt.Key.Key_Space)
    assert len(listed(page)) == count
    assert not page.more_button.isVisible()
    assert page.headers[BATCH].hasFocus()  # reading goes on where the new ones start
    with qtbot.waitSignal(page.retry_requested, timeout=1000) as retry:
        page.retry_button.click()
    assert sorted(retry.args[0]) == sorted(f"q{i}" for i in range(count))


def test_switching_to_the_page_starts_at_the_first_filter(qtbot: QtBot, history: Learner) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    before = QPushButton("Somewhere else")
    stack.addWidget(before)
    page = MistakesPage(lambda chosen: mistakes(history.db, chosen, per_question=True))
    stack.addWidget(page)
    stack.show()
    stack.activateWindow()
    qtbot.waitUntil(stack.isActiveWindow, timeout=1000)
    before.setFocus()
    page.refresh()
    stack.setCurrentWidget(page)
    assert page.topic_combo.hasFocus()
