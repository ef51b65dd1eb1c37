"""The window's side of sharing an event: Share on the Network…, Stop Sharing, Join…, Save a Copy to File….

:class:`NetworkActions` belongs to the main window and adds these to its File menu. Everything slow runs
off the window's thread behind a progress dialog (:func:`~govcamp.ui.workers.run_with_progress`): starting
the private server (``initdb``, the copy through the migrations), reaching another laptop, copying a shared
event back into a file. The services do the work (:mod:`govcamp.services.hosting`,
:mod:`govcamp.services.joining`, :mod:`govcamp.services.sharing`).
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from govcamp.domain.errors import GovcampError
from govcamp.ui import settings
from govcamp.ui.i18n import fmt, translate
from govcamp.ui.workers import GeneratorTask, Progress, run_with_progress

if TYPE_CHECKING:
    from govcamp.services.eventfiles import EventDB
    from govcamp.services.hosting import HostedEvent
    from govcamp.ui.main_window import MainWindow
    from govcamp.ui.sharing_dialogs import SharingDialog

EVENT_FILTER = "govcamp events (*.govcamp);;All files (*)"


class NetworkActions(QObject):
    """Share, stop, join and copy back, for one main window (``window.network``).

    ``interactive=False`` (tests, scripts) shows no modal box: problems go only to :attr:`problem`, and
    questions are answered Yes.
    """

    #: (title, words) of every problem, as the box shows it.
    problem = Signal(str, str)
    #: The file a Stop Sharing wrote, once written.
    stopped = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.hosted: HostedEvent | None = None
        self.dialog: SharingDialog | None = None
        self.task: GeneratorTask | None = None
        self.interactive = True

    # ---------------------------------------------------------------------------------------- the menu

    def add_to(self, menu: QMenu) -> None:
        def action(text: str, slot: Callable[[], object]) -> QAction:
            made = QAction(text, self.window)
            made.triggered.connect(lambda _checked=False: slot())
            menu.addAction(made)
            return made

        self.share_action = action(translate("network", "Share on the Ne&twork…"), self.share_on_network)
        self.details_action = action(translate("network", "Sharing Detai&ls…"), self.show_details)
        self.stop_action = action(translate("network", "Stop S&haring…"), self.stop_sharing)
        self.join_action = action(translate("network", "&Join…"), self.join)
        self.update()

    def update(self) -> None:
        """Enable what fits the open event: a file can be shared; a shared event hosted here, stopped."""
        doc = self.window.doc
        on_file = doc is not None and doc.db.path is not None and doc.db.read_only is None
        self.share_action.setEnabled(on_file and self.hosted is None)
        self.details_action.setEnabled(self.hosted is not None)
        self.stop_action.setEnabled(self.hosted is not None)

    def _words(self, exc: BaseException) -> str:
        from govcamp.ui.actions import words  # with the database stack: after the first frame

        return words(exc)

    def _say(self, title: str, text: str) -> None:
        self.problem.emit(title, text)
        if self.interactive:
            QMessageBox.warning(self.window, title, text)

    def _ask(self, title: str, text: str, yes: str) -> bool:
        if not self.interactive:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.window)
        box.setObjectName("networkQuestion")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(yes)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------------------------------------- share

    def share_on_network(self, listen: str | None = None, port: int | None = None) -> None:
        """Host the open event file from this laptop; the window then works on the shared event.

        ``listen`` is asked when not given (the venue network, or this laptop only); ``port`` is 5432
        when free, another free one otherwise.
        """
        from govcamp.services.hosting import HostedEvent, lan_address

        doc = self.window.doc
        if doc is None or doc.db.path is None or self.hosted is not None:
            return
        source = doc.db.path
        if listen is None:
            lan = lan_address()
            venue = fmt(translate("network", "The venue network — %1 (other laptops can join)"), lan)
            choices = [venue] if lan != "127.0.0.1" else []
            choices.append(translate("network", "This laptop only — 127.0.0.1 (to try it out)"))
            choice, ok = QInputDialog.getItem(
                self.window,
                translate("network", "Share on the network"),
                translate("network", "Who can join the shared event?"),
                choices,
                0,
                False,
            )
            if not ok:
                return
            listen = lan if choice == venue and lan != "127.0.0.1" else "127.0.0.1"
        hosted = HostedEvent(source, listen=listen, port=port)

        def started() -> None:
            self.task = None
            self.hosted = hosted
            self.window.close_event()
            if not self.window.open_path(hosted.local_url, interactive=self.interactive, remember=False):
                self.stop_sharing(ask=False)  # nothing can use it: stop it, with the final copy written
                return
            self.update()
            self.show_details()

        def failed(exc: BaseException) -> None:
            self.task = None
            self._say(translate("network", "Cannot share the event"), self._words(exc))

        self.task = run_with_progress(
            self.window,
            translate("network", "Sharing on the network…"),
            hosted.start_steps,
            on_done=started,
            on_error=failed,
            on_cancel=lambda: setattr(self, "task", None),
        )

    def show_details(self) -> None:
        """The join string and address as text and QR code, the password, and how to stop."""
        from govcamp.ui.sharing_dialogs import SharingDialog

        hosted = self.hosted
        if hosted is None or hosted.joining is None:
            return
        if self.dialog is None:
            self.dialog = SharingDialog(hosted.joining, hosted.final_copy().name, self.window)
            self.dialog.accepted.connect(lambda: self.stop_sharing())
        self.dialog.show()

    def stop_sharing(self, *, ask: bool = True, then: Callable[[], object] | None = None) -> None:
        """Write the shared event's final state to a new file beside the event file and stop the server.

        The new file is then opened here, so the host carries on with everything the desks did.
        """
        hosted = self.hosted
        if hosted is None:
            if then is not None:
                then()
            return
        target = hosted.final_copy()
        if ask and not self._ask(
            translate("network", "Stop sharing?"),
            fmt(
                translate(
                    "network",
                    "Other laptops lose the shared event when it stops.\n\n"
                    "Its final state is written to %1 in %2; the event file %3 itself is not changed.",
                ),
                target.name,
                target.parent,
                hosted.source.name,
            ),
            translate("network", "&Stop Sharing"),
        ):
            return
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self.window.close_event()

        def steps() -> Generator[Progress, None, Path]:
            yield (
                0,
                1,
                fmt(
                    translate("network", "Writing the shared event to %1 and stopping the server…"),
                    target.name,
                ),
            )
            return hosted.finish()

        def finished() -> None:
            written = task.result
            self._stopped()
            assert isinstance(written, Path)
            self.stopped.emit(written)
            self.window.open_path(written, interactive=self.interactive)
            self.window.statusBar().showMessage(
                fmt(
                    translate(
                        "network", "Stopped sharing. The final state is in %1 (open now); %2 is unchanged."
                    ),
                    written,
                    hosted.source.name,
                ),
                30000,
            )
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            self._stopped()
            self._say(translate("network", "Sharing stopped, but the final copy failed"), self._words(exc))
            if then is not None:
                then()

        task = run_with_progress(
            self.window,
            translate("network", "Stopping sharing…"),
            steps,
            on_done=finished,
            on_error=failed,
            on_cancel=None,
        )
        self.task = task

    def _stopped(self) -> None:
        self.hosted = None
        self.task = None
        self.update()

    # -------------------------------------------------------------------------------------------- join

    def join(self, address: str | None = None, password: str = "") -> None:
        """Join a shared event: ask for the address (and password) unless given, then open it."""
        from govcamp.services import joining

        if address is not None:
            try:
                needs_password = joining.parse_address(address, password).password is None
            except GovcampError as exc:
                self._say(translate("network", "Cannot join the shared event"), str(exc))
                return
        if address is None or needs_password:  # a remembered address: its password is never kept
            from govcamp.ui.sharing_dialogs import JoinDialog

            dialog = JoinDialog(address or "", self.window)
            if not dialog.exec():
                return
            address, password = dialog.address.text(), dialog.password.text()
        try:
            target = joining.parse_address(address, password)
        except GovcampError as exc:
            self._say(translate("network", "Cannot join the shared event"), str(exc))
            return

        def steps() -> Generator[Progress, None, EventDB]:
            yield 0, 2, fmt(translate("network", "Reaching %1…"), target.where)
            joining.reach(target)
            yield 1, 2, translate("network", "Opening the shared event…")
            return joining.join(target)

        def joined() -> None:
            self.task = None
            db = task.result
            self.window.install_joined(db)
            settings.add_recent_text(joining.without_password(target.url))
            self.window.refresh_recent()

        def failed(exc: BaseException) -> None:
            self.task = None
            self._say(translate("network", "Cannot join the shared event"), self._words(exc))

        task = run_with_progress(
            self.window,
            translate("network", "Joining the shared event…"),
            steps,
            on_done=joined,
            on_error=failed,
        )
        self.task = task

    # ----------------------------------------------------------------------------------- copy to file

    def save_copy_dialog(self) -> None:
        """File ▸ Save a Copy to File… on a shared event: choose where, then copy it there."""
        doc = self.window.doc
        if doc is None:
            return
        from govcamp.paths import documents_dir

        suggestion = documents_dir() / "shared event copy.govcamp"
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("network", "Save a copy of the shared event"),
            str(suggestion),
            EVENT_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,  # asked below, in govcamp's own words
        )
        if chosen:
            self.save_copy_to(Path(chosen if chosen.endswith(".govcamp") else chosen + ".govcamp"))

    def save_copy_to(self, target: Path, *, replace: bool | None = None) -> None:
        """Copy the shared event into the new event file ``target`` (a USB stick's), in the background.

        An existing file is replaced only when the person says so (``replace``: the answer given
        beforehand); an event file or a backup is never written over.
        """
        from govcamp.services.sharing import unshare_event

        doc = self.window.doc
        if doc is None:
            return
        url = doc.db.url
        if target.exists():
            if replace is None:
                replace = self.interactive and self._ask(
                    translate("network", "Replace the file?"),
                    fmt(
                        translate("network", "%1 already exists in %2. Replace it with the copy?"),
                        target.name,
                        target.parent,
                    ),
                    translate("network", "&Replace"),
                )
            if not replace:
                self._say(
                    translate("network", "Not saved"),
                    fmt(
                        translate("network", "%1 already exists; nothing was written. Choose another name."),
                        target,
                    ),
                )
                return

        def steps() -> Generator[Progress, None, Path]:
            yield 0, 1, fmt(translate("network", "Copying the shared event into %1…"), target.name)
            unshare_event(url, target, force=bool(replace))
            return target

        def finished() -> None:
            self.task = None
            self.window.statusBar().showMessage(
                fmt(translate("network", "Saved a copy of the shared event as %1"), target), 15000
            )

        def failed(exc: BaseException) -> None:
            self.task = None
            self._say(translate("network", "Cannot save a copy"), self._words(exc))

        self.task = run_with_progress(
            self.window, translate("network", "Saving a copy…"), steps, on_done=finished, on_error=failed
        )
