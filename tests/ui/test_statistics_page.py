# ruff: noqa: F811 - the shared fixtures are imported by name and requested as arguments
"""The statistics screen, fed from a known history in a real store through the real query.

Runs in UTC (the mistake workbench's autouse time zone fixture), so local days are the stored
ones.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QDateTimeAxis,
    QLineSeries,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsTextItem, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.engine import Confidence
from quizapp.core.learning_stats import QuizScore, Statistics, statistics
from quizapp.ui.chart_summaries import DAYS_SHOWN, SCORE_POINTS, break_even
from quizapp.ui.pages.statistics import ChartSection, StatisticsPage
from tests.core.learning_support import T0, Learner, myth_question
from tests.ui.test_mistakes_page import _zone, learner  # noqa: F401 - fixtures used by name

pytestmark = pytest.mark.gui

LOW, MEDIUM, HIGH = Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH
DAY, MINUTE = dt.timedelta(days=1), dt.timedelta(minutes=1)
Q = {qid: myth_question(qid) for qid in ("q1", "q2", "q3", "q4", "q5")}  # key "0" is right
TITLE_B = "<b>B</b> & co"  # bank text: shown literally everywhere
NOW = T0 + 2 * DAY + dt.timedelta(hours=3)


@pytest.fixture
def history(learner: Learner) -> Learner:
    """Three quizzes on three days: 2 of 3 right (66.7 %), 2 of 2 (100 %), 0 of 1 (0 %)."""
    learner.quiz([(Q["q1"], {"0"}, HIGH, 5.0), (Q["q2"], {"1"}, MEDIUM, 5.0)], T0)
    learner.quiz([(Q["q3"], {"0"}, LOW, 5.0)], T0 + 5 * MINUTE)  # same quiz day, same topic
    learner.quiz(
        [(Q["q4"], {"0"}, None, 5.0), (Q["q5"], {"0"}, HIGH, 5.0)],
        T0 + DAY,
        topic="topic-b",
        title=TITLE_B,
    )
    learner.quiz([(Q["q1"], {"1"}, HIGH, 5.0)], T0 + 2 * DAY)
    return learner


def make_page(qtbot: QtBot, now: dt.datetime = NOW) -> StatisticsPage:
    page = StatisticsPage(clock=lambda: now)
    qtbot.addWidget(page)
    page.resize(900, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def shown(qtbot: QtBot, learner: Learner, now: dt.datetime = NOW) -> StatisticsPage:
    page = make_page(qtbot, now)
    page.show_statistics(statistics(learner.db, now, dt.UTC))
    QApplication.processEvents()
    return page


def values(bars: QBarSet) -> list[float]:
    return [bars.at(index) for index in range(bars.count())]


def bar_sets(chart: QChart) -> list[QBarSet]:
    found = [series for series in chart.series() if isinstance(series, QAbstractBarSeries)]
    return [bars for series in found for bars in series.barSets()]


def categories(chart: QChart, orientation: Qt.Orientation) -> list[str]:
    (axis,) = chart.axes(orientation)
    assert isinstance(axis, QBarCategoryAxis)
    return list(axis.categories())


def ms(at: dt.datetime) -> float:
    return at.timestamp() * 1000


# -- the data each chart is given ---------------------------------------------------------------


def test_score_chart_has_one_point_per_finished_quiz(qtbot: QtBot, history: Learner) -> None:
    page = shown(qtbot, history)
    chart = page.scores.chart()
    (series,) = chart.series()
    assert isinstance(series, QLineSeries)
    # Each quiz finishes one minute per answer after its start.
    assert series.points() == [
        QPointF(ms(T0 + 2 * MINUTE), 50.0),
        QPointF(ms(T0 + 6 * MINUTE), 100.0),
        QPointF(ms(T0 + DAY + 2 * MINUTE), 100.0),
        QPointF(ms(T0 + 2 * DAY + MINUTE), 0.0),
    ]
    assert series.pointsVisible()  # a few quizzes: each point is marked
    (axis,) = chart.axes(Qt.Orientation.Horizontal)
    assert isinstance(axis, QDateTimeAxis)
    assert axis.min().toMSecsSinceEpoch() <= ms(T0 + 2 * MINUTE)
    assert axis.max().toMSecsSinceEpoch() >= ms(T0 + 2 * DAY + MINUTE)


def test_mastery_chart_has_each_topics_recall_top_down_by_title(
    qtbot: QtBot, history: Learner
) -> None:
    data = statistics(history.db, NOW, dt.UTC)
    assert [topic.title for topic in data.mastery] == [TITLE_B, "Topic A"]
    page = shown(qtbot, history)
    chart = page.mastery.chart()
    (bars,) = bar_sets(chart)
    # A horizontal bar chart draws its first category lowest: reversed, it reads top-down.
    assert values(bars) == [round(100 * t.recall, 1) for t in reversed(data.mastery)]
    assert all(0 < value <= 100 for value in values(bars))
    # QtCharts renders axis labels as HTML: the title is escaped, so it shows literally.
    assert categories(chart, Qt.Orientation.Vertical) == [
        "Topic A",
        "&lt;b&gt;B&lt;/b&gt; &amp; co",
    ]
    texts = [
        item.toPlainText()
        for item in page.mastery.view.scene().items()
        if isinstance(item, QGraphicsTextItem)
    ]
    assert TITLE_B in texts


def test_calibration_chart_has_the_share_right_at_each_level(
    qtbot: QtBot, history: Learner
) -> None:
    page = shown(qtbot, history)
    chart = page.calibration.chart()
    (bars,) = bar_sets(chart)
    # Low 1 of 1, Medium 0 of 1, High 2 of 3, none given 1 of 1.
    assert values(bars) == [100.0, 0.0, 66.7, 100.0]
    assert categories(chart, Qt.Orientation.Horizontal) == [
        "Low (1)",
        "Medium (1)",
        "High (3)",
        "None given (1)",
    ]
    lines = [series for series in chart.series() if isinstance(series, QLineSeries)]
    heights = [{round(point.y(), 6) for point in line.points()} for line in lines]
    assert heights == [{round(100 * 2 / 3, 6)}, {80.0}]  # across the Medium and High bars
    assert [{round(point.x()) for point in line.points()} for line in lines] == [{1}, {2}]
    assert [line.name() for line in lines] == ["Needed to earn more than one level lower"] * 2
    assert break_even(LOW, MEDIUM) == pytest.approx(2 / 3)
    assert break_even(MEDIUM, HIGH) == pytest.approx(0.8)


def test_day_chart_stacks_right_and_other_answers_over_the_last_30_days(
    qtbot: QtBot, history: Learner
) -> None:
    page = shown(qtbot, history)
    chart = page.per_day.chart()
    right, wrong = bar_sets(chart)
    assert (right.label(), wrong.label()) == ("Right", "Wrong or partly right")
    empty = [0.0] * (DAYS_SHOWN - 3)
    assert values(right) == [*empty, 2.0, 2.0, 0.0]  # 1, 2 and 3 March
    assert values(wrong) == [*empty, 1.0, 0.0, 1.0]
    labels = categories(chart, Qt.Orientation.Horizontal)
    assert len(labels) == DAYS_SHOWN
    assert labels[-3:] == ["1 Mar", "2 Mar", "3 Mar"]
    assert chart.legend().isVisible()


# -- the same in words ----------------------------------------------------------------------------


def test_summaries_say_what_the_charts_show(qtbot: QtBot, history: Learner) -> None:
    page = shown(qtbot, history)
    assert page.scores.summary.text() == (
        "4 quizzes finished, from 2025-03-01 to 2025-03-03. Latest score 0 %, best 100 %, "
        "lowest 0 %, average 62.5 %."
    )
    mastery = page.mastery.summary.text().splitlines()
    assert mastery[0].startswith("Mastery is the chance")
    assert mastery[1].startswith(f"{TITLE_B} — mastery ")
    assert mastery[1].endswith(" (2 questions answered, 2 of them right the latest time).")
    assert mastery[2].endswith(" (3 questions answered, 1 of them right the latest time).")
    assert page.calibration.summary.text().splitlines() == [
        "When you said Low you were right 1 of 1 time (100 %).",
        "When you said Medium you were right 0 of 1 time (0 %).",
        "When you said High you were right 2 of 3 times (66.7 %).",
        "Without a confidence level you were right 1 of 1 time (100 %).",
        "On the certainty scale, Medium earns more than Low when you are right more than 66.7 % "
        "of the time, and High earns more than Medium above 80 %.",
    ]
    assert page.per_day.summary.text().splitlines() == [
        "In the last 30 days: 6 answers on 3 days, 4 of them right. Busiest day: "
        "2025-03-01, with 3 answers.",
        "Since 2025-03-01: 6 answers on 3 days, 4 of them right.",
    ]


def test_summaries_are_plain_selectable_text_with_accessible_names(
    qtbot: QtBot, history: Learner
) -> None:
    page = shown(qtbot, history)
    for section in page.sections:
        label = section.summary
        assert label.isVisible()
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
        assert label.accessibleName().startswith("Summary: ")
        assert label.accessibleDescription() == label.text()
        assert section.view.isVisible()
        assert section.view.accessibleName().startswith("Chart: ")
        assert section.view.accessibleDescription() == label.text()
    assert TITLE_B in page.mastery.summary.text()  # literally, tags and all


def test_keyboard_reaches_every_summary_then_back(qtbot: QtBot, history: Learner) -> None:
    page = shown(qtbot, history)
    page.activateWindow()
    qtbot.waitUntil(lambda: page.scores.summary.hasFocus())
    reached = [QApplication.focusWidget()]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [*(section.summary for section in page.sections), page.back_button]


def test_back_button_and_escape_go_back(qtbot: QtBot, history: Learner) -> None:
    page = shown(qtbot, history)
    assert page.back_button.accessibleName() == "Back"
    with qtbot.waitSignal(page.back_requested, timeout=1000):
        page.back_button.click()
    with qtbot.waitSignal(page.back_requested, timeout=1000):
        qtbot.keyClick(page.mastery.summary, Qt.Key.Key_Escape)


# -- empty and partial histories --------------------------------------------------------------


def test_an_empty_history_says_so_in_words(qtbot: QtBot, learner: Learner) -> None:
    page = shown(qtbot, learner)
    assert page.empty_label.isVisible()
    assert "Answer a few questions and your statistics appear here." in page.empty_label.text()
    assert not page.scroll_area.isVisible()
    assert not any(section.view.isVisible() for section in page.sections)
    assert page.back_button.hasFocus()


def test_an_unfinished_quiz_gives_no_score_chart_but_the_others(
    qtbot: QtBot, learner: Learner
) -> None:
    learner.quiz([(Q["q1"], {"1"}, None, 5.0)], T0, finish=False)
    page = shown(qtbot, learner)
    assert not page.empty_label.isVisible()
    assert not page.scores.view.isVisible()
    assert page.scores.summary.text() == "No finished quiz yet."
    assert page.calibration.summary.text().splitlines()[:3] == [
        "You never said Low.",
        "You never said Medium.",
        "You never said High.",
    ]
    assert all(section.view.isVisible() for section in page.sections[1:])


def test_nothing_in_the_last_30_days_hides_the_day_chart(qtbot: QtBot, history: Learner) -> None:
    later = NOW + 45 * DAY
    page = shown(qtbot, history, later)
    assert not page.per_day.view.isVisible()
    assert page.per_day.summary.text().splitlines() == [
        "No answers in the last 30 days; the latest were on 2025-03-03.",
        "Since 2025-03-01: 6 answers on 3 days, 4 of them right.",
    ]
    assert page.scores.view.isVisible()


def test_many_quizzes_are_drawn_as_averages_of_runs(qtbot: QtBot) -> None:
    """Beyond SCORE_POINTS quizzes each point averages a run of them; the words say so."""
    count = 2 * SCORE_POINTS + 1  # three quizzes a point, the last point one quiz
    scores = [QuizScore(n, T0 + n * MINUTE, float(n % 5 * 25), n % 5 / 4, 1) for n in range(count)]
    page = make_page(qtbot)
    page.show_statistics(Statistics(scores, [], [], []))
    (series,) = page.scores.chart().series()
    assert isinstance(series, QLineSeries)
    points = series.points()
    assert len(points) == (count + 2) // 3
    assert points[0] == QPointF(ms(T0 + 2 * MINUTE), 25.0)  # 0, 25, 50: at the run's end
    assert points[1] == QPointF(ms(T0 + 5 * MINUTE), round((75 + 100 + 0) / 3, 1))
    assert points[-1] == QPointF(ms(T0 + (count - 1) * MINUTE), scores[-1].percent)
    assert series.name() == "Average score of 3 quizzes"
    assert not series.pointsVisible()
    assert page.scores.summary.text().endswith(
        "Each point on the chart is the average of 3 quizzes in a row."
    )


def test_showing_again_replaces_the_charts(qtbot: QtBot, history: Learner) -> None:
    page = shown(qtbot, history)
    first = page.scores.chart()
    page.show_statistics(Statistics([], [], [], []))
    page.show_statistics(statistics(history.db, NOW, dt.UTC))
    QApplication.processEvents()
    assert page.scores.chart() is not first
    assert len(page.scores.chart().series()) == 1


# -- light and dark, size ----------------------------------------------------------------------


def dark_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    return palette


def test_chart_theme_follows_the_palette(qtbot: QtBot, history: Learner) -> None:
    page = shown(qtbot, history)
    light = QChart.ChartTheme.ChartThemeLight
    assert {section.chart().theme() for section in page.sections} == {light}
    page.setPalette(dark_palette())
    dark = QChart.ChartTheme.ChartThemeDark
    assert {section.chart().theme() for section in page.sections} == {dark}
    right, wrong = bar_sets(page.per_day.chart())  # own colours kept across themes
    assert right.color() != wrong.color()
    page.setPalette(QPalette())
    assert {section.chart().theme() for section in page.sections} == {light}


def test_a_dark_palette_from_the_start_gives_dark_charts(qtbot: QtBot, history: Learner) -> None:
    page = make_page(qtbot)
    page.setPalette(dark_palette())
    page.show_statistics(statistics(history.db, NOW, dt.UTC))
    assert page.calibration.chart().theme() == QChart.ChartTheme.ChartThemeDark
    # Bar labels take the theme's text colour, not one that vanishes on its background.
    (bars,) = bar_sets(page.calibration.chart())
    assert bars.labelColor().lightness() > 128


@pytest.mark.parametrize("size", [(900, 720), (640, 480)])
def test_fits_without_sideways_scrolling(
    qtbot: QtBot, history: Learner, size: tuple[int, int]
) -> None:
    page = shown(qtbot, history)
    page.resize(*size)
    QApplication.processEvents()
    assert page.scroll_area.horizontalScrollBar().maximum() == 0
    assert page.rect().contains(page.back_button.geometry())
    body = page.scroll_area.widget()
    for section in page.sections:
        assert isinstance(section, ChartSection)
        assert section.view.width() <= body.width()


# -- QtCharts loads with this screen only --------------------------------------------------------


def test_qtcharts_is_imported_by_the_statistics_page_only(tmp_path: Path) -> None:
    """Every other module of quizapp, and the built main window, leave QtCharts unloaded."""
    script = textwrap.dedent(
        f"""
        import importlib, pkgutil, sys
        from pathlib import Path
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        import quizapp
        app = QApplication([])
        for module in pkgutil.walk_packages(quizapp.__path__, "quizapp."):
            if module.name not in ("quizapp.ui.pages.statistics", "quizapp.__main__"):
                importlib.import_module(module.name)
        from quizapp.ui.controller import AppController
        data = Path({str(tmp_path / "data")!r})
        data.mkdir()
        settings = QSettings(str(data / "s.ini"), QSettings.Format.IniFormat)
        controller = AppController(data, [], settings, defer_loading=False)
        app.processEvents()
        before = "PySide6.QtCharts" in sys.modules
        import quizapp.ui.pages.statistics
        print(before, "PySide6.QtCharts" in sys.modules)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True"]


def test_page_widgets_have_accessible_names(qtbot: QtBot, history: Learner) -> None:
    page = shown(qtbot, history)
    unnamed = [
        widget.objectName() or type(widget).__name__
        for widget in page.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.focusProxy() is None  # a chart's viewport passes focus to its (NoFocus) view
        and widget.isVisible()
        and not widget.accessibleName()
    ]
    assert unnamed == []
