"""Errors a person can act on.

Every error raised for a user mistake derives from :class:`GovcampError`; the command line turns it into
one line on standard error and exit status 2, the window into a message box.
"""

from __future__ import annotations


class GovcampError(Exception):
    """A problem the user can fix: bad input, a file that is not an event, a rule broken."""


class ValidationError(GovcampError):
    """A value breaks a rule; ``field`` names the input at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class NotFoundError(GovcampError):
    """A room, slot, session or person that the event does not hold."""
