"""The errors the progress store raises, each with a message a learner can read.

Every error is a :class:`StoreError`. Low-level :mod:`sqlite3` errors are turned into one of
these by :func:`save_failed` (writes) or by the opening checks in :mod:`quizapp.core.damage`,
so the UI can show ``str(error)`` as it is.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class StoreError(Exception):
    """Base of every progress-store error; ``str()`` is a plain-words message."""


class SaveFailedError(StoreError):
    """A write did not happen: nothing of it was stored, and it can be tried again."""


class DatabaseDamagedError(StoreError):
    """The progress file is damaged or is not a QuizApp database.

    Attributes:
        path: The damaged file.
        reason: What is wrong, in plain words.
    """

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"The progress file {path} is damaged: {reason}.")
        self.path = path
        self.reason = reason


class DatabaseTooNewError(StoreError):
    """The progress file was written by a newer QuizApp; it is left untouched.

    Attributes:
        path: The file.
        found: Its schema version.
        supported: The newest schema version this app reads.
    """

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            f"The progress file {path} was saved by a newer version of QuizApp "
            f"(format {found}; this version reads up to format {supported}). "
            "Please update QuizApp. The file has not been changed."
        )
        self.path = path
        self.found = found
        self.supported = supported


class StoreOpenError(StoreError):
    """The progress file could not be opened for a reason other than damage (access, lock)."""


class MigrationError(StoreError):
    """Upgrading the progress file failed; it was left as it was before the upgrade."""


class QuizNotFoundError(StoreError):
    """No stored quiz has this id."""


class UnreadableQuizError(StoreError):
    """A stored quiz is in a form this version cannot read (e.g. a question snapshot).

    Attributes:
        quiz_id: The quiz concerned (so an unfinished one can still be discarded).
    """

    def __init__(self, quiz_id: int) -> None:
        super().__init__(f"Quiz {quiz_id} was saved in a form this version of QuizApp cannot read.")
        self.quiz_id = quiz_id


class QuizStateError(StoreError):
    """The action does not fit the quiz's state (e.g. answering a finished quiz)."""


class AnswerConflictError(StoreError):
    """An answer does not fit the stored quiz.

    Another answer is stored for that question, the question differs from the plan, or an
    earlier question is not answered yet.
    """


class BackupError(StoreError):
    """A backup could not be made, or a backup file is not usable."""


_PLAIN: dict[str, str] = {
    "SQLITE_FULL": "the disk is full",
    "SQLITE_READONLY": "the data folder cannot be written to (it is read-only)",
    "SQLITE_IOERR": "the disk reported an error",
    "SQLITE_BUSY": "another program is using the progress file",
    "SQLITE_LOCKED": "another program is using the progress file",
    "SQLITE_CANTOPEN": "the progress file cannot be opened",
    "SQLITE_PERM": "QuizApp is not allowed to write the progress file",
    "SQLITE_CORRUPT": "the progress file is damaged",
    "SQLITE_NOTADB": "the progress file is damaged",
}


def plain_reason(error: sqlite3.Error) -> str:
    """Describe an :mod:`sqlite3` error in plain words, without SQL or codes.

    Args:
        error: The error.

    Returns:
        A short phrase such as "the disk is full".
    """
    name = getattr(error, "sqlite_errorname", "") or ""
    for prefix, words in _PLAIN.items():
        if name == prefix or name.startswith(prefix + "_"):
            return words
    text = str(error).lower()
    if "full" in text:
        return _PLAIN["SQLITE_FULL"]
    if "readonly" in text or "read-only" in text:
        return _PLAIN["SQLITE_READONLY"]
    return f"the database reported a problem ({error})"


def is_damage(error: sqlite3.Error) -> bool:
    """Tell whether an :mod:`sqlite3` error means the file itself is damaged."""
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def save_failed(what: str, error: sqlite3.Error) -> SaveFailedError:
    """Build the error for a failed write.

    Args:
        what: What was being saved, e.g. "your answer".
        error: The underlying error.

    Returns:
        A :class:`SaveFailedError` whose message says what was not saved and why.
    """
    return SaveFailedError(f"QuizApp could not save {what}: {plain_reason(error)}.")
