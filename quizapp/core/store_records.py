"""What the progress store hands back, and how engine objects become table values and back.

The records (:class:`ResumeState`, :class:`QuizSummary`, :class:`AnswerRecord`) are plain frozen
dataclasses. Times are stored as ISO 8601 text in UTC; a question is stored as the JSON of its
bank model (a snapshot of what the learner saw), so editing a bank never rewrites the past.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from pydantic import TypeAdapter

from quizapp.core.engine import (
    Confidence,
    Mode,
    Outcome,
    PlannedQuestion,
    Quiz,
    QuizPlan,
    Response,
)
from quizapp.core.model import AnyQuestion, Option, Question

_QUESTION: TypeAdapter[AnyQuestion] = TypeAdapter(Question)


@dataclass(frozen=True)
class ResumeState:
    """An unfinished quiz as stored: enough to carry on with :meth:`Quiz.resume`.

    Attributes:
        quiz_id: The stored quiz.
        plan: Its plan, exactly as first shown.
        responses: Answers given so far, in plan order.
        seconds: Time already spent.
        started_at: When it started (UTC).
        topics: Topics chosen when it started.
    """

    quiz_id: int
    plan: QuizPlan
    responses: tuple[Response, ...]
    seconds: float
    started_at: dt.datetime
    topics: tuple[str, ...]

    @property
    def next_index(self) -> int:
        """Position of the question to ask next (the number of answers given)."""
        return len(self.responses)

    def to_quiz(self, clock: Callable[[], float] = time.monotonic) -> Quiz:
        """Rebuild the quiz, asking the first unanswered question."""
        return Quiz.resume(self.plan, self.responses, self.seconds, clock)


class QuizSummary(NamedTuple):
    """One finished quiz, as the history lists it.

    A named tuple: cheap to build by the thousand, read by field name or by column index.

    Attributes:
        id: The stored quiz id.
        started_at: When it started (UTC).
        finished_at: When it ended (UTC).
        topics: Topics chosen.
        mode: Practice or exam.
        points: Points earned.
        total: Number of questions.
        percent: Points as a percentage of total, 0 to 100.
        seconds: Time spent.
    """

    id: int
    started_at: dt.datetime
    finished_at: dt.datetime
    topics: tuple[str, ...]
    mode: Mode
    points: float
    total: int
    percent: float
    seconds: float


@dataclass(frozen=True)
class AnswerRecord:
    """One answered question with what the learner saw, for export.

    Attributes:
        quiz_id: The quiz it belongs to.
        position: Its position in the quiz, from 0.
        answered_at: When it was answered (UTC).
        question_id: The question's id.
        topic: The topic id.
        topic_title: The topic's title.
        prompt: The question as asked.
        picked: Texts of the options picked, in the order shown.
        correct: Texts of the right options, in the order shown.
        points: Score between 0 and 1.
        outcome: Correct, partly correct or incorrect.
        confidence: How sure the learner said they were, if asked.
        seconds: Time spent on the question.
        quiz_state: The quiz's state when exported: "finished", "open" (unfinished, can be
            resumed) or "discarded" (unfinished, set aside).
    """

    quiz_id: int
    position: int
    answered_at: dt.datetime
    question_id: str
    topic: str
    topic_title: str
    prompt: str
    picked: tuple[str, ...]
    correct: tuple[str, ...]
    points: float
    outcome: Outcome
    confidence: Confidence | None
    seconds: float
    quiz_state: str = "finished"


def utc_text(moment: dt.datetime) -> str:
    """Return an aware time as ISO 8601 text in UTC.

    Raises:
        ValueError: The time has no time zone.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("times must carry a time zone (use UTC)")
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def parse_utc(text: str) -> dt.datetime:
    """Read a time written by :func:`utc_text`."""
    return dt.datetime.fromisoformat(text)


def snapshot(question: AnyQuestion) -> tuple[str, str]:
    """Return a question's JSON snapshot and its SHA-256 digest (hex)."""
    body = _QUESTION.dump_json(question).decode("utf-8")
    return body, hashlib.sha256(body.encode("utf-8")).hexdigest()


