"""Event & rooms: the event's details, its rooms and its timetable of slots."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from govcamp.domain.errors import GovcampError
from govcamp.domain.values import EventDetails, RoomInput, RoomValue, SlotValue
from govcamp.ui.actions import Topic
from govcamp.ui.counts import plural
from govcamp.ui.date_field import DateField
from govcamp.ui.dialogs import RoomDialog, SlotDialog, from_qdate, timezone_combo, to_qdate
from govcamp.ui.i18n import fmt, translate
from govcamp.ui.language_choice import language_combo
from govcamp.ui.models import RoomsModel, SlotsModel

# The services (and the database stack under them) are imported where they are used: the window draws
# this page from a first look at the file (govcamp.services.first_look) before SQLAlchemy has loaded.
if TYPE_CHECKING:
    from govcamp.services.first_look import FirstLook
    from govcamp.ui.document import EventDocument


def _table(model: RoomsModel | SlotsModel, name: str, stretch: int) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    # The arrow keys move between cells; Tab leaves the table, so the keyboard is never trapped in it.
    view.setTabKeyNavigation(False)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # The one wordy column takes what room is left, so the table fits without scrolling sideways.
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setMinimumHeight(220)
    return view


def _button(text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


class _FocusOut(QObject):
    """Calls back when a plain-text editor loses focus (it has no editingFinished)."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class EventPage(QWidget):
    """Edit the event's details; add, edit, reorder and remove rooms and slots. Every change can be undone.

    Made with ``doc=None`` and a ``look`` (:func:`govcamp.services.first_look.first_look`), the page shows
    the event before it is open and takes typing at once; :meth:`attach` gives it the open event. A detail
    typed before then is saved as soon as the event is open (the window goes on answering meanwhile); a
    button asked for before then calls ``finish_opening`` (the window opens the event at once) and goes ahead.
    """

    def __init__(
        self, doc: EventDocument | None, parent: QWidget | None = None, *, look: FirstLook | None = None
    ) -> None:
        super().__init__(parent)
        self._doc = doc
        self._look = look
        # Set by the window while the event is still opening: open it now, for an action that needs it.
        self.finish_opening: Callable[[], None] | None = None
        self._save_when_open = False
        self._loading = False

        # Details ---------------------------------------------------------------------------------------
        self.name = QLineEdit()
        self.name.setObjectName("eventName")
        self.start = DateField(name=translate("event_page", "First day"))
        self.end = DateField(name=translate("event_page", "Last day"))
        self.venue = QLineEdit()
        self.venue.setObjectName("eventVenue")
        self.timezone = timezone_combo("Europe/London")
        self.contact_email = QLineEdit()
        self.contact_email.setObjectName("eventContactEmail")
        self.contact_email.setPlaceholderText(translate("event_page", "organisers@example.org"))
        self.contact_email.setToolTip(
            translate(
                "event_page",
                "The organisers' address. Calendars name it as their organiser; without one they name a "
                "placeholder that reaches nobody.",
            )
        )
        self.export_language = language_combo("eventExportLanguage", event_default=False)
        self.export_language.setAccessibleName(
            translate("event_page", "Language of printed badges, signs, poster and archive")
        )
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)  # Tab goes on to the next field instead of trapping
        self.description.setPlaceholderText(
            translate("event_page", "A few words for the archive and the calendar.")
        )
        self.description.setMaximumHeight(60)
        self.details_error = QLabel()
        self.details_error.setStyleSheet("color: #b00020;")
        self.details_error.setWordWrap(True)
        self.details_error.hide()
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(translate("event_page", "to")))
        dates.addWidget(self.end)
        dates.addStretch(1)
        form = QFormLayout()
        form.addRow(translate("event_page", "&Name"), self.name)
        dates_label = QLabel(translate("event_page", "&Dates"))
        dates_label.setBuddy(self.start)
        form.addRow(dates_label, dates)
        form.addRow(translate("event_page", "&Venue"), self.venue)
        form.addRow(translate("event_page", "&Time zone"), self.timezone)
        form.addRow(translate("event_page", "&Contact email"), self.contact_email)
        form.addRow(translate("event_page", "Pr&inted language"), self.export_language)
        form.addRow(translate("event_page", "Descri&ption"), self.description)
        form.addRow("", self.details_error)
        details = QGroupBox(translate("event_page", "Event"))
        details.setLayout(form)
        self.name.editingFinished.connect(self.save_details)
        self.venue.editingFinished.connect(self.save_details)
        self.contact_email.editingFinished.connect(self.save_details)
        self.start.editingFinished.connect(self.save_details)
        self.end.editingFinished.connect(self.save_details)
        self.timezone.activated.connect(lambda _i: self.save_details())
        self.export_language.activated.connect(lambda _i: self.save_details())
        zone_line = self.timezone.lineEdit()
        assert zone_line is not None
        zone_line.editingFinished.connect(self.save_details)
        self.description.installEventFilter(_FocusOut(self.save_details, self))

        # Rooms -----------------------------------------------------------------------------------------
        self.rooms_model = RoomsModel()
        self.rooms_view = _table(self.rooms_model, "roomsTable", RoomsModel.FEATURES)
        self.rooms_view.doubleClicked.connect(lambda _i: self.edit_room())
        self.rooms_empty = QLabel(
            translate("event_page", "No rooms yet. Add the rooms sessions can use, biggest first.")
        )
        self.rooms_empty.setObjectName("roomsEmpty")
        self.rooms_summary = QLabel()
        self.add_room_button = _button(
            translate("event_page", "&Add room…"),
            translate("event_page", "Add a room (Ctrl+Shift+R)"),
            self.add_room,
        )
        self.edit_room_button = _button(
            translate("event_page", "Edit…"),
            translate("event_page", "Edit the selected room (Enter)"),
            self.edit_room,
        )
        self.remove_room_button = _button(
            translate("event_page", "Remove"),
            translate("event_page", "Remove the selected room (Delete)"),
            self.remove_room,
        )
        self.room_up_button = _button(
            translate("event_page", "Move up"),
            translate("event_page", "Move the room left in the grid (Ctrl+Up)"),
            lambda: self.move_room(-1),
        )
        self.room_down_button = _button(
            translate("event_page", "Move down"),
            translate("event_page", "Move the room right in the grid (Ctrl+Down)"),
            lambda: self.move_room(1),
        )
        room_buttons = QHBoxLayout()
        for button in (
            self.add_room_button,
            self.edit_room_button,
            self.remove_room_button,
            self.room_up_button,
            self.room_down_button,
        ):
            room_buttons.addWidget(button)
        room_buttons.addStretch(1)
        rooms_box = QGroupBox(translate("event_page", "Rooms"))
        rooms_layout = QVBoxLayout(rooms_box)
        rooms_layout.addLayout(room_buttons)
        rooms_layout.addWidget(self.rooms_empty)
        rooms_layout.addWidget(self.rooms_view)
        rooms_layout.addWidget(self.rooms_summary)

        # Slots -----------------------------------------------------------------------------------------
        self.slots_model = SlotsModel()
        self.slots_view = _table(self.slots_model, "slotsTable", SlotsModel.LABEL)
        self.slots_view.doubleClicked.connect(lambda _i: self.edit_slot())
        self.slots_empty = QLabel(
            translate("event_page", "No slots yet. Add the day's session slots, breaks and lunch.")
        )
        self.slots_empty.setObjectName("slotsEmpty")
        self.slots_summary = QLabel()
        self.add_slot_button = _button(
            translate("event_page", "Add &slot…"),
            translate("event_page", "Add a slot after the last one (Ctrl+Shift+T)"),
            self.add_slot,
        )
        self.edit_slot_button = _button(
            translate("event_page", "Edit…"),
            translate("event_page", "Edit the selected slot (Enter)"),
            self.edit_slot,
        )
        self.remove_slot_button = _button(
            translate("event_page", "Remove"),
            translate("event_page", "Remove the selected slot (Delete)"),
            self.remove_slot,
        )
        slot_buttons = QHBoxLayout()
        for button in (self.add_slot_button, self.edit_slot_button, self.remove_slot_button):
            slot_buttons.addWidget(button)
        slot_buttons.addStretch(1)
        slots_box = QGroupBox(translate("event_page", "Timetable"))
        slots_layout = QVBoxLayout(slots_box)
        slots_layout.addLayout(slot_buttons)
        slots_layout.addWidget(self.slots_empty)
        slots_layout.addWidget(self.slots_view)
        slots_layout.addWidget(self.slots_summary)

        tables = QHBoxLayout()
        tables.addWidget(rooms_box, 1)
        tables.addWidget(slots_box, 1)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(details)
        layout.addLayout(tables, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._shortcuts()
        for view in (self.rooms_view, self.slots_view):
            view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        if doc is not None:
            self.attach(doc)
        elif look is not None:
            self._show_details(look.details)
            self._show_tables(list(look.rooms), list(look.slots))

    @property
    def doc(self) -> EventDocument:
        """The open event (opened now if the page was drawn from a first look and it is not open yet)."""
        if self._doc is None and self.finish_opening is not None:
            self.finish_opening()
        if self._doc is None:
            raise RuntimeError("The event is not open.")
        return self._doc

    def ready(self) -> bool:
        """Whether the event is open, opening it now if it is still loading (False if that failed)."""
        if self._doc is None and self.finish_opening is not None:
            self.finish_opening()
        return self._doc is not None

    def attach(self, doc: EventDocument) -> None:
        """Show ``doc``, the open event; what the first look shows stays as it is (with any typing)."""
        from govcamp.services import event as event_service
        from govcamp.services import rooms as room_service
        from govcamp.services import slots as slot_service

        self._doc = doc
        self.finish_opening = None
        doc.subscribe(self, Topic.EVENT | Topic.ROOMS | Topic.SLOTS, self._on_changed)
        look, self._look = self._look, None
        if look is None:
            self.reload()
            return
        # Changed between the look and the open (another program wrote it): show the file as it is now.
        details = event_service.get_details(doc.db)
        if details != look.details:
            self._show_details(details)
        rooms, slots = room_service.list_rooms(doc.db), slot_service.list_slots(doc.db)
        if tuple(rooms) != look.rooms or tuple(slots) != look.slots:
            self._show_tables(rooms, slots)
        if self._save_when_open:
            self._save_when_open = False
            self.save_details()

    def save_typed_now(self) -> None:
        """The window is closing while the event still opens: if anything was typed, open it now and save."""
        look = self._look
        if self._doc is not None or look is None:
            return
        if (self._save_when_open or self._typed(look.details) != look.details) and self.ready():
            self.save_details()

    # ------------------------------------------------------------------------------------------ plumbing

    def _shortcuts(self) -> None:
        def on(
            view: QTableView, key: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], None]
        ) -> None:
            shortcut = QShortcut(QKeySequence(key), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        on(self.rooms_view, QKeySequence.StandardKey.Delete, self.remove_room)
        on(self.rooms_view, "Return", self.edit_room)
        on(self.rooms_view, "Ctrl+Up", lambda: self.move_room(-1))
        on(self.rooms_view, "Ctrl+Down", lambda: self.move_room(1))
        on(self.slots_view, QKeySequence.StandardKey.Delete, self.remove_slot)
        on(self.slots_view, "Return", self.edit_slot)
        # Anywhere in the window while this page shows (Qt ignores shortcuts of hidden widgets).
        for key, slot in (("Ctrl+Shift+R", self.add_room), ("Ctrl+Shift+T", self.add_slot)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    def _on_changed(self, what: Topic) -> None:
        if what & Topic.EVENT:
            self.load_details()
        if what & (Topic.ROOMS | Topic.SLOTS):
            self.load_tables()

    def reload(self) -> None:
        self.load_details()
        self.load_tables()

    def load_details(self) -> None:
        from govcamp.services import event as event_service

        self._show_details(event_service.get_details(self.doc.db))

    def _show_details(self, details: EventDetails) -> None:
        self._loading = True
        try:
            self.name.setText(details.name)
            self.start.setDate(to_qdate(details.start_date))
            self.end.setDate(to_qdate(details.end_date))
            self.venue.setText(details.venue)
            self.timezone.setCurrentText(details.timezone)
            self.contact_email.setText(details.contact_email)
            self.export_language.setCurrentIndex(
                max(0, self.export_language.findData(details.export_language))
            )
            if self.description.toPlainText() != details.description:
                self.description.setPlainText(details.description)
        finally:
            self._loading = False

    def load_tables(self) -> None:
        from govcamp.services import rooms as room_service
        from govcamp.services import slots as slot_service

        self._show_tables(room_service.list_rooms(self.doc.db), slot_service.list_slots(self.doc.db))

    def _show_tables(self, rooms: list[RoomValue], slots: list[SlotValue]) -> None:
        self.rooms_model.set_values(rooms)
        self.slots_model.set_values(slots)
        self.rooms_empty.setVisible(not rooms)
        self.slots_empty.setVisible(not slots)
        seats = sum(r.capacity for r in rooms)
        self.rooms_summary.setText(f"{plural(len(rooms), 'room')}, {plural(seats, 'seat')}" if rooms else "")
        sessions = sum(1 for s in slots if s.kind.value == "session")
        self.slots_summary.setText(
            fmt(
                translate("event_page", "%1, %2 of them for sessions"),
                plural(len(slots), "slot"),
                format(sessions, ","),
            )
            if slots
            else ""
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        room = self.selected_room()
        self.edit_room_button.setEnabled(room is not None)
        self.remove_room_button.setEnabled(room is not None)
        count = self.rooms_model.rowCount()
        self.room_up_button.setEnabled(room is not None and self.rooms_model.row_of(room.id) > 0)
        self.room_down_button.setEnabled(room is not None and self.rooms_model.row_of(room.id) < count - 1)
        slot = self.selected_slot()
        self.edit_slot_button.setEnabled(slot is not None)
        self.remove_slot_button.setEnabled(slot is not None)

    # ------------------------------------------------------------------------------------------- details

    def save_details(self) -> None:
        if self._loading:
            return
        if self._doc is None:
            # Still opening: saved by attach(), a moment from now; the window need not stop for it.
            self._save_when_open = self.finish_opening is not None
            return
        from govcamp.services import event as event_service
        from govcamp.ui import commands

        current = event_service.get_details(self.doc.db)
        wanted = self._typed(current)
        if wanted == current:
            self.details_error.hide()
            return
        try:
            commands.edit_event(self.doc, wanted)
        except GovcampError as exc:
            self.details_error.setText(str(exc))
            self.details_error.show()
            return
        self.details_error.hide()

    def _typed(self, current: EventDetails) -> EventDetails:
        """``current`` with what the fields hold now."""
        return replace(
            current,
            name=self.name.text(),
            start_date=from_qdate(self.start.date()),
            end_date=from_qdate(self.end.date()),
            venue=self.venue.text(),
            timezone=self.timezone.currentText().strip(),
            description=self.description.toPlainText(),
            contact_email=self.contact_email.text(),
            export_language=str(self.export_language.currentData()),
        )

    def details(self) -> EventDetails:
        from govcamp.services import event as event_service

        return event_service.get_details(self.doc.db)

    # --------------------------------------------------------------------------------------------- rooms

    def selected_room(self) -> RoomValue | None:
        rows = self.rooms_view.selectionModel().selectedRows()
        return self.rooms_model.value(rows[0].row()) if rows else None

    def select_room(self, room_id: int) -> None:
        row = self.rooms_model.row_of(room_id)
        if row >= 0:
            self.rooms_view.selectRow(row)

    def add_room(self) -> None:
        if not self.ready():
            return
        from govcamp.services import slots as slot_service
        from govcamp.ui import commands

        dialog = RoomDialog(
            lambda room: commands.add_room(self.doc, room), slot_service.list_slots(self.doc.db), parent=self
        )
        if dialog.exec() and isinstance(dialog.result_value, RoomValue):
            self.select_room(dialog.result_value.id)

    def edit_room(self) -> None:
        room = self.selected_room()
        if room is None or not self.ready():
            return
        from govcamp.services import rooms as room_service
        from govcamp.services import slots as slot_service
        from govcamp.services.versions import ChangedElsewhereError
        from govcamp.ui import commands

        seen = [room.version]

        def save(value: RoomInput) -> RoomValue:
            try:
                return commands.edit_room(self.doc, room.id, value, seen=seen[0])
            except ChangedElsewhereError:
                # The list shows their change now; what is typed stays, and OK again saves it knowingly.
                seen[0] = room_service.get_room(self.doc.db, room.id).version
                raise

        dialog = RoomDialog(save, slot_service.list_slots(self.doc.db), room, parent=self)
        dialog.exec()
        self.select_room(room.id)

    def remove_room(self) -> None:
        room = self.selected_room()
        if room is None or not self.ready():
            return
        from govcamp.ui import commands

        row = self.rooms_model.row_of(room.id)
        actions = self.doc.actions
        snapshot = actions.run(commands.remove_room_action(self.doc.db, room.id), self)
        if snapshot is None:
            return
        window = self.window()
        if snapshot.placements and isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                fmt(
                    translate("event_page", "Removed “%1”; %2 went back to Unplaced. Undo with Ctrl+Z."),
                    room.name,
                    commands.sessions_word(len(snapshot.placements)),
                ),
                8000,
            )
        if self.rooms_model.rowCount():
            self.rooms_view.selectRow(min(row, self.rooms_model.rowCount() - 1))

    def move_room(self, step: int) -> None:
        room = self.selected_room()
        if room is None or not self.ready():
            return
        from govcamp.ui import commands

        self.doc.actions.run(commands.move_room_action(room, self.rooms_model.row_of(room.id) + step), self)
        self.select_room(room.id)

    # --------------------------------------------------------------------------------------------- slots

    def selected_slot(self) -> SlotValue | None:
        rows = self.slots_view.selectionModel().selectedRows()
        return self.slots_model.value(rows[0].row()) if rows else None

    def _slot_dialog(self, submit: Callable[..., object], slot: SlotValue | None) -> SlotDialog:
        from govcamp.services import event as event_service

        details = event_service.get_details(self.doc.db)
        values = self.slots_model.values()
        return SlotDialog(
            submit,
            event_service.event_zone(self.doc.db),
            details.start_date,
            details.end_date,
            slot=slot,
            after=values[-1] if values else None,
            parent=self,
        )

    def add_slot(self) -> None:
        if not self.ready():
            return
        from govcamp.ui import commands

        dialog = self._slot_dialog(lambda value: commands.add_slot(self.doc, value), None)
        if dialog.exec() and isinstance(dialog.result_value, SlotValue):
            row = self.slots_model.row_of(dialog.result_value.id)
            self.slots_view.selectRow(row)

    def edit_slot(self) -> None:
        slot = self.selected_slot()
        if slot is None or not self.ready():
            return
        from govcamp.ui import commands

        dialog = self._slot_dialog(lambda value: commands.edit_slot(self.doc, slot.id, value), slot)
        dialog.exec()
        self.slots_view.selectRow(self.slots_model.row_of(slot.id))

    def remove_slot(self) -> None:
        slot = self.selected_slot()
        if slot is None or not self.ready():
            return
        from govcamp.ui import commands

        row = self.slots_model.row_of(slot.id)
        if self.doc.actions.run(commands.remove_slot_action(self.doc.db, slot.id), self) is None:
            return
        if self.slots_model.rowCount():
            self.slots_view.selectRow(min(row, self.slots_model.rowCount() - 1))
