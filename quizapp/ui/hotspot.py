"""The hotspot picture: shows a diagram scaled to the widget, maps clicks to regions, marks them.

The picture is rendered by the app itself (``QSvgRenderer`` or ``QImageReader`` with a pixel
limit) from a path already checked for containment; it never goes through rich text. It is drawn
from the bytes that were checked as they were read (an SVG that refers to anything outside
itself is refused), never from the file name, so Qt has no path to resolve references against.
Hit tests work in fractions of the picture, so they hold at any widget size and device pixel
ratio.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageReader,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from quizapp.core.images import read_image
from quizapp.core.model import Region

#: Largest raster picture decoded, in pixels (width * height).
MAX_IMAGE_PIXELS = 16_000_000


def load_picture(path: Path) -> QSvgRenderer | QImage | None:
    """Load an SVG or PNG picture from a checked path; None when it is unusable.

    The file is read and checked again here (:func:`quizapp.core.images.read_image`), and the
    picture is made from those bytes, so what is drawn is what was checked.
    """
    data = read_image(path)
    if data is None:
        return None
    if path.suffix.lower() == ".svg":
        renderer = QSvgRenderer(QByteArray(data))
        return renderer if renderer.isValid() else None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer, b"png")
    reader.setDecideFormatFromContent(False)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_IMAGE_PIXELS:
        return None
    image = reader.read()
    return None if image.isNull() else image


class HotspotPicture(QWidget):
    """A picture with clickable regions.

    Signals:
        region_clicked: The learner clicked inside a region (carries its id).
    """

    region_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._picture: QSvgRenderer | QImage | None = None
        self._regions: list[Region] = []
        self._click: QPointF | None = None  # in picture fractions
        self._picked: str | None = None
        self._correct: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 180)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the region list is the keyboard route

    def set_question(self, picture: QSvgRenderer | QImage | None, regions: list[Region]) -> None:
        """Show a new picture and its regions; clears marks."""
        self._picture = picture
        self._regions = regions
        self._click = None
        self._picked = None
        self._correct = None
        self.updateGeometry()
        self.update()

    def set_picked(self, region_id: str | None) -> None:
        """Mark the region the learner picked (by click or from the list)."""
        self._picked = region_id
        self.update()

    def reveal(self, correct_id: str) -> None:
        """Outline the correct region (after the answer is submitted)."""
        self._correct = correct_id
        self.update()

    def _aspect(self) -> float:
        if isinstance(self._picture, QSvgRenderer):
            box = self._picture.viewBoxF()
            return box.width() / box.height() if box.height() else 4 / 3
        if isinstance(self._picture, QImage) and self._picture.height():
            return self._picture.width() / self._picture.height()
        return 4 / 3

    def picture_rect(self) -> QRectF:
        """Return where the picture is drawn: centred, as large as fits, aspect kept."""
        aspect = self._aspect()
        width, height = float(self.width()), float(self.height())
        if width / height > aspect:
            draw_w, draw_h = height * aspect, height
        else:
            draw_w, draw_h = width, width / aspect
        return QRectF((width - draw_w) / 2, (height - draw_h) / 2, draw_w, draw_h)

    def to_fraction(self, point: QPointF) -> QPointF | None:
        """Map a widget point to picture fractions; None when outside the picture."""
        rect = self.picture_rect()
        if not rect.contains(point):
            return None
        return QPointF(
            (point.x() - rect.x()) / rect.width(), (point.y() - rect.y()) / rect.height()
        )

    def region_at(self, point: QPointF) -> Region | None:
        """Return the region under a widget point, if any."""
        fraction = self.to_fraction(point)
        if fraction is None:
            return None
        return next((r for r in self._regions if r.contains(fraction.x(), fraction.y())), None)

    def sizeHint(self) -> QSize:  # noqa: D102 - Qt override
        return QSize(480, round(480 / self._aspect()))

    def hasHeightForWidth(self) -> bool:  # noqa: D102 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: D102 - Qt override
        return round(width / self._aspect())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: D102 - Qt override
        if event.button() != Qt.MouseButton.LeftButton or not self.isEnabled():
            return
        fraction = self.to_fraction(event.position())
        if fraction is None:
            return
        self._click = fraction
        region = self.region_at(event.position())
        self.update()
        if region is not None:
            self.region_clicked.emit(region.id)

    def _region_rect(self, region: Region) -> QRectF:
        rect = self.picture_rect()
        return QRectF(
            rect.x() + region.x * rect.width(),
            rect.y() + region.y * rect.height(),
            region.w * rect.width(),
            region.h * rect.height(),
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: D102 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.picture_rect()
        if isinstance(self._picture, QSvgRenderer):
            self._picture.render(painter, rect)
        elif isinstance(self._picture, QImage):
            painter.drawImage(rect, self._picture)
        else:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("Picture not available"))
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        for region in self._regions:
            box = self._region_rect(region)
            if region.id == self._correct:
                pen = QPen(QColor("#1b7f3b"), 3, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                self._draw_shape(painter, region, box.adjusted(-4, -4, 4, 4))
            if region.id == self._picked:
                painter.setPen(QPen(highlight, 2.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                self._draw_shape(painter, region, box)
        if self._click is not None:
            center = QPointF(
                rect.x() + self._click.x() * rect.width(),
                rect.y() + self._click.y() * rect.height(),
            )
            painter.setPen(QPen(highlight, 3))
            painter.drawLine(center + QPointF(-9, 0), center + QPointF(9, 0))
            painter.drawLine(center + QPointF(0, -9), center + QPointF(0, 9))
            painter.drawEllipse(center, 5, 5)
        painter.end()

    @staticmethod
    def _draw_shape(painter: QPainter, region: Region, box: QRectF) -> None:
        if region.shape == "ellipse":
            painter.drawEllipse(box)
        else:
            painter.drawRect(box)
