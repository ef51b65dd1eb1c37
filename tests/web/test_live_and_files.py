"""The phone server's live stream, personal calendar and notes page over real HTTP (issue 15)."""

from __future__ import annotations

import http.client
import json
import re
import time
import urllib.parse

from govcamp.services import grid, notes, stars
from govcamp.store.eventfile import EventDB
from govcamp.web.server import PhoneServer
from tests.calendar_readers import by_icalendar, by_vobject
from tests.phones_data import People
from tests.web.phone import Phone


def _when(html: str, session_id: int) -> str:
    """The time a session's card shows in the day (its last card: now-and-next come first)."""
    found = re.findall(rf'id="s-{session_id}">.*?<span class="when">([^<]+)</span>', html, re.S)
    assert found, session_id
    return str(found[-1])


def _events(url: str) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=15)
    connection.request("GET", "/events", headers={"Accept": "text/event-stream"})
    response = connection.getresponse()
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/event-stream")
    return connection, response


def _next_grid_event(response: http.client.HTTPResponse) -> str:
    """The data of the next ``grid`` event (keep-alive comments skipped)."""
    kind = ""
    while True:
        line = response.fp.readline().decode("utf-8").rstrip("\n")
        if line.startswith("event:"):
            kind = line.partition(":")[2].strip()
        elif line.startswith("data:") and kind == "grid":
            return line.partition(":")[2].strip()


def test_the_stream_tells_phones_within_seconds_when_a_session_moves(
    server: PhoneServer, phone: Phone, db: EventDB
) -> None:
    state = grid.grid_state(db)
    placed = [s for s in state.sessions if s.slot_id is not None and not s.withdrawn]
    moving = placed[0]
    other = next(s for s in placed if s.slot_id != moving.slot_id)
    before = phone.get("/grid").text
    was, will_be = _when(before, moving.id), _when(before, other.id)
    assert was != will_be
    connection, response = _events(server.url)
    try:
        first = _next_grid_event(response)
        assert other.room_id is not None and other.slot_id is not None
        grid.move(db, moving.id, other.room_id, other.slot_id)  # as the window (another connection) does
        started = time.monotonic()
        changed = _next_grid_event(response)
        waited = time.monotonic() - started
    finally:
        connection.close()
    assert changed != first and waited < 10
    after = phone.get("/grid").text
    assert _when(after, moving.id) == will_be and _when(after, other.id) == was
    assert f'data-stamp="{json.loads(changed)}"' in phone.get("/").text


def test_stopping_the_server_ends_open_streams(server: PhoneServer) -> None:
    connection, response = _events(server.url)
    try:
        _next_grid_event(response)
        started = time.monotonic()
        server.stop()
        # The stream ends (chunked encoding's last, empty chunk) rather than hanging.
        assert response.fp.read().endswith(b"0\r\n\r\n")
        assert time.monotonic() - started < 10
    finally:
        connection.close()


def test_my_calendar_holds_my_starred_sessions_read_by_two_parsers(
    phone: Phone, who: People, db: EventDB
) -> None:
    person, code = who.checked_in[0]
    phone.sign_in(code)
    for sid in stars.stars_of(db, person):
        phone.post(f"/sessions/{sid}/unstar")
    chosen = list(who.placed[:3])
    for sid in chosen:
        phone.post(f"/sessions/{sid}/star")
    answer = phone.get("/me.ics")
    assert answer.status == 200 and answer.header("Content-Type").startswith("text/calendar")
    assert "attachment" in answer.header("Content-Disposition")
    from govcamp.services import pitches

    hosted = {s.id for s in pitches.list_sessions(db) if any(h.person_id == person for h in s.hosts)}
    titles = {s.id: s.title for s in pitches.list_sessions(db)}
    first, second = by_icalendar(answer.body), by_vobject(answer.body)
    assert first.keys() == second.keys()
    summaries = sorted(e["summary"] for e in first.values())
    assert summaries == sorted(e["summary"] for e in second.values())
    wanted = set(chosen) | hosted
    assert sorted(titles[s] for s in wanted) == summaries
    for uid in first:
        assert first[uid]["start"] == second[uid]["start"] and first[uid]["end"] == second[uid]["end"]


def test_notes_from_the_room_save_to_the_notes_page_with_the_revision_check(
    phone: Phone, who: People, db: EventDB
) -> None:
    sid = who.placed[0]
    assert "Sign in with the code" in phone.get(f"/sessions/{sid}/notes").text
    assert phone.post(f"/sessions/{sid}/notes", {"body": "sneaky", "revision": "0"}).status == 401
    phone.sign_in(who.checked_in[0][1])
    page = phone.get(f"/sessions/{sid}/notes").text
    revision = int(re.search(r'name="revision" value="(\d+)"', page).group(1))  # type: ignore[union-attr]
    assert revision == notes.get_note(db, sid).note.revision
    saved = phone.post(
        f"/sessions/{sid}/notes", {"body": "We agreed <b>three</b> actions.", "revision": str(revision)}
    )
    assert saved.status == 303
    note = notes.get_note(db, sid).note
    assert note.body_md == "We agreed <b>three</b> actions." and note.revision == revision + 1
    assert "We agreed &lt;b&gt;three&lt;/b&gt; actions." in phone.get(f"/sessions/{sid}/notes").text
    # Someone saves in the window meanwhile; this phone's stale save is refused and its text kept.
    notes.save_note(db, sid, note.as_input().__class__(body_md="From the window."), revision=note.revision)
    stale = phone.post(f"/sessions/{sid}/notes", {"body": "My late words.", "revision": str(revision + 1)})
    assert stale.status == 409
    assert "Someone else saved these notes" in stale.text
    assert "My late words." in stale.text and "From the window." in stale.text
    assert notes.get_note(db, sid).note.body_md == "From the window."
    # Saving again from the refused form (it now carries the newer revision) keeps this phone's words.
    newer = re.search(r'name="revision" value="(\d+)"', stale.text).group(1)  # type: ignore[union-attr]
    assert phone.post(f"/sessions/{sid}/notes", {"body": "My late words.", "revision": newer}).status == 303
    assert notes.get_note(db, sid).note.body_md == "My late words."
