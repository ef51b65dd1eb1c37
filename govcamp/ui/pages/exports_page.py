"""Exports: one tab per kind of file people take home (badges, calendars, the notes archive…)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from govcamp.ui.document import EventDocument


class ExportsPage(QWidget):
    """Each export lives in its own panel module and adds one tab here."""

    def __init__(self, doc: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.tabs = QTabWidget()
        self.tabs.setObjectName("exportTabs")
        heading = QLabel("Exports")
        heading.setStyleSheet("font-size: 20pt; font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
