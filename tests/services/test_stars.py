"""Stars from phones (issue 15): the rules, on an event file and on a PostgreSQL server."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from govcamp.domain.errors import NotFoundError
from govcamp.services import checkin, grid, stars
from govcamp.store.eventfile import EventDB, open_event
from govcamp.store.tables import Star
from tests.pg import BACKENDS, shared_target
from tests.phones_data import make_demo, people


@pytest.fixture(params=BACKENDS)
def demo_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[EventDB]:
    target = shared_target(make_demo(tmp_path), request.param, request)
    db = open_event(target if "://" in target else Path(target))
    yield db
    db.close()


def _fresh_sessions(db: EventDB, person_id: int, count: int) -> list[int]:
    mine = set(stars.stars_of(db, person_id))
    return [c.session_id for c in stars.star_counts(db) if c.session_id not in mine][:count]


def test_a_checked_in_attendee_stars_and_unstars_and_the_count_follows(demo_db: EventDB) -> None:
    who = people(demo_db).checked_in[0]
    target = _fresh_sessions(demo_db, who[0], 1)[0]
    before = {c.session_id: c.stars for c in stars.star_counts(demo_db)}
    assert target in stars.star(demo_db, who[1], target)  # by the code on the badge
    assert target in stars.star(demo_db, who[0], target)  # twice is once
    after = {c.session_id: c.stars for c in stars.star_counts(demo_db)}
    assert after[target] == before[target] + 1
    assert target not in stars.unstar(demo_db, who[0], target)
    assert {c.session_id: c.stars for c in stars.star_counts(demo_db)} == before


def test_counts_cover_every_session_in_the_programme_zeros_included(demo_db: EventDB) -> None:
    counts = stars.star_counts(demo_db)
    from govcamp.services import pitches

    live = sorted(s.id for s in pitches.list_sessions(demo_db) if not s.withdrawn)
    assert [c.session_id for c in counts] == live
    assert sum(c.stars for c in counts) > 0  # the demo's phones starred some


def test_the_limit_holds_and_can_be_changed(demo_db: EventDB) -> None:
    who = people(demo_db).checked_in[1]
    stars.set_max_stars(demo_db, 3)
    for sid in stars.stars_of(demo_db, who[0]):
        stars.unstar(demo_db, who[0], sid)
    first, second, third, fourth = _fresh_sessions(demo_db, who[0], 4)
    for sid in (first, second, third):
        stars.star(demo_db, who[0], sid)
    with pytest.raises(stars.StarRefusedError, match="most allowed"):
        stars.star(demo_db, who[0], fourth)
    assert stars.stars_of(demo_db, who[0]) == sorted([first, second, third])
    stars.star(demo_db, who[0], first)  # starring one already starred is not a new star
    with pytest.raises(Exception, match="between 1 and"):
        stars.set_max_stars(demo_db, 0)


def test_people_not_checked_in_cannot_star_and_their_stars_do_not_count(demo_db: EventDB) -> None:
    group = people(demo_db)
    outsider = group.not_checked_in[0]
    sid = group.placed[0]
    with pytest.raises(stars.StarRefusedError, match="checked in"):
        stars.star(demo_db, outsider[0], sid)
    with pytest.raises(stars.StarRefusedError, match="Check in"):
        stars.sign_in(demo_db, outsider[1])
    # A check-in undone: the stars stay but stop counting.
    who = group.checked_in[2]
    target = _fresh_sessions(demo_db, who[0], 1)[0]
    stars.star(demo_db, who[0], target)
    counted = {c.session_id: c.stars for c in stars.star_counts(demo_db)}[target]
    checkin.undo_check_in(demo_db, who[1])
    assert {c.session_id: c.stars for c in stars.star_counts(demo_db)}[target] == counted - 1
    assert target in stars.stars_of(demo_db, who[0])


def test_a_revoked_code_cannot_sign_in_and_its_stars_stop_counting(demo_db: EventDB) -> None:
    who = people(demo_db).checked_in[3]
    assert stars.sign_in(demo_db, who[1].lower()).person_id == who[0]  # any case, as typed from a badge
    target = _fresh_sessions(demo_db, who[0], 1)[0]
    stars.star(demo_db, who[0], target)
    counted = {c.session_id: c.stars for c in stars.star_counts(demo_db)}[target]
    stars.revoke_code(demo_db, who[0], desk="Desk 2")
    stars.revoke_code(demo_db, who[0])  # twice is once
    with pytest.raises(stars.StarRefusedError, match="no longer works"):
        stars.sign_in(demo_db, who[1])
    with pytest.raises(stars.StarRefusedError, match="no longer works"):
        stars.star(demo_db, who[0], target)
    assert {c.session_id: c.stars for c in stars.star_counts(demo_db)}[target] == counted - 1
    stars.restore_code(demo_db, who[0])
    assert {c.session_id: c.stars for c in stars.star_counts(demo_db)}[target] == counted


def test_sign_in_takes_only_a_badge_code(demo_db: EventDB) -> None:
    who = people(demo_db).checked_in[0]
    for guess in ("", "   ", str(who[0]), "someone@example.org", "NOTACODE"):
        with pytest.raises(stars.StarRefusedError, match="not one we know"):
            stars.sign_in(demo_db, guess)
    with pytest.raises(NotFoundError):
        stars.star(demo_db, "NOSUCHCODE", people(demo_db).placed[0])


def test_one_star_per_person_per_session_and_the_limit_under_concurrent_posts(demo_db: EventDB) -> None:
    who = people(demo_db).checked_in[4]
    for sid in stars.stars_of(demo_db, who[0]):
        stars.unstar(demo_db, who[0], sid)
    stars.set_max_stars(demo_db, 5)
    targets = _fresh_sessions(demo_db, who[0], 12)
    errors: list[BaseException] = []
    start = threading.Barrier(len(targets) + 8)

    def post(sid: int) -> None:
        start.wait()
        try:
            stars.star(demo_db, who[0], sid)
        except stars.StarRefusedError:
            pass
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=post, args=(sid,)) for sid in targets]
    threads += [threading.Thread(target=post, args=(targets[0],)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with demo_db.session() as session:
        rows = session.exec(select(Star.session_id).where(Star.person_id == who[0])).all()
    assert len(rows) == 5 == len(set(rows))


def test_stars_become_the_solvers_interest_lists(demo_db: EventDB) -> None:
    who = people(demo_db).checked_in[5]
    target = _fresh_sessions(demo_db, who[0], 1)[0]
    before = grid.build_instance(demo_db)
    stars.star(demo_db, who[0], target)
    after = grid.build_instance(demo_db)
    assert str(target) in after.interests[str(who[0])]
    assert str(target) not in before.interests.get(str(who[0]), ())
    # A revoked code's stars leave the solver too.
    stars.revoke_code(demo_db, who[0])
    assert str(target) not in grid.build_instance(demo_db).interests.get(str(who[0]), ())


def test_subject_access_shows_a_persons_stars_and_revocation_and_erasure_removes_them(
    tmp_path: Path,
) -> None:
    from govcamp.services.erasure import erase_person
    from govcamp.services.personal_data import collect

    db = open_event(make_demo(tmp_path))
    try:
        group = people(db)
        person, _ = group.checked_in[0]
        target = _fresh_sessions(db, person, 1)[0]
        stars.star(db, person, target)
        stars.revoke_code(db, person, desk="Desk 4")
        held = collect(db, str(person)).as_json()["held"]
        starred = [h["data"] for h in held if h["table"] == "star"]
        assert {"person_id": person, "session_id": target} in [
            {k: d[k] for k in ("person_id", "session_id")} for d in starred
        ]
        assert [h["data"]["desk"] for h in held if h["table"] == "phone_revocation"] == ["Desk 4"]
        erase_person(db, str(person), backup_root=tmp_path / "backups")
    finally:
        db.close()
    with open_event(tmp_path / "demo.govcamp") as after, after.session() as session:
        assert session.exec(select(Star).where(Star.person_id == person)).all() == []
        from govcamp.store.tables import PhoneRevocation

        assert session.get(PhoneRevocation, person) is None


def test_merging_pitches_keeps_their_stars_and_undoing_a_removal_brings_them_back(
    demo_db: EventDB,
) -> None:
    from govcamp.services import pitches

    group = people(demo_db)
    first, second = group.checked_in[6][0], group.checked_in[7][0]
    keep, other = _fresh_sessions(demo_db, first, 2)
    for sid in stars.stars_of(demo_db, second):
        if sid in (keep, other):
            stars.unstar(demo_db, second, sid)
    stars.star(demo_db, first, other)
    stars.star(demo_db, second, other)
    stars.star(demo_db, second, keep)
    counted = {c.session_id: c.stars for c in stars.star_counts(demo_db)}
    pitches.merge(demo_db, keep, other)
    after = {c.session_id: c.stars for c in stars.star_counts(demo_db)}
    assert other not in after  # withdrawn: out of the programme
    assert after[keep] == counted[keep] + 1  # the first person's star came across; the second's was there
    assert keep in stars.stars_of(demo_db, first)
    # Undo of a removal puts the stars back with the session.
    saved = pitches.capture(demo_db, [keep])
    pitches.remove_pitch(demo_db, keep)
    assert keep not in stars.stars_of(demo_db, first)
    pitches.restore(demo_db, saved)
    assert keep in stars.stars_of(demo_db, first) and keep in stars.stars_of(demo_db, second)
    assert {c.session_id: c.stars for c in stars.star_counts(demo_db)}[keep] == after[keep]
