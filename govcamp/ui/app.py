"""Starting the application."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

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
    first_edit: bool = False,
) -> int:
    """Open the main window (on ``path`` if given) and run until it closes.

    The window is drawn before the event is opened: first the welcome screen or the outline of the event
    window, then the event, loaded a step at a time (:meth:`MainWindow.open_soon`).

    ``exit_when_shown`` and ``screenshot`` (a PNG path) are for start-up benchmarks, smoke tests and the
    README's picture: the window opens, prints ``first frame in S s`` once it is first drawn and
    ``shown TITLE in S s`` once the event's page is drawn and taking input, and closes. The screenshot
    is of the open event. S counts from here; each line also gives the CPU time since the process
    started, which a busy machine inflates far less than wall time.

    ``first_edit`` (benchmarks) then types " 2" at the end of the event's name and Enter, as soon as the page
    is usable, and prints ``first edit in S s`` once the change is saved and can be undone.
    """
    started = time.perf_counter()
    app = make_app()
    from govcamp.ui.main_window import MainWindow
    from govcamp.ui.opening import when_painted

    window = MainWindow()
    exit_when_shown = exit_when_shown or bool(screenshot) or first_edit
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
            if first_edit:
                _type_first_edit(window, started, lambda: (window.close(), app.exit(status)))
                return
            window.close()
            app.exit(status)

        # A screenshot waits for work pages defer until just after they are shown (the badge preview).
        QTimer.singleShot(1500 if screenshot else 0, window, report)

    def opened(ok: bool) -> None:
        nonlocal status
        if not ok and exit_when_shown:
            status = 2
            window.close()
            app.exit(status)

    when_painted(window, first_frame)
    if path:
        # Usable once the event's page is drawn: from a first look at the file, or with the event open.
        window.open_soon(
            path,
            interactive=not exit_when_shown,
            on_done=opened,
            on_page=lambda view: when_painted(view, usable),
        )
    else:
        when_painted(window, usable)
        window.prepare_soon()
    window.show()
    return app.exec()


def _type_first_edit(window: QWidget, started: float, then: Callable[[], object]) -> None:
    """Type at the end of the event's name and press Enter, as a person would; say when it is saved."""
    from govcamp.ui.main_window import EventView, MainWindow

    assert isinstance(window, MainWindow)
    view = window.stack.currentWidget()
    assert isinstance(view, EventView)
    field = view.event_page.name
    wanted = field.text() + " 2"
    keys = ((Qt.Key.Key_End, ""), (Qt.Key.Key_Space, " "), (Qt.Key.Key_2, "2"), (Qt.Key.Key_Return, "\r"))
    for key, text in keys:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))
    timer = QTimer(window)
    # How late a 10 ms timer of the window's thread comes meanwhile: whether the window froze while it waited.
    last = [time.perf_counter()]
    late = [0.0]

    def check() -> None:
        # Saved once the event is open (a moment after Enter when typed this early).
        now = time.perf_counter()
        late[0] = max(late[0], now - last[0] - 0.010)
        last[0] = now
        if window.doc is None and window.stack.currentWidget() is view:
            return
        timer.stop()
        saved = window.doc is not None and window.doc.undo_stack.count() == 1
        if saved and view.event_page.details().name == wanted:
            print(
                f"first edit in {time.perf_counter() - started:.3f} s{_cpu()}; meanwhile the window's"
                f" 10 ms timer came at most {late[0] * 1000:.0f} ms late",
                flush=True,
            )
        else:
            print("govcamp: the first edit was not saved", file=sys.stderr)
        then()

    timer.timeout.connect(check)
    timer.start(10)
