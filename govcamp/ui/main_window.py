"""The main window: the welcome screen, or an open event with a page for each phase."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from govcamp import __version__
from govcamp.domain.errors import GovcampError
from govcamp.paths import demo_event_path, documents_dir
from govcamp.ui import settings
from govcamp.ui.accessibility import relative_font
from govcamp.ui.counts import people, plural
from govcamp.ui.dates import short_moment
from govcamp.ui.file_guard import Banner, FileWatch, open_for_window
from govcamp.ui.i18n import QT_TRANSLATE_NOOP, current_language, fmt, translate, translations, use_language
from govcamp.ui.opening import (
    Background,
    OpeningView,
    Steps,
    import_plain_on_this_thread,
    run_steps,
    when_painted,
)
from govcamp.ui.welcome import WelcomePage

# The database stack (SQLAlchemy, SQLModel: most of a start-up) is imported when an event is first opened,
# not with the window, so the window paints before it loads (see MainWindow.open_soon).
if TYPE_CHECKING:
    from govcamp.domain.values import EventDetails
    from govcamp.services import file_guard as guard_service
    from govcamp.services.eventfiles import EventDB
    from govcamp.services.first_look import FirstLook
    from govcamp.ui.document import EventDocument
    from govcamp.ui.pages.empty import ComingPage
    from govcamp.ui.pages.exports_page import ExportsPage

EVENT_FILTER = "govcamp events (*.govcamp);;All files (*)"

#: The phases of a govcamp, in the order they happen; the pages later issues fill say what they will do.
PHASES: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("phases", "Event & rooms"), ""),
    (
        QT_TRANSLATE_NOOP("phases", "Applicants & lottery"),
        QT_TRANSLATE_NOOP(
            "phases",
            "Import applicants from Eventbrite, Tito or a form export, set fair rules (places kept for "
            "councils "
            "and first-timers, a cap per organisation) and run an auditable, reproducible ticket lottery "
            "with an "
            "ordered waiting list.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("phases", "Check-in"),
        QT_TRANSLATE_NOOP(
            "phases",
            "Find a person in two keystrokes or by scanning their ticket QR, check them in, print one "
            "badge on "
            "the spot, and give a no-show's place to the next person on the waiting list.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("phases", "Pitches"),
        QT_TRANSLATE_NOOP(
            "phases",
            "Capture the morning's pitches as fast as people speak: title, hosts, needs and a show of hands, "
            "with Enter to save and go on to the next.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("phases", "Grid"),
        QT_TRANSLATE_NOOP(
            "phases",
            "Build the session grid: drag sessions into rooms and slots, see clashes as you go, let the "
            "solver "
            "suggest a grid in seconds, and publish numbered versions with a changelog.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("phases", "Notes"),
        QT_TRANSLATE_NOOP(
            "phases",
            "Take notes in every session, pre-filled with its title, hosts, room and time, saved as you "
            "type, "
            "and searchable across the whole event.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("phases", "Exports"),
        QT_TRANSLATE_NOOP(
            "phases",
            "Print badges for every name in every script, calendars that update when a session moves, the "
            "printed grid and door signs, and the shared notes archive.",
        ),
    ),
)


#: Where typing starts on each page (a path of attributes from the page), focused on arriving there.
FIRST_FOCUS: dict[str, str] = {
    "Event & rooms": "name",
    "Applicants & lottery": "applicants.search",
    "Pitches": "title",
    "Grid": "table",
    "Notes": "search",
    "Exports": "tabs",
}


def _exports_page(doc: EventDocument) -> QWidget:
    # Imported when first shown: its panels bring reportlab, icalendar and the archive's templates.
    from govcamp.ui.pages.exports_page import ExportsPage

    return ExportsPage(doc, translate("phases", dict(PHASES)["Exports"]))


class EventView(QWidget):
    """An open event: navigation on the left, the chosen phase's page on the right.

    Made with ``doc=None`` and a ``look`` (:mod:`govcamp.services.first_look`), it shows the event while
    the database stack loads: Event & rooms drawn from the look and taking input; :meth:`attach` hands it
    the open event. Going to another phase before then opens the event at once (``finish_opening``).
    """

    def __init__(
        self, doc: EventDocument | None, parent: QWidget | None = None, *, look: FirstLook | None = None
    ) -> None:
        from govcamp.ui.pages import page_factories
        from govcamp.ui.pages.empty import ComingPage
        from govcamp.ui.pages.event_page import EventPage

        super().__init__(parent)
        self.nav = QListWidget()
        self.nav.setObjectName("phaseNav")
        self.nav.setAccessibleName(translate("main_window", "Phases"))
        self.nav.setIconSize(QSize(16, 16))
        self.nav.setFont(relative_font(11))  # grows with the system's text size
        self.nav.setStyleSheet("QListWidget::item { padding: 8px; }")
        self.pages = QStackedWidget()
        self.event_page = EventPage(doc, look=look)
        self.coming: dict[str, ComingPage] = {}
        self.built: dict[str, QWidget] = {}
        # Pages are made the first time they are shown: the window opens on Event & rooms at once, and
        # a page that loads 600 applicants or renders a badge preview costs nothing until it is wanted.
        self._factories: dict[str, Callable[[EventDocument], QWidget]] = dict(page_factories())
        self._factories["Exports"] = _exports_page
        self._pending: dict[str, QWidget] = {}
        for number, (title, promise) in enumerate(PHASES, start=1):
            shown = translate("phases", title)
            item = QListWidgetItem(shown)
            item.setToolTip(fmt(translate("main_window", "%1 (Ctrl+%2)"), shown, number))
            self.nav.addItem(item)
            if not promise:
                self.pages.addWidget(self.event_page)
            elif title in self._factories:
                holder = QWidget()
                self._pending[title] = holder
                self.pages.addWidget(holder)
            else:
                page = ComingPage(translate("phases", title), translate("phases", promise))
                self.coming[title] = page
                self.pages.addWidget(page)
        # As wide as the longest phase's name and no wider: on a 1024-pixel laptop the grid needs the rest.
        # A longer name (Welsh "Digwyddiad ac ystafelloedd") wraps onto a second line rather than taking
        # the width the pages need.
        self.nav.ensurePolished()
        self.nav.setWordWrap(True)
        widest = self.nav.fontMetrics().horizontalAdvance("Applicants & lottery") + 24
        self.nav.setFixedWidth(min(self.nav.sizeHintForColumn(0), widest) + 2 * self.nav.frameWidth() + 4)
        self.nav.currentRowChanged.connect(self._show_row)
        # Arriving by click, Enter or Ctrl+number puts the focus where typing starts; browsing the list
        # with the arrow keys leaves it in the list.
        self.nav.itemClicked.connect(lambda _item: self.focus_page())
        self.nav.itemActivated.connect(lambda _item: self.focus_page())
        self.nav.setCurrentRow(0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        if doc is not None:
            self.attach(doc)

    @property
    def doc(self) -> EventDocument:
        """The open event (opened now if the view was drawn from a first look)."""
        return self.event_page.doc

    @property
    def finish_opening(self) -> Callable[[], None] | None:
        return self.event_page.finish_opening

    @finish_opening.setter
    def finish_opening(self, callback: Callable[[], None] | None) -> None:
        self.event_page.finish_opening = callback

    def attach(self, doc: EventDocument) -> None:
        """Show ``doc``, the open event, in a view first drawn from a look at its file."""
        from govcamp.ui.actions import Topic

        self.event_page.attach(doc)
        doc.subscribe(self, Topic.everything(), lambda _topics: self.refresh_facts())
        self.refresh_facts()

    def show_phase(self, index: int) -> None:
        self.nav.setCurrentRow(index)
        self.focus_page()

    def focus_page(self) -> None:
        """Focus the current page's first field (Pitches: Title; Grid: the grid)."""
        row = self.nav.currentRow()
        if not 0 <= row < len(PHASES):
            return
        title = PHASES[row][0]
        target: object = self.page(title)
        for name in FIRST_FOCUS.get(title, "").split("."):
            if name:
                target = getattr(target, name, None)
        if isinstance(target, QWidget):
            target.setFocus()

    def page(self, title: str) -> QWidget:
        """The page of a phase, made now if it has not been shown yet."""
        if title in self._pending and not self.event_page.ready():
            return self.event_page  # the event could not be opened after all (the window said why)
        holder = self._pending.pop(title, None)
        if holder is not None:
            index = self.pages.indexOf(holder)
            made = self._factories[title](self.doc)
            self.pages.insertWidget(index, made)
            self.pages.removeWidget(holder)
            holder.deleteLater()
            self.built[title] = made
        return self.built.get(title) or self.coming.get(title) or self.event_page

    @property
    def exports_page(self) -> ExportsPage:
        from govcamp.ui.pages.exports_page import ExportsPage

        page = self.page("Exports")
        assert isinstance(page, ExportsPage)
        return page

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(PHASES):
            self.page(PHASES[row][0])
        self.pages.setCurrentIndex(row)

    def refresh_facts(self) -> None:
        from govcamp.services import event as event_service

        info = event_service.summary(self.doc.db)
        tickets = info.tickets
        placed = tickets.get("accepted", 0) + tickets.get("checked_in", 0)
        waiting = tickets.get("waitlisted", 0)
        checked_in = tickets.get("checked_in", 0)
        facts = {
            "Applicants & lottery": (
                fmt(
                    translate("main_window", "This event holds %1: %2 with a place, %3 on the waiting list."),
                    people(info.people),
                    f"{placed:,}",
                    waiting,
                )
                if info.people
                else translate("main_window", "No applicants yet.")
            ),
            "Check-in": (
                fmt(
                    translate("main_window", "%1 of %2 with a place have checked in."),
                    f"{checked_in:,}",
                    people(placed),
                )
                if placed
                else translate("main_window", "Nobody holds a place yet.")
            ),
            "Pitches": fmt(translate("main_window", "%1 pitched so far."), plural(info.sessions, "session"))
            if info.sessions
            else translate("main_window", "No pitches yet."),
            "Grid": fmt(
                translate("main_window", "%1 × %2; %3 of %4 placed."),
                plural(info.rooms, "room"),
                plural(info.session_slots, "session slot"),
                f"{info.placements:,}",
                plural(info.sessions, "session"),
            ),
            "Notes": translate("main_window", "%n session(s) with notes.", None, info.notes)
            if info.notes
            else translate("main_window", "No notes yet."),
        }
        for title, page in self.coming.items():
            page.set_facts(facts.get(title, ""))


