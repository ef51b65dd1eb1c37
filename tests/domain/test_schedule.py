"""Rules for rooms, slots and the event's details."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govcamp.domain import schedule
from govcamp.domain.enums import SlotKind
from govcamp.domain.errors import ValidationError
from govcamp.domain.values import EventDetails, RoomInput, SlotInput, SlotValue

LONDON = ZoneInfo("Europe/London")
DAY = date(2027, 1, 16)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2027, 1, 16, hour, minute, tzinfo=LONDON)


def test_room_is_trimmed_and_features_normalised() -> None:
    room = schedule.check_room(
        RoomInput("  Council   chamber ", 80, ("Hearing loop", "step-free", "screen", "screen"))
    )
    assert room.name == "Council chamber"
    assert room.features == ("hearing_loop", "screen", "step_free")


@pytest.mark.parametrize("capacity", [0, -5, 10_000_000])
def test_room_capacity_must_be_sensible(capacity: int) -> None:
    with pytest.raises(ValidationError) as caught:
        schedule.check_room(RoomInput("Hall", capacity))
    assert caught.value.field == "capacity"


def test_room_needs_a_name_and_sane_features() -> None:
    with pytest.raises(ValidationError, match="room name cannot be empty"):
        schedule.check_room(RoomInput("   ", 10))
    with pytest.raises(ValidationError, match="not a room feature"):
        schedule.check_room(RoomInput("Hall", 10, ("<script>",)))


def test_slot_must_end_after_it_starts() -> None:
    with pytest.raises(ValidationError, match="end after it starts"):
        schedule.check_slot(SlotInput(at(11), at(10, 50)), [])
    with pytest.raises(ValidationError, match="end after it starts"):
        schedule.check_slot(SlotInput(at(11), at(11)), [])


def test_slot_may_touch_but_not_overlap_another() -> None:
    first = SlotValue(1, at(10), at(10, 50), SlotKind.SESSION, "Session 1")
    schedule.check_slot(SlotInput(at(10, 50), at(11, 10), SlotKind.BREAK), [first])
    with pytest.raises(ValidationError, match=r"overlaps the slot 10:00–10:50 \(Session 1\)"):
        schedule.check_slot(SlotInput(at(10, 30), at(11, 30)), [first])


def test_slot_must_fall_on_the_event_days() -> None:
    with pytest.raises(ValidationError, match="outside the event"):
        schedule.check_slot(
            SlotInput(at(10) + timedelta(days=1), at(11) + timedelta(days=1)),
            [],
            event_start=DAY,
            event_end=DAY,
        )


def test_event_details_are_checked() -> None:
    with pytest.raises(ValidationError, match=r"ends .* before it starts"):
        schedule.check_event(EventDetails("Camp", DAY, DAY - timedelta(days=1)))
    with pytest.raises(ValidationError, match="not a time zone"):
        schedule.check_event(EventDetails("Camp", DAY, DAY, timezone="Mars/Olympus"))
    assert schedule.check_event(EventDetails("  Camp  ", DAY, DAY)).name == "Camp"


minutes = st.integers(min_value=0, max_value=23 * 60)


@given(a=minutes, b=st.integers(1, 300), c=minutes, d=st.integers(1, 300))
def test_overlap_is_refused_exactly_when_intervals_intersect(a: int, b: int, c: int, d: int) -> None:
    base = datetime(2027, 1, 16, tzinfo=LONDON)
    existing = SlotValue(1, base + timedelta(minutes=a), base + timedelta(minutes=a + b))
    new = SlotInput(base + timedelta(minutes=c), base + timedelta(minutes=c + d))
    intersects = c < a + b and a < c + d
    if intersects:
        with pytest.raises(ValidationError):
            schedule.check_slot(new, [existing])
    else:
        assert schedule.check_slot(new, [existing]).start == new.start


def test_the_two_half_past_ones_of_the_autumn_clock_change_are_different_slots() -> None:
    # 31 October 2027: UK clocks go back at 02:00 BST, so 01:30 happens twice (fold 0 is BST, fold 1 GMT).
    first = SlotValue(
        1, datetime(2027, 10, 31, 1, 0, tzinfo=LONDON), datetime(2027, 10, 31, 1, 45, tzinfo=LONDON)
    )
    second_start = datetime(2027, 10, 31, 1, 0, fold=1, tzinfo=LONDON)
    second_end = datetime(2027, 10, 31, 1, 45, fold=1, tzinfo=LONDON)
    checked = schedule.check_slot(SlotInput(second_start, second_end), [first])
    assert checked.start.fold == 1
    with pytest.raises(ValidationError, match="overlaps"):
        schedule.check_slot(SlotInput(first.start, first.end), [first])


def test_the_contact_email_is_trimmed_or_refused_in_words() -> None:
    from datetime import date

    from govcamp.domain.errors import ValidationError
    from govcamp.domain.schedule import check_event
    from govcamp.domain.values import EventDetails

    day = date(2027, 6, 19)
    assert (
        check_event(EventDetails("Camp", day, day, contact_email=" hi@camp.org ")).contact_email
        == "hi@camp.org"
    )
    assert (
        check_event(EventDetails("Camp", day, day, contact_email="mailto:hi@camp.org")).contact_email
        == "hi@camp.org"
    )
    assert check_event(EventDetails("Camp", day, day)).contact_email == ""
    for wrong in ("organisers", "a@b", "two@x.org, three@y.org", "x @y.org"):
        with pytest.raises(ValidationError, match="not an email address"):
            check_event(EventDetails("Camp", day, day, contact_email=wrong))
