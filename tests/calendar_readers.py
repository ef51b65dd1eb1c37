"""Three calendar readers we did not write, each reduced to ``{uid or title: (start UTC, end UTC)}``."""

from __future__ import annotations

import os
import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import icalendar
import vobject

Times = tuple[datetime, datetime]


def by_icalendar(data: bytes) -> dict[str, dict[str, Any]]:
    cal = icalendar.Calendar.from_ical(data)
    out: dict[str, dict[str, Any]] = {}
    for event in cal.walk("VEVENT"):
        out[str(event["uid"])] = {
            "start": event.decoded("dtstart").astimezone(UTC),
            "end": event.decoded("dtend").astimezone(UTC),
            "summary": str(event["summary"]),
            "description": str(event.get("description", "")),
            "location": str(event.get("location", "")),
            "sequence": int(event.get("sequence", 0)),
            "status": str(event.get("status", "")),
            "url": str(event.get("url", "")),
        }
    return out


def by_vobject(data: bytes) -> dict[str, dict[str, Any]]:
    cal = vobject.readOne(data.decode("utf-8"))
    out: dict[str, dict[str, Any]] = {}
    for event in cal.vevent_list:
        out[event.uid.value] = {
            "start": event.dtstart.value.astimezone(UTC),
            "end": event.dtend.value.astimezone(UTC),
            "summary": event.summary.value,
            "description": event.description.value if hasattr(event, "description") else "",
        }
    return out


_APT = re.compile(r"^(\d\d/\d\d/\d{4}) @ (\d\d:\d\d) -> (\d\d/\d\d/\d{4}) @ (\d\d:\d\d)(?:>\S+)? \|(.*)$")


def by_calcurse(path: Path, work: Path) -> list[tuple[datetime, datetime, str]]:
    """Import with ``calcurse -i`` (its own data and config folders, the clock in UTC) and read its
    appointments back: (start, end, title), sorted."""
    data, config = work / "calcurse-data", work / "calcurse-config"
    data.mkdir(parents=True, exist_ok=True)
    config.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, TZ="UTC", HOME=str(work))
    subprocess.run(
        ["calcurse", "-D", str(data), "-C", str(config), "-i", str(path)],
        env=env,
        check=True,
        capture_output=True,
        timeout=60,
    )
    out = []
    for line in (data / "apts").read_text(encoding="utf-8").splitlines():
        match = _APT.match(line)
        assert match, line
        start = datetime.strptime(f"{match[1]} {match[2]}", "%m/%d/%Y %H:%M").replace(tzinfo=UTC)
        end = datetime.strptime(f"{match[3]} {match[4]}", "%m/%d/%Y %H:%M").replace(tzinfo=UTC)
        out.append((start, end, match[5]))
    return sorted(out)


#: libical (through its GObject bindings, Debian's gir1.2-ical-3.0 + python3-gi) runs in the system Python:
#: the venv has no PyGObject. It parses the file, runs its iTIP restriction check (RFC 5546: what each METHOD
#: requires) and reports every X-LIC-ERROR it attached while parsing, plus each event's summary and start.
_LIBICAL = r"""
import json, sys
import gi
gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib as I

calendar = I.Parser.parse_string(sys.stdin.read())
itip = bool(I.restriction_check(calendar))
errors = []
events = []

def walk(component):
    prop = component.get_first_property(I.PropertyKind.XLICERROR_PROPERTY)
    while prop is not None:
        errors.append(prop.get_xlicerror())
        prop = component.get_next_property(I.PropertyKind.XLICERROR_PROPERTY)
    if component.isa() == I.ComponentKind.VEVENT_COMPONENT:
        organizer = component.get_first_property(I.PropertyKind.ORGANIZER_PROPERTY)
        events.append({
            "uid": component.get_uid(),
            "summary": component.get_summary(),
            "organizer": organizer.get_organizer() if organizer is not None else None,
            "status": I.Property.status_to_string(component.get_status()),
        })
    child = component.get_first_component(I.ComponentKind.ANY_COMPONENT)
    while child is not None:
        walk(child)
        child = component.get_next_component(I.ComponentKind.ANY_COMPONENT)

walk(calendar)
json.dump({"itip": itip, "errors": errors, "events": events}, sys.stdout)
"""

SYSTEM_PYTHON = "/usr/bin/python3"


def libical_available() -> bool:
    """Whether the system Python has libical's GObject bindings."""
    if not Path(SYSTEM_PYTHON).exists():
        return False
    probe = "import gi; gi.require_version('ICalGLib', '3.0'); from gi.repository import ICalGLib"
    return subprocess.run([SYSTEM_PYTHON, "-c", probe], capture_output=True, timeout=60).returncode == 0


def by_libical(data: bytes) -> dict[str, Any]:
    """libical's verdict: ``{"itip": passed, "errors": [X-LIC-ERROR text], "events": [...]}``."""
    import json

    done = subprocess.run(
        [SYSTEM_PYTHON, "-c", _LIBICAL], input=data, capture_output=True, check=True, timeout=120
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result
