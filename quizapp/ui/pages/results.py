"""The results page: score, per-topic breakdown, time taken, and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.engine import QuizResult
from quizapp.ui.widgets import format_duration, format_points, heading, plain_label


class ResultsPage(QWidget):
    """Shows a finished quiz's score.

    Signals:
        review_requested: Show the missed questions.
        retry_requested: Start a quiz of just the missed questions.
        new_quiz_requested: Back to the home page.
    """

    review_requested = Signal()
    retry_requested = Signal()
    new_quiz_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results_page")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Results")))
        self.score_label = plain_label("", name=self.tr("Score"))
        font = self.score_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.score_label.setFont(font)
        layout.addWidget(self.score_label)
        self.time_label = plain_label("", name=self.tr("Time taken"))
        layout.addWidget(self.time_label)
        self.missed_label = plain_label("", selectable=False)
        layout.addWidget(self.missed_label)
        self.extra_label = plain_label("", name=self.tr("More about your answers"))
        self.extra_label.hide()
        layout.addWidget(self.extra_label)
        self.notice_label = plain_label("", name=self.tr("Notice"))
        self.notice_label.hide()
        layout.addWidget(self.notice_label)

        self.topic_table = QTableWidget(0, 3)
        self.topic_table.setHorizontalHeaderLabels(
            [self.tr("Topic"), self.tr("Points"), self.tr("Percent")]
        )
        self.topic_table.setAccessibleName(self.tr("Score per topic"))
        self.topic_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.topic_table.setTabKeyNavigation(False)  # Tab leaves the table, not a trap
        self.topic_table.verticalHeader().hide()
        header = self.topic_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.topic_table)

        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.review_button = QPushButton(self.tr("&Review missed"))
        self.review_button.setAccessibleName(self.tr("Review missed questions"))
        self.retry_button = QPushButton(self.tr("Re&try missed"))
        self.retry_button.setAccessibleName(self.tr("Retry missed questions"))
        self.new_button = QPushButton(self.tr("&New quiz"))
        self.new_button.setAccessibleName(self.tr("New quiz"))
        self.review_button.clicked.connect(self.review_requested)
        self.retry_button.clicked.connect(self.retry_requested)
        self.new_button.clicked.connect(self.new_quiz_requested)
        for button in (self.review_button, self.retry_button, self.new_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout.addLayout(buttons)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._on_enter)

    def show_result(self, result: QuizResult, notices: list[str] | None = None) -> None:
        """Render a result (and any bank notices that apply to it)."""
        self.score_label.setText(
            self.tr("Score: %1 of %2 points (%3%)")
            .replace("%1", format_points(result.points))
            .replace("%2", str(result.total))
            .replace("%3", f"{result.percent:g}")
        )
        self.time_label.setText(
            self.tr("Time taken: %1").replace("%1", format_duration(result.seconds))
        )
        missed = len(result.missed)
        self.missed_label.setText(
            self.tr("%n question(s) missed or partly missed.", "", missed)
            if missed
            else self.tr("Every answer was right. Well done!")
        )
        self.review_button.setEnabled(missed > 0)
        self.retry_button.setEnabled(missed > 0)
        self.topic_table.setRowCount(len(result.by_topic))
        for row, topic in enumerate(result.by_topic):
            percent = 100.0 * topic.points / topic.total if topic.total else 0.0
            cells = [
                topic.title,
                self.tr("%1 of %2")
                .replace("%1", format_points(topic.points))
                .replace("%2", str(topic.total)),
                f"{percent:.0f}%",
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.topic_table.setItem(row, column, cell)
        self.topic_table.resizeColumnsToContents()
        self.topic_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows_height = sum(self.topic_table.rowHeight(r) for r in range(len(result.by_topic)))
        self.topic_table.setMaximumHeight(
            rows_height + self.topic_table.horizontalHeader().height() + 4
        )
        shown = "\n".join(dict.fromkeys(n for n in notices or [] if n))
        self.notice_label.setText(shown)
        self.notice_label.setVisible(bool(shown))
        (self.review_button if missed else self.new_button).setFocus()

    def set_extra(self, text: str) -> None:
        """Show an extra plain-text paragraph (e.g. the certainty-based score)."""
        self.extra_label.setText(text)
        self.extra_label.setVisible(bool(text))

    def _on_enter(self) -> None:
        focused = self.focusWidget()
        if isinstance(focused, QPushButton) and focused.isEnabled():
            focused.click()
        elif self.review_button.isEnabled():
            self.review_button.click()
        else:
            self.new_button.click()
