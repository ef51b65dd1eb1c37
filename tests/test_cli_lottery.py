"""`govcamp applicants`, `govcamp lottery` and `govcamp tickets`: contracts, JSON and exit codes."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import pytest

from govcamp.cli import main


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    capsys.readouterr()
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _applicants(path: Path, n: int = 120, *, bad: bool = False) -> Path:
    rng = random.Random(7)
    lines = ["First Name,Last Name,Email,Company,Sector,Is this your first govcamp?"]
    for i in range(n):
        sector = rng.choice(["Local government", "Central government", "Charity", "Supplier"])
        lines.append(
            f"Name{i},Family{i},person{i}@example.org,Org {i % 9},{sector},{rng.choice(['Yes', 'No'])}"
        )
    if bad:
        lines.append("Nameless,,not-an-email,Org,Charity,No")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_exit_codes(event_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = event_target
    bad = _applicants(tmp_path / "bad.csv", 10, bad=True)
    assert main(["applicants", "import", file, str(bad)]) == 1
    out = capsys.readouterr().out
    assert "Line 12" in out and "Nothing was imported" in out
    assert _json(capsys, "applicants", "list", file) == []
    assert main(["applicants", "import", file, str(bad), "--dry-run", "--skip-invalid"]) == 0
    assert _json(capsys, "applicants", "list", file) == []
    assert main(["applicants", "import", file, str(bad), "--skip-invalid"]) == 0
    people = _json(capsys, "applicants", "list", file)
    assert isinstance(people, list) and len(people) == 10
    assert {"id", "full_name", "email", "organisation", "status"} <= set(people[0])
    assert people[0]["status"] == "applied"
    pdf = tmp_path / "list.csv"
    pdf.write_bytes(b"%PDF-1.4\n%....\n")
    capsys.readouterr()
    assert main(["applicants", "import", file, str(pdf)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "PDF" in err
    nomail = tmp_path / "nomail.csv"
    nomail.write_text("Who,Where\nAnn,Leeds\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["applicants", "import", file, str(nomail)]) == 2
    err = capsys.readouterr().err
    # The command line says which flag chooses the column (the window says it with its own menus).
    assert err.count("\n") == 1 and "Map one with --map email=COLUMN." in err
    assert (
        main(["applicants", "import", file, str(nomail), "--map", "email=Where", "--map", "full_name=Who"])
        == 1
    )
    assert "is not an email address" in capsys.readouterr().out


def test_lottery_end_to_end(event_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = event_target
    assert main(["applicants", "import", file, str(_applicants(tmp_path / "a.csv"))]) == 0
    rules = _json(
        capsys,
        "lottery",
        "rules",
        file,
        "--places",
        "40",
        "--cap-per-organisation",
        "6",
        "--min-share",
        "organisation_type=local_government:50%",
        "--min-share",
        "first_timer=yes:0.2",
    )
    assert isinstance(rules, dict) and rules["rules"]["places"] == 40 and rules["stage"] == "draft"

    simulation = _json(capsys, "lottery", "simulate", file, "--runs", "50")
    assert isinstance(simulation, dict)
    assert len(simulation["applicants"]) == 120
    assert abs(sum(simulation["applicants"].values()) - 40) < 1e-6
    assert "organisation_type=local_government" in simulation["groups"]

    capsys.readouterr()
    assert main(["lottery", "draw", file, "--seed", "x"]) == 2  # not committed yet
    assert main(["lottery", "commit", file]) == 0
    digest = capsys.readouterr().out.strip().splitlines()[-1]
    assert len(digest) == 64
    # Nobody can be added once the digest is published.
    late = tmp_path / "late.csv"
    late.write_text("Name,Email\nLate Comer,late@example.org\n", encoding="utf-8")
    assert main(["applicants", "import", file, str(late)]) == 2

    result = _json(capsys, "lottery", "draw", file, "--seed", "07 15 22 31 40 48")
    assert isinstance(result, dict)
    assert result["seed"] == "07 15 22 31 40 48" and result["digest"] == digest
    assert len(result["drawn"]) == 40 and len(result["waitlist"]) == 80
    by_id = {p["id"]: p for p in _json(capsys, "applicants", "list", file)}  # type: ignore[union-attr]
    assert all(by_id[i]["status"] == "drawn" for i in result["drawn"])
    assert [by_id[i]["waitlist_position"] for i in result["waitlist"][:3]] == [1, 2, 3]
    orgs = [by_id[i]["organisation"] for i in result["drawn"]]
    assert max(orgs.count(o) for o in orgs) <= 6
    lg = sum(by_id[i]["organisation_type"] == "local_government" for i in result["drawn"])
    assert lg >= 20

    capsys.readouterr()
    assert main(["lottery", "verify", file]) == 0
    assert capsys.readouterr().out.strip() == "verified"
    record = tmp_path / "record.json"
    assert main(["lottery", "record", file, "-o", str(record)]) == 0
    text = record.read_text(encoding="utf-8")
    assert "example.org" not in text and "Name1" not in text and "Org 1" not in text
    capsys.readouterr()
    assert main(["lottery", "verify", "--record", str(record)]) == 0
    assert capsys.readouterr().out.strip() == "verified"
    data = json.loads(text)
    data["seed"] = "07 15 22 31 40 49"
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps(data), encoding="utf-8")
    assert main(["lottery", "verify", "--record", str(tampered)]) == 1
    assert "differs at position" in capsys.readouterr().out
    data = json.loads(text)
    data["applicants"] = data["applicants"][1:]
    tampered.write_text(json.dumps(data), encoding="utf-8")
    assert main(["lottery", "verify", "--record", str(tampered)]) == 1
    assert "digest differs" in capsys.readouterr().out

    # The same inputs and seed give the same draw after a reset.
    assert main(["lottery", "reset", file]) == 0
    again = _json(capsys, "lottery", "draw", file, "--seed", "07 15 22 31 40 48")
    assert again == result


def test_waiting_list_and_offers(
    event_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = event_target
    main(["applicants", "import", file, str(_applicants(tmp_path / "a.csv", 30))])
    main(["lottery", "rules", file, "--places", "10", "--offer-hours", "24"])
    main(["lottery", "commit", file])
    result = _json(capsys, "lottery", "draw", file, "--seed", "s")
    assert isinstance(result, dict)
    drawn, waiting = result["drawn"], result["waitlist"]
    first_waiting = waiting[0]

    outcome = _json(capsys, "tickets", "decline", file, str(drawn[0]), "--now", "2027-05-01T09:00+00:00")
    assert isinstance(outcome, dict)
    assert outcome["offered"] == [{"id": first_waiting, "offer_deadline": "2027-05-02 09:00:00+00:00"}]
    assert _json(capsys, "tickets", "accept", file, str(drawn[1]))["changed"][0]["to"] == "accepted"  # type: ignore[index]

    # Not yet past the deadline: nothing expires. After it: the place passes on to the next.
    assert _json(capsys, "tickets", "expire", file, "--now", "2027-05-02T08:59+00:00") == {
        "changed": [],
        "offered": [],
    }
    expired = _json(capsys, "tickets", "expire", file, "--now", "2027-05-02T09:01+00:00")
    assert isinstance(expired, dict)
    assert [c["id"] for c in expired["changed"]] == [first_waiting]
    assert [c["id"] for c in expired["offered"]] == [waiting[1]]

    out = tmp_path / "offered.csv"
    assert main(["tickets", "export", file, "--status", "offered", "-o", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [int(r["id"]) for r in rows] == [waiting[1]]
    assert rows[0]["offer_deadline"] == "2027-05-03 10:01"  # London summer time
    out = tmp_path / "waiting.csv"
    main(["tickets", "export", file, "--status", "waitlisted", "-o", str(out)])
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [int(r["id"]) for r in rows] == waiting[2:]
    assert [r["waitlist_position"] for r in rows[:2]] == ["1", "2"]
    out = tmp_path / "confirmed.csv"
    main(["tickets", "export", file, "--status", "confirmed", "-o", str(out)])
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [int(r["id"]) for r in rows] == [drawn[1]] and len(rows[0]["checkin_code"]) == 8

    capsys.readouterr()
    assert main(["lottery", "reset", file]) == 2
    assert "Offers have been sent" in capsys.readouterr().err
    assert main(["tickets", "accept", file, "nobody@example.org"]) == 2
    assert main(["lottery", "verify", file]) == 0

    from sqlmodel import select

    from govcamp.store.eventfile import open_event
    from govcamp.store.tables import AuditEntry

    with open_event(event_target) as db, db.session() as session:
        actions = list(session.exec(select(AuditEntry.action)).all())
    assert {
        "lottery.committed",
        "lottery.drawn",
        "ticket.declined",
        "ticket.offered",
        "ticket.expired",
    } <= set(actions)
