"""Counts in words ("1 session", "15 people") and the core's messages in the window's language."""

from __future__ import annotations

import gettext


def plural(count: int, one: str, many: str | None = None) -> str:
    """A count with its noun in the right number: ``plural(1, "slot")`` is ``1 slot``."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def people(count: int) -> str:
    """``1 person``, ``15 people``."""
    return plural(count, "person", "people")


# The core's messages in the window's language. The core cannot know Qt, so messages a person reads in the
# window (errors, problems on the grid, progress lines, states) are written ``_("There is no room
# “{room}”.").format(room=name)`` and looked up in a gettext catalogue
# (``resources/translations/messages/cy.po``, msgid = the English). The window installs its language's
# catalogue with :func:`use_translations` (``govcamp/services/language.py``); the command line keeps
# English, so scripts that read its messages see the same words whatever the desktop speaks.
_active: gettext.NullTranslations = gettext.NullTranslations()


def use_translations(translations: gettext.NullTranslations) -> None:
    """Speak the core's messages from ``translations`` from now on (``NullTranslations()``: English)."""
    global _active  # one language for the whole process, as the window has
    _active = translations


def _(message: str) -> str:
    """``message`` in the current language (the English itself when there is no translation)."""
    return _active.gettext(message)


def ngettext(singular: str, plural_form: str, n: int) -> str:
    """The plural form of a message for ``n`` in the current language (Welsh has six)."""
    return _active.ngettext(singular, plural_form, n)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue where it is defined; :func:`_` it where it is shown."""
    return message
