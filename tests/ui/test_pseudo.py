"""The pseudo-translation run (issue 14): every string 40 % longer and accented, and no text clipped.

The check itself is tested first on widgets made too small on purpose, so it can fail.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from govcamp.ui.main_window import MainWindow
from tests.ui.pseudo import build_qm, clipped_texts, pseudo_text, pseudo_ts, pseudo_widgets
from tests.ui.screens import SIZES, settle, slug, walk_pages


def test_pseudo_text_is_longer_accented_and_keeps_placeholders() -> None:
    text = "Save %1 of %n &files to <b>%L2</b> &amp; more"
    pseudo = pseudo_text(text)
    for kept in ("%1", "%n", "&f", "<b>", "%L2", "</b>", "&amp;"):
        assert kept in pseudo
    assert "Šáṽé" in pseudo

    def shown(value: str) -> str:
        return re.sub(r"<[^>]+>", "", value).replace("&amp;", "&").replace("&f", "f")

    assert len(shown(pseudo)) >= len(shown(text)) * 1.4
    assert pseudo_text("OK").startswith("[ÓĶ") and len(pseudo_text("OK")) >= 3
    assert pseudo_text("") == ""


def test_the_pseudo_ts_compiles_and_loads(qapp: object, tmp_path: Path) -> None:
    source = tmp_path / "small.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="cy">'
        "<context><name>Ctx</name>"
        '<message><source>Check in</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n people</source><translation type="unfinished">'
        "<numerusform></numerusform></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    target = tmp_path / "pseudo.ts"
    assert pseudo_ts(source, target) == 2
    import subprocess
    import sys

    qm = tmp_path / "pseudo.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(target), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Ctx", "Check in") == pseudo_text("Check in")
        assert QCoreApplication.translate("Ctx", "%n people", None, 3) == pseudo_text("%n people").replace(
            "%n", "3"
        )
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_check_fails_on_text_made_too_narrow(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    narrow = QLabel("A label far too long for its forty pixels")
    narrow.setObjectName("narrow")
    narrow.setFixedWidth(40)
    short = QLabel("A wrapped label, " * 8)
    short.setObjectName("short")
    short.setWordWrap(True)
    short.setFixedSize(120, 20)
    elided = QLabel("Elided on purpose…")
    elided.setObjectName("elided")
    elided.setToolTip("Elided on purpose, and the whole text is in the tooltip")
    elided.setFixedWidth(30)
    fine = QLabel("Fits")
    fine.setObjectName("fine")
    box = QCheckBox("A check box with a long, long text")
    box.setObjectName("box")
    box.setFixedWidth(50)
    button = QPushButton("A button with a long text")
    button.setObjectName("button")
    button.setFixedWidth(40)
    group = QGroupBox("A group box title that is long")
    group.setObjectName("group")
    group.setFixedWidth(60)
    for widget in (narrow, short, elided, fine, box, button, group):
        layout.addWidget(widget)
    page.show()
    qtbot.waitExposed(page)
    names = sorted(c.widget for c in clipped_texts(page))
    assert names == sorted(
        ["QLabel(narrow)", "QLabel(short)", "QCheckBox(box)", "QPushButton(button)", "QGroupBox(group)"]
    )


@pytest.fixture
def pseudo_translation(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    qm, count = build_qm(tmp_path_factory.mktemp("pseudo"))
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield count
    QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_no_page_clips_pseudo_translated_text(
    qtbot: QtBot, demo: Path, tmp_path: Path, pseudo_translation: int, size: tuple[int, int]
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    assert window.open_path(demo, interactive=False)
    problems: list[str] = []
    try:
        for number, title in walk_pages(window):
            if pseudo_translation < 100:
                # Until the window's strings are all behind tr(), the shown texts stand in for them.
                pseudo_widgets(window)
                settle(0.1)
            window.grab().save(str(tmp_path / f"{size[0]}x{size[1]}-{number}-{slug(title)}.png"))
            problems.extend(f"{title}: {clip}" for clip in clipped_texts(window))
            if window.width() > size[0] or window.height() > size[1]:
                # A page whose longer words need more room than the screen has: cut off at the edge.
                problems.append(f"{title}: forces the window to {window.width()}×{window.height()}")
    finally:
        window.close_event()
    assert problems == [], "\n".join(problems)
