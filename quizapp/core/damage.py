"""Telling whether a progress file on disk is usable, and moving a damaged one aside.

:func:`inspect` reads a file without writing to it: the raw header and size first (garbage,
cut-short files, a damaged or missing ``-wal`` file), then SQLite's own ``quick_check``. It
raises :class:`~quizapp.core.store_errors.DatabaseDamagedError` for damage and
:class:`~quizapp.core.store_errors.DatabaseTooNewError` for a newer schema. :func:`move_aside`
renames a damaged file and its side files; nothing here ever deletes or overwrites a file.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import struct
from pathlib import Path

from quizapp.core.migrations import APPLICATION_ID
from quizapp.core.store_errors import (
    DatabaseDamagedError,
    DatabaseTooNewError,
    StoreOpenError,
    is_damage,
)

#: The first 16 bytes of every SQLite 3 database file.
SQLITE_HEADER = b"SQLite format 3\x00"
_HEADER_SIZE = 100
_WAL_MAGIC = (0x377F0682, 0x377F0683)
_WAL_HEADER_SIZE = 32
_WAL_FRAME_HEADER = 24
_SHM_NEEDED = 100  # two 48-byte index headers, then nBackfill
#: Side files SQLite keeps next to a database, by suffix.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def side_file(path: Path, suffix: str) -> Path:
    """Return SQLite's side file of ``path`` (``suffix`` is "-wal", "-shm" or "-journal")."""
    return path.with_name(path.name + suffix)


def file_stamp(moment: dt.datetime | None = None) -> str:
    """Return a UTC time as a file-name-safe stamp that sorts by time.

    Args:
        moment: An aware time; now when None.

    Returns:
        A stamp such as ``20250131T235959.123456Z``.
    """
    when = dt.datetime.now(dt.UTC) if moment is None else moment.astimezone(dt.UTC)
    return when.strftime("%Y%m%dT%H%M%S.%fZ")


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (new, renamed files) to disk, where the system allows it."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _page_size(header: bytes) -> int:
    raw = struct.unpack(">H", header[16:18])[0]
    return 65536 if raw == 1 else int(raw)


def _has_pending_changes(path: Path, page_size: int) -> bool:
    """Tell whether a side file may hold changes that SQLite will still apply to the file."""
    wal, journal = side_file(path, "-wal"), side_file(path, "-journal")
    wal_size = wal.stat().st_size if wal.exists() else 0
    journal_size = journal.stat().st_size if journal.exists() else 0
    return wal_size >= _WAL_HEADER_SIZE + _WAL_FRAME_HEADER + page_size or journal_size > 0


def _check_main_file(path: Path, size: int) -> int:
    with open(path, "rb") as handle:
        header = handle.read(_HEADER_SIZE)
    if len(header) < _HEADER_SIZE:
        raise DatabaseDamagedError(path, "the file is too short to be a database")
    if header[:16] != SQLITE_HEADER:
        raise DatabaseDamagedError(
            path, "it does not start like a database (its first bytes are wrong)"
        )
    page = _page_size(header)
    if page < 512 or page & (page - 1):
        raise DatabaseDamagedError(path, "its header names an impossible page size")
    if _has_pending_changes(path, page):
        # A crash during a checkpoint can leave the file short; SQLite finishes the job from
        # the -wal file, and quick_check judges the result.
        return page
    change_counter, pages = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if size % page or (pages and change_counter == valid_for and size < pages * page):
        raise DatabaseDamagedError(path, "the file is cut short")
    return page


def _check_wal(path: Path, page_size: int) -> None:
    wal, shm = side_file(path, "-wal"), side_file(path, "-shm")
    wal_head = b""
    if wal.exists():
        with open(wal, "rb") as handle:
            wal_head = handle.read(_WAL_HEADER_SIZE)
        if len(wal_head) == _WAL_HEADER_SIZE and (
            struct.unpack(">I", wal_head[:4])[0] not in _WAL_MAGIC
        ):
            raise DatabaseDamagedError(path, "its file of recent changes (-wal) is damaged")
    try:
        with open(shm, "rb") as handle:
            index = handle.read(_SHM_NEEDED)
    except OSError:
        return
    if len(index) < _SHM_NEEDED or index[:48] != index[48:96] or index[12] != 1:
        return  # no usable index: SQLite rebuilds it from the -wal file
    max_frame = struct.unpack("=I", index[16:20])[0]
    backfilled = struct.unpack("=I", index[96:100])[0]
    if max_frame <= backfilled:
        return  # every committed change is already in the main file
    if not wal.exists():
        raise DatabaseDamagedError(
            path, "its file of recent changes (-wal) is missing, so recent answers are lost"
        )
    if len(wal_head) < _WAL_HEADER_SIZE:
        raise DatabaseDamagedError(path, "its file of recent changes (-wal) is cut short")
    if wal_head[16:24] != index[32:40]:
        return  # the index describes another generation of the -wal file
    needed = _WAL_HEADER_SIZE + max_frame * (_WAL_FRAME_HEADER + page_size)
    if wal.stat().st_size < needed:
        raise DatabaseDamagedError(path, "its file of recent changes (-wal) is cut short")


