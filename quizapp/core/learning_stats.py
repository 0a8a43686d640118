"""The statistics screen's data, read from the progress database: one list per chart.

* score per quiz over time (:func:`quiz_scores`);
* mastery per topic: FSRS's predicted recall, averaged over the questions seen
  (:func:`topic_mastery`);
* calibration: how often answers at each confidence level were right (:func:`calibration`);
* answers per local day (:func:`answers_per_day`).

Each reads an index or a small summary table kept by :mod:`quizapp.core.learning_store`, never
every answer, so :func:`statistics` stays fast with 100,000 answers. Points are named tuples
(cheap to build by the thousand). Functions only read.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any, NamedTuple

from fsrs import Rating

from quizapp.core.engine import Confidence
from quizapp.core.learning_store import NO_CONFIDENCE
from quizapp.core.scheduling import as_utc, card_from_json, make_scheduler, recall_probability
from quizapp.core.store_records import parse_utc

#: The rating stored for a wrong answer.
AGAIN = int(Rating.Again)


class QuizScore(NamedTuple):
    """One finished quiz's plain score (for "score per quiz over time")."""

    quiz_id: int
    finished_at: dt.datetime
    percent: float
    points: float
    total: int


class TopicMastery(NamedTuple):
    """How well a topic is known.

    Attributes:
        topic: Topic id.
        title: Topic title.
        seen: Questions of the topic answered at least once.
        right_last_time: Of those, how many were right the latest time.
        recall: Mean FSRS probability of recalling them now, 0 to 1 (the mastery); a question
            missed the latest time counts 0.
    """

    topic: str
    title: str
    seen: int
    right_last_time: int
    recall: float


class CalibrationPoint(NamedTuple):
    """How often answers at one confidence level were right."""

    confidence: Confidence | None
    answers: int
    right: int

    @property
    def share_right(self) -> float | None:
        """Fraction right, or None when there were no answers at this level."""
        return self.right / self.answers if self.answers else None


class DayCount(NamedTuple):
    """Answers given on one local day."""

    day: dt.date
    answers: int
    right: int


class Statistics(NamedTuple):
    """The data of the statistics screen's four charts."""

    scores: list[QuizScore]
    mastery: list[TopicMastery]
    calibration: list[CalibrationPoint]
    per_day: list[DayCount]


def quiz_scores(db: sqlite3.Connection) -> list[QuizScore]:
    """Return every finished quiz's score, oldest first."""
    rows = db.execute(
        "SELECT id, finished_at, points, total FROM quizzes WHERE state = 'finished' "
        "ORDER BY finished_at, id"
    )
    return [
        QuizScore(int(i), parse_utc(at), round(100.0 * pts / total, 1), float(pts), int(total))
        for i, at, pts, total in rows
    ]


def topic_mastery(db: sqlite3.Connection, now: dt.datetime) -> list[TopicMastery]:
    """Return mastery per topic (questions seen, right last time, mean recall now), by title.

    A question's recall is FSRS's predicted recall now when the latest answer was right, and 0
    when it was wrong (until it is answered right again).
    """
    scheduler = make_scheduler()
    moment = as_utc(now)
    topics: dict[str, list[Any]] = {}
    rows = db.execute("SELECT topic, topic_title, card, last_rating FROM schedules")
    for topic, title, card, last_rating in rows:
        entry = topics.setdefault(topic, [title, 0, 0, 0.0])
        right_last_time = int(last_rating) != AGAIN
        entry[1] += 1
        entry[2] += right_last_time
        # FSRS counts elapsed time in whole days, so a card missed today predicts a recall of
        # 1.0 until tomorrow; a question missed the latest time counts as not mastered.
        if right_last_time:
            entry[3] += recall_probability(scheduler, card_from_json(card), moment)
    found = [
        TopicMastery(topic, title, seen, right, round(recall / seen, 4))
        for topic, (title, seen, right, recall) in topics.items()
    ]
    return sorted(found, key=lambda item: (item.title.casefold(), item.topic))


def calibration(db: sqlite3.Connection) -> list[CalibrationPoint]:
    """Return, for Low, Medium, High and no confidence, how many answers and how many right."""
    counts = {
        str(level): (int(n), int(right))
        for level, n, right in db.execute("SELECT confidence, answers, correct FROM answer_levels")
    }
    levels: tuple[Confidence | None, ...] = (*Confidence, None)
    return [
        CalibrationPoint(
            level, *counts.get(NO_CONFIDENCE if level is None else level.value, (0, 0))
        )
        for level in levels
    ]


def answers_per_day(db: sqlite3.Connection, zone: dt.tzinfo) -> list[DayCount]:
    """Return answers (and right answers) per local day, oldest first; days without are left out.

    Answers are counted per UTC hour as they are stored, and each hour is placed in the local
    day it starts in: exact for every zone whose offset is a whole number of hours (in zones
    such as UTC+5:30, an answer in the half hour around midnight may count for the next day).
    """
    days: dict[dt.date, list[int]] = {}
    for hour, count, right in db.execute("SELECT hour, answers, correct FROM answer_hours"):
        start = dt.datetime.fromisoformat(f"{hour}:00:00+00:00").astimezone(zone)
        entry = days.setdefault(start.date(), [0, 0])
        entry[0] += int(count)
        entry[1] += int(right)
    return [DayCount(day, n, right) for day, (n, right) in sorted(days.items())]


def statistics(db: sqlite3.Connection, now: dt.datetime, zone: dt.tzinfo) -> Statistics:
    """Return the data of every chart of the statistics screen.

    Args:
        db: A connection to the progress file.
        now: The current time (for recall probabilities).
        zone: The learner's time zone (for days).
    """
    return Statistics(
        scores=quiz_scores(db),
        mastery=topic_mastery(db, now),
        calibration=calibration(db),
        per_day=answers_per_day(db, zone),
    )
