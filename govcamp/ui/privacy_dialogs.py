"""UK GDPR in the window: export what is held about a person, erase them, purge after the event.

Erasing and purging cannot be undone, so each dialog first shows exactly what will go (the service's
preview, counted by doing the work and rolling it back), asks for a deliberate tick, then shows the
receipt. Both run through the window's one entry (:mod:`govcamp.ui.actions`) as irreversible long work:
the entry clears the undo stack (its steps remember the data that has just gone) and announces what
changed. The dialog's own tick is the question, so the entry does not ask again.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from govcamp.domain.errors import GovcampError
from govcamp.paths import backups_root, documents_dir
from govcamp.services import erasure, retention
from govcamp.services.erasure import Erasure
from govcamp.services.eventfiles import EventDB
from govcamp.ui.accessibility import relative_font
from govcamp.ui.actions import CANNOT_UNDO, Action, Change, Reverse, Topic, words
from govcamp.ui.dates import day_month_year
from govcamp.ui.document import EventDocument
from govcamp.ui.i18n import fmt, translate
from govcamp.ui.workers import GeneratorTask, Progress

#: Everything that shows people's data, told after an erasure or a purge.
TOPICS = (
    Topic.APPLICANTS | Topic.TICKETS | Topic.CHECKIN | Topic.SESSIONS | Topic.GRID | Topic.NOTES | Topic.EVENT
)


def erasure_action(title: str, run: Callable[[bool], Erasure]) -> Action[Erasure]:
    """Erase for real, as long work that cannot be undone; the result is the receipt."""

    def steps(_db: EventDB) -> Generator[Progress, None, Change[Erasure]]:
        yield 0, 1, "Erasing, then rewriting the backups…"
        receipt = run(False)
        yield 1, 1, "Done"
        return Change(receipt, CANNOT_UNDO)

    # No ``confirm``: the dialog's preview and its “I understand” tick are the question.
    return Action.long(title, steps, TOPICS, irreversible=True)


def retention_action(before: date | None, until: date) -> Action[date | None]:
    """Keep personal data until ``until``; Undo puts the date that was set back."""

    def run(db: EventDB) -> Change[date | None]:
        kept = retention.set_retention_date(db, until)
        step = Reverse(
            fmt(translate("privacy_dialogs", "Keep personal data until %1"), day_month_year(until)),
            Topic.EVENT,
            undo=lambda db: retention.set_retention_date(db, before),
            redo=lambda db: retention.set_retention_date(db, until),
        )
        return Change(kept, step)

    return Action(translate("privacy_dialogs", "Cannot keep until then"), run, Topic.EVENT)


def export_person(doc: EventDocument, person_id: int, parent: QWidget) -> Path | None:
    """Ask for a folder and write the subject access export there; say where it went."""
    from govcamp.exports.subject_access import write_subject_access
    from govcamp.services.personal_data import collect

    folder = QFileDialog.getExistingDirectory(
        parent,
        translate("privacy_dialogs", "Export everything held about this person to"),
        str(documents_dir()),
    )
    if not folder:
        return None
    try:
        data = collect(doc.db, str(person_id))
        json_path, html_path = write_subject_access(data, Path(folder), force=True)
    except (GovcampError, OSError) as exc:
        QMessageBox.warning(parent, translate("privacy_dialogs", "Cannot export"), str(exc))
        return None
    box = QMessageBox(parent)
    box.setWindowTitle(translate("privacy_dialogs", "Personal data exported"))
    box.setText(
        fmt(
            translate("privacy_dialogs", "Everything held about %1 is in %2 and %3."),
            data.full_name,
            html_path.name,
            json_path.name,
        )
    )
    box.setInformativeText(str(html_path.parent))
    open_button = box.addButton(
        translate("privacy_dialogs", "Open the Page"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(html_path)))
    return html_path


class _ErasureDialog(QDialog):
    """Preview, a deliberate tick, then the receipt: shared by erasing one person and purging everyone."""

    def __init__(
        self,
        doc: EventDocument,
        *,
        title: str,
        heading: str,
        explanation: str,
        confirm: str,
        run: Callable[[bool], Erasure],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.doc = doc
        self._run = run
        self._title = title
        self.receipt: Erasure | None = None
        self._task: GeneratorTask | None = None
        self.heading = QLabel(fmt(translate("privacy_dialogs", "<b>%1</b>"), heading))
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setFont(relative_font(13))
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setObjectName("erasureDetails")
        self.details.setAccessibleName(translate("privacy_dialogs", "What will be erased"))
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)  # read-only, but it would still keep Tab for itself
        self.details.setMinimumSize(640, 240)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.understood = QCheckBox(translate("privacy_dialogs", "I understand this cannot be undone"))
        self.understood.setObjectName("understood")
        self.buttons = QDialogButtonBox()
        self.confirm = self.buttons.addButton(confirm, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.confirm.setObjectName("confirmErase")
        self.confirm.setEnabled(False)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.copy = self.buttons.addButton(
            translate("privacy_dialogs", "Copy Receipt"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.hide()
        self.understood.toggled.connect(self.confirm.setEnabled)
        self.confirm.clicked.connect(self.erase)
        self.cancel.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.copy.clicked.connect(self._copy)
        self.extra = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(self.extra)
        self.what = QLabel(translate("privacy_dialogs", "What will go:"))
        layout.addWidget(self.what)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.understood)
        layout.addWidget(self.buttons)
        self.preview: Erasure | None = None
        try:
            self.preview = run(True)
        except GovcampError as exc:
            self.details.setPlainText(str(exc))
            self.understood.setEnabled(False)
            return
        self.details.setPlainText("\n".join(self.preview.lines()))

    def erase(self) -> None:
        """Do it through the entry, off the window's thread (rewriting every backup can take a few seconds).

        The entry clears the undo stack once it is done, and announces :data:`TOPICS`.
        """
        self.confirm.setEnabled(False)
        self.understood.setEnabled(False)
        self.cancel.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.cancel.setEnabled(True)
            QMessageBox.warning(self, translate("privacy_dialogs", "Cannot erase"), words(exc))

        self._task = self.doc.actions.start(
            erasure_action(self._title, self._run), self, on_done=self.show_receipt, on_error=failed
        )
        if self._task is None:  # another long change is writing: the entry said so
            self.cancel.setEnabled(True)
            self.understood.setEnabled(True)
            self.confirm.setEnabled(self.understood.isChecked())

    def show_receipt(self, receipt: Erasure) -> None:
        self.receipt = receipt
        self.heading.setText(translate("privacy_dialogs", "<b>Done: here is the receipt</b>"))
        self.explanation.setText(
            translate(
                "privacy_dialogs",
                "Keep this receipt as your record: it says what was removed, from the event file and from "
                "each backup. Nothing in it is kept by govcamp.",
            )
        )
        self.what.setText(translate("privacy_dialogs", "What went, and where:"))
        self.details.setPlainText("\n".join(receipt.lines()))
        self.understood.hide()
        self.confirm.hide()
        self.cancel.hide()
        self.copy.show()
        self.close_button.show()
        self.close_button.setDefault(True)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class ErasePersonDialog(_ErasureDialog):
    """Erase one person: everything held about them, in the file and in every automatic backup."""

    def __init__(self, doc: EventDocument, person_id: int, name: str, parent: QWidget | None = None) -> None:
        def run(preview: bool) -> Erasure:
            return erasure.erase_person(doc.db, str(person_id), backup_root=backups_root(), preview=preview)

        super().__init__(
            doc,
            title=fmt(translate("privacy_dialogs", "Erase %1"), name),
            heading=f"Erase {name} from this event?",
            explanation=(
                "Everything the event holds about them goes: their details, needs, ticket and starred "
                "sessions, their name and e-mail wherever notes or the audit log mention them, and the "
                "same in every automatic backup. Sessions they hosted stay, hosted by “a participant”. "
                "Give them a copy of their data first if they asked for one."
            ),
            confirm="Erase",
            run=run,
            parent=parent,
        )
        self.person_id = person_id
        self.export = QPushButton(translate("privacy_dialogs", "Export Their Data First…"))
        self.export.setObjectName("exportFirst")
        self.export.clicked.connect(lambda: export_person(doc, person_id, self))
        self.extra.addWidget(self.export)
        self.extra.addStretch(1)

    def show_receipt(self, receipt: Erasure) -> None:
        super().show_receipt(receipt)
        self.export.hide()  # there is nothing left to export


class PurgeDialog(_ErasureDialog):
    """After the event: everyone's personal data goes, the programme, grid versions and notes stay."""

    def __init__(self, doc: EventDocument, parent: QWidget | None = None) -> None:
        def run(preview: bool) -> Erasure:
            return erasure.purge(doc.db, backup_root=backups_root(), preview=preview)

        super().__init__(
            doc,
            title=translate("privacy_dialogs", "Purge personal data"),
            heading="Remove everyone's personal data from this event?",
            explanation=(
                "Applicants, tickets, needs, e-mail addresses and names go, in the file and in every "
                "automatic backup. The programme stays: rooms, slots, sessions (hosted by “a participant”), "
                "the grid and its published versions, and the notes with names and e-mails taken out."
            ),
            confirm="Purge",
            run=run,
            parent=parent,
        )
        self.until = QDateEdit()
        self.until.setObjectName("retentionDate")
        self.until.setAccessibleName(translate("privacy_dialogs", "Keep personal data until"))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("d MMMM yyyy")
        kept = retention.retention_date(doc.db)
        self.until.setDate(
            QDate(kept.year, kept.month, kept.day) if kept else QDate.currentDate().addMonths(3)
        )
        save = QPushButton(translate("privacy_dialogs", "Keep Until This Date"))
        save.setObjectName("saveRetention")
        save.clicked.connect(self.save_retention)
        self.retention_note = QLabel(
            fmt(translate("privacy_dialogs", "Personal data is kept until %1."), day_month_year(kept))
            if kept
            else translate("privacy_dialogs", "No retention date is set.")
        )
        self.extra.addWidget(self.retention_note)
        self.extra.addStretch(1)
        self.extra.addWidget(self.until)
        self.extra.addWidget(save)

    def save_retention(self) -> None:
        chosen = self.until.date()
        before = retention.retention_date(self.doc.db)
        action = retention_action(before, date(chosen.year(), chosen.month(), chosen.day()))
        until = self.doc.actions.run(action, self)
        if until is None:  # refused: the entry has said why
            return
        self.retention_note.setText(
            fmt(translate("privacy_dialogs", "Personal data is kept until %1."), day_month_year(until))
        )


