"""The "How sure are you?" row of the quiz page: Low, Medium, High, or none picked."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QGroupBox, QHBoxLayout, QRadioButton, QWidget

from quizapp.core.engine import Confidence


class ConfidenceBox(QGroupBox):
    """Three radio buttons for the learner's confidence; none picked means "not given".

    Attributes:
        buttons: The radio button of each level.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("How sure are you? (optional: keys L, M, H)"), parent)
        self.setAccessibleName(self.tr("How sure are you?"))
        row = QHBoxLayout(self)
        self._group = QButtonGroup(self)
        self.buttons: dict[Confidence, QRadioButton] = {}
        for level, text, name in (
            (Confidence.LOW, self.tr("Low (guess)"), self.tr("Low confidence")),
            (Confidence.MEDIUM, self.tr("Medium"), self.tr("Medium confidence")),
            (Confidence.HIGH, self.tr("High (sure)"), self.tr("High confidence")),
        ):
            radio = QRadioButton(text)
            radio.setAccessibleName(name)
            self._group.addButton(radio)
            self.buttons[level] = radio
            row.addWidget(radio)
        row.addStretch()

    def level(self) -> Confidence | None:
        """Return the level picked, or None."""
        return next((lv for lv, b in self.buttons.items() if b.isChecked()), None)

    def set_level(self, level: Confidence) -> None:
        """Pick a level."""
        self.buttons[level].setChecked(True)

    def clear(self) -> None:
        """Pick no level (an exclusive group cannot uncheck on its own)."""
        self._group.setExclusive(False)
        for radio in self.buttons.values():
            radio.setChecked(False)
        self._group.setExclusive(True)
