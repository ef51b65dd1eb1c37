"""The pages of the event window, one per phase of a govcamp.

A phase whose page exists registers a factory in :data:`PAGES` (one line per page module); the others
show an honest empty state that says what they will do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from govcamp.ui.document import EventDocument

PageFactory = Callable[[EventDocument], QWidget]


def page_factories() -> dict[str, PageFactory]:
    """Phase title → page factory, for the phases built so far (imported lazily to keep start-up quick)."""
    pages: dict[str, PageFactory] = {}
    from govcamp.ui.pages.applicants_page import ApplicantsPage

    pages["Applicants & lottery"] = ApplicantsPage
    from govcamp.ui.pages.pitches_page import PitchesPage

    pages["Pitches"] = PitchesPage
    from govcamp.ui.pages.grid_page import GridPage

    pages["Grid"] = GridPage
    from govcamp.ui.pages.notes_page import NotesPage

    pages["Notes"] = NotesPage
    return pages
