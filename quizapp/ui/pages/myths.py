"""The "Myths you still believe" page: each misconception the learner holds, and its correction."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.ledger import CLEAR_POINTS, HeldMisconception
from quizapp.core.model import Misconception
from quizapp.ui.learning_words import clearing_rule, confidence_words, local_time
from quizapp.ui.widgets import heading, plain_label


class MythEntry(QFrame):
    """One held misconception: the belief, its correction, and how it was picked."""

    def __init__(
        self,
        held: HeldMisconception,
        misconception: Misconception | None,
        number: int,
        count: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("myth_entry")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        if misconception is None:
            belief = held.misconception
            correction = self.tr("Not in any loaded bank any more, so its correction is unknown.")
        else:
            belief, correction = misconception.belief, misconception.correction
        self.belief_label = plain_label(self.tr("Myth: %1").replace("%1", belief))
        font = self.belief_label.font()
        font.setBold(True)
        self.belief_label.setFont(font)
        # The entry's way in for the keyboard: Tab stops here, the reader hears the whole entry.
        self.belief_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.belief_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.correction_label = plain_label(self.tr("In fact: %1").replace("%1", correction))
        picked = self.tr("Picked %n time(s), last on %1.", "", held.times_picked).replace(
            "%1", local_time(held.last_picked)
        )
        sure = self.tr("Highest confidence when picking it: %1.").replace(
            "%1", confidence_words(held.highest_confidence)
        )
        progress = (
            self.tr("Towards leaving the list: %1 of %2 points.")
            .replace("%1", str(held.progress))
            .replace("%2", str(CLEAR_POINTS))
        )
        self.details_label = plain_label("\n".join((picked, sure, progress)))
        for label in (self.belief_label, self.correction_label, self.details_label):
            layout.addWidget(label)
        self.belief_label.setAccessibleName(
            self.tr("Myth %1 of %2: %3")
            .replace("%1", str(number))
            .replace("%2", str(count))
            .replace("%3", belief)
        )
        self.belief_label.setAccessibleDescription(
            "\n".join((self.correction_label.text(), self.details_label.text()))
        )

    def text(self) -> str:
        """Return the entry's visible text."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))


class MythsPage(QWidget):
    """Lists the misconceptions the learner still holds, most recently picked first.

    Signals:
        back_requested: Leave the page.
    """

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myths_page")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Myths you still believe")))
        self.summary_label = plain_label("", selectable=False)
        layout.addWidget(self.summary_label)
        self.rule_label = plain_label(clearing_rule(), name=self.tr("How a myth leaves this list"))
        layout.addWidget(self.rule_label)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setAccessibleName(self.tr("Myths you still believe"))
        layout.addWidget(self._scroll, 1)
        self.entries: list[MythEntry] = []
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setAutoDefault(True)  # Enter presses it, as Space does
        self.back_button.clicked.connect(self.back_requested)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.back_button)
        layout.addLayout(buttons)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)

    def show_myths(
        self, held: Sequence[HeldMisconception], misconceptions: Mapping[str, Misconception]
    ) -> None:
        """Show these held misconceptions, in the order given.

        Args:
            held: The misconceptions held (from ``learning_store.held_misconceptions``).
            misconceptions: Every known misconception by id; one not found is listed by id.
        """
        body = QWidget()
        column = QVBoxLayout(body)
        self.entries = [
            MythEntry(item, misconceptions.get(item.misconception), number, len(held))
            for number, item in enumerate(held, start=1)
        ]
        for entry in self.entries:
            column.addWidget(entry)
        if not held:
            column.addWidget(
                plain_label(
                    self.tr(
                        "You hold none of the myths this course tests — or you have not met "
                        "them yet."
                    ),
                    selectable=False,
                )
            )
        column.addStretch()
        self._scroll.setWidget(body)
        self.summary_label.setText(
            self.tr(
                "%n myth(s) you picked and have not yet rejected with confidence.", "", len(held)
            )
            if held
            else self.tr("No myths to show.")
        )
        chain = [self._scroll, *(entry.belief_label for entry in self.entries), self.back_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        focus = self.entries[0].belief_label if self.entries else self.back_button
        focus.setFocus()

    def text(self) -> str:
        """Return the text of every listed myth (for tests)."""
        return "\n\n".join(entry.text() for entry in self.entries)
