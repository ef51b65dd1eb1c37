"""One way to perform an action in the window, in the spirit of Anki's ``CollectionOp``.

Every change a page makes to the event goes through the open event's entry, ``doc.actions``. The entry
asks first when the action says so, runs it (on the window's thread, or on the one database worker with a
progress dialog when it is long), catches :class:`~govcamp.domain.errors.GovcampError` in one place and
shows it in words, pushes the undo step — or, for what cannot be undone, clears the undo stack so that no
impossible Undo is ever offered — and announces what changed with a typed :class:`Topic`.

How to write an action
----------------------
An action's ``run`` calls services and returns a :class:`Change`: the result, and either the
:class:`Step` that undoes it, :data:`CANNOT_UNDO`, or ``None`` when nothing changed::

    from govcamp.ui.actions import Action, Change, Reverse, Topic

    def rename_room(room_id: int, before: RoomInput, after: RoomInput) -> Action[RoomValue]:
        def run(db: EventDB) -> Change[RoomValue]:
            value = room_service.update_room(db, room_id, after)
            step = Reverse(
                f"Edit room “{after.name}”",
                Topic.ROOMS,
                undo=lambda db: room_service.update_room(db, room_id, before),
                redo=lambda db: room_service.update_room(db, room_id, after),
            )
            return Change(value, step)

        return Action("Edit room", run, Topic.ROOMS)

    value = doc.actions.run(rename_room(7, before, after), parent=self)  # None: refused, reason shown

A step that must remember something between undo and redo (a snapshot of a removed room) subclasses
:class:`Step`. Several service calls that make one change are one :class:`Macro` (one Ctrl+Z); better
still, one service call that changes several rows (a swap is one
:class:`~govcamp.domain.pitching.GridChange`).

- **Cannot be undone** (commit, draw, reset, offer expiry, publish): ``Action(..., irreversible=True,
  confirm=Confirm(...))`` and ``run`` returns ``Change(result, CANNOT_UNDO)``. The entry asks (Cancel does
  nothing), runs it, and clears the undo stack.
- **Destructive but undoable** (remove a room that holds sessions): give a ``confirm`` that says what will
  happen, with counts and names.
- **Long** (draw, simulation, the solver, exports): ``Action.long(title, steps, topics)`` where ``steps(db)``
  is a generator yielding ``(done, total, message)`` and returning the ``Change``; start it with
  ``doc.actions.start(action, parent, on_done=...)``. Work that writes the event runs on one worker thread,
  so writes are serialised; while it runs, other changes are refused with a message.
- **Errors in your own words**: pass ``on_error=``, or call ``doc.actions.perform(action)``, which
  returns the result and raises the GovcampError instead (a dialog that shows the problem beside the
  field and stays open does; Cancel at the question raises :class:`NotDoneError`).
- **Changed, but not a step of Undo** (a note's text, which its editor's own undo covers): return
  ``Change(result, untracked=Topic.NOTES)`` so the topic is still announced.

Undo and redo (the Edit menu, ``Ctrl+Z``, or ``doc.undo_stack.undo()``) go through the entry too: the step
runs first, and if the services refuse, the refusal is shown in words and the stack does not move.

Pages listen with ``doc.subscribe(self, Topic.GRID | Topic.SESSIONS, self._on_changed)``; the callback gets
the topics that changed. Undo and redo announce their step's topics too.

The old way, for a page written before this module
--------------------------------------------------
:class:`govcamp.ui.commands.ServiceCommand` / :func:`~govcamp.ui.commands.push_done` and
``doc.notify("word")`` / ``doc.changed`` (a ``str`` signal) still work as a thin shim over this module.
Converting such a page: make each ``ServiceCommand`` subclass a :class:`Step` (``apply`` → ``redo(db)``,
``revert`` → ``undo(db)``); wrap the first call and ``push_done`` in an :class:`Action` run by
``doc.actions.run``; replace its ``try/except GovcampError`` around it by the entry's error message (or
``on_error``); replace ``doc.notify("checkin")`` by the action's topics and ``doc.changed.connect`` by
``doc.subscribe`` (``Topic.from_word`` maps the old words). For example, a check-in page's::

    try:
        ticket_service.check_in(doc.db, person_id)
    except GovcampError as exc:
        QMessageBox.warning(self, "Check-in", str(exc))
        return
    push_done(doc, CheckInCommand(doc, person_id))
    doc.notify("checkin")

becomes::

    def check_in_action(person_id: int) -> Action[None]:
        def run(db: EventDB) -> Change[None]:
            ticket_service.check_in(db, person_id)
            return Change(None, Reverse("Check in", Topic.CHECKIN | Topic.TICKETS,
                                        undo=lambda db: ticket_service.undo_check_in(db, person_id),
                                        redo=lambda db: ticket_service.check_in(db, person_id)))
        return Action("Check in", run, Topic.CHECKIN | Topic.TICKETS)

    doc.actions.run(check_in_action(person_id), self)
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from govcamp.domain.errors import GovcampError
from govcamp.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate
from govcamp.ui.workers import GeneratorTask, Progress

if TYPE_CHECKING:
    # Types only: the Event & rooms page (which needs Topic) is drawn before the database stack loads.
    from govcamp.services.eventfiles import EventDB
    from govcamp.ui.document import EventDocument

T = TypeVar("T")


class Topic(enum.Flag):
    """What an action changed; pages subscribe to the topics they show. Combine with ``|``."""

    NONE = 0
    EVENT = enum.auto()
    ROOMS = enum.auto()
    SLOTS = enum.auto()
    APPLICANTS = enum.auto()
    LOTTERY = enum.auto()
    TICKETS = enum.auto()
    CHECKIN = enum.auto()
    SESSIONS = enum.auto()
    GRID = enum.auto()
    NOTES = enum.auto()

    @classmethod
    def everything(cls) -> Topic:
        result = cls(0)
        for member in cls:
            result |= member
        return result

    @classmethod
    def from_word(cls, word: str) -> Topic:
        """The topic an old-style ``doc.notify(word)`` meant; an unknown word means everything."""
        member = cls.__members__.get(word.upper())
        return member if member is not None else cls.everything()

    def words(self) -> list[str]:
        """The old-style words of these topics, for pages still listening to ``doc.changed``."""
        return [member.name.lower() for member in type(self) if member in self and member.name]


# ---------------------------------------------------------------------------------------------- steps


class Step:
    """Undoes and redoes one change the event has already made. Subclasses keep snapshots on ``self``."""

    def __init__(self, text: str, topics: Topic) -> None:
        self.text = text
        self.topics = topics

    def undo(self, db: EventDB) -> None:
        raise NotImplementedError

    def redo(self, db: EventDB) -> None:
        raise NotImplementedError


class Reverse(Step):
    """A step made of two service calls that need no memory: one undoes, the other does it again."""

    def __init__(
        self,
        text: str,
        topics: Topic,
        *,
        undo: Callable[[EventDB], object],
        redo: Callable[[EventDB], object],
    ) -> None:
        super().__init__(text, topics)
        self._undo, self._redo = undo, redo

    def undo(self, db: EventDB) -> None:
        self._undo(db)

    def redo(self, db: EventDB) -> None:
        self._redo(db)


class Macro(Step):
    """Several steps as one Ctrl+Z: undone last first, redone in order."""

    def __init__(self, text: str, steps: Sequence[Step]) -> None:
        topics = Topic.NONE
        for step in steps:
            topics |= step.topics
        super().__init__(text, topics)
        self.steps = tuple(steps)

    def undo(self, db: EventDB) -> None:
        for step in reversed(self.steps):
            step.undo(db)

    def redo(self, db: EventDB) -> None:
        for step in self.steps:
            step.redo(db)


class NotDoneError(GovcampError):
    """The person chose Cancel, or a long change was still running (see :meth:`ActionEntry.perform`)."""


class OfflineError(NotDoneError):
    """The shared event's server is out of reach: the change was refused before anything was done."""


