"""The reference for start-up: a bare PySide6 QMainWindow shown and quit, timed like --smoke.

Prints the wall-clock moment (time.time()) it was first painted, so the benchmark can
measure from the moment it started the process.
"""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _Paint(QObject):
    painted: float | None = None

    def eventFilter(self, _watched, event):
        if event.type() == QEvent.Type.Paint and self.painted is None:
            self.painted = time.time()
        return False


app = QApplication(sys.argv[:1])
probe = _Paint()
app.installEventFilter(probe)
window = QMainWindow()
window.resize(1000, 640)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
print(f"shown_at: {probe.painted:.6f}")
