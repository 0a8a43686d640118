"""Damaged progress files: detected at open, moved aside (never deleted), a backup found."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.core.backups import backup, newest_good_backup, restore_backup
from quizapp.core.damage import move_aside, side_file
from quizapp.core.engine import Quiz
from quizapp.core.store import BACKUP_DIR_NAME, Store
from quizapp.core.store_errors import DatabaseDamagedError, StoreOpenError
from tests.core.factories import at, make_plan, pick_for

PAGE = 4096


def fill(store: Store, quizzes: int = 3, questions: int = 8) -> list[int]:
    """Store a few finished quizzes; return their ids."""
    ids = []
    for number in range(quizzes):
        plan = make_plan(questions, seed=number)
        quiz_id = store.start_quiz(plan, ["topic-0"], at(number * 10))
        quiz = Quiz(plan)
        for index in range(questions):
            response = quiz.submit(pick_for(plan, index, random.Random(index)))
            store.record_answer(quiz_id, response, at(number * 10 + index))
            quiz.advance()
        store.finish_quiz(quiz_id, at(number * 10 + 9), 60.0)
        ids.append(quiz_id)
    return ids


@pytest.fixture
def filled(db_path: Path) -> Path:
    """A closed database with three finished quizzes, and one backup of it."""
    with Store.open(db_path) as store:
        fill(store)
        store.backup("manual")
    return db_path


@pytest.fixture
def crash_image(db_path: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of the database, -wal and -shm files taken while the writer is open (as a crash
    leaves them): the last answers are only in the -wal file."""
    with Store.open(db_path) as store:
        fill(store, quizzes=1)
        store.backup("manual")
        quiz_id = store.start_quiz(make_plan(3, seed=9), [], at(100))
        plan = store.load_quiz(quiz_id)[0]
        store.record_answer(quiz_id, Quiz(plan).submit([]), at(101))
        image = tmp_path / "image" / db_path.name
        image.parent.mkdir()
        for suffix in ("", "-wal", "-shm"):
            shutil.copyfile(side_file(db_path, suffix), side_file(image, suffix))
        shutil.copytree(db_path.parent / BACKUP_DIR_NAME, image.parent / BACKUP_DIR_NAME)
        yield image


def open_fails(path: Path, reason: str) -> DatabaseDamagedError:
    before = path.read_bytes()
    with pytest.raises(DatabaseDamagedError, match=reason) as caught:
        Store.open(path)
    assert path.read_bytes() == before, "a damaged file must not be changed"
    assert caught.value.path == path
    return caught.value


def recover(path: Path) -> None:
    """What the app does: move the damaged file aside, restore the newest good backup."""
    damaged = path.read_bytes() if path.exists() else None
    aside = move_aside(path)
    assert not path.exists()
    if damaged is not None:
        assert aside.read_bytes() == damaged
    folder = path.parent / BACKUP_DIR_NAME
    found = newest_good_backup(folder)
    assert found is not None
    restore_backup(found.path, path, folder)
    with Store.open(path) as store:
        assert store.integrity_check() == ["ok"]
        assert len(store.history()) >= 1


def test_garbage_header_is_detected_and_the_backup_restored(filled: Path) -> None:
    with open(filled, "r+b") as handle:
        handle.write(random.Random(1).randbytes(100))
    open_fails(filled, "first bytes are wrong")
    recover(filled)


@pytest.mark.parametrize("cut", [PAGE // 2, 3 * PAGE])
def test_truncated_file_is_detected(filled: Path, cut: int) -> None:
    size = filled.stat().st_size
    assert size > cut + PAGE
    os.truncate(filled, size - cut)
    open_fails(filled, "cut short")
    recover(filled)


def test_damaged_page_is_found_by_sqlite(filled: Path) -> None:
    size = filled.stat().st_size
    with open(filled, "r+b") as handle:
        for page in range(1, size // PAGE):
            handle.seek(page * PAGE + 8)
            handle.write(random.Random(page).randbytes(PAGE - 8))
    open_fails(filled, "cannot be read|check found problems")
    recover(filled)


def test_crash_image_opens_with_every_committed_answer(crash_image: Path) -> None:
    with Store.open(crash_image) as store:  # control: the -wal check raises no false alarm
        state = store.unfinished_quiz()
        assert state is not None and state.next_index == 1
        assert len(store.history()) == 1


def test_deleted_wal_is_detected(crash_image: Path) -> None:
    side_file(crash_image, "-wal").unlink()
    open_fails(crash_image, "-wal.* is missing")
    aside = move_aside(crash_image)
    assert side_file(aside, "-shm").exists()
    assert not side_file(crash_image, "-shm").exists()
    recover_from_backup_only(crash_image)


@pytest.mark.parametrize("keep", [0.0, 0.5])
def test_wal_cut_short_is_detected(crash_image: Path, keep: float) -> None:
    wal = side_file(crash_image, "-wal")
    os.truncate(wal, int(wal.stat().st_size * keep))
    open_fails(crash_image, "-wal.* is cut short")


def test_garbage_wal_is_detected(crash_image: Path) -> None:
    with open(side_file(crash_image, "-wal"), "r+b") as handle:
        handle.write(b"\x00" * 32)
    open_fails(crash_image, "-wal.* is damaged")


def recover_from_backup_only(path: Path) -> None:
    folder = path.parent / BACKUP_DIR_NAME
    found = newest_good_backup(folder)
    assert found is not None
    restore_backup(found.path, path, folder)
    with Store.open(path) as store:
        assert len(store.history()) == 1


def test_a_foreign_database_is_not_used(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE notes (text)")
    connection.commit()
    connection.close()
    open_fails(db_path, "not a QuizApp progress file")


def test_a_folder_in_place_of_the_file_is_not_moved(db_path: Path) -> None:
    db_path.mkdir(parents=True)
    with pytest.raises(StoreOpenError, match="not a regular file"):
        Store.open(db_path)
    assert db_path.is_dir()


def test_moving_aside_never_overwrites(filled: Path) -> None:
    moment = at(0)
    first = move_aside(filled, moment)
    filled.write_bytes(b"second damaged file")
    second = move_aside(filled, moment)
    assert first != second
    assert second.read_bytes() == b"second damaged file"
    assert first.read_bytes()[:16] == b"SQLite format 3\x00"


def test_newest_good_backup_skips_damaged_ones(filled: Path) -> None:
    folder = filled.parent / BACKUP_DIR_NAME
    good = newest_good_backup(folder)
    assert good is not None
    newer = backup(filled, folder, "manual", at(60 * 24 * 365 * 10))
    newer.write_bytes(b"garbage" * 1000)
    found = newest_good_backup(folder)
    assert found is not None and found.path == good.path
