"""The fixed words of printed exports in English, Welsh, or both (Welsh first).

Badges' role band, door signs, the poster and the notes archive carry a few dozen fixed phrases. They are
kept as a gettext catalogue, ``resources/translations/exports/cy.po`` (msgid = the English), read with Babel
and served through Python's :mod:`gettext`, so translators use the tools they know (Poedit, Weblate) and the
archive's Jinja templates use the standard ``i18n`` extension over the very same catalogue. Dates come from
Babel's CLDR data (``Dydd Llun 3 Mai 2027``), plural forms from the catalogue's own Welsh rules.

When both languages are printed, Welsh comes first, as the Welsh Language Standards (No. 1) Regulations 2015
expect of Welsh councils: ``TREFNYDD · ORGANISER``.
"""

from __future__ import annotations

import gettext
import io
from datetime import date, datetime
from functools import cache
from typing import Any

from govcamp.domain.errors import GovcampError
from govcamp.domain.schedule import EXPORT_LANGUAGES
from govcamp.domain.words import _
from govcamp.paths import RESOURCES

CATALOGUES = RESOURCES / "translations" / "exports"

#: The export languages: English, Welsh, and both with Welsh first (the event stores one of them).
LANGUAGES: tuple[str, ...] = EXPORT_LANGUAGES
#: Badges only: each in the person's preferred language (the event's language when they gave none).
PER_PERSON = "person"
#: What a person may prefer (``""``: not said).
PERSON_LANGUAGES: tuple[str, ...] = ("", "en", "cy")
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "cy": "Welsh (Cymraeg)",
    "cy+en": "Welsh and English (Welsh first)",
    PER_PERSON: "Each person's preferred language",
}
#: Between the Welsh and the English of one phrase.
SEPARATOR = " / "


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue without translating it yet (tables of fixed words)."""
    return message


def check_language(value: str, *, per_person: bool = False) -> str:
    """``value`` if it is an export language (or ``person`` where allowed); a clear error otherwise."""
    allowed = LANGUAGES + ((PER_PERSON,) if per_person else ())
    if value not in allowed:
        raise GovcampError(
            _("There is no export language “{value}”; choose one of {value2}.").format(
                value=value, value2=", ".join(allowed)
            )
        )
    return value


@cache
def catalogue(language: str) -> gettext.NullTranslations:
    """The catalogue for one language (``en`` has none: the msgids are the English)."""
    if language == "en":
        return gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    path = CATALOGUES / f"{language}.po"
    with path.open("rb") as handle:
        messages = read_po(handle, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, messages)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


class Wording:
    """The fixed words in one export language: ``en``, ``cy`` or ``cy+en``."""

    def __init__(self, language: str = "en") -> None:
        self.language = check_language(language)
        self.parts = ("cy", "en") if language == "cy+en" else (language,)
        self._catalogues = [catalogue(part) for part in self.parts]

    @property
    def html_lang(self) -> str:
        """The page's ``lang``: the first language printed."""
        return "cy" if self.parts[0] == "cy" else "en-GB"

    def each(self, message: str, **values: Any) -> tuple[str, ...]:
        """``message`` in each printed language, in order (Welsh first), with ``%(name)s`` filled in."""
        return tuple(_fill(c.gettext(message), values) for c in self._catalogues)

    def gettext(self, message: str, **values: Any) -> str:
        """``message`` in the export language; both joined with :data:`SEPARATOR` when bilingual."""
        return SEPARATOR.join(self.each(message, **values))

    __call__ = gettext

    def ngettext(self, singular: str, plural: str, n: int, **values: Any) -> str:
        """The plural form for ``n`` in each language (Welsh has six), ``%(num)s`` filled in as ``n``."""
        values.setdefault("num", n)
        return SEPARATOR.join(_fill(c.ngettext(singular, plural, n), values) for c in self._catalogues)

    def unfilled_ngettext(self, singular: str, plural: str, n: int) -> str:
        """The plural forms for ``n``, placeholders left for the caller (Jinja's ``i18n`` fills them)."""
        return SEPARATOR.join(c.ngettext(singular, plural, n) for c in self._catalogues)

    def day(self, value: date | datetime) -> str:
        """``Monday 3 May 2027`` / ``Dydd Llun 3 Mai 2027`` (both when bilingual)."""
        from babel.dates import format_date

        day = value.date() if isinstance(value, datetime) else value
        return SEPARATOR.join(format_date(day, "EEEE d MMMM y", locale=_locale(p)) for p in self.parts)


def _locale(part: str) -> str:
    return "en_GB" if part == "en" else part


def _fill(text: str, values: dict[str, Any]) -> str:
    return text % values if values else text


@cache
def wording(language: str) -> Wording:
    """One shared :class:`Wording` per language."""
    return Wording(language)
