"""Who gets a badge and what its QR holds; ``govcamp export badges`` end to end."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlmodel import col, select

from govcamp.cli import main
from govcamp.domain.errors import GovcampError, NotFoundError
from govcamp.services.badges import badge_batch, parse_who
from govcamp.services.demo import write_demo
from govcamp.store.eventfile import EventDB, open_event
from govcamp.store.tables import Event, Person, SessionHost, Ticket


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.govcamp"
    write_demo(path, applicants=60)
    return path


@pytest.fixture
def demo(demo_path: Path, tmp_path: Path) -> EventDB:
    copy = tmp_path / "demo.govcamp"
    shutil.copy(demo_path, copy)
    return open_event(copy)


def states(db: EventDB) -> dict[int, str]:
    with db.session() as session:
        return {t.person_id: t.state for t in session.exec(select(Ticket)).all()}


def test_who_chooses_people_by_ticket_state(demo: EventDB) -> None:
    by_person = states(demo)
    attendees = {b.person_id for b in badge_batch(demo, "attendees").badges}
    confirmed = {b.person_id for b in badge_batch(demo, "confirmed").badges}
    checked_in = {b.person_id for b in badge_batch(demo, "checked-in").badges}
    everyone = {b.person_id for b in badge_batch(demo, "all").badges}
    assert attendees == {p for p, s in by_person.items() if s in ("drawn", "accepted", "checked_in")}
    assert confirmed == {p for p, s in by_person.items() if s in ("accepted", "checked_in")}
    assert checked_in == {p for p, s in by_person.items() if s == "checked_in"}
    with demo.session() as session:
        assert everyone == {p.id for p in session.exec(select(Person)).all()}
    assert checked_in <= confirmed <= attendees <= everyone
    assert checked_in


def test_ids_keep_their_order_and_unknown_ids_are_refused(demo: EventDB) -> None:
    assert [b.person_id for b in badge_batch(demo, "5,2,9").badges] == [5, 2, 9]
    with pytest.raises(NotFoundError, match="no person 99999"):
        badge_batch(demo, "2,99999")
    with pytest.raises(GovcampError, match="not a choice"):
        parse_who("everybody")


def test_qr_holds_a_contact_card_only_with_consent_and_the_event_setting(demo: EventDB) -> None:
    with demo.session() as session:
        people = {p.id: p for p in session.exec(select(Person)).all()}
    batch = badge_batch(demo, "all")
    for badge in batch.badges:
        person = people[badge.person_id]
        if person.consent_contact_in_qr:
            assert badge.qr_payload.startswith("BEGIN:VCARD") and f"FN:{person.full_name}" in badge.qr_payload
            assert badge.qr_caption == ""
        else:
            assert badge.qr_payload == person.checkin_code == badge.qr_caption
    assert batch.contact_cards == sum(p.consent_contact_in_qr for p in people.values()) > 0
    with demo.session() as session:
        event = session.exec(select(Event)).one()
        event.qr_contact_cards = False
        session.add(event)
    off = badge_batch(demo, "all")
    assert off.contact_cards == 0
    assert all(b.qr_payload == people[b.person_id].checkin_code for b in off.badges)


def test_session_hosts_get_the_host_band(demo: EventDB) -> None:
    with demo.session() as session:
        hosts = {h.person_id for h in session.exec(select(SessionHost)).all() if h.person_id is not None}
        roles = {p.id: p.role for p in session.exec(select(Person)).all()}
    bands = {b.person_id: b.role for b in badge_batch(demo, "all").badges}
    assert hosts
    for person_id in hosts:
        assert bands[person_id] == ("host" if roles[person_id] == "attendee" else roles[person_id])


def run_cli(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_cli_writes_the_badges_and_says_what_it_did(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "badges.pdf"
    code, stdout, _err = run_cli(
        "export", "badges", str(demo_path), "-o", str(out), "--layout", "avery-5395", "--json", capsys=capsys
    )
    assert code == 0
    report = json.loads(stdout)
    assert report["layout"] == "avery-5395" and report["badges"] > 0
    assert report["pages"] == -(-report["badges"] // 8)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert re.search(rf"Pages:\s+{report['pages']}\n", info)
    code, stdout, _err = run_cli(
        "export", "badges", str(demo_path), "-o", str(tmp_path / "two.pdf"), "--who", "1,2", capsys=capsys
    )
    assert code == 0 and stdout.startswith("Wrote 2 badges")


def test_cli_warns_about_an_emoji_it_cannot_print(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_event(demo_path)
    with db.session() as session:
        sam = session.exec(select(Person).where(Person.badge_name == "Sam 🌈")).one()
    db.close()
    code, _out, err = run_cli(
        "export",
        "badges",
        str(demo_path),
        "-o",
        str(tmp_path / "sam.pdf"),
        "--who",
        str(sam.id),
        capsys=capsys,
    )
    assert code == 0
    assert "warning" in err and "🌈" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--who", "friends"], "not a choice of people"),
        (["--who", "99999"], "no person 99999"),
        (["--layout", "a3"], "invalid choice"),
        (["--layout", "avery-l7418", "--folded"], "fold"),
    ],
)
def test_cli_mistakes_are_one_line_and_exit_2(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    out = tmp_path / "x.pdf"
    code, _out, err = run_cli("export", "badges", str(demo_path), "-o", str(out), *args, capsys=capsys)
    assert code == 2
    assert err.count("\n") == 1 and message in err
    assert not out.exists()


def test_who_takes_check_in_codes_in_any_case_and_e_mails(demo: EventDB) -> None:
    with demo.session() as session:
        people = session.exec(select(Person).order_by(col(Person.id)).limit(3)).all()
        first, second, third = people
    who = f"{first.checkin_code.lower()}, {second.email.upper()},{third.id}"
    assert [b.person_id for b in badge_batch(demo, who).badges] == [first.id, second.id, third.id]
    # The same person twice is one badge.
    assert [b.person_id for b in badge_batch(demo, f"{first.id},{first.checkin_code}").badges] == [first.id]


def test_unknown_codes_and_e_mails_are_named(demo: EventDB) -> None:
    with pytest.raises(NotFoundError, match="check-in code “ZZZZ2222”, and it is not one of attendees"):
        badge_batch(demo, "ZZZZ2222")
    with pytest.raises(NotFoundError, match=re.escape("e-mail nobody@example.org")):
        badge_batch(demo, "1,nobody@example.org")
    with pytest.raises(GovcampError, match="not a choice of people"):
        parse_who("everyone!")


def test_cli_prints_badges_for_a_scanned_code(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_event(demo_path)
    with db.session() as session:
        person = session.exec(select(Person).where(col(Person.email).is_not(None))).first()
        assert person is not None
    db.close()
    out = tmp_path / "one.pdf"
    code, stdout, _err = run_cli(
        "export",
        "badges",
        str(demo_path),
        "-o",
        str(out),
        "--who",
        person.checkin_code.lower(),
        "--json",
        capsys=capsys,
    )
    assert code == 0 and json.loads(stdout)["person_ids"] == [person.id]
    # A new name: the first PDF is in the way of the same one (that needs --force, a different error).
    other = tmp_path / "two.pdf"
    code, _out, err = run_cli(
        "export", "badges", str(demo_path), "-o", str(other), "--who", "QQQQ9999", capsys=capsys
    )
    assert code == 2 and err.count("\n") == 1 and "QQQQ9999" in err and not other.exists()
