"""The phone pages as a Starlette application (issue 15); :class:`govcamp.web.server.PhoneServer` runs it.

Every database call runs in Starlette's thread pool (the services are blocking), so a slow save never
holds up the event stream. The grid is read once per change (:class:`PhoneState` caches it by its
stamp); only the signed-in person's own stars are read per request.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import anyio.to_thread
import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from govcamp import __version__
from govcamp.domain.errors import GovcampError, NotFoundError, ValidationError
from govcamp.domain.words import _
from govcamp.exports.calendar import calendar_bytes
from govcamp.exports.schedule import programme_json
from govcamp.paths import RESOURCES
from govcamp.services import calendar, notes, phones, stars
from govcamp.services.eventfiles import EventDB
from govcamp.services.notes import NoteConflictError
from govcamp.web import safety

TEMPLATES = RESOURCES / "templates"
#: How often the event stream says it is still there (keeps Wi-Fi routers from dropping it).
HEARTBEAT_SECONDS = 15.0
#: Threads reading the event for phones at once (see the lifespan below).
WORKER_THREADS = 2
#: The largest id a path may carry (bigger ones are no session: 404, not an overflow).
MAX_ID = 2**31 - 1

#: Messages a redirect may carry back to the page, by key: nothing from the request is ever shown.
MESSAGES = {
    "signed-in": "Signed in. Star the sessions you want to go to.",
    "signed-out": "Signed out.",
    "starred": "Starred.",
    "unstarred": "Star taken off.",
    "limit": "You have starred the most sessions allowed: take a star off one first.",
    "not-checked-in": "Check in at the welcome desk first, then sign in here.",
    "sign-in-first": "Sign in with the code on your badge first.",
    "gone": "That session is no longer in the programme.",
    "saved": "Notes saved. Thank you!",
}


class Broadcaster:
    """The grid's latest stamp, and a wake-up for every event stream when it changes (loop thread only)."""

    def __init__(self) -> None:
        self.stamp = ""
        self.closing = False
        self._changed = asyncio.Event()

    def publish(self, stamp: str) -> None:
        if stamp == self.stamp:
            return
        self.stamp = stamp
        self._wake()

    def close(self) -> None:
        self.closing = True
        self._wake()

    def _wake(self) -> None:
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()

    async def wait(self, seen: str, timeout: float) -> str:
        """The stamp once it differs from ``seen``, or after ``timeout`` seconds whatever it is."""
        if self.stamp != seen or self.closing:
            return self.stamp
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._changed.wait(), timeout)
        return self.stamp


class PhoneState:
    """What the app shares between requests: the event, its key, the cached grid, the sign-in limiter."""

    def __init__(self, db: EventDB, *, clock: Callable[[], datetime] | None = None) -> None:
        self.db = db
        self.secret = phones.phone_secret(db)
        self.clock = clock or (lambda: datetime.now(UTC))
        self.limiter = safety.RateLimiter()
        self.broadcaster = Broadcaster()
        self.loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()
        self._grid: phones.PhoneGrid | None = None
        self._programme: tuple[str, bytes] | None = None
        #: The stamp last seen by the watcher (PhoneServer), "" until it looks.
        self.stamp = ""

    def changed(self, stamp: str) -> None:
        """The watcher saw ``stamp`` (any thread): phones are told when it is new."""
        self.stamp = stamp
        loop = self.loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed in between
                loop.call_soon_threadsafe(self.broadcaster.publish, stamp)

    @property
    def cached_grid(self) -> phones.PhoneGrid | None:
        """The grid as last read, without reading it."""
        return self._grid

    def grid(self) -> phones.PhoneGrid:
        """The grid as phones see it, read again only when the stamp moved (blocking)."""
        with self._lock:
            if self._grid is None or (self.stamp and self._grid.stamp != self.stamp):
                self._grid = phones.phone_grid(self.db)
                if not self.stamp:
                    self.stamp = self._grid.stamp
            return self._grid

    def programme(self) -> bytes:
        with self._lock:
            stamp = self.stamp or phones.grid_stamp(self.db)
            if self._programme is None or self._programme[0] != stamp:
                self._programme = (stamp, programme_json(calendar.collect(self.db)))
            return self._programme[1]


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["hm"] = lambda moment: f"{moment:%H:%M}"
    env.filters["day"] = lambda moment: f"{moment:%A %-d %B}"
    env.globals.update(version=__version__)
    return env


