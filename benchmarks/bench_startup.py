"""Process start to main window shown on the demo event, against a bare QApplication + QMainWindow.

Both are timed from starting the process to its first line of output, printed once the window is shown.

Goal (issue 2): at most 1.0 s on a developer machine and at most 4× the bare window.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from benchmarks.common import Figure, median_of, seconds_to_first_line

BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1])\n"
    "window = QMainWindow()\n"
    "window.resize(1200, 800)\n"
    "window.show()\n"
    "def shown():\n"
    "    print('shown', flush=True)\n"
    "    app.quit()\n"
    "QTimer.singleShot(0, shown)\n"
    "app.exec()\n"
)


def run() -> list[Figure]:
    from govcamp.services.demo import write_demo

    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.govcamp"
        write_demo(demo)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GOVCAMP_HOME": str(Path(folder) / "home")}
        command = ["-m", "govcamp", "open", str(demo), "--exit-when-shown"]
        ours = median_of(lambda: seconds_to_first_line(command, env))
        bare = median_of(lambda: seconds_to_first_line(["-c", BARE], env))
    return [
        Figure(
            name="start-up to main window on the demo event",
            ours=ours,
            baseline=bare,
            baseline_name="a bare QApplication + QMainWindow",
            goal="≤ 1.0 s and ≤ 4×",
        )
    ]
