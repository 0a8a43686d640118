"""Progress history in SQLite: every answer committed as it is given, quizzes that resume.

:class:`Store` owns the one writer connection (stdlib :mod:`sqlite3`, ``isolation_level=None``,
WAL, ``synchronous=FULL``, foreign keys on). Every change goes through :meth:`Store._write`, the
one helper that runs ``BEGIN IMMEDIATE ... COMMIT``: a method that returns has committed, and a
method that raises has stored nothing. Opening checks the file first (see
:mod:`quizapp.core.damage`), then upgrades an older schema inside one transaction after a
backup (see :mod:`quizapp.core.migrations` and :mod:`quizapp.core.backups`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from quizapp.core import backups, learning_store, migrations, store_queries
from quizapp.core.connection import Fault, connect, is_environmental
from quizapp.core.damage import inspect
from quizapp.core.engine import QuizPlan, Response
from quizapp.core.store_errors import (
    AnswerConflictError,
    MigrationError,
    QuizNotFoundError,
    QuizStateError,
    StoreError,
    StoreOpenError,
    save_failed,
)
from quizapp.core.store_records import (
    AnswerRecord,
    QuizSummary,
    ResumeState,
    encode_keys,
    response_values,
    snapshot,
    utc_text,
)

#: The progress database's file name inside the data folder.
DB_FILE_NAME = "quizapp.sqlite3"
#: The backups folder's name inside the data folder.
BACKUP_DIR_NAME = "backups"


class Store:
    """The learner's progress database. Create it with :meth:`open`; not thread-safe."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path,
        backup_dir: Path,
        fault: Fault | None = None,
    ) -> None:
        self._connection: sqlite3.Connection | None = connection
        self.path = path
        self.backup_dir = backup_dir
        self.fault = fault

    # -- opening and closing ------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        backup_dir: Path | None = None,
        fault: Fault | None = None,
        read_only: bool = False,
    ) -> Store:
        """Open (creating or upgrading if needed) the progress database at ``path``.

        Args:
            path: The database file, usually ``<data dir>/quizapp.sqlite3``.
            backup_dir: Where backups go; ``<folder of path>/backups`` when None.
            fault: Test hook called before each COMMIT, see
                :class:`~quizapp.core.connection.FailOnWrite`.
            read_only: Open for reading only (export): nothing is created, upgraded or written.

        Returns:
            The open store.

        Raises:
            DatabaseDamagedError: The file is damaged; move it aside with
                :func:`quizapp.core.damage.move_aside` and offer
                :func:`quizapp.core.backups.newest_good_backup`.
            DatabaseTooNewError: A newer QuizApp wrote the file; it was not changed.
            MigrationError: The upgrade failed; the file is as it was.
            StoreOpenError: The file or folder cannot be used (permissions, locks, missing when
                read-only, or an older format when read-only).
        """
        folder = path.parent / BACKUP_DIR_NAME if backup_dir is None else backup_dir
        latest = migrations.latest_version()
        if read_only:
            if inspect(path, latest) != latest:
                raise StoreOpenError(
                    f"There is no up-to-date QuizApp progress file at {path}. "
                    "If QuizApp was updated, open it once to upgrade the file."
                )
            return cls(connect(path, read_only=True), path, folder, fault)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreOpenError(
                f"QuizApp cannot create the folder {path.parent}: {error}."
            ) from None
        version = inspect(path, latest)
        connection = connect(path)
        store = cls(connection, path, folder, fault)
        try:
            if version < latest:
                store._upgrade(version)
        except BaseException:
            store.close()
            raise
        return store

    def _upgrade(self, version: int) -> None:
        if version > 0:  # version 0 holds no progress: nothing to back up
            backups.backup(self._live(), self.backup_dir, "migration")
        try:
            with self._write("the upgraded progress file") as connection:
                migrations.upgrade(connection)
        except (StoreError, sqlite3.Error) as error:
            raise MigrationError(
                f"QuizApp could not upgrade {self.path}; it was left unchanged ({error})."
            ) from error

    def close(self) -> None:
        """Close the connection (SQLite folds the write-ahead log into the file)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def _live(self) -> sqlite3.Connection:
        if self._connection is None:
            raise StoreError("The progress file is closed.")
        return self._connection

    @contextlib.contextmanager
    def _write(self, what: str) -> Iterator[sqlite3.Connection]:
        """Run the block as one write transaction: all of it is committed, or none of it.

        Args:
            what: What is saved, in words for an error message ("your answer").

        Raises:
            SaveFailedError: The disk or file refused the write; nothing was stored.
        """
        connection = self._live()
        try:
            connection.execute("BEGIN IMMEDIATE")
            yield connection
            if self.fault is not None:
                self.fault(what)
            connection.execute("COMMIT")
        except BaseException as error:
            if connection.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    connection.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error) and is_environmental(error):
                raise save_failed(what, error) from error
            raise

    # -- writing ------------------------------------------------------------------------------

    def start_quiz(self, plan: QuizPlan, topics: list[str], started_at: dt.datetime) -> int:
        """Store a new quiz's whole plan, as the learner will see it.

        Any other unfinished quiz is marked discarded (a new quiz replaces it).

        Args:
            plan: The plan: mode, seed and each question with its option order.
            topics: The topics chosen.
            started_at: When it starts (aware, stored in UTC).

        Returns:
            The new quiz's id.

        Raises:
            SaveFailedError: Nothing was stored.
            ValueError: An empty plan or a time without a time zone.
        """
        if not plan.items:
            raise ValueError("a quiz needs at least one question")
        started = utc_text(started_at)
        shots = [snapshot(item.question) for item in plan.items]
        with self._write("the new quiz") as db:
            db.execute("UPDATE quizzes SET state = 'discarded' WHERE state = 'open'")
            cursor = db.execute(
                "INSERT INTO quizzes (started_at, mode, seed, topics, total) VALUES (?,?,?,?,?)",
                (started, plan.mode.value, plan.seed, json.dumps(list(topics)), len(plan.items)),
            )
            quiz_id = int(cursor.lastrowid or 0)
            for position, (item, (body, digest)) in enumerate(zip(plan.items, shots, strict=True)):
                db.execute(
                    "INSERT INTO snapshots (digest, body) VALUES (?, ?) "
                    "ON CONFLICT (digest) DO NOTHING",
                    (digest, body),
                )
                db.execute(
                    "INSERT INTO items (quiz_id, position, question_id, snapshot_id, topic, "
                    "topic_title, notice, option_order) "
                    "SELECT ?, ?, ?, id, ?, ?, ?, ? FROM snapshots WHERE digest = ?",
                    (
                        quiz_id,
                        position,
                        item.question.id,
                        item.topic,
                        item.topic_title,
                        item.notice,
                        encode_keys(item.option_order),
                        digest,
                    ),
                )
        return quiz_id

    def record_answer(
        self,
        quiz_id: int,
        response: Response,
        answered_at: dt.datetime,
        *,
        elapsed: float | None = None,
    ) -> None:
        """Commit one answer in its own transaction, with the time spent so far.

        Retrying with the same response (after a failure, or twice) stores it once.

        Args:
            quiz_id: The quiz.
            response: The scored answer; ``response.index`` must be the next unanswered one.
            answered_at: When it was given (aware).
            elapsed: Seconds spent on the quiz so far (``Quiz.elapsed()``); when None, the
                sum of the answers' times is kept instead.

        Raises:
            SaveFailedError: Nothing was stored; the same call can be tried again.
            QuizNotFoundError: No such quiz.
            QuizStateError: The quiz is finished or discarded.
            AnswerConflictError: A different answer is stored at that position, the question is
                not the one planned there, or an earlier question is unanswered.
        """
        values = response_values(response)
        answered = utc_text(answered_at)
        with self._write("your answer") as db:
            quiz = db.execute("SELECT state, total FROM quizzes WHERE id = ?", (quiz_id,))
            row = quiz.fetchone()
            if row is None:
                raise QuizNotFoundError(f"There is no stored quiz {quiz_id}.")
            state, total = str(row[0]), int(row[1])
            stored = db.execute(
                "SELECT question_id, picked, points, outcome, seconds, confidence FROM answers "
                "WHERE quiz_id = ? AND position = ?",
                (quiz_id, response.index),
            ).fetchone()
            if stored is not None:
                if tuple(stored) == values:
                    return  # a retry of an answer already committed
                raise AnswerConflictError(
                    f"Question {response.index + 1} already has another answer."
                )
            if state != "open":
                raise QuizStateError(f"Quiz {quiz_id} is {state}; it takes no more answers.")
            planned_id = db.execute(
                "SELECT question_id FROM items WHERE quiz_id = ? AND position = ?",
                (quiz_id, response.index),
            ).fetchone()
            if planned_id is None or planned_id[0] != response.question_id:
                raise AnswerConflictError(
                    f"Question {response.index + 1} of {total} is not {response.question_id!r}."
                )
            count = db.execute("SELECT count(*) FROM answers WHERE quiz_id = ?", (quiz_id,))
            if int(count.fetchone()[0]) != response.index:
                raise AnswerConflictError(f"Question {response.index + 1} is not the next one.")
            db.execute(
                "INSERT INTO answers (quiz_id, position, question_id, picked, points, outcome, "
                "seconds, confidence, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (quiz_id, response.index, *values, answered),
            )
            learning_store.record_learning(db, quiz_id, response.index)
            if elapsed is None:
                spent = db.execute(
                    "SELECT total(seconds) FROM answers WHERE quiz_id = ?", (quiz_id,)
                ).fetchone()[0]
            else:
                spent = elapsed
            db.execute(
                "UPDATE quizzes SET seconds = max(seconds, ?) WHERE id = ?", (spent, quiz_id)
            )

    def finish_quiz(self, quiz_id: int, finished_at: dt.datetime, seconds: float) -> None:
        """Mark a fully answered quiz finished; it then appears in :meth:`history`.

        Finishing a finished quiz again changes nothing.

        Args:
            quiz_id: The quiz.
            finished_at: When it ended (aware).
            seconds: Time spent on the whole quiz.

        Raises:
            SaveFailedError: Nothing was stored.
            QuizNotFoundError: No such quiz.
            QuizStateError: The quiz was discarded, or questions are unanswered.
        """
        finished = utc_text(finished_at)
        with self._write("the end of the quiz") as db:
            row = db.execute("SELECT state, total FROM quizzes WHERE id = ?", (quiz_id,))
            found = row.fetchone()
            if found is None:
                raise QuizNotFoundError(f"There is no stored quiz {quiz_id}.")
            state, total = str(found[0]), int(found[1])
            if state == "finished":
                return
            if state != "open":
                raise QuizStateError(f"Quiz {quiz_id} is {state}; it cannot be finished.")
            points = [
                float(value)
                for (value,) in db.execute(
                    "SELECT points FROM answers WHERE quiz_id = ? ORDER BY position", (quiz_id,)
                )
            ]
            if len(points) != total:
                raise QuizStateError(
                    f"Quiz {quiz_id} has {len(points)} of {total} questions answered."
                )
            db.execute(
                "UPDATE quizzes SET state = 'finished', finished_at = ?, points = ?, seconds = ? "
                "WHERE id = ?",
                (finished, round(sum(points), 4), float(seconds), quiz_id),
            )

    def discard_quiz(self, quiz_id: int) -> None:
        """Set an unfinished quiz aside: it is no longer offered for resuming.

        Its answers stay in the history export (marked as of a discarded quiz).

        Its rows are kept. Discarding it again changes nothing.

        Raises:
            SaveFailedError: Nothing was stored.
            QuizNotFoundError: No such quiz.
            QuizStateError: The quiz is finished.
        """
        with self._write("the discarded quiz") as db:
            row = db.execute("SELECT state FROM quizzes WHERE id = ?", (quiz_id,)).fetchone()
            if row is None:
                raise QuizNotFoundError(f"There is no stored quiz {quiz_id}.")
            if row[0] == "finished":
                raise QuizStateError(f"Quiz {quiz_id} is finished; it cannot be discarded.")
            db.execute("UPDATE quizzes SET state = 'discarded' WHERE id = ?", (quiz_id,))

    # -- reading ------------------------------------------------------------------------------

    def load_quiz(self, quiz_id: int) -> tuple[QuizPlan, list[Response], float]:
        """Return a stored quiz's plan, its answers in plan order, and the seconds spent.

        Raises:
            QuizNotFoundError: No such quiz.
            UnreadableQuizError: The stored quiz cannot be read by this version.
        """
        return store_queries.load_quiz(self._live(), quiz_id)

    def unfinished_quiz(self) -> ResumeState | None:
        """Return the unfinished quiz to offer for resuming (the newest), or None.

        Raises:
            UnreadableQuizError: It cannot be read by this version; offer to discard it.
        """
        return store_queries.unfinished_quiz(self._live())

    def history(self) -> list[QuizSummary]:
        """Return the finished quizzes, newest first."""
        return store_queries.history(self._live())

    def answers(self) -> Iterator[AnswerRecord]:
        """Yield every answer ever given, by quiz and position, for export."""
        return store_queries.answers(self._live())

    def reader(self) -> sqlite3.Connection:
        """Return the connection for the read-only queries of the learning screens.

        The functions of :mod:`quizapp.core.learning_store`, :mod:`~quizapp.core.learning_queries`
        and :mod:`~quizapp.core.learning_stats` take it; they only read. Never write through it:
        every change goes through this class's methods.

        Raises:
            StoreError: The store is closed.
        """
        return self._live()

    def integrity_check(self) -> list[str]:
        """Run SQLite's full ``integrity_check``; ``["ok"]`` when the file is sound."""
        return [str(row[0]) for row in self._live().execute("PRAGMA integrity_check")]

    # -- backups ------------------------------------------------------------------------------

    def backup(self, kind: backups.BackupKind = "manual") -> Path:
        """Write a backup now into :attr:`backup_dir` (see :func:`backups.backup`)."""
        return backups.backup(self._live(), self.backup_dir, kind)

    def backup_after_quiz(self, now: dt.datetime | None = None) -> Path | None:
        """Make the automatic after-quiz backup if one is due (at most once per hour).

        Returns:
            The new backup, or None when none was due.

        Raises:
            BackupError: A backup was due but could not be made.
        """
        return backups.backup_after_quiz(self._live(), self.backup_dir, now)
