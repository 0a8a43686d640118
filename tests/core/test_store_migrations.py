"""Schema versions: every earlier version upgrades (after a backup), a newer one is refused."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from quizapp.core import migrations
from quizapp.core.backups import list_backups
from quizapp.core.connection import FailOnWrite
from quizapp.core.damage import side_file
from quizapp.core.store import BACKUP_DIR_NAME, Store
from quizapp.core.store_errors import DatabaseTooNewError, MigrationError
from tests.core.store_fixtures import fixture_path

LATEST = migrations.latest_version()


def header(path: Path) -> tuple[int, int]:
    connection = sqlite3.connect(path)
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        application = connection.execute("PRAGMA application_id").fetchone()[0]
    finally:
        connection.close()
    return int(version), int(application)


def make_at_version(path: Path, version: int) -> None:
    """Create a database at an earlier schema version, as that version's app left it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fixture = fixture_path(version)
    if fixture.exists():
        shutil.copyfile(fixture, path)
        return
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        migrations.upgrade(connection, target=version)
        connection.execute("COMMIT")
    finally:
        connection.close()


def test_a_new_database_gets_the_latest_schema(db_path: Path) -> None:
    Store.open(db_path).close()
    assert header(db_path) == (LATEST, migrations.APPLICATION_ID)
    assert list_backups(db_path.parent / BACKUP_DIR_NAME) == []


def test_an_empty_file_is_version_0_and_is_upgraded(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")
    with Store.open(db_path) as store:
        assert store.history() == []
    assert header(db_path) == (LATEST, migrations.APPLICATION_ID)


def test_an_empty_database_is_version_0_and_is_upgraded(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE t (x)")
    connection.execute("DROP TABLE t")
    connection.close()
    assert db_path.stat().st_size > 0
    Store.open(db_path).close()
    assert header(db_path) == (LATEST, migrations.APPLICATION_ID)


@pytest.mark.parametrize("version", range(LATEST))
def test_every_earlier_schema_upgrades_after_a_backup(db_path: Path, version: int) -> None:
    make_at_version(db_path, version)
    with Store.open(db_path) as store:
        assert store.integrity_check() == ["ok"]
    assert header(db_path) == (LATEST, migrations.APPLICATION_ID)
    made = list_backups(db_path.parent / BACKUP_DIR_NAME)
    if version == 0:
        assert made == []  # nothing to keep
    else:
        assert [backup.kind for backup in made] == ["migration"]
        assert header(made[0].path)[0] == version


def test_the_version_1_file_reads_back_in_full(db_path: Path) -> None:
    make_at_version(db_path, 1)
    expected = json.loads(fixture_path(1).with_suffix(".json").read_text(encoding="utf-8"))
    with Store.open(db_path) as store:
        history = [
            {"id": s.id, "points": s.points, "total": s.total, "mode": s.mode.value,
             "started_at": s.started_at.isoformat(), "seconds": s.seconds}
            for s in store.history()
        ]  # fmt: skip
        assert history == expected["history"]
        state = store.unfinished_quiz()
        assert state is not None
        assert (state.quiz_id, state.next_index) == (
            expected["unfinished"]["id"],
            expected["unfinished"]["next_index"],
        )
        assert len(list(store.answers())) == expected["answers"]
        for summary in store.history():
            plan, responses, _ = store.load_quiz(summary.id)
            assert len(responses) == len(plan.items)


def _add_column(connection: sqlite3.Connection) -> None:
    connection.execute("ALTER TABLE answers ADD COLUMN added_by_a_test TEXT")


def _fail_half_way(connection: sqlite3.Connection) -> None:
    connection.execute("CREATE TABLE half_done (x)")
    raise sqlite3.OperationalError("disk I/O error")


def test_a_later_step_runs_after_a_backup(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_at_version(db_path, 1)
    with Store.open(db_path) as store:
        before = store.history()
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, _add_column])
    with Store.open(db_path) as store:
        assert store.history() == before
        columns = [row[1] for row in store._live().execute("PRAGMA table_info(answers)")]
        assert "added_by_a_test" in columns
    assert header(db_path)[0] == LATEST + 1
    newest = list_backups(db_path.parent / BACKUP_DIR_NAME)[0]
    assert newest.kind == "migration"
    assert header(newest.path)[0] == LATEST
    monkeypatch.undo()
    with Store.open(newest.path, read_only=True) as backup:
        assert backup.history() == before


def test_a_failed_step_leaves_the_file_as_it_was(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_at_version(db_path, 1)
    with Store.open(db_path) as store:
        before = store.history()
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, _fail_half_way])
    with pytest.raises(MigrationError, match="left unchanged"):
        Store.open(db_path)
    monkeypatch.undo()
    assert header(db_path)[0] == LATEST
    with Store.open(db_path) as store:
        assert store.history() == before
        tables = [row[0] for row in store._live().execute("SELECT name FROM sqlite_master")]
        assert "half_done" not in tables
    newest = list_backups(db_path.parent / BACKUP_DIR_NAME)[0]
    assert (newest.kind, header(newest.path)[0]) == ("migration", LATEST)


def test_a_failed_first_write_leaves_an_empty_file(db_path: Path) -> None:
    with pytest.raises(MigrationError):
        Store.open(db_path, fault=FailOnWrite(1))
    assert header(db_path) == (0, 0)
    Store.open(db_path).close()
    assert header(db_path) == (LATEST, migrations.APPLICATION_ID)


@pytest.mark.parametrize("wal", [False, True])
def test_a_newer_schema_is_refused_and_left_untouched(db_path: Path, wal: bool) -> None:
    make_at_version(db_path, LATEST)
    connection = sqlite3.connect(db_path)
    connection.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
    connection.execute(f"PRAGMA user_version = {LATEST + 1}")
    connection.close()
    before = db_path.read_bytes()
    modified = db_path.stat().st_mtime_ns
    with pytest.raises(DatabaseTooNewError, match="newer version of QuizApp") as caught:
        Store.open(db_path)
    assert (caught.value.found, caught.value.supported) == (LATEST + 1, LATEST)
    assert db_path.read_bytes() == before
    assert db_path.stat().st_mtime_ns == modified
    if not wal:
        assert not side_file(db_path, "-wal").exists()
    assert list_backups(db_path.parent / BACKUP_DIR_NAME) == []
