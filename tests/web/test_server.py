"""The phone server over real HTTP on loopback (issue 15): the pages, signing in, stars, safety."""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from govcamp.domain.errors import GovcampError
from govcamp.services import grid, pitches, stars
from govcamp.store.eventfile import EventDB
from govcamp.web import safety
from govcamp.web.server import PhoneServer
from tests.phones_data import People
from tests.web.phone import Phone


class _Page(HTMLParser):
    """What a browser would find on a page: forms' actions, element ids, scripts, text."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.actions: list[str] = []
        self.ids: list[str] = []
        self.scripts: list[dict[str, str | None]] = []
        self.inline_script = False
        self.text: list[str] = []
        self._in_script = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "form" and values.get("action"):
            self.actions.append(str(values["action"]))
        if values.get("id"):
            self.ids.append(str(values["id"]))
        if tag == "script":
            self.scripts.append(values)
            self._in_script = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.inline_script = True
        self.text.append(data)

    @property
    def words(self) -> str:
        return " ".join(" ".join(self.text).split())


def test_the_grid_page_shows_now_next_and_the_day_with_rooms_hosts_and_needs(
    phone: Phone, db: EventDB
) -> None:
    answer = phone.get("/")
    assert answer.status == 200
    assert answer.header("Content-Type").startswith("text/html")
    page = _Page(answer.text)
    words = page.words
    assert "Now and next" in words and "Now: " in words and "Next: " in words and "The day" in words
    assert "Last updated" in words
    placed = [s for s in grid.grid_state(db).sessions if s.slot_id is not None and not s.withdrawn]
    assert placed
    for s in placed:
        assert f"s-{s.id}" in page.ids
    assert "Hosted by" in words and ("Step-free" in words or "Hearing loop" in words)
    # The read-only grid needs no script: the one script is ours, from this server, never inline.
    assert [s.get("src") for s in page.scripts] == ["/static/phone.js"] and not page.inline_script
    assert "/signin" in page.actions and not any("/star" in a for a in page.actions)


def test_safety_headers_on_every_answer(phone: Phone) -> None:
    for path in ("/", "/programme.json", "/static/phone.js", "/nope", "/sessions/1/notes"):
        answer = phone.get(path)
        csp = answer.header("Content-Security-Policy")
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp, path
        assert answer.header("X-Content-Type-Options") == "nosniff", path
        assert answer.header("X-Frame-Options") == "DENY", path
        # Not "no-referrer": with it Chromium sends "Origin: null" on a same-site form post, refused here.
        assert answer.header("Referrer-Policy") == "same-origin", path


def test_sign_in_sets_a_strict_http_only_cookie_and_star_unstar_round_trip(
    phone: Phone, who: People, db: EventDB
) -> None:
    person, code = who.checked_in[0]
    answer = phone.sign_in(code.lower())
    assert answer.status == 303 and answer.header("Location").startswith("/")
    cookie = answer.header("Set-Cookie")
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert code not in cookie and code.lower() not in cookie and str(person) + "." in cookie
    target = next(s for s in who.placed if s not in stars.stars_of(db, person))
    answer = phone.post(f"/sessions/{target}/star")
    assert answer.status == 303 and answer.header("Location").endswith(f"#s-{target}")
    assert target in stars.stars_of(db, person)
    page = _Page(phone.get("/").text)
    assert f"/sessions/{target}/unstar" in page.actions
    assert f"starred {len(stars.stars_of(db, person))} of 10" in page.words
    assert phone.post(f"/sessions/{target}/unstar").status == 303
    assert target not in stars.stars_of(db, person)
    assert f"/sessions/{target}/star" in _Page(phone.get("/").text).actions


def test_the_limit_is_kept_over_http(phone: Phone, who: People, db: EventDB) -> None:
    person, code = who.checked_in[1]
    stars.set_max_stars(db, 2)
    for sid in stars.stars_of(db, person):
        stars.unstar(db, person, sid)
    phone.sign_in(code)
    for sid in who.placed[:3]:
        phone.post(f"/sessions/{sid}/star")
    assert stars.stars_of(db, person) == list(who.placed[:2])
    assert "the most sessions allowed" in phone.get("/?m=limit").text


def test_not_checked_in_and_revoked_codes_are_refused(phone: Phone, who: People, db: EventDB) -> None:
    outsider = who.not_checked_in[0][1]
    answer = phone.sign_in(outsider)
    assert answer.status == 401 and "Check in at the welcome desk first" in answer.text
    assert phone.cookies == {}
    revoked = who.revoked[0][1]
    answer = Phone(phone.url).sign_in(revoked)
    assert answer.status == 401 and "no longer works" in answer.text
    # Revoked while signed in: the next request is signed out, and the star is not made.
    person, code = who.checked_in[2]
    phone.sign_in(code)
    stars.revoke_code(db, person)
    target = next(s for s in who.placed if s not in stars.stars_of(db, person))
    answer = phone.post(f"/sessions/{target}/star")
    assert answer.status == 401
    assert target not in stars.stars_of(db, person)
    assert phone.get("/me.ics").status == 401


def test_one_star_per_person_under_concurrent_posts(server: PhoneServer, who: People, db: EventDB) -> None:
    person, code = who.checked_in[3]
    signed = Phone(server.url)
    signed.sign_in(code)
    target = next(s for s in who.placed if s not in stars.stars_of(db, person))
    before = {c.session_id: c.stars for c in stars.star_counts(db)}[target]
    statuses: list[int] = []
    gate = threading.Barrier(20)

    def post() -> None:
        gate.wait()
        statuses.append(Phone(server.url, dict(signed.cookies)).post(f"/sessions/{target}/star").status)

    threads = [threading.Thread(target=post) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert statuses == [303] * 20
    assert {c.session_id: c.stars for c in stars.star_counts(db)}[target] == before + 1


def test_brute_force_sign_in_hits_the_rate_limit(phone: Phone, who: People) -> None:
    answers = [phone.sign_in(f"WRONG{n:03}") for n in range(safety.SIGNIN_ATTEMPTS)]
    assert {a.status for a in answers} == {401}
    assert all("not one we know" in a.text for a in answers)
    limited = phone.sign_in(who.checked_in[0][1])  # even the right code, once the limit is reached
    assert limited.status == 429
    assert "Too many sign-in tries" in limited.text and int(limited.header("Retry-After")) > 0
    assert phone.cookies == {}


def test_pages_never_list_people_or_codes(phone: Phone, who: People) -> None:
    pages = [phone.get(p).text for p in ("/", "/grid", "/programme.json", "/stamp")]
    codes = [c for _, c in who.checked_in + who.not_checked_in + who.revoked]
    assert not [c for c in codes if any(c in page for page in pages)]


def test_hostile_titles_are_escaped(phone: Phone, db: EventDB, server: PhoneServer) -> None:
    placed = next(s for s in grid.grid_state(db).sessions if s.slot_id is not None and not s.withdrawn)
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    value = pitches.get_session(db, placed.id)
    from govcamp.domain.pitching import PitchInput

    pitches.update_pitch(
        db,
        placed.id,
        PitchInput(
            title=evil,
            hosts=tuple(h.name for h in value.hosts),
            description="&amp; <b>bold</b>",
            demand=value.demand,
            needs=value.needs,
            tags=value.tags,
        ),
    )
    server.on_change()
    deadline = time.monotonic() + 10
    while evil[:10] not in _Page(phone.get("/").text).words and time.monotonic() < deadline:
        time.sleep(0.1)
    html = phone.get("/").text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert _Page(html).scripts == [{"src": "/static/phone.js", "defer": None}]


def test_bad_ids_huge_bodies_and_malformed_cookies_are_refused_not_crashes(phone: Phone, who: People) -> None:
    assert phone.post("/sessions/abc/star").status == 404
    assert phone.post("/sessions/99999999999999999999/star").status == 404
    assert phone.get("/sessions/0/notes").status == 404
    assert phone.get("/sessions/-1/notes").status == 404
    assert phone.get("/sessions/987654/notes").status == 404
    assert phone.post("/signin", {"code": "x" * (safety.BODY_LIMIT + 10)}).status == 413
    huge = phone.request(
        "POST",
        "/signin",
        b"code=" + b"A" * 100,
        {"Content-Type": "application/x-www-form-urlencoded", "Content-Length": "999999999999"},
    )
    assert huge.status == 413
    assert phone.post("/signin", {}).status == 401
    assert phone.request("POST", "/signin", b"\xff\xfe%%%", {"Content-Type": "text/plain"}).status in (
        400,
        401,
    )
    for cookie in (
        "garbage",
        "1.2.3",
        "1." + "a" * 500,
        "12.abc.0000",
        f"{who.checked_in[0][0]}.x.deadbeef",
        "é",
    ):
        answer = phone.request("GET", "/", headers={"Cookie": f"{safety.COOKIE}={cookie}"})
        assert answer.status == 200 and "/signin" in _Page(answer.text).actions
        bad = phone.request(
            "POST",
            f"/sessions/{who.placed[0]}/star",
            b"",
            {"Cookie": f"{safety.COOKIE}={cookie}", "Origin": f"http://{phone.host}"},
        )
        assert bad.status == 401
    assert phone.request("PUT", "/").status == 405
    assert phone.get("/me.ics").status == 401


def test_posts_from_another_site_are_refused(phone: Phone, who: People, db: EventDB) -> None:
    person, code = who.checked_in[4]
    phone.sign_in(code)
    target = next(s for s in who.placed if s not in stars.stars_of(db, person))
    answer = phone.post(f"/sessions/{target}/star", Origin="http://evil.example")
    assert answer.status == 403
    answer = phone.post(f"/sessions/{target}/star", Origin="null")
    assert answer.status == 403
    assert phone.post(f"/sessions/{target}/star", **{"Sec-Fetch-Site": "cross-site"}).status == 403
    assert target not in stars.stars_of(db, person)


def test_programme_json_is_the_documented_format(phone: Phone, db: EventDB) -> None:
    answer = phone.get("/programme.json")
    assert answer.status == 200 and answer.header("Content-Type").startswith("application/json")
    data = json.loads(answer.body)
    assert data["format"] == "govcamp-programme" and data["format_version"] == 1
    assert set(data) >= {"generated_at", "grid_version", "event", "rooms", "slots", "sessions"}
    assert set(data["event"]) >= {"name", "start_date", "end_date", "venue", "timezone", "archive_url"}
    keys = {"id", "uid", "title", "description", "hosts", "unnamed_hosts", "tags", "room", "room_id"}
    keys |= {"start", "end", "start_utc", "end_utc", "status", "sequence", "notes_url"}
    assert data["sessions"] and all(set(s) >= keys for s in data["sessions"])
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", s["start_utc"]) for s in data["sessions"])


def test_a_port_taken_is_a_clear_error(demo_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        with pytest.raises(GovcampError, match=f"port {port}"):
            PhoneServer(demo_path, listen="127.0.0.1", port=port).start()


def test_it_binds_only_where_told_and_stops(demo_path: Path) -> None:
    phones = PhoneServer(demo_path, listen="127.0.0.1", port=0)
    url = phones.start()
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/", url)
    port = int(url.rsplit(":", 1)[1].strip("/"))
    assert Phone(url).get("/").status == 200
    phones.stop()
    assert not phones.running
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass


def test_a_phone_stays_signed_in_when_the_server_restarts(demo_path: Path, who: People) -> None:
    code = who.checked_in[5][1]
    with PhoneServer(demo_path, listen="127.0.0.1", port=0) as first:
        phone = Phone(first.url)
        assert phone.sign_in(code).status == 303
    with PhoneServer(demo_path, listen="127.0.0.1", port=0) as second:
        again = Phone(second.url, dict(phone.cookies))
        assert "/signout" in _Page(again.get("/").text).actions
        assert "/signout" not in _Page(Phone(second.url).get("/").text).actions
