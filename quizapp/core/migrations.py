"""The progress database's schema, one numbered step per version (``PRAGMA user_version``).

``MIGRATIONS[n]`` upgrades a database from version ``n`` to ``n + 1``; version 0 is an empty
file. Steps never commit: :class:`quizapp.core.store.Store` runs them all inside one
transaction, after a backup, so a failed upgrade leaves the file as it was. A step that is
released is never edited again; a change of schema is a new step at the end.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from quizapp.core.learning_schema import create_learning_tables

#: ``PRAGMA application_id`` of a QuizApp progress database ("QUIZ" in ASCII).
APPLICATION_ID = 0x5155495A

Migration = Callable[[sqlite3.Connection], None]
"""One upgrade step; runs inside the caller's transaction and must not commit."""

_V1: tuple[str, ...] = (
    # One row per quiz. `seconds` is the time spent so far, and the whole time once finished.
    # `points` is cached when the quiz is finished, so the history needs no aggregate.
    """
    CREATE TABLE quizzes (
        id          INTEGER PRIMARY KEY,
        started_at  TEXT    NOT NULL,
        mode        TEXT    NOT NULL CHECK (mode IN ('practice', 'exam')),
        seed        INTEGER NOT NULL,
        topics      TEXT    NOT NULL,
        total       INTEGER NOT NULL CHECK (total > 0),
        state       TEXT    NOT NULL DEFAULT 'open'
                            CHECK (state IN ('open', 'finished', 'discarded')),
        seconds     REAL    NOT NULL DEFAULT 0,
        finished_at TEXT,
        points      REAL,
        CHECK ((state = 'finished') = (finished_at IS NOT NULL AND points IS NOT NULL))
    )
    """,
    "CREATE INDEX quizzes_by_state ON quizzes (state, started_at)",
    # What the learner saw: each distinct question snapshot (JSON of the bank model) once.
    """
    CREATE TABLE snapshots (
        id     INTEGER PRIMARY KEY,
        digest TEXT NOT NULL UNIQUE,
        body   TEXT NOT NULL
    )
    """,
    # The plan: questions in the order asked, with their option order as shown.
    """
    CREATE TABLE items (
        quiz_id      INTEGER NOT NULL REFERENCES quizzes (id) ON DELETE CASCADE,
        position     INTEGER NOT NULL CHECK (position >= 0),
        question_id  TEXT    NOT NULL,
        snapshot_id  INTEGER NOT NULL REFERENCES snapshots (id),
        topic        TEXT    NOT NULL,
        topic_title  TEXT    NOT NULL,
        notice       TEXT    NOT NULL,
        option_order TEXT    NOT NULL,
        PRIMARY KEY (quiz_id, position)
    ) WITHOUT ROWID
    """,
    # One row per answer, written in its own transaction. `confidence` is for spaced review.
    """
    CREATE TABLE answers (
        quiz_id     INTEGER NOT NULL,
        position    INTEGER NOT NULL,
        question_id TEXT    NOT NULL,
        picked      TEXT    NOT NULL,
        points      REAL    NOT NULL CHECK (points >= 0 AND points <= 1),
        outcome     TEXT    NOT NULL CHECK (outcome IN ('correct', 'partial', 'incorrect')),
        seconds     REAL    NOT NULL,
        confidence  TEXT    CHECK (confidence IN ('low', 'medium', 'high')),
        answered_at TEXT    NOT NULL,
        PRIMARY KEY (quiz_id, position),
        FOREIGN KEY (quiz_id, position) REFERENCES items (quiz_id, position) ON DELETE CASCADE
    ) WITHOUT ROWID
    """,
    f"PRAGMA application_id = {APPLICATION_ID}",
)


def _statements(statements: Sequence[str]) -> Migration:
    def step(connection: sqlite3.Connection) -> None:
        # One execute() per statement: executescript() would commit first.
        for statement in statements:
            connection.execute(statement)

    return step


#: Every upgrade step, oldest first.
MIGRATIONS: list[Migration] = [_statements(_V1), create_learning_tables]


def latest_version() -> int:
    """Return the schema version this app writes (the number of steps)."""
    return len(MIGRATIONS)


def read_version(connection: sqlite3.Connection) -> int:
    """Return a database's ``PRAGMA user_version``."""
    row = connection.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def upgrade(connection: sqlite3.Connection, target: int | None = None) -> int:
    """Run the steps from the database's version up to ``target``, in the open transaction.

    Args:
        connection: A connection inside a write transaction (this function does not commit).
        target: The version to reach; the latest when None.

    Returns:
        The version the database was at before.

    Raises:
        ValueError: ``target`` is older than the database or newer than the app.
        sqlite3.Error: A step failed; the caller rolls back.
    """
    if not connection.in_transaction:
        raise ValueError("upgrade() must run inside a transaction")
    goal = latest_version() if target is None else target
    found = read_version(connection)
    if not found <= goal <= latest_version():
        raise ValueError(f"cannot upgrade from version {found} to {goal}")
    for version in range(found, goal):
        MIGRATIONS[version](connection)
    if goal != found:
        connection.execute(f"PRAGMA user_version = {int(goal)}")
    return found
