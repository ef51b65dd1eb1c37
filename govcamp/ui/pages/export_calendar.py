"""The Exports tab for calendars, schedule files, the printed grid and door signs."""

from __future__ import annotations

import html
import os
from collections.abc import Callable, Iterator
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from govcamp.domain.errors import GovcampError
from govcamp.paths import documents_dir
from govcamp.ui.actions import Topic
from govcamp.ui.document import EventDocument
from govcamp.ui.export_runner import BackgroundWriter
from govcamp.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate
from govcamp.ui.language_choice import chosen_language, language_combo
from govcamp.ui.people_picker import PeopleField
from govcamp.ui.workers import Progress

if TYPE_CHECKING:
    from govcamp.services.calendar import CalendarData

#: key → (what people see, file suffix)
KINDS: dict[str, tuple[str, str]] = {
    "calendar": ("Calendar for Google, Outlook and Apple (.ics)", ".ics"),
    "schedule": ("Schedule for conference apps such as Giggity and ConfClerk (.xml)", ".xml"),
    "frab-json": ("Schedule for conference apps, frab's JSON (schedule.json)", ".json"),
    "json": ("Programme as JSON (.json)", ".json"),
    "poster": ("Printed grid, A3 to A0 landscape (.pdf)", ".pdf"),
    "signs": ("Door signs, one A4 page per room and day (.pdf)", ".pdf"),
}
_NAMES = {
    "calendar": "",
    "schedule": " schedule",
    "frab-json": " schedule",
    "json": " programme",
    "poster": " grid",
    "signs": " signs",
}
#: The poster's sheets, as people choose them (keys as ``govcamp export poster --size`` takes them).
SHEET_CHOICES = {
    "a3": "A3 (420 × 297 mm), an office printer",
    "a2": "A2 (594 × 420 mm)",
    "a1": "A1 (841 × 594 mm), from a print shop: titles 10 mm tall",
    "a0": "A0 (1189 × 841 mm), from a print shop",
}


def _render(
    kind: str,
    data: CalendarData,
    warnings: list[str],
    sheet: str = "a3",
    phones_url: str = "",
    language: str | None = None,
) -> bytes:
    from govcamp.exports.calendar import calendar_bytes
    from govcamp.exports.poster import poster_pdf, signs_pdf
    from govcamp.exports.schedule import frab_json, frab_xml, programme_json

    makers: dict[str, Callable[[], bytes]] = {
        "calendar": lambda: calendar_bytes(data),
        "schedule": lambda: frab_xml(data),
        "frab-json": lambda: frab_json(data),
        "json": lambda: programme_json(data),
        "poster": lambda: poster_pdf(data, warnings, size=sheet, phones_url=phones_url, language=language),
        "signs": lambda: signs_pdf(data, warnings, phones_url=phones_url, language=language),
    }
    return makers[kind]()


def write_steps(
    kind: str,
    data: CalendarData,
    out: Path,
    warnings: list[str],
    sheet: str = "a3",
    phones_url: str = "",
    language: str | None = None,
) -> Iterator[Progress]:
    """Make the file and put it in place (written beside it first, so a failure leaves nothing half-done)."""
    if out.is_dir():
        raise GovcampError(fmt(translate("export_calendar", "%1 is a folder; give a file name."), out))
    if not out.parent.is_dir():
        raise GovcampError(fmt(translate("export_calendar", "The folder %1 does not exist."), out.parent))
    yield 0, 3, "Laying out…"
    content = _render(kind, data, warnings, sheet, phones_url, language)
    yield 1, 3, "Saving…"
    partial = out.with_name(f".{out.name}.partial")
    partial.write_bytes(content)
    os.replace(partial, out)
    yield 3, 3, "Done."


