"""The learning tables of the progress database, as one schema step for the store's migrations.

:func:`create_learning_tables` is a step for :data:`quizapp.core.migrations.MIGRATIONS`: it
creates the tables :mod:`quizapp.core.learning_store` writes and reads (review logs, schedules,
misconception events, answer counts) and the indexes the learning screens need, then derives
those rows for every answer stored before the step ran. Like every step, it runs inside the
migration's transaction and never commits.
"""

from __future__ import annotations

import sqlite3

from quizapp.core.learning_store import backfill_learning

_TABLES: tuple[str, ...] = (
    # One FSRS review per answer; the schedule can always be recomputed from these.
    """
    CREATE TABLE review_logs (
        quiz_id     INTEGER NOT NULL,
        position    INTEGER NOT NULL,
        question_id TEXT    NOT NULL,
        rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
        reviewed_at TEXT    NOT NULL,
        duration_ms INTEGER,
        PRIMARY KEY (quiz_id, position),
        FOREIGN KEY (quiz_id, position) REFERENCES answers (quiz_id, position) ON DELETE CASCADE
    ) WITHOUT ROWID
    """,
    "CREATE INDEX review_logs_by_question ON review_logs (question_id, quiz_id, position)",
    # Each question's current FSRS card; `due` copies card.due (UTC text) for the due index.
    """
    CREATE TABLE schedules (
        question_id TEXT    PRIMARY KEY,
        topic       TEXT    NOT NULL,
        topic_title TEXT    NOT NULL,
        card        TEXT    NOT NULL,
        due         TEXT    NOT NULL,
        state       INTEGER NOT NULL,
        last_rating INTEGER NOT NULL CHECK (last_rating BETWEEN 1 AND 4),
        reviews     INTEGER NOT NULL CHECK (reviews > 0),
        last_review TEXT    NOT NULL
    ) WITHOUT ROWID
    """,
    "CREATE INDEX schedules_by_due ON schedules (due)",
    # The misconception ledger's events, in the order answered (id).
    """
    CREATE TABLE misconception_events (
        id            INTEGER PRIMARY KEY,
        quiz_id       INTEGER NOT NULL,
        position      INTEGER NOT NULL,
        misconception TEXT    NOT NULL,
        picked        INTEGER NOT NULL CHECK (picked IN (0, 1)),
        confidence    TEXT    CHECK (confidence IN ('low', 'medium', 'high')),
        at            TEXT    NOT NULL,
        UNIQUE (quiz_id, position, misconception),
        FOREIGN KEY (quiz_id, position) REFERENCES answers (quiz_id, position) ON DELETE CASCADE
    )
    """,
    "CREATE INDEX misconception_events_by_id ON misconception_events (misconception, picked, id)",
    # Running counts for the statistics, so they never scan every answer: per UTC hour
    # ('YYYY-MM-DDTHH', for answers per day) and per confidence level (for calibration).
    """
    CREATE TABLE answer_hours (
        hour    TEXT    PRIMARY KEY,
        answers INTEGER NOT NULL CHECK (answers > 0),
        correct INTEGER NOT NULL CHECK (correct BETWEEN 0 AND answers)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE answer_levels (
        confidence TEXT    PRIMARY KEY CHECK (confidence IN ('low', 'medium', 'high', 'none')),
        answers    INTEGER NOT NULL CHECK (answers > 0),
        correct    INTEGER NOT NULL CHECK (correct BETWEEN 0 AND answers)
    ) WITHOUT ROWID
    """,
    # The mistake workbench (newest first, date filters) and the scores over time.
    "CREATE INDEX answers_by_time ON answers (answered_at)",
    "CREATE INDEX quizzes_by_finish ON quizzes (state, finished_at, points, total)",
)


def create_learning_tables(db: sqlite3.Connection) -> None:
    """Schema step: add the learning tables, then derive rows for answers already stored.

    Runs inside the migration's transaction and does not commit.
    """
    for statement in _TABLES:
        db.execute(statement)
    backfill_learning(db)


def has_learning_tables(db: sqlite3.Connection) -> bool:
    """Tell whether the database has the learning tables."""
    row = db.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'review_logs'"
    ).fetchone()
    return bool(row[0])
