"""Dates and times as the window shows them, with day and month names in the window's language.

``strftime`` names days and months in the C locale's English whatever the window speaks; these take the
names from CLDR through Babel (``Dydd Sadwrn 19 Mehefin``, ``Sad 19 Meh 2027``), the data the printed
exports use too. Clock times stay ``10:30`` in both languages. :func:`parse_date` reads a date typed with
an English or a Welsh month name.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

from babel.dates import format_date, format_datetime, get_month_names

from govcamp.ui.i18n import current_language


def locale() -> str:
    """The CLDR locale of the window's language."""
    return "cy" if current_language() == "cy" else "en_GB"


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def day_month_year(value: date | datetime) -> str:
    """``19 June 2027`` / ``19 Mehefin 2027``."""
    return format_date(_day(value), "d MMMM y", locale=locale())


def weekday_day_month(value: date | datetime) -> str:
    """``Saturday 19 June`` / ``Dydd Sadwrn 19 Mehefin``."""
    return format_date(_day(value), "EEEE d MMMM", locale=locale())


def weekday(value: date | datetime) -> str:
    """``Saturday`` / ``Dydd Sadwrn``."""
    return format_date(_day(value), "EEEE", locale=locale())


def short_weekday(value: date | datetime) -> str:
    """``Sat`` / ``Sad``."""
    return format_date(_day(value), "EEE", locale=locale())


def short_day(value: date | datetime) -> str:
    """``Sat 19 Jun`` / ``Sad 19 Meh``."""
    return format_date(_day(value), "EEE d MMM", locale=locale())


def short_date(value: date | datetime) -> str:
    """``Sat 19 Jun 2027`` / ``Sad 19 Meh 2027``."""
    return format_date(_day(value), "EEE d MMM y", locale=locale())


def full_moment(value: datetime) -> str:
    """``Saturday 19 June 2027, 10:30`` / ``Dydd Sadwrn 19 Mehefin 2027, 10:30`` (in ``value``'s zone)."""
    return format_datetime(value, "EEEE d MMMM y, HH:mm", tzinfo=value.tzinfo, locale=locale())


def short_moment(value: datetime) -> str:
    """``Sat 19 Jun 2027, 10:30`` / ``Sad 19 Meh 2027, 10:30`` (in ``value``'s zone)."""
    return format_datetime(value, "EEE d MMM y, HH:mm", tzinfo=value.tzinfo, locale=locale())


@cache
def _months() -> dict[str, int]:
    # Both languages whatever the window speaks: a Welsh organiser may paste "27 March 2027".
    found: dict[str, int] = {}
    for where in ("en_GB", "cy"):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=where).items():
                    found[name.casefold().rstrip(".")] = number
    found["sep"] = 9  # CLDR's British English says "Sept"; strftime and most people write "Sep"
    return found


_NUMERIC = ("%d/%m/%Y", "%d/%m/%y", "%Y/%m/%d")
_WORDS = re.compile(r"(\d{1,2})\s+([^\W\d_][^\W\d_’']*)\.?\s+(\d{2}|\d{4})")


def parse_date(text: str) -> date | None:
    """The date in ``text`` (day first, or ISO year first; months as numbers or English or Welsh names).

    ``27/03/2027``, ``27-3-27``, ``2027-03-27``, ``27 Mar 2027``, ``Sat 27 March 2027``,
    ``Dydd Sadwrn 27 Mawrth 2027`` and ``Sad 27 Maw 27`` all read as 27 March 2027; None if it is not a date.
    """
    cleaned = re.sub(r"\s+", " ", text.strip().replace(",", " "))
    cleaned = re.sub(r"^(?:[^\W\d_]+\.?\s)+(?=\d)", "", cleaned)  # a weekday in front, in either language
    named = _WORDS.fullmatch(cleaned)
    if named is not None:
        month = _months().get(named.group(2).casefold())
        if month is None:
            return None
        cleaned = f"{named.group(1)}/{month}/{named.group(3)}"
    cleaned = re.sub(r"[.\-]", "/", cleaned)
    for pattern in _NUMERIC:
        try:
            return datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
    return None
