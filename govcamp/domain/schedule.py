"""Rules for an event's rooms and slots, checked before anything is stored."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from govcamp.domain.errors import ValidationError
from govcamp.domain.values import EventDetails, RoomInput, SlotInput, SlotValue
from govcamp.domain.words import N_, _

MAX_NAME = 200
MAX_CAPACITY = 100_000
_FEATURE_RE = re.compile(r"^[a-z0-9][a-z0-9_]{0,39}$")


def normalise_feature(text: str) -> str:
    """Turn ``"Hearing loop"`` or ``"hearing-loop"`` into the code ``hearing_loop``."""
    code = re.sub(r"[\s\-]+", "_", text.strip().lower())
    if not _FEATURE_RE.match(code):
        raise ValidationError(
            "features",
            _(
                "“{text}” is not a room feature: use letters, digits and underscores, "
                "for example step_free or hearing_loop."
            ).format(text=text),
        )
    return code


def normalise_features(features: Iterable[str]) -> tuple[str, ...]:
    """Return the distinct feature codes in a stable, sorted order."""
    return tuple(sorted({normalise_feature(f) for f in features if f.strip()}))


def clean_text(text: str, field: str, *, required: bool = False, limit: int = MAX_NAME) -> str:
    """Trim a one-line value and check it is present (when required) and not absurdly long.

    ``field`` names the value in the message, so callers mark it ``N_("room name")`` for the catalogue.
    """
    value = " ".join(text.split())
    if required and not value:
        raise ValidationError(field, _("The {field} cannot be empty.").format(field=_(field)))
    if len(value) > limit:
        raise ValidationError(
            field,
            _("The {field} is {n} characters; the most is {limit}.").format(
                field=_(field), n=len(value), limit=limit
            ),
        )
    return value


def check_room(room: RoomInput) -> RoomInput:
    """Validate a room and return it with its name trimmed and features normalised."""
    name = clean_text(room.name, N_("room name"), required=True)
    if room.capacity <= 0:
        raise ValidationError(
            "capacity",
            _("A room's capacity must be more than 0 (got {capacity}).").format(capacity=room.capacity),
        )
    if room.capacity > MAX_CAPACITY:
        raise ValidationError(
            "capacity",
            _("A capacity of {capacity} is more than any venue holds.").format(capacity=room.capacity),
        )
    return RoomInput(
        name=name,
        capacity=room.capacity,
        features=normalise_features(room.features),
        unavailable_slot_ids=tuple(sorted(set(room.unavailable_slot_ids))),
    )


def check_timezone(name: str) -> str:
    """Return ``name`` if it is an IANA time zone such as ``Europe/London``."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, IsADirectoryError) as exc:
        raise ValidationError(
            "timezone", _("“{name}” is not a time zone; use a name such as Europe/London.").format(name=name)
        ) from exc
    return name


@cache
def timezone_names() -> list[str]:
    """Every IANA time zone name, sorted, for pickers."""
    return sorted(available_timezones())


def check_event(details: EventDetails) -> EventDetails:
    """Validate an event's details and return them trimmed."""
    name = clean_text(details.name, N_("event name"), required=True)
    if details.end_date < details.start_date:
        raise ValidationError(
            "end_date",
            _("The event ends ({end_date}) before it starts ({start_date}).").format(
                end_date=details.end_date, start_date=details.start_date
            ),
        )
    if (details.end_date - details.start_date).days > 14:
        raise ValidationError("end_date", _("A govcamp lasts at most two weeks; check the end date."))
    return EventDetails(
        name=name,
        start_date=details.start_date,
        end_date=details.end_date,
        venue=clean_text(details.venue, N_("venue"), limit=500),
        timezone=check_timezone(details.timezone),
        description=details.description.strip(),
        archive_url=details.archive_url.strip(),
        qr_contact_cards=details.qr_contact_cards,
        contact_email=check_contact_email(details.contact_email),
        export_language=check_export_language(details.export_language),
    )


#: The export languages (:data:`govcamp.exports.wording.LANGUAGES`): English, Welsh, both with Welsh first.
EXPORT_LANGUAGES = ("en", "cy", "cy+en")


def check_export_language(code: str) -> str:
    """``code`` if it is an export language; a clear error otherwise."""
    if code not in EXPORT_LANGUAGES:
        raise ValidationError(
            "export_language",
            _("“{code}” is not an export language: choose {value}.").format(
                code=code, value=", ".join(EXPORT_LANGUAGES)
            ),
        )
    return code


_EMAIL = re.compile(r"[^@\s<>\"(),;:]+@[^@\s<>\"(),;:]+\.[^@\s<>\"(),;:.]+")


def check_contact_email(text: str) -> str:
    """The event's contact address trimmed, or "" for none; a clear error when it is not an address."""
    address = text.strip()
    if address.lower().startswith("mailto:"):
        address = address[7:]
    if address and (_EMAIL.fullmatch(address) is None or len(address) > 254):
        raise ValidationError(
            "contact_email",
            _("“{address}” is not an email address; write it as name@example.org.").format(address=address),
        )
    return address


def check_slot(
    slot: SlotInput,
    others: Iterable[SlotValue],
    *,
    event_start: date | None = None,
    event_end: date | None = None,
) -> SlotInput:
    """Validate a slot against the event's other slots.

    Args:
        slot: the slot as typed (aware datetimes).
        others: the event's other slots; the slot being edited must not be among them.
        event_start: first day of the event, if slots must fall inside it.
        event_end: last day of the event.

    Raises:
        ValidationError: the slot ends before it starts, is over 12 hours, falls outside the event's days or
            overlaps another slot.
    """
    if slot.start.tzinfo is None or slot.end.tzinfo is None:
        raise ValidationError("start", _("Slot times need a time zone."))
    # Compare instants in UTC: Python compares two times in the same zone by the clock on the wall, so the
    # two 01:30s of the night the clocks go back would otherwise be the same moment.
    start, end = slot.start.astimezone(UTC), slot.end.astimezone(UTC)
    if end <= start:
        raise ValidationError(
            "end",
            _("The slot must end after it starts ({value}–{value2}).").format(
                value=_hm(slot.start), value2=_hm(slot.end)
            ),
        )
    if (end - start).total_seconds() > 12 * 3600:
        raise ValidationError("end", _("A slot can be at most 12 hours long."))
    tz = slot.start.tzinfo
    day = slot.start.astimezone(tz).date()
    if event_start is not None and event_end is not None and not event_start <= day <= event_end:
        raise ValidationError(
            "start",
            _("The slot is on {day}, outside the event ({event_start} to {event_end}).").format(
                day=day, event_start=event_start, event_end=event_end
            ),
        )
    for other in others:
        if start < other.end.astimezone(UTC) and other.start.astimezone(UTC) < end:
            raise ValidationError(
                "start",
                (
                    _("{start}–{end} overlaps the slot {other_start}–{other_end} ({label}).")
                    if other.label
                    else _("{start}–{end} overlaps the slot {other_start}–{other_end}.")
                ).format(
                    start=_hm(slot.start),
                    end=_hm(slot.end),
                    other_start=_hm(other.start),
                    other_end=_hm(other.end),
                    label=other.label,
                ),
            )
    return SlotInput(
        start=slot.start,
        end=slot.end,
        kind=slot.kind,
        label=clean_text(slot.label, N_("slot label")),
    )


def _hm(moment: datetime) -> str:
    return moment.strftime("%H:%M")
