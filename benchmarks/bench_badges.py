"""1,000 badges on A4 8-up card (QR codes, names in mixed scripts), against the straightforward way.

Ours: :func:`govcamp.exports.badges.write_badges`, with a fresh font book and an empty QR cache each time (the
font files themselves are parsed once per process, as they are in the app). The straightforward way, timed in
the same run on the same badges: one ``qrcode.make()`` PNG per badge drawn into a reportlab canvas with
``drawImage``, and the same lines of text drawn with plain ``drawString`` in Noto Sans (no fitting, no
shaping, no fallback fonts, so it is a generous baseline: it does less).

Goals (issue 6): ours ≤ 1.5 s on a developer machine, at least 7× faster than the straightforward way, and
the PDF at most 3 MB.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.common import Figure, median_seconds

if TYPE_CHECKING:
    from govcamp.exports.badges import BadgeData

COUNT = 1000


def _badges(folder: Path) -> tuple[str, list[BadgeData]]:
    from sqlmodel import select

    from govcamp.services.badges import badge_batch
    from govcamp.services.demo import write_demo
    from govcamp.store.eventfile import open_event
    from govcamp.store.tables import Event

    demo = folder / "demo.govcamp"
    write_demo(demo, applicants=1200)
    with open_event(demo) as db:
        with db.session() as session:  # check-in codes, the default (contact cards are an opt-in setting)
            event = session.exec(select(Event)).one()
            event.qr_contact_cards = False
            session.add(event)
        batch = badge_batch(db, "all")
    return batch.event_name, list(batch.badges[:COUNT])


def _ours(badges: list[BadgeData], event_name: str, out: Path) -> None:
    from govcamp.exports import badges as export
    from govcamp.exports import qr

    export._BOOK = None
    qr.qr_code.cache_clear()
    export.write_badges(badges, out, event_name=event_name, layout="a4-8up")


def _straightforward(badges: list[BadgeData], event_name: str, out: Path) -> None:
    import qrcode
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from govcamp.exports.layouts import LAYOUTS

    layout = LAYOUTS["a4-8up"]
    canvas = Canvas(str(out), pagesize=(layout.page_width, layout.page_height), pageCompression=1)
    per_page = layout.per_page
    for index, badge in enumerate(badges):
        x, y = layout.origins[index % per_page]
        w, h = layout.badge_width, layout.badge_height
        canvas.setFillColorRGB(0.2, 0.22, 0.24)
        canvas.rect(x, y, w, 28, stroke=0, fill=1)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setFont("bench-bold", 12)
        canvas.drawCentredString(x + w / 2, y + 10, badge.role.upper())
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("bench-regular", 8)
        canvas.drawString(x + 12, y + h - 18, event_name)
        canvas.setFont("bench-bold", 28)
        canvas.drawString(x + 12, y + h / 2 + 10, badge.name or badge.full_name)
        canvas.setFont("bench-regular", 12)
        canvas.drawString(x + 12, y + h / 2 - 10, badge.pronouns)
        canvas.drawString(x + 12, y + h / 2 - 26, badge.organisation)
        image = qrcode.make(badge.qr_payload)
        canvas.drawImage(ImageReader(image.get_image()), x + w - 110, y + 40, 96, 96)
        if index % per_page == per_page - 1:
            canvas.showPage()
    canvas.save()


def run() -> list[Figure]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from govcamp.exports.fonts import find_font_file

    regular = find_font_file(["NotoSans-Regular.ttf", "DejaVuSans.ttf"])
    bold = find_font_file(["NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf"])
    assert regular is not None and bold is not None
    pdfmetrics.registerFont(TTFont("bench-regular", str(regular)))
    pdfmetrics.registerFont(TTFont("bench-bold", str(bold)))
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        event_name, badges = _badges(folder)
        ours_pdf, plain_pdf = folder / "ours.pdf", folder / "plain.pdf"
        ours = median_seconds(lambda: _ours(badges, event_name, ours_pdf), repeat=5)
        plain = median_seconds(lambda: _straightforward(badges, event_name, plain_pdf), repeat=3)
        size_mb = ours_pdf.stat().st_size / 1e6
    return [
        Figure(
            name=f"{COUNT:,} badges, A4 8-up, QR codes, mixed scripts ({size_mb:.2f} MB PDF)",
            ours=ours,
            baseline=plain,
            baseline_name="one qrcode.make() PNG per badge into reportlab",
            goal="≤ 1.5 s, ≥ 7× faster (ratio ≤ 0.14), ≤ 3 MB",
        )
    ]


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
