"""The phone server on a shared event (a PostgreSQL URL, as ``govcamp serve URL`` takes), over real HTTP."""

from __future__ import annotations

from pathlib import Path

import psycopg

from govcamp.services import stars
from govcamp.services.sharing import share_event
from govcamp.store.eventfile import open_event
from govcamp.store.live import libpq_url
from govcamp.web.server import PhoneServer
from tests.phones_data import make_demo, people
from tests.web.phone import Phone
from tests.web.test_live_and_files import _events, _next_grid_event


def test_serving_a_shared_event_stars_and_hears_another_laptops_move(tmp_path: Path, pg_url: str) -> None:
    share_event(make_demo(tmp_path), pg_url)
    with open_event(pg_url) as db, PhoneServer(pg_url, listen="127.0.0.1", port=0) as server:
        who = people(db)
        person, code = who.checked_in[0]
        phone = Phone(server.url)
        assert phone.sign_in(code).status == 303
        target = next(s for s in who.placed if s not in stars.stars_of(db, person))
        assert phone.post(f"/sessions/{target}/star").status == 303
        assert target in stars.stars_of(db, person)
        connection, response = _events(server.url)
        try:
            first = _next_grid_event(response)
            # Another laptop takes a session off the grid, straight on the server.
            with psycopg.connect(libpq_url(pg_url), autocommit=True) as other:
                gone = other.execute(
                    "DELETE FROM placement WHERE session_id = %s RETURNING session_id", (target,)
                ).fetchall()
            assert gone == [(target,)]
            assert _next_grid_event(response) != first
        finally:
            connection.close()
        assert f'id="s-{target}"' not in phone.get("/grid").text
