"""Pictures of the loaded course: finding a question's image file, the explanation diagram."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from quizapp.core.course import Course
    from quizapp.core.engine import PlannedQuestion


def resolve_image(course: Course, item: PlannedQuestion, relative: str) -> Path | None:
    """Return the checked file of an image a question names, from the bank that holds it."""
    from quizapp.core.bank import resolve_image as resolve_in_roots

    for bank in course.banks:
        if any(q.id == item.question.id for q in bank.questions):
            return resolve_in_roots(relative, bank.image_roots)
    return None


def explanation_picture(course: Course, item: PlannedQuestion) -> QWidget | None:
    """Return the labelled diagram shown with a hotspot question's explanation, if it has one."""
    from quizapp.core.model import HotspotQuestion
    from quizapp.ui.hotspot import HotspotPicture, load_picture

    question = item.question
    if not isinstance(question, HotspotQuestion) or not question.explanation_image:
        return None
    path = resolve_image(course, item, question.explanation_image)
    if path is None:
        return None
    picture = HotspotPicture()
    picture.set_question(load_picture(path), [])
    picture.setEnabled(False)
    picture.setAccessibleName(QCoreApplication.translate("CoursePictures", "Labelled diagram"))
    picture.setAccessibleDescription(question.explanation_image_alt or "")
    picture.setToolTip(question.explanation_image_alt or "")
    picture.setMinimumHeight(220)
    picture.setMaximumHeight(380)
    return picture
