"""The learning screens' data: the mistake workbench's filters and the statistics charts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.core.course import Course
from quizapp.core.engine import Confidence, Outcome
from quizapp.core.learning_queries import (
    Mistake,
    MistakeFilter,
    latest_per_question,
    mistakes,
    sources_for,
)
from quizapp.core.learning_stats import CalibrationPoint, DayCount, statistics
from quizapp.core.learning_store import stored_cards
from quizapp.core.model import Bank, BankInfo
from quizapp.core.scheduling import make_scheduler, recall_probability
from tests.core.learning_support import T0, Learner, myth_question

LOW, MEDIUM, HIGH = Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH
DAY = dt.timedelta(days=1)
MINUTE = dt.timedelta(minutes=1)
Q = {qid: myth_question(qid, ("myth-a", "myth-b")) for qid in ("q1", "q2", "q3", "q4", "q5")}


@pytest.fixture
def learner(tmp_path: Path) -> Iterator[Learner]:
    opened = Learner(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def history(learner: Learner) -> Learner:
    """Three quizzes over three days; q1 is missed, then answered right on day 2."""
    learner.quiz(
        [(Q["q1"], {"1"}, HIGH, 5.0), (Q["q2"], {"0"}, MEDIUM, 5.0), (Q["q3"], {"2"}, LOW, 5.0)],
        T0,
    )
    learner.quiz(
        [(Q["q4"], {"1"}, None, 5.0), (Q["q5"], {"0"}, HIGH, 3.0)],
        T0 + DAY,
        topic="topic-b",
        title="Topic B",
    )
    learner.quiz([(Q["q1"], {"0"}, MEDIUM, 5.0)], T0 + 2 * DAY)
    return learner


def ids(found: list[Mistake]) -> list[str]:
    return [mistake.question.id for mistake in found]


# -- the mistake workbench ------------------------------------------------------------------------


def test_every_mistake_newest_first_with_what_was_picked(history: Learner) -> None:
    found = mistakes(history.db)
    assert ids(found) == ["q4", "q3", "q1"]
    first = found[2]
    assert (first.quiz_id, first.position, first.topic, first.topic_title) == (
        1,
        0,
        "topic-a",
        "Topic A",
    )
    assert [option.text for option in first.picked] == ["wrong answer 1 of q1"]
    assert first.picked[0].feedback == "Wrong 1 of q1 because."
    assert first.misconceptions == ("myth-a",)
    assert (first.confidence, first.outcome, first.points) == (HIGH, Outcome.INCORRECT, 0.0)
    assert first.answered_at == T0
    assert found[1].misconceptions == ("myth-b",)


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        (MistakeFilter(topics={"topic-a"}), ["q3", "q1"]),
        (MistakeFilter(topics={"topic-b"}), ["q4"]),
        (MistakeFilter(misconceptions={"myth-a"}), ["q4", "q1"]),
        (MistakeFilter(misconceptions={"myth-b", "other"}), ["q3"]),
        (MistakeFilter(confidences={HIGH}), ["q1"]),
        (MistakeFilter(confidences={None}), ["q4"]),
        (MistakeFilter(confidences={LOW, None}), ["q4", "q3"]),
        (MistakeFilter(since=T0 + DAY), ["q4"]),
        (MistakeFilter(until=T0 + DAY), ["q3", "q1"]),
        (MistakeFilter(since=T0 + MINUTE, until=T0 + 2 * MINUTE + dt.timedelta(seconds=1)), ["q3"]),
        (MistakeFilter(still_missed=True), ["q4", "q3"]),
        (MistakeFilter(topics={"topic-a"}, misconceptions={"myth-a"}), ["q1"]),
        (MistakeFilter(topics={"nothing"}), []),
    ],
)
def test_workbench_filters(history: Learner, chosen: MistakeFilter, expected: list[str]) -> None:
    assert ids(mistakes(history.db, chosen)) == expected


def test_limit_and_one_entry_per_question(learner: Learner) -> None:
    for day in range(3):
        learner.answer(Q["q1"], {"1"}, T0 + day * DAY)
    learner.answer(Q["q2"], {"2"}, T0 + 3 * DAY)
    assert ids(mistakes(learner.db)) == ["q2", "q1", "q1", "q1"]
    assert ids(mistakes(learner.db, limit=2)) == ["q2", "q1"]
    expected = [("q2", T0 + 3 * DAY), ("q1", T0 + 2 * DAY)]
    latest = latest_per_question(mistakes(learner.db))
    assert [(m.question.id, m.answered_at) for m in latest] == expected
    grouped = mistakes(learner.db, per_question=True)
    assert [(m.question.id, m.answered_at) for m in grouped] == expected
    assert grouped == latest
    early = mistakes(learner.db, MistakeFilter(until=T0 + DAY), per_question=True)
    assert [(m.question.id, m.answered_at) for m in early] == [("q1", T0)]


def test_retry_and_review_use_the_questions_still_in_the_course() -> None:
    info = BankInfo(id="bank-a", title="Bank A", topic="topic-a", notice="Note.")
    course = Course(banks=[Bank(info=info, questions=(Q["q1"], Q["q2"]), path="a.toml")])
    sources = sources_for(course, ["q2", "gone", "q1", "q2"])
    assert [s.question.id for s in sources] == ["q2", "q1"]
    assert (sources[0].topic, sources[0].topic_title, sources[0].notice) == (
        "topic-a",
        "Bank A",
        "Note.",
    )


# -- statistics -----------------------------------------------------------------------------------


def test_statistics_of_a_known_history(history: Learner) -> None:
    now = T0 + 3 * DAY
    data = statistics(history.db, now, dt.UTC)
    assert [(s.quiz_id, s.percent, s.points, s.total) for s in data.scores] == [
        (1, 33.3, 1.0, 3),
        (2, 50.0, 1.0, 2),
        (3, 100.0, 1.0, 1),
    ]
    assert data.scores[0].finished_at == T0 + 3 * MINUTE
    assert data.calibration == [
        CalibrationPoint(LOW, 1, 0),
        CalibrationPoint(MEDIUM, 2, 2),
        CalibrationPoint(HIGH, 2, 1),
        CalibrationPoint(None, 1, 0),
    ]
    assert data.calibration[2].share_right == 0.5
    assert data.per_day == [
        DayCount(T0.date(), 3, 1),
        DayCount(T0.date() + DAY, 2, 1),
        DayCount(T0.date() + 2 * DAY, 1, 1),
    ]
    cards = stored_cards(history.db)
    scheduler = make_scheduler()

    missed = {
        qid
        for (qid,) in history.db.execute("SELECT question_id FROM schedules WHERE last_rating = 1")
    }
    assert missed  # the history has questions missed the latest time: they count 0

    def recall(*qids: str) -> float:
        values = [
            0.0 if q in missed else recall_probability(scheduler, cards[q], now) for q in qids
        ]
        return round(sum(values) / len(values), 4)

    assert [(m.topic, m.title, m.seen, m.right_last_time, m.recall) for m in data.mastery] == [
        ("topic-a", "Topic A", 3, 2, recall("q1", "q2", "q3")),
        ("topic-b", "Topic B", 2, 1, recall("q4", "q5")),
    ]
    assert all(0.0 < m.recall <= 1.0 for m in data.mastery)


def test_a_question_missed_today_is_not_mastered_today(learner: Learner) -> None:
    learner.answer(myth_question("q1", ("myth-a", None)), {"1"}, T0, Confidence.HIGH)
    mastery = statistics(learner.db, T0 + 2 * MINUTE, dt.UTC).mastery
    assert [(m.seen, m.right_last_time, m.recall) for m in mastery] == [(1, 0, 0.0)]


def test_days_are_the_learners_local_days(history: Learner) -> None:
    hawaii = dt.timezone(dt.timedelta(hours=-10))  # 09:00 UTC is 23:00 the day before
    per_day = statistics(history.db, T0, hawaii).per_day
    assert per_day[0] == DayCount(T0.date() - DAY, 3, 1)


def test_empty_history(learner: Learner) -> None:
    data = statistics(learner.db, T0, dt.UTC)
    assert (data.scores, data.mastery, data.per_day) == ([], [], [])
    assert [point.answers for point in data.calibration] == [0, 0, 0, 0]
    assert all(point.share_right is None for point in data.calibration)
    assert mistakes(learner.db) == []
