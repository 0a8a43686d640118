"""The explanation of one answered question: outcome, picks, right answer, why, sources.

Used after each answer in Practice mode and for every missed question on the review page, so
both say the same thing the same way. All bank text is shown as plain text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from quizapp.core.engine import Outcome, PlannedQuestion, Response
from quizapp.core.model import MultipleQuestion, Option, Source, TrueFalseQuestion
from quizapp.ui.widgets import format_points, outcome_icon, outcome_words, plain_label


def option_text(question_is_true_false: bool, option: Option) -> str:
    """Return what an option is called on screen (true/false get translated words)."""
    if question_is_true_false:
        translate = QCoreApplication.translate
        return (
            translate("Options", "True") if option.key == "true" else translate("Options", "False")
        )
    return option.text


def source_lines(source_ids: list[str], sources: Mapping[str, Source]) -> list[str]:
    """Return one display line per cited source: title, publisher and URL when known."""
    lines = []
    for source_id in source_ids:
        source = sources.get(source_id)
        if source is None:
            lines.append(source_id)
            continue
        line = f"{source.title} — {source.publisher}"
        if source.url:
            line += f" ({source.url})"
        lines.append(line)
    return lines


class AnswerView(QWidget):
    """Shows how an answer scored and why; all text plain, outcome in words and icon."""

    def __init__(
        self,
        item: PlannedQuestion,
        response: Response,
        sources: Mapping[str, Source],
        *,
        show_prompt: bool = False,
        picture_factory: Callable[[PlannedQuestion], QWidget | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("answer_view")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        question = item.question
        is_tf = isinstance(question, TrueFalseQuestion)
        options = item.shown_options()

        if show_prompt:
            prompt = plain_label(question.prompt, name=self.tr("Question"))
            font = prompt.font()
            font.setBold(True)
            prompt.setFont(font)
            layout.addWidget(prompt)

        outcome_row = QHBoxLayout()
        icon_label = QLabel()
        icon_label.setPixmap(outcome_icon(response.outcome).pixmap(QSize(24, 24)))
        words = outcome_words(response.outcome)
        icon_label.setAccessibleName(words)
        outcome_row.addWidget(icon_label)
        score_text = words
        if response.outcome is Outcome.PARTIAL:
            score_text = (
                self.tr("%1: %2 of 1 point")
                .replace("%1", words)
                .replace("%2", format_points(response.points))
            )
        self.outcome_label = plain_label(score_text, selectable=False)
        self.outcome_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        font = self.outcome_label.font()
        font.setBold(True)
        self.outcome_label.setFont(font)
        outcome_row.addWidget(self.outcome_label, 1)
        layout.addLayout(outcome_row)

        picked = [o for o in options if o.key in response.picked]
        picked_names = "; ".join(option_text(is_tf, o) for o in picked) or self.tr("(nothing)")
        self.picked_label = plain_label(self.tr("Your answer: %1").replace("%1", picked_names))
        layout.addWidget(self.picked_label)
        right = "; ".join(option_text(is_tf, o) for o in options if o.correct)
        self.correct_label = plain_label(self.tr("Correct answer: %1").replace("%1", right))
        layout.addWidget(self.correct_label)

        self.feedback_labels: list[QLabel] = []
        for option in picked:
            if not option.feedback:
                continue
            text = (
                self.tr("Your pick “%1”: %2")
                .replace("%1", option_text(is_tf, option))
                .replace("%2", option.feedback)
            )
            label = plain_label(text)
            self.feedback_labels.append(label)
            layout.addWidget(label)
        if (
            is_tf
            and response.outcome is Outcome.CORRECT
            and isinstance(question, TrueFalseQuestion)
        ):
            other = self.tr("Why the other answer is wrong: %1").replace("%1", question.feedback)
            label = plain_label(other)
            self.feedback_labels.append(label)
            layout.addWidget(label)
        missed_right = [o for o in options if o.correct and o.key not in response.picked]
        if missed_right and isinstance(question, MultipleQuestion) and response.picked:
            names = "; ".join(o.text for o in missed_right)
            layout.addWidget(plain_label(self.tr("You did not pick: %1").replace("%1", names)))

        explanation_title = plain_label(self.tr("Why"), selectable=False)
        bold = explanation_title.font()
        bold.setBold(True)
        explanation_title.setFont(bold)
        layout.addWidget(explanation_title)
        self.explanation_label = plain_label(question.explanation, name=self.tr("Explanation"))
        layout.addWidget(self.explanation_label)
        if picture_factory is not None:
            picture = picture_factory(item)
            if picture is not None:
                layout.addWidget(picture)

        lines = source_lines(question.sources, sources)
        self.sources_label = plain_label(
            self.tr("Sources:") + "\n" + "\n".join(f"• {line}" for line in lines),
            name=self.tr("Sources"),
        )
        self.sources_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout.addWidget(self.sources_label)
        layout.addStretch()

    def text(self) -> str:
        """Return all visible text of the view, for tests and screen-reader summaries."""
        return "\n".join(label.text() for label in self.findChildren(QLabel) if label.text())
