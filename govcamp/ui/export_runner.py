"""What every export panel shares: write in the background, show progress, cancel, report in one line."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton

from govcamp.domain.errors import GovcampError
from govcamp.ui.workers import GeneratorTask, Progress


class BackgroundWriter:
    """Mixed into an export panel (before QWidget) that has these four widgets.

    ``failure`` starts the sentence shown when writing fails (“The badges were not written”).
    """

    write_button: QPushButton
    cancel_button: QPushButton
    progress: QProgressBar
    message: QLabel
    task: GeneratorTask | None = None
    failure = "Nothing was written"

    def run_task(
        self,
        make: Callable[[], Iterator[Progress]],
        *,
        busy: str,
        cancelled: str,
        on_done: Callable[[], None],
        total: int = 0,
    ) -> None:
        """Start ``make()`` on the thread pool; ``total`` 0 shows a busy bar until progress arrives."""
        self.task = GeneratorTask(make)
        signals = self.task.signals
        signals.progress.connect(self._progress)
        signals.finished.connect(on_done)
        signals.failed.connect(self._failed)
        signals.cancelled.connect(lambda: self._ended(cancelled))
        self.task.setAutoDelete(False)
        self.write_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self._say(busy)
        QThreadPool.globalInstance().start(self.task)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self._say(message)

    def _say(self, text: str) -> None:
        self.message.setText(html.escape(text))

    def _ended(self, text: str) -> None:
        self.write_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self._say(text)
        self.task = None  # the worker keeps itself alive until its run() returns

    def _failed(self, exc: BaseException) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        reason = str(exc) if isinstance(exc, GovcampError) else f"{exc.__class__.__name__}: {exc}"
        self._ended(f"{self.failure}: {reason}")
