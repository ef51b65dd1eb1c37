"""The phone server's guards: signed sign-in cookies, the sign-in rate limit, headers and body limits.

A phone's cookie names only a person id, a random nonce and an HMAC of both under the event's own key
(:func:`govcamp.services.phones.phone_secret`): it cannot be forged or altered, carries no code or name, and
is checked against the event on every request, so a revoked code signs out at once.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: The cookie's name.
COOKIE = "govcamp_phone"
#: How long a phone stays signed in (a govcamp is a day or two).
COOKIE_SECONDS = 3 * 24 * 3600
#: Sign-in attempts allowed from one address per window.
SIGNIN_ATTEMPTS = 5
SIGNIN_WINDOW_SECONDS = 60.0
#: Largest request bodies: a session's notes, and everything else (a code, a star).
NOTES_BODY_LIMIT = 2 * 1024 * 1024
BODY_LIMIT = 16 * 1024

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",  # "no-referrer" makes Chromium send Origin: null with a form post
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}


def sign(secret: bytes, person_id: int) -> str:
    """A new cookie value for ``person_id``."""
    nonce = secrets.token_urlsafe(12)
    body = f"{person_id}.{nonce}"
    return f"{body}.{_mac(secret, body)}"


def verify(secret: bytes, value: str | None) -> int | None:
    """The person id a cookie value names, or None for a missing, malformed or forged one."""
    if not value or len(value) > 200:
        return None
    body, _, mac = value.rpartition(".")
    person, _, nonce = body.partition(".")
    if not (person.isascii() and person.isdigit() and nonce and len(person) < 12):
        return None
    if not hmac.compare_digest(mac, _mac(secret, body)):
        return None
    return int(person)


def _mac(secret: bytes, body: str) -> str:
    return hmac.new(secret, f"govcamp-phone-v1.{body}".encode(), hashlib.sha256).hexdigest()


class RateLimiter:
    """At most ``attempts`` per ``window`` seconds per key (a client address); thread-safe."""

    def __init__(
        self,
        attempts: int = SIGNIN_ATTEMPTS,
        window: float = SIGNIN_WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.attempts = attempts
        self.window = window
        self._clock = clock
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> float:
        """Record an attempt; 0 when allowed, else how many seconds until the next one is."""
        now = self._clock()
        with self._lock:
            if len(self._seen) > 10_000:  # forget quiet addresses rather than grow without end
                self._seen = {k: q for k, q in self._seen.items() if q and q[-1] > now - self.window}
            times = self._seen.setdefault(key, deque())
            while times and times[0] <= now - self.window:
                times.popleft()
            if len(times) >= self.attempts:
                return max(1.0, times[0] + self.window - now)
            times.append(now)
            return 0.0


class GuardMiddleware:
    """Safety headers on every response; oversized bodies refused with 413 before they are read whole."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", ""))
        limit = NOTES_BODY_LIMIT if path.endswith("/notes") else BODY_LIMIT
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await _too_large(send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _TooLargeError
            return message

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers += [(k.encode(), v.encode()) for k, v in HEADERS.items() if k.encode() not in present]
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, counted, with_headers)
        except _TooLargeError:
            await _too_large(send)


class _TooLargeError(Exception):
    pass


async def _too_large(send: Send) -> None:
    body = b"That is more than this page accepts.\n"
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    headers += [(k.encode(), v.encode()) for k, v in HEADERS.items()]
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    await send({"type": "http.response.body", "body": body})