class _CannotUndo:
    def __repr__(self) -> str:
        return "CANNOT_UNDO"


#: What an action's ``Change`` carries when what it did cannot be undone: the undo stack is cleared.
CANNOT_UNDO = _CannotUndo()


@dataclass(frozen=True)
class Change(Generic[T]):
    """What a run returns: its result and its inverse (a Step), CANNOT_UNDO, or None (nothing changed)."""

    result: T
    inverse: Step | _CannotUndo | None = None
    #: Announce these even without an inverse: a change kept out of Undo on purpose (a note's text,
    #: which its editor's own undo covers).
    untracked: Topic = Topic.NONE


@dataclass(frozen=True)
class Confirm:
    """The question asked before an action; ``yes`` is the button's verb (“Draw”, “Remove room”)."""

    title: str
    text: str
    details: str = ""
    yes: str = "&Yes"


@dataclass(frozen=True)
class Action(Generic[T]):
    """An action a page hands to ``doc.actions``. See the module's docstring for how to write one."""

    title: str
    run: Callable[[EventDB], Change[T]] | None = None
    topics: Topic = Topic.NONE
    confirm: Confirm | None = None
    irreversible: bool = False
    #: Long work: a generator yielding ``(done, total, message)`` that returns the Change.
    steps: Callable[[EventDB], Generator[Progress, None, Change[T]]] | None = None
    #: False for long work that only reads (a simulation, the solver's search, an export).
    writes: bool = True

    @staticmethod
    def long(
        title: str,
        steps: Callable[[EventDB], Generator[Progress, None, Change[T]]],
        topics: Topic = Topic.NONE,
        *,
        confirm: Confirm | None = None,
        irreversible: bool = False,
        writes: bool = True,
    ) -> Action[T]:
        return Action(
            title, None, topics, confirm=confirm, irreversible=irreversible, steps=steps, writes=writes
        )


