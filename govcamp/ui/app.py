"""Starting the application."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from govcamp import __version__
from govcamp.paths import RESOURCES


def make_app() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("govcamp")
    app.setApplicationDisplayName("govcamp")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("govcamp")
    # The installed menu entry (packaging/linux), so Wayland and docks match the window to its icon.
    app.setDesktopFileName("org.govcamp.Govcamp")
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "govcamp.svg")))
    return app


def run_app(
    path: str | None,
    *,
    exit_when_shown: bool = False,
    screenshot: str | None = None,
    page: int = 0,
) -> int:
    """Open the main window (on ``path`` if given) and run until it closes.

    ``exit_when_shown`` and ``screenshot`` (a PNG path) are for start-up benchmarks, smoke tests and the
    README's picture: the window opens, reports, and closes.
    """
    started = time.perf_counter()
    app = make_app()
    from govcamp.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if path and not window.open_path(path, interactive=not exit_when_shown) and exit_when_shown:
        return 2
    if page:
        window.show_phase(page - 1)
    if screenshot:
        exit_when_shown = True
    if exit_when_shown:

        def report() -> None:
            if screenshot:
                window.grab().save(screenshot)
            print(f"shown {window.windowTitle()} in {time.perf_counter() - started:.3f} s", flush=True)
            window.close()
            app.quit()

        # A screenshot waits for work pages defer until just after they are shown (the badge preview).
        QTimer.singleShot(1500 if screenshot else 0, report)
    return app.exec()