def check_bytes(path: Path) -> bool:
    """Check a database file and its side files without SQLite.

    Args:
        path: The database file.

    Returns:
        False when there is no database yet (no file, or an empty one); True otherwise.

    Raises:
        DatabaseDamagedError: Garbage header, cut-short file, damaged or missing ``-wal`` file.
        StoreOpenError: The path is not a regular file or cannot be read.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        return False
    except OSError as error:
        raise StoreOpenError(f"QuizApp cannot read {path}: {error.strerror or error}.") from None
    if not stat.S_ISREG(info.st_mode):
        raise StoreOpenError(f"QuizApp cannot use {path}: it is not a regular file.")
    if info.st_size == 0:
        return False
    try:
        page = _check_main_file(path, info.st_size)
        _check_wal(path, page)
    except OSError as error:
        raise StoreOpenError(f"QuizApp cannot read {path}: {error.strerror or error}.") from None
    return True


def read_only_uri(path: Path) -> str:
    """Return an SQLite URI that opens ``path`` read-only."""
    return path.resolve().as_uri() + "?mode=ro"


def inspect(path: Path, supported: int) -> int:
    """Check a progress file thoroughly, reading only, and return its schema version.

    Args:
        path: The database file (it need not exist).
        supported: The newest schema version this app can use.

    Returns:
        The file's ``user_version``; 0 when there is no database yet.

    Raises:
        DatabaseDamagedError: The file is damaged or is not a QuizApp database.
        DatabaseTooNewError: A newer QuizApp wrote it (checked before any damage check by SQLite).
        StoreOpenError: The file cannot be read for another reason (permissions, locks).
    """
    if not check_bytes(path):
        return 0
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            application = int(connection.execute("PRAGMA application_id").fetchone()[0])
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            objects = int(connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
            if application != APPLICATION_ID and (application, version, objects) != (0, 0, 0):
                raise DatabaseDamagedError(path, "it is not a QuizApp progress file")
            if version > supported:
                raise DatabaseTooNewError(path, version, supported)
            problems = [str(row[0]) for row in connection.execute("PRAGMA quick_check(3)")]
        finally:
            connection.close()
    except sqlite3.Error as error:
        if is_damage(error):
            raise DatabaseDamagedError(path, "the database cannot be read") from error
        raise StoreOpenError(f"QuizApp cannot open {path}: {error}.") from error
    if problems != ["ok"]:
        raise DatabaseDamagedError(
            path, "the database check found problems: " + "; ".join(problems)
        )
    return version


def move_aside(path: Path, moment: dt.datetime | None = None) -> Path:
    """Rename a damaged database and its side files so a fresh one can take its place.

    The new names keep SQLite's pairing (``X`` with ``X-wal``), so the set can still be
    opened for rescue. An existing file is never overwritten.

    Args:
        path: The damaged database file (it may be missing when only side files are left).
        moment: Time used in the new name; now when None.

    Returns:
        The new path of the main file (which exists only if the main file did).
    """
    stamp = file_stamp(moment)
    sources = [path, *(side_file(path, suffix) for suffix in SIDE_SUFFIXES)]
    attempt = 0
    while True:
        name = f"{path.name}.damaged-{stamp}" + (f"-{attempt}" if attempt else "")
        target = path.with_name(name)
        targets = [target, *(side_file(target, suffix) for suffix in SIDE_SUFFIXES)]
        if not any(os.path.lexists(candidate) for candidate in targets):
            break
        attempt += 1
    for source, destination in zip(sources, targets, strict=True):
        if os.path.lexists(source):
            os.rename(source, destination)
    sync_folder(path.parent)
    return target