class MainWindow(QMainWindow):
    """The one window of govcamp."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.doc: EventDocument | None = None
        self.view: EventView | None = None
        self.stack = QStackedWidget()
        self._retranslate_due = False
        if not translations.installed:
            use_language(settings.language())
        # The language the menus and pages are built in: a LanguageChange that leaves it as it was (the
        # first translator installed as the window is made) rebuilds nothing.
        self._shown_language = current_language()
        self._make_welcome()
        # A shared event's server gone: the red bar across the top, above whatever page shows.
        from govcamp.ui.offline_banner import OfflineBanner

        self.offline_banner = OfflineBanner()
        self.offline_banner.try_button.clicked.connect(self._try_reconnect)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.offline_banner)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status_label = QLabel()
        from govcamp.ui.phone_indicator import ShareIndicator

        self.phone_indicator = ShareIndicator()
        self.phone_indicator.clicked.connect(self.share_with_phones)
        self.statusBar().addPermanentWidget(self.phone_indicator)
        self.statusBar().addPermanentWidget(self.status_label)
        # A refusal on the left, and "Saved in …" beside it, would read as if the refused change was saved.
        self._refusal = ""
        self.statusBar().messageChanged.connect(self._status_message_changed)
        self.share_dialog: QWidget | None = None
        self.file_watch: FileWatch | None = None
        self.banner = Banner()
        self.banner.copy_button.clicked.connect(self._save_lost_copy)
        self.banner_bar = QToolBar(translate("main_window", "Read-only"))
        self.banner_bar.setObjectName("bannerBar")
        self.banner_bar.setMovable(False)
        self.banner_bar.addWidget(self.banner)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.banner_bar)
        self.banner_bar.hide()
        from govcamp.ui.network import NetworkActions

        self.network = NetworkActions(self)
        self._build_menus()
        self._refresh_recent()
        self._update_title()
        self.resize(1200, 800)
        geometry, state = settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    # ----------------------------------------------------------------------------------------------- menus

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("main_window", "&File"))
        self.new_action = self._action(
            file_menu, translate("main_window", "&New Event…"), self.new_event, QKeySequence.StandardKey.New
        )
        self.open_action = self._action(
            file_menu, translate("main_window", "&Open…"), self.open_dialog, QKeySequence.StandardKey.Open
        )
        self.recent_menu = file_menu.addMenu(translate("main_window", "Open &Recent"))
        self.demo_action = self._action(
            file_menu, translate("main_window", "Open the &Demo Event"), self.open_demo
        )
        file_menu.addSeparator()
        self.network.add_to(file_menu)
        file_menu.addSeparator()
        self.copy_action = self._action(
            file_menu, translate("main_window", "Save &a Copy…"), self.save_copy, "Ctrl+Shift+S"
        )
        self.restore_action = self._action(
            file_menu, translate("main_window", "Restore from &Backup…"), self.restore_backup
        )
        self.purge_action = self._action(
            file_menu, translate("main_window", "&Purge Personal Data…"), self.purge_personal_data
        )
        file_menu.addSeparator()
        self.phones_action = self._action(
            file_menu, translate("main_window", "Share with Phone&s…"), self.share_with_phones, "Ctrl+Shift+H"
        )
        self.phones_action.setToolTip(
            translate("main_window", "Attendees' phones on the venue Wi-Fi: the live grid and stars")
        )
        self.close_action = self._action(
            file_menu,
            translate("main_window", "&Close Event"),
            self.close_event_asking,
            QKeySequence.StandardKey.Close,
        )
        file_menu.addSeparator()
        self._action(file_menu, translate("main_window", "&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu(translate("main_window", "&Edit"))
        self.undo_action = QAction(translate("main_window", "&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.redo_action = QAction(translate("main_window", "&Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setEnabled(False)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.preferences_action = self._action(
            edit_menu,
            translate("main_window", "Pre&ferences…"),
            self.preferences,
            QKeySequence.StandardKey.Preferences,
        )

        self.go_menu = self.menuBar().addMenu(translate("main_window", "&Go"))
        self.phase_actions: list[QAction] = []
        for number, (title, _promise) in enumerate(PHASES, start=1):
            # "&&": a menu reads "&" as the mnemonic marker and would show "Event  rooms".
            action = self._action(
                self.go_menu,
                translate("phases", title).replace("&", "&&"),
                lambda _c=False, i=number - 1: self.show_phase(i),
                f"Ctrl+{number}",
            )
            self.phase_actions.append(action)

        help_menu = self.menuBar().addMenu(translate("main_window", "&Help"))
        self._action(help_menu, translate("main_window", "&About govcamp"), self.about)
        self._set_event_actions(False)

    def _set_event_actions(self, enabled: bool) -> None:
        shared = enabled and self.doc is not None and self.doc.db.path is None
        self.copy_action.setEnabled(enabled)
        # On a shared event the copy is the USB stick's: the server's event into a new file (unshare).
        self.copy_action.setText(
            translate("main_window", "Save &a Copy to File…")
            if shared
            else translate("main_window", "Save &a Copy…")
        )
        self.restore_action.setEnabled(enabled and not shared)
        self.purge_action.setEnabled(enabled)
        self.phones_action.setEnabled(enabled)
        self.network.update()
        self.close_action.setEnabled(enabled)
        self.go_menu.setEnabled(enabled)
        for action in self.phase_actions:
            action.setEnabled(enabled)

    def refresh_recent(self) -> None:
        self._refresh_recent()

    def open_recent(self, text: str) -> None:
        """Open a recent file, or rejoin a recent shared event (its password is asked: it is not kept)."""
        if settings.is_address(text):
            self.network.join(text)
        else:
            self.open_path(text)

    def _refresh_recent(self) -> None:
        files = settings.recent_files()
        self.welcome.set_recent(files)
        self.recent_menu.clear()
        for number, text in enumerate(files, start=1):
            shared = settings.is_address(text)
            label = (
                fmt(translate("main_window", "Shared event on %1"), text.split("@")[-1])
                if shared
                else Path(text).name
            )
            action = self.recent_menu.addAction(f"&{number % 10} {label}")
            action.setToolTip(text)
            action.setEnabled(shared or Path(text).exists())
            action.triggered.connect(lambda _c=False, t=text: self.open_recent(t))
        if files:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(translate("main_window", "Clear the List"))
            clear.triggered.connect(self._clear_recent)
        self.recent_menu.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        settings.clear_recent()
        self._refresh_recent()

    def _update_title(self) -> None:
        if self.doc is None:
            self.setWindowTitle(translate("main_window", "govcamp"))
            self.status_label.setText("")
            return
        from govcamp.services import event as event_service

        details = event_service.get_details(self.doc.db)
        self.setWindowTitle(
            fmt(translate("main_window", "%1 — %2 — govcamp"), details.name, self.doc.db.label)
        )
        if self.doc.db.read_only is not None:
            self.status_label.setText(fmt(translate("main_window", "Read-only: %1"), self.doc.db.label))
        elif self._refusal and self.statusBar().currentMessage() == self._refusal:
            self.status_label.setText(self._unchanged_text())
        else:
            self.status_label.setText(self._saved_text())

    def _saved_text(self) -> str:
        return fmt(translate("main_window", "Saved in %1"), self.doc.db.label) if self.doc else ""

    def _unchanged_text(self) -> str:
        return fmt(translate("main_window", "Nothing changed in %1"), self.doc.db.label) if self.doc else ""

    def _status_message_changed(self, message: str) -> None:
        # The refusal has gone (timed out or replaced by another message): say where the event is saved again.
        if self._refusal and message != self._refusal:
            self._refusal = ""
            if self.doc is not None and self.status_label.text() == self._unchanged_text():
                self.status_label.setText(self._saved_text())

    # ------------------------------------------------------------------------- the file under the event

    def _watch_file(self, doc: EventDocument, lock: guard_service.EventLock | None) -> None:
        """Hold the file's lock, watch that it stays where it is, and say why when it cannot be edited."""
        from govcamp.services import file_guard as guard_service

        db = doc.db
        lock = guard_service.lock_if_free(db, lock)
        self.file_watch = FileWatch(db, lock, self) if db.path is not None else None
        if self.file_watch is not None:
            self.file_watch.lost.connect(self._file_lost)
        if db.read_only is not None:
            self.banner.say(db.read_only, offer_copy=False)
            self.banner_bar.show()

    def _unwatch_file(self) -> None:
        if getattr(self, "file_watch", None) is not None:
            assert self.file_watch is not None
            self.file_watch.close()
            self.file_watch.deleteLater()
        self.file_watch = None
        self.banner_bar.hide()

    def _file_lost(self, reason: str) -> None:
        self.banner.say(reason, offer_copy=True)
        self.banner_bar.show()
        for action in (self.undo_action, self.redo_action):
            action.setEnabled(False)
        self.status_label.setText(translate("main_window", "Not saved: the event file is gone"))
        QMessageBox.warning(self, translate("main_window", "The event file has gone"), reason)

    def _save_lost_copy(self) -> None:
        watch = getattr(self, "file_watch", None)
        if watch is None:
            return
        suggestion = watch.path.with_name(f"{watch.path.stem} rescued.govcamp")
        chosen, _ = QFileDialog.getSaveFileName(
            self, translate("main_window", "Save a copy of the event"), str(suggestion), EVENT_FILTER
        )
        if chosen:
            self.rescue_to(Path(chosen if chosen.endswith(".govcamp") else chosen + ".govcamp"))

    def rescue_to(self, target: Path) -> bool:
        """Save what the window holds of a lost event file to ``target``; say how it went."""
        watch = getattr(self, "file_watch", None)
        if watch is None:
            return False
        try:
            watch.save_copy(target)
        except (GovcampError, OSError) as exc:
            QMessageBox.warning(self, translate("main_window", "Cannot save a copy"), str(exc))
            return False
        self.statusBar().showMessage(
            fmt(translate("main_window", "Saved a copy as %1; open it to carry on."), target), 15000
        )
        return True

    # ------------------------------------------------------------------------------------------- events

    def show_phase(self, index: int) -> None:
        if self.view is not None:
            self.view.show_phase(index)

    def open_path(
        self,
        path: str | Path,
        *,
        interactive: bool = True,
        remember: bool = True,
        drawn: EventView | None = None,
    ) -> bool:
        """Open an event file or a shared event's URL; on failure say why and keep whatever was open.

        A shared event's address goes into the recent list without its password (not when ``remember``
        is false: this laptop's own hosted server, gone once sharing stops). ``drawn`` is the view already
        showing the event from a first look at its file (:meth:`open_soon`): it becomes the event's view.
        """
        from govcamp.ui.document import EventDocument

        try:
            db, lock = open_for_window(path if isinstance(path, str) and "://" in path else Path(path))
        except GovcampError as exc:
            if interactive:
                QMessageBox.warning(self, translate("main_window", "Cannot open the event"), str(exc))
            else:
                print(f"govcamp: {exc}", file=sys.stderr)
            return False
        self._install(EventDocument(db, self), lock=lock, drawn=drawn)
        if db.path is None and remember:
            from govcamp.services.joining import without_password

            settings.add_recent_text(without_password(str(path)))
            self._refresh_recent()
        if db.path is not None:
            settings.add_recent(db.path)
            self._refresh_recent()
            if db.read_only is None:
                self._back_up(db.path)
        return True

    def open_soon(
        self,
        path: str | Path,
        *,
        interactive: bool = True,
        on_done: Callable[[bool], None] | None = None,
        on_page: Callable[[QWidget], None] | None = None,
    ) -> None:
        """Show the event window's outline now and open ``path`` into it once that is drawn.

        An up-to-date event file that this laptop can edit is first looked at with the standard library
        (:mod:`govcamp.services.first_look`): its Event & rooms page is drawn from that, taking input, on
        the turn after the outline. The database stack is then imported on a thread of its own, so the
        window keeps answering while the event opens; a detail typed meanwhile is saved once it is open,
        and a button or another phase asked for before then opens it at once. Anything else (a server, a
        file to migrate, a damaged or locked one) keeps the outline until the event is open, or until the
        full road says why it cannot be.

        ``on_page(view)`` is called when the event's page is first put up (drawn from the look, or open);
        ``on_done(opened)`` after :meth:`open_path` (which says why, if it fails, and then shows the welcome
        screen again). If the person opens or creates another event meanwhile, that one wins and ``path``
        is not opened.
        """
        opening = OpeningView([translate("phases", title) for title, _promise in PHASES], Path(path).name)
        self.stack.addWidget(opening)
        self.stack.setCurrentWidget(opening)
        self.setWindowTitle(fmt(translate("main_window", "Opening %1 — govcamp"), Path(path).name))
        early: list[EventView] = []

        def look() -> None:
            if self.stack.currentWidget() is not opening or (isinstance(path, str) and "://" in path):
                return  # a shared event's server is opened the full way (PostgreSQL, as before)
            from govcamp.services.first_look import first_look

            found = first_look(Path(path))
            if found is None:
                return
            view = EventView(None, look=found)
            view.finish_opening = steps.run_rest
            early.append(view)
            self.stack.addWidget(view)
            self.stack.setCurrentWidget(view)
            self.setWindowTitle(
                fmt(translate("main_window", "%1 — %2 — govcamp"), found.details.name, found.path.name)
            )
            if on_page is not None:
                on_page(view)
            steps.wait_for_paint(view)  # the page on screen first, then the database stack

        def finish() -> None:
            drawn = early[0] if early else None
            superseded = self.stack.currentWidget() not in (opening, drawn)
            if drawn is None:
                # Back to what was showing first, so a failure's message sits over the welcome screen.
                self.stack.setCurrentWidget(self.view or self.welcome)
            self.stack.removeWidget(opening)
            opening.deleteLater()
            opened = False if superseded else self.open_path(path, interactive=interactive, drawn=drawn)
            if drawn is not None and not opened:
                drawn.finish_opening = None
                if self.stack.currentWidget() is drawn:
                    self.stack.setCurrentWidget(self.view or self.welcome)
                self.stack.removeWidget(drawn)
                drawn.deleteLater()
            if not opened:
                self._update_title()
            elif drawn is None and on_page is not None and self.view is not None:
                on_page(self.view)
            if on_done is not None:
                on_done(opened)

        steps = Steps(self, [look, *self._event_stack_steps(), finish])
        # A window not shown yet is watched itself (another event may replace the outline before the
        # first paint); a shown one repaints the outline as soon as this returns to the event loop.
        watched: QWidget = opening if self.isVisible() else self
        when_painted(watched, lambda _painted: steps.start())

    def prepare_soon(self) -> None:
        """Import the database stack in the background of the event loop, once the window is drawn.

        For a window that opened on the welcome screen: the first event opened is then as quick as any.
        """
        when_painted(self, lambda _painted: run_steps(self, self._event_stack_steps()))

    @staticmethod
    def _event_stack_steps() -> list[Callable[[], object] | Background]:
        """The database stack on a thread of its own (past PySide6's import hook), then the first page."""
        import importlib
        from functools import partial

        from govcamp.services.loading import EVENT_STACK

        steps: list[Callable[[], object] | Background] = [
            Background(partial(import_plain_on_this_thread, EVENT_STACK))
        ]
        # The event page and what the open event's window needs are Qt code: imported the ordinary way, on
        # the window's thread, one module a step (the open itself, the last step, is then shorter).
        steps += [
            partial(importlib.import_module, name)
            for name in (
                "govcamp.ui.actions",
                "govcamp.ui.pages.event_page",
                "govcamp.ui.phones",
                "govcamp.ui.document",
                "govcamp.ui.commands",
            )
        ]
        return steps

    def _back_up(self, path: Path) -> None:
        """Take a throttled automatic backup; a failure is reported, never fatal."""
        from govcamp.services import eventfiles

        try:
            eventfiles.back_up(path)
        except GovcampError as exc:
            self.statusBar().showMessage(str(exc), 10000)

    def _install(
        self,
        doc: EventDocument,
        *,
        lock: guard_service.EventLock | None = None,
        drawn: EventView | None = None,
    ) -> None:
        from govcamp.ui.actions import Topic

        self.close_event()
        self.doc = doc
        self._watch_file(doc, lock)
        if drawn is not None:
            drawn.attach(doc)  # already on screen: whatever was typed into it stays
            self.view = drawn
        else:
            self.view = EventView(doc)
            self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        stack = doc.undo_stack
        self._connect_undo(doc)
        # Bound methods, not lambdas: Qt drops them when the window goes, so a late signal finds no one.
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        doc.subscribe(self.view, Topic.EVENT, lambda _topics: self._update_title())
        doc.actions.failed.connect(self._show_failure)
        doc.phones.changed.connect(self.phone_indicator.show_url)
        self._watch_connection(doc)
        self._set_event_actions(True)
        self._update_title()
        # The purge reminder waits until the page is drawn: its check and dialogs import the personal-data
        # services, a tenth of a second the first page does not need (and a reminder over a blank window
        # would say less).
        when_painted(self.view, lambda _painted: QTimer.singleShot(0, self, lambda: self._remind_purge(doc)))

    def _remind_purge(self, doc: EventDocument) -> None:
        if self.doc is not doc:
            return  # closed (or another event opened) before the page was drawn
        if not doc.connection.online:
            return  # a shared event's server out of reach: the red bar says so; remind another time
        from govcamp.services import connection as connection_service
        from govcamp.ui.privacy_dialogs import remind_purge

        try:
            self.purge_reminder = remind_purge(doc, self)
        except Exception as exc:
            if not connection_service.is_connection_lost(doc.db, exc):
                raise
            # The server went away between the page and the reminder: the watch shows the bar at once.

    def _make_welcome(self) -> None:
        self.welcome = WelcomePage()
        self.stack.addWidget(self.welcome)
        self.welcome.new_requested.connect(self.new_event)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_requested.connect(self.open_recent)

    def _connect_undo(self, doc: EventDocument) -> None:
        """Edit ▸ Undo and Redo act on the event's stack (again after the menus are rebuilt)."""
        stack = doc.undo_stack
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self._undo_text(stack.undoText())
        self._redo_text(stack.redoText())

    def install_joined(self, db: EventDB) -> None:
        """Show a shared event opened elsewhere (File ▸ Join…, off this thread)."""
        from govcamp.ui.document import EventDocument

        self._install(EventDocument(db, self))

    def _watch_connection(self, doc: EventDocument) -> None:
        """A shared event: the red bar while its server is out of reach, gone once it is back."""
        watch = doc.connection
        if not watch.shared:
            return
        banner = self.offline_banner
        watch.retry_in.connect(banner.say_retry)

        def changed(online: bool) -> None:
            if online:
                banner.say_back()
                self.statusBar().showMessage(
                    translate("main_window", "Connected to the shared event again."), 8000
                )
                self._update_title()
            else:
                banner.say_offline(watch.where, watch.reason)
                self.status_label.setText(fmt(translate("main_window", "Not connected to %1"), watch.where))

        watch.online_changed.connect(changed)

    def _try_reconnect(self) -> None:
        if self.doc is not None:
            self.doc.connection.try_now()

    def _undo_text(self, text: str) -> None:
        self.undo_action.setText(fmt(translate("main_window", "&Undo %1"), text).rstrip())

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(fmt(translate("main_window", "&Redo %1"), text).rstrip())

    def _show_failure(self, _title: str, text: str) -> None:
        self._refusal = text
        self.statusBar().showMessage(text, 10000)
        # Only the usual "Saved in …" gives way: "Read-only", "Not connected" and the like stay as they are.
        if self.doc is not None and self.status_label.text() == self._saved_text():
            self.status_label.setText(self._unchanged_text())

    def close_event(self) -> None:
        """Close the open event (everything is already saved) and show the welcome screen."""
        if self.doc is None:
            return
        from govcamp.services import eventfiles

        doc, view = self.doc, self.view
        self.doc = self.view = None
        if self.share_dialog is not None:
            self.share_dialog.close()
            self.share_dialog.deleteLater()
            self.share_dialog = None
        for action in (self.undo_action, self.redo_action):
            action.triggered.disconnect()
            action.setEnabled(False)
        self.undo_action.setText(translate("main_window", "&Undo"))
        self.redo_action.setText(translate("main_window", "&Redo"))
        if view is not None:
            self.stack.removeWidget(view)
            view.deleteLater()
        path = doc.db.path
        writable = doc.db.read_only is None
        doc.close()  # stops the phone server too
        doc.deleteLater()
        self.phone_indicator.show_url("")
        self._unwatch_file()
        self.offline_banner.hide()
        if path is not None and path.exists() and writable:
            self._back_up(path)
            verdict = eventfiles.check_closed(path)
            if verdict != "ok":
                QMessageBox.warning(
                    self,
                    translate("main_window", "The event file may be damaged"),
                    fmt(
                        translate(
                            "main_window",
                            "SQLite's check of %1 says: %2.\n\nUse File ▸ Restore from Backup… to go back "
                            "to an earlier copy.",
                        ),
                        path.name,
                        verdict,
                    ),
                )
        self.stack.setCurrentWidget(self.welcome)
        self._set_event_actions(False)
        self._refresh_recent()
        self._update_title()

    def close_event_asking(self) -> None:
        """File ▸ Close Event; an event shared from here is stopped first (asked), its final copy written."""
        if not self._may_drop_offline_notes():
            return
        if self.network.hosted is not None:
            self.network.stop_sharing(then=self.close_event)
        else:
            self.close_event()

    def open_dialog(self) -> None:
        start = str(documents_dir())
        chosen, _ = QFileDialog.getOpenFileName(
            self, translate("main_window", "Open an event"), start, EVENT_FILTER
        )
        if chosen:
            self.open_path(chosen)

    def new_event(self) -> None:
        from govcamp.ui.dialogs import NewEventDialog

        def create(path: Path, details: EventDetails) -> None:
            from govcamp.services import event as event_service
            from govcamp.ui.document import EventDocument

            path.parent.mkdir(parents=True, exist_ok=True)
            db = event_service.new_event(path, details)
            self._install(EventDocument(db, self))
            settings.add_recent(path)
            self._refresh_recent()

        NewEventDialog(create, self).exec()

    def open_demo(self) -> None:
        """Open the demo event, writing it first (in the background) if it is not there yet."""
        path = demo_event_path()
        if path.exists():
            self.open_path(path)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        from govcamp.services.demo import demo_steps
        from govcamp.ui.workers import run_with_progress

        self._demo_task = run_with_progress(
            self,
            "Writing the demo event…",
            lambda: demo_steps(path),
            on_done=lambda: self.open_path(path),
            on_error=lambda exc: QMessageBox.warning(
                self,
                translate("main_window", "govcamp"),
                fmt(translate("main_window", "The demo could not be written: %1"), exc),
            ),
        )

    def save_copy(self) -> None:
        if self.doc is not None and self.doc.db.path is None:
            self.network.save_copy_dialog()  # a shared event: copy the server's event into a file
            return
        if self.doc is None or self.doc.db.path is None:
            return
        from govcamp.services import eventfiles

        source = self.doc.db.path
        suggestion = source.with_name(f"{source.stem} copy.govcamp")
        chosen, _ = QFileDialog.getSaveFileName(
            self, translate("main_window", "Save a copy of the event"), str(suggestion), EVENT_FILTER
        )
        if not chosen:
            return
        try:
            target = eventfiles.save_copy(source, Path(chosen))
        except GovcampError as exc:
            QMessageBox.warning(self, translate("main_window", "Cannot save a copy"), str(exc))
            return
        self.statusBar().showMessage(fmt(translate("main_window", "Saved a copy as %1"), target), 8000)

    def restore_backup(self) -> None:
        """Offer the automatic backups of the open event; the restored file replaces it (kept aside)."""
        if self.doc is None or self.doc.db.path is None:
            return
        from govcamp.services import eventfiles

        path = self.doc.db.path
        found = eventfiles.list_backups(path)
        if not found:
            QMessageBox.information(
                self,
                translate("main_window", "No backups yet"),
                fmt(translate("main_window", "There are no backups of %1 yet."), path.name),
            )
            return
        labels = [f"{short_moment(b.taken_at.astimezone())}  ({b.size // 1024:,} KB)" for b in found]
        choice, ok = QInputDialog.getItem(
            self,
            translate("main_window", "Restore from backup"),
            fmt(translate("main_window", "Replace %1 with the backup taken on:"), path.name),
            labels,
            0,
            False,
        )
        if not ok:
            return
        chosen = found[labels.index(choice)]
        self.close_event()
        try:
            kept = eventfiles.restore_backup(chosen.path, path)
        except GovcampError as exc:
            QMessageBox.warning(self, translate("main_window", "Cannot restore"), str(exc))
        else:
            self.statusBar().showMessage(
                fmt(translate("main_window", "Restored. The file it replaced is kept as %1."), kept.name),
                15000,
            )
        self.open_path(path)

    def share_with_phones(self) -> None:
        """Show the Share with Phones dialog: where to listen, then the address and its QR code."""
        if self.doc is None:
            return
        from govcamp.ui.phones import ShareDialog

        if self.share_dialog is None:
            self.share_dialog = ShareDialog(self.doc.phones, self)
        self.share_dialog.show()
        self.share_dialog.activateWindow()

    def purge_personal_data(self) -> None:
        """After the event: remove everyone's personal data, keeping the programme and notes."""
        from govcamp.ui.privacy_dialogs import PurgeDialog

        if self.doc is not None:
            PurgeDialog(self.doc, self).exec()

    def about(self) -> None:
        # Both languages' words on purpose: a Welsh reader of the English window learns a translation
        # exists, and an English reader of the Welsh window learns nobody fluent has checked it yet.
        review = (
            "<p><i>Cymraeg: mae'r cyfieithiad Cymraeg yn aros i siaradwr Cymraeg ei adolygu.<br>"
            "Welsh: the Welsh translation is awaiting review by a Welsh speaker.</i></p>"
        )
        QMessageBox.about(
            self,
            translate("main_window", "About govcamp"),
            fmt(
                translate(
                    "main_window",
                    "<h3>govcamp %1</h3><p>Runs a local government unconference from end to end, "
                    "offline, on one laptop.</p>",
                ),
                __version__,
            )
            + review,
        )

    def preferences(self) -> None:
        from govcamp.ui.preferences import PreferencesDialog

        PreferencesDialog(self).exec()

    # ------------------------------------------------------------------------------------- languages

    def changeEvent(self, event: QEvent) -> None:
        # Installing a translator sends every widget LanguageChange (removing the old one sends another):
        # the window is rebuilt once, after the last of them.
        if event.type() == QEvent.Type.LanguageChange and not self._retranslate_due:
            self._retranslate_due = True
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Show the window in the language now installed: menus, welcome screen and the open event's pages.

        Pages are rebuilt from the event (everything in them is saved as it is typed), on the same phase;
        the undo stack belongs to the event, so Undo carries on across the switch.
        """
        self._retranslate_due = False
        if current_language() == self._shown_language:
            return
        self._shown_language = current_language()
        for action in self.findChildren(QAction):
            if action.parent() is self:
                action.deleteLater()
        self.menuBar().clear()
        self._build_menus()
        if self.doc is not None:
            self._connect_undo(self.doc)
            self._set_event_actions(True)
        self._refresh_recent()
        old_welcome = self.welcome
        self._make_welcome()
        if self.stack.currentWidget() is old_welcome:
            self.stack.setCurrentWidget(self.welcome)
        self.stack.removeWidget(old_welcome)
        old_welcome.deleteLater()
        self._refresh_recent()
        if self.doc is not None and self.view is not None:
            from govcamp.ui.actions import Topic

            old_view, row = self.view, self.view.nav.currentRow()
            self.view = EventView(self.doc)
            self.stack.addWidget(self.view)
            if self.stack.currentWidget() is old_view:
                self.stack.setCurrentWidget(self.view)
            self.stack.removeWidget(old_view)
            old_view.deleteLater()
            self.doc.subscribe(self.view, Topic.EVENT, lambda _topics: self._update_title())
            self.view.nav.setCurrentRow(row)
        self.banner_bar.setWindowTitle(translate("main_window", "Read-only"))
        self._update_title()

    def _may_drop_offline_notes(self) -> bool:
        """True unless notes typed while the server is out of reach would be lost and the person says wait."""
        doc, view = self.doc, self.view
        if doc is None or view is None or doc.connection.online:
            return True
        if not getattr(view.built.get("Notes"), "dirty", False):
            return True
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("main_window", "Notes not saved"),
            translate(
                "main_window",
                "The notes you typed are not saved: the shared event's server is out of reach. "
                "Closing now loses them.",
            ),
            parent=self,
        )
        box.setObjectName("offlineNotesQuestion")
        box.setInformativeText(
            translate("main_window", "Keep the window open and they save by themselves once it is back.")
        )
        keep = box.addButton(translate("main_window", "&Keep Open"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(
            translate("main_window", "Close and &Lose Them"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is not keep

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_drop_offline_notes():
            event.ignore()
            return
        network = self.network
        if network.hosted is not None:
            # Other laptops work on this laptop's server: stop it (asked), write the final copy, then close.
            event.ignore()
            if network.task is None:
                network.stop_sharing(then=self._close_after_sharing)
            return
        settings.save_window(self.saveGeometry(), self.saveState())
        showing = self.stack.currentWidget()
        if isinstance(showing, EventView) and self.view is None:
            showing.event_page.save_typed_now()  # closed while still opening: keep what was typed
        self.close_event()
        event.accept()

    def _close_after_sharing(self) -> None:
        if self.network.hosted is None:
            self.close()


__all__ = ["PHASES", "EventView", "MainWindow"]
