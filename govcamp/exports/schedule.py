"""Schedule files of the published programme: :class:`CalendarData` in, bytes out.

* :func:`frab_xml` — the frab/pretalx ``schedule.xml`` that conference apps (Giggity, ConfClerk, …) load,
  valid against the published schema (``voc/schedule``, ``validator/xsd/schedule.xml.xsd``);
* :func:`programme_json` — our own programme JSON, documented in ``docs/schedule-json.md``.

The XML leaves cancelled sessions out (apps show what is on); the JSON keeps them, marked "cancelled".
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
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


def _duration(entry: CalendarEntry) -> str:
    minutes = int((entry.end - entry.start).total_seconds() // 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _live(data: CalendarData) -> list[CalendarEntry]:
    return [e for e in data.entries if not e.cancelled]


def _days(entries: Iterable[CalendarEntry]) -> dict[Any, list[CalendarEntry]]:
    days: dict[Any, list[CalendarEntry]] = {}
    for entry in entries:
        days.setdefault(entry.start.date(), []).append(entry)
    return dict(sorted(days.items()))


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    child = ET.SubElement(parent, tag, attrs)
    if text is not None:
        child.text = _xml_text(text)
    return child


def frab_xml(data: CalendarData) -> bytes:
    """The programme as frab's ``schedule.xml``."""
    live = _live(data)
    acronym = slugify(data.event_name) or "govcamp"
    root = ET.Element("schedule")
    _sub(root, "generator", name="govcamp", version=__version__)
    _sub(root, "version", f"v{data.published_version}" if data.published_version else "working grid")
    conference = _sub(root, "conference")
    _sub(conference, "title", data.event_name)
    _sub(conference, "acronym", acronym)
    days = _days(live)
    first = data.start_date or (min(days) if days else None)
    last = data.end_date or (max(days) if days else None)
    if first is not None and last is not None:
        _sub(conference, "start", first.isoformat())
        _sub(conference, "end", last.isoformat())
        _sub(conference, "days", str((last - first).days + 1))
    if data.archive_url.startswith(("http://", "https://")):
        _sub(conference, "base_url", data.archive_url)
    _sub(conference, "time_zone_name", data.timezone)
    room_order = {r.id: i for i, r in enumerate(data.rooms)}
    for index, (day, entries) in enumerate(days.items(), 1):
        day_el = _sub(
            root,
            "day",
            index=str(index),
            date=day.isoformat(),
            start=min(e.start for e in entries).isoformat(),
            end=max(e.end for e in entries).isoformat(),
        )
        by_room: dict[tuple[int, str], list[CalendarEntry]] = {}
        for entry in entries:
            by_room.setdefault((room_order.get(entry.room_id or 0, len(room_order)), entry.room), []).append(
                entry
            )
        for (_, room), held in sorted(by_room.items()):
            room_el = _sub(day_el, "room", name=room)
            for entry in sorted(held, key=lambda e: e.start):
                event = _sub(room_el, "event", id=str(entry.session_id), guid=session_guid(entry))
                _sub(event, "date", entry.start.isoformat())
                _sub(event, "start", entry.start.strftime("%H:%M"))
                _sub(event, "duration", _duration(entry))
                _sub(event, "room", entry.room)
                _sub(event, "slug", f"{acronym}-{entry.session_id}-{slugify(entry.title)}".rstrip("-"))
                _sub(event, "title", entry.title)
                _sub(event, "subtitle", "")
                _sub(event, "track", entry.tags[0] if entry.tags else "")
                _sub(event, "type", "session")
                _sub(event, "language", "en")
                _sub(event, "abstract", entry.description)
                _sub(event, "description", hosts_line(entry))
                persons = _sub(event, "persons")
                for name in entry.hosts:
                    _sub(persons, "person", name)
                url = notes_url(data.archive_url, entry.session_id)
                if url.startswith(("http://", "https://")):
                    _sub(event, "url", url)
    ET.indent(root)
    text: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return text + b"\n"


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
                "notes_url": notes_url(data.archive_url, e.session_id) or None,
            }
            for e in data.entries
        ],
    }


def programme_json(data: CalendarData) -> bytes:
    return (json.dumps(programme(data), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
