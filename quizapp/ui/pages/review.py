"""The review page: every missed or partly missed question, with why and the sources."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from quizapp.core.engine import PlannedQuestion, Response
from quizapp.core.model import Source
from quizapp.ui.answer_view import AnswerView
from quizapp.ui.widgets import heading, plain_label, separator


class ReviewPage(QWidget):
    """Lists answered questions with their explanations.

    Signals:
        retry_requested: Start a quiz of the missed questions.
        back_requested: Leave the review.
    """

    retry_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_page")
        layout = QVBoxLayout(self)
        self.title_label = heading(self.tr("Review"))
        layout.addWidget(self.title_label)
        self.summary_label = plain_label("", selectable=False)
        layout.addWidget(self.summary_label)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setAccessibleName(self.tr("Missed questions"))
        layout.addWidget(self._scroll, 1)
        self.views: list[AnswerView] = []
        buttons = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("Re&try missed"))
        self.retry_button.setAccessibleName(self.tr("Retry missed questions"))
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.retry_button.clicked.connect(self.retry_requested)
        self.back_button.clicked.connect(self.back_requested)
        buttons.addWidget(self.retry_button)
        buttons.addStretch()
        buttons.addWidget(self.back_button)
        layout.addLayout(buttons)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)

    def show_items(
        self,
        items: Sequence[tuple[PlannedQuestion, Response]],
        sources: Mapping[str, Source],
        *,
        title: str = "",
        can_retry: bool = True,
        picture_factory: Callable[[PlannedQuestion], QWidget | None] | None = None,
    ) -> None:
        """Show these answered questions (usually the missed ones)."""
        self.title_label.setText(title or self.tr("Review missed questions"))
        body = QWidget()
        column = QVBoxLayout(body)
        self.views = []
        for number, (item, response) in enumerate(items, start=1):
            header = plain_label(
                self.tr("%1. Topic: %2").replace("%1", str(number)).replace("%2", item.topic_title),
                selectable=False,
            )
            column.addWidget(header)
            view = AnswerView(
                item, response, sources, show_prompt=True, picture_factory=picture_factory
            )
            self.views.append(view)
            column.addWidget(view)
            column.addWidget(separator())
        column.addStretch()
        self._scroll.setWidget(body)
        self.summary_label.setText(
            self.tr("%n question(s) to look at again.", "", len(items))
            if items
            else self.tr("Nothing was missed.")
        )
        self.retry_button.setVisible(can_retry)
        self.retry_button.setEnabled(bool(items))
        self.back_button.setFocus()

    def text(self) -> str:
        """Return the text of every listed answer (for tests)."""
        return "\n\n".join(view.text() for view in self.views)
