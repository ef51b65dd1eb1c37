"""Schedule files of the published programme: :class:`CalendarData` in, bytes out.

* :func:`frab_xml` — the frab/pretalx ``schedule.xml`` that conference apps (Giggity, ConfClerk, …) load,
  valid against the published schema (``voc/schedule``, ``validator/xsd/schedule.xml.xsd``);
* :func:`frab_json` — the same programme as frab's ``schedule.json`` (``validator/json/schema.json``);
* :func:`programme_json` — our own programme JSON, documented in ``docs/schedule-json.md``.

The frab files leave cancelled sessions out (apps show what is on); our JSON keeps them, marked "cancelled".
Hosts named in the archive appear as persons with their stable person id, the notes page as a link, and the
day's breaks, lunch and plenaries as events of their own kind in a room called "Whole event" (frab has no
place for what happens everywhere at once).
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from xml.etree import ElementTree as ET

from govcamp import __version__
from govcamp.exports.calendar import hosts_line, notes_url
from govcamp.services.calendar import CalendarData, CalendarEntry

JSON_FORMAT = "govcamp-programme"
JSON_VERSION = 1
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens (``Café, naïve!`` → ``cafe-naive``)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def _xml_text(text: str) -> str:
    """Text XML 1.0 can carry: the few control characters it forbids are dropped."""
    return _CONTROL.sub("", text)


def session_guid(entry: CalendarEntry) -> str:
    """A UUID derived from the calendar UID, so it never changes between exports."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"govcamp:{entry.uid}"))


def _live(data: CalendarData) -> list[CalendarEntry]:
    return [e for e in data.entries if not e.cancelled]


#: The pseudo-room that holds breaks, lunch and plenaries in the frab files.
WHOLE_EVENT_ROOM = "Whole event"
#: Fixed slots' event ids in frab files: far above any session id, and the same in every export.
FIXED_ID_BASE = 1_000_000


@dataclass(frozen=True)
class _Item:
    """A session or a fixed slot, as the frab files list it."""

    id: int
    guid: str
    start: datetime
    end: datetime
    room: str
    room_order: int
    title: str
    kind: str
    track: str = ""
    abstract: str = ""
    description: str = ""
    persons: tuple[tuple[int, str], ...] = ()
    url: str = ""


def _items(data: CalendarData) -> list[_Item]:
    room_order = {r.id: i for i, r in enumerate(data.rooms)}
    items = [
        _Item(
            id=e.session_id,
            guid=session_guid(e),
            start=e.start,
            end=e.end,
            room=e.room,
            room_order=room_order.get(e.room_id or 0, len(room_order)),
            title=e.title,
            kind="session",
            track=e.tags[0] if e.tags else "",
            abstract=e.description,
            description=hosts_line(e),
            persons=tuple(zip(e.host_ids, e.hosts, strict=False)),
            url=notes_url(data.archive_url, e.session_id) if e.in_archive else "",
        )
        for e in _live(data)
    ]
    items += [
        _Item(
            id=FIXED_ID_BASE + f.slot_id,
            guid=str(uuid.uuid5(uuid.NAMESPACE_URL, f"govcamp:{f.uid}")),
            start=f.start,
            end=f.end,
            room=WHOLE_EVENT_ROOM,
            room_order=-1,
            title=f.title,
            kind=f.kind,
        )
        for f in data.fixed
    ]
    return items


def _item_days(items: Iterable[_Item]) -> dict[date, list[_Item]]:
    days: dict[date, list[_Item]] = {}
    for item in items:
        days.setdefault(item.start.date(), []).append(item)
    return dict(sorted(days.items()))


def _by_room(items: Iterable[_Item]) -> list[tuple[str, list[_Item]]]:
    rooms: dict[tuple[int, str], list[_Item]] = {}
    for item in items:
        rooms.setdefault((item.room_order, item.room), []).append(item)
    return [(room, sorted(held, key=lambda i: i.start)) for (_o, room), held in sorted(rooms.items())]


