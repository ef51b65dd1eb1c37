"""Dialogs for making and changing an event, its rooms and its slots.

Each dialog validates by trying the change through a callback: a refused change shows its message inside
the dialog, which stays open with everything typed kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from govcamp.domain import schedule
from govcamp.domain.enums import STANDARD_FEATURES, SlotKind
from govcamp.domain.errors import GovcampError
from govcamp.domain.values import EventDetails, RoomInput, RoomValue, SlotInput, SlotValue
from govcamp.paths import documents_dir
from govcamp.ui.date_field import DateField
from govcamp.ui.dates import short_weekday
from govcamp.ui.i18n import translate
from govcamp.ui.labels import feature_text, kind_text
from govcamp.ui.mnemonics import assign

#: A callback that makes the change; it raises GovcampError to refuse it.
Submit = Callable[..., object]


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class TimezoneCombo(QComboBox):
    """An editable time-zone picker that completes on any part of the name.

    The 600 zone names are read from disk the first time the picker is used, not when the page is built:
    that read would otherwise be a twentieth of the app's start-up.
    """

    def __init__(self, current: str) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._filled = False
        self.addItem(current)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def fill(self) -> None:
        if self._filled:
            return
        self._filled = True
        current = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItems(schedule.timezone_names())
        self.setCurrentText(current)
        self.blockSignals(False)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.fill()
        super().focusInEvent(event)

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()


def timezone_combo(current: str) -> TimezoneCombo:
    return TimezoneCombo(current)


class _ValidatingDialog(QDialog):
    """A dialog with an inline error line; OK calls ``submit`` and closes only if it succeeds."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName(translate("dialogs", "Problem"))
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.result_value: object = None

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def attempt(self, submit: Callable[[], object]) -> bool:
        try:
            self.result_value = submit()
        except GovcampError as exc:
            self.show_error(str(exc))
            return False
        return True


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or "event"


