"""The mistake workbench: every missed question, filtered by topic, myth, confidence and date.

The page only shows what its query returns (the caller asks for each question's newest
mistake) and turns the list into **Retry these** and **Export study sheet…** requests; each
mistake is explained with the same :class:`~quizapp.ui.answer_view.AnswerView` as the review.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Collection, Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.engine import Confidence, PlannedQuestion, Response
from quizapp.core.learning_queries import Mistake, MistakeFilter
from quizapp.core.model import Misconception, Source
from quizapp.ui.answer_view import AnswerView
from quizapp.ui.learning_words import confidence_words, local_time
from quizapp.ui.widgets import heading, plain_label, separator

#: Longest belief shown in the misconception filter (the whole belief is its tool tip).
BELIEF_CHARS = 48
#: How many mistakes are shown at first, and added by each **Show more**.
BATCH = 20
#: The confidence filter's choices, in combo order (None: any).
CONFIDENCE_CHOICES: tuple[frozenset[Confidence | None] | None, ...] = (
    None,
    frozenset({Confidence.LOW}),
    frozenset({Confidence.MEDIUM}),
    frozenset({Confidence.HIGH}),
    frozenset({None}),
)
#: The date filter's choices, in combo order: how far back (None: any time; 0: today).
DATE_CHOICES: tuple[int | None, ...] = (None, 0, 7, 30)


def shorten(text: str, limit: int = BELIEF_CHARS) -> str:
    """Return ``text`` on one line, cut at a word boundary to at most ``limit`` characters."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1].rsplit(" ", 1)[0] or line[: limit - 1]
    return cut.rstrip(" ,;:.") + "…"


def since_for(days: int | None, now: dt.datetime) -> dt.datetime | None:
    """Return the earliest answer time (UTC) for a date choice.

    Args:
        days: None for any time, 0 for today (since local midnight), else that many days back.
        now: The current time (aware).
    """
    if days is None:
        return None
    if days == 0:
        local = now.astimezone()
        return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(dt.UTC)
    return (now - dt.timedelta(days=days)).astimezone(dt.UTC)


def mistake_view(mistake: Mistake, sources: Mapping[str, Source]) -> AnswerView:
    """Return the explanation of a stored mistake, as the review page shows an answer."""
    question = mistake.question
    order = tuple(option.key for option in question.options())
    item = PlannedQuestion(question, mistake.topic, mistake.topic_title, order)
    picked = frozenset(option.key for option in mistake.picked)
    response = Response(
        mistake.position,
        question.id,
        picked,
        mistake.points,
        mistake.outcome,
        confidence=mistake.confidence,
    )
    return AnswerView(item, response, sources, show_prompt=True)


