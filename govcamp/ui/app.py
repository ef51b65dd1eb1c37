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


def _cpu() -> str:
    return f" ({time.process_time():.3f} s CPU since the process started)"


def run_app(
    path: str | None,
    *,
    exit_when_shown: bool = False,
    screenshot: str | None = None,
    page: int = 0,
) -> int:
    """Open the main window (on ``path`` if given) and run until it closes.

    The window is drawn before the event is opened: first the welcome screen or the outline of the event
    window, then the event, loaded a step at a time (:meth:`MainWindow.open_soon`).

    ``exit_when_shown`` and ``screenshot`` (a PNG path) are for start-up benchmarks, smoke tests and the
    README's picture: the window opens, prints ``first frame in S s`` once it is first drawn and
    ``shown TITLE in S s`` once the event's page is drawn and taking input, and closes. The screenshot
    is of the open event. S counts from here; each line also gives the CPU time since the process
    started, which a busy machine inflates far less than wall time.
    """
    started = time.perf_counter()
    app = make_app()
    from govcamp.ui.main_window import MainWindow
    from govcamp.ui.opening import when_painted

    window = MainWindow()
    exit_when_shown = exit_when_shown or bool(screenshot)
    status = 0

    def first_frame(painted: float) -> None:
        if exit_when_shown:
            print(f"first frame in {painted - started:.3f} s{_cpu()}", flush=True)

    def usable(painted: float) -> None:
        cpu = _cpu()
        if page:
            window.show_phase(page - 1)
        if not exit_when_shown:
            return

        def report() -> None:
            if screenshot:
                window.grab().save(screenshot)
            print(f"shown {window.windowTitle()} in {painted - started:.3f} s{cpu}", flush=True)
            window.close()
            app.exit(status)

        # A screenshot waits for work pages defer until just after they are shown (the badge preview).
        QTimer.singleShot(1500 if screenshot else 0, window, report)

    def opened(ok: bool) -> None:
        nonlocal status
        if ok and window.view is not None:
            when_painted(window.view, usable)
        elif exit_when_shown:
            status = 2
            window.close()
            app.exit(status)

    when_painted(window, first_frame)
    if path:
        window.open_soon(path, interactive=not exit_when_shown, on_done=opened)
    else:
        when_painted(window, usable)
        window.prepare_soon()
    window.show()
    return app.exec()
