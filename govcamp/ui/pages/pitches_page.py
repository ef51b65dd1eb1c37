"""Pitches: capture the morning's pitches as fast as people speak, then tidy the list.

The form is built for the keyboard: type the title, Tab, the host (type-ahead over everyone the event
knows, or any new name; several hosts separated by commas), Tab through tags, needs and hands, and Enter
saves and clears the form for the next pitch. Every change is one step of Undo.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from govcamp.domain.enums import STANDARD_FEATURES
from govcamp.domain.errors import GovcampError, ValidationError
from govcamp.domain.pitching import PitchInput, SessionValue
from govcamp.services import pitches as pitch_service
from govcamp.services.tabular import UnsureEncodingError
from govcamp.ui import grid_commands
from govcamp.ui.actions import Topic
from govcamp.ui.counts import plural
from govcamp.ui.document import EventDocument
from govcamp.ui.encoding_question import ask_encoding
from govcamp.ui.i18n import fmt, translate
from govcamp.ui.labels import feature_text
from govcamp.ui.mnemonics import assign
from govcamp.ui.pitches_model import EditStartDelegate, PitchesModel, split_list


class HostCompleter(QCompleter):
    """Completes the name after the last comma, so several hosts can be typed into one field."""

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: object) -> str:
        chosen = super().pathFromIndex(index)  # type: ignore[arg-type]
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        before = [part.strip() for part in typed.split(",")[:-1] if part.strip()]
        return ", ".join([*before, chosen])


class _EnterSaves(QObject):
    """Enter anywhere in the form saves, unless the host list's suggestions are open."""

    def __init__(self, page: PitchesPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        popup = self.page.completer.popup()
        if popup is not None and popup.isVisible():
            return False
        self.page.save()
        return True


class _TitleFirst(QObject):
    """The Title column keeps a fair share of a narrow table; the wordy columns give way, not the title."""

    #: The wordy columns' widths when there is room for them (the title takes what is left).
    WIDTHS: ClassVar[dict[int, int]] = {
        PitchesModel.HOSTS: 170,
        PitchesModel.NEEDS: 110,
        PitchesModel.TAGS: 150,
        PitchesModel.WHERE: 170,
    }
    #: The share of the table the title keeps however narrow the window.
    TITLE_SHARE = 0.4

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        # The viewport's own Resize comes once its new width is known (the table's comes before).
        self.viewport = table.viewport()
        self.viewport.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        room = self.table.viewport().width()
        for column in (PitchesModel.NUMBER, PitchesModel.HANDS):
            room -= header.sectionSize(column)
        wordy = max(0, int(room * (1 - self.TITLE_SHARE)))
        scale = min(1.0, wordy / sum(self.WIDTHS.values()))
        for column, width in self.WIDTHS.items():
            header.resizeSection(column, max(60, int(width * scale)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Not while the table is being taken apart (the viewport is resized on its way out).
        if watched is self.viewport and event.type() == QEvent.Type.Resize and shiboken6.isValid(self.table):
            self.fit()
        return False


class PitchesPage(QWidget):
    """The capture form above the list of pitches."""

    def __init__(self, doc: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc

        # Capture form -------------------------------------------------------------------------------------
        self.title = QLineEdit()
        self.title.setObjectName("pitchTitle")
        self.title.setPlaceholderText(translate("pitches_page", "What the session is called"))
        self.hosts = QLineEdit()
        self.hosts.setObjectName("pitchHosts")
        self.hosts.setPlaceholderText(
            translate("pitches_page", "Who is hosting: start typing a name; commas between co-hosts")
        )
        self.names = QStringListModel(self)
        self.completer = HostCompleter(self.names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.hosts.setCompleter(self.completer)
        self.description = QLineEdit()
        self.description.setObjectName("pitchDescription")
        self.description.setPlaceholderText(translate("pitches_page", "A sentence about it (optional)"))
        self.tags = QLineEdit()
        self.tags.setObjectName("pitchTags")
        self.tags.setPlaceholderText(translate("pitches_page", "e.g. data, housing"))
        self.need_boxes: dict[str, QCheckBox] = {}
        needs_row = QHBoxLayout()
        # Letters the page's labels and buttons and the menu bar do not use.
        # The letters differ by language, so the translation lists its own.
        taken = translate("pitches_page", "todacswmirfegh", "the letters this page and the menu bar use")
        letters = assign([feature_text(c) for c in STANDARD_FEATURES], taken=taken)
        for code, text in zip(STANDARD_FEATURES, letters, strict=True):
            box = QCheckBox(text)
            box.setObjectName(f"need_{code}")
            self.need_boxes[code] = box
            needs_row.addWidget(box)
        needs_row.addStretch(1)
        self.hands = QSpinBox()
        self.hands.setObjectName("pitchHands")
        self.hands.setRange(0, 10_000)
        self.hands.setSpecialValueText(translate("pitches_page", "not counted"))
        self.hands.setToolTip(translate("pitches_page", "Hands raised at the pitch (0 = not counted)"))
        self.save_button = QPushButton(translate("pitches_page", "&Save pitch"))
        self.save_button.setToolTip(
            translate("pitches_page", "Save and clear the form for the next pitch (Enter)")
        )
        self.save_button.clicked.connect(self.save)
        self.error = QLabel()
        self.error.setObjectName("pitchError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.duplicate = QLabel()
        self.duplicate.setObjectName("pitchDuplicate")
        self.duplicate.setStyleSheet("color: #8a4b00;")
        self.duplicate.setWordWrap(True)
        self.duplicate.hide()
        self.saved = QLabel()
        self.saved.setObjectName("pitchSaved")

        form = QFormLayout()
        form.addRow(translate("pitches_page", "&Title"), self.title)
        form.addRow("", self.duplicate)
        form.addRow(translate("pitches_page", "H&osts"), self.hosts)
        form.addRow(translate("pitches_page", "&Description"), self.description)
        form.addRow(translate("pitches_page", "T&ags"), self.tags)
        form.addRow(translate("pitches_page", "Needs"), needs_row)
        hands_row = QHBoxLayout()
        hands_row.addWidget(self.hands)
        hands_row.addStretch(1)
        hands_row.addWidget(self.saved)
        hands_row.addWidget(self.save_button)
        hands_label = QLabel(translate("pitches_page", "Hands &counted"))
        hands_label.setBuddy(self.hands)
        form.addRow(hands_label, hands_row)
        form.addRow("", self.error)
        capture = QGroupBox(translate("pitches_page", "New pitch"))
        capture.setLayout(form)

        enter = _EnterSaves(self)
        for widget in (
            self.title,
            self.hosts,
            self.description,
            self.tags,
            self.hands,
            *self.need_boxes.values(),
        ):
            widget.installEventFilter(enter)
        self._similar_timer = QTimer(self)
        self._similar_timer.setSingleShot(True)
        self._similar_timer.setInterval(250)
        self._similar_timer.timeout.connect(self.check_similar)
        self.title.textChanged.connect(lambda _t: self._similar_timer.start())

        # The list ----------------------------------------------------------------------------------------
        self.model = PitchesModel()
        self.model.on_edit = self._edited
        self.table = QTableView()
        # The arrow keys move between cells; Tab leaves the table, so the keyboard is never trapped in it.
        self.table.setTabKeyNavigation(False)
        self.table.setObjectName("pitchesTable")
        self.table.setAccessibleName(translate("pitches_page", "Pitches"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(EditStartDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (PitchesModel.NUMBER, PitchesModel.HANDS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PitchesModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # The title gets what is left once the wordy columns have a fair share, and never less than 40 %.
        self.columns = _TitleFirst(self.table)
        self.count = QLabel()
        self.count.setObjectName("pitchCount")
        self.withdraw_button = QPushButton(translate("pitches_page", "&Withdraw"))
        self.withdraw_button.setToolTip(
            translate("pitches_page", "Withdraw the selected session, or restore a withdrawn one")
        )
        self.withdraw_button.clicked.connect(self.toggle_withdrawn)
        self.merge_button = QPushButton(translate("pitches_page", "&Merge"))
        self.merge_button.setToolTip(
            translate(
                "pitches_page", "Merge two selected sessions into one co-hosted session (the first is kept)"
            )
        )
        self.merge_button.clicked.connect(self.merge_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.withdraw_button)
        self.import_button = QPushButton(translate("pitches_page", "&Import…"))
        self.import_button.setToolTip(
            translate("pitches_page", "Add pitches from a CSV or Excel file with Title and Host columns")
        )
        self.import_button.clicked.connect(self.choose_import)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addWidget(capture)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        doc.subscribe(self, Topic.SESSIONS | Topic.GRID | Topic.ROOMS | Topic.SLOTS, self._on_changed)
        # Read the event when first shown, not while the window opens: start-up stays quick.
        self._stale = True

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

    def reload(self) -> None:
        self._stale = False
        sessions = pitch_service.list_sessions(self.doc.db)
        self.model.set_sessions(sessions)
        live = [s for s in sessions if not s.withdrawn]
        self.count.setText(
            fmt(translate("pitches_page", "%1 pitched"), plural(len(live), "session"))
            + (
                fmt(translate("pitches_page", ", %1 withdrawn"), len(sessions) - len(live))
                if len(live) < len(sessions)
                else ""
            )
        )
        names = pitch_service.host_names(self.doc.db)
        if names != self.names.stringList():
            self.names.setStringList(names)
        self._update_buttons()

    def selected(self) -> list[SessionValue]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.session(row) for row in rows]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.withdraw_button.setEnabled(len(chosen) == 1)
        self.withdraw_button.setText(
            translate("pitches_page", "&Restore")
            if len(chosen) == 1 and chosen[0].withdrawn
            else translate("pitches_page", "&Withdraw")
        )
        self.merge_button.setEnabled(len(chosen) == 2 and not any(s.withdrawn for s in chosen))

    def check_similar(self) -> None:
        title = self.title.text().strip()
        found = pitch_service.similar_sessions(self.doc.db, title) if len(title) >= 4 else []
        if found:
            other = found[0]
            self.duplicate.setText(
                fmt(
                    translate(
                        "pitches_page",
                        "⚠ Looks like #%1 “%2” (%3): the same session? You can merge them in the list "
                        "after saving.",
                    ),
                    other.pitch_order,
                    other.title,
                    ", ".join(other.host_names),
                )
            )
        self.duplicate.setVisible(bool(found))

    # ------------------------------------------------------------------------------------------- capture

    def form_value(self) -> PitchInput:
        return PitchInput(
            title=self.title.text(),
            hosts=split_list(self.hosts.text()),
            description=self.description.text(),
            tags=split_list(self.tags.text()),
            needs=tuple(code for code, box in self.need_boxes.items() if box.isChecked()),
            demand=self.hands.value() or None,
        )

    def save(self) -> SessionValue | None:
        self.hands.interpretText()
        try:
            value = grid_commands.add_pitch(self.doc, self.form_value())
        except ValidationError as exc:
            self.error.setText(exc.message)
            self.error.show()
            target = {"title": self.title, "host": self.hosts, "demand": self.hands}.get(
                exc.field, self.title
            )
            target.setFocus()
            return None
        except GovcampError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return None
        self.error.hide()
        self.duplicate.hide()
        for line in (self.title, self.hosts, self.description, self.tags):
            line.clear()
        for box in self.need_boxes.values():
            box.setChecked(False)
        self.hands.setValue(0)
        self.saved.setText(fmt(translate("pitches_page", "Saved #%1 “%2”."), value.pitch_order, value.title))
        self.table.scrollTo(self.model.index(self.model.row_of(value.id), 0))
        self.title.setFocus()
        return value

    # ---------------------------------------------------------------------------------------------- list

    def _edited(self, session: SessionValue, pitch: PitchInput) -> bool:
        action = grid_commands.edit_pitch_action(session.id, pitch, seen=session.version, desk=self.doc.desk)
        return self.doc.actions.run(action, self) is not None

    def toggle_withdrawn(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        action = grid_commands.withdraw_action(chosen[0], not chosen[0].withdrawn, desk=self.doc.desk)
        self.doc.actions.run(action, self)

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("pitches_page", "Import pitches"),
            "",
            translate("pitches_page", "Tables (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, encoding: str | None = None) -> None:
        """Add every pitch in a CSV or XLSX file, as one undo step; say what was skipped. When the text's
        encoding is in doubt, ask (showing the doubtful line each way)."""
        try:
            result = self.doc.actions.perform(grid_commands.import_pitches_action(path, encoding=encoding))
        except UnsureEncodingError as exc:
            chosen = ask_encoding(self, exc)
            if chosen is not None:
                self.import_file(path, chosen)
            else:
                self.saved.setText(fmt(translate("pitches_page", "Nothing was imported: %1"), exc))
            return
        except GovcampError as exc:
            QMessageBox.warning(self, translate("pitches_page", "Import pitches"), str(exc))
            return
        text = f"Imported {len(result.added)} pitches from {path.name}."
        if result.skipped:
            text += f" Skipped {len(result.skipped)} already here: " + "; ".join(result.skipped[:5])
        self.saved.setText(text)

    def merge_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) != 2:
            return
        keep, other = sorted(chosen, key=lambda s: (s.pitch_order, s.id))
        if (
            self.doc.actions.run(grid_commands.merge_action(keep.id, other.id, desk=self.doc.desk), self)
            is None
        ):
            return
        self.table.selectRow(self.model.row_of(keep.id))
