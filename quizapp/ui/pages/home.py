"""The home page: pick topics, a quiz length and a mode, then start.

Passive view: it shows the topics it is given and emits ``start_requested`` with the choice.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.engine import Mode
from quizapp.ui.widgets import button_text, heading, plain_label


@dataclass(frozen=True)
class TopicEntry:
    """A topic (bank) offered on the home page."""

    bank_id: str
    title: str
    count: int


@dataclass(frozen=True)
class QuizChoice:
    """What the learner picked on the home page."""

    bank_ids: tuple[str, ...]
    length: int | None
    mode: Mode


class HomePage(QWidget):
    """Course overview and quiz set-up."""

    start_requested = Signal(object)
    review_due_requested = Signal()
    resume_requested = Signal()
    problems_requested = Signal()

    LENGTHS: tuple[int | None, ...] = (5, 10, 20, None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home_page")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Back dimples and the sacral dimple")))
        self._intro = plain_label(
            self.tr(
                "Pick the topics to practise, how many questions, and whether you want feedback "
                "after each answer. Press Enter to start."
            ),
            selectable=False,
        )
        layout.addWidget(self._intro)

        self._topics_box = QGroupBox(self.tr("Topics"))
        self._topics_box.setAccessibleName(self.tr("Topics"))
        self._topics_layout = QVBoxLayout(self._topics_box)
        layout.addWidget(self._topics_box)
        self._topic_boxes: dict[str, QCheckBox] = {}

        settings = QGroupBox(self.tr("Quiz"))
        form = QFormLayout(settings)
        self.length_combo = QComboBox()
        for length in self.LENGTHS:
            label = (
                self.tr("All questions") if length is None else self.tr("%n questions", "", length)
            )
            self.length_combo.addItem(label, length)
        self.length_combo.setCurrentIndex(1)
        self.length_combo.setAccessibleName(self.tr("Quiz length"))
        length_label = QLabel(self.tr("&Length:"))
        length_label.setBuddy(self.length_combo)
        form.addRow(length_label, self.length_combo)

        mode_row = QHBoxLayout()
        self.practice_radio = QRadioButton(self.tr("&Practice: feedback after every answer"))
        self.exam_radio = QRadioButton(self.tr("&Exam: feedback at the end"))
        self.practice_radio.setAccessibleName(self.tr("Practice mode"))
        self.exam_radio.setAccessibleName(self.tr("Exam mode"))
        self.practice_radio.setChecked(True)
        self._modes = QButtonGroup(self)
        self._modes.addButton(self.practice_radio)
        self._modes.addButton(self.exam_radio)
        mode_row.addWidget(self.practice_radio)
        mode_row.addWidget(self.exam_radio)
        mode_row.addStretch()
        mode_label = QLabel(self.tr("Mode:"))
        form.addRow(mode_label, mode_row)
        layout.addWidget(settings)

        self.summary_label = plain_label("", selectable=False)
        layout.addWidget(self.summary_label)

        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("&Start quiz"))
        self.start_button.setAccessibleName(self.tr("Start quiz"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._on_start_clicked)
        self.review_due_button = QPushButton(self.tr("&Review due"))
        self.review_due_button.setAccessibleName(self.tr("Review questions that are due"))
        self.review_due_button.clicked.connect(self.review_due_requested)
        self.review_due_button.hide()
        self.resume_button = QPushButton(self.tr("Res&ume quiz"))
        self.resume_button.setAccessibleName(self.tr("Resume the unfinished quiz"))
        self.resume_button.clicked.connect(self.resume_requested)
        self.resume_button.hide()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.review_due_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.due_label = plain_label("", selectable=False)
        self.due_label.hide()
        layout.addWidget(self.due_label)
        self.unfinished_label = plain_label("", selectable=False)
        self.unfinished_label.hide()
        layout.addWidget(self.unfinished_label)

        self.load_problems_label = plain_label("", name=self.tr("Bank problems"))
        self.load_problems_label.hide()
        layout.addWidget(self.load_problems_label)
        self.problems_button = QPushButton(self.tr("Show &all bank problems…"))
        self.problems_button.setAccessibleName(self.tr("Show all bank problems"))
        self.problems_button.clicked.connect(self.problems_requested)
        self.problems_button.hide()
        problems_row = QHBoxLayout()
        problems_row.addWidget(self.problems_button)
        problems_row.addStretch()
        layout.addLayout(problems_row)
        layout.addStretch()

        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._on_start_clicked)

    def set_topics(self, topics: list[TopicEntry]) -> None:
        """Show these topics, each picked."""
        previous = {bank_id: box.isChecked() for bank_id, box in self._topic_boxes.items()}
        for box in self._topic_boxes.values():
            self._topics_layout.removeWidget(box)
            box.deleteLater()
        self._topic_boxes = {}
        for topic in topics:
            text = self.tr("%1 (%n questions)", "", topic.count).replace("%1", topic.title)
            box = QCheckBox(button_text(text))
            box.setAccessibleName(text)
            box.setChecked(previous.get(topic.bank_id, True))
            box.toggled.connect(self._update_summary)
            self._topics_layout.addWidget(box)
            self._topic_boxes[topic.bank_id] = box
        self._counts = {topic.bank_id: topic.count for topic in topics}
        self._update_summary()

    def set_load_problems(self, text: str) -> None:
        """Show (or hide, when empty) a plain-text note about banks that failed to load."""
        self.load_problems_label.setText(text)
        self.load_problems_label.setVisible(bool(text))
        self.problems_button.setVisible(bool(text))

    def set_due_count(self, count: int, next_due_note: str = "") -> None:
        """Show how many questions are due for spaced review, or when the next one is.

        Args:
            count: Questions due now; the Review due button shows only when there are some.
            next_due_note: When none is due: a sentence saying when the next one comes due
                ("" when nothing is scheduled, and the line is hidden).
        """
        text = self.tr("%n question(s) due for review", "", count) if count else next_due_note
        self.due_label.setText(text)
        self.due_label.setAccessibleName(text)
        self.due_label.setVisible(bool(text))
        self.review_due_button.setVisible(count > 0)

    def set_unfinished(self, answered: int, total: int) -> None:
        """Offer to resume an unfinished quiz (``total`` 0: there is none)."""
        text = ""
        if total:
            text = self.tr("Unfinished quiz: %1 of %n question(s) answered.", "", total)
            text = text.replace("%1", str(answered))
        self.unfinished_label.setText(text)
        self.unfinished_label.setVisible(bool(total))
        self.resume_button.setVisible(bool(total))

    def selected_bank_ids(self) -> tuple[str, ...]:
        """Return the ids of the picked topics."""
        return tuple(bank_id for bank_id, box in self._topic_boxes.items() if box.isChecked())

    def choice(self) -> QuizChoice:
        """Return the current selection."""
        mode = Mode.EXAM if self.exam_radio.isChecked() else Mode.PRACTICE
        return QuizChoice(self.selected_bank_ids(), self.length_combo.currentData(), mode)

    def _update_summary(self) -> None:
        available = sum(self._counts.get(bank_id, 0) for bank_id in self.selected_bank_ids())
        if not available:
            self.summary_label.setText(self.tr("Pick at least one topic to start."))
        else:
            self.summary_label.setText(
                self.tr("%n question(s) available in the picked topics.", "", available)
            )
        self.start_button.setEnabled(available > 0)

    def _on_start_clicked(self) -> None:
        if self.start_button.isEnabled():
            self.start_requested.emit(self.choice())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: D102 - Qt override
        super().keyPressEvent(event)
