"""English and Welsh: every shown string translatable, the .ts files current and complete, plural forms,
and the language switched in Preferences without restarting."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from govcamp.ui.counts import people, plural
from govcamp.ui.i18n import TRANSLATIONS, current_language, qm_file, translate, use_language
from govcamp.ui.main_window import MainWindow
from govcamp.ui.visible_strings import formatted_in_translate, untranslated

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "govcamp" / "ui"
PLACEHOLDER = re.compile(r"%(?:\d|L?n)")


def sources() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def messages(ts: Path) -> list[tuple[str, str, str, bool]]:
    """(context, source, comment, plural) of every message in a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            found.append(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.get("numerus") == "yes",
                )
            )
    return found


def test_every_string_shown_goes_through_translation() -> None:
    bare = [
        f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)[:70]}"
        for path in sources()
        for node in untranslated(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert bare == [], "wrap these in translate(), with %1… for values:\n" + "\n".join(bare)


def test_the_check_finds_a_bare_label_and_an_f_string_in_translate() -> None:
    # The checks themselves can fail: a bare label, and an f-string lupdate could not extract.
    code = (
        "label = QLabel('Rooms')\nbutton.setText(f'{n} rooms')\nbox.setToolTip('' if a else 'Sessions')\n"
        "ok = translate('page', f'{n} rooms')\nfine = QLabel(translate('page', 'Rooms'))\n"
    )
    tree = ast.parse(code)
    assert [node.lineno for node in untranslated(tree)] == [1, 2, 3]
    assert [node.lineno for node in formatted_in_translate(tree)] == [4]


def test_no_f_string_or_format_inside_translate() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in sources()
        for node in formatted_in_translate(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == []


def test_the_ts_files_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    for ts in TRANSLATIONS.glob("*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    subprocess.run(["bash", str(ROOT / "scripts" / "update-translations"), str(tmp_path)], check=True)
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        assert messages(tmp_path / ts.name) == messages(ts), (
            f"{ts.name} is out of date with the code: "
            "run scripts/update-translations and translate what is new"
        )


def test_a_stale_ts_file_is_noticed(tmp_path: Path) -> None:
    # The comparison above can fail: a .ts missing one message differs from what lupdate writes.
    ts = tmp_path / "govcamp_cy.ts"
    text = (TRANSLATIONS / "govcamp_cy.ts").read_text(encoding="utf-8")
    ts.write_text(re.sub(r"<message>.*?</message>", "", text, count=1, flags=re.S), encoding="utf-8")
    shutil.copy(TRANSLATIONS / "govcamp_en.ts", tmp_path / "govcamp_en.ts")
    before = messages(ts)
    subprocess.run(["bash", str(ROOT / "scripts" / "update-translations"), str(tmp_path)], check=True)
    assert messages(ts) != before


def test_the_welsh_translation_is_complete() -> None:
    root = ET.parse(TRANSLATIONS / "govcamp_cy.ts").getroot()
    assert root.get("language") == "cy_GB"
    problems = []
    for context in root.iter("context"):
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            where = f"{context.findtext('name')}: {source!r}"
            if translation.get("type") == "unfinished":
                problems.append(f"unfinished {where}")
                continue
            forms = (
                [f.text or "" for f in translation.findall("numerusform")]
                if message.get("numerus") == "yes"
                else [translation.text or ""]
            )
            for form in forms:
                if not form.strip() and source.strip():
                    problems.append(f"empty {where}")
                if sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))):
                    problems.append(f"placeholders differ {where}: {form!r}")
                has_key = re.search(r"&[^&\s]", source) is not None
                if has_key != (re.search(r"&[^&\s]", form) is not None):
                    problems.append(f"mnemonic lost or added {where}: {form!r}")
    assert problems == []


