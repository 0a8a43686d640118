"""Backups: consistent snapshots, names, rotation, the hourly policy, and restoring."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

import pytest

from quizapp.core import backups
from quizapp.core.backups import (
    backup,
    backup_after_quiz,
    backup_due,
    list_backups,
    newest_good_backup,
    restore_backup,
    rotate,
)
from quizapp.core.engine import Quiz
from quizapp.core.store import BACKUP_DIR_NAME, Store
from quizapp.core.store_errors import BackupError
from tests.core.factories import at, make_plan, pick_for


def finished_quiz(store: Store, minute: int) -> int:
    plan = make_plan(3, seed=minute)
    quiz_id = store.start_quiz(plan, [], at(minute))
    quiz = Quiz(plan)
    for index in range(3):
        response = quiz.submit(pick_for(plan, index, random.Random(index)))
        store.record_answer(quiz_id, response, at(minute))
        quiz.advance()
    store.finish_quiz(quiz_id, at(minute + 1), 10.0)
    return quiz_id


def history_ids(path: Path) -> list[int]:
    with Store.open(path, read_only=True) as store:
        return [summary.id for summary in store.history()]


def test_a_backup_is_a_checked_snapshot_of_committed_data(store: Store) -> None:
    first = finished_quiz(store, 0)
    made = store.backup()
    assert made.parent == store.backup_dir
    assert made.name.startswith("quizapp-") and made.name.endswith("-manual.sqlite3")
    assert made.read_bytes()[18:20] == b"\x01\x01"  # a plain file, no -wal needed to read it
    assert history_ids(made) == [first]
    assert not list(store.backup_dir.glob("*.partial"))


def test_a_backup_can_be_made_from_a_closed_file(db_path: Path, tmp_path: Path) -> None:
    with Store.open(db_path) as store:
        quiz_id = finished_quiz(store, 0)
    made = backup(db_path, tmp_path / "elsewhere", "manual", at(5))
    assert made.name == "quizapp-20250301T090500.000000Z-manual.sqlite3"
    assert history_ids(made) == [quiz_id]


def test_list_is_newest_first_and_ignores_other_files(store: Store) -> None:
    folder = store.backup_dir
    for minute, kind in ((10, "auto"), (30, "manual"), (20, "migration")):
        backups.backup(store._live(), folder, kind, at(minute))
    (folder / "notes.txt").write_text("x")
    (folder / "quizapp-20250301T090000.000000Z-auto.sqlite3.partial").write_text("x")
    listed = list_backups(folder)
    assert [item.created_at for item in listed] == [at(30), at(20), at(10)]
    assert [item.kind for item in listed] == ["manual", "migration", "auto"]
    assert list_backups(folder / "missing") == []


def test_same_moment_never_overwrites(store: Store) -> None:
    one = backups.backup(store._live(), store.backup_dir, "manual", at(0))
    two = backups.backup(store._live(), store.backup_dir, "manual", at(0))
    assert one != two and one.exists() and two.exists()


def test_rotation_keeps_the_newest_of_each_kind(store: Store) -> None:
    for minute in range(12):
        backups.backup(store._live(), store.backup_dir, "auto", at(minute))
    backups.backup(store._live(), store.backup_dir, "migration", at(0))
    removed = rotate(store.backup_dir, keep=10)
    assert len(removed) == 2
    left = list_backups(store.backup_dir)
    autos = [item.created_at for item in left if item.kind == "auto"]
    assert autos == [at(minute) for minute in range(11, 1, -1)]
    assert [item.kind for item in left].count("migration") == 1
    with pytest.raises(ValueError, match="at least one"):
        rotate(store.backup_dir, keep=0)


def test_automatic_backup_at_most_once_per_hour(store: Store) -> None:
    folder = store.backup_dir
    assert backup_due(folder, at(0))
    assert store.backup_after_quiz(at(0)) is not None
    assert store.backup_after_quiz(at(59)) is None
    assert not backup_due(folder, at(59))
    backups.backup(store._live(), folder, "manual", at(61))  # other kinds do not count
    assert backup_due(folder, at(60))
    assert store.backup_after_quiz(at(60)) is not None
    assert backup_due(folder, at(0) - dt.timedelta(days=1))  # the clock went back
    assert [item.kind for item in list_backups(folder)] == ["manual", "auto", "auto"]


def test_automatic_backups_rotate(store: Store) -> None:
    for hour in range(13):
        assert backup_after_quiz(store._live(), store.backup_dir, at(60 * hour), keep=10)
    assert len(list_backups(store.backup_dir)) == 10


def test_a_failed_backup_leaves_no_file(store: Store, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(BackupError, match="could not"):
        backups.backup(store._live(), blocker / "sub")


def test_restore_saves_the_current_state_first(db_path: Path) -> None:
    with Store.open(db_path) as store:
        first = finished_quiz(store, 0)
        saved = store.backup()
        second = finished_quiz(store, 10)
        pending = store.start_quiz(make_plan(2), [], at(20))
    folder = db_path.parent / BACKUP_DIR_NAME
    before_restore = restore_backup(saved, db_path, folder)
    assert before_restore is not None
    assert list_backups(folder)[0].kind == "restore"
    assert history_ids(before_restore) == [second, first]
    assert history_ids(db_path) == [first]
    with Store.open(db_path) as store:
        assert store.unfinished_quiz() is None
        assert store.integrity_check() == ["ok"]
    with Store.open(before_restore, read_only=True) as old:
        state = old.unfinished_quiz()
        assert state is not None and state.quiz_id == pending


def test_restore_into_a_missing_file(db_path: Path, tmp_path: Path) -> None:
    with Store.open(db_path) as store:
        quiz_id = finished_quiz(store, 0)
        saved = store.backup()
    fresh = tmp_path / "new" / "quizapp.sqlite3"
    fresh.parent.mkdir()
    assert restore_backup(saved, fresh, tmp_path / "new" / "backups") is None
    with Store.open(fresh) as store:
        assert [summary.id for summary in store.history()] == [quiz_id]


def test_a_damaged_backup_is_refused_and_the_file_kept(db_path: Path) -> None:
    with Store.open(db_path) as store:
        quiz_id = finished_quiz(store, 0)
        bad = store.backup()
    bad.write_bytes(b"\x00" * 8192)
    with pytest.raises(BackupError, match="cannot be used"):
        restore_backup(bad, db_path, bad.parent)
    assert history_ids(db_path) == [quiz_id]
    assert newest_good_backup(bad.parent) is None


def test_a_too_new_backup_is_refused(db_path: Path) -> None:
    with Store.open(db_path) as store:
        made = store.backup()
    connection = sqlite3.connect(made)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    with pytest.raises(BackupError, match="newer version"):
        restore_backup(made, db_path, made.parent)
