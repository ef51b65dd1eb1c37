"""Driving modal dialogs: they run their own event loop, so the test acts from a timer."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QDeadlineTimer, QTimer
from PySide6.QtWidgets import QApplication, QDialog

D = TypeVar("D", bound=QDialog)


def with_dialog(kind: type[D], fill: Callable[[D], None], open_it: Callable[[], object]) -> list[str]:
    """Open a modal dialog with ``open_it``, then let ``fill`` type into it and press its buttons.

    Returns the problems seen: a dialog of the wrong kind, or one still open after ``fill`` (it is then
    cancelled, so a failing test fails instead of hanging).
    """
    problems: list[str] = []
    ran: list[bool] = []

    def act() -> None:
        ran.append(True)
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            problems.append(f"expected a {kind.__name__}, found {dialog!r}")
            if isinstance(dialog, QDialog):
                dialog.reject()
            return
        fill(dialog)
        if dialog.isVisible():
            error = getattr(dialog, "error", None)
            problems.append(f"dialog still open: {error.text() if error is not None else ''}")
            dialog.reject()

    QTimer.singleShot(0, act)
    open_it()
    deadline = QDeadlineTimer(5000)
    while not ran and not deadline.hasExpired():
        QApplication.processEvents()
    return problems
