"""The statistics screen in words: one plain-text summary per chart, for every reader.

Each chart of :mod:`quizapp.ui.pages.statistics` has a summary that carries the same
information (a screen reader user, or anyone who cannot tell the colours apart, reads it
instead). The days the "answers per day" chart shows are chosen here too
(:func:`recent_days`), so the chart and its summary cannot disagree. No QtCharts here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from quizapp.core.certainty import RIGHT_MARK, WRONG_MARK
from quizapp.core.engine import Confidence
from quizapp.core.learning_stats import CalibrationPoint, DayCount, QuizScore, TopicMastery
from quizapp.ui.learning_words import confidence_words

translate = QCoreApplication.translate

#: How many days, ending today, the "answers per day" chart shows.
DAYS_SHOWN = 30
#: Most points on the score chart; beyond, each point is the average of a run of quizzes.
SCORE_POINTS = 300


def percent(value: float) -> str:
    """Return a percentage such as ``80 %`` or ``66.7 %`` (at most one decimal)."""
    number = f"{round(value, 1):.1f}".removesuffix(".0")
    return translate("Statistics", "%1 %").replace("%1", number)


def day_text(day: dt.date) -> str:
    """Return a day as the screens write dates (``2025-03-01``)."""
    return day.isoformat()


def quizzes_per_point(count: int) -> int:
    """Return how many quizzes (in a row) each point of the score chart stands for."""
    return max(1, -(-count // SCORE_POINTS))


def score_summary(scores: Sequence[QuizScore]) -> str:
    """Return the words for "score per quiz over time"."""
    if not scores:
        return translate("Statistics", "No finished quiz yet.")
    values = [score.percent for score in scores]
    first, latest = scores[0], scores[-1]
    count = translate("Statistics", "%n quiz(zes) finished", "", len(scores))
    if len(scores) > 1:
        count += translate("Statistics", ", from %1 to %2").replace(
            "%1", day_text(first.finished_at.astimezone().date())
        )
        count = count.replace("%2", day_text(latest.finished_at.astimezone().date()))
    text = (
        translate("Statistics", "%1. Latest score %2, best %3, lowest %4, average %5.")
        .replace("%1", count)
        .replace("%2", percent(latest.percent))
        .replace("%3", percent(max(values)))
        .replace("%4", percent(min(values)))
        .replace("%5", percent(sum(values) / len(values)))
    )
    per_point = quizzes_per_point(len(scores))
    if per_point > 1:
        text += " " + translate(
            "Statistics",
            "Each point on the chart is the average of %n quizzes in a row.",
            "",
            per_point,
        )
    return text


def mastery_summary(mastery: Sequence[TopicMastery]) -> str:
    """Return the words for "mastery per topic": one line per topic."""
    if not mastery:
        return translate("Statistics", "No topic practised yet.")
    lines = [
        translate(
            "Statistics",
            "Mastery is the chance, as the review schedule predicts it, that you would recall "
            "the answers now; averaged over the questions of the topic you have answered. A "
            "question you missed the latest time counts as 0 until you answer it right.",
        )
    ]
    for topic in mastery:
        seen = translate("Statistics", "%n question(s) answered", "", topic.seen)
        lines.append(
            translate("Statistics", "%1 — mastery %2 (%3, %4 of them right the latest time).")
            .replace("%2", percent(100 * topic.recall))
            .replace("%3", seen)
            .replace("%4", str(topic.right_last_time))
            .replace("%1", topic.title)  # last: bank text may itself hold "%2"
        )
    return "\n".join(lines)


def break_even(lower: Confidence, higher: Confidence) -> float:
    """Return the share right above which ``higher`` earns more certainty marks than ``lower``.

    From Moodle's marks in :mod:`quizapp.core.certainty`: Medium beats Low above 2/3, High
    beats Medium above 0.8.
    """
    low_gain = RIGHT_MARK[lower] - WRONG_MARK[lower]
    high_gain = RIGHT_MARK[higher] - WRONG_MARK[higher]
    return (WRONG_MARK[lower] - WRONG_MARK[higher]) / (high_gain - low_gain)


def _level_line(point: CalibrationPoint) -> str:
    """Return how often answers at one confidence level were right, in a sentence."""
    level = confidence_words(point.confidence)
    if not point.answers:
        if point.confidence is None:
            return translate("Statistics", "Every answer had a confidence level.")
        return translate("Statistics", "You never said %1.").replace("%1", level)
    if point.confidence is None:
        text = translate(
            "Statistics",
            "Without a confidence level you were right %1 of %n time(s) (%2).",
            "",
            point.answers,
        )
    else:
        text = translate(
            "Statistics",
            "When you said %3 you were right %1 of %n time(s) (%2).",
            "",
            point.answers,
        ).replace("%3", level)
    return text.replace("%1", str(point.right)).replace(
        "%2", percent(100 * point.right / point.answers)
    )


def calibration_summary(points: Sequence[CalibrationPoint]) -> str:
    """Return the words for "calibration": how often each confidence level was right."""
    if not any(point.answers for point in points):
        return translate("Statistics", "No answers yet.")
    medium = break_even(Confidence.LOW, Confidence.MEDIUM)
    high = break_even(Confidence.MEDIUM, Confidence.HIGH)
    rule = (
        translate(
            "Statistics",
            "On the certainty scale, Medium earns more than Low when you are right more than "
            "%1 of the time, and High earns more than Medium above %2.",
        )
        .replace("%1", percent(100 * medium))
        .replace("%2", percent(100 * high))
    )
    return "\n".join([*(_level_line(point) for point in points), rule])


def recent_days(per_day: Sequence[DayCount], today: dt.date) -> list[DayCount]:
    """Return the :data:`DAYS_SHOWN` days ending ``today``, oldest first, days without as 0."""
    counts = {day.day: day for day in per_day}
    days = [today - dt.timedelta(days=back) for back in range(DAYS_SHOWN - 1, -1, -1)]
    return [counts.get(day, DayCount(day, 0, 0)) for day in days]


def _answers(count: int) -> str:
    return translate("Statistics", "%n answer(s)", "", count)


def _days(count: int) -> str:
    return translate("Statistics", "%n day(s)", "", count)


def per_day_summary(per_day: Sequence[DayCount], today: dt.date) -> str:
    """Return the words for "answers per day": the recent days, then the whole history."""
    if not per_day:
        return translate("Statistics", "No answers yet.")
    recent = [day for day in recent_days(per_day, today) if day.answers]
    if recent:
        busiest = max(recent, key=lambda day: (day.answers, day.day))
        text = (
            translate(
                "Statistics",
                "In the last %1 days: %2 on %3, %4 of them right. Busiest day: %5, with %6.",
            )
            .replace("%1", str(DAYS_SHOWN))
            .replace("%2", _answers(sum(day.answers for day in recent)))
            .replace("%3", _days(len(recent)))
            .replace("%4", str(sum(day.right for day in recent)))
            .replace("%5", day_text(busiest.day))
            .replace("%6", _answers(busiest.answers))
        )
    else:
        text = (
            translate("Statistics", "No answers in the last %1 days; the latest were on %2.")
            .replace("%1", str(DAYS_SHOWN))
            .replace("%2", day_text(per_day[-1].day))
        )
    total = (
        translate("Statistics", "Since %1: %2 on %3, %4 of them right.")
        .replace("%1", day_text(per_day[0].day))
        .replace("%2", _answers(sum(day.answers for day in per_day)))
        .replace("%3", _days(len(per_day)))
        .replace("%4", str(sum(day.right for day in per_day)))
    )
    return f"{text}\n{total}"
