"""The statistics screen: four charts of the learner's history, each with its summary in words.

Score per quiz over time, mastery per topic, calibration (how often each confidence level was
right) and answers per day. Every chart sits above a plain-text summary from
:mod:`quizapp.ui.chart_summaries` that says the same in words, so nothing depends on seeing the
chart or telling its colours apart. The charts take the light or dark QtCharts theme that
matches the palette, and take it again when the palette changes.

This is the only module that imports QtCharts; the main window imports it the first time the
screen opens, so starting the app does not load QtCharts.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLegend,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QPointF, Qt, QTime, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPalette, QPen, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from quizapp.core.engine import Confidence
from quizapp.core.learning_stats import (
    CalibrationPoint,
    DayCount,
    QuizScore,
    Statistics,
    TopicMastery,
)
from quizapp.ui import chart_summaries as words
from quizapp.ui.learning_words import confidence_words
from quizapp.ui.widgets import heading, plain_label

#: Colours of right and of other answers per day: blue and orange, told apart by most
#: colour-blind readers and readable on the light and the dark theme (the legend names them).
RIGHT_COLOUR = QColor("#3b82c4")
WRONG_COLOUR = QColor("#e8891d")
#: Longest topic title on the mastery chart's axis (its summary has the whole title).
TITLE_CHARS = 30
#: Height of a chart; the mastery chart's least height, and the height of each topic's row.
CHART_HEIGHT = 300
ROW_HEIGHT = 40
MASTERY_HEIGHT = 200
#: Each quiz's point gets a marker when there are at most this many quizzes.
MARKED_POINTS = 60


def chart_theme(palette: QPalette) -> QChart.ChartTheme:
    """Return the chart theme matching a palette: dark when the window colour is dark."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight


def axis_text(text: str) -> str:
    """Return a chart axis label: one line, at most :data:`TITLE_CHARS` characters, escaped.

    QtCharts shows axis labels as HTML, so bank text must be escaped to show literally.
    """
    line = " ".join(text.split())
    if len(line) > TITLE_CHARS:
        line = line[: TITLE_CHARS - 1].rstrip() + "…"
    return html.escape(line, quote=False)


def percent_axis(title: str, *, low: float = 0.0, high: float = 112.0) -> QValueAxis:
    """Return a percentage axis with a tick every 20 % from 0 to 100.

    Args:
        title: The axis title.
        low: Lowest value shown (below 0 leaves room for a point's marker at 0).
        high: Highest value shown (above 100 leaves room for a marker or a bar's label).
    """
    axis = QValueAxis()
    axis.setRange(low, high)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(20)
    axis.setLabelFormat("%d %%")
    axis.setTitleText(html.escape(title))
    return axis


def _attach(
    chart: QChart, series: Sequence[QAbstractSeries], bottom: QAbstractAxis, left: QAbstractAxis
) -> None:
    """Add each series and the two axes to the chart, and attach the series to both."""
    chart.addAxis(bottom, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(left, Qt.AlignmentFlag.AlignLeft)
    for item in series:
        chart.addSeries(item)
        item.attachAxis(bottom)
        item.attachAxis(left)


def _labelled_bars(series: QAbstractBarSeries, name: str, values: list[float]) -> None:
    """Add one set of percentages to a bar series, each bar labelled with its value."""
    bars = QBarSet(name)
    bars.append(values)
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value %")
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)


def style_chart(chart: QChart, theme: QChart.ChartTheme, font: QFont) -> None:
    """Give a chart a theme and the screen's font, keeping the colours the theme would spoil.

    Bar labels take the theme's axis label colour (the theme's own may vanish on its
    background); the day chart keeps its blue and orange; a reference line is dashed.
    """
    chart.setTheme(theme)
    chart.setBackgroundRoundness(0)
    chart.legend().setFont(font)
    for axis in chart.axes():
        axis.setLabelsFont(font)
        axis.setTitleFont(font)
    if not chart.axes():
        return
    text_colour = chart.axes()[0].labelsColor()
    for series in chart.series():
        if isinstance(series, QLineSeries) and series.objectName() == "reference":
            series.setPen(QPen(text_colour, 2, Qt.PenStyle.DashLine))
        for bar_set in series.barSets() if isinstance(series, QAbstractBarSeries) else []:
            bar_set.setLabelColor(text_colour)
            colour = {"right": RIGHT_COLOUR, "wrong": WRONG_COLOUR}.get(bar_set.objectName())
            if colour is not None:
                bar_set.setColor(colour)


