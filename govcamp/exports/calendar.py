"""An iCalendar (RFC 5545) file of the programme: :class:`CalendarData` in, bytes out.

Times are written in the event's own zone (``DTSTART;TZID=Europe/London:…``) with a VTIMEZONE built from
the zone database, covering the event's year on both sides of any clock change. The icalendar library
escapes text (commas, semicolons, backslashes, newlines) and folds long lines at 75 octets, as the RFC asks.
"""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, vCalAddress, vText

from govcamp import __version__
from govcamp.exports.archive import session_page
from govcamp.services.calendar import CalendarData, CalendarEntry, FixedEntry

PRODID = f"-//govcamp//govcamp {__version__}//EN"


def hosts_line(entry: CalendarEntry) -> str:
    """Who hosts, as the calendar says it: only the names of hosts who agreed to be named."""
    count = entry.unnamed_hosts
    others = "1 host" if count == 1 else f"{count} hosts"
    if not entry.hosts:
        return f"Hosted by {others} not named here" if count else ""
    named = ", ".join(entry.hosts)
    return f"Hosted by {named} and {others} not named here" if count else f"Hosted by {named}"


def notes_url(archive_url: str, session_id: int) -> str:
    """The session's page in the notes archive, named as :mod:`govcamp.exports.archive` names it."""
    return f"{archive_url.rstrip('/')}/{session_page(session_id)}" if archive_url else ""


def organizer_address(data: CalendarData) -> str:
    """The ORGANIZER's address: the event's contact address, or a placeholder on the reserved ``.invalid``
    domain (RFC 2606) that no mail can reach, so a calendar is valid before the organisers set one."""
    from govcamp.exports.schedule import slugify  # schedule builds on this module

    if data.contact_email:
        return data.contact_email
    return f"calendar@{slugify(data.event_name) or 'govcamp'}.invalid"


@functools.lru_cache(maxsize=8)
def _organizer_for(address: str, name: str) -> vCalAddress:
    """One ORGANIZER value per calendar, shared by its events (they never change it)."""
    organizer = vCalAddress(f"mailto:{address}")
    organizer.params["cn"] = vText(name)
    return organizer


def _organizer(data: CalendarData) -> vCalAddress:
    return _organizer_for(organizer_address(data), data.event_name or "govcamp")


def unambiguous(moment: datetime) -> datetime:
    """``moment`` as it should be written: in its own zone, or in UTC when the local time happens twice
    (the hour the clocks go back) or not at all (the hour they go forward).

    RFC 5545 reads a repeated local time with a TZID as its first occurrence, so the second 01:30 of an
    October night cannot be said with a TZID at all; UTC says both exactly, and every client reads it.
    """
    other = moment.replace(fold=1 - moment.fold)
    if other.utcoffset() != moment.utcoffset():
        return moment.astimezone(UTC)
    return moment


def _event(data: CalendarData, entry: CalendarEntry) -> Event:
    event = Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", data.generated_at)
    event.add("last-modified", entry.last_modified)
    event.add("sequence", entry.sequence)
    event.add("dtstart", unambiguous(entry.start))
    event.add("dtend", unambiguous(entry.end))
    event.add("summary", entry.title)
    event.add("organizer", _organizer(data))
    location = ", ".join(part for part in (entry.room, data.venue) if part)
    if location:
        event.add("location", location)
    description = "\n\n".join(part for part in (hosts_line(entry), entry.description.strip()) if part)
    if description:
        event.add("description", description)
    url = notes_url(data.archive_url, entry.session_id) if entry.in_archive else ""
    if url:
        event.add("url", url)
    event.add("status", "CANCELLED" if entry.cancelled else "CONFIRMED")
    event.add("transp", "OPAQUE")
    return event


def _fixed_event(data: CalendarData, entry: FixedEntry) -> Event:
    """A break, lunch or plenary: free time (TRANSPARENT), except a plenary, which everyone attends."""
    event = Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", data.generated_at)
    event.add("dtstart", unambiguous(entry.start))
    event.add("dtend", unambiguous(entry.end))
    event.add("summary", entry.title)
    event.add("organizer", _organizer(data))
    if data.venue:
        event.add("location", data.venue)
    event.add("categories", [entry.kind.upper()])
    event.add("status", "CONFIRMED")
    event.add("transp", "OPAQUE" if entry.kind == "plenary" else "TRANSPARENT")
    return event


def calendar_bytes(data: CalendarData) -> bytes:
    """The calendar file, ready to write."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", data.name)
    cal.add("x-wr-timezone", data.timezone)
    zone = ZoneInfo(data.timezone)
    times = [(e.start, e.end) for e in data.entries] + [(f.start, f.end) for f in data.fixed]
    if times:
        first = min(start for start, _end in times).date()
        last = max(end for _start, end in times).date()
    else:
        first = last = data.generated_at.date()
    # The year either side is enough for every client to place each time on the right side of a change.
    cal.add_component(
        Timezone.from_tzinfo(
            zone,
            tzid=data.timezone,
            first_date=date(first.year - 1, 1, 1),
            last_date=date(last.year + 1, 1, 1) + timedelta(days=1),
        )
    )
    events = [(e.start, 1, _event(data, e)) for e in data.entries]
    events += [(f.start, 0, _fixed_event(data, f)) for f in data.fixed]
    for _start, _order, event in sorted(events, key=lambda item: (item[0], item[1])):
        cal.add_component(event)
    # icalendar escapes each value and writes the content lines; folding them here is the same rule as
    # its own (75 octets, never inside a UTF-8 character, never just after a backslash) at a tenth of the
    # time, which is most of a large calendar's time.
    return b"\r\n".join(fold(line) for line in cal.content_lines() if line) + b"\r\n"


def fold(line: str, limit: int = 75) -> bytes:
    """One content line folded as RFC 5545 section 3.1 says: no line longer than ``limit`` octets, each
    continuation starting with a space."""
    data = line.encode("utf-8")
    if len(data) <= limit:
        return data
    parts = []
    start = 0
    room = limit
    while len(data) - start > room:
        end = start + room
        while data[end] & 0xC0 == 0x80:  # a UTF-8 continuation byte: step back to the character's start
            end -= 1
        if data[end - 1] == 0x5C and end - 1 > start:  # keep an escape's backslash with what it escapes
            end -= 1
        parts.append(data[start:end])
        start = end
        room = limit - 1  # the leading space counts
    parts.append(data[start:])
    return b"\r\n ".join(parts)