IRREVERSIBLE_NOTE = QT_TRANSLATE_NOOP(
    "actions", "This cannot be undone, so Undo will forget the steps before it."
)


def words(exc: BaseException) -> str:
    """An error as a person reads it: a GovcampError's own sentence, anything else named as a fault."""
    if isinstance(exc, GovcampError):
        return str(exc)
    if isinstance(exc, OSError) and exc.strerror:  # the disk, not a fault: “Permission denied: /media/…”
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    return fmt(
        translate("actions", "Something went wrong inside govcamp (%1: %2). Nothing more was changed."),
        exc.__class__.__name__,
        exc,
    )


# ---------------------------------------------------------------------------------------- the stack


class _Command(QUndoCommand):
    """A Step on the undo stack. The entry does the work itself (so a refusal leaves the stack where it
    was), then lets the stack move with ``skip`` set; the first redo, from ``push``, is skipped too."""

    def __init__(self, step: Step, db: EventDB) -> None:
        super().__init__(step.text)
        self.step = step
        self.db = db
        self.skip = True

    def redo(self) -> None:
        if self.skip:
            self.skip = False
        else:
            self.step.redo(self.db)

    def undo(self) -> None:
        if self.skip:
            self.skip = False
        else:
            self.step.undo(self.db)


class ActionStack(QUndoStack):
    """The event's undo stack; ``undo``/``redo`` go through the entry so that a refusal moves nothing."""

    def __init__(self, entry: ActionEntry) -> None:
        super().__init__(entry)
        self._entry = entry

    def undo(self) -> None:
        self._entry.undo()

    def redo(self) -> None:
        self._entry.redo()

    def move(self, back: bool) -> None:
        if back:
            QUndoStack.undo(self)
        else:
            QUndoStack.redo(self)


# ---------------------------------------------------------------------------------------- the entry


class Subscription(QObject):
    """Delivers announcements to one page; a child of it, so it goes when the page goes."""

    def __init__(self, owner: QObject, topics: Topic, callback: Callable[[Topic], object]) -> None:
        super().__init__(owner)
        self.topics = topics
        self.callback = callback

    def deliver(self, topics: object) -> None:
        if isinstance(topics, Topic) and topics & self.topics:
            self.callback(topics)