class ChartSection(QWidget):
    """One chart under its heading, with its summary in words below it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(title, level=2))
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its summary is the keyboard's stop
        self.view.setAccessibleName(self.tr("Chart: %1").replace("%1", title))
        layout.addWidget(self.view)
        self.summary = plain_label(name=self.tr("Summary: %1").replace("%1", title))
        self.summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.summary)

    def show_chart(self, chart: QChart | None, summary: str, height: int = CHART_HEIGHT) -> None:
        """Show a chart (None: no chart, the summary says why) and its summary.

        The chart is styled for the section's palette first: once shown, each change costs a
        new layout.
        """
        self.summary.setText(summary)
        self.summary.setAccessibleDescription(summary)
        self.view.setAccessibleDescription(summary)
        self.view.setVisible(chart is not None)
        if chart is None:
            return
        style_chart(chart, chart_theme(self.palette()), self.font())
        old = self.view.chart()
        self.view.setChart(chart)
        old.deleteLater()  # the view gives up the old chart without deleting it
        self.view.setFixedHeight(height)

    def chart(self) -> QChart:
        """Return the chart shown."""
        return self.view.chart()


class StatisticsPage(QWidget):
    """The statistics screen.

    Signals:
        back_requested: Leave the page.
    """

    back_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        """Build the empty screen.

        Args:
            parent: Parent widget.
            clock: Returns the current time (aware), for "the last 30 days". Defaults to now.
        """
        super().__init__(parent)
        self.setObjectName("statistics_page")
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Statistics")))
        self.empty_label = plain_label(
            self.tr("Nothing here yet. Answer a few questions and your statistics appear here."),
            selectable=False,
        )
        layout.addWidget(self.empty_label, 1)
        self.scores = ChartSection(self.tr("Score per quiz over time"))
        self.mastery = ChartSection(self.tr("Mastery per topic"))
        self.calibration = ChartSection(self.tr("Calibration: right answers by confidence"))
        self.per_day = ChartSection(self.tr("Answers per day"))
        self.sections = (self.scores, self.mastery, self.calibration, self.per_day)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(2 * column.spacing() + 12)
        for section in self.sections:
            column.addWidget(section)
        column.addStretch()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        self.scroll_area.setAccessibleName(self.tr("Statistics"))
        layout.addWidget(self.scroll_area, 1)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setAutoDefault(True)
        self.back_button.clicked.connect(self.back_requested)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.back_button)
        layout.addLayout(buttons)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)
        chain = [*(section.summary for section in self.sections), self.back_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def show_statistics(self, stats: Statistics) -> None:
        """Show the charts and summaries of this history (from ``learning_stats.statistics``)."""
        today = self._clock().astimezone().date()
        empty = not (stats.scores or stats.mastery or stats.per_day)
        self.empty_label.setVisible(empty)
        self.scroll_area.setVisible(not empty)
        self.scores.show_chart(
            self._score_chart(stats.scores) if stats.scores else None,
            words.score_summary(stats.scores),
        )
        self.mastery.show_chart(
            self._mastery_chart(stats.mastery) if stats.mastery else None,
            words.mastery_summary(stats.mastery),
            max(MASTERY_HEIGHT, 120 + ROW_HEIGHT * len(stats.mastery)),
        )
        answered = any(point.answers for point in stats.calibration)
        self.calibration.show_chart(
            self._calibration_chart(stats.calibration) if answered else None,
            words.calibration_summary(stats.calibration),
        )
        recent = words.recent_days(stats.per_day, today)
        self.per_day.show_chart(
            self._day_chart(recent) if any(day.answers for day in recent) else None,
            words.per_day_summary(stats.per_day, today),
        )
        (self.back_button if empty else self.scores.summary).setFocus()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a change between light and dark palettes."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            for section in self.sections:
                style_chart(section.chart(), chart_theme(self.palette()), self.font())

    # -- the charts ----------------------------------------------------------------------------

    def _new_chart(self, *, legend: bool = False) -> QChart:
        chart = QChart()
        chart.legend().setVisible(legend)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    def _score_chart(self, scores: Sequence[QuizScore]) -> QChart:
        chart = self._new_chart()
        series = QLineSeries()
        size = words.quizzes_per_point(len(scores))
        series.setName(
            self.tr("Score") if size == 1 else self.tr("Average score of %n quizzes", "", size)
        )
        runs = [scores[start : start + size] for start in range(0, len(scores), size)]
        stamps = [run[-1].finished_at.timestamp() * 1000 for run in runs]
        means = [round(sum(score.percent for score in run) / len(run), 1) for run in runs]
        series.replace([QPointF(x, y) for x, y in zip(stamps, means, strict=True)])
        series.setPointsVisible(len(runs) <= MARKED_POINTS)
        first = QDateTime.fromMSecsSinceEpoch(int(stamps[0]))
        last = QDateTime.fromMSecsSinceEpoch(int(stamps[-1]))
        days = first.daysTo(last)
        x_axis = QDateTimeAxis()
        if days < 3:  # whole local days, hours on the axis
            first.setTime(QTime(0, 0))
            last = last.addDays(1)
            last.setTime(QTime(0, 0))
            x_axis.setFormat("MM-dd HH:mm")
            x_axis.setTickCount(5 if days < 2 else days + 2)
        else:  # a little room for the first and the last point's marker
            room = first.msecsTo(last) // 50
            first, last = first.addMSecs(-room), last.addMSecs(room)
            x_axis.setFormat("yyyy-MM-dd")
            x_axis.setTickCount(5)
        x_axis.setRange(first, last)
        x_axis.setTitleText(html.escape(self.tr("Finished on")))
        y_axis = percent_axis(self.tr("Score"), low=-4, high=104)
        _attach(chart, [series], x_axis, y_axis)
        return chart

    def _mastery_chart(self, mastery: Sequence[TopicMastery]) -> QChart:
        chart = self._new_chart()
        series = QHorizontalBarSeries()
        # Top to bottom in the summary's order: a horizontal chart draws its first bar lowest.
        shown = list(reversed(mastery))
        _labelled_bars(series, self.tr("Mastery"), [round(100 * t.recall, 1) for t in shown])
        topics = QBarCategoryAxis()
        topics.append([axis_text(topic.title) for topic in shown])
        level = percent_axis(self.tr("Mastery (chance of recalling now)"))
        _attach(chart, [series], level, topics)
        return chart

    def _calibration_chart(self, points: Sequence[CalibrationPoint]) -> QChart:
        chart = self._new_chart()
        series = QBarSeries()
        shares = [round(100 * p.right / p.answers, 1) if p.answers else 0.0 for p in points]
        _labelled_bars(series, self.tr("Right"), shares)
        levels = QBarCategoryAxis()
        levels.append([self._level_label(point) for point in points])
        levels.setTitleText(html.escape(self.tr("Confidence you gave (number of answers)")))
        share = percent_axis(self.tr("Right"))
        lines = self._break_even_lines(points)
        _attach(chart, [series, *lines], levels, share)
        for number, line in enumerate(lines):  # one legend entry for them all, drawn as a line
            marker = chart.legend().markers(line)[0]
            marker.setShape(QLegend.MarkerShape.MarkerShapeFromSeries)
            marker.setVisible(number == 0)
        chart.legend().setVisible(bool(lines))
        return chart

    def _break_even_lines(self, points: Sequence[CalibrationPoint]) -> list[QLineSeries]:
        """Return a short line across the Medium and the High bar at its break-even share."""
        lines = []
        levels = [point.confidence for point in points]
        for lower, higher in itertools.pairwise(Confidence):  # Low-Medium, Medium-High
            x, y = levels.index(higher), 100 * words.break_even(lower, higher)
            line = QLineSeries()
            line.setObjectName("reference")
            line.setName(self.tr("Needed to earn more than one level lower"))
            line.replace([QPointF(x - 0.35, y), QPointF(x + 0.35, y)])
            lines.append(line)
        return lines

    def _level_label(self, point: CalibrationPoint) -> str:
        name = confidence_words(point.confidence)
        if point.confidence is None:
            name = self.tr("None given")
        return html.escape(self.tr("%1 (%2)").replace("%1", name).replace("%2", str(point.answers)))

    def _day_chart(self, days: Sequence[DayCount]) -> QChart:
        chart = self._new_chart(legend=True)
        series = QStackedBarSeries()
        for key, name, counts in (
            ("right", self.tr("Right"), [day.right for day in days]),
            ("wrong", self.tr("Wrong or partly right"), [d.answers - d.right for d in days]),
        ):
            bars = QBarSet(name)
            bars.setObjectName(key)  # style_chart gives it its colour
            bars.append([float(count) for count in counts])
            series.append(bars)
        labels = QBarCategoryAxis()
        labels.append([QLocale().toString(QDate(d.day), "d MMM") for d in days])
        labels.setLabelsAngle(-90)
        labels.setTruncateLabels(False)  # upright they fit; Qt would cut them as if level
        count = QValueAxis()
        count.setRange(0, max(day.answers for day in days))
        count.setLabelFormat("%d")
        count.applyNiceNumbers()
        count.setTitleText(html.escape(self.tr("Answers")))
        _attach(chart, [series], labels, count)
        return chart
