"""The welcome desk's rules, without a database: what a ticket's state means at the door, folded search, and
arrivals counted per quarter hour.
"""

from __future__ import annotations

import heapq
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from govcamp.domain.enums import TicketState, state_words
from govcamp.domain.words import N_, _


class CheckinResult(StrEnum):
    """What the desk says to a person, as the command line's JSON names it."""

    CHECKED_IN = "checked_in"
    ALREADY = "already"
    WAITLISTED = "waitlisted"
    NO_PLACE = "no_place"
    UNKNOWN = "unknown"


#: Ticket states that can be checked in: the person holds a place (an open offer counts: they came).
CAN_CHECK_IN = frozenset({TicketState.DRAWN.value, TicketState.OFFERED.value, TicketState.ACCEPTED.value})

#: Why a person without a place has none, in words for the desk.
NO_PLACE_REASONS: dict[str, str] = {
    TicketState.APPLIED.value: N_("applied, but the lottery has not been drawn"),
    TicketState.DECLINED.value: N_("declined their place"),
    TicketState.EXPIRED.value: N_("did not take up the offer of a place in time"),
    TicketState.CANCELLED.value: N_("ticket cancelled"),
    TicketState.NO_SHOW.value: N_("marked as a no-show; the place has been given to someone else"),
}


def result_for(state: str) -> CheckinResult:
    """What checking in a person whose ticket is in ``state`` gives (before anything is written)."""
    if state in CAN_CHECK_IN:
        return CheckinResult.CHECKED_IN
    if state == TicketState.CHECKED_IN.value:
        return CheckinResult.ALREADY
    if state == TicketState.WAITLISTED.value:
        return CheckinResult.WAITLISTED
    return CheckinResult.NO_PLACE


def no_place_reason(state: str) -> str:
    """Why a person whose ticket is in ``state`` has no place, in the current language."""
    if state in NO_PLACE_REASONS:
        return _(NO_PLACE_REASONS[state])
    return _("ticket is {state}").format(state=state_words(state))


def fold(text: str) -> str:
    """Text folded for matching: case folded, accents and other marks dropped ("Siân" → "sian")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold_code(text: str) -> str:
    """A scanned or typed check-in code as compared: surrounding whitespace stripped, case folded."""
    return text.strip().casefold()


@dataclass(frozen=True)
class SearchEntry:
    """One person as the desk's search sees them."""

    person_id: int
    full_name: str
    organisation: str
    email: str
    checkin_code: str


class SearchIndex:
    """Folded text of every person, searched by substring in memory: a keystroke costs a few milliseconds
    even for 20,000 people, with no database round trip."""

    def __init__(self, entries: Iterable[SearchEntry]) -> None:
        self.entries: list[SearchEntry] = list(entries)
        self._names = [fold(e.full_name) for e in self.entries]
        self._haystacks = [
            "\n".join((name, fold(e.organisation), fold(e.email), e.checkin_code.casefold()))
            for name, e in zip(self._names, self.entries, strict=True)
        ]
        self._last: tuple[str, list[int]] = ("", [])

    def search(self, query: str, limit: int = 8) -> list[SearchEntry]:
        """People whose name, organisation, e-mail or code contains every word of ``query``.

        Names that start with the query come first, then names with a word starting with it, then the rest,
        each in name order. A query that extends the one before (the next keystroke) only looks among the
        people the one before matched.
        """
        folded = fold(query)
        words = folded.split()
        if not words:
            self._last = ("", list(range(len(self._haystacks))))
            return []
        last_query, last_hits = self._last
        pool = last_hits if last_query and folded.startswith(last_query) else range(len(self._haystacks))
        haystacks = self._haystacks
        hits = [i for i in pool if words[0] in haystacks[i]]
        for word in words[1:]:
            hits = [i for i in hits if word in haystacks[i]]
        self._last = (folded, hits)
        head, names = words[0], self._names
        spaced = f" {head}"

        def rank(index: int) -> tuple[int, str, int]:
            name = names[index]
            return (0 if name.startswith(head) else 1 if spaced in name else 2, name, index)

        return [self.entries[index] for _r, _n, index in heapq.nsmallest(limit, map(rank, hits))]

    def __len__(self) -> int:
        return len(self.entries)


QUARTER = timedelta(minutes=15)


def quarter_of(moment: datetime, zone: ZoneInfo) -> datetime:
    """The start of the quarter hour ``moment`` falls in, on the event's clock."""
    local = moment.astimezone(zone)
    return local.replace(minute=local.minute - local.minute % 15, second=0, microsecond=0)


def arrivals_per_quarter(moments: Sequence[datetime], zone: ZoneInfo) -> list[tuple[datetime, int]]:
    """Arrivals on the day of the latest arrival, per quarter hour, every quarter from that day's first to
    its last (empty ones as 0), on the event's clock."""
    if not moments:
        return []
    day = max(moments).astimezone(zone).date()
    counts = Counter(quarter_of(moment, zone) for moment in moments if moment.astimezone(zone).date() == day)
    first, last = min(counts), max(counts)
    out: list[tuple[datetime, int]] = []
    at = first
    while at <= last:
        out.append((at, counts.get(at, 0)))
        at = (at.astimezone(ZoneInfo("UTC")) + QUARTER).astimezone(zone)
    return out
