"""The projector view: what is on now and next, in large high-contrast type for the venue screen.

It re-reads the grid whenever the event changes and once a minute, so it moves on by itself as the day goes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from govcamp.domain.enums import SlotKind
from govcamp.domain.join_address import shown_join_url
from govcamp.domain.pitching import GridState
from govcamp.domain.values import SlotValue
from govcamp.services import event as event_service
from govcamp.services import grid as grid_service
from govcamp.ui.actions import Topic
from govcamp.ui.document import EventDocument
from govcamp.ui.i18n import fmt, translate
from govcamp.ui.labels import kind_text
from govcamp.ui.phones import QrWidget

STYLE = """
QWidget#projector { background: #000000; }
QLabel { color: #ffffff; }
QLabel#projectorTitle, QLabel[heading="true"] { font-weight: bold; color: #ffd400; }
QPushButton#projectorClose { color: #ffffff; background: #333333; border: 2px solid #ffffff;
    padding: 6px 14px; font-size: 14px; }
QPushButton#projectorClose:focus { border-color: #ffd400; }
"""


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


#: The projector's join line: the lead in words, then the address in large type (markup, not words).
JOIN_HTML = (
    "<span style='font-size:22px'>%1</span><br>"
    "<span style='font-size:40px; font-weight:bold; color:#ffd400'>%2</span>"
)


class ProjectorWindow(QWidget):
    """Now and next, room by room. Esc or the Close button closes it; F11 toggles full screen."""

    def __init__(
        self,
        doc: EventDocument,
        *,
        clock: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.doc = doc
        self.clock = clock or (lambda: datetime.now().astimezone())
        self.setObjectName("projector")
        self._retranslate_due = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(STYLE)
        self.title = QLabel()
        self.title.setObjectName("projectorTitle")
        # A visible way out: on a venue screen nobody knows that Esc closes a full-screen window.
        self.close_button = QPushButton()
        self.close_button.setObjectName("projectorClose")
        self.close_button.clicked.connect(self.close)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        layout.addLayout(self.body)
        layout.addStretch(1)
        # While phones are shared: the address as a QR code and in words, in the corner, for the room.
        self.join_qr = QrWidget(side=200)
        self.join_text = QLabel()
        self.join_text.setObjectName("projectorJoin")
        self.join_text.setTextFormat(Qt.TextFormat.RichText)
        self.join_text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        foot = QHBoxLayout()
        foot.addStretch(1)
        foot.addWidget(self.join_text, 0, Qt.AlignmentFlag.AlignBottom)
        foot.addWidget(self.join_qr, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(foot)
        doc.phones.changed.connect(self.show_join)
        self.show_join(doc.phones.url)
        self.rows: list[QLabel] = []
        self.timer = QTimer(self)
        self.timer.setInterval(30_000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        shown = Topic.GRID | Topic.SESSIONS | Topic.ROOMS | Topic.SLOTS | Topic.EVENT
        doc.subscribe(self, shown, lambda _topics: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        """Every word on the screen in the language now installed (the venue sees a switch at once)."""
        self._retranslate_due = False
        self.setWindowTitle(translate("projector", "Projector view"))
        self.close_button.setText(translate("projector", "Close (Esc)"))
        self.close_button.setToolTip(
            translate("projector", "Close the projector view and go back to the grid")
        )
        self.show_join(self.doc.phones.url)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        # A switch sends LanguageChange more than once (old translator out, new one in): redraw once.
        if event.type() == QEvent.Type.LanguageChange and not self._retranslate_due:
            self._retranslate_due = True
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

    def show_join(self, url: str) -> None:
        """Show the phones' join address (a QR code and the address), or hide it when not sharing."""
        self.join_qr.set_payload(url)
        address = _html(shown_join_url(url))
        lead = _html(translate("projector", "The live grid on your phone, and star sessions:"))
        self.join_text.setText(fmt(JOIN_HTML, lead, address) if url else "")
        self.join_qr.setVisible(bool(url))
        self.join_text.setVisible(bool(url))

    def _label(self, text: str, kind: str) -> QLabel:
        label = QLabel(text)
        label.setProperty(kind, True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(False)
        self.body.addWidget(label)
        self.rows.append(label)
        return label

    def _slot_lines(self, state: GridState, slot: SlotValue) -> list[str]:
        order = {r.id: i for i, r in enumerate(state.rooms)}
        held = sorted(
            (s for s in state.placed if s.slot_id == slot.id), key=lambda s: order.get(s.room_id or 0, 0)
        )
        return [
            f"<b>{_html(s.room_name or '')}</b> &nbsp; {_html(s.title)}"
            f" <span style='color:#bbbbbb'>— {_html(', '.join(s.host_names))}</span>"
            for s in held
        ]

    def texts(self) -> list[str]:
        """What the screen shows, as plain text (for tests and screen readers)."""
        join = [self.join_text.text()] if self.join_text.text() else []
        return [self.title.text()] + [label.text() for label in self.rows] + join

    def refresh(self) -> None:
        for label in self.rows:
            self.body.removeWidget(label)
            label.deleteLater()
        self.rows = []
        try:
            state = grid_service.grid_state(self.doc.db)
            name = event_service.get_details(self.doc.db).name
        except Exception:  # the event is closing; the window closes with it
            return
        now = self.clock()
        zone = state.slots[0].start.tzinfo if state.slots else None
        local = now.astimezone(zone) if zone is not None else now
        self.title.setText(f"{_html(name)} · {local:%H:%M}")
        slots = sorted(state.slots, key=lambda s: s.start)
        current = next((s for s in slots if s.start <= now < s.end), None)
        upcoming = [s for s in slots if s.start > now and s.kind is SlotKind.SESSION]
        if current is not None and current.kind is not SlotKind.SESSION:
            self._label(
                fmt(
                    translate("projector", "Now: %1 until %2"),
                    _html(current.label or kind_text(current.kind)),
                    format(current.end, "%H:%M"),
                ),
                "heading",
            )
        elif current is not None:
            self._label(
                fmt(
                    translate("projector", "Now: %1–%2"),
                    format(current.start, "%H:%M"),
                    format(current.end, "%H:%M"),
                ),
                "heading",
            )
            empty = translate("projector", "Nothing in the grid for this slot.")
            for line in self._slot_lines(state, current) or [empty]:
                self._label(line, "row")
        elif not upcoming:
            self._label(translate("projector", "That is all for today. Thank you for coming!"), "heading")
        if upcoming:
            following = upcoming[0]
            self._label(
                fmt(
                    translate("projector", "Next: %1–%2"),
                    format(following.start, "%H:%M"),
                    format(following.end, "%H:%M"),
                ),
                "heading",
            )
            coming = translate("projector", "Sessions to be announced.")
            for line in self._slot_lines(state, following) or [coming]:
                self._label(line, "row")
        self._fit_type()

    def _fit_type(self) -> None:
        """As large as the screen allows: every line fits the height, up to 48 pixels high."""
        lines = len(self.rows) + 2
        size = max(14, min(48, int(self.height() / lines * 0.62)))
        self.title.setStyleSheet(f"font-size: {int(size * 1.2)}px;")
        for label in self.rows:
            heading = bool(label.property("heading"))
            label.setStyleSheet(f"font-size: {int(size * 1.1) if heading else size}px;")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_type()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            if self.isFullScreen():
                self.showNormal()
            else:
                self.showFullScreen()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
