"""A window on a shared event notices at once when the server goes away, says so, and reconnects itself.

:class:`ConnectionWatch` judges the connection from two signs: the change listener's own connection
dropping (looked at four times a second, costing nothing), and a cheap ping every :data:`PING_MS` on a
thread of its own (a host gone to sleep sends no goodbye). While offline, :class:`~govcamp.ui.actions.
ActionEntry` refuses every change with :data:`OFFLINE_TEXT`, so nothing is half-done or lost; pings go
on with a growing pause (:data:`BACKOFF_MS`), and once the server answers again the pooled connections
are renewed and every page re-reads the event (what others changed meanwhile was never heard).

:class:`~govcamp.ui.offline_banner.OfflineBanner` is the bar across the top of the window that says so.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from govcamp.services import connection as connection_service
from govcamp.services.eventfiles import EventDB
from govcamp.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from govcamp.services.live import ChangeListener

#: What an edit refused while offline says (the action entry shows it).
OFFLINE_TEXT = QT_TRANSLATE_NOOP(
    "connection", "Not connected to the shared event — nothing was changed; reconnecting…"
)
#: How often a connected window pings its server.
PING_MS = 2000
#: How often the listener's connection is looked at.
LISTENER_MS = 250
#: The pauses between tries once the server is gone: quick at first, then every eight seconds.
BACKOFF_MS = (500, 1000, 2000, 4000, 8000)


class ConnectionWatch(QObject):
    """Whether a shared event's server is reachable; :attr:`online_changed` on every change of mind.

    For an event file it is always online and does nothing.
    """

    #: True when the server is back, False when it went away.
    online_changed = Signal(bool)
    #: Seconds until the next try, while offline (for the banner).
    retry_in = Signal(int)
    #: Emitted from the ping's thread with its verdict (None: answered); queued to this object's thread.
    _pinged = Signal(object)

    def __init__(self, db: EventDB, listener: ChangeListener | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.listener = listener
        self.shared = connection_service.is_shared(db)
        self.online = True
        #: Why the server is out of reach (the driver's words), while offline.
        self.reason = ""
        self.where = connection_service.where(db) if self.shared else ""
        self._listener_seen = False
        self._tries = 0
        self._pinging: threading.Thread | None = None
        self._closed = False
        self._pinged.connect(self._judge)
        self.ping_timer = QTimer(self)
        self.ping_timer.setSingleShot(True)
        self.ping_timer.timeout.connect(self.ping)
        self.listener_timer = QTimer(self)
        self.listener_timer.setInterval(LISTENER_MS)
        self.listener_timer.timeout.connect(self._look_at_listener)
        if self.shared:
            self.ping_timer.start(PING_MS)
            self.listener_timer.start()

    # ------------------------------------------------------------------------------------------ signs

    def _look_at_listener(self) -> None:
        listener = self.listener
        if listener is None:
            return
        if listener.connected.is_set():
            self._listener_seen = True
        elif self._listener_seen and self.online:
            # The LISTEN connection dropped: the quickest sign there is. A ping confirms the way back.
            self._listener_seen = False
            self.went_away(translate("connection", "the connection to the server dropped"))

    def ping(self) -> None:
        """Ask the server now, off this thread (a ping still on its way is left to finish)."""
        if not self.shared or self._closed or (self._pinging is not None and self._pinging.is_alive()):
            return
        db, pinged = self.db, self._pinged

        def run() -> None:
            pinged.emit(connection_service.ping(db))

        self._pinging = threading.Thread(target=run, name="govcamp-ping", daemon=True)
        self._pinging.start()

    def try_now(self) -> None:
        """The banner's Try Now: ping at once and start the pauses afresh."""
        self._tries = 0
        self.ping()

    def _judge(self, problem: object) -> None:
        if self._closed:
            return
        if problem is None:
            if not self.online:
                self._back()
            self._tries = 0
            self.ping_timer.start(PING_MS)
            return
        if self.online:
            self.went_away(str(problem))
        self._schedule_retry()

    def _schedule_retry(self) -> None:
        pause = BACKOFF_MS[min(self._tries, len(BACKOFF_MS) - 1)]
        self._tries += 1
        self.ping_timer.start(pause)
        self.retry_in.emit(max(1, round(pause / 1000)))

    # ------------------------------------------------------------------------------------ going, back

    def went_away(self, reason: str) -> None:
        """The server is out of reach (a sign above, or an action that hit a dead connection)."""
        if not self.shared or not self.online or self._closed:
            return
        self.online = False
        self.reason = reason
        self._tries = 0
        self.online_changed.emit(False)
        self._schedule_retry()

    def _back(self) -> None:
        connection_service.reset(self.db)  # the pool's connections died with the server
        self.online = True
        self.reason = ""
        self.online_changed.emit(True)

    def close(self) -> None:
        self._closed = True
        self.ping_timer.stop()
        self.listener_timer.stop()
        if self._pinging is not None:
            self._pinging.join(timeout=connection_service.PING_TIMEOUT_SECONDS + 1)
