"""The pages of the event window, one per phase of a govcamp.

A phase whose page exists registers a factory in :data:`PAGES` (one line per page module); the others
show an honest empty state that says what they will do.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    # Types only: the window draws its first page before the database stack (and the document) loads.
    from govcamp.ui.document import EventDocument

PageFactory = Callable[["EventDocument"], QWidget]


def _lazy(module: str, name: str) -> PageFactory:
    """A factory that imports its page's module only when the page is first made."""

    def make(doc: EventDocument) -> QWidget:
        page: QWidget = getattr(importlib.import_module(module), name)(doc)
        return page

    return make


def page_factories() -> dict[str, PageFactory]:
    """Phase title → page factory, for the phases built so far.

    The pages' modules (and what they import: the solver, Markdown, reportlab…) load when a page is first
    shown, not when the window opens.
    """
    return {
        "Applicants & lottery": _lazy("govcamp.ui.pages.applicants_page", "ApplicantsPage"),
        "Check-in": _lazy("govcamp.ui.pages.checkin_page", "CheckinPage"),
        "Pitches": _lazy("govcamp.ui.pages.pitches_page", "PitchesPage"),
        "Grid": _lazy("govcamp.ui.pages.grid_page", "GridPage"),
        "Notes": _lazy("govcamp.ui.pages.notes_page", "NotesPage"),
    }
