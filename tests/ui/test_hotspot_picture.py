# ruff: noqa: F811 - the quiz-flow fixtures are imported by name and requested as arguments
"""A hotspot picture that refers to a file outside itself is never drawn.

The outside file is a pure red PNG beside the bank's folder; the bank's own SVG is grey with a
green square. Each test first shows that Qt, left to itself, does draw the red file (so the
check cannot pass by accident), then what the learner sees: the bank refused with its finding
when opened, and the plain "Picture not available" when the SVG is changed behind a bank that
was already checked and loaded.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from quizapp.ui.hotspot import HotspotPicture, load_picture
from tests.ui.modals import Modals, modals  # noqa: F401 - a fixture, used by name
from tests.ui.test_open_bank_ui import FAILED_TITLE, open_bank, topics
from tests.ui.test_quiz_flow import (  # noqa: F401 - autouse fixtures are used by name
    AppFactory,
    _no_bundled_course,
    make_app,
    start_from_home,
)

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("modals")]

SVG_OPEN = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
    ' viewBox="0 0 100 100" width="400" height="400">\n'
    '<rect width="100" height="100" fill="#dddddd"/>\n'
)
GOOD_SVG = SVG_OPEN + '<rect x="25" y="25" width="50" height="50" fill="#00c000"/>\n</svg>\n'

BANK = textwrap.dedent(
    """\
    format = 1

    [bank]
    id = "pictures"
    title = "Pictures"
    topic = "pictures"

    [[sources]]
    id = "pictures-source"
    title = "A source"
    publisher = "A publisher"

    [[questions]]
    id = "pictures-square"
    type = "hotspot"
    prompt = "Click the square."
    image = "square.svg"
    image_alt = "A square on grey."
    explanation = "It is in the middle."
    sources = ["pictures-source"]

      [[questions.regions]]
      id = "middle"
      label = "Middle"
      shape = "rect"
      x = 0.25
      y = 0.25
      w = 0.5
      h = 0.5
      correct = true

      [[questions.regions]]
      id = "corner"
      label = "Corner"
      shape = "rect"
      x = 0
      y = 0
      w = 0.2
      h = 0.2
      feedback = "The square is in the middle."
    """
)


def outside_svg(outside: Path) -> str:
    """The tester's picture: the outside file by absolute path and by '..'."""
    return (
        SVG_OPEN
        + f'<image width="50" height="50" xlink:href="{outside}"/>\n'
        + f'<image x="50" y="50" width="50" height="50" xlink:href="../{outside.name}"/>\n'
        + "</svg>\n"
    )


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    """A bank folder whose picture is fine, with a red PNG beside the folder."""
    red = QImage(40, 40, QImage.Format.Format_RGB32)
    red.fill(QColor("#ff0000"))
    assert red.save(str(tmp_path / "outside.png"))
    folder = tmp_path / "bank"
    folder.mkdir()
    (folder / "pictures.toml").write_text(BANK, encoding="utf-8")
    (folder / "square.svg").write_text(GOOD_SVG, encoding="utf-8")
    return folder


def colours(image: QImage) -> set[str]:
    """The colours seen on a grid over the image, as names like '#ff0000'."""
    step = max(1, min(image.width(), image.height()) // 40)
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }


def qt_alone(path: Path) -> set[str]:
    """What Qt draws for the file when handed its path, with no check in between."""
    renderer = QSvgRenderer(str(path))
    image = QImage(QSize(200, 200), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return colours(image)


def shown(widget: QWidget) -> set[str]:
    return colours(widget.grab().toImage())


def test_the_loader_draws_nothing_of_it_only_the_plain_unavailable_text(
    qtbot: QtBot, bank: Path
) -> None:
    picture = bank / "square.svg"
    widget, unavailable = HotspotPicture(), HotspotPicture()
    for each in (widget, unavailable):
        qtbot.addWidget(each)
        each.resize(400, 300)
    widget.set_question(load_picture(picture), [])
    assert {"#00c000", "#dddddd"} <= shown(widget)

    picture.write_text(outside_svg(bank.parent / "outside.png"), encoding="utf-8")
    assert "#ff0000" in qt_alone(picture)
    assert load_picture(picture) is None
    widget.set_question(load_picture(picture), [])
    unavailable.set_question(None, [])
    assert "#ff0000" not in shown(widget)
    assert widget.grab().toImage() == unavailable.grab().toImage()


def test_opening_a_bank_with_such_a_picture_shows_its_finding_and_loads_nothing(
    make_app: AppFactory, modals: Modals, bank: Path
) -> None:
    (bank / "square.svg").write_text(outside_svg(bank.parent / "outside.png"), encoding="utf-8")
    window = make_app()
    before = topics(window)
    open_bank(window, modals, bank / "pictures.toml")
    assert modals.titles() == [FAILED_TITLE]
    assert modals.shown[0].details.splitlines() == [
        f"{bank / 'pictures.toml'}:17:1: image 'square.svg' cannot be used: at its line 3, "
        f"xlink:href='{bank.parent / 'outside.png'}' refers outside the picture (only '#id' "
        "and embedded PNG or JPEG 'data:' pictures are allowed) "
        "[pictures-square / questions[0].image]"
    ]
    assert topics(window) == before


def test_a_picture_changed_after_its_bank_was_loaded_is_not_drawn(
    qtbot: QtBot, make_app: AppFactory, bank: Path
) -> None:
    window = make_app(bank)  # checked and loaded with the good picture
    picture = bank / "square.svg"
    picture.write_text(outside_svg(bank.parent / "outside.png"), encoding="utf-8")
    assert "#ff0000" in qt_alone(picture)

    start_from_home(qtbot, window)
    page = window.quiz_page
    assert page.prompt_label.text() == "Click the square."
    assert page.picture.isVisible()
    seen = page.picture.grab().toImage()
    assert "#ff0000" not in colours(seen)
    page.picture.set_question(None, [])  # what the widget shows with no picture at all
    assert seen == page.picture.grab().toImage()
