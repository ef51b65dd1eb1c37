"""Long work off the window's thread, behind a progress dialog with Cancel.

Long jobs are generators that yield ``(done, total, message)``; :func:`run_with_progress` drives one on the
thread pool and shows its progress. Cancel closes the generator at its next step.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from govcamp.ui.i18n import translate

Progress = tuple[int, int, str]


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal()
    failed = Signal(object)
    cancelled = Signal()


class GeneratorTask(QRunnable):
    """Runs a progress generator on a pool thread, reporting through Qt signals.

    Every task keeps itself alive until its ``run`` has returned: the window may drop its reference as soon
    as the finished signal arrives, which is before the pool thread has left ``run``.
    """

    _alive: ClassVar[set[GeneratorTask]] = set()
    _alive_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, make: Callable[[], Iterator[Progress]]) -> None:
        super().__init__()
        self._make = make
        self._cancel = threading.Event()
        self.signals = _Signals()
        #: What the generator returned (``return value`` at its end), read once ``finished`` arrives.
        self.result: Any = None
        with self._alive_lock:
            self._alive.add(self)

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            self._run()
        finally:
            with self._alive_lock:
                self._alive.discard(self)

    def _run(self) -> None:
        try:
            steps = self._make()
            while True:
                try:
                    done, total, message = next(steps)
                except StopIteration as stop:
                    self.result = stop.value
                    break
                if self._cancel.is_set():
                    close = getattr(steps, "close", None)
                    if close is not None:
                        close()
                    self.signals.cancelled.emit()
                    return
                self.signals.progress.emit(done, total, message)
        except Exception as exc:  # reported to the person in the window, not swallowed
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit()


def run_with_progress(
    parent: QWidget,
    title: str,
    make: Callable[[], Iterator[Progress]],
    *,
    on_done: Callable[[], Any],
    on_error: Callable[[BaseException], Any],
    on_cancel: Callable[[], Any] | None = None,
) -> GeneratorTask:
    """Start ``make()`` on the thread pool behind a modal progress dialog; call back when it ends."""
    dialog = QProgressDialog(title, translate("workers", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = GeneratorTask(make)

    def progress(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        dialog.setLabelText(message)

    def finish(callback: Callable[..., Any], *args: Any) -> None:
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()
        callback(*args)

    task.signals.progress.connect(progress)
    task.signals.finished.connect(lambda: finish(on_done))
    task.signals.failed.connect(lambda exc: finish(on_error, exc))
    task.signals.cancelled.connect(lambda: finish(on_cancel or (lambda: None)))
    dialog.canceled.connect(task.cancel)
    task.setAutoDelete(False)
    QThreadPool.globalInstance().start(task)
    return task
