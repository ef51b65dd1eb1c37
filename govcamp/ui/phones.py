"""Share with Phones: the phone server (``govcamp.web.server.PhoneServer``) run from the window.

:class:`PhoneSharing` (``doc.phones``) starts the server on the open event through ``doc.actions`` — off the
window's thread, since starting binds a port and waits for uvicorn — and stops it when the host says so or
the event closes. :class:`ShareDialog` asks where to listen, then shows the address in large type with its
QR code and a Stop button; :class:`QrWidget` draws a QR code (the projector view shows one too).
"""

from __future__ import annotations

from collections.abc import Generator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from govcamp.domain.errors import GovcampError
from govcamp.domain.join_address import check_join_url, shown_join_url
from govcamp.exports.qr import qr_code
from govcamp.services.eventfiles import EventDB
from govcamp.ui.accessibility import relative_font
from govcamp.ui.actions import Action, Change, Topic
from govcamp.ui.i18n import fmt, translate
from govcamp.ui.workers import Progress

if TYPE_CHECKING:
    from govcamp.ui.document import EventDocument

#: The port the dialog suggests (any free one is taken when it is in use: 0).
DEFAULT_PORT = 8080
#: How often the Grid page re-reads the stars while phones may be starring (another process's stars on a
#: file are not announced; a shared event's are, through LISTEN/NOTIFY).
STAR_POLL_MS = 3000


