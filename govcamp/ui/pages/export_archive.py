"""The Exports tab for the notes archive: choose a folder, write the static site, watch its progress."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from govcamp.domain.errors import GovcampError
from govcamp.paths import documents_dir
from govcamp.ui.document import EventDocument
from govcamp.ui.export_runner import BackgroundWriter
from govcamp.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate
from govcamp.ui.language_choice import chosen_language, language_combo


class ArchivePanel(BackgroundWriter, QWidget):
    """Writes the notes archive in the background, with a progress bar and a link to open it."""

    failure = "The archive was not written"

    TITLE = QT_TRANSLATE_NOOP("exports_page", "Notes archive")

    def __init__(self, doc: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        explain = QLabel(
            translate(
                "export_archive",
                "A website of every session's notes that works offline from a folder or a USB stick, and "
                "on any "
                "web host: the grid, one page per session, tags and search. It also holds notes.json and one "
                "Markdown file per session. Hosts are named only where they agreed; no email addresses or "
                "personal needs are included.",
            )
        )
        explain.setWordWrap(True)
        self.folder = QLineEdit(str(self._suggested()))
        self.folder.setObjectName("archiveFolder")
        self.folder.setAccessibleName(translate("export_archive", "Folder for the archive"))
        browse = QPushButton(translate("export_archive", "Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("export_archive", "Folder")))
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.zip = QCheckBox(translate("export_archive", "Also pack it into a .zip file to share"))
        self.zip.setObjectName("archiveZip")
        self.language = language_combo("archiveLanguage")
        buttons = self.make_controls(
            translate("export_archive", "Write the archive"),
            self.start,
            write_name="writeArchive",
            progress_name="archiveProgress",
            message_name="archiveMessage",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addWidget(self.zip)
        layout.addWidget(self.language)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _suggested(self) -> Path:
        path = self.doc.db.path
        if path is not None:
            return path.with_name(f"{path.stem} notes archive")
        return documents_dir() / "notes archive"

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("export_archive", "Choose a folder for the archive"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def start(self) -> None:
        """Collect the notes (quick, here) and write the files on the thread pool."""
        from govcamp.exports.archive import archive_steps
        from govcamp.services.archive import collect

        text = self.folder.text().strip()
        if not text:
            self._say(translate("export_archive", "Choose a folder for the archive first."))
            return
        out_dir = Path(text).expanduser()
        zip_file = out_dir.with_name(out_dir.name + ".zip") if self.zip.isChecked() else None
        if not self.folder_allowed(out_dir, zip_file):
            return
        try:
            data = collect(self.doc.db)
        except GovcampError as exc:
            self._say(str(exc))
            return
        language = chosen_language(self.language)
        self.run_task(
            lambda: archive_steps(data, out_dir, zip_file=zip_file, language=language),
            busy="Writing the archive…",
            cancelled="Cancelled; nothing was changed.",
            on_done=lambda: self._done(out_dir, zip_file),
        )

    def folder_allowed(self, out_dir: Path, zip_file: Path | None) -> bool:
        """Files are sacred, as on the command line (:mod:`govcamp.exports.archive_folder`): a folder holding
        an event file or a person's files (and no earlier archive) is refused in words before any work; an
        earlier export is replaced only when the person says so (their own files beside it are kept)."""
        from govcamp.exports import archive_folder

        try:
            archive_folder.check_target(out_dir, zip_file)
        except GovcampError as exc:
            self._say(fmt(translate("export_archive", "Nothing was written: %1"), exc))
            return False
        earlier = archive_folder.earlier_export(out_dir) or (zip_file is not None and zip_file.exists())
        if not earlier:
            return True
        answer = QMessageBox.question(
            self,
            translate("export_archive", "Replace the earlier archive?"),
            fmt(
                translate(
                    "export_archive",
                    "%1 holds an archive written earlier. Replace the files govcamp wrote there? Any "
                    "other files in the folder are kept.",
                ),
                out_dir.name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self._say(translate("export_archive", "Nothing was written; the earlier archive was kept."))
            return False
        return True

    def _done(self, out_dir: Path, zip_file: Path | None) -> None:
        self.progress.setValue(self.progress.maximum())
        index = (out_dir / "index.html").resolve()
        url = html.escape(QUrl.fromLocalFile(str(index)).toString(), quote=True)
        packed = f" Packed as {zip_file.name}." if zip_file else ""
        self._ended(f"Saved the archive in {out_dir}.{packed}")
        self.message.setText(
            fmt(
                translate("export_archive", '%1 <a href="%2">Open it in a web browser</a>.'),
                self.message.text(),
                url,
            )
        )
