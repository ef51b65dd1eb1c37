"""Opening an event without a blank pause: a skeleton of the event window, then the event in steps.

The window is drawn first (the skeleton costs only Qt widgets); the database stack is imported one layer
per turn of the event loop after that first frame, so the window keeps painting and taking input while
the event loads (:func:`run_steps`).
"""

from __future__ import annotations

import builtins
import importlib
import threading
import time
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from govcamp.ui.accessibility import relative_font
from govcamp.ui.i18n import fmt, translate


class OpeningView(QWidget):
    """The event window's outline (the phases on the left) with “Opening NAME…” where the page will be."""

    def __init__(self, phases: Sequence[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingView")
        nav = QListWidget()
        nav.setFixedWidth(210)
        nav.setFont(relative_font(11))
        nav.setStyleSheet("QListWidget::item { padding: 8px; }")
        nav.addItems(list(phases))
        # Visible but inert: the phases are not there to choose until the event is open.
        nav.setEnabled(False)
        self.message = QLabel(fmt(translate("opening", "Opening %1…"), name))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setFont(relative_font(14))
        self.message.setStyleSheet("color: palette(mid);")
        page = QVBoxLayout()
        page.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(nav)
        layout.addLayout(page, 1)


class _FirstPaint(QObject):
    """Calls back once, on the turn of the event loop after ``widget`` is first painted."""

    def __init__(self, widget: QWidget, callback: Callable[[float], object]) -> None:
        super().__init__(widget)
        self._callback = callback
        self._fired = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._fired and event.type() == QEvent.Type.Paint:
            self._fired = True
            painted = time.perf_counter()
            watched.removeEventFilter(self)
            # After the paint, not in it: the frame is flushed to the screen once every widget has painted.
            QTimer.singleShot(0, self, lambda: self._done(painted))
        return False

    def _done(self, painted: float) -> None:
        self._callback(painted)
        self.deleteLater()


def when_painted(widget: QWidget, callback: Callable[[float], object]) -> None:
    """Call ``callback(perf_counter at the paint)`` just after ``widget`` is first drawn.

    The widget must be shown (or about to be): a hidden widget is never painted.
    """
    _FirstPaint(widget, callback)


def import_plain(name: str) -> ModuleType:
    """Import a module that does not use Qt, without PySide6's import hook.

    Once PySide6 is loaded, every import goes through its ``__feature_import__``, which reads the source
    of each new module to see whether it mentions PySide6 (for its opt-in ``__feature__`` switches, which
    govcamp does not use). For the database stack that is about a quarter of its import time. A module
    left unscanned simply keeps the default of no features, which is what a module without Qt needs.
    """
    hooked = builtins.__import__
    original = getattr(builtins, "__orig_import__", None)
    if original is None:  # no hook installed (or a PySide6 that keeps it elsewhere)
        return importlib.import_module(name)
    builtins.__import__ = original
    try:
        return importlib.import_module(name)
    finally:
        builtins.__import__ = hooked


def import_plain_on_this_thread(names: Sequence[str]) -> None:
    """Import ``names`` in order past PySide6's import hook (see :func:`import_plain`), from a thread of
    their own, while the window's thread goes on importing through the hook as usual."""
    original = getattr(builtins, "__orig_import__", None)
    if original is None:
        for name in names:
            importlib.import_module(name)
        return
    hooked = builtins.__import__
    loader = threading.current_thread()

    def chosen(*args: Any, **kwargs: Any) -> ModuleType:
        # ``builtins.__import__`` is one for the whole process: choose by thread, so a dialog the window
        # opens meanwhile still has its modules seen by PySide6.
        which = original if threading.current_thread() is loader else hooked
        module: ModuleType = which(*args, **kwargs)
        return module

    builtins.__import__ = chosen
    try:
        for name in names:
            importlib.import_module(name)
    finally:
        if builtins.__import__ is chosen:
            builtins.__import__ = hooked


class Background:
    """A step done on a thread of its own; the steps after it wait for it (:class:`Steps`).

    Importing the database stack holds Python's lock for a third of a second at a time when done on the
    window's thread between events; on a thread of its own the window gets the lock back every few
    milliseconds, so it keeps painting and answering keys while the stack loads.
    """

    def __init__(self, work: Callable[[], object]) -> None:
        self._work = work
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    def start(self) -> None:
        if self._thread is None:
            # Not a daemon: a window closed while the stack loads lets the import finish, not die halfway.
            self._thread = threading.Thread(target=self._run, name="govcamp-loading")
            self._thread.start()

    def _run(self) -> None:
        try:
            self._work()
        except BaseException as exc:  # handed to the window's thread, which raises it (see result)
            self._error = exc

    @property
    def done(self) -> bool:
        return self._thread is not None and not self._thread.is_alive()

    def wait(self) -> None:
        """Start if not started, and wait until done; then raise what the work raised, if anything."""
        self.start()
        assert self._thread is not None
        self._thread.join()
        if self._error is not None:
            raise self._error


#: How often the window's thread looks whether a :class:`Background` step is done.
POLL_MS = 15

#: Milliseconds between steps. Not 0: Qt runs a chain of zero timers ahead of every other timer (a
#: 10 ms timer ticked 3 times in 2.4 s of zero-timer steps), so the window's own timers would wait.
STEP_GAP_MS = 1


class Steps(QObject):
    """Steps run one per turn of the event loop (:meth:`start`), so paints and input are handled between them.

    :meth:`run_rest` runs what is left at once, for a person who asks for something that needs it all (an
    edit typed into a page drawn before the event finished opening). Stops quietly if ``context`` is
    destroyed meanwhile (the window closed while the event loaded).
    """

    def __init__(self, context: QObject, steps: Sequence[Callable[[], object] | Background]) -> None:
        # A child of ``context``: kept alive by it until done, and gone with it (no step runs after).
        super().__init__(context)
        self._remaining = list(steps)
        self._waiting = False

    def start(self) -> None:
        QTimer.singleShot(STEP_GAP_MS, self, self._next)

    def wait_for_paint(self, widget: QWidget) -> None:
        """Hold the next step until ``widget`` (just put up by this step) is drawn.

        Qt may run a zero timer before the paint a step asked for: without this, the page a step shows
        would appear only after the next step's work.
        """
        self._waiting = True
        when_painted(widget, lambda _painted: self._resume())

    def _resume(self) -> None:
        if self._waiting:
            self._waiting = False
            QTimer.singleShot(STEP_GAP_MS, self, self._next)

    def _next(self) -> None:
        if not self._remaining:
            self.deleteLater()
            return
        if self._waiting:
            return
        step = self._remaining[0]
        if isinstance(step, Background):
            step.start()
            if not step.done:
                QTimer.singleShot(POLL_MS, self, self._next)
                return
            self._remaining.pop(0)
            step.wait()  # done: raises here, on the window's thread, what the thread raised
        else:
            self._remaining.pop(0)
            step()
        if not self._waiting:
            QTimer.singleShot(STEP_GAP_MS, self, self._next)

    def run_rest(self) -> None:
        # One at a time from the list, so a step that comes back here (a dialog's own event loop) finds
        # only what is still to do, never a step twice.
        self._waiting = False
        while self._remaining:
            step = self._remaining.pop(0)
            if isinstance(step, Background):
                step.wait()
            else:
                step()


def run_steps(context: QObject, steps: Sequence[Callable[[], object] | Background]) -> Steps:
    """Run ``steps`` one per turn of the event loop; see :class:`Steps`."""
    runner = Steps(context, steps)
    runner.start()
    return runner