def remind_purge(doc: EventDocument, parent: QWidget, today: date | None = None) -> QMessageBox | None:
    """Once the event's retention date has passed, say so (without blocking) and offer the purge."""
    due = retention.purge_due(doc.db, today or date.today())
    if due is None:
        return None
    box = QMessageBox(parent)
    box.setObjectName("purgeReminder")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("privacy_dialogs", "Time to purge personal data"))
    box.setText(
        fmt(
            translate(
                "privacy_dialogs",
                "This event promised to keep personal data only until %1, and that date has passed.",
            ),
            day_month_year(due),
        )
    )
    box.setInformativeText(
        translate(
            "privacy_dialogs",
            "Purging keeps the programme and the notes, and removes everyone's personal data.",
        )
    )
    purge_button = box.addButton(translate("privacy_dialogs", "Purge…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("privacy_dialogs", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setWindowModality(Qt.WindowModality.WindowModal)

    def chosen() -> None:
        if box.clickedButton() is purge_button:
            PurgeDialog(doc, parent).exec()

    box.finished.connect(lambda _result: chosen())
    box.open()
    return box


def install_person_menu(
    view: QAbstractItemView,
    doc: EventDocument,
    *,
    id_role: int,
    name_of: Callable[[QModelIndex], str],
    edit: Callable[[QModelIndex], object],
) -> None:
    """Give a table of people a context menu: Edit, Export Personal Data, Erase Person."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(point: QPoint) -> None:
        index = view.indexAt(point)
        if not index.isValid():
            return
        person_id = index.data(id_role)
        if person_id is None:
            return
        menu = QMenu(view)
        menu.addAction(translate("privacy_dialogs", "Edit…"), lambda: edit(index))
        menu.addSeparator()
        menu.addAction(
            translate("privacy_dialogs", "Export Personal Data…"),
            lambda: export_person(doc, int(person_id), view),
        )
        menu.addAction(
            translate("privacy_dialogs", "Erase Person…"),
            lambda: ErasePersonDialog(doc, int(person_id), name_of(index), view).exec(),
        )
        menu.exec(view.viewport().mapToGlobal(point))

    view.customContextMenuRequested.connect(show)


def person_buttons(
    box: QDialogButtonBox, dialog: QDialog, doc: EventDocument, person_id: int, name: str
) -> None:
    """Export and Erase buttons for the person editor (erasing closes the editor first)."""
    export = box.addButton(
        translate("privacy_dialogs", "Export Data…"), QDialogButtonBox.ButtonRole.ActionRole
    )
    export.clicked.connect(lambda: export_person(doc, person_id, dialog))
    erase = box.addButton(translate("privacy_dialogs", "Erase…"), QDialogButtonBox.ButtonRole.ActionRole)
    erase.setObjectName("erasePerson")

    def erase_now() -> None:
        parent = dialog.parentWidget()
        dialog.reject()
        ErasePersonDialog(doc, person_id, name, parent).exec()

    erase.clicked.connect(erase_now)
