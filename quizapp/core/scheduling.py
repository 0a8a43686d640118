"""Spaced review: turn each answer into an FSRS rating and keep one review card per question.

The learner never grades themselves; :func:`rating_for` derives the FSRS rating from the answer:

======================================================================  ========
answer                                                                  rating
======================================================================  ========
wrong or partly right (``Outcome.INCORRECT`` / ``Outcome.PARTIAL``)     Again
right, but with Low confidence, or slowly (see below)                   Hard
right, with High confidence, in under :data:`QUICK_SECONDS` (10 s)      Easy
right otherwise (Medium or no confidence, or High but 10 s or more)     Good
======================================================================  ========

*Slowly* means more than :func:`slow_limit` seconds: 30 s (:data:`SLOW_SECONDS`), lowered to
twice the learner's median answer time when that is smaller, but never below 10 s
(:data:`QUICK_SECONDS`). The median is taken over the learner's last
:data:`MEDIAN_WINDOW` answers and used once there are :data:`MEDIAN_MIN_ANSWERS` of them. A
slow right answer is Hard even with High confidence. Easy needs High confidence *and* speed.

Scheduling (:func:`make_scheduler`): desired retention 0.9, one learning step and one
relearning step of 10 minutes, intervals capped at a year, and **no fuzzing**, so a schedule
recomputed from its stored review logs (:func:`replay`) is exactly the stored one. A missed
question is therefore due again 10 minutes later (the same day); a first right answer moves it
to review after about 2 days (Good), 8 days (Easy), or 15 minutes (Hard: still learning).

All times are aware datetimes in UTC; a time in another zone is converted, a naive one refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from fsrs import Card, Rating, ReviewLog, Scheduler

from quizapp.core.engine import Confidence, Outcome, Response

#: A right answer faster than this (seconds) can be Easy; the slow limit never goes below it.
QUICK_SECONDS = 10.0
#: A right answer slower than this (seconds) is Hard, whatever the learner's median.
SLOW_SECONDS = 30.0
#: A right answer slower than this many times the learner's median is Hard.
MEDIAN_FACTOR = 2.0
#: How many of the learner's latest answers the median is taken over.
MEDIAN_WINDOW = 200
#: The median is used only once the learner has given this many answers.
MEDIAN_MIN_ANSWERS = 10
#: The single learning step and the single relearning step.
STEP = dt.timedelta(minutes=10)
#: Probability of recall FSRS aims for when a question comes back.
DESIRED_RETENTION = 0.9
#: Longest interval between two reviews, in days.
MAXIMUM_INTERVAL_DAYS = 365


def make_scheduler(*, fuzzing: bool = False) -> Scheduler:
    """Return the FSRS scheduler QuizApp uses (see the module docstring for its settings).

    Args:
        fuzzing: Spread intervals randomly. Off in the app and in tests: with it on, a schedule
            recomputed from its logs would differ from the stored one.
    """
    return Scheduler(
        desired_retention=DESIRED_RETENTION,
        learning_steps=(STEP,),
        relearning_steps=(STEP,),
        maximum_interval=MAXIMUM_INTERVAL_DAYS,
        enable_fuzzing=fuzzing,
    )


def slow_limit(median_seconds: float | None) -> float:
    """Return the answer time (seconds) above which a right answer counts as slow.

    Args:
        median_seconds: The learner's median answer time, or None when not known yet.

    Returns:
        ``min(30, max(10, 2 x median))``, or 30 without a median.
    """
    if median_seconds is None:
        return SLOW_SECONDS
    return min(SLOW_SECONDS, max(QUICK_SECONDS, MEDIAN_FACTOR * median_seconds))


def median_seconds(latest_first: Sequence[float]) -> float | None:
    """Return the median of the learner's latest answer times, or None when too few.

    Args:
        latest_first: Answer times in seconds, newest first (only the first
            :data:`MEDIAN_WINDOW` are used).
    """
    window = list(latest_first[:MEDIAN_WINDOW])
    if len(window) < MEDIAN_MIN_ANSWERS:
        return None
    return float(statistics.median(window))


def rating_for(response: Response, median: float | None = None) -> Rating:
    """Return the FSRS rating an answer earns (the rule is in the module docstring).

    Args:
        response: The scored answer, with its time and the confidence given (if any).
        median: The learner's median answer time before this answer (see
            :func:`median_seconds`), or None.

    Returns:
        Again, Hard, Good or Easy.
    """
    if response.outcome is not Outcome.CORRECT:
        return Rating.Again
    if response.confidence is Confidence.LOW or response.seconds > slow_limit(median):
        return Rating.Hard
    if response.confidence is Confidence.HIGH and response.seconds < QUICK_SECONDS:
        return Rating.Easy
    return Rating.Good


@dataclass(frozen=True)
class Review:
    """One stored review of a question: enough to recompute its schedule.

    Attributes:
        question_id: The question reviewed.
        rating: The rating the answer earned.
        reviewed_at: When it was answered (UTC).
        duration_ms: Time spent answering, in milliseconds, if known.
    """

    question_id: str
    rating: Rating
    reviewed_at: dt.datetime
    duration_ms: int | None = None


def as_utc(moment: dt.datetime) -> dt.datetime:
    """Return an aware time in UTC (``datetime.UTC``, as FSRS requires).

    Raises:
        ValueError: The time has no time zone.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("times must carry a time zone (use UTC)")
    return moment.astimezone(dt.UTC)


def card_id_for(question_id: str) -> int:
    """Return a stable FSRS card id for a question (48 bits of the SHA-256 of its id)."""
    return int.from_bytes(hashlib.sha256(question_id.encode("utf-8")).digest()[:6], "big")


def new_card(question_id: str, now: dt.datetime) -> Card:
    """Return the card of a question never reviewed (due ``now``)."""
    return Card(card_id=card_id_for(question_id), due=as_utc(now))


def review(
    scheduler: Scheduler,
    card: Card | None,
    entry: Review,
) -> tuple[Card, ReviewLog]:
    """Apply one review to a question's card.

    Args:
        scheduler: From :func:`make_scheduler`.
        card: The question's card so far, or None for its first review.
        entry: The review.

    Returns:
        The new card and FSRS's review log.
    """
    at = as_utc(entry.reviewed_at)
    start = new_card(entry.question_id, at) if card is None else card
    result: tuple[Card, ReviewLog] = scheduler.review_card(
        start, entry.rating, review_datetime=at, review_duration=entry.duration_ms
    )
    return result


def replay(scheduler: Scheduler, reviews: Iterable[Review]) -> Card | None:
    """Recompute a question's card from all of its reviews.

    Args:
        scheduler: From :func:`make_scheduler` (without fuzzing, for an exact result).
        reviews: The question's reviews in the order they were given (the order the store
            recorded them, which stays right even if the computer's clock was turned back).

    Returns:
        The card, or None when there was no review.
    """
    card: Card | None = None
    for entry in reviews:
        card, _ = review(scheduler, card, entry)
    return card


def card_to_json(card: Card) -> str:
    """Return a card as compact JSON (FSRS's own layout)."""
    text: str = card.to_json()
    return text


def card_from_json(text: str) -> Card:
    """Read a card written by :func:`card_to_json`."""
    card: Card = Card.from_json(text)
    return card


def recall_probability(scheduler: Scheduler, card: Card, now: dt.datetime) -> float:
    """Return FSRS's predicted probability (0 to 1) that the learner recalls the card now."""
    value: float = scheduler.get_card_retrievability(card, current_datetime=as_utc(now))
    return float(value)
