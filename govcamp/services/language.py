"""The language of the core's messages: English, or Welsh from ``resources/translations/messages/cy.po``.

The window calls :func:`use_language` whenever its own language changes, so errors, grid problems and
progress lines written in the core (``govcamp.domain.words._``) follow it.
"""

from __future__ import annotations

import gettext
import io
from functools import cache

from govcamp.domain import words
from govcamp.paths import RESOURCES

CATALOGUES = RESOURCES / "translations" / "messages"


@cache
def catalogue(language: str) -> gettext.NullTranslations:
    """The messages' catalogue for ``language`` (English, or a language without one: the msgids)."""
    path = CATALOGUES / f"{language}.po"
    if language == "en" or not path.exists():
        return gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        messages = read_po(handle, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, messages)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def use_language(language: str) -> None:
    """Speak the core's messages in ``language`` (``en`` or ``cy``) from now on."""
    words.use_translations(catalogue(language))
