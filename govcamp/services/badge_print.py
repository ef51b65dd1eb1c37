"""One person's badge printed at the desk: the badge, the print log, and CUPS's ``lp`` for the command line.

The window prints through Qt's print system (see ``govcamp/ui/badge_printing.py``); the command line hands the
one-badge PDF to CUPS with ``lp``. Either way the print is written to the log, so printing a second time can
ask first.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import col, select

from govcamp.domain.errors import GovcampError
from govcamp.domain.words import _
from govcamp.exports.badges import BadgeData
from govcamp.services.checkin import _resolve
from govcamp.store.eventfile import EventDB
from govcamp.store.tables import BadgePrint, utcnow


@dataclass(frozen=True)
class PrintRecord:
    """One badge printed: when, at which desk, on which printer, layout and label position."""

    person_id: int
    printed_at: datetime
    desk: str
    printer: str
    layout: str
    position: int


@dataclass(frozen=True)
class OneBadge:
    """One person's badge, the event it is for, and the prints so far."""

    badge: BadgeData
    event_name: str
    prints: tuple[PrintRecord, ...]


def person_id_of(db: EventDB, reference: str) -> int:
    """The id of the person a code, e-mail or id names.

    Raises:
        NotFoundError: nobody is called that.
    """
    with db.session() as session:
        person = _resolve(session, reference)
        assert person.id is not None
        return person.id


def one_badge(db: EventDB, person_id: int) -> OneBadge:
    """The badge of ``person_id`` as the full export would print it, with its print log."""
    from govcamp.services.badges import badge_batch, in_language

    # At the desk a badge is for one person: in their preferred language, or the event's.
    batch = in_language(badge_batch(db, (person_id,)), "person")
    return OneBadge(batch.badges[0], batch.event_name, tuple(print_log(db, person_id)))


def print_log(db: EventDB, person_id: int) -> list[PrintRecord]:
    """Every print of this person's badge, oldest first."""
    with db.session() as session:
        rows = session.exec(
            select(BadgePrint).where(BadgePrint.person_id == person_id).order_by(col(BadgePrint.printed_at))
        ).all()
        return [PrintRecord(r.person_id, r.printed_at, r.desk, r.printer, r.layout, r.position) for r in rows]


def record_print(
    db: EventDB,
    person_id: int,
    *,
    desk: str = "",
    printer: str = "",
    layout: str = "",
    position: int = 1,
    now: datetime | None = None,
) -> PrintRecord:
    """Write one print to the log."""
    moment = now if now is not None else utcnow()
    with db.session() as session:
        session.add(
            BadgePrint(
                person_id=person_id,
                printed_at=moment,
                desk=desk,
                printer=printer,
                layout=layout,
                position=position,
            )
        )
    return PrintRecord(person_id, moment, desk, printer, layout, position)


def lp_print(pdf: Path, printer: str, *, title: str = "Badge", media: str = "") -> str:
    """Queue ``pdf`` on the CUPS printer called ``printer``; return what ``lp`` says (the job id).

    Raises:
        GovcampError: CUPS's ``lp`` is missing, or refuses (an unknown printer, the scheduler not running).
    """
    lp = shutil.which("lp")
    if lp is None:
        raise GovcampError(_("Printing needs CUPS's `lp` command (Debian: apt install cups-client)."))
    options = ["-o", f"media={media}"] if media else []
    done = subprocess.run(
        [lp, "-d", printer, "-t", title, *options, str(pdf)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    if done.returncode != 0:
        why = (done.stderr or done.stdout).strip().splitlines()
        if not why:
            raise GovcampError(
                _("The printer “{printer}” refused the badge: no reason given.").format(printer=printer)
            )
        raise GovcampError(
            _("The printer “{printer}” refused the badge: {reason}.").format(printer=printer, reason=why[0])
        )
    return done.stdout.strip()


def print_badge(
    db: EventDB,
    person_id: int,
    *,
    printer: str,
    layout: str,
    position: int = 1,
    desk: str = "",
) -> tuple[PrintRecord, str]:
    """Write the one-badge PDF to a temporary file and queue it on ``printer`` with ``lp``; log the print."""
    from govcamp.exports.layouts import get_layout
    from govcamp.exports.one_badge import write_one_badge

    badge = one_badge(db, person_id)
    with tempfile.TemporaryDirectory(prefix="govcamp-badge-") as folder:
        pdf = write_one_badge(
            badge.badge,
            Path(folder) / "badge.pdf",
            event_name=badge.event_name,
            layout=layout,
            position=position,
        )
        stock = get_layout(layout)
        # The sheet's own size, so the printer neither scales the badge nor moves it off its label.
        media = f"Custom.{stock.page_width:.0f}x{stock.page_height:.0f}"
        job = lp_print(
            pdf, printer, title=f"Badge — {badge.badge.full_name or badge.badge.name}", media=media
        )
    record = record_print(db, person_id, desk=desk, printer=printer, layout=layout, position=position)
    return record, job
