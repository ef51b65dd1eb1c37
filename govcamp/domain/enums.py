"""The fixed vocabularies of the data model.

They are ``StrEnum`` so that the stored value is the readable word (``"checked_in"``), which keeps event
files legible in any SQLite browser and stable across versions.
"""

from __future__ import annotations

from enum import StrEnum

from govcamp.domain.words import N_, _


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
    "step_free": N_("Step-free"),
    "hearing_loop": N_("Hearing loop"),
    "screen": N_("Screen"),
    "projector": N_("Projector"),
    "whiteboard": N_("Whiteboard"),
    "quiet": N_("Quiet room"),
}


def feature_label(feature: str) -> str:
    """Return the words shown for a feature code (``step_free`` → ``Step-free``)."""
    return FEATURE_LABELS.get(feature, feature.replace("_", " ").capitalize())


def shown_feature(feature: str) -> str:
    """:func:`feature_label` in the window's language (``feature_label`` itself stays English: the CLI and
    the exports' own catalogue read it)."""
    return _(FEATURE_LABELS[feature]) if feature in FEATURE_LABELS else feature_label(feature)


#: The words for a slot's kind in a sentence ("… is in lunch at 12:30").
SLOT_KIND_WORDS: dict[SlotKind, str] = {
    SlotKind.SESSION: N_("session"),
    SlotKind.BREAK: N_("break"),
    SlotKind.LUNCH: N_("lunch"),
    SlotKind.PLENARY: N_("plenary"),
}

#: A ticket's state in words ("checked in", not ``checked_in``).
TICKET_STATE_WORDS: dict[TicketState, str] = {
    TicketState.APPLIED: N_("applied"),
    TicketState.DRAWN: N_("drawn"),
    TicketState.WAITLISTED: N_("waitlisted"),
    TicketState.OFFERED: N_("offered"),
    TicketState.ACCEPTED: N_("accepted"),
    TicketState.DECLINED: N_("declined"),
    TicketState.EXPIRED: N_("expired"),
    TicketState.CANCELLED: N_("cancelled"),
    TicketState.CHECKED_IN: N_("checked in"),
    TicketState.NO_SHOW: N_("no show"),
}


def slot_kind_words(kind: SlotKind) -> str:
    """A slot's kind in the current language, lower case, for a sentence."""
    return _(SLOT_KIND_WORDS[kind])


def state_words(state: str) -> str:
    """A ticket's state (``checked_in``) in the current language's words (``checked in``)."""
    known = {s.value: words for s, words in TICKET_STATE_WORDS.items()}
    return _(known[state]) if state in known else state.replace("_", " ")
