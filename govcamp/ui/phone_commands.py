"""The desk's action on phones (issue 15): revoke a person's phone code, one step of Undo.

A revoked code cannot sign in on a phone and its stars stop counting (``govcamp.services.stars``); the
check-in code itself still works at the desk. Undo lets it sign in again, with its stars counted again.
"""

from __future__ import annotations

from govcamp.services import stars as star_service
from govcamp.services.checkin import PersonBrief
from govcamp.services.eventfiles import EventDB
from govcamp.ui.actions import Action, Change, Confirm, Reverse, Topic
from govcamp.ui.i18n import fmt, translate

#: Revoking changes the star counts (the Grid page) and what the desk knows of the person.
TOPICS = Topic.SESSIONS | Topic.CHECKIN


def revoke_question(person: PersonBrief, stars: int) -> Confirm:
    """What the desk is asked before revoking: what stops working, and what does not."""
    who = person.badge_name or person.full_name
    counted = (
        translate("phone_commands", "their %n star(s) stop counting", None, stars)
        if stars
        else translate("phone_commands", "they cannot star sessions")
    )
    return Confirm(
        translate("phone_commands", "Revoke phone code"),
        fmt(translate("phone_commands", "Stop %1's code working on phones?"), who),
        fmt(
            translate(
                "phone_commands",
                "Phones signed in with it are signed out and %1. Their badge still checks them in at "
                "the desk. Ctrl+Z lets the code sign in again.",
            ),
            counted,
        ),
        yes=translate("phone_commands", "&Revoke"),
    )


def revoke_action(person: PersonBrief, desk_name: str, stars: int) -> Action[bool]:
    """Revoke ``person``'s phone code (asks first); Undo restores it. The result is True once done."""

    def run(db: EventDB) -> Change[bool]:
        star_service.revoke_code(db, person.id, desk=desk_name)
        step = Reverse(
            fmt(translate("phone_commands", "Revoke %1's phone code"), person.full_name),
            TOPICS,
            undo=lambda db: star_service.restore_code(db, person.id),
            redo=lambda db: star_service.revoke_code(db, person.id, desk=desk_name),
        )
        return Change(True, step)

    return Action(
        translate("phone_commands", "Revoke phone code"), run, TOPICS, confirm=revoke_question(person, stars)
    )


__all__ = ["revoke_action", "revoke_question"]
