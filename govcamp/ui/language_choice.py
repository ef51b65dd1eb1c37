"""The export-language choice the badge, poster/signs and archive panels share (and the event's default)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from govcamp.exports.wording import LANGUAGE_NAMES, LANGUAGES, PER_PERSON


def language_combo(
    name: str, *, per_person: bool = False, event_default: bool = True, parent: QWidget | None = None
) -> QComboBox:
    """A combo of export languages; its data is the code, or ``None`` for "the event's language"."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setAccessibleName("Language of the printed words")
    combo.setToolTip(
        "Fixed words (roles, headings, dates) in English, Welsh, or both with Welsh first as the Welsh "
        "Language Standards expect. Names, titles and notes are printed as they were written."
    )
    if event_default:
        combo.addItem("The event's language", None)
    for code in LANGUAGES + ((PER_PERSON,) if per_person else ()):
        combo.addItem(LANGUAGE_NAMES[code], code)
    return combo


def chosen_language(combo: QComboBox) -> str | None:
    """The chosen code, or ``None`` for the event's own language."""
    data = combo.currentData()
    return None if data is None else str(data)
