"""What every export panel shares: write in the background, show progress, cancel, report in one line."""

from __future__ import annotations

import html
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QProgressBar, QPushButton, QWidget

from govcamp.domain.errors import GovcampError
from govcamp.exports import outputs
from govcamp.services.eventfiles import EventDB
from govcamp.ui.actions import Action, Change, words
from govcamp.ui.document import EventDocument
from govcamp.ui.i18n import fmt, translate
from govcamp.ui.workers import GeneratorTask, Progress


class BackgroundWriter:
    """Mixed into an export panel (before QWidget) that has these four widgets.

    ``failure`` starts the sentence shown when writing fails (“The badges were not written”).
    """

    doc: EventDocument
    write_button: QPushButton
    cancel_button: QPushButton
    progress: QProgressBar
    message: QLabel
    task: GeneratorTask | None = None
    failure = "Nothing was written"

    def make_controls(
        self,
        write_text: str,
        start: Callable[[], None],
        *,
        write_name: str,
        progress_name: str,
        message_name: str,
        cancel_name: str = "",
    ) -> QHBoxLayout:
        """Make the write and cancel buttons, the progress bar and the message line; return the buttons' row.

        The message line is rich text so a finished export can offer a link to open what it wrote.
        """
        self.write_button = QPushButton(write_text)
        self.write_button.setObjectName(write_name)
        self.write_button.clicked.connect(start)
        self.cancel_button = QPushButton(translate("export_runner", "Cancel"))
        if cancel_name:
            self.cancel_button.setObjectName(cancel_name)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setObjectName(progress_name)
        self.progress.setAccessibleName(translate("export_runner", "Progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.message = QLabel("")
        self.message.setObjectName(message_name)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        return buttons

    def run_task(
        self,
        make: Callable[[], Iterator[Progress]],
        *,
        busy: str,
        cancelled: str,
        on_done: Callable[[], None],
        total: int = 0,
    ) -> None:
        """Start ``make()`` through the event's action entry, off the window's thread, reporting here.

        ``total`` 0 shows a busy bar until progress arrives. Exports only read the event, so they do not
        wait for (or hold up) changes to it.
        """

        def steps(_db: EventDB) -> Generator[Progress, None, Change[None]]:
            yield from make()
            return Change(None)

        self.write_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self._say(busy)
        self.task = self.doc.actions.start(
            Action.long(busy.rstrip("…"), steps, writes=False),
            None,
            on_done=lambda _none: on_done(),
            on_error=self._failed,
            on_cancel=lambda: self._ended(cancelled),
            progress=self._progress,
        )

    def output_allowed(self, path: Path) -> bool:
        """Whether the export may write ``path`` (files are sacred: :mod:`govcamp.exports.outputs`): an event
        file, its sidecars, a backup or a link is refused in the message line; an existing file is replaced
        only when the person says so."""
        try:
            outputs.check_output(path)
        except outputs.OutputExistsError:
            parent = self if isinstance(self, QWidget) else None
            answer = QMessageBox.question(
                parent,
                translate("export_runner", "Replace the file?"),
                fmt(
                    translate("export_runner", "%1 already exists in %2. Replace it?"), path.name, path.parent
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self._say(fmt(translate("export_runner", "Nothing was written; %1 was kept."), path.name))
                return False
        except GovcampError as exc:
            self._say(str(exc))
            return False
        return True

    @staticmethod
    def safely(path: Path, make: Callable[[Path], Iterator[Progress]]) -> Iterator[Progress]:
        """``make(partial)`` writes a temporary file beside ``path``, then put in its place (flushed to disk);
        on Cancel or failure ``path`` is untouched. Call :meth:`output_allowed` first."""
        return outputs.steps(path, make, check=False)

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
        self._ended(f"{self.failure}: {words(exc)}")