class QrWidget(QWidget):
    """A QR code of ``payload``, black on white with its quiet zone, as large as the widget allows."""

    def __init__(self, payload: str = "", parent: QWidget | None = None, *, side: int = 220) -> None:
        super().__init__(parent)
        self._side = side
        self.payload = ""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(side, side)
        self.set_payload(payload)

    def set_payload(self, payload: str) -> None:
        self.payload = payload
        self.setAccessibleName(
            fmt(translate("phones", "QR code of %1"), payload) if payload else translate("phones", "QR code")
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self._side, self._side)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.payload:
            return
        code = qr_code(self.payload)
        painter = QPainter(self)
        side = min(self.width(), self.height())
        painter.fillRect(QRectF(0, 0, side, side), QColor("white"))
        # Whole pixels per module: a fractional module smears into grey seams that cameras dislike.
        module = max(1, side // code.modules)
        offset = (side - module * code.modules) / 2
        quiet = (code.modules - len(code.rows)) // 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for row, runs in enumerate(code.rows):
            for start, length in runs:
                painter.drawRect(
                    QRectF(
                        offset + (quiet + start) * module,
                        offset + (quiet + row) * module,
                        length * module,
                        module,
                    )
                )
        painter.end()


def _target(db: EventDB) -> str:
    """What the phone server opens: the event file, or the shared event's URL."""
    return str(db.path) if db.path is not None else db.url


def serve_action(listen: str, port: int | None) -> Action[Any]:
    """Start the phone server on the open event: long work that only reads, so it runs off the window's
    thread and nothing goes on the undo stack."""

    def steps(db: EventDB) -> Generator[Progress, None, Change[Any]]:
        from govcamp.web.server import PhoneServer

        yield 0, 2, fmt(translate("phones", "Starting the phone server on %1…"), listen)
        server = PhoneServer(_target(db), port=port, listen=listen)
        server.start()
        yield 2, 2, translate("phones", "Serving.")
        return Change(server)

    return Action.long(translate("phones", "Share with phones"), steps, writes=False)


class PhoneSharing(QObject):
    """The phone server of one open event (``doc.phones``): at most one, stopped when the event closes."""

    #: The address phones open while serving; "" once stopped.
    changed = Signal(str)

    def __init__(self, doc: EventDocument) -> None:
        super().__init__(doc)
        self.doc = doc
        self.server: Any = None
        self.starting = False
        self._closed = False
        self.poll = StarPoll(self)
        # The window's own changes reach phones at once, not at the server's next look (within a second).
        doc.subscribe(self, Topic.everything(), lambda _topics: self._tell_server())

    @property
    def url(self) -> str:
        return str(self.server.url) if self.server is not None else ""

    def start(self, listen: str, port: int | None, parent: QWidget | None = None) -> None:
        """Start serving (in the background); :attr:`changed` says the address when it is up."""
        if self.server is not None or self.starting:
            return
        self.starting = True

        def done(server: Any) -> None:
            self.starting = False
            if self._closed:  # the event closed while the server was starting
                server.stop()
                return
            self.server = server
            self.changed.emit(self.url)

        def ended(*_args: object) -> None:
            self.starting = False
            self.changed.emit("")

        task = self.doc.actions.start(
            serve_action(listen, port), parent, on_done=done, on_cancel=ended, progress=lambda *_a: None
        )
        if task is None:
            self.starting = False
        else:
            task.signals.failed.connect(ended)

    def _tell_server(self) -> None:
        if self.server is not None:
            self.server.on_change()

    def stop(self) -> None:
        """Stop serving: phones get no answer from now on."""
        server, self.server = self.server, None
        if server is not None:
            server.stop()
            self.changed.emit("")

    def close(self) -> None:
        self._closed = True
        self.stop()


def listen_choices() -> list[tuple[str, str]]:
    """Where the server may listen, as (address, words): the venue network first, then this laptop only."""
    from govcamp.services.hosting import lan_address

    lan = lan_address()
    choices = []
    if lan != "127.0.0.1":
        choices.append(
            (lan, fmt(translate("phones", "%1 — the venue network (phones on the same Wi-Fi)"), lan))
        )
    choices.append(("127.0.0.1", translate("phones", "127.0.0.1 — this laptop only (to try it)")))
    return choices


class ShareDialog(QDialog):
    """Choose where to listen and start; while serving, the address in large type, its QR code and Stop."""

    def __init__(self, sharing: PhoneSharing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sharing = sharing
        self.setObjectName("shareWithPhones")
        self.setWindowTitle(translate("phones", "Share with phones"))
        self.setMinimumWidth(460)  # wrapped explanations keep their height as the dialog changes

        # Before: where to listen.
        ask = QWidget()
        form = QFormLayout(ask)
        intro = QLabel(
            translate(
                "phones",
                "Attendees open the live grid on their phones over the venue's Wi-Fi (no internet needed), "
                "sign in with the code on their badge and star the sessions they want.",
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.listen = QComboBox()
        self.listen.setAccessibleName(translate("phones", "Listen on"))
        for address, words in listen_choices():
            self.listen.addItem(words, address)
        listen_label = QLabel(translate("phones", "&Listen on:"))
        listen_label.setBuddy(self.listen)
        form.addRow(listen_label, self.listen)
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setSpecialValueText(translate("phones", "any free port"))
        self.port.setAccessibleName(translate("phones", "Port"))
        port_label = QLabel(translate("phones", "P&ort:"))
        port_label.setBuddy(self.port)
        form.addRow(port_label, self.port)
        self.start_button = QPushButton(translate("phones", "&Start sharing"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)
        form.addRow(self.start_button)
        self.ask_page = ask

        # While serving: the address and its code.
        serving = QWidget()
        column = QVBoxLayout(serving)
        lead = QLabel(translate("phones", "On a phone on the same Wi-Fi, scan the code or type the address:"))
        lead.setWordWrap(True)
        column.addWidget(lead)
        self.address = QLabel()
        self.address.setObjectName("phoneAddress")
        self.address.setFont(relative_font(28, weight=QFont.Weight.Bold))
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setAccessibleName(translate("phones", "The address phones open"))
        column.addWidget(self.address, 0, Qt.AlignmentFlag.AlignHCenter)
        self.qr = QrWidget(side=260)
        column.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        self.note = QLabel(
            translate(
                "phones",
                "The projector view shows this code too; the poster and door signs print it "
                "(Exports ▸ Calendars and the grid). Closing the event stops the server.",
            )
        )
        self.note.setWordWrap(True)
        column.addWidget(self.note)
        self.copy_button = QPushButton(translate("phones", "&Copy address"))
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.sharing.url))
        self.stop_button = QPushButton(translate("phones", "S&top sharing"))
        self.stop_button.setObjectName("stopSharing")
        self.stop_button.clicked.connect(self.sharing.stop)
        column.addWidget(self.copy_button)
        column.addWidget(self.stop_button)
        self.serving_page = serving

        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(
            translate("phones", "Close this window; phones keep working until you stop sharing")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(ask)
        layout.addWidget(serving)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        sharing.changed.connect(self._show)
        self._show(sharing.url)

    def _start(self) -> None:
        port = self.port.value() or None
        self.start_button.setEnabled(False)
        self.status.setText(translate("phones", "Starting…"))
        self.sharing.start(str(self.listen.currentData()), port, self)

    def _show(self, url: str) -> None:
        self.start_button.setEnabled(not self.sharing.starting)
        if url:
            self.address.setText(shown_join_url(url))
            self.qr.set_payload(url)
            self.ask_page.hide()
            self.serving_page.show()
            self.status.setText("")
            try:
                check_join_url(url)
            except GovcampError as exc:  # listening on this laptop only: say so, phones cannot reach it
                self.status.setText(str(exc))
            self.stop_button.setFocus()
        else:
            self.serving_page.hide()
            self.ask_page.show()
            self.status.setText(
                translate("phones", "Not sharing.")
                if not self.sharing.starting
                else translate("phones", "Starting…")
            )
        # As tall as what it shows: the question is short, the address and its code are not.
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.adjustSize()


class StarPoll(QObject):
    """While the phone server runs, look at the star counts now and then and announce a change: phones
    star through the server's own database connection, so on a file the window hears nothing of it
    otherwise (a shared event's stars are announced by LISTEN/NOTIFY as well)."""

    def __init__(self, sharing: PhoneSharing) -> None:
        super().__init__(sharing)
        self.sharing = sharing
        self.last: list[Any] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(STAR_POLL_MS)
        self.timer.timeout.connect(self.check)
        sharing.changed.connect(self._serving)

    def _serving(self, url: str) -> None:
        if url:
            self.last = None
            self.check()  # what the window shows now: any star from here on is news
            self.timer.start()
        else:
            self.timer.stop()

    def check(self) -> None:
        from govcamp.services import stars as star_service

        try:
            counts = star_service.star_counts(self.sharing.doc.db)
        except Exception:  # the event is closing; the timer stops with it
            return
        if self.last is not None and counts != self.last:
            self.sharing.doc.announce(Topic.SESSIONS)
        self.last = counts


__all__ = ["PhoneSharing", "QrWidget", "ShareDialog", "StarPoll", "serve_action"]
