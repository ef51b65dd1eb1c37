"""The welcome screen shown when no event is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from govcamp.paths import RESOURCES
from govcamp.ui.accessibility import relative_font
from govcamp.ui.i18n import translate


class WelcomePage(QWidget):
    """New event, Open, recent files and the demo: everything a first minute needs."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        icon = QLabel()
        icon.setPixmap(QIcon(str(RESOURCES / "icons" / "govcamp.svg")).pixmap(72, 72))
        title = QLabel(translate("welcome", "govcamp"))
        title.setFont(relative_font(28, weight=QFont.Weight.DemiBold))
        tagline = QLabel(
            translate(
                "welcome",
                "Run a local government unconference from end to end: the ticket lottery, check-in and "
                "badges, pitches, the grid, session notes and everything people take home.",
            )
        )
        tagline.setWordWrap(True)
        tagline.setFont(relative_font(12))
        self.new_button = QPushButton(translate("welcome", "&New event…"))
        self.new_button.setDefault(True)
        self.open_button = QPushButton(translate("welcome", "&Open…"))
        self.demo_button = QPushButton(translate("welcome", "&Try the demo event"))
        self.demo_button.setToolTip(
            translate("welcome", "A realistic LocalGovCamp with 600 applicants, rooms, a grid and notes")
        )
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(40)
            button.setMinimumWidth(180)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)

        self.recent = QListWidget()
        self.recent.setObjectName("recentFiles")
        self.recent.setAccessibleName(translate("welcome", "Recent events"))
        self.recent.itemActivated.connect(self._activate)
        self.recent_label = QLabel(translate("welcome", "&Recent events"))
        self.recent_label.setBuddy(self.recent)
        self.recent_label.setStyleSheet("font-weight: 600;")
        self.no_recent = QLabel(translate("welcome", "Events you open appear here."))
        self.no_recent.setStyleSheet("color: palette(mid);")

        head = QHBoxLayout()
        head.addWidget(icon)
        head.addWidget(title)
        head.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addLayout(head)
        column.addWidget(tagline)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(24)
        column.addWidget(self.recent_label)
        column.addWidget(self.no_recent)
        column.addWidget(self.recent, 1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(760)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        outer.addStretch(1)
        outer.addWidget(holder, 4)
        outer.addStretch(1)

    def set_recent(self, files: list[str]) -> None:
        self.recent.clear()
        for text in files:
            path = Path(text)
            exists = path.exists()
            item = QListWidgetItem(
                f"{path.name}   —   {path.parent}" + ("" if exists else translate("welcome", "   (missing)"))
            )
            item.setData(Qt.ItemDataRole.UserRole, text)
            item.setToolTip(text)
            if not exists:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.recent.addItem(item)
        self.recent.setVisible(bool(files))
        self.no_recent.setVisible(not files)

    def _activate(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))
