"""The quiz as an explicit state machine: plan, ask, check, score, finish.

A :class:`Quiz` moves through :class:`Phase` values; an action in the wrong phase raises
:class:`IllegalActionError` rather than scoring twice. Scoring follows the bank-format table; see
:func:`score`. Plans are reproducible from a seed.
"""

from __future__ import annotations

import enum
import random
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from quizapp.core.model import AnyQuestion, MultipleQuestion, Option, TrueFalseQuestion


class Phase(enum.Enum):
    """Where a quiz is."""

    ASKING = "asking"
    """A question is shown and waits for an answer."""
    ANSWERED = "answered"
    """The current question has been answered; the next step is :meth:`Quiz.advance`."""
    FINISHED = "finished"
    """Every question has been answered."""


class Mode(enum.Enum):
    """How feedback is given."""

    PRACTICE = "practice"
    """Feedback after every answer."""
    EXAM = "exam"
    """No feedback until the end."""


class Outcome(enum.Enum):
    """How right an answer was."""

    CORRECT = "correct"
    PARTIAL = "partial"
    INCORRECT = "incorrect"


class Confidence(enum.Enum):
    """How sure the learner said they were, before seeing feedback."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class IllegalActionError(RuntimeError):
    """An action was asked for in a phase that does not allow it."""


@dataclass(frozen=True)
class PlannedQuestion:
    """One question of a quiz, with the order its options are shown in.

    Attributes:
        question: The question as the learner sees it.
        topic: The topic (bank topic) it belongs to.
        topic_title: The human title of that topic.
        option_order: Option keys in the order they are shown.
        notice: Text to show with the question (the bank's notice), or "".
    """

    question: AnyQuestion
    topic: str
    topic_title: str
    option_order: tuple[str, ...]
    notice: str = ""

    def shown_options(self) -> tuple[Option, ...]:
        """Return the options in the order they are shown."""
        by_key = {option.key: option for option in self.question.options()}
        return tuple(by_key[key] for key in self.option_order)


@dataclass(frozen=True)
class QuizPlan:
    """Everything needed to replay a quiz: mode, seed and the questions in order."""

    mode: Mode
    seed: int
    items: tuple[PlannedQuestion, ...]


@dataclass(frozen=True)
class Response:
    """A learner's answer to one question and how it scored.

    Attributes:
        index: Position of the question in the plan.
        question_id: The question's id.
        picked: Keys of the options picked.
        points: Score between 0 and 1.
        outcome: Correct, partly correct or incorrect.
        seconds: Time spent on the question.
        confidence: How sure the learner said they were, if asked.
    """

    index: int
    question_id: str
    picked: frozenset[str]
    points: float
    outcome: Outcome
    seconds: float = 0.0
    confidence: Confidence | None = None


@dataclass(frozen=True)
class TopicScore:
    """Points per topic."""

    topic: str
    title: str
    points: float
    total: int


@dataclass(frozen=True)
class QuizResult:
    """The score of a finished quiz.

    Attributes:
        points: Points earned (partial credit counts).
        total: Number of questions.
        percent: Points as a percentage of total, 0 to 100.
        by_topic: Points per topic, in plan order of first appearance.
        missed: Plan items that were not fully right, in plan order.
        seconds: Time from start to finish.
    """

    points: float
    total: int
    percent: float
    by_topic: tuple[TopicScore, ...]
    missed: tuple[tuple[PlannedQuestion, Response], ...]
    seconds: float


def score(question: AnyQuestion, picked: Iterable[str]) -> float:
    """Score an answer between 0 and 1.

    ``single``, ``true_false`` and ``hotspot`` score 1 for exactly the right option, else 0.
    ``multiple`` gives partial credit: each right option picked adds ``1/R`` (R right options)
    and each wrong option picked takes away ``1/W`` (W wrong options), never below 0.

    Args:
        question: The question.
        picked: Keys of the options the learner picked.

    Returns:
        Points, rounded to 4 decimals.
    """
    chosen = frozenset(picked)
    right = question.correct_keys()
    if not isinstance(question, MultipleQuestion):
        return 1.0 if chosen == right else 0.0
    wrong = frozenset(option.key for option in question.options()) - right
    gained = len(chosen & right) / len(right) if right else 0.0
    lost = len(chosen & wrong) / len(wrong) if wrong else 0.0
    return round(max(0.0, gained - lost), 4)


def outcome_of(points: float) -> Outcome:
    """Return the outcome for a score between 0 and 1."""
    if points >= 1.0:
        return Outcome.CORRECT
    return Outcome.PARTIAL if points > 0 else Outcome.INCORRECT


@dataclass(frozen=True)
class PlanSource:
    """A question offered to a plan, with its topic and the notice of its bank."""

    question: AnyQuestion
    topic: str
    topic_title: str
    notice: str = ""


def build_plan(
    candidates: Sequence[PlanSource], length: int | None, mode: Mode, seed: int
) -> QuizPlan:
    """Pick and shuffle questions and their options, reproducibly from ``seed``.

    Args:
        candidates: Questions to choose from.
        length: How many to ask; None (or more than there are) asks all.
        mode: Practice or exam.
        seed: Seed of the shuffle; the same seed gives the same plan.

    Returns:
        The plan.
    """
    rng = random.Random(seed)
    chosen = list(candidates)
    rng.shuffle(chosen)
    if length is not None:
        chosen = chosen[:length]
    items = []
    for source in chosen:
        keys = [option.key for option in source.question.options()]
        if not isinstance(source.question, TrueFalseQuestion):
            rng.shuffle(keys)
        items.append(
            PlannedQuestion(
                source.question, source.topic, source.topic_title, tuple(keys), source.notice
            )
        )
    return QuizPlan(mode=mode, seed=seed, items=tuple(items))


@dataclass
class Quiz:
    """A quiz in progress.

    Attributes:
        plan: What is asked, in which order.
        clock: A monotonic clock in seconds (injectable for tests).
        responses: Answers so far, in plan order.
    """

    plan: QuizPlan
    clock: Callable[[], float] = time.monotonic
    responses: list[Response] = field(default_factory=list)
    _phase: Phase = Phase.ASKING
    _started: float = 0.0
    _question_started: float = 0.0
    _finished: float | None = None
    _elapsed_before: float = 0.0

    def __post_init__(self) -> None:
        if not self.plan.items:
            raise ValueError("a quiz needs at least one question")
        self._started = self._question_started = self.clock()

    @classmethod
    def resume(
        cls,
        plan: QuizPlan,
        responses: Sequence[Response],
        elapsed: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> Quiz:
        """Rebuild a quiz from a stored plan and the answers already given.

        Args:
            plan: The stored plan.
            responses: Stored answers, in plan order.
            elapsed: Seconds already spent before the interruption.
            clock: A monotonic clock.

        Returns:
            A quiz asking the first unanswered question (or finished when none is left).
        """
        quiz = cls(plan=plan, clock=clock)
        quiz.responses = list(responses)
        quiz._elapsed_before = elapsed
        if len(quiz.responses) >= len(plan.items):
            quiz._phase = Phase.FINISHED
            quiz._finished = quiz.clock()
        return quiz

    @property
    def phase(self) -> Phase:
        """The current phase."""
        return self._phase

    @property
    def index(self) -> int:
        """Position of the current question (the one asked or just answered)."""
        if self._phase is Phase.ANSWERED:
            return len(self.responses) - 1
        return min(len(self.responses), len(self.plan.items) - 1)

    @property
    def current(self) -> PlannedQuestion:
        """The question asked (or just answered)."""
        return self.plan.items[self.index]

    @property
    def total(self) -> int:
        """Number of questions in the quiz."""
        return len(self.plan.items)

    def submit(self, picked: Iterable[str], confidence: Confidence | None = None) -> Response:
        """Answer the current question.

        Args:
            picked: Keys of the options picked.
            confidence: How sure the learner said they were, if asked.

        Returns:
            The scored response.

        Raises:
            IllegalActionError: Not in the asking phase, or a key that is not an option.
        """
        if self._phase is not Phase.ASKING:
            raise IllegalActionError(f"cannot submit an answer while {self._phase.value}")
        item = self.current
        chosen = frozenset(picked)
        unknown = chosen - set(item.option_order)
        if unknown:
            raise IllegalActionError(f"not an option of this question: {sorted(unknown)}")
        now = self.clock()
        points = score(item.question, chosen)
        response = Response(
            index=len(self.responses),
            question_id=item.question.id,
            picked=chosen,
            points=points,
            outcome=outcome_of(points),
            seconds=round(now - self._question_started, 3),
            confidence=confidence,
        )
        self.responses.append(response)
        self._phase = Phase.ANSWERED
        return response

    def advance(self) -> Phase:
        """Move on from an answered question: to the next one, or to the end.

        Returns:
            The new phase.

        Raises:
            IllegalActionError: Not in the answered phase.
        """
        if self._phase is not Phase.ANSWERED:
            raise IllegalActionError(f"cannot move on while {self._phase.value}")
        if len(self.responses) >= len(self.plan.items):
            self._phase = Phase.FINISHED
            self._finished = self.clock()
        else:
            self._phase = Phase.ASKING
            self._question_started = self.clock()
        return self._phase

    def elapsed(self) -> float:
        """Seconds spent so far (or in all, once finished)."""
        end = self._finished if self._finished is not None else self.clock()
        return self._elapsed_before + end - self._started

    def result(self) -> QuizResult:
        """Score the finished quiz.

        Raises:
            IllegalActionError: The quiz is not finished.
        """
        if self._phase is not Phase.FINISHED:
            raise IllegalActionError("the quiz is not finished")
        return summarise(self.plan, self.responses, self.elapsed())


def summarise(plan: QuizPlan, responses: Sequence[Response], seconds: float) -> QuizResult:
    """Score a plan's responses: totals, per topic, and what was missed."""
    points = round(sum(response.points for response in responses), 4)
    total = len(plan.items)
    topics: dict[str, list[float]] = {}
    titles: dict[str, str] = {}
    for item, response in zip(plan.items, responses, strict=False):
        topics.setdefault(item.topic, []).append(response.points)
        titles[item.topic] = item.topic_title
    by_topic = tuple(
        TopicScore(topic, titles[topic], round(sum(values), 4), len(values))
        for topic, values in topics.items()
    )
    missed = tuple(
        (item, response)
        for item, response in zip(plan.items, responses, strict=False)
        if response.outcome is not Outcome.CORRECT
    )
    percent = round(100.0 * points / total, 1) if total else 0.0
    return QuizResult(points, total, percent, by_topic, missed, round(seconds, 1))


def retry_plan(result: QuizResult, mode: Mode, seed: int) -> QuizPlan:
    """Plan a new quiz of just the missed questions, reshuffled."""
    sources = [
        PlanSource(item.question, item.topic, item.topic_title, item.notice)
        for item, _ in result.missed
    ]
    return build_plan(sources, None, mode, seed)
