"""Exports: one tab per kind of file people take home (badges, calendars, the notes archive…)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from govcamp.ui.accessibility import relative_font
from govcamp.ui.document import EventDocument
from govcamp.ui.i18n import translate
from govcamp.ui.pages.export_archive import ArchivePanel
from govcamp.ui.pages.export_badges import BadgePanel
from govcamp.ui.pages.export_calendar import CalendarPanel


class ExportsPage(QWidget):
    """Each export lives in its own panel module and adds one tab here."""

    def __init__(self, doc: EventDocument, promise: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.tabs = QTabWidget()
        self.tabs.setObjectName("exportTabs")
        heading = QLabel(translate("exports_page", "Exports"))
        heading.setFont(relative_font(20, weight=QFont.Weight.DemiBold))
        self.promise = QLabel(promise)
        self.promise.setWordWrap(True)
        self.empty = QLabel(
            translate(
                "exports_page", "No exports are built yet. The data is already in the event file, safe."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        layout.addWidget(self.promise)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)
        self._panels()

    def _panels(self) -> None:
        """Add one tab per export panel (each panel module adds its line here)."""
        self.tabs.addTab(BadgePanel(self.doc), translate("exports_page", BadgePanel.TITLE))
        self.tabs.addTab(ArchivePanel(self.doc), translate("exports_page", ArchivePanel.TITLE))
        self.tabs.addTab(CalendarPanel(self.doc), translate("exports_page", CalendarPanel.TITLE))
        self.tabs.setVisible(self.tabs.count() > 0)
        self.empty.setVisible(self.tabs.count() == 0)
