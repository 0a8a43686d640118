"""A stand-in for the learner at every modal dialog: records what it showed, clicks a reply.

Message boxes are real ``QMessageBox`` objects built by the app; only their ``exec`` is
replaced. The reply is found by the box's title and clicked like a user would, so the app
reads ``clickedButton()`` or the return code exactly as after a real click. File and item
pickers (static functions that would block) return what the test set.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)


def _is_details_button(box: QMessageBox, button: QAbstractButton) -> bool:
    """Tell Qt's own Show Details… toggle (it does not close the box) from the box's buttons."""
    return (
        bool(box.detailedText())
        and box.buttonRole(button) is QMessageBox.ButtonRole.ActionRole
        and button.text().replace("&", "").startswith(("Show Details", "Hide Details"))
    )


def _escape_button(box: QMessageBox, buttons: list[QAbstractButton]) -> QAbstractButton | None:
    """Return the button Escape (or closing the box) would click, as QMessageBox picks it."""
    if box.escapeButton() is not None:
        return box.escapeButton()
    if len(buttons) == 1:
        return buttons[0]
    for role in (QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.NoRole):
        found = [b for b in buttons if box.buttonRole(b) is role]
        if len(found) == 1:
            return found[0]
    return None


@dataclass(frozen=True)
class Shown:
    """One dialog as the learner saw it."""

    title: str
    text: str
    details: str
    plain: bool
    buttons: tuple[str, ...]
    clicked: str


@dataclass
class Modals:
    """Every modal dialog the app opened, and the replies to give.

    Attributes:
        shown: Message boxes in the order they were opened.
        replies: Title of a box -> text of the button to click (without ``&``). A box without
            a reply gets its Escape button (what closing it would do).
        open_file: What ``QFileDialog.getOpenFileName`` returns ("" for Cancel).
        item: Label ``QInputDialog.getItem`` picks (None for Cancel; "" for the offered one).
        items_offered: The labels ``QInputDialog.getItem`` was offered, per call.
    """

    shown: list[Shown] = field(default_factory=list)
    replies: dict[str, str] = field(default_factory=dict)
    open_file: str = ""
    item: str | None = None
    items_offered: list[list[str]] = field(default_factory=list)

    def titles(self) -> list[str]:
        """Return the titles of the boxes shown, in order."""
        return [box.title for box in self.shown]

    def exec_box(self, dialog: QDialog) -> int:
        """Answer a dialog's ``exec()`` without showing it."""
        if not isinstance(dialog, QMessageBox):
            self.shown.append(Shown(dialog.windowTitle(), "", "", True, (), ""))
            return int(QDialog.DialogCode.Rejected.value)
        buttons = [b for b in dialog.buttons() if not _is_details_button(dialog, b)]
        if not buttons:  # exec() would add an OK button
            buttons = [dialog.addButton(QMessageBox.StandardButton.Ok)]
        names = tuple(button.text().replace("&", "") for button in buttons)
        wanted = self.replies.get(dialog.windowTitle())
        button = _escape_button(dialog, buttons)
        if wanted is not None:
            matching = [b for b, name in zip(buttons, names, strict=True) if name == wanted]
            assert matching, f"no {wanted!r} button in {dialog.windowTitle()!r}: {names}"
            button = matching[0]
        self.shown.append(
            Shown(
                dialog.windowTitle(),
                dialog.text(),
                dialog.detailedText(),
                dialog.textFormat() is Qt.TextFormat.PlainText,
                names,
                button.text().replace("&", "") if button is not None else "",
            )
        )
        if button is None:
            return 0
        button.click()
        return dialog.result()

    def get_item(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        items: Sequence[str],
        current: int = 0,
        editable: bool = True,
        *args: object,
        **kwargs: object,
    ) -> tuple[str, bool]:
        """Stand in for ``QInputDialog.getItem``."""
        self.items_offered.append(list(items))
        if self.item is None:
            return "", False
        return (self.item or items[current]), True


@pytest.fixture
def modals(monkeypatch: pytest.MonkeyPatch) -> Modals:
    """Answer every modal dialog from the test's script instead of opening it."""
    recorder = Modals()

    def exec_box(dialog: QDialog) -> int:
        return recorder.exec_box(dialog)

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(QDialog, "exec", exec_box)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(recorder.get_item))
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *args, **kwargs: (recorder.open_file, "")),
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: ("", ""))
    )
    return recorder
