"""The red bar across the top of a window whose shared event's server is out of reach.

Kept apart from :mod:`govcamp.ui.connection` (which needs the database stack) so the window can build it
before any event is opened.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from govcamp.ui.accessibility import announce, relative_font
from govcamp.ui.i18n import fmt, translate


class OfflineBanner(QFrame):
    """A red bar across the top of the window: the server is gone, edits are refused, reconnecting.

    It is a named alert region; its words are announced assertively when it appears and politely when
    the connection is back.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        self.setAccessibleName(translate("offline_banner", "Not connected"))
        self.setStyleSheet(
            "#offlineBanner { background: #d4351c; border-bottom: 3px solid #0b0c0c; }"
            "#offlineBanner QLabel { color: white; }"
        )
        self.icon = QLabel()
        self.icon.setObjectName("offlineIcon")
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(icon.pixmap(32, 32))
        self.icon.setAccessibleName(translate("offline_banner", "Warning"))
        self.text = QLabel()
        self.text.setObjectName("offlineText")
        self.text.setWordWrap(True)
        self.text.setFont(relative_font(11, weight=self.text.font().Weight.Bold))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.try_button = QPushButton(translate("offline_banner", "&Try Now"))
        self.try_button.setObjectName("offlineTryNow")
        self.try_button.setAccessibleName(translate("offline_banner", "Try to reconnect now"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.try_button)
        self._base = ""
        self.hide()

    def say_offline(self, where: str, reason: str) -> None:
        self._base = fmt(
            translate(
                "offline_banner",
                "Not connected to the shared event on %1. Changes are refused until it is back — "
                "nothing you type in the notes is lost.",
            ),
            where,
        )
        words = self._base + " " + translate("offline_banner", "Reconnecting…")
        self.text.setText(words)
        self.text.setToolTip(reason)
        self.setAccessibleDescription(words)
        self.show()
        announce(self, words, urgent=True)

    def say_retry(self, seconds: int) -> None:
        if self.isVisible():
            retry = fmt(translate("offline_banner", "Reconnecting… (next try in %1 s)"), seconds)
            self.text.setText(self._base + " " + retry)

    def say_back(self) -> None:
        self.hide()
        announce(
            self,
            translate("offline_banner", "Connected to the shared event again; everything is up to date."),
        )