def _minutes(item: _Item) -> str:
    minutes = int((item.end - item.start).total_seconds() // 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _slug(acronym: str, item: _Item) -> str:
    return f"{acronym}-{item.id}-{slugify(item.title)}".rstrip("-")


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    child = ET.SubElement(parent, tag, attrs)
    if text is not None:
        child.text = _xml_text(text)
    return child


def frab_xml(data: CalendarData) -> bytes:
    """The programme as frab's ``schedule.xml``."""
    items = _items(data)
    acronym = slugify(data.event_name) or "govcamp"
    root = ET.Element("schedule")
    _sub(root, "generator", name="govcamp", version=__version__)
    _sub(root, "version", f"v{data.published_version}" if data.published_version else "working grid")
    conference = _sub(root, "conference")
    _sub(conference, "title", data.event_name)
    _sub(conference, "acronym", acronym)
    days = _item_days(items)
    first = data.start_date or (min(days) if days else None)
    last = data.end_date or (max(days) if days else None)
    if first is not None and last is not None:
        _sub(conference, "start", first.isoformat())
        _sub(conference, "end", last.isoformat())
        _sub(conference, "days", str((last - first).days + 1))
    if data.archive_url.startswith(("http://", "https://")):
        _sub(conference, "base_url", data.archive_url)
    _sub(conference, "time_zone_name", data.timezone)
    for index, (day, held) in enumerate(days.items(), 1):
        day_el = _sub(
            root,
            "day",
            index=str(index),
            date=day.isoformat(),
            start=min(i.start for i in held).isoformat(),
            end=max(i.end for i in held).isoformat(),
        )
        for room, in_room in _by_room(held):
            room_el = _sub(day_el, "room", name=room)
            for item in in_room:
                event = _sub(room_el, "event", id=str(item.id), guid=item.guid)
                _sub(event, "date", item.start.isoformat())
                _sub(event, "start", item.start.strftime("%H:%M"))
                _sub(event, "duration", _minutes(item))
                _sub(event, "room", item.room)
                _sub(event, "slug", _slug(acronym, item))
                _sub(event, "title", item.title)
                _sub(event, "subtitle", "")
                _sub(event, "track", item.track)
                _sub(event, "type", item.kind)
                _sub(event, "language", "en")
                _sub(event, "abstract", item.abstract)
                _sub(event, "description", item.description)
                persons = _sub(event, "persons")
                for person_id, name in item.persons:
                    _sub(persons, "person", name, id=str(person_id))
                web = item.url.startswith(("http://", "https://"))
                links = _sub(event, "links")
                if web:
                    # ConfClerk and Giggity show <links>; <url> is the event's own page in frab.
                    _sub(links, "link", "Session notes", href=item.url)
                    _sub(event, "url", item.url)
    ET.indent(root)
    text: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return text + b"\n"


def frab_schedule(data: CalendarData) -> dict[str, Any]:
    """The programme as frab's ``schedule.json`` value (the same content as :func:`frab_xml`)."""
    items = _items(data)
    # The JSON schema allows no hyphen inside an acronym except before a year and a word.
    acronym = (slugify(data.event_name) or "govcamp").replace("-", "_")
    days = _item_days(items)
    first = data.start_date or (min(days) if days else data.generated_at.date())
    last = data.end_date or (max(days) if days else first)
    rooms = [WHOLE_EVENT_ROOM] if data.fixed else []
    rooms += [r.name for r in data.rooms]

    def event(item: _Item) -> dict[str, Any]:
        web = item.url.startswith(("http://", "https://"))
        return {
            "id": item.id,
            "guid": item.guid,
            "date": item.start.isoformat(),
            "start": item.start.strftime("%H:%M"),
            "duration": _minutes(item),
            "room": item.room,
            "slug": _slug(acronym, item).replace("_", "-"),
            "url": item.url if web else "",
            "title": item.title,
            "subtitle": "",
            "track": item.track or None,
            "type": item.kind,
            "language": "en",
            "abstract": item.abstract,
            "description": item.description,
            "persons": [
                {"id": person_id, "guid": person_guid(data, person_id), "public_name": name}
                for person_id, name in item.persons
            ],
            "links": [{"url": item.url, "title": "Session notes"}] if web else [],
        }

    return {
        "$schema": "https://c3voc.de/schedule/schema.json",
        "generator": {"name": "govcamp", "version": __version__},
        "schedule": {
            "version": f"v{data.published_version}" if data.published_version else "working grid",
            **(
                {"base_url": data.archive_url} if data.archive_url.startswith(("http://", "https://")) else {}
            ),
            "conference": {
                "acronym": acronym,
                "title": data.event_name,
                "start": first.isoformat(),
                "end": last.isoformat(),
                "daysCount": (last - first).days + 1,
                "timeslot_duration": "00:05",
                "time_zone_name": data.timezone,
                "rooms": [
                    {
                        "name": name,
                        "guid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"govcamp:room:{acronym}:{name}")),
                    }
                    for name in rooms
                ],
                "days": [
                    {
                        "index": index,
                        "date": day.isoformat(),
                        "day_start": min(i.start for i in held).isoformat(),
                        "day_end": max(i.end for i in held).isoformat(),
                        "rooms": {room: [event(i) for i in in_room] for room, in_room in _by_room(held)},
                    }
                    for index, (day, held) in enumerate(days.items(), 1)
                ],
            },
        },
    }


def person_guid(data: CalendarData, person_id: int) -> str:
    """A person's UUID, the same in every export of this event (never derived from their email)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"govcamp:person:{data.event_name}:{person_id}"))


def frab_json(data: CalendarData) -> bytes:
    """frab's ``schedule.json``, ready to write."""
    return (json.dumps(frab_schedule(data), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _iso_utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def programme(data: CalendarData) -> dict[str, Any]:
    """The programme as our own JSON value (see ``docs/schedule-json.md``)."""
    return {
        "format": JSON_FORMAT,
        "format_version": JSON_VERSION,
        "generated_at": _iso_utc(data.generated_at),
        "grid_version": data.published_version,
        "event": {
            "name": data.event_name,
            "start_date": data.start_date.isoformat() if data.start_date else None,
            "end_date": data.end_date.isoformat() if data.end_date else None,
            "venue": data.venue,
            "timezone": data.timezone,
            "archive_url": data.archive_url or None,
        },
        "rooms": [{"id": r.id, "name": r.name, "features": list(r.features)} for r in data.rooms],
        "slots": [
            {"start": s.start.isoformat(), "end": s.end.isoformat(), "kind": s.kind, "label": s.label}
            for s in data.slots
        ],
        "sessions": [
            {
                "id": e.session_id,
                "uid": e.uid,
                "title": e.title,
                "description": e.description,
                "hosts": list(e.hosts),
                "unnamed_hosts": e.unnamed_hosts,
                "tags": list(e.tags),
                "room": e.room,
                "room_id": e.room_id,
                "start": e.start.isoformat(),
                "end": e.end.isoformat(),
                "start_utc": _iso_utc(e.start),
                "end_utc": _iso_utc(e.end),
                "status": "cancelled" if e.cancelled else "confirmed",
                "sequence": e.sequence,
                "notes_url": (notes_url(data.archive_url, e.session_id) if e.in_archive else "") or None,
            }
            for e in data.entries
        ],
    }


def programme_json(data: CalendarData) -> bytes:
    return (json.dumps(programme(data), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
