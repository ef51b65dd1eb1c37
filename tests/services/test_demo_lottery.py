"""The demo event's lottery is a real draw: it replays, and its record verifies without the file."""

from __future__ import annotations

from pathlib import Path

from govcamp.services import lottery
from govcamp.services.applicants import list_applicants
from govcamp.services.demo import write_demo
from govcamp.store.eventfile import open_event


def test_demo_has_a_drawn_lottery_offers_and_a_waiting_list_that_verify(tmp_path: Path) -> None:
    path = tmp_path / "demo.govcamp"
    write_demo(path, applicants=300)
    with open_event(path) as db:
        status = lottery.status(db)
        assert status.stage == "drawn" and status.seed and len(status.digest) == 64
        assert lottery.verify(db).message == "verified"
        states = {p.status for p in list_applicants(db)}
        assert {"offered", "waitlisted", "accepted", "checked_in"} <= states
        draw = lottery.last_draw(db)
        assert draw is not None and draw.drawn and draw.waitlist
        record = lottery.export_record(db, tmp_path / "record.json")
    assert record["seed"] == status.seed
    assert lottery.verify_record(tmp_path / "record.json").ok
