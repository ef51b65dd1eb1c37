"""One badge printed now: a single badge at label position N of a sheet layout (or one roll label).

Built on :mod:`govcamp.exports.badges`' public pieces (the composer, the page display list and the PDF page
drawer), so the one badge at the desk is exactly the badge of the full export.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from govcamp.domain.errors import GovcampError
from govcamp.domain.words import _
from govcamp.exports.badges import BadgeData, BadgeSheet, Face, Page, draw_page, shared_font_book
from govcamp.exports.layouts import Layout, get_layout


def check_position(layout: Layout, position: int) -> int:
    """``position`` (from 1, in reading order) if the layout has it; a clear error otherwise."""
    if not 1 <= position <= layout.per_page:
        raise GovcampError(
            _(
                "Label position {position} is not on {title}: choose 1 to {per_page} "
                "(left to right, then top to bottom)."
            ).format(position=position, title=layout.title, per_page=layout.per_page)
        )
    return position


def one_badge_page(
    badge: BadgeData, *, event_name: str, layout: str | Layout, position: int = 1, language: str = "en"
) -> Page:
    """The page with ``badge`` alone at label ``position``, the other labels left blank for later."""
    sheet = BadgeSheet([badge], event_name=event_name, layout=layout, language=language)
    chosen = sheet.layout
    check_position(chosen, position)
    x, y = chosen.origins[position - 1]
    face = Face(
        (x, y, chosen.badge_width, chosen.badge_height), sheet.composer.compose(badge), False, badge.person_id
    )
    return Page((face,))


def write_one_badge(
    badge: BadgeData,
    path: Path,
    *,
    event_name: str,
    layout: str = "a6",
    position: int = 1,
    language: str = "en",
) -> Path:
    """Write the one-badge PDF to ``path`` (beside it first, then moved into place); return ``path``.

    Raises:
        GovcampError: an unknown layout or position, or a path that cannot be written.
    """
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    path = Path(path)
    chosen = get_layout(layout)
    page = one_badge_page(badge, event_name=event_name, layout=chosen, position=position, language=language)
    if path.is_dir():
        raise GovcampError(_("{path} is a folder; give a file name such as badge.pdf.").format(path=path))
    if not path.parent.is_dir():
        raise GovcampError(_("The folder {parent} does not exist.").format(parent=path.parent))
    partial = path.with_name(f".{path.name}.partial")
    latin = shared_font_book().font("latin", bold=False)
    assert latin is not None
    a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        canvas = Canvas(
            str(partial),
            pagesize=(chosen.page_width, chosen.page_height),
            pageCompression=1,
            initialFontName=latin.name,
        )
        canvas.setTitle(f"Badge — {badge.full_name or badge.name}")
        canvas.setCreator("govcamp")
        canvas.setSubject("Name badge")
        draw_page(canvas, page)
        canvas.showPage()
        canvas.save()
        os.replace(partial, path)
    except OSError as exc:
        raise GovcampError(
            _("Could not write {path}: {value}.").format(path=path, value=exc.strerror or exc)
        ) from exc
    finally:
        rl_config.useA85 = a85
        with contextlib.suppress(OSError):
            partial.unlink()
    return path