def test_the_qm_is_compiled_on_first_use_and_again_when_the_ts_is_newer(tmp_path: Path) -> None:
    qm = qm_file("cy")
    assert qm is not None and qm.is_relative_to(tmp_path)  # GOVCAMP_HOME: the cache is in tmp_path
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("main_window", "&File") == "&Ffeil"
    stamp = qm.stat().st_mtime_ns
    assert qm_file("cy") == qm and qm.stat().st_mtime_ns == stamp  # up to date: not compiled again
    import os

    older = (TRANSLATIONS / "govcamp_cy.ts").stat().st_mtime_ns - 10**10
    os.utime(qm, ns=(older, older))  # older than the .ts now
    assert qm_file("cy") == qm and qm.stat().st_mtime_ns > older


def test_plural_forms_in_english_and_welsh() -> None:
    counts = (0, 1, 2, 3, 6, 7, 1234)
    assert [plural(n, "session") for n in counts] == [
        "0 sessions",
        "1 session",
        "2 sessions",
        "3 sessions",
        "6 sessions",
        "7 sessions",
        "1,234 sessions",
    ]
    assert [people(n) for n in (0, 1, 2)] == ["0 people", "1 person", "2 people"]
    use_language("cy")
    # Welsh counts with a digit take the singular noun up to six; larger counts read "o" + the plural.
    assert [plural(n, "session") for n in counts] == [
        "0 o sesiynau",
        "1 sesiwn",
        "2 sesiwn",
        "3 sesiwn",
        "6 sesiwn",
        "7 o sesiynau",
        "1,234 o sesiynau",
    ]
    assert [plural(n, "page") for n in (1, 2, 7)] == ["1 dudalen", "2 tudalen", "7 o dudalennau"]
    assert [people(n) for n in (0, 1, 2, 3, 6, 20)] == [
        "0 o bobl",
        "1 person",
        "2 o bobl",
        "3 o bobl",
        "6 o bobl",
        "20 o bobl",
    ]
    assert translate("checkin_dialogs", "%n place(s) free: they will be checked in.", None, 1).startswith(
        "1 lle yn wag"
    )


def menu_texts(win: MainWindow) -> list[str]:
    return [action.text() for action in win.menuBar().actions()]


def test_preferences_switch_the_open_window_to_welsh_and_back(qtbot: QtBot, demo: Path) -> None:
    from govcamp.ui import settings
    from govcamp.ui.preferences import PreferencesDialog

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(demo, interactive=False)
    win.show_phase(2)
    assert menu_texts(win) == ["&File", "&Edit", "&Go", "&Help"]
    dialog = PreferencesDialog(win)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("cy"))
    qtbot.waitUntil(lambda: menu_texts(win) == ["&Ffeil", "&Golygu", "&Mynd", "C&ymorth"])
    assert settings.language() == "cy" and current_language() == "cy"
    assert dialog.windowTitle() == "Dewisiadau"
    view = win.view
    assert view is not None
    assert [view.nav.item(i).text() for i in range(3)] == [
        "Digwyddiad ac ystafelloedd",
        "Ymgeiswyr a loteri",
        "Cofrestru",
    ]
    assert view.nav.currentRow() == 2  # still on Check-in
    edit = win.menuBar().actions()[1].menu()
    assert edit is not None
    assert "Dewi&siadau…" in [a.text() for a in edit.actions()]
    view.show_phase(0)
    from PySide6.QtWidgets import QGroupBox, QPushButton

    assert "Ystafelloedd" in [box.title() for box in view.event_page.findChildren(QGroupBox)]
    assert "Ys&tafell newydd…" in [b.text() for b in view.event_page.findChildren(QPushButton)]
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.waitUntil(lambda: menu_texts(win) == ["&File", "&Edit", "&Go", "&Help"])
    assert win.view is not None and win.view.nav.item(2).text() == "Check-in"
    win.close_event()


def test_the_about_box_says_the_welsh_awaits_review_in_both_languages(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    win = MainWindow()
    qtbot.addWidget(win)
    win.about()
    use_language("cy")
    win.about()
    for text in shown:
        assert "awaiting review by a Welsh speaker" in text
        assert "aros i siaradwr Cymraeg ei adolygu" in text
    assert "Yn rhedeg digynhadledd" in shown[1] and "Runs a local government" in shown[0]