class ActionEntry(QObject):
    """The one entry for actions on an open event (``doc.actions``)."""

    #: (title, words) of every problem shown: for the status bar and for tests.
    failed = Signal(str, str)
    #: The title of the long write that is running, or "" when none is.
    busy_changed = Signal(str)

    def __init__(self, doc: EventDocument) -> None:
        super().__init__(doc)
        self.doc = doc
        self.stack = ActionStack(self)
        self.busy = ""
        # One worker for long work that writes the event: writes never overlap (Anki's task manager).
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)

    # -------------------------------------------------------------------------------------- running

    def run(
        self,
        action: Action[T],
        parent: QWidget | None = None,
        *,
        on_error: Callable[[GovcampError], object] | None = None,
        _quiet: bool = False,
    ) -> T | None:
        """Ask if it asks, run it now, record its undo step and announce; None if refused or cancelled."""
        if action.run is None:
            raise TypeError(f"“{action.title}” is long work: start it with ActionEntry.start")
        if self._refuse_while_offline(action.title, parent, on_error, quiet=_quiet):
            return None
        if self._refuse_while_busy(action.title, parent) or not self.ask(action, parent):
            return None
        try:
            change = action.run(self.doc.db)
        except GovcampError as exc:
            self._reload_if_changed_elsewhere(exc, action.topics)
            self._fail(action.title, exc, parent, on_error, quiet=_quiet)
            return None
        except Exception as exc:
            if not self._lost(exc):
                raise
            # The server went away under this very action: its transaction was never committed.
            self._fail(action.title, OfflineError(self._offline_text()), parent, on_error, quiet=_quiet)
            return None
        self._settle(action, change)
        return change.result

    def perform(self, action: Action[T], parent: QWidget | None = None) -> T:
        """Like :meth:`run`, for a caller that shows problems itself (a dialog, inline): raises instead.

        Raises:
            GovcampError: the services refused; NotDoneError when the person said Cancel or must wait.
        """

        def reraise(exc: GovcampError) -> None:
            raise exc

        outcome: list[T] = []

        def keep(db: EventDB) -> Change[T]:
            assert action.run is not None
            change = action.run(db)
            outcome.append(change.result)
            return change

        self.run(
            Action(action.title, keep, action.topics, action.confirm, action.irreversible),
            parent,
            on_error=reraise,
            _quiet=True,  # the caller shows the problem where it belongs
        )
        if not outcome:
            raise NotDoneError(f"“{action.title}” was not done.")
        return outcome[0]

    def start(
        self,
        action: Action[T],
        parent: QWidget | None = None,
        *,
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        on_cancel: Callable[[], object] | None = None,
        progress: Callable[[int, int, str], object] | None = None,
    ) -> GeneratorTask | None:
        """Run long work off the window's thread behind a progress dialog (or the caller's ``progress``).

        Returns the task (Cancel it with ``task.cancel()``), or None if refused or cancelled at the question.
        """
        if action.steps is None:
            raise TypeError(f"“{action.title}” is not long work: run it with ActionEntry.run")
        writes = action.writes
        if self._refuse_while_offline(action.title, parent, on_error):
            return None
        if (writes and self._refuse_while_busy(action.title, parent)) or not self.ask(action, parent):
            return None
        steps = action.steps
        db = self.doc.db
        task = GeneratorTask(lambda: steps(db))
        dialog: QProgressDialog | None = None
        if progress is None:
            dialog = QProgressDialog(action.title, translate("actions", "Cancel"), 0, 0, parent)
            dialog.setWindowTitle(action.title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(task.cancel)

            def show(done: int, total: int, message: str) -> None:
                assert dialog is not None
                dialog.setMaximum(max(total, 1))
                dialog.setValue(min(done, max(total, 1)))
                dialog.setLabelText(message)

            progress = show

        def end() -> None:
            if dialog is not None:
                dialog.reset()
                dialog.hide()
                dialog.deleteLater()
            if writes:
                self._set_busy("")

        def finished() -> None:
            end()
            change = task.result
            if not isinstance(change, Change):
                change = Change(change)
            self._settle(action, change)
            if on_done is not None:
                on_done(change.result)

        def failed(exc: BaseException) -> None:
            end()
            if self._lost(exc):
                exc = OfflineError(self._offline_text())
            self._fail(action.title, exc, parent, on_error)

        def cancelled() -> None:
            end()
            if on_cancel is not None:
                on_cancel()

        task.signals.progress.connect(progress)
        task.signals.finished.connect(finished)
        task.signals.failed.connect(failed)
        task.signals.cancelled.connect(cancelled)
        task.setAutoDelete(False)
        if writes:
            self._set_busy(action.title)
            self._writer.start(task)
        else:
            QThreadPool.globalInstance().start(task)
        return task

    def record(self, step: Step) -> None:
        """Put a change already made (by a caller of the old API) on the stack, and announce it."""
        self.stack.push(_Command(step, self.doc.db))
        self.doc.announce(step.topics)

    def ask(self, action: Action[Any], parent: QWidget | None) -> bool:
        """Ask the action's question, if it has one; True to go ahead."""
        confirm = action.confirm
        if confirm is None:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, confirm.title, confirm.text, parent=parent)
        box.setObjectName("confirmAction")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(confirm.yes)
        details = [confirm.details] if confirm.details else []
        if action.irreversible:
            details.append(translate("actions", IRREVERSIBLE_NOTE))
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        else:
            box.setDefaultButton(QMessageBox.StandardButton.Yes)
        if details:
            box.setInformativeText("\n\n".join(details))
        return box.exec() == QMessageBox.StandardButton.Yes

    def _settle(self, action: Action[Any], change: Change[Any]) -> None:
        inverse = change.inverse
        topics = action.topics
        if isinstance(inverse, Step):
            self.stack.push(_Command(inverse, self.doc.db))
            topics |= inverse.topics
        elif inverse is CANNOT_UNDO:
            self.stack.clear()
        else:
            topics = change.untracked  # nothing undoable changed: announce only what it says
        self.doc.announce(topics)

    def _fail(
        self,
        title: str,
        exc: BaseException,
        parent: QWidget | None,
        on_error: Callable[[Any], object] | None,
        *,
        quiet: bool = False,
    ) -> None:
        text = words(exc)
        if not quiet:
            self.failed.emit(title, text)
        if on_error is not None:
            on_error(exc)
        else:
            QMessageBox.warning(parent, title, text)

    def _reload_if_changed_elsewhere(self, exc: GovcampError, topics: Topic) -> None:
        """Another desk changed what this one was saving: show theirs at once, behind the message."""
        from govcamp.services.versions import ChangedElsewhereError

        if isinstance(exc, ChangedElsewhereError) and topics:
            self.doc.announce(topics)

    def _set_busy(self, title: str) -> None:
        self.busy = title
        self.busy_changed.emit(title)

    def _refuse_while_busy(self, title: str, parent: QWidget | None) -> bool:
        if not self.busy:
            return False
        text = fmt(translate("actions", "Wait for “%1” to finish, then try again."), self.busy)
        self.failed.emit(title, text)
        QMessageBox.information(parent, title, text)
        return True

    # ------------------------------------------------------------------------------- the connection

    def _offline_text(self) -> str:
        from govcamp.ui.connection import OFFLINE_TEXT

        return translate("connection", OFFLINE_TEXT)

    def _lost(self, exc: BaseException) -> bool:
        """Whether ``exc`` means the shared event's server went away (the watch is told at once)."""
        from govcamp.services.connection import is_connection_lost

        if not is_connection_lost(self.doc.db, exc):
            return False
        self.doc.connection.went_away(words(exc))
        return True

    def _refuse_while_offline(
        self,
        title: str,
        parent: QWidget | None,
        on_error: Callable[[Any], object] | None,
        *,
        quiet: bool = False,
    ) -> bool:
        """While the server is out of reach, refuse before anything is done, in the same words each time."""
        if self.doc.connection.online:
            return False
        self._fail(title, OfflineError(self._offline_text()), parent, on_error, quiet=quiet)
        return True

    def wait(self) -> None:
        """Block until the long change that is writing, if any, has finished."""
        self._writer.waitForDone()

    # ------------------------------------------------------------------------------------ undo/redo

    def undo(self) -> None:
        self._move(back=True)

    def redo(self) -> None:
        self._move(back=False)

    def _move(self, *, back: bool) -> None:
        stack = self.stack
        index = stack.index() - 1 if back else stack.index()
        if not 0 <= index < stack.count():
            return
        command = stack.command(index)
        title = fmt(
            translate("actions", "Undo %1") if back else translate("actions", "Redo %1"), command.text()
        )
        failed = fmt(
            translate("actions", "Cannot undo “%1”") if back else translate("actions", "Cannot redo “%1”"),
            command.text(),
        )
        if self._refuse_while_offline(title, None, None) or self._refuse_while_busy(title, None):
            return
        if not isinstance(command, _Command):  # a command pushed straight onto the stack
            stack.move(back)
            return
        try:
            if back:
                command.step.undo(self.doc.db)
            else:
                command.step.redo(self.doc.db)
        except GovcampError as exc:
            # The service refused, so the event is as it was: the stack stays where it is too.
            self._reload_if_changed_elsewhere(exc, command.step.topics)
            self._fail(failed, exc, None, None)
            return
        except Exception as exc:
            if not self._lost(exc):
                raise
            self._fail(failed, OfflineError(self._offline_text()), None, None)
            return
        command.skip = True
        stack.move(back)
        self.doc.announce(command.step.topics)


__all__ = [
    "CANNOT_UNDO",
    "Action",
    "ActionEntry",
    "ActionStack",
    "Change",
    "Confirm",
    "Macro",
    "NotDoneError",
    "OfflineError",
    "Reverse",
    "Step",
    "Topic",
    "words",
]