class CalendarPanel(BackgroundWriter, QWidget):
    """Choose what to write (calendar, schedule, poster, signs) and where; written in the background."""

    TITLE = QT_TRANSLATE_NOOP("exports_page", "Calendars and the grid")

    def __init__(self, doc: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        explain = QLabel(
            translate(
                "export_calendar",
                "The published grid as a calendar attendees import (moved sessions update in place), a "
                "schedule "
                "file for conference apps, or printed: the grid as a poster and a sign for each room's door. "
                "Hosts are named only where they agreed.",
            )
        )
        explain.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setObjectName("programmeKind")
        self.kind.setAccessibleName(translate("export_calendar", "What to write"))
        for key, (label, _suffix) in KINDS.items():
            self.kind.addItem(label, key)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.sheet = QComboBox()
        self.sheet.setObjectName("posterSheet")
        self.sheet.setAccessibleName(translate("export_calendar", "Poster size"))
        for key, label in SHEET_CHOICES.items():
            self.sheet.addItem(label, key)
        self.language = language_combo("programmeLanguage")

        # The phones' join address, printed at the foot of the poster and every sign: filled in while the
        # window shares the event with phones on the venue network.
        self.phones_url = QLineEdit()
        self.phones_url.setObjectName("phonesUrl")
        self.phones_url.setAccessibleName(
            translate("export_calendar", "Phones' address, printed as a QR code")
        )
        self.phones_url.setPlaceholderText(
            translate("export_calendar", "Phones' address, e.g. http://192.168.1.20:8080/ (optional)")
        )
        self.phones_url.setToolTip(
            translate(
                "export_calendar",
                "Printed as a QR code and in words at the foot of every page; "
                "filled in while sharing with phones",
            )
        )
        doc.phones.changed.connect(self._phones_changed)
        self._phones_changed(doc.phones.url)

        self.whole = QRadioButton(translate("export_calendar", "The whole event"))
        self.whole.setChecked(True)
        self.one_room = QRadioButton(translate("export_calendar", "One room"))
        self.one_person = QRadioButton(
            translate("export_calendar", "One person's sessions (hosted or starred)")
        )
        self.scope = QButtonGroup(self)
        for button in (self.whole, self.one_room, self.one_person):
            self.scope.addButton(button)
            button.toggled.connect(self._scope_changed)
        self.room = QComboBox()
        self.room.setObjectName("calendarRoom")
        self.room.setAccessibleName(translate("export_calendar", "Room"))
        self.person = PeopleField()
        self.person.setObjectName("calendarPerson")
        self.person.setAccessibleName(translate("export_calendar", "Person, by name, e-mail or ticket code"))
        scope = QGridLayout()
        scope.addWidget(self.whole, 0, 0, 1, 2)
        scope.addWidget(self.one_room, 1, 0)
        scope.addWidget(self.room, 1, 1)
        scope.addWidget(self.one_person, 2, 0)
        scope.addWidget(self.person, 2, 1)
        self.scope_box = QWidget()
        self.scope_box.setLayout(scope)

        self.path = QLineEdit()
        self.path.setObjectName("programmeFile")
        self.path.setAccessibleName(translate("export_calendar", "File to write"))
        browse = QPushButton(translate("export_calendar", "Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("export_calendar", "File")))
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        buttons = self.make_controls(
            translate("export_calendar", "Write"),
            self.start,
            write_name="writeProgramme",
            progress_name="programmeProgress",
            message_name="programmeMessage",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.kind)
        layout.addWidget(self.sheet)
        layout.addWidget(self.phones_url)
        layout.addWidget(self.language)
        layout.addWidget(self.scope_box)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.doc.subscribe(self, Topic.ROOMS, self._refresh_rooms)
        self._refresh_rooms()
        self._kind_changed()
        self._scope_changed()

    def _phones_changed(self, url: str) -> None:
        from govcamp.domain.join_address import check_join_url

        # Served on this laptop only (127.0.0.1) is no address a phone could open: left as it was.
        with suppress(GovcampError):
            if url:
                self.phones_url.setText(check_join_url(url))

    def selected_kind(self) -> str:
        return str(self.kind.currentData())

    def _refresh_rooms(self, *_args: object) -> None:
        from govcamp.services import rooms

        current = self.room.currentText()
        self.room.clear()
        try:
            names = [r.name for r in rooms.list_rooms(self.doc.db)]
        except GovcampError:
            names = []
        self.room.addItems(names)
        if current in names:
            self.room.setCurrentText(current)

    def _kind_changed(self, *_args: object) -> None:
        kind = self.selected_kind()
        self.scope_box.setVisible(kind == "calendar")
        self.sheet.setVisible(kind == "poster")
        self.phones_url.setVisible(kind in ("poster", "signs"))
        self.language.setVisible(kind in ("poster", "signs"))
        base = self.doc.db.path
        stem = base.stem if base is not None else "programme"
        folder = base.parent if base is not None else documents_dir()
        self.path.setText(str(folder / f"{stem}{_NAMES[kind]}{KINDS[kind][1]}"))

    def _scope_changed(self, *_args: object) -> None:
        self.room.setEnabled(self.one_room.isChecked())
        self.person.setEnabled(self.one_person.isChecked())
        if self.one_person.isChecked():
            from govcamp.services import applicants as applicant_service

            self.person.set_people(applicant_service.list_applicants(self.doc.db))

    def _browse(self) -> None:
        suffix = KINDS[self.selected_kind()][1]
        chosen, _ = QFileDialog.getSaveFileName(
            self, translate("export_calendar", "Write to"), self.path.text(), f"*{suffix}"
        )
        if chosen:
            self.path.setText(chosen)

    def start(self) -> None:
        """Collect the grid (quick, here) and write the file on the thread pool."""
        from govcamp.services.calendar import collect

        kind = self.selected_kind()
        text = self.path.text().strip()
        if not text:
            self._say(translate("export_calendar", "Choose a file to write first."))
            return
        out = Path(text).expanduser()
        room = self.room.currentText() if kind == "calendar" and self.one_room.isChecked() else None
        person = self.person.text().strip() if kind == "calendar" and self.one_person.isChecked() else None
        if person == "":
            self._say(translate("export_calendar", "Type the person's name, e-mail address or ticket code."))
            return
        try:
            if person is not None:
                person = str(self.person.person_ids()[0])
            data = collect(self.doc.db, room=room, person=person)
        except GovcampError as exc:
            self._say(str(exc))
            return
        if not self.output_allowed(out):
            return
        warnings: list[str] = []
        sheet = str(self.sheet.currentData())
        phones = self.phones_url.text().strip() if kind in ("poster", "signs") else ""
        if phones:
            from govcamp.domain.join_address import check_join_url

            try:
                phones = check_join_url(phones)
            except GovcampError as exc:
                self._say(str(exc))
                return
        language = chosen_language(self.language)
        self.run_task(
            lambda: self.safely(
                out, lambda partial: write_steps(kind, data, partial, warnings, sheet, phones, language)
            ),
            busy="Writing…",
            cancelled="Cancelled; nothing was written.",
            on_done=lambda: self._done(out, data, warnings),
        )

    def _done(self, out: Path, data: CalendarData, warnings: list[str]) -> None:
        self.progress.setValue(self.progress.maximum())
        live = sum(1 for e in data.entries if not e.cancelled)
        source = f"grid v{data.published_version}" if data.published_version else "the working grid"
        note = " " + " ".join(warnings) if warnings else ""
        self._ended(f"Saved {live} session{'' if live == 1 else 's'} from {source} to {out}.{note}")
        url = html.escape(QUrl.fromLocalFile(str(out.resolve())).toString(), quote=True)
        self.message.setText(
            fmt(translate("export_calendar", '%1 <a href="%2">Open it</a>.'), self.message.text(), url)
        )
