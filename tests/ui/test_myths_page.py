"""The "Myths you still believe" page, fed from a real history in a real store."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.engine import Confidence
from quizapp.core.learning_store import held_misconceptions
from quizapp.core.ledger import Ledger, LedgerEvent
from quizapp.core.model import Misconception
from quizapp.ui.pages.myths import MythsPage
from tests.core.learning_support import T0, Learner, myth_question

pytestmark = pytest.mark.gui

LOW, MEDIUM, HIGH = Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH
Q1 = myth_question("q1", ("myth-a", "myth-b"))  # key "1" stands for myth-a, "2" for myth-b
Q2 = myth_question("q2", ("myth-a", "myth-b"))
QA = myth_question("qa", ("myth-a", None))  # offers myth-a only
QB = myth_question("qb", ("myth-b", None))  # offers myth-b only
REGISTRY = {
    "myth-a": Misconception(id="myth-a", belief="Belief A.", correction="Correction A."),
    "myth-b": Misconception(id="myth-b", belief="Belief B.", correction="Correction B."),
}


@pytest.fixture
def learner(tmp_path: Path) -> Iterator[Learner]:
    opened = Learner(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot: QtBot) -> MythsPage:
    shown = MythsPage()
    qtbot.addWidget(shown)
    shown.resize(900, 720)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def visible_texts(page: QWidget) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel) if label.isVisible()]


def test_lists_the_held_myths_with_belief_correction_and_how_picked(
    learner: Learner, page: MythsPage
) -> None:
    learner.answer(Q1, {"1"}, T0, HIGH)
    learner.answer(Q2, {"1"}, T0.replace(hour=10), LOW)
    learner.answer(Q1, {"2"}, T0.replace(hour=11), MEDIUM)
    held = held_misconceptions(learner.db)
    assert [item.misconception for item in held] == ["myth-b", "myth-a"]

    page.show_myths(held, REGISTRY)

    beliefs = [entry.belief_label.text() for entry in page.entries]
    assert beliefs == ["Myth: Belief B.", "Myth: Belief A."]  # in the order given
    texts = visible_texts(page)
    assert "In fact: Correction A." in texts
    assert "In fact: Correction B." in texts
    myth_a = page.entries[1].details_label.text()
    assert "Picked 2 times" in myth_a
    assert "Highest confidence when picking it: High." in myth_a
    assert "Highest confidence when picking it: Medium." in page.entries[0].details_label.text()
    # Picking myth-b on Q1 rejected myth-a with Medium confidence: one point of two.
    assert "1 of 2 points" in myth_a
    assert "2 myths" in page.summary_label.text()


def test_a_myth_rejected_with_confidence_leaves_the_list(learner: Learner, page: MythsPage) -> None:
    learner.answer(Q1, {"1"}, T0, LOW)  # picks myth-a, rejects myth-b (nothing to clear)
    learner.answer(Q2, {"2"}, T0.replace(hour=10), LOW)  # picks myth-b, rejects myth-a (0)
    page.show_myths(held_misconceptions(learner.db), REGISTRY)
    assert {"Myth: Belief A.", "Myth: Belief B."} <= set(visible_texts(page))

    learner.answer(Q1, {"0"}, T0.replace(hour=11), HIGH)  # rejects both with High
    learner.answer(Q2, {"1"}, T0.replace(hour=12), MEDIUM)  # picks myth-a again
    page.show_myths(held_misconceptions(learner.db), REGISTRY)

    texts = visible_texts(page)
    assert "Myth: Belief A." in texts
    assert not any("Belief B." in text for text in texts)
    assert [entry.belief_label.text() for entry in page.entries] == ["Myth: Belief A."]


def test_empty_state_in_words(learner: Learner, page: MythsPage) -> None:
    learner.answer(Q1, {"0"}, T0, HIGH)  # right: no myth picked
    page.show_myths(held_misconceptions(learner.db), REGISTRY)
    assert page.entries == []
    assert (
        "You hold none of the myths this course tests — or you have not met them yet."
        in visible_texts(page)
    )
    assert page.back_button.hasFocus()


def test_bank_markup_shows_literally_and_an_unknown_myth_is_listed_by_id(
    learner: Learner, page: MythsPage
) -> None:
    learner.answer(QA, {"1"}, T0, HIGH)
    learner.answer(QB, {"1"}, T0.replace(hour=10), HIGH)
    marked = {
        "myth-a": Misconception(
            id="myth-a", belief="<b>Bold</b> & <i>sure</i>", correction="Use <br> lines."
        )
    }
    page.show_myths(held_misconceptions(learner.db), marked)
    labels = [label for label in page.findChildren(QLabel) if label.isVisible()]
    bold = [label for label in labels if label.text() == "Myth: <b>Bold</b> & <i>sure</i>"]
    assert bold
    assert bold[0].textFormat() is Qt.TextFormat.PlainText
    assert "In fact: Use <br> lines." in visible_texts(page)
    assert "Myth: myth-b" in visible_texts(page)  # its bank is gone: listed by id


def test_the_rule_on_screen_is_the_rule_the_ledger_applies(page: MythsPage) -> None:
    words = page.rule_label.text()
    found = re.search(
        r"High (\d+), Medium (\d+), none given (\d+), Low (\d+)\. Once it has (\d+) points",
        words,
    )
    assert found, words
    high, medium, unrated, low, clear = (int(value) for value in found.groups())
    assert "Picking it again starts the count afresh." in words

    def held_after(rejections: list[Confidence | None]) -> bool:
        ledger = Ledger()
        ledger.observe(LedgerEvent("m", True, HIGH, T0))
        for level in rejections:
            ledger.observe(LedgerEvent("m", False, level, T0))
        return ledger.is_held("m")

    assert high > 0 and medium > 0 and unrated > 0 and low == 0
    assert not held_after([HIGH] * -(-clear // high))
    assert held_after([HIGH] * (-(-clear // high) - 1))
    assert not held_after([MEDIUM] * -(-clear // medium))
    assert held_after([MEDIUM] * (-(-clear // medium) - 1))
    assert not held_after([None] * -(-clear // unrated))
    assert held_after([None] * (-(-clear // unrated) - 1))
    assert held_after([LOW] * 10)  # a declared guess earns nothing


def test_keyboard_reaches_every_myth_then_back_and_escape_leaves(
    learner: Learner, page: MythsPage, qtbot: QtBot
) -> None:
    learner.answer(QA, {"1"}, T0, HIGH)
    learner.answer(QB, {"1"}, T0.replace(hour=10), HIGH)
    page.show_myths(held_misconceptions(learner.db), REGISTRY)
    page.activateWindow()
    first = page.entries[0].belief_label
    assert first.hasFocus()
    assert first.accessibleName() == "Myth 1 of 2: Belief B."
    assert "In fact: Correction B." in first.accessibleDescription()
    reached = [QApplication.focusWidget()]
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [first, page.entries[1].belief_label, page.back_button]
    with qtbot.waitSignal(page.back_requested, timeout=1000):
        qtbot.keyClick(page.back_button, Qt.Key.Key_Return)
    with qtbot.waitSignal(page.back_requested, timeout=1000):
        qtbot.keyClick(first, Qt.Key.Key_Escape)
