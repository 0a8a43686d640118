"""Backups of the progress database: making, listing, rotating, checking and restoring them.

A backup is made with ``VACUUM INTO`` (a consistent snapshot, never a copy of the live file),
written under a temporary name, flushed to disk, checked, and only then given its final name
``quizapp-<UTC time>-<kind>.sqlite3``. Automatic backups are made after a quiz ends, at most
once per hour, and kept in rotation; backups made before an upgrade or a restore are kept
by the same rule, counted per kind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from quizapp.core.damage import file_stamp, inspect, move_aside, read_only_uri, sync_folder
from quizapp.core.migrations import latest_version
from quizapp.core.store_errors import BackupError, DatabaseDamagedError, StoreError

BackupKind = Literal["auto", "manual", "migration", "restore"]
"""Why a backup was made: after a quiz, on request, before an upgrade, before a restore."""

#: How many backups of each kind are kept.
KEEP = 10
#: Automatic backups are made at most this often.
AUTO_INTERVAL = dt.timedelta(hours=1)

_NAME = re.compile(r"^quizapp-(\d{8}T\d{6}\.\d{6}Z)-(auto|manual|migration|restore)\.sqlite3$")
_ANY_VERSION = 2**31 - 1


@dataclass(frozen=True)
class Backup:
    """One backup file.

    Attributes:
        path: The file.
        created_at: When it was made (UTC).
        kind: Why it was made.
    """

    path: Path
    created_at: dt.datetime
    kind: BackupKind


def _parse(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    moment = dt.datetime.strptime(match[1], "%Y%m%dT%H%M%S.%fZ").replace(tzinfo=dt.UTC)
    kind: BackupKind = match[2]  # type: ignore[assignment]  # the pattern allows only these
    return Backup(path, moment, kind)


def list_backups(folder: Path) -> list[Backup]:
    """Return the backups in a folder, newest first (other files are ignored)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = [backup for backup in map(_parse, entries) if backup is not None]
    return sorted(found, key=lambda backup: (backup.created_at, backup.path.name), reverse=True)


def _flush(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _rename_no_clobber(source: Path, target: Path) -> None:
    try:
        os.link(source, target)  # fails if the target exists: nothing is overwritten
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(target):
            raise FileExistsError(target) from None
        os.rename(source, target)
        return
    os.unlink(source)


def backup(
    source: sqlite3.Connection | Path,
    folder: Path,
    kind: BackupKind = "manual",
    moment: dt.datetime | None = None,
) -> Path:
    """Write a checked snapshot of a database into ``folder``.

    Args:
        source: An open connection (not inside a transaction) or a database file.
        folder: Where backups live; created if needed.
        kind: Why the backup is made (part of its name).
        moment: Time in its name; now when None.

    Returns:
        The new backup file.

    Raises:
        BackupError: The snapshot could not be written, or it failed its check.
    """
    when = dt.datetime.now(dt.UTC) if moment is None else moment.astimezone(dt.UTC)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        while True:
            final = folder / f"quizapp-{file_stamp(when)}-{kind}.sqlite3"
            if not os.path.lexists(final):
                break
            when += dt.timedelta(microseconds=1)
        partial = final.with_name(final.name + ".partial")
        partial.unlink(missing_ok=True)  # our own unfinished temporary file, never a backup
    except OSError as error:
        raise BackupError(f"QuizApp could not write a backup in {folder}: {error}.") from None
    try:
        if isinstance(source, sqlite3.Connection):
            source.execute("VACUUM INTO ?", (str(partial),))
        else:
            connection = sqlite3.connect(read_only_uri(source), uri=True)
            try:
                connection.execute("VACUUM INTO ?", (str(partial),))
            finally:
                connection.close()
        _flush(partial)
        inspect(partial, _ANY_VERSION)
        _rename_no_clobber(partial, final)
    except (sqlite3.Error, OSError, StoreError) as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise BackupError(f"QuizApp could not make a backup in {folder}: {error}") from error
    sync_folder(folder)
    return final


def rotate(folder: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups of each kind.

    Args:
        folder: The backups folder.
        keep: How many of each kind to keep (at least 1).

    Returns:
        The files deleted.
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    seen: dict[str, int] = {}
    removed = []
    for item in list_backups(folder):
        seen[item.kind] = seen.get(item.kind, 0) + 1
        if seen[item.kind] > keep:
            with contextlib.suppress(FileNotFoundError):
                item.path.unlink()
                removed.append(item.path)
    return removed


def backup_due(folder: Path, now: dt.datetime, interval: dt.timedelta = AUTO_INTERVAL) -> bool:
    """Tell whether an automatic backup is due: none in the last ``interval``.

    A newest backup dated in the future (the clock was changed) does not block a new one.
    """
    for item in list_backups(folder):
        if item.kind == "auto":
            age = now.astimezone(dt.UTC) - item.created_at
            return age >= interval or age < dt.timedelta(0)
    return True


def backup_after_quiz(
    source: sqlite3.Connection | Path,
    folder: Path,
    now: dt.datetime | None = None,
    keep: int = KEEP,
) -> Path | None:
    """Make the automatic backup that follows the end of a quiz, if one is due.

    Args:
        source: The open database connection or file.
        folder: The backups folder.
        now: The current time (UTC); now when None.
        keep: How many automatic backups to keep.

    Returns:
        The new backup, or None when the last one is less than an hour old.

    Raises:
        BackupError: The backup could not be made.
    """
    moment = dt.datetime.now(dt.UTC) if now is None else now
    if not backup_due(folder, moment):
        return None
    made = backup(source, folder, "auto", moment)
    rotate(folder, keep)
    return made


def newest_good_backup(folder: Path) -> Backup | None:
    """Return the newest backup that passes the database check and this app can read."""
    for item in list_backups(folder):
        try:
            inspect(item.path, latest_version())
        except StoreError:
            continue
        return item
    return None


def restore_backup(backup_path: Path, db_path: Path, folder: Path) -> Path | None:
    """Replace the progress database's content with a backup's, saving the current state first.

    No :class:`~quizapp.core.store.Store` may be open on ``db_path``: close it before, and open
    it again after (an older backup is upgraded then). A healthy current database is backed up
    (kind "restore") first; a damaged one is moved aside instead. The content is copied with
    SQLite's backup API, so the live file's ``-wal`` is handled by SQLite.

    Args:
        backup_path: The backup to restore.
        db_path: The progress database.
        folder: The backups folder.

    Returns:
        The backup of the state before the restore (None if there was nothing to save).

    Raises:
        BackupError: The backup is damaged, too new, or could not be copied.
    """
    try:
        inspect(backup_path, latest_version())
    except StoreError as error:
        raise BackupError(f"The backup {backup_path.name} cannot be used: {error}") from error
    saved: Path | None = None
    try:
        if inspect(db_path, _ANY_VERSION):
            saved = backup(db_path, folder, "restore")
    except DatabaseDamagedError:
        move_aside(db_path)
    try:
        source = sqlite3.connect(read_only_uri(backup_path), uri=True)
        try:
            target = sqlite3.connect(db_path, isolation_level=None)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
    except sqlite3.Error as error:
        raise BackupError(f"QuizApp could not restore {backup_path.name}: {error}.") from error
    return saved
