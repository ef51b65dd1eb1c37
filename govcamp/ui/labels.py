"""The window's words for the core's codes: slot kinds, room features and roles, in the window's language.

The core names these in English (``SlotKind.LUNCH``, ``step_free`` → ``Step-free``) for the command line
and the files it writes; the window shows them through Qt's translation. A feature a host typed in
themselves (not one of the standard ones) is shown as they typed it.
"""

from __future__ import annotations

from govcamp.domain.enums import Role, SlotKind, feature_label
from govcamp.ui.i18n import QT_TRANSLATE_NOOP, translate

_KINDS: dict[SlotKind, str] = {
    SlotKind.SESSION: QT_TRANSLATE_NOOP("labels", "Session"),
    SlotKind.BREAK: QT_TRANSLATE_NOOP("labels", "Break"),
    SlotKind.LUNCH: QT_TRANSLATE_NOOP("labels", "Lunch"),
    SlotKind.PLENARY: QT_TRANSLATE_NOOP("labels", "Plenary"),
}

_FEATURES: dict[str, str] = {
    "step_free": QT_TRANSLATE_NOOP("labels", "Step-free"),
    "hearing_loop": QT_TRANSLATE_NOOP("labels", "Hearing loop"),
    "screen": QT_TRANSLATE_NOOP("labels", "Screen"),
    "projector": QT_TRANSLATE_NOOP("labels", "Projector"),
    "whiteboard": QT_TRANSLATE_NOOP("labels", "Whiteboard"),
    "quiet": QT_TRANSLATE_NOOP("labels", "Quiet room"),
}

_ROLES: dict[Role, str] = {
    Role.ATTENDEE: QT_TRANSLATE_NOOP("labels", "Attendee"),
    Role.ORGANISER: QT_TRANSLATE_NOOP("labels", "Organiser"),
    Role.VOLUNTEER: QT_TRANSLATE_NOOP("labels", "Volunteer"),
    Role.SPONSOR: QT_TRANSLATE_NOOP("labels", "Sponsor"),
    Role.HOST: QT_TRANSLATE_NOOP("labels", "Host"),
}


def kind_text(kind: SlotKind | str) -> str:
    """``Lunch`` / ``Cinio``: what a slot of this kind is called."""
    found = _KINDS.get(SlotKind(kind))
    return translate("labels", found) if found else str(kind).capitalize()


def feature_text(code: str) -> str:
    """``Step-free`` / ``Heb risiau`` for a standard feature; another feature as its host wrote it."""
    found = _FEATURES.get(code)
    return translate("labels", found) if found else feature_label(code)


def features_text(codes: list[str] | tuple[str, ...]) -> str:
    """A room's or a pitch's features, comma-separated, in the window's language."""
    return ", ".join(feature_text(code) for code in codes)


def role_text(role: Role | str) -> str:
    """``Volunteer`` / ``Gwirfoddolwr``: a person's role."""
    found = _ROLES.get(Role(role))
    return translate("labels", found) if found else str(role).capitalize()
