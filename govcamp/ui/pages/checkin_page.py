"""The Check-in page (phase 3), built for a queue of 150 people in 30 minutes.

One input always has the focus: a keyboard-wedge scanner types a check-in code and Enter, and that alone
checks the person in. Two or three letters list matches as you type (accents and case folded); ↓ and Enter
check the chosen one in. The result is a full-width band in words and colour, with what to do next. The
desk's actions are built by :mod:`govcamp.ui.checkin_commands` and performed by the window's one entry,
``doc.actions`` (refusals in words, one undo step each).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from govcamp.domain.checkin import CheckinResult, SearchIndex
from govcamp.domain.enums import state_words
from govcamp.domain.errors import GovcampError
from govcamp.exports.layouts import LAYOUTS
from govcamp.paths import documents_dir
from govcamp.services import checkin as desk
from govcamp.services import door
from govcamp.services import event as event_service
from govcamp.ui import checkin_commands as actions
from govcamp.ui.accessibility import describe_focused, relative_font
from govcamp.ui.actions import Topic
from govcamp.ui.badge_printing import (
    DeskPrinting,
    desk_name,
    load_printing,
    save_desk_name,
    save_printing,
)
from govcamp.ui.checkin_dialogs import PrinterDialog, WalkInDialog
from govcamp.ui.checkin_widgets import ArrivalsChart, ResultBand
from govcamp.ui.document import EventDocument
from govcamp.ui.i18n import fmt, translate

#: How long a lone P waits for more keys before it counts as "print" rather than the start of a scan.
P_GRACE_MS = 120
#: How often the counts and door queue are re-read, for what other desks did.
LIVE_MS = 10_000
#: Changes that bring or take people (an import, the lottery, a walk-in): the search is rebuilt for them.
PEOPLE = Topic.APPLICANTS | Topic.TICKETS | Topic.LOTTERY


class CheckinPage(QWidget):
    """The welcome desk."""

    def __init__(self, doc: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-Check-in")
        self.doc = doc
        self.zone = ZoneInfo(event_service.get_details(doc.db).timezone)
        self.index = SearchIndex(desk.search_entries(doc.db))
        self.current: desk.PersonBrief | None = None  # the person the band is about
        self.band_fresh = False  # a lone P prints this person's badge
        #: Opens a written PDF; tests replace it so nothing is launched.
        self.open_file: Callable[[Path], object] = lambda path: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(path))
        )
        #: Asks before printing again; tests replace it.
        self.confirm: Callable[[str, str], bool] = self._ask

        heading = QLabel(translate("checkin_page", "Check-in"))
        heading.setFont(relative_font(20, weight=QFont.Weight.DemiBold))
        # A button, not a text field, and like every control here reached by Tab but not focused by a click:
        # a scan lands in the input whatever was clicked last, and keys typed on a control go there too.
        self.desk_name = desk_name()
        self.desk_button = QPushButton()
        self.desk_button.setObjectName("deskName")
        self.desk_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.desk_button.clicked.connect(self.rename_desk)
        self._show_desk()
        self.printer_button = QPushButton()
        self.printer_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.printer_button.clicked.connect(self.choose_printer)
        # The heading on its own line, the desk and printer under it: side by side, the three grew the
        # page past a 1024 px screen once translated (the pseudo-translation run found it).
        top = QVBoxLayout()
        top.addWidget(heading)
        tools = QHBoxLayout()
        tools.addStretch(1)
        tools.addWidget(self.desk_button)
        tools.addWidget(self.printer_button)
        top.addLayout(tools)

        self.input = QLineEdit()
        self.input.setObjectName("checkinInput")
        self.input.setAccessibleName(translate("checkin_page", "Scan or search"))
        self.input.setPlaceholderText(
            translate("checkin_page", "Scan a badge, or type a name, organisation, e-mail or code")
        )
        self.input.setFont(relative_font(18))
        self.input.setStyleSheet("padding: 8px;")
        self.input.textEdited.connect(self._search)
        self.input.installEventFilter(self)
        self.matches = QListWidget()
        self.matches.setObjectName("checkinMatches")
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matches.setFont(relative_font(12))
        self.matches.setMaximumHeight(220)
        self.matches.itemClicked.connect(
            lambda item: self._check_in_id(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.matches.currentRowChanged.connect(self._match_chosen)
        self.matches.hide()

        self.band = ResultBand()
        self.band.focus = self.input
        self.band.door_button.clicked.connect(self.add_current_to_door_queue)
        self.band.print_button.clicked.connect(self.print_current)
        self.band.undo_button.clicked.connect(self.undo)

        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.input)
        left.addWidget(self.matches)
        left.addWidget(self.band)
        left.addStretch(1)

        self.counts_label = QLabel()
        self.counts_label.setObjectName("deskCounts")
        self.counts_label.setFont(relative_font(12))
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.counts_label.setWordWrap(True)
        self.chart = ArrivalsChart()
        self.door_list = QListWidget()
        self.door_list.setObjectName("doorQueue")
        self.door_list.setAccessibleName(translate("checkin_page", "Waiting at the door"))
        self.door_list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.door_list.setWordWrap(True)
        self.door_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.release_button = QPushButton(translate("checkin_page", "Re&lease no-shows…"))
        self.release_button.setObjectName("releaseButton")
        self.release_button.clicked.connect(self.release_no_shows)
        self.walkin_button = QPushButton(translate("checkin_page", "New &walk-in…"))
        self.walkin_button.setObjectName("walkinButton")
        self.walkin_button.clicked.connect(self.new_walk_in)
        self.revoke_button = QPushButton(translate("checkin_page", "Re&voke phone code…"))
        self.revoke_button.setObjectName("revokePhoneCode")
        self.revoke_button.setToolTip(
            translate(
                "checkin_page",
                "Stop the code of the person shown working on phones (a lost badge): "
                "their stars stop counting",
            )
        )
        self.revoke_button.clicked.connect(self.revoke_phone_code)
        for button in (self.release_button, self.walkin_button, self.revoke_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        right = QVBoxLayout()
        right.addWidget(self.counts_label)
        right.addWidget(QLabel(translate("checkin_page", "Arrivals per quarter hour")))
        right.addWidget(self.chart)
        self.door_heading = QLabel(translate("checkin_page", "Door queue"))
        right.addWidget(self.door_heading)
        right.addWidget(self.door_list, 1)
        right.addWidget(self.walkin_button)
        right.addWidget(self.release_button)
        right.addWidget(self.revoke_button)
        side = QWidget()
        side.setLayout(right)
        side.setFixedWidth(320)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addLayout(left, 1)
        layout.addWidget(side)
        # Tab in reading order: the desk's two buttons, the input, the result's buttons, then the side
        # column top to bottom. A key typed while one of them has the focus goes on to the input, so a
        # badge scanned after tabbing is not lost.
        chain: list[QWidget] = [
            self.desk_button,
            self.printer_button,
            self.input,
            self.band.door_button,
            self.band.print_button,
            self.band.undo_button,
            self.door_list,
            self.walkin_button,
            self.release_button,
            self.revoke_button,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        for widget in chain:
            if widget is not self.input:
                widget.installEventFilter(self)

        self._p_timer = QTimer(self)
        self._p_timer.setSingleShot(True)
        self._p_timer.setInterval(P_GRACE_MS)
        self._p_timer.timeout.connect(self._p_timeout)
        self._print_shortcut = QShortcut(QKeySequence("Ctrl+P"), self)
        self._print_shortcut.activated.connect(self.print_current)
        # Other desks check people in and add walk-ins to the same event: the counts, the door queue and the
        # search follow them every few seconds while the page is shown.
        self._live = QTimer(self)
        self._live.setInterval(LIVE_MS)
        self._live.timeout.connect(self._follow_other_desks)
        doc.subscribe(self, PEOPLE | actions.TOPIC, self._changed)
        self.refresh()

    # ------------------------------------------------------------------------------------------- focus

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._live.start()
        QTimer.singleShot(0, self.focus_input)

    def hideEvent(self, event: QHideEvent) -> None:
        self._live.stop()
        super().hideEvent(event)

    def _follow_other_desks(self) -> None:
        if desk.person_count(self.doc.db) != len(self.index):
            self.index = SearchIndex(desk.search_entries(self.doc.db))
        self.refresh()

    def focus_input(self) -> None:
        if self.isVisible():
            self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_desk(self) -> None:
        self.desk_button.setText(
            fmt(translate("checkin_page", "&Desk: %1"), self.desk_name.replace("&", "&&"))
        )
        self.desk_button.setToolTip(
            translate(
                "checkin_page", "This laptop's desk name, recorded with every check-in. Click to change."
            )
        )

    def set_desk_name(self, name: str) -> None:
        """Name this laptop's desk (remembered on this laptop)."""
        self.desk_name = " ".join(name.split()) or "Desk 1"
        save_desk_name(self.desk_name)
        self._show_desk()

    def rename_desk(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            translate("checkin_page", "Desk name"),
            translate("checkin_page", "This desk is called:"),
            text=self.desk_name,
        )
        if ok:
            self.set_desk_name(name)
        self.focus_input()

    @property
    def desk_label(self) -> str:
        return self.desk_name

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
                event.accept()  # the desk's undo, not the line edit's
                return False
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        if watched is not self.input and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key_elsewhere(event)
        return super().eventFilter(watched, event)

    def _key_elsewhere(self, event: QKeyEvent) -> bool:
        """A printable key on one of the page's other controls: it is typing (or a scanner), so it goes to
        the input. Space still presses a button, and the arrow keys still move in the door queue."""
        text = event.text()
        typed = text.isprintable() and text.strip() != ""
        held = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if not typed or held:
            return False
        self.input.setFocus(Qt.FocusReason.OtherFocusReason)
        QApplication.sendEvent(self.input, QKeyEvent(event.type(), event.key(), event.modifiers(), text))
        return True

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
            return True
        if event.matches(QKeySequence.StandardKey.Redo):
            self.doc.undo_stack.redo()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches.count():
            row = self.matches.currentRow()
            row = row + 1 if key == Qt.Key.Key_Down else row - 1
            self.matches.setCurrentRow(max(0, min(self.matches.count() - 1, row)))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._p_timer.stop()
            self.submit()
            return True
        if key == Qt.Key.Key_Escape:
            self.clear_input()
            return True
        if self._p_timer.isActive():
            # More keys right behind the P: a scanner typing a code that starts with P.
            self._p_timer.stop()
            self.input.setText(translate("checkin_page", "P"))
        if (
            key == Qt.Key.Key_P
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            and not self.input.text()
            and self.band_fresh
        ):
            self._p_timer.start()
            return True
        return False

    def _p_timeout(self) -> None:
        self.print_current()

    def clear_input(self) -> None:
        self.input.clear()
        self.matches.clear()
        self.matches.hide()

    # ------------------------------------------------------------------------------------------ search

    def _match_chosen(self, row: int) -> None:
        """↓ and ↑ move in the list of matches while the focus stays in the input: say which one."""
        item = self.matches.item(row)
        if item is not None:
            said = fmt(translate("checkin_page", "%1 (%2 of %3)"), item.text(), row + 1, self.matches.count())
            describe_focused(self.input, said)

    def _search(self, text: str) -> None:
        self.band_fresh = False
        query = text.strip()
        self.matches.clear()
        if len(query) < 2:
            self.matches.hide()
            return
        found = self.index.search(query, limit=8)
        if not found:
            self.matches.hide()
            return
        looked = desk.look_up(self.doc.db, [entry.person_id for entry in found])
        for entry in found:
            person = looked.get(entry.person_id)
            state = _state_words(person) if person else ""
            organisation = entry.organisation or translate("checkin_page", "no organisation")
            item = QListWidgetItem(f"{entry.full_name}  ·  {organisation}  ·  {state}".strip(" ·"))
            item.setData(Qt.ItemDataRole.UserRole, entry.person_id)
            self.matches.addItem(item)
        self.matches.setCurrentRow(-1)  # ↓ chooses; Enter alone goes on meaning "the code I typed"
        self.matches.show()

    def submit(self) -> None:
        """Enter: the chosen match, or else the code, e-mail or id typed (or scanned)."""
        item = self.matches.currentItem() if self.matches.isVisible() else None
        if item is not None and self.matches.currentRow() >= 0:
            self._check_in_id(int(item.data(Qt.ItemDataRole.UserRole)))
            return
        text = self.input.text()
        if not text.strip():
            return
        self.check_in(text)

    def _check_in_id(self, person_id: int) -> None:
        self.check_in(str(person_id))

    # ------------------------------------------------------------------------------------------ results

    def check_in(self, reference: str) -> desk.CheckinOutcome | None:
        outcome = self.doc.actions.run(actions.check_in_action(reference, self.desk_label), self)
        self.clear_input()
        if outcome is None:  # refused: the entry has said why
            self.focus_input()
            return None
        self.show_outcome(outcome)
        if outcome.result == CheckinResult.CHECKED_IN and load_printing().auto_print and outcome.person:
            self.print_badge(outcome.person.id)
        self.focus_input()
        return outcome

    def _time(self, moment: datetime | None) -> str:
        return moment.astimezone(self.zone).strftime("%H:%M") if moment else ""

    def show_outcome(self, outcome: desk.CheckinOutcome) -> None:
        person = outcome.person
        self.current = person
        self.band_fresh = person is not None and outcome.ok
        kind = outcome.result.value
        if person is None:
            self.band.show_result(
                kind,
                f"“{outcome.query}”",
                translate("checkin_page", "No one in this event has that code, e-mail or id."),
                translate(
                    "checkin_page",
                    "Type two or three letters of their name to search, or add them as a walk-in.",
                ),
            )
            self.band.set_buttons(door=False, print_=False, undo=False)
            return
        who = person.badge_name or person.full_name
        about = " · ".join(part for part in (person.full_name, person.organisation, person.pronouns) if part)
        if outcome.result == CheckinResult.CHECKED_IN:
            access = "  ⚑ Access needs noted: tell the host." if person.access_needs else ""
            printed = self._printed(person.id)
            step = (
                f"{printed} P prints it again."
                if printed
                else "Give them their badge, or press P to print it."
            )
            self.band.show_result(kind, who, about, f"{step}{access}")
            self.band.set_buttons(door=False, print_=True, undo=True)
        elif outcome.result == CheckinResult.ALREADY:
            where = f" at {outcome.desk}" if outcome.desk else ""
            self.band.show_result(
                kind,
                fmt(
                    translate("checkin_page", "%1, in since %2%3"),
                    who,
                    self._time(outcome.checked_in_at),
                    where,
                ),
                about,
                fmt(
                    translate(
                        "checkin_page",
                        "Nothing to do: they are already checked in. %1 P reprints a lost badge.",
                    ),
                    self._printed(person.id),
                ),
            )
            self.band.set_buttons(door=False, print_=True, undo=False)
        elif outcome.result == CheckinResult.WAITLISTED:
            if outcome.in_door_queue:
                step = "Already in the door queue: they get a place when no-shows are released."
            else:
                step = "Add them to the door queue: they get a place if one frees up."
            self.band.show_result(
                kind,
                fmt(
                    translate("checkin_page", "%1: number %2 on the waiting list"),
                    who,
                    outcome.waitlist_position,
                ),
                about,
                step,
            )
            self.band.set_buttons(door=not outcome.in_door_queue, print_=False, undo=False)
        else:
            self.band.show_result(
                kind,
                fmt(translate("checkin_page", "%1: no place"), who),
                f"{about} — {outcome.reason.capitalize()}.",
                translate(
                    "checkin_page",
                    "They cannot be checked in. A walk-in can take a free place, or wait in the door queue.",
                ),
            )
            self.band.set_buttons(door=False, print_=False, undo=False)

    # ------------------------------------------------------------------------------------- door queue

    def add_current_to_door_queue(self) -> None:
        if self.current is None:
            return
        position = self.doc.actions.run(actions.door_add_action(self.current), self)
        if position is None:  # refused: the entry has said why
            self.focus_input()
            return
        self.band.show_result(
            "door",
            fmt(
                translate("checkin_page", "%1: number %2"),
                self.current.badge_name or self.current.full_name,
                position,
            ),
            "",
            translate("checkin_page", "They get a place, in waiting-list order, when no-shows are released."),
        )
        self.band.set_buttons(door=False, print_=False, undo=True)
        self.focus_input()

    def release_no_shows(self) -> None:
        preview = door.release_no_shows(self.doc.db, dry_run=True)
        if not preview.no_shows:
            QMessageBox.information(
                self,
                translate("checkin_page", "Release no-shows"),
                translate("checkin_page", "Everyone with a place has checked in."),
            )
            self.focus_input()
            return
        release = actions.release_action(self.desk_label, actions.release_question(preview))
        outcome = self.doc.actions.run(release, self)  # the entry asks first; None: Cancel or refused
        if outcome is not None:
            self.band.show_result(
                "released",
                fmt(
                    translate("checkin_page", "%1 places freed, %2 given to the door queue"),
                    len(outcome.no_shows),
                    len(outcome.admitted),
                ),
                ", ".join(c.person.full_name for c in outcome.admitted[:8]),
                translate(
                    "checkin_page", "Call them to the desk for their badges. Ctrl+Z undoes the release."
                ),
            )
            self.band.set_buttons(door=False, print_=False, undo=True)
        self.focus_input()

    def revoke_phone_code(self) -> bool:
        """Revoke the phone code of the person the band shows (asks first; Ctrl+Z restores it)."""
        from govcamp.services import stars as star_service
        from govcamp.ui.phone_commands import revoke_action

        person = self.current
        if person is None:
            QMessageBox.information(
                self,
                translate("checkin_page", "Revoke phone code"),
                translate(
                    "checkin_page", "Scan their badge or find them by name first; then revoke the code shown."
                ),
            )
            self.focus_input()
            return False
        who = person.badge_name or person.full_name
        if person.id in star_service.revoked(self.doc.db):
            QMessageBox.information(
                self,
                translate("checkin_page", "Revoke phone code"),
                fmt(translate("checkin_page", "%1's code already does not work on phones."), who),
            )
            self.focus_input()
            return False
        stars = len(star_service.stars_of(self.doc.db, person.id))
        done = self.doc.actions.run(revoke_action(person, self.desk_label, stars), self) is not None
        if done:
            self.band.show_result(
                "revoked",
                who,
                translate("checkin_page", "Their phones are signed out and their stars no longer count."),
                translate("checkin_page", "Their badge still checks them in here. Ctrl+Z undoes it."),
            )
            self.band.set_buttons(door=False, print_=False, undo=True)
        self.focus_input()
        return done

    def new_walk_in(self) -> None:
        counts = desk.counts(self.doc.db)
        dialog = WalkInDialog(counts.free_places, self)
        dialog.setObjectName("walkinDialog")
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:  # a refusal is shown in the dialog, which stays open with what was typed
                outcome = self.doc.actions.perform(
                    actions.walk_in_action(dialog.value(), self.desk_label), dialog
                )
            except GovcampError as exc:
                dialog.error.setText(str(exc))
                continue
            person = outcome.person
            self.current = person
            if outcome.placed:
                self.band_fresh = True
                self.band.show_result(
                    "checked_in",
                    person.badge_name or person.full_name,
                    fmt(
                        translate("checkin_page", "%1 · walk-in · code %2"),
                        person.full_name,
                        person.checkin_code,
                    ),
                    translate(
                        "checkin_page", "Given a free place and checked in. Press P to print their badge."
                    ),
                )
                self.band.set_buttons(door=False, print_=True, undo=True)
            else:
                self.band.show_result(
                    "door",
                    fmt(translate("checkin_page", "%1: number %2"), person.full_name, outcome.door_position),
                    translate("checkin_page", "No place is free yet."),
                    translate("checkin_page", "They get a place if no-shows are released."),
                )
                self.band.set_buttons(door=False, print_=False, undo=True)
            break
        dialog.deleteLater()
        self.focus_input()

    def undo(self) -> None:
        if self.doc.undo_stack.canUndo():
            text = self.doc.undo_stack.undoText()
            self.doc.undo_stack.undo()
            self.band.show_idle(fmt(translate("checkin_page", "Undone: %1."), text))
        self.focus_input()

    # ----------------------------------------------------------------------------------------- printing

    def _update_printer_button(self) -> None:
        choice = load_printing()
        layout = LAYOUTS[choice.layout]
        where = choice.printer or "PDF"
        position = f", next label {choice.next_position}" if layout.per_page > 1 else ""
        self.printer_button.setText(
            fmt(
                translate("checkin_page", "P&rinter: %1 (%2%3)"),
                where.replace("&", "&&"),
                choice.layout,
                position,
            )
        )

    def choose_printer(self) -> None:
        dialog = PrinterDialog(load_printing(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            save_printing(dialog.value())
            self._update_printer_button()
        dialog.deleteLater()
        self.focus_input()

    def _printed(self, person_id: int) -> str:
        """When this person's badge was last printed, in words ("" if never)."""
        from govcamp.services.badge_print import print_log

        prints = print_log(self.doc.db, person_id)
        if not prints:
            return ""
        last = prints[-1]
        where = f" on {last.desk}" if last.desk else ""
        return f"Badge printed at {self._time(last.printed_at)}{where}."

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        )
        return answer == QMessageBox.StandardButton.Yes

    def print_current(self) -> None:
        self._p_timer.stop()
        if self.current is not None:
            self.print_badge(self.current.id)
        self.focus_input()

    def print_badge(self, person_id: int) -> Path | None:
        """Print one person's badge on this desk's printer, or write and open the PDF; ask before a reprint.

        Returns the PDF written when there is no printer.
        """
        from govcamp.exports.one_badge import one_badge_page, write_one_badge
        from govcamp.services.badge_print import one_badge

        self.band_fresh = False
        badge = one_badge(self.doc.db, person_id)
        if badge.prints:
            last = badge.prints[-1]
            where = f" on {last.desk}" if last.desk else ""
            if not self.confirm(
                translate("checkin_page", "Print again?"),
                fmt(
                    translate("checkin_page", "%1's badge was printed at %2%3 — print again?"),
                    badge.badge.full_name,
                    self._time(last.printed_at),
                    where,
                ),
            ):
                return None
        choice = load_printing()
        written: Path | None = None
        try:
            if choice.printer:
                from PySide6.QtPrintSupport import QPrinter

                from govcamp.ui.badge_printing import print_page, setup_printer

                layout = LAYOUTS[choice.layout]
                page = one_badge_page(
                    badge.badge, event_name=badge.event_name, layout=layout, position=choice.next_position
                )
                printer = QPrinter(QPrinter.PrinterMode.HighResolution)
                printer.setPrinterName(choice.printer)
                printer.setDocName(f"Badge — {badge.badge.full_name}")
                setup_printer(printer, layout)
                if not print_page(printer, page, layout):
                    raise GovcampError(
                        fmt(
                            translate("checkin_page", "The printer “%1” could not start printing."),
                            choice.printer,
                        )
                    )
            else:
                folder = documents_dir() / "govcamp badges"
                folder.mkdir(parents=True, exist_ok=True)
                written = write_one_badge(
                    badge.badge,
                    folder / f"badge-{person_id}.pdf",
                    event_name=badge.event_name,
                    layout=choice.layout,
                    position=choice.next_position,
                )
                self.open_file(written)
        except (GovcampError, OSError) as exc:
            QMessageBox.warning(self, translate("checkin_page", "The badge was not printed"), str(exc))
            return None
        self.doc.actions.run(
            actions.print_log_action(
                person_id,
                desk_name=self.desk_label,
                printer=choice.printer or "PDF",
                layout=choice.layout,
                position=choice.next_position,
            ),
            self,
        )
        per_page = LAYOUTS[choice.layout].per_page
        following = choice.next_position % per_page + 1
        save_printing(DeskPrinting(choice.printer, choice.layout, following, choice.auto_print))
        self._update_printer_button()
        self.band.next_step.setText(
            fmt(translate("checkin_page", "Badge sent to %1."), choice.printer)
            if choice.printer
            else fmt(translate("checkin_page", "Badge written to %1."), written)
        )
        return written

    # ------------------------------------------------------------------------------------------ refresh

    def _changed(self, topics: Topic) -> None:
        if topics & PEOPLE:  # people came or went (an import, a walk-in): search them too
            self.index = SearchIndex(desk.search_entries(self.doc.db))
        self.refresh()

    def refresh(self) -> None:
        counts = desk.counts(self.doc.db)
        big = relative_font(22).pointSizeF()
        self.counts_label.setText(
            fmt(
                translate(
                    "checkin_page",
                    "<b style='font-size:%1pt'>%2</b> checked in of %3 expected<br>%4 not yet · %5 in the "
                    "door queue · %6 places free",
                ),
                format(big, "g"),
                format(counts.checked_in, ","),
                format(counts.expected, ","),
                format(counts.not_yet, ","),
                format(counts.door_queue, ","),
                format(counts.free_places, ","),
            )
        )
        self.chart.set_data(list(counts.arrivals))
        self.door_list.clear()
        queue = door.door_queue(self.doc.db)
        self.door_heading.setText(fmt(translate("checkin_page", "Door queue (%1)"), len(queue)))
        for number, person in enumerate(queue, start=1):
            self.door_list.addItem(f"{number}. {person.full_name} — {person.organisation or 'walk-in'}")
        if not queue:
            self.door_list.addItem(translate("checkin_page", "Nobody is waiting at the door."))
        self._update_printer_button()


def _state_words(person: desk.DeskPerson) -> str:
    """Where a person stands, in the window's language, for the search's matches."""
    if person.state == "checked_in":
        if person.desk:
            return fmt(translate("checkin_page", "in at %1"), person.desk)
        return translate("checkin_page", "in")
    if person.state == "waitlisted":
        if person.in_door_queue:
            return translate("checkin_page", "door queue")
        if person.waitlist_position:
            return fmt(translate("checkin_page", "waiting list %1"), person.waitlist_position)
        return translate("checkin_page", "waiting list")
    return state_words(person.state)
