"""The glossary page, and the strip of a question's terms to look up without leaving it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.model import GlossaryTerm, Source
from quizapp.ui.answer_view import source_lines
from quizapp.ui.widgets import button_text, heading, plain_label


def definition_text(term: GlossaryTerm, sources: Mapping[str, Source]) -> str:
    """Return a term's definition with its sources, as plain text."""
    text = f"{term.term}\n\n{term.definition}"
    lines = source_lines(list(term.sources), sources)
    if lines:
        sources_title = QCoreApplication.translate("Glossary", "Sources:")
        text += f"\n\n{sources_title}\n" + "\n".join(f"• {line}" for line in lines)
    return text


class GlossaryPage(QWidget):
    """A searchable list of terms and the definition of the selected one.

    Signals:
        back_requested: Leave the glossary.
    """

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossary_page")
        self._terms: list[GlossaryTerm] = []
        self._sources: Mapping[str, Source] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Glossary")))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search terms…"))
        self.search_edit.setAccessibleName(self.tr("Search the glossary"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._fill)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_edit)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search_edit, 1)
        layout.addLayout(row)
        splitter = QSplitter()
        self.term_list = QListWidget()
        self.term_list.setAccessibleName(self.tr("Terms"))
        self.term_list.currentItemChanged.connect(self._on_term_list_current_changed)
        self.definition_label = plain_label("", name=self.tr("Definition"))
        self.definition_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.definition_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        splitter.addWidget(self.term_list)
        splitter.addWidget(self.definition_label)
        splitter.setSizes([260, 520])
        layout.addWidget(splitter, 1)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self.back_requested)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.back_button)
        layout.addLayout(buttons)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)

    def set_terms(self, terms: Sequence[GlossaryTerm], sources: Mapping[str, Source]) -> None:
        """Show these terms, sorted by name."""
        self._terms = sorted(terms, key=lambda term: term.term.casefold())
        self._sources = sources
        self._fill()

    def _fill(self) -> None:
        needle = self.search_edit.text().strip().casefold()
        self.term_list.clear()
        for term in self._terms:
            haystack = " ".join((term.term, *term.aliases, term.definition)).casefold()
            if needle and needle not in haystack:
                continue
            item = QListWidgetItem(term.term)
            item.setData(Qt.ItemDataRole.UserRole, term.id)
            self.term_list.addItem(item)
        if self.term_list.count():
            self.term_list.setCurrentRow(0)
        else:
            self.definition_label.setText(self.tr("No term matches."))

    def _on_term_list_current_changed(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        term_id = item.data(Qt.ItemDataRole.UserRole)
        term = next((t for t in self._terms if t.id == term_id), None)
        if term is not None:
            self.definition_label.setText(definition_text(term, self._sources))

    def select(self, term_id: str) -> None:
        """Show one term (clearing the search)."""
        self.search_edit.clear()
        for row in range(self.term_list.count()):
            item = self.term_list.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == term_id:
                self.term_list.setCurrentRow(row)


class TermsStrip(QWidget):
    """Buttons for the glossary terms of one question; pressing one shows its definition below."""

    def __init__(
        self,
        terms: Sequence[GlossaryTerm],
        sources: Mapping[str, Source],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("terms_strip")
        self._terms = list(terms)
        self._sources = sources
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(plain_label(self.tr("Terms:"), selectable=False))
        self.buttons: list[QPushButton] = []
        for term in self._terms:
            button = QPushButton(button_text(term.term))
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Define %1").replace("%1", term.term))
            button.toggled.connect(lambda on, t=term, b=button: self._on_term_toggled(t, b, on))
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        self.definition_label = plain_label("", name=self.tr("Definition"))
        self.definition_label.hide()
        layout.addWidget(self.definition_label)

    def _on_term_toggled(self, term: GlossaryTerm, button: QPushButton, on: bool) -> None:
        if on:
            for other in self.buttons:
                if other is not button:
                    other.setChecked(False)
            self.definition_label.setText(definition_text(term, self._sources))
        self.definition_label.setVisible(any(b.isChecked() for b in self.buttons))
