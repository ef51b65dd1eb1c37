"""The Exports tab for badges: choose the stock and the people, see the first page, write the PDF."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from govcamp.domain.errors import GovcampError
from govcamp.exports.layouts import DEFAULT_LAYOUT, LAYOUTS, Layout
from govcamp.paths import documents_dir
from govcamp.ui.actions import Topic
from govcamp.ui.counts import plural
from govcamp.ui.document import EventDocument
from govcamp.ui.export_runner import BackgroundWriter
from govcamp.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate
from govcamp.ui.language_choice import chosen_language, language_combo
from govcamp.ui.people_picker import PeopleField

#: The choices of people, in the order offered; the last takes the people chosen by name beside it.
WHO_LABELS: tuple[tuple[str, str], ...] = (
    ("attendees", QT_TRANSLATE_NOOP("export_badges", "Everyone with a place")),
    ("confirmed", QT_TRANSLATE_NOOP("export_badges", "Everyone who confirmed")),
    ("checked-in", QT_TRANSLATE_NOOP("export_badges", "Everyone checked in")),
    ("all", QT_TRANSLATE_NOOP("export_badges", "Everyone, applicants too")),
    ("ids", QT_TRANSLATE_NOOP("export_badges", "These people…")),
)


class BadgePreview(QWidget):
    """The first page of badges, drawn from the same display list the PDF is written from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("badgePreview")
        self.setAccessibleName(translate("export_badges", "Preview of the first page of badges"))
        # 220 px still shows a whole A4 sheet; at 260 the translated controls beside it pushed the window
        # past a 1024 px screen (the pseudo-translation run found it).
        self.setMinimumSize(QSize(220, 320))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.page: object | None = None
        self.layout_: Layout | None = None
        self.note = "The preview appears here."

    def show_page(self, layout: Layout | None, page: object | None, note: str = "") -> None:
        self.layout_, self.page, self.note = layout, page, note
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        from govcamp.exports.badges import Page
        from govcamp.ui.badge_painting import paint_page

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#e6e6e6"))
        layout, page = self.layout_, self.page
        if layout is None or not isinstance(page, Page):
            painter.setPen(QColor("#404040"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.note)
            painter.end()
            return
        margin = 12.0
        scale = min(
            (self.width() - 2 * margin) / layout.page_width, (self.height() - 2 * margin) / layout.page_height
        )
        left = (self.width() - layout.page_width * scale) / 2
        top = (self.height() - layout.page_height * scale) / 2
        painter.translate(left, top)
        painter.scale(scale, scale)
        painter.fillRect(QRectF(0, 0, layout.page_width, layout.page_height), QColor("white"))
        if layout.corner_radius:
            painter.save()
            painter.translate(0, layout.page_height)  # the layout's boxes are in PDF points, y up
            painter.setPen(QPen(QColor("#b0b0b0"), 0.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for x, y, w, h in layout.boxes():
                painter.drawRoundedRect(QRectF(x, -y - h, w, h), layout.corner_radius, layout.corner_radius)
            painter.restore()
        paint_page(painter, page, layout, self.logicalDpiY() or 96)
        painter.end()


class BadgePanel(BackgroundWriter, QWidget):
    """Badges for a choice of people on a choice of stock, written in the background with progress."""

    failure = "The badges were not written"

    TITLE = QT_TRANSLATE_NOOP("exports_page", "Badges")

    def __init__(self, doc: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.warnings: list[str] = []
        self._previewed = False
        explain = QLabel(
            translate(
                "export_badges",
                "Print-ready badges: the name large in any script, pronouns, organisation, a role band "
                "and a QR "
                "code with the person's check-in code (or their contact card, where they agreed and the "
                "event "
                "allows it). Fonts are embedded, so the PDF prints the same anywhere.",
            )
        )
        explain.setWordWrap(True)

        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("badgeLayout")
        self.layout_choice.setAccessibleName(translate("export_badges", "Badge stock"))
        for key, stock in LAYOUTS.items():
            self.layout_choice.addItem(stock.title, key)
        self.layout_choice.setCurrentIndex(list(LAYOUTS).index(DEFAULT_LAYOUT))
        # The stock names are long (and longer in Welsh): the closed combo shortens them rather than
        # widening the window past a netbook's 1024 px; the open list shows them whole.
        self.layout_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.layout_choice.setMinimumContentsLength(24)
        self.folded = QCheckBox(translate("export_badges", "Fold each badge in half: the name on both faces"))
        self.folded.setObjectName("badgeFolded")
        self.language = language_combo("badgeLanguage", per_person=True)
        self.who = QComboBox()
        self.who.setObjectName("badgeWho")
        self.who.setAccessibleName(translate("export_badges", "Whose badges"))
        for key, label in WHO_LABELS:
            self.who.addItem(translate("export_badges", label), key)
        self.ids = PeopleField(multiple=True)
        self.ids.setObjectName("badgeIds")
        self.ids.setAccessibleName(
            translate("export_badges", "People, by name, e-mail or ticket code, separated by semicolons")
        )
        self.ids.setEnabled(False)
        who_row = QHBoxLayout()
        who_row.addWidget(self.who, 1)
        who_row.addWidget(self.ids, 1)
        self.output = QLineEdit(str(self._suggested()))
        self.output.setObjectName("badgeOutput")
        self.output.setAccessibleName(translate("export_badges", "PDF file to write"))
        browse = QPushButton(translate("export_badges", "Choose…"))
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(translate("export_badges", "Stock"), self.layout_choice)
        form.addRow("", self.folded)
        form.addRow(translate("export_badges", "Language"), self.language)
        form.addRow(translate("export_badges", "People"), who_row)
        form.addRow(translate("export_badges", "Save as"), out_row)

        buttons = self.make_controls(
            translate("export_badges", "Write the badges"),
            self.start,
            write_name="writeBadges",
            progress_name="badgeProgress",
            message_name="badgeMessage",
            cancel_name="cancelBadges",
        )
        self.alignment_button = QPushButton(translate("export_badges", "Alignment test page"))
        self.alignment_button.setObjectName("writeAlignment")
        self.alignment_button.setToolTip(
            translate(
                "export_badges",
                "One page with every label's outline and millimetre rulers, saved beside the badges: "
                "print it at "
                "100 % on plain paper and hold it against a sheet of labels before printing them all.",
            )
        )
        self.alignment_button.clicked.connect(self.write_alignment)
        buttons.insertWidget(2, self.alignment_button)

        controls = QVBoxLayout()
        controls.addWidget(explain)
        controls.addLayout(form)
        controls.addLayout(buttons)
        controls.addWidget(self.progress)
        controls.addWidget(self.message)
        controls.addStretch(1)
        self.preview = BadgePreview()
        layout = QHBoxLayout(self)
        layout.addLayout(controls, 1)
        layout.addWidget(self.preview, 1)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh_preview)
        self.layout_choice.currentIndexChanged.connect(self._layout_changed)
        self.folded.toggled.connect(self._schedule_preview)
        self.language.currentIndexChanged.connect(self._schedule_preview)
        self.who.currentIndexChanged.connect(self._who_changed)
        self.ids.textChanged.connect(self._schedule_preview)
        people = Topic.APPLICANTS | Topic.TICKETS | Topic.CHECKIN | Topic.EVENT
        doc.subscribe(self, people, lambda _topics: self._schedule_preview())
        self._layout_changed()

    # ------------------------------------------------------------------------------------- choices

    def layout_key(self) -> str:
        return str(self.layout_choice.currentData())

    def who_value(self) -> str:
        key = str(self.who.currentData())
        if key != "ids":
            return key
        # The service takes ids; people choose by name, e-mail or code (a mistake is said in words).
        return ",".join(str(i) for i in self.ids.person_ids())

    def _suggested(self) -> Path:
        path = self.doc.db.path
        if path is not None:
            return path.with_name(f"{path.stem} badges.pdf")
        return documents_dir() / "badges.pdf"

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            translate("export_badges", "Save the badges as"),
            self.output.text(),
            translate("export_badges", "PDF (*.pdf)"),
        )
        if chosen:
            self.output.setText(
                chosen if chosen.lower().endswith(".pdf") else chosen + translate("export_badges", ".pdf")
            )

    def alignment_path(self) -> Path:
        """Where the alignment page goes: beside the badges, named after the stock."""
        badges = Path(self.output.text().strip() or str(self._suggested())).expanduser()
        return badges.with_name(f"{badges.stem} alignment {self.layout_key()}.pdf")

    def write_alignment(self) -> None:
        """Write the chosen stock's alignment test page (one page: quick enough to write here)."""
        from govcamp.exports.alignment import alignment_pdf

        out = self.alignment_path()
        try:
            alignment_pdf(out, self.layout_key())
        except GovcampError as exc:
            self._say(str(exc))
            return
        url = html.escape(QUrl.fromLocalFile(str(out.resolve())).toString(), quote=True)
        self._say(
            fmt(
                translate(
                    "export_badges",
                    "Saved the alignment test page to %1: print it at 100 % (actual size) on plain paper.",
                ),
                out,
            )
        )
        self.message.setText(
            fmt(translate("export_badges", '%1 <a href="%2">Open it</a>.'), self.message.text(), url)
        )

    def _layout_changed(self) -> None:
        foldable = LAYOUTS[self.layout_key()].foldable
        self.folded.setEnabled(foldable)
        if not foldable:
            self.folded.setChecked(False)
        self._schedule_preview()

    def _who_changed(self) -> None:
        self.ids.setEnabled(self.who.currentData() == "ids")
        if self.ids.isEnabled():
            from govcamp.services import applicants as applicant_service

            self.ids.set_people(applicant_service.list_applicants(self.doc.db))
            self.ids.setFocus()
        self._schedule_preview()

    # ------------------------------------------------------------------------------------- preview

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._previewed:
            self._schedule_preview()

    def _schedule_preview(self) -> None:
        if self.isVisible():
            self._refresh_timer.start()

    def refresh_preview(self) -> None:
        """Lay out the first page for the current choices (fonts load on the first call)."""
        from govcamp.exports.badges import BadgeSheet
        from govcamp.services.badges import badge_batch, in_language

        self._previewed = True
        layout = LAYOUTS[self.layout_key()]
        try:
            batch = in_language(badge_batch(self.doc.db, self.who_value()), chosen_language(self.language))
            if not batch.badges:
                self.preview.show_page(
                    layout, None, translate("export_badges", "Nobody matches that choice of people yet.")
                )
                return
            sheet = BadgeSheet(
                batch.badges[: layout.per_page],
                event_name=batch.event_name,
                layout=layout,
                folded=self.folded.isChecked(),
            )
            self.preview.show_page(layout, sheet.page(0))
            count = len(batch.badges)
            pages = -(-count // layout.per_page)
            self.preview.setToolTip(
                fmt(translate("export_badges", "%1 on %2"), plural(count, "badge"), plural(pages, "page"))
            )
        except GovcampError as exc:
            self.preview.show_page(layout, None, str(exc))

    # -------------------------------------------------------------------------------------- export

    def start(self) -> None:
        """Read whose badges (quick, here), then lay out and write the PDF on the thread pool."""
        from govcamp.exports.badges import badge_steps
        from govcamp.services.badges import badge_batch, in_language

        text = self.output.text().strip()
        if not text:
            self._say(translate("export_badges", "Choose where to save the badges first."))
            return
        out = Path(text).expanduser()
        try:
            batch = in_language(badge_batch(self.doc.db, self.who_value()), chosen_language(self.language))
        except GovcampError as exc:
            self._say(str(exc))
            return
        if not self.output_allowed(out):
            return
        layout, folded = self.layout_key(), self.folded.isChecked()
        self.warnings = []
        warnings = self.warnings
        self.run_task(
            lambda: self.safely(
                out,
                lambda partial: badge_steps(
                    batch.badges,
                    partial,
                    event_name=batch.event_name,
                    layout=layout,
                    folded=folded,
                    warnings=warnings,
                ),
            ),
            busy="Writing the badges…",
            cancelled="Cancelled; no file was written.",
            on_done=lambda: self._done(out, len(batch.badges)),
            total=max(len(batch.badges), 1),
        )

    def _done(self, out: Path, count: int) -> None:
        self.progress.setValue(self.progress.maximum())
        url = html.escape(QUrl.fromLocalFile(str(out.resolve())).toString(), quote=True)
        plural = "" if count == 1 else "s"
        self._ended(f"Saved {count:,} badge{plural} in {out}.")
        notes = "".join(f"<br>⚠ {html.escape(w)}" for w in self.warnings)
        self.message.setText(
            fmt(
                translate("export_badges", '%1 <a href="%2">Open the PDF</a>.%3'),
                self.message.text(),
                url,
                notes,
            )
        )