def _combo(name: str, texts: Sequence[str]) -> QComboBox:
    """Return a filter combo with an accessible name, these choices, and a modest width."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItems(list(texts))
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    return combo


def _filled(combo: QComboBox, first: str, choices: Sequence[tuple[str, str, str]]) -> None:
    """Refill a combo with (id, text, tool tip) choices after ``first``, keeping the choice."""
    kept = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(first, None)
    for key, text, tip in choices:
        combo.addItem(text, key)
        combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
    found = combo.findData(kept) if kept is not None else 0
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)


class MistakesPage(QWidget):
    """Lists missed questions with why each pick was wrong; filters; retry or export them.

    Signals:
        back_requested: Leave the page.
        retry_requested: Start a quiz of these question ids (those listed, in list order).
        export_requested: Save a study sheet of these question ids (those listed).
    """

    back_requested = Signal()
    retry_requested = Signal(list)
    export_requested = Signal(list)

    def __init__(
        self,
        query: Callable[[MistakeFilter], Sequence[Mistake]],
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        """Build the page.

        Args:
            query: Returns the mistakes matching a filter (newest first).
            parent: Parent widget.
            clock: Returns the current time (aware); for the date filter. Defaults to now.
        """
        super().__init__(parent)
        self.setObjectName("mistakes_page")
        self._query = query
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._sources: Mapping[str, Source] = {}
        self.mistakes: list[Mistake] = []
        self.views: list[AnswerView] = []
        self.headers: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Mistakes")))
        layout.addLayout(self._filters())
        self.count_label = plain_label("", selectable=False)
        layout.addWidget(self.count_label)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setAccessibleName(self.tr("Missed questions"))
        layout.addWidget(self._scroll, 1)
        self.retry_button = QPushButton(self.tr("Re&try these"))
        self.retry_button.setAccessibleName(self.tr("Retry the listed questions"))
        self.retry_button.clicked.connect(self._on_retry_clicked)
        self.export_button = QPushButton(self.tr("&Export study sheet…"))
        self.export_button.setAccessibleName(
            self.tr("Export a study sheet of the listed questions")
        )
        self.export_button.clicked.connect(self._on_export_clicked)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self.back_requested)
        for button in (self.retry_button, self.export_button, self.back_button):
            button.setAutoDefault(True)  # Enter presses the focused button, as Space does
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch()
        buttons.addWidget(self.back_button)
        layout.addLayout(buttons)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)
        self.set_choices([], {})
        self._show_list([])

    def _filters(self) -> QGridLayout:
        self.topic_combo = _combo(self.tr("Topic"), [])
        self.misconception_combo = _combo(self.tr("Misconception"), [])
        self.confidence_combo = _combo(
            self.tr("Confidence"),
            [
                self.tr("Any confidence"),
                self.tr("Low"),
                self.tr("Medium"),
                self.tr("High"),
                self.tr("Not given"),
            ],
        )
        self.date_combo = _combo(
            self.tr("Date"),
            [
                self.tr("Any time"),
                self.tr("Today"),
                self.tr("Last 7 days"),
                self.tr("Last 30 days"),
            ],
        )
        self.still_missed_check = QCheckBox(self.tr("&Only questions I still get wrong"))
        self.still_missed_check.setAccessibleName(self.tr("Only questions I still get wrong"))
        grid = QGridLayout()
        labelled = [
            (self.tr("To&pic:"), self.topic_combo),
            (self.tr("&Misconception:"), self.misconception_combo),
            (self.tr("&Confidence:"), self.confidence_combo),
            (self.tr("&Date:"), self.date_combo),
        ]
        for index, (text, combo) in enumerate(labelled):
            label = QLabel(text)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(self.refresh)
            row, column = divmod(index, 2)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(combo, row, column * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.addWidget(self.still_missed_check, 2, 0, 1, 4)
        self.still_missed_check.toggled.connect(self.refresh)
        return grid

    def set_choices(
        self, topics: Sequence[tuple[str, str]], misconceptions: Mapping[str, Misconception]
    ) -> None:
        """Offer these topics and misconceptions in the filters (a current choice is kept).

        Args:
            topics: (topic id, title) pairs, in the order to offer them.
            misconceptions: Misconceptions by id; offered by belief, alphabetically.
        """
        _filled(self.topic_combo, self.tr("All topics"), [(key, t, t) for key, t in topics])
        beliefs = sorted(misconceptions.values(), key=lambda item: item.belief.casefold())
        _filled(
            self.misconception_combo,
            self.tr("Any misconception"),
            [(item.id, shorten(item.belief), item.belief) for item in beliefs],
        )

    def set_sources(self, sources: Mapping[str, Source]) -> None:
        """Use these sources (by id) to name what each explanation cites."""
        self._sources = sources

    def current_filter(self) -> MistakeFilter:
        """Return the filter the controls describe (dates computed from now, in UTC)."""

        def one(combo: QComboBox) -> Collection[str] | None:
            key = combo.currentData()
            return None if key is None else frozenset({str(key)})

        return MistakeFilter(
            topics=one(self.topic_combo),
            misconceptions=one(self.misconception_combo),
            confidences=CONFIDENCE_CHOICES[max(self.confidence_combo.currentIndex(), 0)],
            since=since_for(DATE_CHOICES[max(self.date_combo.currentIndex(), 0)], self._clock()),
            still_missed=self.still_missed_check.isChecked(),
        )

    def refresh(self) -> None:
        """Run the query with the current filter and show what it returns."""
        self._show_list(list(self._query(self.current_filter())))

    def listed_ids(self) -> list[str]:
        """Return the ids of the questions listed, in list order."""
        return [mistake.question.id for mistake in self.mistakes]

    def text(self) -> str:
        """Return the text of every listed mistake (for tests)."""
        return "\n\n".join(
            f"{header.text()}\n{view.text()}"
            for header, view in zip(self.headers, self.views, strict=True)
        )

    def _show_list(self, found: list[Mistake]) -> None:
        self.mistakes = found
        self.views = []
        self.headers = []
        body = QWidget()
        self._column = QVBoxLayout(body)
        self._filtered = self.current_filter() != MistakeFilter()
        if not found:
            empty = (
                self.tr("No missed question matches these filters.")
                if self._filtered
                else self.tr("No missed questions yet: questions you get wrong are listed here.")
            )
            self._column.addWidget(plain_label(empty, selectable=False))
        self.more_button = QPushButton(self.tr("Sho&w more"))
        self.more_button.setAutoDefault(True)
        self.more_button.clicked.connect(self._on_more_clicked)
        self._column.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._column.addStretch()
        self._add_batch()
        self._scroll.setWidget(body)
        self._chain_focus()
        self.retry_button.setEnabled(bool(found))
        self.export_button.setEnabled(bool(found))

    def _add_batch(self) -> None:
        """Add the next :data:`BATCH` mistakes to the list (building hundreds at once is slow)."""
        first = len(self.views)
        at = self._column.indexOf(self.more_button)
        for number, mistake in enumerate(self.mistakes[first : first + BATCH], start=first + 1):
            header = self._header(mistake, number)
            view = mistake_view(mistake, self._sources)
            header.setAccessibleName(
                self.tr("Missed question %1 of %2: %3")
                .replace("%1", str(number))
                .replace("%2", str(len(self.mistakes)))
                .replace("%3", mistake.question.prompt)
            )
            header.setAccessibleDescription(view.text())
            self.headers.append(header)
            self.views.append(view)
            for widget in (header, view, separator()):
                self._column.insertWidget(at, widget)
                widget.show()  # now, not on the next event loop turn: Show more focuses it
                at += 1
        total, shown = len(self.mistakes), len(self.views)
        left = total - shown
        self.more_button.setVisible(left > 0)
        self.more_button.setAccessibleName(
            self.tr("Show %n more missed question(s)", "", min(left, BATCH))
        )
        if not total:
            count = self.tr("Nothing to list.")
        elif self._filtered:
            count = self.tr("%n missed question(s) [matches|match] these filters.", "", total)
        else:
            count = self.tr("%n missed question(s).", "", total)
        if left:
            count += " " + self.tr("The first %1 are shown.").replace("%1", str(shown))
        self.count_label.setText(count)

    def _chain_focus(self) -> None:
        """Tab goes filters, list, each mistake, Show more, then the buttons."""
        chain = [self.still_missed_check, self._scroll, *self.headers]
        chain += [self.more_button, self.retry_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _on_more_clicked(self) -> None:
        first = len(self.headers)
        self._add_batch()
        self._chain_focus()
        if first < len(self.headers):
            self.headers[first].setFocus()

    def _header(self, mistake: Mistake, number: int) -> QLabel:
        text = (
            self.tr("%1. %2 · answered %3 · confidence: %4")
            .replace("%1", str(number))
            .replace("%2", mistake.topic_title)
            .replace("%3", local_time(mistake.answered_at))
            .replace("%4", confidence_words(mistake.confidence))
        )
        header = plain_label(text)
        # Each mistake's way in for the keyboard: Tab stops here, the reader hears the whole.
        header.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        header.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return header

    def _on_retry_clicked(self) -> None:
        if self.mistakes:
            self.retry_requested.emit(self.listed_ids())

    def _on_export_clicked(self) -> None:
        if self.mistakes:
            self.export_requested.emit(self.listed_ids())
