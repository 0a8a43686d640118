"""The quiz page: one question at a time, its choices, and (in Practice) the feedback.

Passive view: ``show_question`` renders a planned question, ``show_feedback`` the scored answer.
It emits ``submit_requested`` with the picked keys and ``next_requested``; digits 1-9 pick or
toggle a choice, Enter submits and then moves on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.engine import Confidence, Outcome, PlannedQuestion, Response
from quizapp.core.model import HotspotQuestion, MultipleQuestion, Source, TrueFalseQuestion
from quizapp.ui.answer_view import AnswerView, option_text
from quizapp.ui.confidence_box import ConfidenceBox
from quizapp.ui.hotspot import HotspotPicture, load_picture
from quizapp.ui.widgets import button_text, icon, plain_label, scroll_to_line, separator


class QuizPage(QWidget):
    """Asks one question; shows feedback in Practice mode.

    Signals:
        submit_requested: The learner submitted (carries a frozenset of option keys).
        next_requested: The learner wants the next question (or the results).
        quit_requested: The learner wants to leave the quiz.
    """

    submit_requested = Signal(object)
    next_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        image_resolver: Callable[[PlannedQuestion, str], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quiz_page")
        self._resolve_image = image_resolver
        self._sources: Mapping[str, Source] = {}
        self._item: PlannedQuestion | None = None
        self._buttons: list[QAbstractButton] = []
        self._answered = False
        self._retrying = False  # an answer waits to be saved (after a failed save)
        self._last = False

        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        self.progress_label = plain_label("", selectable=False)
        self.topic_label = plain_label("", selectable=False)
        self.topic_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        header.addWidget(self.progress_label)
        header.addWidget(self.topic_label)
        outer.addLayout(header)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Question and answers"))
        body = QWidget()
        self._body = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._scroll = scroll

        self.notice_label = plain_label("", name=self.tr("Notice"))
        self.notice_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice_label.setMargin(6)
        self._body.addWidget(self.notice_label)
        self.prompt_label = plain_label("", name=self.tr("Question"))
        font = self.prompt_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.prompt_label.setFont(font)
        self._body.addWidget(self.prompt_label)
        self.instruction_label = plain_label("", selectable=False)
        self._body.addWidget(self.instruction_label)

        self.picture = HotspotPicture()
        self.picture.region_clicked.connect(self._on_picture_region_clicked)
        self.picture.setMaximumHeight(320)
        self._body.addWidget(self.picture)

        self.choices_box = QGroupBox(self.tr("Answers"))
        self._choices_layout = QVBoxLayout(self.choices_box)
        self._body.addWidget(self.choices_box)
        self._group = QButtonGroup(self)

        self.confidence_box = ConfidenceBox()
        self.confidence_buttons = self.confidence_box.buttons
        self._body.addWidget(self.confidence_box)
        self._ask_confidence = True

        self.terms_area = QWidget()
        self._terms_layout = QVBoxLayout(self.terms_area)
        self._terms_layout.setContentsMargins(0, 0, 0, 0)
        self._body.addWidget(self.terms_area)

        self._feedback_separator = separator()
        self._body.addWidget(self._feedback_separator)
        self.feedback_area = QWidget()
        self._feedback_layout = QVBoxLayout(self.feedback_area)
        self._feedback_layout.setContentsMargins(0, 0, 0, 0)
        self._feedback_layout.addStretch()
        self._body.addWidget(self.feedback_area)
        self._body.addStretch()
        self.feedback_view: AnswerView | None = None

        self.status_label = plain_label("", selectable=False)
        outer.addWidget(self.status_label)
        buttons = QHBoxLayout()
        self.quit_button = QPushButton(self.tr("&Quit quiz"))
        self.quit_button.setAccessibleName(self.tr("Quit quiz"))
        self.quit_button.clicked.connect(self.quit_requested)
        self.action_button = QPushButton(self.tr("&Submit"))
        self.action_button.setAccessibleName(self.tr("Submit answer"))
        self.action_button.clicked.connect(self._on_action)
        buttons.addWidget(self.quit_button)
        buttons.addStretch()
        buttons.addWidget(self.action_button)
        outer.addLayout(buttons)

        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._on_action)
        for letter, level in (
            ("L", Confidence.LOW),
            ("M", Confidence.MEDIUM),
            ("H", Confidence.HIGH),
        ):
            shortcut = QShortcut(QKeySequence(letter), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda lv=level: self.set_confidence(lv))
        for digit in range(1, 10):
            shortcut = QShortcut(QKeySequence(str(digit)), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=digit: self.press_digit(d))

    # -- rendering -------------------------------------------------------------------------

    def set_sources(self, sources: Mapping[str, Source]) -> None:
        """Give the page the source registry used to name cited sources."""
        self._sources = sources

    def show_question(self, item: PlannedQuestion, number: int, total: int) -> None:
        """Render a question: progress, topic, notice, prompt, choices."""
        self._item = item
        self._answered = False
        self._last = number == total
        question = item.question
        self.progress_label.setText(
            self.tr("Question %1 of %2").replace("%1", str(number)).replace("%2", str(total))
        )
        self.topic_label.setText(self.tr("Topic: %1").replace("%1", item.topic_title))
        self.notice_label.setText(item.notice)
        self.notice_label.setVisible(bool(item.notice))
        self.prompt_label.setText(question.prompt)
        if isinstance(question, MultipleQuestion):
            instruction = self.tr(
                "Pick all that apply, then press Enter. Keys 1-9 toggle a choice."
            )
        elif isinstance(question, HotspotQuestion):
            instruction = self.tr(
                "Click the place on the picture, or pick it from the list (keys 1-9), then press "
                "Enter."
            )
        else:
            instruction = self.tr("Pick one answer (keys 1-9), then press Enter.")
        self.instruction_label.setText(instruction)

        if any(old.hasFocus() for old in self._buttons):
            # The focused choice is about to go (an exam moves on without feedback): keep the
            # focus on the page, or its keys (1-9, L/M/H, Enter) stop working.
            self.setFocus()
        for old in self._buttons:
            if old.group() is self._group:
                self._group.removeButton(old)
            self._choices_layout.removeWidget(old)
            old.deleteLater()
        self._buttons = []
        is_multiple = isinstance(question, MultipleQuestion)
        self._group.setExclusive(not is_multiple)
        is_tf = isinstance(question, TrueFalseQuestion)
        for position, option in enumerate(item.shown_options(), start=1):
            shown = button_text(option_text(is_tf, option))
            label = f"&{position}. {shown}" if position <= 9 else f"{position}. {shown}"
            button: QAbstractButton = QCheckBox(label) if is_multiple else QRadioButton(label)
            button.setProperty("option_key", option.key)
            button.setAccessibleName(option_text(is_tf, option))
            button.toggled.connect(self._on_choice_toggled)
            if not is_multiple:  # check boxes stay out: each is its own Tab stop
                self._group.addButton(button)
            self._choices_layout.addWidget(button)
            self._buttons.append(button)
        self.choices_box.setTitle(
            self.tr("Places on the picture")
            if isinstance(question, HotspotQuestion)
            else self.tr("Answers")
        )
        self.choices_box.setAccessibleName(self.choices_box.title())
        self._lock_choices(False)
        self.confidence_box.setEnabled(True)

        if isinstance(question, HotspotQuestion):
            path = self._resolve_image(item, question.image)
            self.picture.set_question(load_picture(path) if path else None, list(question.regions))
            self.picture.setAccessibleName(self.tr("Picture"))
            self.picture.setAccessibleDescription(question.image_alt)
            self.picture.setToolTip(question.image_alt)
            self.picture.setEnabled(True)
            self.picture.show()
        else:
            self.picture.hide()

        self.confidence_box.clear()
        self.confidence_box.setVisible(self._ask_confidence)
        self._clear_feedback()
        self.status_label.setText("")
        self.action_button.setText(self.tr("&Submit"))
        self.action_button.setAccessibleName(self.tr("Submit answer"))
        self._update_action()
        self._scroll.verticalScrollBar().setValue(0)
        if self._buttons:
            self._buttons[0].setFocus()

    def set_terms(self, widget: QWidget | None) -> None:
        """Show a widget with the glossary terms of the question (or nothing)."""
        while self._terms_layout.count():
            taken = self._terms_layout.takeAt(0)
            child = taken.widget() if taken is not None else None
            if child is not None:
                child.deleteLater()
        if widget is not None:
            self._terms_layout.addWidget(widget)

    def show_feedback(
        self,
        response: Response,
        picture_factory: Callable[[PlannedQuestion], QWidget | None] | None = None,
    ) -> None:
        """Show how the answer scored, why, and the sources; mark right and picked choices."""
        if self._item is None:
            return
        self._answered = True
        self._lock_choices(True)
        self.confidence_box.setEnabled(False)
        self.picture.setEnabled(False)
        for button in self._buttons:
            key = button.property("option_key")
            option = next(o for o in self._item.shown_options() if o.key == key)
            if option.correct:
                button.setIcon(icon("correct"))
                button.setText(button.text() + "  " + self.tr("(correct answer)"))
            elif key in response.picked:
                button.setIcon(icon("incorrect"))
                button.setText(button.text() + "  " + self.tr("(your pick, wrong)"))
        if isinstance(self._item.question, HotspotQuestion):
            right = next(iter(self._item.question.correct_keys()))
            self.picture.reveal(right)
        self._clear_feedback()
        self.feedback_view = AnswerView(
            self._item, response, self._sources, picture_factory=picture_factory
        )
        self._feedback_layout.insertWidget(0, self.feedback_view)
        self._feedback_separator.show()
        self.feedback_area.show()
        self.action_button.setText(self.tr("See &results") if self._last else self.tr("&Next"))
        self.action_button.setAccessibleName(
            self.tr("See results") if self._last else self.tr("Next question")
        )
        self.action_button.setEnabled(True)
        verdict = {
            Outcome.CORRECT: self.tr("Correct."),
            Outcome.PARTIAL: self.tr("Partly correct."),
            Outcome.INCORRECT: self.tr("Incorrect."),
        }[response.outcome]
        self.status_label.setText(verdict + " " + self.tr("Press Enter to continue."))
        self.action_button.setFocus()
        QTimer.singleShot(0, self._scroll_to_feedback)

    def _scroll_to_feedback(self) -> None:
        """Bring the verdict and the explanation into view (long questions push them down)."""
        body = self._scroll.widget()
        if self.feedback_view is None or body is None:
            return
        top = self.feedback_view.mapTo(body, self.feedback_view.rect().topLeft()).y()
        # Show the end of the question above the verdict, so the two read together.
        scroll_to_line(self._scroll, top - self._scroll.viewport().height() // 4, keep=top)

    def show_save_problem(self, message: str) -> None:
        """Tell the learner an answer could not be saved; Enter tries again.

        The answer on screen is the one waiting to be saved, so the choices, the picture and
        the confidence row are frozen until it is saved (the next ``show_feedback`` or
        ``show_question``).
        """
        sentence = message.strip()
        if not sentence.endswith((".", "!", "?")):
            sentence += "."
        self.status_label.setText(
            self.tr("%1 Your answer is kept; press Enter to try again.").replace("%1", sentence)
        )
        self.action_button.setText(self.tr("&Try saving again"))
        self.action_button.setAccessibleName(self.tr("Try saving again"))
        self._retrying = True
        self._lock_choices(True)
        self.confidence_box.setEnabled(False)
        self.picture.setEnabled(False)
        self.action_button.setEnabled(True)
        self.action_button.setFocus()

    def _lock_choices(self, locked: bool) -> None:
        """Freeze the choices after answering, keeping them readable (not greyed out)."""
        for button in self._buttons:
            button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, locked)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus if locked else Qt.FocusPolicy.StrongFocus)

    def _clear_feedback(self) -> None:
        if self.feedback_view is not None:
            self._feedback_layout.removeWidget(self.feedback_view)
            self.feedback_view.deleteLater()
            self.feedback_view = None
        self._feedback_separator.hide()
        self.feedback_area.hide()
        self._retrying = False

    # -- input -------------------------------------------------------------------------------

    def set_ask_confidence(self, ask: bool) -> None:
        """Show or hide the "how sure are you" row (a setting)."""
        self._ask_confidence = ask
        self.confidence_box.setVisible(ask and not self._answered)

    def set_confidence(self, level: Confidence) -> None:
        """Say how sure the learner is (keys L, M, H)."""
        if self._ask_confidence and not self._answered and not self._retrying:
            self.confidence_box.set_level(level)

    def confidence(self) -> Confidence | None:
        """Return the confidence picked, if any."""
        if not self._ask_confidence:
            return None
        return self.confidence_box.level()

    def picked_keys(self) -> frozenset[str]:
        """Return the keys of the choices picked."""
        return frozenset(str(b.property("option_key")) for b in self._buttons if b.isChecked())

    def press_digit(self, digit: int) -> None:
        """Pick (or for check boxes toggle) the choice with this number."""
        if self._answered or self._retrying or not 1 <= digit <= len(self._buttons):
            return
        button = self._buttons[digit - 1]
        if isinstance(button, QCheckBox):
            button.toggle()
        else:
            button.setChecked(True)
        button.setFocus()

    def _on_picture_region_clicked(self, region_id: str) -> None:
        for button in self._buttons:
            if button.property("option_key") == region_id:
                button.setChecked(True)
                button.setFocus()

    def _on_choice_toggled(self) -> None:
        if self._item is not None and isinstance(self._item.question, HotspotQuestion):
            keys = self.picked_keys()
            self.picture.set_picked(next(iter(keys)) if keys else None)
        self._update_action()

    def _update_action(self) -> None:
        if not self._answered:
            self.action_button.setEnabled(bool(self.picked_keys()))

    def _on_action(self) -> None:
        if self._retrying:
            self.submit_requested.emit(None)
        elif self._answered:
            self.next_requested.emit()
        elif self.picked_keys():
            self.submit_requested.emit(self.picked_keys())
        else:
            self.status_label.setText(self.tr("Pick an answer first (keys 1-9)."))

    def is_answered(self) -> bool:
        """True once feedback is shown for the current question."""
        return self._answered
