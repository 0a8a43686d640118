"""Baseline for the start-up benchmark: a bare PySide6 window, painted once, then the app quits.

It ends the way ``QUIZAPP_QUIT_AFTER=shown`` ends QuizApp (see ``quizapp.ui.app``): same
interpreter, same ``QApplication`` arguments, a 900 x 720 main window, and quit in the
event-loop turn after that window's first paint event (watched by an event filter, as
``quizapp.ui.app.AfterFirstPaint`` does), so both times include the first frame on screen.
"""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class QuitOnFirstPaint(QObject):
    """Quit the application in the event-loop turn after the watched window's first paint."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(900, 720)
watcher = QuitOnFirstPaint()
window.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
