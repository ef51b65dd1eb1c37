"""The import dialog (preview, column mapping, dry run, import) and the person editor."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govcamp.domain.applicants import FIELD_LABELS, FIELDS, auto_map, summary
from govcamp.domain.enums import Role
from govcamp.domain.errors import GovcampError
from govcamp.services import applicants as applicant_service
from govcamp.services import eventfiles
from govcamp.services.applicants import ApplicantValue, ImportPlan, ImportResult
from govcamp.services.tabular import Table, UnsureEncodingError, read_table
from govcamp.services.versions import ChangedElsewhereError
from govcamp.ui.accessibility import name_corner_button
from govcamp.ui.applicants_commands import edit_person, import_file
from govcamp.ui.applicants_models import ORGANISATION_TYPE_LABELS, organisation_label
from govcamp.ui.counts import plural
from govcamp.ui.document import EventDocument
from govcamp.ui.encoding_question import ask_encoding
from govcamp.ui.i18n import fmt, translate
from govcamp.ui.labels import role_text
from govcamp.ui.privacy_dialogs import person_buttons

PREVIEW_ROWS = 8
NOT_USED = "(not used)"


class ImportDialog(QDialog):
    """Choose a file, see its first rows, check the column mapping, dry-run, then import."""

    def __init__(self, doc: EventDocument, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("applicants_dialogs", "Import applicants"))
        self.resize(980, 680)
        self.doc = doc
        self.path: Path | None = None
        self.encoding: str | None = None  # the person's answer when the file's encoding was in doubt
        self.table: Table | None = None
        self.plan: ImportPlan | None = None
        self.outcome: ImportResult | None = None

        self.file_label = QLabel(translate("applicants_dialogs", "Choose a CSV or XLSX file of applicants."))
        self.file_label.setWordWrap(True)
        browse = QPushButton(translate("applicants_dialogs", "Choose file…"))
        browse.clicked.connect(self._browse)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(browse)

        self.preview = QTableWidget()
        self.preview.setObjectName("importPreview")
        self.preview.setAccessibleName(translate("applicants_dialogs", "Preview of the file"))
        self.preview.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
        name_corner_button(self.preview)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setMinimumHeight(160)

        mapping_box = QGroupBox(translate("applicants_dialogs", "Columns"))
        grid = QGridLayout(mapping_box)
        self.combos: dict[str, QComboBox] = {}
        for number, field in enumerate(FIELDS):
            combo = QComboBox()
            combo.setObjectName(f"map_{field}")
            combo.setAccessibleName(
                fmt(translate("applicants_dialogs", "Column for %1"), FIELD_LABELS[field])
            )
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.combos[field] = combo
            label = QLabel(FIELD_LABELS[field])
            label.setBuddy(combo)
            grid.addWidget(label, number // 3, (number % 3) * 2)
            grid.addWidget(combo, number // 3, (number % 3) * 2 + 1)

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(translate("applicants_dialogs", "Problems found by the dry run"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_all = QPushButton(translate("applicants_dialogs", "Import"))
        self.import_all.setObjectName("importAll")
        self.import_good = QPushButton(translate("applicants_dialogs", "Import the good rows"))
        self.import_good.setObjectName("importGood")
        self.buttons.addButton(self.import_good, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.import_all, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_all.clicked.connect(lambda: self._import(skip_invalid=False))
        self.import_good.clicked.connect(lambda: self._import(skip_invalid=True))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(translate("applicants_dialogs", "First rows of the file")))
        layout.addWidget(self.preview, 2)
        layout.addWidget(mapping_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 2)
        layout.addWidget(self.buttons)
        self._update_buttons()
        if path is not None:
            self.load(path)

    # ------------------------------------------------------------------------------------------ file

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("applicants_dialogs", "Import applicants"),
            "",
            translate("applicants_dialogs", "Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)"),
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path, encoding: str | None = None) -> None:
        """Read the file, show its first rows, map its columns and run the dry run.

        When the text's encoding is in doubt, the person is asked (showing the doubtful line each way).
        """
        self.plan = None
        self.problems.clear()
        try:
            table = read_table(path, encoding=encoding)
        except UnsureEncodingError as exc:
            chosen = ask_encoding(self, exc)
            if chosen is not None:
                self.load(path, chosen)
                return
            self._unreadable(path, exc)
            return
        except GovcampError as exc:
            self._unreadable(path, exc)
            return
        self.encoding = encoding
        self._show(path, table)

    def _unreadable(self, path: Path, exc: GovcampError) -> None:
        self.table = None
        self.file_label.setText(f"{path.name}: {exc}")
        self.summary.setText("")
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self._update_buttons()

    def _show(self, path: Path, table: Table) -> None:
        self.path, self.table = path, table
        self.file_label.setText(
            f"{path.name}: {plural(len(table.rows), 'row')}, {plural(len(table.header), 'column')}."
        )
        self.preview.clear()
        self.preview.setColumnCount(len(table.header))
        self.preview.setHorizontalHeaderLabels(list(table.header))
        shown = table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        self.preview.setVerticalHeaderLabels([str(row.line) for row in shown])
        for r, row in enumerate(shown):
            for c, value in enumerate(row.values):
                self.preview.setItem(r, c, QTableWidgetItem(value if len(value) < 200 else value[:200] + "…"))
        mapping = auto_map(table.header)
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(NOT_USED, -1)
            for index, title in enumerate(table.header):
                combo.addItem(title or f"Column {index + 1}", index)
            combo.setCurrentIndex(mapping.get(field, -1) + 1)
            combo.blockSignals(False)
        self.dry_run()

    def mapping(self) -> dict[str, int]:
        result: dict[str, int] = {}
        for field, combo in self.combos.items():
            index = combo.currentData()
            if isinstance(index, int) and index >= 0:
                result[field] = index
        return result

    def _mapping_changed(self, _index: int) -> None:
        if self.table is not None:
            self.dry_run()

    # ---------------------------------------------------------------------------------------- checks

    def dry_run(self) -> None:
        """Check every row against the mapping and the event; list every problem with its line."""
        self.problems.clear()
        self.plan = None
        if self.table is None:
            self._update_buttons()
            return
        try:
            self.plan = eventfiles.plan_table(self.doc.db, self.table, self.mapping())
        except GovcampError as exc:
            self.summary.setText(str(exc))
            self._update_buttons()
            return
        plan = self.plan
        for problem in plan.problems:
            self.problems.addItem(("✖ " if problem.is_error else "• ") + problem.message)
        self.summary.setText(
            summary(
                plan.rows,
                len(plan.new),
                len(plan.invalid_lines),
                plan.count("duplicate_in_file"),
                plan.count("already_applied"),
                plan.count("likely_duplicate"),
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self.plan
        good = len(plan.new) if plan is not None else 0
        errors = bool(plan.errors) if plan is not None else True
        self.import_all.setEnabled(plan is not None and not errors and good > 0)
        self.import_all.setText(
            fmt(translate("applicants_dialogs", "Import %1"), plural(good, "applicant"))
            if plan is not None and not errors
            else translate("applicants_dialogs", "Import")
        )
        self.import_good.setVisible(plan is not None and errors)
        self.import_good.setEnabled(good > 0)
        self.import_good.setText(
            fmt(translate("applicants_dialogs", "Import the %1"), plural(good, "good row"))
        )

    def _import(self, *, skip_invalid: bool) -> None:
        if self.path is None:
            return
        try:
            self.outcome = import_file(
                self.doc, self.path, self.mapping(), skip_invalid=skip_invalid, encoding=self.encoding
            )
        except GovcampError as exc:
            self.summary.setText(str(exc))
            return
        self.accept()


class PersonDialog(QDialog):
    """Edit one person; OK stores the change as one undoable step."""

    def __init__(self, doc: EventDocument, value: ApplicantValue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fmt(translate("applicants_dialogs", "Edit %1"), value.full_name))
        self.doc = doc
        self.value = value
        self.full_name = QLineEdit(value.full_name)
        self.badge_name = QLineEdit(value.badge_name)
        self.pronouns = QLineEdit(value.pronouns)
        self.email = QLineEdit(value.email)
        self.organisation = QLineEdit(value.organisation)
        self.organisation_type = QComboBox()
        for code in ORGANISATION_TYPE_LABELS:
            self.organisation_type.addItem(organisation_label(code), code)
        self.organisation_type.setCurrentIndex(
            max(0, self.organisation_type.findData(value.organisation_type))
        )
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_text(role), role.value)
        self.role.setCurrentIndex(max(0, self.role.findData(value.role)))
        self.first_timer = QCheckBox(translate("applicants_dialogs", "First time at a govcamp"))
        self.first_timer.setChecked(value.first_timer)
        self.language = QComboBox()
        self.language.addItem(translate("applicants_dialogs", "Not said"), "")
        self.language.addItem(translate("applicants_dialogs", "Welsh (Cymraeg)"), "cy")
        self.language.addItem(translate("applicants_dialogs", "English"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(value.preferred_language)))
        self.language.setToolTip(
            translate("applicants_dialogs", "Their badge is in this language when printed per person.")
        )
        self.group_key = QLineEdit(value.group_key)
        self.group_key.setToolTip(
            translate(
                "applicants_dialogs",
                "People with the same group are drawn together (a carer and the person they support).",
            )
        )
        self.access_needs = QPlainTextEdit(value.access_needs)
        self.dietary_needs = QPlainTextEdit(value.dietary_needs)
        for box in (self.access_needs, self.dietary_needs):
            box.setTabChangesFocus(True)  # a form field: Tab goes on to the next, never traps the keyboard
        for editor in (self.access_needs, self.dietary_needs):
            editor.setMaximumHeight(70)
        form = QFormLayout()
        form.addRow(translate("applicants_dialogs", "&Name"), self.full_name)
        form.addRow(translate("applicants_dialogs", "Name on &badge"), self.badge_name)
        form.addRow(translate("applicants_dialogs", "&Pronouns"), self.pronouns)
        form.addRow(translate("applicants_dialogs", "&Email"), self.email)
        form.addRow(translate("applicants_dialogs", "&Organisation"), self.organisation)
        form.addRow(translate("applicants_dialogs", "Organisation &type"), self.organisation_type)
        form.addRow(translate("applicants_dialogs", "&Role"), self.role)
        form.addRow("", self.first_timer)
        form.addRow(translate("applicants_dialogs", "Preferred &language"), self.language)
        form.addRow(translate("applicants_dialogs", "Applied &with (group)"), self.group_key)
        form.addRow(translate("applicants_dialogs", "&Access needs"), self.access_needs)
        form.addRow(translate("applicants_dialogs", "&Dietary needs"), self.dietary_needs)
        form.addRow(translate("applicants_dialogs", "Check-in code"), QLabel(value.checkin_code))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        person_buttons(buttons, self, doc, value.id, value.full_name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def edited(self) -> ApplicantValue:
        return replace(
            self.value,
            full_name=self.full_name.text(),
            badge_name=self.badge_name.text(),
            pronouns=self.pronouns.text(),
            email=self.email.text(),
            organisation=self.organisation.text(),
            organisation_type=str(self.organisation_type.currentData()),
            role=str(self.role.currentData()),
            first_timer=self.first_timer.isChecked(),
            group_key=self.group_key.text(),
            access_needs=self.access_needs.toPlainText(),
            dietary_needs=self.dietary_needs.toPlainText(),
            preferred_language=str(self.language.currentData()),
        )

    def accept(self) -> None:
        try:
            edit_person(self.doc, self.edited())
        except GovcampError as exc:
            if isinstance(exc, ChangedElsewhereError):
                # The list behind shows their change; what is typed here stays, and OK again saves it
                # over theirs knowingly.
                fresh = applicant_service.get_applicant(self.doc.db, self.value.id)
                self.value = replace(self.value, version=fresh.version)
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
