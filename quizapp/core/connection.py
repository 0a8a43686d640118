"""The SQLite connection the store relies on, and the hook tests use to make a write fail.

:func:`connect` opens the one writer connection with the settings that make a commit durable
(``isolation_level=None``, WAL, ``synchronous=FULL``, foreign keys on), or a read-only one.
:class:`FailOnWrite` is a ``fault`` hook for :class:`quizapp.core.store.Store`: it raises a real
:mod:`sqlite3` error inside a real transaction, so the rollback path under test is the real one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from quizapp.core.damage import read_only_uri
from quizapp.core.store_errors import DatabaseDamagedError, StoreOpenError, is_damage, plain_reason

#: How long to wait for another connection's write lock, in seconds.
BUSY_TIMEOUT = 5.0

Fault = Callable[[str], None]
"""A hook called just before each COMMIT with what is being saved; raising aborts the write."""


class FailOnWrite:
    """Test hook: make the ``n``-th write (1-based) fail as if the disk were full.

    Later writes succeed again, so a retry can be tested.

    Attributes:
        n: Which write fails.
        count: How many writes were attempted so far.
        failed: What the failed write was saving, once it has failed.
    """

    def __init__(self, n: int, error: sqlite3.Error | None = None) -> None:
        self.n = n
        self.count = 0
        self.failed: str | None = None
        self._error = error or sqlite3.OperationalError("database or disk is full")

    def __call__(self, what: str) -> None:
        """Count one write; raise the error if it is the ``n``-th."""
        self.count += 1
        if self.count == self.n:
            self.failed = what
            raise self._error


def is_environmental(error: BaseException) -> bool:
    """Tell whether an error comes from the disk or the file (and not from a bug)."""
    return type(error) in (sqlite3.OperationalError, sqlite3.DatabaseError)


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Open a connection to the progress file.

    Args:
        path: The database file.
        read_only: Open it read-only (nothing is set or written).

    Returns:
        The connection; a writer is in autocommit mode (``isolation_level=None``), so nothing
        is written except inside an explicit ``BEGIN ... COMMIT``.

    Raises:
        DatabaseDamagedError: SQLite finds the file damaged.
        StoreOpenError: The file cannot be opened or cannot use a write-ahead log.
    """
    try:
        if read_only:
            return sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT)
        connection = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT)
    except sqlite3.Error as error:
        raise StoreOpenError(f"QuizApp cannot open {path}: {plain_reason(error)}.") from error
    try:
        mode = str(connection.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        if mode.lower() != "wal":
            raise StoreOpenError(f"QuizApp cannot use {path} safely (journal mode {mode}).")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as error:
        connection.close()
        if is_damage(error):
            raise DatabaseDamagedError(path, "the database cannot be read") from error
        raise StoreOpenError(f"QuizApp cannot open {path}: {plain_reason(error)}.") from error
    except BaseException:
        connection.close()
        raise
    return connection
