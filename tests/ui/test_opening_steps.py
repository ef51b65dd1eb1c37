"""The steps an opening event is loaded in: in order, one on a thread of its own, all at once on demand."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from govcamp.ui.opening import Background, Steps


def test_steps_run_in_order_with_the_background_one_on_another_thread(qtbot: QtBot) -> None:
    owner = QObject()
    seen: list[tuple[str, bool]] = []
    main = threading.current_thread()

    def note(name: str) -> None:
        seen.append((name, threading.current_thread() is main))

    steps = Steps(owner, [lambda: note("first"), Background(lambda: note("loading")), lambda: note("last")])
    steps.start()
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen == [("first", True), ("loading", False), ("last", True)]


def test_run_rest_waits_for_the_background_step_and_runs_each_step_once(qtbot: QtBot) -> None:
    owner = QObject()
    release = threading.Event()
    seen: list[str] = []

    def slow() -> None:
        release.wait(10)
        seen.append("loaded")

    steps = Steps(owner, [Background(slow), lambda: seen.append("opened")])
    steps.start()
    qtbot.wait(50)  # the background step has started and is waiting
    assert seen == []
    threading.Timer(0.05, release.set).start()
    steps.run_rest()  # a person pressed Enter: everything left, now, in order
    assert seen == ["loaded", "opened"]
    qtbot.wait(50)  # the timer-driven steps find nothing left to do
    assert seen == ["loaded", "opened"]


def test_what_the_background_step_raises_is_raised_on_the_windows_thread() -> None:
    def broken() -> None:
        raise ImportError("no module named sqlalchemy")

    owner = QObject()
    steps = Steps(owner, [Background(broken)])
    with pytest.raises(ImportError, match="sqlalchemy"):
        steps.run_rest()