def load_snapshot(body: str) -> AnyQuestion:
    """Rebuild a question from its JSON snapshot."""
    return _QUESTION.validate_json(body)


def encode_keys(keys: Iterable[str]) -> str:
    """Return option keys as a JSON array (sorted when ``keys`` is a set)."""
    values = sorted(keys) if isinstance(keys, (set, frozenset)) else list(keys)
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def decode_keys(text: str) -> tuple[str, ...]:
    """Read option keys written by :func:`encode_keys`."""
    values = json.loads(text)
    if not isinstance(values, list) or not all(isinstance(value, str) for value in values):
        raise ValueError("stored option keys are not a list of strings")
    return tuple(values)


def planned(
    question: AnyQuestion, topic: str, topic_title: str, notice: str, option_order: str
) -> PlannedQuestion:
    """Rebuild one plan item from its stored values."""
    return PlannedQuestion(question, topic, topic_title, decode_keys(option_order), notice)


def response_values(response: Response) -> tuple[str, str, float, str, float, str | None]:
    """Return what identifies an answer's content: id, picked, points, outcome, time, confidence."""
    confidence = None if response.confidence is None else response.confidence.value
    return (
        response.question_id,
        encode_keys(response.picked),
        float(response.points),
        response.outcome.value,
        float(response.seconds),
        confidence,
    )


def response_from_row(
    position: int,
    question_id: str,
    picked: str,
    points: float,
    outcome: str,
    seconds: float,
    confidence: str | None,
) -> Response:
    """Rebuild a response from its stored values."""
    return Response(
        index=position,
        question_id=question_id,
        picked=frozenset(decode_keys(picked)),
        points=points,
        outcome=Outcome(outcome),
        seconds=seconds,
        confidence=None if confidence is None else Confidence(confidence),
    )


_OUTCOMES = {outcome.value: outcome for outcome in Outcome}
_CONFIDENCES = {confidence.value: confidence for confidence in Confidence}


class AnswerRows:
    """Turns stored answer rows into :class:`AnswerRecord` objects, quickly and in bulk.

    Each question snapshot is parsed once, and option-key lists are decoded through a small
    cache, so an export of 100,000 answers takes about a second, not minutes.

    Args:
        load_body: Returns the JSON body of a snapshot id.
    """

    def __init__(self, load_body: Callable[[int], str]) -> None:
        self._load_body = load_body
        self._questions: dict[int, tuple[str, dict[str, Option]]] = {}
        self._keys = functools.lru_cache(maxsize=4096)(decode_keys)

    def _question(self, snapshot_id: int) -> tuple[str, dict[str, Option]]:
        found = self._questions.get(snapshot_id)
        if found is None:
            question = load_snapshot(self._load_body(snapshot_id))
            options = {option.key: option for option in question.options()}
            found = self._questions[snapshot_id] = (question.prompt, options)
        return found

    def record(
        self,
        quiz_id: int,
        position: int,
        answered_at: str,
        question_id: str,
        picked: str,
        points: float,
        outcome: str,
        seconds: float,
        confidence: str | None,
        snapshot_id: int,
        topic: str,
        topic_title: str,
        option_order: str,
        quiz_state: str = "finished",
    ) -> AnswerRecord:
        """Build the record of one answer, option texts in the order they were shown."""
        prompt, options = self._question(snapshot_id)
        chosen = self._keys(picked)
        shown = [options[key] for key in self._keys(option_order) if key in options]
        return AnswerRecord(
            quiz_id=quiz_id,
            position=position,
            answered_at=parse_utc(answered_at),
            question_id=question_id,
            topic=topic,
            topic_title=topic_title,
            prompt=prompt,
            picked=tuple(option.text for option in shown if option.key in chosen),
            correct=tuple(option.text for option in shown if option.correct),
            points=points,
            outcome=_OUTCOMES[outcome],
            confidence=None if confidence is None else _CONFIDENCES[confidence],
            seconds=seconds,
            quiz_state=quiz_state,
        )


_MODES = {mode.value: mode for mode in Mode}


def mode_of(text: str) -> Mode:
    """Read a stored quiz mode."""
    return _MODES[text]
