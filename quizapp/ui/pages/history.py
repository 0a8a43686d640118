"""The history page: past quizzes in a sortable table; opening one shows its review."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.engine import Mode
from quizapp.core.store_records import QuizSummary
from quizapp.ui.widgets import format_duration, format_points, heading, plain_label

_Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """Finished quizzes: date, topics, mode, score, percent, duration."""

    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    ID_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[QuizSummary] = []
        self._topic_titles: dict[str, str] = {}

    def set_rows(self, rows: Sequence[QuizSummary], topic_titles: dict[str, str]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self._topic_titles = topic_titles
        self.endResetModel()

    def headers(self) -> list[str]:
        """Return the translated column titles."""
        return [
            self.tr("Date"),
            self.tr("Topics"),
            self.tr("Mode"),
            self.tr("Score"),
            self.tr("Percent"),
            self.tr("Duration"),
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, D102
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, D102
        return 0 if parent.isValid() else 6

    def headerData(  # noqa: D102
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: D102
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == self.ID_ROLE:
            return row.id
        if role == self.SORT_ROLE:
            return [
                row.started_at.timestamp(),
                self._topics(row),
                row.mode.value,
                row.points,
                row.percent,
                row.seconds,
            ][column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return [
                row.started_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                self._topics(row),
                self.tr("Practice") if row.mode is Mode.PRACTICE else self.tr("Exam"),
                self.tr("%1 of %2")
                .replace("%1", format_points(row.points))
                .replace("%2", str(row.total)),
                f"{row.percent:.0f}%",
                format_duration(row.seconds),
            ][column]
        return None

    def _topics(self, row: QuizSummary) -> str:
        # In title order: the same topics read (and sort) the same whatever order a plan had.
        titles = {self._topic_titles.get(topic, topic) for topic in row.topics}
        return ", ".join(sorted(titles, key=str.casefold))


class HistoryPage(QWidget):
    """Lists past quizzes.

    Signals:
        open_requested: Show the review of a quiz (carries its id).
        back_requested: Leave the history.
    """

    open_requested = Signal(int)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_page")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("History")))
        self.summary_label = plain_label("", selectable=False)
        layout.addWidget(self.summary_label)
        self.model = HistoryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(HistoryModel.SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Past quizzes"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._on_table_activated)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open review"))
        self.open_button.setAccessibleName(self.tr("Open the review of the selected quiz"))
        self.open_button.clicked.connect(self._on_open_clicked)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self.back_requested)
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        buttons.addWidget(self.back_button)
        layout.addLayout(buttons)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)

    def set_rows(self, rows: Sequence[QuizSummary], topic_titles: dict[str, str]) -> None:
        """Show these quizzes (newest first)."""
        self.model.set_rows(rows, topic_titles)
        self.summary_label.setText(
            self.tr("%n finished quiz(zes). Press Enter on a row to see its review.", "", len(rows))
            if rows
            else self.tr("No finished quiz yet.")
        )
        self.open_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)
        self.table.setFocus()

    def selected_quiz_id(self) -> int | None:
        """Return the id of the selected quiz, if any."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.proxy.data(index, HistoryModel.ID_ROLE)
        return int(value) if value is not None else None

    def _on_table_activated(self, index: QModelIndex) -> None:
        value = self.proxy.data(index, HistoryModel.ID_ROLE)
        if value is not None:
            self.open_requested.emit(int(value))

    def _on_open_clicked(self) -> None:
        quiz_id = self.selected_quiz_id()
        if quiz_id is not None:
            self.open_requested.emit(quiz_id)
