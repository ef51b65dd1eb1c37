"""``PhoneServer``: the phone pages served by uvicorn in a thread of the app (issue 15).

The server binds only the address it is given (by default this laptop's address on its network, the one
phones on the venue Wi-Fi reach) and serves ``http://IP:PORT/`` — an IP address, never a ``.local`` name,
which Android phones do not resolve. A watcher thread reads the grid's stamp every second, so a change made
in any window, command or laptop reaches the phones within seconds; on a shared event another laptop's
change (LISTEN/NOTIFY) and :meth:`PhoneServer.on_change` make it look at once.
"""

from __future__ import annotations

import contextlib
import gc
import socket
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import uvicorn

from govcamp.domain.errors import GovcampError
from govcamp.domain.words import _
from govcamp.services import eventfiles, live, phones
from govcamp.services.eventfiles import EventDB
from govcamp.services.hosting import lan_address
from govcamp.web.app import PhoneState, build_app

__all__ = ["DEFAULT_PORT", "PhoneServer"]

#: The port tried first when none is given (any free one when it is taken).
DEFAULT_PORT = 8080
#: How often the watcher reads the grid's stamp.
POLL_SECONDS = 1.0
EVERY_ADDRESS = ("0.0.0.0", "::", "*")


class PhoneServer:
    """The phone pages of one event, on ``listen``:``port``, until :meth:`stop`.

    Args:
        target: the event file, or a ``postgresql://`` URL (an open :class:`EventDB` is used as it is,
            and left open by :meth:`stop`).
        port: the TCP port; by default 8080, or a free one if 8080 is taken. A port given and taken is an
            error.
        listen: the address to bind; by default this laptop's address on its network.
        clock: the time "now and next" are judged by (tests); the real time by default.
    """

    def __init__(
        self,
        target: str | Path | EventDB,
        *,
        port: int | None = None,
        listen: str | None = None,
        clock: Callable[[], datetime] | None = None,
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        self._target = target
        self._port = port
        self.listen = listen or lan_address()
        self._clock = clock
        self._poll = poll_seconds
        self.url = ""
        self.state: PhoneState | None = None
        self._db: EventDB | None = None
        self._owns_db = False
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._watcher: threading.Thread | None = None
        self._stopping = threading.Event()
        self._wake = threading.Event()
        self._listeners: list[Callable[[], object]] = []
        self._listener: live.ChangeListener | None = None

    # ------------------------------------------------------------------------------------------ running

    def start(self) -> str:
        """Open the event, bind, serve in a background thread; return the URL phones open.

        Raises:
            GovcampError: the event cannot be opened, or the address or port cannot be used.
        """
        if self._thread is not None:
            return self.url
        # A full collection of everything the window holds (Qt, the ORM, the event) stops every thread for
        # a tenth of a second, the window's event loop included, and a room of phones makes garbage fast
        # enough to bring one on every minute or so. Collected once now, what exists is frozen out of later
        # collections, which then look only at what serving makes (the benchmark's worst lag of the window's
        # loop went from 117 ms to 10-21 ms).
        gc.collect()
        gc.freeze()
        if isinstance(self._target, EventDB):
            self._db = self._target
        else:
            self._db = eventfiles.open_event_file(self._target)
            self._owns_db = True
        try:
            sock = self._bind()
            self.state = PhoneState(self._db, clock=self._clock)
            self.state.changed(phones.grid_stamp(self._db))
            config = uvicorn.Config(
                build_app(self.state),
                log_level="warning",
                access_log=False,
                lifespan="on",
                timeout_graceful_shutdown=2,
                timeout_keep_alive=30,
                # One laptop serves a venue: plenty of phones, but not an unbounded number of sockets.
                limit_concurrency=2000,
            )
            self._server = uvicorn.Server(config)
            port = int(sock.getsockname()[1])
            self._thread = threading.Thread(
                target=self._server.run, kwargs={"sockets": [sock]}, name="govcamp-phones", daemon=True
            )
            self._thread.start()
            while not self._server.started:
                if not self._thread.is_alive():
                    raise GovcampError(_("The phone server could not start."))
                self._thread.join(0.02)
        except BaseException:
            self._close_db()
            raise
        shown = lan_address() if self.listen in EVERY_ADDRESS else self.listen
        host = f"[{shown}]" if ":" in shown else shown
        self.url = f"http://{host}:{port}/"
        self._watcher = threading.Thread(target=self._watch, name="govcamp-phones-watch", daemon=True)
        self._watcher.start()
        # On a shared event, another laptop's change wakes the watcher at once (NOTIFY), not a second later.
        self._listener = live.follow_changes(self._db, lambda _tables: self._wake.set())
        return self.url

    def stop(self) -> None:
        """Stop serving (open event streams are closed) and close the event if this server opened it."""
        self._stopping.set()
        self._wake.set()
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        if self.state is not None and self.state.loop is not None:
            with contextlib.suppress(RuntimeError):
                self.state.loop.call_soon_threadsafe(self.state.broadcaster.close)
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._watcher is not None:
            self._watcher.join(timeout=5)
        self._thread = None
        self._close_db()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def on_change(self) -> None:
        """Tell the server the event changed (the window calls it after an edit): phones hear at once."""
        self._wake.set()

    def subscribe(self, listener: Callable[[], object]) -> None:
        """Call ``listener`` (in the watcher's thread) whenever the grid phones see changes."""
        self._listeners.append(listener)

    def __enter__(self) -> PhoneServer:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # ---------------------------------------------------------------------------------------- internals

    def _bind(self) -> socket.socket:
        address = "0.0.0.0" if self.listen == "*" else self.listen
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        ports = [self._port] if self._port is not None else [DEFAULT_PORT, 0]
        last: OSError | None = None
        for port in ports:
            sock = socket.socket(family, socket.SOCK_STREAM)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind((address, port))
                sock.listen(512)
            except OSError as exc:
                sock.close()
                last = exc
                continue
            sock.set_inheritable(True)
            return sock
        if self._port is not None:
            raise GovcampError(
                _("Cannot serve phones on {listen} port {port}: {last}.").format(
                    listen=self.listen, port=self._port, last=last
                )
            )
        raise GovcampError(
            _("Cannot serve phones on {listen}: {last}.").format(listen=self.listen, last=last)
        )

    def _watch(self) -> None:
        assert self.state is not None and self._db is not None
        seen = self.state.stamp
        while not self._stopping.is_set():
            self._wake.wait(self._poll)
            self._wake.clear()
            if self._stopping.is_set():
                break
            try:
                stamp = phones.grid_stamp(self._db)
            except Exception:
                continue
            if stamp != seen:
                seen = stamp
                self.state.changed(stamp)
                for listener in list(self._listeners):
                    with contextlib.suppress(Exception):
                        listener()

    def _close_db(self) -> None:
        if self._owns_db and self._db is not None:
            self._db.close()
        self._db = None
        self._owns_db = False
