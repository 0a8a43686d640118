"""Opening the progress store with the user in the loop: damage, newer files, backups.

The core raises precise errors (:mod:`quizapp.core.store_errors`); this module turns each into
a plain-words dialog and the recovery the learner picks. Nothing here deletes or overwrites a
file: a damaged database is moved aside, and a restore first backs up the current state.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from quizapp.core import backups
from quizapp.core.damage import move_aside
from quizapp.core.store import BACKUP_DIR_NAME, DB_FILE_NAME, Store
from quizapp.core.store_errors import DatabaseDamagedError, DatabaseTooNewError, StoreError
from quizapp.ui.widgets import plain_message_box

translate = QCoreApplication.translate


def _message(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox.StandardButton:
    box = plain_message_box(parent, QMessageBox.Icon.Warning, title, text)
    box.setStandardButtons(buttons)
    box.setDefaultButton(default)
    return QMessageBox.StandardButton(box.exec())


def backup_label(backup: backups.Backup) -> str:
    """Return a backup's date and reason for a list."""
    when = backup.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"{when} ({backup.kind})"


def open_store(parent: QWidget | None, data_dir: Path) -> tuple[Store | None, str]:
    """Open the progress store, recovering from damage with the learner's consent.

    Returns:
        The store (None when progress cannot be saved this session) and a status message for
        the window ("" when all is well).
    """
    path = data_dir / DB_FILE_NAME
    folder = data_dir / BACKUP_DIR_NAME
    status = ""
    try:
        return Store.open(path, backup_dir=folder), ""
    except DatabaseTooNewError as error:
        _message(
            parent,
            translate("StoreUi", "Progress file from a newer QuizApp"),
            translate(
                "StoreUi",
                "%1\nProgress will not be saved until QuizApp is updated.",
            ).replace("%1", str(error)),
        )
        return None, translate(
            "StoreUi", "Progress is not being saved (the progress file is from a newer app)."
        )
    except DatabaseDamagedError as error:
        moved = move_aside(path)
        status = translate("StoreUi", "The damaged progress file was moved aside as %1.").replace(
            "%1", moved.name
        )
        newest = backups.newest_good_backup(folder)
        text = (
            translate(
                "StoreUi",
                "The progress file was damaged: %1. It was moved aside, not deleted:\n%2",
            )
            .replace("%1", error.reason)
            .replace("%2", str(moved))
        )
        if newest is not None:
            answer = _message(
                parent,
                translate("StoreUi", "Progress file damaged"),
                text
                + "\n\n"
                + translate("StoreUi", "Restore the newest good backup, from %1?").replace(
                    "%1", backup_label(newest)
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Yes:
                try:
                    backups.restore_backup(newest.path, path, folder)
                except StoreError as restore_error:
                    _message(parent, translate("StoreUi", "Restore failed"), str(restore_error))
                else:
                    status += " " + translate(
                        "StoreUi", "The backup from %1 was restored."
                    ).replace("%1", backup_label(newest))
        else:
            _message(
                parent,
                translate("StoreUi", "Progress file damaged"),
                text
                + "\n\n"
                + translate("StoreUi", "No backup was found; QuizApp starts a new progress file."),
            )
    except StoreError as error:
        _message(parent, translate("StoreUi", "Progress cannot be saved"), str(error))
        return None, translate("StoreUi", "Progress is not being saved: %1").replace(
            "%1", str(error)
        )
    try:
        return Store.open(path, backup_dir=folder), status
    except StoreError as error:
        _message(parent, translate("StoreUi", "Progress cannot be saved"), str(error))
        return None, translate("StoreUi", "Progress is not being saved: %1").replace(
            "%1", str(error)
        )


def choose_and_restore(parent: QWidget | None, store: Store) -> Store | None:
    """Let the learner pick a backup and restore it (after backing up the current state).

    Returns:
        The store to use from now on: the given one (still open) when nothing was picked, the
        reopened one after a restore (or a failed one), or None when the file could not be
        opened again (the learner was told why; progress is not saved this session).
    """
    available = backups.list_backups(store.backup_dir)
    if not available:
        _message(
            parent,
            translate("StoreUi", "Restore backup"),
            translate("StoreUi", "There are no backups yet."),
        )
        return store
    labels = [backup_label(item) for item in available]
    label, ok = QInputDialog.getItem(
        parent,
        translate("StoreUi", "Restore backup"),
        translate("StoreUi", "Backup to restore (newest first):"),
        labels,
        0,
        False,
    )
    if not ok:
        return store
    chosen = available[labels.index(label)]
    path, folder = store.path, store.backup_dir
    store.close()
    try:
        backups.restore_backup(chosen.path, path, folder)
    except StoreError as error:
        restored = False
        _message(parent, translate("StoreUi", "Restore failed"), str(error))
    else:
        restored = True
    try:
        reopened = Store.open(path, backup_dir=folder)
    except StoreError as error:
        _message(
            parent,
            translate("StoreUi", "Progress cannot be saved"),
            translate(
                "StoreUi",
                "%1\nQuizApp carries on, but progress is not saved until it is started again.",
            ).replace("%1", str(error)),
        )
        return None
    if restored:
        _message(
            parent,
            translate("StoreUi", "Restore backup"),
            translate(
                "StoreUi", "Restored the backup from %1. The state before it was backed up too."
            ).replace("%1", backup_label(chosen)),
        )
    return reopened
