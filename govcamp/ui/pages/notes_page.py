"""Notes: pick a session, write its notes in Markdown beside a live preview; they save themselves.

Saving is automatic, a moment after the last keystroke, and shows "Saved". Switching session and closing
the event (or the window) save first, so typed text is never lost. Each save passes the revision the page
loaded; if another window saved in between, the person chooses which text to keep: nothing is silently
overwritten. The editor's own undo (Ctrl+Z in the text) covers typing; saves are not separate undo steps.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from govcamp.domain.errors import GovcampError
from govcamp.services import notes as note_service
from govcamp.services.eventfiles import EventDB
from govcamp.services.notes import ActionItem, NoteConflictError, NoteInput, NoteValue, SessionContext
from govcamp.ui.accessibility import relative_font
from govcamp.ui.actions import Action, Change, Topic
from govcamp.ui.document import EventDocument
from govcamp.ui.i18n import fmt, translate

AUTOSAVE_MS = 700
SESSION_ROLE = Qt.ItemDataRole.UserRole + 1


class NotesPage(QWidget):
    """The notes of one session at a time, with a list of sessions by time and room, and search."""

    def __init__(self, doc: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.session: SessionContext | None = None
        self.revision = 0
        self.dirty = False
        self._loading = False
        self._loaded_once = False
        self._renderer: Callable[[str], str] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.flush)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(150)
        self.preview_timer.timeout.connect(self._render_preview)
        self._build()
        self._render_preview()  # the empty state until a session is chosen
        doc.subscribe(
            self, Topic.GRID | Topic.SESSIONS | Topic.ROOMS | Topic.SLOTS | Topic.EVENT, self._on_changed
        )
        doc.closing.connect(self.flush)

    # ------------------------------------------------------------------------------------------ layout

    def _build(self) -> None:
        heading = QLabel(translate("notes_page", "Notes"))
        heading.setFont(relative_font(20, weight=QFont.Weight.DemiBold))

        self.search = QLineEdit()
        self.search.setObjectName("notesSearch")
        self.search.setPlaceholderText(translate("notes_page", "Search all notes…"))
        self.search.setAccessibleName(translate("notes_page", "Search all notes"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.sessions = QListWidget()
        self.sessions.setObjectName("notesSessions")
        self.sessions.setAccessibleName(translate("notes_page", "Sessions by time and room"))
        self.sessions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions.currentItemChanged.connect(self._on_pick)
        self.results = QTextBrowser()
        self.results.setTabChangesFocus(True)  # Tab would move between its links and never leave it
        self.results.setObjectName("notesResults")
        self.results.setOpenLinks(False)
        self.results.anchorClicked.connect(lambda url: self.open_session(int(url.path() or 0)))
        self.left_stack = QStackedWidget()
        self.left_stack.addWidget(self.sessions)
        self.left_stack.addWidget(self.results)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.left_stack, 1)

        self.title = QLabel(translate("notes_page", "Choose a session on the left."))
        self.title.setObjectName("noteTitle")
        self.title.setWordWrap(True)
        self.title.setFont(relative_font(15, weight=QFont.Weight.DemiBold))
        self.context = QLabel("")
        self.context.setObjectName("noteContext")
        self.context.setWordWrap(True)
        self.status = QLabel("")
        self.status.setObjectName("saveStatus")
        self.status.setAccessibleName(translate("notes_page", "Save status"))
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.taker = QLineEdit()
        self.taker.setObjectName("noteTaker")
        self.taker.setAccessibleName(translate("notes_page", "Notes by"))
        self.attendance = QSpinBox()
        self.attendance.setObjectName("noteAttendance")
        self.attendance.setRange(-1, 100000)
        self.attendance.setSpecialValueText(translate("notes_page", "not counted"))
        self.attendance.setValue(-1)
        self.links = QPlainTextEdit()
        self.links.setTabChangesFocus(True)  # Tab goes on to the next field instead of trapping
        self.links.setObjectName("noteLinks")
        self.links.setPlaceholderText(translate("notes_page", "One link per line"))
        self.links.setFixedHeight(48)
        self.action_list = QListWidget()
        self.action_list.setObjectName("noteActions")
        self.action_list.setAccessibleName(translate("notes_page", "Actions"))
        self.action_list.setFixedHeight(60)
        self.new_action = QLineEdit()
        self.new_action.setObjectName("newAction")
        self.new_action.setAccessibleName(translate("notes_page", "New action"))
        self.new_action.setPlaceholderText(translate("notes_page", "Add an action and press Enter"))
        self.new_action.returnPressed.connect(self._add_action)
        self.remove_action = QPushButton(translate("notes_page", "Remove action"))
        self.remove_action.clicked.connect(self._remove_action)
        action_row = QHBoxLayout()
        action_row.addWidget(self.new_action, 1)
        action_row.addWidget(self.remove_action)

        who = QHBoxLayout()
        who.addWidget(self.taker, 1)
        attendance_label = QLabel(translate("notes_page", "Attendance"))
        attendance_label.setBuddy(self.attendance)
        who.addWidget(attendance_label)
        who.addWidget(self.attendance)
        form = QFormLayout()
        form.addRow(translate("notes_page", "Notes by"), who)
        form.addRow(translate("notes_page", "Links"), self.links)
        form.addRow(translate("notes_page", "Actions"), self.action_list)
        form.addRow("", action_row)

        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setAccessibleName(translate("notes_page", "Notes in Markdown"))
        # Tab leaves the editor (Markdown indents with spaces): a keyboard user is never trapped in it.
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(
            translate(
                "notes_page", "Write the notes here, in Markdown: # headings, - lists, [links](https://…)"
            )
        )
        self.preview = QTextBrowser()
        self.preview.setObjectName("notePreview")
        self.preview.setAccessibleName(translate("notes_page", "Preview"))
        self.preview.setTabChangesFocus(True)  # Tab would move between its links and never leave it
        self.preview.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.preview)
        splitter.setSizes([500, 500])

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.status)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(self.context)
        right_layout.addLayout(form)
        right_layout.addWidget(splitter, 1)
        self.editor_area = right

        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(right)
        body.setStretchFactor(1, 1)
        body.setSizes([320, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        layout.addWidget(body, 1)

        for signal in (self.editor.textChanged, self.links.textChanged, self.taker.textEdited):
            signal.connect(self._edited)
        self.attendance.valueChanged.connect(self._edited)
        self.action_list.itemChanged.connect(self._edited)
        self.editor.textChanged.connect(self.preview_timer.start)
        self._set_enabled(False)

    def _status(self, text: str) -> None:
        colour = {"Saved": "#00703c", "Not saved": "#b10e1e"}.get(text, "#505a5f")
        self.status.setStyleSheet(f"font-weight: 600; color: {colour};")
        self.status.setText(text)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.editor,
            self.taker,
            self.attendance,
            self.links,
            self.action_list,
            self.new_action,
        ):
            widget.setEnabled(enabled)
        self.remove_action.setEnabled(enabled)

    # ------------------------------------------------------------------------------------------- loading

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded_once:
            self._loaded_once = True
            self.reload_sessions()
        else:
            self.refresh_note()
        super().showEvent(event)

    def refresh_note(self) -> None:
        """Show what another window saved meanwhile, unless something typed here is still unsaved."""
        if self.session is None or self.dirty:
            return
        try:
            stored = note_service.get_note(self.doc.db, self.session.session_id).note
        except GovcampError:
            return
        if stored.revision != self.revision:
            self._fill(stored)
            self._status(translate("notes_page", "Saved"))

    def reload_sessions(self) -> None:
        """Refill the session list (by time, then room), keeping the chosen session chosen."""
        try:
            values = note_service.list_sessions(self.doc.db)
        except GovcampError as exc:
            self._status(str(exc))
            return
        chosen = self.session.session_id if self.session else None
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for value in values:
            room = value.room or "not in the grid"
            when = f"{value.start:%H:%M}" if value.start else "—"
            mark = "  ✎" if value.has_note else ""
            item = QListWidgetItem(f"{when} · {room}\n{value.title}{mark}")
            item.setData(SESSION_ROLE, value.session_id)
            item.setToolTip(f"{value.title} — {', '.join(value.hosts) or 'no host named'}")
            self.sessions.addItem(item)
            if value.session_id == chosen:
                self.sessions.setCurrentItem(item)
        self.sessions.blockSignals(False)
        if not values:
            self.title.setText(translate("notes_page", "No sessions yet: they arrive from the Pitches page."))
        if chosen is None and self.sessions.count() and self.sessions.currentItem() is None:
            self.sessions.setCurrentRow(0)

    def _on_pick(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.open_session(int(current.data(SESSION_ROLE)))

    def open_session(self, session_id: int) -> None:
        """Save what is typed, then load another session's notes."""
        if self.session is not None and self.session.session_id == session_id:
            return
        if not self.flush():
            return
        try:
            view = note_service.get_note(self.doc.db, session_id)
        except GovcampError as exc:
            QMessageBox.warning(self, translate("notes_page", "Notes"), str(exc))
            return
        self.session = view.session
        self._show_context(view.session)
        self._fill(view.note)
        self._set_enabled(True)
        self._status(
            translate("notes_page", "Saved")
            if view.note.revision
            else translate("notes_page", "No notes yet")
        )
        for row in range(self.sessions.count()):
            item = self.sessions.item(row)
            if item.data(SESSION_ROLE) == session_id and self.sessions.currentItem() is not item:
                self.sessions.blockSignals(True)
                self.sessions.setCurrentItem(item)
                self.sessions.blockSignals(False)

    def _show_context(self, session: SessionContext) -> None:
        self.title.setText(session.title)
        hosts = ", ".join(session.hosts) or "no host named"
        self.context.setText(
            fmt(
                translate("notes_page", "Hosted by %1 · %2 · %3"),
                hosts,
                session.room or "no room yet",
                session.when,
            )
        )

    def _fill(self, note: NoteValue) -> None:
        self._loading = True
        try:
            self.revision = note.revision
            self.editor.setPlainText(note.body_md)
            self.editor.moveCursor(QTextCursor.MoveOperation.End)  # notes grow at the end
            self.taker.setText(note.note_taker)
            self.attendance.setValue(note.attendance if note.attendance is not None else -1)
            self.links.setPlainText("\n".join(note.links))
            self.action_list.clear()
            for action in note.actions:
                self._action_item(action)
            self._render_preview()
        finally:
            self._loading = False
        self.dirty = False
        self.timer.stop()

    def _action_item(self, action: ActionItem) -> None:
        item = QListWidgetItem(action.text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
        item.setCheckState(Qt.CheckState.Checked if action.done else Qt.CheckState.Unchecked)
        self.action_list.addItem(item)

    def _add_action(self) -> None:
        text = self.new_action.text().strip()
        if not text:
            return
        self._action_item(ActionItem(text))
        self.new_action.clear()
        self._edited()

    def _remove_action(self) -> None:
        row = self.action_list.currentRow()
        if row >= 0:
            self.action_list.takeItem(row)
            self._edited()

    # -------------------------------------------------------------------------------------------- saving

    def current_input(self) -> NoteInput:
        """What the page holds now, as the service takes it."""
        actions = tuple(
            ActionItem(
                self.action_list.item(row).text(),
                self.action_list.item(row).checkState() == Qt.CheckState.Checked,
            )
            for row in range(self.action_list.count())
        )
        value = self.attendance.value()
        return NoteInput(
            body_md=self.editor.toPlainText(),
            note_taker=self.taker.text(),
            attendance=None if value < 0 else value,
            links=tuple(line for line in self.links.toPlainText().splitlines() if line.strip()),
            actions=actions,
        )

    def _edited(self, *_args: object) -> None:
        if self._loading or self.session is None:
            return
        self.dirty = True
        self._status(translate("notes_page", "Editing…"))
        self.timer.start()

    def flush(self) -> bool:
        """Save now if anything is unsaved; True when nothing typed is left unsaved."""
        self.timer.stop()
        if not self.dirty or self.session is None:
            return True
        if self.doc.actions.busy:
            # A long change (a draw) is writing: save a moment later rather than interrupt with a box.
            self.timer.start()
            return False
        session_id = self.session.session_id
        mine = self.current_input()
        revision = self.revision
        problems: list[GovcampError] = []

        def run(db: EventDB) -> Change[NoteValue]:
            saved = note_service.save_note(db, session_id, mine, revision=revision)
            # Only a new note changes what other pages show (the count of notes); saving every second
            # must not make them all re-read the event. The editor's own undo covers the typing.
            return Change(saved, untracked=Topic.NOTES if revision == 0 else Topic.NONE)

        saved = self.doc.actions.run(
            Action(translate("notes_page", "Save notes"), run), self, on_error=problems.append
        )
        if saved is not None:
            self._saved(saved)
            return True
        if problems and isinstance(problems[0], NoteConflictError):
            return self._resolve(problems[0])
        self._status(translate("notes_page", "Not saved"))
        if problems:
            QMessageBox.warning(
                self, translate("notes_page", "The notes could not be saved"), str(problems[0])
            )
        return False

    def _saved(self, saved: NoteValue) -> None:
        had_note = self.revision > 0
        self.revision = saved.revision
        self.dirty = False
        self._status(translate("notes_page", "Saved"))
        if not had_note:
            self.reload_sessions()

    def _resolve(self, conflict: NoteConflictError) -> bool:
        """Another window saved first: let the person choose; never overwrite silently."""
        box = QMessageBox(self)
        box.setObjectName("noteConflict")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("notes_page", "These notes changed in another window"))
        box.setText(
            translate(
                "notes_page",
                "Someone saved these notes in another window since you started typing. "
                "Which version do you want to keep?",
            )
        )
        box.setInformativeText(
            translate("notes_page", "“Keep both” puts their text first, then yours, so nothing is lost.")
        )
        mine = box.addButton(translate("notes_page", "Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        both = box.addButton(translate("notes_page", "Keep both"), QMessageBox.ButtonRole.AcceptRole)
        theirs = box.addButton(translate("notes_page", "Use theirs"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(both)
        box.exec()
        clicked = box.clickedButton()
        stored = conflict.theirs
        if clicked is theirs:
            self._fill(stored)
            self._status(translate("notes_page", "Saved"))
            return True
        wanted = conflict.mine
        if clicked is both:
            body = stored.body_md.rstrip("\n") + "\n\n---\n\n" + conflict.mine.body_md
            wanted = NoteInput(
                body,
                conflict.mine.note_taker or stored.note_taker,
                conflict.mine.attendance if conflict.mine.attendance is not None else stored.attendance,
                tuple(dict.fromkeys((*stored.links, *conflict.mine.links))),
                tuple(dict.fromkeys((*stored.actions, *conflict.mine.actions))),
            )
        elif clicked is not mine:
            self._status(translate("notes_page", "Not saved"))
            return False
        try:
            saved = note_service.save_note(self.doc.db, stored.session_id, wanted, revision=stored.revision)
        except NoteConflictError as again:
            return self._resolve(again)
        if clicked is both:
            self._fill(saved)
        self._saved(saved)
        return True

    # ------------------------------------------------------------------------------------------- preview

    def _render_preview(self) -> None:
        if self._renderer is None:
            from govcamp.exports.notes_markdown import NoteRenderer

            self._renderer = NoteRenderer(shift=0).html
        text = self.editor.toPlainText()
        if not text.strip():
            # An empty state that says what will appear, not a blank pane.
            hint = (
                "Nothing written yet. The notes appear here as they will in the archive, as you type."
                if self.session is not None
                else "Choose a session on the left to write or read its notes."
            )
            self.preview.setHtml(f"<p style='color:#5a5a5a'><i>{hint}</i></p>")
            return
        self.preview.setHtml(self._renderer(text))

    # -------------------------------------------------------------------------------------------- search

    def _on_search(self, text: str) -> None:
        if not note_service.query_words(text):
            self.left_stack.setCurrentWidget(self.sessions)
            return
        self.left_stack.setCurrentWidget(self.results)
        try:
            hits = note_service.search_notes(self.doc.db, text)
        except GovcampError as exc:
            self.results.setPlainText(str(exc))
            return
        if not hits:
            self.results.setHtml(f"<p>No notes match “{html.escape(text)}”.</p>")
            return
        parts = []
        for hit in hits:
            title = "".join(
                f"<b style='background:#ffdd00;color:#0b0c0c'>{html.escape(t)}</b>" if m else html.escape(t)
                for t, m in hit.title_fragments
            )
            snippet = "".join(
                f"<b style='background:#ffdd00;color:#0b0c0c'>{html.escape(t)}</b>" if m else html.escape(t)
                for t, m in hit.fragments
            )
            where = html.escape(" · ".join(p for p in (hit.session.room or "", hit.session.when) if p))
            parts.append(
                f"<p><a href='session:{hit.session.session_id}'>{title}</a><br>"
                f"<span style='color:#505a5f'>{where}</span><br>{snippet}</p>"
            )
        self.results.setHtml("".join(parts))

    # ------------------------------------------------------------------------------------------- outside

    def _on_changed(self, _what: Topic) -> None:
        if self._loaded_once:
            self.reload_sessions()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)
