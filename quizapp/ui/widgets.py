"""Small widget factories shared by the pages: plain-text labels, headings, outcome icons.

Every label that may show bank text is made here, with ``Qt.PlainText``, so no page can forget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QGroupBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from quizapp.core.resources import assets_dir

if TYPE_CHECKING:
    from quizapp.core.engine import Outcome


def plain_label(
    text: str = "", *, parent: QWidget | None = None, selectable: bool = True, name: str = ""
) -> QLabel:
    """Return a word-wrapped label that shows ``text`` literally, never as rich text.

    Args:
        text: The text (may be untrusted bank text).
        parent: Parent widget.
        selectable: Let the user select and copy the text (and reach it with the keyboard).
        name: Accessible name; defaults to the text itself.
    """
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)  # keeps wrapped text its real height in any layout
    label.setSizePolicy(policy)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setAccessibleName(name)
    return label


def heading(text: str, *, level: int = 1, parent: QWidget | None = None) -> QLabel:
    """Return a plain-text heading label, larger and bold."""
    label = plain_label(text, parent=parent, selectable=False)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * {1: 1.6, 2: 1.25}.get(level, 1.0))
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def separator(parent: QWidget | None = None) -> QFrame:
    """Return a horizontal line."""
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def icon(name: str) -> QIcon:
    """Return an icon from ``assets/icons`` by file stem."""
    return QIcon(str(assets_dir() / "icons" / f"{name}.svg"))


def outcome_icon(outcome: Outcome) -> QIcon:
    """Return the icon that goes with an outcome (always shown beside words)."""
    return icon(outcome.value)  # correct.svg, partial.svg, incorrect.svg


def outcome_words(outcome: Outcome) -> str:
    """Return the translated words for an outcome."""
    translate = QCoreApplication.translate
    return {
        "correct": translate("Outcome", "Correct"),
        "partial": translate("Outcome", "Partly correct"),
        "incorrect": translate("Outcome", "Incorrect"),
    }[outcome.value]


def format_duration(seconds: float) -> str:
    """Return a duration like ``4 min 05 s`` (translated)."""
    whole = round(seconds)
    minutes, rest = divmod(whole, 60)
    translate = QCoreApplication.translate
    if minutes:
        return (
            translate("Duration", "%n min", "", minutes)
            + f" {rest:02d} "
            + translate("Duration", "s")
        )
    return translate("Duration", "%n s", "", rest)


def format_points(points: float) -> str:
    """Return points with at most two decimals and no trailing zeros (``2.5``, ``3``)."""
    return f"{points:.2f}".rstrip("0").rstrip(".")


def scroll_to_line(scroll: QScrollArea, target: int, *, keep: int) -> None:
    """Scroll so the view starts near ``target``, at the top of a whole line of text.

    A choice, a label or a group box title that the top edge would cut in half is shown whole
    instead (moving up until nothing is cut), as long as the point ``keep`` (in the scrolled
    widget's coordinates) stays in the lower half of the view.
    """
    body = scroll.widget()
    if body is None:
        return
    bar = scroll.verticalScrollBar()
    height = scroll.viewport().height()
    target = max(0, min(target, bar.maximum()))
    spans = [span for line in _lines(body) if (span := _line_span(body, line))]
    moved = True
    while moved:
        moved = False
        for top, bottom in spans:
            if top < target < bottom and keep - top < height // 2:
                target, moved = max(0, top - 4), True
    bar.setValue(target)


def _lines(body: QWidget) -> list[QWidget]:
    """Return the widgets of ``body`` that show a line (or more) of text."""
    return [
        *body.findChildren(QAbstractButton),
        *body.findChildren(QLabel),
        *body.findChildren(QGroupBox),
    ]


def _line_span(body: QWidget, line: QWidget) -> tuple[int, int] | None:
    """Return the top and bottom of a visible line in ``body``'s coordinates.

    A group box counts by its title only: its content has lines of its own.
    """
    if not line.isVisible():
        return None
    top = line.mapTo(body, line.rect().topLeft()).y()
    if isinstance(line, QGroupBox):
        return top, top + line.fontMetrics().height() + 4
    return top, top + line.height()


def button_text(text: str) -> str:
    """Return bank text for a button or check box label: ``&`` shows as itself.

    Qt reads a single ``&`` in a button's text as the mark of its Alt+letter shortcut, so bank
    text would lose the character and could even add shortcuts of its own.
    """
    return text.replace("&", "&&")


def plain_message_box(
    parent: QWidget | None, kind: QMessageBox.Icon, title: str, text: str, details: str = ""
) -> QMessageBox:
    """Return a message box whose text (and details) are shown as plain text, never rich text.

    The caller adds the buttons (none: a single OK) and runs it.
    """
    box = QMessageBox(parent)
    box.setIcon(kind)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if details:
        box.setDetailedText(details)
    return box
