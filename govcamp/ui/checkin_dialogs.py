"""The Check-in page's dialogs: a new walk-in, and this laptop's desk printer."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from govcamp.exports.layouts import LAYOUTS
from govcamp.services import door
from govcamp.ui.badge_printing import DeskPrinting
from govcamp.ui.i18n import translate


class WalkInDialog(QDialog):
    """A walk-in not on any list: name, badge name, pronouns, organisation (and an e-mail if they like)."""

    def __init__(self, free_places: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("checkin_dialogs", "New walk-in"))
        self.name = QLineEdit()
        self.name.setObjectName("walkinName")
        self.badge_name = QLineEdit()
        self.badge_name.setPlaceholderText(
            translate("checkin_dialogs", "first name, unless they say otherwise")
        )
        self.pronouns = QLineEdit()
        self.organisation = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText(translate("checkin_dialogs", "optional"))
        form = QFormLayout(self)
        note = QLabel(
            translate("checkin_dialogs", "%n place(s) free: they will be checked in.", None, free_places)
            if free_places > 0
            else translate("checkin_dialogs", "No place is free: they will join the end of the door queue.")
        )
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(translate("checkin_dialogs", "Full name"), self.name)
        form.addRow(translate("checkin_dialogs", "Badge name"), self.badge_name)
        form.addRow(translate("checkin_dialogs", "Pronouns"), self.pronouns)
        form.addRow(translate("checkin_dialogs", "Organisation"), self.organisation)
        form.addRow(translate("checkin_dialogs", "E-mail"), self.email)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a4161a;")
        form.addRow(self.error)
        form.addRow(self.buttons)

    def value(self) -> door.WalkIn:
        return door.WalkIn(
            self.name.text(),
            self.badge_name.text(),
            self.pronouns.text(),
            self.organisation.text(),
            self.email.text(),
        )

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(translate("checkin_dialogs", "A walk-in needs a name."))
            self.name.setFocus()
            return
        self.accept()


class PrinterDialog(QDialog):
    """This laptop's printer, stock and next label position; choosing the printer opens Qt's print dialog."""

    def __init__(self, choice: DeskPrinting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("checkin_dialogs", "Desk printer"))
        self.printer_name = choice.printer
        self.printer_label = QLabel()
        choose = QPushButton(translate("checkin_dialogs", "Choose printer…"))
        choose.clicked.connect(self._choose)
        pdf = QPushButton(translate("checkin_dialogs", "No printer: write a PDF"))
        pdf.clicked.connect(lambda: self._set_printer(""))
        self.layout_box = QComboBox()
        for key, layout in LAYOUTS.items():
            self.layout_box.addItem(layout.title, key)
        self.layout_box.setCurrentIndex(list(LAYOUTS).index(choice.layout))
        self.position = QSpinBox()
        self.position.setObjectName("nextPosition")
        self.auto = QCheckBox(translate("checkin_dialogs", "Print the badge automatically on check-in"))
        self.auto.setChecked(choice.auto_print)
        self.layout_box.currentIndexChanged.connect(self._layout_changed)
        self._layout_changed()
        self.position.setValue(choice.next_position)
        form = QFormLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.printer_label, 1)
        row.addWidget(choose)
        row.addWidget(pdf)
        form.addRow(translate("checkin_dialogs", "Printer"), row)
        form.addRow(translate("checkin_dialogs", "Stock"), self.layout_box)
        form.addRow(translate("checkin_dialogs", "Next label on the sheet"), self.position)
        form.addRow(self.auto)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._set_printer(choice.printer)

    def _set_printer(self, name: str) -> None:
        self.printer_name = name
        self.printer_label.setText(name or "None: each badge is written as a PDF and opened")

    def _layout_changed(self) -> None:
        layout = LAYOUTS[str(self.layout_box.currentData())]
        self.position.setRange(1, layout.per_page)
        self.position.setEnabled(layout.per_page > 1)
        self.position.setToolTip(
            translate("checkin_dialogs", "Labels count left to right, then top to bottom.")
        )

    def _choose(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.printer_name:
            printer.setPrinterName(self.printer_name)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._set_printer(printer.printerName())

    def value(self) -> DeskPrinting:
        return DeskPrinting(
            self.printer_name,
            str(self.layout_box.currentData()),
            self.position.value(),
            self.auto.isChecked(),
        )
