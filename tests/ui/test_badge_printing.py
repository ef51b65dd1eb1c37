"""One badge through Qt's print system: a real QPrinter writing a PDF, and a real CUPS printer (cups-pdf),
each read back with pdftotext and zbarimg."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from pytestqt.qtbot import QtBot

from govcamp.exports.layouts import LAYOUTS
from govcamp.exports.one_badge import one_badge_page
from govcamp.services.badge_print import print_log
from govcamp.store.eventfile import EventDB
from govcamp.ui.badge_printing import DeskPrinting, print_page, save_printing, setup_printer
from govcamp.ui.document import EventDocument
from govcamp.ui.pages.checkin_page import CheckinPage
from tests.cups_printer import CupsPrinter, cups_printer  # noqa: F401  (the fixture)
from tests.desk_data import make_desk
from tests.exports.test_one_badge import BADGE, decode_label


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_a_qprinter_pdf_holds_the_badge_at_the_chosen_label(tmp_path: Path, qtbot: QtBot) -> None:
    layout = LAYOUTS["avery-l7418"]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "qt.pdf"
    printer.setOutputFileName(str(out))
    setup_printer(printer, layout)
    page = one_badge_page(BADGE, event_name="LocalGovCamp", layout=layout, position=6)
    assert print_page(printer, page, layout)
    text = _text(out)
    assert "Siân" in text and "Cyngor Gwynedd" in text and "ATTENDEE" in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "(A4)" in info  # the sheet, not the printer's default Letter
    assert decode_label(out, "avery-l7418", 6, tmp_path) == ["SIANCODE"]
    assert decode_label(out, "avery-l7418", 5, tmp_path) == []


def test_a_roll_label_through_qprinter(tmp_path: Path, qtbot: QtBot) -> None:
    layout = LAYOUTS["roll-4x3"]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "roll.pdf"
    printer.setOutputFileName(str(out))
    setup_printer(printer, layout)
    assert print_page(printer, one_badge_page(BADGE, event_name="E", layout=layout), layout)
    assert decode_label(out, "roll-4x3", 1, tmp_path) == ["SIANCODE"]


def test_p_prints_on_the_desks_cups_printer(
    cups_printer: CupsPrinter,  # noqa: F811
    db: EventDB,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    assert cups_printer.name in QPrinterInfo.availablePrinterNames()
    desk = make_desk(db)
    save_printing(DeskPrinting(cups_printer.name, "a6", 1, auto_print=True))
    doc = EventDocument(db)
    page = CheckinPage(doc)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.keyClicks(page.input, "SIANCODE")
    qtbot.keyClick(page.input, "\r")  # Enter: checked in, and printed automatically
    qtbot.waitUntil(lambda: bool(cups_printer.jobs_done()), timeout=60000)
    pdf = cups_printer.wait_for_job(cups_printer.jobs_done()[0])
    # cups-pdf turns the job into PostScript and back through Ghostscript, which keeps the drawing but not
    # the fonts' map back to characters: the code is what the printed badge can be checked by.
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info and "Ghostscript" in info
    assert decode_label(pdf, "a6", 1, tmp_path) == ["SIANCODE"]
    [logged] = print_log(db, desk.sian)
    assert logged.printer == cups_printer.name and logged.desk == "Desk 1"
    doc.undo_stack.clear()