class NewEventDialog(_ValidatingDialog):
    """Name the event, its dates and place, and where its file goes."""

    def __init__(self, create: Callable[[Path, EventDetails], object], parent: QWidget | None = None) -> None:
        super().__init__(translate("dialogs", "New event"), parent)
        self._create = create
        today = date.today()
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("dialogs", "e.g. LocalGovCamp 2027"))
        self.start = DateField(to_qdate(today + timedelta(days=60)), name=translate("dialogs", "First day"))
        self.end = DateField(self.start.date(), name=translate("dialogs", "Last day"))
        self.venue = QLineEdit()
        self.venue.setPlaceholderText(translate("dialogs", "Venue name and town"))
        self.timezone = timezone_combo("Europe/London")
        self.path = QLineEdit()
        self.path.setPlaceholderText(translate("dialogs", "Where the event file is saved"))
        self._path_edited = False
        self.path.textEdited.connect(self._on_path_edited)
        browse = QPushButton(translate("dialogs", "C&hoose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(translate("dialogs", "&Name"), self.name)
        form.addRow(translate("dialogs", "&First day"), self.start)
        form.addRow(translate("dialogs", "&Last day"), self.end)
        form.addRow(translate("dialogs", "&Venue"), self.venue)
        form.addRow(translate("dialogs", "&Time zone"), self.timezone)
        # A row whose field is a layout gets no buddy by itself, and its "&" would show as a literal.
        save_label = QLabel(translate("dialogs", "&Save as"))
        save_label.setBuddy(self.path)
        form.addRow(save_label, path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._suggest_path)
        self.start.dateChanged.connect(self._keep_end_after_start)
        self._suggest_path("")
        self.resize(520, self.sizeHint().height())

    def _on_path_edited(self, _text: str) -> None:
        self._path_edited = True

    def _suggest_path(self, name: str) -> None:
        if not self._path_edited:
            self.path.setText(str(documents_dir() / f"{_slug(name or 'new event')}.govcamp"))

    def _keep_end_after_start(self, start: QDate) -> None:
        if self.end.date() < start:
            self.end.setDate(start)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            translate("dialogs", "Save the event as"),
            self.path.text(),
            translate("dialogs", "govcamp events (*.govcamp)"),
        )
        if chosen:
            self._path_edited = True
            self.path.setText(
                chosen if chosen.endswith(".govcamp") else chosen + translate("dialogs", ".govcamp")
            )

    def details(self) -> EventDetails:
        return EventDetails(
            name=self.name.text(),
            start_date=from_qdate(self.start.date()),
            end_date=from_qdate(self.end.date()),
            venue=self.venue.text(),
            timezone=self.timezone.currentText().strip(),
        )

    def accept(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.show_error(translate("dialogs", "Choose where to save the event file."))
            return
        path = Path(text).expanduser()
        if path.suffix != ".govcamp":
            path = path.with_name(path.name + ".govcamp")
        if self.attempt(lambda: self._create(path, self.details())):
            super().accept()


class RoomDialog(_ValidatingDialog):
    """A room's name, capacity, features and the session slots it is available in."""

    def __init__(
        self,
        submit: Callable[[RoomInput], object],
        slots: Sequence[SlotValue],
        room: RoomValue | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("dialogs", "Edit room") if room else translate("dialogs", "Add room"), parent
        )
        self._submit = submit
        self.name = QLineEdit(room.name if room else "")
        self.name.setPlaceholderText(translate("dialogs", "e.g. Council chamber"))
        self.capacity = QSpinBox()
        self.capacity.setRange(1, schedule.MAX_CAPACITY)
        self.capacity.setValue(room.capacity if room else 30)
        self.capacity.setSuffix(translate("dialogs", " people"))
        features = set(room.features if room else ())
        self.feature_boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        # Letters the form's own labels, the dialog's buttons and "Available in" do not use.
        taken = translate("dialogs", "ncoa", "the letters the room form's labels use")
        letters = assign([feature_text(c) for c in STANDARD_FEATURES], taken=taken)
        for i, code in enumerate(STANDARD_FEATURES):
            box = QCheckBox(letters[i])
            box.setChecked(code in features)
            self.feature_boxes[code] = box
            grid.addWidget(box, i // 3, i % 3)
        self.other = QLineEdit(", ".join(sorted(features - set(STANDARD_FEATURES))))
        self.other.setPlaceholderText(translate("dialogs", "Other features, comma-separated"))
        self.available = QListWidget()
        self.available.setAccessibleName(translate("dialogs", "Available in slots"))
        unavailable = set(room.unavailable_slot_ids if room else ())
        for slot in slots:
            if slot.kind is not SlotKind.SESSION:
                continue
            when = f"{short_weekday(slot.start)} {slot.start:%H:%M}–{slot.end:%H:%M}"
            item = QListWidgetItem(f"{when}  {slot.label}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, slot.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if slot.id in unavailable else Qt.CheckState.Checked)
            self.available.addItem(item)
        self.available.setMaximumHeight(150)

        form = QFormLayout()
        form.addRow(translate("dialogs", "&Name"), self.name)
        form.addRow(translate("dialogs", "&Capacity"), self.capacity)
        form.addRow(translate("dialogs", "Features"), grid)
        form.addRow(translate("dialogs", "&Other"), self.other)
        if self.available.count():
            available_label = QLabel(translate("dialogs", "&Available in"))
            available_label.setBuddy(self.available)
            form.addRow(available_label, self.available)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def room_input(self) -> RoomInput:
        features = [code for code, box in self.feature_boxes.items() if box.isChecked()]
        features += [part for part in self.other.text().split(",") if part.strip()]
        unavailable = [
            int(self.available.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.available.count())
            if self.available.item(i).checkState() == Qt.CheckState.Unchecked
        ]
        return RoomInput(self.name.text(), self.capacity.value(), tuple(features), tuple(unavailable))

    def accept(self) -> None:
        if self.attempt(lambda: self._submit(self.room_input())):
            super().accept()


class SlotDialog(_ValidatingDialog):
    """A slot's day, start, end, kind and label; new slots start where the last one ended."""

    def __init__(
        self,
        submit: Callable[[SlotInput], object],
        zone: ZoneInfo,
        first_day: date,
        last_day: date,
        slot: SlotValue | None = None,
        after: SlotValue | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("dialogs", "Edit slot") if slot else translate("dialogs", "Add slot"), parent
        )
        self._submit = submit
        self._zone = zone
        if slot is not None:
            start, end, kind, label = slot.start, slot.end, slot.kind, slot.label
        elif after is not None:
            start = after.end
            end, kind, label = start + timedelta(minutes=50), SlotKind.SESSION, ""
        else:
            start = datetime.combine(first_day, time(10, 0), tzinfo=zone)
            end, kind, label = start + timedelta(minutes=50), SlotKind.SESSION, ""
        self.day = DateField(to_qdate(start.date()), name=translate("dialogs", "Day"))
        self.day.setDateRange(to_qdate(first_day), to_qdate(last_day))
        self.start = QTimeEdit(QTime(start.hour, start.minute))
        self.start.setDisplayFormat("HH:mm")
        self.end = QTimeEdit(QTime(end.hour, end.minute))
        self.end.setDisplayFormat("HH:mm")
        self.kind = QComboBox()
        for value in SlotKind:
            self.kind.addItem(kind_text(value), value.value)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.label = QLineEdit(label)
        self.label.setPlaceholderText(translate("dialogs", "e.g. Session 3, Lunch"))
        form = QFormLayout()
        if first_day != last_day:
            form.addRow(translate("dialogs", "&Day"), self.day)
        form.addRow(translate("dialogs", "&Start"), self.start)
        form.addRow(translate("dialogs", "&End"), self.end)
        form.addRow(translate("dialogs", "&Kind"), self.kind)
        form.addRow(translate("dialogs", "&Label"), self.label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def slot_input(self) -> SlotInput:
        day = from_qdate(self.day.date())
        start = datetime.combine(
            day, time(self.start.time().hour(), self.start.time().minute()), tzinfo=self._zone
        )
        end = datetime.combine(day, time(self.end.time().hour(), self.end.time().minute()), tzinfo=self._zone)
        return SlotInput(start, end, SlotKind(self.kind.currentData()), self.label.text())

    def accept(self) -> None:
        if self.attempt(lambda: self._submit(self.slot_input())):
            super().accept()
