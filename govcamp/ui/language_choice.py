"""The export-language choice the badge, poster/signs and archive panels share (and the event's default)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from govcamp.exports.wording import LANGUAGES, PER_PERSON
from govcamp.ui.i18n import translate


def _names() -> dict[str, str]:
    # Written out here (not taken from the exports' English names) so that lupdate sees each one.
    return {
        "en": translate("language_choice", "English"),
        "cy": translate("language_choice", "Welsh (Cymraeg)"),
        "cy+en": translate("language_choice", "Welsh and English (Welsh first)"),
        PER_PERSON: translate("language_choice", "Each person's preferred language"),
    }


def language_combo(
    name: str, *, per_person: bool = False, event_default: bool = True, parent: QWidget | None = None
) -> QComboBox:
    """A combo of export languages; its data is the code, or ``None`` for "the event's language"."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setAccessibleName(translate("language_choice", "Language of the printed words"))
    combo.setToolTip(
        translate(
            "language_choice",
            "Fixed words (roles, headings, dates) in English, Welsh, or both with Welsh first as the Welsh "
            "Language Standards expect. Names, titles and notes are printed as they were written.",
        )
    )
    if event_default:
        combo.addItem(translate("language_choice", "The event's language"), None)
    names = _names()
    for code in LANGUAGES + ((PER_PERSON,) if per_person else ()):
        combo.addItem(names[code], code)
    return combo


def chosen_language(combo: QComboBox) -> str | None:
    """The chosen code, or ``None`` for the event's own language."""
    data = combo.currentData()
    return None if data is None else str(data)
