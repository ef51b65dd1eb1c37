"""The status bar's sign that the open event is shared with phones (issue 15).

Its own module, with nothing but Qt and the domain: the window makes it before any event opens, and the
window must paint before the database stack is imported (``tests/ui/test_opening.py``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from govcamp.domain.join_address import shown_join_url
from govcamp.ui.i18n import fmt, translate


class ShareIndicator(QPushButton):
    """The status bar's sign that phones can reach this event; a click opens the dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneIndicator")
        self.setFlat(True)
        self.setToolTip(
            translate(
                "phone_indicator", "Phones can open the live grid; click for the address and its QR code"
            )
        )
        self.hide()

    def show_url(self, url: str) -> None:
        self.setText(
            fmt(translate("phone_indicator", "Sharing with phones: %1"), shown_join_url(url)) if url else ""
        )
        self.setAccessibleName(self.text() or translate("phone_indicator", "Not sharing with phones"))
        self.setVisible(bool(url))


__all__ = ["ShareIndicator"]
