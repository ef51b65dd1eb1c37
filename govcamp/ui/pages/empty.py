"""An honest empty state for a phase that a later version fills in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from govcamp.ui.accessibility import relative_font
from govcamp.ui.i18n import translate


class ComingPage(QWidget):
    """Says what the page will do, and what the event already holds for it."""

    def __init__(self, title: str, promise: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"page-{title}")
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        heading.setFont(relative_font(20, weight=QFont.Weight.DemiBold))
        self.promise = QLabel(promise)
        self.promise.setWordWrap(True)
        self.promise.setMaximumWidth(640)
        self.promise.setFont(relative_font(12))
        self.facts = QLabel()
        self.facts.setObjectName("pageFacts")
        self.facts.setWordWrap(True)
        self.facts.setMaximumWidth(640)
        self.facts.setFont(relative_font(11))
        note = QLabel(
            translate("empty", "This page is not built yet. The data is already in the event file, safe.")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(16)
        layout.addWidget(heading)
        layout.addWidget(self.promise)
        layout.addWidget(self.facts)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def set_facts(self, text: str) -> None:
        self.facts.setText(text)
        self.facts.setVisible(bool(text))
