"""Pseudo-translation: every window string 40 % longer and accented, to find text the layouts clip.

``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.pseudo OUT_DIR`` turns the window's Qt
translation source (``resources/translations/govcamp_cy.ts``; without it, a fresh ``pyside6-lupdate`` of
``govcamp/ui``) into a pseudo translation, compiles it with ``pyside6-lrelease``, loads it into the app,
screenshots every page at the three sizes of :mod:`tests.ui.screens` into OUT_DIR, and prints every label,
button, check box, group box and tab whose text does not fit. ``tests/ui/test_pseudo.py`` runs the same and
fails on any.

Placeholders (``%1``, ``%n``, ``%L1``), HTML tags and entities, and ``&`` mnemonics (the letter after the
``&`` is kept as it is, so shortcuts stay the same) pass through untouched.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
TS_SOURCE = ROOT / "resources" / "translations" / "govcamp_cy.ts"

_ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÅƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ",
)
#: What must come through unchanged: Qt's placeholders, printf ones, tags, entities, && and a mnemonic.
_KEEP = re.compile(r"%L?\d+|%n|%[sdi]|\{[^}]*\}|<[^>]+>|&[A-Za-z]+;|&#\d+;|&&|&\S")
_FILLER = "ļóŕéɱ íþšúɱ đóĺóŕ šíţ áɱéţ "


def pseudo_text(text: str) -> str:
    """``text`` accented and 40 % longer (at least one character more), its placeholders kept."""
    if not text.strip():
        return text
    out: list[str] = []
    shown = 0
    position = 0
    for match in _KEEP.finditer(text):
        plain = text[position : match.start()]
        out.append(plain.translate(_ACCENTS))
        shown += len(plain)
        token = match.group()
        out.append(token)
        if token.startswith("&") and len(token) == 2 and token != "&&":
            shown += 1
        elif not token.startswith(("<", "&")):
            shown += len(token)
        position = match.end()
    rest = text[position:]
    out.append(rest.translate(_ACCENTS))
    shown += len(rest)
    extra = max(1, math.ceil(shown * 0.4) - 2)
    filler = (_FILLER * (extra // len(_FILLER) + 1))[:extra].rstrip() or "ẋ"
    # Brackets show where a string starts and ends; the filler is words, so wrapping labels can wrap it.
    return f"[{''.join(out)} {filler}]"


def pseudo_ts(source: Path, target: Path) -> int:
    """Write ``target``: ``source`` with every message's translation its pseudo text; returns how many."""
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "en_GB")  # two plural forms: lrelease writes both from the English source
    count = 0
    for message in root.iter("message"):
        source_text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _form in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo_text(source_text)
        else:
            translation.text = pseudo_text(source_text)
        count += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return count


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise RuntimeError(f"{name} is not installed (it comes with PySide6)")
    return found


def source_ts(folder: Path) -> Path:
    """The window's .ts: the project's, or (until it exists) a fresh lupdate of govcamp/ui into ``folder``."""
    if TS_SOURCE.exists():
        return TS_SOURCE
    target = folder / "govcamp_fresh.ts"
    files = sorted(str(p) for p in (ROOT / "govcamp" / "ui").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *files, "-ts", str(target)], check=True, capture_output=True, timeout=300
    )
    return target


def build_qm(folder: Path) -> tuple[Path, int]:
    """The pseudo translation compiled: ``folder/govcamp_pseudo.qm`` and how many strings it holds."""
    folder.mkdir(parents=True, exist_ok=True)
    ts = folder / "govcamp_pseudo.ts"
    count = pseudo_ts(source_ts(folder), ts)
    qm = folder / "govcamp_pseudo.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=300
    )
    return qm, count


# ------------------------------------------------------------------------------------------ the check


@dataclass(frozen=True)
class Clipped:
    widget: str
    text: str
    needed: tuple[int, int]
    room: tuple[int, int]

    def __str__(self) -> str:
        return (
            f"{self.widget}: “{self.text[:60]}” needs {self.needed[0]}×{self.needed[1]} px, "
            f"has {self.room[0]}×{self.room[1]}"
        )


def shown_text(text: str) -> str:
    """What a label or button draws for ``text``: mnemonics' ``&`` hidden, ``&&`` one ampersand."""
    return re.sub(r"&(.)", r"\1", text)


def _name(widget: Any) -> str:
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName() or '…'})"


def _elided_on_purpose(widget: Any, text: str) -> bool:
    return "…" in text and bool(widget.toolTip())


