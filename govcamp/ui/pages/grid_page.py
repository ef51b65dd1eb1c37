"""Grid: rooms as columns, slots as rows; drag or carry sessions by keyboard; warnings as you go.

Suggest grid, Fit rooms, Publish and the projector view live here too. Every change is one step of Undo.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import (
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from govcamp.domain.pitching import GridState, Problem, SessionValue
from govcamp.services import grid as grid_service
from govcamp.services import stars as star_service
from govcamp.ui import grid_commands
from govcamp.ui.accessibility import announce, name_corner_button, notify, notifying
from govcamp.ui.actions import Topic
from govcamp.ui.counts import people, plural
from govcamp.ui.document import EventDocument
from govcamp.ui.grid_layout import GridSizer
from govcamp.ui.grid_models import GridModel, SessionRole, UnplacedModel
from govcamp.ui.i18n import fmt, translate

_CARRY_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _Keys(QObject):
    """Keyboard editing on the grid and the unplaced list: Enter picks up and drops, Esc cancels."""

    def __init__(self, page: GridPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        page = self.page
        if key in _CARRY_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if page.carrying is not None:
                page.drop_here()
            else:
                page.pick_up()
            return True
        if key == Qt.Key.Key_Escape and page.carrying is not None:
            page.cancel_carry()
            return True
        if key == Qt.Key.Key_Delete and watched is page.table:
            page.unplace_selected()
            return True
        return False


class PublishDialog(QDialog):
    """What publishing will announce, and an optional message to go with it."""

    def __init__(
        self,
        lines: list[str],
        parent: QWidget | None = None,
        *,
        left_out: tuple[SessionValue, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("grid_page", "Publish grid"))
        #: Says which sessions this version leaves out, so nobody publishes them away by accident.
        self.left_out = QLabel(left_out_text(left_out))
        self.left_out.setObjectName("publishLeftOut")
        self.left_out.setWordWrap(True)
        self.left_out.setStyleSheet("QLabel { background: #ffe2b3; color: #000000; padding: 6px; }")
        self.left_out.setVisible(bool(left_out))
        self.changes = QPlainTextEdit("\n".join(lines))
        self.changes.setReadOnly(True)
        self.changes.setTabChangesFocus(True)
        self.message = QLineEdit()
        self.message.setObjectName("publishMessage")
        self.message.setPlaceholderText(translate("grid_page", "e.g. After lunch: two late pitches added"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("grid_page", "&Publish"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.left_out)
        layout.addWidget(
            QLabel(fmt(translate("grid_page", "Publishing announces %1:"), plural(len(lines), "change")))
        )
        layout.addWidget(self.changes)
        label = QLabel(translate("grid_page", "&Message (optional)"))
        label.setBuddy(self.message)
        layout.addWidget(label)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 360)
        self.message.setFocus()


def left_out_text(sessions: tuple[SessionValue, ...]) -> str:
    """“⚠ 1 session left out (15 people): ‘Title’.” — empty when none is."""
    if not sessions:
        return ""
    total = sum(s.expected for s in sessions)
    titles = "; ".join(f"“{s.title}”" for s in sessions)
    return (
        f"⚠ {plural(len(sessions), 'session')} left out ({people(total)}): {titles}. "
        "They will not be in this version of the grid."
    )


class GridPage(QWidget):
    """Build the grid by hand or with the solver; see every clash as it happens."""

    def __init__(self, doc: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.carrying: int | None = None
        self.state: GridState | None = None
        self.problems: list[Problem] = []
        self.last_suggestion: grid_service.SuggestResult | None = None
        self._projector: QWidget | None = None

        # The grid ------------------------------------------------------------------------------------------
        self.model = GridModel()
        self.model.on_drop = self._dropped
        self.table = QTableView()
        self.table.setObjectName("gridTable")
        self.table.setAccessibleName(translate("grid_page", "Grid"))
        # The arrow keys move between cells; Tab leaves the table, so the keyboard is never trapped in it.
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleDescription(
            translate(
                "grid_page",
                "Rooms across, time slots down; Enter picks up the selected session, Enter again drops it",
            )
        )
        name_corner_button(self.table, translate("grid_page", "Select the whole grid"))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.table.setWordWrap(True)
        # Wrapped, never cut: columns are at least as wide as the longest word (see GridSizer).
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        # By pixel: scrolling by whole items shows scroll bars for a grid that fits exactly.
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # No item padding from a style sheet: the style would wrap the painted text narrower than the
        # size it measured, and the last line of a tall cell would be cut.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sizer = GridSizer(self.table, self.model)

        self.unplaced_model = UnplacedModel()
        self.unplaced_model.on_drop = self._dropped
        self.unplaced = QListView()
        self.unplaced.setObjectName("unplacedList")
        self.unplaced.setAccessibleName(translate("grid_page", "Unplaced sessions"))
        self.unplaced.setModel(self.unplaced_model)
        self.unplaced.setDragEnabled(True)
        self.unplaced.setAcceptDrops(True)
        self.unplaced.setDropIndicatorShown(True)
        self.unplaced.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.unplaced.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.unplaced.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unplaced.setWordWrap(True)
        self.unplaced.setAlternatingRowColors(True)
        self.unplaced.setSpacing(2)
        self.unplaced_label = QLabel(translate("grid_page", "U&nplaced"))
        self.unplaced_label.setBuddy(self.unplaced)

        # Actions ------------------------------------------------------------------------------------------
        self.counts = QLabel()
        self.counts.setObjectName("gridCounts")
        self.suggest_button = self._button(
            translate("grid_page", "&Suggest grid"),
            translate("grid_page", "Let the solver build the grid"),
            self.suggest,
        )
        self.time_limit = QDoubleSpinBox()
        self.time_limit.setRange(0.5, 120.0)
        self.time_limit.setValue(5.0)
        self.time_limit.setSuffix(translate("grid_page", " s"))
        self.time_limit.setToolTip(translate("grid_page", "How long Suggest grid may search"))
        self.time_limit.setAccessibleName(translate("grid_page", "Search time"))
        self.time_limit.setAccessibleDescription(
            translate("grid_page", "How many seconds Suggest grid may search")
        )
        self.fit_button = self._button(
            translate("grid_page", "Fit &rooms"),
            translate("grid_page", "Keep every slot; give the biggest sessions the rooms that hold them"),
            self.fit_rooms,
        )
        self.pin_button = self._button(
            translate("grid_page", "&Pin"),
            translate("grid_page", "Pin or unpin the selected session (Ctrl+Shift+P)"),
            self.toggle_pin,
        )
        self.unplace_button = self._button(
            translate("grid_page", "Unpla&ce"),
            translate("grid_page", "Take the selected session off the grid (Delete)"),
            self.unplace_selected,
        )
        self.publish_button = self._button(
            translate("grid_page", "P&ublish…"),
            translate("grid_page", "Publish the grid as the next numbered version"),
            self.publish,
        )
        self.projector_button = self._button(
            translate("grid_page", "Pro&jector view"),
            translate("grid_page", "A full-screen grid for the venue screen"),
            self.open_projector,
        )
        # Seeing the whole grid on a laptop screen: zoom, compact rows, fit to window.
        self.zoom_out_button = self._button(
            "−", translate("grid_page", "Smaller (Ctrl+minus)"), self.zoom_out
        )
        self.zoom_out_button.setAccessibleName(translate("grid_page", "Zoom out"))
        self.zoom_label = QLabel("100%")
        self.zoom_label.setObjectName("gridZoom")
        self.zoom_label.setToolTip(translate("grid_page", "Ctrl+0 goes back to 100%"))
        self.zoom_in_button = self._button("+", translate("grid_page", "Larger (Ctrl+plus)"), self.zoom_in)
        self.zoom_in_button.setAccessibleName(translate("grid_page", "Zoom in"))
        for small in (self.zoom_out_button, self.zoom_in_button):
            small.setFixedWidth(small.fontMetrics().horizontalAdvance("−") + 24)
        self.fit_window_button = self._button(
            translate("grid_page", "Fit &window"),
            translate("grid_page", "Show the whole grid at once: compact rows, as large as fits (Ctrl+9)"),
            self.fit_window,
        )
        self.compact_box = QCheckBox(translate("grid_page", "C&ompact"))
        self.compact_box.setToolTip(
            translate(
                "grid_page", "Each cell shows its title and people/seats only; hosts are in the tooltip"
            )
        )
        self.compact_box.toggled.connect(self.set_compact)
        self.sizer.changed.connect(self._show_zoom)
        # A tool bar, so that a narrow window tucks the last buttons behind its » instead of growing.
        bar = QToolBar(translate("grid_page", "Grid"))
        bar.setObjectName("gridToolBar")
        for widget in (
            self.suggest_button,
            self.time_limit,
            self.fit_button,
            self.pin_button,
            self.unplace_button,
            self.publish_button,
            self.projector_button,
        ):
            bar.addWidget(widget)
        view_bar = QToolBar(translate("grid_page", "Grid view"))
        view_bar.setObjectName("gridViewBar")
        view_widgets: tuple[QWidget, ...] = (
            self.zoom_out_button,
            self.zoom_label,
            self.zoom_in_button,
            self.fit_window_button,
            self.compact_box,
        )
        for view_widget in view_widgets:
            view_bar.addWidget(view_widget)

        # A notification to assistive technology, so that Orca reads each new hint wherever the focus is
        # (its role is fixed when Qt first builds its interface: before it has any text).
        self.hint = notifying(QLabel())
        self.hint.setObjectName("gridHint")
        self.hint.setWordWrap(True)
        self._show_hint(
            translate(
                "grid_page",
                "Drag a session to a cell (onto another session to swap), or select it, press Enter, "
                "choose a cell with the arrow keys and press Enter again. Esc cancels.",
            )
        )

        # Problems and reports -----------------------------------------------------------------------------
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problemList")
        self.problem_list.setAccessibleName(translate("grid_page", "Problems"))
        self.problem_list.itemActivated.connect(self._show_problem)
        self.problem_list.setWordWrap(True)
        self.problem_label = QLabel(translate("grid_page", "Problems"))
        self.report = QPlainTextEdit()
        self.report.setObjectName("gridReport")
        self.report.setReadOnly(True)
        self.report.setAccessibleName(translate("grid_page", "Report"))
        self.report.setTabChangesFocus(True)  # read-only, but it would still keep Tab for itself
        self.report.setPlaceholderText(
            translate(
                "grid_page", "What Suggest grid changed, and the changelog when you publish, appear here."
            )
        )
        self.copy_button = self._button(
            translate("grid_page", "Copy"),
            translate("grid_page", "Copy this text, e.g. for an announcement"),
            self.copy_report,
        )

        # The side column holds the unplaced sessions, the problems and the report, one above the other,
        # so that the grid has the page's whole height: on a laptop screen every row is worth it.
        def pane(head: QWidget | QHBoxLayout, body: QWidget) -> QWidget:
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            if isinstance(head, QWidget):
                box.addWidget(head)
            else:
                box.addLayout(head)
            box.addWidget(body, 1)
            return holder

        report_head = QHBoxLayout()
        report_head.addWidget(QLabel(translate("grid_page", "Report")))
        report_head.addStretch(1)
        report_head.addWidget(self.copy_button)
        left = self.side = QSplitter(Qt.Orientation.Vertical)
        left.setObjectName("gridSide")
        left.addWidget(pane(self.unplaced_label, self.unplaced))
        left.addWidget(pane(self.problem_label, self.problem_list))
        left.addWidget(pane(report_head, self.report))
        left.setMinimumWidth(170)

        split = self.split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.table)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)

        bars = QHBoxLayout()
        bars.addWidget(bar, 1)
        bars.addWidget(view_bar)
        status = QHBoxLayout()
        status.addWidget(self.counts)
        status.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(bars)
        layout.addLayout(status)
        layout.addWidget(split, 1)

        keys = _Keys(self)
        self.table.installEventFilter(keys)
        self.unplaced.installEventFilter(keys)
        carry = QShortcut(QKeySequence("Ctrl+M"), self)
        carry.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        carry.activated.connect(lambda: self.drop_here() if self.carrying is not None else self.pick_up())
        pin = QShortcut(QKeySequence("Ctrl+Shift+P"), self)
        pin.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        pin.activated.connect(self.toggle_pin)
        for keys_, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            ("Ctrl+=", self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            ("Ctrl+0", self.zoom_reset),
            ("Ctrl+9", self.fit_window),
        ):
            shortcut = QShortcut(QKeySequence(keys_), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        shown = Topic.GRID | Topic.SESSIONS | Topic.ROOMS | Topic.SLOTS | Topic.EVENT
        doc.subscribe(self, shown, self._on_changed)
        # Read the event when first shown, not while the window opens: start-up stays quick.
        self._stale = True

    @staticmethod
    def _button(text: str, tip: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # -------------------------------------------------------------------------------------------- reading

    def _on_changed(self, _what: Topic) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
        # Column widths and row heights follow the size the layout has only now settled.
        QTimer.singleShot(0, self._first_layout)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.sizer.relayout)

    def _first_layout(self) -> None:
        if self.sizer.auto_fit:
            self.sizer.fit()
        else:
            self.sizer.relayout()

    # ------------------------------------------------------------------------------------ seeing the grid

    def _show_zoom(self) -> None:
        self.zoom_label.setText(f"{round(self.sizer.zoom * 100)}%")
        if self.compact_box.isChecked() != self.model.compact:
            self.compact_box.blockSignals(True)
            self.compact_box.setChecked(self.model.compact)
            self.compact_box.blockSignals(False)

    def zoom_in(self) -> None:
        self.sizer.auto_fit = False
        self.sizer.zoom_in()
        self._show_zoom()

    def zoom_out(self) -> None:
        self.sizer.auto_fit = False
        self.sizer.zoom_out()
        self._show_zoom()

    def zoom_reset(self) -> None:
        self.sizer.auto_fit = False
        self.sizer.set_zoom(1.0)
        self._show_zoom()

    def set_compact(self, compact: bool) -> None:
        """Compact rows on or off, by hand: the grid stops following the window's size."""
        self.sizer.auto_fit = False
        if self.compact_box.isChecked() != compact:
            self.compact_box.setChecked(compact)  # comes back here through toggled
            return
        self.sizer.set_compact(compact)

    def fit_window(self) -> None:
        """Every cell on screen: full rows if they fit, else compact rows as large as fit."""
        self.sizer.auto_fit = True
        self.sizer.fit()

    def reload(self) -> None:
        self._stale = False
        state = grid_service.grid_state(self.doc.db)
        self.state = state
        self.problems = grid_service.problems(state)
        current = self.table.currentIndex()
        stars = {count.session_id: count.stars for count in star_service.star_counts(self.doc.db)}
        self.model.set_stars(stars)
        self.unplaced_model.set_stars(stars)
        self.model.set_state(state, self.problems)
        if (
            current.isValid()
            and self.model.rowCount() > current.row()
            and self.model.columnCount() > current.column()
        ):
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        for row, slot in enumerate(state.slots):
            span = 1 if slot.kind.value == "session" else max(1, len(state.rooms))
            if self.table.columnSpan(row, 0) != span:
                self.table.setSpan(row, 0, 1, span)
        self.sizer.relayout()
        self.unplaced_model.set_sessions(state.unplaced)
        counts = grid_service.counts(state)
        self.counts.setText(
            fmt(translate("grid_page", "%1 placed · %2 unplaced"), counts.placed, counts.unplaced)
            + (fmt(translate("grid_page", " · %1 withdrawn"), counts.withdrawn) if counts.withdrawn else "")
            + (f" · {plural(len(self.problems), 'problem')}" if self.problems else "")
        )
        self.problem_list.clear()
        for problem in self.problems:
            item = QListWidgetItem(problem.message)
            item.setData(Qt.ItemDataRole.UserRole, problem.session_id)
            self.problem_list.addItem(item)
        self.problem_label.setText(
            fmt(translate("grid_page", "Problems (%1)"), len(self.problems))
            if self.problems
            else translate("grid_page", "No problems")
        )
        self._update_buttons()

    def selected_session(self) -> int | None:
        if self.unplaced.hasFocus():
            index = self.unplaced.currentIndex()
            return self.unplaced_model.session(index.row()).id if index.isValid() else None
        value = self.model.data(self.table.currentIndex(), SessionRole)
        return int(value) if value is not None else None

    def _update_buttons(self) -> None:
        session = self.model.session_at(self.table.currentIndex())
        self.pin_button.setEnabled(session is not None)
        self.pin_button.setText(
            translate("grid_page", "Un&pin")
            if session is not None and session.pinned
            else translate("grid_page", "&Pin")
        )
        self.unplace_button.setEnabled(session is not None)
        placed = bool(self.state and self.state.placed)
        self.publish_button.setEnabled(placed)
        self.fit_button.setEnabled(placed)
        self.suggest_button.setEnabled(bool(self.state and self.state.rooms and self.state.sessions))

    def select_session(self, session_id: int) -> None:
        index = self.model.index_of(session_id)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _show_problem(self, item: QListWidgetItem) -> None:
        session_id = int(item.data(Qt.ItemDataRole.UserRole))
        row = self.unplaced_model.row_of(session_id)
        if row >= 0:  # left out: it is in the unplaced list, not in a cell
            self.unplaced.setCurrentIndex(self.unplaced_model.index(row))
            self.unplaced.setFocus()
            return
        self.select_session(session_id)
        self.table.setFocus()

    # -------------------------------------------------------------------------------------------- editing

    def _dropped(self, session_id: int, room_id: int | None, slot_id: int | None) -> None:
        # After the drop event returns: the models are reset when the grid changes.
        QTimer.singleShot(0, lambda: self.move_session(session_id, room_id, slot_id))

    def move_session(self, session_id: int, room_id: int | None, slot_id: int | None) -> bool:
        if room_id is None or slot_id is None:
            action = grid_commands.unplace_action(session_id)
        else:
            action = grid_commands.move_action(session_id, room_id, slot_id)
        if self.doc.actions.run(action, self) is None:
            return False
        if room_id is not None:
            self.select_session(session_id)
        return True

    def pick_up(self) -> None:
        session_id = self.selected_session()
        if session_id is None:
            return
        self.carrying = session_id
        self.model.set_carrying(session_id)
        self.sizer.relayout()
        self.hint.setStyleSheet("QLabel { background: #1d3f8f; color: #ffffff; padding: 2px 6px; }")
        title = next((s.title for s in (self.state.sessions if self.state else ()) if s.id == session_id), "")
        self._show_hint(
            fmt(
                translate(
                    "grid_page",
                    "Carrying “%1”: choose a cell with the arrow keys, Enter to put it there, Esc to cancel.",
                ),
                title,
            )
        )
        if not self.table.currentIndex().isValid() and self.model.rowCount() and self.model.columnCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus()
        self._say(self.hint.text())

    def _show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setAccessibleName(text)

    def _say(self, text: str) -> None:
        """Read ``text`` out: the focus is in the grid, not on the hint that shows it.

        Announced (NVDA, VoiceOver, Orca 45.2 and later), and the hint shown again as a notification for
        Orca before 45.2, which hears no announcements.
        """
        announce(self.hint, text)
        notify(self.hint, text)

    def _end_carry(self) -> None:
        self.model.set_carrying(None)
        self.hint.setStyleSheet("")
        self.sizer.relayout()

    def cancel_carry(self) -> None:
        self.carrying = None
        self._end_carry()
        self._show_hint(
            translate("grid_page", "Put down. Select a session and press Enter to pick it up again.")
        )
        self._say(self.hint.text())

    def drop_here(self) -> None:
        session_id, self.carrying = self.carrying, None
        if session_id is None:
            return
        self._end_carry()
        cell = self.model.cell_of(self.table.currentIndex())
        if cell is None:
            self._show_hint(translate("grid_page", "That is not a session cell: nothing moved."))
            self._say(self.hint.text())
            return
        if self.move_session(session_id, cell[0], cell[1]):
            self._show_hint(translate("grid_page", "Moved. Ctrl+Z undoes it."))
            self._say(self.hint.text())

    def unplace_selected(self) -> None:
        session = self.model.session_at(self.table.currentIndex())
        if session is not None:
            self.move_session(session.id, None, None)

    def toggle_pin(self) -> None:
        session = self.model.session_at(self.table.currentIndex())
        if session is None:
            return
        self.doc.actions.run(grid_commands.pin_action(session.id, not session.pinned), self)

    def fit_rooms(self) -> None:
        change = self.doc.actions.run(grid_commands.fit_rooms_action(), self)
        if change is None:
            return
        lines = grid_service.describe_moves(self.doc.db, change)
        self.report.setPlainText(
            "Fit rooms:\n"
            + ("\n".join(lines) if lines else "Every session already had the best room for its slot.")
        )

    # --------------------------------------------------------------------------------------------- solver

    def suggest(self) -> None:
        """Let the solver build the grid on the database worker, behind a progress dialog with Cancel."""
        self.suggest_button.setEnabled(False)

        def done(result: grid_service.SuggestResult) -> None:
            self.suggest_button.setEnabled(True)
            self.show_suggestion(result)

        def failed(exc: BaseException) -> None:
            self.suggest_button.setEnabled(True)
            QMessageBox.warning(self, translate("grid_page", "Suggest grid"), str(exc))

        def cancelled() -> None:
            self.suggest_button.setEnabled(True)
            self._show_hint(translate("grid_page", "Suggest grid cancelled: nothing changed."))

        task = self.doc.actions.start(
            grid_commands.suggest_action(self.time_limit.value()),
            self,
            on_done=done,
            on_error=failed,
            on_cancel=cancelled,
        )
        if task is None:
            self.suggest_button.setEnabled(True)

    def show_suggestion(self, result: grid_service.SuggestResult) -> None:
        self.last_suggestion = result
        score = result.score
        # In people and sessions, not the solver's penalty figure.
        lines = [
            f"Suggested grid: {plural(len(result.moved), 'change')} (Ctrl+Z undoes them all).",
            f"{people(score.overflow)} expected without a seat; "
            f"{people(score.missed)} miss a session they wanted because of a clash.",
        ]
        if result.unscheduled:
            titles = set(result.unscheduled)
            left = tuple(s for s in (self.state.unplaced if self.state else ()) if s.title in titles)
            total = sum(s.expected for s in left)
            lines.append(
                f"{plural(len(result.unscheduled), 'session')} left out ({people(total)}): "
                + "; ".join(f"“{t}”" for t in result.unscheduled)
                + ". Problems says why."
            )
        lines += result.moved
        self.report.setPlainText("\n".join(lines))

    # -------------------------------------------------------------------------------------------- publish

    def publish(self) -> None:
        lines = grid_service.pending_changelog(self.doc.db)
        if not lines:
            QMessageBox.information(
                self,
                translate("grid_page", "Publish grid"),
                translate("grid_page", "Nothing has changed since the last version."),
            )
            return
        dialog = PublishDialog(lines, self, left_out=self.state.unplaced if self.state else ())
        if dialog.exec():
            self.publish_now(dialog.message.text())

    def publish_now(self, message: str) -> None:
        version = self.doc.actions.run(grid_commands.publish_action(message), self)
        if version is None:
            return
        self.report.setPlainText("\n".join(version.changelog))
        # Calendars and the printed grid follow a published version: it cannot be taken back.
        self._show_hint(
            fmt(
                translate(
                    "grid_page",
                    "Published v%1. Copy the changelog for announcements. A published version cannot be "
                    "undone, so Undo starts afresh from here.",
                ),
                version.number,
            )
        )

    def copy_report(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.report.toPlainText())

    # ------------------------------------------------------------------------------------------ projector

    def open_projector(self) -> None:
        from govcamp.ui.projector import ProjectorWindow

        if self._projector is None:
            self._projector = ProjectorWindow(self.doc)
            self._projector.destroyed.connect(lambda *_: setattr(self, "_projector", None))
        self._projector.showFullScreen()
        self._projector.raise_()

    def current_index(self) -> QModelIndex:
        return self.table.currentIndex()
