"""The quiz session: one QObject that drives the engine, saves through the store, and says so.

Pages never call the engine or the store; they call the session's methods and listen to its
past-tense signals. An answer is committed to the store before ``answer_checked`` is emitted,
so feedback is never shown for an answer that is not saved.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from quizapp.core.engine import (
    Confidence,
    IllegalActionError,
    Mode,
    Phase,
    Quiz,
    QuizPlan,
    QuizResult,
    Response,
)


class ProgressStore(Protocol):
    """What the session needs from the progress store (see :mod:`quizapp.core.store`)."""

    def start_quiz(self, plan: QuizPlan, topics: list[str], started_at: dt.datetime) -> int:
        """Store a new quiz's plan; return its id."""
        ...

    def record_answer(
        self,
        quiz_id: int,
        response: Response,
        answered_at: dt.datetime,
        *,
        elapsed: float | None = None,
    ) -> None:
        """Commit one answer, with the seconds spent on the quiz so far."""
        ...

    def finish_quiz(self, quiz_id: int, finished_at: dt.datetime, seconds: float) -> None:
        """Mark a quiz finished."""
        ...


def utc_now() -> dt.datetime:
    """Return the current time in UTC."""
    return dt.datetime.now(dt.UTC)


class QuizSession(QObject):
    """Runs one quiz at a time and tells the UI what happened.

    Signals:
        quiz_started: A new (or resumed) quiz began; the first question is ready.
        question_shown: The current question changed (after start or advance).
        answer_checked: An answer was scored and saved (carries the response).
        quiz_finished: The last answer was given (carries the result).
        save_failed: Saving failed; carries a plain-words message. The answer is kept.
    """

    quiz_started = Signal()
    question_shown = Signal()
    answer_checked = Signal(object)
    quiz_finished = Signal(object)
    save_failed = Signal(str)

    def __init__(self, store: ProgressStore | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._quiz: Quiz | None = None
        self._quiz_id: int | None = None
        self._pending: Response | None = None
        self._topics: list[str] = []

    @property
    def quiz(self) -> Quiz | None:
        """The quiz in progress (or just finished), if any."""
        return self._quiz

    @property
    def quiz_id(self) -> int | None:
        """The stored id of the current quiz, if it is stored."""
        return self._quiz_id

    @property
    def has_unsaved_answer(self) -> bool:
        """True while an answer waits to be saved (after a failed save)."""
        return self._pending is not None

    def set_store(self, store: ProgressStore | None) -> None:
        """Use another store (after a restore, for example)."""
        self._store = store

    @staticmethod
    def new_seed() -> int:
        """Return a fresh random seed for a plan."""
        return random.SystemRandom().randrange(2**31)

    def start(self, plan: QuizPlan, topics: Iterable[str]) -> bool:
        """Start a quiz from a plan; return False when it could not be stored."""
        self._topics = list(topics)
        quiz = Quiz(plan)
        quiz_id = None
        if self._store is not None:
            try:
                quiz_id = self._store.start_quiz(plan, self._topics, utc_now())
            except Exception as error:  # noqa: BLE001 - reported to the user in plain words
                self.save_failed.emit(str(error))
                return False
        self._quiz, self._quiz_id, self._pending = quiz, quiz_id, None
        self.quiz_started.emit()
        self.question_shown.emit()
        return True

    def resume(self, quiz: Quiz, quiz_id: int | None) -> None:
        """Carry on with a quiz rebuilt from the store."""
        self._quiz, self._quiz_id, self._pending = quiz, quiz_id, None
        self.quiz_started.emit()
        if quiz.phase is Phase.FINISHED:
            self._finish()
        else:
            self.question_shown.emit()

    def submit(self, picked: Iterable[str], confidence: Confidence | None = None) -> None:
        """Score the current question, save the answer, then announce it.

        Raises:
            IllegalActionError: No quiz, or not waiting for an answer.
        """
        if self._quiz is None:
            raise IllegalActionError("no quiz in progress")
        if self._pending is not None:
            raise IllegalActionError("an earlier answer is still waiting to be saved")
        response = self._quiz.submit(picked, confidence)
        self._pending = response
        self.retry_save()

    def retry_save(self) -> bool:
        """Try again to save the answer that is waiting; True once it is saved."""
        if self._pending is None or self._quiz is None:
            return True
        response = self._pending
        if self._store is not None and self._quiz_id is not None:
            try:
                self._store.record_answer(
                    self._quiz_id, response, utc_now(), elapsed=self._quiz.elapsed()
                )
            except Exception as error:  # noqa: BLE001 - reported to the user in plain words
                self.save_failed.emit(str(error))
                return False
        self._pending = None
        self.answer_checked.emit(response)
        if self._quiz.plan.mode is Mode.EXAM:
            self.advance()
        return True

    def advance(self) -> None:
        """Move to the next question, or finish."""
        if self._quiz is None or self._pending is not None:
            raise IllegalActionError("nothing to move on from")
        if self._quiz.advance() is Phase.FINISHED:
            self._finish()
        else:
            self.question_shown.emit()

    def _finish(self) -> None:
        assert self._quiz is not None
        result: QuizResult = self._quiz.result()
        if self._store is not None and self._quiz_id is not None:
            try:
                self._store.finish_quiz(self._quiz_id, utc_now(), self._quiz.elapsed())
            except Exception as error:  # noqa: BLE001 - answers are saved; only the end mark is not
                self.save_failed.emit(str(error))
        self.quiz_finished.emit(result)
