"""The fixed vocabularies of the data model.

They are ``StrEnum`` so that the stored value is the readable word (``"checked_in"``), which keeps event
files legible in any SQLite browser and stable across versions.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ATTENDEE = "attendee"
    ORGANISER = "organiser"
    VOLUNTEER = "volunteer"
    SPONSOR = "sponsor"
    HOST = "host"


class OrganisationType(StrEnum):
    LOCAL_GOVERNMENT = "local_government"
    CENTRAL_GOVERNMENT = "central_government"
    PUBLIC_SECTOR = "public_sector"
    CHARITY = "charity"
    SUPPLIER = "supplier"
    ACADEMIC = "academic"
    OTHER = "other"


class TicketState(StrEnum):
    APPLIED = "applied"
    DRAWN = "drawn"
    WAITLISTED = "waitlisted"
    OFFERED = "offered"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    CHECKED_IN = "checked_in"
    NO_SHOW = "no_show"


class SlotKind(StrEnum):
    SESSION = "session"
    BREAK = "break"
    LUNCH = "lunch"
    PLENARY = "plenary"


#: Room features people ask for at a govcamp. Rooms may carry others; these are offered first.
STANDARD_FEATURES: tuple[str, ...] = (
    "step_free",
    "hearing_loop",
    "screen",
    "projector",
    "whiteboard",
    "quiet",
)

FEATURE_LABELS: dict[str, str] = {
    "step_free": "Step-free",
    "hearing_loop": "Hearing loop",
    "screen": "Screen",
    "projector": "Projector",
    "whiteboard": "Whiteboard",
    "quiet": "Quiet room",
}


def feature_label(feature: str) -> str:
    """Return the words shown for a feature code (``step_free`` → ``Step-free``)."""
    return FEATURE_LABELS.get(feature, feature.replace("_", " ").capitalize())