ENV = _environment()


def _person(state: PhoneState, request: Request) -> stars.Starrer | None:
    """The signed-in person (blocking), or None: no cookie, a forged one, an erased or revoked person."""
    person_id = safety.verify(state.secret, request.cookies.get(safety.COOKIE))
    if person_id is None:
        return None
    who = stars.starrer(state.db, person_id)
    if who is None or who.revoked:
        return None
    return who


def _back(target: str, message: str = "", anchor: str = "") -> RedirectResponse:
    url = target + (f"?m={message}" if message else "") + (f"#{anchor}" if anchor else "")
    return RedirectResponse(url, status_code=303)


def _page(name: str, status: int = 200, **values: Any) -> HTMLResponse:
    values.setdefault("event_name", "Programme")
    response = HTMLResponse(ENV.get_template(f"phone/{name}").render(**values), status_code=status)
    response.headers["cache-control"] = "no-store"
    return response


def _session_id(request: Request) -> int:
    value = int(request.path_params["session_id"])
    if not 0 < value <= MAX_ID:
        raise NotFoundError(_("no such session"))
    return value


def build_app(state: PhoneState) -> Starlette:
    """The phone server's application over ``state``."""

    def page(name: str, status: int = 200, **values: Any) -> HTMLResponse:
        grid = state.cached_grid  # the name as last read: a message page never waits for the database
        return _page(name, status, event_name=grid.event_name if grid else "Programme", **values)

    def grid_values(who: stars.Starrer | None, message: str = "") -> dict[str, Any]:
        grid = state.grid()
        now = state.clock().astimezone(grid.slots[0].start.tzinfo) if grid.slots else state.clock()
        running, upcoming = grid.now_and_next(now)
        mine = set(stars.stars_of(state.db, who.person_id)) if who is not None else set()
        return {
            "grid": grid,
            "now": now,
            "running": running,
            "upcoming": upcoming,
            "who": who,
            "mine": mine,
            "limit": stars.max_stars(state.db) if who is not None else 0,
            "message": MESSAGES.get(message, ""),
            "updated": grid.read_at.astimezone(now.tzinfo),
        }

    anonymous: dict[str, bytes] = {}

    async def home(request: Request) -> Response:
        signed = safety.COOKIE in request.cookies
        message = request.query_params.get("m", "")
        # Keyed by the minute too: "now and next" move on with the clock, not only with the grid.
        key = f"{state.stamp}|{state.clock():%Y%m%d%H%M}"
        cached = anonymous.get(key) if not signed and not message and state.stamp else None
        if cached is not None:  # most phones: signed out, nothing to say, the grid as it was
            return HTMLResponse(cached, headers={"cache-control": "no-store"})

        def read() -> dict[str, Any]:
            return grid_values(_person(state, request), message)

        values = await run_in_threadpool(read)
        response = _page("grid.html", **values)
        if values["who"] is None and not message and values["grid"].stamp == state.stamp:
            anonymous.clear()
            anonymous[key] = bytes(response.body)
        return response

    async def fragment(request: Request) -> Response:
        def read() -> dict[str, Any]:
            return grid_values(_person(state, request))

        return _page("day.html", **await run_in_threadpool(read))

    async def stamp(_request: Request) -> Response:
        value = state.stamp or (await run_in_threadpool(state.grid)).stamp
        return Response(value, media_type="text/plain", headers={"cache-control": "no-store"})

    async def programme(_request: Request) -> Response:
        body = await run_in_threadpool(state.programme)
        return Response(body, media_type="application/json", headers={"cache-control": "no-cache"})

    async def sign_in(request: Request) -> Response:
        address = request.client.host if request.client else "unknown"
        wait = state.limiter.allow(address)
        if wait:
            values = await run_in_threadpool(grid_values, None)
            values["error"] = (
                f"Too many sign-in tries from this phone. Wait {int(wait) + 1} seconds, then try again."
            )
            limited = _page("grid.html", 429, **values)
            limited.headers["retry-after"] = str(int(wait) + 1)
            return limited
        form = await request.form(max_files=0, max_fields=4)
        code = str(form.get("code") or "")[:64]
        try:
            who = await run_in_threadpool(stars.sign_in, state.db, code)
        except GovcampError as exc:
            values = await run_in_threadpool(grid_values, None)
            values["error"] = str(exc)
            return _page("grid.html", 401, **values)
        response = _back("/", "signed-in")
        response.set_cookie(
            safety.COOKIE,
            safety.sign(state.secret, who.person_id),
            max_age=safety.COOKIE_SECONDS,
            httponly=True,
            samesite="strict",
            path="/",
        )
        return response

    async def sign_out(_request: Request) -> Response:
        response = _back("/", "signed-out")
        response.delete_cookie(safety.COOKIE, path="/", httponly=True, samesite="strict")
        return response

    def star_action(add: bool) -> Callable[[Request], Any]:
        async def action(request: Request) -> Response:
            session_id = _session_id(request)

            def run() -> str:
                who = _person(state, request)
                if who is None:
                    return "sign-in-first"
                if not add:
                    stars.unstar(state.db, who.person_id, session_id)
                    return "unstarred"
                if not who.checked_in:
                    return "not-checked-in"
                try:
                    stars.star(state.db, who.person_id, session_id)
                except stars.StarLimitError:
                    return "limit"
                except stars.StarRefusedError:
                    return "gone"
                return "starred"

            outcome = await run_in_threadpool(run)
            if outcome == "gone":
                return page("message.html", 404, title="Not found", message=MESSAGES["gone"])
            if outcome == "sign-in-first":
                return page("message.html", 401, title="Sign in first", message=MESSAGES[outcome])
            return _back("/", outcome, f"s-{session_id}")

        return action

    async def my_calendar(request: Request) -> Response:
        def read() -> bytes | None:
            who = _person(state, request)
            if who is None:
                return None
            data = calendar.collect(state.db, person=str(who.person_id))
            return calendar_bytes(replace(data, name=f"{data.event_name}: my sessions"))

        body = await run_in_threadpool(read)
        if body is None:
            return page("message.html", 401, title="Sign in first", message=MESSAGES["sign-in-first"])
        return Response(
            body,
            media_type="text/calendar; charset=utf-8",
            headers={
                "content-disposition": 'attachment; filename="my-sessions.ics"',
                "cache-control": "no-store",
            },
        )

    async def events(request: Request) -> Response:
        async def stream() -> AsyncIterator[str]:
            seen = state.broadcaster.stamp or state.stamp
            yield f"retry: 3000\nevent: grid\ndata: {json.dumps(seen)}\n\n"
            while not state.broadcaster.closing:
                current = await state.broadcaster.wait(seen, HEARTBEAT_SECONDS)
                if state.broadcaster.closing or await request.is_disconnected():
                    break
                if current != seen:
                    seen = current
                    yield f"event: grid\ndata: {json.dumps(seen)}\n\n"
                else:
                    yield ": still here\n\n"

        return StreamingResponse(
            stream(),
            media_type="text/event-stream",
            headers={"cache-control": "no-store", "x-accel-buffering": "no"},
        )

    async def notes_page(request: Request) -> Response:
        session_id = _session_id(request)

        def read() -> tuple[stars.Starrer | None, Any, Any]:
            who = _person(state, request)
            grid = state.grid()
            shown = grid.session(session_id)
            if shown is None or who is None:
                return who, shown, None
            return who, shown, notes.get_note(state.db, session_id).note

        who, shown, note = await run_in_threadpool(read)
        if shown is None:
            return page("message.html", 404, title="Not found", message=MESSAGES["gone"])
        message = MESSAGES.get(request.query_params.get("m", ""), "")
        return page("notes.html", who=who, session=shown, note=note, message=message, error="", theirs=None)

    async def save_notes(request: Request) -> Response:
        session_id = _session_id(request)
        form = await request.form(max_files=0, max_fields=8, max_part_size=safety.NOTES_BODY_LIMIT)
        body = str(form.get("body") or "").replace("\r\n", "\n")
        taker = str(form.get("note_taker") or "")[:200]
        revision_text = str(form.get("revision") or "0")
        revision = int(revision_text) if revision_text.isdigit() and len(revision_text) < 10 else 0

        def run() -> tuple[int, dict[str, Any]]:
            who = _person(state, request)
            shown = state.grid().session(session_id)
            if shown is None:
                return 404, {}
            if who is None:
                return 401, {}
            current = notes.get_note(state.db, session_id).note
            mine = replace(current.as_input(), body_md=body, note_taker=taker)
            values: dict[str, Any] = {"who": who, "session": shown, "message": "", "theirs": None}
            try:
                notes.save_note(state.db, session_id, mine, revision=revision)
            except NoteConflictError as exc:
                # The person's text stays in the form; saving again (at the newer revision) keeps it.
                theirs = exc.theirs
                values.update(
                    note=replace(theirs, body_md=body, note_taker=taker),
                    theirs=theirs,
                    error="Someone else saved these notes since you opened them. Your text is kept below "
                    "and theirs is shown under it: copy what you need, then save again to keep yours.",
                )
                return 409, values
            except ValidationError as exc:
                values.update(note=replace(current, body_md=body, note_taker=taker), error=str(exc))
                return 400, values
            return 303, {}

        status, values = await run_in_threadpool(run)
        if status == 303:
            return _back(f"/sessions/{session_id}/notes", "saved")
        if status == 404:
            return page("message.html", 404, title="Not found", message=MESSAGES["gone"])
        if status == 401:
            return page("message.html", 401, title="Sign in first", message=MESSAGES["sign-in-first"])
        return page("notes.html", status, **values)

    async def favicon(_request: Request) -> Response:
        icon = (RESOURCES / "icons" / "govcamp.svg").read_bytes()
        return Response(icon, media_type="image/svg+xml", headers={"cache-control": "max-age=86400"})

    async def not_found(_request: Request, _exc: Exception) -> Response:
        return page("message.html", 404, title="Not found", message="There is no such page here.")

    async def bad_request(_request: Request, _exc: Exception) -> Response:
        return page("message.html", 400, title="Not understood", message="That request was not understood.")

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        state.loop = asyncio.get_running_loop()
        # The server shares the window's process: every worker thread is one more contender for the
        # interpreter lock the window's event loop needs. Two readers serve a room of phones (pages are
        # quick; the rest queues) and keep the window's loop from waiting behind forty.
        anyio.to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
        if state.stamp:
            state.broadcaster.publish(state.stamp)
        yield
        state.broadcaster.close()

    routes = [
        Route("/", home, methods=["GET", "HEAD"]),
        Route("/grid", fragment, methods=["GET"]),
        Route("/stamp", stamp, methods=["GET"]),
        Route("/programme.json", programme, methods=["GET", "HEAD"]),
        Route("/signin", sign_in, methods=["POST"]),
        Route("/signout", sign_out, methods=["POST"]),
        Route("/sessions/{session_id:int}/star", star_action(True), methods=["POST"]),
        Route("/sessions/{session_id:int}/unstar", star_action(False), methods=["POST"]),
        Route("/sessions/{session_id:int}/notes", notes_page, methods=["GET"]),
        Route("/sessions/{session_id:int}/notes", save_notes, methods=["POST"]),
        Route("/me.ics", my_calendar, methods=["GET"]),
        Route("/events", events, methods=["GET"]),
        Route("/favicon.ico", favicon, methods=["GET"]),
        Mount("/static", StaticFiles(directory=str(TEMPLATES / "phone" / "static")), name="static"),
        Mount(
            "/archive-static", StaticFiles(directory=str(TEMPLATES / "archive" / "static")), name="archive"
        ),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={
            404: not_found,
            NotFoundError: not_found,
            400: bad_request,
            ValueError: bad_request,
        },
    )
    app.add_middleware(OriginCheck)
    app.add_middleware(safety.GuardMiddleware)
    return app


class OriginCheck:
    """A POST from another site is refused (SameSite=Strict already keeps the cookie from it)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] == "POST":
            headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
            origin = headers.get("origin")
            host = headers.get("host", "")
            fetch_site = headers.get("sec-fetch-site", "")
            if (origin is not None and origin != f"http://{host}") or fetch_site == "cross-site":
                body = b"Refused: this form was sent from another site.\n"
                await send(
                    {
                        "type": "http.response.start",
                        "status": 403,
                        "headers": [(b"content-type", b"text/plain; charset=utf-8")],
                    }
                )
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


__all__ = ["Broadcaster", "PhoneState", "build_app"]
