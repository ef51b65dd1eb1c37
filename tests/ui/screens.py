"""Screenshot every page of the demo event at laptop and desktop sizes, for a person to look at.

Run ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.screens OUT_DIR [--event FILE]``; it writes
``OUT_DIR/<width>x<height>-<n>-<page>.png`` (the demo event is written to OUT_DIR first unless --event
names one). ``tests/ui/test_screens.py`` uses the same helpers and asserts what the pictures show.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Iterator
from pathlib import Path

#: A small netbook, the common 13" laptop, a desktop monitor.
SIZES = ((1024, 600), (1366, 768), (1920, 1080))


def settle(seconds: float = 0.3) -> None:
    """Let deferred drawing and layout run (pages defer some work until just after they are shown)."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def slug(title: str) -> str:
    return title.lower().replace(" & ", "-").replace(" ", "-")


def walk_pages(window: object) -> Iterator[tuple[int, str]]:
    """Show each phase of the open event in turn, yielding its number and title once it is drawn."""
    from govcamp.ui.main_window import PHASES, MainWindow

    assert isinstance(window, MainWindow)
    for number, (title, _promise) in enumerate(PHASES, start=1):
        window.show_phase(number - 1)
        settle()
        yield number, title


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--event", type=Path)
    parser.add_argument("--language", choices=("en", "cy"), default="en", help="the window's language")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("GOVCAMP_HOME", str(args.out / "home"))

    from govcamp.services.demo import write_demo
    from govcamp.ui.app import make_app
    from govcamp.ui.i18n import use_language
    from govcamp.ui.main_window import MainWindow

    event = args.event
    if event is None:
        event = args.out / "demo.govcamp"
        if not event.exists():
            write_demo(event)
    make_app()
    use_language(args.language)
    suffix = "" if args.language == "en" else f"-{args.language}"
    for width, height in SIZES:
        window = MainWindow()
        window.resize(width, height)
        window.show()
        window.open_path(event, interactive=False)
        for number, title in walk_pages(window):
            name = args.out / f"{width}x{height}-{number}-{slug(title)}{suffix}.png"
            window.grab().save(str(name))
            print(name)
        window.close()
        window.deleteLater()
        settle()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
