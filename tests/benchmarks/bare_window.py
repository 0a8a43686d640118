"""Baseline for the start-up benchmark: a bare PySide6 window, shown, then the app quits."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(900, 720)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
