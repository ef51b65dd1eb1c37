"""What opening an event needs to import, in steps, so a window can stay responsive while it loads.

The database stack (SQLAlchemy, SQLModel and the tables) is most of govcamp's start-up. A window that wants
to paint first imports these names one at a time between events (``importlib.import_module``) instead of
all at once with the first service call; each step is a fraction of the whole.
"""

from __future__ import annotations

#: Modules in dependency order: importing them in this order makes each step one layer of the stack.
#: The window imports them on a thread of its own (govcamp.ui.opening.Background), so the Qt-free
#: services the open event's window uses next are here too: none of them is then imported on its thread.
EVENT_STACK: tuple[str, ...] = (
    "sqlalchemy",
    "sqlalchemy.orm",
    "pydantic",
    "sqlmodel",
    "govcamp.store.tables",
    "govcamp.store.eventfile",
    "govcamp.services.eventfiles",
    "govcamp.services.event",
    "govcamp.services.file_guard",
    "govcamp.services.rooms",
    "govcamp.services.slots",
    "govcamp.services.pitches",
    "govcamp.services.live",
    "govcamp.services.connection",
    "govcamp.exports.qr",
    "govcamp.services.retention",
    "govcamp.services.erasure",
)