def clipped_texts(top: Any) -> list[Clipped]:
    """Every visible label, button, check box, group box title and tab of ``top`` whose text is cut."""
    from PySide6.QtCore import QRect, QSize, Qt
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QAbstractButton, QCheckBox, QGroupBox, QLabel, QRadioButton, QTabBar

    found: list[Clipped] = []
    for widget in [top, *top.findChildren(QLabel), *top.findChildren(QAbstractButton)]:
        if widget is top and not isinstance(widget, QLabel | QAbstractButton):
            continue
        if not widget.isVisibleTo(top) or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                continue
            if _elided_on_purpose(widget, text):
                continue
            room = widget.contentsRect().adjusted(
                widget.margin(), widget.margin(), -widget.margin(), -widget.margin()
            )
            rich = widget.textFormat() == Qt.TextFormat.RichText or (
                widget.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
            )
            if rich:
                doc = QTextDocument()
                doc.setDefaultFont(widget.font())
                doc.setHtml(text)
                doc.setDocumentMargin(0)
                if widget.wordWrap():
                    doc.setTextWidth(room.width())
                need_w, need_h = math.ceil(doc.idealWidth()), math.ceil(doc.size().height())
                if widget.wordWrap():
                    need_w = min(need_w, room.width())
            else:
                metrics = widget.fontMetrics()
                flags = Qt.TextFlag.TextShowMnemonic | (
                    Qt.TextFlag.TextWordWrap if widget.wordWrap() else Qt.TextFlag(0)
                )
                box = metrics.boundingRect(
                    QRect(0, 0, room.width() if widget.wordWrap() else 100_000, 100_000), int(flags), text
                )
                need_w, need_h = box.width(), box.height()
            if need_w > room.width() + 1 or need_h > room.height() + 1:
                found.append(
                    Clipped(_name(widget), shown_text(text), (need_w, need_h), (room.width(), room.height()))
                )
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
            if not text or _elided_on_purpose(widget, text):
                continue
            if isinstance(widget, QCheckBox | QRadioButton):
                hint = widget.sizeHint()
            else:
                # The text and icon with the style's padding (a push button's 80 px minimum is not text).
                metrics = widget.fontMetrics()
                icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
                hint = QSize(metrics.horizontalAdvance(shown_text(text)) + icon + 8, metrics.height())
            if widget.width() + 1 < hint.width() or widget.height() + 1 < hint.height():
                found.append(
                    Clipped(
                        _name(widget),
                        shown_text(text),
                        (hint.width(), hint.height()),
                        (widget.width(), widget.height()),
                    )
                )
    for box in top.findChildren(QGroupBox):
        if box.isVisibleTo(top) and box.title():
            need = box.fontMetrics().horizontalAdvance(shown_text(box.title())) + 16
            if box.width() < need:
                found.append(
                    Clipped(_name(box), shown_text(box.title()), (need, 0), (box.width(), box.height()))
                )
    for bar in top.findChildren(QTabBar):
        if not bar.isVisibleTo(top):
            continue
        for index in range(bar.count()):
            rect, hint = bar.tabRect(index), bar.tabSizeHint(index)
            horizontal = bar.shape() in (QTabBar.Shape.RoundedNorth, QTabBar.Shape.RoundedSouth)
            short = rect.width() + 1 < hint.width() if horizontal else rect.height() + 1 < hint.height()
            if short and not bar.usesScrollButtons():
                text = shown_text(bar.tabText(index))
                found.append(
                    Clipped(
                        f"tab of {_name(bar)}",
                        text,
                        (hint.width(), hint.height()),
                        (rect.width(), rect.height()),
                    )
                )
    return found


def pseudo_widgets(top: Any) -> int:
    """Pseudo-translate the texts ``top`` shows now, in place; returns how many.

    A stand-in for the strings not yet behind ``tr()`` (until the window's .ts covers them all): the same
    texts, set on the same widgets, so the layouts meet the same 40 % longer words.
    """
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar

    count = 0

    def fresh(text: str) -> bool:
        return bool(text.strip()) and not text.startswith("[")

    for label in top.findChildren(QLabel):
        if fresh(label.text()) and (label.pixmap() is None or label.pixmap().isNull()):
            label.setText(pseudo_text(label.text()))
            count += 1
    for button in top.findChildren(QAbstractButton):
        if fresh(button.text()) and len(button.text()) > 1:  # "+", "−", "…": symbols, not words
            button.setText(pseudo_text(button.text()))
            count += 1
    for box in top.findChildren(QGroupBox):
        if fresh(box.title()):
            box.setTitle(pseudo_text(box.title()))
            count += 1
    for bar in top.findChildren(QTabBar):
        for index in range(bar.count()):
            if fresh(bar.tabText(index)):
                bar.setTabText(index, pseudo_text(bar.tabText(index)))
                count += 1
    return count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--event", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("GOVCAMP_HOME", str(args.out / "home"))

    from PySide6.QtCore import QCoreApplication, QTranslator

    from govcamp.services.demo import write_demo
    from govcamp.ui.app import make_app
    from govcamp.ui.main_window import MainWindow
    from tests.ui.screens import SIZES, settle, slug, walk_pages

    event = args.event or args.out / "demo.govcamp"
    if not event.exists():
        write_demo(event)
    qm, count = build_qm(args.out / "translation")
    make_app()
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    QCoreApplication.installTranslator(translator)
    print(f"{count} strings pseudo-translated ({qm})")
    problems = 0
    for width, height in SIZES:
        window = MainWindow()
        window.resize(width, height)
        window.show()
        window.open_path(event, interactive=False)
        for number, title in walk_pages(window):
            if count < 100:
                pseudo_widgets(window)
                settle(0.1)
            name = args.out / f"{width}x{height}-{number}-{slug(title)}.png"
            window.grab().save(str(name))
            for clip in clipped_texts(window):
                problems += 1
                print(f"{width}x{height} {title}: {clip}")
            if window.width() > width or window.height() > height:
                problems += 1
                print(f"{width}x{height} {title}: the window grew to {window.width()}×{window.height()}")
        window.close()
        window.deleteLater()
        settle()
    QCoreApplication.removeTranslator(translator)  # before the app goes, or finalising crashes PySide
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
